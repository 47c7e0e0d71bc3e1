/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The planner: a pure function of (profile, catalogue, seed) to a programme that keeps every
 * rule of SCIENCE.md §2 and §6 in every week.
 *
 * The shape of a plan: two or three full sessions a week, a day apart, and any further sessions
 * as short mobility and core days. A full session is a dynamic warm-up, main hip work, core work
 * and a cool-down, ordered so that a person gets down to the floor once. The main work comes in
 * pairs of opposing actions (flexion with extension, abduction with adduction, the two
 * rotations), handed out to the sessions in turn, so every plane and action is trained each week
 * and each pair stays in balance. The dose comes from the level and the week (a planned rise,
 * then a deload); fitting the minutes changes how many pairs a session holds, the rest within
 * the level's range and the length of the warm-up and cool-down, never the dose. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-balance.h"
#include "hip-exercise.h"
#include "hip-planner.h"
#include "hip-planner-private.h"
#include "hip-plan-private.h"
#include "hip-vocabulary.h"

/* ---- Building the plan ---- */

typedef struct
{
  guint full;                 /* full sessions a week, 1–3 */
  guint mobility;             /* short mobility and core days */
  guint days[7];              /* by session, in day order */
  gboolean is_full[7];
} Week;

static void
plan_week (Week  *week,
           guint  sessions)
{
  static const guint full_days[MAX_FULL_SESSIONS + 1][MAX_FULL_SESSIONS] = {
    { 0 }, { 0 }, { 0, 3 }, { 0, 2, 4 },
  };
  gboolean full_day[7] = { FALSE }, mobility_day[7] = { FALSE };
  guint n = 0;

  week->full = MIN (sessions, MAX_FULL_SESSIONS);
  week->mobility = sessions - week->full;
  for (guint f = 0; f < week->full; f++)
    full_day[full_days[week->full][f]] = TRUE;
  /* Mobility days take the free days from the end of the week. */
  for (int d = 6, added = 0; d >= 0 && (guint) added < week->mobility; d--)
    if (!full_day[d])
      mobility_day[d] = TRUE, added++;
  for (guint d = 0; d < 7; d++)
    if (full_day[d] || mobility_day[d])
      {
        week->days[n] = d;
        week->is_full[n] = full_day[d];
        n++;
      }
}

/* The pairs a plan can train: a pair with both actions exempt has nothing to give. */
static guint
trainable_pairs (const Pool *pool,
                 int        *order)
{
  guint n = 0;

  for (guint p = 0; p < HIP_N_PLANES; p++)
    if ((pool->exempt & (1u << hip_planner_pairs[p][0])) == 0 ||
        (pool->exempt & (1u << hip_planner_pairs[p][1])) == 0)
      order[n++] = p;
  return n;
}

/* An action that is the main work of one exercise a week needs two sets of it (SCIENCE.md §6
 * rule 1): in the weeks whose range allows one set, such exercises get two. */
static void
two_sets_each (Pool      *pool,
               GPtrArray *sessions)
{
  HipBalance balance;

  hip_planner_week_balance (sessions, &balance);
  for (guint s = 0; s < sessions->len; s++)
    for (guint i = 0; i < ((GPtrArray *) sessions->pdata[s])->len; i++)
      {
        HipPrescription *p = ((GPtrArray *) sessions->pdata[s])->pdata[i];

        if (p->part != HIP_PART_MAIN || p->sets >= HIP_BALANCE_MIN_SETS)
          continue;
        for (guint a = 0; a < HIP_N_ACTIONS; a++)
          if (hip_exercise_is_primary_action (p->exercise, a) &&
              balance.primary_sets[a] < HIP_BALANCE_MIN_SETS)
            p->sets = HIP_BALANCE_MIN_SETS;
      }
}

/* One week's sessions with @rounds pairs in each full session, dosed for @w. */
static GPtrArray *
build_week (Pool       *pool,
            const Week *week,
            guint       rounds,
            guint       w,
            guint       n_pairs,
            const int  *order)
{
  GPtrArray *sessions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint dose_week = hip_planner_is_deload (pool->profile, w) ? w - 1 : w;
  WeekDose dose = hip_planner_week_dose (pool, dose_week);
  guint f = 0;

  memset (pool->used, 0, sizeof pool->used);
  for (guint s = 0; s < week->full + week->mobility; s++)
    {
      GPtrArray *items = hip_session_new_items ();

      if (week->is_full[s])
        hip_planner_add_main (pool, items, f * rounds, rounds, n_pairs, order);
      hip_planner_add_frame (pool, items, s, week->is_full[s] ? 1 : 2);
      for (guint i = 0; i < items->len; i++)
        hip_planner_apply_dose (pool, items->pdata[i], &dose, dose_week);
      f += week->is_full[s];
      g_ptr_array_add (sessions, items);
    }
  two_sets_each (pool, sessions);
  return sessions;
}

