/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "hip-progress-chart.h"
#include "hip-progress-chart-private.h"
#include "hip-progress-ticks.h"
#include "hip-widget-utils.h"

/**
 * HipProgressChart:
 *
 * A chart of a few series over time (weeks, or workouts), drawn in `snapshot` in the theme's
 * colours: lines (a value with no neighbour is a dot), or bars side by side. The value axis
 * has round steps (whole numbers only for counts); the time axis, given the points' dates,
 * labels the finest steps that fit, with years. Pointing at it, or moving with the arrow keys
 * when it has focus, marks a point and shows the exact values until the pointer and the focus
 * have both left; its accessible description summarises each series, and
 * hip_progress_chart_format_table() gives the same numbers as text.
 */
struct _HipProgressChart
{
  GtkWidget           parent_instance;

  double              top_margin;  /* under the legend, as laid out at the last draw */
  GPtrArray          *labels;      /* of char *, one a point */
  GPtrArray          *names;       /* of char *, one a series */
  GPtrArray          *series;      /* of GArray of double (NAN: nothing) */
  GArray             *dates;       /* (nullable): of GDate, one a point, for the time axis */
  const char * const *colours;     /* (nullable): the theme's colour names, one a series */
  gboolean            bars;
  gboolean            integer;     /* grid lines at whole numbers only */
  guint               digits;      /* decimals of the values shown */
  char               *unit;
  double              maximum;     /* the top of the axis, or 0 to fit the values */
  int                 selected;    /* the marked point, or -1 */
  GArray             *ticks;       /* (nullable): of HipTick, placed for ticks_width */
  double              ticks_width;
  GtkEventController *motion;
};

G_DEFINE_FINAL_TYPE (HipProgressChart, hip_progress_chart, GTK_TYPE_WIDGET)

enum {
  SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define MARGIN_LEFT   44
#define MARGIN_RIGHT  12
#define LEGEND_LINE   18     /* the legend wraps onto lines of this height above the plot */
#define MARGIN_BOTTOM 28
#define HEIGHT        240
#define EDGE          8      /* the time axis' labels keep this far from the sides */

/* Adwaita's palette, by name, so that the colours follow the style (and dark mode). */
static const char *palette[] = { "blue_3", "green_4", "orange_3", "purple_3", "red_3", "yellow_5",
                                 "brown_3", "dark_2" };
static const GdkRGBA fallback[] = {
  { 0.21, 0.52, 0.89, 1 }, { 0.18, 0.76, 0.49, 1 }, { 1.0, 0.47, 0.0, 1 }, { 0.57, 0.25, 0.67, 1 },
  { 0.88, 0.11, 0.14, 1 }, { 0.90, 0.65, 0.04, 1 }, { 0.60, 0.40, 0.20, 1 }, { 0.37, 0.36, 0.39, 1 },
};

static void
series_colour (HipProgressChart *self,
               guint             index,
               GdkRGBA          *colour)
{
  guint i = index % G_N_ELEMENTS (palette);
  const char *name = palette[i];

  if (self->colours != NULL && self->colours[index] != NULL)
    name = self->colours[index];
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)), name,
                                       colour))
    *colour = fallback[i];
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static double
value_at (HipProgressChart *self,
          guint             series,
          guint             point)
{
  GArray *values = self->series->pdata[series];

  return point < values->len ? g_array_index (values, double, point) : NAN;
}

/* A round step (1, 2 or 5 times a power of ten) at least @raw; a whole number for counts. */
static double
round_step (double   raw,
            gboolean integer)
{
  static const double factors[] = { 1, 2, 5, 10 };
  double power = pow (10, floor (log10 (raw)));
  double step = 10 * power;

  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    if (factors[i] * power >= raw * (1 - 1e-9))
      {
        step = factors[i] * power;
        break;
      }
  return integer ? MAX (step, 1) : step;
}

/* The value axis: its top and the step of its grid lines (about five of them): 0–10 by 2 for
 * a fixed 0–10 scale; 0, 1, 2, 3 for three sessions. */
