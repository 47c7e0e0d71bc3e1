/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipStore's weekly sums: the volume by hip action and side, and the pain during sets, of
 * each week (Monday to Sunday of the workouts' own days), as the Progress page charts them.
 * They are weighed by the balance module (hip_balance_add(), the same code that judges a
 * programme) with the catalogue's weights, and kept in week_summary so that ten years read
 * some 500 rows. A week is summed again whenever its sets change. */

#include "config.h"

#include <string.h>

#include "hip-balance.h"
#include "hip-catalogue.h"
#include "hip-log.h"
#include "hip-store-private.h"
#include "hip-types.h"
#include "hip-vocabulary.h"

typedef struct
{
  HipBalance balance;
  gint64     pain_total;
  gint64     pain_count;
} WeekSum;

/* The Monday of @day (YYYY-MM-DD…) into @monday, or FALSE when @day is not a date. */
static gboolean
monday_of (const char *day,
           char        monday[11])
{
  GDate date;

  if (!hip_log_parse_day (day, &date))
    return FALSE;
  g_date_subtract_days (&date, g_date_get_weekday (&date) - G_DATE_MONDAY);
  hip_log_format_day (&date, monday);
  return TRUE;
}

static void
next_monday (const char *monday,
             char        next[11])
{
  GDate date;

  hip_log_parse_day (monday, &date);
  g_date_add_days (&date, 7);
  hip_log_format_day (&date, next);
}

/* Weighs every set of the workouts started from @from to before @to into @weeks. */
static gboolean
read_sets (HipStore    *self,
           const char  *from,
           const char  *to,
           GHashTable  *weeks,
           GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "SELECT substr(w.started, 1, 10), s.exercise_id, s.side, s.pain "
    "FROM workout w JOIN workout_set s ON s.workout_id = w.id "
    "WHERE w.started >= ?1 AND w.started < ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, from);
  hip_bind_text (stmt, 2, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HipExercise *exercise = hip_catalogue_lookup (self->catalogue, hip_column_text (stmt, 1));
      char monday[11];
      WeekSum *sum;
      int side = HIP_SIDE_BOTH;

      if (!monday_of (hip_column_text (stmt, 0), monday))
        continue;
      sum = g_hash_table_lookup (weeks, monday);
      if (sum == NULL)
        {
          sum = g_new0 (WeekSum, 1);
          hip_balance_init (&sum->balance);
          g_hash_table_insert (weeks, g_strdup (monday), sum);
        }
      hip_enum_from_nick (HIP_TYPE_SIDE, hip_column_text (stmt, 2), &side);
      if (exercise != NULL)
        hip_balance_add (&sum->balance, exercise, 1, side);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        sum->pain_total += sqlite3_column_int (stmt, 3), sum->pain_count++;
    }
  return rc == SQLITE_DONE || hip_store_set_sqlite_error (self, rc, error);
}

static gboolean
write_week (HipStore      *self,
            const char    *monday,
            const WeekSum *sum,
            GError       **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "INSERT INTO week_summary (week, flexion, extension, abduction, adduction, "
    "  internal_rotation, external_rotation, left, right, pain_total, pain_count) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, monday);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    sqlite3_bind_double (stmt, 2 + a, sum->balance.actions[a]);
  sqlite3_bind_double (stmt, 8, sum->balance.left);
  sqlite3_bind_double (stmt, 9, sum->balance.right);
  sqlite3_bind_int64 (stmt, 10, sum->pain_total);
  sqlite3_bind_int64 (stmt, 11, sum->pain_count);
  return hip_store_run (self, stmt, error);
}

/* Sums again the weeks from Monday @from to before Monday @to, both %NULL for all. */
static gboolean
sum_weeks (HipStore    *self,
           const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GHashTable) weeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(HipStatement) clear = NULL;
  GHashTableIter iter;
  gpointer monday, sum;

  from = from != NULL ? from : "";
  to = to != NULL ? to : "9999";
  if (!read_sets (self, from, to, weeks, error))
    return FALSE;
  clear = hip_store_statement (self, "DELETE FROM week_summary WHERE week >= ? AND week < ?",
                               error);
  if (clear == NULL)
    return FALSE;
  hip_bind_text (clear, 1, from);
  hip_bind_text (clear, 2, to);
  if (!hip_store_run (self, clear, error))
    return FALSE;
  g_hash_table_iter_init (&iter, weeks);
  while (g_hash_table_iter_next (&iter, &monday, &sum))
    if (!write_week (self, monday, sum, error))
      return FALSE;
  return TRUE;
}

static gboolean
mark_stale (HipStore    *self,
            const char  *monday,
            GError     **error)
{
  g_autoptr(HipStatement) stmt =
    hip_store_statement (self, "INSERT OR IGNORE INTO week_stale (week) VALUES (?)", error);

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, monday);
  return hip_store_run (self, stmt, error);
}

/* Sums again the week of each day from @first to @last (YYYY-MM-DD…), or, while there is no
 * catalogue to weigh sets with, leaves them for hip_store_sum_stale_weeks(). */
gboolean
hip_store_days_changed (HipStore    *self,
                        const char  *first,
                        const char  *last,
                        GError     **error)
{
  char from[11], until[11], to[11];

  if (!monday_of (first, from) || !monday_of (last, until))
    return TRUE;
  next_monday (until, to);
  if (self->catalogue == NULL)
    {
      char week[11];

      for (g_strlcpy (week, from, sizeof week); strcmp (week, to) < 0; next_monday (week, week))
        if (!mark_stale (self, week, error))
          return FALSE;
      return TRUE;
    }
  return sum_weeks (self, from, to, error);
}

/* The week of workout @workout_id changed (a set of it was logged, changed or deleted). */
gboolean
hip_store_workout_changed (HipStore  *self,
                           gint64     workout_id,
                           GError   **error)
{
  g_autoptr(HipStatement) stmt =
    hip_store_statement (self, "SELECT started FROM workout WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, workout_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  {
    g_autofree char *day = g_strdup (hip_column_text (stmt, 0));

    return hip_store_days_changed (self, day, day, error);
  }
}

/* Sums the weeks left stale, now that there is a catalogue to weigh their sets with. */
gboolean
hip_store_sum_stale_weeks (HipStore  *self,
                           GError   **error)
{
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);
  gboolean all = FALSE;

  if (self->catalogue == NULL)
    return TRUE;
  {
    g_autoptr(HipStatement) stmt = hip_store_statement (self, "SELECT week FROM week_stale",
                                                        error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (stale, g_strdup (hip_column_text (stmt, 0)));
    if (rc != SQLITE_DONE)
      return hip_store_set_sqlite_error (self, rc, error);
  }
  if (stale->len == 0)
    return TRUE;
  for (guint i = 0; i < stale->len; i++)
    all |= g_str_equal (stale->pdata[i], "all");
  if (all)
    {
      if (!sum_weeks (self, NULL, NULL, error))
        return FALSE;
    }
  else
    {
      for (guint i = 0; i < stale->len; i++)
        {
          char to[11];

          next_monday (stale->pdata[i], to);
          if (!sum_weeks (self, stale->pdata[i], to, error))
            return FALSE;
        }
    }
  return hip_store_exec (self, "DELETE FROM week_stale", error);
}

/* Sums every week again from the sets: after the catalogue's weights changed. */
gboolean
hip_store_rebuild_summaries (HipStore  *self,
                             GError   **error)
{
  if (self->catalogue == NULL)
    return mark_stale (self, "all", error);
  return sum_weeks (self, NULL, NULL, error) &&
         hip_store_exec (self, "DELETE FROM week_stale", error);
}
