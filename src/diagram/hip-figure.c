/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Turns a skeleton into SVG: camera projection, depth order, the tinted working muscles, the
 * floor and the plane of motion. The picture is built as text so that the same writer serves the
 * player, still exports and the self-animating export; librsvg renders it. */

#include "config.h"

#include <math.h>
#include <librsvg/rsvg.h>
#include <glib/gi18n-lib.h>

#include "hip-figure.h"
#include "hip-figure-private.h"
#include "hip-vocabulary.h"

#define FRAMING_SAMPLES 48
#define MIN_EXTENT      2.0
#define MARGIN          0.35
#define SHEET_HALF      0.9
#define SHEET_HEIGHT    1.9

void
hip_camera_for_plane (HipPlane   plane,
                      HipCamera *camera)
{
  switch (plane)
    {
    case HIP_PLANE_SAGITTAL:   /* from the side: forward is to the right */
      *camera = (HipCamera) { -90, 8 };
      break;
    case HIP_PLANE_FRONTAL:    /* from the front */
      *camera = (HipCamera) { 0, 8 };
      break;
    case HIP_PLANE_TRANSVERSE: /* from above and in front, to see the turn */
    default:
      *camera = (HipCamera) { -25, 40 };
      break;
    }
}

static HipColor
rgba (guint32 rgb,
      double  alpha)
{
  return (HipColor) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                      (rgb & 0xff) / 255.0, alpha };
}

/* Colours from the GNOME palette; the plane colours match the badges in the browser. */
void
hip_figure_style_init (HipFigureStyle *style,
                       gboolean        dark)
{
  style->body = dark ? rgba (0xdeddda, 1) : rgba (0x3d3846, 1);
  style->body_far = dark ? rgba (0x77767b, 1) : rgba (0xa8a6ab, 1);
  style->effort = dark ? rgba (0xff7800, 1) : rgba (0xe01b24, 1);
  style->floor = dark ? rgba (0xffffff, 0.06) : rgba (0x000000, 0.06);
  style->paper = dark ? rgba (0x242424, 1) : rgba (0xfafafa, 1);
  style->planes[HIP_PLANE_SAGITTAL] = rgba (0x3584e4, 1);
  style->planes[HIP_PLANE_FRONTAL] = rgba (0x2ec27e, 1);
  style->planes[HIP_PLANE_TRANSVERSE] = rgba (0xff7800, 1);
}

/* Camera space: x to the right, y up, depth towards the viewer. */
static void
to_camera (const HipCamera *camera,
           const HipVec3   *p,
           double          *x,
           double          *y,
           double          *depth)
{
  double yaw = camera->yaw * G_PI / 180, elevation = camera->elevation * G_PI / 180;
  double xr = p->x * cos (yaw) - p->z * sin (yaw);
  double zr = p->x * sin (yaw) + p->z * cos (yaw);

  *x = xr;
  *y = p->y * cos (elevation) - zr * sin (elevation);
  *depth = p->y * sin (elevation) + zr * cos (elevation);
}

void
hip_figure_project (const HipCamera  *camera,
                    const HipFraming *framing,
                    int               size,
                    const HipVec3    *point,
                    double           *x,
                    double           *y,
                    double           *depth)
{
  double cx, cy, d, scale = size / framing->extent;

  to_camera (camera, point, &cx, &cy, &d);
  *x = size / 2.0 + (cx - framing->cx) * scale;
  *y = size / 2.0 - (cy - framing->cy) * scale;
  if (depth != NULL)
    *depth = d;
}

/* Left becomes right: for showing a one-sided exercise on the other side. The joints change
 * sides too, so that the body still faces forward (a reflection alone turns it inside out: its
 * muscles then show on the wrong face) and the leg that moves is the left one. */
void
hip_figure_mirror (HipSkeleton *skeleton)
{
  static const HipJoint pairs[][2] = {
    { HIP_JOINT_SHOULDER_L, HIP_JOINT_SHOULDER_R }, { HIP_JOINT_ELBOW_L, HIP_JOINT_ELBOW_R },
    { HIP_JOINT_HAND_L, HIP_JOINT_HAND_R }, { HIP_JOINT_HIP_L, HIP_JOINT_HIP_R },
    { HIP_JOINT_KNEE_L, HIP_JOINT_KNEE_R }, { HIP_JOINT_ANKLE_L, HIP_JOINT_ANKLE_R },
    { HIP_JOINT_TOE_L, HIP_JOINT_TOE_R },
  };

  for (guint j = 0; j < HIP_N_JOINTS; j++)
    skeleton->joints[j].x = -skeleton->joints[j].x;
  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      HipVec3 left = skeleton->joints[pairs[p][0]];

      skeleton->joints[pairs[p][0]] = skeleton->joints[pairs[p][1]];
      skeleton->joints[pairs[p][1]] = left;
    }
}

