/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Long work on a worker thread (hip-coach-async.c), driven from a main loop as the window
 * drives it: a cancelled import writes nothing and says nothing changed; a completed one
 * leaves the log as the synchronous import does and is said once; progress only rises,
 * within 0–1; a backup and a restore, an export and a programme file read on the worker. */

#include "config.h"

#include <glib/gstdio.h>

#include "hip-coach.h"
#include "hip-coach-private.h"
#include "hip-csv.h"
#include "hip-store.h"
#include "hip-test-history.h"

typedef struct
{
  HipCoach     *coach;
  guint         log_changed;
  GCancellable *cancellable;
  double        last;           /* the last fraction told, or -1 */
  guint         reports;
  gboolean      cancel_when_writing;
  gboolean      cancel_at_once;
  GAsyncResult *result;
} Fixture;

static void
count_cb (HipCoach *coach,
          guint    *counter)
{
  (*counter)++;
}

static HipCoach *
open_coach (const char *name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = hip_store_new (path, &error);
  HipCoach *coach;

  g_assert_no_error (error);
  coach = hip_coach_new (store);
  g_assert_cmpint (hip_coach_save_screening (coach, 0, FALSE, &error), ==,
                   HIP_SCREENING_CLEAR);
  return coach;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->coach = open_coach ("async.db");
  g_signal_connect (f->coach, "log-changed", G_CALLBACK (count_cb), &f->log_changed);
  f->cancellable = g_cancellable_new ();
  f->last = -1;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->result);
  g_clear_object (&f->cancellable);
  g_assert_finalize_object (f->coach);
}

/* A history of about @days days in our CSV; returns its path. */
static char *
write_history (HipCoach *coach,
               guint     days)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20);
  g_autoptr(GPtrArray) history =
    hip_test_history_generate (rand, hip_coach_get_catalogue (coach), "2020-01-06", days);
  g_autofree char *text = hip_csv_format_workouts (history, NULL);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "history.csv", NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_steal_pointer (&path);
}

static guint
count_sets (HipCoach *coach)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts =
    hip_store_list_workouts (hip_coach_get_store (coach), NULL, NULL, TRUE, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < workouts->len; i++)
    n += ((HipWorkout *) workouts->pdata[i])->sets->len;
  return n;
}

static void
progress_cb (HipCoach *coach,
             double    fraction,
             gpointer  data)
{
  Fixture *f = data;

  g_assert_null (f->result);   /* never after the callback */
  g_assert_cmpfloat (fraction, >=, 0.0);
  g_assert_cmpfloat (fraction, <=, 1.0);
  g_assert_cmpfloat (fraction, >=, f->last);
  f->last = fraction;
  f->reports++;
  if ((f->cancel_when_writing && fraction > 0.0) || f->cancel_at_once)
    g_cancellable_cancel (f->cancellable);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Fixture *f = data;

  f->result = g_object_ref (result);
}

