/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's promises: a fresh database is set up as DESIGN.md says, the catalogue sync is
 * idempotent, user data is stored verbatim, a damaged file is kept and replaced, and a file from
 * a newer version or another program is refused untouched. Each test runs in its own data
 * directory. */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <glib/gstdio.h>

#include "hip-calendar.h"
#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-log.h"
#include "hip-planner.h"
#include "hip-store.h"
#include "hip-store-schema.h"
#include "hip-test-history.h"
#include "hip-week.h"

static char *
db_path (void)
{
  return hip_store_get_default_path ();
}

/* Reads one integer with a direct connection, as an outside observer of the file. */
static gint64
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static HipStore *
open_store (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(GError) error = NULL;
  HipStore *store = hip_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
test_fresh_database (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = open_store ();
  g_autofree char *mode = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_null (hip_store_get_recovered_path (store));
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, HIP_STORE_APPLICATION_ID);
  /* WAL is a property of the file, visible to any connection. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
    sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
  g_assert_cmpstr (mode, ==, "wal");
}

static void
test_sync_idempotent (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;
  gint64 rows;

  g_assert_true (hip_store_sync_catalogue (store, catalogue, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  rows = query_int (path, "SELECT count(*) FROM exercise_muscle");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM exercise"), ==,
                   g_list_model_get_n_items (G_LIST_MODEL (catalogue)));

  g_assert_true (hip_store_sync_catalogue (store, catalogue, &changed, &error));
  g_assert_false (changed);
  g_clear_object (&store);

  /* Again after reopening: still nothing to write, nothing duplicated. */
  store = open_store ();
  g_assert_true (hip_store_sync_catalogue (store, catalogue, &changed, &error));
  g_assert_false (changed);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM exercise_muscle"), ==, rows);
}

static void
assert_same_exercise (HipExercise *a,
                      HipExercise *b)
{
  g_assert_cmpstr (hip_exercise_get_id (a), ==, hip_exercise_get_id (b));
  g_assert_cmpstr (hip_exercise_get_name (a), ==, hip_exercise_get_name (b));
  g_assert_cmpstr (hip_exercise_get_summary (a), ==, hip_exercise_get_summary (b));
  g_assert_cmpstr (hip_exercise_get_safety_note (a), ==, hip_exercise_get_safety_note (b));
  g_assert_cmpstr (hip_exercise_get_motion (a), ==, hip_exercise_get_motion (b));
  g_assert_cmpint (hip_exercise_get_level (a), ==, hip_exercise_get_level (b));
  g_assert_cmpint (hip_exercise_get_kind (a), ==, hip_exercise_get_kind (b));
  g_assert_cmpint (hip_exercise_get_unilateral (a), ==, hip_exercise_get_unilateral (b));
  g_assert_cmpuint (hip_exercise_get_equipment (a), ==, hip_exercise_get_equipment (b));
  g_assert_cmpuint (hip_exercise_get_planes (a), ==, hip_exercise_get_planes (b));
  g_assert_true (g_strv_equal (hip_exercise_get_steps (a), hip_exercise_get_steps (b)));
  g_assert_true (g_strv_equal (hip_exercise_get_cues (a), hip_exercise_get_cues (b)));
  g_assert_true (g_strv_equal (hip_exercise_get_synonyms (a), hip_exercise_get_synonyms (b)));
  g_assert_true (g_strv_equal (hip_exercise_get_regressions (a),
                               hip_exercise_get_regressions (b)));
  g_assert_true (g_strv_equal (hip_exercise_get_progressions (a),
                               hip_exercise_get_progressions (b)));
  for (guint x = 0; x < HIP_N_ACTIONS; x++)
    g_assert_cmpfloat (hip_exercise_get_action_weight (a, x), ==,
                       hip_exercise_get_action_weight (b, x));
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    g_assert_cmpint (hip_exercise_get_muscle_role (a, m), ==, hip_exercise_get_muscle_role (b, m));
  for (guint c = 0; c < HIP_N_CONDITIONS; c++)
    g_assert_cmpstr (hip_exercise_get_contraindication (a, c), ==,
                     hip_exercise_get_contraindication (b, c));
}

/* The catalogue's exercises are in the database for what refers to them (logs, programmes):
 * their rows, none of what the app reads from the catalogue itself. */
static void
test_catalogue_mirror (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = db_path ();
  static const char *children[] = { "exercise_text", "exercise_plane", "exercise_action",
                                    "exercise_muscle", "exercise_link",
                                    "exercise_contraindication" };

  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  stored = hip_store_load_exercises (store, HIP_ORIGIN_CATALOGUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, g_list_model_get_n_items (G_LIST_MODEL (catalogue)));
  for (guint i = 0; i < stored->len; i++)
    g_assert_nonnull (hip_catalogue_lookup (catalogue, hip_exercise_get_id (stored->pdata[i])));
  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", children[i]);

      g_assert_cmpint (query_int (path, sql), ==, 0);
    }
}

static HipExercise *
make_user_exercise (const char *name)
{
  g_autofree char *id = hip_store_make_exercise_id ();
  HipExercise *e = hip_exercise_new (id);
  const char *steps[] = { "Step one; DROP TABLE exercise;--", "Étape deux — 两", NULL };
  const char *cues[] = { "It's \"quoted\" & <tagged>", NULL };

  hip_exercise_set_origin (e, HIP_ORIGIN_USER);
  hip_exercise_set_name (e, name);
  hip_exercise_set_summary (e, "% _ wildcards and a NUL-free ‘quote’");
  hip_exercise_set_steps (e, steps);
  hip_exercise_set_cues (e, cues);
  hip_exercise_set_level (e, HIP_LEVEL_ADVANCED);
  hip_exercise_set_kind (e, HIP_KIND_HOLD);
  hip_exercise_set_unilateral (e, TRUE);
  hip_exercise_set_equipment (e, HIP_EQUIPMENT_BAND | HIP_EQUIPMENT_STEP);
  hip_exercise_add_plane (e, HIP_PLANE_TRANSVERSE);
  hip_exercise_set_action_weight (e, HIP_ACTION_INTERNAL_ROTATION, 0.75);
  /* Every muscle nick must pass the table's CHECK constraint. */
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    hip_exercise_set_muscle_role (e, m, m % HIP_N_MUSCLE_ROLES);
  hip_exercise_set_contraindication (e, HIP_CONDITION_KNEE_PAIN, "Careful 'now'");
  hip_exercise_set_safety_note (e, "Stop at 5/10 pain");
  return e;
}

