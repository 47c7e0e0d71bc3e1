/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The coach's workflows for the person's own exercises: checking one, saving it (new or
 * edited) into the store and the catalogue every page lists, and deleting one. An exercise
 * that logged sets or a programme still name is retired rather than deleted, so that the log
 * keeps its name and its weekly sums. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-catalogue.h"
#include "hip-coach-private.h"
#include "hip-exercise.h"
#include "hip-store-private.h"
#include "hip-store.h"

/* Returns: (transfer full): an id for a new exercise of the person's own */
char *
hip_coach_new_own_exercise_id (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  return hip_store_make_exercise_id ();
}

static gboolean
has_work (HipExercise *exercise)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_get_action_weight (exercise, a) > 0)
      return TRUE;
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    if (hip_exercise_get_muscle_role (exercise, m) != HIP_MUSCLE_ROLE_NONE)
      return TRUE;
  return FALSE;
}

/**
 * hip_coach_check_own_exercise:
 *
 * What an own exercise needs before it can be saved: a name, and a hip action or a muscle, so
 * that the balance and the filters can place it.
 *
 * Returns: %TRUE if @exercise can be saved; otherwise @error says why, in words for the person
 */
gboolean
hip_coach_check_own_exercise (HipExercise  *exercise,
                              GError      **error)
{
  const char *name;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (HIP_IS_EXERCISE (exercise), FALSE);

  name = hip_exercise_get_name (exercise);
  trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                           _("Give the exercise a name."));
      return FALSE;
    }
  if (!g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > 200)
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                           _("The name is too long: use at most 200 characters."));
      return FALSE;
    }
  if (!has_work (exercise))
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                           _("Choose at least one hip action or muscle it works."));
      return FALSE;
    }
  return TRUE;
}

/* Puts @exercise in the catalogue in place of its old version, or after the others: for an
 * edit, and for the exercises an import brings. */
void
hip_coach_show_own_exercise (HipCoach    *self,
                             HipExercise *exercise)
{
  HipCatalogue *catalogue = hip_coach_get_catalogue (self);
  /* @exercise may be the retired object itself, which forgetting it would free. */
  g_autoptr(HipExercise) keep = g_object_ref (exercise);
  g_autoptr(GError) error = NULL;

  if (hip_catalogue_replace (catalogue, exercise))
    return;
  /* A retired exercise saved again comes back under its old id: list it anew. */
  if (hip_catalogue_lookup (catalogue, hip_exercise_get_id (exercise)) != NULL)
    hip_catalogue_remove_retired (catalogue, hip_exercise_get_id (exercise));
  if (!hip_catalogue_add (catalogue, exercise, &error))
    g_warning ("%s", error->message);
}

/* The log's sums weigh sets with the exercise's actions, and programmes hold the exercise:
 * both are brought up to date with an edited one. */
static void
follow_edit (HipCoach    *self,
             HipExercise *exercise,
             gboolean     weights_changed)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0, n_prescriptions = 0;

  if (!hip_store_count_exercise_uses (store, hip_exercise_get_id (exercise), &n_sets,
                                      &n_prescriptions, &error))
    {
      g_warning ("%s", error->message);
      return;
    }
  if (n_sets > 0 && weights_changed)
    {
      if (!hip_store_exercise_changed (store, hip_exercise_get_id (exercise), &error))
        g_warning ("%s", error->message);
      hip_coach_emit_log_changed (self);
    }
  if (n_prescriptions > 0)
    hip_coach_emit_programme_changed (self, TRUE);
}

/**
 * hip_coach_save_own_exercise:
 * @exercise: a new or edited exercise of the person's own (its id from
 *   hip_coach_new_own_exercise_id(), or the one edited)
 *
 * Checks @exercise (hip_coach_check_own_exercise()), stores it whole and lists it in the
 * catalogue, in place of its old version when edited. On error nothing changes.
 */
