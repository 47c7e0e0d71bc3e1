/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The person's own exercises through the coach, as the editor and the detail page use them:
 * every field survives a restart, they are found by the browser's search and filters, go into
 * a programme and the log like any other, are checked before saving, and deleting one that has
 * logs keeps the logs and their name. */

#include "config.h"

#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-coach-private.h"
#include "hip-exercise.h"
#include "hip-exercise-query.h"
#include "hip-import.h"
#include "hip-plan-edit.h"
#include "hip-store.h"
#include "hip-store-private.h"

static HipCoach *
open_coach (void)
{
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = hip_store_new (path, &error);

  g_assert_no_error (error);
  return hip_coach_new (store);
}

/* One of everything the editor sets, with text a database or a parser could trip on. */
static HipExercise *
make_own_as (const char *id,
             const char *name)
{
  static const char *steps[] = { "Lie on your side'); DROP TABLE exercise;--", "Lift — 两",
                                 NULL };
  static const char *cues[] = { "Keep the pelvis \"stacked\" & <still>", NULL };
  HipExercise *e = hip_exercise_new (id);

  hip_exercise_set_name (e, name);
  hip_exercise_set_summary (e, "From my physiotherapist, 3 × 10");
  hip_exercise_set_steps (e, steps);
  hip_exercise_set_cues (e, cues);
  hip_exercise_set_level (e, HIP_LEVEL_INTERMEDIATE);
  hip_exercise_set_kind (e, HIP_KIND_HOLD);
  hip_exercise_set_unilateral (e, TRUE);
  hip_exercise_set_equipment (e, HIP_EQUIPMENT_BAND | HIP_EQUIPMENT_MAT);
  hip_exercise_add_plane (e, HIP_PLANE_FRONTAL);
  hip_exercise_add_plane (e, HIP_PLANE_TRANSVERSE);
  hip_exercise_set_action_weight (e, HIP_ACTION_ABDUCTION, 1.0);
  hip_exercise_set_action_weight (e, HIP_ACTION_EXTERNAL_ROTATION, 0.5);
  hip_exercise_set_muscle_role (e, HIP_MUSCLE_GLUTEUS_MEDIUS, HIP_MUSCLE_ROLE_PRIMARY);
  hip_exercise_set_muscle_role (e, HIP_MUSCLE_PIRIFORMIS, HIP_MUSCLE_ROLE_SECONDARY);
  hip_exercise_set_muscle_role (e, HIP_MUSCLE_OBLIQUES, HIP_MUSCLE_ROLE_STABILISER);
  hip_exercise_set_motion (e, "side-lying-hip-abduction");
  return e;
}

static HipExercise *
make_own (HipCoach   *coach,
          const char *name)
{
  g_autofree char *id = hip_coach_new_own_exercise_id (coach);

  return make_own_as (id, name);
}

static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  g_assert_true (g_strv_equal ((const char **) a, (const char **) b));
}

static void
assert_same (HipExercise *a,
             HipExercise *b)
{
  g_assert_cmpstr (hip_exercise_get_id (a), ==, hip_exercise_get_id (b));
  g_assert_cmpint (hip_exercise_get_origin (b), ==, HIP_ORIGIN_USER);
  g_assert_cmpstr (hip_exercise_get_name (a), ==, hip_exercise_get_name (b));
  g_assert_cmpstr (hip_exercise_get_summary (a), ==, hip_exercise_get_summary (b));
  assert_same_strv (hip_exercise_get_steps (a), hip_exercise_get_steps (b));
  assert_same_strv (hip_exercise_get_cues (a), hip_exercise_get_cues (b));
  g_assert_cmpint (hip_exercise_get_level (a), ==, hip_exercise_get_level (b));
  g_assert_cmpint (hip_exercise_get_kind (a), ==, hip_exercise_get_kind (b));
  g_assert_cmpint (hip_exercise_get_unilateral (a), ==, hip_exercise_get_unilateral (b));
  g_assert_cmpuint (hip_exercise_get_equipment (a), ==, hip_exercise_get_equipment (b));
  g_assert_cmpuint (hip_exercise_get_planes (a), ==, hip_exercise_get_planes (b));
  g_assert_cmpstr (hip_exercise_get_motion (a), ==, hip_exercise_get_motion (b));
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    g_assert_cmpfloat (hip_exercise_get_action_weight (a, i), ==,
                       hip_exercise_get_action_weight (b, i));
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    g_assert_cmpint (hip_exercise_get_muscle_role (a, m), ==, hip_exercise_get_muscle_role (b, m));
}

