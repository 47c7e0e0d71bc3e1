/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hip_programme_share_export_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);
void hip_programme_share_import_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);

G_END_DECLS
