/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-coach.h"
#include "hip-reminders.h"
#include "hip-stills.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_APPLICATION (hip_application_get_type ())

G_DECLARE_FINAL_TYPE (HipApplication, hip_application, HIP, APPLICATION, AdwApplication)

HipApplication *hip_application_new               (void);
HipCoach       *hip_application_get_coach         (HipApplication *self);
HipReminders   *hip_application_get_reminders  (HipApplication *self);
HipStills      *hip_application_get_stills        (HipApplication *self);
const char     *hip_application_get_store_problem (HipApplication *self);

G_END_DECLS
