/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Own exercises under a display: made through the editor from the browser's New Exercise
 * button (Save off, and a line saying why, until it has a name and some work), found in the
 * browser with its badge by search and filter, added to the programme and swapped in through
 * the chooser, edited from its page, and deleted after a set was logged: the dialog says the
 * set is kept, the exercise leaves the list, the set stays. The editor and the browser are
 * saved wide and at 360 px, light and dark, in build/screenshots. */

#include "config.h"

#include <string.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-exercise-browser.h"
#include "hip-exercise-browser-private.h"
#include "hip-exercise-chooser.h"
#include "hip-exercise-chooser-private.h"
#include "hip-exercise-editor.h"
#include "hip-exercise-editor-private.h"
#include "hip-exercise-query.h"
#include "hip-programme-page.h"
#include "hip-programme-page-private.h"
#include "hip-test-app.h"
#include "hip-session-player.h"
#include "hip-session-player-private.h"
#include "hip-test-utils.h"
#include "hip-today-page.h"
#include "hip-today-page-private.h"
#include "hip-window.h"
#include "hip-window-private.h"

#define NAME "Physio side plank, knees bent"

static HipCoach *
coach (HipTestFixture *f)
{
  return hip_application_get_coach (f->app);
}

static HipExerciseEditor *
open_editor (HipTestFixture *f,
             const char *action)
{
  HipExerciseEditor *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  editor = HIP_EXERCISE_EDITOR (hip_test_find_toplevel (HIP_TYPE_EXERCISE_EDITOR));
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  return editor;
}

static gboolean
save_enabled (HipExerciseEditor *editor)
{
  GtkWidget *save = hip_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, "_Save");

  g_assert_nonnull (save);
  return gtk_widget_get_sensitive (save);
}

/* The editor's motion row's item that draws like @name, as a person picks it. */
static guint
motion_like (HipExerciseEditor *editor,
             const char        *name)
{
  GListModel *model = adw_combo_row_get_model (hip_exercise_editor_get_motion_row (editor));
  g_autofree char *wanted = g_strdup_printf ("Like %s", name);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), wanted) == 0)
      return i;
  g_assert_not_reached ();
}

/* Fills in the editor as a person would: name first, then what it trains. */
static void
fill_in (HipExerciseEditor *editor)
{
  GtkTextBuffer *steps = gtk_text_view_get_buffer (hip_exercise_editor_get_steps_view (editor));

  g_assert_false (save_enabled (editor));
  g_assert_cmpstr (hip_exercise_editor_get_problem (editor), ==, "Give the exercise a name.");
  gtk_editable_set_text (hip_exercise_editor_get_name_row (editor), "   ");
  g_assert_false (save_enabled (editor));
  gtk_editable_set_text (hip_exercise_editor_get_name_row (editor), NAME);
  g_assert_false (save_enabled (editor));
  g_assert_cmpstr (hip_exercise_editor_get_problem (editor), ==,
                   "Choose at least one hip action or muscle it works.");

  adw_combo_row_set_selected (hip_exercise_editor_get_action_row (editor, HIP_ACTION_ABDUCTION),
                              4);
  adw_combo_row_set_selected (hip_exercise_editor_get_muscle_row (editor,
                                                                  HIP_MUSCLE_GLUTEUS_MEDIUS), 1);
  gtk_check_button_set_active (hip_exercise_editor_get_plane_check (editor, HIP_PLANE_FRONTAL),
                               TRUE);
  gtk_text_buffer_set_text (steps, "Lie on your side, knees bent\n\nLift the hips\n", -1);
  adw_combo_row_set_selected (hip_exercise_editor_get_motion_row (editor),
                              motion_like (editor, "Side plank on knees"));
  g_assert_true (save_enabled (editor));
  g_assert_cmpstr (hip_exercise_editor_get_problem (editor), ==, "");
}

