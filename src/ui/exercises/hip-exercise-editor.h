/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-coach.h"
#include "hip-stills.h"

G_BEGIN_DECLS

#define HIP_TYPE_EXERCISE_EDITOR (hip_exercise_editor_get_type ())

G_DECLARE_FINAL_TYPE (HipExerciseEditor, hip_exercise_editor, HIP, EXERCISE_EDITOR, AdwWindow)

HipExerciseEditor *hip_exercise_editor_new          (GtkWindow         *parent,
                                                     HipCoach          *coach,
                                                     HipStills         *stills,
                                                     HipExercise       *exercise);
HipExercise       *hip_exercise_editor_get_exercise (HipExerciseEditor *self);

G_END_DECLS
