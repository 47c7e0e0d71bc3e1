/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Patient-Specific Functional Scale's rules (SCIENCE.md §9), pure: which week of the
 * programme a day is in and when that week's rating is asked, and whether an activity has
 * changed by a difference a person can feel (2 points, Stratford 1995). */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "hip-calendar.h"
#include "hip-psfs.h"

HipPsfsActivity *
hip_psfs_activity_new (void)
{
  return g_new0 (HipPsfsActivity, 1);
}

void
hip_psfs_activity_free (HipPsfsActivity *activity)
{
  if (activity == NULL)
    return;
  g_free (activity->name);
  g_free (activity);
}

void
hip_psfs_series_free (HipPsfsSeries *series)
{
  if (series == NULL)
    return;
  hip_psfs_activity_free (series->activity);
  g_clear_pointer (&series->points, g_array_unref);
  g_free (series);
}

HipPsfsRecord *
hip_psfs_record_new (void)
{
  HipPsfsRecord *record = g_new0 (HipPsfsRecord, 1);

  record->score = HIP_LOG_NONE;
  return record;
}

void
hip_psfs_record_free (HipPsfsRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->activity);
  g_free (record);
}

/**
 * hip_psfs_change:
 * @points: (array length=n_points): one activity's ratings, oldest first; a point not rated
 *   (%HIP_LOG_NONE) is unknown and skipped, never read as 0
 *
 * Returns: the first rating, the latest, and whether they are 2 points or more apart
 */
HipPsfsChange
hip_psfs_change (const HipPsfsPoint *points,
                 guint               n_points)
{
  HipPsfsChange change = { HIP_LOG_NONE, HIP_LOG_NONE, FALSE };

  for (guint i = 0; i < n_points; i++)
    {
      if (points[i].score == HIP_LOG_NONE)
        continue;
      if (change.first == HIP_LOG_NONE)
        change.first = points[i].score;
      change.latest = points[i].score;
    }
  change.felt = change.first != HIP_LOG_NONE &&
                abs (change.latest - change.first) >= HIP_PSFS_CHANGE;
  return change;
}

/**
 * hip_psfs_describe_change:
 * @activity: its name
 *
 * Returns: (transfer full) (nullable): a line for the person ("Climbing stairs: 3 → 6, a change
 *   you can feel"), or %NULL when the change is not one they can feel
 */
char *
hip_psfs_describe_change (const char          *activity,
                          const HipPsfsChange *change)
{
  if (!change->felt)
    return NULL;
  if (change->latest > change->first)
    /* Translators: an activity of the functional scale, its first and its latest rating
     * (0–10, higher is easier): "Climbing stairs: 3 → 6, a change you can feel" */
    return g_strdup_printf (_("%s: %d → %d, a change you can feel"), activity, change->first,
                            change->latest);
  /* Translators: as above, when it became harder: "Climbing stairs: 6 → 3, harder by a change
   * you can feel" */
  return g_strdup_printf (_("%s: %d → %d, harder by a change you can feel"), activity,
                          change->first, change->latest);
}

/* The earliest day a session of programme week @week (from its first day @first) has in
 * @dates, or after the block the last week's earliest planned day; FALSE when there is none. */
static gboolean
first_session_day (const HipPlan *plan,
                   GArray        *dates,
                   guint          week,
                   const GDate   *first,
                   GDate         *day)
{
  guint last_week = 0, earliest = 7;

  g_date_clear (day, 1);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];
      const GDate *date = &g_array_index (dates, GDate, s);

      last_week = MAX (last_week, session->week);
      if (session->week == week && g_date_valid (date) &&
          (!g_date_valid (day) || g_date_compare (date, day) < 0))
        *day = *date;
    }
  if (week <= last_week)
    return g_date_valid (day);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      if (session->week == last_week)
        earliest = MIN (earliest, session->day);
    }
  if (earliest > 6)
    return FALSE;
  *day = *first;
  g_date_add_days (day, earliest);
  return TRUE;
}

/**
 * hip_psfs_week:
 * @plan: the active programme
 * @week_start: the person's, which the programme's weeks follow (hip-calendar.c)
 * @today: the day asked about
 * @first: (out caller-allocates): the first day of the programme week @today is in
 * @first_day: (out caller-allocates): that week's first training day: the rating is asked
 *   from then until the week ends. After the block the weeks go on, with the last week's days.
 *
 * Returns: %FALSE when @today is before the programme's week 1, or the programme has no start
 *   date or no sessions
 */
gboolean
hip_psfs_week (const HipPlan *plan,
               GDateWeekday   week_start,
               const GDate   *today,
               GDate         *first,
               GDate         *first_day)
{
  g_autoptr(GArray) dates = NULL;
  guint week;

  g_return_val_if_fail (plan != NULL && today != NULL, FALSE);

  week = hip_plan_week_of (plan, week_start, today, first);
  if (week == 0)
    return FALSE;
  dates = hip_plan_session_dates (plan, week_start, NULL);
  return dates != NULL && first_session_day (plan, dates, week, first, first_day);
}
