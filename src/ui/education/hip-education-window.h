/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HIP_TYPE_EDUCATION_WINDOW (hip_education_window_get_type ())

G_DECLARE_FINAL_TYPE (HipEducationWindow, hip_education_window, HIP, EDUCATION_WINDOW, AdwWindow)

HipEducationWindow *hip_education_window_new        (GtkWindow          *parent);
void                hip_education_window_show_topic (HipEducationWindow *self,
                                                     const char         *topic);

G_END_DECLS
