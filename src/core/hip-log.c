/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workout log's records: a workout, its sets, and the one form of a time they are kept in.
 * The store (hip-store-log.c) and the CSV (hip-csv.c) both build them. */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "hip-log.h"

/* Times are stored as local ISO 8601 with a full offset ("+01:00", never GLib's "+01") and a
 * four-digit year (GLib's %Y does not pad one before 1000), which SQLite's date functions read,
 * and whose first ten characters are the person's own day. */
char *
hip_log_format_time (GDateTime *time)
{
  g_autofree char *rest = g_date_time_format (time, "-%m-%dT%H:%M:%S%:z");

  return g_strdup_printf ("%04d%s", g_date_time_get_year (time), rest);
}

/* Returns: (transfer full) (nullable): @iso8601 in the stored form, or %NULL when it is not
 *   a date and time */
char *
hip_log_normalize_time (const char *iso8601)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso8601, NULL);

  return time != NULL ? hip_log_format_time (time) : NULL;
}

/**
 * hip_log_parse_day:
 * @text: (nullable): a day, or a time, that begins YYYY-MM-DD
 * @date: (out caller-allocates): the day; cleared when @text is not one
 *
 * Returns: whether @text begins with a valid day
 */
gboolean
hip_log_parse_day (const char *text,
                   GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* @date as YYYY-MM-DD into @day, or "" when it is not valid. */
void
hip_log_format_day (const GDate *date,
                    char         day[11])
{
  day[0] = '\0';
  if (g_date_valid (date))
    g_snprintf (day, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                g_date_get_day (date));
}

/* Counts score @score (0–10) @times times; an unknown score (HIP_LOG_NONE) is not counted. */
void
hip_pain_tally_add (HipPainTally *tally,
                    int           score,
                    guint         times)
{
  if (score < 0 || score > 10)
    return;
  tally->counts[score] += times;
}

guint
hip_pain_tally_count (const HipPainTally *tally)
{
  guint n = 0;

  for (guint s = 0; s <= 10; s++)
    n += tally->counts[s];
  return n;
}

/* The score at (0-based) rank @rank of the sorted scores. */
static int
score_at (const HipPainTally *tally,
          guint               rank)
{
  for (guint s = 0; s <= 10; s++)
    {
      if (rank < tally->counts[s])
        return s;
      rank -= tally->counts[s];
    }
  g_assert_not_reached ();
}

/* Returns: the median of the scores counted (between the middle two of an even number), or
 *   NAN when none was */
double
hip_pain_tally_median (const HipPainTally *tally)
{
  guint n = hip_pain_tally_count (tally);

  if (n == 0)
    return NAN;
  if (n % 2 == 1)
    return score_at (tally, n / 2);
  return (score_at (tally, n / 2 - 1) + score_at (tally, n / 2)) / 2.0;
}

/* Returns: the highest score counted, or HIP_LOG_NONE when none was */
int
hip_pain_tally_worst (const HipPainTally *tally)
{
  for (int s = 10; s >= 0; s--)
    if (tally->counts[s] > 0)
      return s;
  return HIP_LOG_NONE;
}

HipLoggedSet *
hip_logged_set_new (void)
{
  HipLoggedSet *set = g_new0 (HipLoggedSet, 1);

  set->load = HIP_LOG_NONE;
  set->effort = HIP_LOG_NONE;
  set->pain = HIP_LOG_NONE;
  return set;
}

HipLoggedSet *
hip_logged_set_copy (const HipLoggedSet *set)
{
  HipLoggedSet *copy = g_memdup2 (set, sizeof *set);

  copy->exercise_id = g_strdup (set->exercise_id);
  return copy;
}

void
hip_logged_set_free (HipLoggedSet *set)
{
  if (set == NULL)
    return;
  g_free (set->exercise_id);
  g_free (set);
}

HipWorkout *
hip_workout_new (void)
{
  HipWorkout *workout = g_new0 (HipWorkout, 1);

  workout->pain_before = HIP_LOG_NONE;
  workout->pain_after = HIP_LOG_NONE;
  return workout;
}

void
hip_workout_free (HipWorkout *workout)
{
  if (workout == NULL)
    return;
  g_free (workout->started);
  g_free (workout->finished);
  g_clear_pointer (&workout->sets, g_ptr_array_unref);
  g_free (workout);
}
