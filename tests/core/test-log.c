/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workout log: sets survive a restart, an unfinished workout can be resumed, bad values are
 * refused with nothing written, weekly volumes match a plain recomputation over a synthetic
 * history, the CSV round trip is lossless, malformed CSV files are refused whole without
 * touching the database, and every query of the log uses an index. */

#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "hip-calendar.h"
#include "hip-catalogue.h"
#include "hip-csv.h"
#include "hip-exercise.h"
#include "hip-input.h"
#include "hip-planner.h"
#include "hip-store.h"
#include "hip-store-private.h"
#include "hip-test-history.h"

static HipCatalogue *catalogue;

static HipStore *
open_store (void)
{
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(GError) error = NULL;
  HipStore *store = hip_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_no_error (error);
  return store;
}

static HipLoggedSet *
make_set (gint64      workout,
          const char *exercise,
          guint       number,
          HipSide     side)
{
  HipLoggedSet *set = hip_logged_set_new ();

  set->workout_id = workout;
  set->exercise_id = g_strdup (exercise);
  set->set_number = number;
  set->side = side;
  set->reps = 10;
  set->load = 12.5;
  set->effort = 6;
  set->pain = 2;
  return set;
}

static guint
count_sets (HipStore *store)
{
  g_autoptr(GPtrArray) all = hip_store_list_workouts (store, NULL, NULL, TRUE, NULL);
  guint n = 0;

  for (guint i = 0; i < all->len; i++)
    n += ((HipWorkout *) all->pdata[i])->sets->len;
  return n;
}

/* Each set is in the database the moment it is logged: a new connection (as after the app was
 * killed) sees it, and the workout is offered for resuming until it is finished. */
