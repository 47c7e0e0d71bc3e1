/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-plan.h"
#include "hip-coach.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_PROGRAMME_PAGE (hip_programme_page_get_type ())

G_DECLARE_FINAL_TYPE (HipProgrammePage, hip_programme_page, HIP, PROGRAMME_PAGE, AdwBin)

void           hip_programme_page_reload      (HipProgrammePage *self);
void           hip_programme_page_profile_changed (HipProgrammePage *self);
void           hip_programme_page_generate    (HipProgrammePage *self);

G_END_DECLS
