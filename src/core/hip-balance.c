/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Balance: the one module that weighs a week of training by hip action, plane and side and
 * judges it against SCIENCE.md §6. The planner, the programme editor and the progress chart
 * all use it, so they can never disagree. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hip-balance.h"
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
  double hip = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double volume = sets * hip_exercise_get_action_weight (exercise, a);

      /* One side only counts half of a two-sided set towards the week's balance. */
      if (side != HIP_SIDE_BOTH)
        volume /= 2;
      balance->actions[a] += volume;
      hip += volume;
    }
  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (hip_exercise_has_plane (exercise, p))
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

static void
check_every_action (const HipBalance *b,
                    HipVerdict       *v,
                    guint             exempt,
                    gboolean          messages)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (!exempted (exempt, a) && b->actions[a] < HIP_BALANCE_MIN_SETS)
      fail (v, a, MESSAGE (_("%s gets %.1f weighted sets this week; every hip action "
                                     "needs at least %.0f."),
                                   hip_action_get_label (a), b->actions[a], HIP_BALANCE_MIN_SETS));
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

/* Opposing pairs within the band; for rule 3 only the glute side of each pair is checked. */
static void
check_pairs (const HipBalance *b,
             HipVerdict       *v,
             gboolean          glutes_only,
             guint             exempt,
             gboolean          messages)
{
  static const HipAction glutes[] = {
    HIP_ACTION_EXTENSION, HIP_ACTION_ABDUCTION, HIP_ACTION_EXTERNAL_ROTATION,
  };

  for (guint i = 0; i < G_N_ELEMENTS (glutes); i++)
    {
      HipAction glute = glutes[i], partner = hip_action_get_opposite (glute);
      double ratio = hip_balance_pair_ratio (b, glute);

      /* A pair with an action that cannot be trained has no balance to keep. */
      if (exempted (exempt, glute) || exempted (exempt, partner))
        continue;

      if (ratio < HIP_BALANCE_MIN_RATIO)
        fail (v, glute,
              MESSAGE (_("%s is under-trained this week relative to %s (%.1f against "
                                 "%.1f weighted sets)."),
                               hip_action_get_label (glute), hip_action_get_label (partner),
                               b->actions[glute], b->actions[partner]));
      else if (!glutes_only && ratio > HIP_BALANCE_MAX_RATIO)
        fail (v, partner,
              MESSAGE (_("%s is under-trained this week relative to %s (%.1f against "
                                 "%.1f weighted sets)."),
                               hip_action_get_label (partner), hip_action_get_label (glute),
                               b->actions[partner], b->actions[glute]));
    }
}

static void
check_dominant (const HipBalance *b,
                HipVerdict       *v,
                guint             exempt,
                gboolean          messages)
{
  double total = hip_balance_total (b);

  /* With fewer than four trainable actions no share can stay under 30 %. */
  if (HIP_N_ACTIONS - (guint) __builtin_popcount (exempt) < 4)
    return;

  for (guint a = 0; a < HIP_N_ACTIONS && total > 0; a++)
    if (b->actions[a] / total > HIP_BALANCE_MAX_SHARE)
      fail (v, hip_action_get_opposite (a),
            MESSAGE (_("%s makes up %.0f %% of this week’s hip work; no action should "
                               "be more than %.0f %%."),
                             hip_action_get_label (a), 100 * b->actions[a] / total,
                             100 * HIP_BALANCE_MAX_SHARE));
}

static void
check_sides (const HipBalance *b,
             HipVerdict       *v,
             gboolean          messages)
{
  if (fabs (b->left - b->right) > 1e-6 * MAX (1.0, b->left + b->right))
    fail (v, HIP_ACTION_FLEXION,
          MESSAGE (_("The left side gets %.1f weighted sets and the right %.1f; both "
                             "sides should get the same."), b->left, b->right));
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
    case HIP_RULE_PAIRS_BALANCED: check_pairs (balance, v, FALSE, exempt, messages); break;
    case HIP_RULE_NO_DOMINANT: check_dominant (balance, v, exempt, messages); break;
    case HIP_RULE_GLUTE_TARGETS: check_pairs (balance, v, TRUE, exempt, messages); break;
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
  guint trainable = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      if (exempt & (1u << a))
        continue;
      trainable++;
      v += MAX (0, HIP_BALANCE_MIN_SETS - b->actions[a]);
    }
  for (guint a = 0; a < HIP_N_ACTIONS; a += 2)
    {
      double x = b->actions[a], y = b->actions[a + 1];

      if ((exempt & (1u << a)) || (exempt & (1u << (a + 1))))
        continue;
      v += MAX (0, HIP_BALANCE_MIN_RATIO * y - x) + MAX (0, x - HIP_BALANCE_MAX_RATIO * y);
    }
  for (guint a = 0; a < HIP_N_ACTIONS && trainable >= 4; a++)
    v += MAX (0, b->actions[a] - HIP_BALANCE_MAX_SHARE * total);
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
