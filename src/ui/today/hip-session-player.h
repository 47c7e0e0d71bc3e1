/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-coach.h"
#include "hip-log.h"
#include "hip-plan.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_SESSION_PLAYER (hip_session_player_get_type ())

G_DECLARE_FINAL_TYPE (HipSessionPlayer, hip_session_player, HIP, SESSION_PLAYER, AdwBin)

void     hip_session_player_start        (HipSessionPlayer *self,
                                          HipCoach         *coach,
                                          HipPlan          *plan,
                                          const HipSession *session,
                                          HipWorkout       *workout);
void     hip_session_player_stop         (HipSessionPlayer *self);
char    *hip_session_player_get_report   (HipSessionPlayer *self,
                                          gboolean         *complete);

G_END_DECLS
