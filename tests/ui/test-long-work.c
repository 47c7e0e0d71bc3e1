/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Long work under a display: a large import of our CSV (tens of thousands of sets) runs on a
 * worker thread while the main loop keeps running; its progress dialog appears, Cancel leaves
 * nothing imported and says nothing; run again, every set is added and the window says so.
 * A small file shows no progress dialog flashing by. The progress dialog at 360 px and wide,
 * light and dark.
 *
 * To see the dialog every time, however fast the machine, another connection holds the
 * database's write lock, as another process could: the worker waits for it (within its 5 s
 * busy timeout) with the dialog shown, and the lock is let go once the test has looked. */

#include "config.h"

#include <glib/gstdio.h>

#include "hip-application.h"
#include "hip-coach-private.h"
#include "hip-csv.h"
#include "hip-progress-dialog.h"
#include "hip-store.h"
#include "hip-store-private.h"
#include "hip-test-app.h"
#include "hip-test-history.h"
#include "hip-test-utils.h"
#include "hip-window.h"
#include "hip-window-private.h"

/* Six years of workouts; *@n_sets: how many sets. */
static char *
write_large_log (HipTestFixture *f,
                 guint          *n_sets)
{
  HipCoach *coach = hip_window_get_coach (f->window);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  g_autoptr(GPtrArray) history =
    hip_test_history_generate (rand, hip_coach_get_catalogue (coach), "2019-01-07", 2200);
  g_autofree char *text = hip_csv_format_workouts (history, NULL);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "large-log.csv", NULL);

  *n_sets = 0;
  for (guint i = 0; i < history->len; i++)
    *n_sets += ((HipWorkout *) history->pdata[i])->sets->len;
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_steal_pointer (&path);
}

static HipStore *
hold_write_lock (HipTestFixture *f)
{
  HipStore *store = hip_coach_get_store (hip_window_get_coach (f->window));
  g_autoptr(GError) error = NULL;
  HipStore *other = hip_store_open_worker (hip_store_get_path (store), NULL, &error);

  g_assert_no_error (error);
  g_assert_true (hip_store_exec (other, "BEGIN IMMEDIATE", &error));
  g_assert_no_error (error);
  return other;
}

static void
let_go (HipStore *other)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hip_store_exec (other, "ROLLBACK", &error));
  g_assert_no_error (error);
  g_object_unref (other);
}

static gboolean
tick_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static gboolean
progress_shown (gpointer data)
{
  GtkWindow *dialog = hip_test_find_toplevel (HIP_TYPE_PROGRESS_DIALOG);

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
progress_gone (gpointer data)
{
  return hip_test_find_toplevel (HIP_TYPE_PROGRESS_DIALOG) == NULL;
}

typedef struct { guint *ticks; guint until; } Ticks;

static gboolean
ticked (gpointer data)
{
  Ticks *wait = data;

  return *wait->ticks >= wait->until;
}

static void
shoot (GtkWidget  *dialog,
       const char *name)
{
  gtk_test_widget_wait_for_draw (dialog);
  g_assert_cmpuint (hip_test_count_ellipsized (dialog), ==, 0);
  hip_test_screenshot (dialog, name);
}

/* The dialog beside a wide window and a 360 px one, light and dark, with a fraction known. */
static void
shoot_all (HipTestFixture    *f,
           HipProgressDialog *dialog)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  hip_progress_dialog_set_fraction (dialog, 0.4);
  shoot (GTK_WIDGET (dialog), "import-progress");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (GTK_WIDGET (dialog), "import-progress-dark");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 360);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, -1);
  shoot (GTK_WIDGET (dialog), "import-progress-narrow-dark");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (GTK_WIDGET (dialog), "import-progress-narrow");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_cancel_then_complete (HipTestFixture *f,
                           gconstpointer  data)
{
  guint n_sets, ticks = 0, id;
  g_autofree char *path = write_large_log (f, &n_sets);
  HipStore *lock = hold_write_lock (f);
  HipProgressDialog *dialog;
  GtkWidget *cancel, *message;
  Ticks wait = { &ticks, 0 };

  g_assert_cmpuint (n_sets, >, 20000);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 760);
  id = g_timeout_add (20, tick_cb, &ticks);

  hip_window_import_csv (f->window, path);
  hip_test_wait_until (progress_shown, NULL, "the progress dialog");
  dialog = HIP_PROGRESS_DIALOG (hip_test_find_toplevel (HIP_TYPE_PROGRESS_DIALOG));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  /* The main loop runs while the worker works: the window keeps drawing and timers fire. */
  wait.until = ticks + 3;
  hip_test_wait_until (ticked, &wait, "a timeout during the import");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  shoot_all (f, dialog);

  cancel = hip_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Cancel");
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  let_go (lock);
  hip_test_wait_until (progress_gone, NULL, "the cancelled import to stop");
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 0);
  /* Cancelled by the person: no message about it. */
  g_assert_null (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* Again, to the end: every set, and said so. */
  hip_window_import_csv (f->window, path);
  message = GTK_WIDGET (hip_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), ==,
                   "Workouts Imported");
  g_assert_null (hip_test_find_toplevel (HIP_TYPE_PROGRESS_DIALOG));
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, n_sets);
  gtk_window_destroy (GTK_WINDOW (message));
  g_source_remove (id);
  g_remove (path);
}

static void
mapped_cb (GtkWidget *dialog,
           gboolean  *mapped)
{
  *mapped = TRUE;
}

/* A small file is in before the dialog's moment: no dialog flashes by, only the result. */
static void
test_small_file (HipTestFixture *f,
                 gconstpointer  data)
{
  HipCoach *coach = hip_window_get_coach (f->window);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(GPtrArray) history =
    hip_test_history_generate (rand, hip_coach_get_catalogue (coach), "2026-01-05", 3);
  g_autofree char *text = hip_csv_format_workouts (history, NULL);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "small-log.csv", NULL);
  gboolean mapped = FALSE;
  GtkWindow *progress, *message;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  hip_window_import_csv (f->window, path);
  progress = hip_test_find_toplevel (HIP_TYPE_PROGRESS_DIALOG);
  g_assert_nonnull (progress);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (progress)));
  g_signal_connect (progress, "map", G_CALLBACK (mapped_cb), &mapped);
  message = hip_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_false (mapped);
  g_assert_null (hip_test_find_toplevel (HIP_TYPE_PROGRESS_DIALOG));
  g_assert_cmpuint (hip_test_fixture_count_sets (f), >, 0);
  gtk_window_destroy (message);
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  hip_test_add_in_window ("/ui/long-work/cancel-then-complete", NULL,
                          test_cancel_then_complete);
  hip_test_add_in_window ("/ui/long-work/small-file", NULL, test_small_file);

  return g_test_run ();
}