static void
test_survives_restart (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipWorkout) loaded = NULL;
  g_autoptr(HipLoggedSet) first = NULL, second = NULL;
  g_autoptr(GError) error = NULL;

  workout->week = 1;
  workout->session = 2;
  workout->pain_before = 3;
  g_assert_true (hip_store_start_workout (store, workout, &error));
  first = make_set (workout->id, "clamshell", 1, HIP_SIDE_LEFT);
  second = make_set (workout->id, "clamshell", 1, HIP_SIDE_RIGHT);
  second->load = HIP_LOG_NONE;
  second->pain = HIP_LOG_NONE;
  g_assert_true (hip_store_log_set (store, first, &error));
  g_assert_true (hip_store_log_set (store, second, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  store = open_store ();
  g_assert_cmpint (hip_store_get_unfinished_workout (store, NULL), ==, workout->id);
  loaded = hip_store_load_workout (store, workout->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->sets->len, ==, 2);
  g_assert_cmpint (loaded->pain_before, ==, 3);
  g_assert_null (loaded->finished);
  g_assert_cmpfloat (((HipLoggedSet *) loaded->sets->pdata[0])->load, ==, 12.5);
  g_assert_cmpint (((HipLoggedSet *) loaded->sets->pdata[0])->side, ==, HIP_SIDE_LEFT);
  g_assert_cmpfloat (((HipLoggedSet *) loaded->sets->pdata[1])->load, ==, HIP_LOG_NONE);
  g_assert_cmpint (((HipLoggedSet *) loaded->sets->pdata[1])->pain, ==, HIP_LOG_NONE);

  g_assert_true (hip_store_finish_workout (store, workout->id, 2, &error));
  g_assert_cmpint (hip_store_get_unfinished_workout (store, NULL), ==, 0);
}

/* A process killed in the middle of a workout (no clean exit, no finishing) has already saved
 * every set it logged: the next start finds them, and the workout to resume. */
static void
test_killed_mid_workout (void)
{
  if (g_test_subprocess ())
    {
      HipStore *store = open_store ();
      HipWorkout *workout = hip_workout_new ();

      g_assert_true (hip_store_start_workout (store, workout, NULL));
      for (guint n = 1; n <= 2; n++)
        {
          HipLoggedSet *set = make_set (workout->id, "glute-bridge", n, HIP_SIDE_BOTH);

          g_assert_true (hip_store_log_set (store, set, NULL));
        }
      raise (SIGKILL);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  {
    g_autoptr(HipStore) store = open_store ();
    gint64 id = hip_store_get_unfinished_workout (store, NULL);
    g_autoptr(HipWorkout) workout = hip_store_load_workout (store, id, NULL);

    g_assert_cmpint (id, !=, 0);
    g_assert_nonnull (workout);
    g_assert_cmpuint (workout->sets->len, ==, 2);
  }
}

/* Values out of range are refused by the database's CHECKs; nothing is written. */
static void
test_bad_values_refused (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hip_store_start_workout (store, workout, &error));
  set = make_set (workout->id, "glute-bridge", 1, HIP_SIDE_BOTH);
  set->pain = 11;
  g_assert_false (hip_store_log_set (store, set, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  set->pain = 2;
  g_free (set->exercise_id);
  set->exercise_id = g_strdup ("no-such-exercise");
  g_assert_false (hip_store_log_set (store, set, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count_sets (store), ==, 0);
}

/* A set can be corrected or deleted; an unknown set is named in the error. */
static void
test_edit_and_delete (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipWorkout) loaded = NULL;
  g_autoptr(HipLoggedSet) set = NULL;
  g_autoptr(GError) error = NULL;
  int pain, stiffness;

  g_assert_true (hip_store_start_workout (store, workout, &error));
  set = make_set (workout->id, "glute-bridge", 1, HIP_SIDE_BOTH);
  g_assert_true (hip_store_log_set (store, set, &error));
  set->reps = 14;
  g_assert_true (hip_store_update_set (store, set, &error));
  loaded = hip_store_load_workout (store, workout->id, NULL);
  g_assert_cmpuint (((HipLoggedSet *) loaded->sets->pdata[0])->reps, ==, 14);

  g_assert_true (hip_store_delete_set (store, set->id, &error));
  g_assert_false (hip_store_delete_set (store, set->id, &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (count_sets (store), ==, 0);

  g_assert_true (hip_store_save_checkin (store, "2026-11-24", 4, 3, &error));
  g_assert_true (hip_store_save_checkin (store, "2026-11-24", 2, 1, &error));
  g_assert_true (hip_store_load_checkin (store, "2026-11-24", &pain, &stiffness, &error));
  g_assert_cmpint (pain, ==, 2);
  g_assert_cmpint (stiffness, ==, 1);
  g_assert_true (hip_store_load_checkin (store, "2026-11-25", &pain, &stiffness, &error));
  g_assert_cmpint (pain, ==, HIP_LOG_NONE);
  g_assert_false (hip_store_save_checkin (store, "24/11/2026", 2, 1, &error));
  g_clear_error (&error);
  /* What was left out is stored as NULL and read back unknown, never 0; an empty check-in is
   * refused and the day keeps what it had. */
  g_assert_true (hip_store_save_checkin (store, "2026-11-26", HIP_LOG_NONE, 3, &error));
  g_assert_true (hip_store_load_checkin (store, "2026-11-26", &pain, &stiffness, &error));
  g_assert_cmpint (pain, ==, HIP_LOG_NONE);
  g_assert_cmpint (stiffness, ==, 3);
  g_assert_false (hip_store_save_checkin (store, "2026-11-26", HIP_LOG_NONE, HIP_LOG_NONE,
                                          &error));
  g_clear_error (&error);
  g_assert_true (hip_store_load_checkin (store, "2026-11-26", &pain, &stiffness, &error));
  g_assert_cmpint (stiffness, ==, 3);
}

/* The first day of the week (from @start) of @iso's local day. */
static char *
week_of (const char   *iso,
         GDateWeekday  start)
{
  g_autofree char *day = g_strndup (iso, 10);
  GDate date;
  char text[11];

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  while (g_date_get_weekday (&date) != start)
    g_date_subtract_days (&date, 1);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

/* A count from the database at @path, read without the store. */
static int
query_count (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The weekly volumes, recomputed the plain way from the generated workouts, for weeks from
 * @start. */
static GHashTable *
recompute_weeks (GPtrArray    *workouts,
                 GDateWeekday  start)
{
  GHashTable *weeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint w = 0; w < workouts->len; w++)
    {
      HipWorkout *workout = workouts->pdata[w];
      g_autofree char *monday = week_of (workout->started, start);
      HipWeekVolume *week = g_hash_table_lookup (weeks, monday);

      if (week == NULL)
        {
          week = g_new0 (HipWeekVolume, 1);
          g_strlcpy (week->week, monday, sizeof week->week);
          g_hash_table_insert (weeks, g_strdup (monday), week);
        }
      for (guint i = 0; i < workout->sets->len; i++)
        {
          HipLoggedSet *set = workout->sets->pdata[i];
          HipExercise *e = hip_catalogue_lookup (catalogue, set->exercise_id);

          for (guint a = 0; a < HIP_N_ACTIONS; a++)
            week->actions[a] += hip_exercise_get_action_weight (e, a) *
                                (set->side == HIP_SIDE_BOTH ? 1.0 : 0.5);
        }
    }
  return weeks;
}

static GHashTable *
recompute (GPtrArray *workouts)
{
  return recompute_weeks (workouts, G_DATE_MONDAY);
}

/* The store's weekly volumes (weeks from Monday) are @expected's, week by week. */
static void
assert_volumes (HipStore   *store,
                GHashTable *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) weeks = hip_store_week_volumes (store, NULL, NULL, G_DATE_MONDAY, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, g_hash_table_size (expected));
  for (guint i = 0; i < weeks->len; i++)
    {
      HipWeekVolume *week = &g_array_index (weeks, HipWeekVolume, i);
      HipWeekVolume *want = g_hash_table_lookup (expected, week->week);

      g_assert_nonnull (want);
      for (guint a = 0; a < HIP_N_ACTIONS; a++)
        g_assert_cmpfloat_with_epsilon (week->actions[a], want->actions[a], 1e-9);
    }
}

static void
test_week_volumes (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GPtrArray) workouts = hip_test_history_generate (rand, catalogue, "2025-01-06", 365);
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  /* Weeks from Monday, Sunday and Saturday add up the same days differently. */
  static const GDateWeekday starts[] = { G_DATE_MONDAY, G_DATE_SUNDAY, G_DATE_SATURDAY };

  hip_store_import_workouts (store, workouts, &error);
  g_assert_no_error (error);
  for (guint k = 0; k < G_N_ELEMENTS (starts); k++)
    {
      g_autoptr(GHashTable) expected = recompute_weeks (workouts, starts[k]);

      g_clear_pointer (&weeks, g_array_unref);
      weeks = hip_store_week_volumes (store, NULL, NULL, starts[k], &error);
      g_assert_no_error (error);
      g_assert_cmpuint (weeks->len, ==, g_hash_table_size (expected));
      for (guint i = 0; i < weeks->len; i++)
        {
          HipWeekVolume *week = &g_array_index (weeks, HipWeekVolume, i);
          HipWeekVolume *want = g_hash_table_lookup (expected, week->week);
          GDate first;

          g_assert_nonnull (want);
          g_date_clear (&first, 1);
          g_date_set_parse (&first, week->week);
          g_assert_cmpint (g_date_get_weekday (&first), ==, starts[k]);
          for (guint a = 0; a < HIP_N_ACTIONS; a++)
            g_assert_cmpfloat_with_epsilon (week->actions[a], want->actions[a], 1e-9);
          /* Both sides get the same from two-sided work and from both sides of one-sided
           * work. */
          g_assert_cmpfloat_with_epsilon (week->left, week->right, 1e-9);
        }
    }

  /* A range keeps only its weeks. */
  g_clear_pointer (&weeks, g_array_unref);
  weeks = hip_store_week_volumes (store, "2025-03-03", "2025-03-31", G_DATE_MONDAY, &error);
  g_assert_cmpuint (weeks->len, <=, 4);
  for (guint i = 0; i < weeks->len; i++)
    g_assert_true (strcmp (g_array_index (weeks, HipWeekVolume, i).week, "2025-03-03") >= 0);
}

/* Scores of one week and one time, as given: a plain list. */
typedef struct
{
  GArray *scores[HIP_N_PAIN_TIMES];   /* of int */
  guint   sessions;
} PainWeek;

static void
pain_week_free (gpointer data)
{
  PainWeek *week = data;

  for (guint t = 0; t < HIP_N_PAIN_TIMES; t++)
    g_array_unref (week->scores[t]);
  g_free (week);
}

static PainWeek *
pain_week_for (GHashTable   *weeks,
               const char   *day,
               GDateWeekday  start)
{
  g_autofree char *first = week_of (day, start);
  PainWeek *week = g_hash_table_lookup (weeks, first);

  if (week == NULL)
    {
      week = g_new0 (PainWeek, 1);
      for (guint t = 0; t < HIP_N_PAIN_TIMES; t++)
        week->scores[t] = g_array_new (FALSE, FALSE, sizeof (int));
      g_hash_table_insert (weeks, g_steal_pointer (&first), week);
    }
  return week;
}

static void
add_score (PainWeek    *week,
           HipPainTime  time,
           int          score)
{
  if (score != HIP_LOG_NONE)
    g_array_append_val (week->scores[time], score);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The median of @scores, sorted the plain way, or NAN. */
static double
plain_median (GArray *scores)
{
  guint n = scores->len;

  if (n == 0)
    return NAN;
  g_array_sort (scores, compare_ints);
  return n % 2 == 1 ? g_array_index (scores, int, n / 2)
                    : (g_array_index (scores, int, n / 2 - 1) + g_array_index (scores, int, n / 2))
                      / 2.0;
}

/* Each week's scores during sets, before and after sessions and the next mornings, and its
 * sessions finished, from @workouts and @checkins. */
static GHashTable *
recompute_pain (GPtrArray    *workouts,
                GArray       *checkins,
                GDateWeekday  start)
{
  GHashTable *weeks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, pain_week_free);

  for (guint w = 0; w < workouts->len; w++)
    {
      HipWorkout *workout = workouts->pdata[w];
      PainWeek *week = pain_week_for (weeks, workout->started, start);

      week->sessions += workout->finished != NULL;
      add_score (week, HIP_PAIN_BEFORE, workout->pain_before);
      add_score (week, HIP_PAIN_AFTER, workout->pain_after);
      for (guint i = 0; i < workout->sets->len; i++)
        add_score (week, HIP_PAIN_DURING, ((HipLoggedSet *) workout->sets->pdata[i])->pain);
    }
  for (guint c = 0; c < checkins->len; c++)
    {
      HipCheckin *checkin = &g_array_index (checkins, HipCheckin, c);

      add_score (pain_week_for (weeks, checkin->day, start), HIP_PAIN_MORNING, checkin->pain);
    }
  return weeks;
}

/* Pain by week (the median and the worst, at each time) and sessions done, against the plain
 * recomputation, for weeks from Monday and from Saturday. */
static void
test_week_pain (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GPtrArray) workouts = hip_test_history_generate (rand, catalogue, "2025-06-02", 120);
  g_autoptr(GArray) checkins = g_array_new (FALSE, TRUE, sizeof (HipCheckin));
  static const GDateWeekday starts[] = { G_DATE_MONDAY, G_DATE_SATURDAY };
  g_autoptr(GError) error = NULL;

  g_assert_true (hip_store_import_workouts (store, workouts, &error));
  /* Mornings: some pain unknown (only stiffness given), never counted as 0. */
  for (guint d = 0; d < 120; d += 3)
    {
      HipCheckin checkin = { { 0 } };
      GDate day;

      g_date_set_dmy (&day, 2, G_DATE_JUNE, 2025);
      g_date_add_days (&day, d);
      g_date_strftime (checkin.day, sizeof checkin.day, "%Y-%m-%d", &day);
      checkin.pain = d % 4 == 0 ? HIP_LOG_NONE : g_rand_int_range (rand, 0, 11);
      checkin.stiffness = 2;
      g_assert_true (hip_store_save_checkin (store, checkin.day, checkin.pain, checkin.stiffness,
                                             &error));
      g_array_append_val (checkins, checkin);
    }

  for (guint k = 0; k < G_N_ELEMENTS (starts); k++)
    {
      g_autoptr(GHashTable) expected = recompute_pain (workouts, checkins, starts[k]);
      g_autoptr(GArray) weeks = hip_store_week_pain (store, NULL, NULL, starts[k], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (weeks->len, ==, g_hash_table_size (expected));
      for (guint i = 0; i < weeks->len; i++)
        {
          HipWeekPain *week = &g_array_index (weeks, HipWeekPain, i);
          PainWeek *want = g_hash_table_lookup (expected, week->week);

          g_assert_nonnull (want);
          g_assert_cmpuint (week->sessions, ==, want->sessions);
          for (guint t = 0; t < HIP_N_PAIN_TIMES; t++)
            {
              double median = plain_median (want->scores[t]);
              GArray *sorted = want->scores[t];

              g_assert_cmpuint (hip_pain_tally_count (&week->pain[t]), ==, sorted->len);
              if (sorted->len == 0)
                {
                  g_assert_true (isnan (hip_pain_tally_median (&week->pain[t])));
                  g_assert_cmpint (hip_pain_tally_worst (&week->pain[t]), ==, HIP_LOG_NONE);
                  continue;
                }
              g_assert_cmpfloat (hip_pain_tally_median (&week->pain[t]), ==, median);
              g_assert_cmpint (hip_pain_tally_worst (&week->pain[t]), ==,
                               g_array_index (sorted, int, sorted->len - 1));
            }
          if (i > 0)
            g_assert_cmpint (strcmp (g_array_index (weeks, HipWeekPain, i - 1).week, week->week),
                             <, 0);
        }
    }
}

/* The reviewer's week: six sets without pain and one at 7. Its mean was 1.0; its median is 0
 * and its worst 7. An even number of scores has the middle two's mean for a median. */
static void
test_pain_median_and_worst (void)
{
  static const struct
  {
    int    scores[8];
    guint  n;
    double median;
    int    worst;
  } cases[] = {
    { { 0, 0, 0, 0, 0, 0, 7 }, 7, 0, 7 },
    { { 7 }, 1, 7, 7 },
    { { 2, 5 }, 2, 3.5, 5 },
    { { 10, 0, 3, 3 }, 4, 3, 10 },
    { { HIP_LOG_NONE, 4, HIP_LOG_NONE }, 3, 4, 4 },
  };
  HipPainTally none = { { 0 } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      HipPainTally tally = { { 0 } };

      for (guint i = 0; i < cases[c].n; i++)
        hip_pain_tally_add (&tally, cases[c].scores[i], 1);
      g_assert_cmpfloat (hip_pain_tally_median (&tally), ==, cases[c].median);
      g_assert_cmpint (hip_pain_tally_worst (&tally), ==, cases[c].worst);
    }
  /* Nothing given is unknown, not 0. */
  g_assert_true (isnan (hip_pain_tally_median (&none)));
  g_assert_cmpint (hip_pain_tally_worst (&none), ==, HIP_LOG_NONE);

  /* And so the store, from the sets of one workout. */
  {
    g_autoptr(HipStore) store = open_store ();
    g_autoptr(HipWorkout) workout = hip_workout_new ();
    g_autoptr(GArray) weeks = NULL;
    g_autoptr(GError) error = NULL;

    workout->started = g_strdup ("2026-03-04T08:00:00+01:00");
    g_assert_true (hip_store_start_workout (store, workout, &error));
    for (guint n = 1; n <= 7; n++)
      {
        g_autoptr(HipLoggedSet) set = make_set (workout->id, "glute-bridge", n, HIP_SIDE_BOTH);

        set->pain = n == 7 ? 7 : 0;
        g_assert_true (hip_store_log_set (store, set, &error));
      }
    weeks = hip_store_week_pain (store, NULL, NULL, G_DATE_MONDAY, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (weeks->len, ==, 1);
    g_assert_cmpstr (g_array_index (weeks, HipWeekPain, 0).week, ==, "2026-03-02");
    g_assert_cmpfloat (hip_pain_tally_median (&g_array_index (weeks, HipWeekPain, 0).pain[0]),
                       ==, 0);
    g_assert_cmpint (hip_pain_tally_worst (&g_array_index (weeks, HipWeekPain, 0).pain[0]), ==,
                     7);
  }
}

/* What the adaptation rules read: the latest workouts first, and mornings above the usual. */
static void
test_recent_performances (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  HipPerformance recent[2];

  for (guint w = 0; w < 3; w++)
    {
      g_autoptr(HipWorkout) workout = hip_workout_new ();

      workout->started = g_strdup_printf ("2026-11-%02uT08:00:00+00:00", 10 + w);
      g_assert_true (hip_store_start_workout (store, workout, &error));
      for (guint n = 1; n <= 2; n++)
        {
          g_autoptr(HipLoggedSet) set = make_set (workout->id, "glute-bridge", n, HIP_SIDE_BOTH);

          set->reps = 10 + w + n;           /* the last set of workout w: 12 + w */
          set->load = 10 + w;
          set->pain = w == 1 ? 6 : 1;
          g_assert_true (hip_store_log_set (store, set, &error));
        }
    }
  g_assert_cmpuint (hip_store_recent_performances (store, "glute-bridge", recent, 2, &error), ==, 2);
  g_assert_cmpuint (recent[0].last_set_reps, ==, 14);
  g_assert_cmpfloat (recent[0].load, ==, 12);
  g_assert_cmpint (recent[0].max_pain, ==, 1);
  g_assert_cmpuint (recent[1].last_set_reps, ==, 13);
  g_assert_cmpint (recent[1].max_pain, ==, 6);
  g_assert_cmpuint (hip_store_recent_performances (store, "clamshell", recent, 2, &error), ==, 0);
  /* One-sided work: the weaker side's last set counts, whichever side was logged last. */
  {
    g_autoptr(HipWorkout) workout = hip_workout_new ();
    static const struct { HipSide side; guint reps; } sets[] = {
      { HIP_SIDE_LEFT, 13 }, { HIP_SIDE_RIGHT, 14 }, { HIP_SIDE_LEFT, 10 }, { HIP_SIDE_RIGHT, 14 },
    };

    workout->started = g_strdup ("2026-11-20T08:00:00+00:00");
    g_assert_true (hip_store_start_workout (store, workout, &error));
    for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
      {
        g_autoptr(HipLoggedSet) set = make_set (workout->id, "clamshell", i / 2 + 1, sets[i].side);

        set->reps = sets[i].reps;
        g_assert_true (hip_store_log_set (store, set, &error));
      }
    g_assert_cmpuint (hip_store_recent_performances (store, "clamshell", recent, 2, &error), ==, 1);
    g_assert_cmpuint (recent[0].last_set_reps, ==, 10);
    g_assert_false (recent[0].pain_missing);
  }
  /* The left side alone, far past the top: the right side, never logged, reached nothing. A
   * set whose pain was left out is said so; the pain entered is still read. */
  {
    g_autoptr(HipWorkout) workout = hip_workout_new ();

    workout->started = g_strdup ("2026-11-21T08:00:00+00:00");
    g_assert_true (hip_store_start_workout (store, workout, &error));
    for (guint n = 1; n <= 2; n++)
      {
        g_autoptr(HipLoggedSet) set = make_set (workout->id, "clamshell", n, HIP_SIDE_LEFT);

        set->reps = 20;
        set->pain = n == 1 ? 1 : HIP_LOG_NONE;
        g_assert_true (hip_store_log_set (store, set, &error));
      }
    g_assert_cmpuint (hip_store_recent_performances (store, "clamshell", recent, 2, &error), ==, 2);
    g_assert_cmpuint (recent[0].last_set_reps, ==, 0);
    g_assert_cmpint (recent[0].max_pain, ==, 1);
    g_assert_true (recent[0].pain_missing);
    g_assert_cmpuint (recent[1].last_set_reps, ==, 10);
    g_assert_false (recent[1].pain_missing);
  }

  g_assert_true (hip_store_save_checkin (store, "2026-11-11", 5, 2, &error));
  g_assert_true (hip_store_save_checkin (store, "2026-11-13", 2, 1, &error));
  g_assert_true (hip_store_save_checkin (store, "2026-11-12", 4, 3, &error));
  {
    g_autoptr(GArray) checkins = hip_store_list_checkins (store, "2026-11-12", 0, &error);
    HipCheckin *first = &g_array_index (checkins, HipCheckin, 0);

    g_assert_no_error (error);
    g_assert_cmpuint (checkins->len, ==, 2);
    g_assert_cmpstr (first->day, ==, "2026-11-12");
    g_assert_cmpint (first->pain, ==, 4);
    g_assert_cmpint (first->stiffness, ==, 3);
  }
}

/* The weekly sums follow sets that are corrected or deleted, and workouts that are deleted. */
static void
test_sums_follow_changes (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (23);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-03-02", 90);
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GError) error = NULL;
  HipWorkout *first = NULL, *second = NULL;
  HipLoggedSet *set;

  g_assert_true (hip_store_import_workouts (store, history, &error));
  first = history->pdata[0];
  second = history->pdata[1];
  set = first->sets->pdata[0];
  set->side = set->side == HIP_SIDE_BOTH ? HIP_SIDE_BOTH : HIP_SIDE_LEFT;
  g_free (set->exercise_id);
  set->exercise_id = g_strdup ("clamshell");
  set->pain = 9;
  g_assert_true (hip_store_update_set (store, set, &error));
  g_assert_true (hip_store_delete_set (store, ((HipLoggedSet *) first->sets->pdata[1])->id, &error));
  g_assert_true (hip_store_delete_workout (store, second->id, &error));

  left = hip_store_list_workouts (store, NULL, NULL, TRUE, &error);
  expected = recompute (left);
  assert_volumes (store, expected);
}

/* Sets written while the store has no catalogue to weigh them with (the command line before
 * it syncs, a start before the catalogue is read) wait; the catalogue's arrival sums them, by
 * the balance module's weights. No SQL trigger keeps a second copy of the rule. */
static void
test_sums_wait_for_catalogue (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (29);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-05-04", 40);
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GHashTable) expected = recompute (history);
  g_autoptr(GArray) before = NULL;
  g_autoptr(GError) error = NULL;

  store = open_store ();
  g_clear_object (&store);
  /* The exercises are in the file from the first opening; this one has no catalogue. */
  store = hip_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_true (hip_store_import_workouts (store, history, &error));
  before = hip_store_week_volumes (store, NULL, NULL, G_DATE_MONDAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 0);

  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  assert_volumes (store, expected);
  g_clear_object (&store);
  g_assert_cmpint (query_count (path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                      "AND name LIKE 'set_%'"), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* A schema 5 file, with its triggers and weekly sums, is migrated: the triggers go and every
 * week is summed again from its sets. */
static void
test_sums_from_schema_5 (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (31);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-01-05", 30);
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GHashTable) expected = recompute (history);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_assert_true (hip_store_import_workouts (store, history, &error));
  g_clear_object (&store);
  /* Back to how schema 5 left the file (the trigger's body does not matter: it is dropped). */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "DROP TABLE day_summary; DROP TABLE day_stale;"
    "DROP TABLE planned_session; DROP TABLE screening; DROP TABLE skipped_session;"
    "DROP TABLE week_start; DROP TABLE resumed_session;"
    "ALTER TABLE workout DROP COLUMN light; ALTER TABLE prescription DROP COLUMN stepped_from;"
    "CREATE TABLE week_volume (week TEXT NOT NULL, action TEXT NOT NULL, volume REAL NOT NULL,"
    "  left REAL NOT NULL, right REAL NOT NULL, PRIMARY KEY (week, action)) STRICT, WITHOUT ROWID;"
    "CREATE TABLE week_set_pain (week TEXT PRIMARY KEY, total INTEGER NOT NULL,"
    "  count INTEGER NOT NULL) STRICT, WITHOUT ROWID;"
    "CREATE TRIGGER set_added AFTER INSERT ON workout_set BEGIN SELECT 1; END;"
    /* What later schemas added goes too, as they add it again. */
    "DROP TABLE psfs_rating; DROP TABLE psfs_activity; DROP TABLE psfs_skip;"
    "ALTER TABLE profile DROP COLUMN load_step;"
    "ALTER TABLE prescription DROP COLUMN full_seconds;"
    "ALTER TABLE prescription DROP COLUMN full_sets;"
    "ALTER TABLE prescription DROP COLUMN full_reps;"
    "PRAGMA user_version = 5;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = open_store ();
  assert_volumes (store, expected);
  g_clear_object (&store);
  g_assert_cmpint (query_count (path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                      "AND name LIKE 'set_%'"), ==, 0);
  g_assert_cmpint (query_count (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
}

static GHashTable *
known_ids (void)
{
  GHashTable *known = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      g_hash_table_add (known, (gpointer) hip_exercise_get_id (e));
    }
  return known;
}

/* Export, import into an empty database, export again: the same text. */
static void
test_csv_round_trip (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-01-05", 120);
  g_autoptr(GPtrArray) all = NULL, parsed = NULL, again = NULL;
  g_autoptr(GHashTable) known = known_ids ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL;
  g_autofree char *path = hip_store_get_default_path ();

  g_assert_true (hip_store_import_workouts (store, history, &error));
  all = hip_store_list_workouts (store, NULL, NULL, TRUE, &error);
  first = hip_csv_format_workouts (all, NULL);

  parsed = hip_csv_parse_workouts (first, strlen (first), known, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (g_remove (path), ==, 0);
  store = open_store ();
  g_assert_true (hip_store_import_workouts (store, parsed, &error));
  again = hip_store_list_workouts (store, NULL, NULL, TRUE, &error);
  second = hip_csv_format_workouts (again, NULL);
  g_assert_cmpstr (first, ==, second);
}

static const struct
{
  const char *name;
  const char *text;
  const char *expected;     /* in the message */
} malformed[] = {
  { "empty", "", "Line 1: the file is empty" },
  { "header", "when,what\r\n", "Line 1: the header" },
  { "unclosed-quote",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,\"glute-bridge,1,both,10,0,,,\n",
    "Line 2: a quoted field is not closed" },
  { "stray-quote",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,glute\"bridge,1,both,10,0,,,\n",
    "Line 2: a quote inside" },
  { "columns",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,,\n",
    "Line 2: 13 fields instead of 14" },
  { "number",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,,,\n"
    "2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,2,both,ten,0,,,\n",
    "Line 3: reps must be" },
  { "load",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,-5,,\n",
    "Line 2: load_kg" },
  { "pain",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,,,11\n",
    "Line 2: effort and pain" },
  { "exercise",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,moon-walk,1,both,10,0,,,\n",
    "Line 2: unknown exercise “moon-walk”" },
  { "date",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n05/01/2026,,1,1,,,glute-bridge,1,both,10,0,,,\n",
    "Line 2: “05/01/2026” is not a date and time" },
  { "utf8",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,,,\n"
    "2026-01-05T07:30:00+01:00,,1,1,,,glute\xff-bridge,1,both,10,0,,,\n",
    "Line 3: the text is not UTF-8" },
  { "inconsistent",
    "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,"
    "load_kg,effort,pain\n2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,,,\n"
    "2026-01-05T07:30:00+01:00,,1,1,4,,glute-bridge,2,both,10,0,,,\n",
    "Line 3: the workout started" },
};

/* Each malformed file is refused with its line and reason, and the log is left as it was. */
static void
test_csv_malformed (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-01-05", 30);
  g_autoptr(GHashTable) known = known_ids ();
  guint before;

  g_assert_true (hip_store_import_workouts (store, history, NULL));
  before = count_sets (store);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) parsed = hip_csv_parse_workouts (malformed[i].text,
                                                            strlen (malformed[i].text), known,
                                                            NULL, &error);

      g_test_message ("%s: %s", malformed[i].name, error != NULL ? error->message : "accepted");
      g_assert_null (parsed);
      g_assert_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, malformed[i].expected));
    }
  g_assert_cmpuint (count_sets (store), ==, before);
}

#define HEADER "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps," \
               "seconds,load_kg,effort,pain,exercise_name\n"
#define LINE "2026-01-05T07:30:00+01:00,2026-01-05T08:00:00+01:00,1,1,,,glute-bridge,1,both," \
             "10,0,,,,\n"
#define BOM "\xEF\xBB\xBF"

/* What the format does not allow, and text the reader must name rightly: each refused with
 * its line and reason (length 0: up to the text's end; a NUL needs its own length). */
static const struct
{
  const char *name;
  const char *text;
  gsize       length;
  const char *expected;
} refused[] = {
  { "finished-before-started", HEADER
    "2026-01-05T07:30:00+01:00,2026-01-05T07:29:59+01:00,1,1,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 2: the workout finished before it started" },
  { "finished-before-started-other-offset", HEADER LINE
    "2026-01-06T07:30:00+01:00,2026-01-06T06:00:00Z,1,2,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 3: the workout finished before it started" },
  { "hex-load", HEADER
    "2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,0x10,,,\n",
    0, "Line 2: load_kg must be empty or a number from 0 to 500, not “0x10”" },
  { "hex-reps", HEADER
    "2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,0x10,0,,,,\n",
    0, "Line 2: reps must be" },
  { "hex-week", HEADER
    "2026-01-05T07:30:00+01:00,,0x1,1,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 2: week must be" },
  { "reps-and-seconds", HEADER LINE
    "2026-01-05T07:30:00+01:00,2026-01-05T08:00:00+01:00,1,1,,,glute-bridge,2,both,10,30,,,,\n",
    0, "Line 3: a set has reps (0 seconds) or seconds (0 reps), not both" },
  { "second-60", HEADER
    "2026-01-05T07:30:60+01:00,,1,1,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 2: “2026-01-05T07:30:60+01:00”: the second must be 0–59 (started)" },
  { "second-60-basic", HEADER LINE
    "2026-01-06T07:30:00+01:00,20260106T083060+0100,1,1,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 3: “20260106T083060+0100”: the second must be 0–59 (finished)" },
  { "year-999", HEADER LINE
    "0999-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 3: “0999-01-05T07:30:00+01:00”: the year must be from 1000 to 9999 (started)" },
  { "year-1-finished", HEADER
    "2026-01-05T07:30:00+01:00,0001-01-05T07:30:00Z,1,1,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 2: “0001-01-05T07:30:00Z”: the year must be from 1000 to 9999 (finished)" },
  { "offset-15", HEADER
    "2026-01-05T07:30:00+15:00,,1,1,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 2: “2026-01-05T07:30:00+15:00”: the offset from UTC must be" },
  { "offset-minus-14-30", HEADER LINE LINE
    "2026-01-06T07:30:00-14:30,,1,1,,,glute-bridge,1,both,10,0,,,,\n",
    0, "Line 4: “2026-01-06T07:30:00-14:30”: the offset from UTC must be" },
  { "two-boms", BOM BOM HEADER LINE, 0, "Line 1: the file starts with two byte order marks" },
  { "bom-inside", BOM HEADER LINE BOM LINE, 0, "Line 3: a byte order mark (U+FEFF) inside" },
  { "bom-in-field", HEADER LINE
    "2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge," BOM "2,both,10,0,,,,\n",
    0, "Line 3: a byte order mark (U+FEFF) inside" },
  { "nul", HEADER LINE LINE "2026-01-05T07:30:00+01:00,,1,1,,,glute\0bridge,1,both,10,0,,,,\n",
    sizeof (HEADER LINE LINE "2026-01-05T07:30:00+01:00,,1,1,,,glute\0bridge,1,both,10,0,,,,\n")
    - 1, "Line 4: contains a NUL character" },
  { "bom-and-nul", BOM HEADER "\0", sizeof (BOM HEADER "\0") - 1,
    "Line 2: contains a NUL character" },
  { "nul-after-cr-lines", "a\rb\r\nc\rd\0", 10, "Line 4: contains a NUL character" },
  { "activity-control", HEADER LINE "\nactivity,position,day,score\n"
    "Climbing stairs,1,2026-01-05,3\nPutting \x1b[2Jon socks,2,,\n",
    0, "Line 6: the activity “Putting \\x1b[2Jon socks” holds a control character" },
};

static void
test_csv_refused (void)
{
  g_autoptr(GHashTable) known = known_ids ();

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gsize length = refused[i].length > 0 ? refused[i].length : strlen (refused[i].text);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) parsed = hip_csv_parse_workouts (refused[i].text, length, known, NULL,
                                                            &error);

      g_test_message ("%s: %s", refused[i].name, error != NULL ? error->message : "accepted");
      g_assert_null (parsed);
      g_assert_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, refused[i].expected));
    }
}

