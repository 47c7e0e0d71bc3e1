/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the files HipCoach is written in. */
#pragma once

#include "hip-coach.h"

G_BEGIN_DECLS

void hip_coach_emit_log_changed (HipCoach *self);

G_END_DECLS
