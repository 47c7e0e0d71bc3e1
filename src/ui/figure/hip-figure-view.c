/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "hip-diagram.h"
#include "hip-figure-view.h"
#include "hip-figure-view-private.h"

/**
 * HipFigureView:
 *
 * Draws a motion's figure at a time, and plays it. The floor and the plane sheet do not move, so
 * they are rendered once per size, plane and style into a cairo node; each frame renders only the
 * body. Playing follows the frame clock and stops while the widget is not mapped.
 */
struct _HipFigureView
{
  GtkWidget       parent_instance;

  HipMotion      *motion;
  double          time;
  double          speed;
  gboolean        playing;
  gboolean        mirror;
  HipCamera       camera;

  HipFraming      framing;
  gboolean        framing_valid;
  GskRenderNode  *background;
  int             background_size;
  int             background_scale;
  HipPlane        background_plane;
  const char     *background_move;
  gboolean        background_dark;

  const char     *caption;
  double          loop_from;      /* a stretch of the loop played alone; empty for all of it */
  double          loop_to;
  guint           tick_id;
  gint64          last_frame_time;
  gint64          last_draw_time;
  guint64         n_frames;
  double          drag_yaw;
  double          drag_elevation;
};

G_DEFINE_FINAL_TYPE (HipFigureView, hip_figure_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MOTION,
  PROP_TIME,
  PROP_PLAYING,
  PROP_SPEED,
  PROP_MIRROR,
  PROP_CAPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
invalidate (HipFigureView *self,
            gboolean       framing)
{
  if (framing)
    {
      self->framing_valid = FALSE;
      g_clear_pointer (&self->background, gsk_render_node_unref);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The drawing is rasterised once into an image, and a cairo node paints that image each frame.
 * Measured with the player benchmark (four runs each), this costs less than a cairo node
 * holding the vectors (9.1 % against 11.0 % of a core: cairo re-rasterised them on every
 * frame) or a texture (which GTK 4.8's cairo renderer converts on every frame). */
static GskRenderNode *
render_node (const char *svg,
             int         size,
             int         scale)
{
  GskRenderNode *node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, size, size));
  cairo_t *cr = gsk_cairo_node_get_draw_context (node);
  /* At the display's scale, so that the sheet's edges and label stay sharp on a HiDPI screen. */
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size * scale,
                                                       size * scale);
  cairo_t *icr;

  cairo_surface_set_device_scale (image, scale, scale);
  icr = cairo_create (image);

  hip_figure_render_svg (svg, strlen (svg), icr, size, NULL);
  cairo_destroy (icr);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_paint (cr);
  cairo_surface_destroy (image);
  cairo_destroy (cr);
  return node;
}

/* The floor, the plane sheet and the move's label change only with the move, not per frame:
 * they are rendered once into a cairo node. */
static void
ensure_background (HipFigureView        *self,
                   const HipFigureStyle *style,
                   const HipMotionState *state,
                   int                   size)
{
  g_autoptr(GString) svg = NULL;
  gboolean dark = is_dark ();
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  HipFraming move_framing;

  if (self->background != NULL && self->background_size == size &&
      self->background_scale == scale &&
      self->background_plane == state->plane && self->background_move == state->move &&
      self->background_dark == dark)
    return;

  svg = g_string_new (NULL);
  hip_figure_frame_move (self->motion, state, self->mirror, &self->framing, &move_framing);
  hip_figure_svg_open (svg, size);
  hip_figure_write_background (svg, &self->camera, &move_framing, style, state->plane, size);
  hip_figure_write_labels (svg, state, style, size);
  hip_figure_svg_close (svg);
  g_clear_pointer (&self->background, gsk_render_node_unref);
  self->background = render_node (svg->str, size, scale);
  self->background_size = size;
  self->background_scale = scale;
  self->background_plane = state->plane;
  self->background_move = state->move;
  self->background_dark = dark;
}

static void
hip_figure_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  HipFigureView *self = HIP_FIGURE_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  int size = MIN (width, height);
  g_autoptr(GString) svg = NULL;
  HipFigureStyle style;
  HipMotionState state;
  HipSkeleton skeleton;
  HipPose pose;
  graphene_rect_t bounds;
  cairo_t *cr;

  if (self->motion == NULL || size < 16)
    return;

  if (!self->framing_valid)
    {
      hip_figure_frame_motion (self->motion, &self->camera, self->mirror, &self->framing);
      self->framing_valid = TRUE;
    }

  hip_figure_style_init (&style, is_dark ());
  hip_motion_evaluate (self->motion, self->time, &pose, &state);
  hip_rig_solve (&pose, &skeleton);
  if (self->mirror)
    hip_figure_mirror (&skeleton);

  bounds = GRAPHENE_RECT_INIT ((width - size) / 2, (height - size) / 2, size, size);
  ensure_background (self, &style, &state, size);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &bounds.origin);
  gtk_snapshot_append_node (snapshot, self->background);
  gtk_snapshot_restore (snapshot);

  svg = g_string_sized_new (4096);
  hip_figure_svg_open (svg, size);
  hip_figure_write_body (svg, &skeleton, state.efforts, &self->camera, &self->framing, &style,
                         size);
  hip_figure_svg_close (svg);

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_translate (cr, bounds.origin.x, bounds.origin.y);
  hip_figure_render_svg (svg->str, svg->len, cr, size, NULL);
  cairo_destroy (cr);
  self->n_frames++;
}

