/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preferences under a display: opened from the primary menu's action; pounds change the
 * player's load field and Today's history while the log keeps kilograms; every row is bound to
 * its key (the memory backend reads back what was chosen); the style reaches AdwStyleManager;
 * "always still" stops the diagram player. The window is saved wide and at 360 px, light and
 * dark, in build/screenshots. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hip-application.h"
#include "hip-catalogue.h"
#include "hip-diagram-player.h"
#include "hip-diagram-player-private.h"
#include "hip-planner.h"
#include "hip-preferences-window.h"
#include "hip-profile-window.h"
#include "hip-progress-chart-private.h"
#include "hip-progress-page-private.h"
#include "hip-progress-table.h"
#include "hip-session-player.h"
#include "hip-session-player-private.h"
#include "hip-store.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-today-page.h"
#include "hip-today-page-private.h"
#include "hip-units.h"
#include "hip-widget-utils.h"
#include "hip-window.h"
#include "hip-window-private.h"

typedef struct
{
  HipApplication *app;
  HipWindow      *window;
} Fixture;

static const char *keys[] = {
  "units", "week-start", "default-rest", "rest-sound", "spoken-cues", "reduced-motion", "style",
  "reminder-days", "reminder-time",
};

/* A profile starting today and an active programme, as after the first run. */
static void
seed_programme (void)
{
  HipProfile profile;

  hip_profile_init (&profile);
  profile.equipment = HIP_EQUIPMENT_MAT | HIP_EQUIPMENT_BAND;
  profile.load_step = 2.5;
  hip_test_app_seed_programme (&profile);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hip_test_clear_user_data ();
  seed_programme ();
  f->window = hip_test_app_start (&f->app);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_autoptr(GSettings) clock = hip_clock_settings_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
  if (clock != NULL)
    g_settings_reset (clock, "clock-format");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  hip_test_app_stop (f->app, f->window);
}

static void
act (GtkWidget  *widget,
     const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
}

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

/* Opens every expander row, so that the past workouts' sets are built. */
static void
expand_all (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_EXPANDER_ROW (child))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (child), TRUE);
      expand_all (child);
    }
}

/* The preferences, opened as the menu's item opens them. */
static HipPreferencesWindow *
open_preferences (Fixture *f)
{
  HipPreferencesWindow *preferences;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "preferences", NULL);
  preferences = HIP_PREFERENCES_WINDOW (hip_test_find_toplevel (HIP_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) ==
                 GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preferences));
  return preferences;
}

static AdwComboRow *
combo (HipPreferencesWindow *preferences,
       const char           *title)
{
  GtkWidget *row = hip_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW, title);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

static gboolean
menu_has (GMenuModel *menu,
          const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has (section, action))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
    }
  return FALSE;
}

static gboolean
lists_accelerator (GtkWidget  *root,
                   const char *accelerator)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SHORTCUT_LABEL (child) &&
          g_strcmp0 (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (child)),
                     accelerator) == 0)
        return TRUE;
      if (lists_accelerator (child, accelerator))
        return TRUE;
    }
  return FALSE;
}

