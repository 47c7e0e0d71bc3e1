/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-diagram-player beyond its public header. */
#pragma once

#include "hip-diagram-player.h"

G_BEGIN_DECLS

gboolean   hip_diagram_player_get_reduced (HipDiagramPlayer *self);
GtkWidget *hip_diagram_player_get_view    (HipDiagramPlayer *self);

G_END_DECLS
