/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean hip_file_ensure_parent_dir (const char  *path,
                                     GError     **error);

G_END_DECLS
