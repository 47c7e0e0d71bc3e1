/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipCoach's side of the Today page: the active programme's next session, the workout under
 * way, the log's recent workouts and their sets, the morning check-in and the pain trend. */

#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "hip-adapt.h"
#include "hip-calendar.h"
#include "hip-coach-private.h"
#include "hip-plan-edit.h"
#include "hip-store.h"
#include "hip-today.h"

/* Returns: (transfer none) (nullable): the active programme's next session to do (the first
 * not yet done, in order), inside hip_coach_get_plan()'s plan */
HipSession *
hip_coach_get_next_session (HipCoach *self)
{
  gint64 id = 0;
  HipPlan *plan = hip_coach_get_plan (self, &id);
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GArray) skipped = NULL;

  if (plan == NULL)
    return NULL;
  workouts = hip_store_list_recent_workouts (hip_coach_get_store (self), G_MAXINT, id, FALSE,
                                             NULL);
  skipped = hip_store_list_skipped (hip_coach_get_store (self), id, NULL);
  return workouts != NULL ? hip_today_next_session (plan, hip_coach_get_week_start (self),
                                                    workouts, skipped, id)
                          : NULL;
}

/**
 * hip_coach_get_session_date:
 * @session: a session of the active programme (or a copy of one)
 * @date: (out caller-allocates): the day it is planned for, in the person's weeks
 *   (hip-calendar.c)
 *
 * Returns: whether it has one: not without a start date, nor when it is left out of a shorter
 *   first week
 */
gboolean
hip_coach_get_session_date (HipCoach         *self,
                            const HipSession *session,
                            GDate            *date)
{
  HipPlan *plan = hip_coach_get_plan (self, NULL);

  g_date_clear (date, 1);
  return plan != NULL &&
         hip_plan_session_date (plan, hip_coach_get_week_start (self), session, date);
}

/**
 * hip_coach_get_programme_week:
 * @day: a day
 * @first_day: (out caller-allocates) (optional): the first day of that week (a first day of
 *   the person's week)
 *
 * Returns: the week of the active programme that @day falls in (past its last week after
 *   the block), or 0 before its week 1 or without a programme or start date
 */
guint
hip_coach_get_programme_week (HipCoach    *self,
                              const GDate *day,
                              GDate       *first_day)
{
  HipPlan *plan = hip_coach_get_plan (self, NULL);

  if (first_day != NULL)
    g_date_clear (first_day, 1);
  return plan != NULL
         ? hip_plan_week_of (plan, hip_coach_get_week_start (self), day, first_day) : 0;
}

/* Whether the next session's planned day is before @today (YYYY-MM-DD): it was missed */
gboolean
hip_coach_next_session_missed (HipCoach   *self,
                               const char *today)
{
  HipSession *next = hip_coach_get_next_session (self);
  GDate planned, day;

  return next != NULL && hip_log_parse_day (today, &day) &&
         hip_coach_get_session_date (self, next, &planned) &&
         g_date_compare (&planned, &day) < 0;
}

/* Skips the next session, missed or not wanted, so that the one after it comes up. */
gboolean
hip_coach_skip_next_session (HipCoach    *self,
                             const char  *today,
                             GError     **error)
{
  gint64 id = 0;
  HipSession *next = hip_coach_get_next_session (self);

  hip_coach_get_plan (self, &id);
  if (next == NULL)
    return TRUE;
  if (!hip_store_skip_session (hip_coach_get_store (self), id, next->week, next->session, today,
                               error))
    return FALSE;
  hip_coach_emit_log_changed (self);
  return TRUE;
}

/* Moves the next session, missed, to @today: the programme's dates are laid from it
 * (hip-calendar.c), so that its week becomes the person's week that holds today, the rest of
 * that week follows it a day apart as a shorter first week does, and the weeks after keep their
 * days, rather than piling up in the past. */
