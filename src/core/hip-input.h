/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most a file the app reads may hold (README.md states it), and a field of a CSV line. */
#define HIP_INPUT_MAX_FILE   (64 * 1024 * 1024)
#define HIP_INPUT_MAX_FIELD  1024

/* The most characters of a file's text a message echoes. */
#define HIP_INPUT_ECHO_CHARS 60

gboolean  hip_input_read_file (const char  *path,
                               gsize        limit,
                               char       **contents,
                               gsize       *length,
                               GError     **error);
gboolean  hip_input_has_control (const char *text);
char     *hip_input_echo      (const char  *text,
                               gssize       length);
char     *hip_input_echo_full (const char  *text,
                               gssize       length,
                               guint        max_chars);

G_END_DECLS
