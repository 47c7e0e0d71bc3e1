/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hip-motion.h"

G_BEGIN_DECLS

#define HIP_TYPE_MOTION_LIBRARY (hip_motion_library_get_type ())

G_DECLARE_FINAL_TYPE (HipMotionLibrary, hip_motion_library, HIP, MOTION_LIBRARY, GObject)

HipMotionLibrary *hip_motion_library_new    (void);
HipMotion        *hip_motion_library_lookup (HipMotionLibrary *self,
                                             const char       *id);

G_END_DECLS