static guint
session_target (const HipProfile *profile,
                gboolean          full)
{
  return hip_session_target_minutes (profile->minutes, full) * 60;
}

/* How a week, or a plan, came out. */
typedef enum
{
  FITS,
  TOO_SHORT,      /* a session cannot be filled: fewer minutes would fit */
  TOO_LONG,       /* a session cannot be made short enough: more minutes would fit */
  UNBALANCED,     /* the sets allowed cannot balance the exercises chosen */
} Outcome;

/* Balances @sessions within the week's sets, then the deload, then fits each session. */
static Outcome
finish_week (Pool       *pool,
             GPtrArray  *sessions,
             const Week *week,
             guint       w,
             gboolean    move_sets)
{
  guint dose_week = hip_planner_is_deload (pool->profile, w) ? w - 1 : w;
  guint lo = hip_planner_week_sets_lo (pool, dose_week);
  guint hi = hip_planner_week_sets_hi (pool, dose_week);
  Outcome outcome = FITS;

  /* Sets moved for balance depart from the week's planned dose, so other exercises are tried
   * first; only then a set more or fewer. */
  if (move_sets ? !hip_planner_balance_sets (pool, sessions, lo, hi)
                : hip_planner_violation_of (pool, sessions) > 1e-9)
    outcome = UNBALANCED;
  pool->deload = hip_planner_is_deload (pool->profile, w);
  if (pool->deload)
    hip_planner_deload (pool, sessions);
  for (guint s = 0; s < sessions->len; s++)
    {
      guint target = session_target (pool->profile, week->is_full[s]);

      if (hip_planner_fit_items (pool, sessions->pdata[s], target))
        continue;
      hip_planner_set_rest (pool, sessions->pdata[s], 0);
      if (hip_minutes_compare (hip_planner_items_seconds (sessions->pdata[s]), target / 60) > 0)
        return TOO_LONG;
      if (outcome == FITS)
        outcome = TOO_SHORT;
    }
  return outcome;
}

/* How a week was built: pairs a session holds, and which choice of exercises (the variant
 * halved; odd variants move a set here and there for balance). */
typedef struct
{
  guint rounds;
  guint variant;
} Shape;

static GPtrArray *
build_shape (Pool        *pool,
             const Week  *week,
             guint        w,
             const Shape *shape,
             Outcome     *outcome)
{
  int order[HIP_N_PLANES];
  guint n_pairs = trainable_pairs (pool, order);
  GPtrArray *sessions;

  pool->variant = shape->variant / 2;
  sessions = build_week (pool, week, shape->rounds, w, n_pairs, order);
  *outcome = finish_week (pool, sessions, week, w, shape->variant % 2 == 1);
  pool->variant = 0;
  return sessions;
}

/* The week with the most pairs a session can hold (more work in the same minutes), down to the
 * fewest that still train every pair each week; a deload week keeps the shape of the week
 * before, so that it has the same exercises. Returns: (transfer full): the sessions. */
