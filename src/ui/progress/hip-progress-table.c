/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-progress-row.h"
#include "hip-progress-table.h"

/**
 * HipProgressTable:
 *
 * A chart's numbers as a table (a GtkColumnView): a point a row, the point's label (a week, a
 * day) then a column a series. Its own scrolled window keeps the header in place while the
 * rows scroll under it; a long history's hundreds of rows are made only as they are seen.
 */
struct _HipProgressTable
{
  GtkWidget          parent_instance;

  GtkScrolledWindow *scroller;
  GtkColumnView     *view;
};

G_DEFINE_FINAL_TYPE (HipProgressTable, hip_progress_table, GTK_TYPE_WIDGET)

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Under their headings, which start at the left; the numbers in figures of one width. */
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_UINT (column) > 0)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  column)
{
  HipProgressRow *row = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       hip_progress_row_get_cell (row, GPOINTER_TO_UINT (column)));
}

static void
add_column (HipProgressTable *self,
            guint             index,
            const char       *title)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GUINT_TO_POINTER (index));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GUINT_TO_POINTER (index));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->view, column);
}

static void
remove_columns (HipProgressTable *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->view, column);
    }
}

/**
 * hip_progress_table_show:
 * @chart: the chart whose numbers to show
 * @points_title: the heading of the points' column ("Week")
 *
 * Shows @chart's numbers as they are now, with its decimals and its unit in the headings; a
 * point without a value shows "–".
 */
void
hip_progress_table_show (HipProgressTable *self,
                         HipProgressChart *chart,
                         const char       *points_title)
{
  guint n_series = hip_progress_chart_get_n_series (chart);
  const char *unit = hip_progress_chart_get_unit (chart);
  g_autoptr(GListStore) rows = g_list_store_new (HIP_TYPE_PROGRESS_ROW);
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (HIP_IS_PROGRESS_TABLE (self));
  g_return_if_fail (HIP_IS_PROGRESS_CHART (chart));

  remove_columns (self);
  add_column (self, 0, points_title);
  for (guint s = 0; s < n_series; s++)
    {
      const char *name = hip_progress_chart_get_series_name (chart, s);
      g_autofree char *title = NULL;

      /* The values' unit heads their columns ("Left (lb)", "Flexion (sets)"); pain's "/10" is
       * the scale they are read on, not a unit. */
      if (unit != NULL && unit[0] != '/')
        /* Translators: a table's column heading with the unit of its numbers: "Left (lb)" */
        title = g_strdup_printf (C_("table heading", "%s (%s)"), name, unit);
      add_column (self, s + 1, title != NULL ? title : name);
    }
  for (guint p = 0; p < hip_progress_chart_get_n_points (chart); p++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(HipProgressRow) row = NULL;

      g_ptr_array_add (cells, g_strdup (hip_progress_chart_get_label (chart, p)));
      for (guint s = 0; s < n_series; s++)
        g_ptr_array_add (cells, hip_progress_chart_format_value (chart, s, p));
      g_ptr_array_add (cells, NULL);
      row = hip_progress_row_new ((const char * const *) cells->pdata);
      g_list_store_append (rows, row);
    }
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)));
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (selection));
}

/* Returns: (transfer none): the column view, for tests */
GtkColumnView *
hip_progress_table_get_view (HipProgressTable *self)
{
  g_return_val_if_fail (HIP_IS_PROGRESS_TABLE (self), NULL);

  return self->view;
}

static void
hip_progress_table_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HIP_TYPE_PROGRESS_TABLE);
  G_OBJECT_CLASS (hip_progress_table_parent_class)->dispose (object);
}

static void
hip_progress_table_class_init (HipProgressTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_progress_table_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-progress-table.ui");
  gtk_widget_class_bind_template_child (widget_class, HipProgressTable, scroller);
  gtk_widget_class_bind_template_child (widget_class, HipProgressTable, view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hip_progress_table_init (HipProgressTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hip_progress_table_new (void)
{
  return g_object_new (HIP_TYPE_PROGRESS_TABLE, NULL);
}
