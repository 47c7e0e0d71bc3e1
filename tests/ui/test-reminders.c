/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reminders (issue 18): turned on, an autostart entry is written and a due reminder is sent
 * once a day, even across a restart, and not after a session done today; turned off, the
 * entry goes. */

#include "config.h"

#include "hip-application.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-window.h"

/* The entry starts the application as a service, hidden, at log-in. */
static void
assert_autostart_entry (const char *path)
{
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autofree char *exec = NULL;

  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, NULL));
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC,
                                NULL);
  g_assert_cmpstr (exec, ==, "strong-hips --gapplication-service");
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP,
                                         G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, NULL));
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP,
                                         "X-GNOME-Autostart-enabled", NULL));
}

/* The programme's next session, done now with one set. */
static void
finish_a_session (HipCoach *coach)
{
  HipSession *next = hip_coach_get_next_session (coach);
  HipPrescription *first = next->items->pdata[0];
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  g_autoptr(GError) error = NULL;

  workout->week = next->week;
  workout->session = next->session;
  g_assert_true (hip_coach_start_workout (coach, workout, &error));
  set->workout_id = workout->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (first->exercise));
  set->set_number = 1;
  set->reps = first->reps;
  set->pain = 1;
  g_assert_true (hip_coach_log_set (coach, set, &error));
  g_assert_true (hip_coach_finish_workout (coach, workout->id, 1, NULL, &error));
  g_assert_no_error (error);
}

static void
test_on_and_off (void)
{
  HipApplication *app;
  HipWindow *window;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *autostart = hip_reminders_autostart_path ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  HipReminders *reminders;
  HipCoach *coach;

  hip_test_clear_user_data ();
  hip_test_app_seed_profile ();
  window = hip_test_app_start (&app);
  coach = hip_application_get_coach (app);
  g_assert_true (hip_coach_generate_programme (coach, NULL, NULL));
  reminders = hip_application_get_reminders (app);
  g_assert_nonnull (reminders);
  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));

  /* Every day, from midnight: due now, and only once today. */
  g_settings_set_uint (settings, "reminder-time", 0);
  g_settings_set_flags (settings, "reminder-days", 0x7f);
  assert_autostart_entry (autostart);
  g_assert_true (hip_reminders_check (reminders, now));
  g_assert_false (hip_reminders_check (reminders, now));

  /* Started again the same day (another HipReminders, as after a log-in): none again. */
  {
    g_autoptr(HipReminders) again = hip_reminders_new (G_APPLICATION (app), coach, settings);

    g_assert_false (hip_reminders_check (again, now));
    g_assert_true (hip_reminders_check (again, tomorrow));
  }

  /* A session done today: nothing to remind of, tomorrow included until then. */
  g_settings_set_string (settings, "reminder-sent", "");
  finish_a_session (coach);
  g_assert_false (hip_reminders_check (reminders, now));

  g_settings_set_flags (settings, "reminder-days", 0);
  g_assert_false (g_file_test (autostart, G_FILE_TEST_EXISTS));
  hip_test_app_stop (app, window);
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;
  /* A test display has no notification server, and GIO warns so when a reminder goes out
   * (from its structured log, which no fatal handler sees): warnings are not fatal here,
   * criticals still are. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_test_add_func ("/ui/reminders/on-and-off", test_on_and_off);
  return g_test_run ();
}
