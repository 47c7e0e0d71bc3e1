/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A label along a chart's time axis. */
typedef struct
{
  guint   point;    /* the point it marks */
  double  x;        /* where the point is */
  double  left;     /* where its label starts: inside the chart, never cut at an edge */
  double  width;
  char   *text;
} HipTick;

GArray *hip_progress_ticks_place (GtkWidget    *widget,
                                  const GDate  *dates,
                                  const double *xs,
                                  guint         n,
                                  double        min_x,
                                  double        max_x);

GArray *hip_progress_ticks_from_labels (GtkWidget          *widget,
                                        const char * const *labels,
                                        const double       *xs,
                                        guint               n,
                                        double              min_x,
                                        double              max_x);

G_END_DECLS
