/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What today holds: the next session of the programme, the order of its sets
 * (both sides of one-sided work, set by set), where an interrupted workout resumes, and what the
 * adaptation rules change once a workout is done. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-adapt.h"
#include "hip-calendar.h"
#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-today.h"

/**
 * hip_session_steps:
 *
 * Returns: (transfer full) (element-type HipStep): every set of @session in the order it is
 *   done: exercise by exercise, set by set, the left side then the right for one-sided work
 */
GArray *
hip_session_steps (const HipSession *session)
{
  GArray *steps = g_array_new (FALSE, FALSE, sizeof (HipStep));

  for (guint i = 0; i < session->items->len; i++)
    {
      const HipPrescription *p = session->items->pdata[i];

      for (guint set = 1; set <= p->sets; set++)
        for (HipSide side = p->per_side ? HIP_SIDE_LEFT : HIP_SIDE_BOTH;
             side <= (p->per_side ? HIP_SIDE_RIGHT : HIP_SIDE_BOTH); side++)
          {
            HipStep step = { i, set, side };

            g_array_append_val (steps, step);
          }
    }
  return steps;
}

static gboolean
logged (GPtrArray       *sets,
        const char      *exercise_id,
        const HipStep   *step)
{
  for (guint i = 0; i < sets->len; i++)
    {
      const HipLoggedSet *s = sets->pdata[i];

      if (s->set_number == step->set && s->side == step->side &&
          g_strcmp0 (s->exercise_id, exercise_id) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * hip_session_resume_step:
 * @logged: (element-type HipLoggedSet): the sets already logged in this workout
 *
 * Returns: the first step after the last one logged (the end when all are), so that a workout
 *   interrupted by a crash or a closed window goes on where it stopped; steps skipped on
 *   purpose stay skipped
 */
guint
hip_session_resume_step (const HipSession *session,
                         GArray           *steps,
                         GPtrArray        *logged_sets)
{
  guint next = 0;

  for (guint i = 0; i < steps->len; i++)
    {
      const HipStep *step = &g_array_index (steps, HipStep, i);
      const HipPrescription *p = session->items->pdata[step->item];

      if (logged (logged_sets, hip_exercise_get_id (p->exercise), step))
        next = i + 1;
    }
  return next;
}

static gboolean
done (GPtrArray  *workouts,
      gint64      programme_id,
      guint       week,
      guint       session)
{
  for (guint i = 0; i < workouts->len; i++)
    {
      const HipWorkout *w = workouts->pdata[i];

      if (w->programme_id == programme_id && w->week == week && w->session == session &&
          w->finished != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
was_skipped (GArray           *skipped,
             const HipSession *session)
{
  for (guint i = 0; skipped != NULL && i < skipped->len; i++)
    {
      const HipSessionRef *ref = &g_array_index (skipped, HipSessionRef, i);

      if (ref->week == session->week && ref->session == session->session)
        return TRUE;
    }
  return FALSE;
}

/**
 * hip_today_next_session:
 * @week_start: the person's (HipCoach:week-start), which the sessions' days follow
 * @workouts: (element-type HipWorkout): the workouts logged
 * @skipped: (element-type HipSessionRef) (nullable): the sessions the person skipped
 *
 * Returns: (transfer none) (nullable): the first session of @plan neither done nor skipped nor
 *   left out of a shorter first week (hip-calendar.c), nor before the missed session moved to a
 *   day (those are behind the person), or %NULL when the block is complete
 */
HipSession *
hip_today_next_session (const HipPlan *plan,
                        GDateWeekday   week_start,
                        GPtrArray     *workouts,
                        GArray        *skipped,
                        gint64         programme_id)
{
  g_autoptr(GArray) dates = hip_plan_session_dates (plan, week_start, NULL);

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *session = plan->sessions->pdata[s];

      if (dates != NULL && !g_date_valid (&g_array_index (dates, GDate, s)))
        continue;
      if (session->week < plan->resume.week ||
          (session->week == plan->resume.week && session->session < plan->resume.session))
        continue;
      if (!done (workouts, programme_id, session->week, session->session) &&
          !was_skipped (skipped, session))
        return session;
    }
  return NULL;
}

/**
 * hip_today_flare_mornings:
 * @today: YYYY-MM-DD
 * @since: (nullable): YYYY-MM-DD, the day of the session the mornings follow
 *
 * Returns: how many of the latest next-morning check-ins in a row, from @since on, flared
 *   (SCIENCE.md §3; see hip_adapt_flare_mornings()): only the last 7 days' are read
 */
guint
hip_today_flare_mornings (HipStore    *store,
                          const char  *today,
                          const char  *since,
                          int          usual_pain,
                          GError     **error)
{
  g_autoptr(GArray) checkins = NULL;
  char from[11];
  GDate date;

  if (!hip_log_parse_day (today, &date))
    return 0;
  g_date_subtract_days (&date, 7);
  hip_log_format_day (&date, from);
  checkins = hip_store_list_checkins (store, from, 0, error);
  if (checkins == NULL)
    return 0;
  return hip_adapt_flare_mornings ((const HipCheckin *) checkins->data, checkins->len, today,
                                   since, usual_pain);
}

/* What @a did to the coming sessions, in one line: as it says, or lighter where the easier step
 * was in a session already, or, where nothing could be made easier, that it cannot. */
static char *
describe (const HipAdaptation   *a,
          gboolean               changed,
          const HipAdaptOutcome *outcome)
{
  const char *name = hip_exercise_get_name (a->exercise);

  if (a->kind == HIP_ADAPT_STEP_BACK && outcome->lowered > 0)
    /* Translators: "Curtsy lunge: lighter until it goes without pain twice (Lateral lunge is
     * already in your sessions): pain 7/10 last time" */
    return g_strdup_printf (_("%s: lighter until it goes without pain twice (%s is already in "
                              "your sessions): %s"),
                            name, hip_exercise_get_name (a->replacement), a->why);
  if (!changed && outcome->at_floor > 0)
    /* Translators: "Side plank: it cannot be made any easier: rest it until the pain settles,
     * and if it does not, talk to a doctor or physiotherapist (pain 8/10 last time)" */
    return g_strdup_printf (_("%s: it cannot be made any easier: rest it until the pain "
                              "settles, and if it does not, talk to a doctor or "
                              "physiotherapist (%s)"), name, a->why);
  return g_strdup_printf ("%s: %s", name, a->message);
}

/**
 * hip_today_adapt_after_workout:
 * @plan: the programme the workout belongs to; the coming sessions change in it
 * @workout: the finished workout
 * @mornings: how many next-morning check-ins in a row after it were 2 points or more above the
 *   person's baseline, to act on now (hip_adapt_exercise()): 0 as the workout ends; the
 *   check-in acts on them as it is saved, once (hip_coach_save_checkin())
 *
 * Applies the progression and pain rules to each exercise of the workout, from the store's
 * record of the last two times it was done.
 *
 * Returns: (transfer full) (element-type utf8): what changed and why, one line an exercise
 */
GPtrArray *
hip_today_adapt_after_workout (HipStore          *store,
                               HipPlan           *plan,
                               GListModel        *exercises,
                               const HipWorkout  *workout,
                               guint              mornings,
                               GError           **error)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  HipSession *session = hip_plan_get_session (plan, workout->week, workout->session);

  if (session == NULL)
    return g_steal_pointer (&messages);
  for (guint i = 0; i < session->items->len; i++)
    {
      HipPrescription *p = session->items->pdata[i];
      HipPerformance recent[2];
      guint n;
      g_autoptr(HipAdaptation) a = NULL;

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      n = hip_store_recent_performances (store, hip_exercise_get_id (p->exercise), recent, 2,
                                         error);
      if (n == 0)
        continue;
      /* The target: this session's prescription, the top of its range. */
      for (guint k = 0; k < n; k++)
        recent[k].target_reps = p->reps, recent[k].target_seconds = p->seconds;
      a = hip_adapt_exercise (p->exercise, exercises, &plan->profile, recent, n, mornings);
      /* Pain first; then a step back, or a lowered dose, that has gone without pain twice goes
       * back up. */
      if (a->kind == HIP_ADAPT_HOLD || a->kind == HIP_ADAPT_NEXT_STEP ||
          a->kind == HIP_ADAPT_REPS_UP || a->kind == HIP_ADAPT_LOAD_UP)
        {
          HipAdaptation *up = hip_adapt_step_up (p, recent, n);

          if (up != NULL)
            {
              hip_adaptation_free (a);
              a = up;
            }
        }
      if (a->message != NULL)
        {
          HipAdaptOutcome outcome;
          gboolean changed = hip_adapt_apply (plan, workout->week, workout->session, a, &outcome);

          g_ptr_array_add (messages, describe (a, changed, &outcome));
        }
    }
  return g_steal_pointer (&messages);
}