/* The menu's item and Ctrl+comma open the window. */
static void
test_open (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char **accels = NULL;
  HipPreferencesWindow *preferences;

  g_assert_true (menu_has (f->window->primary_menu, "app.preferences"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "app.preferences");
  g_assert_cmpstr (accels[0], ==, "<Control>comma");
  g_strfreev (g_steal_pointer (&accels));
  /* The Keyboard Shortcuts window lists it. */
  {
    GtkWindow *shortcuts;
    gboolean listed;

    act (GTK_WIDGET (f->window), "win.show-help-overlay");
    shortcuts = hip_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
    g_assert_nonnull (shortcuts);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (shortcuts));
    listed = lists_accelerator (GTK_WIDGET (shortcuts), "<Control>comma");
    g_assert_true (listed);
    gtk_window_close (shortcuts);
  }
  preferences = open_preferences (f);
  /* The profile's weight step, in kilograms until pounds are chosen. */
  g_assert_true (shows_text (GTK_WIDGET (preferences), "2.5 kg"));
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* A string key's value, freed after the check. */
static void
assert_string_setting (GSettings  *settings,
                       const char *key,
                       const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

/* Pounds: the player's load field and its title, then Today's history; the log keeps kg. */
static void
test_units (Fixture       *f,
            gconstpointer  data)
{
  HipTodayPage *today;
  HipSessionPlayer *player;
  HipPreferencesWindow *preferences;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkSpinButton *load;

  adw_view_stack_set_visible_child_name (f->window->stack, "today");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  today = hip_window_get_today_page (f->window);
  player = HIP_SESSION_PLAYER (hip_today_page_get_player (today));
  act (GTK_WIDGET (today), "today.start");
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "start");
  }
  load = hip_session_player_get_load_field (player);
  g_assert_cmpstr (gtk_label_get_text (hip_session_player_get_load_title (player)), ==,
                   "Load (kg)");
  gtk_spin_button_set_value (load, 20);

  preferences = open_preferences (f);
  adw_combo_row_set_selected (combo (preferences, "_Units"), 1);
  assert_string_setting (settings, "units", "pounds");
  g_assert_cmpstr (gtk_label_get_text (hip_session_player_get_load_title (player)), ==,
                   "Load (lb)");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (load), 44.1, 1e-9);
  /* The profile's 2.5 kg step, shown as the pound step nearest to it, not as 5.5 lb. */
  g_assert_true (shows_text (GTK_WIDGET (preferences), "5.0 lb"));
  g_assert_false (shows_text (GTK_WIDGET (preferences), "5.5 lb"));
  gtk_window_destroy (GTK_WINDOW (preferences));

  act (GTK_WIDGET (player), "workout.log");
  while (hip_session_player_get_position (player) < hip_session_player_get_n_steps (player))
    act (GTK_WIDGET (player), "workout.skip");
  act (GTK_WIDGET (player), "workout.finish");
  act (GTK_WIDGET (today), "today.done");
  {
    g_autoptr(GPtrArray) workouts =
      hip_coach_recent_workouts (hip_application_get_coach (f->app), 1, NULL);
    g_autoptr(HipWorkout) workout = NULL;
    HipLoggedSet *set;

    g_assert_cmpuint (workouts->len, ==, 1);
    workout = hip_coach_load_workout (hip_application_get_coach (f->app),
                                      ((HipWorkout *) workouts->pdata[0])->id, NULL);
    set = workout->sets->pdata[0];
    g_assert_cmpfloat_with_epsilon (set->load, 20, 0.01);
  }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  expand_all (GTK_WIDGET (today));
  g_assert_true (shows_text (GTK_WIDGET (today), "44.1 lb"));
  g_settings_set_string (settings, "units", "kilograms");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  expand_all (GTK_WIDGET (today));
  g_assert_true (shows_text (GTK_WIDGET (today), "20.0 kg"));
  g_assert_false (shows_text (GTK_WIDGET (today), "44.1 lb"));
}

/* A set of 20 kg of the first main exercise of the programme's first session, whose
 * prescription says 20.0 kg. */
static void
log_twenty_kilos (HipCoach *coach)
{
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  HipPlan *plan = hip_coach_get_plan (coach, &workout->programme_id);
  HipSession *session = hip_plan_get_session (plan, 1, 1);
  HipPrescription *p = NULL;

  for (guint i = 0; i < session->items->len && p == NULL; i++)
    if (((HipPrescription *) session->items->pdata[i])->part == HIP_PART_MAIN)
      p = session->items->pdata[i];
  g_assert_nonnull (p);
  g_free (p->load);
  p->load = g_strdup ("20.0 kg");
  g_assert_true (hip_coach_save_plan (coach, NULL));

  workout->week = 1;
  workout->session = 1;
  g_assert_true (hip_coach_start_workout (coach, workout, NULL));
  set->workout_id = workout->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (p->exercise));
  set->set_number = 1;
  set->reps = 10;
  set->load = 20;
  g_assert_true (hip_coach_log_set (coach, set, NULL));
  g_assert_true (hip_coach_finish_workout (coach, workout->id, 1, NULL, NULL));
}

