/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app, shown screen by screen for test-a11y, which reads each one as a screen reader does
 * (AT-SPI, from another process: this one must keep answering while it is read). For each
 * screen it prints "STATE name" and waits for a line on its standard input before going on;
 * test-a11y knows the names of the screens it must be shown. A dialog or an open menu is read
 * with the window under it. */

#include "config.h"

#include <gio/gunixinputstream.h>

#include "hip-application.h"
#include "hip-coach.h"
#include "hip-exercise-chooser.h"
#include "hip-exercise-editor.h"
#include "hip-first-run.h"
#include "hip-first-run-private.h"
#include "hip-import-dialog.h"
#include "hip-plan-edit.h"
#include "hip-preferences-window.h"
#include "hip-programme-import-dialog.h"
#include "hip-programme-page.h"
#include "hip-programme-page-private.h"
#include "hip-programme-share.h"
#include "hip-session-player.h"
#include "hip-session-player-private.h"
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

/* The menu button under @root whose tooltip is @tooltip. */
static GtkMenuButton *
find_menu_button (GtkWidget  *root,
                  const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found;

      if (GTK_IS_MENU_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return GTK_MENU_BUTTON (child);
      if ((found = find_menu_button (child, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

/* The menu of the button whose tooltip is @tooltip, open while it is read. */
static void
show_menu (GtkWidget  *w,
           const char *tooltip,
           const char *state)
{
  GtkMenuButton *button = find_menu_button (w, tooltip);

  g_assert_nonnull (button);
  gtk_menu_button_popup (button);
  g_assert_nonnull (gtk_menu_button_get_popover (button));
  show (GTK_WIDGET (gtk_menu_button_get_popover (button)), state);
  gtk_menu_button_popdown (button);
}

/* The window on top of @type, once it is drawn, read and closed. */
static void
show_toplevel (GType       type,
               const char *state)
{
  GtkWindow *window = hip_test_wait_for_toplevel (type);

  g_assert_nonnull (window);
  show (GTK_WIDGET (window), state);
  gtk_window_destroy (window);
}

/* The Programme page's menus, the swap chooser and a fix's preview (a session without its
 * core stabiliser, put back by Undo afterwards). */
static void
show_programme (HipWindow *window)
{
  HipProgrammePage *page = hip_window_get_programme_page (window);
  GtkWidget *w = GTK_WIDGET (window);
  const HipPlan *plan = hip_programme_page_get_plan (page);
  HipSession *session = hip_plan_get_session (plan, 1, 2);
  GPtrArray *problems;
  guint core = G_MAXUINT, main = G_MAXUINT, fix = 0;

  show_menu (w, "Main Menu", "main-menu");
  show_menu (w, "Programme Menu", "programme-menu");
  show_menu (w, "Change", "change-menu");
  for (guint i = 0; i < session->items->len; i++)
    {
      HipPart part = ((HipPrescription *) session->items->pdata[i])->part;

      if (part == HIP_PART_CORE && core == G_MAXUINT)
        core = i;
      if (part == HIP_PART_MAIN && main == G_MAXUINT)
        main = i;
    }
  g_assert_cmpuint (core, !=, G_MAXUINT);
  g_assert_cmpuint (main, !=, G_MAXUINT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "programme.swap", "(uu)", 2,
                                             main));
  show_toplevel (HIP_TYPE_EXERCISE_CHOOSER, "swap-chooser");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "programme.remove", "(uu)", 2,
                                             core));
  problems = hip_programme_page_get_problems (page);
  while (fix < problems->len && ((HipProblem *) problems->pdata[fix])->kind != HIP_PROBLEM_NO_CORE)
    fix++;
  g_assert_cmpuint (fix, <, problems->len);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "programme.fix", "u", fix));
  show_toplevel (ADW_TYPE_MESSAGE_DIALOG, "fix-preview");
  act (GTK_WIDGET (page), "programme.undo");
}

/* The player's dialogs: pain above 5 during a main exercise's set, then ending the workout. */
static void
show_player_dialogs (HipWindow *window)
{
  HipSessionPlayer *player =
    HIP_SESSION_PLAYER (hip_today_page_get_player (hip_window_get_today_page (window)));

  while (hip_session_player_get_current (player)->part != HIP_PART_MAIN)
    act (GTK_WIDGET (player), "workout.skip");
  gtk_spin_button_set_value (hip_session_player_get_pain_field (player), 7);
  act (GTK_WIDGET (player), "workout.log");
  show_toplevel (ADW_TYPE_MESSAGE_DIALOG, "stop-for-pain-dialog");
  act (GTK_WIDGET (player), "workout.end");
  show_toplevel (ADW_TYPE_MESSAGE_DIALOG, "end-workout-dialog");
}

/* The preferences, the reminders' days and time open so that their rows are read. */
static void
show_preferences (HipApplication *app)
{
  GtkWindow *preferences;
  GtkWidget *reminders;

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = hip_test_wait_for_toplevel (HIP_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  reminders = hip_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_EXPANDER_ROW, NULL);
  g_assert_nonnull (reminders);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (reminders), TRUE);
  show (GTK_WIDGET (preferences), "preferences");
  gtk_window_destroy (preferences);
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
  show_programme (window);
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
  show_player_dialogs (window);
  page (window, "progress");
  show (w, "progress");
  act (w, "win.profile");
  show (w, "profile-window");
  act (w, "win.about-back-pain");
  show (w, "about-back-pain");
  show_preferences (app);
  act (w, "win.show-help-overlay");
  show_toplevel (GTK_TYPE_SHORTCUTS_WINDOW, "shortcuts-window");
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