gboolean
hip_coach_move_next_to_today (HipCoach    *self,
                              const char  *today,
                              GError     **error)
{
  HipSession *next = hip_coach_get_next_session (self);
  gint64 id = 0;
  HipPlan *plan = hip_coach_get_plan (self, &id);
  GDate planned, day;

  if (next == NULL || !hip_log_parse_day (today, &day) ||
      !hip_coach_get_session_date (self, next, &planned) ||
      g_date_compare (&planned, &day) >= 0)
    return TRUE;
  /* Only the dates change, not what the programme is made from: no offer to remake it. */
  if (!hip_store_resume_programme (hip_coach_get_store (self), id, next->week, next->session,
                                   today, error))
    return FALSE;
  plan->resume = (HipResume) { next->week, next->session, day };
  hip_coach_emit_programme_changed (self, FALSE);
  return TRUE;
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

/* Drops workout @id, started and ended with no set logged: the session stays the next one. */
gboolean
hip_coach_discard_workout (HipCoach  *self,
                           gint64     id,
                           GError   **error)
{
  if (!hip_store_discard_workout (hip_coach_get_store (self), id, error))
    return FALSE;
  hip_coach_emit_log_changed (self);
  return TRUE;
}

/**
 * hip_coach_pain_before_high:
 * @pain: back pain just before a session, 0–10, or %HIP_LOG_NONE
 * @today: YYYY-MM-DD
 *
 * Whether to offer a lighter session or rest today (SCIENCE.md §3): @pain 3 points or more
 * above the person's baseline (the median of the last 7 days' morning pain, else their usual
 * pain), or 7 or more.
 */
gboolean
hip_coach_pain_before_high (HipCoach   *self,
                            int         pain,
                            const char *today)
{
  HipPlan *plan = hip_coach_get_plan (self, NULL);
  g_autoptr(GArray) checkins = NULL;
  GDate date;
  char from[11];
  int usual = plan != NULL ? (int) plan->profile.pain : 0;

  if (pain < 0 || !hip_log_parse_day (today, &date))
    return FALSE;
  g_date_subtract_days (&date, 6);
  hip_log_format_day (&date, from);
  checkins = hip_store_list_checkins (hip_coach_get_store (self), from, 0, NULL);
  return hip_adapt_pain_before_high (pain,
    checkins != NULL ? hip_adapt_baseline ((const HipCheckin *) checkins->data, checkins->len,
                                           today, usual)
                     : usual);
}

/* Returns: (transfer full) (nullable): the lighter version of @session of the active
 * programme, for a bad day (hip_plan_lighter_session()) */
HipSession *
hip_coach_lighter_session (HipCoach         *self,
                           const HipSession *session)
{
  HipPlan *plan = hip_coach_get_plan (self, NULL);

  if (plan == NULL)
    return NULL;
  return hip_plan_lighter_session (plan, session, G_LIST_MODEL (hip_coach_get_catalogue (self)));
}

/* Whole days from @from to @to (both beginning YYYY-MM-DD), or -1 when one is not a date. */
static int
days_between (const char *from,
              const char *to)
{
  GDate a, b;

  if (!hip_log_parse_day (from, &a) || !hip_log_parse_day (to, &b))
    return -1;
  return g_date_days_between (&a, &b);
}

/**
 * hip_coach_checkin_due:
 * @today: the day, YYYY-MM-DD
 *
 * The next-morning check-in is due on the first start after a day with a session: when none
 * was saved for @today and the latest workout was finished one or two days before.
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
  if (pain != HIP_LOG_NONE || stiffness != HIP_LOG_NONE)
    return FALSE;
  recent = hip_store_list_recent_workouts (store, 1, 0, FALSE, NULL);
  if (recent == NULL || recent->len == 0)
    return FALSE;
  latest = recent->pdata[0];
  if (latest->finished == NULL)
    return FALSE;
  /* The morning after: on the first or second day after the session, not weeks later, when the
   * answer would say nothing about it. */
  {
    int days = days_between (latest->started, today);

    return days >= 1 && days <= 2;
  }
}

/* The finished workout of the active programme @id that a morning check-in of @day follows:
 * the latest started on or before @day (the check-in is asked for on the days after a session,
 * hip_coach_checkin_due()). */
static HipWorkout *
session_before (HipCoach   *self,
                gint64      id,
                const char *day)
{
  g_autoptr(GPtrArray) workouts = hip_store_list_recent_workouts (hip_coach_get_store (self),
                                                                  G_MAXINT, id, FALSE, NULL);

  for (guint i = 0; workouts != NULL && i < workouts->len; i++)
    {
      HipWorkout *w = workouts->pdata[i];

      if (w->finished != NULL && strncmp (w->started, day, 10) <= 0)
        return g_ptr_array_steal_index (workouts, i);
    }
  return NULL;
}

/* How many of the latest mornings in a row after @before, up to @day, flared (at most 2). */
static guint
mornings_after (HipCoach         *self,
                const char       *day,
                const HipWorkout *before,
                int               usual_pain)
{
  char since[11];

  g_strlcpy (since, before->started, sizeof since);
  return hip_today_flare_mornings (hip_coach_get_store (self), day, since, usual_pain, NULL);
}

