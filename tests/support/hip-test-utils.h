/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-test-run.h"

G_BEGIN_DECLS

typedef gboolean (*HipTestCondition) (gpointer data);

gboolean   hip_test_has_display      (void);
void       hip_test_isolate_user_dirs (void);
void       hip_test_clear_user_data  (void);
void       hip_test_wait_until      (HipTestCondition  condition,
                                     gpointer          data,
                                     const char       *what);
void       hip_test_wait_for_size   (GtkWidget        *widget,
                                     int               width);
GtkWidget *hip_test_find_widget     (GtkWidget        *root,
                                     GType             type,
                                     const char       *title);
GtkWindow *hip_test_find_toplevel   (GType             type);
GtkWindow *hip_test_wait_for_toplevel (GType           type);
gboolean   hip_test_ui_init         (int              *argc,
                                     char           ***argv);
void       hip_test_screenshot      (GtkWidget        *widget,
                                     const char       *name);
void       hip_test_screenshots     (GtkWindow        *window,
                                     GtkWidget        *widget,
                                     GtkWidget        *root,
                                     const char       *name);
guint      hip_test_count_borders   (GtkWidget        *widget,
                                     guint            *mixed);
guint      hip_test_count_ellipsized (GtkWidget       *root);
gboolean   hip_test_press_keys      (GtkWidget        *widget,
                                     guint             keyval,
                                     GdkModifierType   modifiers);
void       hip_test_po_append_quoted (GString         *out,
                                      const char      *line);

G_END_DECLS