static HipExercise *
find_by_name (HipCatalogue *catalogue,
              const char   *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      if (g_strcmp0 (hip_exercise_get_name (e), name) == 0)
        return e;
    }
  return NULL;
}

/* Made from the browser's button, and shown on its page with the badge. */
static HipExercise *
create (HipTestFixture *f)
{
  HipExerciseBrowser *browser;
  HipExerciseEditor *editor;
  GtkWidget *detail;
  HipExercise *made;

  adw_view_stack_set_visible_child_name (f->window->stack, "exercises");
  browser = hip_window_ensure_browser (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (browser), GTK_TYPE_BUTTON, NULL));
  editor = open_editor (f, "win.new-exercise");
  fill_in (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_null (editor);

  made = find_by_name (hip_coach_get_catalogue (coach (f)), NAME);
  g_assert_nonnull (made);
  g_assert_cmpint (hip_exercise_get_origin (made), ==, HIP_ORIGIN_USER);
  g_assert_cmpstr (hip_exercise_get_motion (made), ==, "side-plank-knees");
  g_assert_cmpuint (g_strv_length ((char **) hip_exercise_get_steps (made)), ==, 2);
  g_assert_true (hip_window_get_shown_exercise (f->window) == made);
  detail = GTK_WIDGET (f->window->detail);
  gtk_test_widget_wait_for_draw (detail);
  g_assert_nonnull (hip_test_find_widget (detail, GTK_TYPE_LABEL, "Yours"));
  g_assert_true (gtk_widget_get_visible (hip_test_find_widget (detail, GTK_TYPE_BUTTON,
                                                               "_Edit…")));
  return made;
}

/* The browser finds it by its name and by a filter, among the catalogue's exercises. */
static void
find_in_browser (HipTestFixture *f,
                 HipExercise *made)
{
  HipExerciseBrowser *browser = hip_window_ensure_browser (f->window);
  HipExerciseQuery *query = hip_exercise_browser_get_query (browser);
  GListModel *results = hip_exercise_browser_get_results (browser);
  gboolean found = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
  hip_exercise_query_set_text (query, "physio plank");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_assert_true (g_list_model_get_item (results, 0) == (gpointer) made);
  g_object_unref (made);   /* the reference g_list_model_get_item() gave */
  hip_exercise_query_set_text (query, "");
  g_object_set (query, "plane", HIP_PLANE_FRONTAL, "action", HIP_ACTION_ABDUCTION, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (results, i);

      found |= e == made;
    }
  g_assert_true (found);
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 1);
  /* The Source filter's "Yours": only the person's own. */
  g_object_set (query, "plane", HIP_QUERY_ANY, "action", HIP_QUERY_ANY, NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (hip_test_find_widget (GTK_WIDGET (browser),
                                                                   ADW_TYPE_COMBO_ROW,
                                                                   "Source")),
                              1 + HIP_ORIGIN_USER);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (browser), "browser.reset-all", NULL);
}

/* The chooser's row of @exercise, as a person finds it in the list. */
static void
choose (HipExercise *exercise)
{
  GtkWindow *chooser = hip_test_find_toplevel (HIP_TYPE_EXERCISE_CHOOSER);
  GtkListBox *list;
  GtkListBoxRow *row;

  g_assert_nonnull (chooser);
  list = GTK_LIST_BOX (hip_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_LIST_BOX, NULL));
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (g_object_get_data (G_OBJECT (row), "exercise") == exercise)
      {
        hip_exercise_chooser_choose (HIP_EXERCISE_CHOOSER (chooser), i);
        return;
      }
  g_assert_not_reached ();
}

