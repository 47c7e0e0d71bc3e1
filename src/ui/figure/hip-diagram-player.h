/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-motion.h"

G_BEGIN_DECLS

#define HIP_TYPE_DIAGRAM_PLAYER (hip_diagram_player_get_type ())

G_DECLARE_FINAL_TYPE (HipDiagramPlayer, hip_diagram_player, HIP, DIAGRAM_PLAYER, GtkWidget)

void       hip_diagram_player_set_motion  (HipDiagramPlayer *self,
                                           HipMotion        *motion,
                                           const char       *title);

void             hip_diagram_player_show_side  (HipDiagramPlayer *self,
                                                HipSide           side);

G_END_DECLS
