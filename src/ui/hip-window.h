/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-application.h"
#include "hip-first-run.h"
#include "hip-programme-page.h"
#include "hip-progress-page.h"
#include "hip-today-page.h"

G_BEGIN_DECLS

#define HIP_TYPE_WINDOW (hip_window_get_type ())

G_DECLARE_FINAL_TYPE (HipWindow, hip_window, HIP, WINDOW, AdwApplicationWindow)

HipWindow   *hip_window_new                (HipApplication *application);
void         hip_window_show_exercise      (HipWindow      *self,
                                            const char     *id);

void         hip_window_present_page  (HipWindow  *self,
                                       const char *name);

G_END_DECLS