static void
axis (HipProgressChart *self,
      double           *top,
      double           *step)
{
  double high = self->maximum;

  if (high <= 0)
    for (guint s = 0; s < self->series->len; s++)
      for (guint p = 0; p < self->labels->len; p++)
        if (!isnan (value_at (self, s, p)))
          high = MAX (high, value_at (self, s, p));
  if (high <= 0)
    high = 1;
  *step = round_step (high / 5, self->integer);
  *top = self->maximum > 0 ? self->maximum : ceil (high / *step - 1e-9) * *step;
}

static double
x_of (HipProgressChart *self,
      guint             point,
      double            width)
{
  double span = width - MARGIN_LEFT - MARGIN_RIGHT;
  guint n = self->labels->len;

  if (self->bars || n <= 1)
    return MARGIN_LEFT + span * (point + 0.5) / MAX (n, 1);
  return MARGIN_LEFT + span * point / (n - 1);
}

static double
y_of (HipProgressChart *self,
      double            value,
      double            top,
      double            height)
{
  return height - MARGIN_BOTTOM - (height - self->top_margin - MARGIN_BOTTOM) * value / top;
}

static void
draw_text (GtkWidget  *widget,
           cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      align)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * align, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/* The time axis' labels, placed again when the width changes. */
static void
place_ticks (HipProgressChart *self,
             double            width)
{
  guint n = self->labels->len;
  g_autofree double *xs = g_new (double, MAX (n, 1));

  if (self->ticks != NULL && self->ticks_width == width)
    return;
  g_clear_pointer (&self->ticks, g_array_unref);
  for (guint p = 0; p < n; p++)
    xs[p] = x_of (self, p, width);
  /* Inside the card's rounded corners. */
  if (self->dates != NULL && self->dates->len == n)
    self->ticks = hip_progress_ticks_place (GTK_WIDGET (self), (const GDate *) self->dates->data,
                                            xs, n, EDGE, width - EDGE);
  else
    self->ticks = hip_progress_ticks_from_labels (GTK_WIDGET (self),
                                                  (const char * const *) self->labels->pdata, xs,
                                                  n, EDGE, width - EDGE);
  self->ticks_width = width;
}

static void
draw_axes (HipProgressChart *self,
           cairo_t          *cr,
           const GdkRGBA    *fg,
           double            width,
           double            height)
{
  double top, step, base = round (y_of (self, 0, 1, height)) + 0.5;
  guint lines;

  axis (self, &top, &step);
  lines = (guint) round (top / step);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i <= lines; i++)
    {
      double value = step * i, y = round (y_of (self, value, top, height)) + 0.5;
      char text[32];

      hip_cairo_set_colour (cr, fg, i == 0 ? 0.4 : 0.12);
      cairo_move_to (cr, MARGIN_LEFT, y);
      cairo_line_to (cr, width - MARGIN_RIGHT, y);
      cairo_stroke (cr);
      hip_cairo_set_colour (cr, fg, 0.6);
      g_snprintf (text, sizeof text, "%g", value);
      draw_text (GTK_WIDGET (self), cr, text, MARGIN_LEFT - 6, y, 1);
    }
  place_ticks (self, width);
  for (guint t = 0; t < self->ticks->len; t++)
    {
      HipTick *tick = &g_array_index (self->ticks, HipTick, t);

      hip_cairo_set_colour (cr, fg, 0.4);
      cairo_move_to (cr, round (tick->x) + 0.5, base);
      cairo_line_to (cr, round (tick->x) + 0.5, base + 4);
      cairo_stroke (cr);
      hip_cairo_set_colour (cr, fg, 0.6);
      draw_text (GTK_WIDGET (self), cr, tick->text, tick->left, height - MARGIN_BOTTOM / 2.0 + 2,
                 0);
    }
}

