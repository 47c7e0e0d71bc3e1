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
 * This week's hip volume on six spokes, one per action, opposite actions across from each
 * other. On each spoke a band shows where the action's volume keeps the rules (SCIENCE.md §6):
 * at least two weighted sets, within 0.8–1.25 of its partner and at most 30 % of the total.
 * The volume is a polygon whose corners are green inside their band and orange outside.
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
#define HEIGHT     300
#define LABEL_ROOM 115     /* beside the side spokes */
#define LABEL_LINE 36      /* above and below the vertical ones */

/* Flexion at the top, extension at the bottom, each pair across the centre. */
static double
spoke_angle (HipAction action)
{
  static const double degrees[HIP_N_ACTIONS] = { -90, 90, -30, 150, 210, 30 };

  return degrees[action] * G_PI / 180;
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

gboolean
hip_balance_wheel_in_band (HipBalanceWheel *self,
                           HipAction        action)
{
  double v = self->balance.actions[action];

  if (self->exempt & (1u << action))
    return TRUE;
  return v >= self->low[action] - 1e-9 && v <= self->high[action] + 1e-9;
}

double
hip_balance_wheel_get_volume (HipBalanceWheel *self,
                              HipAction        action)
{
  g_return_val_if_fail (HIP_IS_BALANCE_WHEEL (self), 0);

  return self->balance.actions[action];
}

static void
update_description (HipBalanceWheel *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    /* Translators: one action of the balance wheel, for screen readers and the tooltip */
    g_string_append_printf (text, _("%s: %.1f weighted sets (%s)\n"), hip_action_get_label (a),
                            self->balance.actions[a],
                            hip_balance_wheel_in_band (self, a) ? _("in balance")
                                                                : _("out of balance"));
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
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The action's name and volume at the outer end of its spoke, clear of the wheel. */
static void
draw_label (HipBalanceWheel *self,
            cairo_t         *cr,
            HipAction        action,
            double           cx,
            double           cy,
            double           radius,
            double           room)
{
  g_autofree char *text = g_strdup_printf ("%s\n%.1f", hip_action_get_label (action),
                                           self->balance.actions[action]);
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  double c = cos (spoke_angle (action)), s = sin (spoke_angle (action));
  double x = cx + c * radius, y = cy + s * radius, box = room - 10;
  int w, h;

  pango_layout_set_alignment (layout, c > 0.2 ? PANGO_ALIGN_LEFT
                                              : c < -0.2 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER);
  /* Where the wheel is narrow, long names take two lines rather than run off the edge. */
  pango_layout_set_width (layout, (int) box * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
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
  g_object_unref (layout);
}

static void
hip_balance_wheel_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  HipBalanceWheel *self = HIP_BALANCE_WHEEL (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double cx = width / 2.0, cy = height / 2.0;
  double room = MIN (LABEL_ROOM, width * 0.3);
  double radius = MIN (width / 2.0 - room, height / 2.0 - LABEL_LINE);
  double scale = 1;
  GdkRGBA fg, good = { 0.15, 0.64, 0.41, 1 }, bad = { 0.90, 0.38, 0.0, 1 };
  cairo_t *cr;

  if (radius <= 10)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    scale = MAX (scale, MAX (self->balance.actions[a], self->high[a]) * 1.1);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Spokes and their target bands. */
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double c = cos (spoke_angle (a)), s = sin (spoke_angle (a));

      hip_cairo_set_colour (cr, &fg, 0.25);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, cx, cy);
      cairo_line_to (cr, cx + c * radius, cy + s * radius);
      cairo_stroke (cr);
      if (self->exempt & (1u << a))
        continue;
      hip_cairo_set_colour (cr, &good, 0.3);
      cairo_set_line_width (cr, 12);
      cairo_move_to (cr, cx + c * radius * self->low[a] / scale,
                     cy + s * radius * self->low[a] / scale);
      cairo_line_to (cr, cx + c * radius * self->high[a] / scale,
                     cy + s * radius * self->high[a] / scale);
      cairo_stroke (cr);
    }

  /* The week's volume. */
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double r = radius * self->balance.actions[a] / scale;

      cairo_line_to (cr, cx + cos (spoke_angle (a)) * r, cy + sin (spoke_angle (a)) * r);
    }
  cairo_close_path (cr);
  hip_cairo_set_colour (cr, &fg, 0.12);
  cairo_fill_preserve (cr);
  hip_cairo_set_colour (cr, &fg, 0.7);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double r = radius * self->balance.actions[a] / scale;

      hip_cairo_set_colour (cr, hip_balance_wheel_in_band (self, a) ? &good : &bad, 1);
      cairo_arc (cr, cx + cos (spoke_angle (a)) * r, cy + sin (spoke_angle (a)) * r, 5, 0,
                 2 * G_PI);
      cairo_fill (cr);
      hip_cairo_set_colour (cr, &fg, (self->exempt & (1u << a)) ? 0.5 : 1);
      draw_label (self, cr, a, cx, cy, radius, room);
    }
  cairo_destroy (cr);
}

static void
hip_balance_wheel_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = MIN_WIDTH, *natural = WIDTH;
  else
    *minimum = *natural = HEIGHT;
}

static void
hip_balance_wheel_class_init (HipBalanceWheelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = hip_balance_wheel_snapshot;
  widget_class->measure = hip_balance_wheel_measure;
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
