/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The figure: kinematics of every shipped motion, the lunges' key poses (SCIENCE.md §7), and
 * rendering through librsvg, still and animated. Needs no display. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-diagram.h"
#include "hip-exercise.h"
#include "hip-motion.h"
#include "hip-figure.h"
#include "hip-motion-library.h"
#include "hip-rig.h"
#include "hip-rig-private.h"

static GHashTable *motions;

static HipMotion *
motion (const char *id)
{
  HipMotion *m = g_hash_table_lookup (motions, id);

  if (m == NULL)
    g_error ("no motion “%s”", id);
  return m;
}

static void
solve_at (HipMotion   *m,
          double       time,
          HipSkeleton *s)
{
  HipPose pose;

  hip_motion_evaluate (m, time, &pose, NULL);
  hip_rig_solve (&pose, s);
}

static double
distance (const HipVec3 *a,
          const HipVec3 *b)
{
  return sqrt ((a->x - b->x) * (a->x - b->x) + (a->y - b->y) * (a->y - b->y) +
               (a->z - b->z) * (a->z - b->z));
}

static double
knee_angle (const HipSkeleton *s,
            int                side)
{
  return side > 0 ? hip_skeleton_angle (s, HIP_JOINT_HIP_L, HIP_JOINT_KNEE_L, HIP_JOINT_ANKLE_L)
                  : hip_skeleton_angle (s, HIP_JOINT_HIP_R, HIP_JOINT_KNEE_R, HIP_JOINT_ANKLE_R);
}

/* Every exercise's motion exists, and every motion parses into a usable loop. */
static void
test_catalogue_motions (void)
{
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      if (!g_hash_table_contains (motions, hip_exercise_get_motion (e)))
        g_error ("%s: its motion “%s” does not exist", hip_exercise_get_id (e),
                 hip_exercise_get_motion (e));
    }
}

static void
test_loops (void)
{
  GHashTableIter iter;
  HipMotion *m;

  g_hash_table_iter_init (&iter, motions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &m))
    {
      HipPose first, last;
      gboolean has_key_pose = FALSE;

      hip_motion_evaluate (m, 0, &first, NULL);
      /* Just before the end: the last key returns to the first pose. */
      hip_motion_evaluate (m, hip_motion_get_duration (m) - 1e-6, &last, NULL);
      for (guint d = 0; d < HIP_N_DOFS; d++)
        if (fabs (first.dof[d] - last.dof[d]) > 0.01)
          g_error ("%s does not loop: %s %.2f → %.2f", hip_motion_get_id (m),
                   hip_dof_get_name (d), first.dof[d], last.dof[d]);
      for (guint k = 0; k < hip_motion_get_n_keys (m); k++)
        has_key_pose |= hip_motion_is_key_pose (m, k);
      if (!has_key_pose)
        g_error ("%s has no key pose", hip_motion_get_id (m));
    }
}

/* A key's own moment shows what that key sets (its move, plane and caption), as just after it
 * does: a still saved at a key's time is labelled with the move it starts. */
static void
test_key_times (void)
{
  GHashTableIter iter;
  HipMotion *m;

  g_hash_table_iter_init (&iter, motions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &m))
    for (guint k = 0; k < hip_motion_get_n_keys (m); k++)
      {
        double time = hip_motion_get_key_time (m, k);
        HipMotionState at, after;
        HipPose pose;

        hip_motion_evaluate (m, time, &pose, &at);
        hip_motion_evaluate (m, time + 1e-6, &pose, &after);
        if (g_strcmp0 (at.move, after.move) != 0 || at.plane != after.plane ||
            g_strcmp0 (at.caption, after.caption) != 0)
          g_error ("%s at its key %.2f s: “%s” (%s), just after: “%s” (%s)", hip_motion_get_id (m),
                   time, at.move, at.caption, after.move, after.caption);
      }
}