/* The caption follows the time; never changed while drawing, since it resizes a label. */
static void
update_caption (HipFigureView *self)
{
  HipMotionState state = { .caption = NULL };
  HipPose pose;

  if (self->motion != NULL)
    hip_motion_evaluate (self->motion, self->time, &pose, &state);
  if (self->caption == state.caption)
    return;

  self->caption = state.caption;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  state.caption != NULL ? state.caption : "", -1);
}

static void
hip_figure_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = 64;
  *natural = 320;
}

/* Exercises are shown slowly and smoothly: 30 frames a second draw them as well as 60, for
 * half the work (without a compositor GTK repaints the whole window on every frame). */
#define FRAME_INTERVAL_US (G_USEC_PER_SEC / 30)

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  HipFigureView *self = HIP_FIGURE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (self->last_frame_time == 0 || self->motion == NULL)
    {
      self->last_frame_time = self->last_draw_time = now;
      return G_SOURCE_CONTINUE;
    }
  /* A little early still counts, so a 60 Hz clock gives every other frame. */
  if (now - self->last_draw_time < FRAME_INTERVAL_US - 2000)
    return G_SOURCE_CONTINUE;

  if (self->loop_to > self->loop_from)
    self->time = self->loop_from +
                 fmod (MAX (self->time - self->loop_from, 0) +
                       (now - self->last_frame_time) * self->speed / G_USEC_PER_SEC,
                       self->loop_to - self->loop_from);
  else
    self->time = fmod (self->time + (now - self->last_frame_time) * self->speed / G_USEC_PER_SEC,
                       hip_motion_get_duration (self->motion));
  self->last_frame_time = self->last_draw_time = now;
  update_caption (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* Ticks only while playing and on screen: a hidden player costs nothing. */
static void
update_ticking (HipFigureView *self)
{
  gboolean tick = self->playing && self->motion != NULL && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (tick && self->tick_id == 0)
    {
      self->last_frame_time = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
    }
  else if (!tick && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

static void
hip_figure_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hip_figure_view_parent_class)->map (widget);
  update_ticking (HIP_FIGURE_VIEW (widget));
}

static void
hip_figure_view_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hip_figure_view_parent_class)->unmap (widget);
  update_ticking (HIP_FIGURE_VIEW (widget));
}

static void
drag_begin_cb (HipFigureView *self)
{
  self->drag_yaw = self->camera.yaw;
  self->drag_elevation = self->camera.elevation;
}

static void
drag_update_cb (HipFigureView *self,
                double         dx,
                double         dy)
{
  hip_figure_view_orbit (self, self->drag_yaw - dx * 0.5, self->drag_elevation + dy * 0.4);
}