static GPtrArray *
choose_week (Pool       *pool,
             const Week *week,
             guint       w,
             Shape      *shape,
             Outcome    *outcome)
{
  int order[HIP_N_PLANES];
  guint n_pairs = trainable_pairs (pool, order);
  guint least = MAX (1, (n_pairs + week->full - 1) / week->full);
  guint most = MAX (least, MAX_PAIR_ROUNDS * n_pairs);
  GPtrArray *sessions = NULL;
  double over;

  if (hip_planner_is_deload (pool->profile, w) && shape->rounds > 0)
    return build_shape (pool, week, w, shape, outcome);

  /* Doses only grow through the block, so a week holds no more pairs than the week before. */
  if (shape->rounds > 0)
    most = MAX (least, MIN (most, shape->rounds));
  over = pool->over;
  for (*shape = (Shape) { most, 0 }; shape->rounds >= least; )
    {
      double last;

      g_clear_pointer (&sessions, g_ptr_array_unref);
      pool->over = 0;
      sessions = build_shape (pool, week, w, shape, outcome);
      last = pool->over;
      /* How much too long the week is counts for the fewest pairs tried, its last try. */
      pool->over = MAX (over, last);
      /* Fewer pairs only make a session that is too short shorter still. */
      if (*outcome == FITS || (*outcome == TOO_SHORT && shape->rounds == most))
        break;
      /* Exercises that cannot balance: other ones first, then fewer pairs. */
      if (*outcome == UNBALANCED && ++shape->variant < 2 * MAX_VARIANTS)
        continue;
      shape->variant = 0;
      /* Far too long: as many fewer pairs as the excess says, the warm-up and cool-down aside. */
      if (*outcome == TOO_LONG && last > 1.5 && shape->rounds > least)
        shape->rounds = MAX (least, MIN (shape->rounds - 1,
                                         (guint) floor (shape->rounds * 1.2 / last)));
      else
        shape->rounds--;
    }
  return sessions;
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

/* Builds every week of @plan with one choice of exercises; when only @judging whether it fits,
 * it stops at the first week that does not. */
static Outcome
build_plan (HipPlan       *plan,
            const Context *context,
            guint          selection,
            gboolean    judging,
            double     *reach)
{
  Outcome outcome = FITS;
  Shape shape = { 0 };
  Week week = { 0 };
  Pool pool;

  hip_planner_start_pool (&pool, &plan->profile, context, selection);
  pool.reach = 1;
  pool.over = 0;
  plan->exempt = pool.exempt;
  plan->no_core = pool.core->len == 0;
  plan_week (&week, plan->profile.sessions_per_week);

  for (guint w = 1; w <= plan->profile.weeks && !(judging && outcome != FITS); w++)
    {
      Outcome here = FITS;
      g_autoptr(GPtrArray) sessions = choose_week (&pool, &week, w, &shape, &here);

      /* A session too long outweighs one too short: the minutes must grow. */
      if (here != FITS && (outcome == FITS || here == TOO_LONG))
        outcome = here;
      for (guint s = 0; s < sessions->len; s++)
        {
          HipSession *session = g_new0 (HipSession, 1);

          session->week = w;
          session->session = s + 1;
          session->day = week.days[s];
          session->items = g_ptr_array_ref (sessions->pdata[s]);
          g_ptr_array_add (plan->sessions, session);
        }
    }
  *reach = outcome == TOO_LONG ? pool.over : pool.reach;
  hip_planner_clear_pool (&pool);
  return outcome;
}

/* Builds @plan at its profile's minutes, with other choices of exercises while the rules fail.
 * *@reach: for a session too short, the share of its minutes it could fill at most; for one
 * too long, the share of its minutes it needs at least. */
static Outcome
try_plan (HipPlan       *plan,
          const Context *context,
          gboolean       judging,
          double     *reach)
{
  Outcome first = FITS;
  double first_reach = 1;

  for (guint selection = 0; selection < MAX_SELECTIONS; selection++)
    {
      Outcome outcome;

      g_clear_pointer (&plan->sessions, g_ptr_array_unref);
      plan->sessions = hip_plan_new_sessions ();
      outcome = build_plan (plan, context, selection, judging, reach);
      if (outcome == FITS)
        return FITS;
      if (selection == 0)
        first = outcome, first_reach = *reach;
      /* Other exercises cannot change the minutes a session needs. */
      if (outcome != UNBALANCED)
        break;
    }
  /* Nothing fits: the first choice, whole, for the caller to keep or try again. */
  if (first != FITS && !judging)
    {
      g_clear_pointer (&plan->sessions, g_ptr_array_unref);
      plan->sessions = hip_plan_new_sessions ();
      build_plan (plan, context, 0, FALSE, reach);
    }
  *reach = first_reach;
  return first;
}

/* Whether @plan fits at @minutes; when it does, @plan is built whole at them. */
static gboolean
fits_at (HipPlan       *plan,
         const Context *context,
         int            minutes)
{
  double ignored;

  plan->profile.minutes = minutes;
  return try_plan (plan, context, TRUE, &ignored) == FITS;
}

/* The nearest minutes, in the direction @outcome asks, at which every session fits. A session
 * too short says how much of its minutes it can fill, which gives the first guess; otherwise
 * steps that double until one fits, then halving back between the last that did not and the
 * first that did. Ends with @plan built at those minutes, or at the asked ones when none fits. */
static void
nearest_minutes (HipPlan       *plan,
                 const Context *context,
                 Outcome        outcome,
                 double         reach)
{
  int asked = plan->profile.minutes, sign = outcome == TOO_SHORT ? -1 : +1;
  int bad = 0, good = -1, limit;
  double ignored;

  limit = sign < 0 ? asked - HIP_PROFILE_MIN_MINUTES : HIP_PROFILE_MAX_MINUTES - asked;
  /* The minutes whose 90 % a short session can fill, or whose 110 % a long one needs, and
   * a few beyond, as the sessions change with the minutes. */
  if ((sign < 0 && reach < 1) || (sign > 0 && reach > 1))
    {
      int guess = sign < 0 ? (int) floor (asked * reach / 0.9) : (int) ceil (asked * reach / 1.1);

      guess = CLAMP (guess, HIP_PROFILE_MIN_MINUTES, HIP_PROFILE_MAX_MINUTES);
      for (int k = 0; k < 4 && good < 0; k++)
        {
          int m = guess + sign * k;

          if (m >= HIP_PROFILE_MIN_MINUTES && m <= HIP_PROFILE_MAX_MINUTES &&
              fits_at (plan, context, m))
            good = sign * (m - asked);
        }
      bad = MAX (0, sign * (guess - asked) - 1);
    }
  for (int step = 1; good < 0 && bad < limit; step *= 2)
    {
      int delta = MIN (bad + step, limit);

      if (fits_at (plan, context, asked + sign * delta))
        good = delta;
      else
        bad = delta;
    }
  /* Fitting minutes are not always one range (a session a pair shorter can fall short where
   * one a pair longer ran over): then each minute in turn, nearest first. */
  for (int delta = 1; good < 0 && delta <= limit; delta++)
    if (fits_at (plan, context, asked + sign * delta))
      good = delta, bad = delta - 1;
  if (good < 0)
    {
      plan->profile.minutes = asked;
      try_plan (plan, context, FALSE, &ignored);
      return;
    }
  while (good - bad > 1)
    {
      int middle = (good + bad) / 2;

      if (fits_at (plan, context, asked + sign * middle))
        good = middle;
      else
        bad = middle;
    }
  if (plan->profile.minutes != (guint) (asked + sign * good))
    fits_at (plan, context, asked + sign * good);
}

/* Whether @profile may do @exercise: nothing it excludes, nothing above its level. */
gboolean
hip_planner_allows (const HipProfile *profile,
                    HipExercise      *exercise)
{
  /* The level of an own exercise is the person's word, perhaps their clinician's
   * prescription: it does not keep it out of their programme. */
  return !hip_profile_excludes (profile, exercise) &&
         (hip_exercise_get_level (exercise) <= profile->level ||
          hip_exercise_get_origin (exercise) == HIP_ORIGIN_USER);
}

/* Where @exercise belongs in a session: stretches cool down, warm-up drills warm up, core
 * stabilisers have their own place, everything else is main hip work. */
HipPart
hip_planner_part_for (HipExercise *exercise)
{
  if (hip_exercise_get_kind (exercise) == HIP_KIND_STRETCH)
    return HIP_PART_COOL_DOWN;
  if (!hip_planner_is_main (exercise) && hip_exercise_get_warm_up (exercise))
    return HIP_PART_WARM_UP;
  return hip_planner_is_core (exercise) ? HIP_PART_CORE : HIP_PART_MAIN;
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
  g_auto(Context) context = { 0 };
  Pool pool;
  guint exempt;

  hip_planner_context_init (&context, exercises);
  hip_planner_start_pool (&pool, profile, &context, 0);
  exempt = pool.exempt;
  if (no_core != NULL)
    *no_core = pool.core->len == 0;
  hip_planner_clear_pool (&pool);
  return exempt;
}

/**
 * hip_planner_get_set_range:
 * @lo: (out): the fewest sets of main and core work in @week
 * @hi: (out): the most
 *
 * The sets per exercise that @profile's level allows in @week (SCIENCE.md §2), for edits that
 * must stay inside them. A deload week may go down to one set.
 */
void
hip_planner_get_set_range (const HipProfile *profile,
                           guint             week,
                           guint            *lo,
                           guint            *hi)
{
  Pool pool = { .profile = profile, .start = hip_planner_start_for (profile) };
  gboolean deload = hip_planner_is_deload (profile, week) && week > 1;

  pool.dosage = hip_planner_dosage (pool.start, profile->level);
  *lo = deload ? 1 : hip_planner_week_sets_lo (&pool, week);
  *hi = hip_planner_week_sets_hi (&pool, deload ? week - 1 : week);
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
  /* Only the rest needs the context, to say whether this exercise rests longer. */
  g_auto(Context) context = { .heavy = g_hash_table_new (NULL, NULL) };
  Pool pool = { .profile = profile, .context = &context, .start = hip_planner_start_for (profile) };
  WeekDose dose;

  pool.dosage = hip_planner_dosage (pool.start, profile->level);
  week = hip_planner_is_deload (profile, week) && week > 1 ? week - 1 : week;
  dose = hip_planner_week_dose (&pool, week);
  hip_planner_apply_dose (&pool, prescription, &dose, week);
  prescription->per_side = hip_exercise_get_unilateral (prescription->exercise);
  prescription->tempo = "2-0-2";
  g_free (prescription->load);
  prescription->load = hip_planner_load_text (&pool, prescription->exercise);
}

static GPtrArray *
week_items (HipPlan *plan,
            guint    week,
            Week    *shape)
{
  GPtrArray *sessions = g_ptr_array_new ();

  *shape = (Week) { 0 };
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *session = plan->sessions->pdata[s];

      if (session->week != week)
        continue;
      shape->is_full[sessions->len] = hip_session_is_full (session);
      shape->days[sessions->len] = session->day;
      g_ptr_array_add (sessions, session->items);
    }
  return sessions;
}

