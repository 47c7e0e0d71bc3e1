/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The planner: a pure function of (profile, catalogue, seed) to a programme that keeps every
 * rule of SCIENCE.md §6 in every week. Where a profile cannot be served as asked (too few
 * minutes, an action no allowed exercise trains), it serves the nearest plan that can and says
 * what it changed. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-balance.h"
#include "hip-exercise.h"
#include "hip-planner.h"
#include "hip-plan-private.h"
#include "hip-vocabulary.h"

/* SCIENCE.md §2, by level. */
typedef struct
{
  guint sessions_min, sessions_max;
  guint sets, max_sets;
  guint reps_early;           /* weeks 1–2: motor control */
  guint reps_low, reps_high;  /* then progressing through this range */
  guint rest_min, rest_max;
  guint hold;                 /* seconds, timed holds */
} Dosage;

static const Dosage dosages[HIP_N_LEVELS] = {
  { 2, 3, 2, 3, 12, 8, 12, 60, 90, 20 },
  { 3, 4, 3, 4, 10, 8, 12, 60, 120, 30 },
  { 4, 5, 3, 4, 8, 6, 12, 60, 180, 40 },
};

#define STRETCH_SECONDS  30
#define MAX_ATTEMPTS     4
#define MAX_SEARCH       20   /* minutes either side of the nearest, when that fails */
#define MAX_BALANCING    400

typedef struct
{
  const HipProfile *profile;
  const Dosage     *dosage;
  GRand            *rand;
  GPtrArray        *main_for[HIP_N_ACTIONS];   /* allowed exercises where it is primary */
  GPtrArray        *core;
  GPtrArray        *stretches;
  guint             exempt;
  guint             week;                      /* being built */
} Pool;

static gboolean
is_core (HipExercise *e)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_is_primary_action (e, a))
      return FALSE;
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    if (hip_muscle_get_group (m) == HIP_MUSCLE_GROUP_CORE &&
        hip_exercise_get_muscle_role (e, m) == HIP_MUSCLE_ROLE_PRIMARY)
      return TRUE;
  return FALSE;
}

static void
fill_pool (Pool       *pool,
           GListModel *exercises)
{
  guint n = g_list_model_get_n_items (exercises);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    pool->main_for[a] = g_ptr_array_new_with_free_func (g_object_unref);
  pool->core = g_ptr_array_new_with_free_func (g_object_unref);
  pool->stretches = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);

      if (hip_profile_excludes (pool->profile, e) ||
          hip_exercise_get_level (e) > pool->profile->level)
        continue;
      if (hip_exercise_get_kind (e) == HIP_KIND_STRETCH)
        g_ptr_array_add (pool->stretches, g_object_ref (e));
      else if (is_core (e))
        g_ptr_array_add (pool->core, g_object_ref (e));
      else
        for (guint a = 0; a < HIP_N_ACTIONS; a++)
          if (hip_exercise_is_primary_action (e, a))
            g_ptr_array_add (pool->main_for[a], g_object_ref (e));
    }

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (pool->main_for[a]->len == 0)
      pool->exempt |= 1u << a;
}

static void
clear_pool (Pool *pool)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    g_clear_pointer (&pool->main_for[a], g_ptr_array_unref);
  g_clear_pointer (&pool->core, g_ptr_array_unref);
  g_clear_pointer (&pool->stretches, g_ptr_array_unref);
  g_clear_pointer (&pool->rand, g_rand_free);
}

static gboolean
in_items (GPtrArray   *items,
          HipExercise *e)
{
  for (guint i = 0; i < items->len; i++)
    if (((HipPrescription *) items->pdata[i])->exercise == e)
      return TRUE;
  return FALSE;
}

/* Whether @e trains @action more than anything else and not its opposite at all: such
 * exercises move one pair's balance without upsetting the others. */
static gboolean
trains_purely (HipExercise *e,
               HipAction    action)
{
  double weight = hip_exercise_get_action_weight (e, action);

  if (hip_exercise_get_action_weight (e, hip_action_get_opposite (action)) > 0)
    return FALSE;
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_get_action_weight (e, a) > weight)
      return FALSE;
  return TRUE;
}

typedef enum
{
  PICK_ANY,
  PICK_PURE,     /* training the action purely, if there are any */
  PICK_LUNGE,    /* a lunge, if there are any: a balanced plan still lunges by plane */
} PickKind;

static gboolean
matches (HipExercise *e,
         PickKind     kind,
         HipAction    action)
{
  switch (kind)
    {
    case PICK_PURE: return trains_purely (e, action);
    case PICK_LUNGE: return strstr (hip_exercise_get_id (e), "lunge") != NULL;
    case PICK_ANY:
    default: return TRUE;
    }
}