/* One bad morning after @before: the next session progresses nothing (hip_adapt_hold()). */
static void
hold_next (HipCoach         *self,
           HipPlan          *plan,
           const HipWorkout *before,
           GPtrArray        *messages)
{
  HipSession *next = hip_coach_get_next_session (self);
  /* A lighter day's session was not the programme's dose: nothing of it progressed. */
  HipSession *done = before->light ? NULL : hip_plan_get_session (plan, before->week,
                                                                  before->session);

  if (next == NULL)
    return;
  hip_adapt_hold (plan, done, next, G_LIST_MODEL (hip_coach_get_catalogue (self)),
                  _("No harder than last time: next-morning pain or stiffness was above your "
                    "usual"));
  g_ptr_array_add (messages, g_strdup (_("Your next session is no harder than the last time: "
                                         "next-morning pain or stiffness was 2 points or more "
                                         "above your usual")));
}

/* The mornings after @before, acted on as each check-in is saved, for the next session, and
 * once (SCIENCE.md §3): @was of them had flared before this check-in, @now do. The first holds
 * the next session; the second in a row steps the exercises of the session before back (not a
 * lighter day's: they were at the bottom already). The sessions done afterwards are judged by
 * their own pain, not by these mornings again. */
static void
act_on_mornings (HipCoach         *self,
                 const HipWorkout *before,
                 guint             was,
                 guint             now)
{
  HipStore *store = hip_coach_get_store (self);
  gint64 id = 0;
  HipPlan *plan = hip_coach_get_plan (self, &id);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  if (plan == NULL || now <= was)
    return;
  if (was < 1)
    hold_next (self, plan, before, messages);
  if (was < 2 && now >= 2 && !before->light)
    {
      GPtrArray *back = hip_today_adapt_after_workout (
        store, plan, G_LIST_MODEL (hip_coach_get_catalogue (self)), before, now, &error);

      if (back != NULL)
        g_ptr_array_extend_and_steal (messages, back);
    }
  if (error == NULL && messages->len > 0 &&
      hip_store_save_adaptations (store, id, plan, before->id, messages, &error))
    hip_coach_emit_programme_changed (self, FALSE);
  else if (error != NULL)
    {
      g_warning ("Could not change the programme after the morning check-in: %s",
                 error->message);
      hip_coach_emit_programme_changed (self, TRUE);
    }
}

/* Saves the morning's back pain and stiffness (0–10, or %HIP_LOG_NONE for one left out) for
 * @day, YYYY-MM-DD, and acts on it. */
gboolean
hip_coach_save_checkin (HipCoach    *self,
                        const char  *day,
                        int          pain,
                        int          stiffness,
                        GError     **error)
{
  gint64 id = 0;
  HipPlan *plan = hip_coach_get_plan (self, &id);
  int usual = plan != NULL ? (int) plan->profile.pain : 0;
  g_autoptr(HipWorkout) before = NULL;
  guint was = 0;

  if (pain == HIP_LOG_NONE && stiffness == HIP_LOG_NONE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Enter your back pain or your stiffness, or skip the check-in"));
      return FALSE;
    }
  /* What the mornings after the last session said before this one: only what this check-in
   * adds is acted on, so that a morning saved again acts no more. */
  if (plan != NULL && (before = session_before (self, id, day)) != NULL)
    was = mornings_after (self, day, before, usual);
  if (!hip_store_save_checkin (hip_coach_get_store (self), day, pain, stiffness, error))
    return FALSE;
  hip_coach_emit_log_changed (self);
  if (before != NULL)
    act_on_mornings (self, before, was, mornings_after (self, day, before, usual));
  return TRUE;
}

/**
 * hip_coach_pain_rising:
 * @now: the time to look from
 *
 * Whether to suggest seeing a clinician (SCIENCE.md §3): morning pain 2 points or more above
 * the person's first two weeks, two weeks running, or 8/10 or more on a morning of the last 7
 * days.
 */
gboolean
hip_coach_pain_rising (HipCoach  *self,
                       GDateTime *now)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GDateTime) recently = g_date_time_add_weeks (now, -5);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *from = g_date_time_format (recently, "%Y-%m-%d");
  /* The first fortnight (at most 14 mornings) and the last five weeks: enough for the rule,
   * however long the log. */
  g_autoptr(GArray) checkins = hip_store_list_checkins (store, "", 14, NULL);
  g_autoptr(GArray) recent = hip_store_list_checkins (store, from, 0, NULL);

  if (checkins == NULL || recent == NULL)
    return FALSE;
  for (guint i = 0; i < recent->len; i++)
    {
      HipCheckin *checkin = &g_array_index (recent, HipCheckin, i);

      if (checkins->len == 0 ||
          strcmp (checkin->day, g_array_index (checkins, HipCheckin, checkins->len - 1).day) > 0)
        g_array_append_val (checkins, *checkin);
    }
  return hip_adapt_pain_rising ((const HipCheckin *) checkins->data, checkins->len, today,
                                hip_coach_get_week_start (self));
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