/* The weight step field of the profile window, opened from the main window. */
static GtkSpinButton *
open_load_step (Fixture    *f,
                GtkWindow **profile)
{
  GtkWidget *row;

  act (GTK_WIDGET (f->window), "win.profile");
  *profile = hip_test_find_toplevel (HIP_TYPE_PROFILE_WINDOW);
  g_assert_nonnull (*profile);
  row = hip_test_find_widget (GTK_WIDGET (*profile), ADW_TYPE_ACTION_ROW,
                              "Smallest wei_ght step");
  g_assert_nonnull (row);
  return GTK_SPIN_BUTTON (hip_test_find_widget (row, GTK_TYPE_SPIN_BUTTON, NULL));
}

/* Pounds wherever a load is shown: the weight step (the pound step nearest to the profile's
 * 2.5 kg; set in pounds by its arrows, through 2.5, 5 and 10, kept as set), the programme's
 * load text, and One Exercise's chart and table. */
static void
test_pounds_everywhere (Fixture       *f,
                        gconstpointer  data)
{
  HipCoach *coach = hip_application_get_coach (f->app);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  HipPreferencesWindow *preferences;
  HipProgressPage *progress;
  HipProgressChart *exercise;
  GtkWindow *profile_window;
  GtkSpinButton *step;
  HipProfile profile;

  log_twenty_kilos (coach);
  preferences = open_preferences (f);
  g_assert_true (shows_text (GTK_WIDGET (preferences), "2.5 kg"));
  adw_combo_row_set_selected (combo (preferences, "_Units"), 1);
  g_assert_true (shows_text (GTK_WIDGET (preferences), "5.0 lb"));
  gtk_window_destroy (GTK_WINDOW (preferences));

  step = open_load_step (f, &profile_window);
  g_assert_cmpfloat (gtk_spin_button_get_value (step), ==, 5);
  gtk_spin_button_set_value (step, 1);
  for (guint i = 0; i < 3; i++)
    gtk_spin_button_spin (step, GTK_SPIN_STEP_FORWARD, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (step), ==, 2.5);
  for (guint i = 0; i < 15; i++)
    gtk_spin_button_spin (step, GTK_SPIN_STEP_FORWARD, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (step), ==, 10);
  act (GTK_WIDGET (profile_window), "profile.save");
  g_assert_true (hip_coach_load_profile (coach, &profile, NULL, NULL));
  g_assert_cmpfloat (profile.load_step, ==, 10 * HIP_KG_PER_LB);
  preferences = open_preferences (f);
  g_assert_true (shows_text (GTK_WIDGET (preferences), "10.0 lb"));
  /* In kilograms, the nearest kilogram step to 10 lb; in pounds again, the 10 lb set. */
  g_settings_set_string (settings, "units", "kilograms");
  g_assert_true (shows_text (GTK_WIDGET (preferences), "5.0 kg"));
  g_settings_set_string (settings, "units", "pounds");
  g_assert_true (shows_text (GTK_WIDGET (preferences), "10.0 lb"));
  gtk_window_destroy (GTK_WINDOW (preferences));
  step = open_load_step (f, &profile_window);
  g_assert_cmpfloat (gtk_spin_button_get_value (step), ==, 10);
  gtk_window_destroy (profile_window);

  adw_view_stack_set_visible_child_name (f->window->stack, "programme");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_true (shows_text (GTK_WIDGET (hip_window_get_programme_page (f->window)), "44.1 lb"));
  g_assert_false (shows_text (GTK_WIDGET (hip_window_get_programme_page (f->window)), "20.0 kg"));

  adw_view_stack_set_visible_child_name (f->window->stack, "progress");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  progress = hip_window_get_progress_page (f->window);
  exercise = hip_progress_page_get_chart (progress, 3);
  g_assert_cmpfloat_with_epsilon (hip_progress_chart_get_value (exercise, 0, 0),
                                  20 / HIP_KG_PER_LB, 1e-9);
  g_assert_cmpstr (hip_progress_chart_get_unit (exercise), ==, "lb");
  {
    g_autofree char *unsaid = gtk_test_accessible_check_property (
      GTK_ACCESSIBLE (exercise), GTK_ACCESSIBLE_PROPERTY_LABEL,
      "Heaviest load by workout, by side, in lb");

    g_assert_null (unsaid);
  }
  {
    GtkWidget *table = hip_test_find_widget (GTK_WIDGET (progress), GTK_TYPE_TOGGLE_BUTTON,
                                             "_Table");
    GListModel *columns;
    g_autoptr(GtkColumnViewColumn) both = NULL;

    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (table), TRUE);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
    columns = gtk_column_view_get_columns (
      hip_progress_table_get_view (hip_progress_page_get_table (progress, 3)));
    both = g_list_model_get_item (columns, 1);
    g_assert_cmpstr (gtk_column_view_column_get_title (both), ==, "Both sides (lb)");
    g_assert_true (shows_text (GTK_WIDGET (hip_progress_page_get_table (progress, 3)), "44.1"));
  }
}

