/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipCoach's side of the Progress page: the weeks it charts (volume, pain's median and worst,
 * sessions planned and done), counted from the person's week start (HipCoach:week-start), and
 * one exercise's workouts. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hip-coach-private.h"
#include "hip-store.h"
#include "hip-week.h"

static void
format_today (char day[11])
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%d");

  g_strlcpy (day, text, 11);
}

/* The first week shown: @n_weeks back from @this_week, or the week of the first day logged
 * when that is later (or all weeks are asked for); @this_week when nothing is logged. */
static gboolean
first_week (HipStore     *store,
            guint         n_weeks,
            const char   *this_week,
            GDateWeekday  week_start,
            char          first[11],
            GError      **error)
{
  char logged[11], logged_week[11];

  if (!hip_store_first_logged_day (store, logged, error))
    return FALSE;
  g_strlcpy (first, this_week, 11);
  if (!hip_week_of (logged, week_start, logged_week) || strcmp (logged_week, this_week) > 0)
    return TRUE;
  if (n_weeks > 0)
    hip_week_add_days (this_week, -7 * (int) (n_weeks - 1), first);
  if (n_weeks == 0 || strcmp (logged_week, first) > 0)
    g_strlcpy (first, logged_week, 11);
  return TRUE;
}

static HipProgressWeek
blank_week (const char *week)
{
  HipProgressWeek blank = { { 0 } };

  g_strlcpy (blank.week, week, sizeof blank.week);
  for (guint t = 0; t < HIP_N_PAIN_TIMES; t++)
    {
      blank.median[t] = NAN;
      blank.worst[t] = HIP_LOG_NONE;
    }
  blank.planned = -1;
  return blank;
}

static void
add_volume (HipProgressWeek     *week,
            const HipWeekVolume *volume)
{
  memcpy (week->actions, volume->actions, sizeof week->actions);
  week->left = volume->left;
  week->right = volume->right;
}

static void
add_pain (HipProgressWeek   *week,
          const HipWeekPain *pain)
{
  for (guint t = 0; t < HIP_N_PAIN_TIMES; t++)
    {
      week->median[t] = hip_pain_tally_median (&pain->pain[t]);
      week->worst[t] = hip_pain_tally_worst (&pain->pain[t]);
    }
  week->done = pain->sessions;
}

/* The sessions planned from @week to before @next: none (-1) before the first ever planned. */
static int
count_planned (GPtrArray  *days,
               guint      *d,
               const char *first_planned,
               const char *next)
{
  int n = 0;

  if (*first_planned == '\0' || strcmp (next, first_planned) <= 0)
    return -1;
  for (; *d < days->len && strcmp (days->pdata[*d], next) < 0; (*d)++)
    n++;
  return n;
}

/**
 * hip_coach_progress_weeks:
 * @n_weeks: how many weeks up to @today's, or 0 for all
 * @today: (nullable): YYYY-MM-DD, or %NULL for today
 *
 * The weeks Progress charts, starting on HipCoach:week-start: every week from the first shown
 * to @today's. A range starts at the first week anything was logged in when that is later (a
 * year asked of a month's history gives that month's weeks); with nothing logged, only
 * @today's week. A week's sessions planned are those of the programmes active then (see
 * hip_store_record_plan()), -1 before any programme planned one.
 *
 * Returns: (transfer full) (element-type HipProgressWeek) (nullable): the weeks, oldest first
 */
GArray *
hip_coach_progress_weeks (HipCoach    *self,
                          guint        n_weeks,
                          const char  *today,
                          GError     **error)
{
  HipStore *store = hip_coach_get_store (self);
  GDateWeekday week_start = hip_coach_get_week_start (self);
  g_autoptr(GArray) volumes = NULL, pain = NULL, weeks = NULL;
  g_autoptr(GPtrArray) planned = NULL;
  char now[11], this_week[11], first[11], end[11], first_planned[11], week[11], next[11];
  guint v = 0, p = 0, d = 0;

  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  if (today != NULL)
    g_strlcpy (now, today, sizeof now);
  else
    format_today (now);
  if (!hip_week_of (now, week_start, this_week))
    g_return_val_if_reached (NULL);
  hip_week_add_days (this_week, 7, end);
  if (!first_week (store, n_weeks, this_week, week_start, first, error) ||
      !hip_store_first_planned_day (store, first_planned, error) ||
      (volumes = hip_store_week_volumes (store, first, end, week_start, error)) == NULL ||
      (pain = hip_store_week_pain (store, first, end, week_start, error)) == NULL ||
      (planned = hip_store_planned_days (store, first, end, error)) == NULL)
    return NULL;

  weeks = g_array_new (FALSE, TRUE, sizeof (HipProgressWeek));
  for (g_strlcpy (week, first, sizeof week); strcmp (week, end) < 0; g_strlcpy (week, next, 11))
    {
      HipProgressWeek one = blank_week (week);

      hip_week_add_days (week, 7, next);
      if (v < volumes->len && strcmp (g_array_index (volumes, HipWeekVolume, v).week, week) == 0)
        add_volume (&one, &g_array_index (volumes, HipWeekVolume, v++));
      if (p < pain->len && strcmp (g_array_index (pain, HipWeekPain, p).week, week) == 0)
        add_pain (&one, &g_array_index (pain, HipWeekPain, p++));
      one.planned = count_planned (planned, &d, first_planned, next);
      g_array_append_val (weeks, one);
    }
  return g_steal_pointer (&weeks);
}

/* Returns: (transfer full) (element-type HipExercisePoint) (nullable): for each workout with
 * @exercise_id from @from (YYYY-MM-DD, or %NULL for all), the heaviest load and the total
 * repetitions (or seconds) by side */
GArray *
hip_coach_exercise_progress (HipCoach    *self,
                             const char  *exercise_id,
                             const char  *from,
                             GError     **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  return hip_store_exercise_progress (hip_coach_get_store (self), exercise_id, from, NULL, error);
}

/* Returns: (transfer full) (element-type utf8) (nullable): the ids of the exercises the log
 * has sets of */
GPtrArray *
hip_coach_logged_exercises (HipCoach  *self,
                            GError   **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  return hip_store_logged_exercises (hip_coach_get_store (self), error);
}
