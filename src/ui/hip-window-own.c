/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipWindow's actions on the person's own exercises: New Exercise… (the browser's button),
 * and Edit… and Delete… (the detail page of one of theirs). Deleting one that logs or
 * programmes name asks first, and keeps the logs. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-exercise-editor.h"
#include "hip-widget-utils.h"
#include "hip-window-private.h"

static void
saved_cb (HipWindow   *self,
          HipExercise *exercise)
{
  hip_window_show_exercise (self, hip_exercise_get_id (exercise));
}

static void
open_editor (HipWindow   *self,
             HipExercise *exercise)
{
  HipExerciseEditor *editor =
    hip_exercise_editor_new (GTK_WINDOW (self), hip_window_get_coach (self),
                             hip_application_get_stills (self->application), exercise);

  g_signal_connect_object (editor, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_exercise_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  open_editor (HIP_WINDOW (widget), NULL);
}

/* Returns: (transfer none) (nullable): the exercise shown, if it is one of the person's own
 * still listed */
static HipExercise *
shown_own_exercise (HipWindow *self)
{
  HipExercise *exercise = hip_window_get_shown_exercise (self);

  if (exercise == NULL || hip_exercise_get_origin (exercise) != HIP_ORIGIN_USER ||
      !hip_catalogue_is_listed (hip_window_get_catalogue (self), hip_exercise_get_id (exercise)))
    return NULL;
  return exercise;
}

static void
edit_exercise_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  HipWindow *self = HIP_WINDOW (widget);
  HipExercise *exercise = shown_own_exercise (self);

  if (exercise != NULL)
    open_editor (self, exercise);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    HipWindow        *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "exercise-id");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  if (!hip_coach_delete_own_exercise (hip_window_get_coach (self), id, NULL, &error))
    {
      GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self),
                                                   _("The Exercise Was Not Deleted"),
                                                   error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
}

/* What deleting keeps, in words: the log and the programmes that name the exercise. */
static char *
describe_uses (guint n_sets,
               guint n_prescriptions)
{
  if (n_sets > 0)
    return g_strdup_printf (g_dngettext (NULL,
                                         "You logged %u set of it. Your history and progress "
                                         "keep it, with its name; it leaves your list of "
                                         "exercises.",
                                         "You logged %u sets of it. Your history and progress "
                                         "keep them, with its name; it leaves your list of "
                                         "exercises.", n_sets),
                            n_sets);
  if (n_prescriptions > 0)
    return g_strdup (_("Programmes that use it keep it until you swap it for another; it "
                       "leaves your list of exercises."));
  return g_strdup (_("It has no logged sets and is in no programme."));
}

static void
delete_exercise_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HipWindow *self = HIP_WINDOW (widget);
  HipExercise *exercise = shown_own_exercise (self);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sets = 0, n_prescriptions = 0;
  GtkWidget *dialog;

  if (exercise == NULL)
    return;
  if (!hip_coach_count_own_exercise_uses (hip_window_get_coach (self),
                                          hip_exercise_get_id (exercise), &n_sets,
                                          &n_prescriptions, &error))
    g_warning ("%s", error->message);
  /* Translators: %s is the name of an exercise the person made */
  heading = g_strdup_printf (_("Delete “%s”?"), hip_exercise_get_name (exercise));
  body = describe_uses (n_sets, n_prescriptions);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "exercise-id",
                          g_strdup (hip_exercise_get_id (exercise)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
hip_window_install_own_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-exercise", NULL, new_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.edit-exercise", NULL,
                                   edit_exercise_action);
  gtk_widget_class_install_action (widget_class, "win.delete-exercise", NULL,
                                   delete_exercise_action);
}
