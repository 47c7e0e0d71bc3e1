/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipCoach's side of a programme to share: the active programme written to a programme file,
 * and a programme file read, shown and added as a new programme with the own exercises it
 * brings (hip-programme-file.c is the format). */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-catalogue.h"
#include "hip-coach-private.h"
#include "hip-exercise.h"
#include "hip-programme-file.h"
#include "hip-screening.h"
#include "hip-store.h"

/* The name of programme @id. */
static char *
programme_name (HipCoach  *self,
                gint64     id,
                GError   **error)
{
  g_autoptr(GPtrArray) list = hip_store_list_programmes (hip_coach_get_store (self), error);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      HipProgrammeInfo *info = list->pdata[i];

      if (info->id == id)
        return g_strdup (info->name);
    }
  if (list != NULL)
    g_set_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                 _("There is no programme to export."));
  return NULL;
}

/**
 * hip_coach_export_programme:
 * @path: the file to write, replaced whole or not at all
 *
 * Writes the active programme, and the person's own exercises it uses, to a programme file.
 */
gboolean
hip_coach_export_programme (HipCoach    *self,
                            const char  *path,
                            GError     **error)
{
  gint64 id = 0;
  HipPlan *plan;
  g_autofree char *name = NULL;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  plan = hip_coach_get_plan (self, &id);
  if (plan == NULL)
    {
      g_set_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                   _("There is no programme to export."));
      return FALSE;
    }
  name = programme_name (self, id, error);
  return name != NULL &&
         hip_programme_file_write (plan, name, hip_coach_get_catalogue (self), path, error);
}

/* What adding @file would do with each own exercise it brings, against the person's; also
 * for a file read on a worker thread (hip-coach-async.c), back on the main thread. */
void
hip_coach_review_programme_file (HipCoach         *self,
                                 HipProgrammeFile *file)
{
  HipCatalogue *catalogue = hip_coach_get_catalogue (self);

  for (guint i = 0; i < file->own->len; i++)
    {
      HipExercise *own = file->own->pdata[i];
      HipExercise *mine = hip_catalogue_lookup (catalogue, hip_exercise_get_id (own));
      HipOwnExerciseFate fate = HIP_OWN_EXERCISE_NEW;

      if (mine != NULL)
        fate = hip_exercise_get_origin (mine) == HIP_ORIGIN_USER &&
               hip_programme_file_same_exercise (own, mine, catalogue)
               ? HIP_OWN_EXERCISE_SAME : HIP_OWN_EXERCISE_RENAMED;
      g_array_index (file->fates, HipOwnExerciseFate, i) = fate;
    }
}

/**
 * hip_coach_review_programme:
 * @path: a programme file
 *
 * Reads a programme file, to show before it is added (hip_coach_import_programme()); each own
 * exercise it brings has its fate (@fates) against the person's own exercises. Nothing is
 * changed.
 *
 * Returns: (transfer full) (nullable): the file's programme, or %NULL with @error saying why
 *   the file is refused
 */
HipProgrammeFile *
hip_coach_review_programme (HipCoach    *self,
                            const char  *path,
                            GError     **error)
{
  HipProgrammeFile *file;

  g_return_val_if_fail (HIP_IS_COACH (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  file = hip_programme_file_read (path, hip_coach_get_catalogue (self), error);
  if (file != NULL)
    hip_coach_review_programme_file (self, file);
  return file;
}

/* The exercise a prescription of the added programme names in place of the file's @exercise. */
static void
swap_exercise (HipExercise **exercise,
               GHashTable   *map)
{
  HipExercise *final = *exercise != NULL ? g_hash_table_lookup (map, *exercise) : NULL;

  if (final != NULL)
    g_set_object (exercise, final);
}

/* A copy of @file's programme naming the exercises it will have once added; @added gets the
 * own exercises to store. */
static HipPlan *
resolve_plan (HipCoach         *self,
              HipProgrammeFile *file,
              GPtrArray        *added)
{
  HipCatalogue *catalogue = hip_coach_get_catalogue (self);
  g_autoptr(GHashTable) map = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  HipPlan *plan = hip_plan_copy (file->plan);

  for (guint i = 0; i < file->own->len; i++)
    {
      HipExercise *own = file->own->pdata[i];
      HipExercise *final = NULL;
      g_autofree char *id = NULL;

      switch (g_array_index (file->fates, HipOwnExerciseFate, i))
        {
        case HIP_OWN_EXERCISE_SAME:
          final = g_object_ref (hip_catalogue_lookup (catalogue, hip_exercise_get_id (own)));
          break;
        case HIP_OWN_EXERCISE_RENAMED:
          id = hip_store_make_exercise_id ();
          final = hip_programme_file_copy_exercise (own, id, catalogue);
          g_ptr_array_add (added, g_object_ref (final));
          break;
        case HIP_OWN_EXERCISE_NEW:
        default:
          final = g_object_ref (own);
          g_ptr_array_add (added, g_object_ref (final));
          break;
        }
      g_hash_table_insert (map, own, final);
    }
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *session = plan->sessions->pdata[s];

      for (guint j = 0; j < session->items->len; j++)
        {
          HipPrescription *p = session->items->pdata[j];

          swap_exercise (&p->exercise, map);
          swap_exercise (&p->stepped_from, map);
        }
    }
  return plan;
}

/**
 * hip_coach_import_programme:
 * @file: a programme file read by hip_coach_review_programme()
 * @activate: make it the active programme (the one active now stays, inactive)
 * @id: (out) (optional): the new programme's id
 *
 * Adds @file's programme as a new programme, never replacing one, with the own exercises it
 * brings: one the person has already, the same, is used as it is; one whose id the person uses
 * for another exercise is added with a new id. All of it is added, or nothing. Emits
 * HipCoach::programme-changed.
 */
gboolean
hip_coach_import_programme (HipCoach          *self,
                            HipProgrammeFile  *file,
                            gboolean           activate,
                            gint64            *id,
                            GError           **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HipPlan) plan = NULL;
  HipScreening outcome;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  if (hip_coach_get_screening (self, &outcome, NULL) && !hip_screening_allows_programme (outcome))
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_SCREENING,
                           _("A programme is followed once the warning signs have been checked."));
      return FALSE;
    }
  hip_coach_review_programme_file (self, file);
  plan = resolve_plan (self, file, added);
  if (!hip_store_add_shared_programme (hip_coach_get_store (self), plan, file->name, added,
                                       activate, id, error))
    return FALSE;
  /* New ids, none of them in the catalogue (hip_coach_review_programme_file()). */
  for (guint i = 0; i < added->len; i++)
    hip_coach_show_own_exercise (self, added->pdata[i]);
  hip_coach_emit_programme_changed (self, TRUE);
  return TRUE;
}
