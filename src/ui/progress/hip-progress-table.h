/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-progress-chart.h"

G_BEGIN_DECLS

#define HIP_TYPE_PROGRESS_TABLE (hip_progress_table_get_type ())

G_DECLARE_FINAL_TYPE (HipProgressTable, hip_progress_table, HIP, PROGRESS_TABLE, GtkWidget)

GtkWidget     *hip_progress_table_new      (void);
void           hip_progress_table_show     (HipProgressTable *self,
                                            HipProgressChart *chart,
                                            const char       *points_title);
GtkColumnView *hip_progress_table_get_view (HipProgressTable *self);

G_END_DECLS