static void
test_user_exercises_verbatim (void)
{
  static const char *names[] = {
    "Robert'); DROP TABLE exercise;--",
    "Hüftübung „Seitlage“ — 髋关节外展 🦵",
    "\" OR 1=1 --",
  };
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      HipExercise *e = make_user_exercise (names[i]);

      g_ptr_array_add (saved, e);
      g_assert_true (hip_store_save_exercise (store, e, &error));
      g_assert_no_error (error);
    }

  /* Reopen: what comes back is byte for byte what went in. */
  g_clear_object (&store);
  store = open_store ();
  loaded = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, saved->len);
  for (guint i = 0; i < saved->len; i++)
    assert_same_exercise (saved->pdata[i], loaded->pdata[i]);

  /* Saving again replaces, deleting removes. */
  hip_exercise_set_name (saved->pdata[0], "Renamed");
  g_assert_true (hip_store_save_exercise (store, saved->pdata[0], &error));
  g_assert_true (hip_store_delete_exercise (store, hip_exercise_get_id (saved->pdata[1]), &error));
  g_assert_false (hip_store_delete_exercise (store, "forward-lunge", &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&loaded, g_ptr_array_unref);
  loaded = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_cmpuint (loaded->len, ==, 2);
  g_assert_cmpstr (hip_exercise_get_name (loaded->pdata[0]), ==, "Renamed");
}

/* An own exercise that a logged set names cannot be deleted (the set would lose it): it is
 * retired, kept whole and out of the list, and saving it again brings it back. */
static void
test_own_exercise_retired (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(HipExercise) e = make_user_exercise ("Logged, then deleted");
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) retired = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = db_path ();
  const char *id = hip_exercise_get_id (e);
  guint n_sets = 9, n_prescriptions = 9;

  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_true (hip_store_save_exercise (store, e, &error));
  g_assert_true (hip_store_count_exercise_uses (store, id, &n_sets, &n_prescriptions, &error));
  g_assert_cmpuint (n_sets, ==, 0);
  g_assert_cmpuint (n_prescriptions, ==, 0);
  g_assert_true (hip_store_start_workout (store, workout, &error));
  set->workout_id = workout->id;
  set->exercise_id = g_strdup (id);
  set->set_number = 1;
  set->seconds = 20;
  g_assert_true (hip_store_log_set (store, set, &error));
  g_assert_true (hip_store_count_exercise_uses (store, id, &n_sets, &n_prescriptions, &error));
  g_assert_cmpuint (n_sets, ==, 1);

  /* The foreign key refuses a plain delete; the set is untouched. */
  g_assert_false (hip_store_delete_exercise (store, id, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (hip_store_retire_exercise (store, id, &error));
  g_assert_false (hip_store_retire_exercise (store, "forward-lunge", &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM workout_set"), ==, 1);

  g_clear_object (&store);
  store = open_store ();
  listed = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_cmpuint (listed->len, ==, 0);
  retired = hip_store_load_retired_exercises (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (retired->len, ==, 1);
  assert_same_exercise (e, retired->pdata[0]);

  g_assert_true (hip_store_save_exercise (store, e, &error));
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_cmpuint (listed->len, ==, 1);
}

static void
test_constraint_keeps_data (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(HipExercise) good = make_user_exercise ("Good");
  g_autoptr(HipExercise) bad = make_user_exercise ("");
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;

  /* The catalogue sync turns CHECK constraints off for its own rows: they must be on again. */
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_true (hip_store_save_exercise (store, good, &error));
  /* An empty name breaks a CHECK constraint: refused, and nothing half-written stays. */
  g_assert_false (hip_store_save_exercise (store, bad, &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_INVALID);
  loaded = hip_store_load_exercises (store, HIP_ORIGIN_USER, NULL);
  g_assert_cmpuint (loaded->len, ==, 1);
  g_assert_cmpstr (hip_exercise_get_name (loaded->pdata[0]), ==, "Good");
}

static void
test_corrupt_file_moved_aside (void)
{
  static const char garbage[] = "This is not a database, but someone's notes.\n";
  g_autofree char *path = db_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *kept = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));

  store = hip_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_nonnull (hip_store_get_recovered_path (store));
  g_assert_true (g_str_has_prefix (hip_store_get_recovered_path (store), path));

  /* The bad file is kept, unchanged, under its new name... */
  g_assert_true (g_file_get_contents (hip_store_get_recovered_path (store), &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, garbage);
  /* ...and a working database took its place. */
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  {
    g_autoptr(HipExercise) after = make_user_exercise ("After");

    g_assert_true (hip_store_save_exercise (store, after, &error));
  }
}

static void
test_truncated_database (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, NULL));
  g_clear_object (&store);

  /* Keep the valid header but cut the pages away: SQLite reports corruption later. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8192);
  memset (contents + 100, 0xa5, len - 100);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));

  store = open_store ();
  g_assert_nonnull (hip_store_get_recovered_path (store));
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, NULL));
}

static void
test_newer_schema_refused (void)
{
  g_autofree char *path = db_path ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  g_clear_object (&store);
  /* A future version of the app wrote this file. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; "
                                     "CREATE TABLE future (x INTEGER); "
                                     "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = file_checksum (path);

  store = hip_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version"));

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 99);
}

/* Writes a database with a direct connection, as another program (or an older Strong Hips)
 * would, in rollback-journal mode so that the file alone holds it. */
static void
write_foreign_file (const char *path,
                    const char *sql)
{
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Another program's database, whether it says so by its application_id or only by its tables,
 * is refused as not ours and left exactly as it was. */
static void
test_other_application_refused (gconstpointer data)
{
  const char *sql = data;
  g_autofree char *path = db_path ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;

  write_foreign_file (path, sql);
  before = file_checksum (path);

  store = hip_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_OURS);
  g_assert_nonnull (strstr (error->message, "not a Strong Hips database"));

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  wal = g_strconcat (path, "-wal", NULL);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema WHERE name = 'exercise'"),
                   ==, 0);
}

/* A file the person made read-only is opened read-only: read as it is, a write refused in words
 * (nothing half-done), the file unchanged and nothing made beside it. */
static void
test_read_only_database (void)
{
  g_autofree char *path = db_path ();
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipExercise) mine = make_user_exercise ("Mine");
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (hip_store_save_exercise (store, mine, NULL));
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = file_checksum (path);

  store = open_store ();
  g_assert_true (hip_store_is_read_only (store));
  own = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, 1);
  g_assert_false (hip_store_save_exercise (store, mine, &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_clear_object (&store);
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
}

/* A database of our current schema written before 0.2.0, which set no application_id, is
 * opened with its data and stamped as ours. */
static void
test_unstamped_database_stamped (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GError) error = NULL;

  store = open_store ();
  g_clear_object (&store);
  write_foreign_file (path, "PRAGMA application_id = 0; "
                            "INSERT INTO exercise (id, origin, name, level, kind, unilateral, "
                            "equipment) VALUES ('user-1', 'user', 'Kept', 'beginner', 'reps', "
                            "0, 0)");
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, 0);

  store = open_store ();
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, HIP_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  own = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, 1);
}