/* Main and core work whose sets, repetitions or seconds left the level's ranges for @week gets
 * the planner's dose for that week back. */
static void
restore_dose (const Pool      *pool,
              HipPrescription *p,
              guint            week)
{
  const Dosage *d = pool->dosage;
  gboolean outside;
  WeekDose dose;

  if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
    return;
  outside = p->sets < hip_planner_week_sets_lo (pool, week) ||
            p->sets > hip_planner_week_sets_hi (pool, week) ||
            (p->reps > 0 && (p->reps < d->reps_lo || p->reps > d->reps_hi)) ||
            (hip_exercise_get_kind (p->exercise) == HIP_KIND_HOLD &&
             (p->seconds < d->hold_lo || p->seconds > d->hold_hi));
  if (!outside)
    return;
  dose = hip_planner_week_dose (pool, week);
  hip_planner_apply_dose (pool, p, &dose, week);
}

/* A main exercise for @action, in the full session of @sessions with the fewest exercises. */
static gboolean
add_for_action (Pool       *pool,
                GPtrArray  *sessions,
                const Week *shape,
                HipAction   action,
                guint       week)
{
  WeekDose dose = hip_planner_week_dose (pool, week);
  GPtrArray *lightest = NULL;
  HipExercise *e;

  for (guint s = 0; s < sessions->len; s++)
    if (shape->is_full[s] &&
        (lightest == NULL || ((GPtrArray *) sessions->pdata[s])->len < lightest->len))
      lightest = sessions->pdata[s];
  if (lightest == NULL || (e = hip_planner_pick_main (pool, action, lightest)) == NULL)
    return FALSE;
  g_ptr_array_add (lightest, hip_planner_prescribe (pool, e, HIP_PART_MAIN,
                                                    hip_planner_reason_for (action)));
  hip_planner_apply_dose (pool, lightest->pdata[lightest->len - 1], &dose, week);
  hip_planner_write_words (pool, lightest->pdata[lightest->len - 1]);
  g_ptr_array_sort (lightest, hip_planner_compare_position);
  return TRUE;
}

