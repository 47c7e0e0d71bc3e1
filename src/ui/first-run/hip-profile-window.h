/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-coach.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_PROFILE_WINDOW (hip_profile_window_get_type ())

G_DECLARE_FINAL_TYPE (HipProfileWindow, hip_profile_window, HIP, PROFILE_WINDOW, AdwWindow)

HipProfileWindow *hip_profile_window_new (GtkWindow *parent,
                                          HipCoach  *coach);

G_END_DECLS
