/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Stills of exercises' key poses, rendered once and shared by every view that shows them (the
 * browser's cards, the programme's rows). */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "hip-application.h"
#include "hip-diagram.h"
#include "hip-exercise.h"
#include "hip-stills.h"

/* Keyed by motion, pixel size and style; small (a few hundred kilobytes in all): many
 * exercises share a motion, and lists recycle their rows. */
static GHashTable *stills;

static GdkTexture *
render (HipMotion *motion,
        int        size,
        gboolean   dark)
{
  HipDiagramView view;
  g_autofree char *svg = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  int stride = cairo_image_surface_get_stride (surface);
  GdkTexture *texture;

  hip_diagram_view_init (&view, motion);
  view.dark = dark;
  svg = hip_diagram_still_figure_svg (motion, &view, hip_motion_get_still_time (motion), size);
  hip_figure_render_svg (svg, strlen (svg), cr, size, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), stride * size);
  texture = gdk_memory_texture_new (size, size, GDK_MEMORY_DEFAULT, bytes, stride);
  cairo_surface_destroy (surface);
  return texture;
}

/**
 * hip_stills_lookup:
 * @size: in logical pixels
 * @scale: the widget's scale factor
 *
 * Returns: (transfer none) (nullable): the still of @exercise's key pose in the current style,
 *   or %NULL when it has no motion (or no application is running to provide motions)
 */
GdkTexture *
hip_stills_lookup (HipExercise *exercise,
                   int          size,
                   int          scale)
{
  GApplication *app = g_application_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autofree char *key = NULL;
  HipMotion *motion;
  GdkTexture *texture;

  if (!HIP_IS_APPLICATION (app))
    return NULL;
  motion = hip_application_lookup_motion (HIP_APPLICATION (app),
                                          hip_exercise_get_motion (exercise));
  if (motion == NULL)
    return NULL;

  if (stills == NULL)
    stills = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  key = g_strdup_printf ("%s:%d:%d", hip_motion_get_id (motion), size * scale, dark);
  texture = g_hash_table_lookup (stills, key);
  if (texture == NULL)
    {
      texture = render (motion, size * scale, dark);
      g_hash_table_insert (stills, g_steal_pointer (&key), texture);
    }
  return texture;
}
