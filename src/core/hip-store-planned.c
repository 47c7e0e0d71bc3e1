/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's record of the sessions planned, day by day (planned_session): the days the
 * active programme's sessions fall on (hip-calendar.c), in the person's weeks (week_start).
 * Whenever the active programme or its dates may change (a programme made, chosen, edited or
 * deleted, a missed session moved, the profile saved, the week start changed), the record is
 * written again from today on, and what was planned before today stays as it was:
 * Progress charts a past week's sessions planned from the programme of that time. */

#include "config.h"

#include <string.h>

#include "hip-calendar.h"
#include "hip-store-private.h"
#include "hip-week.h"

/* A day, YYYY-MM-DD, as an array's element. */
typedef struct
{
  char text[11];
} Day;

static void
today (char day[11])
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

  g_strlcpy (day, text, 11);
}

/* The profile's start date, the first day of a programme's week 1, into @start (cleared
 * without one). Only the column is read: this runs in schema 9's migration, before later
 * schemas add to the profile. */
static gboolean
load_start (HipStore  *self,
            GDate     *start,
            GError   **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, "SELECT start_date FROM profile",
                                                      error);
  int rc;

  g_date_clear (start, 1);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    hip_log_parse_day (hip_column_text (stmt, 0), start);
  return rc == SQLITE_ROW || rc == SQLITE_DONE || hip_store_set_sqlite_error (self, rc, error);
}

/* The missed session of programme @id moved to a day, when one was, into @resume (its week
 * 0 when none was). */
gboolean
hip_store_load_resume (HipStore   *self,
                       gint64      id,
                       HipResume  *resume,
                       GError    **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "SELECT week, session, day FROM resumed_session WHERE programme_id = ?", error);
  int rc;

  *resume = (HipResume) { 0 };
  g_date_clear (&resume->day, 1);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && hip_log_parse_day (hip_column_text (stmt, 2), &resume->day))
    {
      resume->week = sqlite3_column_int (stmt, 0);
      resume->session = sqlite3_column_int (stmt, 1);
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE || hip_store_set_sqlite_error (self, rc, error);
}

/* Adds the day of each session of programme @id that falls in [@from, @until). */
static gboolean
insert_days (HipStore           *self,
             gint64              id,
             const HipCalendar  *calendar,
             const char         *from,
             const char         *until,
             GError            **error)
{
  g_autoptr(HipStatement) sessions = hip_store_statement (self,
    "SELECT week, session, min(day), max(part = 'main') FROM prescription "
    "WHERE programme_id = ? GROUP BY week, session ORDER BY week, session", error);
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (HipSlot));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (Day));
  g_autofree GDate *dates = NULL;
  int rc;

  if (sessions == NULL)
    return FALSE;
  sqlite3_bind_int64 (sessions, 1, id);
  while ((rc = sqlite3_step (sessions)) == SQLITE_ROW)
    {
      HipSlot slot = { sqlite3_column_int (sessions, 0), sqlite3_column_int (sessions, 1),
                       sqlite3_column_int (sessions, 2), sqlite3_column_int (sessions, 3) };

      g_array_append_val (slots, slot);
    }
  if (rc != SQLITE_DONE)
    return hip_store_set_sqlite_error (self, rc, error);
  /* The days the pages give the sessions: one rule, in C. */
  dates = g_new0 (GDate, MAX (slots->len, 1));
  hip_calendar_lay_out (calendar, (const HipSlot *) (void *) slots->data, slots->len, dates,
                        NULL);
  for (guint i = 0; i < slots->len; i++)
    {
      Day day;

      if (!g_date_valid (&dates[i]))
        continue;
      hip_log_format_day (&dates[i], day.text);
      if (strcmp (day.text, from) >= 0 && strcmp (day.text, until) < 0)
        g_array_append_val (days, day);
    }
  for (guint i = 0; i < days->len; i++)
    {
      g_autoptr(HipStatement) insert = hip_store_statement (self,
        "INSERT INTO planned_session (day, programme_id) VALUES (?, ?)", error);

      if (insert == NULL)
        return FALSE;
      hip_bind_text (insert, 1, g_array_index (days, Day, i).text);
      sqlite3_bind_int64 (insert, 2, id);
      if (!hip_store_run (self, insert, error))
        return FALSE;
    }
  return TRUE;
}

