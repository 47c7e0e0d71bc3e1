/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "hip-exercise.h"
#include "hip-exercise-filter.h"
#include "hip-exercise-query.h"

/**
 * HipExerciseFilter:
 *
 * A #GtkFilter that lets through the exercises a #HipExerciseQuery matches; the matching itself
 * lives in the model so that it is tested without a display.
 */
struct _HipExerciseFilter
{
  GtkFilter         parent_instance;

  HipExerciseQuery *query;
};

G_DEFINE_FINAL_TYPE (HipExerciseFilter, hip_exercise_filter, GTK_TYPE_FILTER)

static gboolean
hip_exercise_filter_match (GtkFilter *filter,
                           gpointer   item)
{
  HipExerciseFilter *self = HIP_EXERCISE_FILTER (filter);

  return hip_exercise_query_matches (self->query, HIP_EXERCISE (item));
}

static GtkFilterMatch
hip_exercise_filter_get_strictness (GtkFilter *filter)
{
  HipExerciseFilter *self = HIP_EXERCISE_FILTER (filter);
  const char *text = hip_exercise_query_get_text (self->query);

  if (hip_exercise_query_get_n_filters (self->query) == 0 && (text == NULL || *text == '\0'))
    return GTK_FILTER_MATCH_ALL;
  return GTK_FILTER_MATCH_SOME;
}

static void
query_changed_cb (HipExerciseFilter *self)
{
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
hip_exercise_filter_dispose (GObject *object)
{
  HipExerciseFilter *self = (HipExerciseFilter *) object;

  g_clear_object (&self->query);

  G_OBJECT_CLASS (hip_exercise_filter_parent_class)->dispose (object);
}

static void
hip_exercise_filter_class_init (HipExerciseFilterClass *klass)
{
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hip_exercise_filter_dispose;
  filter_class->match = hip_exercise_filter_match;
  filter_class->get_strictness = hip_exercise_filter_get_strictness;
}

static void
hip_exercise_filter_init (HipExerciseFilter *self)
{
}

HipExerciseFilter *
hip_exercise_filter_new (HipExerciseQuery *query)
{
  HipExerciseFilter *self;

  g_return_val_if_fail (HIP_IS_EXERCISE_QUERY (query), NULL);

  self = g_object_new (HIP_TYPE_EXERCISE_FILTER, NULL);
  self->query = g_object_ref (query);
  /* Any property of the query (text or a facet) changes what matches. */
  g_signal_connect_object (query, "notify", G_CALLBACK (query_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

HipExerciseQuery *
hip_exercise_filter_get_query (HipExerciseFilter *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_FILTER (self), NULL);
  return self->query;
}
