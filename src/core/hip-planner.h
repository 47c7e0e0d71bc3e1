/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-plan.h"

G_BEGIN_DECLS

HipPlan *hip_planner_generate (const HipProfile *profile,
                               GListModel       *exercises);

G_END_DECLS
