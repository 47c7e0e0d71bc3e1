/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Adaptation written into a programme: each decision of hip-adapt.c in the sessions after the
 * one done (a load, a dose, a step of the ladder, each until pain allows it back), one bad
 * morning's hold on the next session, and whether pain can ease an exercise at all. Pure: no
 * store, no clock. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-adapt.h"
#include "hip-adapt-private.h"
#include "hip-exercise.h"
#include "hip-plan-edit.h"
#include "hip-units.h"

static void
set_note (HipPrescription *p,
          const char      *message)
{
  g_free (p->rationale);
  p->rationale = g_strdup (message);
}

/* Whether @later comes after (@week, @session). */
static gboolean
comes_after (const HipSession *later,
             guint             week,
             guint             session)
{
  return later->week > week || (later->week == week && later->session > session);
}

/* Changes the dose of @exercise in every session after (@week, @session). */
static gboolean
adapt_dose (HipPlan             *plan,
            guint                week,
            guint                session,
            const HipAdaptation *a)
{
  gboolean changed = FALSE;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *later = plan->sessions->pdata[s];

      if (!comes_after (later, week, session))
        continue;
      for (guint i = 0; i < later->items->len; i++)
        {
          HipPrescription *p = later->items->pdata[i];

          if (p->exercise != a->exercise)
            continue;
          if (a->kind == HIP_ADAPT_LOAD_UP || a->kind == HIP_ADAPT_LOAD_DOWN)
            {
              g_free (p->load);
              p->load = hip_units_format_load (a->load, HIP_UNITS_KILOGRAMS);
            }
          else if (p->reps > 0)
            p->reps = MAX (p->reps, a->reps);
          else
            p->seconds = MAX (p->seconds, a->reps);
          set_note (p, a->message);
          changed = TRUE;
        }
    }
  return changed;
}

/* Pain, and no easier step can take the exercise's place: one set fewer (or, at one set, a
 * fifth fewer repetitions or seconds), remembering the full dose until two sessions go without
 * pain (hip_adapt_step_up()). Returns: whether it could go lower. */
static gboolean
lower_dose (HipPrescription *p)
{
  guint sets = p->sets, reps = p->reps, seconds = p->seconds;

  if (p->sets > 1)
    p->sets--;
  else if (p->reps > 0)
    p->reps = MAX (1, p->reps * 4 / 5);
  else
    p->seconds = MAX (5, p->seconds * 4 / 5);
  if (p->sets == sets && p->reps == reps && p->seconds == seconds)
    return FALSE;
  /* Lowered again: the dose to go back to is still the first one. */
  if (p->full_sets == 0)
    {
      p->full_sets = sets;
      p->full_reps = reps;
      p->full_seconds = seconds;
    }
  return TRUE;
}

/* Lowers @p's dose, saying @note, and counts what it could do in @outcome. */
static gboolean
lower_noting (HipPrescription *p,
              const char      *note,
              HipAdaptOutcome *outcome)
{
  if (!lower_dose (p))
    {
      outcome->at_floor++;
      return FALSE;
    }
  set_note (p, note);
  outcome->lowered++;
  return TRUE;
}

/* Puts the replacement in place of the exercise after (@week, @session), to the end of the
 * block: a step back stays until it has gone without pain twice (hip_adapt_step_up()). Where
 * the easier step is in a session already, the exercise's dose there is lower instead, for as
 * long. */
static gboolean
adapt_step (HipPlan             *plan,
            guint                week,
            guint                session,
            const HipAdaptation *a,
            HipAdaptOutcome     *outcome)
{
  gboolean changed = FALSE;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *later = plan->sessions->pdata[s];

      if (!comes_after (later, week, session))
        continue;
      for (guint i = 0; i < later->items->len; i++)
        {
          HipPrescription *p = later->items->pdata[i];

          if (p->exercise != a->exercise)
            continue;
          if (hip_plan_swap_one (plan, later, i, a->replacement))
            {
              p = later->items->pdata[i];
              set_note (p, a->message);
              if (a->kind == HIP_ADAPT_STEP_BACK)
                p->stepped_from = g_object_ref (a->exercise);
              changed = TRUE;
            }
          else if (a->kind == HIP_ADAPT_STEP_BACK)
            {
              /* Translators: "Clamshell is already in this session, so this is lighter
               * instead, until it goes without pain twice" */
              g_autofree char *note = g_strdup_printf (_("%s is already in this session, so "
                                                         "this is lighter instead, until it "
                                                         "goes without pain twice"),
                                                       hip_exercise_get_name (a->replacement));

              changed |= lower_noting (p, note, outcome);
            }
        }
    }
  return changed;
}

/* A lower dose of the exercise after (@week, @session), to the end of the block; or its full
 * dose back where pain had lowered it. */
