/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Two versions of a programme: what changes from one to the other, in words a person reads
 * before a change is made (a fix, the coming weeks made again), and the coming weeks of a
 * programme made again from a new one while the sessions already done stay as they were. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-exercise.h"
#include "hip-plan-changes.h"
#include "hip-plan-private.h"

#define MAX_SESSIONS 7   /* a week's sessions, as the store keeps them */

/* One change to one session, the same over a run of weeks. */
typedef struct
{
  guint  session;
  guint  first_week;
  guint  last_week;
  char  *what;
} Change;

static void
change_clear (Change *change)
{
  g_free (change->what);
}

/* Adds @what to session @session of @week, or extends the same change of the week before. */
static void
note_change (GArray     *changes,
             guint       week,
             guint       session,
             const char *what)
{
  Change change = { session, week, week, g_strdup (what) };

  for (guint i = 0; i < changes->len; i++)
    {
      Change *c = &g_array_index (changes, Change, i);

      if (c->session == session && c->last_week + 1 == week && g_str_equal (c->what, what))
        {
          c->last_week = week;
          g_free (change.what);
          return;
        }
    }
  g_array_append_val (changes, change);
}

static const HipPrescription *
find_item (const HipSession *session,
           HipExercise      *exercise)
{
  for (guint i = 0; session != NULL && i < session->items->len; i++)
    {
      const HipPrescription *p = session->items->pdata[i];

      if (p->exercise == exercise ||
          g_strcmp0 (hip_exercise_get_id (p->exercise), hip_exercise_get_id (exercise)) == 0)
        return p;
    }
  return NULL;
}

/* Returns: (transfer full) (nullable): what changed in one prescription's dose, or %NULL */
static char *
dose_change (const HipPrescription *b,
             const HipPrescription *a)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (a->sets != b->sets)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u → %u set", "%u → %u sets", a->sets),
                                             b->sets, a->sets));
  if (a->reps != b->reps && a->reps > 0 && b->reps > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u → %u repetition",
                                                       "%u → %u repetitions", a->reps),
                                             b->reps, a->reps));
  if (a->seconds != b->seconds && a->seconds > 0 && b->seconds > 0)
    /* Translators: a hold's or stretch's seconds before and after a change */
    g_ptr_array_add (parts, g_strdup_printf (_("%u → %u s"), b->seconds, a->seconds));
  if (a->rest_seconds != b->rest_seconds)
    /* Translators: the rest between sets before and after a change */
    g_ptr_array_add (parts, g_strdup_printf (_("rest %u → %u s"), b->rest_seconds,
                                             a->rest_seconds));
  if (g_strcmp0 (a->load != NULL ? a->load : "", b->load != NULL ? b->load : "") != 0)
    /* Translators: the load before and after a change, as the person wrote it */
    g_ptr_array_add (parts, g_strdup_printf (_("load “%s” → “%s”"),
                                             b->load != NULL ? b->load : "",
                                             a->load != NULL ? a->load : ""));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (", ", (char **) parts->pdata);
  /* Translators: an exercise, then what changes in its dose, e.g. “Clamshell: 2 → 3 sets” */
  return g_strdup_printf (_("%s: %s"), hip_exercise_get_name (a->exercise), joined);
}

static void
compare_sessions (GArray           *changes,
                  guint             week,
                  guint             session,
                  const HipSession *before,
                  const HipSession *after)
{
  for (guint i = 0; after != NULL && i < after->items->len; i++)
    {
      const HipPrescription *a = after->items->pdata[i], *b = find_item (before, a->exercise);
      g_autofree char *what = NULL;

      if (b == NULL)
        what = g_strdup_printf (_("add %s"), hip_exercise_get_name (a->exercise));
      else
        what = dose_change (b, a);
      if (what != NULL)
        note_change (changes, week, session, what);
    }
  for (guint i = 0; before != NULL && i < before->items->len; i++)
    {
      const HipPrescription *b = before->items->pdata[i];
      g_autofree char *what = NULL;

      if (find_item (after, b->exercise) != NULL)
        continue;
      what = g_strdup_printf (_("remove %s"), hip_exercise_get_name (b->exercise));
      note_change (changes, week, session, what);
    }
}

static char *
describe (const Change *c)
{
  if (c->first_week == c->last_week)
    /* Translators: where a change is made, then the change: “Session 2, week 3: add Clamshell” */
    return g_strdup_printf (_("Session %u, week %u: %s"), c->session, c->first_week, c->what);
  /* Translators: the same change in a run of weeks: “Session 2, weeks 3–6: add Clamshell” */
  return g_strdup_printf (_("Session %u, weeks %u–%u: %s"), c->session, c->first_week,
                          c->last_week, c->what);
}