/* A random exercise of @from, of @kind where possible, not yet in @items. */
static HipExercise *
pick (Pool      *pool,
      GPtrArray *from,
      GPtrArray *items,
      PickKind   kind,
      HipAction  action)
{
  g_autoptr(GPtrArray) choice = g_ptr_array_new ();

  for (guint i = 0; i < from->len; i++)
    if (!in_items (items, from->pdata[i]) && matches (from->pdata[i], kind, action))
      g_ptr_array_add (choice, from->pdata[i]);
  if (choice->len == 0 && kind != PICK_ANY)
    return pick (pool, from, items, PICK_ANY, action);
  if (choice->len == 0)
    return NULL;
  return choice->pdata[g_rand_int_range (pool->rand, 0, choice->len)];
}

static const char *
reason_for (HipAction action)
{
  switch (action)
    {
    case HIP_ACTION_FLEXION:
      return N_("Flexion: gym routines favour extension, so the hip flexors need their own work");
    case HIP_ACTION_EXTENSION:
      return N_("Extension: glute strength, as in the back-pain trials (Bade 2017)");
    case HIP_ACTION_ABDUCTION:
      return N_("Abduction: the side hip keeps the pelvis level (Bade 2017, side-lying clam)");
    case HIP_ACTION_ADDUCTION:
      return N_("Adduction: keeps adduction level with abduction (below 0.8 raises groin-strain "
                "risk, Tyler 2001)");
    case HIP_ACTION_INTERNAL_ROTATION:
      return N_("Internal rotation: the rotators control turning and the pivot of the lunge");
    case HIP_ACTION_EXTERNAL_ROTATION:
    default:
      return N_("External rotation: deep rotators and glutes steady the hip in every plane");
    }
}

static HipPrescription *
prescribe (Pool        *pool,
           HipExercise *e,
           HipPart      part,
           const char  *reason)
{
  HipPrescription *p = g_new0 (HipPrescription, 1);
  HipEquipment loads = HIP_EQUIPMENT_DUMBBELL | HIP_EQUIPMENT_KETTLEBELL |
                       HIP_EQUIPMENT_BARBELL | HIP_EQUIPMENT_CABLE | HIP_EQUIPMENT_BAND;

  p->exercise = g_object_ref (e);
  p->part = part;
  p->per_side = hip_exercise_get_unilateral (e);
  p->tempo = "2-0-2";
  p->load = g_strdup ((hip_exercise_get_equipment (e) & loads) != 0
                      ? _("Start light: a load you could lift 3–4 more times (effort 5–6/10)")
                      : _("Body weight"));
  p->rationale = g_strdup (_(reason));
  if (hip_exercise_get_kind (e) == HIP_KIND_STRETCH)
    {
      p->sets = 1;
      p->seconds = STRETCH_SECONDS;
    }
  else
    {
      p->sets = pool->dosage->sets;
      if (hip_exercise_get_kind (e) == HIP_KIND_HOLD)
        p->seconds = pool->dosage->hold;
    }
  return p;
}

/* One session's exercises: warm-up, one main exercise per trainable action, core, cool-down. */
static GPtrArray *
build_template (Pool  *pool,
                guint  index)
{
  GPtrArray *items = hip_session_new_items ();
  HipExercise *e;

  if ((e = pick (pool, pool->stretches, items, PICK_ANY, 0)) != NULL)
    g_ptr_array_add (items, prescribe (pool, e, HIP_PART_WARM_UP,
                                       N_("Warm-up: move the hips through their range first")));
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    {
      /* Rotating the order varies which action gets the fresh start of a session. */
      HipAction a = (i + index) % HIP_N_ACTIONS;

      if (pool->exempt & (1u << a))
        continue;
      /* The first session's extension work is a lunge; otherwise exercises that train one
       * action purely keep the plan easy to balance. */
      e = pick (pool, pool->main_for[a], items,
                a == HIP_ACTION_EXTENSION && index == 0 ? PICK_LUNGE : PICK_PURE, a);
      if (e == NULL)
        e = g_ptr_array_index (pool->main_for[a], g_rand_int_range (pool->rand, 0,
                                                                     pool->main_for[a]->len));
      if (!in_items (items, e))
        g_ptr_array_add (items, prescribe (pool, e, HIP_PART_MAIN, reason_for (a)));
    }
  if ((e = pick (pool, pool->core, items, PICK_ANY, 0)) != NULL)
    g_ptr_array_add (items, prescribe (pool, e, HIP_PART_CORE,
                                       N_("Core stabiliser: in every session, as back-pain guidelines advise (NICE NG59)")));
  if ((e = pick (pool, pool->stretches, items, PICK_ANY, 0)) != NULL)
    g_ptr_array_add (items, prescribe (pool, e, HIP_PART_COOL_DOWN,
                                       N_("Cool-down: stretch what worked")));
  return items;
}


/* Repetitions for @week: higher in the first two weeks (motor control), then climbing through
 * the level's range; a deload week keeps the reps and cuts the sets. */
static guint
week_reps (const Dosage *d,
           guint         week)
{
  if (week <= 2)
    return d->reps_early;
  return MIN (d->reps_low + (week - 3), d->reps_high);
}

