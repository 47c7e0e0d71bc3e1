/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app, shown screen by screen for test-a11y, which reads each one as a screen reader does
 * (AT-SPI, from another process: this one must keep answering while it is read). For each
 * screen it prints "STATE name" and waits for a line on its standard input before going on. */

#include "config.h"

#include <gio/gunixinputstream.h>

#include "hip-application.h"
#include "hip-coach.h"
#include "hip-exercise-editor.h"
#include "hip-first-run.h"
#include "hip-first-run-private.h"
#include "hip-import-dialog.h"
#include "hip-programme-import-dialog.h"
#include "hip-programme-share.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-today-page.h"
#include "hip-today-page-private.h"
#include "hip-window.h"
#include "hip-window-private.h"

static GDataInputStream *input;

static void
line_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  g_autofree char *line = g_data_input_stream_read_line_finish (input, result, NULL, NULL);

  *(gboolean *) data = TRUE;
}

/* Says which screen is up, and keeps the main loop running (so that AT-SPI is answered) until
 * the reader asks for the next one. */
static void
show (GtkWidget  *window,
      const char *state)
{
  gboolean read = FALSE;

  gtk_test_widget_wait_for_draw (window);
  g_print ("STATE %s\n", state);
  fflush (stdout);
  g_data_input_stream_read_line_async (input, G_PRIORITY_DEFAULT, NULL, line_cb, &read);
  while (!read)
    g_main_context_iteration (NULL, TRUE);
}

static void
act (GtkWidget  *widget,
     const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
}

static void
page (HipWindow  *window,
      const char *name)
{
  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (hip_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL)), name);
}

/* The dialog on top, answered with @response. */
static void
respond (const char *response)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The own exercise editor, a muscle group and the equipment open so that their rows are read. */
static void
show_editor (GtkWidget *w)
{
  GtkWindow *editor;
  const char *expanders[] = { "Glutes", "Equipment" };

  act (w, "win.new-exercise");
  editor = hip_test_find_toplevel (HIP_TYPE_EXERCISE_EDITOR);
  g_assert_nonnull (editor);
  for (guint i = 0; i < G_N_ELEMENTS (expanders); i++)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (hip_test_find_widget (
                                     GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, expanders[i])),
                                   TRUE);
  show (GTK_WIDGET (editor), "exercise-editor");
  gtk_window_destroy (editor);
}

/* A file from the source tree, as a person would pick it in the file chooser. */
static char *
source_file (const char *folder,
             const char *name)
{
  return g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), folder, name, NULL);
}

/* The reviews shown before data comes in: a workout export and a shared programme. */
static void
show_reviews (HipWindow *window)
{
  g_autofree char *export = source_file ("tests/data", "hevy.csv");
  g_autofree char *programme = source_file ("data/programmes", "example.strong-hips-programme");
  GtkWindow *dialog;

  hip_window_review_import (window, export);
  dialog = hip_test_wait_for_toplevel (HIP_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  show (GTK_WIDGET (dialog), "import-review");
  gtk_window_destroy (dialog);
  hip_programme_share_review (window, programme);
  dialog = hip_test_wait_for_toplevel (HIP_TYPE_PROGRAMME_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  show (GTK_WIDGET (dialog), "programme-review");
  gtk_window_destroy (dialog);
}

static void
test_tour (void)
{
  HipApplication *app;
  HipWindow *window;
  HipFirstRun *first_run;
  GtkWidget *w;

  hip_test_clear_user_data ();
  window = hip_test_app_start (&app);
  w = GTK_WIDGET (window);
  first_run = hip_window_get_first_run (window);
  show (w, "first-run-welcome");
  act (GTK_WIDGET (first_run), "first-run.next");
  show (w, "first-run-screening");
  hip_first_run_answer (first_run, 6, TRUE);
  act (GTK_WIDGET (first_run), "first-run.next");
  show (w, "first-run-advice");
  hip_first_run_answer (first_run, 6, FALSE);
  act (GTK_WIDGET (first_run), "first-run.back");
  act (GTK_WIDGET (first_run), "first-run.next");
  show (w, "first-run-profile");
  act (GTK_WIDGET (first_run), "first-run.next");
  page (window, "programme");
  show (w, "programme");
  page (window, "exercises");
  show (w, "exercises");
  hip_window_show_exercise (window, "clamshell");
  show (w, "detail");
  act (w, "win.back");
  show_editor (w);
  show_reviews (window);
  page (window, "today");
  show (w, "today");
  act (GTK_WIDGET (hip_window_get_today_page (window)), "today.start");
  show (w, "pain-before-dialog");
  respond ("start");
  show (w, "player");
  page (window, "progress");
  show (w, "progress");
  act (w, "win.profile");
  show (w, "profile-window");
  act (w, "win.about-back-pain");
  show (w, "about-back-pain");
  g_print ("STATE end\n");
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);

  if (!hip_test_ui_init (&argc, &argv))
    return 77;
  input = g_data_input_stream_new (in);
  g_test_add_func ("/a11y/tour", test_tour);
  return g_test_run ();
}