static void
test_retired_exercises_hidden (void)
{
  static const char xml_v2[] =
    "<catalogue version=\"99\"><exercise id=\"only\" level=\"beginner\" kind=\"reps\" "
    "unilateral=\"false\" position=\"standing\"><name>Only one</name></exercise></catalogue>";
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml_v2, sizeof xml_v2 - 1);
  g_autoptr(HipCatalogue) smaller = hip_catalogue_new_from_bytes (bytes, NULL);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autofree char *path = db_path ();

  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, NULL));
  g_assert_true (hip_store_sync_catalogue (store, smaller, NULL, NULL));
  loaded = hip_store_load_exercises (store, HIP_ORIGIN_CATALOGUE, NULL);
  g_assert_cmpuint (loaded->len, ==, 1);
  /* Kept (logs may reference them), only hidden. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM exercise WHERE retired = 1"), ==,
                   g_list_model_get_n_items (G_LIST_MODEL (catalogue)));
}

static void
test_profile_round_trip (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(GError) error = NULL;
  HipProfile saved, loaded;
  gboolean found = TRUE;

  g_assert_true (hip_store_load_profile (store, &loaded, &found, &error));
  g_assert_false (found);

  hip_profile_init (&saved);
  saved.level = HIP_LEVEL_ADVANCED;
  saved.equipment = HIP_EQUIPMENT_BAND | HIP_EQUIPMENT_STEP;
  saved.hip_replacement = HIP_REPLACEMENT_ANTERIOR;
  saved.knee_pain = TRUE;
  saved.seed = G_MAXUINT64;   /* every bit of a 64-bit seed survives a signed column */
  saved.screening = HIP_SCREENING_CLEARED_BY_CLINICIAN;
  saved.load_step = 2.5;
  g_date_set_dmy (&saved.start, 29, G_DATE_FEBRUARY, 2028);
  g_assert_true (hip_store_save_profile (store, &saved, &error));
  g_clear_object (&store);

  store = open_store ();
  g_assert_true (hip_store_load_profile (store, &loaded, &found, &error));
  g_assert_true (found);
  g_assert_cmpmem (&loaded, sizeof loaded, &saved, sizeof saved);

  /* A load step no one can make is refused, and the stored one stays. */
  saved.load_step = 0.1;
  g_assert_false (hip_store_save_profile (store, &saved, &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_INVALID);
  g_assert_true (hip_store_load_profile (store, &loaded, &found, NULL));
  g_assert_cmpfloat (loaded.load_step, ==, 2.5);
}

static HipPlan *
generate (HipCatalogue *catalogue,
          guint64       seed)
{
  HipProfile profile;

  hip_profile_init (&profile);
  profile.equipment = HIP_EQUIPMENT_ALL;
  profile.seed = seed;
  return hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
}

