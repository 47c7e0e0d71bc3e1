/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the files HipCoach is written in, and by tests that look into the store. */
#pragma once

#include "hip-coach.h"

G_BEGIN_DECLS

HipStore *hip_coach_get_store (HipCoach *self);

void hip_coach_emit_log_changed       (HipCoach *self);
void hip_coach_emit_psfs_changed      (HipCoach *self);
void hip_coach_emit_programme_changed (HipCoach *self,
                                       gboolean  reread);

void hip_coach_load_own_exercises     (HipCoach     *self,
                                       HipCatalogue *catalogue);
void hip_coach_show_own_exercise      (HipCoach     *self,
                                       HipExercise  *exercise);
void hip_coach_restored               (HipCoach     *self);
void hip_coach_review_programme_file  (HipCoach         *self,
                                       HipProgrammeFile *file);

G_END_DECLS
