/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <librsvg/rsvg.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include "hip-exercise.h"
#include "hip-muscle-map.h"
#include "hip-muscle-map-private.h"
#include "hip-vocabulary.h"

#define MAP_RESOURCE RESOURCE_BASE "/muscle-map.svg"
#define MAP_WIDTH    480.0
#define MAP_HEIGHT   520.0
/* Where the views' names sit, in the drawing's units: under its feet. */
#define VIEW_LABEL_Y 500.0
/* Id colours: red = (muscle + 1) × 8, green a marker, so blended edge pixels match nothing. */
#define ID_STEP      8
#define ID_GREEN     0x55

/**
 * HipMuscleMap:
 *
 * A front and back drawing of the hip and core muscles (data/muscle-map.svg) with an
 * exercise's primary and secondary muscles tinted. Pointing at a muscle, or moving to it with
 * the arrow keys, names it and its actions; activating it (click, Enter) runs
 * win.filter-muscle to list every exercise that works it. The views are named by labels under
 * them, in the person's language.
 */
struct _HipMuscleMap
{
  GtkWidget    parent_instance;

  HipExercise *exercise;
  GBytes      *svg;
  GskRenderNode *picture;   /* the tinted map at the current size and style */
  guint8      *ids;         /* id-colour render for hit testing, one byte per pixel */
  int          width, height, scale;
  int          hovered;
  int          focused;
  GtkWidget   *views[2];    /* the labels under the front and the back view */
};

G_DEFINE_FINAL_TYPE (HipMuscleMap, hip_muscle_map, GTK_TYPE_WIDGET)

static void
drop_renders (HipMuscleMap *self)
{
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  g_clear_pointer (&self->ids, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static char *
color_css (const GdkRGBA *color)
{
  return g_strdup_printf ("rgb(%d,%d,%d)", (int) (color->red * 255), (int) (color->green * 255),
                          (int) (color->blue * 255));
}

static GdkRGBA
theme_color (HipMuscleMap *self,
             const char   *name,
             const char   *fallback)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), name,
                                       &color))
    gdk_rgba_parse (&color, fallback);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

/* The stylesheet that tints the exercise's muscles: primary in the accent colour, secondary
 * in a lighter tint of it, and everything else neutral, in light and dark style alike. */
static char *
tint_stylesheet (HipMuscleMap *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA accent = theme_color (self, "accent_bg_color", "#3584e4");
  g_autofree char *primary = color_css (&accent);
  g_autoptr(GString) css = g_string_new (NULL);

  g_string_append_printf (css, ".body { fill: %s; stroke: %s; }\n"
                               ".muscle { fill: %s; stroke: %s; }\n"
                               ".fibres { display: none; }\n",
                          dark ? "#3d3846" : "#e8e6e3", dark ? "#5e5c64" : "#a8a6ab",
                          dark ? "#504e55" : "#d8d4cf", dark ? "#77767b" : "#9a9996");
  for (guint m = 0; self->exercise != NULL && m < HIP_N_MUSCLES; m++)
    {
      HipMuscleRole role = hip_exercise_get_muscle_role (self->exercise, m);

      if (role == HIP_MUSCLE_ROLE_PRIMARY)
        g_string_append_printf (css, ".m-%s { fill: %s; }\n", hip_enum_to_nick (HIP_TYPE_MUSCLE, m),
                                primary);
      else if (role == HIP_MUSCLE_ROLE_SECONDARY)
        g_string_append_printf (css, ".m-%s { fill: %s; fill-opacity: 0.45; }\n",
                                hip_enum_to_nick (HIP_TYPE_MUSCLE, m), primary);
    }
  if (self->focused >= 0 || self->hovered >= 0)
    g_string_append_printf (css, ".m-%s { stroke: %s; stroke-width: 2.5; }\n",
                            hip_enum_to_nick (HIP_TYPE_MUSCLE,
                                              self->focused >= 0 ? self->focused : self->hovered),
                            dark ? "#ffffff" : "#000000");
  return g_string_free (g_steal_pointer (&css), FALSE);
}

static char *
id_stylesheet (void)
{
  g_autoptr(GString) css = g_string_new (".body { fill: #000; stroke: none; }\n"
                                         ".fibres { display: none; }\n"
                                         ".muscle { stroke: none; }\n");

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    g_string_append_printf (css, ".m-%s { fill: rgb(%d,%d,0); }\n",
                            hip_enum_to_nick (HIP_TYPE_MUSCLE, m), (m + 1) * ID_STEP, ID_GREEN);
  return g_string_free (g_steal_pointer (&css), FALSE);
}

/* Renders the map with @css into a new image surface fitted into width × height (in pixels
 * of @scale: the picture is drawn at the display's scale, the hit-test map at 1). */
