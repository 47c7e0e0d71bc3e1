/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "hip-diagram.h"
#include "hip-exercise.h"
#include "hip-figure.h"
#include "hip-stills.h"

/**
 * HipStills:
 *
 * Stills of exercises' key poses, rendered once and shared by every view that shows them (the
 * browser's cards, the programme's rows, the chooser). The application makes one and hands it
 * to those views.
 */
struct _HipStills
{
  GObject           parent_instance;

  HipMotionLibrary *motions;
  /* Keyed by motion, pixel size and style; small (a few hundred kilobytes in all): many
   * exercises share a motion, and lists recycle their rows. */
  GHashTable       *textures;
};

G_DEFINE_FINAL_TYPE (HipStills, hip_stills, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MOTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hip_stills_finalize (GObject *object)
{
  HipStills *self = HIP_STILLS (object);

  g_clear_object (&self->motions);
  g_clear_pointer (&self->textures, g_hash_table_unref);
  G_OBJECT_CLASS (hip_stills_parent_class)->finalize (object);
}

static void
hip_stills_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HipStills *self = HIP_STILLS (object);

  switch (prop_id)
    {
    case PROP_MOTIONS:
      g_value_set_object (value, self->motions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_stills_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HipStills *self = HIP_STILLS (object);

  switch (prop_id)
    {
    case PROP_MOTIONS:
      self->motions = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_stills_class_init (HipStillsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hip_stills_finalize;
  object_class->get_property = hip_stills_get_property;
  object_class->set_property = hip_stills_set_property;

  properties[PROP_MOTIONS] =
    g_param_spec_object ("motions", NULL, NULL, HIP_TYPE_MOTION_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hip_stills_init (HipStills *self)
{
  self->textures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

HipStills *
hip_stills_new (HipMotionLibrary *motions)
{
  g_return_val_if_fail (HIP_IS_MOTION_LIBRARY (motions), NULL);

  return g_object_new (HIP_TYPE_STILLS, "motions", motions, NULL);
}

/* Returns: (transfer none): the motions the stills are drawn from */
HipMotionLibrary *
hip_stills_get_motions (HipStills *self)
{
  g_return_val_if_fail (HIP_IS_STILLS (self), NULL);

  return self->motions;
}

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
 *   or %NULL when it has no motion
 */
GdkTexture *
hip_stills_lookup (HipStills   *self,
                   HipExercise *exercise,
                   int          size,
                   int          scale)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autofree char *key = NULL;
  HipMotion *motion;
  GdkTexture *texture;

  g_return_val_if_fail (HIP_IS_STILLS (self), NULL);

  motion = hip_motion_library_lookup (self->motions, hip_exercise_get_motion (exercise));
  if (motion == NULL)
    return NULL;

  key = g_strdup_printf ("%s:%d:%d", hip_motion_get_id (motion), size * scale, dark);
  texture = g_hash_table_lookup (self->textures, key);
  if (texture == NULL)
    {
      texture = render (motion, size * scale, dark);
      g_hash_table_insert (self->textures, g_steal_pointer (&key), texture);
    }
  return texture;
}

/**
 * hip_stills_picture_new:
 * @size: in logical pixels
 *
 * A still of @exercise's key pose for a row, or for an own exercise without a motion a plain,
 * dimmed figure of the same size, so that rows stay aligned.
 *
 * Returns: (transfer floating): a picture or an image; the row it goes in names the exercise
 */
GtkWidget *
hip_stills_picture_new (HipStills   *self,
                        HipExercise *exercise,
                        int          size,
                        int          scale)
{
  GdkTexture *still;
  GtkWidget *picture;

  g_return_val_if_fail (HIP_IS_STILLS (self), NULL);

  still = hip_stills_lookup (self, exercise, size, scale);
  if (still != NULL)
    picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (still));
  else
    {
      picture = gtk_image_new_from_icon_name ("exercise-symbolic");
      gtk_image_set_pixel_size (GTK_IMAGE (picture), size * 2 / 3);
      gtk_widget_add_css_class (picture, "dim-label");
    }
  gtk_widget_set_size_request (picture, size, size);
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  return picture;
}
