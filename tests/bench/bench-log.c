/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workout log with ten years of synthetic history (a session nearly every day: about
 * 3,650 workouts and 65,000 sets): the weekly aggregates the Progress page reads (12 weeks, a
 * year, everything), saving one set (committed), and the database's size. With a path, leaves
 * the database there (with a profile and an active programme) for the start-up benchmark.
 * Prints one line. */

#include "config.h"

#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-planner.h"
#include "hip-store.h"
#include "hip-store-private.h"
#include "hip-test-history.h"

#define ROUNDS 101

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_ms (double *samples,
           guint   n)
{
  qsort (samples, n, sizeof (double), compare_doubles);
  return samples[n / 2];
}

/* The median time of reading the week volumes and pain from @from to the end. */
static double
time_aggregate (HipStore   *store,
                const char *from)
{
  double samples[ROUNDS];

  for (guint r = 0; r < ROUNDS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GArray) volumes = hip_store_week_volumes (store, from, NULL, G_DATE_MONDAY, NULL);
      g_autoptr(GArray) pain = hip_store_week_pain (store, from, NULL, G_DATE_MONDAY, NULL);

      g_assert_nonnull (volumes);
      g_assert_nonnull (pain);
      samples[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  return median_ms (samples, ROUNDS);
}

static double
time_saving (HipStore *store)
{
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  double samples[ROUNDS];

  g_assert_true (hip_store_start_workout (store, workout, NULL));
  for (guint r = 0; r < ROUNDS; r++)
    {
      g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
      gint64 start;

      set->workout_id = workout->id;
      set->exercise_id = g_strdup ("glute-bridge");
      set->set_number = r % 20 + 1;
      set->reps = 10;
      set->load = 20;
      start = g_get_monotonic_time ();
      g_assert_true (hip_store_log_set (store, set, NULL));
      samples[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  /* The timing's workout is no part of the history: left unfinished, the start-up benchmark
   * would open on a session under way (101 sets of one exercise, in no programme). */
  g_assert_true (hip_store_delete_workout (store, workout->id, NULL));
  g_assert_cmpint (hip_store_get_unfinished_workout (store, NULL), ==, 0);
  return median_ms (samples, ROUNDS);
}

static void
add_programme (HipStore     *store,
               HipCatalogue *catalogue)
{
  g_autoptr(HipPlan) plan = NULL;
  HipProfile profile;

  hip_profile_init (&profile);
  profile.equipment = HIP_EQUIPMENT_ALL;
  g_date_set_dmy (&profile.start, 23, G_DATE_NOVEMBER, 2026);
  g_assert_true (hip_store_save_profile (store, &profile, NULL));
  /* Screened, as everyone with a programme is: otherwise the app opens at the questions. */
  g_assert_true (hip_store_save_screening (store, "2026-11-23", HIP_SCREENING_CLEAR, 0, NULL));
  plan = hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
  g_assert_true (hip_store_save_programme (store, plan, "Benchmark", TRUE, NULL, NULL));
}

static char *
week_start (int weeks_back)
{
  g_autoptr(GDateTime) end = g_date_time_new_local (2026, 11, 23, 0, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_add_weeks (end, -weeks_back);

  return g_date_time_format (start, "%Y-%m-%d");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-bench-log-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "strong-hips.db", NULL);
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2016);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autofree char *w12 = week_start (12), *w52 = week_start (52);
  double t12, t52, tall, save;
  guint sets = 0;
  GStatBuf st;

  store = hip_store_new (path, NULL);
  g_assert_nonnull (store);
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, NULL));
  history = hip_test_history_generate_dense (rand, catalogue, "2016-11-21", 3653);
  g_assert_true (hip_store_import_workouts (store, history, NULL));
  for (guint i = 0; i < history->len; i++)
    sets += ((HipWorkout *) history->pdata[i])->sets->len;
  add_programme (store, catalogue);

  t12 = time_aggregate (store, w12);
  t52 = time_aggregate (store, w52);
  tall = time_aggregate (store, NULL);
  save = time_saving (store);
  g_clear_object (&store);   /* closing checkpoints the WAL into the file */
  g_assert_cmpint (g_stat (path, &st), ==, 0);

  g_print ("log: %u workouts, %u sets; weekly aggregate (volume and pain) median %.2f ms for 12 "
           "weeks, %.2f ms for a year, %.2f ms for 10 years; saving one set %.3f ms; "
           "database %.1f MB\n", history->len, sets, t12, t52, tall, save,
           st.st_size / 1e6);

  if (argc > 1)
    g_assert_cmpint (g_rename (path, argv[1]), ==, 0);
  else
    g_remove (path);
  g_rmdir (dir);
  return 0;
}
