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
#include "hip-plan-private.h"
#include "hip-vocabulary.h"

/* SCIENCE.md §2, by level. */
typedef struct
{
  guint sets_lo, sets_hi;             /* from week 3 */
  guint early_sets_lo, early_sets_hi; /* weeks 1–2 */
  guint reps_lo, reps_hi;
  guint effort_lo, effort_hi;         /* RPE, 0–10 */
  guint rest_lo, rest_hi;             /* seconds, for single-joint work */
  guint heavy_rest_lo, heavy_rest_hi; /* seconds, for heavy multi-joint work */
  guint hold_lo, hold_hi;             /* seconds */
} Dosage;

static const Dosage dosages[HIP_N_LEVELS] = {
  { 2, 3, 1, 2, 10, 15, 4, 6, 45, 90, 45, 90, 10, 30 },
  { 2, 3, 2, 3, 8, 12, 6, 7, 60, 120, 60, 120, 15, 40 },
  { 3, 4, 3, 4, 6, 12, 7, 8, 60, 120, 90, 180, 20, 45 },
};

#define STRETCH_SECONDS      30   /* a stretch, per side; up to 60 when time allows */
#define STRETCH_MAX_SECONDS  60
#define WARM_UP_REPS         10
#define WALK_SECONDS         120  /* a brisk walk as a warm-up; up to 10 minutes */
#define WALK_MAX_SECONDS     600
#define MAX_STRETCHES        3
#define MAX_PAIR_ROUNDS      2    /* a session holds each pair at most this often */
#define DELOAD_CUT           0.35 /* 30–40 % fewer sets (SCIENCE.md §2) */
#define MAX_SELECTIONS       8
#define MAX_VARIANTS         4
#define MAX_FULL_SESSIONS    3

/* How usual pain shapes the plan (SCIENCE.md §2). */
typedef enum
{
  START_USUAL,      /* 0–3 */
  START_LOW,        /* 4–5: the lowest sets and reps, the easier step, effort ≤ 5 */
  START_GENTLE,     /* ≥ 6: a gentle plan a clinician should guide */
} Start;

/* The opposing pairs, one per plane. */
static const HipAction pairs[HIP_N_PLANES][2] = {
  { HIP_ACTION_FLEXION, HIP_ACTION_EXTENSION },
  { HIP_ACTION_ABDUCTION, HIP_ACTION_ADDUCTION },
  { HIP_ACTION_INTERNAL_ROTATION, HIP_ACTION_EXTERNAL_ROTATION },
};

/* What every plan for one call needs of the catalogue, found once. */
typedef struct
{
  GListModel *exercises;
  GHashTable *heavy;     /* exercise → whether it rests longer (1 no, 2 yes) */
  GHashTable *steps;     /* exercise → a GPtrArray of its easier and harder steps */
} Context;

typedef struct
{
  const HipProfile *profile;
  const Context    *context;
  const Dosage     *dosage;
  Start             start;
  guint             selection;                 /* which attempt at choosing exercises */
  GRand            *rand;
  GPtrArray        *main_for[HIP_N_ACTIONS];   /* allowed, where the action is primary: best first */
  guint             variant;                   /* another choice for a week that fails */
  GPtrArray        *core;
  guint             still_core;                /* of them, how many move the hips least */
  GPtrArray        *stretches;
  GPtrArray        *warm_ups;                  /* dynamic drills, standing first */
  HipExercise      *walk;                      /* a timed warm-up, if one is allowed */
  guint             exempt;
  guint             used[HIP_N_ACTIONS];       /* picks so far, to vary the sessions */
  gboolean          deload;                    /* building the deload week */
  double            over;                      /* the shortest a long session could be, as a
                                                * share of its minutes */
  double            reach;                     /* the longest a short session could be, as a
                                                * share of its minutes */
} Pool;

/* The dose of one week: for reps work and for holds. */
typedef struct
{
  guint sets, reps;
  guint hold_sets, seconds;
} WeekDose;

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

static gboolean
is_main (HipExercise *e)
{
  HipKind kind = hip_exercise_get_kind (e);

  if (kind == HIP_KIND_STRETCH || kind == HIP_KIND_TIMED)
    return FALSE;
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_is_primary_action (e, a))
      return TRUE;
  return FALSE;
}

/* Heavy multi-joint work (lunges, squats, hinges with a load) rests longer for advanced people. */
static gboolean
is_multi_joint (HipExercise *e)
{
  guint actions = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    actions += hip_exercise_get_action_weight (e, a) >= 0.5;
  return actions >= 2 ||
         hip_exercise_get_muscle_role (e, HIP_MUSCLE_QUADRICEPS) == HIP_MUSCLE_ROLE_PRIMARY;
}

static Start
start_for (const HipProfile *profile)
{
  if (profile->pain >= 6)
    return START_GENTLE;
  if (profile->pain >= 4)
    return START_LOW;
  return START_USUAL;
}

/* The level whose exercises suit first: the person's own, one step easier when pain is
 * moderate, the easiest when it is high (SCIENCE.md §2). */
static HipLevel
preferred_level (const Pool *pool)
{
  switch (pool->start)
    {
    case START_GENTLE: return HIP_LEVEL_BEGINNER;
    case START_LOW: return pool->profile->level > 0 ? pool->profile->level - 1 : 0;
    case START_USUAL:
    default: return pool->profile->level;
    }
}

static gboolean
allowed (const Pool  *pool,
         HipExercise *e)
{
  HipLevel highest = pool->start == START_GENTLE ? HIP_LEVEL_BEGINNER : pool->profile->level;

  return !hip_profile_excludes (pool->profile, e) && hip_exercise_get_level (e) <= highest;
}

/* How much of @e goes to actions other than @action: less is easier to balance. */
static double
impurity (HipExercise *e,
          HipAction    action)
{
  double sum = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (a != action)
      sum += hip_exercise_get_action_weight (e, a);
  return sum;
}

