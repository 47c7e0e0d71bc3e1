/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* World axes: y up, the figure faces +z at heading 0, +x is the figure's left. Lengths in metres
 * for a 1.75 m adult. */

typedef enum
{
  HIP_JOINT_PELVIS,
  HIP_JOINT_SPINE,
  HIP_JOINT_CHEST,
  HIP_JOINT_NECK,
  HIP_JOINT_HEAD,
  HIP_JOINT_SHOULDER_L,
  HIP_JOINT_ELBOW_L,
  HIP_JOINT_HAND_L,
  HIP_JOINT_SHOULDER_R,
  HIP_JOINT_ELBOW_R,
  HIP_JOINT_HAND_R,
  HIP_JOINT_HIP_L,
  HIP_JOINT_KNEE_L,
  HIP_JOINT_ANKLE_L,
  HIP_JOINT_TOE_L,
  HIP_JOINT_HIP_R,
  HIP_JOINT_KNEE_R,
  HIP_JOINT_ANKLE_R,
  HIP_JOINT_TOE_R,
  HIP_N_JOINTS
} HipJoint;

typedef struct
{
  double x, y, z;
} HipVec3;

/* Joint angles in degrees; 0 everywhere is standing tall, arms hanging, facing +z.
 * Hips: flexion (thigh forward), abduction (thigh out to the side), rotation (external +).
 * Knees and elbows: flexion. Ankles: dorsiflexion (toes up). Shoulders: flexion (arm forward and
 * up), abduction (arm out). Spine: flexion (bend forward), side bend (towards the left +),
 * twist (chest turns left +), spread over the lumbar and thoracic joints. Root: the pelvis
 * position, heading (yaw, turning left +), pitch (the whole body tipping forward +) and roll
 * (tipping onto the left side +). */
typedef enum
{
  HIP_DOF_ROOT_X, HIP_DOF_ROOT_Y, HIP_DOF_ROOT_Z,
  HIP_DOF_ROOT_YAW, HIP_DOF_ROOT_PITCH, HIP_DOF_ROOT_ROLL,
  HIP_DOF_SPINE_FLEX, HIP_DOF_SPINE_SIDE, HIP_DOF_SPINE_TWIST,
  HIP_DOF_NECK_FLEX,
  HIP_DOF_HIP_L_FLEX, HIP_DOF_HIP_L_ABD, HIP_DOF_HIP_L_ROT,
  HIP_DOF_KNEE_L_FLEX, HIP_DOF_ANKLE_L_FLEX,
  HIP_DOF_HIP_R_FLEX, HIP_DOF_HIP_R_ABD, HIP_DOF_HIP_R_ROT,
  HIP_DOF_KNEE_R_FLEX, HIP_DOF_ANKLE_R_FLEX,
  HIP_DOF_SHOULDER_L_FLEX, HIP_DOF_SHOULDER_L_ABD, HIP_DOF_ELBOW_L_FLEX,
  HIP_DOF_SHOULDER_R_FLEX, HIP_DOF_SHOULDER_R_ABD, HIP_DOF_ELBOW_R_FLEX,
  HIP_N_DOFS
} HipDof;

typedef struct
{
  double dof[HIP_N_DOFS];
} HipPose;

typedef struct
{
  HipVec3 joints[HIP_N_JOINTS];
} HipSkeleton;

/* A bone: the two joints it joins and how thick it is drawn. */
typedef struct
{
  HipJoint from;
  HipJoint to;
  double   radius;
  int      side;          /* -1 right, 0 middle, +1 left: far-side limbs are drawn lighter */
} HipBone;

gboolean       hip_dof_from_name       (const char         *name,
                                        HipDof             *dof);
const HipBone *hip_rig_get_bones       (guint              *n_bones);
void           hip_rig_solve           (const HipPose      *pose,
                                        HipSkeleton        *skeleton);
double         hip_skeleton_lowest     (const HipSkeleton  *skeleton);

G_END_DECLS