static gboolean
is_deload (const HipProfile *profile,
           guint             week)
{
  return profile->weeks >= 6 && week == profile->weeks;
}

static void
apply_week (Pool      *pool,
            GPtrArray *items,
            guint      week)
{
  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      if (p->seconds == 0)
        p->reps = week_reps (pool->dosage, week);
      else
        p->seconds = MIN (pool->dosage->hold + 5 * (week - 1) / 2, 45);
      /* Deload: about a third fewer sets (SCIENCE.md §2). */
      if (is_deload (pool->profile, week))
        p->sets = MAX (1, (guint) lround (p->sets * 0.65));
    }
}

static void
week_balance (GPtrArray  *sessions,
              HipBalance *balance)
{
  hip_balance_init (balance);
  for (guint s = 0; s < sessions->len; s++)
    {
      GPtrArray *items = sessions->pdata[s];

      for (guint i = 0; i < items->len; i++)
        {
          HipPrescription *p = items->pdata[i];

          if (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE)
            hip_balance_add (balance, p->exercise, p->sets, HIP_SIDE_BOTH);
        }
    }
}

/* The main prescription that best serves @action (most of it, least of its opposite) and can
 * still change by @delta sets; *@score says how much one set moves the pair. */
static HipPrescription *
best_lever (GPtrArray *sessions,
            HipAction  action,
            int        delta,
            guint      max_sets,
            double    *score_out)
{
  HipAction opposite = hip_action_get_opposite (action);
  HipPrescription *best = NULL;
  double best_score = 0;

  for (guint s = 0; s < sessions->len; s++)
    {
      GPtrArray *items = sessions->pdata[s];

      for (guint i = 0; i < items->len; i++)
        {
          HipPrescription *p = items->pdata[i];
          double score = hip_exercise_get_action_weight (p->exercise, action) -
                         hip_exercise_get_action_weight (p->exercise, opposite);

          if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
            continue;
          /* A main exercise may go entirely (its action keeps the others); the core stays. */
          if (delta > 0 ? p->sets >= max_sets : p->sets <= (p->part == HIP_PART_MAIN ? 0u : 1u))
            continue;
          /* Removing a set helps most where the opposite is trained. */
          if (delta < 0)
            score = -score;
          if (score > best_score + 1e-9)
            {
              best = p;
              best_score = score;
            }
        }
    }
  *score_out = best_score;
  return best;
}

/* A second exercise for @action, in the session with the fewest exercises: for when the
 * sets of the first ones cannot balance the week by themselves. */
static gboolean
add_exercise (Pool      *pool,
              GPtrArray *sessions,
              HipAction  action)
{
  g_autoptr(GPtrArray) order = g_ptr_array_copy (sessions, NULL, NULL);

  /* Lightest sessions first. */
  for (guint i = 1; i < order->len; i++)
    for (guint j = i; j > 0 && ((GPtrArray *) order->pdata[j])->len <
                               ((GPtrArray *) order->pdata[j - 1])->len; j--)
      {
        gpointer t = order->pdata[j];

        order->pdata[j] = order->pdata[j - 1];
        order->pdata[j - 1] = t;
      }

  for (guint s = 0; s < order->len; s++)
    {
      GPtrArray *items = order->pdata[s];
      HipExercise *e = pick (pool, pool->main_for[action], items, PICK_PURE, action);
      HipPrescription *p;

      if (e == NULL)
        continue;
      p = prescribe (pool, e, HIP_PART_MAIN, reason_for (action));
      p->sets = 1;
      /* Before the core stabiliser and the cool-down. */
      g_ptr_array_insert (items, MAX (1, (int) items->len - 2), p);
      return TRUE;
    }
  return FALSE;
}

/* Exercises whose sets all went in balancing leave the session. */
static void
prune (GPtrArray *sessions)
{
  for (guint s = 0; s < sessions->len; s++)
    {
      GPtrArray *items = sessions->pdata[s];

      for (guint i = items->len; i > 0; i--)
        if (((HipPrescription *) items->pdata[i - 1])->sets == 0)
          g_ptr_array_remove_index (items, i - 1);
    }
}

/* When moving one set at a time towards the weak action goes round in circles (exercises that
 * train several actions at once), a seeded local search: random one-set changes, kept when the
 * week is no further from the rules. Deterministic, as the planner must be. */
