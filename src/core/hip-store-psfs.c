/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's Patient-Specific Functional Scale: the activities asked about (up to three, in
 * positions 1–3; one no longer asked keeps its ratings), their weekly ratings (a row each: one
 * not rated has none) and the weeks skipped; and its lines of the CSV file. */

#include "config.h"

#include "hip-psfs.h"
#include "hip-store-private.h"

static HipPsfsActivity *
read_activity (sqlite3_stmt *stmt)
{
  HipPsfsActivity *activity = hip_psfs_activity_new ();

  activity->id = sqlite3_column_int64 (stmt, 0);
  activity->position = sqlite3_column_int (stmt, 1);   /* NULL reads as 0 */
  activity->name = g_strdup (hip_column_text (stmt, 2));
  g_strlcpy (activity->added, hip_column_text (stmt, 3), sizeof activity->added);
  return activity;
}

/* Returns: (transfer full) (element-type HipPsfsActivity) (nullable): the activities asked
 * about, by position */
GPtrArray *
hip_store_load_psfs_activities (HipStore  *self,
                                GError   **error)
{
  g_autoptr(GPtrArray) activities =
    g_ptr_array_new_with_free_func ((GDestroyNotify) hip_psfs_activity_free);
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self, "SELECT id, position, name, added FROM psfs_activity "
                                    "WHERE position IS NOT NULL ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (activities, read_activity (stmt));
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&activities);
}

/* The activity called @name (the latest of that name), or 0. */
static gint64
find_activity (HipStore    *self,
               const char  *name,
               GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "SELECT id FROM psfs_activity WHERE name = ? ORDER BY id DESC LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return -1;
  hip_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    hip_store_set_sqlite_error (self, rc, error);
  return rc == SQLITE_DONE ? 0 : -1;
}

/* Adds activity @name at @position (when that is free; 0 for none), added on @day. */
static gint64
insert_activity (HipStore    *self,
                 const char  *name,
                 guint        position,
                 const char  *day,
                 GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "INSERT INTO psfs_activity (position, name, added) VALUES ("
    "  CASE WHEN ?1 = 0 OR EXISTS (SELECT 1 FROM psfs_activity WHERE position = ?1) "
    "       THEN NULL ELSE ?1 END, ?2, ?3)", error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int (stmt, 1, position);
  hip_bind_text (stmt, 2, name);
  hip_bind_text (stmt, 3, day);
  if (!hip_store_run (self, stmt, error))
    return -1;
  return sqlite3_last_insert_rowid (self->db);
}

static gboolean
place_activity (HipStore    *self,
                gint64       id,
                guint        position,
                GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "UPDATE psfs_activity SET position = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, position);
  sqlite3_bind_int64 (stmt, 2, id);
  return hip_store_run (self, stmt, error);
}

/* Whether one of the first @n of @names is @name. */
static gboolean
named_before (const char * const *names,
                   guint               n,
                   const char         *name)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
write_activities (HipStore            *self,
                  const char * const  *names,
                  const char          *today,
                  GError             **error)
{
  /* Every activity leaves its place; those asked again take theirs (keeping their ratings, in
   * whatever position), new ones are added, and one that leaves unrated is gone. */
  if (!hip_store_exec (self, "UPDATE psfs_activity SET position = NULL "
                             "WHERE position IS NOT NULL", error))
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      gint64 id;

      /* The same name twice is one activity, in its first place. */
      if (*names[i] == '\0' || named_before (names, i, names[i]))
        continue;
      id = find_activity (self, names[i], error);
      if (id < 0)
        return FALSE;
      if (id == 0 && insert_activity (self, names[i], i + 1, today, error) < 0)
        return FALSE;
      if (id > 0 && !place_activity (self, id, i + 1, error))
        return FALSE;
    }
  return hip_store_exec (self, "DELETE FROM psfs_activity WHERE position IS NULL AND "
                               "  NOT EXISTS (SELECT 1 FROM psfs_rating "
                               "              WHERE activity_id = psfs_activity.id)", error);
}

/**
 * hip_store_save_psfs_activities:
 * @names: (array zero-terminated=1): up to three names, for positions 1, 2, 3; an empty one
 *   leaves its position empty
 * @today: YYYY-MM-DD, when a new activity is added
 *
 * Saves the activities asked about, in one transaction. An activity is known by its name:
 * one asked again (in any position) keeps its ratings; one left out keeps them too, unasked.
 */