static void
test_programmes (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(HipPlan) first = generate (catalogue, 1);
  g_autoptr(HipPlan) second = generate (catalogue, 2);
  g_autoptr(HipPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = hip_plan_format_tsv (first);
  g_autofree char *actual = NULL;
  gint64 id1 = 0, id2 = 0;

  /* Programmes reference exercises by id: the catalogue must be in the database. */
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_cmpint (hip_store_get_active_programme (store, NULL), ==, 0);
  /* A step back remembers what it stepped back from. */
  {
    HipPrescription *p = ((HipSession *) first->sessions->pdata[1])->items->pdata[0];
    HipPrescription *q = ((HipSession *) first->sessions->pdata[0])->items->pdata[0];

    p->stepped_from = g_object_ref (q->exercise);
    /* A dose pain lowered remembers the full one. */
    q->full_sets = q->sets + 1;
    q->full_reps = q->reps;
    q->full_seconds = q->seconds;
  }

  g_assert_true (hip_store_save_programme (store, first, "Mine", TRUE, &id1, &error));
  g_assert_no_error (error);
  g_assert_true (hip_store_save_programme (store, second, "Другой — 2", TRUE, &id2, &error));
  /* One active programme: the newest. */
  g_assert_cmpint (hip_store_get_active_programme (store, NULL), ==, id2);

  g_clear_object (&store);
  store = open_store ();
  loaded = hip_store_load_programme (store, id1, catalogue, &error);
  g_assert_no_error (error);
  actual = hip_plan_format_tsv (loaded);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_true (((HipPrescription *) ((HipSession *) loaded->sessions->pdata[1])->items->pdata[0])->stepped_from ==
                 ((HipPrescription *) ((HipSession *) first->sessions->pdata[0])->items->pdata[0])->exercise);
  g_assert_null (((HipPrescription *) ((HipSession *) loaded->sessions->pdata[0])->items->pdata[0])->stepped_from);
  {
    HipPrescription *p = ((HipSession *) loaded->sessions->pdata[0])->items->pdata[0];
    HipPrescription *q = ((HipSession *) first->sessions->pdata[0])->items->pdata[0];
    HipPrescription *r = ((HipSession *) loaded->sessions->pdata[1])->items->pdata[0];

    g_assert_cmpuint (p->full_sets, ==, q->sets + 1);
    g_assert_cmpuint (p->full_reps, ==, q->reps);
    g_assert_cmpuint (p->full_seconds, ==, q->seconds);
    g_assert_cmpuint (r->full_sets, ==, 0);
  }

  g_assert_true (hip_store_set_active_programme (store, id1, &error));
  g_assert_cmpint (hip_store_get_active_programme (store, NULL), ==, id1);
  /* An unknown id is refused and changes nothing. */
  g_assert_false (hip_store_set_active_programme (store, 9999, &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (hip_store_get_active_programme (store, NULL), ==, id1);
  g_assert_null (hip_store_load_programme (store, 9999, catalogue, NULL));
}

static gboolean
find_info (GPtrArray  *list,
           gint64      id,
           const char *name,
           gboolean    active)
{
  for (guint i = 0; i < list->len; i++)
    {
      HipProgrammeInfo *info = list->pdata[i];

      if (info->id == id)
        return g_strcmp0 (info->name, name) == 0 && info->active == active;
    }
  return FALSE;
}

/* Edits are saved whole; programmes are listed, renamed and deleted; bad names are refused. */
static void
test_programme_editing (void)
{
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(HipPlan) plan = generate (catalogue, 3);
  g_autoptr(HipPlan) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  HipSession *first;
  HipPrescription *p;
  gint64 id = 0, other = 0;

  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_true (hip_store_save_programme (store, plan, "A", TRUE, &id, &error));
  g_assert_true (hip_store_save_programme (store, plan, "B", FALSE, &other, &error));

  first = plan->sessions->pdata[0];
  p = first->items->pdata[1];
  p->sets = 4;
  g_free (p->load);
  p->load = g_strdup ("12.5 kg ’; DROP TABLE programme; --");
  g_ptr_array_remove_index (first->items, 0);
  g_assert_true (hip_store_update_programme (store, id, plan, &error));
  g_assert_no_error (error);

  loaded = hip_store_load_programme (store, id, catalogue, &error);
  g_assert_no_error (error);
  p = ((HipSession *) loaded->sessions->pdata[0])->items->pdata[0];
  g_assert_cmpuint (((HipSession *) loaded->sessions->pdata[0])->items->len, ==, first->items->len);
  g_assert_cmpuint (p->sets, ==, 4);
  g_assert_cmpstr (p->load, ==, "12.5 kg ’; DROP TABLE programme; --");

  /* A name that is empty is refused, and the old one kept. */
  g_assert_false (hip_store_rename_programme (store, id, "   ", &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hip_store_rename_programme (store, other, " Spring block ", &error));
  list = hip_store_list_programmes (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_true (find_info (list, id, "A", TRUE));
  g_assert_true (find_info (list, other, "Spring block", FALSE));
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (hip_store_delete_programme (store, other, &error));
  g_assert_false (hip_store_delete_programme (store, other, &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND);
  list = hip_store_list_programmes (store, NULL);
  g_assert_cmpuint (list->len, ==, 1);
}

/* Writes a database as schema @version left it, holding the rows of @rows, with a direct
 * connection: the file an older Strong Hips leaves behind. */
static void
write_old_store (guint       version,
                 const char *rows)
{
  g_autofree char *path = db_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint v = 0; v < version; v++)
    g_assert_cmpint (sqlite3_exec (db, hip_store_migrations[v], NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, rows, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, version);
}

/* A damaged file of an older schema is found damaged before the migration writes to it: the
 * copy kept is the file as the person left it, byte for byte. */
static void
test_damaged_old_schema_kept_as_it_was (void)
{
  g_autofree char *path = db_path ();
  g_autofree char *contents = NULL, *kept = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gsize length, kept_length;
  guint page;

  write_old_store (HIP_STORE_SCHEMA_VERSION - 1,
                   "INSERT INTO exercise (id, origin, name, level, kind, unilateral, equipment) "
                   "VALUES ('user-1', 'user', 'Kept', 'beginner', 'reps', 0, 0)");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  page = ((guint8) contents[16] << 8) | (guint8) contents[17];
  g_assert_cmpuint (length, >=, 3 * page);
  /* The second page, a table's, scrambled; the first (the schema) left whole. */
  memset (contents + page, 0xa5, page);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  store = hip_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hip_store_get_recovered_path (store));
  g_assert_true (g_file_get_contents (hip_store_get_recovered_path (store), &kept, &kept_length,
                                      NULL));
  g_assert_cmpmem (kept, kept_length, contents, length);
}

/* A database written by version 1 of the schema is brought up to date, keeping its data. */
static void
test_migration_from_v1 (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GError) error = NULL;

  write_old_store (1, "INSERT INTO exercise (id, origin, name, level, kind, unilateral, "
                      "equipment) VALUES ('user-1', 'user', 'Kept', 'beginner', 'reps', 0, 0)");

  store = open_store ();
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, HIP_STORE_APPLICATION_ID);
  own = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, 1);
  g_assert_cmpstr (hip_exercise_get_name (own->pdata[0]), ==, "Kept");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM programme"), ==, 0);
}

/* A schema-2 profile survives the move to schema 3, with no start date and a clear screening. */
static void
test_migration_from_v2 (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  gboolean found = FALSE;

  write_old_store (2, "INSERT INTO profile VALUES (1, 'intermediate', 3, 4, 40, 2, 1, 'none', "
                      "8, 77)");

  store = open_store ();
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  g_assert_true (hip_store_load_profile (store, &profile, &found, &error));
  g_assert_true (found);
  g_assert_cmpint (profile.level, ==, HIP_LEVEL_INTERMEDIATE);
  g_assert_cmpuint (profile.minutes, ==, 40);
  g_assert_cmpuint (profile.seed, ==, 77);
  g_assert_false (g_date_valid (&profile.start));
  g_assert_cmpint (profile.screening, ==, HIP_SCREENING_CLEAR);
}

/* Schema 5 (catalogue 2): the chair leaves a stored profile's equipment and a user exercise's,
 * the rest of both is kept, with the programmes and the log that refer to them; the rebuilt
 * exercise table takes the new kind. */
static void
test_migration_from_v4 (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  gboolean found = FALSE;
  sqlite3 *db = NULL;

  /* Equipment 11 is mat, chair and band; 2 is the chair alone. */
  write_old_store (4,
    "INSERT INTO profile (singleton, level, equipment, sessions_per_week, minutes, pain, "
    "  knee_pain, hip_replacement, weeks, seed) VALUES (1, 'beginner', 11, 3, 30, 2, 0, "
    "  'posterior', 6, 5);"
    "INSERT INTO exercise (id, origin, name, level, kind, unilateral, equipment) "
    "  VALUES ('user-1', 'user', 'Chair squat', 'beginner', 'reps', 0, 2);"
    "INSERT INTO programme (id, name, created, active, weeks, minutes) "
    "  VALUES (1, 'Mine', '2026-01-01T00:00:00Z', 1, 4, 30);"
    "INSERT INTO prescription (programme_id, week, session, position, day, exercise_id, part, "
    "  sets, reps, seconds, per_side, rest_seconds) VALUES (1, 1, 1, 1, 0, 'user-1', 'main', "
    "  2, 10, 0, 0, 60);"
    "INSERT INTO checkin (day, pain, stiffness) VALUES ('2026-01-02', 3, 1);");

  store = open_store ();
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  g_assert_true (hip_store_load_profile (store, &profile, &found, &error));
  g_assert_no_error (error);
  g_assert_true (found);
  g_assert_cmpuint (profile.equipment, ==, HIP_EQUIPMENT_MAT | HIP_EQUIPMENT_BAND);
  g_assert_cmpint (profile.hip_replacement, ==, HIP_REPLACEMENT_POSTERIOR);
  g_assert_cmpuint (profile.replacement_weeks, ==, 0);
  /* Schema 7: check-ins kept; whoever had a profile was screened, and stays so. */
  {
    int pain = HIP_LOG_NONE, stiffness = HIP_LOG_NONE;
    HipScreening outcome = HIP_SCREENING_EMERGENCY;
    guint32 answers = 1;

    g_assert_true (hip_store_load_checkin (store, "2026-01-02", &pain, &stiffness, &error));
    g_assert_cmpint (pain, ==, 3);
    g_assert_cmpint (stiffness, ==, 1);
    g_assert_true (hip_store_load_screening (store, &outcome, &answers, &found, &error));
    g_assert_true (found);
    g_assert_cmpint (outcome, ==, HIP_SCREENING_CLEAR);
    g_assert_cmpuint (answers, ==, 0);
  }
  own = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, 1);
  g_assert_cmpuint (hip_exercise_get_equipment (own->pdata[0]), ==, HIP_EQUIPMENT_NONE);
  g_assert_cmpint (hip_exercise_get_position (own->pdata[0]), ==, HIP_POSITION_STANDING);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM prescription"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO exercise (id, origin, name, level, kind, "
                                     "unilateral, equipment, position) VALUES ('user-2', 'user', "
                                     "'Walk', 'beginner', 'timed', 0, 0, 'standing')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* The chair can no longer be stored as equipment. */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE exercise SET equipment = 2 WHERE id = 'user-2'",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);
}