static gboolean
search_balance (Pool      *pool,
                GPtrArray *sessions)
{
  g_autoptr(GPtrArray) levers = g_ptr_array_new ();
  HipBalance balance;
  double current;

  for (guint s = 0; s < sessions->len; s++)
    for (guint i = 0; i < ((GPtrArray *) sessions->pdata[s])->len; i++)
      {
        HipPrescription *p = ((GPtrArray *) sessions->pdata[s])->pdata[i];

        if (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE)
          g_ptr_array_add (levers, p);
      }
  if (levers->len == 0)
    return FALSE;

  week_balance (sessions, &balance);
  current = hip_balance_violation (&balance, pool->exempt);
  for (guint iteration = 0; iteration < 4000 && current > 1e-9; iteration++)
    {
      HipPrescription *p = levers->pdata[g_rand_int_range (pool->rand, 0, levers->len)];
      int delta = g_rand_boolean (pool->rand) ? +1 : -1;
      guint low = p->part == HIP_PART_MAIN ? 0 : 1, high = pool->dosage->max_sets + 2;
      double next;

      if ((delta < 0 && p->sets <= low) || (delta > 0 && p->sets >= high))
        continue;
      p->sets += delta;
      week_balance (sessions, &balance);
      next = hip_balance_violation (&balance, pool->exempt);
      if (next <= current)
        current = next;
      else
        p->sets -= delta;
    }
  return current <= 1e-9;
}

/* Moves sets until the week keeps the balance rules: more for the weak action where possible,
 * fewer for its opposite otherwise, and another exercise for it when neither is possible.
 * Returns whether the week passes. */
static gboolean
balance_week (Pool      *pool,
              GPtrArray *sessions)
{
  guint added = 0;
  gboolean balanced;

  for (guint iteration = 0; iteration < MAX_BALANCING; iteration++)
    {
      HipPrescription *more, *less;
      double more_score, less_score;
      HipBalance balance;
      HipAction weak;
      HipRule rule;

      week_balance (sessions, &balance);
      if (!hip_balance_find_failure (&balance, pool->exempt, &rule, &weak))
        {
          prune (sessions);
          return TRUE;
        }

      /* One action above its share: raise the least trained, or lower the dominant one. */
      if (rule == HIP_RULE_NO_DOMINANT)
        {
          HipAction dominant = 0;

          for (guint a = 0; a < HIP_N_ACTIONS; a++)
            {
              if (balance.actions[a] > balance.actions[dominant])
                dominant = a;
              if (!(pool->exempt & (1u << a)) && balance.actions[a] < balance.actions[weak])
                weak = a;
            }
          more = best_lever (sessions, weak, +1, pool->dosage->max_sets + 1, &more_score);
          less = best_lever (sessions, hip_action_get_opposite (dominant), -1, 0, &less_score);
        }
      else
        {
          /* One set more of what trains the weak action, or one set fewer of what trains its
           * opposite: whichever moves the pair most. Too little of an action needs more. */
          more = best_lever (sessions, weak, +1, pool->dosage->max_sets + 2, &more_score);
          less = rule == HIP_RULE_EVERY_ACTION || rule == HIP_RULE_EVERY_PLANE
                 ? NULL : best_lever (sessions, weak, -1, 0, &less_score);
        }
      if (more != NULL && (less == NULL || more_score >= less_score))
        more->sets++;
      else if (less != NULL)
        less->sets--;
      else if (added++ >= 2 * HIP_N_ACTIONS || !add_exercise (pool, sessions, weak))
        break;
    }
  balanced = search_balance (pool, sessions);
  prune (sessions);
  return balanced;
}

static guint
time_at_rest (GPtrArray *items,
              guint      rest)
{
  HipSession session = { .items = items };

  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];

      p->rest_seconds = p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE ? rest : 0;
    }
  return hip_session_seconds (&session);
}

/* Extra mobility when a session is short even with the longest rest: more stretching rather
 * than more loading. */
static void
add_mobility (Pool      *pool,
              GPtrArray *items,
              guint      target)
{
  HipExercise *e;

  while (time_at_rest (items, pool->dosage->rest_max) < 0.9 * target &&
         (e = pick (pool, pool->stretches, items, PICK_ANY, 0)) != NULL)
    {
      HipPrescription *p = prescribe (pool, e, HIP_PART_COOL_DOWN,
                                      N_("Mobility: more range, not more load"));

      p->seconds = 45;
      g_ptr_array_add (items, p);
    }

  /* Then longer and repeated stretches, up to three sets of a minute. */
  for (guint round = 0; round < 4 && time_at_rest (items, pool->dosage->rest_max) < 0.9 * target;
       round++)
    for (guint i = 0; i < items->len; i++)
      {
        HipPrescription *p = items->pdata[i];

        if (p->part != HIP_PART_WARM_UP && p->part != HIP_PART_COOL_DOWN)
          continue;
        if (p->seconds < 60)
          p->seconds = 60;
        else if (p->sets < 3)
          p->sets++;
      }
}

typedef enum
{
  FIT,
  TOO_SHORT,
  TOO_LONG,
} Fit;

/* One repetition (or five seconds of a hold) more or fewer on every main and core exercise,
 * within the level's range. */
