/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing other trackers' exports and our own CSV: each sample of tests/data/ (written from
 * the trackers' documented headers) gives the right workouts, sets, skips and mappings; a
 * second import adds nothing; a malformed file leaves the database as it was; our own CSV is
 * read with a BOM, CRLF, semicolons and decimal commas, and in its old fourteen columns; a log
 * imported twice and exported merges back without repeated set numbers; and mutated files
 * never crash the reader. */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-csv.h"
#include "hip-import.h"
#include "hip-store.h"
#include "hip-store-private.h"
#include "hip-units.h"

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

/* A fresh, empty database for each test. */
static HipStore *
reopen_empty_store (HipStore *store)
{
  g_autofree char *path = hip_store_get_default_path ();

  g_clear_object (&store);
  g_remove (path);
  return open_store ();
}

static char *
read_sample (const char *name,
             gsize      *length)
{
  g_autofree char *path = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "tests", "data",
                                            name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, length, &error));
  g_assert_no_error (error);
  return text;
}

static gint64
count_rows (HipStore   *store,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = hip_store_select_id (store, sql, &error);

  g_assert_no_error (error);
  return n;
}

/* Everything an import could change: the log as exported, and the person's exercises. */
static char *
snapshot (HipStore *store)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "snapshot.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (hip_store_export_csv (store, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_remove (path);
  return g_strdup_printf ("%s\n%" G_GINT64_FORMAT " own exercises", text,
                          count_rows (store, "SELECT count(*) FROM exercise WHERE origin = 'user'"));
}

static HipImport *
prepare (HipStore   *store,
         const char *text,
         gsize       length,
         GError    **error)
{
  return hip_store_prepare_import (store, catalogue, text, length, HIP_UNITS_KILOGRAMS, error);
}

static HipImportMatch *
find_match (HipImport  *import,
            const char *their_name)
{
  for (guint i = 0; i < import->matches->len; i++)
    {
      HipImportMatch *match = import->matches->pdata[i];

      if (strcmp (match->their_name, their_name) == 0)
        return match;
    }
  return NULL;
}

/* The heaviest load logged of @exercise_id. */
static double
top_load (HipStore   *store,
          const char *exercise_id)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (store,
    "SELECT max(load) FROM workout_set WHERE exercise_id = ?", NULL);

  hip_bind_text (stmt, 1, exercise_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_double (stmt, 0);
}

static const struct
{
  const char      *file;
  HipImportFormat  format;
  guint            workouts, sets, new_exercises, warm_up, cardio, other;
  const char      *their_name;   /* one name that maps onto ours */
  const char      *ours;
  const char      *loaded;       /* an exercise of ours and its top load, in kg */
  double           load;
} samples[] = {
  { "strong.csv", HIP_IMPORT_FORMAT_STRONG, 2, 14, 1, 1, 1, 1,
    "Hip Thrust (Barbell)", "barbell-hip-thrust", "barbell-hip-thrust", 80 },
  { "strong-old.csv", HIP_IMPORT_FORMAT_STRONG_OLD, 2, 5, 1, 0, 1, 0,
    "Side lying leg raise", "side-lying-hip-abduction", "barbell-hip-thrust", 65 },
  { "fitnotes.csv", HIP_IMPORT_FORMAT_FITNOTES, 2, 8, 1, 0, 1, 0,
    "Barbell Hip Thrust", "barbell-hip-thrust", "barbell-hip-thrust", 155 * HIP_KG_PER_LB },
  { "hevy.csv", HIP_IMPORT_FORMAT_HEVY, 2, 8, 1, 1, 1, 0,
    "Hip Adduction (Machine)", "standing-banded-adduction", "barbell-hip-thrust", 90 },
  { "jefit.csv", HIP_IMPORT_FORMAT_JEFIT, 2, 6, 1, 0, 0, 0,
    "Clamshell (Band)", "banded-clamshell", "barbell-hip-thrust", 110 * HIP_KG_PER_LB },
};

