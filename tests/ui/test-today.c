/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Training under a display: Today shows the next session; the player logs a whole session
 * (rest countdowns, a swap, a skipped exercise, pain after), the summary says what the rules
 * changed; a session interrupted after two sets resumes there after the app is restarted; a
 * set is deleted from the history and brought back with Undo; the Progress page charts it all
 * and shows its tables. Each state is saved as a PNG in the build directory. */

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "hip-application.h"
#include "hip-coach-private.h"
#include "hip-catalogue.h"
#include "hip-diagram-player.h"
#include "hip-diagram-player-private.h"
#include "hip-education-window.h"
#include "hip-exercise.h"
#include "hip-exercise-chooser.h"
#include "hip-exercise-chooser-private.h"
#include "hip-figure-view.h"
#include "hip-first-run-private.h"
#include "hip-planner.h"
#include "hip-progress-chart.h"
#include "hip-progress-chart-private.h"
#include "hip-progress-page.h"
#include "hip-progress-page-private.h"
#include "hip-session-player.h"
#include "hip-session-player-private.h"
#include "hip-store.h"
#include "hip-test-app.h"
#include "hip-test-history.h"
#include "hip-test-player.h"
#include "hip-test-session.h"
#include "hip-test-utils.h"
#include "hip-today.h"
#include "hip-today-page.h"
#include "hip-today-page-private.h"
#include "hip-window.h"
#include "hip-window-private.h"

static HipTodayPage *
show_today (HipTestFixture *f)
{
  GtkWidget *stack = hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "today");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  return hip_window_get_today_page (f->window);
}

static HipStore *
store (HipTestFixture *f)
{
  return hip_coach_get_store (hip_application_get_coach (f->app));
}


static void
act (GtkWidget  *widget,
     const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
}

/* The message dialog open now, which must have @heading. */
static AdwMessageDialog *
dialog_with (const char *heading)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  return dialog;
}

/* Answers @dialog with @response, as a click does. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
set_pain (HipSessionPlayer *player,
          int               pain)
{
  gtk_spin_button_set_value (hip_session_player_get_pain_field (player), pain);
}

/* Pain 7 during a set of a main exercise with an easier step: the exercise stops there, the
 * easier step is offered, and taken it starts at its first set. */
static void
hurt (HipTestFixture   *f,
      HipSessionPlayer *player)
{
  const HipPrescription *p = hip_session_player_get_current (player);
  g_autofree char *painful = g_strdup (hip_exercise_get_name (p->exercise));
  const char * const *ladder = hip_exercise_get_regressions (p->exercise);
  AdwMessageDialog *dialog;

  set_pain (player, 7);
  act (GTK_WIDGET (player), "workout.log");
  dialog = dialog_with ("Stop This Exercise");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), painful));
  g_assert_false (hip_session_player_get_resting (player));
  /* Its long answers stack, and the window grows to them over more than one frame. */
  hip_test_wait_for_size (GTK_WIDGET (dialog), gtk_widget_get_width (GTK_WIDGET (dialog)));
  hip_test_screenshots (GTK_WINDOW (f->window), GTK_WIDGET (dialog), GTK_WIDGET (dialog),
                        "session-pain-stop");
  /* Moved on past it at once: no more sets of the painful exercise. */
  g_assert_cmpstr (hip_exercise_get_name (hip_session_player_get_current (player)->exercise),
                   !=, painful);
  respond (dialog, "easier");
  p = hip_session_player_get_current (player);
  g_assert_true (g_strv_contains (ladder, hip_exercise_get_id (p->exercise)));
}

/* Whether @p's first easier step is one this person may do and not in the session already. */
static gboolean
has_easier_step (HipTestFixture        *f,
                 const HipPrescription *p)
{
  HipCoach *coach = hip_application_get_coach (f->app);
  HipPlan *plan = hip_coach_get_plan (coach, NULL);
  const HipSession *session = hip_plan_get_session (plan, 1, 1);
  const char * const *ladder = hip_exercise_get_regressions (p->exercise);
  HipExercise *easier;

  if (ladder == NULL || ladder[0] == NULL)
    return FALSE;
  easier = hip_catalogue_lookup (hip_coach_get_catalogue (coach), ladder[0]);
  if (easier == NULL || !hip_planner_allows (&plan->profile, easier))
    return FALSE;
  for (guint i = 0; i < session->items->len; i++)
    if (((HipPrescription *) session->items->pdata[i])->exercise == easier)
      return FALSE;
  return TRUE;
}

/* Logs every set to the end, resting through the countdowns; swaps the second exercise, skips
 * the third, and hurts once in a main exercise. Returns how many sets were logged. */
static guint
play_through (HipTestFixture   *f,
              HipSessionPlayer *player)
{
  gboolean rest_seen = FALSE, swapped = FALSE, skipped = FALSE, hurt_once = FALSE;
  guint logged = 0;

  while (hip_session_player_get_position (player) < hip_session_player_get_n_steps (player))
    {
      guint before = hip_session_player_get_position (player);
      GtkWidget *label = hip_test_find_widget (GTK_WIDGET (player), GTK_TYPE_LABEL, NULL);
      const HipPrescription *p = hip_session_player_get_current (player);

      g_assert_nonnull (label);
      if (!swapped && before > 0 && logged >= 2)
        {
          GtkWindow *chooser;

          act (GTK_WIDGET (player), "workout.swap");
          chooser = hip_test_find_toplevel (HIP_TYPE_EXERCISE_CHOOSER);
          g_assert_nonnull (chooser);
          hip_exercise_chooser_choose (HIP_EXERCISE_CHOOSER (chooser), 0);
          swapped = TRUE;
          continue;
        }
      if (!skipped && swapped && logged >= 5)
        {
          act (GTK_WIDGET (player), "workout.skip");
          g_assert_cmpuint (hip_session_player_get_position (player), >, before);
          skipped = TRUE;
          continue;
        }
      if (!hurt_once && skipped && p->part == HIP_PART_MAIN && has_easier_step (f, p))
        {
          hurt (f, player);
          logged++;
          hurt_once = TRUE;
          continue;
        }
      /* The rest hurts a little (3/10): green. */
      set_pain (player, 3);
      act (GTK_WIDGET (player), "workout.log");
      logged++;
      g_assert_cmpuint (hip_session_player_get_position (player), ==, before + 1);
      if (hip_session_player_get_resting (player))
        {
          if (!rest_seen)
            {
              gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
              hip_test_screenshot (GTK_WIDGET (f->window), "session-rest");
            }
          rest_seen = TRUE;
          act (GTK_WIDGET (player), "workout.extend-rest");
          act (GTK_WIDGET (player), "workout.skip-rest");
          g_assert_false (hip_session_player_get_resting (player));
        }
      if (logged == 1)
        {
          gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
          hip_test_screenshot (GTK_WIDGET (f->window), "session-player");
        }
    }
  g_assert_true (rest_seen);
  g_assert_true (swapped);
  g_assert_true (skipped);
  g_assert_true (hurt_once);
  return logged;
}

