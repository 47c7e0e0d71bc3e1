/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-plan.h"

G_BEGIN_DECLS

HipPlan *hip_planner_generate    (const HipProfile *profile,
                                  GListModel       *exercises);
gboolean hip_planner_allows      (const HipProfile *profile,
                                  HipExercise      *exercise);
HipPart  hip_planner_part_for    (HipExercise      *exercise);
guint    hip_planner_find_exempt (const HipProfile *profile,
                                  GListModel       *exercises,
                                  gboolean         *no_core);
gboolean hip_planner_refit_week  (const HipProfile *profile,
                                  GListModel       *exercises,
                                  HipPlan          *plan,
                                  guint             week);
void     hip_planner_get_set_range (const HipProfile *profile,
                                    guint             week,
                                    guint            *lo,
                                    guint            *hi);
void     hip_planner_dose        (const HipProfile *profile,
                                  guint             week,
                                  HipPrescription  *prescription);

G_END_DECLS
