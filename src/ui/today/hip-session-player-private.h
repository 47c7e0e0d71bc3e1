/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-session-player beyond its public header. */
#pragma once

#include "hip-cues.h"
#include "hip-session-player.h"

G_BEGIN_DECLS

guint    hip_session_player_get_n_steps  (HipSessionPlayer *self);
guint    hip_session_player_get_position (HipSessionPlayer *self);
gboolean hip_session_player_get_resting  (HipSessionPlayer *self);
gboolean hip_session_player_get_holding  (HipSessionPlayer *self);
void     hip_session_player_tick         (HipSessionPlayer *self);
const HipPrescription *hip_session_player_get_current (HipSessionPlayer *self);
GtkSpinButton *hip_session_player_get_pain_field (HipSessionPlayer *self);
GtkSpinButton *hip_session_player_get_load_field (HipSessionPlayer *self);
GtkLabel      *hip_session_player_get_load_title (HipSessionPlayer *self);
GtkWidget     *hip_session_player_get_log_button (HipSessionPlayer *self);
GtkWidget     *hip_session_player_get_count      (HipSessionPlayer *self);
gboolean       hip_session_player_get_inhibiting (HipSessionPlayer *self);
HipCues       *hip_session_player_get_cues       (HipSessionPlayer *self);

G_END_DECLS