typedef struct
{
  HipExercise *exercise;
  double       key;
} Ranked;

/* For rank(): no action to judge purity by. HIP_N_ACTIONS judges by all of them (core work). */
#define NO_ACTION (-1)

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  return (x->key > y->key) - (x->key < y->key);
}

/* Orders @array best first: the preferred level, then (for main work) the purest, then the
 * bottom of a ladder when pain asks for the easier step; ties broken by the seed. */
static void
rank (Pool      *pool,
      GPtrArray *array,
      int        action)
{
  g_autoptr(GArray) ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), array->len);
  HipLevel level = preferred_level (pool);

  for (guint i = 0; i < array->len; i++)
    {
      HipExercise *e = array->pdata[i];
      Ranked r = { e, 0 };
      int distance = (int) hip_exercise_get_level (e) - (int) level;

      /* A level above the preferred one is further away than one below. */
      r.key = 4.0 * (distance < 0 ? -distance : 2 * distance);
      /* Main work that trains its action alone, and core work that leaves the hips still,
       * keep the week's balance: that counts before the level. */
      if (action != NO_ACTION)
        r.key += 10.0 * floor (impurity (e, action) * 4 + 0.5) / 4;
      if (pool->start != START_USUAL && hip_exercise_get_regressions (e)[0] != NULL)
        r.key += 1.0;
      r.key += g_rand_double (pool->rand) * 0.5;
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < array->len; i++)
    array->pdata[i] = g_array_index (ranked, Ranked, i).exercise;
}

/* The context of one call: each exercise's easier and harder steps, as exercises (asked for
 * at every pick), and a place to keep which exercises rest longer. */
static void
context_init (Context    *context,
              GListModel *exercises)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (exercises);

  context->exercises = exercises;
  context->heavy = g_hash_table_new (NULL, NULL);
  context->steps = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);

      g_hash_table_insert (by_id, (gpointer) hip_exercise_get_id (e), e);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);
      const char * const *lists[] = { hip_exercise_get_regressions (e),
                                      hip_exercise_get_progressions (e) };
      GPtrArray *steps = g_ptr_array_new ();

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint k = 0; lists[l][k] != NULL; k++)
          {
            HipExercise *step = g_hash_table_lookup (by_id, lists[l][k]);

            if (step != NULL)
              g_ptr_array_add (steps, step);
          }
      g_hash_table_insert (context->steps, e, steps);
    }
}

static void
context_clear (Context *context)
{
  g_clear_pointer (&context->heavy, g_hash_table_unref);
  g_clear_pointer (&context->steps, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

static void
fill_pool (Pool *pool)
{
  GListModel *exercises = pool->context->exercises;
  guint n = g_list_model_get_n_items (exercises);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    pool->main_for[a] = g_ptr_array_new_with_free_func (g_object_unref);
  pool->core = g_ptr_array_new_with_free_func (g_object_unref);
  pool->stretches = g_ptr_array_new_with_free_func (g_object_unref);
  pool->warm_ups = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);
      HipKind kind = hip_exercise_get_kind (e);

      if (!allowed (pool, e))
        continue;
      if (kind == HIP_KIND_STRETCH)
        g_ptr_array_add (pool->stretches, g_object_ref (e));
      else if (kind == HIP_KIND_TIMED && hip_exercise_get_warm_up (e))
        g_set_object (&pool->walk, e);
      else if (hip_exercise_get_warm_up (e) && !is_main (e))
        g_ptr_array_add (pool->warm_ups, g_object_ref (e));
      else if (is_core (e))
        g_ptr_array_add (pool->core, g_object_ref (e));
      else if (is_main (e))
        for (guint a = 0; a < HIP_N_ACTIONS; a++)
          if (hip_exercise_is_primary_action (e, a))
            g_ptr_array_add (pool->main_for[a], g_object_ref (e));
    }

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      if (pool->main_for[a]->len == 0)
        pool->exempt |= 1u << a;
      rank (pool, pool->main_for[a], a);
    }
  rank (pool, pool->core, HIP_N_ACTIONS);
  pool->still_core = 0;
  while (pool->still_core < pool->core->len &&
         impurity (pool->core->pdata[pool->still_core], HIP_N_ACTIONS) <=
         impurity (pool->core->pdata[0], HIP_N_ACTIONS) + 1e-9)
    pool->still_core++;
  rank (pool, pool->stretches, NO_ACTION);
  rank (pool, pool->warm_ups, NO_ACTION);
}

static void
clear_pool (Pool *pool)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    g_clear_pointer (&pool->main_for[a], g_ptr_array_unref);
  g_clear_pointer (&pool->core, g_ptr_array_unref);
  g_clear_pointer (&pool->stretches, g_ptr_array_unref);
  g_clear_pointer (&pool->warm_ups, g_ptr_array_unref);
  g_clear_object (&pool->walk);
  g_clear_pointer (&pool->rand, g_rand_free);
}

static void
start_pool (Pool             *pool,
            const HipProfile *profile,
            const Context    *context,
            guint             selection)
{
  guint64 seed = profile->seed + 0x9e3779b97f4a7c15ull * selection;
  guint32 words[2] = { (guint32) seed, (guint32) (seed >> 32) };

  *pool = (Pool) { .profile = profile, .context = context, .start = start_for (profile),
                   .selection = selection };
  pool->dosage = &dosages[pool->start == START_GENTLE ? HIP_LEVEL_BEGINNER : profile->level];
  pool->rand = g_rand_new_with_seed_array (words, 2);
  fill_pool (pool);
}

/* ---- Why each exercise is there: one plain sentence, then the source. ---- */

