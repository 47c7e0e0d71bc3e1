/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-progress-page beyond its public header. */
#pragma once

#include "hip-progress-page.h"

G_BEGIN_DECLS

HipProgressChart *hip_progress_page_get_chart (HipProgressPage *self,
                                               guint            index);

G_END_DECLS