static gboolean shows_text (GtkWidget  *root,
                            const char *text);

/* Answers the question Start asks (the pain before the session) with @pain and @response. */
static void
answer_before (HipTestFixture *f,
               const char *response,
               int         pain)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (hip_test_find_widget (GTK_WIDGET (dialog),
                                                                     GTK_TYPE_SPIN_BUTTON, NULL)),
                             pain);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Nothing logged yet: Today lists the programme's first session, a row per exercise, each
 * with its name and its dose. */
static void
assert_lists_first_session (HipTestFixture *f,
                            GtkWidget *today)
{
  HipPlan *plan = hip_coach_get_plan (hip_application_get_coach (f->app), NULL);
  const HipSession *first = plan->sessions->pdata[0];

  g_assert_cmpuint (first->items->len, >, 0);
  for (guint i = 0; i < first->items->len; i++)
    {
      const HipPrescription *p = first->items->pdata[i];
      const char *name = hip_exercise_get_name (p->exercise);
      GtkWidget *row = hip_test_find_widget (today, ADW_TYPE_PREFERENCES_ROW, name);
      g_autofree char *sets = g_strdup_printf ("%u × ", p->sets);

      g_assert_nonnull (row);
      g_assert_true (shows_text (row, name));
      g_assert_true (shows_text (row, sets));
    }
}

/* Every border the overview draws is one colour all round, in light and dark style: a row's
 * separator drawn with sides of different colours cost the first frame a tenth of its time
 * under the cairo renderer (see ui/style.css). */
static void
test_plain_borders (HipTestFixture *f,
                    gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  AdwStyleManager *style = adw_style_manager_get_default ();
  guint mixed = 0;

  /* The session's rows have separators: the count proves the walk found them. */
  g_assert_cmpuint (hip_test_count_borders (GTK_WIDGET (today), &mixed), >=, 3);
  g_assert_cmpuint (mixed, ==, 0);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpuint (hip_test_count_borders (GTK_WIDGET (today), &mixed), >=, 3);
  g_assert_cmpuint (mixed, ==, 0);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Morning pain that jumped to 6 and stayed there two weeks: Today says, calmly, to see a
 * clinician, and reads whole at 360 px. */
static void
test_pain_up (HipTestFixture *f,
              gconstpointer  data)
{
  HipCoach *coach = hip_application_get_coach (f->app);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  static const int mornings[] = { 2, 2, 2, 6, 6 };
  HipTodayPage *today;

  for (guint i = 0; i < G_N_ELEMENTS (mornings); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_weeks (now, (int) i - 4);
      g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");

      g_assert_true (hip_coach_save_checkin (coach, text, mornings[i], 1, NULL));
    }
  today = show_today (f);
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (today), GTK_TYPE_LABEL,
                                          "Your Pain Has Gone Up"));
  hip_test_screenshots (GTK_WINDOW (f->window), NULL, GTK_WIDGET (today), "today-pain-up");
  /* The red-flag questions are offered again from there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (today), "win.check-again", NULL));
  g_assert_nonnull (hip_window_get_first_run (f->window));
  g_assert_cmpstr (hip_first_run_get_page (hip_window_get_first_run (f->window)), ==,
                   "screening");
}

static void
test_whole_session (HipTestFixture *f,
                    gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  HipSessionPlayer *player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  HipProgressPage *progress;
  HipProgressChart *volume;
  gboolean some = FALSE;
  guint logged;

  g_assert_cmpstr (hip_today_page_get_state (today), ==, "overview");
  assert_lists_first_session (f, GTK_WIDGET (today));
  hip_test_screenshot (GTK_WIDGET (f->window), "today");
  /* About Back Pain is a click away from Today. */
  g_assert_true (shows_text (GTK_WIDGET (today), "About Back Pain"));
  act (GTK_WIDGET (today), "win.about-back-pain");
  g_assert_nonnull (hip_test_find_toplevel (HIP_TYPE_EDUCATION_WINDOW));
  gtk_window_destroy (hip_test_find_toplevel (HIP_TYPE_EDUCATION_WINDOW));

  /* Start asks the pain before the session; nothing starts until it is answered. */
  act (GTK_WIDGET (today), "today.start");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "overview");
  answer_before (f, "cancel", 0);
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "overview");
  g_assert_cmpint (hip_store_get_unfinished_workout (store (f), NULL), ==, 0);
  act (GTK_WIDGET (today), "today.start");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  hip_test_screenshot (GTK_WIDGET (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)),
                       "today-before");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  hip_test_screenshot (GTK_WIDGET (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)),
                       "today-before-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  answer_before (f, "start", 4);
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "player");
  {
    gint64 id = hip_store_get_unfinished_workout (store (f), NULL);
    g_autoptr(HipWorkout) started = hip_store_load_workout (store (f), id, NULL);

    g_assert_nonnull (started);
    g_assert_cmpint (started->pain_before, ==, 4);
  }
  logged = play_through (f, player);
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, logged);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "session-end");

  act (GTK_WIDGET (player), "workout.finish");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "summary");
  /* The rules changed the coming sessions, and both pages say what and why. */
  g_assert_nonnull (hip_today_page_get_changes (today));
  g_assert_cmpuint (hip_today_page_get_changes (today)->len, >, 0);
  {
    GPtrArray *changes = hip_today_page_get_changes (today);
    gboolean stepped_back = FALSE;

    for (guint i = 0; i < changes->len; i++)
      stepped_back |= strstr (changes->pdata[i], "pain 7/10") != NULL;
    g_assert_true (stepped_back);
  }
  /* And the summary says what was not done as planned. */
  g_assert_true (shows_text (GTK_WIDGET (today), "Stopped for pain"));
  g_assert_true (shows_text (GTK_WIDGET (today), "Skipped") ||
                 shows_text (GTK_WIDGET (today), "Partly done"));
  g_assert_true (shows_text (GTK_WIDGET (today), "Swapped"));
  g_assert_cmpint (hip_store_get_unfinished_workout (store (f), NULL), ==, 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "session-summary");
  act (GTK_WIDGET (today), "today.done");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "overview");
  g_assert_cmpuint (hip_today_page_get_changes (today)->len, >, 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "today-after");

  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL)),
    "programme");
  {
    GtkWidget *programme = GTK_WIDGET (hip_window_get_programme_page (f->window));

    g_assert_true (shows_text (programme, "After your last session"));
  }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "programme-after-session");

  /* The Progress page charts the session. */
  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL)),
    "progress");
  progress = hip_window_get_progress_page (f->window);
  volume = hip_progress_page_get_chart (progress, 0);
  /* Twelve weeks are asked for, but the log starts this week. */
  g_assert_cmpuint (hip_progress_chart_get_n_points (volume), ==, 1);
  {
    g_autofree char *table = hip_progress_chart_format_table (volume);
    g_auto(GStrv) lines = g_strsplit (table, "\n", -1);
    g_auto(GStrv) cells = NULL;

    /* A header and this week, which has volume for some action. */
    g_assert_cmpuint (g_strv_length (lines), ==, 2);
    cells = g_strsplit (lines[1], "\t", -1);
    for (guint i = 1; cells[i] != NULL; i++)
      some |= g_strcmp0 (cells[i], "0.0") != 0;
    g_assert_true (some);
  }
  hip_progress_chart_select (volume, 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "progress");
}

