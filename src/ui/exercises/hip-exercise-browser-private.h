/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-exercise-browser beyond its public header. */
#pragma once

#include "hip-exercise-browser.h"

G_BEGIN_DECLS

GListModel       *hip_exercise_browser_get_results    (HipExerciseBrowser *self);

G_END_DECLS
