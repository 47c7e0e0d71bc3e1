/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times of day on the person's clock, 12 or 24 hours. No display is needed. */

#include "config.h"

#include "hip-widget-utils.h"

static void
test_time_of_day (void)
{
  static const struct
  {
    guint       minutes;
    const char *twelve;
    const char *twenty_four;
  } times[] = {
    { 0, "12:00 AM", "00:00" },
    { 5, "12:05 AM", "00:05" },
    { 7 * 60 + 5, "7:05 AM", "07:05" },
    { 11 * 60 + 59, "11:59 AM", "11:59" },
    { 12 * 60, "12:00 PM", "12:00" },
    { 13 * 60 + 30, "1:30 PM", "13:30" },
    { 18 * 60, "6:00 PM", "18:00" },
    { 23 * 60 + 59, "11:59 PM", "23:59" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *twelve = hip_format_time_of_day (times[i].minutes, TRUE);
      g_autofree char *twenty_four = hip_format_time_of_day (times[i].minutes, FALSE);

      g_assert_cmpstr (twelve, ==, times[i].twelve);
      g_assert_cmpstr (twenty_four, ==, times[i].twenty_four);
    }
  g_assert_false (hip_clock_uses_12_hours (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/dates/time-of-day", test_time_of_day);

  return g_test_run ();
}
