/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Weeks as the person counts them: starting on the day their locale (or their choice, the
 * week-start setting) says, not always on Monday. Progress's weeks are these, and so are a
 * programme's (hip-calendar.c). */

#include "config.h"

#ifdef HAVE_NL_TIME_FIRST_WEEKDAY
#include <langinfo.h>
#endif

#include "hip-log.h"
#include "hip-week.h"

/**
 * hip_week_start_for_locale:
 *
 * The first day of the week in the current time locale (LC_TIME), as glibc's locale data has
 * it: Monday in most of Europe, Sunday in the United States, Saturday in some countries.
 *
 * Returns: a weekday, %G_DATE_MONDAY where the C library does not say
 */
GDateWeekday
hip_week_start_for_locale (void)
{
#ifdef HAVE_NL_TIME_FIRST_WEEKDAY
  /* _NL_TIME_FIRST_WEEKDAY counts from 1 on the day of _NL_TIME_WEEK_1STDAY, a date that is a
   * Sunday (19971130) or a Monday (19971201); GTK's calendar reads them the same way. */
  union { unsigned int word; char *string; } origin;
  int first = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  int sunday_based;

  origin.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (origin.word == 19971130)
    sunday_based = 0;
  else if (origin.word == 19971201)
    sunday_based = 1;
  else
    return G_DATE_MONDAY;
  if (first < 1 || first > 7)
    return G_DATE_MONDAY;
  /* 0 is Sunday here; GDateWeekday's Sunday is 7. */
  first = (sunday_based + first - 1) % 7;
  return first == 0 ? G_DATE_SUNDAY : (GDateWeekday) first;
#else
  return G_DATE_MONDAY;
#endif
}

/* The first day of the week that @day is in, for weeks that begin on @week_start. */
void
hip_week_first_day (const GDate  *day,
                    GDateWeekday  week_start,
                    GDate        *first)
{
  int back;

  g_return_if_fail (g_date_valid (day));
  g_return_if_fail (g_date_valid_weekday (week_start));

  back = ((int) g_date_get_weekday (day) - (int) week_start + 7) % 7;
  *first = *day;
  g_date_subtract_days (first, back);
}

/* The first day of the week of @day (YYYY-MM-DD…) into @first; FALSE when @day is not a day. */
gboolean
hip_week_of (const char   *day,
             GDateWeekday  week_start,
             char          first[11])
{
  GDate date, start;

  if (!hip_log_parse_day (day, &date))
    return FALSE;
  hip_week_first_day (&date, week_start, &start);
  hip_log_format_day (&start, first);
  return TRUE;
}

static int
digits (const char *text,
        guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }
  return value;
}

/**
 * hip_week_julian_of:
 * @day: YYYY-MM-DD…
 *
 * What hip_week_of() gives, as a day number (GDate's Julian day), without formatting: for
 * adding up thousands of days by week.
 *
 * Returns: the Julian day of the first day of @day's week, or 0 when @day is not a day
 */
guint32
hip_week_julian_of (const char   *day,
                    GDateWeekday  week_start)
{
  int year = digits (day, 4), month, dom;
  guint32 julian;
  GDate date;

  if (year < 1 || day[4] != '-' || (month = digits (day + 5, 2)) < 1 || day[7] != '-' ||
      (dom = digits (day + 8, 2)) < 1 || !g_date_valid_dmy (dom, month, year))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, dom, month, year);
  julian = g_date_get_julian (&date);
  /* Julian day 1 is a Monday. */
  return julian - ((julian - 1) % 7 + 1 - week_start + 7) % 7;
}

/* Julian day @julian as YYYY-MM-DD into @day. */
void
hip_week_format_julian (guint32 julian,
                        char    day[11])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  hip_log_format_day (&date, day);
}

/* @day (YYYY-MM-DD) moved by @days into @out ("" when @day is not a day). */
void
hip_week_add_days (const char *day,
                   int         days,
                   char        out[11])
{
  GDate date;

  out[0] = '\0';
  if (!hip_log_parse_day (day, &date))
    return;
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  hip_log_format_day (&date, out);
}
