/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The body of the self-animating SVG. SVG has no z-index, and the body's drawing order changes
 * as it moves: a leg passes in front of the other, a pivot turns the near side away and with it
 * the pale colour. So each part is written once, as a shape in <defs> that linear <animate>s
 * move, and placed by <use> copies wherever the order puts it during the loop, in the colour it
 * has there. Each copy is shown (a discrete SMIL animation of its opacity) only while the app
 * would draw that part there, in that colour. */

#include "config.h"

#include "hip-figure.h"
#include "hip-figure-private.h"

/* A place in the drawing sequence: the part drawn there, its colour, and the orders of the
 * timeline that draw it there. */
typedef struct
{
  guint     item;
  gboolean  far;
  guint8   *shown;     /* one per order */
} Copy;

typedef enum
{
  VALUE_X1,
  VALUE_Y1,
  VALUE_X2,
  VALUE_Y2,
  VALUE_TINT,
} Value;

static void
clear_copy (gpointer data)
{
  Copy *copy = data;

  g_free (copy->shown);
}

/* What placing one order costs, in about the bytes it writes: a new copy is a <use> element
 * with its own animation; reusing a copy hidden in the previous order shows it (and hides
 * another); reusing one shown there costs nothing. */
#define COST_NEW_COPY  8
#define COST_SHOW      1

static gboolean
copy_draws (const Copy          *copy,
            const HipFigureItem *item)
{
  return copy->item == item->index && copy->far == item->far;
}

/* The cheapest way to draw @items with @copies, as a subsequence, adding copies where needed
 * (a shortest common supersequence, by dynamic programming over the suffixes of both):
 * cost[i * (m + 1) + c] is the cost of drawing items i… with copies c…. */
static int *
plan_costs (GArray *copies,
            GArray *items,
            guint   order)
{
  guint n = items->len, m = copies->len;
  int *cost = g_new (int, (n + 1) * (m + 1));

  for (guint c = 0; c <= m; c++)
    cost[n * (m + 1) + c] = 0;
  for (int i = n - 1; i >= 0; i--)
    {
      const HipFigureItem *item = &g_array_index (items, HipFigureItem, i);

      cost[i * (m + 1) + m] = cost[(i + 1) * (m + 1) + m] + COST_NEW_COPY;
      for (int c = m - 1; c >= 0; c--)
        {
          const Copy *copy = &g_array_index (copies, Copy, c);
          int skip = cost[i * (m + 1) + c + 1];
          int add = cost[(i + 1) * (m + 1) + c] + COST_NEW_COPY;
          int best = MIN (skip, add);

          if (copy_draws (copy, item))
            {
              gboolean shown_before = order > 0 && copy->shown[order - 1];

              best = MIN (best, cost[(i + 1) * (m + 1) + c + 1] + (shown_before ? 0 : COST_SHOW));
            }
          cost[i * (m + 1) + c] = best;
        }
    }
  return cost;
}

/* Marks the copies that draw order @order, adding the ones it lacks. */
static void
place_order (GArray *copies,
             GArray *items,
             guint   order,
             guint   n_orders)
{
  guint n = items->len, m = copies->len, c = 0;
  g_autofree int *cost = plan_costs (copies, items, order);
  /* For each item, the copy that draws it, or before which its new copy goes (+ m + 1). */
  g_autofree guint *where = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    {
      const HipFigureItem *item = &g_array_index (items, HipFigureItem, i);

      for (;; c++)
        {
          int here = cost[i * (m + 1) + c];
          const Copy *copy = c < m ? &g_array_index (copies, Copy, c) : NULL;
          int show = copy != NULL && order > 0 && copy->shown[order - 1] ? 0 : COST_SHOW;

          if (copy != NULL && copy_draws (copy, item) &&
              here == cost[(i + 1) * (m + 1) + c + 1] + show)
            {
              where[i] = c++;
              break;
            }
          if (here == cost[(i + 1) * (m + 1) + c] + COST_NEW_COPY)
            {
              where[i] = c + m + 1;
              break;
            }
        }
    }

  for (guint i = 0; i < n; i++)
    if (where[i] < m)
      g_array_index (copies, Copy, where[i]).shown[order] = TRUE;
  /* From the back, so that the positions found stay valid. */
  for (int i = n - 1; i >= 0; i--)
    if (where[i] > m)
      {
        const HipFigureItem *item = &g_array_index (items, HipFigureItem, i);
        Copy copy = { item->index, item->far, g_new0 (guint8, n_orders) };

        copy.shown[order] = TRUE;
        g_array_insert_val (copies, where[i] - m - 1, copy);
      }
}