static const char *
reason_for (HipAction action)
{
  switch (action)
    {
    case HIP_ACTION_FLEXION:
      return N_("Strong hip flexors lift your leg for stairs and walking, and most gym routines "
                "barely train them. Source: hip strength norms, Alvarenga 2019.");
    case HIP_ACTION_EXTENSION:
      return N_("Strong glutes stand you up from a chair and carry you uphill; the back-pain "
                "trials trained them. Sources: Lee & Kim 2015; Bade 2017.");
    case HIP_ACTION_ABDUCTION:
      return N_("The muscles at the side of your hip keep your pelvis level when you stand on "
                "one leg. Sources: Lee & Kim 2015; Bade 2017.");
    case HIP_ACTION_ADDUCTION:
      return N_("Your inner thigh balances the side of your hip; when it is much weaker, groin "
                "strains are more likely. Source: Tyler 2001.");
    case HIP_ACTION_INTERNAL_ROTATION:
      return N_("Turning the hip inwards steers your knee and pelvis when you turn and lunge. "
                "Source: hip strength norms, Alvarenga 2019.");
    case HIP_ACTION_EXTERNAL_ROTATION:
    default:
      return N_("Turning the hip outwards steadies it in every step and turn. Sources: "
                "Alvarenga 2019; DiStefano 2009.");
    }
}

