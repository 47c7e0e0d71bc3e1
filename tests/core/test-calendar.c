/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A programme's dates in the person's weeks (hip-calendar.c): week 1 is the week that holds the
 * start date, laid from it with full sessions a day apart; the weeks after keep their planned
 * days; a missed session moved to a day is laid from that day. Table-driven for weeks from
 * Monday, Sunday and Saturday and a start on each day of the week; every shape the planner
 * makes, for every week start and start day, against the rules themselves. */

#include "config.h"

#include "hip-calendar.h"
#include "hip-catalogue.h"
#include "hip-log.h"
#include "hip-planner.h"
#include "hip-week.h"

#define N_WEEKS 3

/* Three full sessions a week on its first, third and fifth days (the planner's days 0, 2, 4),
 * for N_WEEKS weeks. */
static void
three_full (HipSlot slots[N_WEEKS * 3])
{
  for (guint w = 0; w < N_WEEKS; w++)
    for (guint s = 0; s < 3; s++)
      slots[w * 3 + s] = (HipSlot) { w + 1, s + 1, 2 * s, TRUE };
}

static void
assert_day (const GDate *date,
            const char  *expected)
{
  char text[11] = "";

  if (g_date_valid (date))
    hip_log_format_day (date, text);
  g_assert_cmpstr (expected != NULL ? expected : "", ==, text);
}

/* Week 1 from a start on each day of the week, with weeks from Monday, Sunday and Saturday. */
static void
test_start_days (void)
{
  static const struct
  {
    GDateWeekday week_start;
    const char  *start;
    const char  *week_one[3];   /* NULL: left out of a shorter week 1 */
    const char  *week_two;      /* its first session, on the week's first day */
    const char  *first_day;     /* of week 1 */
  } cases[] = {
    /* From Monday: Tuesday keeps every session a day apart, shifted; Wednesday to Saturday
     * leave out what does not fit before Monday's; on Sunday week 1 is the next week. */
    { G_DATE_MONDAY, "2026-03-02", { "2026-03-02", "2026-03-04", "2026-03-06" }, "2026-03-09",
      "2026-03-02" },
    { G_DATE_MONDAY, "2026-03-03", { "2026-03-03", "2026-03-05", "2026-03-07" }, "2026-03-09",
      "2026-03-02" },
    { G_DATE_MONDAY, "2026-03-04", { "2026-03-04", "2026-03-06", NULL }, "2026-03-09",
      "2026-03-02" },
    { G_DATE_MONDAY, "2026-03-05", { "2026-03-05", "2026-03-07", NULL }, "2026-03-09",
      "2026-03-02" },
    { G_DATE_MONDAY, "2026-03-06", { "2026-03-06", NULL, NULL }, "2026-03-09", "2026-03-02" },
    { G_DATE_MONDAY, "2026-03-07", { "2026-03-07", NULL, NULL }, "2026-03-09", "2026-03-02" },
    { G_DATE_MONDAY, "2026-03-08", { "2026-03-09", "2026-03-11", "2026-03-13" }, "2026-03-16",
      "2026-03-09" },
    /* From Sunday. */
    { G_DATE_SUNDAY, "2026-03-02", { "2026-03-02", "2026-03-04", "2026-03-06" }, "2026-03-08",
      "2026-03-01" },
    { G_DATE_SUNDAY, "2026-03-03", { "2026-03-03", "2026-03-05", NULL }, "2026-03-08",
      "2026-03-01" },
    { G_DATE_SUNDAY, "2026-03-04", { "2026-03-04", "2026-03-06", NULL }, "2026-03-08",
      "2026-03-01" },
    { G_DATE_SUNDAY, "2026-03-05", { "2026-03-05", NULL, NULL }, "2026-03-08", "2026-03-01" },
    { G_DATE_SUNDAY, "2026-03-06", { "2026-03-06", NULL, NULL }, "2026-03-08", "2026-03-01" },
    { G_DATE_SUNDAY, "2026-03-07", { "2026-03-08", "2026-03-10", "2026-03-12" }, "2026-03-15",
      "2026-03-08" },
    { G_DATE_SUNDAY, "2026-03-08", { "2026-03-08", "2026-03-10", "2026-03-12" }, "2026-03-15",
      "2026-03-08" },
    /* From Saturday. */
    { G_DATE_SATURDAY, "2026-03-02", { "2026-03-02", "2026-03-04", NULL }, "2026-03-07",
      "2026-02-28" },
    { G_DATE_SATURDAY, "2026-03-03", { "2026-03-03", "2026-03-05", NULL }, "2026-03-07",
      "2026-02-28" },
    { G_DATE_SATURDAY, "2026-03-04", { "2026-03-04", NULL, NULL }, "2026-03-07", "2026-02-28" },
    { G_DATE_SATURDAY, "2026-03-05", { "2026-03-05", NULL, NULL }, "2026-03-07", "2026-02-28" },
    { G_DATE_SATURDAY, "2026-03-06", { "2026-03-07", "2026-03-09", "2026-03-11" }, "2026-03-14",
      "2026-03-07" },
    { G_DATE_SATURDAY, "2026-03-07", { "2026-03-07", "2026-03-09", "2026-03-11" }, "2026-03-14",
      "2026-03-07" },
    { G_DATE_SATURDAY, "2026-03-08", { "2026-03-08", "2026-03-10", "2026-03-12" }, "2026-03-14",
      "2026-03-07" },
  };
  HipSlot slots[N_WEEKS * 3];

  three_full (slots);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HipCalendar calendar = { cases[i].week_start, { 0 }, 1, 1, FALSE };
      GDate dates[N_WEEKS * 3], week_one, third_week;

      g_test_message ("weeks from day %d, start %s", cases[i].week_start, cases[i].start);
      g_assert_true (hip_log_parse_day (cases[i].start, &calendar.from));
      g_assert_true (hip_calendar_lay_out (&calendar, slots, G_N_ELEMENTS (slots), dates,
                                           &week_one));
      for (guint s = 0; s < 3; s++)
        assert_day (&dates[s], cases[i].week_one[s]);
      assert_day (&dates[3], cases[i].week_two);
      assert_day (&week_one, cases[i].first_day);
      g_assert_cmpint (g_date_get_weekday (&week_one), ==, cases[i].week_start);
      /* The weeks after keep their days: week 3's third session on its fifth day. */
      third_week = week_one;
      g_date_add_days (&third_week, 14 + 4);
      g_assert_cmpint (g_date_compare (&dates[8], &third_week), ==, 0);
    }
}