static gboolean
session_has (const HipPlan *plan,
             guint          session,
             const char    *id)
{
  HipSession *s = hip_plan_get_session (plan, 1, session);

  for (guint i = 0; i < s->items->len; i++)
    if (g_strcmp0 (hip_exercise_get_id (((HipPrescription *) s->items->pdata[i])->exercise),
                   id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
session_holds (const HipPlan *plan,
               guint          session,
               HipExercise   *exercise)
{
  HipSession *s = hip_plan_get_session (plan, 1, session);

  for (guint i = 0; i < s->items->len; i++)
    if (((HipPrescription *) s->items->pdata[i])->exercise == exercise)
      return TRUE;
  return FALSE;
}

/* Added to session 1 and swapped in for session 2's first exercise, both saved. */
static void
use_in_programme (HipTestFixture *f,
                  HipExercise *made)
{
  HipProgrammePage *page;
  const char *id = hip_exercise_get_id (made);

  adw_view_stack_set_visible_child_name (f->window->stack, "programme");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  page = hip_window_get_programme_page (f->window);
  g_assert_false (session_has (hip_programme_page_get_plan (page), 1, id));
  gtk_widget_activate_action (GTK_WIDGET (page), "programme.add", "u", 1);
  choose (made);
  g_assert_true (session_has (hip_programme_page_get_plan (page), 1, id));
  gtk_widget_activate_action (GTK_WIDGET (page), "programme.swap", "(uu)", 2, 0);
  choose (made);
  g_assert_true (session_has (hip_programme_page_get_plan (page), 2, id));
  /* Saved: the coach reads the same from the store. */
  g_assert_true (session_has (hip_coach_get_plan (coach (f), NULL), 1, id));
  g_assert_true (session_has (hip_coach_get_plan (coach (f), NULL), 2, id));
}

/* Today's next session, through the player: every set of @made logged, the rest skipped.
 * Returns how many sets of it were logged. */
static guint
log_in_player (HipTestFixture *f,
               HipExercise *made)
{
  HipTodayPage *today;
  HipSessionPlayer *player;
  AdwMessageDialog *dialog;
  guint logged = 0;

  adw_view_stack_set_visible_child_name (f->window->stack, "today");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  today = hip_window_get_today_page (f->window);
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (today), "today.start", NULL));
  dialog = ADW_MESSAGE_DIALOG (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "start");
  while (hip_session_player_get_position (player) < hip_session_player_get_n_steps (player))
    {
      const HipPrescription *p = hip_session_player_get_current (player);

      if (p->exercise != made)
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "workout.skip", NULL));
          continue;
        }
      if (logged == 0)
        hip_test_screenshot (GTK_WIDGET (f->window), "own-player");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "workout.log", NULL));
      logged++;
      if (hip_session_player_get_resting (player))
        gtk_widget_activate_action (GTK_WIDGET (player), "workout.skip-rest", NULL);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "workout.finish", NULL));
  return logged;
}

static void
test_create_and_use (HipTestFixture *f,
                     gconstpointer  data)
{
  HipExercise *made = create (f);
  g_autoptr(GPtrArray) recent = NULL;
  HipWorkout *workout;
  guint logged;

  find_in_browser (f, made);
  use_in_programme (f, made);
  /* Logged like any other, one side at a time or not, from Today's player. */
  logged = log_in_player (f, made);
  g_assert_cmpuint (logged, >, 0);
  recent = hip_coach_recent_workouts (coach (f), 1, NULL);
  g_assert_cmpuint (recent->len, ==, 1);
  workout = recent->pdata[0];
  g_assert_cmpuint (workout->sets->len, ==, logged);
  for (guint i = 0; i < workout->sets->len; i++)
    g_assert_cmpstr (((HipLoggedSet *) workout->sets->pdata[i])->exercise_id, ==,
                     hip_exercise_get_id (made));
}

static gboolean
gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Types @keyval into @focus through the X server and waits for @editor to close. */
static void
type_key (GtkWidget *editor,
          GtkWidget *focus,
          guint      keyval)
{
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_grab_focus (focus);
  if (!hip_test_press_keys (editor, keyval, 0))
    {
      g_test_skip ("no X11 display to type on");
      gtk_window_destroy (GTK_WINDOW (editor));
      return;
    }
  hip_test_wait_until (gone, &editor, "the editor to close");
}