/* Two sets logged, then the app goes away without finishing (as if killed: every set is
 * already in the database); the next start offers to resume, and the player goes on at the
 * third set. */
static void
test_resume (HipTestFixture *f,
             gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  HipSessionPlayer *player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));

  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 2);
  for (guint i = 0; i < 2; i++)
    {
      act (GTK_WIDGET (player), "workout.log");
      if (hip_session_player_get_resting (player))
        act (GTK_WIDGET (player), "workout.skip-rest");
    }
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 2);

  hip_test_app_stop (f->app, f->window);
  f->window = hip_test_app_start (&f->app);
  today = show_today (f);
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  g_assert_cmpint (hip_store_get_unfinished_workout (store (f), NULL), !=, 0);
  hip_test_screenshot (GTK_WIDGET (f->window), "today-resume");
  act (GTK_WIDGET (today), "today.resume");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "player");
  g_assert_cmpuint (hip_session_player_get_position (player), ==, 2);
  act (GTK_WIDGET (player), "workout.log");
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 3);
}

/* Whether a visible label under @root has @text in it. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_label (GTK_LABEL (child)), text) != NULL)
        return TRUE;
      if (shows_text (child, text))
        return TRUE;
    }
  return FALSE;
}

/* An expander row is open once its revealer has finished showing its rows. */
static gboolean
row_opened (gpointer row)
{
  GtkRevealer *revealer = GTK_REVEALER (hip_test_find_widget (row, GTK_TYPE_REVEALER, NULL));

  return gtk_revealer_get_child_revealed (revealer);
}

static GtkWidget *
find_delete_button (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)),
                     "today.delete-set") == 0)
        return child;
      if ((found = find_delete_button (child)) != NULL)
        return found;
    }
  return NULL;
}

/* A set deleted from the history comes back with Undo. */
static void
test_delete_and_undo (HipTestFixture *f,
                      gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  HipSessionPlayer *player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  g_autoptr(GPtrArray) workouts = NULL;
  HipLoggedSet *set;

  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 2);
  act (GTK_WIDGET (player), "workout.log");
  act (GTK_WIDGET (player), "workout.skip");
  while (hip_session_player_get_position (player) < hip_session_player_get_n_steps (player))
    act (GTK_WIDGET (player), "workout.skip");
  act (GTK_WIDGET (player), "workout.finish");
  act (GTK_WIDGET (today), "today.done");
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 1);

  workouts = hip_store_list_workouts (store (f), NULL, NULL, TRUE, NULL);
  set = ((HipWorkout *) workouts->pdata[0])->sets->pdata[0];
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (today), "today.delete-set", "x", set->id));
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 0);
  act (GTK_WIDGET (today), "today.undo");
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 1);

  /* A set is corrected through its dialog, and Undo puts it back as it was. */
  {
    g_autoptr(GPtrArray) now = hip_store_list_workouts (store (f), NULL, NULL, TRUE, NULL);
    HipLoggedSet *logged = ((HipWorkout *) now->pdata[0])->sets->pdata[0];
    gint64 id = logged->id;
    guint before = logged->reps + logged->seconds;
    GtkWindow *dialog;
    g_autoptr(HipLoggedSet) changed = NULL, restored = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (today), "today.edit-set", "x", id));
    dialog = hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
    g_assert_nonnull (dialog);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (hip_test_find_widget (GTK_WIDGET (dialog),
                                                                      GTK_TYPE_SPIN_BUTTON, NULL)),
                               before + 3);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "save");
    changed = hip_store_load_set (store (f), id, NULL);
    g_assert_cmpuint (changed->reps + changed->seconds, ==, before + 3);
    act (GTK_WIDGET (today), "today.undo");
    restored = hip_store_load_set (store (f), id, NULL);
    g_assert_cmpuint (restored->reps + restored->seconds, ==, before);
  }
  /* A past session opens to its sets, each with its delete button. The history is added
   * after the page's first frame, so that frame and the main loop's idle work come first. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    GtkWidget *row = hip_test_find_widget (GTK_WIDGET (today), ADW_TYPE_EXPANDER_ROW, NULL);

    g_assert_nonnull (row);
    g_assert_null (find_delete_button (row));
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    g_assert_nonnull (find_delete_button (row));
    hip_test_wait_until (row_opened, row, "the workout's sets to show");
    {
      GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
        gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW)));

      /* Once laid out with the rows, the page is as long as it will be. */
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
    }
    gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
    hip_test_screenshot (GTK_WIDGET (f->window), "today-history-sets");
    /* An opened workout's set rows: separators of one colour too. */
    {
      guint mixed = 0;

      g_assert_cmpuint (hip_test_count_borders (GTK_WIDGET (f->window), &mixed), >=, 3);
      g_assert_cmpuint (mixed, ==, 0);
    }
  }
}

/* The Progress page's tables, and its charts narrow in dark style. */
/* The buttons shown under @root that are styled as the page's primary action. */
static guint
count_suggested (GtkWidget *root)
{
  guint n = gtk_widget_get_mapped (root) && GTK_IS_BUTTON (root) &&
            gtk_widget_has_css_class (root, "suggested-action");

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_suggested (child);
  return n;
}

static void
test_progress_views (HipTestFixture *f,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2);
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_weeks (now, -20);
  g_autofree char *first = g_date_time_format (start, "%Y-%m-%d");
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, first, 140);
  GtkWidget *stack = hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL);
  HipProgressPage *progress;
  GtkToggleButton *table;

  g_assert_true (hip_store_import_workouts (store (f), history, NULL));
  /* And a session yesterday, so that this morning's check-in is due. */
  {
    g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
    g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_workout_free);
    HipWorkout *workout = hip_workout_new ();

    workout->week = 1;
    workout->session = 1;
    workout->started = hip_log_format_time (yesterday);
    workout->finished = hip_log_format_time (yesterday);
    workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
    g_ptr_array_add (one, workout);
    g_assert_true (hip_store_import_workouts (store (f), one, NULL));
  }
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "progress");
  progress = hip_window_get_progress_page (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "progress-history");

  table = GTK_TOGGLE_BUTTON (hip_test_find_widget (GTK_WIDGET (progress), GTK_TYPE_TOGGLE_BUTTON,
                                                   "_Table"));
  gtk_toggle_button_set_active (table, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "progress-table");
  gtk_toggle_button_set_active (table, FALSE);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 360);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "progress-narrow-dark");
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "today");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "today-narrow-dark");
  /* After the history's session days, with the morning check-in, every text reads whole at
   * 360 px. */
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL,
                                          "Morning Check-In"));
  g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (hip_window_get_today_page (f->window))),
                    ==, 0);
  /* With the check-in there too, the session's Start is still the one primary action. */
  g_assert_cmpuint (count_suggested (GTK_WIDGET (hip_window_get_today_page (f->window))), ==, 1);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

  /* The check-in from the keyboard: the row's underlined letter reaches its spin button; saved,
   * it goes away until the next session day. */
  {
    GtkWidget *today = GTK_WIDGET (hip_window_get_today_page (f->window));
    GtkWidget *row = hip_test_find_widget (today, ADW_TYPE_ACTION_ROW, "Back _Pain");
    GtkWidget *spin;
    g_autoptr(GDateTime) day = g_date_time_new_now_local ();
    g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");
    int pain = HIP_LOG_NONE, stiffness = HIP_LOG_NONE;

    g_assert_nonnull (row);
    spin = hip_test_find_widget (row, GTK_TYPE_SPIN_BUTTON, NULL);
    g_assert_true (gtk_widget_activate (row));
    g_assert_true (gtk_widget_is_focus (spin) ||
                   gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), spin));
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 4);
    gtk_widget_activate_action (today, "today.save-checkin", NULL);
    g_assert_true (hip_store_load_checkin (store (f), text, &pain, &stiffness, NULL));
    g_assert_cmpint (pain, ==, 4);
    /* Stiffness was left empty: unknown, not 0. */
    g_assert_cmpint (stiffness, ==, HIP_LOG_NONE);
    g_assert_null (hip_test_find_widget (today, GTK_TYPE_LABEL, "Morning Check-In"));
  }
}

