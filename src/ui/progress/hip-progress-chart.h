/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HIP_TYPE_PROGRESS_CHART (hip_progress_chart_get_type ())

G_DECLARE_FINAL_TYPE (HipProgressChart, hip_progress_chart, HIP, PROGRESS_CHART, GtkWidget)

GtkWidget *hip_progress_chart_new          (void);
void       hip_progress_chart_set_data     (HipProgressChart *self,
                                            const char       *title,
                                            GPtrArray        *labels,
                                            GPtrArray        *names,
                                            GPtrArray        *series,
                                            const char       *unit,
                                            gboolean          bars);
void       hip_progress_chart_set_maximum  (HipProgressChart *self,
                                            double            maximum);
void       hip_progress_chart_select       (HipProgressChart *self,
                                            int               point);
int        hip_progress_chart_get_selected (HipProgressChart *self);
char      *hip_progress_chart_format_table (HipProgressChart *self);

G_END_DECLS
