/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <adwaita.h>

#include "hip-balance-wheel.h"
#include "hip-balance-wheel-private.h"
#include "hip-vocabulary.h"
#include "hip-widget-utils.h"

/**
 * HipBalanceWheel:
 *
 * This week's hip work on six spokes, one per action, opposite actions across from each other.
 * Each spoke counts the action's weighted sets this week: a set counts 1 for an action the
 * exercise mainly trains, ½ for one it helps with and ¼ for one it steadies. On each spoke a
 * band shows where the action is in balance by the rules of SCIENCE.md §6: within 0.8–1.25 (or
 * its pair's band) of its opposite and 8–30 % of the week. The week is a polygon through the
 * spokes in their order around the wheel; its corners are green in their band and orange
 * outside it, and each spoke's label says in words whether the action has too little, too
 * much, or is in balance. The page's legend and the accessible description say the same.
 */
struct _HipBalanceWheel
{
  GtkWidget   parent_instance;

  HipBalance  balance;
  guint       exempt;
  double      low[HIP_N_ACTIONS];
  double      high[HIP_N_ACTIONS];
};

G_DEFINE_FINAL_TYPE (HipBalanceWheel, hip_balance_wheel, GTK_TYPE_WIDGET)

#define WIDTH      430     /* natural; the minimum is narrower, for phones */
#define MIN_WIDTH  300
#define MAX_RADIUS 115
#define LABEL_ROOM 115     /* the most room beside the side spokes */

/* The spokes clockwise from the top: flexion, then every action at 60° from the one before,
 * each across from its opposite. The polygon joins them in this order, so it never crosses
 * itself. */
static const HipAction around[HIP_N_ACTIONS] = {
  HIP_ACTION_FLEXION, HIP_ACTION_ABDUCTION, HIP_ACTION_EXTERNAL_ROTATION,
  HIP_ACTION_EXTENSION, HIP_ACTION_ADDUCTION, HIP_ACTION_INTERNAL_ROTATION,
};

/* The spoke's angle in radians, clockwise from the right (cairo's), from −90° at the top. */
static double
spoke_angle (HipAction action)
{
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    if (around[i] == action)
      return (-90.0 + 60.0 * i) * G_PI / 180;
  g_assert_not_reached ();
}

static void
compute_bands (HipBalanceWheel *self)
{
  double total = hip_balance_total (&self->balance);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double partner = self->balance.actions[hip_action_get_opposite (a)], band_lo, band_hi;

      hip_balance_pair_band (a, &band_lo, &band_hi);
      self->low[a] = MAX (HIP_BALANCE_MIN_SHARE * total, band_lo * partner);
      self->high[a] = MAX (self->low[a], MIN (band_hi * partner, HIP_BALANCE_MAX_SHARE * total));
    }
}

HipBalanceVerdict
hip_balance_wheel_get_verdict (HipBalanceWheel *self,
                               HipAction        action)
{
  double v = self->balance.actions[action];

  if (self->exempt & (1u << action))
    return HIP_BALANCE_NOT_TRAINED;
  if (v < self->low[action] - 1e-9)
    return HIP_BALANCE_TOO_LITTLE;
  if (v > self->high[action] + 1e-9)
    return HIP_BALANCE_TOO_MUCH;
  return HIP_BALANCE_IN_BAND;
}

gboolean
hip_balance_wheel_in_band (HipBalanceWheel *self,
                           HipAction        action)
{
  HipBalanceVerdict verdict = hip_balance_wheel_get_verdict (self, action);

  return verdict == HIP_BALANCE_IN_BAND || verdict == HIP_BALANCE_NOT_TRAINED;
}

static const char *
verdict_label (HipBalanceVerdict verdict)
{
  switch (verdict)
    {
    case HIP_BALANCE_TOO_LITTLE:
      return _("too little");
    case HIP_BALANCE_TOO_MUCH:
      return _("too much");
    case HIP_BALANCE_NOT_TRAINED:
      /* Translators: an action the profile leaves out, e.g. after a hip replacement */
      return _("left out");
    case HIP_BALANCE_IN_BAND:
    default:
      return _("in balance");
    }
}

double
hip_balance_wheel_get_volume (HipBalanceWheel *self,
                              HipAction        action)
{
  g_return_val_if_fail (HIP_IS_BALANCE_WHEEL (self), 0);

  return self->balance.actions[action];
}

/* The week's corner on each spoke, in drawing order, for a wheel of @radius at (@cx, @cy). */
static void
polygon (HipBalanceWheel  *self,
         double            cx,
         double            cy,
         double            radius,
         double            scale,
         graphene_point_t  points[HIP_N_ACTIONS])
{
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    {
      double r = radius * self->balance.actions[around[i]] / scale;

      points[i].x = cx + cos (spoke_angle (around[i])) * r;
      points[i].y = cy + sin (spoke_angle (around[i])) * r;
    }
}

