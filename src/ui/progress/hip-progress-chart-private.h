/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-progress-chart beyond its public header. */
#pragma once

#include "hip-progress-chart.h"

G_BEGIN_DECLS

guint      hip_progress_chart_get_n_points (HipProgressChart *self);

G_END_DECLS
