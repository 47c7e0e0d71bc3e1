/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Balance: the one module that weighs a week of training by hip action, plane and side and
 * judges it against SCIENCE.md §6. The planner, the programme editor and the progress chart
 * all use it, so they can never disagree. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hip-balance.h"
#include "hip-balance-private.h"
#include "hip-exercise.h"
#include "hip-vocabulary.h"

void
hip_balance_init (HipBalance *balance)
{
  *balance = (HipBalance) { { 0 } };
}

/**
 * hip_balance_add:
 * @sets: sets performed (for one-sided work: per side)
 * @side: %HIP_SIDE_BOTH for two-sided work or one-sided work done on both sides; a single side
 *   when only that side was worked
 *
 * Adds @sets of @exercise: each action gets sets × its weight; each side gets the hip volume.
 */
void
hip_balance_add (HipBalance  *balance,
                 HipExercise *exercise,
                 double       sets,
                 HipSide      side)
{
  double hip = 0, weights[HIP_N_ACTIONS];
  guint planes = hip_exercise_get_planes (exercise);

  hip_exercise_get_action_weights (exercise, weights);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double volume = sets * weights[a];

      /* One side only counts half of a two-sided set towards the week's balance. */
      if (side != HIP_SIDE_BOTH)
        volume /= 2;
      balance->actions[a] += volume;
      if (weights[a] >= HIP_ACTION_PRIMARY_WEIGHT)
        balance->primary_sets[a] += side != HIP_SIDE_BOTH ? sets / 2 : sets;
      hip += volume;
    }
  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (planes & (1u << p))
      balance->planes[p] += sets;

  if (side != HIP_SIDE_RIGHT)
    balance->left += side == HIP_SIDE_BOTH ? hip / 2 : hip;
  if (side != HIP_SIDE_LEFT)
    balance->right += side == HIP_SIDE_BOTH ? hip / 2 : hip;
}

double
hip_balance_total (const HipBalance *balance)
{
  double total = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    total += balance->actions[a];
  return total;
}

/* The ratio of @action to its opposite (infinity when the opposite is untrained). */
double
hip_balance_pair_ratio (const HipBalance *balance,
                        HipAction         action)
{
  double partner = balance->actions[hip_action_get_opposite (action)];

  if (partner <= 0)
    return balance->actions[action] > 0 ? INFINITY : 1.0;
  return balance->actions[action] / partner;
}

/**
 * hip_balance_pair_band:
 * @action: the first of an opposing pair: flexion, abduction or internal rotation … or its partner
 *
 * The band that the ratio of @action to its opposite keeps (SCIENCE.md §6 rule 2):
 * adduction:abduction 0.8–1.25, flexion:extension 0.5–1.0, internal:external rotation 0.5–1.0.
 * For the other side of a pair the band is inverted.
 */
void
hip_balance_pair_band (HipAction  action,
                       double    *low,
                       double    *high)
{
  /* Indexed by action: the ratio of it to its opposite. */
  static const double bands[HIP_N_ACTIONS][2] = {
    [HIP_ACTION_FLEXION] = { 0.5, 1.0 },
    [HIP_ACTION_EXTENSION] = { 1.0, 2.0 },
    [HIP_ACTION_ABDUCTION] = { 0.8, 1.25 },
    [HIP_ACTION_ADDUCTION] = { 0.8, 1.25 },
    [HIP_ACTION_INTERNAL_ROTATION] = { 0.5, 1.0 },
    [HIP_ACTION_EXTERNAL_ROTATION] = { 1.0, 2.0 },
  };

  *low = bands[action][0];
  *high = bands[action][1];
}

static HipVerdict *
verdict (HipRule rule)
{
  HipVerdict *v = g_new0 (HipVerdict, 1);

  v->rule = rule;
  v->passed = TRUE;
  return v;
}

/* Messages are built only when someone will read them: the planner checks thousands of weeks
 * and needs the verdict, not the words. Each check has a `messages` argument for this. */
#define MESSAGE(...) (messages ? g_strdup_printf (__VA_ARGS__) : NULL)

static void
fail (HipVerdict *v,
      HipAction   weak,
      char       *message)
{
  if (!v->passed)
    {
      g_free (message);
      return;
    }
  v->passed = FALSE;
  v->weak_action = weak;
  v->message = message;
}

static gboolean
exempted (guint     exempt,
          HipAction action)
{
  return (exempt & (1u << action)) != 0;
}

/**
 * hip_balance_format_number:
 * @sets: weighted sets
 *
 * A number of weighted sets as people read it, in their locale: whole numbers without
 * decimals ("4"), others with the one or two they need ("4.5", "4.25": an exercise counts
 * 1, ½ or ¼ for an action).
 *
 * Returns: (transfer full): the number
 */
char *
hip_balance_format_number (double sets)
{
  double rounded = round (sets * 100) / 100;
  int decimals = fabs (rounded - round (rounded)) < 1e-9 ? 0
                 : fabs (rounded * 10 - round (rounded * 10)) < 1e-9 ? 1 : 2;

  /* printf's %f writes the locale's decimal separator ("4,5" in German). */
  return g_strdup_printf ("%.*f", decimals, rounded);
}

