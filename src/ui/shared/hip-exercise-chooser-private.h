/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-exercise-chooser beyond its public header. */
#pragma once

#include "hip-exercise-chooser.h"

G_BEGIN_DECLS

void                hip_exercise_chooser_choose (HipExerciseChooser *self,
                                                 guint               index);

G_END_DECLS
