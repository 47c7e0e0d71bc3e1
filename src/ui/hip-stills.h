/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-types.h"

G_BEGIN_DECLS

GdkTexture *hip_stills_lookup (HipExercise *exercise,
                               int          size,
                               int          scale);

G_END_DECLS
