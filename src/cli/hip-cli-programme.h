/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int hip_cli_export_programme (const char *path);
int hip_cli_import_programme (const char *path);

G_END_DECLS