gboolean
hip_coach_save_own_exercise (HipCoach     *self,
                             HipExercise  *exercise,
                             GError      **error)
{
  HipExercise *old;
  double old_weights[HIP_N_ACTIONS] = { 0 };
  double new_weights[HIP_N_ACTIONS];
  gboolean edited;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (HIP_IS_EXERCISE (exercise), FALSE);

  old = hip_catalogue_lookup (hip_coach_get_catalogue (self), hip_exercise_get_id (exercise));
  if (old != NULL && hip_exercise_get_origin (old) != HIP_ORIGIN_USER)
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                           _("Exercises of the catalogue cannot be changed."));
      return FALSE;
    }
  /* The old version leaves the catalogue below: what is needed of it is read now. */
  edited = old != NULL;
  if (edited)
    hip_exercise_get_action_weights (old, old_weights);
  hip_exercise_get_action_weights (exercise, new_weights);
  hip_exercise_set_origin (exercise, HIP_ORIGIN_USER);
  if (!hip_coach_check_own_exercise (exercise, error) ||
      !hip_store_save_exercise (hip_coach_get_store (self), exercise, error))
    return FALSE;
  hip_coach_show_own_exercise (self, exercise);
  if (edited)
    follow_edit (self, exercise, memcmp (old_weights, new_weights, sizeof old_weights) != 0);
  return TRUE;
}

/**
 * hip_coach_count_own_exercise_uses:
 * @n_sets: (out): sets logged with it
 * @n_prescriptions: (out): prescriptions of programmes that name it
 *
 * What deleting the exercise would have to keep: to ask the person first.
 */
gboolean
hip_coach_count_own_exercise_uses (HipCoach    *self,
                                   const char  *id,
                                   guint       *n_sets,
                                   guint       *n_prescriptions,
                                   GError     **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return hip_store_count_exercise_uses (hip_coach_get_store (self), id, n_sets, n_prescriptions,
                                        error);
}

/**
 * hip_coach_delete_own_exercise:
 * @kept: (out) (optional): whether it was retired rather than deleted
 *
 * Takes one of the person's own exercises out of the lists. When logged sets or programmes
 * name it, it is kept, retired (hip_store_retire_exercise()), so that they still show its name
 * and nothing logged is lost; otherwise it is deleted.
 */
gboolean
hip_coach_delete_own_exercise (HipCoach    *self,
                               const char  *id,
                               gboolean    *kept,
                               GError     **error)
{
  HipStore *store;
  g_autofree char *owned_id = NULL;
  guint n_sets = 0, n_prescriptions = 0;
  gboolean retire;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  /* @id may be the exercise's own string, which goes with it. */
  owned_id = g_strdup (id);
  store = hip_coach_get_store (self);
  if (!hip_store_count_exercise_uses (store, owned_id, &n_sets, &n_prescriptions, error))
    return FALSE;
  retire = n_sets > 0 || n_prescriptions > 0;
  if (retire ? !hip_store_retire_exercise (store, owned_id, error)
             : !hip_store_delete_exercise (store, owned_id, error))
    return FALSE;
  hip_catalogue_remove (hip_coach_get_catalogue (self), owned_id, retire);
  if (kept != NULL)
    *kept = retire;
  return TRUE;
}

/* Puts the person's own exercises from the store into @catalogue: listed after the built-in
 * ones, and the retired ones known but not listed (the log and old programmes name them). */
void
hip_coach_load_own_exercises (HipCoach     *self,
                              HipCatalogue *catalogue)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_autoptr(GPtrArray) retired = NULL;

  if (own != NULL)
    retired = hip_store_load_retired_exercises (store, &error);
  if (retired == NULL)
    {
      g_warning ("Could not load your exercises: %s", error->message);
      return;
    }
  for (guint i = 0; i < own->len; i++)
    if (!hip_catalogue_add (catalogue, own->pdata[i], &error))
      {
        g_warning ("%s", error->message);
        g_clear_error (&error);
      }
  for (guint i = 0; i < retired->len; i++)
    if (!hip_catalogue_add_retired (catalogue, retired->pdata[i], &error))
      {
        g_warning ("%s", error->message);
        g_clear_error (&error);
      }
}
