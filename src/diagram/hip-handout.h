/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "hip-motion-library.h"
#include "hip-plan.h"

G_BEGIN_DECLS

#define HIP_HANDOUT_ERROR (hip_handout_error_quark ())

/* A4 in PostScript points: the headless PDF's paper. */
#define HIP_HANDOUT_A4_WIDTH  595.276
#define HIP_HANDOUT_A4_HEIGHT 841.890

typedef enum
{
  HIP_HANDOUT_ERROR_WEEK,
  HIP_HANDOUT_ERROR_EMPTY,
  HIP_HANDOUT_ERROR_WRITE,
} HipHandoutError;

/* What a printed handout shows: one week of a plan, a cover and a page per session. */
typedef struct
{
  const HipPlan    *plan;
  const char       *name;     /* the programme's name; NULL: a generic title */
  guint             week;     /* 1-based */
  HipMotionLibrary *motions;  /* the key-pose stills */
} HipHandout;

GQuark    hip_handout_error_quark (void);
guint     hip_handout_n_weeks     (const HipPlan     *plan);
gboolean  hip_handout_check       (const HipHandout  *handout,
                                   GError           **error);
guint     hip_handout_n_pages     (const HipHandout  *handout);
void      hip_handout_draw_page   (const HipHandout  *handout,
                                   cairo_t           *cr,
                                   double             width,
                                   double             height,
                                   guint              page);
gboolean  hip_handout_write_pdf   (const HipHandout  *handout,
                                   const char        *path,
                                   GError           **error);

G_END_DECLS