static const char *
reason_for_part (HipPart  part,
                 gboolean walk)
{
  switch (part)
    {
    case HIP_PART_WARM_UP:
      return walk ? N_("A brisk walk warms you up, and walking regularly helps keep back pain "
                       "away. Source: Pocovi 2024 (WalkBack).")
                  : N_("Moving your hips gently through their range gets them ready for the "
                       "work. Source: ACSM 2009.");
    case HIP_PART_CORE:
      return N_("A steady trunk lets your hips do their work; exercise of any kind helps back "
                "pain, and this trains the trunk. Sources: Saragiotto 2016; Hayden 2021.");
    case HIP_PART_COOL_DOWN:
      return N_("A slow stretch at the end keeps the range you have worked for. Source: ACSM "
                "2009.");
    case HIP_PART_MAIN:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* ---- Dose ---- */

/* The effort to aim for, as a load text a person can act on. */
static char *
load_text (const Pool  *pool,
           HipExercise *e)
{
  HipEquipment loads = HIP_EQUIPMENT_DUMBBELL | HIP_EQUIPMENT_KETTLEBELL |
                       HIP_EQUIPMENT_BARBELL | HIP_EQUIPMENT_CABLE | HIP_EQUIPMENT_BAND;
  guint hi = pool->dosage->effort_hi, lo = pool->dosage->effort_lo;

  if (pool->start == START_LOW)
    hi = MIN (hi, 5);
  else if (pool->start == START_GENTLE)
    hi = MIN (hi, 4);
  lo = MIN (lo, hi - 1);
  if ((hip_exercise_get_equipment (e) & loads) != 0)
    /* Translators: effort is on a 0–10 scale; the first pair is repetitions left in reserve */
    return g_strdup_printf (_("A load you could lift %u–%u more times: effort %u–%u out of 10"),
                            10 - hi, 10 - lo, lo, hi);
  return g_strdup_printf (_("Body weight: effort %u–%u out of 10"), lo, hi);
}

static guint
week_sets_lo (const Pool *pool,
              guint       week)
{
  return week <= 2 ? pool->dosage->early_sets_lo : pool->dosage->sets_lo;
}

static guint
week_sets_hi (const Pool *pool,
              guint       week)
{
  return week <= 2 ? pool->dosage->early_sets_hi : pool->dosage->sets_hi;
}

/* The loading weeks of the block: all of them but a deload. */
static guint
loading_weeks (const HipProfile *profile)
{
  return profile->weeks >= 6 ? profile->weeks - 1 : profile->weeks;
}

/* Repetitions or seconds for @week: from @start towards @top, one @step a week while the block
 * has weeks enough, every other week when the range is short for the block, then the top of
 * the level's range, where further progress is a harder exercise (SCIENCE.md §2). */
static guint
rising (guint start,
        guint top,
        guint step,
        guint week,
        guint weeks)
{
  guint steps = top > start ? (top - start) / step : 0;
  guint done = 2 * steps < weeks - 1 ? (week - 1) / 2 : week - 1;

  return start + MIN (steps, done) * step;
}

/* The dose of @week: the same sets through a phase (so that each exercise's dose only ever
 * rises), repetitions and holds rising week by week from where usual pain starts them. */
static WeekDose
week_dose (const Pool *pool,
           guint       week)
{
  const Dosage *d = pool->dosage;
  guint weeks = loading_weeks (pool->profile);
  guint reps0 = pool->start == START_USUAL ? MIN (d->reps_lo + 2, d->reps_hi) : d->reps_lo;
  WeekDose dose;

  dose.sets = week_sets_lo (pool, week);
  dose.reps = rising (reps0, d->reps_hi, 1, MIN (week, weeks), weeks);
  dose.hold_sets = dose.sets;
  dose.seconds = rising (d->hold_lo, d->hold_hi, 5, MIN (week, weeks), weeks);
  return dose;
}

/* The glute side of the sagittal and transverse pairs (SCIENCE.md §6 rule 2: flexion and
 * internal rotation at 0.5–1.0 of their opposites). */
static gboolean
is_glute_side (HipExercise *e)
{
  return hip_exercise_get_action_weight (e, HIP_ACTION_EXTENSION) >
         hip_exercise_get_action_weight (e, HIP_ACTION_FLEXION) ||
         hip_exercise_get_action_weight (e, HIP_ACTION_EXTERNAL_ROTATION) >
         hip_exercise_get_action_weight (e, HIP_ACTION_INTERNAL_ROTATION);
}

static gboolean
is_flexor_side (HipExercise *e)
{
  return (hip_exercise_is_primary_action (e, HIP_ACTION_FLEXION) &&
          !hip_exercise_is_primary_action (e, HIP_ACTION_EXTENSION)) ||
         (hip_exercise_is_primary_action (e, HIP_ACTION_INTERNAL_ROTATION) &&
          !hip_exercise_is_primary_action (e, HIP_ACTION_EXTERNAL_ROTATION));
}

/* Sets of main work for @week by role: the glute side one set more than the rest where the
 * level's range has room; in weeks whose range has no room above, the flexor side one fewer
 * (never below what the week needs: see two_sets_each()). */
static guint
main_sets (const Pool  *pool,
           HipExercise *e,
           guint        week)
{
  guint sets = week_sets_lo (pool, week), hi = week_sets_hi (pool, week);

  if (sets + 1 <= hi)
    return is_glute_side (e) ? sets + 1 : sets;
  return is_flexor_side (e) && !is_glute_side (e) && sets > 1 ? sets - 1 : sets;
}

static gboolean
is_deload (const HipProfile *profile,
           guint             week)
{
  return profile->weeks >= 6 && week == profile->weeks;
}

static void
rest_range (const Pool            *pool,
            const HipPrescription *p,
            guint                 *lo,
            guint                 *hi)
{
  gpointer cached = g_hash_table_lookup (pool->context->heavy, p->exercise);
  gboolean heavy;

  /* Asked for every exercise each time a session is fitted: worth keeping. */
  if (cached == NULL)
    {
      cached = GUINT_TO_POINTER (1 + is_multi_joint (p->exercise));
      g_hash_table_insert (pool->context->heavy, p->exercise, cached);
    }
  heavy = GPOINTER_TO_UINT (cached) == 2;

  if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
    {
      *lo = *hi = 0;
      return;
    }
  *lo = heavy ? pool->dosage->heavy_rest_lo : pool->dosage->rest_lo;
  *hi = heavy ? pool->dosage->heavy_rest_hi : pool->dosage->rest_hi;
}

/* Sets, reps or seconds of @p for a loading week. */
static void
apply_dose (const Pool      *pool,
            HipPrescription *p,
            const WeekDose  *dose,
            guint            week)
{
  HipKind kind = hip_exercise_get_kind (p->exercise);
  guint lo, hi;

  p->reps = p->seconds = 0;
  switch (p->part)
    {
    case HIP_PART_WARM_UP:
      p->sets = 1;
      if (kind == HIP_KIND_REPS)
        p->reps = WARM_UP_REPS;
      else
        p->seconds = kind == HIP_KIND_TIMED ? WALK_SECONDS : STRETCH_SECONDS;
      break;
    case HIP_PART_COOL_DOWN:
      p->sets = 1;
      if (kind == HIP_KIND_REPS)
        p->reps = WARM_UP_REPS;
      else
        p->seconds = STRETCH_SECONDS;
      break;
    case HIP_PART_MAIN:
    case HIP_PART_CORE:
    default:
      if (kind == HIP_KIND_HOLD)
        {
          p->sets = p->part == HIP_PART_MAIN ? main_sets (pool, p->exercise, week)
                                             : dose->hold_sets;
          p->seconds = dose->seconds;
        }
      else if (kind == HIP_KIND_REPS)
        {
          p->sets = p->part == HIP_PART_MAIN ? main_sets (pool, p->exercise, week) : dose->sets;
          p->reps = dose->reps;
        }
      else
        {
          p->sets = 1;
          p->seconds = kind == HIP_KIND_TIMED ? WALK_SECONDS : STRETCH_SECONDS;
        }
      break;
    }
  rest_range (pool, p, &lo, &hi);
  p->rest_seconds = lo;
}

static HipPrescription *
prescribe (Pool        *pool,
           HipExercise *e,
           HipPart      part,
           const char  *reason)
{
  HipPrescription *p = g_new0 (HipPrescription, 1);

  p->exercise = g_object_ref (e);
  p->part = part;
  p->per_side = hip_exercise_get_unilateral (e);
  p->tempo = "2-0-2";
  /* The words come last, for the plan that is kept (see write_words()): the planner builds
   * and throws away many weeks on its way there. */
  p->reason = reason;
  return p;
}

/* The load guidance and the reason, in the person's language, of what prescribe() made. */
static void
write_words (const Pool      *pool,
             HipPrescription *p)
{
  if (p->reason == NULL)
    return;
  g_free (p->load);
  g_free (p->rationale);
  /* Effort is for the work; warming up and cooling down are easy by nature. */
  if (p->part == HIP_PART_WARM_UP)
    p->load = g_strdup (_("Easy, in a comfortable range"));
  else if (p->part == HIP_PART_COOL_DOWN)
    p->load = g_strdup (_("Gentle, never painful"));
  else
    p->load = load_text (pool, p->exercise);
  p->rationale = g_strdup (_(p->reason));
  p->reason = NULL;
}

static void
write_plan_words (HipPlan *plan)
{
  Pool pool = { .profile = &plan->profile, .start = start_for (&plan->profile) };

  pool.dosage = &dosages[pool.start == START_GENTLE ? HIP_LEVEL_BEGINNER : plan->profile.level];
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *session = plan->sessions->pdata[s];

      for (guint i = 0; i < session->items->len; i++)
        write_words (&pool, session->items->pdata[i]);
    }
}

/* ---- Choosing the exercises of a week ---- */

/* Whether @e is in @items, or an easier or harder step of what is: a session has one step of
 * a ladder (not a plank beside a plank on the knees). */
static gboolean
in_items (const Pool  *pool,
          GPtrArray   *items,
          HipExercise *e)
{
  GPtrArray *steps = g_hash_table_lookup (pool->context->steps, e);

  for (guint i = 0; i < items->len; i++)
    {
      HipExercise *there = ((HipPrescription *) items->pdata[i])->exercise;

      if (there == e)
        return TRUE;
      for (guint k = 0; steps != NULL && k < steps->len; k++)
        if (steps->pdata[k] == there)
          return TRUE;
    }
  return FALSE;
}

/* The next exercise for @action not yet in @items, turning through its pool so that sessions
 * differ; different selections start at different places. */
static HipExercise *
pick_main (Pool      *pool,
           HipAction  action,
           GPtrArray *items)
{
  GPtrArray *from = pool->main_for[action];

  for (guint i = 0; i < from->len; i++)
    {
      HipExercise *e = from->pdata[(pool->used[action] + pool->selection + pool->variant + i) %
                                   from->len];

      if (!in_items (pool, items, e))
        {
          pool->used[action]++;
          return e;
        }
    }
  return NULL;
}

/* Of @from, the first not in @items whose position lets the session go down to the floor once:
 * at or below @most (warm-ups come before the main work), at or above @least (after it). */
static HipExercise *
pick_placed (const Pool  *pool,
             GPtrArray   *from,
             GPtrArray   *items,
             guint        offset,
             HipPosition  least,
             HipPosition  most)
{
  for (guint i = 0; i < from->len; i++)
    {
      HipExercise *e = from->pdata[(offset + i) % from->len];
      HipPosition at = hip_exercise_get_position (e);

      if (!in_items (pool, items, e) && at >= least && at <= most)
        return e;
    }
  return NULL;
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  const HipPrescription *x = *(HipPrescription **) a, *y = *(HipPrescription **) b;

  if (x->part != y->part)
    return (int) x->part - (int) y->part;
  return (int) hip_exercise_get_position (x->exercise) -
         (int) hip_exercise_get_position (y->exercise);
}

static HipPosition
lowest_position (GPtrArray *items,
                 HipPart    part,
                 gboolean   highest)
{
  HipPosition at = highest ? HIP_POSITION_STANDING : HIP_POSITION_FLOOR;

  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];
      HipPosition here = hip_exercise_get_position (p->exercise);

      if (p->part == part)
        at = highest ? MAX (at, here) : MIN (at, here);
    }
  return at;
}