static void
evaluate (HipMotion   *motion,
          double       time,
          gboolean     mirror,
          HipSkeleton *skeleton,
          HipPose     *pose)
{
  hip_motion_evaluate (motion, time, pose, NULL);
  hip_rig_solve (pose, skeleton);
  if (mirror)
    hip_figure_mirror (skeleton);
}

/**
 * hip_figure_frame_motion:
 * @motion: the motion
 * @camera: the view
 * @mirror: whether the figure is mirrored
 * @framing: (out): a framing that keeps the whole motion in the picture
 */
void
hip_figure_frame_motion (HipMotion       *motion,
                         const HipCamera *camera,
                         gboolean         mirror,
                         HipFraming      *framing)
{
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double duration = hip_motion_get_duration (motion);
  HipVec3 mean = { 0, 0, 0 };
  HipSkeleton skeleton;
  HipPose pose;

  for (guint i = 0; i < FRAMING_SAMPLES; i++)
    {
      evaluate (motion, duration * i / FRAMING_SAMPLES, mirror, &skeleton, &pose);
      if (i == 0)
        framing->heading = (mirror ? -1 : 1) * pose.dof[HIP_DOF_ROOT_YAW];
      mean.x += skeleton.joints[HIP_JOINT_PELVIS].x / FRAMING_SAMPLES;
      mean.z += skeleton.joints[HIP_JOINT_PELVIS].z / FRAMING_SAMPLES;
      for (guint j = 0; j < HIP_N_JOINTS; j++)
        {
          double x, y, depth;

          to_camera (camera, &skeleton.joints[j], &x, &y, &depth);
          min_x = MIN (min_x, x);
          max_x = MAX (max_x, x);
          min_y = MIN (min_y, y);
          max_y = MAX (max_y, y);
        }
    }

  /* The floor and the plane sheet sit under the middle of the movement. */
  framing->origin = mean;
  framing->cx = (min_x + max_x) / 2;
  framing->cy = (min_y + max_y) / 2;
  framing->extent = MAX (MAX (max_x - min_x, max_y - min_y), MIN_EXTENT) + 2 * MARGIN;
}

/* How large the body looks through @camera over @motion's loop: a body lying along the line of
 * sight is a small blob, however it moves. */
static double
picture_size (HipMotion       *motion,
              const HipCamera *camera)
{
  double duration = hip_motion_get_duration (motion), size = 0;
  const guint samples = 16;
  HipSkeleton skeleton;
  HipPose pose;

  for (guint i = 0; i < samples; i++)
    {
      double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

      evaluate (motion, duration * i / samples, FALSE, &skeleton, &pose);
      for (guint j = 0; j < HIP_N_JOINTS; j++)
        {
          double x, y, depth;

          to_camera (camera, &skeleton.joints[j], &x, &y, &depth);
          min_x = MIN (min_x, x);
          max_x = MAX (max_x, x);
          min_y = MIN (min_y, y);
          max_y = MAX (max_y, y);
        }
      /* The longer side: a body lying across the picture is readable, however thin. */
      size += MAX (max_x - min_x, max_y - min_y) / samples;
    }
  return size;
}

/**
 * hip_figure_readable_plane:
 *
 * Returns: the plane whose camera shows @motion readably: the one it was drawn for, unless the
 *   body looks less than 60 % as large there as through another (lying work seen end-on, from
 *   its feet), in which case the camera it looks largest through
 */
HipPlane
hip_figure_readable_plane (HipMotion *motion)
{
  HipPlane drawn = hip_motion_get_camera (motion), largest = drawn;
  double size[HIP_N_PLANES];
  HipCamera camera;

  for (HipPlane plane = 0; plane < HIP_N_PLANES; plane++)
    {
      hip_camera_for_plane (plane, &camera);
      size[plane] = picture_size (motion, &camera);
      if (size[plane] > size[largest])
        largest = plane;
    }
  return size[drawn] < 0.6 * size[largest] ? largest : drawn;
}

