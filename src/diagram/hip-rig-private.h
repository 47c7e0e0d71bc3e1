/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-rig beyond its public header. */
#pragma once

#include "hip-rig.h"

G_BEGIN_DECLS

const char    *hip_dof_get_name        (HipDof              dof);
const char    *hip_joint_get_name      (HipJoint            joint);
double         hip_rig_bone_length     (HipJoint            from,
                                        HipJoint            to);
double         hip_skeleton_angle      (const HipSkeleton  *skeleton,
                                        HipJoint            a,
                                        HipJoint            vertex,
                                        HipJoint            b);

G_END_DECLS
