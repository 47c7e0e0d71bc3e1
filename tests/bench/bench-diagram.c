/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Frame benchmark: the median CPU time to produce one frame of the multi-planar lunge as the
 * player does: pose, kinematics, SVG of the body, and librsvg rendering it into a cleared
 * layer. The floor, plane sheet and move label change only with the move: the player renders
 * them once into a texture that the compositor (GSK) draws under the layer. At 480 and 960 px.
 * Prints one line. */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>

#include "hip-figure.h"
#include "hip-motion.h"

#define FRAMES 600

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_frame_ms (HipMotion *motion,
                 int        size)
{
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  double *times = g_new (double, FRAMES);
  double duration = hip_motion_get_duration (motion), result;
  g_autoptr(GString) svg = g_string_sized_new (8192);
  HipFigureStyle style;
  HipCamera camera;
  HipFraming framing;

  hip_figure_style_init (&style, FALSE);
  hip_camera_for_plane (hip_motion_get_camera (motion), &camera);
  hip_figure_frame_motion (motion, &camera, FALSE, &framing);

  for (guint f = 0; f < FRAMES; f++)
    {
      double start = cpu_ms ();
      HipMotionState state;
      HipSkeleton skeleton;
      HipPose pose;
      cairo_t *cr;

      hip_motion_evaluate (motion, fmod (f / 60.0, duration), &pose, &state);
      hip_rig_solve (&pose, &skeleton);
      g_string_truncate (svg, 0);
      hip_figure_svg_open (svg, size);
      hip_figure_write_body (svg, &skeleton, state.efforts, &camera, &framing, &style, size);
      hip_figure_svg_close (svg);

      cr = cairo_create (target);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      hip_figure_render_svg (svg->str, svg->len, cr, size, NULL);
      cairo_destroy (cr);
      cairo_surface_flush (target);
      times[f] = cpu_ms () - start;
    }

  qsort (times, FRAMES, sizeof (double), compare);
  result = times[FRAMES / 2];
  g_free (times);
  cairo_surface_destroy (target);
  return result;
}

int
main (int   argc,
      char *argv[])
{
  const char *id = argc > 1 ? argv[1] : "multiplanar-lunge";
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) motions = hip_motion_load_default (&error);
  HipMotion *motion;

  if (motions == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  motion = g_hash_table_lookup (motions, id);
  if (motion == NULL)
    {
      g_printerr ("no motion %s\n", id);
      return 1;
    }

  /* Warm up librsvg and the font caches. */
  median_frame_ms (motion, 120);
  g_print ("diagram frame, %s (median CPU of %d frames): 480 px %.3f ms, 960 px %.3f ms\n",
           id, FRAMES, median_frame_ms (motion, 480), median_frame_ms (motion, 960));
  return 0;
}