static gboolean
no_toast (gpointer data)
{
  GType toast = g_type_from_name ("AdwToastWidget");

  return toast == G_TYPE_INVALID || hip_test_find_widget (data, toast, NULL) == NULL;
}

/* Closes the toast @f's window shows, if any, as its close button does, and waits until it has
 * gone: it would cover the bottom of a screenshot. */
static void
close_toast (HipTestFixture *f)
{
  GType toast = g_type_from_name ("AdwToastWidget");
  GtkWidget *shown = toast != G_TYPE_INVALID
                     ? hip_test_find_widget (GTK_WIDGET (f->window), toast, NULL) : NULL;

  if (shown == NULL)
    return;
  gtk_widget_activate (hip_test_find_widget (shown, GTK_TYPE_BUTTON, NULL));
  hip_test_wait_until (no_toast, f->window, "the toast to go");
}

/* Pain 9 before the session (SCIENCE.md §3): the lighter session or rest is offered before
 * the player starts; the lighter one is one set of the easiest steps. Ended with nothing
 * logged, it is asked about, dropped, and the session stays next. */
static void
test_bad_day (HipTestFixture *f,
              gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  HipSessionPlayer *player;
  HipCoach *coach = hip_application_get_coach (f->app);
  const HipSession *next = hip_coach_get_next_session (coach);
  g_autoptr(GArray) full_steps = hip_session_steps (next);
  AdwMessageDialog *dialog;
  gint64 id;

  /* Rest today: nothing starts. */
  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 9);
  dialog = dialog_with ("A Harder Day for Your Back");
  respond (dialog, "rest");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "overview");
  g_assert_cmpint (hip_store_get_unfinished_workout (store (f), NULL), ==, 0);

  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 9);
  dialog = dialog_with ("A Harder Day for Your Back");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Pain 9"));
  hip_test_screenshots (GTK_WINDOW (f->window), GTK_WIDGET (dialog), GTK_WIDGET (dialog),
                        "today-bad-day");
  respond (dialog, "light");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "player");
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  g_assert_cmpuint (hip_session_player_get_n_steps (player), <, full_steps->len);
  close_toast (f);
  hip_test_screenshots (GTK_WINDOW (f->window), NULL, NULL, "session-light");
  id = hip_store_get_unfinished_workout (store (f), NULL);
  {
    g_autoptr(HipWorkout) started = hip_store_load_workout (store (f), id, NULL);

    g_assert_true (started->light);
    g_assert_cmpint (started->pain_before, ==, 9);
  }

  /* Ended at once: asked, not counted. */
  act (GTK_WIDGET (player), "workout.end");
  dialog = dialog_with ("End Without Any Sets?");
  hip_test_screenshots (GTK_WINDOW (f->window), GTK_WIDGET (dialog), GTK_WIDGET (dialog),
                        "session-end-no-sets");
  respond (dialog, "cancel");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "player");
  act (GTK_WIDGET (player), "workout.end");
  respond (dialog_with ("End Without Any Sets?"), "discard");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "overview");
  g_assert_cmpint (hip_store_get_unfinished_workout (store (f), NULL), ==, 0);
  g_assert_null (hip_store_load_workout (store (f), id, NULL));
  g_assert_true (hip_coach_get_next_session (coach) == next);

  /* Pain 7 in the lighter session stops the exercise; a lighter day leaves the programme as
   * it is, and the dialog does not promise otherwise. */
  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 9);
  respond (dialog_with ("A Harder Day for Your Back"), "light");
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  set_pain (player, 7);
  act (GTK_WIDGET (player), "workout.log");
  dialog = dialog_with ("Stop This Exercise");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "leaves your programme as it is"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "made easier"));
  respond (dialog, "skip");
}

/* End Workout part way: pain after is asked (empty, not 0), what is left counts as skipped, and
 * the summary says so; a set logged with its pain left empty is stored as unknown. */
static void
test_end_early (HipTestFixture *f,
                gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  HipSessionPlayer *player;
  AdwMessageDialog *dialog;
  GtkSpinButton *pain;
  g_autoptr(HipWorkout) ended = NULL;
  gint64 id;

  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 2);
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  /* The pain field starts empty on every set. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hip_session_player_get_pain_field (
    player))), ==, "");
  act (GTK_WIDGET (player), "workout.log");    /* pain left empty */
  if (hip_session_player_get_resting (player))
    act (GTK_WIDGET (player), "workout.skip-rest");
  set_pain (player, 2);
  act (GTK_WIDGET (player), "workout.log");
  id = hip_store_get_unfinished_workout (store (f), NULL);

  act (GTK_WIDGET (player), "workout.end");
  dialog = dialog_with ("End the Workout?");
  pain = GTK_SPIN_BUTTON (hip_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pain)), ==, "");
  hip_test_screenshots (GTK_WINDOW (f->window), GTK_WIDGET (dialog), GTK_WIDGET (dialog),
                        "session-end-early");
  gtk_spin_button_set_value (pain, 3);
  respond (dialog, "end");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "summary");
  g_assert_true (shows_text (GTK_WIDGET (today), "Workout Saved"));
  g_assert_true (shows_text (GTK_WIDGET (today), "Skipped"));
  g_assert_false (shows_text (GTK_WIDGET (today), "Every Set Is Done"));
  hip_test_screenshots (GTK_WINDOW (f->window), NULL, GTK_WIDGET (today),
                        "session-summary-early");

  ended = hip_store_load_workout (store (f), id, NULL);
  g_assert_nonnull (ended->finished);
  g_assert_cmpint (ended->pain_after, ==, 3);
  g_assert_cmpuint (ended->sets->len, ==, 2);
  g_assert_cmpint (((HipLoggedSet *) ended->sets->pdata[0])->pain, ==, HIP_LOG_NONE);
  g_assert_cmpint (((HipLoggedSet *) ended->sets->pdata[1])->pain, ==, 2);
}

