/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-muscle-map beyond its public header. */
#pragma once

#include "hip-muscle-map.h"

G_BEGIN_DECLS

int  hip_muscle_map_get_focused   (HipMuscleMap *self);

G_END_DECLS