static void
draw_series (HipProgressChart *self,
             cairo_t          *cr,
             guint             s,
             double            width,
             double            height)
{
  guint n = self->labels->len;
  double slot = (width - MARGIN_LEFT - MARGIN_RIGHT) / MAX (n, 1), top, step;
  gboolean drawing = FALSE;
  GdkRGBA colour;

  axis (self, &top, &step);
  series_colour (self, s, &colour);
  hip_cairo_set_colour (cr, &colour, 1);
  cairo_set_line_width (cr, 2);
  for (guint p = 0; p < n; p++)
    {
      double v = value_at (self, s, p), x = x_of (self, p, width);

      if (isnan (v))
        {
          drawing = FALSE;
          continue;
        }
      if (self->bars)
        {
          double w = slot * 0.8 / self->series->len;

          cairo_rectangle (cr, x - slot * 0.4 + w * s, y_of (self, v, top, height), w,
                           y_of (self, 0, top, height) - y_of (self, v, top, height));
          cairo_fill (cr);
        }
      else if (drawing)
        cairo_line_to (cr, x, y_of (self, v, top, height));
      else
        cairo_move_to (cr, x, y_of (self, v, top, height));
      drawing = TRUE;
    }
  if (self->bars)
    return;
  cairo_stroke (cr);
  /* A value with none beside it joins no line: a dot shows it (the first week's, say). */
  for (guint p = 0; p < n; p++)
    if (!isnan (value_at (self, s, p)) && (p == 0 || isnan (value_at (self, s, p - 1))) &&
        (p + 1 >= n || isnan (value_at (self, s, p + 1))))
      {
        cairo_arc (cr, x_of (self, p, width), y_of (self, value_at (self, s, p), top, height), 3.5,
                   0, 2 * G_PI);
        cairo_fill (cr);
      }
}

/* Draws the legend, wrapping it to the width, and returns the height it takes. */
static double
draw_legend (HipProgressChart *self,
             cairo_t          *cr,
             const GdkRGBA    *fg,
             double            width)
{
  double x = MARGIN_LEFT, y = 4;

  for (guint s = 0; s < self->names->len; s++)
    {
      PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->names->pdata[s]);
      GdkRGBA colour;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      if (x > MARGIN_LEFT && x + 14 + w > width - MARGIN_RIGHT)
        {
          x = MARGIN_LEFT;
          y += LEGEND_LINE;
        }
      series_colour (self, s, &colour);
      hip_cairo_set_colour (cr, &colour, 1);
      cairo_rectangle (cr, x, y + 4, 10, 10);
      cairo_fill (cr);
      hip_cairo_set_colour (cr, fg, 0.8);
      cairo_move_to (cr, x + 14, y + 9 - h / 2.0);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
      x += 14 + w + 14;
    }
  return y + LEGEND_LINE + 12;
}

/**
 * hip_progress_chart_format_value:
 *
 * Returns: (transfer full): the value of series @series at point @point with the chart's
 *   decimals, or "–" where there is none
 */
