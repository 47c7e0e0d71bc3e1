/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A developer's tool for writing motions: prints, for each key of a motion (or at given
 * times), the knee and hip angles measured from the solved skeleton, the heading, and which
 * parts touch the floor; or renders every key side by side.
 * Usage: motion-inspect MOTIONS.XML ID [TIME…] | MOTIONS.XML ID --png STRIP.PNG */

#include <stdlib.h>

#include <string.h>

#include "hip-diagram.h"
#include "hip-motion.h"
#include "hip-rig.h"
#include "hip-rig-private.h"

#define STRIP_SIZE 320

/* Every key of @motion side by side in one PNG, as the player would show it. */
static int
write_strip (HipMotion  *motion,
             const char *path)
{
  guint n = hip_motion_get_n_keys (motion);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, STRIP_SIZE * n,
                                                         STRIP_SIZE);
  cairo_t *cr = cairo_create (surface);
  HipDiagramView view;

  hip_diagram_view_init (&view, motion);
  for (guint k = 0; k < n; k++)
    {
      g_autofree char *svg = hip_diagram_still_svg (motion, &view,
                                                    hip_motion_get_key_time (motion, k),
                                                    STRIP_SIZE);

      cairo_save (cr);
      cairo_translate (cr, k * STRIP_SIZE, 0);
      hip_figure_render_svg (svg, strlen (svg), cr, STRIP_SIZE, NULL);
      cairo_restore (cr);
    }
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  return 0;
}

static void
inspect (HipMotion *motion,
         double     time)
{
  static const HipJoint contacts[] = {
    HIP_JOINT_TOE_L, HIP_JOINT_ANKLE_L, HIP_JOINT_KNEE_L, HIP_JOINT_TOE_R, HIP_JOINT_ANKLE_R,
    HIP_JOINT_KNEE_R, HIP_JOINT_HAND_L, HIP_JOINT_HAND_R, HIP_JOINT_PELVIS, HIP_JOINT_HEAD,
  };
  HipMotionState state;
  HipSkeleton s;
  HipPose pose;

  hip_motion_evaluate (motion, time, &pose, &state);
  hip_rig_solve (&pose, &s);
  g_print ("t=%5.2f knee L %5.1f° R %5.1f°  hip L %5.1f° R %5.1f°  yaw %6.1f  pelvis (%.2f, %.2f, %.2f)\n",
           time,
           hip_skeleton_angle (&s, HIP_JOINT_HIP_L, HIP_JOINT_KNEE_L, HIP_JOINT_ANKLE_L),
           hip_skeleton_angle (&s, HIP_JOINT_HIP_R, HIP_JOINT_KNEE_R, HIP_JOINT_ANKLE_R),
           hip_skeleton_angle (&s, HIP_JOINT_SPINE, HIP_JOINT_HIP_L, HIP_JOINT_KNEE_L),
           hip_skeleton_angle (&s, HIP_JOINT_SPINE, HIP_JOINT_HIP_R, HIP_JOINT_KNEE_R),
           pose.dof[HIP_DOF_ROOT_YAW], s.joints[HIP_JOINT_PELVIS].x,
           s.joints[HIP_JOINT_PELVIS].y, s.joints[HIP_JOINT_PELVIS].z);
  g_print ("        heights:");
  for (guint i = 0; i < G_N_ELEMENTS (contacts); i++)
    g_print (" %s %.2f", hip_joint_get_name (contacts[i]), s.joints[contacts[i]].y);
  g_print ("\n        toes L (%.2f, %.2f) R (%.2f, %.2f)   caption: %s\n",
           s.joints[HIP_JOINT_TOE_L].x, s.joints[HIP_JOINT_TOE_L].z,
           s.joints[HIP_JOINT_TOE_R].x, s.joints[HIP_JOINT_TOE_R].z,
           state.caption != NULL ? state.caption : "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) motions = NULL;
  gsize len;
  HipMotion *motion;

  if (argc < 3)
    {
      g_printerr ("usage: %s MOTIONS.XML ID [TIME…]\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &xml, &len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&xml), len);
  motions = hip_motion_parse_library (bytes, &error);
  if (motions == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  motion = g_hash_table_lookup (motions, argv[2]);
  if (motion == NULL)
    {
      g_printerr ("no motion %s\n", argv[2]);
      return 1;
    }
  if (argc == 5 && strcmp (argv[3], "--png") == 0)
    return write_strip (motion, argv[4]);
  if (argc > 3)
    for (int i = 3; i < argc; i++)
      inspect (motion, g_ascii_strtod (argv[i], NULL));
  else
    for (guint k = 0; k < hip_motion_get_n_keys (motion); k++)
      inspect (motion, hip_motion_get_key_time (motion, k));
  return 0;
}
