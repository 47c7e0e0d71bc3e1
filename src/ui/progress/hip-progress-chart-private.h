/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-progress-chart beyond its public header. */
#pragma once

#include "hip-progress-chart.h"

G_BEGIN_DECLS

double  hip_progress_chart_get_value         (HipProgressChart *self,
                                              guint             series,
                                              guint             point);
void    hip_progress_chart_get_axis          (HipProgressChart *self,
                                              double           *top,
                                              double           *step);
void    hip_progress_chart_get_plot_area     (HipProgressChart *self,
                                              graphene_rect_t  *area);
void    hip_progress_chart_get_series_colour (HipProgressChart *self,
                                              guint             series,
                                              GdkRGBA          *colour);
GArray *hip_progress_chart_get_ticks         (HipProgressChart *self);

G_END_DECLS
