/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "hip-fuzz.h"

#include "hip-exercise.h"

/* Made on first use and kept for the process: a fuzz run's inputs all read the same catalogue. */
HipCatalogue *
hip_fuzz_catalogue (void)
{
  static HipCatalogue *catalogue;

  if (catalogue == NULL)
    {
      g_autoptr(GError) error = NULL;

      catalogue = hip_catalogue_new_default (&error);
      g_assert_no_error (error);
    }
  return catalogue;
}

GHashTable *
hip_fuzz_known_ids (void)
{
  static GHashTable *ids;

  if (ids == NULL)
    {
      GListModel *model = G_LIST_MODEL (hip_fuzz_catalogue ());

      ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(HipExercise) exercise = g_list_model_get_item (model, i);

          g_hash_table_add (ids, g_strdup (hip_exercise_get_id (exercise)));
        }
    }
  return ids;
}

HipExerciseNames *
hip_fuzz_names (void)
{
  static HipExerciseNames *names;

  if (names == NULL)
    {
      GListModel *model = G_LIST_MODEL (hip_fuzz_catalogue ());

      names = hip_exercise_names_new ();
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(HipExercise) exercise = g_list_model_get_item (model, i);

          hip_exercise_names_add (names, exercise);
        }
    }
  return names;
}