/**
 * hip_balance_format_sets:
 * @sets: weighted sets
 *
 * Returns: (transfer full): @sets with its noun, "1 set", "4 sets", "4.5 sets"
 */
char *
hip_balance_format_sets (double sets)
{
  g_autofree char *number = hip_balance_format_number (sets);
  double rounded = round (sets * 100) / 100;

  if (fabs (rounded - round (rounded)) < 1e-9)
    /* Translators: weighted sets of a hip action in a week, a whole number, e.g. “4 sets” */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s set", "%s sets",
                                         (gulong) round (rounded)), number);
  /* Translators: weighted sets of a hip action in a week, a fraction, e.g. “4.5 sets” */
  return g_strdup_printf (C_("a fraction of sets", "%s sets"), number);
}

static char *
every_action_message (const HipBalance *b,
                      HipAction         a)
{
  guint sets = (guint) floor (b->primary_sets[a]);

  /* Translators: an action, the sets of the week where it is the main work, and the least
   * every action needs */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s is the main work of %u set this week; every hip "
                                       "action needs at least %u.",
                                       "%s is the main work of %u sets this week; every hip "
                                       "action needs at least %u.", sets),
                          hip_action_get_label (a), sets, (guint) HIP_BALANCE_MIN_SETS);
}

static void
check_every_action (const HipBalance *b,
                    HipVerdict       *v,
                    guint             exempt,
                    gboolean          messages)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (!exempted (exempt, a) && b->primary_sets[a] < HIP_BALANCE_MIN_SETS - 1e-9)
      fail (v, a, messages ? every_action_message (b, a) : NULL);
}

static void
check_every_plane (const HipBalance *b,
                   HipVerdict       *v,
                   guint             exempt,
                   gboolean          messages)
{
  for (guint p = 0; p < HIP_N_PLANES; p++)
    {
      guint both = (1u << (2 * p)) | (1u << (2 * p + 1));

      /* A plane whose two actions are both exempt cannot be trained. */
      if ((exempt & both) == both || b->planes[p] > 0)
        continue;
      fail (v, p == HIP_PLANE_SAGITTAL ? HIP_ACTION_FLEXION
               : p == HIP_PLANE_FRONTAL ? HIP_ACTION_ADDUCTION : HIP_ACTION_INTERNAL_ROTATION,
            MESSAGE (_("Nothing this week moves in the %s plane."),
                             hip_plane_get_label (p)));
    }
}

static char *
under_trained_message (const HipBalance *b,
                       HipAction         weak,
                       HipAction         strong)
{
  g_autofree char *mine = hip_balance_format_number (b->actions[weak]);
  g_autofree char *theirs = hip_balance_format_number (b->actions[strong]);

  /* Translators: two opposite hip actions and their weighted sets this week */
  return g_strdup_printf (_("%s is under-trained this week relative to %s (%s against %s "
                            "weighted sets)."),
                          hip_action_get_label (weak), hip_action_get_label (strong), mine,
                          theirs);
}

/* Each opposing pair within its band: the first of each pair against its opposite. */
static void
check_pairs (const HipBalance *b,
             HipVerdict       *v,
             guint             exempt,
             gboolean          messages)
{
  for (HipAction a = 0; a < HIP_N_ACTIONS; a += 2)
    {
      HipAction partner = hip_action_get_opposite (a);
      double ratio = hip_balance_pair_ratio (b, a), low, high;

      /* A pair with an action that cannot be trained has no balance to keep. */
      if (exempted (exempt, a) || exempted (exempt, partner))
        continue;
      hip_balance_pair_band (a, &low, &high);
      if (ratio < low - 1e-9)
        fail (v, a, messages ? under_trained_message (b, a, partner) : NULL);
      else if (ratio > high + 1e-9)
        fail (v, partner, messages ? under_trained_message (b, partner, a) : NULL);
    }
}

/* Each trainable action between 8 % and 30 % of the week's hip volume. */
static void
check_shares (const HipBalance *b,
              HipVerdict       *v,
              guint             exempt,
              gboolean          messages)
{
  double total = hip_balance_total (b);

  /* With fewer than four trainable actions no share can stay under 30 %. */
  if (HIP_N_ACTIONS - (guint) __builtin_popcount (exempt) < 4 || total <= 0)
    return;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double share = b->actions[a] / total;

      if (exempted (exempt, a))
        continue;
      /* A share is rounded away from the limit it breaks: never "8 %" against "at least 8 %". */
      if (share > HIP_BALANCE_MAX_SHARE + 1e-9)
        fail (v, hip_action_get_opposite (a),
              MESSAGE (_("%s makes up %.0f %% of this week’s hip work; no action should "
                         "be more than %.0f %%."),
                       hip_action_get_label (a), ceil (100 * share), 100 * HIP_BALANCE_MAX_SHARE));
      else if (share < HIP_BALANCE_MIN_SHARE - 1e-9)
        fail (v, a,
              MESSAGE (_("%s makes up %.0f %% of this week’s hip work; every action should "
                         "be at least %.0f %%."),
                       hip_action_get_label (a), floor (100 * share), 100 * HIP_BALANCE_MIN_SHARE));
    }
}