/* One sequence of copies in which every order of @orders is a subsequence, each placed in turn
 * as cheaply as it can be. */
static GArray *
layer_copies (GArray *orders)
{
  GArray *copies = g_array_new (FALSE, FALSE, sizeof (Copy));

  g_array_set_clear_func (copies, clear_copy);
  for (guint o = 0; o < orders->len; o++)
    place_order (copies, g_array_index (orders, HipFigureOrder, o).items, o, orders->len);
  return copies;
}

static double
item_value (const HipFigureItem *item,
            Value                value)
{
  switch (value)
    {
    case VALUE_X1: return item->x1;
    case VALUE_Y1: return item->y1;
    case VALUE_X2: return item->x2;
    case VALUE_Y2: return item->y2;
    case VALUE_TINT:
    default: return hip_figure_muscle_tint (item->effort);
    }
}

static void
append_value (GString             *svg,
              const HipFigureItem *item,
              Value                value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == VALUE_TINT)
    g_string_append (svg, g_ascii_formatd (number, sizeof number, "%.2f", item_value (item, value)));
  else
    hip_figure_append_number (svg, item_value (item, value));
}

static void
append_timing (GString *svg,
               double   duration)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (svg, " dur=\"%ss\" repeatCount=\"indefinite\"",
                          g_ascii_formatd (number, sizeof number, "%.6g", duration));
}

/* A linear animation of one of a shape's numbers through every frame, evenly spaced. */
static void
append_animate (GString     *svg,
                const char  *attribute,
                GArray     **frames,
                guint        n_frames,
                guint        index,
                Value        value,
                double       duration)
{
  g_string_append_printf (svg, "<animate attributeName=\"%s\"", attribute);
  append_timing (svg, duration);
  g_string_append (svg, " values=\"");
  for (guint f = 0; f < n_frames; f++)
    {
      if (f > 0)
        g_string_append_c (svg, ';');
      append_value (svg, &g_array_index (frames[f], HipFigureItem, index), value);
    }
  g_string_append (svg, "\"/>\n");
}

/* A part of the body in <defs>, with no colour of its own: its copies give it one. */
static void
append_animated_shape (GString  *svg,
                       GArray  **frames,
                       guint     n_frames,
                       guint     index,
                       double    duration)
{
  const HipFigureItem *item = &g_array_index (frames[0], HipFigureItem, index);

  hip_figure_append_shape (svg, item);
  g_string_append_printf (svg, " id=\"p%u\"", index);
  /* A muscle's tint fades with its effort, wherever it is drawn. */
  if (item->kind == HIP_FIGURE_ITEM_MUSCLE)
    {
      g_string_append (svg, " stroke-opacity=\"");
      append_value (svg, item, VALUE_TINT);
      g_string_append (svg, "\"");
    }
  g_string_append (svg, ">\n");
  if (item->kind == HIP_FIGURE_ITEM_HEAD)
    {
      append_animate (svg, "cx", frames, n_frames, index, VALUE_X1, duration);
      append_animate (svg, "cy", frames, n_frames, index, VALUE_Y1, duration);
      g_string_append (svg, "</circle>\n");
      return;
    }
  append_animate (svg, "x1", frames, n_frames, index, VALUE_X1, duration);
  append_animate (svg, "y1", frames, n_frames, index, VALUE_Y1, duration);
  append_animate (svg, "x2", frames, n_frames, index, VALUE_X2, duration);
  append_animate (svg, "y2", frames, n_frames, index, VALUE_Y2, duration);
  if (item->kind == HIP_FIGURE_ITEM_MUSCLE)
    append_animate (svg, "stroke-opacity", frames, n_frames, index, VALUE_TINT, duration);
  g_string_append (svg, "</line>\n");
}