/**
 * hip_planner_refit_week:
 * @plan: a plan, perhaps edited
 *
 * Brings @week of @plan back inside the level's doses, balances it again within the level's
 * sets (adding a main exercise for an action that has too little), and fits its sessions to
 * their minutes as the planner does, keeping the exercises that are there.
 *
 * Returns: whether the week now keeps every rule of balance and time
 */
gboolean
hip_planner_refit_week (const HipProfile *profile,
                        GListModel       *exercises,
                        HipPlan          *plan,
                        guint             week)
{
  Week shape;
  g_autoptr(GPtrArray) sessions = week_items (plan, week, &shape);
  guint dose_week = hip_planner_is_deload (profile, week) && week > 1 ? week - 1 : week;
  gboolean balanced = FALSE, fits = TRUE;
  g_auto(Context) context = { 0 };
  Pool pool;

  hip_planner_context_init (&context, exercises);
  hip_planner_start_pool (&pool, profile, &context, 0);
  /* A person's own doses come back inside the level's ranges first. */
  for (guint s = 0; s < sessions->len; s++)
    for (guint i = 0; i < ((GPtrArray *) sessions->pdata[s])->len; i++)
      restore_dose (&pool, ((GPtrArray *) sessions->pdata[s])->pdata[i], dose_week);
  for (guint added = 0; added <= HIP_N_ACTIONS; added++)
    {
      HipBalance balance;
      HipRule rule;
      HipAction weak;

      balanced = hip_planner_balance_sets (&pool, sessions,
                                           hip_planner_week_sets_lo (&pool, dose_week),
                                           hip_planner_week_sets_hi (&pool, dose_week));
      hip_planner_week_balance (sessions, &balance);
      if (balanced || !hip_balance_find_failure (&balance, pool.exempt, &rule, &weak) ||
          !add_for_action (&pool, sessions, &shape, weak, dose_week))
        break;
    }
  for (guint s = 0; s < sessions->len; s++)
    {
      GPtrArray *items = sessions->pdata[s];

      fits &= hip_planner_fit_items (&pool, items, session_target (profile, shape.is_full[s]));
      for (guint i = 0; i < items->len; i++)
        hip_planner_write_words (&pool, items->pdata[i]);
    }
  hip_planner_clear_pool (&pool);
  return balanced && fits;
}