/* The main work of one full session: @rounds pairs, starting at pair @first, in turn. */
static void
add_main (Pool      *pool,
          GPtrArray *items,
          guint      first,
          guint      rounds,
          guint      n_pairs,
          const int *pair_order)
{
  for (guint r = 0; r < rounds; r++)
    {
      const HipAction *pair = pairs[pair_order[(first + r) % n_pairs]];

      for (guint k = 0; k < 2; k++)
        {
          HipExercise *e;

          if (pool->exempt & (1u << pair[k]))
            continue;
          /* One exercise may serve both actions of a pair (a 90/90 switch): once is enough. */
          if (k == 1 && items->len > 0 &&
              hip_exercise_is_primary_action (((HipPrescription *)
                                                 items->pdata[items->len - 1])->exercise,
                                              pair[k]) &&
              ((HipPrescription *) items->pdata[items->len - 1])->part == HIP_PART_MAIN)
            continue;
          if ((e = pick_main (pool, pair[k], items)) != NULL)
            g_ptr_array_add (items, prescribe (pool, e, HIP_PART_MAIN, reason_for (pair[k])));
        }
    }
}

/* Warm-up, core and cool-down around the main work, placed so that the person gets down to
 * the floor once; @index varies them between sessions. */
static void
add_frame (Pool      *pool,
           GPtrArray *items,
           guint      index,
           guint      n_core)
{
  HipPosition first = items->len > 0 ? lowest_position (items, HIP_PART_MAIN, FALSE)
                                      : HIP_POSITION_FLOOR;
  HipPosition last = items->len > 0 ? lowest_position (items, HIP_PART_MAIN, TRUE)
                                     : HIP_POSITION_STANDING;
  HipExercise *e;

  /* Two drills warm up a session of 20 minutes or more, one a shorter one; a walk when no
   * drill suits. */
  for (guint w = 0; w < (pool->profile->minutes >= 20 ? 2u : 1u); w++)
    {
      if ((e = pick_placed (pool, pool->warm_ups, items, index + w, HIP_POSITION_STANDING,
                            first)) != NULL)
        {
          g_ptr_array_insert (items, 0, prescribe (pool, e, HIP_PART_WARM_UP,
                                                   reason_for_part (HIP_PART_WARM_UP, FALSE)));
          last = MAX (last, hip_exercise_get_position (e));
        }
      else if (pool->walk != NULL && !in_items (pool, items, pool->walk))
        g_ptr_array_insert (items, 0, prescribe (pool, pool->walk, HIP_PART_WARM_UP,
                                                 reason_for_part (HIP_PART_WARM_UP, TRUE)));
    }
  for (guint c = 0; c < n_core; c++)
    {
      /* Those that leave the hips stillest, in turn: core work on every day adds up. */
      e = pick_placed (pool, pool->core, items, (index + c) % MAX (1, pool->still_core) + pool->variant,
                       last, HIP_POSITION_FLOOR);
      if (e == NULL)
        break;
      g_ptr_array_add (items, prescribe (pool, e, HIP_PART_CORE,
                                         reason_for_part (HIP_PART_CORE, FALSE)));
      last = hip_exercise_get_position (e);
    }
  /* A stretch where the session ends, or else one standing up: getting up once at the end is
   * still getting down once. */
  if ((e = pick_placed (pool, pool->stretches, items, index, last, HIP_POSITION_FLOOR)) != NULL ||
      (e = pick_placed (pool, pool->stretches, items, index, HIP_POSITION_STANDING,
                        HIP_POSITION_STANDING)) != NULL)
    g_ptr_array_add (items, prescribe (pool, e, HIP_PART_COOL_DOWN,
                                       reason_for_part (HIP_PART_COOL_DOWN, FALSE)));
  g_ptr_array_sort (items, compare_position);
}

/* ---- Fitting the minutes ---- */

static guint
items_seconds (GPtrArray *items)
{
  HipSession session = { .items = items };

  return hip_session_seconds (&session);
}

/* Rest a fraction @f of the way through each exercise's range, in 5 s steps. */
static void
set_rest (const Pool *pool,
          GPtrArray  *items,
          double      f)
{
  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];
      guint lo, hi;

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      rest_range (pool, p, &lo, &hi);
      p->rest_seconds = lo + (guint) (5 * floor ((hi - lo) * f / 5 + 0.5));
    }
}

