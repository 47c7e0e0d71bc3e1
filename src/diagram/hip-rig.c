/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The figure's skeleton and forward kinematics: joint angles in, joint positions out. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hip-rig.h"
#include "hip-rig-private.h"

typedef struct { double m[3][3]; } Mat3;

static const char *dof_names[HIP_N_DOFS] = {
  "root-x", "root-y", "root-z", "yaw", "pitch", "roll",
  "spine-flex", "spine-side", "spine-twist", "neck-flex",
  "hip-l-flex", "hip-l-abd", "hip-l-rot", "knee-l", "ankle-l",
  "hip-r-flex", "hip-r-abd", "hip-r-rot", "knee-r", "ankle-r",
  "shoulder-l-flex", "shoulder-l-abd", "elbow-l",
  "shoulder-r-flex", "shoulder-r-abd", "elbow-r",
};

static const char *joint_names[HIP_N_JOINTS] = {
  "pelvis", "spine", "chest", "neck", "head",
  "shoulder-l", "elbow-l", "hand-l", "shoulder-r", "elbow-r", "hand-r",
  "hip-l", "knee-l", "ankle-l", "toe-l", "hip-r", "knee-r", "ankle-r", "toe-r",
};

/* Segment lengths (metres) for a 1.75 m adult: standing, the head's top is at 1.75 m. */
#define LUMBAR       0.18
#define THORAX       0.20
#define NECK_BASE    0.16
#define HEAD_CENTRE  0.13
#define SHOULDER_W   0.18
#define SHOULDER_UP  0.13
#define UPPER_ARM    0.30
#define FOREARM      0.27
#define HIP_W        0.09
#define HIP_DOWN     0.06
#define THIGH        0.44
#define SHANK        0.43
#define FOOT_LEN     0.15
#define FOOT_DROP    0.06

/* Drawing radii; the far side's limbs are told apart by @side. */
static const HipBone bones[] = {
  { HIP_JOINT_PELVIS, HIP_JOINT_SPINE, 0.105, 0 },
  { HIP_JOINT_SPINE, HIP_JOINT_CHEST, 0.115, 0 },
  { HIP_JOINT_CHEST, HIP_JOINT_NECK, 0.055, 0 },
  { HIP_JOINT_CHEST, HIP_JOINT_SHOULDER_L, 0.06, 1 },
  { HIP_JOINT_CHEST, HIP_JOINT_SHOULDER_R, 0.06, -1 },
  { HIP_JOINT_SHOULDER_L, HIP_JOINT_ELBOW_L, 0.045, 1 },
  { HIP_JOINT_ELBOW_L, HIP_JOINT_HAND_L, 0.036, 1 },
  { HIP_JOINT_SHOULDER_R, HIP_JOINT_ELBOW_R, 0.045, -1 },
  { HIP_JOINT_ELBOW_R, HIP_JOINT_HAND_R, 0.036, -1 },
  { HIP_JOINT_PELVIS, HIP_JOINT_HIP_L, 0.085, 1 },
  { HIP_JOINT_PELVIS, HIP_JOINT_HIP_R, 0.085, -1 },
  { HIP_JOINT_HIP_L, HIP_JOINT_KNEE_L, 0.075, 1 },
  { HIP_JOINT_KNEE_L, HIP_JOINT_ANKLE_L, 0.055, 1 },
  { HIP_JOINT_ANKLE_L, HIP_JOINT_TOE_L, 0.035, 1 },
  { HIP_JOINT_HIP_R, HIP_JOINT_KNEE_R, 0.075, -1 },
  { HIP_JOINT_KNEE_R, HIP_JOINT_ANKLE_R, 0.055, -1 },
  { HIP_JOINT_ANKLE_R, HIP_JOINT_TOE_R, 0.035, -1 },
};

/* How far below each joint's centre the body surface reaches, for resting on the floor. */
static const double joint_radius[HIP_N_JOINTS] = {
  0.10, 0.10, 0.11, 0.05, 0.11,
  0.06, 0.045, 0.04, 0.06, 0.045, 0.04,
  0.08, 0.06, 0.06, 0.03, 0.08, 0.06, 0.06, 0.03,
};

const char *
hip_dof_get_name (HipDof dof)
{
  g_return_val_if_fail (dof < HIP_N_DOFS, NULL);
  return dof_names[dof];
}

gboolean
hip_dof_from_name (const char *name,
                   HipDof     *dof)
{
  for (guint i = 0; i < HIP_N_DOFS; i++)
    if (g_strcmp0 (name, dof_names[i]) == 0)
      {
        *dof = i;
        return TRUE;
      }
  return FALSE;
}

const char *
hip_joint_get_name (HipJoint joint)
{
  g_return_val_if_fail (joint < HIP_N_JOINTS, NULL);
  return joint_names[joint];
}