static cairo_surface_t *
render (HipMuscleMap *self,
        const char   *css,
        int           scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, self->width * scale,
                                                         self->height * scale);
  cairo_t *cr;
  gsize len;
  const guint8 *data = g_bytes_get_data (self->svg, &len);
  RsvgHandle *handle = rsvg_handle_new_from_data (data, len, NULL);
  RsvgRectangle viewport = { 0, 0, self->width, self->height };

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);

  if (handle != NULL)
    {
      rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), NULL);
      rsvg_handle_render_document (handle, cr, &viewport, NULL);
      g_object_unref (handle);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
ensure_renders (HipMuscleMap *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  g_autofree char *css = NULL;
  cairo_surface_t *surface;
  int stride;

  if (width != self->width || height != self->height || scale != self->scale)
    drop_renders (self);
  self->width = width;
  self->height = height;
  self->scale = scale;
  if (self->svg == NULL || width < 8 || height < 8)
    return;

  /* A cairo node, not a texture: GTK 4.8's cairo renderer converts a texture's pixels again
   * on every frame it draws, and beside a playing diagram that is every frame. */
  if (self->picture == NULL)
    {
      cairo_t *cr;

      css = tint_stylesheet (self);
      surface = render (self, css, scale);
      self->picture = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, width, height));
      cr = gsk_cairo_node_get_draw_context (self->picture);
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  if (self->ids == NULL)
    {
      g_autofree char *ids_css = id_stylesheet ();
      const guint8 *pixels;

      surface = render (self, ids_css, 1);
      stride = cairo_image_surface_get_stride (surface);
      pixels = cairo_image_surface_get_data (surface);
      self->ids = g_new0 (guint8, width * height);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            /* ARGB32 little-endian: B, G, R, A. */
            const guint8 *p = pixels + y * stride + x * 4;

            if (p[3] == 255 && p[1] == ID_GREEN && p[2] % ID_STEP == 0 && p[2] > 0)
              self->ids[y * width + x] = p[2] / ID_STEP;
          }
      cairo_surface_destroy (surface);
    }
}

/**
 * hip_muscle_map_muscle_at:
 *
 * Returns: the #HipMuscle drawn at (@x, @y), or -1
 */
int
hip_muscle_map_muscle_at (HipMuscleMap *self,
                          double        x,
                          double        y)
{
  g_return_val_if_fail (HIP_IS_MUSCLE_MAP (self), -1);

  ensure_renders (self);
  if (self->ids == NULL || x < 0 || y < 0 || x >= self->width || y >= self->height)
    return -1;
  return (int) self->ids[(int) y * self->width + (int) x] - 1;
}

int
hip_muscle_map_get_focused (HipMuscleMap *self)
{
  g_return_val_if_fail (HIP_IS_MUSCLE_MAP (self), -1);
  return self->focused;
}

static void
hip_muscle_map_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  HipMuscleMap *self = HIP_MUSCLE_MAP (widget);

  ensure_renders (self);
  if (self->picture != NULL)
    gtk_snapshot_append_node (snapshot, self->picture);
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    gtk_widget_snapshot_child (widget, self->views[i], snapshot);
}

/* Each view's label centred under it, where the drawing (fitted into the widget, as librsvg
 * fits it, centred) leaves room at its foot. */
static void
hip_muscle_map_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  HipMuscleMap *self = HIP_MUSCLE_MAP (widget);
  double scale = MIN (width / MAP_WIDTH, height / MAP_HEIGHT);
  double left = (width - MAP_WIDTH * scale) / 2, top = (height - MAP_HEIGHT * scale) / 2;
  static const double centres[] = { 120, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      int w, h, x, y;

      gtk_widget_measure (self->views[i], GTK_ORIENTATION_HORIZONTAL, -1, NULL, &w, NULL, NULL);
      gtk_widget_measure (self->views[i], GTK_ORIENTATION_VERTICAL, w, NULL, &h, NULL, NULL);
      w = MIN (w, width / 2);
      x = CLAMP ((int) (left + centres[i] * scale - w / 2.0), 0, MAX (0, width - w));
      y = CLAMP ((int) (top + VIEW_LABEL_Y * scale - h / 2.0), 0, MAX (0, height - h));
      gtk_widget_size_allocate (self->views[i], &(GtkAllocation) { x, y, w, h }, -1);
    }
}

static GtkSizeRequestMode
hip_muscle_map_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Keeps the drawing's aspect ratio. */
static void
hip_muscle_map_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 420;
    }
  else
    {
      double width = for_size > 0 ? for_size : 420;

      *minimum = *natural = (int) (MIN (width, 520) * MAP_HEIGHT / MAP_WIDTH);
    }
}

static char *
describe (int muscle)
{
  /* Translators: a muscle's name and what it does, e.g. "Gluteus medius: abducts the hip" */
  return g_strdup_printf (_("%s: %s"), hip_muscle_get_label (muscle),
                          hip_muscle_get_description (muscle));
}