/* Escape leaves without saving anything. */
static void
test_escape (HipTestFixture *f,
             gconstpointer  data)
{
  HipCatalogue *catalogue = hip_coach_get_catalogue (coach (f));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  HipExerciseEditor *editor;

  adw_view_stack_set_visible_child_name (f->window->stack, "exercises");
  hip_window_ensure_browser (f->window);
  editor = open_editor (f, "win.new-exercise");
  fill_in (editor);
  type_key (GTK_WIDGET (editor), GTK_WIDGET (hip_exercise_editor_get_name_row (editor)),
            GDK_KEY_Escape);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalogue)), ==, n);
  g_assert_null (find_by_name (catalogue, NAME));
}

/* Edit… from its page: the form starts filled in; the change reaches the page and the
 * programme. */
static void
test_edit (HipTestFixture *f,
           gconstpointer  data)
{
  HipExercise *made = create (f);
  g_autofree char *id = g_strdup (hip_exercise_get_id (made));
  HipExerciseEditor *editor;
  HipExercise *edited;

  use_in_programme (f, made);
  hip_window_show_exercise (f->window, id);
  editor = open_editor (f, "win.edit-exercise");
  g_assert_cmpstr (gtk_editable_get_text (hip_exercise_editor_get_name_row (editor)), ==, NAME);
  g_assert_cmpuint (adw_combo_row_get_selected (hip_exercise_editor_get_action_row (
                      editor, HIP_ACTION_ABDUCTION)), ==, 4);
  g_assert_true (save_enabled (editor));
  gtk_editable_set_text (hip_exercise_editor_get_name_row (editor), "Side plank (physio)");
  /* Enter in the name saves, as in any dialog. */
  type_key (GTK_WIDGET (editor), GTK_WIDGET (hip_exercise_editor_get_name_row (editor)),
            GDK_KEY_Return);

  edited = hip_catalogue_lookup (hip_coach_get_catalogue (coach (f)), id);
  g_assert_cmpstr (hip_exercise_get_name (edited), ==, "Side plank (physio)");
  g_assert_true (hip_window_get_shown_exercise (f->window) == edited);
  g_assert_true (session_has (hip_coach_get_plan (coach (f), NULL), 1, id));
  /* The programme page holds the edited exercise, not the old one, under its new name. */
  g_assert_true (session_holds (hip_programme_page_get_plan (hip_window_get_programme_page (
                                  f->window)), 1, edited));
}

/* Logged, then deleted: asked first, with the set counted; the set stays with the name. */
static void
test_delete_keeps_logs (HipTestFixture *f,
                        gconstpointer  data)
{
  HipExercise *made = create (f);
  g_autofree char *id = g_strdup (hip_exercise_get_id (made));
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  g_autoptr(GPtrArray) recent = NULL;
  AdwMessageDialog *dialog;
  HipCatalogue *catalogue = hip_coach_get_catalogue (coach (f));

  workout->pain_before = 1;
  g_assert_true (hip_coach_start_workout (coach (f), workout, NULL));
  set->workout_id = workout->id;
  set->exercise_id = g_strdup (id);
  set->set_number = 1;
  set->reps = 8;
  g_assert_true (hip_coach_log_set (coach (f), set, NULL));

  hip_window_show_exercise (f->window, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-exercise",
                                             NULL));
  dialog = ADW_MESSAGE_DIALOG (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), NAME));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "1 set"));
  hip_test_screenshot (GTK_WIDGET (dialog), "own-delete");
  /* Cancel changes nothing. */
  adw_message_dialog_response (dialog, "cancel");
  g_assert_true (hip_catalogue_is_listed (catalogue, id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-exercise",
                                             NULL));
  dialog = ADW_MESSAGE_DIALOG (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (dialog, "delete");
  g_assert_false (hip_catalogue_is_listed (catalogue, id));
  g_assert_null (find_by_name (catalogue, NAME));
  g_assert_cmpstr (hip_exercise_get_name (hip_catalogue_lookup (catalogue, id)), ==, NAME);
  g_assert_null (hip_window_get_shown_exercise (f->window));

  recent = hip_coach_recent_workouts (coach (f), 1, NULL);
  g_assert_cmpuint (recent->len, ==, 1);
  g_assert_cmpuint (((HipWorkout *) recent->pdata[0])->sets->len, ==, 1);
}

