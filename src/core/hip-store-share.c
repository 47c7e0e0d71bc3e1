/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A shared programme added to the store: the own exercises it brings and the programme, in one
 * transaction, so that a refused or failed import adds nothing. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-exercise.h"
#include "hip-store-private.h"

/* Adds own exercise @exercise, whose id no stored exercise may have (an own exercise is never
 * replaced by an import; a retired catalogue exercise keeps its row). */
static gboolean
add_exercise (HipStore     *self,
              HipExercise  *exercise,
              GError      **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, "SELECT 1 FROM exercise WHERE id = ?",
                                                      error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, hip_exercise_get_id (exercise));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_INVALID,
                   _("An exercise with the id “%s” is stored already"),
                   hip_exercise_get_id (exercise));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return hip_store_set_sqlite_error (self, rc, error);
  return hip_store_write_exercise (self, exercise, error);
}

/**
 * hip_store_add_shared_programme:
 * @plan: the programme, its prescriptions naming exercises that are stored or in @exercises
 * @name: what it is called
 * @exercises: (element-type HipExercise): own exercises to add first (new ids only)
 * @active: make it the active programme
 * @id: (out) (optional): the new programme's id
 *
 * Adds @exercises and then @plan as a new programme, all or nothing.
 */
gboolean
hip_store_add_shared_programme (HipStore       *self,
                                const HipPlan  *plan,
                                const char     *name,
                                GPtrArray      *exercises,
                                gboolean        active,
                                gint64         *id,
                                GError        **error)
{
  gint64 new_id = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL && name != NULL && exercises != NULL, FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (guint i = 0; ok && i < exercises->len; i++)
    ok = add_exercise (self, exercises->pdata[i], error);
  ok = ok && hip_store_write_programme (self, plan, name, active, &new_id, error);
  if (!hip_store_commit_or_rollback (self, ok, error))
    return FALSE;
  if (id != NULL)
    *id = new_id;
  return TRUE;
}