/* The edges that are allowed: second 59, offsets ±14:00, year 1000, finished at its start,
 * reps or seconds alone (or neither), a BOM at the start. */
static void
test_csv_edges_accepted (void)
{
  g_autoptr(GHashTable) known = known_ids ();
  static const char text[] = BOM HEADER
    "2026-01-05T07:30:59+14:00,2026-01-05T07:30:59+14:00,1,1,,,glute-bridge,1,both,10,0,,,,\n"
    "2026-01-06T07:30:00-14:00,,1,1,,,side-plank,1,left,0,30,,,,\n"
    "1000-01-01T00:00:00+01:00,,1,1,,,glute-bridge,1,both,0,0,,,,\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parsed = hip_csv_parse_workouts (text, strlen (text), known, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, 3);
  g_assert_cmpstr (((HipWorkout *) parsed->pdata[0])->started, ==, "2026-01-05T07:30:59+14:00");
  g_assert_cmpstr (((HipWorkout *) parsed->pdata[1])->started, ==, "2026-01-06T07:30:00-14:00");
  g_assert_cmpstr (((HipWorkout *) parsed->pdata[2])->started, ==, "1000-01-01T00:00:00+01:00");
}

/* Lines with the same start are one workout wherever they are (docs/file-formats.md: the CSV format), and
 * must agree on its details there too. */