/* Within ± 10 % of @target; below 15 minutes, no longer than that (SCIENCE.md §6 rule 4). */
static gboolean
within (guint seconds,
        guint target)
{
  if (target < 15 * 60)
    return seconds <= 1.1 * target;
  return fabs ((double) seconds - target) <= 0.1 * target;
}

/* A walk first, or a longer one: the first lever when rest alone leaves a session short. */
static gboolean
lengthen_walk (Pool      *pool,
               GPtrArray *items,
               guint      target,
               guint      missing)
{
  HipPrescription *walk = NULL;
  /* A deload week is lighter, not shorter: fewer sets, and a longer walk. */
  guint add, most = pool->deload ? MAX (2 * WALK_MAX_SECONDS, target / 3) : WALK_MAX_SECONDS;

  for (guint i = 0; i < items->len; i++)
    if (((HipPrescription *) items->pdata[i])->exercise == pool->walk)
      walk = items->pdata[i];
  if (pool->walk == NULL || (walk != NULL && walk->seconds >= most))
    return FALSE;
  if (walk == NULL)
    {
      walk = prescribe (pool, pool->walk, HIP_PART_WARM_UP,
                        reason_for_part (HIP_PART_WARM_UP, TRUE));
      walk->sets = 1;
      walk->seconds = 0;
      g_ptr_array_insert (items, 0, walk);
      missing = missing > HIP_SETUP_SECONDS ? missing - HIP_SETUP_SECONDS : 0;
    }
  add = MAX (60, (missing + 30) / 60 * 60);
  walk->seconds = MIN (most, walk->seconds + add);
  return TRUE;
}

/* Another stretch, or longer ones: the last lever, more range rather than more load. */
static gboolean
lengthen_stretches (Pool      *pool,
                    GPtrArray *items)
{
  HipPosition last = lowest_position (items, HIP_PART_CORE, TRUE);
  guint n = 0;
  HipExercise *e;

  for (guint i = 0; i < items->len; i++)
    n += ((HipPrescription *) items->pdata[i])->part == HIP_PART_COOL_DOWN;
  if (n < MAX_STRETCHES &&
      (e = pick_placed (pool, pool->stretches, items, n, last, HIP_POSITION_FLOOR)) != NULL)
    {
      HipPrescription *p = prescribe (pool, e, HIP_PART_COOL_DOWN,
                                      reason_for_part (HIP_PART_COOL_DOWN, FALSE));

      p->sets = 1;
      p->seconds = STRETCH_SECONDS;
      g_ptr_array_add (items, p);
      g_ptr_array_sort (items, compare_position);
      return TRUE;
    }
  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];

      if (p->part == HIP_PART_COOL_DOWN && p->seconds > 0 && p->seconds < STRETCH_MAX_SECONDS)
        {
          p->seconds += 15;
          return TRUE;
        }
    }
  return FALSE;
}

/* Fits @items to @target seconds with rest inside the level's range, then a walk and stretches.
 * Returns whether the session ends within ± 10 %; it never ends over the longest it can be. */
static gboolean
fit_items (Pool      *pool,
           GPtrArray *items,
           guint      target)
{
  guint shortest, longest, span;
  double f;

  set_rest (pool, items, 0);
  shortest = items_seconds (items);
  if (shortest > 1.1 * target)
    {
      pool->over = MAX (pool->over, (double) shortest / target);
      return FALSE;
    }
  /* The rest can add this much, whatever the warm-up and cool-down become. */
  set_rest (pool, items, 1);
  longest = items_seconds (items);
  span = longest - shortest;

  for (guint round = 0; longest < target && round < 40; round++)
    {
      if (!lengthen_walk (pool, items, target, target - longest) &&
          !lengthen_stretches (pool, items))
        break;
      longest = items_seconds (items);
      shortest = longest - span;
      if (shortest > 1.1 * target)
        break;
    }

  f = span > 0 ? ((double) target - shortest) / span : 0;
  set_rest (pool, items, CLAMP (f, 0, 1));
  if (longest < 0.9 * target)
    pool->reach = MIN (pool->reach, (double) longest / target);
  return within (items_seconds (items), target);
}

/* ---- Balance within the level's sets ---- */

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

/* One set more or fewer on the main and core work, inside [@lo, @hi], while that brings the week
 * nearer its balance rules. Returns whether the week keeps them. */
/* The main and core prescriptions of a week, for moving sets. */
static GPtrArray *
levers (GPtrArray *sessions)
{
  GPtrArray *all = g_ptr_array_new ();

  for (guint s = 0; s < sessions->len; s++)
    for (guint i = 0; i < ((GPtrArray *) sessions->pdata[s])->len; i++)
      {
        HipPrescription *p = ((GPtrArray *) sessions->pdata[s])->pdata[i];

        if (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE)
          g_ptr_array_add (all, p);
      }
  return all;
}

static gboolean
balance_sets (Pool      *pool,
              GPtrArray *sessions,
              guint      lo,
              guint      hi)
{
  g_autoptr(GPtrArray) all = levers (sessions);
  HipBalance balance;
  double current;

  week_balance (sessions, &balance);
  current = hip_balance_violation (&balance, pool->exempt);
  for (guint round = 0; round < 64 && current > 1e-9; round++)
    {
      HipPrescription *best = NULL;
      int best_delta = 0;
      double best_value = current;

      for (guint i = 0; i < all->len; i++)
        for (int delta = -1; delta <= 1; delta += 2)
          {
            HipPrescription *p = all->pdata[i];
            /* A set more or fewer changes the week by that exercise's share alone. */
            HipBalance trial = balance;
            double value;

            if ((delta < 0 && p->sets <= lo) || (delta > 0 && p->sets >= hi))
              continue;
            hip_balance_add (&trial, p->exercise, delta, HIP_SIDE_BOTH);
            value = hip_balance_violation (&trial, pool->exempt);
            if (value < best_value - 1e-9)
              {
                best = p;
                best_delta = delta;
                best_value = value;
              }
          }
      if (best == NULL)
        break;
      best->sets += best_delta;
      hip_balance_add (&balance, best->exercise, best_delta, HIP_SIDE_BOTH);
      current = best_value;
    }
  return current <= 1e-9;
}

