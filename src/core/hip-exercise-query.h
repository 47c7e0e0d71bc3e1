/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-types.h"

G_BEGIN_DECLS

/* The value of a filter property that lets everything through. */
#define HIP_QUERY_ANY (-1)

#define HIP_TYPE_EXERCISE_QUERY (hip_exercise_query_get_type ())

G_DECLARE_FINAL_TYPE (HipExerciseQuery, hip_exercise_query, HIP, EXERCISE_QUERY, GObject)

HipExerciseQuery *hip_exercise_query_new              (void);
const char       *hip_exercise_query_get_text         (HipExerciseQuery *self);
void              hip_exercise_query_set_text         (HipExerciseQuery *self,
                                                       const char       *text);
guint             hip_exercise_query_get_n_filters    (HipExerciseQuery *self);
void              hip_exercise_query_clear_filters    (HipExerciseQuery *self);
gboolean          hip_exercise_query_matches          (HipExerciseQuery *self,
                                                       HipExercise      *exercise);

G_END_DECLS