/* One made without a motion, as the coach saves it: its card and page show a plain figure. */
static HipExercise *
make_plain (HipTestFixture *f)
{
  g_autofree char *id = hip_coach_new_own_exercise_id (coach (f));
  g_autoptr(HipExercise) e = hip_exercise_new (id);
  static const char *steps[] = { "Lie on your back, knees bent", "Lift the hips",
                                 "Lift one foot, then the other", NULL };

  hip_exercise_set_name (e, "Physio bridge march");
  hip_exercise_set_summary (e, "A bridge that lifts one foot at a time.");
  hip_exercise_set_steps (e, steps);
  hip_exercise_set_action_weight (e, HIP_ACTION_EXTENSION, 1.0);
  hip_exercise_set_muscle_role (e, HIP_MUSCLE_GLUTEUS_MAXIMUS, HIP_MUSCLE_ROLE_PRIMARY);
  hip_exercise_add_plane (e, HIP_PLANE_SAGITTAL);
  hip_exercise_set_position (e, HIP_POSITION_FLOOR);
  g_assert_true (hip_coach_save_own_exercise (coach (f), e, NULL));
  return hip_catalogue_lookup (hip_coach_get_catalogue (coach (f)), id);
}

/* The chooser offering both own exercises (one drawn, one plain), and the programme with the
 * plain one added. */
static void
screenshot_chooser (HipTestFixture *f,
                    HipExercise *plain)
{
  HipProgrammePage *page;
  GtkWindow *chooser;
  GtkWidget *search;

  adw_view_stack_set_visible_child_name (f->window->stack, "programme");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  page = hip_window_get_programme_page (f->window);
  gtk_widget_activate_action (GTK_WIDGET (page), "programme.add", "u", 1);
  chooser = hip_test_find_toplevel (HIP_TYPE_EXERCISE_CHOOSER);
  search = hip_test_find_widget (GTK_WIDGET (chooser), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "physio");
  g_signal_emit_by_name (search, "search-changed");
  hip_test_screenshot (GTK_WIDGET (chooser), "own-chooser");
  choose (plain);
  g_assert_true (session_holds (hip_programme_page_get_plan (page), 1, plain));
  adw_view_stack_set_visible_child_name (f->window->stack, "exercises");
}

static void
set_style (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
}

/* The editor (empty, then filled in with a muscle group open) and the browser with the badge,
 * wide and at 360 px, light and dark; no text cut short in the editor. */