/* A missed session moved to a day: its week is the person's week that holds the day, the rest
 * of that week follows a day apart or is left out, and the weeks after keep their days. On the
 * last day of the week a full session would be the day before the next week's: it goes to the
 * next week's first day. Weeks from Monday; sessions of week 1 start on 2 March 2026. */
static void
test_moved (void)
{
  static const struct
  {
    const char *name;
    guint       week;
    guint       session;
    const char *day;
    const char *dates[N_WEEKS * 3];
  } cases[] = {
    { "wednesday", 2, 2, "2026-03-11",
      { "2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09", "2026-03-11", "2026-03-13",
        "2026-03-16", "2026-03-18", "2026-03-20" } },
    { "a-week-later", 2, 1, "2026-03-17",
      { "2026-03-09", "2026-03-11", "2026-03-13", "2026-03-17", "2026-03-19", "2026-03-21",
        "2026-03-23", "2026-03-25", "2026-03-27" } },
    { "saturday", 2, 1, "2026-03-14",
      { "2026-03-02", "2026-03-04", "2026-03-06", "2026-03-14", NULL, NULL,
        "2026-03-16", "2026-03-18", "2026-03-20" } },
    { "sunday", 2, 1, "2026-03-15",
      { "2026-03-09", "2026-03-11", "2026-03-13", "2026-03-16", "2026-03-18", "2026-03-20",
        "2026-03-23", "2026-03-25", "2026-03-27" } },
    { "same-week", 1, 2, "2026-03-05",
      { "2026-03-02", "2026-03-05", "2026-03-07", "2026-03-09", "2026-03-11", "2026-03-13",
        "2026-03-16", "2026-03-18", "2026-03-20" } },
  };
  HipSlot slots[N_WEEKS * 3];

  three_full (slots);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HipCalendar calendar = { G_DATE_MONDAY, { 0 }, cases[i].week, cases[i].session, TRUE };
      GDate dates[N_WEEKS * 3];

      g_test_message ("%s", cases[i].name);
      g_assert_true (hip_log_parse_day (cases[i].day, &calendar.from));
      g_assert_true (hip_calendar_lay_out (&calendar, slots, G_N_ELEMENTS (slots), dates, NULL));
      for (guint s = 0; s < G_N_ELEMENTS (slots); s++)
        assert_day (&dates[s], cases[i].dates[s]);
    }
}

