/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean hip_file_ensure_parent_dir (const char  *path,
                                     GError     **error);

gboolean hip_file_write             (const char  *path,
                                     const void  *data,
                                     gsize        length,
                                     GError     **error);

char    *hip_file_resolve_output    (const char  *path,
                                     gboolean    *is_stream,
                                     GError     **error);
char    *hip_file_make_temp         (const char  *target,
                                     GError     **error);
gboolean hip_file_commit_temp       (const char  *temp,
                                     const char  *target,
                                     GError     **error);
void     hip_file_set_write_error   (GError     **error,
                                     const char  *path,
                                     int          errsv);

G_END_DECLS