const HipBone *
hip_rig_get_bones (guint *n_bones)
{
  *n_bones = G_N_ELEMENTS (bones);
  return bones;
}

/* ---- 3×3 rotations -------------------------------------------------------------------------- */

static Mat3
mat_mul (const Mat3 *a,
         const Mat3 *b)
{
  Mat3 r;

  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++)
      r.m[i][j] = a->m[i][0] * b->m[0][j] + a->m[i][1] * b->m[1][j] + a->m[i][2] * b->m[2][j];
  return r;
}

static HipVec3
mat_apply (const Mat3 *a,
           double      x,
           double      y,
           double      z)
{
  return (HipVec3) {
    a->m[0][0] * x + a->m[0][1] * y + a->m[0][2] * z,
    a->m[1][0] * x + a->m[1][1] * y + a->m[1][2] * z,
    a->m[2][0] * x + a->m[2][1] * y + a->m[2][2] * z,
  };
}

static Mat3
rot_x (double degrees)
{
  double a = degrees * G_PI / 180, c = cos (a), s = sin (a);

  return (Mat3) { { { 1, 0, 0 }, { 0, c, -s }, { 0, s, c } } };
}

static Mat3
rot_y (double degrees)
{
  double a = degrees * G_PI / 180, c = cos (a), s = sin (a);

  return (Mat3) { { { c, 0, s }, { 0, 1, 0 }, { -s, 0, c } } };
}

static Mat3
rot_z (double degrees)
{
  double a = degrees * G_PI / 180, c = cos (a), s = sin (a);

  return (Mat3) { { { c, -s, 0 }, { s, c, 0 }, { 0, 0, 1 } } };
}

/* a · b · c */
static Mat3
mat_mul3 (Mat3 a,
          Mat3 b,
          Mat3 c)
{
  Mat3 ab = mat_mul (&a, &b);

  return mat_mul (&ab, &c);
}

static HipVec3
add (HipVec3 a,
     HipVec3 b)
{
  return (HipVec3) { a.x + b.x, a.y + b.y, a.z + b.z };
}

/* ---- forward kinematics --------------------------------------------------------------------- */

static void
solve_arm (const HipPose *pose,
           const Mat3    *chest,
           HipSkeleton   *s,
           int            side)
{
  gboolean left = side > 0;
  HipDof flex = left ? HIP_DOF_SHOULDER_L_FLEX : HIP_DOF_SHOULDER_R_FLEX;
  HipDof abd = left ? HIP_DOF_SHOULDER_L_ABD : HIP_DOF_SHOULDER_R_ABD;
  HipDof elbow = left ? HIP_DOF_ELBOW_L_FLEX : HIP_DOF_ELBOW_R_FLEX;
  HipJoint shoulder = left ? HIP_JOINT_SHOULDER_L : HIP_JOINT_SHOULDER_R;
  Mat3 upper, lower;

  s->joints[shoulder] = add (s->joints[HIP_JOINT_CHEST],
                             mat_apply (chest, side * SHOULDER_W, SHOULDER_UP, 0));
  /* Flexion swings the arm forward (−x rotation takes "down" towards +z); abduction out. */
  upper = mat_mul3 (*chest, rot_z (side * pose->dof[abd]), rot_x (-pose->dof[flex]));
  s->joints[shoulder + 1] = add (s->joints[shoulder], mat_apply (&upper, 0, -UPPER_ARM, 0));
  lower = rot_x (-pose->dof[elbow]);
  lower = mat_mul (&upper, &lower);
  s->joints[shoulder + 2] = add (s->joints[shoulder + 1], mat_apply (&lower, 0, -FOREARM, 0));
}

static void
solve_leg (const HipPose *pose,
           const Mat3    *pelvis,
           HipSkeleton   *s,
           int            side)
{
  gboolean left = side > 0;
  int base = left ? HIP_DOF_HIP_L_FLEX : HIP_DOF_HIP_R_FLEX;
  HipJoint hip = left ? HIP_JOINT_HIP_L : HIP_JOINT_HIP_R;
  Mat3 thigh, shank, foot, knee, ankle;

  s->joints[hip] = add (s->joints[HIP_JOINT_PELVIS], mat_apply (pelvis, side * HIP_W, -HIP_DOWN, 0));
  /* Flexion takes the thigh forward, abduction out to its own side, external rotation turns
   * the knee outwards. */
  thigh = mat_mul3 (rot_x (-pose->dof[base]), rot_z (side * pose->dof[base + 1]),
                    rot_y (side * pose->dof[base + 2]));
  thigh = mat_mul (pelvis, &thigh);
  s->joints[hip + 1] = add (s->joints[hip], mat_apply (&thigh, 0, -THIGH, 0));
  knee = rot_x (pose->dof[base + 3]);
  shank = mat_mul (&thigh, &knee);
  s->joints[hip + 2] = add (s->joints[hip + 1], mat_apply (&shank, 0, -SHANK, 0));
  ankle = rot_x (-pose->dof[base + 4]);
  foot = mat_mul (&shank, &ankle);
  s->joints[hip + 3] = add (s->joints[hip + 2], mat_apply (&foot, 0, -FOOT_DROP, FOOT_LEN));
}

