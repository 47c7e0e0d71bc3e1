/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_EXERCISE_BROWSER (hip_exercise_browser_get_type ())

G_DECLARE_FINAL_TYPE (HipExerciseBrowser, hip_exercise_browser, HIP, EXERCISE_BROWSER, GtkWidget)

HipExerciseQuery *hip_exercise_browser_get_query      (HipExerciseBrowser *self);
void              hip_exercise_browser_focus_search   (HipExerciseBrowser *self);
void              hip_exercise_browser_focus_results  (HipExerciseBrowser *self);

G_END_DECLS
