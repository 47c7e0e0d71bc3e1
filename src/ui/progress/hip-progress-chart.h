/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HIP_TYPE_PROGRESS_CHART (hip_progress_chart_get_type ())

G_DECLARE_FINAL_TYPE (HipProgressChart, hip_progress_chart, HIP, PROGRESS_CHART, GtkWidget)

GtkWidget  *hip_progress_chart_new             (void);
void        hip_progress_chart_set_data        (HipProgressChart   *self,
                                                const char         *title,
                                                GPtrArray          *labels,
                                                GPtrArray          *names,
                                                GPtrArray          *series,
                                                const char         *unit,
                                                gboolean            bars);
void        hip_progress_chart_set_dates       (HipProgressChart   *self,
                                                GArray             *dates);
void        hip_progress_chart_set_maximum     (HipProgressChart   *self,
                                                double              maximum);
void        hip_progress_chart_set_integer     (HipProgressChart   *self,
                                                gboolean            integer);
void        hip_progress_chart_set_digits      (HipProgressChart   *self,
                                                guint               digits);
void        hip_progress_chart_set_colours     (HipProgressChart   *self,
                                                const char * const *colours);
void        hip_progress_chart_select          (HipProgressChart   *self,
                                                int                 point);
int         hip_progress_chart_get_selected    (HipProgressChart   *self);
guint       hip_progress_chart_get_n_points    (HipProgressChart   *self);
guint       hip_progress_chart_get_n_series    (HipProgressChart   *self);
const char *hip_progress_chart_get_label       (HipProgressChart   *self,
                                                guint               point);
const char *hip_progress_chart_get_series_name (HipProgressChart   *self,
                                                guint               series);
const char *hip_progress_chart_get_unit        (HipProgressChart   *self);
char       *hip_progress_chart_format_value    (HipProgressChart   *self,
                                                guint               series,
                                                guint               point);
char       *hip_progress_chart_format_table    (HipProgressChart   *self);

G_END_DECLS
