/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The progress chart's snapshot with ten years of weeks (522 points, six series, one marked):
 * the median time of its snapshot() in a real window. Prints one line. */

#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "hip-progress-chart.h"

#define ROUNDS 101
#define WEEKS  522

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static gboolean
has_width (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  GtkWidget *window, *chart;
  double samples[ROUNDS];

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  for (guint w = 0; w < WEEKS; w++)
    g_ptr_array_add (labels, g_strdup_printf ("%u", w));
  for (guint s = 0; s < 6; s++)
    {
      GArray *values = g_array_new (FALSE, FALSE, sizeof (double));

      g_ptr_array_add (names, g_strdup_printf ("Series %u", s));
      for (guint w = 0; w < WEEKS; w++)
        {
          double v = w % 9 == 0 ? NAN : g_rand_double_range (rand, 0, 30);

          g_array_append_val (values, v);
        }
      g_ptr_array_add (series, values);
    }

  window = gtk_window_new ();
  chart = hip_progress_chart_new ();
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 300);
  gtk_window_present (GTK_WINDOW (window));
  hip_progress_chart_set_data (HIP_PROGRESS_CHART (chart), "Benchmark", labels, names, series,
                               "sets", FALSE);
  hip_progress_chart_select (HIP_PROGRESS_CHART (chart), WEEKS / 2);
  while (!has_width (chart))
    g_main_context_iteration (NULL, TRUE);

  for (guint r = 0; r < ROUNDS; r++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      gint64 start = g_get_monotonic_time ();
      GskRenderNode *node;

      GTK_WIDGET_GET_CLASS (chart)->snapshot (chart, snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      samples[r] = (g_get_monotonic_time () - start) / 1000.0;
      g_clear_pointer (&node, gsk_render_node_unref);
    }
  qsort (samples, ROUNDS, sizeof (double), compare_doubles);
  g_print ("chart: snapshot of %u weeks × 6 series at %d px, median %.2f ms\n", WEEKS,
           gtk_widget_get_width (chart), samples[ROUNDS / 2]);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
