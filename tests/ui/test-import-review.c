/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The review of an import under a display: a Strong export's dialog lists the exercises
 * matched to ours, the new one of the person's own and the rows not imported; Cancel writes
 * nothing, Import writes every set, and the same file again has nothing new to import. The
 * dialog at 360 px and wide, light and dark, with no text cut short. */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hip-application.h"
#include "hip-coach-private.h"
#include "hip-import-dialog.h"
#include "hip-store.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-window.h"
#include "hip-window-private.h"

static char *
sample_path (const char *name)
{
  return g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "tests", "data", name, NULL);
}

/* Reviews @file and returns its dialog, drawn. */
static AdwMessageDialog *
review (HipTestFixture *f,
        const char *file)
{
  g_autofree char *path = sample_path (file);
  GtkWindow *dialog;

  hip_window_review_import (f->window, path);
  dialog = hip_test_wait_for_toplevel (HIP_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return ADW_MESSAGE_DIALOG (dialog);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_review (HipTestFixture *f,
             gconstpointer  data)
{
  AdwMessageDialog *dialog = review (f, "strong.csv");
  GtkWidget *message;

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import 14 Sets?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Strong file: 2 workouts, 3 rows not imported"));
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                          "Hip Thrust (Barbell)"));
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                          "Bench Press (Barbell)"));
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                          "Warm-up sets"));
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                          "Cardio and distance"));
  g_assert_null (hip_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                       "Sets already in your log"));
  respond (dialog, "cancel");
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 0);

  dialog = review (f, "strong.csv");
  respond (dialog, "import");
  message = GTK_WIDGET (hip_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 14);
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), ==,
                   "Workouts Imported");
  gtk_window_destroy (GTK_WINDOW (message));

  /* The same file again: nothing to add, and Import cannot be chosen. */
  dialog = review (f, "strong.csv");
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing New to Import");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "import"));
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                          "Sets already in your log"));
  respond (dialog, "cancel");
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 14);
}

/* A refused file says which line and why, and adds nothing. */
static void
test_refused (HipTestFixture *f,
              gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.csv", NULL);
  AdwMessageDialog *message;

  g_assert_true (g_file_set_contents (path, "Date,Exercise,Set,Weight,Reps,Unit\n"
                                      "2023-11-20,Clamshell,1,0,ten,kg\n", -1, NULL));
  hip_window_review_import (f->window, path);
  message = ADW_MESSAGE_DIALOG (hip_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (hip_test_find_toplevel (HIP_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Nothing Was Imported");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (message), "Line 2: "));
  gtk_window_destroy (GTK_WINDOW (message));
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 0);
  g_remove (path);
  g_rmdir (dir);
}

static void
shoot (AdwMessageDialog *dialog,
       const char       *name)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (dialog)), ==, 0);
  hip_test_screenshot (GTK_WIDGET (dialog), name);
}

/* The dialog beside a wide window and a 360 px one, light and dark. */
static void
test_screenshots (HipTestFixture *f,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  AdwMessageDialog *dialog;
  GtkAdjustment *adjustment;
  GtkWidget *scrolled;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 760);
  dialog = review (f, "hevy.csv");
  shoot (dialog, "import-review");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shoot (dialog, "import-review-dark");
  respond (dialog, "cancel");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 360);
  dialog = review (f, "strong.csv");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, -1);
  shoot (dialog, "import-review-narrow-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot (dialog, "import-review-narrow");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  /* Its end: the new exercise and the rows not imported. */
  scrolled = hip_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW, NULL);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  shoot (dialog, "import-review-narrow-end");
  respond (dialog, "cancel");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  hip_test_add_in_window ("/ui/import-review/review", NULL, test_review);
  hip_test_add_in_window ("/ui/import-review/refused", NULL, test_refused);
  hip_test_add_in_window ("/ui/import-review/screenshots", NULL, test_screenshots);

  return g_test_run ();
}
