/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What hip-figure.c shares with hip-figure-animation.c, which writes the same shapes. */
#pragma once

#include "hip-figure.h"

G_BEGIN_DECLS

void        hip_figure_append_number      (GString               *svg,
                                           double                 value);
void        hip_figure_append_shape       (GString               *svg,
                                           const HipFigureItem   *item);
void        hip_figure_append_paint       (GString               *svg,
                                           const HipFigureItem   *item,
                                           const HipFigureStyle  *style,
                                           gboolean               with_tint);
double      hip_figure_muscle_tint        (double                 effort);

G_END_DECLS