static void
style_changed_cb (HipFigureView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

HipMotion *
hip_figure_view_get_motion (HipFigureView *self)
{
  g_return_val_if_fail (HIP_IS_FIGURE_VIEW (self), NULL);
  return self->motion;
}

/* Shows @motion from its own plane's camera, at its first key pose. */
void
hip_figure_view_set_motion (HipFigureView *self,
                            HipMotion     *motion)
{
  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));

  if (!g_set_object (&self->motion, motion))
    return;
  self->loop_from = self->loop_to = 0;
  if (motion != NULL)
    {
      /* It opens on its most readable camera, not always the one it was drawn for. */
      hip_camera_for_plane (hip_figure_readable_plane (motion), &self->camera);
      if (self->mirror)
        self->camera.yaw = -self->camera.yaw;
      self->time = hip_motion_get_still_time (motion);
    }
  invalidate (self, TRUE);
  update_ticking (self);
  update_caption (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

/**
 * hip_figure_view_set_loop:
 * @from: where the stretch starts, in seconds
 * @to: where it ends; @to ≤ @from plays the whole loop
 *
 * Plays only [@from, @to) of the motion's loop: one leg of an alternating movement, for a
 * one-sided set.
 */
void
hip_figure_view_set_loop (HipFigureView *self,
                          double         from,
                          double         to)
{
  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));

  self->loop_from = from;
  self->loop_to = to;
  if (to > from && (self->time < from || self->time >= to))
    hip_figure_view_set_time (self, from);
}

double
hip_figure_view_get_time (HipFigureView *self)
{
  g_return_val_if_fail (HIP_IS_FIGURE_VIEW (self), 0);
  return self->time;
}

void
hip_figure_view_set_time (HipFigureView *self,
                          double         time)
{
  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));

  if (self->motion != NULL)
    time = CLAMP (time, 0, hip_motion_get_duration (self->motion));
  if (self->time == time)
    return;
  self->time = time;
  invalidate (self, FALSE);
  update_caption (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

gboolean
hip_figure_view_get_playing (HipFigureView *self)
{
  g_return_val_if_fail (HIP_IS_FIGURE_VIEW (self), FALSE);
  return self->playing;
}

void
hip_figure_view_set_playing (HipFigureView *self,
                             gboolean       playing)
{
  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));

  playing = !!playing;
  if (self->playing == playing)
    return;
  self->playing = playing;
  update_ticking (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

double
hip_figure_view_get_speed (HipFigureView *self)
{
  g_return_val_if_fail (HIP_IS_FIGURE_VIEW (self), 1);
  return self->speed;
}

void
hip_figure_view_set_speed (HipFigureView *self,
                           double         speed)
{
  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));

  speed = CLAMP (speed, 0.25, 2.0);
  if (self->speed == speed)
    return;
  self->speed = speed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

gboolean
hip_figure_view_get_mirror (HipFigureView *self)
{
  g_return_val_if_fail (HIP_IS_FIGURE_VIEW (self), FALSE);
  return self->mirror;
}

void
hip_figure_view_set_mirror (HipFigureView *self,
                            gboolean       mirror)
{
  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));

  mirror = !!mirror;
  if (self->mirror == mirror)
    return;
  self->mirror = mirror;
  /* The viewpoint is mirrored with the body: the picture is then the mirror image of the
   * other side's, the working leg as near the viewer as it was (not drawn pale behind). */
  self->camera.yaw = -self->camera.yaw;
  invalidate (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRROR]);
}

void
hip_figure_view_set_camera (HipFigureView *self,
                            HipPlane       plane)
{
  HipCamera camera;

  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));

  hip_camera_for_plane (plane, &camera);
  hip_figure_view_orbit (self, self->mirror ? -camera.yaw : camera.yaw, camera.elevation);
}

/* Turns the camera around the figure; elevation is kept between eye level and overhead. */
void
hip_figure_view_orbit (HipFigureView *self,
                       double         yaw,
                       double         elevation)
{
  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));

  self->camera.yaw = fmod (yaw, 360);
  self->camera.elevation = CLAMP (elevation, -5, 85);
  invalidate (self, TRUE);
}

/* Returns: (nullable): the instruction for the phase on screen */
const char *
hip_figure_view_get_caption (HipFigureView *self)
{
  g_return_val_if_fail (HIP_IS_FIGURE_VIEW (self), NULL);
  return self->caption;
}