/* Each tracker's sample: recognised, counted, mapped and stored; the loads in kilograms. */
static void
test_samples (void)
{
  HipStore *store = open_store ();

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      gsize length;
      g_autofree char *text = read_sample (samples[i].file, &length);
      g_autoptr(GError) error = NULL;
      g_autoptr(HipImport) import = NULL;
      HipImportMatch *match;

      g_test_message ("%s", samples[i].file);
      store = reopen_empty_store (store);
      import = prepare (store, text, length, &error);
      g_assert_no_error (error);
      g_assert_cmpint (import->format, ==, samples[i].format);
      g_assert_cmpuint (import->workouts->len, ==, samples[i].workouts);
      g_assert_cmpuint (hip_import_count_sets (import), ==, samples[i].sets);
      g_assert_cmpuint (import->new_exercises->len, ==, samples[i].new_exercises);
      g_assert_cmpuint (import->n_warm_up, ==, samples[i].warm_up);
      g_assert_cmpuint (import->n_cardio, ==, samples[i].cardio);
      g_assert_cmpuint (import->n_other, ==, samples[i].other);
      g_assert_cmpuint (import->n_known, ==, 0);
      match = find_match (import, samples[i].their_name);
      g_assert_nonnull (match);
      g_assert_cmpstr (match->exercise_id, ==, samples[i].ours);
      g_assert_false (match->is_new);

      g_assert_true (hip_store_import (store, import, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM workout"), ==,
                       samples[i].workouts);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM workout_set"), ==,
                       samples[i].sets);
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM exercise WHERE origin = 'user'"),
                       ==, samples[i].new_exercises);
      /* Imported workouts are finished, whatever the file says of their end. */
      g_assert_cmpint (count_rows (store, "SELECT count(*) FROM workout WHERE finished IS NULL"),
                       ==, 0);
      g_assert_cmpfloat_with_epsilon (top_load (store, samples[i].loaded), samples[i].load,
                                      0.01);
    }
  g_object_unref (store);
}

/* What does not map becomes the person's own exercise, named as in the file; warm-ups are not
 * logged, and a timed set is logged in seconds. */
static void
test_strong_details (void)
{
  g_autoptr(HipStore) store = reopen_empty_store (NULL);
  gsize length;
  g_autofree char *text = read_sample ("strong.csv", &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(HipImport) import = prepare (store, text, length, &error);
  g_autoptr(GPtrArray) own = NULL;
  HipImportMatch *bench = find_match (import, "Bench Press (Barbell)");

  g_assert_no_error (error);
  g_assert_nonnull (bench);
  g_assert_true (bench->is_new);
  g_assert_cmpuint (bench->n_sets, ==, 2);
  g_assert_true (g_str_has_prefix (bench->exercise_id, "user-"));
  g_assert_true (hip_store_import (store, import, NULL, &error));
  own = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_cmpuint (own->len, ==, 1);
  g_assert_cmpstr (hip_exercise_get_name (own->pdata[0]), ==, "Bench Press (Barbell)");
  /* Three working sets of hip thrusts at 80 kg: the 40 kg warm-up is not among them. */
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM workout_set "
                                      "WHERE exercise_id = 'barbell-hip-thrust' AND load = 80"),
                   ==, 3);
  g_assert_cmpint (count_rows (store, "SELECT min(load) FROM workout_set "
                                      "WHERE exercise_id = 'barbell-hip-thrust'"), ==, 80);
  g_assert_cmpint (count_rows (store, "SELECT seconds FROM workout_set "
                                      "WHERE exercise_id = 'copenhagen-plank-long'"), ==, 30);
  /* Duration 1h 5m: the first workout ends 65 minutes after it started. */
  g_assert_cmpint (count_rows (store, "SELECT max(unixepoch(finished) - unixepoch(started)) "
                                      "FROM workout"), ==, 65 * 60);
}

/* Importing a file again adds nothing, not even an exercise. */
static void
test_again (void)
{
  HipStore *store = open_store ();

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      gsize length;
      g_autofree char *text = read_sample (samples[i].file, &length);
      g_autoptr(GError) error = NULL;
      g_autoptr(HipImport) first = NULL, second = NULL;
      g_autofree char *before = NULL, *after = NULL;

      store = reopen_empty_store (store);
      first = prepare (store, text, length, &error);
      g_assert_true (hip_store_import (store, first, NULL, &error));
      before = snapshot (store);
      second = prepare (store, text, length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (hip_import_count_sets (second), ==, 0);
      g_assert_cmpuint (second->workouts->len, ==, 0);
      g_assert_cmpuint (second->new_exercises->len, ==, 0);
      g_assert_cmpuint (second->n_known, ==, samples[i].sets);
      g_assert_true (hip_store_import (store, second, NULL, &error));
      after = snapshot (store);
      g_assert_cmpstr (before, ==, after);
    }
  g_object_unref (store);
}