/* Scrolls @preferences to its end, where the reminders are, with their row expanded. */
static AdwExpanderRow *
show_reminders (HipPreferencesWindow *preferences)
{
  GtkWidget *reminders = hip_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_EXPANDER_ROW,
                                               NULL);
  GtkWidget *scroller = gtk_widget_get_ancestor (reminders, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (reminders), TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preferences));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preferences));
  return ADW_EXPANDER_ROW (reminders);
}

/* Every row writes its key, and a key set elsewhere shows in its row. */
static void
test_persistence (Fixture       *f,
                  gconstpointer  data)
{
  HipPreferencesWindow *preferences = open_preferences (f);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  HipCoach *coach = hip_application_get_coach (f->app);
  g_auto(GStrv) days = NULL;
  GtkWidget *rest;

  adw_combo_row_set_selected (combo (preferences, "_First Day of the Week"), 7);
  assert_string_setting (settings, "week-start", "sunday");
  g_assert_cmpuint (hip_coach_get_week_start (coach), ==, G_DATE_SUNDAY);

  rest = hip_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON, NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (rest), 45);
  g_assert_cmpuint (g_settings_get_uint (settings, "default-rest"), ==, 45);
  g_assert_cmpuint (hip_coach_rest_seconds (coach, 90), ==, 45);
  g_assert_cmpuint (hip_coach_rest_seconds (coach, 0), ==, 0);

  /* Sounds and voice are off until turned on, and reach the coach. */
  g_assert_false (g_settings_get_boolean (settings, "rest-sound"));
  g_settings_set_boolean (settings, "rest-sound", TRUE);
  g_assert_true (hip_coach_get_rest_sound (coach));
  g_assert_false (g_settings_get_boolean (settings, "spoken-cues"));
  g_settings_set_boolean (settings, "spoken-cues", TRUE);
  g_assert_true (hip_coach_get_spoken_cues (coach));
  g_assert_true (shows_text (GTK_WIDGET (preferences), "S_poken Cues"));

  /* The reminders: days as checks, the time as hour and minute. */
  {
    GtkWidget *reminders = hip_test_find_widget (GTK_WIDGET (preferences),
                                                 ADW_TYPE_EXPANDER_ROW, NULL);
    GtkWidget *tuesday = hip_test_find_widget (reminders, ADW_TYPE_ACTION_ROW, "Tuesday");
    GtkWidget *check = hip_test_find_widget (tuesday, GTK_TYPE_CHECK_BUTTON, NULL);

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (reminders), TRUE);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    days = g_settings_get_strv (settings, "reminder-days");
    g_assert_cmpuint (g_strv_length (days), ==, 1);
    g_assert_cmpstr (days[0], ==, "tuesday");
    g_settings_set_uint (settings, "reminder-time", 7 * 60 + 5);
    g_assert_true (shows_text (reminders, "Time"));
    show_reminders (preferences);
    hip_test_screenshot (GTK_WIDGET (preferences), "preferences-reminders");
  }
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* A new window reads back what was chosen. */
  preferences = open_preferences (f);
  g_assert_cmpuint (adw_combo_row_get_selected (combo (preferences, "_First Day of the Week")),
                    ==, 7);
  rest = hip_test_find_widget (GTK_WIDGET (preferences), GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (rest)), ==, 45);
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The reminder's time on the person's clock (GNOME's clock-format): 18:00 on 24 hours, 6:00 PM
 * on 12, each shown and edited so, while the key stays minutes after midnight. */
static void
test_reminder_clock (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GSettings) clock = hip_clock_settings_new ();
  HipPreferencesWindow *preferences;
  AdwExpanderRow *reminders;
  GtkSpinButton *hour, *minute;
  GtkDropDown *period;
  GtkAdjustment *hours;

  if (clock == NULL)
    {
      g_test_skip ("GNOME's org.gnome.desktop.interface schema is not installed");
      return;
    }
  g_settings_set_string (clock, "clock-format", "24h");
  g_settings_set_uint (settings, "reminder-time", 18 * 60);
  preferences = open_preferences (f);
  reminders = show_reminders (preferences);
  hour = GTK_SPIN_BUTTON (hip_test_find_widget (GTK_WIDGET (reminders), GTK_TYPE_SPIN_BUTTON,
                                                NULL));
  hours = gtk_spin_button_get_adjustment (hour);
  minute = GTK_SPIN_BUTTON (gtk_widget_get_next_sibling (
    gtk_widget_get_next_sibling (GTK_WIDGET (hour))));
  period = GTK_DROP_DOWN (hip_test_find_widget (GTK_WIDGET (reminders), GTK_TYPE_DROP_DOWN,
                                                NULL));
  g_assert_cmpstr (adw_expander_row_get_subtitle (reminders), ==, "18:00");
  g_assert_cmpfloat (gtk_spin_button_get_value (hour), ==, 18);
  g_assert_cmpfloat (gtk_adjustment_get_lower (hours), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (hours), ==, 23);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (period)));
  gtk_spin_button_set_value (hour, 7);
  gtk_spin_button_set_value (minute, 5);
  g_assert_cmpuint (g_settings_get_uint (settings, "reminder-time"), ==, 7 * 60 + 5);
  g_assert_cmpstr (adw_expander_row_get_subtitle (reminders), ==, "07:05");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hour)), ==, "07");

  /* The desktop's clock goes to 12 hours while the window is open. */
  g_settings_set_string (clock, "clock-format", "12h");
  g_assert_cmpstr (adw_expander_row_get_subtitle (reminders), ==, "7:05 AM");
  g_assert_cmpfloat (gtk_spin_button_get_value (hour), ==, 7);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (hour)), ==, "7");
  g_assert_cmpfloat (gtk_adjustment_get_lower (hours), ==, 1);
  g_assert_cmpfloat (gtk_adjustment_get_upper (hours), ==, 12);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (period)));
  g_assert_cmpuint (gtk_drop_down_get_selected (period), ==, 0);
  gtk_drop_down_set_selected (period, 1);
  g_assert_cmpuint (g_settings_get_uint (settings, "reminder-time"), ==, 19 * 60 + 5);
  g_assert_cmpstr (adw_expander_row_get_subtitle (reminders), ==, "7:05 PM");
  /* 12 PM is noon, 12 AM midnight. */
  gtk_spin_button_set_value (hour, 12);
  g_assert_cmpuint (g_settings_get_uint (settings, "reminder-time"), ==, 12 * 60 + 5);
  gtk_drop_down_set_selected (period, 0);
  g_assert_cmpuint (g_settings_get_uint (settings, "reminder-time"), ==, 5);
  g_assert_cmpstr (adw_expander_row_get_subtitle (reminders), ==, "12:05 AM");
  g_settings_set_uint (settings, "reminder-time", 18 * 60);
  gtk_window_destroy (GTK_WINDOW (preferences));

  /* A window opened on a 12-hour desktop starts so. */
  preferences = open_preferences (f);
  reminders = show_reminders (preferences);
  g_assert_cmpstr (adw_expander_row_get_subtitle (reminders), ==, "6:00 PM");
  hip_test_screenshot (GTK_WIDGET (preferences), "preferences-reminders-12h");
  g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (preferences)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* Style: light and dark reach AdwStyleManager; reduced motion stops the diagram player. */
