/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-stills.h"
#include "hip-coach.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_TODAY_PAGE (hip_today_page_get_type ())

G_DECLARE_FINAL_TYPE (HipTodayPage, hip_today_page, HIP, TODAY_PAGE, AdwBin)

void        hip_today_page_refresh     (HipTodayPage *self);
const char *hip_today_page_get_state   (HipTodayPage *self);

G_END_DECLS
