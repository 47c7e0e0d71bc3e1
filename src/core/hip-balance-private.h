/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-balance beyond its public header. */
#pragma once

#include "hip-balance.h"

G_BEGIN_DECLS

gboolean    hip_balance_passes          (const HipBalance  *balance);

G_END_DECLS
