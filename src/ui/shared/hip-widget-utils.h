/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       hip_widget_unparent_children (GtkWidget  *widget);
GtkWidget *hip_wrapped_label_new        (const char *text);
GtkWidget *hip_text_row_new             (const char *text);
GtkWidget *hip_action_row_new           (const char *title,
                                         const char *subtitle);
GtkWidget *hip_grid_add_spin            (GtkGrid    *grid,
                                         int         row,
                                         const char *label,
                                         double      value,
                                         double      lower,
                                         double      upper,
                                         double      step);
void       hip_dialog_ask               (AdwMessageDialog *dialog,
                                         GtkWidget        *fields,
                                         const char       *response,
                                         const char       *label);
void       hip_spin_button_allow_empty  (GtkSpinButton    *spin);
int        hip_spin_button_get_optional (GtkSpinButton    *spin);
GtkWidget *hip_icon_button_new          (const char       *icon_name,
                                         const char       *label);
char      *hip_format_date              (const GDate      *date,
                                         const char       *format);
GSettings *hip_clock_settings_new       (void);
gboolean   hip_clock_uses_12_hours      (GSettings        *clock);
char      *hip_format_time_of_day       (guint             minutes,
                                         gboolean          twelve_hours);
const char *hip_time_period            (gboolean          afternoon);
GtkWidget *hip_pain_field_new           (const char       *label,
                                         GtkSpinButton   **spin);
void       hip_button_fix_name          (GtkButton        *button);
void       hip_expander_row_fix_name    (AdwExpanderRow   *row);
void       hip_accessible_names_init    (void);
GtkFileChooserNative *hip_file_chooser_new (GtkWindow        *parent,
                                         const char       *title,
                                         const char       *accept,
                                         const char       *filter_name,
                                         const char       *suffix,
                                         const char       *save_as);
char      *hip_file_chooser_get_path    (GtkNativeDialog  *chooser,
                                         int               response);
void       hip_cairo_set_colour         (cairo_t       *cr,
                                         const GdkRGBA *colour,
                                         double         alpha);

G_END_DECLS