/* ---- What the plan says in words ---- */

static void
note_exemptions (HipPlan *plan)
{
  if (plan->profile.hip_replacement == HIP_REPLACEMENT_POSTERIOR &&
      (plan->exempt & (1u << HIP_ACTION_INTERNAL_ROTATION)))
    note (plan, _("After a posterior-approach hip replacement, turning the hip inwards is "
                  "avoided, so this plan leaves out internal rotation. It also keeps your hip "
                  "bent no more than 90° and your knee from crossing the middle of your body."));
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if ((plan->exempt & (1u << a)) &&
        !(a == HIP_ACTION_INTERNAL_ROTATION &&
          plan->profile.hip_replacement == HIP_REPLACEMENT_POSTERIOR))
      note (plan, _("No exercise for %s suits your profile (equipment, level or "
                    "contraindications), so this plan leaves it out."),
            hip_action_get_label (a));
  if (plan->no_core)
    note (plan, _("No core exercise suits your profile, so the sessions have none."));
}

static void
note_conditions (HipPlan *plan)
{
  const HipProfile *p = &plan->profile;

  if (p->hip_replacement == HIP_REPLACEMENT_ANTERIOR)
    note (plan, _("After an anterior-approach hip replacement, the plan leaves out deep lunges "
                  "with the back leg, hip-flexor stretches and full bridges, which take the hip "
                  "back past straight while it turns out."));
  if (p->hip_replacement != HIP_REPLACEMENT_NONE && p->replacement_weeks > 0 &&
      p->replacement_weeks < 12)
    note (plan, _("Your operation was less than 12 weeks ago: follow your surgeon’s and "
                  "physiotherapist’s plan first, and use this one only with their agreement."));
  if (p->knee_pain)
    note (plan, _("Because of your knee pain, the plan leaves out deep lunges, pivots and "
                  "jumps, and uses supported and partial-range versions instead."));
}

static void
note_start (HipPlan *plan)
{
  switch (hip_planner_start_for (&plan->profile))
    {
    case START_GENTLE:
      note (plan, _("Your usual pain is %u out of 10. At that level a physiotherapist or doctor "
                    "should guide your exercise. Until you have seen one, this is a gentle plan: "
                    "walking, mobility and the easiest step of each hip action, at an effort of "
                    "no more than 4 out of 10."), plan->profile.pain);
      break;
    case START_LOW:
      note (plan, _("Your usual pain is %u out of 10, so the plan starts at your level’s fewest "
                    "sets and repetitions, with the easier version of each exercise, at an "
                    "effort of no more than 5 out of 10."), plan->profile.pain);
      break;
    case START_USUAL:
    default:
      break;
    }
}

