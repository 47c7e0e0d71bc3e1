/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-programme-page beyond its public header. */
#pragma once

#include "hip-programme-page.h"

G_BEGIN_DECLS

gint64         hip_programme_page_get_id      (HipProgrammePage *self);
const HipPlan *hip_programme_page_get_plan    (HipProgrammePage *self);
GPtrArray     *hip_programme_page_get_problems (HipProgrammePage *self);
guint          hip_programme_page_get_week    (HipProgrammePage *self);
GtkWidget     *hip_programme_page_get_wheel   (HipProgrammePage *self);
const char    *hip_programme_page_get_notes   (HipProgrammePage *self);

G_END_DECLS
