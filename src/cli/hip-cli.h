/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean hip_cli_run (int    argc,
                      char **argv,
                      int   *status);

G_END_DECLS
