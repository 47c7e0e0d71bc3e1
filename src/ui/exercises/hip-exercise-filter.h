/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_EXERCISE_FILTER (hip_exercise_filter_get_type ())

G_DECLARE_FINAL_TYPE (HipExerciseFilter, hip_exercise_filter, HIP, EXERCISE_FILTER, GtkFilter)

HipExerciseFilter *hip_exercise_filter_new        (HipExerciseQuery  *query);
HipExerciseQuery  *hip_exercise_filter_get_query  (HipExerciseFilter *self);

G_END_DECLS
