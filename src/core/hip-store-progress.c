/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Progress page reads of the store, by week: the weighted volume (from the daily sums
 * of hip-store-summary.c), pain tallied by when it was given (during sets, before and after
 * sessions, the next morning), sessions finished, and one exercise's workouts. A week is seven
 * days from the person's week start: the days are added up here, in C, so every query reads
 * days by an index whatever day the weeks start on. */

#include "config.h"

#include <string.h>

#include "hip-store-private.h"
#include "hip-vocabulary.h"
#include "hip-week.h"

static GArray *
fail_array (HipStore  *self,
            int        rc,
            GArray    *array,
            GError   **error)
{
  g_array_unref (array);
  hip_store_set_sqlite_error (self, rc, error);
  return NULL;
}

static void
bind_range (sqlite3_stmt *stmt,
            const char   *from,
            const char   *to)
{
  hip_bind_text (stmt, 1, from != NULL ? from : "");
  hip_bind_text (stmt, 2, to != NULL ? to : "9999");
}

static gboolean
has_volume (const HipWeekVolume *week)
{
  double total = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    total += week->actions[a];
  return total > 1e-9;
}

/**
 * hip_store_week_volumes:
 * @from: (nullable): the first day, YYYY-MM-DD, or %NULL for the earliest
 * @to: (nullable): the day after the last, or %NULL for no end
 * @week_start: the first day of the weeks
 *
 * The weighted volume per hip action of the logged sets, week by week (the weeks of the
 * workouts' own days), as the balance counts it: a set of one-sided work logged for each side
 * counts half a set on each.
 *
 * Returns: (transfer full) (element-type HipWeekVolume): weeks with logged sets, oldest first
 */
GArray *
hip_store_week_volumes (HipStore      *self,
                        const char    *from,
                        const char    *to,
                        GDateWeekday   week_start,
                        GError       **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(GArray) weeks = g_array_new (FALSE, TRUE, sizeof (HipWeekVolume));
  HipWeekVolume week = { { 0 } };
  guint32 current = 0;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  if (!hip_store_sum_stale_days (self, error))
    return NULL;
  stmt = hip_store_statement (self,
    "SELECT day, flexion, extension, abduction, adduction, internal_rotation, "
    "  external_rotation, left, right FROM day_summary "
    "WHERE day >= substr(?1, 1, 10) AND day < substr(?2, 1, 10) ORDER BY day", error);
  if (stmt == NULL)
    return NULL;
  bind_range (stmt, from, to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint32 first = hip_week_julian_of (hip_column_text (stmt, 0), week_start);

      if (first == 0)
        continue;
      /* The days come in order: a new first day is a new week. */
      if (first != current)
        {
          if (has_volume (&week))
            g_array_append_val (weeks, week);
          week = (HipWeekVolume) { { 0 } };
          hip_week_format_julian (first, week.week);
          current = first;
        }
      for (guint a = 0; a < HIP_N_ACTIONS; a++)
        week.actions[a] += sqlite3_column_double (stmt, 1 + a);
      week.left += sqlite3_column_double (stmt, 7);
      week.right += sqlite3_column_double (stmt, 8);
    }
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  if (has_volume (&week))
    g_array_append_val (weeks, week);
  return g_steal_pointer (&weeks);
}

/* Finds the week of a day in @weeks by its first day's Julian day in @index, adding it when
 * it is not there yet. */
typedef struct
{
  GArray       *weeks;       /* of HipWeekPain */
  GHashTable   *index;       /* Julian day of the first day → position in @weeks + 1 */
  GDateWeekday  week_start;
} WeekFinder;

static HipWeekPain *
pain_week (WeekFinder *finder,
           const char *day)
{
  guint32 first = hip_week_julian_of (day, finder->week_start);
  guint found;

  if (first == 0)
    return NULL;
  found = GPOINTER_TO_UINT (g_hash_table_lookup (finder->index, GUINT_TO_POINTER (first)));
  if (found == 0)
    {
      HipWeekPain blank = { { 0 } };

      hip_week_format_julian (first, blank.week);
      g_array_append_val (finder->weeks, blank);
      found = finder->weeks->len;
      g_hash_table_insert (finder->index, GUINT_TO_POINTER (first), GUINT_TO_POINTER (found));
    }
  return &g_array_index (finder->weeks, HipWeekPain, found - 1);
}

static int
by_week (gconstpointer a,
         gconstpointer b)
{
  return strcmp (((const HipWeekPain *) a)->week, ((const HipWeekPain *) b)->week);
}

static void
tally_row (HipWeekPain  *week,
           guint         query,
           sqlite3_stmt *stmt)
{
  switch (query)
    {
    case 0:   /* the daily sums: how many sets had each score */
      for (guint score = 0; score <= 10; score++)
        hip_pain_tally_add (&week->pain[HIP_PAIN_DURING], score,
                            sqlite3_column_int (stmt, 1 + score));
      break;
    case 1:   /* a workout: before, after, finished */
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        hip_pain_tally_add (&week->pain[HIP_PAIN_BEFORE], sqlite3_column_int (stmt, 1), 1);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        hip_pain_tally_add (&week->pain[HIP_PAIN_AFTER], sqlite3_column_int (stmt, 2), 1);
      week->sessions += sqlite3_column_int (stmt, 3);
      break;
    default:  /* a morning's check-in */
      hip_pain_tally_add (&week->pain[HIP_PAIN_MORNING], sqlite3_column_int (stmt, 1), 1);
      break;
    }
}