static double
violation_of (Pool      *pool,
              GPtrArray *sessions)
{
  HipBalance balance;

  week_balance (sessions, &balance);
  return hip_balance_violation (&balance, pool->exempt);
}

/* One set fewer of one prescription, or of two together when one alone would unbalance the
 * week (a flexion set with an extension set). Returns whether a set could go. */
static gboolean
cut_one (Pool      *pool,
         GPtrArray *sessions,
         GPtrArray *all)
{
  HipBalance balance;

  week_balance (sessions, &balance);
  for (guint i = 0; i < all->len; i++)
    {
      HipPrescription *p = all->pdata[i];
      HipBalance one = balance;

      if (p->sets <= 1)
        continue;
      hip_balance_add (&one, p->exercise, -1, HIP_SIDE_BOTH);
      if (hip_balance_violation (&one, pool->exempt) <= 1e-9)
        {
          p->sets--;
          return TRUE;
        }
      for (guint j = i + 1; j < all->len; j++)
        {
          HipPrescription *q = all->pdata[j];
          HipBalance two = one;

          if (q->sets <= 1)
            continue;
          hip_balance_add (&two, q->exercise, -1, HIP_SIDE_BOTH);
          if (hip_balance_violation (&two, pool->exempt) <= 1e-9)
            {
              p->sets--;
              q->sets--;
              return TRUE;
            }
        }
    }
  return FALSE;
}

static int
compare_sets_down (gconstpointer a,
                   gconstpointer b)
{
  const HipPrescription *x = *(HipPrescription **) a, *y = *(HipPrescription **) b;

  return (int) y->sets - (int) x->sets;
}

/* The deload: about a third fewer sets of main and core work, every exercise kept, the balance
 * kept (SCIENCE.md §2); the most repeated exercises give first. */