static gboolean
adapt_lowered (HipPlan             *plan,
               guint                week,
               guint                session,
               const HipAdaptation *a,
               HipAdaptOutcome     *outcome)
{
  gboolean changed = FALSE;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *later = plan->sessions->pdata[s];

      if (!comes_after (later, week, session))
        continue;
      for (guint i = 0; i < later->items->len; i++)
        {
          HipPrescription *p = later->items->pdata[i];

          if (p->exercise != a->exercise)
            continue;
          if (a->kind == HIP_ADAPT_DOSE_DOWN)
            changed |= lower_noting (p, a->message, outcome);
          else if (p->full_sets > 0)
            {
              p->sets = p->full_sets;
              p->reps = p->full_reps;
              p->seconds = p->full_seconds;
              p->full_sets = p->full_reps = p->full_seconds = 0;
              set_note (p, a->message);
              changed = TRUE;
            }
        }
    }
  return changed;
}

/* Whether @candidate is an easier step of @exercise's ladder, however far down. */
static gboolean
is_easier (GListModel  *exercises,
           HipExercise *exercise,
           HipExercise *candidate)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();

  g_ptr_array_add (steps, exercise);
  /* Ladders are short; the bound guards against a loop in a person's own exercises. */
  for (guint i = 0; i < steps->len && steps->len < 64; i++)
    {
      const char * const *down = hip_exercise_get_regressions (steps->pdata[i]);

      for (guint d = 0; down != NULL && down[d] != NULL; d++)
        {
          HipExercise *easier = hip_adapt_lookup (exercises, down[d]);

          if (easier == candidate)
            return TRUE;
          if (easier != NULL && !g_ptr_array_find (steps, easier, NULL))
            g_ptr_array_add (steps, easier);
        }
    }
  return FALSE;
}

/* Whether @p is of @exercise (@exact), or else of an easier step of it. */
static gboolean
of_exercise (const HipPrescription *p,
             HipExercise           *exercise,
             gboolean               exact,
             GListModel            *exercises)
{
  return exact ? p->exercise == exercise : is_easier (exercises, exercise, p->exercise);
}

/* The last time before session @at of @plan (an index) that @exercise came; when it never did,
 * the last time an easier step of it came (it is a progression from that); or %NULL. */
static const HipPrescription *
came_before (const HipPlan *plan,
             guint          at,
             HipExercise   *exercise,
             GListModel    *exercises)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint s = at; s > 0; s--)
      {
        const HipSession *session = plan->sessions->pdata[s - 1];

        for (guint i = 0; i < session->items->len; i++)
          if (of_exercise (session->items->pdata[i], exercise, pass == 0, exercises))
            return session->items->pdata[i];
      }
  return NULL;
}

/* The index in @plan of the first session from @from on with @exercise (or, when none has it,
 * a harder step of it: a progression); its item's index in @item. G_MAXUINT when none. */
static guint
comes_next (const HipPlan *plan,
            guint          from,
            HipExercise   *exercise,
            GListModel    *exercises,
            guint         *item)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint s = from; s < plan->sessions->len; s++)
      {
        const HipSession *session = plan->sessions->pdata[s];

        for (guint i = 0; i < session->items->len; i++)
          {
            HipExercise *e = ((HipPrescription *) session->items->pdata[i])->exercise;

            if (pass == 0 ? e == exercise : is_easier (exercises, e, exercise))
              {
                *item = i;
                return s;
              }
          }
      }
  return G_MAXUINT;
}

/* Holds item @i of session @at (an index) of @plan at the last time it came: its easier step
 * back where a progression had put a harder one, and no more sets, repetitions, seconds or load
 * than then. Returns: whether that changed it. */
static gboolean
hold_item (HipPlan    *plan,
           guint       at,
           guint       i,
           GListModel *exercises,
           const char *note)
{
  HipSession *session = plan->sessions->pdata[at];
  HipPrescription *p = session->items->pdata[i];
  const HipPrescription *last = came_before (plan, at, p->exercise, exercises);
  gboolean changed = FALSE;
  double kg, last_kg;

  if (last == NULL)
    return FALSE;
  if (last->exercise != p->exercise)
    {
      if (!hip_plan_swap_one (plan, session, i, last->exercise))
        return FALSE;
      p = session->items->pdata[i];
      changed = TRUE;
    }
  if (p->sets > last->sets)
    {
      p->sets = last->sets;
      changed = TRUE;
    }
  if (p->reps > 0 && last->reps > 0 && p->reps > last->reps)
    {
      p->reps = last->reps;
      changed = TRUE;
    }
  if (p->seconds > 0 && last->seconds > 0 && p->seconds > last->seconds)
    {
      p->seconds = last->seconds;
      changed = TRUE;
    }
  if (hip_units_parse_kg (p->load, &kg) && hip_units_parse_kg (last->load, &last_kg) &&
      kg > last_kg)
    {
      g_free (p->load);
      p->load = g_strdup (last->load);
      changed = TRUE;
    }
  if (changed)
    set_note (p, note);
  return changed;
}

