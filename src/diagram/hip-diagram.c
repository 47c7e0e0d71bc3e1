/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Whole pictures of a motion: a still at a given time, a self-animating SVG, and exports. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-diagram.h"
#include "hip-file.h"
#include "hip-vocabulary.h"

#define ANIMATION_FPS 20
/* How often the animated SVG looks for changes of drawing order (per second), and how closely it
 * follows the app's once found (in seconds). */
#define ORDER_CHECKS     240
#define ORDER_RESOLUTION 1e-6

G_DEFINE_QUARK (hip-diagram-error-quark, hip_diagram_error)

gboolean
hip_diagram_format_from_name (const char       *name,
                              HipDiagramFormat *format)
{
  static const char *names[] = { "svg", "png", "animated-svg" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/* The default view of a motion: its own plane's camera, not mirrored, light colours. */
void
hip_diagram_view_init (HipDiagramView *view,
                       HipMotion      *motion)
{
  hip_camera_for_plane (hip_motion_get_camera (motion), &view->camera);
  view->mirror = FALSE;
  view->dark = FALSE;
  view->title = NULL;
  view->planes = 0;
}

/* The planes a file names: the exercise's when the view has them, else those of the motion's
 * moves (or its one plane). */
static char *
describe_planes (HipMotion            *motion,
                 const HipDiagramView *view)
{
  g_autoptr(GString) labels = g_string_new (NULL);
  guint planes = view->planes, n = 0;

  if (planes == 0)
    for (guint k = 0; k < hip_motion_get_n_keys (motion); k++)
      {
        HipMotionState state;
        HipPose pose;

        hip_motion_evaluate (motion, hip_motion_get_key_time (motion, k), &pose, &state);
        planes |= 1u << state.plane;
      }
  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (planes & (1u << p))
      {
        if (n++ > 0)
          g_string_append (labels, ", ");
        g_string_append (labels, hip_plane_get_label (p));
      }
  /* Translators: the planes of motion a saved diagram shows, e.g. "Planes: Sagittal, Frontal" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Plane: %s", "Planes: %s", n), labels->str);
}

/* The file's <title> and <desc>. @time: the moment a still shows; below 0 for the animation. */
static void
write_description (GString              *svg,
                   HipMotion            *motion,
                   const HipDiagramView *view,
                   double                time)
{
  const char *name = view->title != NULL ? view->title : hip_motion_get_id (motion);
  double duration = hip_motion_get_duration (motion);
  g_autofree char *planes = describe_planes (motion, view);
  g_autofree char *desc = NULL;

  if (time < 0)
    /* Translators: a saved animation's description: the exercise, its planes and how long the
     * motion takes, e.g. "Multi-planar lunge. Planes: Sagittal, Frontal, Transverse. Animated,
     * a 15.7 s loop." */
    desc = g_strdup_printf (_("%s. %s. Animated, a %.1f s loop."), name, planes, duration);
  else
    /* Translators: a saved picture's description: the exercise, its planes and the moment of
     * the motion it shows, e.g. "Forward lunge. Plane: Sagittal. The pose at 1.5 s of a 4.0 s
     * motion." */
    desc = g_strdup_printf (_("%s. %s. The pose at %.1f s of a %.1f s motion."), name, planes,
                            duration > 0 ? fmod (time, duration) : 0, duration);
  hip_figure_write_title (svg, name, desc);
}

static char *
still_svg (HipMotion            *motion,
           const HipDiagramView *view,
           double                time,
           int                   size,
           gboolean              scenery)
{
  GString *svg = g_string_sized_new (4096);
  HipFigureStyle style;
  HipMotionState state;
  HipFraming framing;
  HipSkeleton skeleton;
  HipPose pose;

  hip_figure_style_init (&style, view->dark);
  hip_motion_evaluate (motion, time, &pose, &state);
  hip_rig_solve (&pose, &skeleton);
  if (view->mirror)
    hip_figure_mirror (&skeleton);
  /* With scenery the whole motion is framed (the floor and sheet stay put); a bare figure is
   * framed on its own pose so that it fills a thumbnail. */
  if (scenery)
    hip_figure_frame_motion (motion, &view->camera, view->mirror, &framing);
  else
    hip_figure_frame_skeleton (&skeleton, &view->camera, &framing);

  hip_figure_svg_open (svg, size);
  write_description (svg, motion, view, MAX (time, 0));
  if (scenery)
    {
      HipFraming move_framing;

      hip_figure_frame_move (motion, &state, view->mirror, &framing, &move_framing);
      hip_figure_write_paper (svg, &style, size);
      hip_figure_write_background (svg, &view->camera, &move_framing, &style, state.plane, size);
    }
  hip_figure_write_body (svg, &skeleton, state.efforts, &view->camera, &framing, &style, size);
  if (scenery)
    hip_figure_write_labels (svg, &state, &style, size);
  hip_figure_svg_close (svg);
  return g_string_free (svg, FALSE);
}

/* Returns: (transfer full): an SVG document of @motion at @time, with floor and plane sheet */
char *
hip_diagram_still_svg (HipMotion            *motion,
                       const HipDiagramView *view,
                       double                time,
                       int                   size)
{
  return still_svg (motion, view, time, size, TRUE);
}

/* Returns: (transfer full): only the figure, on a transparent ground: for small thumbnails */
char *
hip_diagram_still_figure_svg (HipMotion            *motion,
                              const HipDiagramView *view,
                              double                time,
                              int                   size)
{
  return still_svg (motion, view, time, size, FALSE);
}

/* The plane sheets and move labels of a sequence change with its moves, which change only at
 * keys: each move's sheet and label are shown from the key it starts at until the next move's. */
static void
write_switched_backgrounds (GString              *svg,
                            HipMotion            *motion,
                            const HipDiagramView *view,
                            const HipFraming     *framing,
                            const HipFigureStyle *style,
                            int                   size)
{
  double duration = hip_motion_get_duration (motion);
  guint n = hip_motion_get_n_keys (motion);
  g_autofree HipMotionState *states = g_new0 (HipMotionState, n);
  g_autofree double *times = g_new (double, n);
  g_autofree guint8 *shown = g_new0 (guint8, n);
  g_autoptr(GPtrArray) moves = g_ptr_array_new ();
  guint n_times = 0;

  /* The last key ends the loop where the first begins it. */
  for (guint k = 0; k < n && (k == 0 || hip_motion_get_key_time (motion, k) < duration); k++)
    {
      HipPose pose;

      times[n_times] = hip_motion_get_key_time (motion, k);
      hip_motion_evaluate (motion, times[n_times], &pose, &states[n_times]);
      if (states[n_times].move != NULL && !g_ptr_array_find (moves, states[n_times].move, NULL))
        g_ptr_array_add (moves, (gpointer) states[n_times].move);
      n_times++;
    }

  /* Without moves the sheet never changes; with moves each has its own, where it starts. */
  if (moves->len == 0)
    hip_figure_write_background (svg, &view->camera, framing, style, states[0].plane, size);
  for (guint m = 0; m < moves->len; m++)
    {
      const HipMotionState *first = NULL;
      HipFraming move_framing;

      for (guint i = 0; i < n_times; i++)
        {
          shown[i] = states[i].move == moves->pdata[m];
          if (shown[i] && first == NULL)
            first = &states[i];
        }
      hip_figure_frame_move (motion, first, view->mirror, framing, &move_framing);
      g_string_append_printf (svg, "<g opacity=\"%d\">\n", shown[0] ? 1 : 0);
      hip_figure_append_switch (svg, times, shown, n_times, duration);
      hip_figure_write_background (svg, &view->camera, &move_framing, style, first->plane, size);
      hip_figure_write_labels (svg, first, style, size);
      g_string_append (svg, "</g>\n");
    }
}

/* How a motion's body is drawn at any moment of its loop, the same way every time. */
typedef struct
{
  HipMotion            *motion;
  const HipDiagramView *view;
  const HipFraming     *framing;
  int                   size;
} Sampler;

/* @items: every item, resting muscles too, so that each frame lists the same items */
static void
sample_body (const Sampler  *sampler,
             double          time,
             HipMotionState *state,
             GArray         *items)
{
  HipSkeleton skeleton;
  HipPose pose;

  hip_motion_evaluate (sampler->motion, time, &pose, state);
  hip_rig_solve (&pose, &skeleton);
  if (sampler->view->mirror)
    hip_figure_mirror (&skeleton);
  g_array_set_size (items, 0);
  hip_figure_collect_body (&skeleton, state->efforts, TRUE, &sampler->view->camera,
                           sampler->framing, sampler->size, items);
}

static GArray *
new_items (void)
{
  return g_array_sized_new (FALSE, FALSE, sizeof (HipFigureItem), 48);
}

static GArray *
order_at (const Sampler *sampler,
          double         time)
{
  g_autoptr(GArray) items = new_items ();
  GArray *order = new_items ();
  HipMotionState state;

  sample_body (sampler, time, &state, items);
  hip_figure_draw_order (items, order);
  return order;
}

static gboolean
same_order (GArray *a,
            GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const HipFigureItem *x = &g_array_index (a, HipFigureItem, i);
      const HipFigureItem *y = &g_array_index (b, HipFigureItem, i);

      if (x->index != y->index || x->far != y->far)
        return FALSE;
    }
  return TRUE;
}

static void
clear_order (gpointer data)
{
  g_array_unref (((HipFigureOrder *) data)->items);
}

static void
add_order (GArray *orders,
           double  time,
           GArray *items)
{
  HipFigureOrder order = { time, g_array_ref (items) };

  g_array_append_val (orders, order);
}

/* Adds each change of the drawing order between @t0 and @t1 to @orders, found by halving the
 * interval down to ORDER_RESOLUTION: the app draws every frame in its own order, so the file
 * switches where the app does, not only on the file's own frames. */
static void
add_order_changes (const Sampler *sampler,
                   double         t0,
                   GArray        *o0,
                   double         t1,
                   GArray        *o1,
                   GArray        *orders)
{
  g_autoptr(GArray) middle = NULL;
  double tm = (t0 + t1) / 2;

  if (same_order (o0, o1))
    return;
  if (t1 - t0 <= ORDER_RESOLUTION)
    {
      add_order (orders, t1, o1);
      return;
    }
  middle = order_at (sampler, tm);
  add_order_changes (sampler, t0, o0, tm, middle, orders);
  add_order_changes (sampler, tm, middle, t1, o1, orders);
}

/* The drawing order from the loop's start and at each change, as the app would draw it:
 * looked at ORDER_CHECKS times a second (more often than a screen shows frames, so that an
 * order that lasts a frame is not missed), each change then found by halving. */
static GArray *
find_orders (const Sampler *sampler,
             double         duration)
{
  GArray *orders = g_array_new (FALSE, FALSE, sizeof (HipFigureOrder));
  guint n_checks = MAX (1, (guint) ceil (duration * ORDER_CHECKS));
  g_autoptr(GArray) previous = order_at (sampler, 0);

  g_array_set_clear_func (orders, clear_order);
  add_order (orders, 0, previous);
  for (guint i = 1; i <= n_checks; i++)
    {
      /* The end of the loop is its start. */
      g_autoptr(GArray) order = order_at (sampler, i == n_checks ? 0 : duration * i / n_checks);

      add_order_changes (sampler, duration * (i - 1) / n_checks, previous,
                         duration * i / n_checks, order, orders);
      g_clear_pointer (&previous, g_array_unref);
      previous = g_steal_pointer (&order);
    }
  /* A change found at the very end is the loop starting again. */
  if (g_array_index (orders, HipFigureOrder, orders->len - 1).time >= duration)
    g_array_remove_index (orders, orders->len - 1);
  return orders;
}

/**
 * hip_diagram_animated_svg:
 *
 * Returns: (transfer full): an SVG document that plays the whole motion by itself, with SMIL
 *   animation, in any web browser; the first frame is what a non-animating renderer shows
 */
char *
hip_diagram_animated_svg (HipMotion            *motion,
                          const HipDiagramView *view,
                          int                   size)
{
  double duration = hip_motion_get_duration (motion);
  /* Frames evenly spaced over the loop, as SMIL spaces the values; the last is the first again,
   * so the loop closes without a jump. */
  guint n_frames = MAX (1, (guint) ceil (duration * ANIMATION_FPS - 1e-9)) + 1;
  g_autofree GArray **frames = g_new0 (GArray *, n_frames);
  g_autoptr(GArray) orders = NULL;
  GString *svg = g_string_sized_new (64 * 1024);
  HipFigureStyle style;
  HipFraming framing;
  Sampler sampler = { motion, view, &framing, size };

  hip_figure_style_init (&style, view->dark);
  hip_figure_frame_motion (motion, &view->camera, view->mirror, &framing);
  for (guint f = 0; f < n_frames; f++)
    {
      HipMotionState state;

      frames[f] = new_items ();
      sample_body (&sampler, f == n_frames - 1 ? 0 : duration * f / (n_frames - 1), &state,
                   frames[f]);
    }
  orders = find_orders (&sampler, duration);

  hip_figure_svg_open (svg, size);
  write_description (svg, motion, view, -1);
  hip_figure_write_paper (svg, &style, size);
  write_switched_backgrounds (svg, motion, view, &framing, &style, size);
  hip_figure_write_animated_body (svg, frames, n_frames, orders, duration, &style);
  hip_figure_svg_close (svg);

  for (guint f = 0; f < n_frames; f++)
    g_array_unref (frames[f]);
  return g_string_free (svg, FALSE);
}

static cairo_status_t
append_png_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
render_png (const char  *svg,
            int          size,
            GError     **error)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  gboolean ok = hip_figure_render_svg (svg, strlen (svg), cr, size, error);
  cairo_status_t status = CAIRO_STATUS_SUCCESS;

  cairo_destroy (cr);
  if (ok)
    status = cairo_surface_write_to_png_stream (surface, append_png_cb, png);
  cairo_surface_destroy (surface);

  if (!ok)
    return NULL;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HIP_DIAGRAM_ERROR, HIP_DIAGRAM_ERROR_RENDER, "%s",
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

/**
 * hip_diagram_export:
 * @time: for stills, the moment shown (seconds)
 * @size: the picture's width and height in pixels
 * @path: the file to write; it is replaced atomically, so a failure never leaves half a file
 *
 * Returns: %TRUE when the file was written
 */
gboolean
hip_diagram_export (HipMotion             *motion,
                    const HipDiagramView  *view,
                    HipDiagramFormat       format,
                    double                 time,
                    int                    size,
                    const char            *path,
                    GError               **error)
{
  g_autofree char *svg = NULL;
  g_autoptr(GBytes) png = NULL;

  g_return_val_if_fail (HIP_IS_MOTION (motion), FALSE);
  g_return_val_if_fail (size > 0, FALSE);

  if (format == HIP_DIAGRAM_FORMAT_ANIMATED_SVG)
    svg = hip_diagram_animated_svg (motion, view, size);
  else
    svg = hip_diagram_still_svg (motion, view, time, size);

  if (format != HIP_DIAGRAM_FORMAT_PNG)
    return hip_file_write (path, svg, strlen (svg), error);

  png = render_png (svg, size, error);
  return png != NULL &&
         hip_file_write (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), error);
}
