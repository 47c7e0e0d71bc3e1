/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-log.h"
#include "hip-plan.h"
#include "hip-types.h"

G_BEGIN_DECLS

/* What the progression and pain rules (SCIENCE.md §2–§3) decide for an exercise. */
typedef enum
{
  HIP_ADAPT_HOLD,          /* keep the dose */
  HIP_ADAPT_NO_PROGRESS,   /* keep the dose: next-morning pain was above the usual */
  HIP_ADAPT_LOAD_UP,       /* +5 %, rounded to the person's smallest step, at most +10 % */
  HIP_ADAPT_REPS_UP,       /* bodyweight work with no harder step: more repetitions or seconds */
  HIP_ADAPT_NEXT_STEP,     /* bodyweight work: the next step of the exercise's ladder */
  HIP_ADAPT_LOAD_DOWN,     /* pain: 15 % less load */
  HIP_ADAPT_STEP_BACK,     /* pain: the easier step of the ladder, until two green sessions */
  HIP_ADAPT_DOSE_DOWN,     /* pain, with no easier step and no load: a set, or a fifth of the
                            * repetitions or seconds, fewer, until two green sessions */
  HIP_ADAPT_DOSE_BACK,     /* two green sessions: a lowered dose goes back to its full dose */
} HipAdaptKind;

/* What hip_adapt_apply() could do to the coming sessions' prescriptions of the exercise. */
typedef struct
{
  guint lowered;           /* a lower dose, where the easier step could not take its place (it
                            * is in the session already) or there is none */
  guint at_floor;          /* no lower dose: one set of the fewest repetitions or seconds */
} HipAdaptOutcome;


typedef struct
{
  HipAdaptKind  kind;
  HipExercise  *exercise;
  HipExercise  *replacement;   /* for HIP_ADAPT_NEXT_STEP and HIP_ADAPT_STEP_BACK */
  double        load;          /* the new load, for load changes */
  guint         reps;          /* the new repetitions (or seconds), for HIP_ADAPT_REPS_UP */
  char         *message;       /* what changed and why, for a person; NULL for a plain hold */
  char         *why;           /* the reason alone, for a step back or a lower dose */
} HipAdaptation;

/* The traffic lights of pain during an exercise (SCIENCE.md §3). */
typedef enum
{
  HIP_PAIN_UNKNOWN,   /* not entered: never taken for 0 */
  HIP_PAIN_GREEN,     /* 0–3 */
  HIP_PAIN_AMBER,     /* 4–5: allowed, but no progression */
  HIP_PAIN_RED,       /* above 5: stop, and regress */
} HipPainLight;

#define HIP_ADAPT_PAIN_LIMIT  5      /* above this during exercise: stop and regress */

HipPainLight   hip_adapt_pain_light     (int                   pain);
HipAdaptation *hip_adapt_step_up        (const HipPrescription *p,
                                         const HipPerformance *recent,
                                         guint                 n_recent);
gboolean       hip_adapt_can_ease       (const HipPrescription *p,
                                         const HipSession     *session,
                                         GListModel           *exercises,
                                         const HipProfile     *profile,
                                         double                load);
HipExercise   *hip_adapt_easiest_step   (HipExercise          *exercise,
                                         GListModel           *exercises,
                                         const HipProfile     *profile);
double         hip_adapt_baseline       (const HipCheckin     *checkins,
                                         guint                 n_checkins,
                                         const char           *today,
                                         int                   usual_pain);
gboolean       hip_adapt_pain_before_high (int                 pain,
                                         double                baseline);
HipAdaptation *hip_adapt_exercise       (HipExercise          *exercise,
                                         GListModel           *exercises,
                                         const HipProfile     *profile,
                                         const HipPerformance *recent,
                                         guint                 n_recent,
                                         guint                 mornings_above_usual);
guint          hip_adapt_flare_mornings (const HipCheckin     *checkins,
                                         guint                 n_checkins,
                                         const char           *today,
                                         const char           *since,
                                         int                   usual_pain);
guint          hip_adapt_hold           (HipPlan              *plan,
                                         const HipSession     *done,
                                         HipSession           *next,
                                         GListModel           *exercises,
                                         const char           *note);
gboolean       hip_adapt_pain_rising    (const HipCheckin     *checkins,
                                         guint                 n_checkins,
                                         const char           *today,
                                         GDateWeekday          week_start);
gboolean       hip_adapt_apply          (HipPlan              *plan,
                                         guint                 week,
                                         guint                 session,
                                         const HipAdaptation  *adaptation,
                                         HipAdaptOutcome      *outcome);
void           hip_adaptation_free      (HipAdaptation        *adaptation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipAdaptation, hip_adaptation_free)

G_END_DECLS
