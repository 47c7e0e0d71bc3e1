/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-session-player.h"

G_BEGIN_DECLS

void     hip_test_player_check_fit (HipSessionPlayer *player,
                                    int               width);
void     hip_test_player_resize    (HipSessionPlayer *player,
                                    int               width);
void     hip_test_player_walk      (HipSessionPlayer *player,
                                    int               width,
                                    const char       *name);

G_END_DECLS