/* Jumps to the next (+1) or previous (−1) key pose, wrapping around, and pauses there. */
void
hip_figure_view_step_key (HipFigureView *self,
                          int            direction)
{
  guint n;
  int best = -1;

  g_return_if_fail (HIP_IS_FIGURE_VIEW (self));
  if (self->motion == NULL)
    return;

  n = hip_motion_get_n_keys (self->motion);
  /* The nearest key pose in @direction from now... */
  for (guint step = 0; step < n && best < 0; step++)
    {
      int k = direction > 0 ? (int) step : (int) (n - 1 - step);
      double t = hip_motion_get_key_time (self->motion, k);

      if (hip_motion_is_key_pose (self->motion, k) &&
          ((direction > 0 && t > self->time + 1e-3) || (direction < 0 && t < self->time - 1e-3)))
        best = k;
    }
  /* ...or, past the last one, the first one again (and the other way round). */
  for (guint step = 0; step < n && best < 0; step++)
    {
      int k = direction > 0 ? (int) step : (int) (n - 1 - step);

      if (hip_motion_is_key_pose (self->motion, k))
        best = k;
    }

  hip_figure_view_set_playing (self, FALSE);
  if (best >= 0)
    hip_figure_view_set_time (self, hip_motion_get_key_time (self->motion, best));
}

/* How many frames were drawn: for tests and the CPU benchmark. */
guint64
hip_figure_view_get_n_frames (HipFigureView *self)
{
  g_return_val_if_fail (HIP_IS_FIGURE_VIEW (self), 0);
  return self->n_frames;
}

static void
hip_figure_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HipFigureView *self = HIP_FIGURE_VIEW (object);

  switch (prop_id)
    {
    case PROP_MOTION: g_value_set_object (value, self->motion); break;
    case PROP_TIME: g_value_set_double (value, self->time); break;
    case PROP_PLAYING: g_value_set_boolean (value, self->playing); break;
    case PROP_SPEED: g_value_set_double (value, self->speed); break;
    case PROP_MIRROR: g_value_set_boolean (value, self->mirror); break;
    case PROP_CAPTION: g_value_set_string (value, self->caption); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_figure_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HipFigureView *self = HIP_FIGURE_VIEW (object);

  switch (prop_id)
    {
    case PROP_MOTION: hip_figure_view_set_motion (self, g_value_get_object (value)); break;
    case PROP_TIME: hip_figure_view_set_time (self, g_value_get_double (value)); break;
    case PROP_PLAYING: hip_figure_view_set_playing (self, g_value_get_boolean (value)); break;
    case PROP_SPEED: hip_figure_view_set_speed (self, g_value_get_double (value)); break;
    case PROP_MIRROR: hip_figure_view_set_mirror (self, g_value_get_boolean (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_figure_view_dispose (GObject *object)
{
  HipFigureView *self = (HipFigureView *) object;

  g_clear_object (&self->motion);
  g_clear_pointer (&self->background, gsk_render_node_unref);

  G_OBJECT_CLASS (hip_figure_view_parent_class)->dispose (object);
}

static void
hip_figure_view_class_init (HipFigureViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = hip_figure_view_dispose;
  object_class->get_property = hip_figure_view_get_property;
  object_class->set_property = hip_figure_view_set_property;
  widget_class->snapshot = hip_figure_view_snapshot;
  widget_class->measure = hip_figure_view_measure;
  widget_class->map = hip_figure_view_map;
  widget_class->unmap = hip_figure_view_unmap;

  properties[PROP_MOTION] = g_param_spec_object ("motion", NULL, NULL, HIP_TYPE_MOTION, rw);
  properties[PROP_TIME] = g_param_spec_double ("time", NULL, NULL, 0, G_MAXDOUBLE, 0, rw);
  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE, rw);
  properties[PROP_SPEED] = g_param_spec_double ("speed", NULL, NULL, 0.25, 2.0, 1.0, rw);
  properties[PROP_MIRROR] = g_param_spec_boolean ("mirror", NULL, NULL, FALSE, rw);
  properties[PROP_CAPTION] =
    g_param_spec_string ("caption", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "figure-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hip_figure_view_init (HipFigureView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  self->speed = 1.0;
  hip_camera_for_plane (HIP_PLANE_SAGITTAL, &self->camera);

  /* Dragging orbits the camera around the figure. */
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (drag_update_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Animated diagram of the exercise"), -1);
}

GtkWidget *
hip_figure_view_new (void)
{
  return g_object_new (HIP_TYPE_FIGURE_VIEW, NULL);
}
