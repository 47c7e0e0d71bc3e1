/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipWindow's actions: showing an exercise, going back, finding, filtering by a muscle, the
 * first run and the profile, the keyboard shortcuts, the log's CSV and imports from other
 * trackers. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-education-window.h"
#include "hip-exercise.h"
#include "hip-exercise-query.h"
#include "hip-import-dialog.h"
#include "hip-profile-window.h"
#include "hip-programme-print.h"
#include "hip-programme-share.h"
#include "hip-screening.h"
#include "hip-widget-utils.h"
#include "hip-window-private.h"

static void
show_exercise_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  hip_window_show_exercise (HIP_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HipWindow *self = HIP_WINDOW (widget);

  if (self->main_page == NULL)
    return;
  adw_leaflet_navigate (self->exercises_leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  hip_exercise_browser_focus_results (hip_window_ensure_browser (self));
}

/* Lists every exercise that works a muscle (from the muscle map): the other filters and the
 * search are cleared so that the list answers exactly that question. */
static void
filter_muscle_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HipWindow *self = HIP_WINDOW (widget);
  HipExerciseQuery *query = hip_exercise_browser_get_query (hip_window_ensure_browser (self));
  int muscle;

  if (!hip_enum_from_nick (HIP_TYPE_MUSCLE, g_variant_get_string (param, NULL), &muscle))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->browser), "browser.reset-all", NULL);
  g_object_set (query, "muscle", muscle, NULL);
  adw_view_stack_set_visible_child_name (self->stack, "exercises");
  adw_leaflet_set_visible_child (self->exercises_leaflet, GTK_WIDGET (self->browser));
  hip_exercise_browser_focus_results (self->browser);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HipWindow *self = HIP_WINDOW (widget);
  HipExerciseBrowser *browser = hip_window_ensure_browser (self);

  adw_view_stack_set_visible_child_name (self->stack, "exercises");
  adw_leaflet_set_visible_child (self->exercises_leaflet, GTK_WIDGET (browser));
  hip_exercise_browser_focus_search (browser);
}

static void
first_run_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  hip_window_show_first_run (HIP_WINDOW (widget));
}

/* The emergency signs, at any time (SCIENCE.md §4's safety net). */
static void
safety_signs_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(GString) signs = g_string_new (NULL);
  guint n_flags;
  const HipRedFlag *flags = hip_red_flags (&n_flags);
  GtkWidget *dialog, *list;

  for (guint i = 0; i < n_flags; i++)
    if (flags[i].group == HIP_RED_FLAG_EMERGENCY)
      g_string_append_printf (signs, "%s• %s", signs->len > 0 ? "\n" : "", _(flags[i].question));
  dialog = adw_message_dialog_new (GTK_WINDOW (widget), _("Signs That Need Help Now"),
                                   _("If you have any of these, call your local emergency number "
                                     "or go to an emergency department now."));
  /* A list reads best aligned to the left, not centred as a dialog's body is. */
  list = hip_wrapped_label_new (signs->str);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
about_back_pain_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_window_present (GTK_WINDOW (hip_education_window_new (GTK_WINDOW (widget))));
}

static void
profile_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HipWindow *self = HIP_WINDOW (widget);
  HipProfileWindow *profile;

  if (self->first_run != NULL)
    return;
  profile = hip_profile_window_new (GTK_WINDOW (self), hip_window_get_coach (self));
  gtk_window_present (GTK_WINDOW (profile));
}

/* GTK 4.8 names Page Up and Page Down by their key names ("Page_Up") unless its own
 * translation says otherwise, which English has none of: the labels it made are given
 * readable words, in the person's language. */
static void
name_page_keys (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          const char *text = gtk_label_get_label (GTK_LABEL (child));

          if (g_str_equal (text, "Page_Up"))
            gtk_label_set_label (GTK_LABEL (child), C_("keyboard label", "Page Up"));
          else if (g_str_equal (text, "Page_Down"))
            gtk_label_set_label (GTK_LABEL (child), C_("keyboard label", "Page Down"));
        }
      name_page_keys (child);
    }
}

/* GTK 4.8's shortcuts window gives its search button, an icon alone, no name: a screen reader
 * says "button" and nothing else. */
static void
name_search_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child) &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "edit-find-symbolic") == 0)
        {
          /* Translators: the tooltip and accessible name of the shortcuts window's search */
          gtk_widget_set_tooltip_text (child, _("Search Shortcuts"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Search Shortcuts"), -1);
        }
      name_search_button (child);
    }
}

/* The keyboard shortcuts window, built the first time it is asked for: GtkApplication would
 * build a gtk/help-overlay.ui with every window, a sixth of what the window costs to start.
 * Given to the window as its help overlay, it shows the accelerators of the actions. */