static gboolean
shift_reps (Pool      *pool,
            GPtrArray *items,
            int        delta)
{
  const Dosage *d = pool->dosage;
  /* Weeks 1–2 practise movement with more, lighter repetitions (10–15 for beginners). */
  gboolean early = pool->week <= 2 && d->reps_early > d->reps_high - 1;
  guint low = early ? 10 : d->reps_low, high = early ? 15 : d->reps_high;
  gboolean changed = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      if (p->reps > 0 && (delta > 0 ? p->reps < high : p->reps > low))
        p->reps += delta, changed = TRUE;
      else if (p->reps == 0 && (delta > 0 ? p->seconds < 45 : p->seconds > 20))
        p->seconds += 5 * delta, changed = TRUE;
    }
  return changed;
}

/* Sets the rest so that the session takes @target seconds (± 10 %). *@shortest and *@longest
 * receive the session's possible range, for choosing the nearest plan when it cannot fit. */
static Fit
fit_session (Pool      *pool,
             GPtrArray *items,
             guint      target,
             guint     *shortest,
             guint     *longest)
{
  const Dosage *d = pool->dosage;
  guint sets = 0, work, rest;

  add_mobility (pool, items, target);
  *shortest = time_at_rest (items, d->rest_min);
  *longest = time_at_rest (items, d->rest_max);
  work = time_at_rest (items, 0);
  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];

      if (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE)
        sets += p->sets;
    }

  rest = sets > 0 && target > work ? (target - work + sets / 2) / sets : d->rest_min;
  rest = CLAMP (rest, d->rest_min, d->rest_max);

  /* Then repetitions within the level's range: they change the time, not the balance. */
  for (guint step = 0; step < 8; step++)
    {
      guint t = time_at_rest (items, rest);
      int delta;

      if (fabs ((double) t - target) <= 0.1 * target)
        return FIT;
      delta = t > target ? -1 : +1;
      if (!shift_reps (pool, items, delta))
        break;
      work = time_at_rest (items, 0);
      rest = sets > 0 && target > work ? (target - work + sets / 2) / sets : d->rest_min;
      rest = CLAMP (rest, d->rest_min, d->rest_max);
    }
  *shortest = time_at_rest (items, d->rest_min);
  *longest = time_at_rest (items, d->rest_max);
  if (fabs ((double) time_at_rest (items, rest) - target) <= 0.1 * target)
    return FIT;
  return *shortest > target ? TOO_LONG : TOO_SHORT;
}

/* One more (or one fewer) set of each main and core exercise: the coarse lever on time, which
 * keeps the balance nearly as it was. */
static gboolean
shift_sets (Pool      *pool,
            GPtrArray *items,
            int        delta)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      if (delta > 0 && p->sets < pool->dosage->max_sets + 1)
        p->sets++, changed = TRUE;
      else if (delta < 0 && p->sets > 1)
        p->sets--, changed = TRUE;
    }
  return changed;
}

/* Fits every session of a week by its rest; returns whether all fit, and shifts whole sets of
 * the ones that do not when @shift is set. */
static gboolean
fit_sessions (Pool      *pool,
              GPtrArray *sessions,
              guint      target,
              gboolean   shift,
              gboolean  *changed,
              guint     *low,
              guint     *high)
{
  gboolean fits = TRUE;

  *low = 0;
  *high = G_MAXUINT;
  for (guint s = 0; s < sessions->len; s++)
    {
      guint shortest, longest;
      Fit fit = fit_session (pool, sessions->pdata[s], target, &shortest, &longest);

      *low = MAX (*low, shortest);
      *high = MIN (*high, longest);
      if (fit == FIT)
        continue;
      fits = FALSE;
      if (shift)
        *changed |= shift_sets (pool, sessions->pdata[s], fit == TOO_SHORT ? +1 : -1);
    }
  return fits;
}

/* Puts @p's exercise in @items with one more set: the prescription there, or a new one of one
 * set in its part's place. Returns: the prescription that received the set. */
static HipPrescription *
add_one_set (GPtrArray             *items,
             const HipPrescription *p)
{
  HipPrescription *copy;
  guint at = 0;

  for (guint i = 0; i < items->len; i++)
    if (((HipPrescription *) items->pdata[i])->exercise == p->exercise)
      {
        ((HipPrescription *) items->pdata[i])->sets++;
        return items->pdata[i];
      }
  copy = hip_prescription_copy (p);
  copy->sets = 1;
  while (at < items->len && ((HipPrescription *) items->pdata[at])->part <= p->part)
    at++;
  g_ptr_array_insert (items, at, copy);
  return copy;
}

/* Takes back the set add_one_set() moved from @p to @received (in @to). */
static void
undo_move (HipPrescription *p,
           GPtrArray       *to,
           HipPrescription *received)
{
  p->sets++;
  if (received->sets > 1)
    received->sets--;
  else
    g_ptr_array_remove (to, received);
}

/* A set of @items that can move to another session: the most repeated, keeping every session's
 * core stabiliser. */
static HipPrescription *
movable_set (GPtrArray *items)
{
  HipPrescription *best = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];

      if ((p->part == HIP_PART_MAIN && p->sets >= 1) || (p->part == HIP_PART_CORE && p->sets >= 2))
        if (best == NULL || p->sets > best->sets)
          best = p;
    }
  return best;
}

