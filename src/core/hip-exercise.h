/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-types.h"
#include "hip-vocabulary.h"

G_BEGIN_DECLS

#define HIP_TYPE_EXERCISE (hip_exercise_get_type ())

G_DECLARE_FINAL_TYPE (HipExercise, hip_exercise, HIP, EXERCISE, GObject)

/* A "no role" answer of hip_exercise_get_muscle_role(). */
#define HIP_MUSCLE_ROLE_NONE ((HipMuscleRole) -1)

HipExercise         *hip_exercise_new                   (const char    *id);
const char          *hip_exercise_get_id                (HipExercise   *self);
HipOrigin            hip_exercise_get_origin            (HipExercise   *self);
void                 hip_exercise_set_origin            (HipExercise   *self,
                                                         HipOrigin      origin);
const char          *hip_exercise_get_name              (HipExercise   *self);
void                 hip_exercise_set_name              (HipExercise   *self,
                                                         const char    *name);
const char          *hip_exercise_get_summary           (HipExercise   *self);
void                 hip_exercise_set_summary           (HipExercise   *self,
                                                         const char    *summary);
const char * const  *hip_exercise_get_synonyms          (HipExercise   *self);
void                 hip_exercise_set_synonyms          (HipExercise   *self,
                                                         const char * const *synonyms);
const char * const  *hip_exercise_get_steps             (HipExercise   *self);
void                 hip_exercise_set_steps             (HipExercise   *self,
                                                         const char * const *steps);
const char * const  *hip_exercise_get_cues              (HipExercise   *self);
void                 hip_exercise_set_cues              (HipExercise   *self,
                                                         const char * const *cues);
HipLevel             hip_exercise_get_level             (HipExercise   *self);
void                 hip_exercise_set_level             (HipExercise   *self,
                                                         HipLevel       level);
HipKind              hip_exercise_get_kind              (HipExercise   *self);
void                 hip_exercise_set_kind              (HipExercise   *self,
                                                         HipKind        kind);
gboolean             hip_exercise_get_unilateral        (HipExercise   *self);
void                 hip_exercise_set_unilateral        (HipExercise   *self,
                                                         gboolean       unilateral);
HipEquipment         hip_exercise_get_equipment         (HipExercise   *self);
void                 hip_exercise_set_equipment         (HipExercise   *self,
                                                         HipEquipment   equipment);
gboolean             hip_exercise_can_do_with           (HipExercise   *self,
                                                         HipEquipment   owned);
char                *hip_exercise_describe_equipment    (HipExercise   *self,
                                                         const char    *separator);
HipEquipment         hip_exercise_get_equipment_choice  (HipExercise   *self);
void                 hip_exercise_set_equipment_choice  (HipExercise   *self,
                                                         HipEquipment   choice);
gboolean             hip_exercise_get_band_anchored     (HipExercise   *self);
void                 hip_exercise_set_band_anchored     (HipExercise   *self,
                                                         gboolean       anchored);
HipPosition          hip_exercise_get_position          (HipExercise   *self);
void                 hip_exercise_set_position          (HipExercise   *self,
                                                         HipPosition    position);
gboolean             hip_exercise_get_warm_up           (HipExercise   *self);
void                 hip_exercise_set_warm_up           (HipExercise   *self,
                                                         gboolean       warm_up);
const char          *hip_exercise_get_easier            (HipExercise   *self);
void                 hip_exercise_set_easier            (HipExercise   *self,
                                                         const char    *easier);
const char          *hip_exercise_get_motion            (HipExercise   *self);
void                 hip_exercise_set_motion            (HipExercise   *self,
                                                         const char    *motion);
const char          *hip_exercise_get_safety_note       (HipExercise   *self);
void                 hip_exercise_set_safety_note       (HipExercise   *self,
                                                         const char    *note);
const char * const  *hip_exercise_get_regressions       (HipExercise   *self);
void                 hip_exercise_set_regressions       (HipExercise   *self,
                                                         const char * const *ids);
const char * const  *hip_exercise_get_progressions      (HipExercise   *self);
void                 hip_exercise_set_progressions      (HipExercise   *self,
                                                         const char * const *ids);

guint                hip_exercise_get_planes            (HipExercise   *self);
gboolean             hip_exercise_has_plane             (HipExercise   *self,
                                                         HipPlane       plane);
void                 hip_exercise_add_plane             (HipExercise   *self,
                                                         HipPlane       plane);
double               hip_exercise_get_action_weight     (HipExercise   *self,
                                                         HipAction      action);
void                 hip_exercise_set_action_weight     (HipExercise   *self,
                                                         HipAction      action,
                                                         double         weight);
void                 hip_exercise_get_action_weights    (HipExercise   *self,
                                                         double         weights[HIP_N_ACTIONS]);
gboolean             hip_exercise_is_primary_action     (HipExercise   *self,
                                                         HipAction      action);
HipMuscleRole        hip_exercise_get_muscle_role       (HipExercise   *self,
                                                         HipMuscle      muscle);
void                 hip_exercise_set_muscle_role       (HipExercise   *self,
                                                         HipMuscle      muscle,
                                                         HipMuscleRole  role);
gboolean             hip_exercise_works_muscle_group    (HipExercise   *self,
                                                         HipMuscleGroup group);
const char          *hip_exercise_get_contraindication  (HipExercise   *self,
                                                         HipCondition   condition);
void                 hip_exercise_set_contraindication  (HipExercise   *self,
                                                         HipCondition   condition,
                                                         const char    *note);
gboolean             hip_exercise_matches_text          (HipExercise   *self,
                                                         const char    *text);

G_END_DECLS