static void
note_shape (HipPlan *plan,
            guint    requested_sessions)
{
  Week week;

  plan_week (&week, plan->profile.sessions_per_week);
  if (requested_sessions == 1)
    note (plan, _("Two or three sessions a week are what the guidance suggests; your one "
                  "session a week still trains every hip action."));
  if (week.mobility > 0)
    note (plan, ngettext ("The hips need a day between strength sessions, so %u of your "
                          "sessions is a short mobility and core day.",
                          "The hips need a day between strength sessions, so %u of your "
                          "sessions are short mobility and core days.", week.mobility),
          week.mobility);
  if (plan->profile.weeks >= 6)
    note (plan, _("The dose rises a little each week, and week %u is lighter (about a third "
                  "fewer sets) so that your body can catch up."), plan->profile.weeks);
  else
    note (plan, _("The dose rises a little each week."));
}

/**
 * hip_planner_generate:
 * @profile: the person's profile; its seed makes the plan repeatable
 * @exercises: a #GListModel of #HipExercise (the catalogue)
 *
 * Generates a block of @profile's weeks (see the top of this file), dosed by level and usual
 * pain (SCIENCE.md §2) and balanced (SCIENCE.md §6). The same inputs always give the same plan.
 *
 * Returns: (transfer full): the plan; its notes say what was changed from the request, and why
 */
HipPlan *
hip_planner_generate (const HipProfile *profile,
                      GListModel       *exercises)
{
  HipPlan *plan = g_new0 (HipPlan, 1);
  g_auto(Context) context = { 0 };
  double reach = 1;
  Outcome outcome;
  guint asked;

  g_return_val_if_fail (profile != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (exercises), NULL);

  plan->profile = *profile;
  plan->notes = g_ptr_array_new_with_free_func (g_free);
  asked = profile->minutes;

  hip_planner_context_init (&context, exercises);
  outcome = try_plan (plan, &context, FALSE, &reach);
  /* One session more, up to three, carries the six actions in fewer minutes each: a person
   * who has 20 minutes keeps 20 minutes, before the minutes change (SCIENCE.md §6 rule 4). */
  while (outcome == TOO_LONG && plan->profile.sessions_per_week < 3)
    {
      plan->profile.sessions_per_week++;
      outcome = try_plan (plan, &context, FALSE, &reach);
    }
  if (plan->profile.sessions_per_week != profile->sessions_per_week)
    note (plan, ngettext ("%u minutes is too short to train every hip action in %u session, so "
                          "the plan has %u sessions a week.",
                          "%u minutes is too short to train every hip action in %u sessions, so "
                          "the plan has %u sessions a week.", profile->sessions_per_week),
          asked, profile->sessions_per_week, plan->profile.sessions_per_week);
  /* Other minutes help a session that cannot fit, not exercises that cannot balance. */
  if (outcome == TOO_SHORT || outcome == TOO_LONG)
    nearest_minutes (plan, &context, outcome, reach);
  if (plan->profile.minutes > asked)
    note (plan, g_dngettext (GETTEXT_PACKAGE,
                             "Sessions take about %u minute instead of %u: that is the shortest "
                             "that trains every hip action each week with a warm-up, core work "
                             "and a cool-down.",
                             "Sessions take about %u minutes instead of %u: that is the shortest "
                             "that trains every hip action each week with a warm-up, core work "
                             "and a cool-down.", plan->profile.minutes),
          plan->profile.minutes, asked);
  else if (plan->profile.minutes < asked)
    note (plan, g_dngettext (GETTEXT_PACKAGE,
                             "Sessions take about %u minute instead of %u: more would need "
                             "doses beyond what suits your level, or more exercises than suit "
                             "your profile.",
                             "Sessions take about %u minutes instead of %u: more would need "
                             "doses beyond what suits your level, or more exercises than suit "
                             "your profile.", plan->profile.minutes),
          plan->profile.minutes, asked);
  hip_planner_write_plan_words (plan);
  note_start (plan);
  note_conditions (plan);
  note_exemptions (plan);
  note_shape (plan, profile->sessions_per_week);
  return plan;
}