gboolean
hip_store_save_psfs_activities (HipStore            *self,
                                const char * const  *names,
                                const char          *today,
                                GError             **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (names != NULL && g_strv_length ((char **) names) <=
                        HIP_PSFS_MAX_ACTIVITIES, FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  return hip_store_commit_or_rollback (self, write_activities (self, names, today, error), error);
}

static gboolean
write_rating (HipStore    *self,
              gint64       activity_id,
              const char  *day,
              int          score,
              GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "INSERT INTO psfs_rating (activity_id, day, score) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (activity_id, day) DO UPDATE SET score = ?3", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  hip_bind_text (stmt, 2, day);
  sqlite3_bind_int (stmt, 3, score);
  return hip_store_run (self, stmt, error);
}

static gboolean
write_ratings (HipStore             *self,
               const char           *day,
               const HipPsfsRating  *ratings,
               guint                 n_ratings,
               GError              **error)
{
  for (guint i = 0; i < n_ratings; i++)
    if (ratings[i].score != HIP_LOG_NONE &&
        !write_rating (self, ratings[i].activity_id, day, ratings[i].score, error))
      return FALSE;
  return TRUE;
}

/**
 * hip_store_save_psfs_ratings:
 * @day: YYYY-MM-DD
 * @ratings: (array length=n_ratings): a score not given (%HIP_LOG_NONE) is not stored
 *
 * Saves the ratings of @day (replacing that day's), all or none.
 */
gboolean
hip_store_save_psfs_ratings (HipStore             *self,
                             const char           *day,
                             const HipPsfsRating  *ratings,
                             guint                 n_ratings,
                             GError              **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  return hip_store_commit_or_rollback (self, write_ratings (self, day, ratings, n_ratings, error),
                                       error);
}

/* Remembers that the rating was skipped on @day (YYYY-MM-DD). */
gboolean
hip_store_skip_psfs (HipStore    *self,
                     const char  *day,
                     GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  stmt = hip_store_statement (self, "INSERT OR IGNORE INTO psfs_skip (day) VALUES (?)", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, day);
  return hip_store_run (self, stmt, error);
}

/**
 * hip_store_psfs_answered:
 * @from: the first day, YYYY-MM-DD
 * @to: the day after the last
 * @answered: (out): whether any activity was rated, or the rating skipped, in [@from, @to)
 */
gboolean
hip_store_psfs_answered (HipStore    *self,
                         const char  *from,
                         const char  *to,
                         gboolean    *answered,
                         GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  *answered = FALSE;
  stmt = hip_store_statement (self,
    "SELECT EXISTS (SELECT 1 FROM psfs_rating WHERE day >= ?1 AND day < ?2) "
    "    OR EXISTS (SELECT 1 FROM psfs_skip WHERE day >= ?1 AND day < ?2)", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, from);
  hip_bind_text (stmt, 2, to);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  *answered = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

/* Returns: (transfer full) (element-type HipPsfsPoint) (nullable): the ratings of activity
 * @activity_id, oldest first */
GArray *
hip_store_psfs_ratings (HipStore  *self,
                        gint64     activity_id,
                        GError   **error)
{
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (HipPsfsPoint));
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self, "SELECT day, score FROM psfs_rating WHERE activity_id = ? "
                                    "ORDER BY day", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, activity_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HipPsfsPoint point = { { 0 } };

      g_strlcpy (point.day, hip_column_text (stmt, 0), sizeof point.day);
      point.score = sqlite3_column_int (stmt, 1);
      g_array_append_val (points, point);
    }
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&points);
}

/* ---- The CSV file's section ---- */

/* Returns: (transfer full) (element-type HipPsfsRecord) (nullable): every activity with each
 * of its ratings, a record each (one without a day for an activity not rated yet), by
 * activity (oldest first), then by day */
GPtrArray *
hip_store_list_psfs_records (HipStore  *self,
                             GError   **error)
{
  g_autoptr(GPtrArray) records =
    g_ptr_array_new_with_free_func ((GDestroyNotify) hip_psfs_record_free);
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "SELECT a.name, a.position, r.day, r.score FROM psfs_activity a "
    "  LEFT JOIN psfs_rating r ON r.activity_id = a.id ORDER BY a.id, r.day", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HipPsfsRecord *record = hip_psfs_record_new ();

      record->activity = g_strdup (hip_column_text (stmt, 0));
      record->position = sqlite3_column_int (stmt, 1);
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          g_strlcpy (record->day, hip_column_text (stmt, 2), sizeof record->day);
          record->score = sqlite3_column_int (stmt, 3);
        }
      g_ptr_array_add (records, record);
    }
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/**
 * hip_store_write_psfs_records:
 * @records: (element-type HipPsfsRecord): from a CSV file
 * @today: YYYY-MM-DD: when an activity without ratings is added
 * @n_records: (out) (optional): how many records were written
 *
 * Adds the activities (known by name) and their ratings, inside the caller's transaction. A
 * new activity takes its position when it is free, and is kept unasked otherwise; a rating of
 * a day already rated replaces it.
 */
gboolean
hip_store_write_psfs_records (HipStore    *self,
                              GPtrArray   *records,
                              const char  *today,
                              guint       *n_records,
                              GError     **error)
{

  for (guint i = 0; i < records->len; i++)
    {
      const HipPsfsRecord *record = records->pdata[i];
      gint64 id = find_activity (self, record->activity, error);

      if (id == 0)
        id = insert_activity (self, record->activity, record->position,
                              *record->day != '\0' ? record->day : today, error);
      if (id < 0)
        return FALSE;
      if (*record->day != '\0' && !write_rating (self, id, record->day, record->score, error))
        return FALSE;
    }
  if (n_records != NULL)
    *n_records = records->len;
  return TRUE;
}
