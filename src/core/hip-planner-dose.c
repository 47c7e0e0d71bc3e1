/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The planner's dose (SCIENCE.md §2): sets, repetitions, holds, rest and effort by level, week
 * and usual pain, and the words of a prescription. */

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

static const Dosage dosages[HIP_N_LEVELS] = {
  { 2, 3, 1, 2, 10, 15, 4, 6, 45, 90, 45, 90, 10, 30 },
  { 2, 3, 2, 3, 8, 12, 6, 7, 60, 120, 60, 120, 15, 40 },
  { 3, 4, 3, 4, 6, 12, 7, 8, 60, 120, 90, 180, 20, 45 },
};

/* The dose table for @level, or a beginner's for a gentle plan (@start). */
const Dosage *
hip_planner_dosage (Start    start,
                    HipLevel level)
{
  return &dosages[start == START_GENTLE ? HIP_LEVEL_BEGINNER : level];
}

/* ---- Dose ---- */

/* The effort to aim for, as a load text a person can act on. */
char *
hip_planner_load_text (const Pool  *pool,
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

guint
hip_planner_week_sets_lo (const Pool *pool,
                          guint       week)
{
  return week <= 2 ? pool->dosage->early_sets_lo : pool->dosage->sets_lo;
}

guint
hip_planner_week_sets_hi (const Pool *pool,
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
WeekDose
hip_planner_week_dose (const Pool *pool,
                       guint       week)
{
  const Dosage *d = pool->dosage;
  guint weeks = loading_weeks (pool->profile);
  guint reps0 = pool->start == START_USUAL ? MIN (d->reps_lo + 2, d->reps_hi) : d->reps_lo;
  WeekDose dose;

  dose.sets = hip_planner_week_sets_lo (pool, week);
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
  guint sets = hip_planner_week_sets_lo (pool, week), hi = hip_planner_week_sets_hi (pool, week);

  if (sets + 1 <= hi)
    return is_glute_side (e) ? sets + 1 : sets;
  return is_flexor_side (e) && !is_glute_side (e) && sets > 1 ? sets - 1 : sets;
}

gboolean
hip_planner_is_deload (const HipProfile *profile,
                       guint             week)
{
  return profile->weeks >= 6 && week == profile->weeks;
}

void
hip_planner_rest_range (const Pool            *pool,
                        const HipPrescription *p,
                        guint                 *lo,
                        guint                 *hi)
{
  gpointer cached = g_hash_table_lookup (pool->context->heavy, p->exercise);
  gboolean heavy;

  /* Asked for every exercise each time a session is fitted: worth keeping. */
  if (cached == NULL)
    {
      cached = GUINT_TO_POINTER (1 + hip_planner_is_multi_joint (p->exercise));
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
void
hip_planner_apply_dose (const Pool      *pool,
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
  hip_planner_rest_range (pool, p, &lo, &hi);
  p->rest_seconds = lo;
}

HipPrescription *
hip_planner_prescribe (Pool        *pool,
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
void
hip_planner_write_words (const Pool      *pool,
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
    p->load = hip_planner_load_text (pool, p->exercise);
  p->rationale = g_strdup (_(p->reason));
  p->reason = NULL;
}

void
hip_planner_write_plan_words (HipPlan *plan)
{
  Pool pool = { .profile = &plan->profile, .start = hip_planner_start_for (&plan->profile) };

  pool.dosage = hip_planner_dosage (pool.start, plan->profile.level);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *session = plan->sessions->pdata[s];

      for (guint i = 0; i < session->items->len; i++)
        hip_planner_write_words (&pool, session->items->pdata[i]);
    }
}
