/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Labels and relations of the model's enums, kept in one table each so that the browser, the
 * detail page and the command line all name things the same way. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-vocabulary.h"

typedef struct
{
  const char     *label;
  HipMuscleGroup  group;
  const char     *description;
} MuscleInfo;

/* Indexed by HipMuscle; the descriptions say what the muscle does at the hip (SCIENCE.md §5). */
static const MuscleInfo muscles[HIP_N_MUSCLES] = {
  { N_("Psoas major"), HIP_MUSCLE_GROUP_HIP_FLEXORS,
    N_("Flexes the hip and steadies the lumbar spine") },
  { N_("Iliacus"), HIP_MUSCLE_GROUP_HIP_FLEXORS, N_("Flexes the hip") },
  { N_("Rectus femoris"), HIP_MUSCLE_GROUP_HIP_FLEXORS,
    N_("Flexes the hip and straightens the knee") },
  { N_("Sartorius"), HIP_MUSCLE_GROUP_HIP_FLEXORS,
    N_("Assists hip flexion, abduction and external rotation") },
  { N_("Tensor fasciae latae"), HIP_MUSCLE_GROUP_HIP_FLEXORS,
    N_("Rotates the hip inwards; assists flexion and abduction") },
  { N_("Pectineus"), HIP_MUSCLE_GROUP_ADDUCTORS,
    N_("Assists adduction, flexion and internal rotation") },
  { N_("Adductor longus"), HIP_MUSCLE_GROUP_ADDUCTORS,
    N_("Brings the leg towards the midline; assists flexion") },
  { N_("Adductor brevis"), HIP_MUSCLE_GROUP_ADDUCTORS,
    N_("Brings the leg towards the midline; assists flexion") },
  { N_("Adductor magnus"), HIP_MUSCLE_GROUP_ADDUCTORS,
    N_("Brings the leg towards the midline; its rear part extends the hip") },
  { N_("Gracilis"), HIP_MUSCLE_GROUP_ADDUCTORS, N_("Assists adduction and bends the knee") },
  { N_("Gluteus maximus"), HIP_MUSCLE_GROUP_GLUTES,
    N_("Extends and externally rotates the hip") },
  { N_("Gluteus medius"), HIP_MUSCLE_GROUP_GLUTES,
    N_("Abducts the hip and keeps the pelvis level on one leg") },
  { N_("Gluteus minimus"), HIP_MUSCLE_GROUP_GLUTES,
    N_("Abducts and internally rotates the hip") },
  { N_("Biceps femoris"), HIP_MUSCLE_GROUP_HAMSTRINGS,
    N_("Extends the hip and bends the knee") },
  { N_("Semitendinosus"), HIP_MUSCLE_GROUP_HAMSTRINGS,
    N_("Extends the hip and bends the knee") },
  { N_("Semimembranosus"), HIP_MUSCLE_GROUP_HAMSTRINGS,
    N_("Extends the hip and bends the knee") },
  { N_("Piriformis"), HIP_MUSCLE_GROUP_DEEP_ROTATORS,
    N_("Rotates the hip outwards; assists abduction") },
  { N_("Obturator internus"), HIP_MUSCLE_GROUP_DEEP_ROTATORS,
    N_("Rotates the hip outwards") },
  { N_("Obturator externus"), HIP_MUSCLE_GROUP_DEEP_ROTATORS,
    N_("Rotates the hip outwards") },
  { N_("Gemellus superior"), HIP_MUSCLE_GROUP_DEEP_ROTATORS, N_("Rotates the hip outwards") },
  { N_("Gemellus inferior"), HIP_MUSCLE_GROUP_DEEP_ROTATORS, N_("Rotates the hip outwards") },
  { N_("Quadratus femoris"), HIP_MUSCLE_GROUP_DEEP_ROTATORS, N_("Rotates the hip outwards") },
  { N_("Rectus abdominis"), HIP_MUSCLE_GROUP_CORE, N_("Flexes the trunk and resists arching") },
  { N_("Obliques"), HIP_MUSCLE_GROUP_CORE, N_("Rotate and side-bend the trunk; resist twisting") },
  { N_("Transversus abdominis"), HIP_MUSCLE_GROUP_CORE,
    N_("Braces the abdomen like a corset") },
  { N_("Erector spinae"), HIP_MUSCLE_GROUP_CORE,
    N_("Holds the spine upright and resists bending") },
  { N_("Multifidus"), HIP_MUSCLE_GROUP_CORE, N_("Steadies each segment of the lower spine") },
  { N_("Quadratus lumborum"), HIP_MUSCLE_GROUP_CORE,
    N_("Side-bends the trunk and hitches the pelvis") },
  { N_("Quadriceps"), HIP_MUSCLE_GROUP_THIGH, N_("Straightens the knee") },
};