static void
test_csv_same_start_apart (void)
{
  g_autoptr(GHashTable) known = known_ids ();
  static const char apart[] = HEADER
    "2026-01-05T07:30:00+01:00,2026-01-05T08:00:00+01:00,1,1,2,,glute-bridge,1,both,10,0,,,,\n"
    "2026-01-07T07:30:00+01:00,2026-01-07T08:00:00+01:00,1,2,,,glute-bridge,1,both,10,0,,,,\n"
    "2026-01-05T07:30:00+01:00,2026-01-05T08:00:00+01:00,1,1,2,,side-plank,1,left,0,30,,,,\n";
  static const char differ[] = HEADER
    "2026-01-05T07:30:00+01:00,2026-01-05T08:00:00+01:00,1,1,2,,glute-bridge,1,both,10,0,,,,\n"
    "2026-01-07T07:30:00+01:00,2026-01-07T08:00:00+01:00,1,2,,,glute-bridge,1,both,10,0,,,,\n"
    "2026-01-05T07:30:00+01:00,2026-01-05T08:00:00+01:00,1,1,5,,side-plank,1,left,0,30,,,,\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parsed = hip_csv_parse_workouts (apart, strlen (apart), known, NULL,
                                                        &error);
  g_autoptr(GPtrArray) refused_whole = NULL;
  HipWorkout *first;

  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, 2);
  first = parsed->pdata[0];
  g_assert_cmpstr (first->started, ==, "2026-01-05T07:30:00+01:00");
  g_assert_cmpuint (first->sets->len, ==, 2);
  g_assert_cmpstr (((HipLoggedSet *) first->sets->pdata[1])->exercise_id, ==, "side-plank");
  g_assert_cmpuint (((HipWorkout *) parsed->pdata[1])->sets->len, ==, 1);

  refused_whole = hip_csv_parse_workouts (differ, strlen (differ), known, NULL, &error);
  g_assert_null (refused_whole);
  g_assert_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Line 4: the workout started "
                                   "2026-01-05T07:30:00+01:00 has different details"));
}

