/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a file into the log (the reading is hip-import.c's): what is already in the log
 * is left out, and the rest (the person's new exercises, the workouts, our own CSV's
 * functional scale) is written in one transaction, all or nothing. A workout is known by its
 * start time and its content: a set is already in the log when a workout that started at the
 * same time holds the same work (exercise, side, reps, seconds, load, effort, pain), so that a
 * file imported twice adds nothing the second time. */

#include "config.h"

#include <string.h>

#include "hip-catalogue.h"
#include "hip-csv.h"
#include "hip-store-private.h"

/* The workouts that started at @started, with their sets. */
static GPtrArray *
workouts_started (HipStore    *self,
                  const char  *started,
                  GError     **error)
{
  /* The stored times are text in one form: the range [started, started + DEL) is that one. */
  g_autofree char *after = g_strconcat (started, "\x7f", NULL);

  return hip_store_list_workouts (self, started, after, TRUE, error);
}

/* Takes the sets of @workout that the log already holds out of it; returns how many. */
static guint
drop_sets_in (HipWorkout *workout,
              GPtrArray  *existing)
{
  guint dropped = 0;

  for (guint e = 0; e < existing->len; e++)
    {
      GPtrArray *sets = ((HipWorkout *) existing->pdata[e])->sets;

      for (guint s = 0; s < sets->len; s++)
        for (guint i = 0; i < workout->sets->len; i++)
          if (hip_csv_sets_equal (sets->pdata[s], workout->sets->pdata[i]))
            {
              g_ptr_array_remove_index (workout->sets, i);
              dropped++;
              break;
            }
    }
  return dropped;
}

/* The sets left go after those of the same start time already stored, so that an export,
 * which merges workouts that started together, never repeats a set's number. */
static gboolean
number_after (HipWorkout *workout,
              GPtrArray  *existing)
{
  for (guint i = 0; i < workout->sets->len; i++)
    {
      HipLoggedSet *set = workout->sets->pdata[i];
      guint last = 0;

      for (guint e = 0; e < existing->len; e++)
        {
          GPtrArray *sets = ((HipWorkout *) existing->pdata[e])->sets;

          for (guint s = 0; s < sets->len; s++)
            {
              const HipLoggedSet *other = sets->pdata[s];

              if (strcmp (other->exercise_id, set->exercise_id) == 0 && other->side == set->side)
                last = MAX (last, other->set_number);
            }
        }
      for (guint j = 0; j < i; j++)
        {
          const HipLoggedSet *before = workout->sets->pdata[j];

          if (strcmp (before->exercise_id, set->exercise_id) == 0 && before->side == set->side)
            last = MAX (last, before->set_number);
        }
      if (last >= 20)
        return FALSE;
      set->set_number = MAX (set->set_number, last + 1);
    }
  return TRUE;
}

/**
 * hip_store_drop_known_sets:
 * @workouts: (element-type HipWorkout): read from a file
 * @n_known: (out): how many sets were taken out
 *
 * Takes out of @workouts the sets the log already holds, and the workouts left empty.
 */
gboolean
hip_store_drop_known_sets (HipStore   *self,
                           GPtrArray  *workouts,
                           guint      *n_known,
                           GError    **error)
{
  *n_known = 0;
  for (guint w = workouts->len; w-- > 0;)
    {
      HipWorkout *workout = workouts->pdata[w];
      g_autoptr(GPtrArray) existing = workouts_started (self, workout->started, error);

      if (existing == NULL)
        return FALSE;
      *n_known += drop_sets_in (workout, existing);
      if (existing->len > 0 && !number_after (workout, existing))
        {
          *n_known += workout->sets->len;   /* no number left: a log this full is a copy */
          g_ptr_array_set_size (workout->sets, 0);
        }
      if (workout->sets->len == 0)
        g_ptr_array_remove_index (workouts, w);
    }
  return TRUE;
}

/* The catalogue's names first, so that they win over a person's own exercise of that name. */
static HipExerciseNames *
exercise_names (HipStore      *self,
                HipCatalogue  *catalogue,
                GError       **error)
{
  g_autoptr(HipExerciseNames) names = hip_exercise_names_new ();
  g_autoptr(GPtrArray) own = hip_store_load_exercises (self, HIP_ORIGIN_USER, error);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  if (own == NULL)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      hip_exercise_names_add (names, exercise);
    }
  for (guint i = 0; i < own->len; i++)
    hip_exercise_names_add (names, own->pdata[i]);
  return g_steal_pointer (&names);
}

static gboolean
drop_known (HipStore   *self,
            HipImport  *import,
            GError    **error)
{
  guint n_known;

  if (!hip_store_drop_known_sets (self, import->workouts, &n_known, error))
    return FALSE;
  import->n_known += n_known;
  hip_import_recount (import);
  return TRUE;
}

/**
 * hip_store_prepare_import:
 * @catalogue: the catalogue, synced into the store
 * @units: the weight unit of a file that does not say
 *
 * Reads a file of another tracker, or our own CSV, and leaves out what the log already holds:
 * what hip_store_import() would add, to be shown before it is.
 *
 * Returns: (transfer full) (nullable): what the file would add
 */
HipImport *
hip_store_prepare_import (HipStore      *self,
                          HipCatalogue  *catalogue,
                          const char    *data,
                          gsize          length,
                          HipUnits       units,
                          GError       **error)
{
  g_autoptr(HipExerciseNames) names = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(HipImport) import = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);
  g_return_val_if_fail (HIP_IS_CATALOGUE (catalogue), NULL);

  if ((names = exercise_names (self, catalogue, error)) == NULL ||
      (ids = hip_store_exercise_names (self, error)) == NULL)
    return NULL;
  import = hip_import_parse (data, length, names, ids, units, error);
  if (import == NULL || !drop_known (self, import, error))
    return NULL;
  return g_steal_pointer (&import);
}

static gboolean
write_import (HipStore   *self,
              HipImport  *import,
              guint      *n_psfs,
              GError    **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (!drop_known (self, import, error))
    return FALSE;
  for (guint i = 0; i < import->new_exercises->len; i++)
    if (!hip_store_write_exercise (self, import->new_exercises->pdata[i], error))
      return FALSE;
  return hip_store_write_workouts (self, import->workouts, error) &&
         (import->psfs->len == 0 ||
          hip_store_write_psfs_records (self, import->psfs, today, n_psfs, error));
}

/**
 * hip_store_import:
 * @import: from hip_store_prepare_import(); what the log holds by now is left out of it again
 * @n_psfs: (out) (optional): how many lines of the functional scale were read
 *
 * Writes the person's new exercises, the workouts and (from our own CSV) the functional
 * scale: all of them, or on any error none.
 */
gboolean
hip_store_import (HipStore   *self,
                  HipImport  *import,
                  guint      *n_psfs,
                  GError    **error)
{
  guint psfs = 0;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (import != NULL, FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error) ||
      !hip_store_commit_or_rollback (self, write_import (self, import, &psfs, error), error))
    return FALSE;
  if (n_psfs != NULL)
    *n_psfs = psfs;
  return TRUE;
}
