/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-rig.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_MOTION (hip_motion_get_type ())
#define HIP_MOTION_ERROR (hip_motion_error_quark ())
#define HIP_MOTIONS_RESOURCE RESOURCE_BASE "/motions/motions.xml"

G_DECLARE_FINAL_TYPE (HipMotion, hip_motion, HIP, MOTION, GObject)

/* What a motion shows at one moment, besides the pose. */
typedef struct
{
  double      efforts[HIP_N_MUSCLES];   /* 0 (resting) … 1 (working hardest) */
  const char *caption;                  /* the current phase's instruction */
  const char *move;                     /* the current move of a sequence, or NULL */
  HipPlane    plane;                    /* the plane of the current move */
  double      move_start;               /* when the current move began (0 without moves) */
} HipMotionState;

GQuark         hip_motion_error_quark       (void);
const char    *hip_motion_get_id            (HipMotion      *self);
double         hip_motion_get_duration      (HipMotion      *self);
HipPlane       hip_motion_get_camera        (HipMotion      *self);
guint          hip_motion_get_n_keys        (HipMotion      *self);
double         hip_motion_get_key_time      (HipMotion      *self,
                                             guint           key);
gboolean       hip_motion_is_key_pose       (HipMotion      *self,
                                             guint           key);
double         hip_motion_get_still_time    (HipMotion      *self);
HipSide        hip_motion_get_working_side  (HipMotion      *self,
                                             double          from,
                                             double          to);
void           hip_motion_evaluate          (HipMotion      *self,
                                             double          time,
                                             HipPose        *pose,
                                             HipMotionState *state);

GHashTable    *hip_motion_parse_library     (GBytes         *xml,
                                             GError        **error);
GHashTable    *hip_motion_load_default      (GError        **error);

G_END_DECLS
