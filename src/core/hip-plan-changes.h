/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-log.h"
#include "hip-plan.h"

G_BEGIN_DECLS

GPtrArray *hip_plan_describe_changes (const HipPlan *before,
                                      const HipPlan *after);
guint      hip_plan_count_changed_sessions (const HipPlan *before,
                                      const HipPlan *after);
guint      hip_plan_replace_coming   (HipPlan       *plan,
                                      const HipPlan *fresh,
                                      GPtrArray     *workouts,
                                      gint64         programme_id);

G_END_DECLS
