/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipCoach's side of the Patient-Specific Functional Scale (SCIENCE.md §9): the activities the
 * profile asks about, the weekly rating Today asks for (on the first training day of each
 * programme week, skippable), and the history Progress charts. Changes are said by
 * HipCoach::psfs-changed. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-coach-private.h"
#include "hip-psfs.h"
#include "hip-store.h"

/**
 * hip_coach_load_psfs_activities:
 *
 * Returns: (transfer full) (element-type HipPsfsActivity) (nullable): the activities asked
 *   about, by position (1–3; a position left empty has none)
 */
GPtrArray *
hip_coach_load_psfs_activities (HipCoach  *self,
                                GError   **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  return hip_store_load_psfs_activities (hip_coach_get_store (self), error);
}

static gboolean
same_activities (GPtrArray *a,
                 GPtrArray *b)
{
  if (a == NULL || b == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const HipPsfsActivity *x = a->pdata[i], *y = b->pdata[i];

      if (x->id != y->id || x->position != y->position)
        return FALSE;
    }
  return TRUE;
}

/* The names as stored: without spaces around them, and each short enough. */
static GStrv
clean_names (const char * const  *names,
             GError             **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));

      if (g_utf8_strlen (name, -1) > HIP_PSFS_MAX_NAME)
        {
          g_set_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                       g_dngettext (GETTEXT_PACKAGE,
                                    "An activity can have at most %u character: “%.40s…” has "
                                    "more",
                                    "An activity can have at most %u characters: “%.40s…” has "
                                    "more", HIP_PSFS_MAX_NAME),
                       HIP_PSFS_MAX_NAME, name);
          return NULL;
        }
      g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

/**
 * hip_coach_save_psfs_activities:
 * @names: (array zero-terminated=1): up to three activities that are hard because of the back,
 *   for positions 1–3; an empty one leaves its position empty
 * @today: YYYY-MM-DD: the day a new activity is added
 *
 * Saves the activities the weekly rating asks about. An activity is known by its name: asked
 * again, in any position, it keeps its ratings; left out, it keeps them too and is no longer
 * asked. Emits HipCoach::psfs-changed when what is asked changed.
 */
gboolean
hip_coach_save_psfs_activities (HipCoach            *self,
                                const char * const  *names,
                                const char          *today,
                                GError             **error)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_auto(GStrv) clean = NULL;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (names != NULL, FALSE);
  g_return_val_if_fail (g_strv_length ((char **) names) <= HIP_PSFS_MAX_ACTIVITIES, FALSE);

  clean = clean_names (names, error);
  if (clean == NULL)
    return FALSE;
  before = hip_store_load_psfs_activities (store, NULL);
  if (!hip_store_save_psfs_activities (store, (const char * const *) clean, today, error))
    return FALSE;
  after = hip_store_load_psfs_activities (store, NULL);
  if (!same_activities (before, after))
    hip_coach_emit_psfs_changed (self);
  return TRUE;
}

/* Whether any rating was saved, or the rating skipped, in the 7 days from @first. */
static gboolean
answered (HipStore    *store,
          const GDate *first)
{
  GDate end = *first;
  char from[11], to[11];
  gboolean done = TRUE;

  g_date_add_days (&end, 7);
  hip_log_format_day (first, from);
  hip_log_format_day (&end, to);
  /* When the store cannot say, do not ask: a question again and again is worse. */
  hip_store_psfs_answered (store, from, to, &done, NULL);
  return done;
}

/**
 * hip_coach_psfs_due:
 * @today: YYYY-MM-DD
 *
 * The weekly rating is due from the first training day of each week of the active programme
 * (the person's weeks: hip-calendar.c) to the end of that week, when there are activities to rate
 * and none was rated, nor the rating skipped, in that week.
 */
gboolean
hip_coach_psfs_due (HipCoach   *self,
                    const char *today)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GPtrArray) activities = NULL;
  HipPlan *plan = hip_coach_get_plan (self, NULL);
  GDate day, first, first_day;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (plan == NULL || !hip_log_parse_day (today, &day) ||
      !hip_psfs_week (plan, hip_coach_get_week_start (self), &day, &first, &first_day) ||
      g_date_compare (&day, &first_day) < 0)
    return FALSE;
  activities = hip_store_load_psfs_activities (store, NULL);
  if (activities == NULL || activities->len == 0)
    return FALSE;
  return !answered (store, &first);
}

/**
 * hip_coach_save_psfs_ratings:
 * @day: YYYY-MM-DD
 * @ratings: (array length=n_ratings): the activities' scores; one not given (%HIP_LOG_NONE)
 *   is unknown and is not stored
 *
 * Saves the week's rating (all or none) and emits HipCoach::psfs-changed.
 */
gboolean
hip_coach_save_psfs_ratings (HipCoach             *self,
                             const char           *day,
                             const HipPsfsRating  *ratings,
                             guint                 n_ratings,
                             GError              **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (!hip_store_save_psfs_ratings (hip_coach_get_store (self), day, ratings, n_ratings, error))
    return FALSE;
  hip_coach_emit_psfs_changed (self);
  return TRUE;
}

/**
 * hip_coach_skip_psfs:
 * @day: YYYY-MM-DD
 *
 * Skips the rating of the programme week @day is in: it is not asked again that week. Emits
 * HipCoach::psfs-changed.
 */
gboolean
hip_coach_skip_psfs (HipCoach    *self,
                     const char  *day,
                     GError     **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (!hip_store_skip_psfs (hip_coach_get_store (self), day, error))
    return FALSE;
  hip_coach_emit_psfs_changed (self);
  return TRUE;
}

/**
 * hip_coach_psfs_history:
 *
 * Returns: (transfer full) (element-type HipPsfsSeries) (nullable): each activity asked about,
 *   by position, with its ratings, oldest first
 */
GPtrArray *
hip_coach_psfs_history (HipCoach  *self,
                        GError   **error)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) history =
    g_ptr_array_new_with_free_func ((GDestroyNotify) hip_psfs_series_free);

  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  activities = hip_store_load_psfs_activities (store, error);
  if (activities == NULL)
    return NULL;
  for (guint i = 0; i < activities->len; i++)
    {
      HipPsfsSeries *series = g_new0 (HipPsfsSeries, 1);
      const HipPsfsActivity *activity = activities->pdata[i];

      g_ptr_array_add (history, series);
      series->points = hip_store_psfs_ratings (store, activity->id, error);
      if (series->points == NULL)
        return NULL;
      series->activity = g_steal_pointer (&activities->pdata[i]);
    }
  return g_steal_pointer (&history);
}