/* Bones keep their length in every frame, and nothing jumps between frames at 60 fps. */
static void
test_bones_and_continuity (void)
{
  GHashTableIter iter;
  HipMotion *m;
  guint n_bones;
  const HipBone *bones = hip_rig_get_bones (&n_bones);

  g_hash_table_iter_init (&iter, motions);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &m))
    {
      double duration = hip_motion_get_duration (m);
      HipSkeleton previous, s;
      guint frames = (guint) (duration * 60);

      solve_at (m, 0, &previous);
      for (guint f = 1; f <= frames; f++)
        {
          solve_at (m, f / 60.0, &s);
          for (guint b = 0; b < n_bones; b++)
            {
              double length = distance (&s.joints[bones[b].from], &s.joints[bones[b].to]);
              double rest = hip_rig_bone_length (bones[b].from, bones[b].to);

              g_assert_cmpfloat_with_epsilon (length, rest, 1e-6);
            }
          /* 4 cm per frame is 2.4 m/s: faster than any controlled exercise moves a joint,
           * and about 4 px in a 480 px picture. */
          for (guint j = 0; j < HIP_N_JOINTS; j++)
            if (distance (&s.joints[j], &previous.joints[j]) > 0.04)
              g_error ("%s jumps at %.2f s: %s moves %.3f m in one frame",
                       hip_motion_get_id (m), f / 60.0, hip_joint_get_name (j),
                       distance (&s.joints[j], &previous.joints[j]));
          previous = s;
        }
    }
}

static double
first_key_pose (HipMotion *m)
{
  return hip_motion_get_still_time (m);
}

typedef struct
{
  const char *id;
  double      min_knee;
  double      max_knee;
} KneeCase;