static void
test_style_and_motion (Fixture       *f,
                       gconstpointer  data)
{
  HipPreferencesWindow *preferences = open_preferences (f);
  AdwStyleManager *style = adw_style_manager_get_default ();
  HipDiagramPlayer *player;
  GtkWidget *detail;
  gboolean animations;

  adw_combo_row_set_selected (combo (preferences, "St_yle"), 2);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  adw_combo_row_set_selected (combo (preferences, "St_yle"), 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style));
  adw_combo_row_set_selected (combo (preferences, "St_yle"), 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);

  hip_window_show_exercise (f->window, "split-squat");
  detail = GTK_WIDGET (hip_window_get_shown_exercise (f->window) != NULL ? f->window->detail
                                                                         : NULL);
  g_assert_nonnull (detail);
  player = HIP_DIAGRAM_PLAYER (hip_test_find_widget (detail, HIP_TYPE_DIAGRAM_PLAYER, NULL));
  g_object_get (gtk_settings_get_default (), "gtk-enable-animations", &animations, NULL);
  g_assert_cmpint (hip_diagram_player_get_reduced (player), ==, !animations);
  adw_combo_row_set_selected (combo (preferences, "Reduced _Motion"), 1);
  g_assert_true (hip_diagram_player_get_reduced (player));
  /* Back to the desktop's setting (the tests' own value is gone with it), which the player
   * follows again. */
  adw_combo_row_set_selected (combo (preferences, "Reduced _Motion"), 0);
  g_object_get (gtk_settings_get_default (), "gtk-enable-animations", &animations, NULL);
  g_assert_cmpint (hip_diagram_player_get_reduced (player), ==, !animations);
  /* The screenshots' finished states, as hip_test_ui_init() set them. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The window wide and at 360 px, light and dark, with no text cut short; then its end, the
 * reminders on a 12-hour clock. */