/* The markup of an action's label: its name, its weighted sets, and the verdict in words. */
static char *
label_markup (HipBalanceWheel *self,
              HipAction        action)
{
  g_autofree char *sets = hip_balance_format_sets (self->balance.actions[action]);

  return g_markup_printf_escaped ("%s\n%s\n<b>%s</b>", hip_action_get_label (action), sets,
                                  verdict_label (hip_balance_wheel_get_verdict (self, action)));
}

/* Returns: (transfer full): @action's label, wrapped between words within @box pixels */
static PangoLayout *
label_layout (HipBalanceWheel *self,
              HipAction        action,
              double           box)
{
  g_autofree char *markup = label_markup (self, action);
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_width (layout, (int) box * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  return layout;
}

static int
text_width (HipBalanceWheel *self,
            const char      *markup)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  int width;

  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The room beside the side spokes: what the widest word of any label needs (the labels wrap
 * between words), and no more, so that a narrow wheel keeps the rest for itself. */
static double
label_room (HipBalanceWheel *self)
{
  int widest = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      g_autofree char *markup = label_markup (self, a);
      g_auto(GStrv) lines = g_strsplit (markup, "\n", -1);
      g_auto(GStrv) words = g_strsplit (lines[0], " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        widest = MAX (widest, text_width (self, words[w]));
      /* The sets and the verdict stay on a line each. */
      widest = MAX (widest, text_width (self, lines[1]));
      widest = MAX (widest, text_width (self, lines[2]));
    }
  /* 8 pixels from the spoke's end, and 10 to spare. */
  return MIN (LABEL_ROOM, widest + 18);
}

/* The height above the top spoke and below the bottom one: their labels'. */
static double
label_line (HipBalanceWheel *self,
            double           room)
{
  static const HipAction vertical[] = { HIP_ACTION_FLEXION, HIP_ACTION_EXTENSION };
  int line = 0;

  for (guint i = 0; i < G_N_ELEMENTS (vertical); i++)
    {
      g_autoptr(PangoLayout) layout = label_layout (self, vertical[i], room - 10);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      line = MAX (line, h);
    }
  return line + 6;
}

typedef struct
{
  double cx, cy, room, radius, scale;
} Geometry;

static gboolean
geometry (HipBalanceWheel *self,
          Geometry        *g)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g->cx = width / 2.0;
  g->cy = height / 2.0;
  g->room = label_room (self);
  g->radius = MIN (width / 2.0 - g->room, height / 2.0 - label_line (self, g->room));
  g->scale = 1;
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    g->scale = MAX (g->scale, MAX (self->balance.actions[a], self->high[a]) * 1.1);
  return g->radius > 10;
}

/**
 * hip_balance_wheel_get_vertices:
 * @points: (out caller-allocates): the polygon's corners in the order they are drawn
 * @angles: (out caller-allocates): the angle of each corner's spoke, in degrees clockwise from
 *   the top (0–360)
 *
 * For the tests: the polygon as the wheel draws it at its present size.
 */
void
hip_balance_wheel_get_vertices (HipBalanceWheel  *self,
                                graphene_point_t  points[HIP_N_ACTIONS],
                                double            angles[HIP_N_ACTIONS])
{
  Geometry g;

  g_return_if_fail (HIP_IS_BALANCE_WHEEL (self));

  geometry (self, &g);
  polygon (self, g.cx, g.cy, g.radius, g.scale, points);
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    angles[i] = spoke_angle (around[i]) * 180 / G_PI + 90;
}

/* One line an action, as the legend explains the wheel: its weighted sets, and in words whether
 * that is in balance, with the range that is. */
static void
describe_action (HipBalanceWheel *self,
                 GString         *text,
                 HipAction        action)
{
  HipBalanceVerdict verdict = hip_balance_wheel_get_verdict (self, action);
  g_autofree char *sets = hip_balance_format_number (self->balance.actions[action]);
  g_autofree char *low = hip_balance_format_number (self->low[action]);
  g_autofree char *high = hip_balance_format_number (self->high[action]);

  /* Translators: one spoke of the balance wheel: an action, its weighted sets this week and a
   * verdict in words (“too little”), for screen readers and the tooltip */
  g_string_append_printf (text, _("%s: %s weighted sets, %s"), hip_action_get_label (action),
                          sets, verdict_label (verdict));
  if (verdict != HIP_BALANCE_NOT_TRAINED)
    /* Translators: the range of weighted sets that keeps an action in balance */
    g_string_append_printf (text, _(" (in balance from %s to %s)"), low, high);
  g_string_append (text, ".\n");
}

static void
update_description (HipBalanceWheel *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n", _("Each hip action’s weighted sets this week: a set "
                                           "counts 1 for an action the exercise mainly trains, "
                                           "½ for one it helps with and ¼ for one it steadies."));
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    describe_action (self, text, around[i]);
  g_strchomp (text->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text->str);
}

void
hip_balance_wheel_set_balance (HipBalanceWheel  *self,
                               const HipBalance *balance,
                               guint             exempt)
{
  g_return_if_fail (HIP_IS_BALANCE_WHEEL (self));

  self->balance = *balance;
  self->exempt = exempt;
  compute_bands (self);
  update_description (self);
  /* The labels' words may need another height. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Theme colours, so that the wheel and the page's legend (style.css) agree in light and dark. */
static void
lookup (HipBalanceWheel *self,
        const char      *name,
        const GdkRGBA   *fallback,
        GdkRGBA         *colour)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), name,
                                       colour))
    *colour = *fallback;
}

