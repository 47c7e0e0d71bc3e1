/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int hip_cli_import (const char *path,
                    gboolean    dry_run);

G_END_DECLS
