/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's Export Programme… and Import Programme…: a file chosen, the active programme
 * written to it, or a programme file read and shown for review (HipProgrammeImportDialog). */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-programme-file.h"
#include "hip-programme-import-dialog.h"
#include "hip-programme-share.h"
#include "hip-store.h"
#include "hip-widget-utils.h"
#include "hip-window-private.h"

static void
tell (GtkWindow  *parent,
      const char *title,
      const char *body)
{
  GtkWidget *message = adw_message_dialog_new (parent, title, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

/* The file name offered for the active programme: its name, without what a file name cannot
 * hold. */
static char *
offered_name (HipCoach *coach)
{
  g_autoptr(GPtrArray) list = hip_coach_list_programmes (coach, NULL);
  gint64 active = hip_coach_get_active_programme (coach);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      HipProgrammeInfo *info = list->pdata[i];

      if (info->id == active)
        {
          g_autofree char *name = g_strdelimit (g_strdup (info->name), "/\\:", '-');

          return g_strconcat (name, "." HIP_PROGRAMME_FILE_SUFFIX, NULL);
        }
    }
  return g_strdup ("programme." HIP_PROGRAMME_FILE_SUFFIX);
}

/**
 * hip_programme_share_export_to:
 * @path: the file chosen
 *
 * Writes the active programme to @path; when it cannot, says why in a message.
 */
void
hip_programme_share_export_to (HipWindow  *window,
                               const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!hip_coach_export_programme (hip_window_get_coach (window), path, &error))
    tell (GTK_WINDOW (window), _("Could Not Export"), error->message);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    HipWindow       *window)
{
  g_autofree char *path = hip_file_chooser_get_path (chooser, response);

  if (path != NULL)
    hip_programme_share_export_to (window, path);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
hip_programme_share_export_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  HipWindow *window = HIP_WINDOW (widget);
  HipCoach *coach = hip_window_get_coach (window);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (!hip_coach_has_programme (coach))
    {
      tell (GTK_WINDOW (window), _("No Programme to Export"),
            _("Make a programme first: it is made from your profile."));
      return;
    }
  name = offered_name (coach);
  chooser = hip_file_chooser_new (GTK_WINDOW (window), _("Export Programme"), _("_Export"),
                                  _("Strong Hips programmes"), HIP_PROGRAMME_FILE_SUFFIX, name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
imported_cb (HipProgrammeImportDialog *dialog,
             gint64                    id,
             HipWindow                *window)
{
  hip_window_present_page (window, "programme");
}

static void
reviewed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(HipWindow) window = hip_window_work_done (data);
  g_autoptr(GError) error = NULL;
  HipProgrammeFile *file = hip_coach_review_programme_finish (HIP_COACH (source), result,
                                                              &error);
  HipProgrammeImportDialog *dialog;

  if (window == NULL)
    {
      g_clear_pointer (&file, hip_programme_file_free);
      return;
    }
  if (file == NULL)
    {
      tell (GTK_WINDOW (window), _("Nothing Was Imported"), error->message);
      return;
    }
  dialog = hip_programme_import_dialog_new (GTK_WINDOW (window), HIP_COACH (source), file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hip_programme_share_review:
 * @path: the file chosen
 *
 * Reads the programme file at @path on a worker thread and shows it for review (the window
 * then shows the programme once it is imported); a file that is refused is said so in a
 * message.
 */
void
hip_programme_share_review (HipWindow  *window,
                            const char *path)
{
  HipWindowWork *work = hip_window_work_new (window, _("Reading the Programme"),
                                             _("Nothing is added before you have seen it."),
                                             FALSE);

  hip_coach_review_programme_async (hip_window_get_coach (window), path, reviewed_cb, work);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    HipWindow       *window)
{
  g_autofree char *path = hip_file_chooser_get_path (chooser, response);

  if (path != NULL)
    hip_programme_share_review (window, path);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
hip_programme_share_import_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  HipWindow *window = HIP_WINDOW (widget);
  GtkFileChooserNative *chooser =
    hip_file_chooser_new (GTK_WINDOW (window), _("Import Programme"), _("_Import"),
                          _("Strong Hips programmes"), HIP_PROGRAMME_FILE_SUFFIX, NULL);

  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