/**
 * hip_figure_frame_move:
 * @framing: the motion's framing
 * @move_framing: (out): the same view, with the floor and plane sheet placed where the current
 *   move of a sequence starts, so that each move's sheet passes through the body
 */
void
hip_figure_frame_move (HipMotion            *motion,
                       const HipMotionState *state,
                       gboolean              mirror,
                       const HipFraming     *framing,
                       HipFraming           *move_framing)
{
  HipSkeleton skeleton;
  HipPose pose;

  *move_framing = *framing;
  if (state->move == NULL)
    return;
  evaluate (motion, state->move_start, mirror, &skeleton, &pose);
  move_framing->origin = skeleton.joints[HIP_JOINT_PELVIS];
  move_framing->origin.y = 0;
  move_framing->heading = (mirror ? -1 : 1) * pose.dof[HIP_DOF_ROOT_YAW];
}

/* A tight framing of one pose, for thumbnails where the figure should fill the picture. */
void
hip_figure_frame_skeleton (const HipSkeleton *skeleton,
                           const HipCamera   *camera,
                           HipFraming        *framing)
{
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

  for (guint j = 0; j < HIP_N_JOINTS; j++)
    {
      double x, y, depth;

      to_camera (camera, &skeleton->joints[j], &x, &y, &depth);
      min_x = MIN (min_x, x);
      max_x = MAX (max_x, x);
      min_y = MIN (min_y, y);
      max_y = MAX (max_y, y);
    }
  framing->origin = skeleton->joints[HIP_JOINT_PELVIS];
  framing->origin.y = 0;
  framing->heading = 0;
  framing->cx = (min_x + max_x) / 2;
  framing->cy = (min_y + max_y) / 2;
  /* Room for the body's thickness around the joints. */
  framing->extent = MAX (MAX (max_x - min_x, max_y - min_y), 0.8) + 0.3;
}

static void
append_color (GString        *svg,
              const char     *attribute,
              const HipColor *color,
              double          alpha)
{
  g_string_append_printf (svg, " %s=\"#%02x%02x%02x\"", attribute,
                          (int) (color->r * 255 + 0.5), (int) (color->g * 255 + 0.5),
                          (int) (color->b * 255 + 0.5));
  if (color->a * alpha < 1)
    {
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (svg, " %s-opacity=\"%s\"", attribute,
                              g_ascii_formatd (number, sizeof number, "%.3f", color->a * alpha));
    }
}

/* A number in the C locale: SVG wants a dot whatever the user's language. */
void
hip_figure_append_number (GString *svg,
                          double   value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (svg, g_ascii_formatd (number, sizeof number, "%.1f", value));
}

static void
append_text (GString        *svg,
             double          x,
             double          y,
             double          font_size,
             const char     *anchor,
             const HipColor *color,
             const char     *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (svg, "<text x=\"");
  hip_figure_append_number (svg, x);
  g_string_append (svg, "\" y=\"");
  hip_figure_append_number (svg, y);
  g_string_append (svg, "\" font-family=\"Cantarell, sans-serif\" font-weight=\"bold\" font-size=\"");
  hip_figure_append_number (svg, font_size);
  g_string_append_printf (svg, "\" text-anchor=\"%s\"", anchor);
  append_color (svg, "fill", color, 1);
  g_string_append_printf (svg, ">%s</text>\n", escaped);
}

/* A quadrilateral of world points, projected. */
static void
append_polygon (GString          *svg,
                const HipCamera  *camera,
                const HipFraming *framing,
                int               size,
                const HipVec3     corners[4],
                const HipColor   *fill,
                double            fill_alpha,
                double            stroke_alpha)
{
  g_string_append (svg, "<polygon points=\"");
  for (guint i = 0; i < 4; i++)
    {
      double x, y;

      hip_figure_project (camera, framing, size, &corners[i], &x, &y, NULL);
      hip_figure_append_number (svg, x);
      g_string_append_c (svg, ',');
      hip_figure_append_number (svg, y);
      g_string_append_c (svg, ' ');
    }
  g_string_append (svg, "\"");
  append_color (svg, "fill", fill, fill_alpha);
  if (stroke_alpha > 0)
    {
      append_color (svg, "stroke", fill, stroke_alpha);
      g_string_append (svg, " stroke-width=\"1.5\" stroke-linejoin=\"round\"");
    }
  g_string_append (svg, "/>\n");
}

