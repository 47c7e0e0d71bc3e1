/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-progress-page beyond its public header. */
#pragma once

#include "hip-progress-page.h"
#include "hip-progress-table.h"

G_BEGIN_DECLS

HipProgressChart *hip_progress_page_get_chart (HipProgressPage *self,
                                               guint            index);
HipProgressTable *hip_progress_page_get_table (HipProgressPage *self,
                                               guint            index);
GtkDropDown      *hip_progress_page_get_pain_times (HipProgressPage *self);
GArray           *hip_progress_page_get_weeks (HipProgressPage *self);

G_END_DECLS
