/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-today-page beyond its public header. */
#pragma once

#include "hip-today-page.h"

G_BEGIN_DECLS

GPtrArray  *hip_today_page_get_changes (HipTodayPage *self);
GtkWidget  *hip_today_page_get_player  (HipTodayPage *self);

G_END_DECLS