/* The player's looks, wide and narrow, light and dark: each screenshot's name ends in one. */
static const struct
{
  int         width;
  gboolean    dark;
  const char *name;
} looks[] = {
  { 1000, FALSE, "1000" },
  { 1000, TRUE, "1000-dark" },
  { 360, FALSE, "360" },
  { 360, TRUE, "360-dark" },
};

/* Shows the player as it is now at 1000×720 and 360×720, light and dark: each time the window
 * is not forced wider, the large count and Log Set are in view (hip_test_player_check_fit()),
 * and a screenshot "session-@state-<look>" is saved. Ends at 360 px, dark. */
static void
look_at (HipTestFixture   *f,
         HipSessionPlayer *player,
         const char       *state)
{
  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    {
      g_autofree char *name = g_strdup_printf ("session-%s-%s", state, looks[i].name);

      g_test_message ("%s", name);
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          looks[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_DEFAULT);
      hip_test_player_resize (player, looks[i].width);
      hip_test_player_check_fit (player, looks[i].width);
      hip_test_screenshot (GTK_WIDGET (f->window), name);
    }
}

/* Skips to the next set that @wanted accepts. */
static void
skip_to (HipSessionPlayer *player,
         gboolean        (*wanted) (HipSessionPlayer *player))
{
  while (hip_session_player_get_current (player) != NULL && !wanted (player))
    act (GTK_WIDGET (player), "workout.skip");
  g_assert_nonnull (hip_session_player_get_current (player));
}

/* A timed main exercise, one side at a time */
static gboolean
at_hold (HipSessionPlayer *player)
{
  const HipPrescription *p = hip_session_player_get_current (player);

  return p->reps == 0 && p->part == HIP_PART_MAIN && p->per_side;
}

/* Repetitions, and the load field shown */
static gboolean
at_load (HipSessionPlayer *player)
{
  GtkWidget *field = GTK_WIDGET (hip_session_player_get_load_field (player));

  return hip_session_player_get_current (player)->reps > 0 &&
         gtk_widget_get_visible (gtk_widget_get_parent (field));
}

/* The left side of a one-sided hold shows the left leg working: the figure is mirrored when
 * its motion works the right. Then its right side, the other way. */
static void
check_sides (HipSessionPlayer *player)
{
  HipDiagramPlayer *diagram = HIP_DIAGRAM_PLAYER (hip_test_find_widget (
    GTK_WIDGET (player), HIP_TYPE_DIAGRAM_PLAYER, NULL));
  HipMotion *motion = hip_figure_view_get_motion (HIP_FIGURE_VIEW (
    hip_diagram_player_get_view (diagram)));
  HipSide works = hip_motion_get_working_side (motion, 0, hip_motion_get_duration (motion));
  gboolean mirror;

  g_assert_true (shows_text (GTK_WIDGET (player), "left side"));
  g_object_get (diagram, "mirror", &mirror, NULL);
  g_assert_true (mirror == (works == HIP_SIDE_RIGHT));
  act (GTK_WIDGET (player), "workout.log");
  g_assert_false (hip_session_player_get_resting (player));
  g_assert_true (shows_text (GTK_WIDGET (player), "right side"));
  g_object_get (diagram, "mirror", &mirror, NULL);
  g_assert_true (mirror == (works == HIP_SIDE_LEFT));
}

/* The player as a workout screen (issue 17), for someone with dumbbells: at 1000×720 and
 * 360×720, light and dark, a warm-up, a one-sided hold before it is started and while it is
 * timed, its rest and a loaded exercise keep the window as narrow as asked, with the name,
 * the set, the figure, the large count or countdown and Log Set on screen without scrolling;
 * then every set to the end at 360 px. The screen is kept on while it runs; a warm-up asks no
 * load or effort; up next names the next exercise. */
static void
test_player_layout (HipTestFixture *f,
                    gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  HipSessionPlayer *player;

  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 2);
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  g_assert_true (hip_session_player_get_inhibiting (player));
  /* The first exercise is a warm-up: how many, and pain; no load, no effort. */
  g_assert_cmpint (hip_session_player_get_current (player)->part, ==, HIP_PART_WARM_UP);
  g_assert_false (shows_text (GTK_WIDGET (player), "_Effort"));
  g_assert_false (shows_text (GTK_WIDGET (player), "_Load (kg)"));
  g_assert_true (shows_text (GTK_WIDGET (player), "Up next: "));
  look_at (f, player, "warm-up");

  /* A one-sided hold: its count, the hold, the other side, the rest after both. */
  skip_to (player, at_hold);
  g_assert_true (shows_text (GTK_WIDGET (player), "_Effort"));
  g_assert_true (shows_text (GTK_WIDGET (player), "Start _Hold"));
  look_at (f, player, "hold");
  act (GTK_WIDGET (player), "workout.hold");
  hip_session_player_tick (player);
  hip_session_player_tick (player);
  g_assert_true (hip_session_player_get_holding (player));
  look_at (f, player, "holding");
  check_sides (player);
  act (GTK_WIDGET (player), "workout.log");
  g_assert_true (hip_session_player_get_resting (player));
  look_at (f, player, "rest");
  act (GTK_WIDGET (player), "workout.skip-rest");

  /* Repetitions with a load: the load field beside the count. */
  skip_to (player, at_load);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (hip_session_player_get_load_field (player))));
  look_at (f, player, "load");

  /* Every set left, at 360 px: holds timed, rests, the stretch at the end. */
  hip_test_player_walk (player, 360, NULL);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  act (GTK_WIDGET (player), "workout.finish");
  g_assert_false (hip_session_player_get_inhibiting (player));
}

/* The sets logged so far in the workout under way. */
static GPtrArray *
sets_so_far (HipTestFixture *f)
{
  gint64 id = hip_store_get_unfinished_workout (store (f), NULL);
  g_autoptr(HipWorkout) workout = hip_store_load_workout (store (f), id, NULL);

  g_assert_nonnull (workout);
  return g_ptr_array_ref (workout->sets);
}

/* Starts a hold and lets @seconds of it pass. */
static void
hold_for (HipSessionPlayer *player,
          guint             seconds)
{
  act (GTK_WIDGET (player), "workout.hold");
  for (guint i = 0; i < seconds; i++)
    hip_session_player_tick (player);
  g_assert_true (hip_session_player_get_holding (player));
  g_assert_true (shows_text (GTK_WIDGET (player), "s left)"));
}

/* A hold logged before its time is up stops there: what was held is logged, and nothing of it
 * goes on through the rest that follows (no count, no "3, 2, 1", no hold-over sound, no
 * seconds written into the next exercise's count); nor when the exercise is skipped. */
