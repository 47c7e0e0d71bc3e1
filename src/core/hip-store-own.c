/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's side of the person's own exercises that hip-store.c does not write: how much of
 * the log and the programmes refers to one, and putting one away (retired) when something does,
 * because a logged set or a prescription must keep naming what it was. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-store-private.h"
#include "hip-store.h"

static gboolean
count (HipStore    *self,
       const char  *sql,
       const char  *id,
       guint       *n,
       GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  *n = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/**
 * hip_store_count_exercise_uses:
 * @n_sets: (out): sets logged with the exercise
 * @n_prescriptions: (out): prescriptions of any programme that name it
 */
gboolean
hip_store_count_exercise_uses (HipStore    *self,
                               const char  *id,
                               guint       *n_sets,
                               guint       *n_prescriptions,
                               GError     **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return count (self, "SELECT count(*) FROM workout_set WHERE exercise_id = ?", id, n_sets,
                error) &&
         count (self, "SELECT count(*) FROM prescription WHERE exercise_id = ?", id,
                n_prescriptions, error);
}

/**
 * hip_store_retire_exercise:
 *
 * Hides one of the person's own exercises from the lists while keeping it, and everything it
 * says, for the sets and prescriptions that name it. Saving it again brings it back.
 */
gboolean
hip_store_retire_exercise (HipStore    *self,
                           const char  *id,
                           GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  stmt = hip_store_statement (self, "UPDATE exercise SET retired = 1 "
                                    "WHERE id = ? AND origin = 'user'", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, id);
  if (!hip_store_run (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                   _("There is no exercise of yours with the id “%s”"), id);
      return FALSE;
    }
  return TRUE;
}

/**
 * hip_store_exercise_changed:
 *
 * Sums again the days with sets of exercise @id, after what it trains changed.
 */
gboolean
hip_store_exercise_changed (HipStore    *self,
                            const char  *id,
                            GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  stmt = hip_store_statement (self, "SELECT min(w.started), max(w.started) "
                                    "FROM workout_set s JOIN workout w ON w.id = s.workout_id "
                                    "WHERE s.exercise_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    return TRUE;   /* never logged */
  first = g_strdup (hip_column_text (stmt, 0));
  last = g_strdup (hip_column_text (stmt, 1));
  g_clear_pointer (&stmt, hip_statement_release);
  /* All the days' sums or none: they stay consistent with the sets. */
  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  return hip_store_commit_or_rollback (self,
                                       hip_store_days_changed (self, first, last, error),
                                       error);
}