#define STRONG_HEADER "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance," \
                      "Seconds,Notes,Workout Notes,RPE\n"
#define HEVY_HEADER "title,start_time,end_time,description,exercise_title,superset_id," \
                    "exercise_notes,set_index,set_type,weight_kg,reps,distance_km," \
                    "duration_seconds,rpe\n"

static const struct
{
  const char *name;
  const char *text;
  const char *expected;   /* the start of the message */
} malformed[] = {
  { "bad-date", "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,"
    "Notes,Workout Notes,RPE\n2024-03-04 18:02:11,A,1h,Glute Bridge,1,0,10,0,0,,,\n"
    "yesterday,A,1h,Glute Bridge,2,0,10,0,0,,,\n", "Line 3: “yesterday” is not a date" },
  { "bad-weight", "Date,Exercise,Category,Weight (kg),Reps,Distance,Distance Unit,Time,Comment\n"
    "2024-01-08,Goblet Squat,Legs,12.5,10,,,,\n2024-01-08,Unknown Lift,Legs,12.5,10,,,,\n"
    "2024-01-08,Goblet Squat,Legs,heavy,10,,,,\n", "Line 4: “heavy” is not a weight" },
  { "bad-reps", "title,start_time,end_time,description,exercise_title,superset_id,"
    "exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe\n"
    "A,\"14 Jan 2024, 18:03\",\"14 Jan 2024, 19:03\",,Clamshell,,,0,normal,,-3,,,\n",
    "Line 2: “-3” is not a number of repetitions" },
  { "fields", "Date,Exercise,Set,Weight,Reps,Unit\n2023-11-20,Clamshell,1,0,10,kg\n"
    "2023-11-20,Clamshell,2,0\n", "Line 3: 4 fields instead of 6" },
  { "quote", "Date,Exercise,Set,Weight,Reps,Unit\n2023-11-20,\"Clamshell,1,0,10,kg\n",
    "Line 2: a quoted field is not closed" },
  { "no-name", "Date,Exercise,Set,Weight,Reps,Unit\n2023-11-20,  ,1,0,10,kg\n",
    "Line 2: the exercise has no name" },
  { "set-order", "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
    "Seconds,Notes,Workout Notes,RPE\n2024-03-04 18:02:11,A,1h,Glute Bridge,X,0,10,0,0,,,\n",
    "Line 2: “X” is not a set number" },
  { "not-utf8", "Date,Exercise,Set,Weight,Reps,Unit\n2023-11-20,Clam\xff,1,0,10,kg\n",
    "Line 2: the text is not UTF-8" },
  { "unknown", "When,What,How much\n2023-11-20,Clamshell,10\n", "Line 1: the header is not" },
  { "empty", "", "Line 1: the file is empty" },
  { "own-unknown", "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,"
    "reps,seconds,load_kg,effort,pain\n2026-03-02T08:00:00+00:00,,1,1,,,no-such,1,both,12,0,,,\n",
    "Line 2: unknown exercise" },
  /* Years before 1000 are no tracker's, and the database's dates have four digits. */
  { "year-999", STRONG_HEADER "2024-03-04 18:02:11,A,1h,Glute Bridge,1,0,10,0,0,,,\n"
    "0999-03-04 18:02:11,A,1h,Glute Bridge,1,0,10,0,0,,,\n",
    "Line 3: “0999-03-04 18:02:11” is not a date and time" },
  { "year-999-hevy", HEVY_HEADER
    "A,\"14 Jan 999, 18:03\",\"14 Jan 2024, 19:03\",,Clamshell,,,0,normal,,10,,,\n",
    "Line 2: “14 Jan 999, 18:03” is not a date and time" },
  { "hex-weight", STRONG_HEADER "2024-03-04 18:02:11,A,1h,Glute Bridge,1,0x10,10,0,0,,,\n",
    "Line 2: “0x10” is not a weight" },
  { "hex-reps", HEVY_HEADER
    "A,\"14 Jan 2024, 18:03\",\"14 Jan 2024, 19:03\",,Clamshell,,,0,normal,,0x0a,,,\n",
    "Line 2: “0x0a” is not a number of repetitions" },
  /* Numbers in dates and times are decimal digits, with no sign or space (sscanf's %u takes
   * both). */
  { "signed-month", STRONG_HEADER "2024-+3-04 18:02:11,A,1h,Glute Bridge,1,0,10,0,0,,,\n",
    "Line 2: “2024-+3-04 18:02:11” is not a date and time" },
  { "spaced-day", "Date,Exercise,Set,Weight,Reps,Unit\n2023-11- 2,Clamshell,1,0,10,kg\n",
    "Line 2: “2023-11- 2” is not a date and time" },
  { "signed-time", "Date,Exercise,Category,Weight (kg),Reps,Distance,Distance Unit,Time,"
    "Comment\n2024-01-08,Plank,Core,,,,,+0:00:30,\n", "Line 2: “+0:00:30” is not a time" },
  { "signed-year-hevy", HEVY_HEADER
    "A,\"14 Jan 2024, +8:03\",\"14 Jan 2024, 19:03\",,Clamshell,,,0,normal,,10,,,\n",
    "Line 2: “14 Jan 2024, +8:03” is not a date and time" },
  /* Text of the file in a message: control characters escaped. */
  { "escaped-weight", STRONG_HEADER
    "2024-03-04 18:02:11,A,1h,Glute Bridge,1,\x1b]0;pwned\x07,10,0,0,,,\n",
    "Line 2: “\\x1b]0;pwned\\x07” is not a weight" },
  { "control-in-name", STRONG_HEADER
    "2024-03-04 18:02:11,A,1h,Glute\x1b[2JBridge,1,0,10,0,0,,,\n",
    "Line 2: the exercise’s name “Glute\\x1b[2JBridge” holds a control character" },
  { "own-name-control", "started,finished,week,session,pain_before,pain_after,exercise_id,set,"
    "side,reps,seconds,load_kg,effort,pain,exercise_name\n2026-03-02T08:00:00+00:00,,1,1,,,"
    "user-abc,1,both,12,0,,,,Evil\x1b]0;title\x07Lift\n",
    "Line 2: the exercise’s name “Evil\\x1b]0;title\\x07Lift” holds a control character" },
  { "two-boms", "\xEF\xBB\xBF\xEF\xBB\xBF" STRONG_HEADER,
    "Line 1: the file starts with two byte order marks" },
  { "bom-inside", "\xEF\xBB\xBF" STRONG_HEADER
    "2024-03-04 18:02:11,A,1h,Glute Bridge,1,0,10,0,0,,,\n"
    "2024-03-04 18:02:11,A,1h,Glute Bridge,2,0,10,0,0,\xEF\xBB\xBFnote,,\n",
    "Line 3: a byte order mark (U+FEFF) inside the text" },
};