/* A point of the sheet, in the body's starting frame: @u across, @v up (or forward). */
static HipVec3
sheet_point (const HipFraming *framing,
             HipPlane          plane,
             double            u,
             double            v)
{
  double h = framing->heading * G_PI / 180;
  double fx = sin (h), fz = cos (h);      /* forward */
  double lx = cos (h), lz = -sin (h);     /* the body's left */
  const HipVec3 *o = &framing->origin;

  switch (plane)
    {
    case HIP_PLANE_SAGITTAL:   /* up and forward */
      return (HipVec3) { o->x + fx * u, v, o->z + fz * u };
    case HIP_PLANE_FRONTAL:    /* up and sideways */
      return (HipVec3) { o->x + lx * u, v, o->z + lz * u };
    case HIP_PLANE_TRANSVERSE: /* level with the hips */
    default:
      return (HipVec3) { o->x + lx * u + fx * v, 1.0, o->z + lz * u + fz * v };
    }
}

/**
 * hip_figure_write_background:
 *
 * The parts that do not move with the body: the floor, and the plane of motion as a translucent
 * labelled sheet through where the body starts. Cached by the player between frames.
 */
void
hip_figure_write_background (GString              *svg,
                             const HipCamera      *camera,
                             const HipFraming     *framing,
                             const HipFigureStyle *style,
                             HipPlane              plane,
                             int                   size)
{
  const HipVec3 *o = &framing->origin;
  double half = framing->extent / 2;
  HipVec3 floor[4] = {
    { o->x - half, 0, o->z - half }, { o->x + half, 0, o->z - half },
    { o->x + half, 0, o->z + half }, { o->x - half, 0, o->z + half },
  };
  gboolean flat = plane == HIP_PLANE_TRANSVERSE;
  double v0 = flat ? -SHEET_HALF : 0, v1 = flat ? SHEET_HALF : SHEET_HEIGHT;
  HipVec3 sheet[4] = {
    sheet_point (framing, plane, -SHEET_HALF, v0), sheet_point (framing, plane, SHEET_HALF, v0),
    sheet_point (framing, plane, SHEET_HALF, v1), sheet_point (framing, plane, -SHEET_HALF, v1),
  };
  g_autofree char *label = NULL;
  double lx, ly;

  append_polygon (svg, camera, framing, size, floor, &style->floor, 1, 0);
  append_polygon (svg, camera, framing, size, sheet, &style->planes[plane], 0.13, 0.45);

  /* Translators: the label on the translucent sheet, e.g. "Sagittal plane" */
  label = g_strdup_printf (_("%s plane"), hip_plane_get_label (plane));
  hip_figure_project (camera, framing, size, &sheet[3], &lx, &ly, NULL);
  append_text (svg, CLAMP (lx + 6, 4, size * 0.6), CLAMP (ly + size * 0.04, size * 0.04, size),
               size * 0.032, "start", &style->planes[plane], label);
}

/* ---- the body ------------------------------------------------------------------------------- */

static int
compare_depth (gconstpointer a,
               gconstpointer b)
{
  const HipFigureItem *x = a, *y = b;

  return (x->depth > y->depth) - (x->depth < y->depth);
}

static HipVec3
sub (HipVec3 a, HipVec3 b)
{
  return (HipVec3) { a.x - b.x, a.y - b.y, a.z - b.z };
}

static HipVec3
scale_add (HipVec3 a, HipVec3 d, double k)
{
  return (HipVec3) { a.x + d.x * k, a.y + d.y * k, a.z + d.z * k };
}

static HipVec3
normalize (HipVec3 v)
{
  double l = sqrt (v.x * v.x + v.y * v.y + v.z * v.z);

  return l > 1e-9 ? (HipVec3) { v.x / l, v.y / l, v.z / l } : (HipVec3) { 0, 0, 0 };
}

