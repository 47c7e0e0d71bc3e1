/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _HipFontWarmer HipFontWarmer;

char          *hip_font_warmer_get_default_path (void);
HipFontWarmer *hip_font_warmer_start            (const char    *path);
void           hip_font_warmer_install          (HipFontWarmer *self);
GPtrArray     *hip_font_warmer_get_fonts        (HipFontWarmer *self);
gboolean       hip_font_warmer_record           (HipFontWarmer *self,
                                                 GtkWidget     *root,
                                                 GError       **error);
void           hip_font_warmer_free             (HipFontWarmer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipFontWarmer, hip_font_warmer_free)

G_END_DECLS
