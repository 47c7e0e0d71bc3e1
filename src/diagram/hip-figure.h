/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "hip-motion.h"
#include "hip-rig.h"

G_BEGIN_DECLS

/* An orthographic camera: yaw around the vertical axis (0 looks at the figure's front, −90 at its
 * right side) and elevation above the horizon, both in degrees. */
typedef struct
{
  double yaw;
  double elevation;
} HipCamera;

/* Where the figure sits in the picture: a centre in camera units and metres-to-pixels per unit
 * of picture size. Computed once per motion and camera, so the figure does not jump. */
typedef struct
{
  double cx, cy;
  double extent;        /* metres shown across the picture */
  HipVec3 origin;       /* under the pelvis' mean position: the floor and plane sheet's centre */
  double heading;       /* the body's heading at t = 0: the plane sheet's orientation */
} HipFraming;

typedef struct
{
  double r, g, b, a;
} HipColor;

typedef struct
{
  HipColor body;
  HipColor body_far;
  HipColor effort;
  HipColor floor;
  HipColor paper;     /* behind exported pictures */
  HipColor planes[HIP_N_PLANES];
} HipFigureStyle;

typedef enum
{
  HIP_FIGURE_ITEM_BONE,
  HIP_FIGURE_ITEM_HEAD,
  HIP_FIGURE_ITEM_MUSCLE,
} HipFigureItemKind;

/* One projected shape of the body, in pixels. */
typedef struct
{
  HipFigureItemKind kind;
  double            depth;     /* towards the viewer */
  double            x1, y1, x2, y2;
  double            radius;
  gboolean          far;       /* a limb of the side away from the camera */
  double            effort;    /* muscles: 0…1 */
  guint             index;     /* position in the unsorted list */
} HipFigureItem;

/* The body's drawing order from @time until the next order of a timeline. */
typedef struct
{
  double  time;
  GArray *items;               /* HipFigureItem, as hip_figure_draw_order() gives them */
} HipFigureOrder;

void        hip_camera_for_plane          (HipPlane               plane,
                                           HipCamera             *camera);
HipPlane    hip_figure_readable_plane     (HipMotion             *motion);
void        hip_figure_style_init         (HipFigureStyle        *style,
                                           gboolean               dark);
void        hip_figure_frame_motion       (HipMotion             *motion,
                                           const HipCamera       *camera,
                                           gboolean               mirror,
                                           HipFraming            *framing);
void        hip_figure_frame_move         (HipMotion             *motion,
                                           const HipMotionState  *state,
                                           gboolean               mirror,
                                           const HipFraming      *framing,
                                           HipFraming            *move_framing);
void        hip_figure_frame_skeleton     (const HipSkeleton     *skeleton,
                                           const HipCamera       *camera,
                                           HipFraming            *framing);
void        hip_figure_project            (const HipCamera       *camera,
                                           const HipFraming      *framing,
                                           int                    size,
                                           const HipVec3         *point,
                                           double                *x,
                                           double                *y,
                                           double                *depth);
void        hip_figure_mirror             (HipSkeleton           *skeleton);
void        hip_figure_write_background   (GString               *svg,
                                           const HipCamera       *camera,
                                           const HipFraming      *framing,
                                           const HipFigureStyle  *style,
                                           HipPlane               plane,
                                           int                    size);
void        hip_figure_write_body         (GString               *svg,
                                           const HipSkeleton     *skeleton,
                                           const double          *efforts,
                                           const HipCamera       *camera,
                                           const HipFraming      *framing,
                                           const HipFigureStyle  *style,
                                           int                    size);
void        hip_figure_collect_body       (const HipSkeleton     *skeleton,
                                           const double          *efforts,
                                           gboolean               all_muscles,
                                           const HipCamera       *camera,
                                           const HipFraming      *framing,
                                           int                    size,
                                           GArray                *items);
void        hip_figure_draw_order         (GArray                *items,
                                           GArray                *order);
void        hip_figure_write_animated_body (GString              *svg,
                                           GArray               **frames,
                                           guint                  n_frames,
                                           GArray                *orders,
                                           double                 duration,
                                           const HipFigureStyle  *style);
void        hip_figure_append_switch      (GString               *svg,
                                           const double          *times,
                                           const guint8          *shown,
                                           guint                  n,
                                           double                 duration);
void        hip_figure_write_labels       (GString               *svg,
                                           const HipMotionState  *state,
                                           const HipFigureStyle  *style,
                                           int                    size);
void        hip_figure_svg_open           (GString               *svg,
                                           int                    size);
void        hip_figure_write_title        (GString               *svg,
                                           const char            *title,
                                           const char            *desc);
void        hip_figure_write_paper        (GString               *svg,
                                           const HipFigureStyle  *style,
                                           int                    size);
void        hip_figure_svg_close          (GString               *svg);
gboolean    hip_figure_render_svg         (const char            *svg,
                                           gsize                  length,
                                           cairo_t               *cr,
                                           int                    size,
                                           GError               **error);

G_END_DECLS