/**
 * hip_figure_append_switch:
 * @times: (array length=n): when each state begins: 0 first, then later and later
 * @shown: (array length=n): whether the element shows from then until the next time
 *
 * Writes a discrete SMIL animation of opacity that shows an element only when @shown says so,
 * with values only where it appears or goes.
 */
void
hip_figure_append_switch (GString      *svg,
                          const double *times,
                          const guint8 *shown,
                          guint         n,
                          double        duration)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (svg, "<animate attributeName=\"opacity\" calcMode=\"discrete\"");
  append_timing (svg, duration);
  g_string_append (svg, " keyTimes=\"0");
  for (guint i = 1; i < n; i++)
    if (shown[i] != shown[i - 1])
      {
        g_string_append_c (svg, ';');
        g_string_append (svg, g_ascii_formatd (number, sizeof number, "%.7f", times[i] / duration));
      }
  g_string_append (svg, shown[0] ? "\" values=\"1" : "\" values=\"0");
  for (guint i = 1; i < n; i++)
    if (shown[i] != shown[i - 1])
      g_string_append (svg, shown[i] ? ";1" : ";0");
  g_string_append (svg, "\"/>\n");
}

/* @times: (array length=n_orders): when each order begins */
static void
append_copy (GString              *svg,
             const Copy           *copy,
             const HipFigureItem  *shape,
             const double         *times,
             guint                 n_orders,
             double                duration,
             const HipFigureStyle *style)
{
  HipFigureItem painted = *shape;
  gboolean changes = FALSE;

  painted.far = copy->far;
  g_string_append_printf (svg, "<use xlink:href=\"#p%u\"", copy->item);
  hip_figure_append_paint (svg, &painted, style, FALSE);
  if (!copy->shown[0])
    g_string_append (svg, " opacity=\"0\"");
  for (guint o = 1; o < n_orders && !changes; o++)
    changes = copy->shown[o] != copy->shown[0];
  if (!changes)
    {
      g_string_append (svg, "/>\n");
      return;
    }
  g_string_append (svg, ">\n");
  hip_figure_append_switch (svg, times, copy->shown, n_orders, duration);
  g_string_append (svg, "</use>\n");
}

/**
 * hip_figure_write_animated_body:
 * @frames: (array length=n_frames): the items of each frame, as hip_figure_collect_body() with
 *   all muscles gives them, evenly spaced over @duration; the last is the first again
 * @orders: (element-type HipFigureOrder): the drawing order from the loop's start and each time
 *   it changes, as hip_figure_draw_order() gives it
 *
 * Writes the body so that it moves through all frames and is drawn in each order of @orders from
 * its time on, with SMIL; renderers without animation show the first frame, in the first order.
 */
void
hip_figure_write_animated_body (GString              *svg,
                                GArray              **frames,
                                guint                 n_frames,
                                GArray               *orders,
                                double                duration,
                                const HipFigureStyle *style)
{
  g_autoptr(GArray) copies = layer_copies (orders);
  guint n_items = frames[0]->len;
  g_autofree gboolean *drawn = g_new0 (gboolean, n_items);
  g_autofree double *times = g_new (double, orders->len);

  g_assert (orders->len > 0 && g_array_index (orders, HipFigureOrder, 0).time == 0);

  for (guint c = 0; c < copies->len; c++)
    drawn[g_array_index (copies, Copy, c).item] = TRUE;
  for (guint o = 0; o < orders->len; o++)
    times[o] = g_array_index (orders, HipFigureOrder, o).time;

  /* Muscles that never work are left out. */
  g_string_append (svg, "<defs>\n");
  for (guint i = 0; i < n_items; i++)
    if (drawn[i])
      append_animated_shape (svg, frames, n_frames, i, duration);
  g_string_append (svg, "</defs>\n");

  for (guint c = 0; c < copies->len; c++)
    {
      const Copy *copy = &g_array_index (copies, Copy, c);

      append_copy (svg, copy, &g_array_index (frames[0], HipFigureItem, copy->item), times,
                   orders->len, duration, style);
    }
}
