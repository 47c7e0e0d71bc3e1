/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipStore's daily sums: the volume by hip action and side, and how many sets had each pain
 * score, of each day with logged sets (the workouts' own days), from which the Progress page's
 * weeks are added up, whatever day the person's weeks start on. They are weighed by the
 * balance module (hip_balance_add(), the same code that judges a programme) with the
 * catalogue's weights, and kept in day_summary, so that ten years of training read a few
 * thousand rows rather than every set. A day is summed again whenever its sets
 * change. */

#include "config.h"

#include <string.h>

#include "hip-balance.h"
#include "hip-catalogue.h"
#include "hip-log.h"
#include "hip-store-private.h"
#include "hip-types.h"
#include "hip-vocabulary.h"
#include "hip-week.h"

typedef struct
{
  HipBalance   balance;
  HipPainTally pain;
} DaySum;

/* Weighs every set of the workouts started from @from to before @to into @days. */
static gboolean
read_sets (HipStore    *self,
           const char  *from,
           const char  *to,
           GHashTable  *days,
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
      const char *day = hip_column_text (stmt, 0);
      DaySum *sum;
      int side = HIP_SIDE_BOTH;
      GDate date;

      if (!hip_log_parse_day (day, &date))
        continue;
      sum = g_hash_table_lookup (days, day);
      if (sum == NULL)
        {
          sum = g_new0 (DaySum, 1);
          hip_balance_init (&sum->balance);
          g_hash_table_insert (days, g_strdup (day), sum);
        }
      hip_enum_from_nick (HIP_TYPE_SIDE, hip_column_text (stmt, 2), &side);
      if (exercise != NULL)
        hip_balance_add (&sum->balance, exercise, 1, side);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        hip_pain_tally_add (&sum->pain, sqlite3_column_int (stmt, 3), 1);
    }
  return rc == SQLITE_DONE || hip_store_set_sqlite_error (self, rc, error);
}

static gboolean
write_day (HipStore      *self,
           const char    *day,
           const DaySum  *sum,
           GError       **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "INSERT INTO day_summary (day, flexion, extension, abduction, adduction, "
    "  internal_rotation, external_rotation, left, right, pain_0, pain_1, pain_2, pain_3, "
    "  pain_4, pain_5, pain_6, pain_7, pain_8, pain_9, pain_10) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, day);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    sqlite3_bind_double (stmt, 2 + a, sum->balance.actions[a]);
  sqlite3_bind_double (stmt, 8, sum->balance.left);
  sqlite3_bind_double (stmt, 9, sum->balance.right);
  for (guint score = 0; score <= 10; score++)
    sqlite3_bind_int64 (stmt, 10 + score, sum->pain.counts[score]);
  return hip_store_run (self, stmt, error);
}

/* Sums again the days from @from to before @to (YYYY-MM-DD), both %NULL for all. */
static gboolean
sum_days (HipStore    *self,
          const char  *from,
          const char  *to,
          GError     **error)
{
  g_autoptr(GHashTable) days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(HipStatement) clear = NULL;
  GHashTableIter iter;
  gpointer day, sum;

  from = from != NULL ? from : "";
  to = to != NULL ? to : "9999";
  if (!read_sets (self, from, to, days, error))
    return FALSE;
  clear = hip_store_statement (self, "DELETE FROM day_summary WHERE day >= ? AND day < ?", error);
  if (clear == NULL)
    return FALSE;
  hip_bind_text (clear, 1, from);
  hip_bind_text (clear, 2, to);
  if (!hip_store_run (self, clear, error))
    return FALSE;
  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &day, &sum))
    if (!write_day (self, day, sum, error))
      return FALSE;
  return TRUE;
}

static gboolean
mark_stale (HipStore    *self,
            const char  *day,
            GError     **error)
{
  g_autoptr(HipStatement) stmt =
    hip_store_statement (self, "INSERT OR IGNORE INTO day_stale (day) VALUES (?)", error);

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, day);
  return hip_store_run (self, stmt, error);
}

/* Sums again each day from @first to @last (YYYY-MM-DD…), or, while there is no catalogue to
 * weigh sets with, leaves them for hip_store_sum_stale_days(). */
gboolean
hip_store_days_changed (HipStore    *self,
                        const char  *first,
                        const char  *last,
                        GError     **error)
{
  char from[11], until[11], to[11];
  GDate date;

  if (!hip_log_parse_day (first, &date) || !hip_log_parse_day (last, &date))
    return TRUE;
  g_strlcpy (from, first, sizeof from);
  g_strlcpy (until, last, sizeof until);
  if (self->catalogue == NULL)
    /* The days between are summed with them: the first and the last are enough. */
    return mark_stale (self, from, error) && mark_stale (self, until, error);
  hip_week_add_days (until, 1, to);
  return sum_days (self, from, to, error);
}

/* The day of workout @workout_id changed (a set of it was logged, changed or deleted). */
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

/* Sums the days left stale (all of them, or from the earliest marked to the latest), now that
 * there is a catalogue to weigh their sets with. */
gboolean
hip_store_sum_stale_days (HipStore  *self,
                           GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autofree char *first = NULL, *last = NULL;
  gboolean all;
  char to[11];
  int rc;

  if (self->catalogue == NULL)
    return TRUE;
  stmt = hip_store_statement (self,
    "SELECT count(*), EXISTS (SELECT 1 FROM day_stale WHERE day = 'all'), "
    "       min(day), max(day) FROM day_stale WHERE day != 'all'", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  all = sqlite3_column_int (stmt, 1) != 0;
  if (sqlite3_column_int (stmt, 0) == 0 && !all)
    return TRUE;
  first = g_strdup (hip_column_text (stmt, 2));
  last = g_strdup (hip_column_text (stmt, 3));
  if (all)
    {
      if (!sum_days (self, NULL, NULL, error))
        return FALSE;
    }
  else
    {
      hip_week_add_days (last, 1, to);
      if (!sum_days (self, first, to, error))
        return FALSE;
    }
  return hip_store_exec (self, "DELETE FROM day_stale", error);
}

/* Sums every day again from the sets: after the catalogue's weights changed. */
gboolean
hip_store_rebuild_summaries (HipStore  *self,
                             GError   **error)
{
  if (self->catalogue == NULL)
    return mark_stale (self, "all", error);
  return sum_days (self, NULL, NULL, error) &&
         hip_store_exec (self, "DELETE FROM day_stale", error);
}
