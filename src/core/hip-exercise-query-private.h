/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-exercise-query beyond its public header. */
#pragma once

#include "hip-exercise-query.h"

G_BEGIN_DECLS

int               hip_exercise_query_get_filter       (HipExerciseQuery *self,
                                                       const char       *property);

G_END_DECLS