/**
 * hip_store_week_pain:
 * @from: (nullable): the first day, or %NULL
 * @to: (nullable): the day after the last, or %NULL
 * @week_start: the first day of the weeks
 *
 * Returns: (transfer full) (element-type HipWeekPain): the pain scores given during sets,
 *   before and after sessions and in the next mornings' check-ins, tallied, and the sessions
 *   finished, for each week with any of them, oldest first
 */
GArray *
hip_store_week_pain (HipStore      *self,
                     const char    *from,
                     const char    *to,
                     GDateWeekday   week_start,
                     GError       **error)
{
  static const char *sql[] = {
    "SELECT day, pain_0, pain_1, pain_2, pain_3, pain_4, pain_5, pain_6, pain_7, pain_8, "
    "  pain_9, pain_10 FROM day_summary "
    "WHERE day >= substr(?1, 1, 10) AND day < substr(?2, 1, 10)",
    "SELECT substr(started, 1, 10), pain_before, pain_after, finished IS NOT NULL "
    "FROM workout WHERE started >= ?1 AND started < ?2",
    "SELECT day, pain FROM checkin "
    "WHERE day >= substr(?1, 1, 10) AND day < substr(?2, 1, 10) AND pain IS NOT NULL",
  };
  g_autoptr(GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
  GArray *weeks = g_array_new (FALSE, TRUE, sizeof (HipWeekPain));
  WeekFinder finder = { weeks, index, week_start };

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  if (!hip_store_sum_stale_days (self, error))
    return g_array_unref (weeks), NULL;
  for (guint q = 0; q < G_N_ELEMENTS (sql); q++)
    {
      g_autoptr(HipStatement) stmt = hip_store_statement (self, sql[q], error);
      int rc;

      if (stmt == NULL)
        return g_array_unref (weeks), NULL;
      bind_range (stmt, from, to);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          HipWeekPain *week = pain_week (&finder, hip_column_text (stmt, 0));

          if (week != NULL)
            tally_row (week, q, stmt);
        }
      if (rc != SQLITE_DONE)
        return fail_array (self, rc, weeks, error);
    }
  g_array_sort (weeks, by_week);
  return weeks;
}

/**
 * hip_store_first_logged_day:
 * @day: (out caller-allocates): the first day anything was logged (a workout, a morning's
 *   check-in, a rating of the functional scale), YYYY-MM-DD; "" when nothing has been
 */
gboolean
hip_store_first_logged_day (HipStore    *self,
                            char         day[11],
                            GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  day[0] = '\0';
  stmt = hip_store_statement (self,
    "SELECT min(first) FROM ("
    "  SELECT substr(min(started), 1, 10) AS first FROM workout "
    "  UNION ALL SELECT min(day) FROM checkin "
    "  UNION ALL SELECT min(day) FROM psfs_rating)", error);
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
 * hip_store_exercise_progress:
 *
 * Returns: (transfer full) (element-type HipExercisePoint): for each workout with
 *   @exercise_id, oldest first, the heaviest load and the total repetitions (or seconds) by side
 */
GArray *
hip_store_exercise_progress (HipStore    *self,
                             const char  *exercise_id,
                             const char  *from,
                             const char  *to,
                             GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  GArray *points = g_array_new (FALSE, TRUE, sizeof (HipExercisePoint));
  gint64 last = 0;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self,
    "SELECT w.id, substr(w.started, 1, 10), s.side, max(s.load), sum(s.reps + s.seconds) "
    "FROM workout_set s JOIN workout w ON w.id = s.workout_id "
    "WHERE s.exercise_id = ?1 AND w.started >= ?2 AND w.started < ?3 "
    "GROUP BY w.id, s.side ORDER BY w.started, w.id", error);
  if (stmt == NULL)
    return g_array_unref (points), NULL;
  hip_bind_text (stmt, 1, exercise_id);
  hip_bind_text (stmt, 2, from != NULL ? from : "");
  hip_bind_text (stmt, 3, to != NULL ? to : "9999");
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HipExercisePoint *point;
      int side = HIP_SIDE_BOTH;

      if (points->len == 0 || sqlite3_column_int64 (stmt, 0) != last)
        {
          HipExercisePoint blank = { "", { HIP_LOG_NONE, HIP_LOG_NONE, HIP_LOG_NONE }, { 0 } };

          g_strlcpy (blank.day, hip_column_text (stmt, 1), sizeof blank.day);
          g_array_append_val (points, blank);
          last = sqlite3_column_int64 (stmt, 0);
        }
      point = &g_array_index (points, HipExercisePoint, points->len - 1);
      hip_enum_from_nick (HIP_TYPE_SIDE, hip_column_text (stmt, 2), &side);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        point->load[side] = sqlite3_column_double (stmt, 3);
      point->amount[side] = sqlite3_column_int (stmt, 4);
    }
  if (rc != SQLITE_DONE)
    return fail_array (self, rc, points, error);
  return points;
}
