/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HIP_TYPE_PROGRESS_ROW (hip_progress_row_get_type ())

G_DECLARE_FINAL_TYPE (HipProgressRow, hip_progress_row, HIP, PROGRESS_ROW, GObject)

HipProgressRow *hip_progress_row_new      (const char * const *cells);
const char     *hip_progress_row_get_cell (HipProgressRow     *self,
                                           guint               column);

G_END_DECLS
