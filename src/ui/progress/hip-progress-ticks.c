/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The labels along a chart's time axis: the finest steps whose labels fit side by side (every
 * week, every second or fourth, months, quarters, years), with the year on the first label and
 * wherever it changes, so that a long history says which year is which; each label is kept
 * inside the chart, the last one too. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-progress-ticks.h"

#define GAP 10   /* pixels between two labels */

typedef enum
{
  STEP_POINTS,   /* every @every points */
  STEP_MONTHS,   /* the first point of every @every months */
  STEP_YEARS,    /* the first point of every @every years */
} Step;

static const struct
{
  Step  step;
  guint every;
} levels[] = {
  { STEP_POINTS, 1 }, { STEP_POINTS, 2 }, { STEP_POINTS, 4 }, { STEP_MONTHS, 1 },
  { STEP_MONTHS, 3 }, { STEP_MONTHS, 6 }, { STEP_YEARS, 1 }, { STEP_YEARS, 2 },
  { STEP_YEARS, 5 }, { STEP_YEARS, 10 },
};

static void
clear_tick (gpointer data)
{
  g_free (((HipTick *) data)->text);
}

static GArray *
new_ticks (void)
{
  GArray *ticks = g_array_new (FALSE, TRUE, sizeof (HipTick));

  g_array_set_clear_func (ticks, clear_tick);
  return ticks;
}

/* A month or year starts at point @p: its date is in another month (year) than the point
 * before, or, for the first point, in the first week of one. */
static gboolean
starts (const GDate *dates,
        guint        p,
        Step         step)
{
  if (step == STEP_MONTHS)
    return p == 0 ? g_date_get_day (&dates[0]) <= 7
                  : g_date_get_month (&dates[p]) != g_date_get_month (&dates[p - 1]) ||
                    g_date_get_year (&dates[p]) != g_date_get_year (&dates[p - 1]);
  return p == 0 ? g_date_get_month (&dates[0]) == G_DATE_JANUARY && g_date_get_day (&dates[0]) <= 7
                : g_date_get_year (&dates[p]) != g_date_get_year (&dates[p - 1]);
}

static gboolean
marked (const GDate *dates,
        guint        p,
        guint        level)
{
  guint every = levels[level].every;

  switch (levels[level].step)
    {
    case STEP_POINTS:
      return p % every == 0;
    case STEP_MONTHS:
      return starts (dates, p, STEP_MONTHS) && (g_date_get_month (&dates[p]) - 1) % every == 0;
    case STEP_YEARS:
    default:
      return starts (dates, p, STEP_YEARS) && g_date_get_year (&dates[p]) % every == 0;
    }
}

/* "5 Jan", "Mar" or "2025"; with the year when it is the first label or a new year. */
static char *
label (const GDate *date,
       Step         step,
       gboolean     with_year)
{
  char text[64];

  if (step == STEP_YEARS)
    g_date_strftime (text, sizeof text, "%Y", date);
  else if (step == STEP_MONTHS)
    /* Translators: a month on a chart's axis, with its year: "Jan 2026" (strftime) */
    g_date_strftime (text, sizeof text, with_year ? C_("chart month", "%b %Y") : "%b", date);
  else
    /* Translators: a day on a chart's axis, with its year: "5 Jan 2026" (strftime) */
    g_date_strftime (text, sizeof text, with_year ? C_("chart day", "%e %b %Y")
                                                  : C_("chart day", "%e %b"), date);
  return g_strdup (g_strstrip (text));
}

/* Adds a label @text (taken) for point @p, centred under it but inside [@min_x, @max_x], when
 * it does not overlap the last one; FALSE when it would. */
static gboolean
add_tick (GtkWidget *widget,
          GArray    *ticks,
          guint      p,
          double     x,
          char      *text,
          double     min_x,
          double     max_x)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  HipTick tick = { p, x, 0, 0, text };
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  g_object_unref (layout);
  tick.width = w;
  tick.left = CLAMP (x - w / 2.0, min_x, MAX (min_x, max_x - w));
  if (ticks->len > 0)
    {
      HipTick *last = &g_array_index (ticks, HipTick, ticks->len - 1);

      if (tick.left < last->left + last->width + GAP)
        {
          g_free (text);
          return FALSE;
        }
    }
  g_array_append_val (ticks, tick);
  return TRUE;
}

/* The ticks of @level; FALSE when some overlap (then, of the @last level, those that fit). */
static gboolean
try_level (GtkWidget    *widget,
           const GDate  *dates,
           const double *xs,
           guint         n,
           double        min_x,
           double        max_x,
           guint         level,
           GArray       *ticks)
{
  gboolean last = level + 1 == G_N_ELEMENTS (levels), fits = TRUE;
  guint last_year = 0;

  for (guint p = 0; p < n; p++)
    {
      char *text;

      if (!marked (dates, p, level))
        continue;
      text = label (&dates[p], levels[level].step,
                    ticks->len == 0 || g_date_get_year (&dates[p]) != last_year);
      if (add_tick (widget, ticks, p, xs[p], text, min_x, max_x))
        last_year = g_date_get_year (&dates[p]);
      else if (!last)
        return FALSE;
      else
        fits = FALSE;
    }
  return fits;
}

/**
 * hip_progress_ticks_place:
 * @widget: measures the labels
 * @dates: (array length=n): the day of each point
 * @xs: (array length=n): where each point is
 * @min_x: where labels may start
 * @max_x: where they must end
 *
 * Returns: (transfer full) (element-type HipTick): the labels to draw, left to right
 */
GArray *
hip_progress_ticks_place (GtkWidget    *widget,
                          const GDate  *dates,
                          const double *xs,
                          guint         n,
                          double        min_x,
                          double        max_x)
{
  GArray *ticks = new_ticks ();

  for (guint level = 0; level < G_N_ELEMENTS (levels); level++)
    {
      g_array_set_size (ticks, 0);
      /* The first that fits with a label at all; else the coarsest, less what overlaps. */
      if (try_level (widget, dates, xs, n, min_x, max_x, level, ticks) && ticks->len > 0)
        break;
    }
  return ticks;
}

/**
 * hip_progress_ticks_from_labels:
 * @labels: (array length=n): the points' labels
 * @xs: (array length=n): where each point is
 *
 * For points without dates: a few of their labels, not every one (weeks run to hundreds).
 *
 * Returns: (transfer full) (element-type HipTick): the labels to draw, left to right
 */
GArray *
hip_progress_ticks_from_labels (GtkWidget          *widget,
                                const char * const *labels,
                                const double       *xs,
                                guint               n,
                                double              min_x,
                                double              max_x)
{
  GArray *ticks = new_ticks ();

  for (guint p = 0; p < n; p += MAX (1, n / 6))
    add_tick (widget, ticks, p, xs[p], g_strdup (labels[p]), min_x, max_x);
  return ticks;
}