/* Every shape the planner makes (1 to 7 sessions a week, full and mobility days), with each
 * week start and a start on each day: every session dated is in the person's week of its
 * programme week, none before the start date, each on its own day, full sessions a day apart,
 * and week 1 holds a session unless it is the week after the start's. */
static void
test_planner_shapes (void)
{
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);

  for (guint n = 1; n <= 7; n++)
    {
      g_autoptr(HipPlan) plan = NULL;
      HipProfile profile;

      hip_profile_init (&profile);
      profile.sessions_per_week = n;
      profile.seed = n;
      plan = hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
      for (GDateWeekday week_start = G_DATE_MONDAY; week_start <= G_DATE_SUNDAY; week_start++)
        for (guint d = 0; d < 7; d++)
          {
            g_autoptr(GArray) dates = NULL;
            GDate week_one, previous, previous_full;
            gboolean in_week_one = FALSE;

            g_date_clear (&previous, 1);
            g_date_clear (&previous_full, 1);
            g_date_set_dmy (&plan->profile.start, 2 + d, G_DATE_MARCH, 2026);
            dates = hip_plan_session_dates (plan, week_start, &week_one);
            g_assert_nonnull (dates);
            g_assert_cmpint (g_date_get_weekday (&week_one), ==, week_start);
            for (guint s = 0; s < plan->sessions->len; s++)
              {
                const HipSession *session = plan->sessions->pdata[s];
                const GDate *date = &g_array_index (dates, GDate, s);
                GDate first;

                if (!g_date_valid (date))
                  {
                    /* Only a shorter week 1 leaves sessions out. */
                    g_assert_cmpuint (session->week, ==, 1);
                    continue;
                  }
                g_assert_cmpuint (hip_plan_week_of (plan, week_start, date, &first), ==,
                                  session->week);
                g_assert_cmpint (g_date_get_weekday (&first), ==, week_start);
                g_assert_cmpint (g_date_compare (date, &plan->profile.start), >=, 0);
                if (g_date_valid (&previous))
                  g_assert_cmpint (g_date_days_between (&previous, date), >=, 1);
                if (hip_session_is_full (session) && g_date_valid (&previous_full))
                  g_assert_cmpint (g_date_days_between (&previous_full, date), >=, 2);
                previous = *date;
                if (hip_session_is_full (session))
                  previous_full = *date;
                in_week_one = in_week_one || session->week == 1;
              }
            g_assert_true (in_week_one);
            /* Week 1 holds the start date, or begins right after its week. */
            g_assert_cmpint (g_date_days_between (&week_one, &plan->profile.start), <, 7);
            g_assert_cmpint (g_date_days_between (&week_one, &plan->profile.start), >=, -6);
          }
    }
}

/* No start date: nothing dated, no week. */
static void
test_undated (void)
{
  HipCalendar calendar = { G_DATE_MONDAY, { 0 }, 1, 1, FALSE };
  HipSlot slots[N_WEEKS * 3];
  GDate dates[N_WEEKS * 3], week_one;

  three_full (slots);
  g_date_clear (&calendar.from, 1);
  g_assert_false (hip_calendar_lay_out (&calendar, slots, G_N_ELEMENTS (slots), dates,
                                        &week_one));
  g_assert_false (g_date_valid (&week_one));
  for (guint s = 0; s < G_N_ELEMENTS (slots); s++)
    g_assert_false (g_date_valid (&dates[s]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/calendar/start-days", test_start_days);
  g_test_add_func ("/core/calendar/moved", test_moved);
  g_test_add_func ("/core/calendar/planner-shapes", test_planner_shapes);
  g_test_add_func ("/core/calendar/undated", test_undated);
  return g_test_run ();
}
