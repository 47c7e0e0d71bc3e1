/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-motion-library.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_STILLS (hip_stills_get_type ())

G_DECLARE_FINAL_TYPE (HipStills, hip_stills, HIP, STILLS, GObject)

HipStills        *hip_stills_new         (HipMotionLibrary *motions);
HipMotionLibrary *hip_stills_get_motions (HipStills        *self);
GdkTexture       *hip_stills_lookup      (HipStills        *self,
                                          HipExercise      *exercise,
                                          int               size,
                                          int               scale);
GtkWidget        *hip_stills_picture_new (HipStills        *self,
                                          HipExercise      *exercise,
                                          int               size,
                                          int               scale);

G_END_DECLS
