/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-exercise.h"

G_BEGIN_DECLS

typedef struct _HipExerciseNames HipExerciseNames;

HipExerciseNames *hip_exercise_names_new       (void);
void              hip_exercise_names_free      (HipExerciseNames *self);
void              hip_exercise_names_add       (HipExerciseNames *self,
                                                HipExercise      *exercise);
const char       *hip_exercise_names_lookup    (HipExerciseNames *self,
                                                const char       *their_name);
const char       *hip_exercise_names_get_name  (HipExerciseNames *self,
                                                const char       *id);
char             *hip_exercise_names_normalize (const char       *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipExerciseNames, hip_exercise_names_free)

G_END_DECLS
