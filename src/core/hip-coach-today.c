/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipCoach's side of the Today page: the active programme's next session, the workout under
 * way, the log's recent workouts and their sets, the morning check-in and the pain trend. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hip-adapt.h"
#include "hip-coach-private.h"
#include "hip-store.h"
#include "hip-today.h"

/* How far back rising pain is looked for: three weeks with pain recorded, with room for a
 * missed week or two. Pain that rose a year ago says nothing now, and reading only these
 * weeks keeps a long log from slowing the start. */
#define RISING_PAIN_WEEKS 6

/* Returns: (transfer none) (nullable): the active programme's next session to do (the first
 * not yet done, in order), inside hip_coach_get_plan()'s plan */
HipSession *
hip_coach_get_next_session (HipCoach *self)
{
  gint64 id = 0;
  HipPlan *plan = hip_coach_get_plan (self, &id);
  g_autoptr(GPtrArray) workouts = NULL;

  if (plan == NULL)
    return NULL;
  workouts = hip_store_list_recent_workouts (hip_coach_get_store (self), G_MAXINT, id, FALSE,
                                             NULL);
  return workouts != NULL ? hip_today_next_session (plan, workouts, id) : NULL;
}

/* Returns: (transfer full) (element-type utf8) (nullable): what the last finished workout of
 * @programme_id changed in it, one line an exercise */
GPtrArray *
hip_coach_latest_adaptations (HipCoach  *self,
                              gint64     programme_id,
                              GError   **error)
{
  return hip_store_latest_adaptations (hip_coach_get_store (self), programme_id, error);
}

/* Returns: the workout started and not finished (the app was closed during it), or 0 */
gint64
hip_coach_get_unfinished_workout (HipCoach *self)
{
  return hip_store_get_unfinished_workout (hip_coach_get_store (self), NULL);
}

/* Returns: (transfer full) (nullable): the workout @id with its sets */
HipWorkout *
hip_coach_load_workout (HipCoach  *self,
                        gint64     id,
                        GError   **error)
{
  return hip_store_load_workout (hip_coach_get_store (self), id, error);
}

/* Returns: (transfer full) (element-type HipWorkout) (nullable): the @n latest workouts of any
 * programme, newest first, with their sets */
GPtrArray *
hip_coach_recent_workouts (HipCoach  *self,
                           guint      n,
                           GError   **error)
{
  return hip_store_list_recent_workouts (hip_coach_get_store (self), n, 0, TRUE, error);
}

/* Ends a workout left under way as it stands: its sets are kept. */
gboolean
hip_coach_end_workout (HipCoach  *self,
                       gint64     id,
                       GError   **error)
{
  if (!hip_store_finish_workout (hip_coach_get_store (self), id, HIP_LOG_NONE, error))
    return FALSE;
  hip_coach_emit_log_changed (self);
  return TRUE;
}

/**
 * hip_coach_checkin_due:
 * @today: the day, YYYY-MM-DD
 *
 * The next-morning check-in is due on the first start after a day with a session: when none
 * was saved for @today and the latest workout was finished on an earlier day.
 */
gboolean
hip_coach_checkin_due (HipCoach   *self,
                       const char *today)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GPtrArray) recent = NULL;
  int pain = HIP_LOG_NONE, stiffness = HIP_LOG_NONE;
  HipWorkout *latest;

  hip_store_load_checkin (store, today, &pain, &stiffness, NULL);
  if (pain != HIP_LOG_NONE)
    return FALSE;
  recent = hip_store_list_recent_workouts (store, 1, 0, FALSE, NULL);
  if (recent == NULL || recent->len == 0)
    return FALSE;
  latest = recent->pdata[0];
  return latest->finished != NULL && strncmp (latest->started, today, 10) < 0;
}

/* Saves the morning's back pain and stiffness (0–10) for @day, YYYY-MM-DD. */
gboolean
hip_coach_save_checkin (HipCoach    *self,
                        const char  *day,
                        int          pain,
                        int          stiffness,
                        GError     **error)
{
  if (!hip_store_save_checkin (hip_coach_get_store (self), day, pain, stiffness, error))
    return FALSE;
  hip_coach_emit_log_changed (self);
  return TRUE;
}

/**
 * hip_coach_pain_rising:
 * @now: the time to look back from
 *
 * Whether pain rose week over week for the last two of the weeks logged lately (SCIENCE.md §3:
 * the calm suggestion to see a clinician). Each week counts its morning pain, or else its
 * pain after sessions, or else during them.
 */
gboolean
hip_coach_pain_rising (HipCoach  *self,
                       GDateTime *now)
{
  g_autoptr(GDateTime) start = g_date_time_add_weeks (now, -RISING_PAIN_WEEKS);
  g_autofree char *from = g_date_time_format (start, "%Y-%m-%d");
  g_autoptr(GArray) weeks = hip_store_week_pain (hip_coach_get_store (self), from, NULL, NULL);
  double pain[3];
  guint n = 0;

  for (guint i = weeks != NULL ? weeks->len : 0; i > 0 && n < 3; i--)
    {
      HipWeekPain *week = &g_array_index (weeks, HipWeekPain, i - 1);
      double value = !isnan (week->morning) ? week->morning
                     : !isnan (week->after) ? week->after : week->during;

      if (!isnan (value))
        pain[2 - n++] = value;
    }
  return n == 3 && hip_adapt_pain_rising (pain, 3);
}

/* Returns: (transfer full) (nullable): the logged set @id */
HipLoggedSet *
hip_coach_load_set (HipCoach  *self,
                    gint64     id,
                    GError   **error)
{
  return hip_store_load_set (hip_coach_get_store (self), id, error);
}

/* Changes a logged set (its amount, load, effort or pain); bad values are refused whole. */
gboolean
hip_coach_update_set (HipCoach            *self,
                      const HipLoggedSet  *set,
                      GError             **error)
{
  if (!hip_store_update_set (hip_coach_get_store (self), set, error))
    return FALSE;
  hip_coach_emit_log_changed (self);
  return TRUE;
}

gboolean
hip_coach_delete_set (HipCoach  *self,
                      gint64     id,
                      GError   **error)
{
  if (!hip_store_delete_set (hip_coach_get_store (self), id, error))
    return FALSE;
  hip_coach_emit_log_changed (self);
  return TRUE;
}

/* Puts back a deleted set (undo): it is logged again as it was. */
gboolean
hip_coach_restore_set (HipCoach      *self,
                       HipLoggedSet  *set,
                       GError       **error)
{
  if (!hip_store_log_set (hip_coach_get_store (self), set, error))
    return FALSE;
  hip_coach_emit_log_changed (self);
  return TRUE;
}
