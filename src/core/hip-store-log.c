/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's workout log: workouts, their sets (each saved the moment it is entered, one
 * statement, committed), next-morning check-ins, and the CSV file. What Progress reads of it is
 * in hip-store-progress.c. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hip-adapt.h"
#include "hip-csv.h"
#include "hip-file.h"
#include "hip-input.h"
#include "hip-store-private.h"
#include "hip-vocabulary.h"

static void
bind_optional_int (sqlite3_stmt *stmt,
                   int           index,
                   int           value)
{
  if (value == HIP_LOG_NONE)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, value);
}

static int
column_optional_int (sqlite3_stmt *stmt,
                     int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? HIP_LOG_NONE
                                                            : sqlite3_column_int (stmt, column);
}

static gboolean
insert_workout (HipStore    *self,
                HipWorkout  *workout,
                GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "INSERT INTO workout (programme_id, week, session, started, finished, pain_before, "
    "                     pain_after, light) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  if (workout->programme_id != 0)
    sqlite3_bind_int64 (stmt, 1, workout->programme_id);
  sqlite3_bind_int (stmt, 2, workout->week);
  sqlite3_bind_int (stmt, 3, workout->session);
  hip_bind_text (stmt, 4, workout->started);
  if (workout->finished != NULL)
    hip_bind_text (stmt, 5, workout->finished);
  bind_optional_int (stmt, 6, workout->pain_before);
  bind_optional_int (stmt, 7, workout->pain_after);
  sqlite3_bind_int (stmt, 8, workout->light ? 1 : 0);
  if (!hip_store_run (self, stmt, error))
    return FALSE;
  workout->id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

/**
 * hip_store_start_workout:
 * @workout: its programme, week, session, pain before; its start time is set when unset, and
 *   its id is set
 *
 * Begins a workout: from here each set is saved as it is logged.
 */
gboolean
hip_store_start_workout (HipStore    *self,
                         HipWorkout  *workout,
                         GError     **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (workout->started == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      workout->started = hip_log_format_time (now);
    }
  return insert_workout (self, workout, error);
}

/* What a statement was to change, for the message when it changed nothing. */
typedef enum
{
  ROW_WORKOUT,
  ROW_SET,
  ROW_EMPTY_WORKOUT,
} Row;

/* Whether the last statement changed a row; else an error that says which (one whole sentence
 * a case, for translators). */
static gboolean
changed_one (HipStore    *self,
             Row          row,
             gint64       id,
             GError     **error)
{
  if (sqlite3_changes (self->db) > 0)
    return TRUE;
  switch (row)
    {
    case ROW_WORKOUT:
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                   _("There is no workout %lld"), (long long) id);
      break;
    case ROW_SET:
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                   _("There is no set %lld"), (long long) id);
      break;
    case ROW_EMPTY_WORKOUT:
    default:
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                   _("There is no empty workout %lld"), (long long) id);
      break;
    }
  return FALSE;
}

/* A change to the sets and to their week's sums, saved together or not at all (a savepoint,
 * so that it can also run inside an import's transaction). */
static gboolean
begin_change (HipStore  *self,
              GError   **error)
{
  return hip_store_exec (self, "SAVEPOINT set_change", error);
}

static gboolean
end_change (HipStore  *self,
            gboolean   ok,
            GError   **error)
{
  if (ok)
    return hip_store_exec (self, "RELEASE set_change", error);
  hip_store_exec (self, "ROLLBACK TO set_change; RELEASE set_change", NULL);
  return FALSE;
}

gboolean
hip_store_finish_workout (HipStore  *self,
                          gint64     id,
                          int        pain_after,
                          GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *finished = hip_log_format_time (now);

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  stmt = hip_store_statement (self, "UPDATE workout SET finished = ?, pain_after = ? WHERE id = ?",
                              error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, finished);
  bind_optional_int (stmt, 2, pain_after);
  sqlite3_bind_int64 (stmt, 3, id);
  return hip_store_run (self, stmt, error) && changed_one (self, ROW_WORKOUT, id, error);
}

