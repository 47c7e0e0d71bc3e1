/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The logging path for test-kill: log-sets DATABASE N opens the store (syncing the catalogue),
 * starts a workout and logs N sets one at a time, printing each set's id on a line of its own
 * once hip_store_log_set() has returned, that is once the set is acknowledged. With N = 0 it only
 * makes the database. */
#include <stdio.h>
#include <stdlib.h>

#include "hip-catalogue.h"
#include "hip-store.h"

static const char *exercises[] = { "clamshell", "split-squat", "reverse-lunge" };

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HipCatalogue) catalogue = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(GError) error = NULL;
  guint n;

  if (argc != 3)
    {
      g_printerr ("usage: %s DATABASE N\n", argv[0]);
      return 2;
    }
  n = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  catalogue = hip_catalogue_new_default (&error);
  if (catalogue != NULL)
    store = hip_store_new (argv[1], &error);
  if (store == NULL || !hip_store_sync_catalogue (store, catalogue, NULL, &error)
      || (n > 0 && !hip_store_start_workout (store, workout, &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipLoggedSet) set = hip_logged_set_new ();

      set->workout_id = workout->id;
      set->exercise_id = g_strdup (exercises[i / 20 % G_N_ELEMENTS (exercises)]);
      set->set_number = i / 2 % 10 + 1;
      set->side = i % 2 ? HIP_SIDE_RIGHT : HIP_SIDE_LEFT;
      set->reps = 10;
      set->load = 12.5;
      set->effort = 6;
      set->pain = 2;
      if (!hip_store_log_set (store, set, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      printf ("%" G_GINT64_FORMAT "\n", set->id);
      fflush (stdout);
    }
  return 0;
}
