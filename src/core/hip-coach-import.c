/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing another tracker's export, or our own CSV: read and shown first
 * (hip_coach_read_import()), written when the person agrees (hip_coach_import()). */

#include "config.h"

#include "hip-coach-private.h"
#include "hip-input.h"
#include "hip-store.h"

/**
 * hip_coach_read_import:
 * @path: a Strong, FitNotes, Hevy or JEFIT export, or our own CSV
 *
 * Reads the file and maps its exercises to ours, leaving out what the log already holds; a
 * weight whose unit the file does not say is in the person's units. Nothing is written.
 *
 * Returns: (transfer full) (nullable): what the file would add, or %NULL with @error naming
 *   the line and the reason
 */
HipImport *
hip_coach_read_import (HipCoach    *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *text = NULL;
  HipCatalogue *catalogue;
  gsize length;

  g_return_val_if_fail (HIP_IS_COACH (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  /* Sets name exercises by id: the catalogue must be in the store first. */
  catalogue = hip_coach_get_catalogue (self);
  if (catalogue == NULL ||
      !hip_input_read_file (path, HIP_INPUT_MAX_FILE, &text, &length, error))
    return NULL;
  return hip_store_prepare_import (hip_coach_get_store (self), catalogue, text, length,
                                   hip_coach_get_units (self), error);
}

/**
 * hip_coach_import:
 * @import: from hip_coach_read_import()
 *
 * Writes what @import holds, all or nothing, and emits HipCoach::log-changed (and
 * HipCoach::psfs-changed for our own CSV's functional scale).
 */
gboolean
hip_coach_import (HipCoach   *self,
                  HipImport  *import,
                  GError    **error)
{
  guint n_psfs = 0;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  if (!hip_store_import (hip_coach_get_store (self), import, &n_psfs, error))
    return FALSE;
  for (guint i = 0; i < import->new_exercises->len; i++)
    hip_coach_show_own_exercise (self, import->new_exercises->pdata[i]);
  if (import->workouts->len > 0)
    hip_coach_emit_log_changed (self);
  if (n_psfs > 0)
    hip_coach_emit_psfs_changed (self);
  return TRUE;
}