/* Whether the week's sessions, taken together, could fill @target each: otherwise the
 * minutes must change, and moving sets between sessions cannot help. */
static gboolean
week_can_fit (Pool      *pool,
              GPtrArray *sessions,
              guint      target)
{
  double lo = 0, hi = 0;

  for (guint s = 0; s < sessions->len; s++)
    {
      lo += time_at_rest (sessions->pdata[s], pool->dosage->rest_min);
      hi += time_at_rest (sessions->pdata[s], pool->dosage->rest_max);
    }
  return lo <= 1.1 * target * sessions->len && hi >= 0.9 * target * sessions->len;
}

/* The session furthest outside the minutes: *@too_long says which way. */
static GPtrArray *
worst_session (Pool      *pool,
               GPtrArray *sessions,
               guint      target,
               gboolean  *too_long)
{
  GPtrArray *worst = NULL;
  double by = 0;

  for (guint s = 0; s < sessions->len; s++)
    {
      double over = time_at_rest (sessions->pdata[s], pool->dosage->rest_min) - 1.1 * target;
      double under = 0.9 * target - time_at_rest (sessions->pdata[s], pool->dosage->rest_max);

      if (over > by)
        by = over, worst = sessions->pdata[s], *too_long = TRUE;
      if (under > by)
        by = under, worst = sessions->pdata[s], *too_long = FALSE;
    }
  return worst;
}

/* The session with the most room to take a set (@too_long) or to give one. */
static GPtrArray *
partner_session (Pool      *pool,
                 GPtrArray *sessions,
                 GPtrArray *worst,
                 guint      target,
                 gboolean   too_long)
{
  GPtrArray *best = NULL;
  double most = 0;

  for (guint s = 0; s < sessions->len; s++)
    {
      GPtrArray *other = sessions->pdata[s];
      double room = too_long ? 1.1 * target - time_at_rest (other, pool->dosage->rest_min)
                             : time_at_rest (other, pool->dosage->rest_max) - 0.9 * target;

      if (other != worst && room > most && (too_long || movable_set (other) != NULL))
        {
          best = other;
          most = room;
        }
    }
  return best;
}

/* Sessions of one week can differ too much for one length to suit them all (a session of
 * long holds beside one of quick repetitions). Moving whole sets from a session that is too
 * long to one with room, or into one that is too short, evens them out without changing the
 * week's volume, so the balance stays as it is. Returns whether anything moved. */
static gboolean
even_out (Pool      *pool,
          GPtrArray *sessions,
          guint      target)
{
  const Dosage *d = pool->dosage;
  gboolean moved = FALSE;

  if (sessions->len < 2 || !week_can_fit (pool, sessions, target))
    return FALSE;

  for (guint iteration = 0; iteration < 40; iteration++)
    {
      gboolean too_long = FALSE;
      GPtrArray *worst = worst_session (pool, sessions, target, &too_long);
      GPtrArray *partner, *from, *to;
      HipPrescription *p, *received;

      if (worst == NULL)
        break;
      partner = partner_session (pool, sessions, worst, target, too_long);
      from = too_long ? worst : partner;
      to = too_long ? partner : worst;
      if (partner == NULL || (p = movable_set (from)) == NULL)
        break;
      received = add_one_set (to, p);
      p->sets--;
      /* The partner must stay within the minutes itself; if not, the move is undone. */
      if (too_long ? time_at_rest (to, d->rest_min) > 1.1 * target
                   : time_at_rest (from, d->rest_max) < 0.9 * target)
        {
          undo_move (p, to, received);
          break;
        }
      moved = TRUE;
    }
  prune (sessions);
  return moved;
}

/* Balances a week, then fits each session to the minutes, moving whole sets where rest and
 * mobility cannot make up the difference; always ends balanced, with the rest set last. */
static gboolean
fit_week (Pool      *pool,
          GPtrArray *sessions,
          guint      target,
          guint     *longest_min,
          guint     *shortest_max)
{
  gboolean balanced, fits;
  guint low, high;

  for (guint round = 0; round < 6; round++)
    {
      gboolean changed = FALSE;

      balanced = balance_week (pool, sessions);
      if (fit_sessions (pool, sessions, target, TRUE, &changed, &low, &high) && balanced)
        break;
      if (!changed)
        break;
    }

  balanced = balance_week (pool, sessions);
  fits = fit_sessions (pool, sessions, target, FALSE, NULL, &low, &high);
  if (balanced && !fits && even_out (pool, sessions, target))
    fits = fit_sessions (pool, sessions, target, FALSE, NULL, &low, &high);
  *longest_min = MAX (*longest_min, low);
  *shortest_max = MIN (*shortest_max, high);
  return balanced && fits;
}

/* Sessions spread over the week on non-consecutive days where that is possible (up to four). */
static guint
session_day (guint index,
             guint per_week)
{
  if (per_week == 4)
    return index * 2;
  return (index * 7 + per_week / 2) / per_week;
}

