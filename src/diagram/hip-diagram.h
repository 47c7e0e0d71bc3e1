/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-figure.h"
#include "hip-motion.h"

G_BEGIN_DECLS

#define HIP_DIAGRAM_ERROR (hip_diagram_error_quark ())

typedef enum
{
  HIP_DIAGRAM_FORMAT_SVG,
  HIP_DIAGRAM_FORMAT_PNG,
  HIP_DIAGRAM_FORMAT_ANIMATED_SVG,
} HipDiagramFormat;

typedef enum
{
  HIP_DIAGRAM_ERROR_FORMAT,
  HIP_DIAGRAM_ERROR_RENDER,
} HipDiagramError;

/* How a diagram is drawn (the view, the side and the colours) and what its file says it is. */
typedef struct
{
  HipCamera   camera;
  gboolean    mirror;
  gboolean    dark;
  const char *title;    /* the exercise's name; NULL: the motion's id */
  guint       planes;   /* the exercise's planes, 1 << HipPlane each; 0: the motion's */
} HipDiagramView;

GQuark    hip_diagram_error_quark      (void);
gboolean  hip_diagram_format_from_name (const char            *name,
                                        HipDiagramFormat      *format);
void      hip_diagram_view_init        (HipDiagramView        *view,
                                        HipMotion             *motion);
char     *hip_diagram_still_svg        (HipMotion             *motion,
                                        const HipDiagramView  *view,
                                        double                 time,
                                        int                    size);
char     *hip_diagram_still_figure_svg (HipMotion             *motion,
                                        const HipDiagramView  *view,
                                        double                 time,
                                        int                    size);
char     *hip_diagram_animated_svg     (HipMotion             *motion,
                                        const HipDiagramView  *view,
                                        int                    size);
gboolean  hip_diagram_export           (HipMotion             *motion,
                                        const HipDiagramView  *view,
                                        HipDiagramFormat       format,
                                        double                 time,
                                        int                    size,
                                        const char            *path,
                                        GError               **error);

G_END_DECLS
