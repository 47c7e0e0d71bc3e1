/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For the code that builds plans (the planner, the store): containers that free their items. */
#pragma once

#include "hip-plan.h"

G_BEGIN_DECLS

GPtrArray *hip_session_new_items (void);
GPtrArray *hip_plan_new_sessions (void);

G_END_DECLS
