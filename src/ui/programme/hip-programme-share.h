/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-window.h"

G_BEGIN_DECLS

void hip_programme_share_export_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);
void hip_programme_share_import_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter);

/* What the file choosers' answers do, apart for tests */
void hip_programme_share_export_to     (HipWindow  *window,
                                        const char *path);
void hip_programme_share_review        (HipWindow  *window,
                                        const char *path);

G_END_DECLS