/* The action's name, its weighted sets and the verdict in words at the outer end of its spoke,
 * clear of the wheel. */
static void
draw_label (HipBalanceWheel *self,
            cairo_t         *cr,
            HipAction        action,
            const Geometry  *g)
{
  double c = cos (spoke_angle (action)), s = sin (spoke_angle (action));
  double x = g->cx + c * g->radius, y = g->cy + s * g->radius, box = g->room - 10;
  g_autoptr(PangoLayout) layout = label_layout (self, action, box);
  int w, h;

  pango_layout_set_alignment (layout, c > 0.2 ? PANGO_ALIGN_LEFT
                                              : c < -0.2 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &w, &h);
  /* The text is aligned within a box of the room's width. */
  if (c > 0.2)
    x += 8;
  else if (c < -0.2)
    x -= 8 + box;
  else
    x -= box / 2.0;
  if (fabs (c) <= 0.2)
    y += s < 0 ? -h - 4 : 4;
  else
    y -= h / 2.0;
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Spokes and the band on each where the action is in balance. */
static void
draw_spokes (HipBalanceWheel *self,
             cairo_t         *cr,
             const Geometry  *g,
             const GdkRGBA   *fg,
             const GdkRGBA   *good)
{
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double c = cos (spoke_angle (a)), s = sin (spoke_angle (a));
      double lo = g->radius * self->low[a] / g->scale, hi = g->radius * self->high[a] / g->scale;

      hip_cairo_set_colour (cr, fg, 0.25);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, g->cx, g->cy);
      cairo_line_to (cr, g->cx + c * g->radius, g->cy + s * g->radius);
      cairo_stroke (cr);
      if (self->exempt & (1u << a))
        continue;
      hip_cairo_set_colour (cr, good, 0.3);
      cairo_set_line_width (cr, 12);
      cairo_move_to (cr, g->cx + c * lo, g->cy + s * lo);
      cairo_line_to (cr, g->cx + c * hi, g->cy + s * hi);
      cairo_stroke (cr);
    }
}

static void
hip_balance_wheel_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  static const GdkRGBA good_fallback = { 0.15, 0.64, 0.41, 1 };
  static const GdkRGBA off_fallback = { 0.90, 0.38, 0.0, 1 };
  HipBalanceWheel *self = HIP_BALANCE_WHEEL (widget);
  graphene_point_t points[HIP_N_ACTIONS];
  GdkRGBA fg, good, off;
  Geometry g;
  cairo_t *cr;

  if (!geometry (self, &g))
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  lookup (self, "balance_good_color", &good_fallback, &good);
  lookup (self, "balance_off_color", &off_fallback, &off);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                       gtk_widget_get_height (widget)));
  draw_spokes (self, cr, &g, &fg, &good);

  /* The week: its corners joined around the wheel. */
  polygon (self, g.cx, g.cy, g.radius, g.scale, points);
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    cairo_line_to (cr, points[i].x, points[i].y);
  cairo_close_path (cr);
  hip_cairo_set_colour (cr, &fg, 0.12);
  cairo_fill_preserve (cr);
  hip_cairo_set_colour (cr, &fg, 0.7);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);

  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    {
      HipAction a = around[i];

      hip_cairo_set_colour (cr, hip_balance_wheel_in_band (self, a) ? &good : &off, 1);
      cairo_arc (cr, points[i].x, points[i].y, 5, 0, 2 * G_PI);
      cairo_fill (cr);
      hip_cairo_set_colour (cr, &fg, (self->exempt & (1u << a)) ? 0.5 : 1);
      draw_label (self, cr, a, &g);
    }
  cairo_destroy (cr);
}

/* As wide as it may be, up to its natural width; as tall as a wheel of that width and the
 * labels above and below it need. */
static void
hip_balance_wheel_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  HipBalanceWheel *self = HIP_BALANCE_WHEEL (widget);
  double room, radius;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = WIDTH;
      return;
    }
  room = label_room (self);
  radius = CLAMP ((for_size < 0 ? WIDTH : for_size) / 2.0 - room, 10, MAX_RADIUS);
  *minimum = *natural = (int) ceil (2 * (radius + label_line (self, room)));
}

static GtkSizeRequestMode
hip_balance_wheel_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hip_balance_wheel_class_init (HipBalanceWheelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = hip_balance_wheel_snapshot;
  widget_class->measure = hip_balance_wheel_measure;
  widget_class->get_request_mode = hip_balance_wheel_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "balance-wheel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hip_balance_wheel_init (HipBalanceWheel *self)
{
  hip_balance_init (&self->balance);
  compute_bands (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Balance of this week’s hip work"), -1);
}

GtkWidget *
hip_balance_wheel_new (void)
{
  return g_object_new (HIP_TYPE_BALANCE_WHEEL, NULL);
}
