/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-stills.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_EXERCISE_CHOOSER (hip_exercise_chooser_get_type ())

G_DECLARE_FINAL_TYPE (HipExerciseChooser, hip_exercise_chooser, HIP, EXERCISE_CHOOSER, AdwWindow)

HipExerciseChooser *hip_exercise_chooser_new    (GtkWindow   *parent,
                                                 const char  *title,
                                                 GPtrArray   *exercises,
                                                 HipExercise *like,
                                                 HipStills   *stills);

G_END_DECLS
