/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-balance-wheel beyond its public header. */
#pragma once

#include "hip-balance-wheel.h"

G_BEGIN_DECLS

double     hip_balance_wheel_get_volume  (HipBalanceWheel  *self,
                                          HipAction         action);

G_END_DECLS