/* A file refused whole, the line and the reason named; the database is as it was. */
static void
test_malformed (void)
{
  g_autoptr(HipStore) store = reopen_empty_store (NULL);
  gsize length;
  g_autofree char *text = read_sample ("hevy.csv", &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(HipImport) import = prepare (store, text, length, &error);
  g_autofree char *before = NULL;

  g_assert_true (hip_store_import (store, import, NULL, &error));
  before = snapshot (store);
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autoptr(GError) refused = NULL;
      g_autoptr(HipImport) none = prepare (store, malformed[i].text, strlen (malformed[i].text),
                                           &refused);
      g_autofree char *after = snapshot (store);

      g_test_message ("%s: %s", malformed[i].name, refused != NULL ? refused->message : "-");
      g_assert_null (none);
      g_assert_nonnull (refused);
      g_assert_true (g_str_has_prefix (refused->message, malformed[i].expected));
      g_assert_cmpstr (before, ==, after);
    }
}

/* A failure while writing (here a set the log cannot hold, put in after reading) leaves
 * nothing behind: not the workouts before it, nor the new exercises. */
static void
test_write_all_or_nothing (void)
{
  g_autoptr(HipStore) store = reopen_empty_store (NULL);
  gsize length;
  g_autofree char *text = read_sample ("strong.csv", &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(HipImport) import = prepare (store, text, length, &error);
  g_autofree char *before = snapshot (store);
  g_autofree char *after = NULL;
  HipWorkout *last;

  g_assert_cmpuint (import->new_exercises->len, ==, 1);
  last = import->workouts->pdata[import->workouts->len - 1];
  ((HipLoggedSet *) last->sets->pdata[last->sets->len - 1])->reps = 1000;
  g_assert_false (hip_store_import (store, import, NULL, &error));
  g_assert_nonnull (error);
  after = snapshot (store);
  g_assert_cmpstr (before, ==, after);
}

#define OWN_HEADER "started,finished,week,session,pain_before,pain_after,exercise_id,set,side," \
                   "reps,seconds,load_kg,effort,pain"

/* Our own CSV as spreadsheets save it: all read as the same two sets. */
static const struct
{
  const char *name;
  const char *text;
} own_forms[] = {
  { "lf", OWN_HEADER ",exercise_name\n"
    "2026-03-02T08:00:00+00:00,2026-03-02T08:30:00+00:00,1,1,2,,goblet-squat,1,both,10,0,12.5,6,,"
    "Goblet squat\n"
    "2026-03-02T08:00:00+00:00,2026-03-02T08:30:00+00:00,1,1,2,,clamshell,1,left,15,0,,,1,"
    "Clamshell\n" },
  { "bom-crlf", "\xEF\xBB\xBF" OWN_HEADER ",exercise_name\r\n"
    "2026-03-02T08:00:00+00:00,2026-03-02T08:30:00+00:00,1,1,2,,goblet-squat,1,both,10,0,12.5,6,,"
    "Goblet squat\r\n"
    "2026-03-02T08:00:00+00:00,2026-03-02T08:30:00+00:00,1,1,2,,clamshell,1,left,15,0,,,1,"
    "Clamshell\r\n" },
  { "semicolon-decimal-comma", "\xEF\xBB\xBF"
    "started;finished;week;session;pain_before;pain_after;exercise_id;set;side;reps;seconds;"
    "load_kg;effort;pain;exercise_name\r\n"
    "2026-03-02T08:00:00+00:00;2026-03-02T08:30:00+00:00;1;1;2;;goblet-squat;1;both;10;0;12,5;6;;"
    "Goblet squat\r\n"
    "2026-03-02T08:00:00+00:00;2026-03-02T08:30:00+00:00;1;1;2;;clamshell;1;left;15;0;;;1;"
    "\"Clamshell; side-lying\"\r\n" },
  { "fourteen-columns", OWN_HEADER "\r\n"
    "2026-03-02T08:00:00+00:00,2026-03-02T08:30:00+00:00,1,1,2,,goblet-squat,1,both,10,0,12.5,6,\r\n"
    "2026-03-02T08:00:00+00:00,2026-03-02T08:30:00+00:00,1,1,2,,clamshell,1,left,15,0,,,1\r\n" },
};

static void
test_own_forms (void)
{
  HipStore *store = open_store ();
  g_autofree char *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (own_forms); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HipImport) import = NULL;
      g_autofree char *now = NULL;

      g_test_message ("%s", own_forms[i].name);
      store = reopen_empty_store (store);
      import = prepare (store, own_forms[i].text, strlen (own_forms[i].text), &error);
      g_assert_no_error (error);
      g_assert_cmpint (import->format, ==, HIP_IMPORT_FORMAT_OWN);
      g_assert_cmpuint (hip_import_count_sets (import), ==, 2);
      g_assert_true (hip_store_import (store, import, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (top_load (store, "goblet-squat"), 12.5, 1e-9);
      now = snapshot (store);
      /* Again: nothing new. */
      g_clear_pointer (&import, hip_import_free);
      import = prepare (store, own_forms[i].text, strlen (own_forms[i].text), &error);
      g_assert_cmpuint (hip_import_count_sets (import), ==, 0);
      g_assert_cmpuint (import->n_known, ==, 2);
      if (first == NULL)
        first = g_steal_pointer (&now);
      else
        g_assert_cmpstr (now, ==, first);
    }
  /* The export's last column names the exercise. */
  g_assert_nonnull (strstr (first, "pain,exercise_name\r\n"));
  g_assert_nonnull (strstr (first, ",Goblet squat\r\n"));
  g_object_unref (store);
}

/* A log doubled by an import of old (the same file imported twice) exports as one workout
 * whose sets come twice; imported, that file gives the sets once, each number once. */
static void
test_merged_copies (void)
{
  g_autoptr(HipStore) store = reopen_empty_store (NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "doubled.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(HipImport) import = NULL;
  gsize length;

  g_hash_table_add (ids, "goblet-squat");
  g_hash_table_add (ids, "clamshell");
  for (guint copy = 0; copy < 2; copy++)
    {
      g_autoptr(GPtrArray) workouts = hip_csv_parse_workouts (own_forms[0].text,
                                                              strlen (own_forms[0].text), ids,
                                                              NULL, &error);

      g_assert_no_error (error);
      g_assert_true (hip_store_import_workouts (store, workouts, &error));
    }
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM workout_set"), ==, 4);
  g_assert_true (hip_store_export_csv (store, path, NULL, &error));
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));

  /* Into the doubled log: nothing new. */
  import = prepare (store, text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hip_import_count_sets (import), ==, 0);
  g_clear_pointer (&import, hip_import_free);

  /* Into a new one: each set once. */
  g_clear_object (&store);
  store = reopen_empty_store (NULL);
  import = prepare (store, text, length, &error);
  g_assert_no_error (error);
  g_assert_true (hip_store_import (store, import, NULL, &error));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM workout_set"), ==, 2);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM (SELECT 1 FROM workout_set "
                                      "GROUP BY workout_id, exercise_id, side, set_number "
                                      "HAVING count(*) > 1)"), ==, 0);
  g_remove (path);
}

