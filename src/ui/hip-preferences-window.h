/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-coach.h"

G_BEGIN_DECLS

#define HIP_TYPE_PREFERENCES_WINDOW (hip_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (HipPreferencesWindow, hip_preferences_window, HIP, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

HipPreferencesWindow *hip_preferences_window_new (GtkWindow *parent,
                                                  GSettings *settings,
                                                  HipCoach  *coach);

G_END_DECLS
