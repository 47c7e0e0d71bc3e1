/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-types.h"

G_BEGIN_DECLS

void hip_badges_clear       (GtkWidget   *box);
void hip_badges_add_planes  (GtkWidget   *box,
                             HipExercise *exercise);
void hip_badges_add_actions (GtkWidget   *box,
                             HipExercise *exercise,
                             gboolean     primary_only);
void hip_badges_add_own     (GtkWidget   *box,
                             HipExercise *exercise);
const char *hip_badges_own_label (void);

G_END_DECLS
