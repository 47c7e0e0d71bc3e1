/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_EXERCISE_CARD (hip_exercise_card_get_type ())

G_DECLARE_FINAL_TYPE (HipExerciseCard, hip_exercise_card, HIP, EXERCISE_CARD, GtkWidget)

HipExercise *hip_exercise_card_get_exercise (HipExerciseCard *self);
void         hip_exercise_card_set_exercise (HipExerciseCard *self,
                                             HipExercise     *exercise);

G_END_DECLS