/* A schema 6 file gains the smallest load step (1 kg, as the progression assumed until then)
 * and the empty tables of the Patient-Specific Functional Scale, whose constraints hold. */
static void
test_migration_from_v6 (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  gboolean found = FALSE;
  sqlite3 *db = NULL;

  write_old_store (6,
    "INSERT INTO profile (singleton, level, equipment, sessions_per_week, minutes, pain, "
    "  knee_pain, hip_replacement, weeks, seed, start_date) VALUES (1, 'advanced', 16, 3, 45, "
    "  2, 0, 'none', 8, 9, '2026-03-02');");

  store = open_store ();
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  g_assert_true (hip_store_load_profile (store, &profile, &found, &error));
  g_assert_no_error (error);
  g_assert_true (found);
  g_assert_cmpint (profile.level, ==, HIP_LEVEL_ADVANCED);
  g_assert_cmpuint (profile.minutes, ==, 45);
  g_assert_cmpfloat (profile.load_step, ==, 1.0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM psfs_activity"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM psfs_rating"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM psfs_skip"), ==, 0);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON;"
                                     "INSERT INTO psfs_activity (id, position, name, added) "
                                     "  VALUES (1, 1, 'Climbing stairs', '2026-03-02')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  /* Three positions, one activity each; ratings are 0–10 of an activity that exists. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO psfs_activity (position, name, added) "
                                     "  VALUES (4, 'Gardening', '2026-03-02')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO psfs_activity (position, name, added) "
                                     "  VALUES (1, 'Gardening', '2026-03-02')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO psfs_rating VALUES (1, '2026-03-02', 11)",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO psfs_rating VALUES (1, '2026-03-02', NULL)",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO psfs_rating VALUES (2, '2026-03-02', 5)",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO psfs_rating VALUES (1, '2 March', 5)",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO psfs_rating VALUES (1, '2026-03-02', 0)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* Schema 11: a schema 10 programme keeps its prescriptions, none of them lowered by pain; a
 * lowered dose is stored whole or not at all, within the prescription's own ranges. */
static void
test_migration_from_v10 (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(HipStore) store = NULL;
  sqlite3 *db = NULL;

  write_old_store (10,
    "INSERT INTO exercise (id, origin, name, level, kind, unilateral, equipment) "
    "  VALUES ('user-1', 'user', 'Bridge', 'beginner', 'reps', 0, 0);"
    "INSERT INTO programme (id, name, created, active, weeks, minutes) "
    "  VALUES (1, 'Mine', '2026-01-01T00:00:00Z', 1, 4, 30);"
    "INSERT INTO prescription (programme_id, week, session, position, day, exercise_id, part, "
    "  sets, reps, seconds, per_side, rest_seconds, stepped_from) VALUES (1, 1, 1, 1, 0, "
    "  'user-1', 'main', 2, 10, 0, 0, 60, NULL);");

  store = open_store ();
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM prescription WHERE sets = 2 AND "
                                    "reps = 10 AND full_sets IS NULL AND full_reps IS NULL AND "
                                    "full_seconds IS NULL"), ==, 1);
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE prescription SET full_sets = 11, full_reps = 12, "
                                     "full_seconds = 0", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE prescription SET full_sets = 3, full_reps = 51, "
                                     "full_seconds = 0", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE prescription SET full_sets = 3, full_reps = 12",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE prescription SET full_sets = 3, full_reps = 12, "
                                     "full_seconds = 0", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A schema 11 file gains the person's week start and the moved sessions' table, whose
 * constraints hold, and its sessions planned from today on are dated again in the person's
 * weeks (the locale's until the app says): a programme starting on Thursday 3 January 2030,
 * three full sessions a week, planned by schema 11 every 7 days from its start. (Its exercise
 * is the catalogue's, whose rows the first sync writes.) */
static void
test_migration_from_v11 (void)
{
  g_autofree char *path = db_path ();
  g_autoptr(GString) rows = g_string_new (
    "INSERT INTO profile (singleton, level, equipment, sessions_per_week, minutes, pain, "
    "  knee_pain, hip_replacement, weeks, seed, start_date) VALUES (1, 'beginner', 0, 3, 30, "
    "  2, 0, 'none', 4, 9, '2030-01-03');"
    "INSERT INTO programme (id, name, created, active, weeks, minutes) "
    "  VALUES (1, 'Mine', '2029-12-20T00:00:00Z', 1, 2, 30);"
    "INSERT INTO planned_session (day, programme_id) VALUES ('2026-01-05', 1);");
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GPtrArray) planned = NULL;
  g_autoptr(HipPlan) plan = NULL;
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  gboolean found = FALSE;
  sqlite3 *db = NULL;
  guint n = 0;

  for (guint w = 1; w <= 2; w++)
    for (guint s = 1; s <= 3; s++)
      {
        g_string_append_printf (rows,
          "INSERT INTO prescription (programme_id, week, session, position, day, exercise_id, "
          "  part, sets, reps, seconds, per_side, rest_seconds) VALUES (1, %u, %u, 1, %u, "
          "  'supported-split-squat', 'main', 2, 10, 0, 0, 60);", w, s, 2 * (s - 1));
        g_string_append_printf (rows, "INSERT INTO planned_session (day, programme_id) "
                                      "VALUES (date('2030-01-03', '+%u days'), 1);",
                                7 * (w - 1) + 2 * (s - 1));
      }
  write_old_store (11, rows->str);

  store = open_store ();
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM week_start"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM resumed_session"), ==, 0);
  g_assert_cmpint (hip_store_get_week_start (store), ==, hip_week_start_for_locale ());
  g_assert_true (hip_store_load_profile (store, &profile, &found, &error));
  g_assert_true (found);
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_no_error (error);

  /* Before today the record stays; from today on the days are the person's weeks'. */
  planned = hip_store_planned_days (store, NULL, "2030-01-01", &error);
  g_assert_cmpuint (planned->len, ==, 1);
  g_clear_pointer (&planned, g_ptr_array_unref);
  plan = hip_store_load_programme (store, 1, catalogue, &error);
  g_assert_no_error (error);
  plan->profile.start = profile.start;
  dates = hip_plan_session_dates (plan, hip_store_get_week_start (store), NULL);
  planned = hip_store_planned_days (store, "2030-01-01", NULL, &error);
  for (guint i = 0; i < dates->len; i++)
    if (g_date_valid (&g_array_index (dates, GDate, i)))
      {
        char day[11];

        hip_log_format_day (&g_array_index (dates, GDate, i), day);
        g_assert_cmpuint (n, <, planned->len);
        g_assert_cmpstr (planned->pdata[n], ==, day);
        n++;
      }
  g_assert_cmpuint (n, ==, planned->len);
  /* A Thursday is never a week's first day in any locale: week 1 is shorter than 3 sessions
   * a day apart allow, and one is left out. */
  g_assert_cmpuint (n, <, 6);

  /* The week start is a weekday, one row; a moved session is one a programme, a real day, and
   * goes with its programme. */
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON;"
                                     "INSERT INTO week_start VALUES (1, 7);"
                                     "INSERT INTO resumed_session VALUES (1, 2, 1, '2030-01-15')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO week_start VALUES (2, 1)", NULL, NULL, NULL),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE week_start SET weekday = 8", NULL, NULL, NULL), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO resumed_session VALUES (1, 1, 1, '2030-01-16')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO resumed_session VALUES (2, 1, 1, '2030-01-16')",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE resumed_session SET day = '16 January'", NULL, NULL,
                                 NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM programme WHERE id = 1", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM resumed_session"), ==, 0);
}

