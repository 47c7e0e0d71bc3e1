/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-profile.h"

G_BEGIN_DECLS

#define HIP_TYPE_PROFILE_FORM (hip_profile_form_get_type ())

G_DECLARE_FINAL_TYPE (HipProfileForm, hip_profile_form, HIP, PROFILE_FORM, AdwBin)

void  hip_profile_form_set_profile    (HipProfileForm     *self,
                                       const HipProfile   *profile);
void  hip_profile_form_get_profile    (HipProfileForm     *self,
                                       HipProfile         *profile);
void  hip_profile_form_set_activities (HipProfileForm     *self,
                                       const char * const *names);
GStrv hip_profile_form_get_activities (HipProfileForm     *self);
void  hip_profile_form_set_units      (HipProfileForm     *self,
                                       HipUnits            units);

G_END_DECLS
