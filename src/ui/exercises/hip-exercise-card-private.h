/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-exercise-card beyond its public header. */
#pragma once

#include "hip-exercise-card.h"

G_BEGIN_DECLS

GStrv    hip_exercise_card_dup_chips (HipExerciseCard *self);
gboolean hip_exercise_card_name_fits (HipExerciseCard *self);

G_END_DECLS
