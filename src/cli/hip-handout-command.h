/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int hip_handout_command_run (const char *path,
                             const char *week,
                             const char *profile);

G_END_DECLS
