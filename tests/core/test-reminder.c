/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The reminder's decision table (issue 18): day, time, a session to do, one done today, the
 * person's permission, and once a day. */

#include "config.h"

#include "hip-reminder.h"

static void
test_decision (void)
{
  static const struct
  {
    const char *name;
    HipWeekdays days;
    guint       minutes;
    int         hour, minute;
    gboolean    session, done, permitted;
    const char *last_sent;
    gboolean    due;
  } cases[] = {
    /* 2026-12-07 is a Monday. */
    { "monday-at-time", 1 << 0, 18 * 60, 18, 0, TRUE, FALSE, TRUE, NULL, TRUE },
    { "later-that-day", 1 << 0, 18 * 60, 21, 30, TRUE, FALSE, TRUE, "2026-12-05", TRUE },
    { "before-the-time", 1 << 0, 18 * 60, 17, 59, TRUE, FALSE, TRUE, NULL, FALSE },
    { "not-a-chosen-day", 1 << 1, 18 * 60, 18, 0, TRUE, FALSE, TRUE, NULL, FALSE },
    { "no-days-chosen", 0, 0, 12, 0, TRUE, FALSE, TRUE, NULL, FALSE },
    { "already-done", 1 << 0, 18 * 60, 18, 0, TRUE, TRUE, TRUE, NULL, FALSE },
    { "nothing-planned", 1 << 0, 18 * 60, 18, 0, FALSE, FALSE, TRUE, NULL, FALSE },
    { "sent-today", 1 << 0, 18 * 60, 19, 0, TRUE, FALSE, TRUE, "2026-12-07", FALSE },
    { "every-day-midnight", 0x7f, 0, 0, 0, TRUE, FALSE, TRUE, NULL, TRUE },
    /* The Background portal said no: nothing is sent. */
    { "not-permitted", 1 << 0, 18 * 60, 18, 0, TRUE, FALSE, FALSE, NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 7, cases[i].hour,
                                                        cases[i].minute, 0);

      g_test_message ("%s", cases[i].name);
      g_assert_cmpint (hip_reminder_due (cases[i].days, cases[i].minutes, now, cases[i].session,
                                         cases[i].done, cases[i].permitted, cases[i].last_sent),
                       ==, cases[i].due);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/reminder/decision", test_decision);
  return g_test_run ();
}
