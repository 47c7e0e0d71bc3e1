/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-progress-chart.h"
#include "hip-coach.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_PROGRESS_PAGE (hip_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (HipProgressPage, hip_progress_page, HIP, PROGRESS_PAGE, AdwBin)

void              hip_progress_page_refresh   (HipProgressPage *self);
GtkWidget        *hip_progress_page_get_wheel (HipProgressPage *self);

G_END_DECLS
