/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The enum nicks are a contract with files and other programs: these tables pin them. */

#include "config.h"

#include "hip-vocabulary.h"

typedef struct
{
  const char *name;
  GType     (*get_type) (void);
  const char *nicks[32];
} EnumCase;

static const EnumCase cases[] = {
  { "plane", hip_plane_get_type, { "sagittal", "frontal", "transverse" } },
  { "action", hip_action_get_type,
    { "flexion", "extension", "abduction", "adduction", "internal-rotation",
      "external-rotation" } },
  { "level", hip_level_get_type, { "beginner", "intermediate", "advanced" } },
  { "kind", hip_kind_get_type, { "reps", "hold", "stretch", "timed" } },
  { "position", hip_position_get_type, { "standing", "seated", "floor" } },
  { "part", hip_part_get_type, { "warm-up", "main", "core", "cool-down" } },
  { "side", hip_side_get_type, { "both", "left", "right" } },
  { "role", hip_muscle_role_get_type, { "primary", "secondary", "stabiliser" } },
  { "condition", hip_condition_get_type,
    { "knee-pain", "posterior-hip-replacement", "anterior-hip-replacement" } },
  { "muscle", hip_muscle_get_type,
    { "psoas-major", "iliacus", "rectus-femoris", "sartorius", "tensor-fasciae-latae",
      "pectineus", "adductor-longus", "adductor-brevis", "adductor-magnus", "gracilis",
      "gluteus-maximus", "gluteus-medius", "gluteus-minimus", "biceps-femoris",
      "semitendinosus", "semimembranosus", "piriformis", "obturator-internus",
      "obturator-externus", "gemellus-superior", "gemellus-inferior", "quadratus-femoris",
      "rectus-abdominis", "obliques", "transversus-abdominis", "erector-spinae", "multifidus",
      "quadratus-lumborum", "quadriceps" } },
};

static void
test_enum_nicks (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      GType type = cases[c].get_type ();
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      guint n = 0;

      for (; cases[c].nicks[n] != NULL; n++)
        {
          int value = -1;

          g_assert_true (hip_enum_from_nick (type, cases[c].nicks[n], &value));
          g_assert_cmpint (value, ==, n);
          g_assert_cmpstr (hip_enum_to_nick (type, n), ==, cases[c].nicks[n]);
        }
      g_assert_cmpuint (klass->n_values, ==, n);
    }
  g_assert_false (hip_enum_from_nick (HIP_TYPE_PLANE, "coronal", &(int) { 0 }));
  g_assert_false (hip_enum_from_nick (HIP_TYPE_PLANE, NULL, &(int) { 0 }));
}

static void
test_muscle_groups (void)
{
  guint hip = 0, core = 0;

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    {
      HipMuscleGroup group = hip_muscle_get_group (m);

      g_assert_nonnull (hip_muscle_get_label (m));
      g_assert_cmpstr (hip_muscle_get_description (m), !=, "");
      core += group == HIP_MUSCLE_GROUP_CORE;
      hip += group != HIP_MUSCLE_GROUP_CORE && group != HIP_MUSCLE_GROUP_THIGH;
    }
  /* SCIENCE.md §5: at least 21 hip muscles plus the 6 core stabilisers. */
  g_assert_cmpuint (hip, >=, 21);
  g_assert_cmpuint (core, ==, 6);
}

static void
test_equipment (void)
{
  /* Bit 1 was the chair, a household item since catalogue 2: no longer an id. */
  static const struct { const char *id; HipEquipment value; } ids[] = {
    { "none", 0 }, { "mat", 1 << 0 }, { "bench", 1 << 2 }, { "band", 1 << 3 },
    { "dumbbell", 1 << 4 }, { "kettlebell", 1 << 5 }, { "barbell", 1 << 6 }, { "cable", 1 << 7 },
    { "step", 1 << 8 },
  };
  HipEquipment value;
  g_autofree char *joined = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_true (hip_equipment_from_nick (ids[i].id, &value));
      g_assert_cmpuint (value, ==, ids[i].value);
      g_assert_nonnull (hip_equipment_get_label (value));
    }
  g_assert_false (hip_equipment_from_nick ("treadmill", &value));
  g_assert_false (hip_equipment_from_nick ("chair", &value));

  joined = hip_equipment_to_nicks (HIP_EQUIPMENT_BAND | HIP_EQUIPMENT_MAT, ",");
  g_assert_cmpstr (joined, ==, "mat,band");
  g_free (joined);
  joined = hip_equipment_to_nicks (HIP_EQUIPMENT_NONE, ",");
  g_assert_cmpstr (joined, ==, "none");
  g_free (joined);
  joined = hip_equipment_to_labels (HIP_EQUIPMENT_BAND | HIP_EQUIPMENT_MAT, ", ");
  g_assert_cmpstr (joined, ==, "Mat, Resistance band");
  g_free (joined);
  joined = hip_equipment_to_labels (HIP_EQUIPMENT_NONE, ", ");
  g_assert_cmpstr (joined, ==, "No equipment");
}

static void
test_actions (void)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      HipAction opposite = hip_action_get_opposite (a);

      g_assert_cmpint (opposite, !=, a);
      g_assert_cmpint (hip_action_get_opposite (opposite), ==, a);
      g_assert_cmpint (hip_action_get_plane (a), ==, hip_action_get_plane (opposite));
    }
  g_assert_cmpint (hip_action_get_opposite (HIP_ACTION_ADDUCTION), ==, HIP_ACTION_ABDUCTION);
  g_assert_cmpint (hip_action_get_plane (HIP_ACTION_EXTERNAL_ROTATION), ==, HIP_PLANE_TRANSVERSE);
  g_assert_cmpfloat (hip_muscle_role_get_weight (HIP_MUSCLE_ROLE_SECONDARY), ==, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/vocabulary/enum-nicks", test_enum_nicks);
  g_test_add_func ("/core/vocabulary/muscle-groups", test_muscle_groups);
  g_test_add_func ("/core/vocabulary/equipment", test_equipment);
  g_test_add_func ("/core/vocabulary/actions", test_actions);

  return g_test_run ();
}