static gboolean
query_tooltip_cb (HipMuscleMap *self,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip)
{
  int muscle = keyboard ? self->focused : hip_muscle_map_muscle_at (self, x, y);
  g_autofree char *text = NULL;

  if (muscle < 0)
    return FALSE;
  text = describe (muscle);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_highlight (HipMuscleMap *self,
               int          *field,
               int           muscle)
{
  if (*field == muscle)
    return;
  *field = muscle;
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (HipMuscleMap *self,
           double        x,
           double        y)
{
  int muscle = hip_muscle_map_muscle_at (self, x, y);

  set_highlight (self, &self->hovered, muscle);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), muscle >= 0 ? "pointer" : NULL);
}

static void
leave_cb (HipMuscleMap *self)
{
  set_highlight (self, &self->hovered, -1);
}

static void
activate_muscle (HipMuscleMap *self,
                 int           muscle)
{
  if (muscle >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.filter-muscle", "s",
                                hip_enum_to_nick (HIP_TYPE_MUSCLE, muscle));
}

static void
pressed_cb (HipMuscleMap *self,
            int           n_press,
            double        x,
            double        y)
{
  activate_muscle (self, hip_muscle_map_muscle_at (self, x, y));
}

/* Arrow keys walk through the exercise's muscles, so keyboard users can read and pick them. */
static void
focus_step (HipMuscleMap *self,
            int           direction)
{
  int start = self->focused;

  if (self->exercise == NULL)
    return;
  for (int i = 1; i <= HIP_N_MUSCLES; i++)
    {
      int m = ((start < 0 ? (direction > 0 ? -1 : 0) : start) + direction * i + HIP_N_MUSCLES * 2)
              % HIP_N_MUSCLES;

      if (hip_exercise_get_muscle_role (self->exercise, m) != HIP_MUSCLE_ROLE_NONE)
        {
          g_autofree char *text = describe (m);

          set_highlight (self, &self->focused, m);
          gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
          gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
          gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
          return;
        }
    }
}

static gboolean
key_pressed_cb (HipMuscleMap    *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      focus_step (self, 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      focus_step (self, -1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      activate_muscle (self, self->focused);
      return self->focused >= 0;
    default:
      return FALSE;
    }
}

static void
update_accessible (HipMuscleMap *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (HipMuscleRole role = HIP_MUSCLE_ROLE_PRIMARY; role <= HIP_MUSCLE_ROLE_SECONDARY; role++)
    for (guint m = 0; self->exercise != NULL && m < HIP_N_MUSCLES; m++)
      if (hip_exercise_get_muscle_role (self->exercise, m) == role)
        g_string_append_printf (text, "%s%s (%s)", text->len > 0 ? ", " : "",
                                hip_muscle_get_label (m), hip_muscle_role_get_label (role));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
}

void
hip_muscle_map_set_exercise (HipMuscleMap *self,
                             HipExercise  *exercise)
{
  g_return_if_fail (HIP_IS_MUSCLE_MAP (self));

  if (!g_set_object (&self->exercise, exercise))
    return;
  self->focused = -1;
  self->hovered = -1;
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  update_accessible (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
style_changed_cb (HipMuscleMap *self)
{
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
hip_muscle_map_dispose (GObject *object)
{
  HipMuscleMap *self = (HipMuscleMap *) object;

  g_clear_object (&self->exercise);
  g_clear_pointer (&self->picture, gsk_render_node_unref);
  g_clear_pointer (&self->ids, g_free);
  g_clear_pointer (&self->svg, g_bytes_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    g_clear_pointer (&self->views[i], gtk_widget_unparent);

  G_OBJECT_CLASS (hip_muscle_map_parent_class)->dispose (object);
}

static void
hip_muscle_map_class_init (HipMuscleMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_muscle_map_dispose;
  widget_class->snapshot = hip_muscle_map_snapshot;
  widget_class->measure = hip_muscle_map_measure;
  widget_class->size_allocate = hip_muscle_map_size_allocate;
  widget_class->get_request_mode = hip_muscle_map_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "muscle-map");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hip_muscle_map_init (HipMuscleMap *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->hovered = self->focused = -1;
  self->svg = g_resources_lookup_data (MAP_RESOURCE, 0, NULL);
  /* Translators: under the muscle map's view of the body from the front */
  self->views[0] = gtk_label_new (C_("muscle map", "Front"));
  /* Translators: under the muscle map's view of the body from behind */
  self->views[1] = gtk_label_new (C_("muscle map", "Back"));
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      gtk_widget_add_css_class (self->views[i], "dim-label");
      /* Pointing goes to the drawing under it. */
      gtk_widget_set_can_target (self->views[i], FALSE);
      gtk_widget_set_parent (self->views[i], GTK_WIDGET (self));
    }

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect_object (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Muscles worked"), -1);
}