static void
test_screenshots (HipTestFixture *f,
                  gconstpointer  data)
{
  HipExerciseEditor *editor;
  HipExerciseBrowser *browser;
  HipExercise *plain;

  create (f);
  plain = make_plain (f);
  /* Its page: no motion, so no player; the badge and Edit… and Delete… under the name. */
  hip_window_show_exercise (f->window, hip_exercise_get_id (plain));
  for (guint narrow = 0; narrow < 2; narrow++)
    {
      gtk_window_set_default_size (GTK_WINDOW (f->window), narrow ? 360 : 1000, 720);
      hip_test_wait_for_size (GTK_WIDGET (f->window), narrow ? 360 : 1000);
      hip_test_screenshot (GTK_WIDGET (f->window), narrow ? "own-detail-narrow" : "own-detail");
    }
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
  screenshot_chooser (f, plain);
  browser = hip_window_ensure_browser (f->window);
  hip_exercise_query_set_text (hip_exercise_browser_get_query (browser), "physio");
  g_assert_cmpuint (g_list_model_get_n_items (hip_exercise_browser_get_results (browser)), ==, 2);
  editor = open_editor (f, "win.new-exercise");
  for (guint dark = 0; dark < 2; dark++)
    for (guint narrow = 0; narrow < 2; narrow++)
      {
        const char *suffix = narrow ? (dark ? "-narrow-dark" : "-narrow")
                                    : (dark ? "-dark" : "");
        g_autofree char *name = g_strconcat ("own-editor", suffix, NULL);
        g_autofree char *browser_name = g_strconcat ("own-browser", suffix, NULL);

        set_style (dark);
        gtk_window_set_default_size (GTK_WINDOW (editor), narrow ? 360 : 600, 760);
        gtk_window_set_default_size (GTK_WINDOW (f->window), narrow ? 360 : 1000, 720);
        hip_test_wait_for_size (GTK_WIDGET (editor), narrow ? 360 : 600);
        hip_test_screenshot (GTK_WIDGET (editor), name);
        g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (editor)), ==, 0);
        hip_test_wait_for_size (GTK_WIDGET (f->window), narrow ? 360 : 1000);
        hip_test_screenshot (GTK_WIDGET (f->window), browser_name);
      }
  fill_in (editor);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (hip_test_find_widget (GTK_WIDGET (editor),
                                                                         ADW_TYPE_EXPANDER_ROW,
                                                                         "Glutes")), TRUE);
  set_style (FALSE);
  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 760);
  hip_test_wait_for_size (GTK_WIDGET (editor), 360);
  {
    GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (
      hip_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW, NULL));
    GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (scroller);
    GtkWidget *muscles = hip_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW,
                                               "Glutes");
    graphene_point_t top;

    gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
    g_assert_true (gtk_widget_compute_point (muscles, gtk_scrolled_window_get_child (scroller),
                                             &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (v, top.y - 200);
    hip_test_screenshot (GTK_WIDGET (editor), "own-editor-filled-narrow");
    gtk_adjustment_set_value (v, 0);
    hip_test_screenshot (GTK_WIDGET (editor), "own-editor-filled-top-narrow");
    g_assert_true (gtk_widget_compute_point (
                     GTK_WIDGET (hip_exercise_editor_get_action_row (editor, HIP_ACTION_FLEXION)),
                     gtk_scrolled_window_get_child (scroller), &GRAPHENE_POINT_INIT (0, 0),
                     &top));
    gtk_adjustment_set_value (v, top.y - 120);
    hip_test_screenshot (GTK_WIDGET (editor), "own-editor-filled-actions-narrow");
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (hip_test_find_widget (
                                     GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, "Equipment")),
                                   TRUE);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
    gtk_adjustment_set_value (v, gtk_adjustment_get_upper (v));
    hip_test_screenshot (GTK_WIDGET (editor), "own-editor-filled-end-narrow");
    g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (editor)), ==, 0);
  }
  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int   argc,
      char *argv[])
{
  /* Someone with a mat and a band, so that an exercise with them can go into the programme. */
  HipProfile profile;

  if (!hip_test_ui_init (&argc, &argv))
    return 77;
  hip_profile_init (&profile);
  profile.equipment = HIP_EQUIPMENT_MAT | HIP_EQUIPMENT_BAND;

  hip_test_add_in_window ("/ui/own/create-and-use", &profile, test_create_and_use);
  hip_test_add_in_window ("/ui/own/edit", &profile, test_edit);
  hip_test_add_in_window ("/ui/own/escape", &profile, test_escape);
  hip_test_add_in_window ("/ui/own/delete-keeps-logs", &profile, test_delete_keeps_logs);
  hip_test_add_in_window ("/ui/own/screenshots", &profile, test_screenshots);
  return g_test_run ();
}