/* hip_store_record_plan(), with the week start and the moved session of schema 11 when
 * @resumable (schema 9's migration runs before they exist: the locale's weeks, no move). */
static gboolean
record_plan (HipStore    *self,
             const char  *from,
             gboolean     resumable,
             GError     **error)
{
  g_autoptr(HipStatement) clear = NULL;
  g_autoptr(GError) local_error = NULL;
  HipResume resume = { 0 };
  HipCalendar calendar;
  GDate start;
  gint64 active;

  clear = hip_store_statement (self, "DELETE FROM planned_session WHERE day >= ?", error);
  if (clear == NULL)
    return FALSE;
  hip_bind_text (clear, 1, from);
  if (!hip_store_run (self, clear, error))
    return FALSE;
  active = hip_store_select_id (self, "SELECT id FROM programme WHERE active = 1", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* No programme plans anything from @from on. */
  if (active == 0)
    return TRUE;
  if (!load_start (self, &start, error) ||
      (resumable && !hip_store_load_resume (self, active, &resume, error)))
    return FALSE;
  return !hip_calendar_init (&calendar, resumable ? hip_store_get_week_start (self)
                                                  : hip_week_start_for_locale (),
                             &start, &resume) ||
         insert_days (self, active, &calendar, from, "9999", error);
}

/**
 * hip_store_record_plan:
 * @from: the first day to write again, YYYY-MM-DD (today, but for tests)
 *
 * Writes the sessions planned again from @from on: those of the active programme, dated as
 * hip-calendar.c says, from the profile's start date or the session moved to a day, in the
 * weeks of hip_store_get_week_start() (none without an active programme or a start date). Days
 * before @from keep what the programmes of their time planned. Call inside a transaction.
 */
gboolean
hip_store_record_plan (HipStore    *self,
                       const char  *from,
                       GError     **error)
{
  return record_plan (self, from, TRUE, error);
}

/* hip_store_record_plan() from today on. */
gboolean
hip_store_record_plan_from_today (HipStore  *self,
                                  GError   **error)
{
  char day[11];

  today (day);
  return hip_store_record_plan (self, day, error);
}

/* The local day of @created, a programme's ISO 8601 creation time, into @day. */
static void
local_day (const char *created,
           char        day[11])
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (created, NULL);
  g_autoptr(GDateTime) local = time != NULL ? g_date_time_to_local (time) : NULL;
  g_autofree char *text = local != NULL ? g_date_time_format (local, "%Y-%m-%d") : NULL;

  g_strlcpy (day, text != NULL ? text : created, 11);
}

/**
 * hip_store_backfill_plan:
 *
 * Schema 9's record of the sessions planned, reconstructed from the programmes kept: each was
 * made the active one when it was made, so each planned from the day it was made until the next
 * was made; from today on, the active one plans. Which programme was chosen when, and
 * programmes deleted, were not kept before schema 9, so that is the best guess there is.
 */
gboolean
hip_store_backfill_plan (HipStore  *self,
                         GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (Day));
  HipResume none = { 0 };
  HipCalendar calendar;
  GDate start;
  int rc;

  if (!load_start (self, &start, error))
    return FALSE;
  if (!hip_calendar_init (&calendar, hip_week_start_for_locale (), &start, &none))
    return TRUE;
  stmt = hip_store_statement (self, "SELECT id, created FROM programme ORDER BY created, id",
                              error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Day day;

      local_day (hip_column_text (stmt, 1), day.text);
      g_array_append_val (ids, id);
      g_array_append_val (days, day);
    }
  if (rc != SQLITE_DONE)
    return hip_store_set_sqlite_error (self, rc, error);
  for (guint i = 0; i < ids->len; i++)
    if (!insert_days (self, g_array_index (ids, gint64, i), &calendar,
                      g_array_index (days, Day, i).text,
                      i + 1 < ids->len ? g_array_index (days, Day, i + 1).text : "9999", error))
      return FALSE;
  {
    char day[11];

    today (day);
    return record_plan (self, day, FALSE, error);
  }
}

