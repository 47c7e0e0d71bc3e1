/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A synthetic workout history for tests and benchmarks: two or three sessions a week with
 * weeks skipped now and then, six to eight exercises a session, both sides of one-sided work,
 * loads that creep up, and pain that comes and goes. */

#include "config.h"

#include "hip-exercise.h"
#include "hip-test-history.h"

static void
add_sets (GRand       *rand,
          HipWorkout  *workout,
          HipExercise *exercise,
          double       load)
{
  guint sets = g_rand_int_range (rand, 1, 5);
  gboolean one_sided = hip_exercise_get_unilateral (exercise);
  gboolean timed = hip_exercise_get_kind (exercise) != HIP_KIND_REPS;

  for (guint n = 1; n <= sets; n++)
    for (guint side = one_sided ? HIP_SIDE_LEFT : HIP_SIDE_BOTH;
         side <= (one_sided ? HIP_SIDE_RIGHT : HIP_SIDE_BOTH); side++)
      {
        HipLoggedSet *set = hip_logged_set_new ();

        set->exercise_id = g_strdup (hip_exercise_get_id (exercise));
        set->set_number = n;
        set->side = side;
        set->reps = timed ? 0 : g_rand_int_range (rand, 6, 16);
        set->seconds = timed ? g_rand_int_range (rand, 20, 61) : 0;
        set->load = load;
        set->effort = g_rand_int_range (rand, -1, 11);   /* -1: not given */
        set->pain = g_rand_int_range (rand, -1, 8);
        g_ptr_array_add (workout->sets, set);
      }
}

static HipWorkout *
make_workout (GRand        *rand,
              HipCatalogue *catalogue,
              GDateTime    *start,
              guint         week,
              guint         session,
              guint         exercises)
{
  HipWorkout *workout = hip_workout_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, g_rand_int_range (rand, 20, 50));

  workout->week = week;
  workout->session = session;
  workout->started = hip_log_format_time (start);
  /* The latest workout of a history may be under way. */
  workout->finished = hip_log_format_time (end);
  workout->pain_before = g_rand_int_range (rand, -1, 8);
  workout->pain_after = g_rand_int_range (rand, -1, 8);
  workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  for (guint e = 0; e < exercises; e++)
    {
      g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue),
                                                               g_rand_int_range (rand, 0, n));
      double load = g_rand_boolean (rand) ? HIP_LOG_NONE
                                          : 2.5 * g_rand_int_range (rand, 2, 12) + week * 0.5;

      add_sets (rand, workout, exercise, load);
    }
  return workout;
}

/* 07:30 on @day (YYYY-MM-DD), an hour east of UTC: a zone that is not the test machine's. */
static GDateTime *
morning_of (const char *day)
{
  g_autofree char *iso = g_strdup_printf ("%sT07:30:00+01:00", day);
  GDateTime *time = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (time);
  return time;
}

/**
 * hip_test_history_generate:
 * @first_day: YYYY-MM-DD
 * @days: how long the history runs
 *
 * Returns: (transfer full) (element-type HipWorkout): the workouts, oldest first
 */
GPtrArray *
hip_test_history_generate (GRand        *rand,
                           HipCatalogue *catalogue,
                           const char   *first_day,
                           guint         days)
{
  GPtrArray *workouts = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_workout_free);
  g_autoptr(GDateTime) first = morning_of (first_day);
  for (guint week = 0; week * 7 < days; week++)
    {
      guint sessions = g_rand_int_range (rand, 2, 4);

      /* About one week in eight is skipped. */
      if (g_rand_int_range (rand, 0, 8) == 0)
        continue;
      for (guint s = 0; s < sessions; s++)
        {
          guint day = week * 7 + s * 2 + (guint) g_rand_int_range (rand, 0, 2);
          g_autoptr(GDateTime) start = NULL;

          if (day >= days)
            break;
          start = g_date_time_add_seconds (first, day * 86400.0 +
                                                  g_rand_int_range (rand, 0, 12 * 3600));
          g_ptr_array_add (workouts, make_workout (rand, catalogue, start, week % 12 + 1,
                                                   s + 1, g_rand_int_range (rand, 6, 9)));
        }
    }
  return workouts;
}

/**
 * hip_test_history_generate_dense:
 *
 * A session every day, of three to five exercises (about 18 sets): ten years of it is the
 * benchmark's 3,650 workouts and 65,000 sets.
 *
 * Returns: (transfer full) (element-type HipWorkout): the workouts, oldest first
 */
GPtrArray *
hip_test_history_generate_dense (GRand        *rand,
                                 HipCatalogue *catalogue,
                                 const char   *first_day,
                                 guint         days)
{
  GPtrArray *workouts = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_workout_free);
  g_autoptr(GDateTime) first = morning_of (first_day);
  for (guint day = 0; day < days; day++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_seconds (first, day * 86400.0 +
                                                                   g_rand_int_range (rand, 0, 36000));

      g_ptr_array_add (workouts, make_workout (rand, catalogue, start, (day / 7) % 12 + 1,
                                               day % 7 + 1, g_rand_int_range (rand, 3, 6)));
    }
  return workouts;
}
