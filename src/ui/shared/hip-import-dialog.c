/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What an import of another tracker's file (or our own CSV) would add, shown before anything
 * is written: the exercises matched to ours, the new ones of the person's own, and the rows
 * not imported with a count for each reason. Its "import" response is the person's yes; the
 * window then asks the coach to write it (all or nothing). */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-import-dialog.h"
#include "hip-widget-utils.h"

struct _HipImportDialog
{
  AdwMessageDialog      parent_instance;

  AdwPreferencesGroup  *matched_group;
  AdwPreferencesGroup  *new_group;
  AdwPreferencesGroup  *skipped_group;

  HipImport            *import;
};

G_DEFINE_FINAL_TYPE (HipImportDialog, hip_import_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
hip_import_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HIP_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (hip_import_dialog_parent_class)->dispose (object);
}

static void
hip_import_dialog_finalize (GObject *object)
{
  HipImportDialog *self = HIP_IMPORT_DIALOG (object);

  g_clear_pointer (&self->import, hip_import_free);
  G_OBJECT_CLASS (hip_import_dialog_parent_class)->finalize (object);
}

static void
hip_import_dialog_class_init (HipImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_import_dialog_dispose;
  object_class->finalize = hip_import_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/stronghips/StrongHips/hip-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HipImportDialog, matched_group);
  gtk_widget_class_bind_template_child (widget_class, HipImportDialog, new_group);
  gtk_widget_class_bind_template_child (widget_class, HipImportDialog, skipped_group);
}

static void
hip_import_dialog_init (HipImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A row that names something and, at its end, how many. */
static void
add_count_row (AdwPreferencesGroup *group,
               const char          *title,
               const char          *subtitle,
               const char          *count)
{
  GtkWidget *row = hip_action_row_new (title, subtitle);
  GtkWidget *label = gtk_label_new (count);

  g_autofree char *description = subtitle != NULL ? g_strdup_printf ("%s, %s", subtitle, count)
                                                  : g_strdup (count);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  /* A screen reader says the count with the row, as it is seen. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  adw_preferences_group_add (group, row);
}

static void
add_matches (HipImportDialog     *self,
             AdwPreferencesGroup *group,
             gboolean             is_new)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->import->matches->len; i++)
    {
      const HipImportMatch *match = self->import->matches->pdata[i];
      g_autofree char *count = NULL;
      g_autofree char *theirs = hip_exercise_names_normalize (match->their_name);
      g_autofree char *ours = hip_exercise_names_normalize (match->our_name);
      /* Our name under theirs, unless it is only written differently. */
      gboolean renamed = g_strcmp0 (theirs, ours) != 0;

      if (match->is_new != is_new || match->n_sets == 0)
        continue;
      count = g_strdup_printf (ngettext ("%u set", "%u sets", match->n_sets), match->n_sets);
      add_count_row (group, match->their_name, !is_new && renamed ? match->our_name : NULL,
                     count);
      any = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (group), any);
}

static void
add_skipped (HipImportDialog *self)
{
  const struct { const char *title; guint n; } reasons[] = {
    { N_("Warm-up sets"), self->import->n_warm_up },
    { N_("Cardio and distance"), self->import->n_cardio },
    { N_("Rest timers, empty rows and sets beyond the log’s limits"), self->import->n_other },
    { N_("Sets already in your log"), self->import->n_known },
  };
  gboolean any = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    {
      g_autofree char *count = NULL;

      if (reasons[i].n == 0)
        continue;
      count = g_strdup_printf ("%u", reasons[i].n);
      add_count_row (self->skipped_group, _(reasons[i].title), NULL, count);
      any = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group), any);
}

static void
set_texts (HipImportDialog *self)
{
  guint sets = hip_import_count_sets (self->import);
  guint workouts = self->import->workouts->len;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *in_workouts = g_strdup_printf (ngettext ("%u workout", "%u workouts",
                                                            workouts), workouts);

  if (sets == 0)
    {
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Nothing New to Import"));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "import", FALSE);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "cancel");
      /* Translators: %s is the file's format, such as "Strong" or "Hevy" */
      body = g_strdup_printf (_("Everything in this %s file is in your log already, or is not "
                                "imported."), hip_import_format_name (self->import->format));
    }
  else
    {
      guint skipped = hip_import_count_skipped (self->import);
      g_autofree char *not_imported = g_strdup_printf (ngettext ("%u row not imported",
                                                                 "%u rows not imported",
                                                                 skipped), skipped);

      heading = g_strdup_printf (ngettext ("Import %u Set?", "Import %u Sets?", sets), sets);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
      /* Translators: the file's format ("Strong", "Hevy"), "3 workouts", "2 rows not
       * imported" */
      body = g_strdup_printf (_("From a %s file: %s, %s. Nothing is added until you choose "
                                "Import."), hip_import_format_name (self->import->format),
                              in_workouts, not_imported);
    }
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}

/**
 * hip_import_dialog_new:
 * @import: (transfer full): what the file would add, from hip_coach_read_import()
 *
 * Returns: (transfer floating): the dialog, not yet presented
 */
GtkWidget *
hip_import_dialog_new (GtkWindow *parent,
                       HipImport *import)
{
  HipImportDialog *self;

  g_return_val_if_fail (import != NULL, NULL);

  self = g_object_new (HIP_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->import = import;
  set_texts (self);
  add_matches (self, self->matched_group, FALSE);
  add_matches (self, self->new_group, TRUE);
  add_skipped (self);
  return GTK_WIDGET (self);
}

/* Returns: (transfer none): what the dialog shows */
HipImport *
hip_import_dialog_get_import (HipImportDialog *self)
{
  g_return_val_if_fail (HIP_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/* Returns: (transfer full): what the dialog showed, for the coach to write; the dialog keeps
 * none */
HipImport *
hip_import_dialog_steal_import (HipImportDialog *self)
{
  g_return_val_if_fail (HIP_IS_IMPORT_DIALOG (self), NULL);

  return g_steal_pointer (&self->import);
}
