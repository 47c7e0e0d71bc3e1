/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reminders (issue 18): turned on, an autostart entry is written and a due reminder is sent
 * once a day; turned off, the entry goes. */

#include "config.h"

#include "hip-application.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-window.h"

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
  g_assert_true (g_file_test (autostart, G_FILE_TEST_EXISTS));
  g_assert_true (hip_reminders_check (reminders, now));
  g_assert_false (hip_reminders_check (reminders, now));
  g_assert_true (hip_reminders_check (reminders, tomorrow));

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
