/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-coach.h"

G_BEGIN_DECLS

#define HIP_TYPE_PSFS_CHECKIN (hip_psfs_checkin_get_type ())

G_DECLARE_FINAL_TYPE (HipPsfsCheckin, hip_psfs_checkin, HIP, PSFS_CHECKIN, AdwBin)

GtkWidget *hip_psfs_checkin_new (HipCoach   *coach,
                                 const char *day);

G_END_DECLS
