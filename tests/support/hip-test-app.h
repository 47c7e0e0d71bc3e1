/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-application.h"
#include "hip-profile.h"
#include "hip-window.h"

G_BEGIN_DECLS

HipWindow *hip_test_app_start        (HipApplication **app);
void       hip_test_app_stop         (HipApplication  *app,
                                      HipWindow       *window);
void       hip_test_app_seed_profile (void);
void       hip_test_app_seed_programme (const HipProfile *profile);

G_END_DECLS