static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkApplicationWindow *self = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (self) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE "/hip-shortcuts-window.ui");

      GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

      name_page_keys (overlay);
      name_search_button (overlay);
      gtk_application_window_set_help_overlay (self, GTK_SHORTCUTS_WINDOW (overlay));
    }
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (self)));
}

void
hip_window_tell (HipWindow  *self,
                 const char *title,
                 const char *body)
{
  GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self), title, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

/* The log's CSV, as `--export-csv` and `--import-csv` write and read it. */
static void
csv_response_cb (GtkNativeDialog *dialog,
                 int              response,
                 HipWindow       *self)
{
  gboolean import = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) ==
                    GTK_FILE_CHOOSER_ACTION_OPEN;
  g_autofree char *path = hip_file_chooser_get_path (dialog, response);

  if (path != NULL)
    {
      if (import)
        hip_window_import_csv (self, path);
      else
        hip_window_export_csv (self, path);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* Asks for a file to open or save (@save_as: the name offered), of @suffix, and calls
 * @response with the answer. */
static void
choose_file (HipWindow  *self,
             const char *title,
             const char *accept,
             const char *filter_name,
             const char *suffix,
             const char *save_as,
             GCallback   response)
{
  GtkFileChooserNative *chooser = hip_file_chooser_new (GTK_WINDOW (self), title, accept,
                                                        filter_name, suffix, save_as);

  g_signal_connect_object (chooser, "response", response, self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
csv_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  gboolean import = g_str_equal (action_name, "win.import-csv");

  choose_file (HIP_WINDOW (widget),
               import ? _("Import Workout Log") : _("Export Workout Log"),
               import ? _("_Import") : _("_Export"), _("CSV files"), "csv",
               import ? NULL : "strong-hips-log.csv", G_CALLBACK (csv_response_cb));
}

static void
import_other_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          HipWindow       *self)
{
  g_autofree char *path = hip_file_chooser_get_path (dialog, response);

  if (path != NULL)
    hip_window_review_import (self, path);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_other_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  choose_file (HIP_WINDOW (widget), _("Import From Another App"), _("_Open"),
               _("CSV files"), "csv", NULL, G_CALLBACK (import_other_response_cb));
}

static void
backup_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    HipWindow       *self)
{
  gboolean restore = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) ==
                     GTK_FILE_CHOOSER_ACTION_OPEN;
  g_autofree char *path = hip_file_chooser_get_path (dialog, response);
  g_autoptr(GError) error = NULL;

  if (path != NULL)
    {
      if (restore)
        hip_window_restore_from (self, path);
      else
        hip_window_backup_to (self, path);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gboolean restore = g_str_equal (action_name, "win.restore");

  choose_file (HIP_WINDOW (widget),
               restore ? _("Restore From a Backup") : _("Back Up Your Data"),
               restore ? _("_Restore") : _("_Back Up"), _("Strong Hips backups"), "db",
               restore ? NULL : "strong-hips-backup.db", G_CALLBACK (backup_response_cb));
}

/* The handout of the programme: printed through the print dialog, or saved as a PDF. */
static void
print_programme (HipWindow  *self,
                 const char *export_path)
{
  HipStills *stills = hip_application_get_stills (self->application);
  g_autoptr(GError) error = NULL;

  if (!hip_programme_print (GTK_WINDOW (self), hip_window_get_coach (self),
                            hip_stills_get_motions (stills), export_path, &error))
    hip_window_tell (self, _("Could Not Print"), error->message);
}

static void
pdf_response_cb (GtkNativeDialog *dialog,
                 int              response,
                 HipWindow       *self)
{
  g_autofree char *path = hip_file_chooser_get_path (dialog, response);

  if (path != NULL)
    print_programme (self, path);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  if (g_str_equal (action_name, "win.save-programme-pdf"))
    choose_file (HIP_WINDOW (widget), _("Save Programme as PDF"), _("_Save"),
                 _("PDF documents"), "pdf", "strong-hips-programme.pdf",
                 G_CALLBACK (pdf_response_cb));
  else
    print_programme (HIP_WINDOW (widget), NULL);
}

void
hip_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-exercise", "s", show_exercise_action);
  hip_window_install_own_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.profile", NULL, profile_action);
  gtk_widget_class_install_action (widget_class, "win.first-run", NULL, first_run_action);
  gtk_widget_class_install_action (widget_class, "win.check-again", NULL, first_run_action);
  gtk_widget_class_install_action (widget_class, "win.safety-signs", NULL, safety_signs_action);
  gtk_widget_class_install_action (widget_class, "win.about-back-pain", NULL,
                                   about_back_pain_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, csv_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, csv_action);
  gtk_widget_class_install_action (widget_class, "win.import-other", NULL, import_other_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.print-programme", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.save-programme-pdf", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-programme", NULL,
                                   hip_programme_share_export_action);
  gtk_widget_class_install_action (widget_class, "win.import-programme", NULL,
                                   hip_programme_share_import_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.filter-muscle", "s", filter_muscle_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print-programme", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
}