static void
deload (Pool      *pool,
        GPtrArray *sessions)
{
  g_autoptr(GPtrArray) all = levers (sessions);
  guint total = 0, goal;

  for (guint i = 0; i < all->len; i++)
    total += ((HipPrescription *) all->pdata[i])->sets;
  goal = (guint) floor (total * (1 - DELOAD_CUT) + 0.5);
  while (total > goal)
    {
      guint before = total;

      g_ptr_array_sort (all, compare_sets_down);
      if (!cut_one (pool, sessions, all))
        break;
      total = 0;
      for (guint i = 0; i < all->len; i++)
        total += ((HipPrescription *) all->pdata[i])->sets;
      g_assert (total < before);
    }
  /* When every action is down to the sets a week needs, the rest of the deload comes from
   * fewer repetitions and shorter holds: the bottom of the level's range. */
  if (total > goal)
    for (guint i = 0; i < all->len; i++)
      {
        HipPrescription *p = all->pdata[i];

        if (p->reps > 0)
          p->reps = pool->dosage->reps_lo;
        else if (hip_exercise_get_kind (p->exercise) == HIP_KIND_HOLD)
          p->seconds = pool->dosage->hold_lo;
      }
}

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
    if ((pool->exempt & (1u << pairs[p][0])) == 0 || (pool->exempt & (1u << pairs[p][1])) == 0)
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

  week_balance (sessions, &balance);
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
  guint dose_week = is_deload (pool->profile, w) ? w - 1 : w;
  WeekDose dose = week_dose (pool, dose_week);
  guint f = 0;

  memset (pool->used, 0, sizeof pool->used);
  for (guint s = 0; s < week->full + week->mobility; s++)
    {
      GPtrArray *items = hip_session_new_items ();

      if (week->is_full[s])
        add_main (pool, items, f * rounds, rounds, n_pairs, order);
      add_frame (pool, items, s, week->is_full[s] ? 1 : 2);
      for (guint i = 0; i < items->len; i++)
        apply_dose (pool, items->pdata[i], &dose, dose_week);
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
  guint dose_week = is_deload (pool->profile, w) ? w - 1 : w;
  Outcome outcome = FITS;

  /* Sets moved for balance depart from the week's planned dose, so other exercises are tried
   * first; only then a set more or fewer. */
  if (move_sets ? !balance_sets (pool, sessions, week_sets_lo (pool, dose_week),
                                 week_sets_hi (pool, dose_week))
                : violation_of (pool, sessions) > 1e-9)
    outcome = UNBALANCED;
  pool->deload = is_deload (pool->profile, w);
  if (pool->deload)
    deload (pool, sessions);
  for (guint s = 0; s < sessions->len; s++)
    {
      guint target = session_target (pool->profile, week->is_full[s]);

      if (fit_items (pool, sessions->pdata[s], target))
        continue;
      set_rest (pool, sessions->pdata[s], 0);
      if (items_seconds (sessions->pdata[s]) > 1.1 * target)
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

  if (is_deload (pool->profile, w) && shape->rounds > 0)
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

  start_pool (&pool, &plan->profile, context, selection);
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
  clear_pool (&pool);
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
  return !hip_profile_excludes (profile, exercise) &&
         hip_exercise_get_level (exercise) <= profile->level;
}

/* Where @exercise belongs in a session: stretches cool down, warm-up drills warm up, core
 * stabilisers have their own place, everything else is main hip work. */
HipPart
hip_planner_part_for (HipExercise *exercise)
{
  if (hip_exercise_get_kind (exercise) == HIP_KIND_STRETCH)
    return HIP_PART_COOL_DOWN;
  if (!is_main (exercise) && hip_exercise_get_warm_up (exercise))
    return HIP_PART_WARM_UP;
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
  g_auto(Context) context = { 0 };
  Pool pool;
  guint exempt;

  context_init (&context, exercises);
  start_pool (&pool, profile, &context, 0);
  exempt = pool.exempt;
  if (no_core != NULL)
    *no_core = pool.core->len == 0;
  clear_pool (&pool);
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
  Pool pool = { .profile = profile, .start = start_for (profile) };
  gboolean deload = is_deload (profile, week) && week > 1;

  pool.dosage = &dosages[pool.start == START_GENTLE ? HIP_LEVEL_BEGINNER : profile->level];
  *lo = deload ? 1 : week_sets_lo (&pool, week);
  *hi = week_sets_hi (&pool, deload ? week - 1 : week);
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
  Pool pool = { .profile = profile, .context = &context, .start = start_for (profile) };
  WeekDose dose;

  pool.dosage = &dosages[pool.start == START_GENTLE ? HIP_LEVEL_BEGINNER : profile->level];
  week = is_deload (profile, week) && week > 1 ? week - 1 : week;
  dose = week_dose (&pool, week);
  apply_dose (&pool, prescription, &dose, week);
  prescription->per_side = hip_exercise_get_unilateral (prescription->exercise);
  prescription->tempo = "2-0-2";
  g_free (prescription->load);
  prescription->load = load_text (&pool, prescription->exercise);
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
  outside = p->sets < week_sets_lo (pool, week) || p->sets > week_sets_hi (pool, week) ||
            (p->reps > 0 && (p->reps < d->reps_lo || p->reps > d->reps_hi)) ||
            (hip_exercise_get_kind (p->exercise) == HIP_KIND_HOLD &&
             (p->seconds < d->hold_lo || p->seconds > d->hold_hi));
  if (!outside)
    return;
  dose = week_dose (pool, week);
  apply_dose (pool, p, &dose, week);
}

/* A main exercise for @action, in the full session of @sessions with the fewest exercises. */
static gboolean
add_for_action (Pool       *pool,
                GPtrArray  *sessions,
                const Week *shape,
                HipAction   action,
                guint       week)
{
  WeekDose dose = week_dose (pool, week);
  GPtrArray *lightest = NULL;
  HipExercise *e;

  for (guint s = 0; s < sessions->len; s++)
    if (shape->is_full[s] &&
        (lightest == NULL || ((GPtrArray *) sessions->pdata[s])->len < lightest->len))
      lightest = sessions->pdata[s];
  if (lightest == NULL || (e = pick_main (pool, action, lightest)) == NULL)
    return FALSE;
  g_ptr_array_add (lightest, prescribe (pool, e, HIP_PART_MAIN, reason_for (action)));
  apply_dose (pool, lightest->pdata[lightest->len - 1], &dose, week);
  write_words (pool, lightest->pdata[lightest->len - 1]);
  g_ptr_array_sort (lightest, compare_position);
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
  guint dose_week = is_deload (profile, week) && week > 1 ? week - 1 : week;
  gboolean balanced = FALSE, fits = TRUE;
  g_auto(Context) context = { 0 };
  Pool pool;

  context_init (&context, exercises);
  start_pool (&pool, profile, &context, 0);
  /* A person's own doses come back inside the level's ranges first. */
  for (guint s = 0; s < sessions->len; s++)
    for (guint i = 0; i < ((GPtrArray *) sessions->pdata[s])->len; i++)
      restore_dose (&pool, ((GPtrArray *) sessions->pdata[s])->pdata[i], dose_week);
  for (guint added = 0; added <= HIP_N_ACTIONS; added++)
    {
      HipBalance balance;
      HipRule rule;
      HipAction weak;

      balanced = balance_sets (&pool, sessions, week_sets_lo (&pool, dose_week),
                               week_sets_hi (&pool, dose_week));
      week_balance (sessions, &balance);
      if (balanced || !hip_balance_find_failure (&balance, pool.exempt, &rule, &weak) ||
          !add_for_action (&pool, sessions, &shape, weak, dose_week))
        break;
    }
  for (guint s = 0; s < sessions->len; s++)
    {
      GPtrArray *items = sessions->pdata[s];

      fits &= fit_items (&pool, items, session_target (profile, shape.is_full[s]));
      for (guint i = 0; i < items->len; i++)
        write_words (&pool, items->pdata[i]);
    }
  clear_pool (&pool);
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
  switch (start_for (&plan->profile))
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

  context_init (&context, exercises);
  outcome = try_plan (plan, &context, FALSE, &reach);
  /* Below 15 minutes, three shorter sessions carry the six actions before the minutes change. */
  if (outcome == TOO_LONG && asked < 15 && profile->sessions_per_week < 3)
    {
      plan->profile.sessions_per_week = 3;
      outcome = try_plan (plan, &context, FALSE, &reach);
      note (plan, _("%u minutes is too short to train every hip action in %u sessions, so the "
                    "plan has 3 shorter sessions a week."), asked, profile->sessions_per_week);
    }
  /* Other minutes help a session that cannot fit, not exercises that cannot balance. */
  if (outcome == TOO_SHORT || outcome == TOO_LONG)
    nearest_minutes (plan, &context, outcome, reach);
  if (plan->profile.minutes > asked)
    note (plan, _("Sessions take about %u minutes instead of %u: that is the shortest that "
                  "trains every hip action each week with a warm-up, core work and a "
                  "cool-down."), plan->profile.minutes, asked);
  else if (plan->profile.minutes < asked)
    note (plan, _("Sessions take about %u minutes instead of %u: more would need doses beyond "
                  "what suits your level, or more exercises than suit your profile."),
          plan->profile.minutes, asked);
  write_plan_words (plan);
  note_start (plan);
  note_conditions (plan);
  note_exemptions (plan);
  note_shape (plan, profile->sessions_per_week);
  return plan;
}