/* Deletes workout @id with its sets (ON DELETE CASCADE). */
gboolean
hip_store_delete_workout (HipStore  *self,
                          gint64     id,
                          GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autofree char *day = NULL;
  gboolean ok;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  {
    g_autoptr(HipStatement) find =
      hip_store_statement (self, "SELECT started FROM workout WHERE id = ?", error);

    if (find == NULL)
      return FALSE;
    sqlite3_bind_int64 (find, 1, id);
    if (sqlite3_step (find) == SQLITE_ROW)
      day = g_strdup (hip_column_text (find, 0));
  }
  stmt = hip_store_statement (self, "DELETE FROM workout WHERE id = ?", error);
  if (stmt == NULL || !begin_change (self, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  ok = hip_store_run (self, stmt, error) && changed_one (self, ROW_WORKOUT, id, error) &&
       hip_store_days_changed (self, day, day, error);
  return end_change (self, ok, error);
}

static void
bind_set (sqlite3_stmt       *stmt,
          const HipLoggedSet *set)
{
  sqlite3_bind_int64 (stmt, 1, set->workout_id);
  hip_bind_text (stmt, 2, set->exercise_id);
  sqlite3_bind_int (stmt, 3, set->set_number);
  hip_bind_text (stmt, 4, hip_enum_to_nick (HIP_TYPE_SIDE, set->side));
  sqlite3_bind_int (stmt, 5, set->reps);
  sqlite3_bind_int (stmt, 6, set->seconds);
  if (set->load < 0)
    sqlite3_bind_null (stmt, 7);
  else
    sqlite3_bind_double (stmt, 7, set->load);
  bind_optional_int (stmt, 8, set->effort);
  bind_optional_int (stmt, 9, set->pain);
}

/**
 * hip_store_log_set:
 * @set: the set; its id is set
 *
 * Saves one set at once, in its own (implicit) transaction: whatever happens to the app
 * afterwards, the set is kept. Values out of range are refused with nothing written.
 */
static gboolean
insert_set (HipStore      *self,
            HipLoggedSet  *set,
            GError       **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  stmt = hip_store_statement (self,
    "INSERT INTO workout_set (workout_id, exercise_id, set_number, side, reps, seconds, load, "
    "                         effort, pain) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  bind_set (stmt, set);
  if (!hip_store_run (self, stmt, error))
    return FALSE;
  set->id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

gboolean
hip_store_log_set (HipStore      *self,
                   HipLoggedSet  *set,
                   GError       **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (!begin_change (self, error))
    return FALSE;
  return end_change (self, insert_set (self, set, error) &&
                           hip_store_workout_changed (self, set->workout_id, error), error);
}

/* Returns: the workout set @id belongs to, or 0 */
static gint64
workout_of_set (HipStore *self,
                gint64    id)
{
  g_autoptr(HipStatement) stmt =
    hip_store_statement (self, "SELECT workout_id FROM workout_set WHERE id = ?", NULL);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

gboolean
hip_store_update_set (HipStore            *self,
                      const HipLoggedSet  *set,
                      GError             **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  gint64 before;
  gboolean ok;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  stmt = hip_store_statement (self,
    "UPDATE workout_set SET workout_id = ?1, exercise_id = ?2, set_number = ?3, side = ?4, "
    "  reps = ?5, seconds = ?6, load = ?7, effort = ?8, pain = ?9 WHERE id = ?10", error);
  if (stmt == NULL || !begin_change (self, error))
    return FALSE;
  before = workout_of_set (self, set->id);
  bind_set (stmt, set);
  sqlite3_bind_int64 (stmt, 10, set->id);
  ok = hip_store_run (self, stmt, error) && changed_one (self, ROW_SET, set->id, error) &&
       hip_store_workout_changed (self, before, error) &&
       (before == set->workout_id || hip_store_workout_changed (self, set->workout_id, error));
  return end_change (self, ok, error);
}

gboolean
hip_store_delete_set (HipStore  *self,
                      gint64     id,
                      GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  gint64 workout;
  gboolean ok;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  stmt = hip_store_statement (self, "DELETE FROM workout_set WHERE id = ?", error);
  if (stmt == NULL || !begin_change (self, error))
    return FALSE;
  workout = workout_of_set (self, id);
  sqlite3_bind_int64 (stmt, 1, id);
  ok = hip_store_run (self, stmt, error) && changed_one (self, ROW_SET, id, error) &&
       hip_store_workout_changed (self, workout, error);
  return end_change (self, ok, error);
}

/* Keeps that the person skipped session @session of @week of programme @programme_id on @day:
 * it is behind them, not done. */
gboolean
hip_store_skip_session (HipStore    *self,
                        gint64       programme_id,
                        guint        week,
                        guint        session,
                        const char  *day,
                        GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  stmt = hip_store_statement (self,
    "INSERT OR REPLACE INTO skipped_session (programme_id, week, session, day) "
    "VALUES (?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  sqlite3_bind_int (stmt, 2, week);
  sqlite3_bind_int (stmt, 3, session);
  hip_bind_text (stmt, 4, day);
  return hip_store_run (self, stmt, error);
}

/* Returns: (transfer full) (element-type HipSessionRef) (nullable): the sessions of
 * @programme_id that were skipped */
GArray *
hip_store_list_skipped (HipStore      *self,
                        gint64         programme_id,
                        GError       **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(GArray) skipped = g_array_new (FALSE, FALSE, sizeof (HipSessionRef));
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self,
    "SELECT week, session FROM skipped_session WHERE programme_id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HipSessionRef ref = { sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1) };

      g_array_append_val (skipped, ref);
    }
  if (rc != SQLITE_DONE)
    return hip_store_set_sqlite_error (self, rc, error), NULL;
  return g_steal_pointer (&skipped);
}

/* Deletes workout @id, which must have no sets: a session started and ended with nothing done
 * is not a session done. A workout with sets is never deleted here. */
gboolean
hip_store_discard_workout (HipStore  *self,
                           gint64     id,
                           GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  stmt = hip_store_statement (self,
    "DELETE FROM workout WHERE id = ?1 "
    "AND NOT EXISTS (SELECT 1 FROM workout_set WHERE workout_id = ?1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return hip_store_run (self, stmt, error) && changed_one (self, ROW_EMPTY_WORKOUT, id, error);
}

/* Returns: the newest workout that was started and not finished (to resume), or 0 */
gint64
hip_store_get_unfinished_workout (HipStore  *self,
                                  GError   **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), 0);

  return hip_store_select_id (self,
    "SELECT id FROM workout WHERE finished IS NULL ORDER BY started DESC, id DESC LIMIT 1", error);
}

static HipWorkout *
read_workout (sqlite3_stmt *stmt)
{
  HipWorkout *workout = hip_workout_new ();

  workout->id = sqlite3_column_int64 (stmt, 0);
  workout->programme_id = sqlite3_column_int64 (stmt, 1);
  workout->week = sqlite3_column_int (stmt, 2);
  workout->session = sqlite3_column_int (stmt, 3);
  workout->started = g_strdup (hip_column_text (stmt, 4));
  workout->finished = sqlite3_column_type (stmt, 5) == SQLITE_NULL
                      ? NULL : g_strdup (hip_column_text (stmt, 5));
  workout->pain_before = column_optional_int (stmt, 6);
  workout->pain_after = column_optional_int (stmt, 7);
  workout->light = sqlite3_column_int (stmt, 8) != 0;
  return workout;
}

static HipLoggedSet *
read_set (sqlite3_stmt *stmt)
{
  HipLoggedSet *set = hip_logged_set_new ();
  int side;

  set->id = sqlite3_column_int64 (stmt, 0);
  set->workout_id = sqlite3_column_int64 (stmt, 1);
  set->exercise_id = g_strdup (hip_column_text (stmt, 2));
  set->set_number = sqlite3_column_int (stmt, 3);
  if (hip_enum_from_nick (HIP_TYPE_SIDE, hip_column_text (stmt, 4), &side))
    set->side = side;
  set->reps = sqlite3_column_int (stmt, 5);
  set->seconds = sqlite3_column_int (stmt, 6);
  set->load = sqlite3_column_type (stmt, 7) == SQLITE_NULL ? HIP_LOG_NONE
                                                            : sqlite3_column_double (stmt, 7);
  set->effort = column_optional_int (stmt, 8);
  set->pain = column_optional_int (stmt, 9);
  return set;
}

static gboolean
load_sets (HipStore    *self,
           HipWorkout  *workout,
           GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "SELECT id, workout_id, exercise_id, set_number, side, reps, seconds, load, effort, pain "
    "FROM workout_set WHERE workout_id = ? ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, workout->id);
  workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (workout->sets, read_set (stmt));
  return rc == SQLITE_DONE || hip_store_set_sqlite_error (self, rc, error);
}

#define WORKOUT_COLUMNS \
  "SELECT id, programme_id, week, session, started, finished, pain_before, pain_after, light "

/* Reads every workout @stmt selects (WORKOUT_COLUMNS), and then, with @with_sets, their sets:
 * the statement is released first, as loading sets prepares another. Takes @statement. */
static GPtrArray *
read_workouts (HipStore      *self,
               HipStatement  *statement,
               gboolean       with_sets,
               GError       **error)
{
  g_autoptr(HipStatement) stmt = statement;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_workout_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, read_workout (stmt));
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  g_clear_pointer (&stmt, hip_statement_release);
  for (guint i = 0; with_sets && i < list->len; i++)
    if (!load_sets (self, list->pdata[i], error))
      return NULL;
  return g_steal_pointer (&list);
}

/* Returns: (transfer full) (nullable): workout @id with its sets */
HipWorkout *
hip_store_load_workout (HipStore  *self,
                        gint64     id,
                        GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(HipWorkout) workout = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self, WORKOUT_COLUMNS "FROM workout WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                     _("There is no workout %lld"), (long long) id);
      else
        hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  workout = read_workout (stmt);
  if (!load_sets (self, workout, error))
    return NULL;
  return g_steal_pointer (&workout);
}

/**
 * hip_store_list_workouts:
 * @from: (nullable): the first day (YYYY-MM-DD), or %NULL for the earliest
 * @to: (nullable): the day after the last, or %NULL for no end
 * @with_sets: whether to load each workout's sets
 *
 * Returns: (transfer full) (element-type HipWorkout): the workouts, oldest first
 */
GPtrArray *
hip_store_list_workouts (HipStore    *self,
                         const char  *from,
                         const char  *to,
                         gboolean     with_sets,
                         GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self, WORKOUT_COLUMNS "FROM workout "
                              "WHERE started >= ?1 AND started < ?2 ORDER BY started, id", error);
  if (stmt == NULL)
    return NULL;
  hip_bind_text (stmt, 1, from != NULL ? from : "");
  hip_bind_text (stmt, 2, to != NULL ? to : "9999");
  return read_workouts (self, g_steal_pointer (&stmt), with_sets, error);
}

/**
 * hip_store_list_recent_workouts:
 * @n: at most this many
 * @programme_id: only this programme's workouts, or 0 for any
 *
 * Returns: (transfer full) (element-type HipWorkout): the latest workouts, the newest first
 */
GPtrArray *
hip_store_list_recent_workouts (HipStore  *self,
                                guint      n,
                                gint64     programme_id,
                                gboolean   with_sets,
                                GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = programme_id != 0
    ? hip_store_statement (self, WORKOUT_COLUMNS "FROM workout WHERE programme_id = ?2 "
                           "ORDER BY started DESC, id DESC LIMIT ?1", error)
    : hip_store_statement (self, WORKOUT_COLUMNS "FROM workout "
                           "ORDER BY started DESC, id DESC LIMIT ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, n);
  if (programme_id != 0)
    sqlite3_bind_int64 (stmt, 2, programme_id);
  return read_workouts (self, g_steal_pointer (&stmt), with_sets, error);
}

/* Returns: (transfer full) (nullable): set @id */
HipLoggedSet *
hip_store_load_set (HipStore  *self,
                    gint64     id,
                    GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self,
    "SELECT id, workout_id, exercise_id, set_number, side, reps, seconds, load, effort, pain "
    "FROM workout_set WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read_set (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND, _("There is no set %lld"),
                 (long long) id);
  else
    hip_store_set_sqlite_error (self, rc, error);
  return NULL;
}

gboolean
hip_store_save_checkin (HipStore    *self,
                        const char  *day,
                        int          pain,
                        int          stiffness,
                        GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  stmt = hip_store_statement (self,
    "INSERT INTO checkin (day, pain, stiffness) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (day) DO UPDATE SET pain = ?2, stiffness = ?3", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, day);
  bind_optional_int (stmt, 2, pain);
  bind_optional_int (stmt, 3, stiffness);
  return hip_store_run (self, stmt, error);
}

/* *@pain and *@stiffness are HIP_LOG_NONE when @day has no check-in, or when the person left
 * that one out. */
gboolean
hip_store_load_checkin (HipStore    *self,
                        const char  *day,
                        int         *pain,
                        int         *stiffness,
                        GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  *pain = *stiffness = HIP_LOG_NONE;
  stmt = hip_store_statement (self, "SELECT pain, stiffness FROM checkin WHERE day = ?", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, day);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *pain = column_optional_int (stmt, 0);
      *stiffness = column_optional_int (stmt, 1);
      return TRUE;
    }
  return rc == SQLITE_DONE || hip_store_set_sqlite_error (self, rc, error);
}

/* The days from the first workout imported to the last are summed again, once. */
static gboolean
sum_imported (HipStore   *self,
              GPtrArray  *workouts,
              GError    **error)
{
  const char *first = NULL, *last = NULL;

  for (guint w = 0; w < workouts->len; w++)
    {
      const char *started = ((HipWorkout *) workouts->pdata[w])->started;

      if (first == NULL || strcmp (started, first) < 0)
        first = started;
      if (last == NULL || strcmp (started, last) > 0)
        last = started;
    }
  return first == NULL || hip_store_days_changed (self, first, last, error);
}

/* Writes @workouts and their sets; the caller holds a transaction. */
gboolean
hip_store_write_workouts (HipStore   *self,
                          GPtrArray  *workouts,
                          GError    **error)
{
  for (guint w = 0; w < workouts->len; w++)
    {
      HipWorkout *workout = workouts->pdata[w];

      if (!insert_workout (self, workout, error))
        return FALSE;
      for (guint i = 0; workout->sets != NULL && i < workout->sets->len; i++)
        {
          HipLoggedSet *set = workout->sets->pdata[i];

          set->workout_id = workout->id;
          if (!insert_set (self, set, error))
            return FALSE;
        }
      if (self->progress != NULL)
        self->progress (w + 1, workouts->len, self->progress_data);
    }
  return sum_imported (self, workouts, error);
}

/**
 * hip_store_import_workouts:
 * @workouts: (element-type HipWorkout): with their sets; their ids are set
 *
 * Adds the workouts in one transaction: all of them, or (on any error, such as an unknown
 * exercise) none.
 */
gboolean
hip_store_import_workouts (HipStore   *self,
                           GPtrArray  *workouts,
                           GError    **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  return hip_store_commit_or_rollback (self, hip_store_write_workouts (self, workouts, error),
                                       error);
}

/* Returns: (transfer full) (element-type utf8 utf8): the id and name of every exercise a set
 * may name; its keys are the ids an imported set may name */
GHashTable *
hip_store_exercise_names (HipStore  *self,
                          GError   **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, "SELECT id, name FROM exercise",
                                                      error);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (ids, g_strdup (hip_column_text (stmt, 0)),
                         g_strdup (hip_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/**
 * hip_store_export_csv:
 * @path: the file, replaced atomically
 * @n_sets: (out) (optional): how many sets were written
 *
 * Writes the whole workout log as CSV, and after it the functional scale's section when there
 * is anything in it (see hip-csv.c for the format).
 */
gboolean
hip_store_export_csv (HipStore    *self,
                      const char  *path,
                      guint       *n_sets,
                      GError     **error)
{
  g_autoptr(GPtrArray) workouts = hip_store_list_workouts (self, NULL, NULL, TRUE, error);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autofree char *sets = NULL, *psfs = NULL, *text = NULL;
  guint n = 0;

  if (workouts == NULL || (records = hip_store_list_psfs_records (self, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < workouts->len; i++)
    n += ((HipWorkout *) workouts->pdata[i])->sets->len;
  if (n_sets != NULL)
    *n_sets = n;
  names = hip_store_exercise_names (self, error);
  if (names == NULL)
    return FALSE;
  sets = hip_csv_format_workouts (workouts, names);
  psfs = hip_csv_format_psfs (records);
  text = g_strconcat (sets, psfs, NULL);
  return hip_file_write (path, text, strlen (text), error);
}

static gboolean
write_file (HipStore   *self,
            GPtrArray  *workouts,
            GPtrArray  *records,
            guint      *n_psfs,
            GError    **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint n_known;

  /* A file imported again adds nothing (hip-store-import.c). */
  return hip_store_drop_known_sets (self, workouts, &n_known, error) &&
         hip_store_write_workouts (self, workouts, error) &&
         hip_store_write_psfs_records (self, records, today, n_psfs, error);
}

/**
 * hip_store_import_csv:
 * @n_sets: (out) (optional): how many sets were added
 * @n_psfs: (out) (optional): how many lines of the functional scale's section were read
 *
 * Adds the workouts of a CSV file to the log, with the functional scale's activities and
 * ratings when it has them: the whole file, or (when any line is wrong, which the error names)
 * nothing.
 */
gboolean
hip_store_import_csv (HipStore    *self,
                      const char  *path,
                      guint       *n_sets,
                      guint       *n_psfs,
                      GError     **error)
{
  g_autoptr(GHashTable) known = hip_store_exercise_names (self, error);
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *text = NULL;
  gsize length;
  guint n = 0, psfs = 0;

  if (known == NULL || !hip_input_read_file (path, HIP_INPUT_MAX_FILE, &text, &length, error))
    return FALSE;
  workouts = hip_csv_parse_workouts (text, length, known, &records, error);
  if (workouts == NULL || !hip_store_exec (self, "BEGIN IMMEDIATE", error) ||
      !hip_store_commit_or_rollback (self, write_file (self, workouts, records, &psfs, error),
                                     error))
    return FALSE;
  for (guint i = 0; i < workouts->len; i++)
    n += ((HipWorkout *) workouts->pdata[i])->sets->len;
  if (n_sets != NULL)
    *n_sets = n;
  if (n_psfs != NULL)
    *n_psfs = psfs;
  return TRUE;
}

/**
 * hip_store_recent_performances:
 * @out: (array length=n): receives the latest workouts' performances, the latest first
 *
 * How @exercise_id went in its latest @n workouts, for the adaptation rules: what the last set
 * reached (of one-sided work, the weaker side's: both sides must pass before it moves on, and a
 * side never logged reached nothing), the heaviest load, the highest pain entered and whether
 * any set's pain was left out. The targets are left for the caller.
 *
 * Returns: how many were found
 */
/* The ids of the last set of each side of an exercise in a workout. */
#define LAST_SET_OF_EACH_SIDE \
  "SELECT max(m.id) FROM workout_set m WHERE m.workout_id = s.workout_id " \
  "  AND m.exercise_id = s.exercise_id GROUP BY m.side"

guint
hip_store_recent_performances (HipStore        *self,
                               const char      *exercise_id,
                               HipPerformance  *out,
                               guint            n,
                               GError         **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  guint found = 0;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), 0);

  stmt = hip_store_statement (self,
    "SELECT max(s.load), max(s.pain), "
    "       (SELECT min(l.reps) FROM workout_set l WHERE l.id IN (" LAST_SET_OF_EACH_SIDE ")), "
    "       (SELECT min(l.seconds) FROM workout_set l WHERE l.id IN (" LAST_SET_OF_EACH_SIDE ")), "
    "       count(*) > count(s.pain), "
    "       count(DISTINCT CASE WHEN s.side != 'both' THEN s.side END) "
    "FROM workout_set s WHERE s.exercise_id = ?1 "
    "GROUP BY s.workout_id ORDER BY s.workout_id DESC LIMIT ?2", error);
  if (stmt == NULL)
    return 0;
  hip_bind_text (stmt, 1, exercise_id);
  sqlite3_bind_int (stmt, 2, n);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && found < n)
    {
      HipPerformance *p = &out[found++];

      *p = (HipPerformance) { 0 };
      p->load = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? HIP_LOG_NONE
                                                              : sqlite3_column_double (stmt, 0);
      p->max_pain = column_optional_int (stmt, 1);
      p->pain_missing = sqlite3_column_int (stmt, 4) != 0;
      /* One side of one-sided work logged, the other not: that side did nothing. */
      if (sqlite3_column_int (stmt, 5) != 1)
        {
          p->last_set_reps = sqlite3_column_int (stmt, 2);
          p->last_set_seconds = sqlite3_column_int (stmt, 3);
        }
    }
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    hip_store_set_sqlite_error (self, rc, error);
  return found;
}

/* Returns: (transfer full) (element-type HipCheckin) (nullable): the check-ins from @from
 * (YYYY-MM-DD) on, oldest first, at most @limit of them (0 for all) */
GArray *
hip_store_list_checkins (HipStore    *self,
                         const char  *from,
                         guint        limit,
                         GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(GArray) checkins = g_array_new (FALSE, TRUE, sizeof (HipCheckin));
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self,
    "SELECT day, pain, stiffness FROM checkin WHERE day >= ? ORDER BY day LIMIT ?", error);
  if (stmt == NULL)
    return NULL;
  hip_bind_text (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HipCheckin checkin = { { 0 } };

      g_strlcpy (checkin.day, hip_column_text (stmt, 0), sizeof checkin.day);
      checkin.pain = column_optional_int (stmt, 1);
      checkin.stiffness = column_optional_int (stmt, 2);
      g_array_append_val (checkins, checkin);
    }
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&checkins);
}