/**
 * hip_adapt_hold:
 * @done: (nullable): the session the bad morning came after
 * @next: the next session to do, of @plan
 * @exercises: resolves ladders
 * @note: what a held prescription's rationale says
 *
 * One bad morning (SCIENCE.md §3: pain or stiffness 2 points or more above the baseline): the
 * next session progresses nothing, and neither does the next time each exercise of @done comes
 * (its progression was decided before the morning said how it went). Each is held at the last
 * time it came before: no more sets, repetitions, seconds or load, and the easier step back
 * where a progression had put a harder one. The sessions after those keep their dose.
 *
 * Returns: how many prescriptions it held back
 */
guint
hip_adapt_hold (HipPlan          *plan,
                const HipSession *done,
                HipSession       *next,
                GListModel       *exercises,
                const char       *note)
{
  guint at = 0, held = 0;

  g_return_val_if_fail (plan != NULL && next != NULL, 0);

  while (at < plan->sessions->len && plan->sessions->pdata[at] != next)
    at++;
  g_return_val_if_fail (at < plan->sessions->len, 0);
  for (guint i = 0; i < next->items->len; i++)
    {
      HipPart part = ((HipPrescription *) next->items->pdata[i])->part;

      if (part == HIP_PART_MAIN || part == HIP_PART_CORE)
        held += hold_item (plan, at, i, exercises, note);
    }
  /* Each exercise of @done, its next time from the next session on (held already when that is
   * the next session). */
  for (guint d = 0; done != NULL && d < done->items->len; d++)
    {
      const HipPrescription *p = done->items->pdata[d];
      guint s, i = 0;

      if ((p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE) &&
          (s = comes_next (plan, at, p->exercise, exercises, &i)) != G_MAXUINT)
        held += hold_item (plan, s, i, exercises, note);
    }
  return held;
}

/* Whether @session has @exercise. */
static gboolean
has_exercise (const HipSession *session,
              HipExercise      *exercise)
{
  for (guint i = 0; i < session->items->len; i++)
    if (((HipPrescription *) session->items->pdata[i])->exercise == exercise)
      return TRUE;
  return FALSE;
}

/**
 * hip_adapt_can_ease:
 * @p: the prescription of an exercise that hurt
 * @session: (nullable): its session, where an easier step already in it cannot replace it
 * @load: the load it was done with, kg, or %HIP_LOG_NONE
 *
 * Whether pain above 5/10 will make the exercise's coming sessions easier (hip_adapt_exercise()
 * and hip_adapt_apply()): an easier step of its ladder, less load, or a lower dose. When none
 * is left, the person is better told so than promised an easier session.
 */
gboolean
hip_adapt_can_ease (const HipPrescription *p,
                    const HipSession      *session,
                    GListModel            *exercises,
                    const HipProfile      *profile,
                    double                 load)
{
  HipExercise *easier;
  HipPrescription lower;

  g_return_val_if_fail (p != NULL && HIP_IS_EXERCISE (p->exercise), FALSE);

  easier = hip_adapt_ladder_step (exercises, profile, hip_exercise_get_regressions (p->exercise));
  if (easier != NULL && (session == NULL || !has_exercise (session, easier)))
    return TRUE;
  if (easier == NULL && load > 0 && hip_adapt_lighter_load (load, profile) > 0)
    return TRUE;
  lower = *p;
  return lower_dose (&lower);
}

/**
 * hip_adapt_apply:
 * @week: the week of the session just done
 * @session: its number in the week
 * @outcome: (out) (optional): how many of the coming prescriptions got a lower dose, and how
 *   many could go no lower
 *
 * Writes @adaptation into the sessions that come after it; each changed prescription's
 * rationale says what changed and why.
 *
 * Returns: whether the plan changed
 */
gboolean
hip_adapt_apply (HipPlan             *plan,
                 guint                week,
                 guint                session,
                 const HipAdaptation *adaptation,
                 HipAdaptOutcome     *outcome)
{
  HipAdaptOutcome ignored;

  if (outcome == NULL)
    outcome = &ignored;
  *outcome = (HipAdaptOutcome) { 0 };
  switch (adaptation->kind)
    {
    case HIP_ADAPT_LOAD_UP:
    case HIP_ADAPT_LOAD_DOWN:
    case HIP_ADAPT_REPS_UP:
      return adapt_dose (plan, week, session, adaptation);
    case HIP_ADAPT_NEXT_STEP:
    case HIP_ADAPT_STEP_BACK:
      return adapt_step (plan, week, session, adaptation, outcome);
    case HIP_ADAPT_DOSE_DOWN:
    case HIP_ADAPT_DOSE_BACK:
      return adapt_lowered (plan, week, session, adaptation, outcome);
    case HIP_ADAPT_HOLD:
    case HIP_ADAPT_NO_PROGRESS:
    default:
      return FALSE;
    }
}
