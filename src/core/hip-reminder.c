/* SPDX-License-Identifier: GPL-3.0-or-later */
/* When to remind someone of their session (issue 18): pure, so that the rule is tested apart
 * from clocks and notifications. */

#include "config.h"

#include "hip-reminder.h"

/**
 * hip_reminder_due:
 * @days: the days chosen for reminders
 * @minutes: the time chosen, in minutes after midnight
 * @now: the time it is
 * @session_today: whether the programme has a session planned for today (or one missed)
 * @done_today: whether a session was done today already
 * @permitted: whether the person let the app remind them in the background (the Background
 *   portal's answer in a sandbox; the autostart entry written, elsewhere)
 * @last_sent: (nullable): the day (YYYY-MM-DD) a reminder was last sent
 *
 * Returns: whether to remind now: on a chosen day, from the chosen time on, when there is a
 *   session to do and none was done today, once a day, and only as permitted
 */
gboolean
hip_reminder_due (HipWeekdays  days,
                  guint        minutes,
                  GDateTime   *now,
                  gboolean     session_today,
                  gboolean     done_today,
                  gboolean     permitted,
                  const char  *last_sent)
{
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  guint weekday = g_date_time_get_day_of_week (now);   /* 1 Monday … 7 Sunday */
  guint now_minutes = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);

  return (days & (1u << (weekday - 1))) != 0 && now_minutes >= minutes && session_today &&
         !done_today && permitted && g_strcmp0 (last_sent, today) != 0;
}