/* Every row of every table in the file at @path, in a fixed order, as one SHA-256: two files
 * with the same digest hold the same data, whatever their pages look like. */
static char *
content_digest (const char *path,
                gint64     *rows)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  *rows = 0;
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[i]);
      g_autoptr(GString) order = g_string_new (sql);
      int n;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      n = sqlite3_column_count (stmt);
      sqlite3_finalize (stmt);
      for (int c = 1; c <= n; c++)
        g_string_append_printf (order, c == 1 ? " ORDER BY %d" : ", %d", c);
      g_assert_cmpint (sqlite3_prepare_v2 (db, order->str, -1, &stmt, NULL), ==, SQLITE_OK);
      g_checksum_update (checksum, (const guchar *) tables->pdata[i], -1);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < n; c++)
            {
              char type = '0' + sqlite3_column_type (stmt, c);
              const void *bytes = sqlite3_column_blob (stmt, c);

              g_checksum_update (checksum, (const guchar *) &type, 1);
              if (bytes != NULL)
                g_checksum_update (checksum, bytes, sqlite3_column_bytes (stmt, c));
            }
          (*rows)++;
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_strdup (g_checksum_get_string (checksum));
}

/* A person's months in the app: a profile, a programme, a log and check-ins. */
static void
fill_store (HipStore     *store,
            HipCatalogue *catalogue)
{
  g_autoptr(HipPlan) plan = generate (catalogue, 5);
  g_autoptr(GRand) rand = g_rand_new_with_seed (19);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-08-03", 90);
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  gint64 id;

  hip_profile_init (&profile);
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_true (hip_store_save_profile (store, &profile, &error));
  g_assert_true (hip_store_save_programme (store, plan, "Mine", TRUE, &id, &error));
  g_assert_true (hip_store_import_workouts (store, history, &error));
  g_assert_true (hip_store_save_checkin (store, "2026-11-24", 4, 3, &error));
  g_assert_no_error (error);
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  guint         done, total;
} BackupWatch;