static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GSettings) clock = hip_clock_settings_new ();

  for (guint dark = 0; dark < 2; dark++)
    for (guint narrow = 0; narrow < 2; narrow++)
      {
        HipPreferencesWindow *preferences = open_preferences (f);
        g_autofree char *name = g_strdup_printf ("preferences%s%s", narrow ? "-narrow" : "",
                                                 dark ? "-dark" : "");
        int width = narrow ? 360 : 640;

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        gtk_window_set_default_size (GTK_WINDOW (preferences), width, 720);
        hip_test_wait_for_size (GTK_WIDGET (preferences), width);
        gtk_test_widget_wait_for_draw (GTK_WIDGET (preferences));
        hip_test_screenshot (GTK_WIDGET (preferences), name);
        g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (preferences)), ==, 0);
        if (clock != NULL)
          {
            g_autofree char *end = g_strdup_printf ("preferences-end%s%s",
                                                    narrow ? "-narrow" : "", dark ? "-dark" : "");

            g_settings_set_string (clock, "clock-format", "12h");
            show_reminders (preferences);
            hip_test_screenshot (GTK_WIDGET (preferences), end);
            g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (preferences)), ==, 0);
            g_settings_reset (clock, "clock-format");
          }
        gtk_window_destroy (GTK_WINDOW (preferences));
      }
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/ui/preferences/open", Fixture, NULL, fixture_set_up, test_open,
              fixture_tear_down);
  g_test_add ("/ui/preferences/units", Fixture, NULL, fixture_set_up, test_units,
              fixture_tear_down);
  g_test_add ("/ui/preferences/pounds-everywhere", Fixture, NULL, fixture_set_up,
              test_pounds_everywhere, fixture_tear_down);
  g_test_add ("/ui/preferences/persistence", Fixture, NULL, fixture_set_up, test_persistence,
              fixture_tear_down);
  g_test_add ("/ui/preferences/reminder-clock", Fixture, NULL, fixture_set_up,
              test_reminder_clock, fixture_tear_down);
  g_test_add ("/ui/preferences/style-and-motion", Fixture, NULL, fixture_set_up,
              test_style_and_motion, fixture_tear_down);
  g_test_add ("/ui/preferences/screenshots", Fixture, NULL, fixture_set_up, test_screenshots,
              fixture_tear_down);

  return g_test_run ();
}