/* A field over 1 KB is refused with its line, even a 10 MB one; text of the file in a message
 * is cut to 60 characters and its control characters escaped. */
static void
test_csv_long_and_escaped (void)
{
  g_autoptr(GHashTable) known = known_ids ();
  g_autoptr(GString) text = g_string_new (HEADER LINE "2026-01-05T07:30:00+01:00,,1,1,,,");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  static const char escape[] = HEADER
    "2026-01-05T07:30:00+01:00,,1,1,,,\x1b]0;owned\x07\x1b[2J\xc2\x9b" "31m\xe2\x80\xae"
    "evil,1,both,10,0,,,,\n";
  const char *at;

  for (guint i = 0; i < 1025; i++)
    g_string_append_c (text, 'x');
  g_string_append (text, ",1,both,10,0,,,,\n");
  parsed = hip_csv_parse_workouts (text->str, text->len, known, NULL, &error);
  g_assert_null (parsed);
  g_assert_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Line 3: a field is longer than 1024 bytes");
  g_clear_error (&error);

  /* Exactly 1024 bytes is a field the reader takes (the id is then unknown). */
  g_string_assign (text, HEADER "2026-01-05T07:30:00+01:00,,1,1,,,");
  for (guint i = 0; i < 1024; i++)
    g_string_append_c (text, 'y');
  g_string_append (text, ",1,both,10,0,,,,\n");
  parsed = hip_csv_parse_workouts (text->str, text->len, known, NULL, &error);
  g_assert_null (parsed);
  g_assert_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Line 2: unknown exercise “yyyy"));
  /* Between the quotes, 59 characters and an ellipsis. */
  at = strstr (error->message, "“") + strlen ("“");
  g_assert_cmpuint (strspn (at, "y"), ==, HIP_INPUT_ECHO_CHARS - 1);
  g_assert_cmpstr (at + HIP_INPUT_ECHO_CHARS - 1, ==, "…”");
  g_clear_error (&error);

  parsed = hip_csv_parse_workouts (escape, strlen (escape), known, NULL, &error);
  g_assert_null (parsed);
  g_assert_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_null (strchr (error->message, '\x1b'));
  g_assert_null (strchr (error->message, '\x07'));
  g_assert_null (strstr (error->message, "\xc2\x9b"));
  g_assert_null (strstr (error->message, "\xe2\x80\xae"));
  g_assert_cmpstr (error->message, ==,
                   "Line 2: unknown exercise “\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202eevil”");
}