static void
test_hold_logged_early (HipTestFixture *f,
                        gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  g_autoptr(GPtrArray) sets = NULL;
  HipSessionPlayer *player;
  guint after;

  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 2);
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  skip_to (player, at_hold);
  g_assert_cmpuint (hip_session_player_get_current (player)->seconds, >, 5);

  /* The left side, then the right, each logged mid-hold; the rest follows the right. */
  hold_for (player, 3);
  act (GTK_WIDGET (player), "workout.log");
  g_assert_false (hip_session_player_get_holding (player));
  hold_for (player, 4);
  act (GTK_WIDGET (player), "workout.log");
  g_assert_true (hip_session_player_get_resting (player));
  g_assert_false (hip_session_player_get_holding (player));
  g_assert_false (shows_text (GTK_WIDGET (player), "s left)"));
  sets = sets_so_far (f);
  g_assert_cmpuint (sets->len, ==, 2);
  g_assert_cmpuint (((HipLoggedSet *) sets->pdata[0])->seconds, ==, 3);
  g_assert_cmpuint (((HipLoggedSet *) sets->pdata[1])->seconds, ==, 4);

  /* The whole rest, second by second, and the next exercise as prescribed. */
  for (guint second = 0; hip_session_player_get_resting (player); second++)
    {
      g_assert_cmpuint (second, <, 600);
      hip_session_player_tick (player);
      g_assert_false (hip_session_player_get_holding (player));
    }
  after = hip_session_player_get_current (player)->reps > 0
            ? hip_session_player_get_current (player)->reps
            : hip_session_player_get_current (player)->seconds;
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (
    hip_session_player_get_count (player))), ==, after);
  g_assert_true (shows_text (GTK_WIDGET (player), "Start _Hold"));

  /* Skipping an exercise mid-hold stops the hold too. */
  while (hip_session_player_get_current (player) != NULL &&
         hip_session_player_get_current (player)->reps > 0)
    act (GTK_WIDGET (player), "workout.skip");
  g_assert_nonnull (hip_session_player_get_current (player));
  hold_for (player, 2);
  act (GTK_WIDGET (player), "workout.skip");
  g_assert_false (hip_session_player_get_holding (player));
}

typedef struct
{
  HipSessionPlayer *player;
  guint             position;
  gboolean          resting;
} PlayerWait;

static gboolean
player_reached (gpointer data)
{
  PlayerWait *wait = data;

  return hip_session_player_get_position (wait->player) == wait->position &&
         hip_session_player_get_resting (wait->player) == wait->resting;
}

/* Types Ctrl+@keyval with the focus on @focus, and waits for the player to be at the set
 * @position, resting or not. Another test's window on the same display may take the keyboard
 * meanwhile: then the key is typed again. */
static void
press_for (HipSessionPlayer *player,
           GtkWidget        *focus,
           guint             keyval,
           guint             position,
           gboolean          resting)
{
  PlayerWait wait = { player, position, resting };

  gtk_widget_grab_focus (focus);
  g_assert_true (gtk_root_get_focus (gtk_widget_get_root (focus)) == focus);
  for (guint attempt = 0; attempt < 5 && !player_reached (&wait); attempt++)
    {
      gint64 until = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

      g_assert_true (hip_test_press_keys (focus, keyval, GDK_CONTROL_MASK));
      while (!player_reached (&wait) && g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpuint (hip_session_player_get_position (player), ==, position);
  g_assert_cmpint (hip_session_player_get_resting (player), ==, resting);
  /* The key did its work from where the focus was, and the focus stayed there. */
  g_assert_true (gtk_root_get_focus (gtk_widget_get_root (focus)) == focus);
}

/* One-sided main work */
static gboolean
at_sides (HipSessionPlayer *player)
{
  const HipPrescription *p = hip_session_player_get_current (player);

  return p->part == HIP_PART_MAIN && p->per_side && p->rest_seconds > 0;
}

/* Ctrl+Enter logs the set and Ctrl+Space ends the rest with the focus in the header bar, out
 * of the player: typed as real keys, through the window's shortcuts. */
static void
test_player_keys (HipTestFixture *f,
                  gconstpointer  data)
{
  HipTodayPage *today = show_today (f);
  HipSessionPlayer *player;
  GtkWidget *header, *focus;
  guint position;

  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 2);
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  skip_to (player, at_sides);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  header = hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_HEADER_BAR, NULL);
  focus = hip_test_find_widget (header, GTK_TYPE_TOGGLE_BUTTON, NULL);
  g_assert_nonnull (focus);
  g_assert_false (gtk_widget_is_ancestor (focus, GTK_WIDGET (player)));

  /* The left side logged, on to the right without a rest; the right logged, a rest. */
  position = hip_session_player_get_position (player);
  press_for (player, focus, GDK_KEY_Return, position + 1, FALSE);
  press_for (player, focus, GDK_KEY_Return, position + 2, TRUE);
  press_for (player, focus, GDK_KEY_space, position + 2, FALSE);
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 2);
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "player");
}

/* A session missed ten days ago is not left dated in the past: Skip brings up the next, Do It
 * Today moves the dates to meet it and starts it. Weeks start today, so that today is never the
 * week's last day (a full session moved there would be the day before the next week's). */
static void
test_missed (HipTestFixture *f,
             gconstpointer  data)
{
  HipCoach *coach = hip_application_get_coach (f->app);
  g_autofree char *planned = NULL, *moved = NULL;
  HipTodayPage *today;
  HipSession *next;
  HipProfile profile;
  gboolean found = FALSE;

  g_assert_true (hip_coach_load_profile (coach, &profile, &found, NULL));
  hip_coach_set_week_start (coach, g_date_get_weekday (&profile.start));
  g_date_subtract_days (&profile.start, 10);
  g_assert_true (hip_coach_save_profile (coach, &profile, NULL));
  today = show_today (f);
  hip_today_page_refresh (today);
  g_assert_true (shows_text (GTK_WIDGET (today), "A Missed Session"));
  g_assert_true (shows_text (GTK_WIDGET (today), "Week 1, session 1, planned for "));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 360);
  hip_test_screenshot (GTK_WIDGET (f->window), "today-missed-narrow");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "today-missed-narrow-dark");
  g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (today)), ==, 0);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The next session planned: in a shorter week 1 it may be week 2's first. */
  act (GTK_WIDGET (today), "today.skip-session");
  next = hip_coach_get_next_session (coach);
  planned = g_strdup_printf ("Week %u, session %u, planned for ", next->week, next->session);
  g_assert_true (shows_text (GTK_WIDGET (today), planned));
  g_assert_cmpuint (hip_test_fixture_count_sets (f), ==, 0);
  act (GTK_WIDGET (today), "today.do-today");
  /* It starts at once: the pain before it is asked. */
  answer_before (f, "cancel", 0);
  moved = g_strdup_printf ("Today: Week %u, Session %u", next->week, next->session);
  g_assert_true (shows_text (GTK_WIDGET (today), moved));
}

/* The menu's Restore: a refused file says why and changes nothing; a backup brings back the
 * data as it was and says where today's is kept; a backup without a profile (a database from
 * before the first run) sends the person to the first run. */
