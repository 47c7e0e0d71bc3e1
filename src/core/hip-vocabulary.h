/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-types.h"
#include "hip-enums.h"

G_BEGIN_DECLS

/* An action counts as a primary action of an exercise from this weight up. */
#define HIP_ACTION_PRIMARY_WEIGHT 0.75

const char     *hip_enum_to_nick              (GType           enum_type,
                                               int             value);
gboolean        hip_enum_from_nick            (GType           enum_type,
                                               const char     *nick,
                                               int            *value);
gboolean        hip_equipment_from_nick       (const char     *nick,
                                               HipEquipment   *equipment);
char           *hip_equipment_to_nicks        (HipEquipment    equipment,
                                               const char     *separator);
char           *hip_equipment_to_labels       (HipEquipment    equipment,
                                               const char     *separator);

const char     *hip_plane_get_label           (HipPlane        plane);
const char     *hip_action_get_label          (HipAction       action);
HipPlane        hip_action_get_plane          (HipAction       action);
HipAction       hip_action_get_opposite       (HipAction       action);
const char     *hip_muscle_get_label          (HipMuscle       muscle);
const char     *hip_muscle_get_description    (HipMuscle       muscle);
HipMuscleGroup  hip_muscle_get_group          (HipMuscle       muscle);
const char     *hip_muscle_group_get_label    (HipMuscleGroup  group);
const char     *hip_muscle_role_get_label     (HipMuscleRole   role);
double          hip_muscle_role_get_weight    (HipMuscleRole   role);
const char     *hip_equipment_get_label       (HipEquipment    equipment);
const char     *hip_level_get_label           (HipLevel        level);
const char     *hip_kind_get_label            (HipKind         kind);
const char     *hip_position_get_label        (HipPosition     position);
const char     *hip_part_get_label            (HipPart         part);
const char     *hip_condition_get_label       (HipCondition    condition);

G_END_DECLS