static void
wait_for_result (Fixture *f)
{
  while (f->result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
restart (Fixture *f)
{
  g_clear_object (&f->result);
  g_clear_object (&f->cancellable);
  f->cancellable = g_cancellable_new ();
  f->last = -1;
  f->reports = 0;
  f->cancel_when_writing = FALSE;
  f->cancel_at_once = FALSE;
}

/* Our CSV: cancelled after the first sets are written, nothing stays; then the whole file, as
 * hip_coach_import_csv() would have it. */
static void
test_import_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = write_history (f->coach, 2200);
  g_autoptr(HipCoach) other = open_coach ("sync.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *ours = g_build_filename (g_get_user_data_dir (), "ours.csv", NULL);
  g_autofree char *theirs = g_build_filename (g_get_user_data_dir (), "theirs.csv", NULL);
  g_autofree char *a = NULL, *b = NULL;
  guint n_sets = 0, n_sync = 0;

  /* Cancelled at the first report, before anything is read */
  f->cancel_at_once = TRUE;
  hip_coach_import_csv_async (f->coach, path, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_false (hip_coach_import_csv_finish (f->coach, f->result, &n_sets, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (count_sets (f->coach), ==, 0);

  /* Cancelled after the first sets are written: rolled back */
  restart (f);
  f->cancel_when_writing = TRUE;
  hip_coach_import_csv_async (f->coach, path, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_false (hip_coach_import_csv_finish (f->coach, f->result, &n_sets, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_cancellable_is_cancelled (f->cancellable));
  g_assert_cmpfloat (f->last, <, 1.0);
  g_assert_cmpuint (count_sets (f->coach), ==, 0);
  g_assert_cmpuint (f->log_changed, ==, 0);

  restart (f);
  hip_coach_import_csv_async (f->coach, path, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_true (hip_coach_import_csv_finish (f->coach, f->result, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (f->last, ==, 1.0);
  g_assert_cmpuint (f->reports, >, 10);
  g_assert_cmpuint (f->log_changed, ==, 1);

  g_assert_true (hip_coach_import_csv (other, path, &n_sync, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, >, 20000);
  g_assert_cmpuint (n_sets, ==, n_sync);
  g_assert_cmpuint (count_sets (f->coach), ==, n_sync);
  g_assert_true (hip_coach_export_csv (f->coach, ours, NULL, &error));
  g_assert_true (hip_coach_export_csv (other, theirs, NULL, &error));
  g_assert_true (g_file_get_contents (ours, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (theirs, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);
}

/* Another tracker's path: read on the worker (nothing written), the writing cancelled, then
 * written whole: what the review said it would add. */
static void
test_read_and_import (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = write_history (f->coach, 600);
  g_autoptr(GError) error = NULL;
  HipImport *import;
  guint expected, n_sets = 0;

  hip_coach_read_import_async (f->coach, path, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  import = hip_coach_read_import_finish (f->coach, f->result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  expected = hip_import_count_sets (import);
  g_assert_cmpuint (expected, >, 5000);
  g_assert_cmpuint (count_sets (f->coach), ==, 0);

  restart (f);
  f->cancel_when_writing = TRUE;
  hip_coach_import_async (f->coach, import, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_false (hip_coach_import_finish (f->coach, f->result, &n_sets, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (count_sets (f->coach), ==, 0);
  g_assert_cmpuint (f->log_changed, ==, 0);

  restart (f);
  import = hip_coach_read_import (f->coach, path, &error);
  g_assert_no_error (error);
  hip_coach_import_async (f->coach, import, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_true (hip_coach_import_finish (f->coach, f->result, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, expected);
  g_assert_cmpuint (count_sets (f->coach), ==, expected);
  g_assert_cmpuint (f->log_changed, ==, 1);
}

/* A file without end (/dev/zero) is refused by its size on the worker and by the menu's
 * synchronous path, not read until memory runs out. */
static void
test_endless_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HipImport *import;

  hip_coach_read_import_async (f->coach, "/dev/zero", f->cancellable, progress_cb, f, done_cb,
                               f);
  wait_for_result (f);
  import = hip_coach_read_import_finish (f->coach, f->result, &error);
  g_assert_null (import);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);
  g_assert_null (hip_coach_read_import (f->coach, "/dev/zero", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
}

/* A backup written on the worker, more logged, the backup restored on the worker: the log as
 * it was, said to have changed. */
static void
test_backup_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_history (f->coach, 60);
  g_autofree char *backup = g_build_filename (g_get_user_data_dir (), "backup.db", NULL);
  g_autofree char *later = g_build_filename (g_get_user_data_dir (), "later.csv", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  g_assert_true (hip_coach_import_csv (f->coach, path, NULL, &error));
  before = count_sets (f->coach);
  hip_coach_backup_async (f->coach, backup, NULL, NULL, NULL, done_cb, f);
  wait_for_result (f);
  g_assert_true (hip_coach_backup_finish (f->coach, f->result, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (21);
    g_autoptr(GPtrArray) more =
      hip_test_history_generate (rand, hip_coach_get_catalogue (f->coach), "2024-01-01", 30);
    g_autofree char *text = hip_csv_format_workouts (more, NULL);

    g_assert_true (g_file_set_contents (later, text, -1, NULL));
    g_assert_true (hip_coach_import_csv (f->coach, later, NULL, &error));
  }
  g_assert_cmpuint (count_sets (f->coach), >, before);

  restart (f);
  f->log_changed = 0;
  hip_coach_restore_async (f->coach, backup, done_cb, f);
  wait_for_result (f);
  g_assert_true (hip_coach_restore_finish (f->coach, f->result, &kept, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_sets (f->coach), ==, before);
  g_assert_cmpuint (f->log_changed, ==, 1);
}

/* An export written on the worker is the synchronous export; a programme file read on the
 * worker is reviewed as the synchronous read is, and a refused one says why. */
static void
test_export_and_programme (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = write_history (f->coach, 90);
  g_autofree char *ours = g_build_filename (g_get_user_data_dir (), "async.csv", NULL);
  g_autofree char *theirs = g_build_filename (g_get_user_data_dir (), "sync.csv", NULL);
  g_autofree char *programme = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "data",
                                                 "programmes",
                                                 "example.strong-hips-programme", NULL);
  g_autoptr(HipProgrammeFile) read = NULL, expected = NULL;
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sets = 0, n_sync = 0;

  g_assert_true (hip_coach_import_csv (f->coach, path, NULL, &error));
  hip_coach_export_csv_async (f->coach, ours, done_cb, f);
  wait_for_result (f);
  g_assert_true (hip_coach_export_csv_finish (f->coach, f->result, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_true (hip_coach_export_csv (f->coach, theirs, &n_sync, &error));
  g_assert_cmpuint (n_sets, ==, n_sync);
  g_assert_true (g_file_get_contents (ours, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (theirs, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);

  restart (f);
  hip_coach_review_programme_async (f->coach, programme, done_cb, f);
  wait_for_result (f);
  read = hip_coach_review_programme_finish (f->coach, f->result, &error);
  g_assert_no_error (error);
  expected = hip_coach_review_programme (f->coach, programme, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->name, ==, expected->name);
  g_assert_cmpuint (read->own->len, ==, expected->own->len);

  restart (f);
  hip_coach_review_programme_async (f->coach, path, done_cb, f);
  wait_for_result (f);
  g_assert_null (hip_coach_review_programme_finish (f->coach, f->result, &error));
  g_assert_nonnull (error);
}

/* A private in-memory database has no second connection: its own is lent to the worker, and
 * a cancelled import still leaves nothing. Cancelled before the worker writes: cancelled on
 * the first progress told, a quick worker (or a slow main loop, under valgrind) could finish
 * the import before the cancel reached it. */
static void
test_in_memory (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = hip_store_new (NULL, &error);
  g_autoptr(HipCoach) coach = hip_coach_new (store);
  g_autofree char *path = write_history (coach, 300);
  guint n_sets = 0, n_sync = 0;

  g_cancellable_cancel (f->cancellable);
  hip_coach_import_csv_async (coach, path, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_false (hip_coach_import_csv_finish (coach, f->result, &n_sets, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpuint (count_sets (coach), ==, 0);

  restart (f);
  hip_coach_import_csv_async (coach, path, f->cancellable, progress_cb, f, done_cb, f);
  wait_for_result (f);
  g_assert_true (hip_coach_import_csv_finish (coach, f->result, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_true (hip_coach_import_csv (f->coach, path, &n_sync, &error));
  g_assert_cmpuint (n_sets, ==, n_sync);
  g_assert_cmpuint (count_sets (coach), ==, n_sync);
  g_clear_object (&f->result);
  g_assert_finalize_object (g_steal_pointer (&coach));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/async/import-csv", Fixture, NULL, fixture_set_up, test_import_csv,
              fixture_tear_down);
  g_test_add ("/core/async/read-and-import", Fixture, NULL, fixture_set_up,
              test_read_and_import, fixture_tear_down);
  g_test_add ("/core/async/endless-file", Fixture, NULL, fixture_set_up, test_endless_file,
              fixture_tear_down);
  g_test_add ("/core/async/backup-restore", Fixture, NULL, fixture_set_up,
              test_backup_restore, fixture_tear_down);
  g_test_add ("/core/async/export-and-programme", Fixture, NULL, fixture_set_up,
              test_export_and_programme, fixture_tear_down);
  g_test_add ("/core/async/in-memory", Fixture, NULL, fixture_set_up, test_in_memory,
              fixture_tear_down);
  return g_test_run ();
}