/**
 * hip_store_planned_days:
 * @from: (nullable): the first day, YYYY-MM-DD, or %NULL
 * @to: (nullable): the day after the last, or %NULL
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the day of each session planned,
 *   oldest first (a day twice when two sessions were planned on it)
 */
GPtrArray *
hip_store_planned_days (HipStore    *self,
                        const char  *from,
                        const char  *to,
                        GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(GPtrArray) days = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self,
    "SELECT day FROM planned_session WHERE day >= ? AND day < ? ORDER BY day", error);
  if (stmt == NULL)
    return NULL;
  hip_bind_text (stmt, 1, from != NULL ? from : "");
  hip_bind_text (stmt, 2, to != NULL ? to : "9999");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (days, g_strdup (hip_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&days);
}

/* @day: (out caller-allocates): the first day a session was ever planned on, "" when none */
gboolean
hip_store_first_planned_day (HipStore  *self,
                             char       day[11],
                             GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  day[0] = '\0';
  stmt = hip_store_statement (self, "SELECT min(day) FROM planned_session", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    g_strlcpy (day, hip_column_text (stmt, 0), 11);
  return TRUE;
}

/**
 * hip_store_get_week_start:
 *
 * Returns: the first day of the person's weeks, which the sessions planned are dated by: the
 *   one last given to hip_store_set_week_start(), or the locale's
 */
GDateWeekday
hip_store_get_week_start (HipStore *self)
{
  GDateWeekday day;

  g_return_val_if_fail (HIP_IS_STORE (self), G_DATE_MONDAY);

  day = hip_store_select_id (self, "SELECT weekday FROM week_start", NULL);
  return g_date_valid_weekday (day) ? day : hip_week_start_for_locale ();
}

/**
 * hip_store_set_week_start:
 *
 * Keeps @week_start as the first day of the person's weeks and, when it changes, dates the
 * sessions planned from today on again by it.
 */
gboolean
hip_store_set_week_start (HipStore      *self,
                          GDateWeekday   week_start,
                          GError       **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_date_valid_weekday (week_start), FALSE);

  if (hip_store_select_id (self, "SELECT weekday FROM week_start", NULL) == week_start)
    return TRUE;
  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  stmt = hip_store_statement (self, "INSERT OR REPLACE INTO week_start VALUES (1, ?)", error);
  if (stmt != NULL)
    sqlite3_bind_int (stmt, 1, week_start);
  return hip_store_commit_or_rollback (self,
                                       stmt != NULL && hip_store_run (self, stmt, error) &&
                                       hip_store_record_plan_from_today (self, error),
                                       error);
}

/**
 * hip_store_resume_programme:
 * @day: YYYY-MM-DD
 *
 * Keeps that session @session of week @week of programme @programme_id, missed, was moved to
 * @day: the programme's dates are laid from it (hip-calendar.c) until its start date changes.
 * Dates the sessions planned from today on again.
 */
gboolean
hip_store_resume_programme (HipStore    *self,
                            gint64       programme_id,
                            guint        week,
                            guint        session,
                            const char  *day,
                            GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  stmt = hip_store_statement (self,
    "INSERT OR REPLACE INTO resumed_session (programme_id, week, session, day) "
    "VALUES (?, ?, ?, ?)", error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, programme_id);
      sqlite3_bind_int (stmt, 2, week);
      sqlite3_bind_int (stmt, 3, session);
      hip_bind_text (stmt, 4, day);
    }
  return hip_store_commit_or_rollback (self,
                                       stmt != NULL && hip_store_run (self, stmt, error) &&
                                       hip_store_record_plan_from_today (self, error),
                                       error);
}