/* Lowest point of the body's surface: joint centre minus the body's thickness there. */
double
hip_skeleton_lowest (const HipSkeleton *skeleton)
{
  double lowest = G_MAXDOUBLE;

  for (guint j = 0; j < HIP_N_JOINTS; j++)
    lowest = MIN (lowest, skeleton->joints[j].y - joint_radius[j]);
  return lowest;
}

/**
 * hip_rig_solve:
 * @pose: joint angles and root placement
 * @skeleton: (out): joint positions
 *
 * Forward kinematics, then the body is set on the floor: its lowest point at y = 0, so motions
 * need not compute the pelvis height of every pose. The root's y is ignored.
 */
void
hip_rig_solve (const HipPose *pose,
               HipSkeleton   *s)
{
  const double *d = pose->dof;
  Mat3 root, half, lumbar, thorax, head;
  double lift;

  root = mat_mul3 (rot_y (d[HIP_DOF_ROOT_YAW]), rot_x (d[HIP_DOF_ROOT_PITCH]),
                   rot_z (-d[HIP_DOF_ROOT_ROLL]));
  /* The spine bends half at the lumbar joint and half at the thoracic one. */
  half = mat_mul3 (rot_y (d[HIP_DOF_SPINE_TWIST] / 2), rot_x (d[HIP_DOF_SPINE_FLEX] / 2),
                   rot_z (-d[HIP_DOF_SPINE_SIDE] / 2));
  lumbar = mat_mul (&root, &half);
  thorax = mat_mul (&lumbar, &half);
  head = rot_x (d[HIP_DOF_NECK_FLEX]);
  head = mat_mul (&thorax, &head);

  s->joints[HIP_JOINT_PELVIS] = (HipVec3) { d[HIP_DOF_ROOT_X], 1.0, d[HIP_DOF_ROOT_Z] };
  s->joints[HIP_JOINT_SPINE] = add (s->joints[HIP_JOINT_PELVIS], mat_apply (&lumbar, 0, LUMBAR, 0));
  s->joints[HIP_JOINT_CHEST] = add (s->joints[HIP_JOINT_SPINE], mat_apply (&thorax, 0, THORAX, 0));
  s->joints[HIP_JOINT_NECK] = add (s->joints[HIP_JOINT_CHEST],
                                   mat_apply (&thorax, 0, NECK_BASE, 0));
  s->joints[HIP_JOINT_HEAD] = add (s->joints[HIP_JOINT_NECK],
                                   mat_apply (&head, 0, HEAD_CENTRE, 0.01));

  solve_arm (pose, &thorax, s, 1);
  solve_arm (pose, &thorax, s, -1);
  solve_leg (pose, &root, s, 1);
  solve_leg (pose, &root, s, -1);

  lift = -hip_skeleton_lowest (s);
  for (guint j = 0; j < HIP_N_JOINTS; j++)
    s->joints[j].y += lift;
}

/* The angle at @vertex between the bones to @a and @b, in degrees (180 = straight). */
double
hip_skeleton_angle (const HipSkeleton *s,
                    HipJoint           a,
                    HipJoint           vertex,
                    HipJoint           b)
{
  HipVec3 u = { s->joints[a].x - s->joints[vertex].x, s->joints[a].y - s->joints[vertex].y,
                s->joints[a].z - s->joints[vertex].z };
  HipVec3 v = { s->joints[b].x - s->joints[vertex].x, s->joints[b].y - s->joints[vertex].y,
                s->joints[b].z - s->joints[vertex].z };
  double dot = u.x * v.x + u.y * v.y + u.z * v.z;
  double lu = sqrt (u.x * u.x + u.y * u.y + u.z * u.z);
  double lv = sqrt (v.x * v.x + v.y * v.y + v.z * v.z);

  return acos (CLAMP (dot / (lu * lv), -1.0, 1.0)) * 180 / G_PI;
}

double
hip_rig_bone_length (HipJoint from,
                     HipJoint to)
{
  static const HipPose rest = { { 0 } };
  HipSkeleton s;
  double dx, dy, dz;

  hip_rig_solve (&rest, &s);
  dx = s.joints[to].x - s.joints[from].x;
  dy = s.joints[to].y - s.joints[from].y;
  dz = s.joints[to].z - s.joints[from].z;
  return sqrt (dx * dx + dy * dy + dz * dz);
}
