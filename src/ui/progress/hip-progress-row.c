/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "hip-progress-row.h"

/**
 * HipProgressRow:
 *
 * One row of a Progress table: a point's label (a week, a day) and its values as text, a cell
 * a column. The table's rows are recycled; what a row shows lives here.
 */
struct _HipProgressRow
{
  GObject   parent_instance;

  GStrv     cells;
};

G_DEFINE_FINAL_TYPE (HipProgressRow, hip_progress_row, G_TYPE_OBJECT)

static void
hip_progress_row_finalize (GObject *object)
{
  HipProgressRow *self = (HipProgressRow *) object;

  g_strfreev (self->cells);
  G_OBJECT_CLASS (hip_progress_row_parent_class)->finalize (object);
}

static void
hip_progress_row_class_init (HipProgressRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hip_progress_row_finalize;
}

static void
hip_progress_row_init (HipProgressRow *self)
{
}

/* @cells: (array zero-terminated=1): the label, then one value a series, as text */
HipProgressRow *
hip_progress_row_new (const char * const *cells)
{
  HipProgressRow *self = g_object_new (HIP_TYPE_PROGRESS_ROW, NULL);

  self->cells = g_strdupv ((char **) cells);
  return self;
}

/* Returns: (nullable): the text of column @column, or %NULL past the last */
const char *
hip_progress_row_get_cell (HipProgressRow *self,
                           guint           column)
{
  g_return_val_if_fail (HIP_IS_PROGRESS_ROW (self), NULL);

  return column < g_strv_length (self->cells) ? self->cells[column] : NULL;
}