static void
check_sides (const HipBalance *b,
             HipVerdict       *v,
             gboolean          messages)
{
  if (fabs (b->left - b->right) > 1e-6 * MAX (1.0, b->left + b->right))
    {
      g_autofree char *left = messages ? hip_balance_format_number (b->left) : NULL;
      g_autofree char *right = messages ? hip_balance_format_number (b->right) : NULL;

      fail (v, HIP_ACTION_FLEXION,
            MESSAGE (_("The left side gets %s weighted sets and the right %s; both sides "
                       "should get the same."), left, right));
    }
}

/**
 * hip_balance_check:
 * @balance: a week's volume
 * @rule: the rule to judge
 *
 * Returns: (transfer full): the verdict; when it fails, its message says what is wrong and
 *   its weak action what to train more
 */
HipVerdict *
hip_balance_check (const HipBalance *balance,
                   HipRule           rule)
{
  return hip_balance_check_except (balance, rule, 0);
}

/**
 * hip_balance_check_except:
 * @exempt: a mask of (1 << #HipAction) that cannot be trained (a profile excludes every
 *   exercise for them): they, and pairs with them, are not judged
 *
 * Returns: (transfer full): the verdict
 */
static HipVerdict *
check (const HipBalance *balance,
       HipRule           rule,
       guint             exempt,
       gboolean          messages)
{
  HipVerdict *v = verdict (rule);

  switch (rule)
    {
    case HIP_RULE_EVERY_ACTION: check_every_action (balance, v, exempt, messages); break;
    case HIP_RULE_EVERY_PLANE: check_every_plane (balance, v, exempt, messages); break;
    case HIP_RULE_PAIRS_BALANCED: check_pairs (balance, v, exempt, messages); break;
    case HIP_RULE_SHARES: check_shares (balance, v, exempt, messages); break;
    case HIP_RULE_SIDES_EQUAL: check_sides (balance, v, messages); break;
    default:
      g_return_val_if_reached (v);
    }
  return v;
}

HipVerdict *
hip_balance_check_except (const HipBalance *balance,
                          HipRule           rule,
                          guint             exempt)
{
  return check (balance, rule, exempt, TRUE);
}

/**
 * hip_balance_find_failure:
 * @exempt: actions not judged, as for hip_balance_check_except()
 * @rule: (out): the first rule that fails
 * @weak: (out): the action to train more for it
 *
 * The first failing rule, without its message: cheap enough for the planner's inner loop.
 *
 * Returns: %TRUE when a rule fails
 */
gboolean
hip_balance_find_failure (const HipBalance *balance,
                          guint             exempt,
                          HipRule          *rule,
                          HipAction        *weak)
{
  gboolean failed = FALSE;

  for (HipRule r = 0; r < HIP_N_RULES && !failed; r++)
    {
      HipVerdict *v = check (balance, r, exempt, FALSE);

      failed = !v->passed;
      *weak = v->weak_action;
      *rule = r;
      hip_verdict_free (v);
    }
  return failed;
}

/* How far a week is from keeping the balance rules, in weighted sets: 0 when it keeps them
 * (left and right aside). A measure for searching: the planner's balancing and the editor's
 * fixes move towards less of it. */
double
hip_balance_violation (const HipBalance *b,
                       guint             exempt)
{
  double v = 0, total = hip_balance_total (b);
  guint trainable = HIP_N_ACTIONS - (guint) __builtin_popcount (exempt);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (!(exempt & (1u << a)))
      v += MAX (0, HIP_BALANCE_MIN_SETS - b->primary_sets[a]);
  for (guint a = 0; a < HIP_N_ACTIONS; a += 2)
    {
      double x = b->actions[a], y = b->actions[a + 1], low, high;

      if ((exempt & (1u << a)) || (exempt & (1u << (a + 1))))
        continue;
      hip_balance_pair_band (a, &low, &high);
      v += MAX (0, low * y - x) + MAX (0, x - high * y);
    }
  for (guint a = 0; a < HIP_N_ACTIONS && trainable >= 4; a++)
    if (!(exempt & (1u << a)))
      v += MAX (0, b->actions[a] - HIP_BALANCE_MAX_SHARE * total) +
           MAX (0, HIP_BALANCE_MIN_SHARE * total - b->actions[a]);
  for (guint p = 0; p < HIP_N_PLANES; p++)
    {
      guint both = (1u << (2 * p)) | (1u << (2 * p + 1));

      if ((exempt & both) != both && b->planes[p] <= 0)
        v += HIP_BALANCE_MIN_SETS;
    }
  return v;
}

gboolean
hip_balance_passes (const HipBalance *balance)
{
  for (HipRule r = 0; r < HIP_N_RULES; r++)
    {
      g_autoptr(HipVerdict) v = hip_balance_check (balance, r);

      if (!v->passed)
        return FALSE;
    }
  return TRUE;
}

void
hip_verdict_free (HipVerdict *verdict)
{
  if (verdict == NULL)
    return;
  g_free (verdict->message);
  g_free (verdict);
}