static void
backup_progress (guint    done,
                 guint    total,
                 gpointer data)
{
  BackupWatch *watch = data;

  g_assert_cmpuint (done, >=, watch->done);
  g_assert_cmpuint (done, <=, total);
  watch->calls++;
  watch->done = done;
  watch->total = total;
  if (watch->cancellable != NULL)
    g_cancellable_cancel (watch->cancellable);
}

/* A backup tells of the pages it has copied, step by step, and a cancel between two steps
 * leaves nothing at the path (a good file there stays as it was). */
static void
test_backup_progress (void)
{
  g_autofree char *path = db_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  BackupWatch watch = { cancellable, 0, 0, 0 };

  fill_store (store, catalogue);
  g_assert_true (g_file_set_contents (backup, "an older backup", -1, NULL));
  hip_store_watch (store, cancellable, backup_progress, &watch);
  g_assert_false (hip_store_backup (store, backup, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  /* Stopped after the first step, of several. */
  g_assert_cmpuint (watch.calls, ==, 1);
  g_assert_cmpuint (watch.done, <, watch.total);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "an older backup");

  watch = (BackupWatch) { NULL, 0, 0, 0 };
  hip_store_watch (store, NULL, backup_progress, &watch);
  g_assert_true (hip_store_backup (store, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (watch.calls, >, 1);
  g_assert_cmpuint (watch.done, ==, watch.total);
  hip_store_watch (store, NULL, NULL, NULL);
}

/* Backup → change → restore gives back exactly the earlier state (the same rows, by a digest
 * of every table); a damaged, foreign or newer file is refused and changes nothing; the data
 * as it was before a restore is kept. */
static void
test_backup_restore (void)
{
  g_autofree char *path = db_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *junk = g_build_filename (dir, "junk.db", NULL);
  g_autofree char *foreign = g_build_filename (dir, "foreign.db", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *before = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *restored = NULL;
  g_autoptr(HipStore) store = open_store ();
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (29);
  g_autoptr(GPtrArray) more = hip_test_history_generate (rand, catalogue, "2026-11-02", 20);
  g_autoptr(GError) error = NULL;
  const char *refused[] = { junk, foreign, newer };
  gint64 rows_before, rows_changed, rows_restored, rows;
  sqlite3 *db = NULL;

  fill_store (store, catalogue);
  before = content_digest (path, &rows_before);
  g_assert_cmpint (rows_before, >, 1000);
  g_assert_true (hip_store_backup (store, backup, &error));
  g_assert_no_error (error);

  /* Changes everywhere: the log, the check-ins, the programmes. */
  g_assert_true (hip_store_import_workouts (store, more, &error));
  g_assert_true (hip_store_save_checkin (store, "2026-11-25", 6, 5, &error));
  g_assert_true (hip_store_delete_programme (store, hip_store_get_active_programme (store, NULL),
                                             &error));
  g_assert_no_error (error);
  changed = content_digest (path, &rows_changed);
  g_assert_cmpstr (changed, !=, before);

  /* Refused files: not SQLite, another application's, a newer schema's. */
  g_assert_true (g_file_set_contents (junk, "not a database at all, not even close", -1, NULL));
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (text TEXT); PRAGMA user_version = 3;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (hip_store_backup (store, newer, &error));
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 999;", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (db);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *after = NULL;

      g_test_message ("%s", refused[i]);
      g_assert_false (hip_store_restore (store, refused[i], &kept, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      after = content_digest (path, &rows);
      g_assert_cmpstr (after, ==, changed);
      g_assert_cmpint (rows, ==, rows_changed);
    }

  g_assert_true (hip_store_restore (store, backup, &kept, &error));
  g_assert_no_error (error);
  restored = content_digest (path, &rows_restored);
  g_assert_cmpstr (restored, ==, before);
  g_assert_cmpint (rows_restored, ==, rows_before);
  /* The data as it was, kept: it has the later check-in. */
  g_assert_nonnull (kept);
  g_assert_cmpint (query_int (kept, "SELECT count(*) FROM checkin"), ==, 2);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
}

/* A backup of an older schema (kept from an older Strong Hips) is restored and brought up to
 * this schema, keeping its data. */
static void
test_restore_older_schema (void)
{
  g_autofree char *path = db_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *old = g_build_filename (dir, "old-backup.db", NULL);
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  gboolean found = FALSE;

  write_old_store (6,
    "INSERT INTO profile (singleton, level, equipment, sessions_per_week, minutes, pain, "
    "  knee_pain, hip_replacement, weeks, seed, start_date) VALUES (1, 'advanced', 16, 3, 45, "
    "  2, 0, 'none', 8, 9, '2026-03-02');");
  g_assert_cmpint (g_rename (path, old), ==, 0);

  store = open_store ();
  g_assert_true (hip_store_load_profile (store, &profile, &found, &error));
  g_assert_false (found);
  g_assert_true (hip_store_restore (store, old, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hip_store_load_profile (store, &profile, &found, &error));
  g_assert_true (found);
  g_assert_cmpint (profile.level, ==, HIP_LEVEL_ADVANCED);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, HIP_STORE_SCHEMA_VERSION);
}

/* The weekly automatic backup: one when the newest is a week old or more, the last four kept. */
static void
test_auto_backup (void)
{
  g_autofree char *path = db_path ();
  g_autofree char *parent = g_path_get_dirname (path);
  g_autofree char *dir = g_build_filename (parent, "backups", NULL);
  g_autoptr(HipStore) store = open_store ();
  static const struct { const char *day; gboolean written; } days[] = {
    { "2026-01-01", TRUE }, { "2026-01-03", FALSE }, { "2026-01-07", FALSE },
    { "2026-01-08", TRUE }, { "2026-01-15", TRUE }, { "2026-01-22", TRUE },
    { "2026-01-29", TRUE },
  };
  g_autofree char *first = g_build_filename (dir, "backup-2026-01-01.db", NULL);
  g_autofree char *second = g_build_filename (dir, "backup-2026-01-08.db", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autofree char *written = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", days[i].day);
      g_assert_true (hip_store_auto_backup (store, dir, days[i].day, 4, &written, &error));
      g_assert_no_error (error);
      g_assert_cmpint (written != NULL, ==, days[i].written);
      if (written != NULL)
        g_assert_cmpint (query_int (written, "PRAGMA user_version"), ==,
                         HIP_STORE_SCHEMA_VERSION);
    }
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (second, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/store/fresh-database", test_fresh_database);
  g_test_add_func ("/core/store/sync-idempotent", test_sync_idempotent);
  g_test_add_func ("/core/store/catalogue-mirror", test_catalogue_mirror);
  g_test_add_func ("/core/store/user-exercises-verbatim", test_user_exercises_verbatim);
  g_test_add_func ("/core/store/own-exercise-retired", test_own_exercise_retired);
  g_test_add_func ("/core/store/constraint-keeps-data", test_constraint_keeps_data);
  g_test_add_func ("/core/store/corrupt-file-moved-aside", test_corrupt_file_moved_aside);
  g_test_add_func ("/core/store/damaged-old-schema-kept-as-it-was",
                   test_damaged_old_schema_kept_as_it_was);
  g_test_add_func ("/core/store/truncated-database", test_truncated_database);
  g_test_add_func ("/core/store/newer-schema-refused", test_newer_schema_refused);
  g_test_add_data_func ("/core/store/other-application-refused/by-id",
                        "PRAGMA application_id = 1196444237; CREATE TABLE note (body TEXT); "
                        "PRAGMA user_version = 3",
                        test_other_application_refused);
  g_test_add_data_func ("/core/store/other-application-refused/by-id-only",
                        "PRAGMA application_id = -7; PRAGMA user_version = 0",
                        test_other_application_refused);
  g_test_add_data_func ("/core/store/other-application-refused/by-tables",
                        "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('mine')",
                        test_other_application_refused);
  g_test_add_data_func ("/core/store/other-application-refused/by-version",
                        "CREATE TABLE note (body TEXT); PRAGMA user_version = 4",
                        test_other_application_refused);
  g_test_add_func ("/core/store/unstamped-database-stamped", test_unstamped_database_stamped);
  g_test_add_func ("/core/store/read-only-database", test_read_only_database);
  g_test_add_func ("/core/store/retired-exercises-hidden", test_retired_exercises_hidden);
  g_test_add_func ("/core/store/profile-round-trip", test_profile_round_trip);
  g_test_add_func ("/core/store/programmes", test_programmes);
  g_test_add_func ("/core/store/programme-editing", test_programme_editing);
  g_test_add_func ("/core/store/migration-from-v1", test_migration_from_v1);
  g_test_add_func ("/core/store/migration-from-v2", test_migration_from_v2);
  g_test_add_func ("/core/store/migration-from-v4", test_migration_from_v4);
  g_test_add_func ("/core/store/backup-restore", test_backup_restore);
  g_test_add_func ("/core/store/backup-progress", test_backup_progress);
  g_test_add_func ("/core/store/restore-older-schema", test_restore_older_schema);
  g_test_add_func ("/core/store/auto-backup", test_auto_backup);
  g_test_add_func ("/core/store/migration-from-v6", test_migration_from_v6);
  g_test_add_func ("/core/store/migration-from-v10", test_migration_from_v10);
  g_test_add_func ("/core/store/migration-from-v11", test_migration_from_v11);

  return g_test_run ();
}