/* A large file is read in time linear in its lines: a workout of 100,000 different sets (the
 * copies of a set are found by key, not set against set) and a scale of 100,000 ratings. */
static void
test_csv_many_lines (void)
{
  g_autoptr(GHashTable) known = known_ids ();
  g_autoptr(GString) text = g_string_new (HEADER);
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GPtrArray) psfs = NULL;
  g_autoptr(GError) error = NULL;
  const guint n = 100000;
  GDate day;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,%u,both,10,0,"
                            "%u.%02u,,,\n", i % 20 + 1, i / 20 / 100, i / 20 % 100);
  /* One copy of a line: read once. */
  g_string_append (text, "2026-01-05T07:30:00+01:00,,1,1,,,glute-bridge,1,both,10,0,0.00,,,\n");
  g_string_append (text, "\nactivity,position,day,score\n");
  g_date_set_dmy (&day, 1, G_DATE_JANUARY, 1800);
  for (guint i = 0; i < n; i++, g_date_add_days (&day, 1))
    g_string_append_printf (text, "Climbing stairs,1,%04u-%02u-%02u,%u\n", g_date_get_year (&day),
                            g_date_get_month (&day), g_date_get_day (&day), i % 11);
  parsed = hip_csv_parse_workouts (text->str, text->len, known, &psfs, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, 1);
  g_assert_cmpuint (((HipWorkout *) parsed->pdata[0])->sets->len, ==, n);
  g_assert_cmpuint (psfs->len, ==, n);
}

