/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-coach.h"
#include "hip-profile.h"

G_BEGIN_DECLS

#define HIP_TYPE_FIRST_RUN (hip_first_run_get_type ())

G_DECLARE_FINAL_TYPE (HipFirstRun, hip_first_run, HIP, FIRST_RUN, AdwBin)

void        hip_first_run_get_profile    (HipFirstRun *self,
                                          HipProfile  *profile);
GStrv       hip_first_run_get_activities (HipFirstRun *self);
gboolean    hip_first_run_get_recheck    (HipFirstRun *self);

G_END_DECLS
