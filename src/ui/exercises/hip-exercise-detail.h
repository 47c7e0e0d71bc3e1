/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_EXERCISE_DETAIL (hip_exercise_detail_get_type ())

G_DECLARE_FINAL_TYPE (HipExerciseDetail, hip_exercise_detail, HIP, EXERCISE_DETAIL, GtkWidget)

HipExercise  *hip_exercise_detail_get_exercise  (HipExerciseDetail *self);
void          hip_exercise_detail_set_exercise  (HipExerciseDetail *self,
                                                 HipExercise       *exercise);

G_END_DECLS
