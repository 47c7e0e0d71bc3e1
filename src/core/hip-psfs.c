/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Patient-Specific Functional Scale's rules (SCIENCE.md §9), pure: which week of the
 * programme a day is in and when that week's rating is asked, and whether an activity has
 * changed by a difference a person can feel (2 points, Stratford 1995). */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

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

/* The earliest day of the sessions of programme week @week (or of the last week, after the
 * block), in days from the week's first day; FALSE when the plan has no sessions. */
static gboolean
first_session_day (const HipPlan *plan,
                   guint          week,
                   guint         *day)
{
  guint last_week = 0;
  gboolean found = FALSE;

  for (guint s = 0; s < plan->sessions->len; s++)
    last_week = MAX (last_week, ((const HipSession *) plan->sessions->pdata[s])->week);
  week = MIN (week, last_week);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      if (session->week != week || (found && session->day >= *day))
        continue;
      *day = session->day;
      found = TRUE;
    }
  return found;
}

/**
 * hip_psfs_week:
 * @plan: the active programme; its profile's start date begins week 1
 * @today: the day asked about
 * @week_start: (out caller-allocates): the first day of the programme week @today is in
 * @first_day: (out caller-allocates): that week's first training day: the rating is asked
 *   from then until the week ends. After the block the weeks go on, with the last week's days.
 *
 * Returns: %FALSE when @today is before the programme, or the programme has no start date or
 *   no sessions
 */
gboolean
hip_psfs_week (const HipPlan *plan,
               const GDate   *today,
               GDate         *week_start,
               GDate         *first_day)
{
  guint week, day = 0;
  int days;

  g_return_val_if_fail (plan != NULL && today != NULL, FALSE);

  if (!g_date_valid (&plan->profile.start) || !g_date_valid (today))
    return FALSE;
  days = g_date_days_between (&plan->profile.start, today);
  if (days < 0)
    return FALSE;
  week = days / 7 + 1;
  if (!first_session_day (plan, week, &day))
    return FALSE;
  *week_start = plan->profile.start;
  g_date_add_days (week_start, (week - 1) * 7);
  *first_day = *week_start;
  g_date_add_days (first_day, day);
  return TRUE;
}
