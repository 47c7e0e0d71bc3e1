/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  HIP_CUE_REST_OVER,
  HIP_CUE_HOLD_OVER,
} HipCue;

#define HIP_TYPE_CUES (hip_cues_get_type ())

G_DECLARE_FINAL_TYPE (HipCues, hip_cues, HIP, CUES, GObject)

HipCues *hip_cues_new   (void);
void     hip_cues_play  (HipCues    *self,
                         HipCue      cue);
void     hip_cues_say   (HipCues    *self,
                         const char *text);

G_END_DECLS