static void
note (HipPlan    *plan,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
note (HipPlan    *plan,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (plan->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
start_pool (Pool             *pool,
            const HipProfile *profile,
            GListModel       *exercises)
{
  guint32 seed[2] = { (guint32) profile->seed, (guint32) (profile->seed >> 32) };

  *pool = (Pool) { .profile = profile, .dosage = &dosages[profile->level] };
  pool->rand = g_rand_new_with_seed_array (seed, 2);
  fill_pool (pool, exercises);
}

/* One attempt at the whole plan with the profile as it stands; on a session that cannot fit
 * the minutes, *@minutes_needed says the nearest minutes that would. */
static gboolean
build_plan (HipPlan    *plan,
            GListModel *exercises,
            guint      *minutes_needed)
{
  guint per_week = plan->profile.sessions_per_week, target = plan->profile.minutes * 60;
  guint longest_min = 0, shortest_max = G_MAXUINT;
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  gboolean fits = TRUE;
  Pool pool;

  start_pool (&pool, &plan->profile, exercises);
  plan->exempt = pool.exempt;
  plan->no_core = pool.core->len == 0;
  for (guint s = 0; s < per_week; s++)
    g_ptr_array_add (templates, build_template (&pool, s));

  for (guint week = 1; week <= plan->profile.weeks; week++)
    {
      g_autoptr(GPtrArray) sessions = g_ptr_array_new ();

      pool.week = week;
      for (guint s = 0; s < per_week; s++)
        {
          GPtrArray *template = templates->pdata[s];
          HipSession *session = g_new0 (HipSession, 1);

          session->week = week;
          session->session = s + 1;
          session->day = session_day (s, per_week);
          session->items = hip_session_new_items ();
          for (guint i = 0; i < template->len; i++)
            g_ptr_array_add (session->items, hip_prescription_copy (template->pdata[i]));
          apply_week (&pool, session->items, week);
          g_ptr_array_add (sessions, session->items);
          g_ptr_array_add (plan->sessions, session);
        }
      if (!fit_week (&pool, sessions, target, &longest_min, &shortest_max))
        fits = FALSE;
    }
  clear_pool (&pool);

  /* The nearest minutes that every session can fill: enough for the longest, little enough
   * for the shortest. */
  *minutes_needed = longest_min > 1.1 * target
                    ? (guint) ceil (longest_min / (1.1 * 60))
                    : (guint) floor (shortest_max / (0.9 * 60));
  *minutes_needed = CLAMP (*minutes_needed, HIP_PROFILE_MIN_MINUTES, HIP_PROFILE_MAX_MINUTES);
  return fits;
}

/* Whether @profile may do @exercise: nothing it excludes, nothing above its level. */
gboolean
hip_planner_allows (const HipProfile *profile,
                    HipExercise      *exercise)
{
  return !hip_profile_excludes (profile, exercise) &&
         hip_exercise_get_level (exercise) <= profile->level;
}

/* Where @exercise belongs in a session: stretches warm up or cool down, core stabilisers have
 * their own place, everything else is main hip work. */
HipPart
hip_planner_part_for (HipExercise *exercise)
{
  if (hip_exercise_get_kind (exercise) == HIP_KIND_STRETCH)
    return HIP_PART_COOL_DOWN;
  return is_core (exercise) ? HIP_PART_CORE : HIP_PART_MAIN;
}

/**
 * hip_planner_find_exempt:
 * @no_core: (out) (optional): whether no core stabiliser suits the profile
 *
 * Returns: the mask of (1 << #HipAction) that no exercise allowed by @profile trains
 */
guint
hip_planner_find_exempt (const HipProfile *profile,
                         GListModel       *exercises,
                         gboolean         *no_core)
{
  Pool pool = { .profile = profile, .dosage = &dosages[profile->level] };
  guint exempt;

  fill_pool (&pool, exercises);
  exempt = pool.exempt;
  if (no_core != NULL)
    *no_core = pool.core->len == 0;
  clear_pool (&pool);
  return exempt;
}

/**
 * hip_planner_dose:
 * @prescription: its exercise and part set; receives sets, reps or seconds, rest and load
 *
 * Doses one prescription as the planner would in @week (SCIENCE.md §2), for exercises a
 * person adds to their programme.
 */
void
hip_planner_dose (const HipProfile *profile,
                  guint             week,
                  HipPrescription  *prescription)
{
  Pool pool = { .profile = profile, .dosage = &dosages[profile->level], .week = week };
  g_autoptr(GPtrArray) items = hip_session_new_items ();
  /* The rationale is the caller's: only the dose is taken from here. */
  HipPrescription *p = prescribe (&pool, prescription->exercise, prescription->part,
                                  N_("Added by you"));

  g_ptr_array_add (items, p);
  apply_week (&pool, items, week);
  prescription->sets = p->sets;
  prescription->reps = p->reps;
  prescription->seconds = p->seconds;
  prescription->per_side = p->per_side;
  prescription->tempo = p->tempo;
  prescription->rest_seconds = p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE
                               ? pool.dosage->rest_min : 0;
  g_free (prescription->load);
  prescription->load = g_steal_pointer (&p->load);
}

static GPtrArray *
week_items (HipPlan *plan,
            guint    week)
{
  GPtrArray *sessions = g_ptr_array_new ();

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *session = plan->sessions->pdata[s];

      if (session->week == week)
        g_ptr_array_add (sessions, session->items);
    }
  return sessions;
}

/**
 * hip_planner_refit_week:
 * @plan: a plan, perhaps edited
 *
 * Balances @week of @plan again and fits its sessions to the minutes, as the planner does for
 * a new plan, keeping the exercises that are there (one may be added where balance needs it).
 *
 * Returns: whether the week now keeps every rule of balance and time
 */
gboolean
hip_planner_refit_week (const HipProfile *profile,
                        GListModel       *exercises,
                        HipPlan          *plan,
                        guint             week)
{
  g_autoptr(GPtrArray) sessions = week_items (plan, week);
  guint low = 0, high = G_MAXUINT;
  gboolean fits;
  Pool pool;

  start_pool (&pool, profile, exercises);
  pool.week = week;
  fits = fit_week (&pool, sessions, plan->profile.minutes * 60, &low, &high);
  clear_pool (&pool);
  return fits;
}

/* Builds @plan's sessions anew at @minutes; returns whether every week keeps every rule. */
static gboolean
try_minutes (HipPlan    *plan,
             GListModel *exercises,
             guint       minutes,
             guint      *minutes_needed)
{
  plan->profile.minutes = minutes;
  g_clear_pointer (&plan->sessions, g_ptr_array_unref);
  plan->sessions = hip_plan_new_sessions ();
  return build_plan (plan, exercises, minutes_needed);
}

static void
note_exemptions (HipPlan *plan)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (plan->exempt & (1u << a))
      note (plan, _("No exercise for %s suits your profile (equipment, level or "
                    "contraindications), so this plan leaves it out."),
            hip_action_get_label (a));
  if (plan->no_core)
    note (plan, _("Core stabilisers need a mat; add one to your equipment to include them."));
}

/**
 * hip_planner_generate:
 * @profile: the person's profile; its seed makes the plan repeatable
 * @exercises: a #GListModel of #HipExercise (the catalogue)
 *
 * Generates a block of @profile's weeks: sessions on spread-out days, each a warm-up, one main
 * exercise per hip action, a core stabiliser and a cool-down, dosed by level (SCIENCE.md §2),
 * progressing week by week with a deload in the last week of a block of six or more, and
 * balanced (SCIENCE.md §6). The same inputs always give the same plan.
 *
 * Returns: (transfer full): the plan; its notes say what was changed from the request
 */
HipPlan *
hip_planner_generate (const HipProfile *profile,
                      GListModel       *exercises)
{
  HipPlan *plan = g_new0 (HipPlan, 1);
  const Dosage *d = &dosages[profile->level];
  guint minutes, nearest;
  gboolean fits = FALSE;

  g_return_val_if_fail (profile != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (exercises), NULL);

  plan->profile = *profile;
  plan->notes = g_ptr_array_new_with_free_func (g_free);
  if (profile->sessions_per_week < d->sessions_min || profile->sessions_per_week > d->sessions_max)
    {
      plan->profile.sessions_per_week = CLAMP (profile->sessions_per_week, d->sessions_min,
                                               d->sessions_max);
      note (plan, _("At your level the plan has %u sessions a week, not %u (ACSM 2009 guidance)."),
            plan->profile.sessions_per_week, profile->sessions_per_week);
    }

  for (guint attempt = 0; attempt < MAX_ATTEMPTS && !fits; attempt++)
    {
      fits = try_minutes (plan, exercises, plan->profile.minutes, &minutes);
      if (minutes == plan->profile.minutes)
        break;
      if (!fits)
        plan->profile.minutes = minutes;
    }
  /* Rarely the sessions of a week cannot all meet the nearest length (or balance and time pull
   * apart at it): then the closest length that works, searching outwards. */
  nearest = plan->profile.minutes;
  for (guint delta = 1; !fits && delta <= MAX_SEARCH; delta++)
    for (int sign = -1; sign <= 1 && !fits; sign += 2)
      {
        int m = (int) nearest + sign * (int) delta;

        if (m >= HIP_PROFILE_MIN_MINUTES && m <= HIP_PROFILE_MAX_MINUTES)
          fits = try_minutes (plan, exercises, m, &minutes);
      }
  if (!fits)
    try_minutes (plan, exercises, nearest, &minutes);
  if (plan->profile.minutes != profile->minutes)
    note (plan, _("Sessions take %u minutes instead of %u, so that each one trains every hip "
                  "action safely."), plan->profile.minutes, profile->minutes);
  note_exemptions (plan);
  return plan;
}