/**
 * hip_plan_describe_changes:
 *
 * What changes from @before to @after, session by session, in words: exercises added and
 * removed, and each dose that changes (sets, repetitions, seconds, rest, load). The same change
 * in a run of weeks is one line. The order of a session's exercises is not a change here.
 *
 * Returns: (transfer full) (element-type utf8): one line a change, in week order; empty when
 *   nothing changes
 */
GPtrArray *
hip_plan_describe_changes (const HipPlan *before,
                           const HipPlan *after)
{
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  guint weeks = MAX (before->profile.weeks, after->profile.weeks);

  g_array_set_clear_func (changes, (GDestroyNotify) change_clear);
  for (guint w = 1; w <= weeks; w++)
    for (guint s = 1; s <= MAX_SESSIONS; s++)
      compare_sessions (changes, w, s, hip_plan_get_session (before, w, s),
                        hip_plan_get_session (after, w, s));
  for (guint i = 0; i < changes->len; i++)
    g_ptr_array_add (lines, describe (&g_array_index (changes, Change, i)));
  return lines;
}

/**
 * hip_plan_count_changed_sessions:
 *
 * Returns: how many sessions (of any week) hip_plan_describe_changes() finds a change in
 */
guint
hip_plan_count_changed_sessions (const HipPlan *before,
                                 const HipPlan *after)
{
  guint weeks = MAX (before->profile.weeks, after->profile.weeks), n = 0;

  for (guint w = 1; w <= weeks; w++)
    for (guint s = 1; s <= MAX_SESSIONS; s++)
      {
        g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));

        g_array_set_clear_func (changes, (GDestroyNotify) change_clear);
        compare_sessions (changes, w, s, hip_plan_get_session (before, w, s),
                          hip_plan_get_session (after, w, s));
        n += changes->len > 0;
      }
  return n;
}

/* Whether a workout of @programme_id was started for @session of @week (done, or under way). */
static gboolean
started (GPtrArray *workouts,
         gint64     programme_id,
         guint      week,
         guint      session)
{
  for (guint i = 0; i < workouts->len; i++)
    {
      const HipWorkout *w = workouts->pdata[i];

      if (w->programme_id == programme_id && w->week == week && w->session == session)
        return TRUE;
    }
  return FALSE;
}

/* The last week that holds a session kept from @plan. */
static guint
last_kept_week (const HipPlan *plan,
                GPtrArray     *workouts,
                gint64         programme_id)
{
  guint last = 0;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      if (started (workouts, programme_id, session->week, session->session))
        last = MAX (last, session->week);
    }
  return last;
}

/**
 * hip_plan_replace_coming:
 * @plan: the programme to change
 * @fresh: a programme made again (from a changed profile)
 * @workouts: (element-type HipWorkout): the log's workouts
 * @programme_id: @plan's id in the log
 *
 * Keeps every session of @plan that a workout of @programme_id was started for, as it was, and
 * takes every other session from @fresh: the coming sessions follow the new programme, with its
 * weeks, minutes and notes, and nothing already done is rewritten. A week that was started
 * keeps its done sessions beside the new ones; a session @fresh does not have is dropped unless
 * it was done.
 *
 * Returns: how many sessions were taken from @fresh
 */
guint
hip_plan_replace_coming (HipPlan       *plan,
                         const HipPlan *fresh,
                         GPtrArray     *workouts,
                         gint64         programme_id)
{
  g_autoptr(GPtrArray) sessions = hip_plan_new_sessions ();
  guint weeks = MAX (fresh->profile.weeks, last_kept_week (plan, workouts, programme_id));
  guint replaced = 0, most = 0;

  for (guint w = 1; w <= weeks; w++)
    for (guint s = 1; s <= MAX_SESSIONS; s++)
      {
        HipSession *old = hip_plan_get_session (plan, w, s);
        HipSession *new = hip_plan_get_session (fresh, w, s);

        if (old != NULL && started (workouts, programme_id, w, s))
          g_ptr_array_add (sessions, hip_session_copy (old));
        else if (new != NULL)
          {
            g_ptr_array_add (sessions, hip_session_copy (new));
            replaced++;
          }
        else
          continue;
        most = MAX (most, s);
      }

  g_ptr_array_unref (plan->sessions);
  plan->sessions = g_steal_pointer (&sessions);
  plan->profile = fresh->profile;
  plan->profile.weeks = weeks;
  /* As the store reads it back: the most sessions any week has. */
  plan->profile.sessions_per_week = most;
  plan->exempt = fresh->exempt;
  plan->no_core = fresh->no_core;
  g_ptr_array_set_size (plan->notes, 0);
  for (guint n = 0; n < fresh->notes->len; n++)
    g_ptr_array_add (plan->notes, g_strdup (fresh->notes->pdata[n]));
  return replaced;
}