static void
test_restore (HipTestFixture *f,
              gconstpointer  data)
{
  HipCoach *coach = hip_application_get_coach (f->app);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "strong-hips", NULL);
  g_autofree char *backup = g_build_filename (dir, "my-backup.db", NULL);
  g_autofree char *empty = g_build_filename (dir, "before-first-run.db", NULL);
  g_autofree char *junk = g_build_filename (dir, "junk.db", NULL);
  AdwMessageDialog *dialog;
  int pain = HIP_LOG_NONE, stiffness = HIP_LOG_NONE;

  show_today (f);
  g_assert_true (hip_coach_backup (coach, backup, NULL));
  g_assert_true (hip_coach_save_checkin (coach, "2026-11-25", 6, 5, NULL));

  g_assert_true (g_file_set_contents (junk, "no database here", -1, NULL));
  hip_window_restore_from (f->window, junk);
  dialog = ADW_MESSAGE_DIALOG (hip_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing Was Restored");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hip_store_load_checkin (store (f), "2026-11-25", &pain, &stiffness, NULL));
  g_assert_cmpint (pain, ==, 6);

  hip_window_restore_from (f->window, backup);
  dialog = ADW_MESSAGE_DIALOG (hip_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Backup Restored");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "restore-"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  hip_test_screenshot (GTK_WIDGET (dialog), "restore-done");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hip_store_load_checkin (store (f), "2026-11-25", &pain, &stiffness, NULL));
  g_assert_cmpint (pain, ==, HIP_LOG_NONE);
  g_assert_null (hip_window_get_first_run (f->window));

  {
    g_autoptr(HipStore) fresh = hip_store_new (empty, NULL);

    g_assert_nonnull (fresh);
  }
  hip_window_restore_from (f->window, empty);
  dialog = ADW_MESSAGE_DIALOG (hip_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_nonnull (hip_window_get_first_run (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "restore-first-run");
}

/* The card of the next session on Today: its group, found by its @title. */
static GtkWidget *
next_card (HipTodayPage *today,
           const char   *title)
{
  GtkWidget *label = hip_test_find_widget (GTK_WIDGET (today), GTK_TYPE_LABEL, title);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, ADW_TYPE_PREFERENCES_GROUP);
}

/* The action rows under @root, in order. */
static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_ACTION_ROW (child))
      g_ptr_array_add (rows, child);
    else
      collect_rows (child, rows);
}

/* The rows of the card titled @title on Today, shown. */
static GPtrArray *
card_rows (HipTestFixture *f,
           const char     *title)
{
  GtkWidget *card = next_card (show_today (f), title);
  GPtrArray *rows = g_ptr_array_new ();

  g_assert_nonnull (card);
  collect_rows (card, rows);
  return rows;
}

/* Whether every row of @rows (a GPtrArray) shows a picture: its stills are drawn just after
 * the page's first frame. */
static gboolean
rows_have_pictures (gpointer data)
{
  GPtrArray *rows = data;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *image = hip_test_find_widget (rows->pdata[i], GTK_TYPE_IMAGE, NULL);

      if (image == NULL || gtk_image_get_paintable (GTK_IMAGE (image)) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* @date as the card writes it, "Tuesday 8 December", in the tests' English. */
static char *
day_text (const GDate *date)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (time, "%A %-d %B");
}

/* The card titled @title is @session's: its date (returned in @date) and its minutes by the
 * time model, a row with a still for each exercise in order, each row opening its exercise;
 * and the page has one primary action. */
static void
assert_card (HipTestFixture   *f,
             const char       *title,
             const HipSession *session,
             GDate            *date)
{
  HipCoach *coach = hip_application_get_coach (f->app);
  GtkWidget *card = next_card (show_today (f), title);
  g_autoptr(GPtrArray) rows = card_rows (f, title);
  g_autofree char *day = NULL;
  g_autofree char *minutes = NULL;
  const char *description = adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (card));

  g_assert_true (hip_coach_get_session_date (coach, session, date));
  day = day_text (date);
  minutes = g_strdup_printf ("about %u minutes", hip_session_minutes (session));
  g_assert_true (g_str_has_prefix (description, day));
  g_assert_nonnull (strstr (description, minutes));
  g_assert_cmpuint (count_suggested (GTK_WIDGET (hip_window_get_today_page (f->window))), ==, 1);

  g_assert_cmpuint (rows->len, ==, session->items->len);
  hip_test_wait_until (rows_have_pictures, rows, "the stills of the session's exercises");
  for (guint i = 0; i < session->items->len; i++)
    {
      HipExercise *exercise = ((HipPrescription *) session->items->pdata[i])->exercise;
      g_autoptr(GPtrArray) shown_rows = card_rows (f, title);
      GtkWidget *row = shown_rows->pdata[i];
      HipExercise *shown;

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       hip_exercise_get_name (exercise));
      /* As Enter or a click on the row does; the row stays until the page is left (Today was
       * built again under it as it opened the first exercise). */
      g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
      g_assert_true (gtk_widget_activate (row));
      g_assert_nonnull (row);
      g_object_remove_weak_pointer (G_OBJECT (row), (gpointer *) &row);
      shown = hip_window_get_shown_exercise (f->window);
      g_assert_nonnull (shown);
      g_assert_cmpstr (hip_exercise_get_id (shown), ==, hip_exercise_get_id (exercise));
    }
}

/* Today's card of the next session (issue 17): its date and minutes, a still for each
 * exercise, rows that open their exercise, and one primary action: for today's session, for
 * one on a later day (Start Anyway), and with a session under way (Resume, after a restart). */
static void
test_next_card (HipTestFixture *f,
                gconstpointer  data)
{
  HipCoach *coach = hip_application_get_coach (f->app);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) done = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_workout_free);
  HipWorkout *workout = hip_workout_new ();
  HipTodayPage *today;
  GDate date, first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  assert_card (f, "Today: Week 1, Session 1", hip_coach_get_next_session (coach), &date);
  g_assert_cmpint (g_date_compare (&date, &first), ==, 0);

  /* Session 1 done today: session 2 is on a later day. */
  workout->programme_id = hip_store_get_active_programme (store (f), NULL);
  workout->week = 1;
  workout->session = 1;
  workout->started = hip_log_format_time (now);
  workout->finished = hip_log_format_time (now);
  workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  g_ptr_array_add (done, workout);
  g_assert_true (hip_store_import_workouts (store (f), done, NULL));
  assert_card (f, "Next: Week 1, Session 2", hip_coach_get_next_session (coach), &date);
  g_assert_cmpint (g_date_compare (&date, &first), >, 0);

  /* Started, a set logged, and the app gone: Resume is the one primary action. */
  today = show_today (f);
  act (GTK_WIDGET (today), "today.start");
  answer_before (f, "start", 2);
  act (GTK_WIDGET (hip_today_page_get_player (today)), "workout.log");
  hip_test_app_stop (f->app, f->window);
  f->window = hip_test_app_start (&f->app);
  today = show_today (f);
  g_assert_true (shows_text (GTK_WIDGET (today), "Resume"));
  g_assert_cmpuint (count_suggested (GTK_WIDGET (today)), ==, 1);
}

