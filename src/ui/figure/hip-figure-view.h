/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-motion.h"

G_BEGIN_DECLS

#define HIP_TYPE_FIGURE_VIEW (hip_figure_view_get_type ())

G_DECLARE_FINAL_TYPE (HipFigureView, hip_figure_view, HIP, FIGURE_VIEW, GtkWidget)

GtkWidget  *hip_figure_view_new           (void);
HipMotion  *hip_figure_view_get_motion    (HipFigureView *self);
void        hip_figure_view_set_motion    (HipFigureView *self,
                                           HipMotion     *motion);
double      hip_figure_view_get_time      (HipFigureView *self);
void        hip_figure_view_set_time      (HipFigureView *self,
                                           double         time);
gboolean    hip_figure_view_get_playing   (HipFigureView *self);
void        hip_figure_view_set_playing   (HipFigureView *self,
                                           gboolean       playing);
double      hip_figure_view_get_speed     (HipFigureView *self);
void        hip_figure_view_set_speed     (HipFigureView *self,
                                           double         speed);
gboolean    hip_figure_view_get_mirror    (HipFigureView *self);
void        hip_figure_view_set_mirror    (HipFigureView *self,
                                           gboolean       mirror);
void        hip_figure_view_set_camera    (HipFigureView *self,
                                           HipPlane       plane);
void        hip_figure_view_orbit         (HipFigureView *self,
                                           double         yaw,
                                           double         elevation);
const char *hip_figure_view_get_caption   (HipFigureView *self);
void        hip_figure_view_step_key      (HipFigureView *self,
                                           int            direction);

void            hip_figure_view_set_loop       (HipFigureView *self,
                                                double         from,
                                                double         to);

G_END_DECLS