/* Export writes four-digit years: GLib's %Y writes 999. */
static void
test_time_four_digit_year (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) early = g_date_time_new (zone, 999, 3, 4, 5, 6, 7);
  g_autoptr(GDateTime) first = g_date_time_new_utc (1, 1, 1, 0, 0, 0);
  g_autofree char *a = hip_log_format_time (early);
  g_autofree char *b = hip_log_format_time (first);

  g_assert_cmpstr (a, ==, "0999-03-04T05:06:07+01:00");
  g_assert_cmpstr (b, ==, "0001-01-01T00:00:00+00:00");
}

/* The one helper every message goes through to show text of a file. */
static void
test_echo (void)
{
  static const struct
  {
    const char *text;
    gssize      length;
    const char *shown;
  } cases[] = {
    { "Clamshell", -1, "Clamshell" },
    { "", -1, "" },
    { "a\x1b[2Jb", -1, "a\\x1b[2Jb" },
    { "tab\there\nline\r", -1, "tab\\there\\nline\\r" },
    { "del\x7f", -1, "del\\x7f" },
    { "c1\xc2\x9b" "31m", -1, "c1\\x9b31m" },
    { "rtl\xe2\x80\xae" "gnp.exe", -1, "rtl\\u202egnp.exe" },
    { "not\xff" "utf8", -1, "not\\xffutf8" },
    { "nul\0here", 8, "nul\\x00here" },
    { "Übung für Hüfte", -1, "Übung für Hüfte" },
    /* 60 characters are shown whole; 61 are cut to 59 and an ellipsis. */
    { "123456789012345678901234567890123456789012345678901234567890", -1,
      "123456789012345678901234567890123456789012345678901234567890" },
    { "1234567890123456789012345678901234567890123456789012345678901", -1,
      "12345678901234567890123456789012345678901234567890123456789…" },
    /* An escape is never cut in half. */
    { "12345678901234567890123456789012345678901234567890123456\x1b" "xyz", -1,
      "12345678901234567890123456789012345678901234567890123456…" },
    { "ääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääääää", -1,
      "äääääääääääääääääääääääääääääääääääääääääääääääääääääääääää…" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = hip_input_echo (cases[i].text, cases[i].length);

      g_assert_cmpstr (shown, ==, cases[i].shown);
      g_assert_true (g_utf8_validate (shown, -1, NULL));
      g_assert_cmpuint (g_utf8_strlen (shown, -1), <=, HIP_INPUT_ECHO_CHARS);
    }
}

/* An import that fails in the database (an exercise the database does not know) stores
 * nothing of the file. */
static void
test_import_all_or_nothing (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-01-05", 60);
  g_autoptr(GError) error = NULL;
  HipWorkout *last = history->pdata[history->len - 1];
  HipLoggedSet *set = last->sets->pdata[0];

  g_free (set->exercise_id);
  set->exercise_id = g_strdup ("not-in-the-database");
  g_assert_false (hip_store_import_workouts (store, history, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_sets (store), ==, 0);
}

/* A profile whose programmes start on 5 January 2026, with @sessions sessions a week. */
static HipPlan *
save_programme (HipStore *store,
                guint     sessions,
                gint64   *id)
{
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  HipPlan *plan;

  hip_profile_init (&profile);
  profile.sessions_per_week = sessions;
  profile.weeks = 8;
  g_date_set_dmy (&profile.start, 5, G_DATE_JANUARY, 2026);
  g_assert_true (hip_store_save_profile (store, &profile, &error));
  plan = hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
  g_assert_true (hip_store_save_programme (store, plan, "Programme", TRUE, id, &error));
  g_assert_no_error (error);
  return plan;
}

/* How many of @plan's sessions fall in [@from, @to), dated in the store's weeks
 * (hip-calendar.c). */
static guint
sessions_between (HipStore      *store,
                  const HipPlan *plan,
                  const char    *from,
                  const char    *to)
{
  g_autoptr(GArray) dates = hip_plan_session_dates (plan, hip_store_get_week_start (store), NULL);
  guint n = 0;

  for (guint i = 0; i < dates->len; i++)
    {
      const GDate *date = &g_array_index (dates, GDate, i);
      char day[11];

      if (!g_date_valid (date))
        continue;
      g_date_strftime (day, sizeof day, "%Y-%m-%d", date);
      n += strcmp (day, from) >= 0 && strcmp (day, to) < 0;
    }
  return n;
}

static guint
planned_between (HipStore   *store,
                 const char *from,
                 const char *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = hip_store_planned_days (store, from, to, &error);

  g_assert_no_error (error);
  return days->len;
}

/* The sessions planned are those of the programme of the time: a programme made on 5 January
 * with three sessions a week, another on 2 February with two; the first is deleted later.
 * Nothing is planned before the first, and what was planned stays. */
static void
test_planned_history (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipPlan) first = NULL, second = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first_id = 0, second_id = 0;
  char day[11];

  g_assert_true (hip_store_first_planned_day (store, day, &error));
  g_assert_cmpstr (day, ==, "");
  /* Weeks from Sunday: 5 January, a Monday, is the second day of week 1. */
  g_assert_true (hip_store_set_week_start (store, G_DATE_SUNDAY, &error));
  first = save_programme (store, 3, &first_id);
  /* Made "on" 5 January (the store writes from today on; the test says which day). */
  g_assert_true (hip_store_record_plan (store, "2026-01-05", &error));
  g_assert_cmpuint (planned_between (store, NULL, NULL), ==, first->sessions->len);
  second = save_programme (store, 2, &second_id);
  g_assert_true (hip_store_record_plan (store, "2026-02-02", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (sessions_between (store, first, "2026-01-05", "2026-02-02"), >, 0);
  g_assert_cmpuint (planned_between (store, "2026-01-05", "2026-02-02"), ==,
                    sessions_between (store, first, "2026-01-05", "2026-02-02"));
  g_assert_cmpuint (planned_between (store, "2026-02-02", NULL), ==,
                    sessions_between (store, second, "2026-02-02", "9999"));
  g_assert_cmpuint (planned_between (store, NULL, "2026-01-05"), ==, 0);
  g_assert_true (hip_store_first_planned_day (store, day, &error));
  g_assert_cmpstr (day, >=, "2026-01-05");
  g_assert_cmpstr (day, <, "2026-01-12");

  /* Deleting the first programme, or choosing it again today, leaves the past as it was. */
  g_assert_true (hip_store_set_active_programme (store, first_id, &error));
  g_assert_true (hip_store_delete_programme (store, first_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (planned_between (store, "2026-01-05", "2026-02-02"), ==,
                    sessions_between (store, first, "2026-01-05", "2026-02-02"));
  g_assert_cmpuint (planned_between (store, "2026-02-02", NULL), ==,
                    sessions_between (store, second, "2026-02-02", "9999"));
}

/* A schema 8 file with two programmes (made on 5 January and 2 February) gets the record
 * reconstructed: each planned from the day it was made until the next was. */
static void
test_planned_from_schema_8 (void)
{
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipPlan) first = NULL, second = NULL;
  gint64 first_id = 0, second_id = 0;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  first = save_programme (store, 3, &first_id);
  second = save_programme (store, 2, &second_id);
  g_clear_object (&store);
  sql = g_strdup_printf (
    "UPDATE programme SET created = '2026-01-05T12:00:00Z' WHERE id = %" G_GINT64_FORMAT ";"
    "UPDATE programme SET created = '2026-02-02T12:00:00Z' WHERE id = %" G_GINT64_FORMAT ";"
    "DROP TABLE day_summary; DROP TABLE day_stale;"
    "DROP TABLE planned_session; DROP TABLE skipped_session;"
    "DROP TABLE week_start; DROP TABLE resumed_session;"
    "CREATE TABLE week_summary (week TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;"
    "CREATE TABLE week_stale (week TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;"
    "ALTER TABLE prescription DROP COLUMN full_seconds;"
    "ALTER TABLE prescription DROP COLUMN full_sets;"
    "ALTER TABLE prescription DROP COLUMN full_reps;"
    "PRAGMA user_version = 8;", first_id, second_id);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = open_store ();
  g_assert_cmpint (query_count (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (planned_between (store, NULL, "2026-01-05"), ==, 0);
  g_assert_cmpuint (planned_between (store, "2026-01-05", "2026-02-02"), ==,
                    sessions_between (store, first, "2026-01-05", "2026-02-02"));
  g_assert_cmpuint (planned_between (store, "2026-02-02", NULL), ==,
                    sessions_between (store, second, "2026-02-02", "9999"));
  g_clear_object (&store);
  g_assert_cmpint (g_remove (path), ==, 0);
}

/* Every query of the log uses an index (no full scans of workouts or sets). */
static void
test_queries_use_indexes (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-01-05", 60);
  g_autoptr(GPtrArray) listed = NULL, plans = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(HipWorkout) one = NULL;
  HipWorkout *first;
  int pain, stiffness;

  g_assert_true (hip_store_import_workouts (store, history, NULL));
  g_assert_true (hip_store_save_checkin (store, "2026-02-03", 3, 2, NULL));
  first = history->pdata[0];
  {
    g_autoptr(HipPlan) plan = save_programme (store, 3, NULL);
    g_autoptr(GPtrArray) days = NULL;
    char day[11];

    g_assert_true (hip_store_record_plan (store, "2026-01-05", NULL));
    days = hip_store_planned_days (store, "2026-02-01", "2026-03-01", NULL);
    g_assert_cmpuint (days->len, >, 0);
    g_assert_true (hip_store_first_planned_day (store, day, NULL));
    g_assert_true (hip_store_first_logged_day (store, day, NULL));
    g_assert_cmpstr (day, >=, "2026-01-05");
    g_assert_cmpstr (day, <=, "2026-02-03");
  }
  listed = hip_store_list_workouts (store, "2026-02-01", "2026-03-01", TRUE, NULL);
  weeks = hip_store_week_volumes (store, "2026-02-01", "2026-03-01", G_DATE_SUNDAY, NULL);
  one = hip_store_load_workout (store, first->id, NULL);
  hip_store_get_unfinished_workout (store, NULL);
  hip_store_load_checkin (store, "2026-02-02", &pain, &stiffness, NULL);
  hip_store_update_set (store, first->sets->pdata[0], NULL);
  hip_store_delete_set (store, ((HipLoggedSet *) first->sets->pdata[1])->id, NULL);
  hip_store_finish_workout (store, first->id, 1, NULL);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = hip_store_week_pain (store, "2026-02-01", "2026-03-01", G_DATE_SUNDAY, NULL);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = hip_store_exercise_progress (store, "glute-bridge", "2026-02-01", "2026-03-01", NULL);
  {
    HipPerformance recent[2];

    hip_store_recent_performances (store, "glute-bridge", recent, 2, NULL);
  }
  g_array_unref (hip_store_list_checkins (store, "2026-02-01", 0, NULL));
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = hip_store_list_recent_workouts (store, 20, 0, TRUE, NULL);
  g_assert_cmpuint (listed->len, ==, 20);
  g_assert_cmpint (strcmp (((HipWorkout *) listed->pdata[0])->started,
                           ((HipWorkout *) listed->pdata[1])->started), >=, 0);
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = hip_store_list_recent_workouts (store, 5, 42, FALSE, NULL);
  g_assert_cmpuint (listed->len, ==, 0);
  {
    g_autoptr(HipLoggedSet) set = hip_store_load_set (store,
                                                      ((HipLoggedSet *) first->sets->pdata[0])->id,
                                                      NULL);

    g_assert_nonnull (set);
    g_assert_cmpstr (set->exercise_id, ==, ((HipLoggedSet *) first->sets->pdata[0])->exercise_id);
  }

  plans = hip_store_explain_statements (store);
  for (guint i = 0; i < plans->len; i++)
    {
      g_auto(GStrv) lines = g_strsplit (plans->pdata[i], "\n", -1);

      if (strstr (lines[0], "workout") == NULL && strstr (lines[0], "checkin") == NULL &&
          strstr (lines[0], "day_summary") == NULL &&
          strstr (lines[0], "planned_session") == NULL && strstr (lines[0], "psfs_rating") == NULL)
        continue;
      g_test_message ("%s", (char *) plans->pdata[i]);
      for (guint l = 1; lines[l] != NULL; l++)
        g_assert_true (!g_str_has_prefix (lines[l], "SCAN") || strstr (lines[l], "INDEX") != NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  catalogue = hip_catalogue_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/core/log/survives-restart", test_survives_restart);
  g_test_add_func ("/core/log/killed-mid-workout", test_killed_mid_workout);
  g_test_add_func ("/core/log/bad-values-refused", test_bad_values_refused);
  g_test_add_func ("/core/log/edit-and-delete", test_edit_and_delete);
  g_test_add_func ("/core/log/week-volumes", test_week_volumes);
  g_test_add_func ("/core/log/sums-follow-changes", test_sums_follow_changes);
  g_test_add_func ("/core/log/sums-wait-for-catalogue", test_sums_wait_for_catalogue);
  g_test_add_func ("/core/log/sums-from-schema-5", test_sums_from_schema_5);
  g_test_add_func ("/core/log/week-pain", test_week_pain);
  g_test_add_func ("/core/log/pain-median-and-worst", test_pain_median_and_worst);
  g_test_add_func ("/core/log/planned-history", test_planned_history);
  g_test_add_func ("/core/log/planned-from-schema-8", test_planned_from_schema_8);
  g_test_add_func ("/core/log/recent-performances", test_recent_performances);
  g_test_add_func ("/core/log/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/core/log/csv-malformed", test_csv_malformed);
  g_test_add_func ("/core/log/csv-refused", test_csv_refused);
  g_test_add_func ("/core/log/csv-edges-accepted", test_csv_edges_accepted);
  g_test_add_func ("/core/log/csv-same-start-apart", test_csv_same_start_apart);
  g_test_add_func ("/core/log/csv-long-and-escaped", test_csv_long_and_escaped);
  g_test_add_func ("/core/log/csv-many-lines", test_csv_many_lines);
  g_test_add_func ("/core/log/time-four-digit-year", test_time_four_digit_year);
  g_test_add_func ("/core/log/echo", test_echo);
  g_test_add_func ("/core/log/import-all-or-nothing", test_import_all_or_nothing);
  g_test_add_func ("/core/log/queries-use-indexes", test_queries_use_indexes);

  status = g_test_run ();
  g_object_unref (catalogue);
  return status;
}