/* The person's own exercises travel in our CSV, by their id and exercise_name: made in a new
 * log with the same id, and in a log that has one of that name, its sets go to that one. */
static void
test_own_exercises_travel (void)
{
  g_autoptr(HipStore) store = reopen_empty_store (NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "travel.csv", NULL);
  gsize length;
  g_autofree char *strong = read_sample ("strong.csv", &length);
  g_autofree char *text = NULL, *jefit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HipImport) import = prepare (store, strong, length, &error);
  g_autoptr(GPtrArray) own = NULL;
  g_autofree char *bench_id = NULL;
  HipImportMatch *match;

  g_assert_true (hip_store_import (store, import, NULL, &error));
  bench_id = g_strdup (find_match (import, "Bench Press (Barbell)")->exercise_id);
  g_assert_true (hip_store_export_csv (store, path, NULL, &error));
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_clear_pointer (&import, hip_import_free);

  g_clear_object (&store);
  store = reopen_empty_store (NULL);
  import = prepare (store, text, length, &error);
  g_assert_no_error (error);
  match = find_match (import, "Bench Press (Barbell)");
  g_assert_nonnull (match);
  g_assert_true (match->is_new);
  g_assert_cmpstr (match->exercise_id, ==, bench_id);
  g_assert_cmpuint (match->n_sets, ==, 2);
  g_assert_true (hip_store_import (store, import, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM workout_set"), ==, 14);
  g_clear_pointer (&import, hip_import_free);

  /* A log whose own "Bench Press (Barbell)" came from elsewhere, with another id. */
  g_clear_object (&store);
  store = reopen_empty_store (NULL);
  jefit = g_strdup ("Date,Exercise,Set,Weight,Reps,Unit\n"
                    "2023-11-20,Bench Press (Barbell),1,60,8,kg\n");
  import = prepare (store, jefit, strlen (jefit), &error);
  g_assert_true (hip_store_import (store, import, NULL, &error));
  g_clear_pointer (&import, hip_import_free);
  import = prepare (store, text, length, &error);
  g_assert_no_error (error);
  match = find_match (import, "Bench Press (Barbell)");
  g_assert_false (match->is_new);
  g_assert_cmpstr (match->exercise_id, !=, bench_id);
  g_assert_cmpuint (import->new_exercises->len, ==, 0);
  g_assert_true (hip_store_import (store, import, NULL, &error));
  own = hip_store_load_exercises (store, HIP_ORIGIN_USER, &error);
  g_assert_cmpuint (own->len, ==, 1);
  g_remove (path);
}

/* Names: the table of common names, then ours and our synonyms, whatever the case, accents and
 * punctuation; a bodyweight note in brackets is ignored, a barbell's is not. */
static void
test_names (void)
{
  static const struct { const char *theirs; const char *ours; } cases[] = {
    { "Hip Thrust (Barbell)", "barbell-hip-thrust" },
    { "hip thrust (barbell)", "barbell-hip-thrust" },
    { "Glute Bridge", "glute-bridge" },
    { "Lateral Lunge", "lateral-lunge" },
    { "Copenhagen plank", "copenhagen-plank-long" },
    { "Clamshell", "clamshell" },
    { "CLÀMSHÉLL", "clamshell" },
    { "Hip Abduction (Machine)", "cable-hip-abduction" },
    { "Hip Adduction (Machine)", "standing-banded-adduction" },
    { "Side lying leg raise", "side-lying-hip-abduction" },
    { "side-lying  hip abduction", "side-lying-hip-abduction" },
    { "Monster Walk", "banded-lateral-walk" },
    { "Sit to stand", "sit-to-stand" },
    { "Curtsy Lunge (Bodyweight)", "curtsy-lunge" },
    { "Curtsy Lunge (Barbell)", NULL },
    { "Bench Press (Barbell)", NULL },
    { "", NULL },
  };
  g_autoptr(HipExerciseNames) names = hip_exercise_names_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      hip_exercise_names_add (names, exercise);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (hip_exercise_names_lookup (names, cases[i].theirs), ==, cases[i].ours);
}

/* One deterministic change to @text: a byte changed, a separator, quote or line break put in,
 * a piece cut out, a line repeated or the end cut off. */
static void
mutate (GRand   *rand,
        GString *text)
{
  static const char inserts[] = ",;\"\r\n0123456789.-xW \xff\xc3";
  guint at = text->len > 0 ? g_rand_int_range (rand, 0, text->len) : 0;
  guint cut = g_rand_int_range (rand, 1, 40);

  switch (g_rand_int_range (rand, 0, 5))
    {
    case 0:
      if (text->len > 0)
        text->str[at] = (char) g_rand_int_range (rand, 1, 256);
      break;
    case 1:
      g_string_insert_c (text, at, inserts[g_rand_int_range (rand, 0, sizeof inserts - 1)]);
      break;
    case 2:
      g_string_erase (text, at, MIN (cut, text->len - at));
      break;
    case 3:
      {
        const char *end = strchr (text->str + at, '\n');
        g_autofree char *line = g_strndup (text->str + at,
                                           end != NULL ? (gsize) (end - text->str - at) + 1 : 0);

        g_string_insert (text, at, line);
      }
      break;
    default:
      g_string_truncate (text, at);
    }
}

/* Whatever a set read from a file holds, the log can store it. */
static void
check_storable (HipImport *import)
{
  for (guint w = 0; w < import->workouts->len; w++)
    {
      HipWorkout *workout = import->workouts->pdata[w];

      g_assert_nonnull (workout->started);
      g_assert_nonnull (workout->finished);
      for (guint i = 0; i < workout->sets->len; i++)
        {
          HipLoggedSet *set = workout->sets->pdata[i];

          g_assert_cmpuint (set->set_number, >=, 1);
          g_assert_cmpuint (set->set_number, <=, 20);
          g_assert_cmpuint (set->reps, <=, 100);
          g_assert_cmpuint (set->seconds, <=, 900);
          g_assert_cmpfloat (set->load, <=, 500);
        }
    }
}

/* Mutated samples are read or refused with a line's reason; never a crash, never a set the log
 * cannot hold. */
static void
test_fuzz (void)
{
  static const char *files[] = { "strong.csv", "strong-old.csv", "fitnotes.csv", "hevy.csv",
                                 "jefit.csv" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (19);
  g_autoptr(HipExerciseNames) names = hip_exercise_names_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint iterations = g_test_slow () ? 50000 : 3000, read = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      hip_exercise_names_add (names, exercise);
      g_hash_table_add (ids, (gpointer) hip_exercise_get_id (exercise));
    }
  for (guint n = 0; n < iterations; n++)
    {
      gsize length;
      g_autofree char *sample = read_sample (files[n % G_N_ELEMENTS (files)], &length);
      g_autoptr(GString) text = g_string_new_len (sample, length);
      g_autoptr(GError) error = NULL;
      g_autoptr(HipImport) import = NULL;
      guint changes = g_rand_int_range (rand, 1, 4);

      for (guint c = 0; c < changes; c++)
        mutate (rand, text);
      import = hip_import_parse (text->str, text->len, names, ids,
                                 n % 2 ? HIP_UNITS_POUNDS : HIP_UNITS_KILOGRAMS, &error);
      if (import == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (g_str_has_prefix (error->message, "Line "));
          continue;
        }
      g_assert_no_error (error);
      check_storable (import);
      read++;
    }
  /* Enough files are still read whole for the fuzzing to reach past the header and the
   * first refused line. */
  g_assert_cmpuint (read, >, iterations / 20);
}

/* A NUL is named as one, a field over 1 KB (a note) is refused with its line, and the summary
 * shows the file's exercise names cut to 60 characters with nothing a terminal would act on. */
static void
test_bounds_and_echoes (void)
{
  g_autoptr(HipStore) store = reopen_empty_store (NULL);
  static const char nul[] = STRONG_HEADER "2024-03-04 18:02:11,A,1h,Glute Bridge,1,0,10,0,0,,,\n"
                            "2024-03-04 18:02:11,A,1h,Glute\0Bridge,2,0,10,0,0,,,\n";
  g_autoptr(GString) text = g_string_new (STRONG_HEADER "2024-03-04 18:02:11,A,1h,Glute Bridge,1,0,"
                                          "10,0,0,");
  g_autoptr(GError) error = NULL;
  g_autoptr(HipImport) none = prepare (store, nul, sizeof nul - 1, &error);
  g_autoptr(HipImport) import = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  const char *line;

  g_assert_null (none);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, "Line 3: contains a NUL character");
  g_clear_error (&error);

  for (guint i = 0; i < 1025; i++)
    g_string_append_c (text, 'n');
  g_string_append (text, ",,\n");
  none = prepare (store, text->str, text->len, &error);
  g_assert_null (none);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, "Line 2: a field is longer than 1024 bytes");
  g_clear_error (&error);

  /* A new exercise's long name, with a right-to-left override in it. */
  name = g_strdup_printf ("Evil\u202e%s", "Lift Lift Lift Lift Lift Lift Lift Lift Lift Lift "
                          "Lift Lift Lift Lift");
  g_string_printf (text, STRONG_HEADER "2024-03-04 18:02:11,A,1h,\"%s\",1,0,10,0,0,,,\n", name);
  import = prepare (store, text->str, text->len, &error);
  g_assert_no_error (error);
  summary = hip_import_describe (import);
  g_test_message ("%s", summary);
  g_assert_null (strstr (summary, "\u202e"));
  line = strstr (summary, "  Evil\\u202eLift Lift");
  g_assert_nonnull (line);
  /* The name as shown: 60 characters, the last an ellipsis, then the count. */
  {
    g_autofree char *shown = g_strndup (line + 2, strstr (line, ": 1 set") - line - 2);

    g_assert_cmpuint (g_utf8_strlen (shown, -1), ==, 60);
    g_assert_true (g_str_has_suffix (shown, "…"));
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

  g_test_add_func ("/core/import/samples", test_samples);
  g_test_add_func ("/core/import/strong-details", test_strong_details);
  g_test_add_func ("/core/import/again", test_again);
  g_test_add_func ("/core/import/malformed", test_malformed);
  g_test_add_func ("/core/import/bounds-and-echoes", test_bounds_and_echoes);
  g_test_add_func ("/core/import/write-all-or-nothing", test_write_all_or_nothing);
  g_test_add_func ("/core/import/own-forms", test_own_forms);
  g_test_add_func ("/core/import/merged-copies", test_merged_copies);
  g_test_add_func ("/core/import/own-exercises-travel", test_own_exercises_travel);
  g_test_add_func ("/core/import/names", test_names);
  g_test_add_func ("/core/import/fuzz", test_fuzz);

  status = g_test_run ();
  g_object_unref (catalogue);
  return status;
}