/* The screen is kept on while a session runs, as the desktop sees it: idle is inhibited from
 * the player's start until the session ends, whether it ends with sets or with none, or the
 * window closes. GTK 4 has no gtk_application_is_inhibited() (GTK 3's is gone), and under Xvfb
 * there is no session manager, which gtk_application_inhibit() asks (with none, it does
 * nothing): a stand-in owns org.gnome.SessionManager (hip-test-session.c) and is asked
 * IsInhibited, as GNOME asks before blanking the screen. It is on a bus of its own, in a
 * process of its own: on the bus the other tests share, an app of theirs that found it as it
 * started would warn, fatally, on inhibiting after it went. */
static void
test_idle_inhibit (gconstpointer profile)
{
  static const struct { guint sets; const char *heading, *response; } ends[] = {
    { 0, "End Without Any Sets?", "discard" },
    { 1, "End the Workout?", "end" },
  };
  HipTestFixture fixture = { NULL, NULL }, *f = &fixture;
  HipTestSession *session;

#ifdef __SANITIZE_ADDRESS__
  /* The child ends with GDBus's worker threads still running on its private bus, and
   * LeakSanitizer, unable to stop them, reports what they hold as leaks. */
  g_test_skip ("the child's bus threads outlive it under LeakSanitizer");
  return;
#endif
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  /* Never taken down: the app keeps its connection to the end, and GTestDBus's watcher stops
   * the bus when this process ends. */
  g_test_dbus_up (g_test_dbus_new (G_TEST_DBUS_NONE));
  /* Before the app: GtkApplication looks for the session manager as it starts. */
  session = hip_test_session_start ();
  hip_test_fixture_set_up (f, profile);
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      HipTodayPage *today = show_today (f);
      GtkWidget *player;

      g_assert_false (hip_test_session_is_inhibited (GTK_APPLICATION_INHIBIT_IDLE));
      act (GTK_WIDGET (today), "today.start");
      answer_before (f, "start", 2);
      player = hip_today_page_get_player (today);
      g_assert_true (hip_test_session_is_inhibited (GTK_APPLICATION_INHIBIT_IDLE));
      for (guint s = 0; s < ends[i].sets; s++)
        act (player, "workout.log");
      g_assert_true (hip_test_session_is_inhibited (GTK_APPLICATION_INHIBIT_IDLE));
      act (player, "workout.end");
      respond (dialog_with (ends[i].heading), ends[i].response);
      g_assert_false (hip_test_session_is_inhibited (GTK_APPLICATION_INHIBIT_IDLE));
    }
  /* Nor once the window is closed during a session. */
  act (GTK_WIDGET (show_today (f)), "today.start");
  answer_before (f, "start", 2);
  g_assert_true (hip_test_session_is_inhibited (GTK_APPLICATION_INHIBIT_IDLE));
  hip_test_app_stop (f->app, f->window);
  g_assert_false (hip_test_session_is_inhibited (GTK_APPLICATION_INHIBIT_IDLE));
  hip_test_session_stop (session);
}

/* Read-only data (its file's mode is 0444): the window says so at start, and Today offers no
 * logging, saying why; the file is not changed. */
static void
read_only_set_up (HipTestFixture *f,
                  gconstpointer   data)
{
  g_autofree char *path = hip_store_get_default_path ();
  HipProfile plain;

  hip_profile_init (&plain);
  hip_test_clear_user_data ();
  hip_test_app_seed_programme (&plain);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  f->window = hip_test_app_start (&f->app);
}

static void
read_only_tear_down (HipTestFixture *f,
                     gconstpointer   data)
{
  g_autofree char *path = hip_store_get_default_path ();

  g_chmod (path, 0600);
  hip_test_fixture_tear_down (f, data);
}

static void
test_read_only (HipTestFixture *f,
                gconstpointer   data)
{
  GtkWidget *bar = hip_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_INFO_BAR, NULL);
  HipTodayPage *today;
  GtkWidget *start;

  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  g_assert_nonnull (strstr (hip_application_get_store_problem (f->app), "read-only"));
  g_assert_true (hip_coach_is_read_only (hip_application_get_coach (f->app)));
  today = show_today (f);
  start = hip_test_find_widget (GTK_WIDGET (today), GTK_TYPE_BUTTON, "_Start");
  g_assert_nonnull (start);
  g_assert_false (gtk_widget_is_sensitive (start));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (start), "read-only"));
  /* Start asks for the pain before the session in a dialog: not when it is off. */
  gtk_widget_activate_action (GTK_WIDGET (today), "today.start", NULL);
  g_assert_null (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  hip_test_screenshot (GTK_WIDGET (f->window), "problem-read-only-database");
}

int
main (int   argc,
      char *argv[])
{
  /* Someone with a mat and a band and usual pain of 3, whose programme starts today. */
  HipProfile profile, loaded;

  if (!hip_test_ui_init (&argc, &argv))
    return 77;
  hip_profile_init (&profile);
  profile.equipment = HIP_EQUIPMENT_MAT | HIP_EQUIPMENT_BAND;
  profile.pain = 3;
  /* Someone further on, with dumbbells too: their first session has warm-ups, a one-sided
   * hold, loaded exercises, a plank and a stretch. */
  loaded = profile;
  loaded.level = HIP_LEVEL_INTERMEDIATE;
  loaded.equipment |= HIP_EQUIPMENT_DUMBBELL;

  hip_test_add_in_window ("/ui/today/whole-session", &profile, test_whole_session);
  hip_test_add_in_window ("/ui/today/plain-borders", &profile, test_plain_borders);
  hip_test_add_in_window ("/ui/today/resume", &profile, test_resume);
  hip_test_add_in_window ("/ui/today/pain-up", &profile, test_pain_up);
  hip_test_add_in_window ("/ui/today/delete-and-undo", &profile, test_delete_and_undo);
  hip_test_add_in_window ("/ui/today/bad-day", &profile, test_bad_day);
  hip_test_add_in_window ("/ui/today/end-early", &profile, test_end_early);
  hip_test_add_in_window ("/ui/today/player-layout", &loaded, test_player_layout);
  hip_test_add_in_window ("/ui/today/hold-logged-early", &loaded, test_hold_logged_early);
  hip_test_add_in_window ("/ui/today/player-keys", &profile, test_player_keys);
  hip_test_add_in_window ("/ui/today/missed", &profile, test_missed);
  hip_test_add_in_window ("/ui/today/restore", &profile, test_restore);
  hip_test_add_in_window ("/ui/today/progress-views", &profile, test_progress_views);
  hip_test_add_in_window ("/ui/today/next-card", &profile, test_next_card);
  g_test_add_data_func ("/ui/today/idle-inhibit", &profile, test_idle_inhibit);
  g_test_add ("/ui/today/read-only", HipTestFixture, NULL, read_only_set_up, test_read_only,
              read_only_tear_down);

  return g_test_run ();
}