/* Both knees near 90° at the bottom of forward and reverse lunges and split squats. */
static void
test_sagittal_lunges (void)
{
  static const KneeCase cases[] = {
    { "forward-lunge", 80, 100 },
    { "reverse-lunge", 80, 100 },
    { "split-squat", 80, 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HipSkeleton s;
      double left, right;

      solve_at (motion (cases[i].id), first_key_pose (motion (cases[i].id)), &s);
      left = knee_angle (&s, 1);
      right = knee_angle (&s, -1);
      g_test_message ("%s: knees %.1f° %.1f°", cases[i].id, left, right);
      g_assert_cmpfloat (left, >=, cases[i].min_knee);
      g_assert_cmpfloat (left, <=, cases[i].max_knee);
      g_assert_cmpfloat (right, >=, cases[i].min_knee);
      g_assert_cmpfloat (right, <=, cases[i].max_knee);
    }
}

/* The front knee tracks over the foot (the second toe), not inwards. */
static void
test_front_knee_over_toe (void)
{
  static const char *lunges[] = { "forward-lunge", "reverse-lunge", "split-squat" };

  for (guint i = 0; i < G_N_ELEMENTS (lunges); i++)
    {
      HipSkeleton s;
      /* The front leg is the one whose foot is further forward. */
      gboolean right_front;
      HipJoint knee, toe;

      solve_at (motion (lunges[i]), first_key_pose (motion (lunges[i])), &s);
      right_front = s.joints[HIP_JOINT_TOE_R].z > s.joints[HIP_JOINT_TOE_L].z;
      knee = right_front ? HIP_JOINT_KNEE_R : HIP_JOINT_KNEE_L;
      toe = right_front ? HIP_JOINT_TOE_R : HIP_JOINT_TOE_L;
      g_assert_cmpfloat (fabs (s.joints[knee].x - s.joints[toe].x), <, 0.05);
    }
}

static void
test_lateral_lunge (void)
{
  HipMotion *m = motion ("lateral-lunge");
  HipSkeleton s;
  double left, right, bent, straight;

  solve_at (m, first_key_pose (m), &s);
  left = knee_angle (&s, 1);
  right = knee_angle (&s, -1);
  bent = MIN (left, right);
  straight = MAX (left, right);
  g_test_message ("lateral lunge: bent knee %.1f°, trailing knee %.1f°", bent, straight);
  g_assert_cmpfloat (bent, <=, 120);
  /* The trailing leg stays straight. */
  g_assert_cmpfloat (straight, >=, 165);
  g_assert_cmpint (hip_motion_get_camera (m), ==, HIP_PLANE_FRONTAL);
}

static void
test_transverse_lunge (void)
{
  HipMotion *m = motion ("transverse-lunge");
  HipPose pose;
  HipSkeleton s;

  hip_motion_evaluate (m, first_key_pose (m), &pose, NULL);
  hip_rig_solve (&pose, &s);
  g_test_message ("transverse lunge: pelvis turned %.1f°", pose.dof[HIP_DOF_ROOT_YAW]);
  /* The pelvis turns about 135° (SCIENCE.md §7), within ±15°. */
  g_assert_cmpfloat (fabs (pose.dof[HIP_DOF_ROOT_YAW]), >=, 120);
  g_assert_cmpfloat (fabs (pose.dof[HIP_DOF_ROOT_YAW]), <=, 150);
  g_assert_cmpfloat (MIN (knee_angle (&s, 1), knee_angle (&s, -1)), <=, 110);
}

/* One rep is four moves, each labelled with its plane, in this order. */
static void
test_multiplanar_lunge (void)
{
  static const HipPlane expected[] = {
    HIP_PLANE_SAGITTAL, HIP_PLANE_FRONTAL, HIP_PLANE_TRANSVERSE, HIP_PLANE_SAGITTAL,
  };
  HipMotion *m = motion ("multiplanar-lunge");
  g_autoptr(GPtrArray) moves = g_ptr_array_new ();
  HipPlane planes[8];
  guint key_poses = 0;

  for (guint k = 0; k < hip_motion_get_n_keys (m); k++)
    {
      HipMotionState state;
      HipPose pose;

      hip_motion_evaluate (m, hip_motion_get_key_time (m, k), &pose, &state);
      key_poses += hip_motion_is_key_pose (m, k);
      if (state.move != NULL && moves->len < 8 &&
          !g_ptr_array_find_with_equal_func (moves, state.move, g_str_equal, NULL))
        {
          planes[moves->len] = state.plane;
          g_ptr_array_add (moves, (gpointer) state.move);
        }
    }
  g_assert_cmpuint (moves->len, ==, 4);
  g_assert_cmpuint (key_poses, >=, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (planes[i], ==, expected[i]);
}

/* ---- rendering ------------------------------------------------------------------------------ */

static cairo_surface_t *
render (const char *svg,
        int         size)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  g_assert_true (hip_figure_render_svg (svg, strlen (svg), cr, size, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  int height = cairo_image_surface_get_height (a);
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  guint n = 0;

  for (int i = 0; i < stride * height; i += 4)
    n += memcmp (pa + i, pb + i, 4) != 0;
  return n;
}

static void
test_frames_differ (void)
{
  HipMotion *m = motion ("forward-lunge");
  HipDiagramView view;
  g_autofree char *start = NULL;
  g_autofree char *bottom = NULL;
  cairo_surface_t *a, *b;

  hip_diagram_view_init (&view, m);
  start = hip_diagram_still_svg (m, &view, 0, 240);
  bottom = hip_diagram_still_svg (m, &view, first_key_pose (m), 240);
  a = render (start, 240);
  b = render (bottom, 240);
  g_assert_cmpuint (count_differences (a, b), >, 500);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* Where a working muscle is drawn, the picture turns the effort colour. */
static void
test_muscle_tint (void)
{
  HipMotion *m = motion ("forward-lunge");
  HipFigureStyle style;
  HipCamera camera;
  HipFraming framing;
  HipSkeleton s;
  double efforts[HIP_N_MUSCLES] = { 0 };
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autoptr(GString) work = g_string_new (NULL);
  cairo_surface_t *a, *b;
  double x, y;
  const guint8 *pa, *pb;
  int stride, offset;

  hip_figure_style_init (&style, FALSE);
  hip_camera_for_plane (HIP_PLANE_SAGITTAL, &camera);
  hip_figure_frame_motion (m, &camera, FALSE, &framing);
  solve_at (m, first_key_pose (m), &s);

  hip_figure_svg_open (rest, 240);
  hip_figure_write_body (rest, &s, efforts, &camera, &framing, &style, 240);
  hip_figure_svg_close (rest);
  efforts[HIP_MUSCLE_QUADRICEPS] = 1;
  hip_figure_svg_open (work, 240);
  hip_figure_write_body (work, &s, efforts, &camera, &framing, &style, 240);
  hip_figure_svg_close (work);

  a = render (rest->str, 240);
  b = render (work->str, 240);
  /* The middle of the near (right) thigh, where the quadriceps is drawn. */
  {
    HipVec3 mid = { (s.joints[HIP_JOINT_HIP_R].x + s.joints[HIP_JOINT_KNEE_R].x) / 2,
                    (s.joints[HIP_JOINT_HIP_R].y + s.joints[HIP_JOINT_KNEE_R].y) / 2,
                    (s.joints[HIP_JOINT_HIP_R].z + s.joints[HIP_JOINT_KNEE_R].z) / 2 };

    hip_figure_project (&camera, &framing, 240, &mid, &x, &y, NULL);
  }
  stride = cairo_image_surface_get_stride (a);
  offset = (int) y * stride + (int) x * 4;
  pa = cairo_image_surface_get_data (a) + offset;
  pb = cairo_image_surface_get_data (b) + offset;
  /* ARGB32 little-endian: bytes are B, G, R, A. Resting: the dark body; working: red. */
  g_test_message ("thigh pixel at rest %u,%u,%u working %u,%u,%u", pa[2], pa[1], pa[0],
                  pb[2], pb[1], pb[0]);
  g_assert_cmpint (pb[2] - pb[0], >, pa[2] - pa[0] + 60);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
test_animated_svg (void)
{
  HipMotion *m = motion ("multiplanar-lunge");
  HipDiagramView view;
  g_autofree char *svg = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  static const GMarkupParser parser = { NULL };
  cairo_surface_t *surface;

  hip_diagram_view_init (&view, m);
  svg = hip_diagram_animated_svg (m, &view, 320);
  /* Well-formed XML... */
  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (context, svg, -1, &error) &&
                 g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  /* ...that animates itself... */
  g_assert_nonnull (strstr (svg, "<animate "));
  g_assert_nonnull (strstr (svg, "repeatCount=\"indefinite\""));
  g_assert_nonnull (strstr (svg, "calcMode=\"discrete\""));
  /* ...and whose first frame librsvg renders (not blank). */
  surface = render (svg, 320);
  {
    cairo_surface_t *blank = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 320, 320);

    g_assert_cmpuint (count_differences (surface, blank), >, 1000);
    cairo_surface_destroy (blank);
  }
  cairo_surface_destroy (surface);
}

static void
test_export_atomic (void)
{
  HipMotion *m = motion ("forward-lunge");
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-export-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "lunge.png", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "lunge.svg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  HipDiagramView view;
  gsize len;

  hip_diagram_view_init (&view, m);
  g_assert_true (hip_diagram_export (m, &view, HIP_DIAGRAM_FORMAT_PNG, 0, 64, png, &error));
  g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);

  g_assert_false (hip_diagram_export (m, &view, HIP_DIAGRAM_FORMAT_SVG, 0, 64, bad, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_remove (png);
  g_rmdir (dir);
}

/* The library every view draws from: the catalogue's motions by id, nothing for an unknown or
 * missing id. */
static void
test_motion_library (void)
{
  g_autoptr(HipMotionLibrary) library = hip_motion_library_new ();
  HipMotion *motion = hip_motion_library_lookup (library, "forward-lunge");

  g_assert_nonnull (motion);
  g_assert_cmpstr (hip_motion_get_id (motion), ==, "forward-lunge");
  g_assert_true (hip_motion_library_lookup (library, "forward-lunge") == motion);
  g_assert_null (hip_motion_library_lookup (library, "no-such-motion"));
  g_assert_null (hip_motion_library_lookup (library, NULL));
}

/* A one-sided set is shown on its side: a motion that works one leg says which, and one that
 * alternates legs (the march) works one in each half of its loop; a squat works both. */
static void
test_working_side (void)
{
  static const struct
  {
    const char *id;
    HipSide     whole;
    HipSide     first_half;
  } sides[] = {
    { "clamshell", HIP_SIDE_RIGHT, HIP_SIDE_RIGHT },
    { "standing-march", HIP_SIDE_BOTH, HIP_SIDE_RIGHT },
    { "front-plank", HIP_SIDE_BOTH, HIP_SIDE_BOTH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      HipMotion *motion = g_hash_table_lookup (motions, sides[i].id);
      double half = hip_motion_get_duration (motion) / 2;

      g_test_message ("%s", sides[i].id);
      g_assert_nonnull (motion);
      g_assert_cmpint (hip_motion_get_working_side (motion, 0, 2 * half), ==, sides[i].whole);
      g_assert_cmpint (hip_motion_get_working_side (motion, 0, half), ==, sides[i].first_half);
    }
  {
    HipMotion *march = g_hash_table_lookup (motions, "standing-march");
    double duration = hip_motion_get_duration (march);

    g_assert_cmpint (hip_motion_get_working_side (march, duration / 2, duration), ==,
                     HIP_SIDE_LEFT);
  }
}

/* Each motion opens on a camera it reads through: lying on the back, seen end-on from the feet,
 * is a blob; drawn cameras that read are kept. */
static void
test_readable_camera (void)
{
  g_assert_cmpint (hip_figure_readable_plane (g_hash_table_lookup (motions, "adductor-squeeze")),
                   !=, HIP_PLANE_FRONTAL);
  g_assert_cmpint (hip_figure_readable_plane (g_hash_table_lookup (motions, "clamshell")), ==,
                   HIP_PLANE_FRONTAL);
  g_assert_cmpint (hip_figure_readable_plane (g_hash_table_lookup (motions, "glute-bridge")),
                   ==, HIP_PLANE_SAGITTAL);
  g_assert_cmpint (hip_figure_readable_plane (g_hash_table_lookup (motions, "curtsy-lunge")),
                   ==, HIP_PLANE_FRONTAL);
}

/* A mirrored figure still faces forward, its left hip on its left: only which leg moves
 * changes (before, a reflection alone turned the body inside out). */
static void
test_mirror (void)
{
  HipMotion *motion = g_hash_table_lookup (motions, "standing-march");
  HipSkeleton plain, mirrored;
  HipMotionState state;
  HipPose pose;

  hip_motion_evaluate (motion, 1, &pose, &state);   /* the right knee up */
  hip_rig_solve (&pose, &plain);
  mirrored = plain;
  hip_figure_mirror (&mirrored);
  g_assert_cmpfloat (plain.joints[HIP_JOINT_HIP_L].x, >, plain.joints[HIP_JOINT_HIP_R].x);
  g_assert_cmpfloat (mirrored.joints[HIP_JOINT_HIP_L].x, >, mirrored.joints[HIP_JOINT_HIP_R].x);
  /* The raised knee is the left one now, in front as it was. */
  g_assert_cmpfloat (mirrored.joints[HIP_JOINT_KNEE_L].y, >, mirrored.joints[HIP_JOINT_KNEE_R].y + 0.2);
  g_assert_cmpfloat (fabs (mirrored.joints[HIP_JOINT_KNEE_L].z - plain.joints[HIP_JOINT_KNEE_R].z),
                     <, 1e-9);
}

/* A key that is wrong after its caption and move were read is refused with its line, and what
 * it had read is freed (the valgrind and ASan runs see a leak otherwise); a caption given twice
 * keeps the last. */
static void
test_bad_keys (void)
{
  static const struct
  {
    const char *key;
    const char *expected;
  } bad[] = {
    { "<key t=\"0\" caption=\"c\" move=\"m\" hip-l-flex=\"ten\"/>", "line 3:" },
    { "<key t=\"0\" caption=\"c\" move=\"m\" plane=\"diagonal\"/>", "line 3:" },
    { "<key t=\"0\" caption=\"c\" move=\"m\" colour=\"red\"/>", "line 3: unknown key attribute" },
    { "<key t=\"0.5\" caption=\"c\" move=\"m\"/>", "line 3: the first key must be at t=0" },
    { "<key t=\"0\"/>\n<key t=\"0\" caption=\"c\" move=\"m\"/>",
      "line 4: key times must increase" },
  };
  static const char *twice =
    "<motions version=\"1\">\n<motion id=\"twice\" camera=\"sagittal\">\n"
    "<key t=\"0\" caption=\"first\" caption=\"second\" move=\"a\" move=\"b\"/>\n"
    "<key t=\"1\"/>\n</motion>\n</motions>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (twice, strlen (twice));
  g_autoptr(GHashTable) library = NULL;
  g_autoptr(GError) error = NULL;
  HipMotionState state;
  HipPose pose;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *xml = g_strdup_printf ("<motions version=\"1\">\n"
                                              "<motion id=\"bad\" camera=\"sagittal\">\n"
                                              "%s\n<key t=\"9\"/>\n</motion>\n</motions>\n",
                                              bad[i].key);
      gsize length = strlen (xml);
      g_autoptr(GBytes) doc = g_bytes_new_take (g_steal_pointer (&xml), length);
      g_autoptr(GHashTable) none = NULL;

      g_clear_error (&error);
      none = hip_motion_parse_library (doc, &error);
      g_test_message ("%s: %s", bad[i].key, error != NULL ? error->message : "accepted");
      g_assert_null (none);
      g_assert_error (error, HIP_MOTION_ERROR, 0);
      g_assert_true (g_str_has_prefix (error->message, bad[i].expected));
    }
  g_clear_error (&error);
  library = hip_motion_parse_library (bytes, &error);
  g_assert_no_error (error);
  hip_motion_evaluate (g_hash_table_lookup (library, "twice"), 0, &pose, &state);
  g_assert_cmpstr (state.caption, ==, "second");
  g_assert_cmpstr (state.move, ==, "b");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  motions = hip_motion_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/diagram/motions/catalogue", test_catalogue_motions);
  g_test_add_func ("/diagram/motions/library", test_motion_library);
  g_test_add_func ("/diagram/motions/loop", test_loops);
  g_test_add_func ("/diagram/motions/working-side", test_working_side);
  g_test_add_func ("/diagram/motions/readable-camera", test_readable_camera);
  g_test_add_func ("/diagram/motions/key-times", test_key_times);
  g_test_add_func ("/diagram/motions/bad-keys", test_bad_keys);
  g_test_add_func ("/diagram/motions/mirror", test_mirror);
  g_test_add_func ("/diagram/motions/bones-and-continuity", test_bones_and_continuity);
  g_test_add_func ("/diagram/lunges/sagittal-knees", test_sagittal_lunges);
  g_test_add_func ("/diagram/lunges/front-knee-over-toe", test_front_knee_over_toe);
  g_test_add_func ("/diagram/lunges/lateral", test_lateral_lunge);
  g_test_add_func ("/diagram/lunges/transverse", test_transverse_lunge);
  g_test_add_func ("/diagram/lunges/multiplanar", test_multiplanar_lunge);
  g_test_add_func ("/diagram/render/frames-differ", test_frames_differ);
  g_test_add_func ("/diagram/render/muscle-tint", test_muscle_tint);
  g_test_add_func ("/diagram/render/animated-svg", test_animated_svg);
  g_test_add_func ("/diagram/render/export-atomic", test_export_atomic);

  status = g_test_run ();
  g_hash_table_unref (motions);
  return status;
}
