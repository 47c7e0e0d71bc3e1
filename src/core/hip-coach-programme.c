/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipCoach's side of the Programme page: the programmes kept, the active one, and the
 * person's edits, names and deletions. Each change emits HipCoach::programme-changed. */

#include "config.h"

#include "hip-coach-private.h"
#include "hip-store.h"

/* Returns: (transfer full) (element-type HipProgrammeInfo) (nullable): every programme,
 * newest first */
GPtrArray *
hip_coach_list_programmes (HipCoach  *self,
                           GError   **error)
{
  return hip_store_list_programmes (hip_coach_get_store (self), error);
}

/* Returns: the active programme's id, or 0 when there is none */
gint64
hip_coach_get_active_programme (HipCoach *self)
{
  return hip_store_get_active_programme (hip_coach_get_store (self), NULL);
}

/* Makes programme @id the one Today follows. */
gboolean
hip_coach_activate_programme (HipCoach  *self,
                              gint64     id,
                              GError   **error)
{
  if (!hip_store_set_active_programme (hip_coach_get_store (self), id, error))
    return FALSE;
  hip_coach_emit_programme_changed (self, TRUE);
  return TRUE;
}

gboolean
hip_coach_rename_programme (HipCoach    *self,
                            gint64       id,
                            const char  *name,
                            GError     **error)
{
  if (!hip_store_rename_programme (hip_coach_get_store (self), id, name, error))
    return FALSE;
  hip_coach_emit_programme_changed (self, FALSE);
  return TRUE;
}

/**
 * hip_coach_delete_programme:
 * @next: (out) (optional): the programme active now, or 0 when none is left
 *
 * Deletes programme @id (its workouts stay in the log); the newest of the others becomes the
 * active one.
 */
gboolean
hip_coach_delete_programme (HipCoach  *self,
                            gint64     id,
                            gint64    *next,
                            GError   **error)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GPtrArray) left = NULL;
  gint64 newest = 0;
  gboolean done;

  if (!hip_store_delete_programme (store, id, error))
    return FALSE;
  left = hip_store_list_programmes (store, error);
  done = left != NULL;
  if (done && left->len > 0)
    {
      newest = ((HipProgrammeInfo *) left->pdata[0])->id;
      done = hip_store_set_active_programme (store, newest, error);
    }
  if (next != NULL)
    *next = done ? newest : 0;
  hip_coach_emit_programme_changed (self, TRUE);
  return done;
}