static const char *plane_labels[HIP_N_PLANES] = {
  N_("Sagittal"), N_("Frontal"), N_("Transverse"),
};

static const char *action_labels[HIP_N_ACTIONS] = {
  N_("Flexion"), N_("Extension"), N_("Abduction"), N_("Adduction"),
  N_("Internal rotation"), N_("External rotation"),
};

static const char *group_labels[HIP_N_MUSCLE_GROUPS] = {
  N_("Hip flexors"), N_("Glutes"), N_("Adductors"), N_("Hamstrings"),
  N_("Deep rotators"), N_("Core"), N_("Thigh"),
};

static const char *role_labels[HIP_N_MUSCLE_ROLES] = {
  N_("Primary"), N_("Secondary"), N_("Stabiliser"),
};

static const double role_weights[HIP_N_MUSCLE_ROLES] = { 1.0, 0.5, 0.25 };

static const char *level_labels[HIP_N_LEVELS] = {
  N_("Beginner"), N_("Intermediate"), N_("Advanced"),
};

static const char *kind_labels[HIP_N_KINDS] = {
  N_("Repetitions"), N_("Timed hold"), N_("Stretch"), N_("Timed"),
};

static const char *position_labels[HIP_N_POSITIONS] = {
  N_("Standing"), N_("Seated"), N_("On the floor"),
};

static const char *part_labels[HIP_N_PARTS] = {
  N_("Warm-up"), N_("Main"), N_("Core"), N_("Cool-down"),
};

static const char *condition_labels[HIP_N_CONDITIONS] = {
  N_("Knee pain"), N_("Posterior-approach hip replacement"),
  N_("Anterior-approach hip replacement"),
};

const char *
hip_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

/**
 * hip_enum_from_nick:
 * @enum_type: a #GEnum type
 * @nick: an id such as "internal-rotation"
 * @value: (out): the value
 *
 * Returns: %TRUE when @nick names a value of @enum_type
 */
gboolean
hip_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

/* Parses a single equipment id ("none" is the empty set). */
gboolean
hip_equipment_from_nick (const char   *nick,
                         HipEquipment *equipment)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (HIP_TYPE_EQUIPMENT);
  GFlagsValue *fv;

  if (nick == NULL)
    return FALSE;

  fv = g_flags_get_value_by_nick (klass, nick);
  if (fv == NULL)
    return FALSE;

  *equipment = fv->value;
  return TRUE;
}

/* Returns the ids of the set, joined with @separator, or "none" for the empty set. */
char *
hip_equipment_to_nicks (HipEquipment  equipment,
                        const char   *separator)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (HIP_TYPE_EQUIPMENT);
  g_autoptr(GString) str = g_string_new (NULL);

  if (equipment == HIP_EQUIPMENT_NONE)
    return g_strdup ("none");

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GFlagsValue *fv = &klass->values[i];

      if (fv->value == 0 || (equipment & fv->value) != fv->value)
        continue;
      if (str->len > 0)
        g_string_append (str, separator);
      g_string_append (str, fv->value_nick);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* Returns the translated names of the set, joined with @separator ("No equipment" if empty). */
char *
hip_equipment_to_labels (HipEquipment  equipment,
                         const char   *separator)
{
  g_autoptr(GString) str = g_string_new (NULL);

  if (equipment == HIP_EQUIPMENT_NONE)
    return g_strdup (hip_equipment_get_label (HIP_EQUIPMENT_NONE));

  for (guint bit = 0; (1u << bit) <= HIP_EQUIPMENT_ALL; bit++)
    {
      if (!(equipment & HIP_EQUIPMENT_ALL & (1u << bit)))
        continue;
      if (str->len > 0)
        g_string_append (str, separator);
      g_string_append (str, hip_equipment_get_label (1u << bit));
    }
  return g_string_free (g_steal_pointer (&str), FALSE);
}

