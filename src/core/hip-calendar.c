/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A programme's dates. Its weeks are the person's weeks (HipCoach:week-start): week 1 is the
 * week that holds the start date, and from then on each session is on its planned day of its
 * week (the planner's day 0 is the week's first day). The start date need not be a week's first
 * day, so the first week may be shorter: its sessions are laid from the start date in order,
 * each on its own day or the first day after it that keeps full sessions a day apart (from each
 * other and from the next week's first), and a session that does not fit before the week ends
 * is left out of that week (it has no date: Today never offers it, Progress does not count it).
 * When not even the first fits, week 1 is the week after. A missed session moved to today
 * (HipResume) is laid out the same way, from today, in the week that holds today. HACKING.md
 * says so too. */

#include "config.h"

#include "hip-calendar.h"
#include "hip-week.h"

#define LEFT_OUT (-1)

/* The earliest day of a full session of @week, or -1 when it has none. */
static int
first_full_day (const HipSlot *slots,
                guint          n_slots,
                guint          week)
{
  int day = -1;

  for (guint i = 0; i < n_slots; i++)
    if (slots[i].week == week && slots[i].full && (day < 0 || (int) slots[i].day < day))
      day = slots[i].day;
  return day;
}

/* Whether @slot is laid from the calendar's day rather than on its planned day. */
static gboolean
laid_from (const HipCalendar *calendar,
           const HipSlot     *slot)
{
  return slot->week == calendar->week && slot->session >= calendar->session;
}

/* Lays the week of the calendar's session from day @offset of it into @days (days from its
 * first day, or LEFT_OUT). Returns FALSE when its first session does not fit, unless @force. */
static gboolean
lay_week (const HipCalendar *calendar,
          const HipSlot     *slots,
          guint              n_slots,
          int                offset,
          gboolean           force,
          int               *days)
{
  int next_full = first_full_day (slots, n_slots, calendar->week + 1);
  /* A full session leaves a free day before the next week's first full one. */
  int full_limit = next_full < 0 ? 6 : MIN (6, 7 + next_full - 2);
  int previous = LEFT_OUT, previous_full = G_MININT / 2;
  gboolean first = TRUE;

  for (guint i = 0; i < n_slots; i++)
    {
      const HipSlot *slot = &slots[i];
      int day;

      if (!laid_from (calendar, slot))
        continue;
      if (first && calendar->moved)
        day = offset;
      else
        day = MAX ((int) slot->day, first ? offset : previous + 1);
      if (slot->full)
        day = MAX (day, previous_full + 2);
      if (day > (slot->full ? full_limit : 6))
        {
          if (first && !force)
            return FALSE;
          if (!first)
            {
              days[i] = LEFT_OUT;
              continue;
            }
          day = MIN (day, 6);
        }
      days[i] = day;
      previous = day;
      if (slot->full)
        previous_full = day;
      first = FALSE;
    }
  return TRUE;
}

static void
add_days (GDate *date,
          int    days)
{
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
}

/**
 * hip_calendar_lay_out:
 * @slots: (array length=n_slots): every session of a programme, by week then session
 * @dates: (out caller-allocates) (array length=n_slots): each session's day; a cleared date
 *   for one left out of a shorter first week
 * @week_one: (out caller-allocates) (optional): the first day of the programme's week 1 (a
 *   first day of the person's week)
 *
 * Dates a programme's sessions by the rule at the top of this file.
 *
 * Returns: %FALSE when @calendar has no day to start from (nothing is dated)
 */
gboolean
hip_calendar_lay_out (const HipCalendar *calendar,
                      const HipSlot     *slots,
                      guint              n_slots,
                      GDate             *dates,
                      GDate             *week_one)
{
  g_autofree int *days = g_new0 (int, MAX (n_slots, 1));
  GDate first;
  int offset;

  g_return_val_if_fail (calendar != NULL && (slots != NULL || n_slots == 0), FALSE);

  for (guint i = 0; i < n_slots; i++)
    g_date_clear (&dates[i], 1);
  if (week_one != NULL)
    g_date_clear (week_one, 1);
  if (!g_date_valid (&calendar->from) || !g_date_valid_weekday (calendar->week_start) ||
      calendar->week < 1)
    return FALSE;
  hip_week_first_day (&calendar->from, calendar->week_start, &first);
  offset = g_date_days_between (&first, &calendar->from);
  if (!lay_week (calendar, slots, n_slots, offset, FALSE, days))
    {
      /* Not even the first session fits in what is left of the week: the next week is it. */
      g_date_add_days (&first, 7);
      lay_week (calendar, slots, n_slots, 0, TRUE, days);
    }
  for (guint i = 0; i < n_slots; i++)
    {
      /* Every other session on its own day of its week, counted from the laid one's. */
      int day = laid_from (calendar, &slots[i])
                ? days[i] : 7 * ((int) slots[i].week - (int) calendar->week) + (int) slots[i].day;

      if (laid_from (calendar, &slots[i]) && day == LEFT_OUT)
        continue;
      dates[i] = first;
      add_days (&dates[i], day);
    }
  if (week_one != NULL)
    {
      *week_one = first;
      add_days (week_one, -7 * ((int) calendar->week - 1));
    }
  return TRUE;
}

/**
 * hip_calendar_init:
 * @start: the programme's start date (the profile's)
 * @resume: the missed session moved to a day, or one of week 0
 *
 * Where a programme's dates are laid from: the session moved to a day, when one was, or else
 * week 1 from the start date.
 *
 * Returns: whether there is such a day
 */
gboolean
hip_calendar_init (HipCalendar     *calendar,
                   GDateWeekday     week_start,
                   const GDate     *start,
                   const HipResume *resume)
{
  g_return_val_if_fail (calendar != NULL && start != NULL && resume != NULL, FALSE);

  calendar->week_start = week_start;
  calendar->moved = resume->week > 0 && g_date_valid (&resume->day);
  if (calendar->moved)
    {
      calendar->from = resume->day;
      calendar->week = resume->week;
      calendar->session = resume->session;
    }
  else
    {
      calendar->from = *start;
      calendar->week = 1;
      calendar->session = 1;
    }
  return g_date_valid (&calendar->from);
}

/**
 * hip_plan_session_dates:
 * @week_one: (out caller-allocates) (optional): the first day of week 1
 *
 * Returns: (transfer full) (element-type GDate) (nullable): the day of each of @plan's
 *   sessions, in its order (a cleared date for one left out), or %NULL when it has no start date
 */
GArray *
hip_plan_session_dates (const HipPlan *plan,
                        GDateWeekday   week_start,
                        GDate         *week_one)
{
  g_autoptr(GArray) dates = NULL;
  g_autofree HipSlot *slots = NULL;
  HipCalendar calendar;
  guint n;

  g_return_val_if_fail (plan != NULL, NULL);

  if (week_one != NULL)
    g_date_clear (week_one, 1);
  if (!hip_calendar_init (&calendar, week_start, &plan->profile.start, &plan->resume))
    return NULL;
  n = plan->sessions->len;
  slots = g_new0 (HipSlot, MAX (n, 1));
  for (guint s = 0; s < n; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      slots[s] = (HipSlot) { session->week, session->session, session->day,
                             hip_session_is_full (session) };
    }
  dates = g_array_sized_new (FALSE, TRUE, sizeof (GDate), n);
  g_array_set_size (dates, n);
  if (!hip_calendar_lay_out (&calendar, slots, n, (GDate *) (void *) dates->data, week_one))
    return NULL;
  return g_steal_pointer (&dates);
}

/**
 * hip_plan_session_date:
 * @session: a session of @plan, or one with the same week and number (a copy)
 * @date: (out caller-allocates): its day
 *
 * Returns: whether @session has a day: %FALSE without a start date, or when it is left out of
 *   a shorter first week
 */
gboolean
hip_plan_session_date (const HipPlan    *plan,
                       GDateWeekday      week_start,
                       const HipSession *session,
                       GDate            *date)
{
  g_autoptr(GArray) dates = NULL;

  g_return_val_if_fail (plan != NULL && session != NULL && date != NULL, FALSE);

  g_date_clear (date, 1);
  dates = hip_plan_session_dates (plan, week_start, NULL);
  for (guint s = 0; dates != NULL && s < plan->sessions->len; s++)
    {
      const HipSession *other = plan->sessions->pdata[s];

      if (other->week == session->week && other->session == session->session)
        *date = g_array_index (dates, GDate, s);
    }
  return g_date_valid (date);
}

/**
 * hip_plan_week_of:
 * @day: a day
 * @first_day: (out caller-allocates) (optional): the first day of that week
 *
 * Returns: the programme week @day falls in (past the block's last week after it), or 0 when
 *   it is before week 1 or the plan has no start date
 */
guint
hip_plan_week_of (const HipPlan *plan,
                  GDateWeekday   week_start,
                  const GDate   *day,
                  GDate         *first_day)
{
  g_autoptr(GArray) dates = NULL;
  GDate week_one;
  int days;

  g_return_val_if_fail (plan != NULL && day != NULL, 0);

  if (first_day != NULL)
    g_date_clear (first_day, 1);
  dates = hip_plan_session_dates (plan, week_start, &week_one);
  if (dates == NULL || !g_date_valid (day))
    return 0;
  days = g_date_days_between (&week_one, day);
  if (days < 0)
    return 0;
  if (first_day != NULL)
    {
      *first_day = week_one;
      g_date_add_days (first_day, days / 7 * 7);
    }
  return days / 7 + 1;
}

/**
 * hip_plan_week_first_day:
 * @week: a programme week, 1-based
 * @first_day: (out caller-allocates): its first day (a first day of the person's week)
 *
 * Returns: %FALSE when the plan has no start date
 */
gboolean
hip_plan_week_first_day (const HipPlan *plan,
                         GDateWeekday   week_start,
                         guint          week,
                         GDate         *first_day)
{
  g_autoptr(GArray) dates = NULL;

  g_return_val_if_fail (plan != NULL && week >= 1 && first_day != NULL, FALSE);

  dates = hip_plan_session_dates (plan, week_start, first_day);
  if (dates == NULL)
    return FALSE;
  g_date_add_days (first_day, 7 * (week - 1));
  return TRUE;
}
