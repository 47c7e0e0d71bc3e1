/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What hip-adapt.c shares with hip-adapt-plan.c. */
#pragma once

#include "hip-adapt.h"

G_BEGIN_DECLS

HipExercise *hip_adapt_lookup       (GListModel         *exercises,
                                     const char         *id);
HipExercise *hip_adapt_ladder_step  (GListModel         *exercises,
                                     const HipProfile   *profile,
                                     const char * const *ladder);
double       hip_adapt_lighter_load (double              load,
                                     const HipProfile   *profile);

G_END_DECLS