char *
hip_progress_chart_format_value (HipProgressChart *self,
                                 guint             series,
                                 guint             point)
{
  double v;

  g_return_val_if_fail (HIP_IS_PROGRESS_CHART (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  v = value_at (self, series, point);
  return isnan (v) ? g_strdup ("–") : g_strdup_printf ("%.*f", self->digits, v);
}

static char *
point_text (HipProgressChart *self,
            guint             p)
{
  GString *text = g_string_new (self->labels->pdata[p]);

  for (guint s = 0; s < self->series->len; s++)
    {
      g_autofree char *value = hip_progress_chart_format_value (self, s, p);
      gboolean unit = self->unit != NULL && !isnan (value_at (self, s, p));

      /* "12.5 kg", but "3.0/10". */
      g_string_append_printf (text, "\n%s: %s%s%s", (char *) self->names->pdata[s], value,
                              unit && self->unit[0] != '/' ? " " : "", unit ? self->unit : "");
    }
  return g_string_free (text, FALSE);
}

static void
draw_selection (HipProgressChart *self,
                cairo_t          *cr,
                const GdkRGBA    *fg,
                double            width,
                double            height)
{
  g_autofree char *text = NULL;
  PangoLayout *layout;
  double x, top, step;
  int w, h;

  if (self->selected < 0 || self->selected >= (int) self->labels->len)
    return;
  x = x_of (self, self->selected, width);
  hip_cairo_set_colour (cr, fg, 0.5);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, round (x) + 0.5, self->top_margin);
  cairo_line_to (cr, round (x) + 0.5, height - MARGIN_BOTTOM);
  cairo_stroke (cr);
  /* Each line's value at the mark, ringed. */
  axis (self, &top, &step);
  for (guint s = 0; !self->bars && s < self->series->len; s++)
    if (!isnan (value_at (self, s, self->selected)))
      {
        GdkRGBA colour;

        series_colour (self, s, &colour);
        hip_cairo_set_colour (cr, &colour, 1);
        cairo_arc (cr, x, y_of (self, value_at (self, s, self->selected), top, height), 5, 0,
                   2 * G_PI);
        cairo_stroke (cr);
      }

  /* The exact values in a box beside the mark, on the side with room. */
  text = point_text (self, self->selected);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  pango_layout_get_pixel_size (layout, &w, &h);
  x = x + 8 + w + 4 > width ? MAX (4, x - 8 - w) : x + 8;
  cairo_set_source_rgba (cr, 0, 0, 0, 0.75);
  cairo_rectangle (cr, x - 4, self->top_margin, w + 8, h + 8);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_move_to (cr, x, self->top_margin + 4);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
hip_progress_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  HipProgressChart *self = HIP_PROGRESS_CHART (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GdkRGBA fg;
  cairo_t *cr;

  if (width <= MARGIN_LEFT + MARGIN_RIGHT || self->labels->len == 0)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  self->top_margin = draw_legend (self, cr, &fg, width);
  draw_axes (self, cr, &fg, width, height);
  for (guint s = 0; s < self->series->len; s++)
    draw_series (self, cr, s, width, height);
  draw_selection (self, cr, &fg, width, height);
  cairo_destroy (cr);
}

static void
hip_progress_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = 280, *natural = 640;
  else
    *minimum = *natural = HEIGHT;
}

/* Marks point @point (-1: none); the values are told to screen readers. */
void
hip_progress_chart_select (HipProgressChart *self,
                           int               point)
{
  g_return_if_fail (HIP_IS_PROGRESS_CHART (self));

  point = self->labels->len == 0 ? -1 : CLAMP (point, -1, (int) self->labels->len - 1);
  if (point == self->selected)
    return;
  self->selected = point;
  if (point >= 0)
    {
      g_autofree char *text = point_text (self, point);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                      text, -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[SELECTED], 0, point);
}

int
hip_progress_chart_get_selected (HipProgressChart *self)
{
  g_return_val_if_fail (HIP_IS_PROGRESS_CHART (self), -1);

  return self->selected;
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           HipProgressChart         *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  guint best = 0;

  if (self->labels->len == 0)
    return;
  for (guint p = 1; p < self->labels->len; p++)
    if (fabs (x_of (self, p, width) - x) < fabs (x_of (self, best, width) - x))
      best = p;
  hip_progress_chart_select (self, best);
}

/* The marked values go once neither the pointer nor the focus is on the chart. */
static void
leave_cb (GtkEventControllerMotion *motion,
          HipProgressChart         *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    hip_progress_chart_select (self, -1);
}

static void
focus_leave_cb (GtkEventControllerFocus *focus,
                HipProgressChart        *self)
{
  if (!gtk_event_controller_motion_contains_pointer (GTK_EVENT_CONTROLLER_MOTION (self->motion)))
    hip_progress_chart_select (self, -1);
}

static gboolean
key_cb (GtkEventControllerKey *key,
        guint                  keyval,
        guint                  keycode,
        GdkModifierType        state,
        HipProgressChart      *self)
{
  int last = (int) self->labels->len - 1;

  switch (keyval)
    {
    case GDK_KEY_Left:
      hip_progress_chart_select (self, self->selected < 0 ? last : MAX (self->selected - 1, 0));
      return TRUE;
    case GDK_KEY_Right:
      hip_progress_chart_select (self, self->selected < 0 ? 0 : MIN (self->selected + 1, last));
      return TRUE;
    case GDK_KEY_Home:
      hip_progress_chart_select (self, 0);
      return TRUE;
    case GDK_KEY_End:
      hip_progress_chart_select (self, last);
      return TRUE;
    default:
      return FALSE;
    }
}

/* "Flexion: from 3.0 to 5.5 (lowest 2.0, highest 6.0)", one line a series. */
static void
update_description (HipProgressChart *self,
                    const char       *title)
{
  g_autoptr(GString) text = g_string_new (title);
  int d = self->digits;

  g_string_append_printf (text, g_dngettext (NULL, ", %u point.", ", %u points.",
                                             self->labels->len), self->labels->len);
  for (guint s = 0; s < self->series->len; s++)
    {
      double first = NAN, last = NAN, low = INFINITY, high = -INFINITY;

      for (guint p = 0; p < self->labels->len; p++)
        {
          double v = value_at (self, s, p);

          if (isnan (v))
            continue;
          if (isnan (first))
            first = v;
          last = v;
          low = MIN (low, v);
          high = MAX (high, v);
        }
      if (isnan (first))
        g_string_append_printf (text, _(" %s: nothing logged."), (char *) self->names->pdata[s]);
      else
        g_string_append_printf (text, _(" %s: from %.*f to %.*f (lowest %.*f, highest %.*f)."),
                                (char *) self->names->pdata[s], d, first, d, last, d, low, d,
                                high);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str, -1);
}

static void
forget_ticks (HipProgressChart *self)
{
  g_clear_pointer (&self->ticks, g_array_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * hip_progress_chart_set_data:
 * @title: what the chart shows, for screen readers
 * @labels: (element-type utf8): one label a point (a week, a day), for the marked point's
 *   box and the table
 * @names: (element-type utf8): one name a series
 * @series: (element-type GArray): one array of doubles a series (NAN: nothing)
 * @unit: (nullable): the values' unit, for the marked point's box
 * @bars: bars side by side instead of lines
 *
 * The points' dates, when they have them, go with hip_progress_chart_set_dates() after this.
 */
void
hip_progress_chart_set_data (HipProgressChart *self,
                             const char       *title,
                             GPtrArray        *labels,
                             GPtrArray        *names,
                             GPtrArray        *series,
                             const char       *unit,
                             gboolean          bars)
{
  g_return_if_fail (HIP_IS_PROGRESS_CHART (self));

  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->series);
  self->labels = g_ptr_array_ref (labels);
  self->names = g_ptr_array_ref (names);
  self->series = g_ptr_array_ref (series);
  g_clear_pointer (&self->dates, g_array_unref);
  g_free (self->unit);
  self->unit = g_strdup (unit);
  self->bars = bars;
  self->selected = -1;
  update_description (self, title);
  forget_ticks (self);
}

/**
 * hip_progress_chart_set_dates:
 * @dates: (element-type GDate) (nullable): the day of each point, in order, which the time axis
 *   is labelled by; %NULL labels it with a few of the points' labels
 */
void
hip_progress_chart_set_dates (HipProgressChart *self,
                              GArray           *dates)
{
  g_return_if_fail (HIP_IS_PROGRESS_CHART (self));

  g_clear_pointer (&self->dates, g_array_unref);
  if (dates != NULL)
    self->dates = g_array_ref (dates);
  forget_ticks (self);
}

/**
 * hip_progress_chart_set_maximum:
 * @maximum: the top of the value axis (10 for a 0–10 scale), or 0 to fit the values
 */
void
hip_progress_chart_set_maximum (HipProgressChart *self,
                                double            maximum)
{
  g_return_if_fail (HIP_IS_PROGRESS_CHART (self));

  if (self->maximum == maximum)
    return;
  self->maximum = maximum;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @integer: the grid lines are at whole numbers only (a count: sessions, sets) */
void
hip_progress_chart_set_integer (HipProgressChart *self,
                                gboolean          integer)
{
  g_return_if_fail (HIP_IS_PROGRESS_CHART (self));

  self->integer = integer;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @digits: the decimals of the values in the marked point's box and the table (0 for counts) */
void
hip_progress_chart_set_digits (HipProgressChart *self,
                               guint             digits)
{
  g_return_if_fail (HIP_IS_PROGRESS_CHART (self));

  self->digits = MIN (digits, 3);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * hip_progress_chart_set_colours:
 * @colours: (array zero-terminated=1) (nullable): the theme's names of the series' colours
 *   ("blue_3"), static strings; %NULL for the chart's own
 */
void
hip_progress_chart_set_colours (HipProgressChart   *self,
                                const char * const *colours)
{
  g_return_if_fail (HIP_IS_PROGRESS_CHART (self));

  self->colours = colours;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * hip_progress_chart_format_table:
 *
 * Returns: (transfer full): the chart's numbers as rows of text, a point a row, the series in
 *   columns separated by tabs, with a header row
 */
char *
hip_progress_chart_format_table (HipProgressChart *self)
{
  GString *text = g_string_new ("");

  for (guint s = 0; s < self->names->len; s++)
    g_string_append_printf (text, "\t%s", (char *) self->names->pdata[s]);
  for (guint p = 0; p < self->labels->len; p++)
    {
      g_string_append_printf (text, "\n%s", (char *) self->labels->pdata[p]);
      for (guint s = 0; s < self->series->len; s++)
        {
          g_autofree char *value = hip_progress_chart_format_value (self, s, p);

          g_string_append_printf (text, "\t%s", value);
        }
    }
  return g_string_free (text, FALSE);
}

guint
hip_progress_chart_get_n_points (HipProgressChart *self)
{
  g_return_val_if_fail (HIP_IS_PROGRESS_CHART (self), 0);

  return self->labels->len;
}

guint
hip_progress_chart_get_n_series (HipProgressChart *self)
{
  g_return_val_if_fail (HIP_IS_PROGRESS_CHART (self), 0);

  return self->series->len;
}

const char *
hip_progress_chart_get_label (HipProgressChart *self,
                              guint             point)
{
  g_return_val_if_fail (HIP_IS_PROGRESS_CHART (self), NULL);
  g_return_val_if_fail (point < self->labels->len, NULL);

  return self->labels->pdata[point];
}

const char *
hip_progress_chart_get_series_name (HipProgressChart *self,
                                    guint             series)
{
  g_return_val_if_fail (HIP_IS_PROGRESS_CHART (self), NULL);
  g_return_val_if_fail (series < self->names->len, NULL);

  return self->names->pdata[series];
}

/* Returns: (nullable): the values' unit, "kg", "lb" or "/10", as given to set_data() */
const char *
hip_progress_chart_get_unit (HipProgressChart *self)
{
  g_return_val_if_fail (HIP_IS_PROGRESS_CHART (self), NULL);

  return self->unit;
}

double
hip_progress_chart_get_value (HipProgressChart *self,
                              guint             series,
                              guint             point)
{
  return value_at (self, series, point);
}

void
hip_progress_chart_get_axis (HipProgressChart *self,
                             double           *top,
                             double           *step)
{
  axis (self, top, step);
}

/* Where values are drawn, as laid out at the last draw. */
void
hip_progress_chart_get_plot_area (HipProgressChart *self,
                                  graphene_rect_t  *area)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  graphene_rect_init (area, MARGIN_LEFT, self->top_margin, width - MARGIN_LEFT - MARGIN_RIGHT,
                      height - self->top_margin - MARGIN_BOTTOM);
}

void
hip_progress_chart_get_series_colour (HipProgressChart *self,
                                      guint             series,
                                      GdkRGBA          *colour)
{
  series_colour (self, series, colour);
}

/* Returns: (transfer none) (element-type HipTick) (nullable): the time axis' labels as placed
 *   at the last draw */
GArray *
hip_progress_chart_get_ticks (HipProgressChart *self)
{
  return self->ticks;
}

static void
hip_progress_chart_finalize (GObject *object)
{
  HipProgressChart *self = (HipProgressChart *) object;

  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->names);
  g_ptr_array_unref (self->series);
  g_clear_pointer (&self->dates, g_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_free (self->unit);
  G_OBJECT_CLASS (hip_progress_chart_parent_class)->finalize (object);
}

static void
hip_progress_chart_class_init (HipProgressChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hip_progress_chart_finalize;
  widget_class->snapshot = hip_progress_chart_snapshot;
  widget_class->measure = hip_progress_chart_measure;

  /**
   * HipProgressChart::selected:
   * @point: the marked point, or -1
   */
  signals[SELECTED] = g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "progress-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hip_progress_chart_init (HipProgressChart *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new ();
  self->selected = -1;
  self->digits = 1;
  self->top_margin = LEGEND_LINE + 16;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  self->motion = gtk_event_controller_motion_new ();
  g_signal_connect (self->motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (self->motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), self->motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
hip_progress_chart_new (void)
{
  return g_object_new (HIP_TYPE_PROGRESS_CHART, NULL);
}
