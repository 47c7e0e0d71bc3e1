/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-profile.h"

G_BEGIN_DECLS

void hip_test_random_profile (GRand      *rand,
                              HipProfile *profile);

G_END_DECLS