/* The first column of every row @stmt selects, as strings. */
static GPtrArray *
read_texts (HipStore      *self,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (texts, g_strdup (hip_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&texts);
}

/* Returns: (transfer full) (element-type utf8): the ids of the exercises with logged sets */
GPtrArray *
hip_store_logged_exercises (HipStore  *self,
                            GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self, "SELECT DISTINCT exercise_id FROM workout_set", error);
  if (stmt == NULL)
    return NULL;
  return read_texts (self, stmt, error);
}

static gboolean
insert_adaptations (HipStore   *self,
                    gint64      programme_id,
                    gint64      workout_id,
                    GPtrArray  *messages,
                    GError    **error)
{
  for (guint i = 0; i < messages->len; i++)
    {
      g_autoptr(HipStatement) stmt = hip_store_statement (self,
        "INSERT INTO adaptation (programme_id, workout_id, message) VALUES (?, ?, ?)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, programme_id);
      sqlite3_bind_int64 (stmt, 2, workout_id);
      hip_bind_text (stmt, 3, messages->pdata[i]);
      if (!hip_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * hip_store_save_adaptations:
 * @plan: the programme as the rules changed it
 * @messages: (element-type utf8): what changed and why
 *
 * Saves the programme's changes after workout @workout_id and the messages that explain them,
 * in one transaction.
 */
gboolean
hip_store_save_adaptations (HipStore       *self,
                            gint64          programme_id,
                            const HipPlan  *plan,
                            gint64          workout_id,
                            GPtrArray      *messages,
                            GError        **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (messages->len == 0)
    return TRUE;
  if (!hip_store_update_programme (self, programme_id, plan, error))
    return FALSE;
  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  return hip_store_commit_or_rollback (self, insert_adaptations (self, programme_id, workout_id,
                                                                 messages, error), error);
}

/* Returns: (transfer full) (element-type utf8): what the latest adapted workout of the
 *   programme changed (empty when nothing has been) */
GPtrArray *
hip_store_latest_adaptations (HipStore  *self,
                              gint64     programme_id,
                              GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self,
    "SELECT message FROM adaptation WHERE programme_id = ?1 AND workout_id = "
    "  (SELECT max(workout_id) FROM adaptation WHERE programme_id = ?1) ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  return read_texts (self, stmt, error);
}