/* Saved through the coach, listed at once, and the same in every field after a restart. */
static void
test_round_trip (void)
{
  g_autoptr(HipCoach) coach = open_coach ();
  HipCatalogue *catalogue = hip_coach_get_catalogue (coach);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  g_autoptr(HipExercise) e = make_own (coach, "Banded side-lying abduction “Ute”");
  g_autoptr(HipExercise) none = make_own (coach, "No motion");
  g_autoptr(GError) error = NULL;
  HipExercise *loaded;

  hip_exercise_set_motion (none, NULL);
  g_assert_true (hip_coach_save_own_exercise (coach, e, &error));
  g_assert_no_error (error);
  g_assert_true (hip_coach_save_own_exercise (coach, none, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, n + 2);
  g_assert_true (hip_catalogue_lookup (catalogue, hip_exercise_get_id (e)) == e);

  g_clear_object (&coach);
  coach = open_coach ();
  catalogue = hip_coach_get_catalogue (coach);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, n + 2);
  loaded = hip_catalogue_lookup (catalogue, hip_exercise_get_id (e));
  g_assert_nonnull (loaded);
  assert_same (e, loaded);
  loaded = hip_catalogue_lookup (catalogue, hip_exercise_get_id (none));
  g_assert_null (hip_exercise_get_motion (loaded));
}

/* An edit takes the old version's place in the list (one items-changed, same position) and
 * lasts; catalogue exercises cannot be changed. */
static void
test_edit (void)
{
  g_autoptr(HipCoach) coach = open_coach ();
  HipCatalogue *catalogue = hip_coach_get_catalogue (coach);
  g_autoptr(HipExercise) e = make_own (coach, "Before");
  g_autoptr(HipExercise) edited = NULL;
  g_autoptr(HipExercise) catalogue_copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HipExercise) at = NULL;
  guint n;

  g_assert_true (hip_coach_save_own_exercise (coach, e, &error));
  n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  edited = make_own_as (hip_exercise_get_id (e), "After");
  hip_exercise_set_action_weight (edited, HIP_ACTION_ABDUCTION, 0);
  hip_exercise_set_kind (edited, HIP_KIND_REPS);
  g_assert_true (hip_coach_save_own_exercise (coach, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, n);
  at = g_list_model_get_item (G_LIST_MODEL (catalogue), n - 1);
  g_assert_true (at == edited);

  g_clear_object (&coach);
  coach = open_coach ();
  assert_same (edited, hip_catalogue_lookup (hip_coach_get_catalogue (coach),
                                             hip_exercise_get_id (e)));

  catalogue_copy = make_own_as ("forward-lunge", "Not mine");
  g_assert_false (hip_coach_save_own_exercise (coach, catalogue_copy, &error));
  g_assert_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID);
  g_assert_cmpint (hip_exercise_get_origin (hip_catalogue_lookup (hip_coach_get_catalogue (coach),
                                                                  "forward-lunge")),
                   ==, HIP_ORIGIN_CATALOGUE);
}

/* A name and some work are needed; refused exercises leave nothing behind. */
static void
test_refused (void)
{
  static const char *names[] = { "", "   \t", NULL };
  g_autoptr(HipCoach) coach = open_coach ();
  HipCatalogue *catalogue = hip_coach_get_catalogue (coach);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  g_autoptr(HipExercise) idle = make_own (coach, "Does nothing");
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(HipExercise) e = make_own (coach, "x");

      hip_exercise_set_name (e, names[i]);
      g_assert_false (hip_coach_save_own_exercise (coach, e, &error));
      g_assert_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID);
      g_clear_error (&error);
    }
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    hip_exercise_set_action_weight (idle, a, 0);
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    hip_exercise_set_muscle_role (idle, m, HIP_MUSCLE_ROLE_NONE);
  g_assert_false (hip_coach_save_own_exercise (coach, idle, &error));
  g_assert_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID);

  /* One muscle is enough: core work has no hip action. */
  g_clear_error (&error);
  hip_exercise_set_muscle_role (idle, HIP_MUSCLE_MULTIFIDUS, HIP_MUSCLE_ROLE_PRIMARY);
  g_assert_true (hip_coach_check_own_exercise (idle, &error));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, n);
  stored = hip_store_load_exercises (hip_coach_get_store (coach), HIP_ORIGIN_USER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 0);
}

