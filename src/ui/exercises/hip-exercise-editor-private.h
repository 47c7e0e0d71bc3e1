/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For the tests: the editor's fields, to fill in as a person does. */
#pragma once

#include "hip-exercise-editor.h"

G_BEGIN_DECLS

GtkEditable *hip_exercise_editor_get_name_row   (HipExerciseEditor *self);
GtkTextView *hip_exercise_editor_get_steps_view (HipExerciseEditor *self);
AdwComboRow *hip_exercise_editor_get_action_row (HipExerciseEditor *self,
                                                 HipAction          action);
AdwComboRow *hip_exercise_editor_get_muscle_row (HipExerciseEditor *self,
                                                 HipMuscle          muscle);
AdwComboRow *hip_exercise_editor_get_motion_row (HipExerciseEditor *self);
GtkCheckButton *hip_exercise_editor_get_plane_check (HipExerciseEditor *self,
                                                     HipPlane           plane);
const char  *hip_exercise_editor_get_problem    (HipExerciseEditor *self);

G_END_DECLS
