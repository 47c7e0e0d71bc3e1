/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-figure-view beyond its public header. */
#pragma once

#include "hip-figure-view.h"

G_BEGIN_DECLS

guint64     hip_figure_view_get_n_frames  (HipFigureView *self);

G_END_DECLS