const char *
hip_plane_get_label (HipPlane plane)
{
  g_return_val_if_fail (plane < HIP_N_PLANES, NULL);
  return _(plane_labels[plane]);
}

const char *
hip_action_get_label (HipAction action)
{
  g_return_val_if_fail (action < HIP_N_ACTIONS, NULL);
  return _(action_labels[action]);
}

HipPlane
hip_action_get_plane (HipAction action)
{
  switch (action)
    {
    case HIP_ACTION_FLEXION:
    case HIP_ACTION_EXTENSION:
      return HIP_PLANE_SAGITTAL;
    case HIP_ACTION_ABDUCTION:
    case HIP_ACTION_ADDUCTION:
      return HIP_PLANE_FRONTAL;
    case HIP_ACTION_INTERNAL_ROTATION:
    case HIP_ACTION_EXTERNAL_ROTATION:
    default:
      return HIP_PLANE_TRANSVERSE;
    }
}

/* The opposing action of the pair whose balance SCIENCE.md §6 checks. */
HipAction
hip_action_get_opposite (HipAction action)
{
  /* Pairs are adjacent in the enum: (0,1), (2,3), (4,5). */
  return action ^ 1;
}

const char *
hip_muscle_get_label (HipMuscle muscle)
{
  g_return_val_if_fail (muscle < HIP_N_MUSCLES, NULL);
  return _(muscles[muscle].label);
}

const char *
hip_muscle_get_description (HipMuscle muscle)
{
  g_return_val_if_fail (muscle < HIP_N_MUSCLES, NULL);
  return _(muscles[muscle].description);
}

HipMuscleGroup
hip_muscle_get_group (HipMuscle muscle)
{
  g_return_val_if_fail (muscle < HIP_N_MUSCLES, HIP_MUSCLE_GROUP_CORE);
  return muscles[muscle].group;
}

const char *
hip_muscle_group_get_label (HipMuscleGroup group)
{
  g_return_val_if_fail (group < HIP_N_MUSCLE_GROUPS, NULL);
  return _(group_labels[group]);
}

const char *
hip_muscle_role_get_label (HipMuscleRole role)
{
  g_return_val_if_fail (role < HIP_N_MUSCLE_ROLES, NULL);
  return _(role_labels[role]);
}

double
hip_muscle_role_get_weight (HipMuscleRole role)
{
  g_return_val_if_fail (role < HIP_N_MUSCLE_ROLES, 0.0);
  return role_weights[role];
}

const char *
hip_equipment_get_label (HipEquipment equipment)
{
  switch (equipment)
    {
    case HIP_EQUIPMENT_NONE: return _("No equipment");
    case HIP_EQUIPMENT_MAT: return _("Mat");
    case HIP_EQUIPMENT_BENCH: return _("Bench");
    case HIP_EQUIPMENT_BAND: return _("Resistance band");
    case HIP_EQUIPMENT_DUMBBELL: return _("Dumbbell");
    case HIP_EQUIPMENT_KETTLEBELL: return _("Kettlebell");
    case HIP_EQUIPMENT_BARBELL: return _("Barbell");
    case HIP_EQUIPMENT_CABLE: return _("Cable machine");
    case HIP_EQUIPMENT_STEP: return _("Step");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hip_level_get_label (HipLevel level)
{
  g_return_val_if_fail (level < HIP_N_LEVELS, NULL);
  return _(level_labels[level]);
}

const char *
hip_kind_get_label (HipKind kind)
{
  g_return_val_if_fail (kind < HIP_N_KINDS, NULL);
  return _(kind_labels[kind]);
}

const char *
hip_position_get_label (HipPosition position)
{
  g_return_val_if_fail (position < HIP_N_POSITIONS, NULL);
  return _(position_labels[position]);
}

const char *
hip_part_get_label (HipPart part)
{
  g_return_val_if_fail (part < HIP_N_PARTS, NULL);
  return _(part_labels[part]);
}

const char *
hip_condition_get_label (HipCondition condition)
{
  g_return_val_if_fail (condition < HIP_N_CONDITIONS, NULL);
  return _(condition_labels[condition]);
}