static HipVec3
cross (HipVec3 a, HipVec3 b)
{
  return (HipVec3) { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
}

/* The body's local axes, from the skeleton itself (it may be lying, kneeling or turned). */
typedef struct
{
  HipVec3 left, up, forward;
} Frame;

static Frame
pelvis_frame (const HipSkeleton *s)
{
  Frame f;

  f.left = normalize (sub (s->joints[HIP_JOINT_HIP_L], s->joints[HIP_JOINT_HIP_R]));
  f.up = normalize (sub (s->joints[HIP_JOINT_SPINE], s->joints[HIP_JOINT_PELVIS]));
  f.forward = normalize (cross (f.left, f.up));
  return f;
}

/* Muscle regions: where on the body each group is drawn when it works. */
typedef enum
{
  REGION_QUADRICEPS,
  REGION_HAMSTRINGS,
  REGION_ADDUCTORS,
  REGION_GLUTEUS_MAXIMUS,
  REGION_GLUTEUS_MEDIUS,
  REGION_HIP_FLEXORS,
  REGION_DEEP_ROTATORS,
  REGION_ABDOMINALS,
  REGION_OBLIQUES,
  REGION_BACK,
  N_REGIONS
} Region;

static Region
region_of (HipMuscle muscle)
{
  switch (muscle)
    {
    case HIP_MUSCLE_QUADRICEPS: return REGION_QUADRICEPS;
    case HIP_MUSCLE_BICEPS_FEMORIS:
    case HIP_MUSCLE_SEMITENDINOSUS:
    case HIP_MUSCLE_SEMIMEMBRANOSUS: return REGION_HAMSTRINGS;
    case HIP_MUSCLE_ADDUCTOR_LONGUS:
    case HIP_MUSCLE_ADDUCTOR_BREVIS:
    case HIP_MUSCLE_ADDUCTOR_MAGNUS:
    case HIP_MUSCLE_GRACILIS:
    case HIP_MUSCLE_PECTINEUS: return REGION_ADDUCTORS;
    case HIP_MUSCLE_GLUTEUS_MAXIMUS: return REGION_GLUTEUS_MAXIMUS;
    case HIP_MUSCLE_GLUTEUS_MEDIUS:
    case HIP_MUSCLE_GLUTEUS_MINIMUS:
    case HIP_MUSCLE_TENSOR_FASCIAE_LATAE: return REGION_GLUTEUS_MEDIUS;
    case HIP_MUSCLE_PSOAS_MAJOR:
    case HIP_MUSCLE_ILIACUS:
    case HIP_MUSCLE_RECTUS_FEMORIS:
    case HIP_MUSCLE_SARTORIUS: return REGION_HIP_FLEXORS;
    case HIP_MUSCLE_PIRIFORMIS:
    case HIP_MUSCLE_OBTURATOR_INTERNUS:
    case HIP_MUSCLE_OBTURATOR_EXTERNUS:
    case HIP_MUSCLE_GEMELLUS_SUPERIOR:
    case HIP_MUSCLE_GEMELLUS_INFERIOR:
    case HIP_MUSCLE_QUADRATUS_FEMORIS: return REGION_DEEP_ROTATORS;
    case HIP_MUSCLE_RECTUS_ABDOMINIS:
    case HIP_MUSCLE_TRANSVERSUS_ABDOMINIS: return REGION_ABDOMINALS;
    case HIP_MUSCLE_OBLIQUES: return REGION_OBLIQUES;
    case HIP_MUSCLE_ERECTOR_SPINAE:
    case HIP_MUSCLE_MULTIFIDUS:
    case HIP_MUSCLE_QUADRATUS_LUMBORUM:
    default: return REGION_BACK;
    }
}

/* A region as a muscle belly: a segment from @a to @b of @radius (metres), on one side
 * (+1 left, −1 right), placed from the skeleton's own axes so it follows any posture. */
static void
region_segment (const HipSkeleton *s,
                const Frame       *pelvis,
                Region             region,
                int                side,
                HipVec3           *a,
                HipVec3           *b,
                double            *radius)
{
  HipJoint hip = side > 0 ? HIP_JOINT_HIP_L : HIP_JOINT_HIP_R;
  HipVec3 h = s->joints[hip], k = s->joints[hip + 1], an = s->joints[hip + 2];
  HipVec3 femur = sub (k, h);
  HipVec3 thigh = normalize (femur), shank = normalize (sub (an, k));
  double along = shank.x * thigh.x + shank.y * thigh.y + shank.z * thigh.z;
  /* The thigh's front faces away from where the shank folds; a straight leg uses the pelvis. */
  HipVec3 front = normalize (scale_add (scale_add ((HipVec3) { 0, 0, 0 }, shank, -1), thigh, along));
  HipVec3 out = scale_add ((HipVec3) { 0, 0, 0 }, pelvis->left, side);
  HipVec3 p = s->joints[HIP_JOINT_PELVIS];
  HipVec3 trunk = sub (s->joints[HIP_JOINT_CHEST], p);

  if (along > 0.985)
    front = pelvis->forward;

  switch (region)
    {
    case REGION_QUADRICEPS:
      *radius = 0.05;
      *a = scale_add (scale_add (h, femur, 0.2), front, 0.04);
      *b = scale_add (scale_add (h, femur, 0.8), front, 0.035);
      break;
    case REGION_HAMSTRINGS:
      *radius = 0.045;
      *a = scale_add (scale_add (h, femur, 0.15), front, -0.045);
      *b = scale_add (scale_add (h, femur, 0.8), front, -0.04);
      break;
    case REGION_ADDUCTORS:
      *radius = 0.04;
      *a = scale_add (scale_add (h, femur, 0.08), out, -0.05);
      *b = scale_add (scale_add (h, femur, 0.6), out, -0.03);
      break;
    case REGION_GLUTEUS_MAXIMUS:
      *radius = 0.065;
      *a = scale_add (scale_add (scale_add (p, pelvis->forward, -0.08), pelvis->up, 0.02), out, 0.05);
      *b = scale_add (scale_add (h, pelvis->forward, -0.07), femur, 0.12);
      break;
    case REGION_GLUTEUS_MEDIUS:
      *radius = 0.045;
      *a = scale_add (scale_add (h, out, 0.05), pelvis->up, 0.13);
      *b = scale_add (h, out, 0.06);
      break;
    case REGION_HIP_FLEXORS:
      *radius = 0.035;
      *a = scale_add (scale_add (scale_add (p, pelvis->up, 0.14), pelvis->forward, 0.03), out, 0.04);
      *b = scale_add (scale_add (h, pelvis->forward, 0.05), femur, 0.1);
      break;
    case REGION_DEEP_ROTATORS:
      *radius = 0.03;
      *a = scale_add (scale_add (p, pelvis->forward, -0.08), out, 0.02);
      *b = scale_add (scale_add (h, pelvis->forward, -0.05), out, 0.03);
      break;
    case REGION_ABDOMINALS:
      *radius = 0.05;
      *a = scale_add (scale_add (p, pelvis->forward, 0.08), trunk, 0.1);
      *b = scale_add (scale_add (p, pelvis->forward, 0.08), trunk, 0.75);
      break;
    case REGION_OBLIQUES:
      *radius = 0.04;
      *a = scale_add (scale_add (p, out, 0.09), trunk, 0.15);
      *b = scale_add (scale_add (scale_add (p, out, 0.07), pelvis->forward, 0.05), trunk, 0.65);
      break;
    case REGION_BACK:
    default:
      *radius = 0.04;
      *a = scale_add (scale_add (scale_add (p, pelvis->forward, -0.085), out, 0.035), trunk, 0.05);
      *b = scale_add (scale_add (scale_add (p, pelvis->forward, -0.08), out, 0.035), trunk, 0.85);
      break;
    }
}

static void
add_muscles (GArray            *items,
             const HipSkeleton *s,
             const double      *efforts,
             gboolean           all,
             const HipCamera   *camera,
             const HipFraming  *framing,
             int                size)
{
  double region_effort[N_REGIONS] = { 0 };
  Frame pelvis = pelvis_frame (s);
  double scale = size / framing->extent;

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    region_effort[region_of (m)] = MAX (region_effort[region_of (m)], efforts[m]);

  for (guint r = 0; r < N_REGIONS; r++)
    {
      if (!all && region_effort[r] < 0.02)
        continue;
      for (int side = -1; side <= 1; side += 2)
        {
          double radius, d1, d2;
          HipVec3 a, b;
          HipFigureItem item = { HIP_FIGURE_ITEM_MUSCLE, 0 };

          region_segment (s, &pelvis, r, side, &a, &b, &radius);
          hip_figure_project (camera, framing, size, &a, &item.x1, &item.y1, &d1);
          hip_figure_project (camera, framing, size, &b, &item.x2, &item.y2, &d2);
          /* Just in front of the bone the belly lies on. */
          item.depth = (d1 + d2) / 2 + 0.01;
          item.radius = radius * scale;
          item.effort = region_effort[r];
          g_array_append_val (items, item);
        }
    }
}

/* A working muscle's tint: the hardest-working ones are nearly opaque. */
double
hip_figure_muscle_tint (double effort)
{
  return 0.15 + 0.75 * effort;
}

/* Resting muscles are not drawn at all. */
static gboolean
muscle_shows (double effort)
{
  return effort >= 0.05;
}

/* The element of @item and its geometry, left open for its paint and animations. */
void
hip_figure_append_shape (GString             *svg,
                         const HipFigureItem *item)
{
  if (item->kind == HIP_FIGURE_ITEM_HEAD)
    {
      g_string_append (svg, "<circle cx=\"");
      hip_figure_append_number (svg, item->x1);
      g_string_append (svg, "\" cy=\"");
      hip_figure_append_number (svg, item->y1);
      g_string_append (svg, "\" r=\"");
      hip_figure_append_number (svg, item->radius);
      g_string_append (svg, "\"");
      return;
    }
  g_string_append (svg, "<line x1=\"");
  hip_figure_append_number (svg, item->x1);
  g_string_append (svg, "\" y1=\"");
  hip_figure_append_number (svg, item->y1);
  g_string_append (svg, "\" x2=\"");
  hip_figure_append_number (svg, item->x2);
  g_string_append (svg, "\" y2=\"");
  hip_figure_append_number (svg, item->y2);
  g_string_append (svg, "\" stroke-linecap=\"round\" stroke-width=\"");
  hip_figure_append_number (svg, item->radius * 2);
  g_string_append (svg, "\"");
}

/* The colour of @item: near or far body, or the effort colour; a muscle's tint only
 * @with_tint (the animated body animates it on the shape instead). */
void
hip_figure_append_paint (GString              *svg,
                         const HipFigureItem  *item,
                         const HipFigureStyle *style,
                         gboolean              with_tint)
{
  const HipColor *body = item->far ? &style->body_far : &style->body;

  switch (item->kind)
    {
    case HIP_FIGURE_ITEM_BONE:
      append_color (svg, "stroke", body, 1);
      break;
    case HIP_FIGURE_ITEM_MUSCLE:
      append_color (svg, "stroke", &style->effort,
                    with_tint ? hip_figure_muscle_tint (item->effort) : 1);
      break;
    case HIP_FIGURE_ITEM_HEAD:
      append_color (svg, "fill", body, 1);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
append_item (GString              *svg,
             const HipFigureItem  *item,
             const HipFigureStyle *style)
{
  hip_figure_append_shape (svg, item);
  hip_figure_append_paint (svg, item, style, TRUE);
  g_string_append (svg, "/>\n");
}

/**
 * hip_figure_collect_body:
 * @efforts: (array fixed-size=29) (nullable): how hard each muscle works, 0…1
 * @all_muscles: include resting muscle regions too, so that every frame has the same items
 * @items: (element-type HipFigureItem): where the items are appended, in a fixed order
 *
 * The body as projected shapes: bones, the head and the working muscle regions. The limbs of
 * the side away from the camera are marked far, to be drawn lighter.
 */
void
hip_figure_collect_body (const HipSkeleton    *s,
                         const double         *efforts,
                         gboolean              all_muscles,
                         const HipCamera      *camera,
                         const HipFraming     *framing,
                         int                   size,
                         GArray               *items)
{
  double scale = size / framing->extent;
  double depth_l, depth_r, x, y;
  const HipBone *bones;
  guint n_bones;
  int far_side;
  HipFigureItem head = { HIP_FIGURE_ITEM_HEAD, 0 };

  hip_figure_project (camera, framing, size, &s->joints[HIP_JOINT_HIP_L], &x, &y, &depth_l);
  hip_figure_project (camera, framing, size, &s->joints[HIP_JOINT_HIP_R], &x, &y, &depth_r);
  far_side = depth_l < depth_r - 0.02 ? 1 : depth_r < depth_l - 0.02 ? -1 : 0;

  bones = hip_rig_get_bones (&n_bones);
  for (guint b = 0; b < n_bones; b++)
    {
      HipFigureItem item = { HIP_FIGURE_ITEM_BONE, 0 };
      double d1, d2;

      hip_figure_project (camera, framing, size, &s->joints[bones[b].from], &item.x1, &item.y1, &d1);
      hip_figure_project (camera, framing, size, &s->joints[bones[b].to], &item.x2, &item.y2, &d2);
      item.depth = (d1 + d2) / 2;
      item.radius = bones[b].radius * scale;
      item.far = far_side != 0 && bones[b].side == far_side;
      g_array_append_val (items, item);
    }

  hip_figure_project (camera, framing, size, &s->joints[HIP_JOINT_HEAD], &head.x1, &head.y1,
                      &head.depth);
  head.radius = 0.11 * scale;
  g_array_append_val (items, head);

  if (efforts != NULL)
    add_muscles (items, s, efforts, all_muscles, camera, framing, size);
}

/**
 * hip_figure_draw_order:
 * @items: (element-type HipFigureItem): the body, as hip_figure_collect_body() gives it
 * @order: (element-type HipFigureItem): emptied, then given the items that are drawn, nearest
 *   last, each with its position in @items as its index
 *
 * What is drawn and in which order: one rule for the player's frames and every export, so that
 * a file shows what the app shows.
 */
void
hip_figure_draw_order (GArray *items,
                       GArray *order)
{
  g_array_set_size (order, 0);
  for (guint i = 0; i < items->len; i++)
    {
      HipFigureItem item = g_array_index (items, HipFigureItem, i);

      if (item.kind == HIP_FIGURE_ITEM_MUSCLE && !muscle_shows (item.effort))
        continue;
      item.index = i;
      g_array_append_val (order, item);
    }
  /* Stable since GLib 2.32: items at the same depth keep their fixed order, in every picture. */
  g_array_sort (order, compare_depth);
}

/* The body and its working muscles, nearest last. */
void
hip_figure_write_body (GString              *svg,
                       const HipSkeleton    *s,
                       const double         *efforts,
                       const HipCamera      *camera,
                       const HipFraming     *framing,
                       const HipFigureStyle *style,
                       int                   size)
{
  g_autoptr(GArray) items = g_array_sized_new (FALSE, FALSE, sizeof (HipFigureItem), 48);
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (HipFigureItem), 48);

  hip_figure_collect_body (s, efforts, FALSE, camera, framing, size, items);
  hip_figure_draw_order (items, order);
  for (guint i = 0; i < order->len; i++)
    append_item (svg, &g_array_index (order, HipFigureItem, i), style);
}

/* The move of a sequence and its plane, in the bottom-left corner (the plane sheet's own label
 * is at its top). */
void
hip_figure_write_labels (GString              *svg,
                         const HipMotionState *state,
                         const HipFigureStyle *style,
                         int                   size)
{
  g_autofree char *text = NULL;

  if (state == NULL || state->move == NULL)
    return;

  /* Translators: a move of the multi-planar lunge and its plane, e.g. "Lateral lunge · Frontal" */
  text = g_strdup_printf (_("%s · %s"), state->move, hip_plane_get_label (state->plane));
  append_text (svg, size * 0.04, size * 0.95, size * 0.04, "start",
               &style->planes[state->plane], text);
}

void
hip_figure_svg_open (GString *svg,
                     int      size)
{
  /* xlink: the animated body's <use> copies name their shapes with xlink:href (SVG 1.1). */
  g_string_append_printf (svg,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"%d\" height=\"%d\" "
                          "viewBox=\"0 0 %d %d\">\n", size, size, size, size);
}

/* What the picture shows, in words: for screen readers, file browsers and search. SVG wants
 * them as the first children of <svg>. */
void
hip_figure_write_title (GString    *svg,
                        const char *title,
                        const char *desc)
{
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_desc = g_markup_escape_text (desc, -1);

  g_string_append_printf (svg, "<title>%s</title>\n<desc>%s</desc>\n", escaped_title, escaped_desc);
}

/* An opaque backdrop: exported files are viewed outside the app, on any background. */
void
hip_figure_write_paper (GString              *svg,
                        const HipFigureStyle *style,
                        int                   size)
{
  g_string_append_printf (svg, "<rect width=\"%d\" height=\"%d\"", size, size);
  append_color (svg, "fill", &style->paper, 1);
  g_string_append (svg, "/>\n");
}

void
hip_figure_svg_close (GString *svg)
{
  g_string_append (svg, "</svg>\n");
}

/* Renders an SVG document into a @size × @size square of @cr. */
gboolean
hip_figure_render_svg (const char  *svg,
                       gsize        length,
                       cairo_t     *cr,
                       int          size,
                       GError     **error)
{
  /* librsvg 2.54 has no autoptr for its handle. */
  RsvgHandle *handle = rsvg_handle_new_from_data ((const guint8 *) svg, length, error);
  RsvgRectangle viewport = { 0, 0, size, size };
  gboolean ok;

  if (handle == NULL)
    return FALSE;
  ok = rsvg_handle_render_document (handle, cr, &viewport, error);
  g_object_unref (handle);
  return ok;
}
