/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_MUSCLE_MAP (hip_muscle_map_get_type ())

G_DECLARE_FINAL_TYPE (HipMuscleMap, hip_muscle_map, HIP, MUSCLE_MAP, GtkWidget)

void hip_muscle_map_set_exercise  (HipMuscleMap *self,
                                   HipExercise  *exercise);
int  hip_muscle_map_muscle_at     (HipMuscleMap *self,
                                   double        x,
                                   double        y);

G_END_DECLS