static GPtrArray *
search (HipCatalogue     *catalogue,
        HipExerciseQuery *query)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      if (hip_exercise_query_matches (query, e))
        g_ptr_array_add (found, e);
    }
  return found;
}

/* The browser's search and each filter find an own exercise as they find the catalogue's. */
static void
test_search (void)
{
  static const struct
  {
    const char *property;
    int         value;
    gboolean    found;
  } facets[] = {
    { "plane", HIP_PLANE_FRONTAL, TRUE },
    { "plane", HIP_PLANE_SAGITTAL, FALSE },
    { "action", HIP_ACTION_EXTERNAL_ROTATION, TRUE },
    { "action", HIP_ACTION_FLEXION, FALSE },
    { "muscle", HIP_MUSCLE_PIRIFORMIS, TRUE },
    { "muscle-group", HIP_MUSCLE_GROUP_DEEP_ROTATORS, TRUE },
    /* A stabiliser does not put an exercise in its muscle's group, as in the catalogue. */
    { "muscle-group", HIP_MUSCLE_GROUP_CORE, FALSE },
    { "muscle-group", HIP_MUSCLE_GROUP_HAMSTRINGS, FALSE },
    { "equipment", HIP_EQUIPMENT_BAND, TRUE },
    { "equipment", HIP_EQUIPMENT_DUMBBELL, FALSE },
    { "level", HIP_LEVEL_INTERMEDIATE, TRUE },
    { "level", HIP_LEVEL_BEGINNER, FALSE },
    { "kind", HIP_KIND_HOLD, TRUE },
    { "kind", HIP_KIND_REPS, FALSE },
  };
  static const char *texts[] = { "ute", "BANDED side", "gluteus med", "abduction" };
  g_autoptr(HipCoach) coach = open_coach ();
  HipCatalogue *catalogue = hip_coach_get_catalogue (coach);
  g_autoptr(HipExercise) e = make_own (coach, "Banded side-lying abduction “Ute”");

  g_assert_true (hip_coach_save_own_exercise (coach, e, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(HipExerciseQuery) query = hip_exercise_query_new ();
      g_autoptr(GPtrArray) found = NULL;

      hip_exercise_query_set_text (query, texts[i]);
      found = search (catalogue, query);
      g_assert_true (g_ptr_array_find (found, e, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (facets); i++)
    {
      g_autoptr(HipExerciseQuery) query = hip_exercise_query_new ();
      g_autoptr(GPtrArray) found = NULL;

      g_object_set (query, facets[i].property, facets[i].value, NULL);
      found = search (catalogue, query);
      g_assert_cmpint (g_ptr_array_find (found, e, NULL), ==, facets[i].found);
    }
}

/* Added to a programme and logged; deleting it then keeps it, retired: out of the lists, but
 * the set stays and names it, also after a restart. One with no use is deleted outright. */
static void
test_delete_keeps_logs (void)
{
  g_autoptr(HipCoach) coach = open_coach ();
  g_autoptr(HipExercise) e = make_own (coach, "Logged one");
  g_autoptr(HipExercise) unused = make_own (coach, "Never used");
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  g_autoptr(GPtrArray) recent = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (hip_exercise_get_id (e));
  HipCatalogue *catalogue;
  HipExercise *kept_exercise;
  gboolean kept = TRUE;
  guint n_sets = 0, n_prescriptions = 0;

  catalogue = hip_coach_get_catalogue (coach);
  g_assert_true (hip_coach_save_own_exercise (coach, e, &error));
  g_assert_true (hip_coach_save_own_exercise (coach, unused, &error));
  g_assert_no_error (error);

  workout->pain_before = 0;
  g_assert_true (hip_coach_start_workout (coach, workout, &error));
  set->workout_id = workout->id;
  set->exercise_id = g_strdup (id);
  set->set_number = 1;
  set->seconds = 30;
  set->side = HIP_SIDE_LEFT;
  g_assert_true (hip_coach_log_set (coach, set, &error));
  g_assert_no_error (error);
  g_assert_true (hip_coach_count_own_exercise_uses (coach, id, &n_sets, &n_prescriptions,
                                                    &error));
  g_assert_cmpuint (n_sets, ==, 1);
  g_assert_cmpuint (n_prescriptions, ==, 0);

  g_assert_true (hip_coach_delete_own_exercise (coach, id, &kept, &error));
  g_assert_no_error (error);
  g_assert_true (kept);
  g_assert_false (hip_catalogue_is_listed (catalogue, id));
  g_assert_cmpstr (hip_exercise_get_name (hip_catalogue_lookup (catalogue, id)), ==, "Logged one");

  g_assert_true (hip_coach_delete_own_exercise (coach, hip_exercise_get_id (unused), &kept,
                                                &error));
  g_assert_false (kept);
  g_assert_null (hip_catalogue_lookup (catalogue, hip_exercise_get_id (unused)));

  g_clear_object (&coach);
  coach = open_coach ();
  catalogue = hip_coach_get_catalogue (coach);
  g_assert_false (hip_catalogue_is_listed (catalogue, id));
  g_assert_null (hip_catalogue_lookup (catalogue, hip_exercise_get_id (unused)));
  kept_exercise = hip_catalogue_lookup (catalogue, id);
  g_assert_nonnull (kept_exercise);
  assert_same (e, kept_exercise);
  recent = hip_coach_recent_workouts (coach, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recent->len, ==, 1);
  {
    HipWorkout *w = recent->pdata[0];
    HipLoggedSet *s;

    g_assert_cmpuint (w->sets->len, ==, 1);
    s = w->sets->pdata[0];
    g_assert_cmpstr (s->exercise_id, ==, id);
    g_assert_cmpuint (s->seconds, ==, 30);
  }

  /* Saved again (as the editor would), it is listed once more. */
  g_assert_true (hip_coach_save_own_exercise (coach, kept_exercise, &error));
  g_assert_true (hip_catalogue_is_listed (catalogue, id));
}

static double
this_week (HipCoach  *coach,
           HipAction  action)
{
  g_autoptr(GArray) weeks = hip_coach_progress_weeks (coach, 1, NULL, NULL);

  g_assert_nonnull (weeks);
  return g_array_index (weeks, HipProgressWeek, weeks->len - 1).actions[action];
}

static void
count_cb (HipCoach *coach,
          guint    *counter)
{
  (*counter)++;
}

/* What a logged own exercise trains, changed, changes the weekly sums Progress reads (and
 * log-changed says so); a change of its name alone does not touch them. */
static void
test_edit_reweighs_log (void)
{
  g_autoptr(HipCoach) coach = open_coach ();
  g_autoptr(HipExercise) e = make_own (coach, "Weighed");
  g_autoptr(HipExercise) renamed = NULL;
  g_autoptr(HipExercise) reweighed = NULL;
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  g_autoptr(GError) error = NULL;
  guint log_changed = 0;

  g_assert_true (hip_coach_save_own_exercise (coach, e, &error));
  g_assert_true (hip_coach_start_workout (coach, workout, &error));
  set->workout_id = workout->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (e));
  set->set_number = 1;
  set->seconds = 30;
  g_assert_true (hip_coach_log_set (coach, set, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (this_week (coach, HIP_ACTION_ABDUCTION), ==, 1.0);
  g_assert_cmpfloat (this_week (coach, HIP_ACTION_EXTENSION), ==, 0.0);
  g_signal_connect (coach, "log-changed", G_CALLBACK (count_cb), &log_changed);

  renamed = make_own_as (hip_exercise_get_id (e), "Weighed, renamed");
  g_assert_true (hip_coach_save_own_exercise (coach, renamed, &error));
  g_assert_cmpuint (log_changed, ==, 0);

  reweighed = make_own_as (hip_exercise_get_id (e), "Weighed again");
  hip_exercise_set_action_weight (reweighed, HIP_ACTION_ABDUCTION, 0);
  hip_exercise_set_action_weight (reweighed, HIP_ACTION_EXTENSION, 1.0);
  g_assert_true (hip_coach_save_own_exercise (coach, reweighed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log_changed, ==, 1);
  g_assert_cmpfloat (this_week (coach, HIP_ACTION_ABDUCTION), ==, 0.0);
  g_assert_cmpfloat (this_week (coach, HIP_ACTION_EXTENSION), ==, 1.0);
}

/* In a programme like any other: offered to add, added, saved, read back; deleting it then
 * keeps it for the programme, which still shows it. */
static void
test_in_programme (void)
{
  g_autoptr(HipCoach) coach = open_coach ();
  g_autoptr(HipExercise) e = make_own (coach, "For the programme");
  g_autoptr(GPtrArray) addable = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup (hip_exercise_get_id (e));
  HipProfile profile;
  HipPlan *plan;
  HipSession *session;
  gboolean kept = FALSE, found = FALSE;

  hip_exercise_set_equipment (e, HIP_EQUIPMENT_NONE);
  g_assert_cmpint (hip_coach_save_screening (coach, 0, FALSE, &error), ==, HIP_SCREENING_CLEAR);
  hip_profile_init (&profile);
  g_assert_true (hip_coach_save_profile (coach, &profile, &error));
  g_assert_true (hip_coach_generate_programme (coach, NULL, &error));
  g_assert_true (hip_coach_save_own_exercise (coach, e, &error));
  g_assert_no_error (error);

  plan = hip_coach_get_plan (coach, NULL);
  addable = hip_plan_addable (plan, G_LIST_MODEL (hip_coach_get_catalogue (coach)), 1, 1);
  g_assert_true (g_ptr_array_find (addable, e, NULL));
  g_assert_true (hip_plan_add (plan, 1, 1, e));
  g_assert_true (hip_coach_save_plan (coach, &error));
  g_assert_no_error (error);

  g_assert_true (hip_coach_delete_own_exercise (coach, id, &kept, &error));
  g_assert_true (kept);
  g_clear_object (&coach);
  coach = open_coach ();
  session = hip_plan_get_session (hip_coach_get_plan (coach, NULL), 1, 1);
  for (guint i = 0; i < session->items->len; i++)
    {
      HipPrescription *p = session->items->pdata[i];

      found |= g_strcmp0 (hip_exercise_get_id (p->exercise), id) == 0;
    }
  g_assert_true (found);
}

/* Restoring a backup brings back its own exercises and forgets those made since: the browser
 * lists what the restored data holds, and the log's names still resolve. */
static void
test_restore (void)
{
  g_autoptr(HipCoach) coach = open_coach ();
  HipCatalogue *catalogue = hip_coach_get_catalogue (coach);
  g_autofree char *path = hip_store_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backup = g_build_filename (dir, "own-backup.db", NULL);
  g_autoptr(HipExercise) kept = make_own (coach, "In the backup");
  g_autoptr(HipExercise) later = make_own (coach, "Made after it");
  g_autoptr(GError) error = NULL;
  guint n;

  g_assert_true (hip_coach_save_own_exercise (coach, kept, &error));
  n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  g_assert_true (hip_coach_backup (coach, backup, &error));
  g_assert_true (hip_coach_save_own_exercise (coach, later, &error));
  g_assert_no_error (error);
  g_assert_true (hip_coach_restore (coach, backup, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, n);
  g_assert_true (hip_catalogue_is_listed (catalogue, hip_exercise_get_id (kept)));
  g_assert_null (hip_catalogue_lookup (catalogue, hip_exercise_get_id (later)));
  assert_same (kept, hip_catalogue_lookup (catalogue, hip_exercise_get_id (kept)));
}

/* The exercises an import makes from names it does not know are listed at once, with the
 * catalogue, as the review promised. */
static void
test_import_lists_new (void)
{
  g_autoptr(HipCoach) coach = open_coach ();
  HipCatalogue *catalogue = hip_coach_get_catalogue (coach);
  g_autofree char *sample = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "tests",
                                              "data", "hevy.csv", NULL);
  g_autoptr(HipImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  gboolean found = FALSE;

  import = hip_coach_read_import (coach, sample, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->new_exercises->len, >, 0);
  g_assert_true (hip_coach_import (coach, import, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==,
                    n + import->new_exercises->len);
  for (guint i = n; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      found |= g_str_equal (hip_exercise_get_name (e), "Bulgarian Split Squat");
    }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/own/round-trip", test_round_trip);
  g_test_add_func ("/core/own/edit", test_edit);
  g_test_add_func ("/core/own/refused", test_refused);
  g_test_add_func ("/core/own/search", test_search);
  g_test_add_func ("/core/own/delete-keeps-logs", test_delete_keeps_logs);
  g_test_add_func ("/core/own/in-programme", test_in_programme);
  g_test_add_func ("/core/own/edit-reweighs-log", test_edit_reweighs_log);
  g_test_add_func ("/core/own/restore", test_restore);
  g_test_add_func ("/core/own/import-lists-new", test_import_lists_new);
  return g_test_run ();
}
