/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's long work, done by the coach on a worker thread (hip-coach-async.c) while a
 * HipProgressDialog shows how far it is and, but for a restore, offers Cancel: importing our
 * CSV, reading and then writing another tracker's file, backing up and restoring. The main loop
 * keeps running, so the window keeps drawing; the dialog is modal, so nothing else is asked
 * of the database meanwhile. The pages refresh from the coach's signals. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-import-dialog.h"
#include "hip-progress-dialog.h"
#include "hip-window-private.h"

/* One piece of long work: the window (weakly: it may close meanwhile) and its dialog. */
struct _HipWindowWork
{
  GWeakRef           window;
  HipProgressDialog *dialog;
  GCancellable      *cancellable;
};

typedef HipWindowWork Work;

/**
 * hip_window_work_new:
 * @heading: what is being done
 * @cancellable: whether the work can be cancelled (hip_window_work_get_cancellable())
 *
 * Starts showing the progress of long work, after a moment. Pass it to the coach's async
 * call and end it with hip_window_work_done() in the callback.
 */
HipWindowWork *
hip_window_work_new (HipWindow  *self,
                     const char *heading,
                     const char *body,
                     gboolean    cancellable)
{
  Work *work = g_new0 (Work, 1);

  g_weak_ref_init (&work->window, self);
  if (cancellable)
    work->cancellable = g_cancellable_new ();
  work->dialog = hip_progress_dialog_new (GTK_WINDOW (self), heading, body, work->cancellable);
  return work;
}

GCancellable *
hip_window_work_get_cancellable (HipWindowWork *work)
{
  return work->cancellable;
}

/* The work has stopped: frees @work. Returns: (transfer full) (nullable): the window to tell,
 * or %NULL when it has gone. */
HipWindow *
hip_window_work_done (HipWindowWork *work)
{
  HipWindow *self = g_weak_ref_get (&work->window);

  hip_progress_dialog_done (work->dialog);
  g_clear_object (&work->dialog);
  g_clear_object (&work->cancellable);
  g_weak_ref_clear (&work->window);
  g_free (work);
  return self;
}

static void
progress_cb (HipCoach *coach,
             double    fraction,
             gpointer  data)
{
  Work *work = data;

  hip_progress_dialog_set_fraction (work->dialog, fraction);
}

static void
tell_imported (HipWindow *self,
               guint      n_sets)
{
  g_autofree char *body = g_strdup_printf (ngettext ("%u set was added to your log.",
                                                     "%u sets were added to your log.",
                                                     n_sets), n_sets);

  hip_window_tell (self, _("Workouts Imported"), body);
}

/* A cancelled import says nothing: the person asked for it, and nothing changed. */
static void
tell_not_imported (HipWindow    *self,
                   const GError *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    hip_window_tell (self, _("Nothing Was Imported"), error->message);
}

static Work *
import_work (HipWindow *self)
{
  return hip_window_work_new (self, _("Importing Workouts"),
                   _("Nothing is added until every workout is in; Cancel leaves your log as it "
                     "was."), TRUE);
}

/* ---- our own CSV ------------------------------------------------------------------------- */

static void
csv_imported_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autoptr(HipWindow) self = hip_window_work_done (data);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;

  if (!hip_coach_import_csv_finish (HIP_COACH (source), result, &n_sets, &error))
    {
      if (self != NULL)
        tell_not_imported (self, error);
    }
  else if (self != NULL)
    tell_imported (self, n_sets);
}

/* Adds the workouts in our CSV at @path to the log, all or none. */
void
hip_window_import_csv (HipWindow  *self,
                       const char *path)
{
  Work *work = import_work (self);

  hip_coach_import_csv_async (hip_window_get_coach (self), path, work->cancellable,
                              progress_cb, work, csv_imported_cb, work);
}

/* ---- another tracker's file -------------------------------------------------------------- */

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(HipWindow) self = hip_window_work_done (data);
  g_autoptr(GError) error = NULL;
  guint n_sets = 0;

  if (!hip_coach_import_finish (HIP_COACH (source), result, &n_sets, &error))
    {
      if (self != NULL)
        tell_not_imported (self, error);
    }
  else if (self != NULL)
    tell_imported (self, n_sets);
}

static void
import_review_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  HipWindow        *self)
{
  HipImport *import;
  Work *work;

  if (!g_str_equal (response, "import"))
    return;
  import = hip_import_dialog_steal_import (HIP_IMPORT_DIALOG (dialog));
  work = import_work (self);
  hip_coach_import_async (hip_window_get_coach (self), import, work->cancellable,
                          progress_cb, work, imported_cb, work);
}

static void
import_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_autoptr(HipWindow) self = hip_window_work_done (data);
  g_autoptr(GError) error = NULL;
  HipImport *import = hip_coach_read_import_finish (HIP_COACH (source), result, &error);
  GtkWidget *dialog;

  if (self == NULL)
    {
      g_clear_pointer (&import, hip_import_free);
      return;
    }
  if (import == NULL)
    {
      tell_not_imported (self, error);
      return;
    }
  dialog = hip_import_dialog_new (GTK_WINDOW (self), import);
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_review_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * hip_window_review_import:
 * @path: another tracker's export, or our own CSV
 *
 * Reads the file on a worker thread, then shows what it would add; nothing is written until
 * the person chooses Import, and then on a worker thread too.
 */
void
hip_window_review_import (HipWindow  *self,
                          const char *path)
{
  Work *work = hip_window_work_new (self, _("Reading the File"),
                         _("Nothing is added before you have seen what the file holds."), TRUE);

  hip_coach_read_import_async (hip_window_get_coach (self), path, work->cancellable,
                               progress_cb, work, import_read_cb, work);
}

/* ---- backup and restore ------------------------------------------------------------------ */

static void
backed_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(HipWindow) self = hip_window_work_done (data);
  g_autoptr(GError) error = NULL;

  /* Cancelled, nothing was written: the person knows, having asked. */
  if (!hip_coach_backup_finish (HIP_COACH (source), result, &error) && self != NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    hip_window_tell (self, _("Could Not Back Up"), error->message);
}

/* Writes the whole database to @path, showing how far the copy is, with Cancel. */
void
hip_window_backup_to (HipWindow  *self,
                      const char *path)
{
  Work *work = hip_window_work_new (self, _("Backing Up"), _("Your data is being copied."), TRUE);

  hip_coach_backup_async (hip_window_get_coach (self), path, work->cancellable, progress_cb,
                          work, backed_up_cb, work);
}

static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(HipWindow) self = hip_window_work_done (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *body = NULL;

  if (!hip_coach_restore_finish (HIP_COACH (source), result, &kept, &error))
    {
      if (self != NULL)
        hip_window_tell (self, _("Nothing Was Restored"), error->message);
      return;
    }
  if (self == NULL)
    return;
  body = g_strdup_printf (_("Your data as it was is kept in %s."), kept);
  hip_window_tell (self, _("Backup Restored"), body);
}

/* Replaces everything with the backup at @path and says where the data as it was is kept;
 * the pages follow the coach's signals (a backup without a profile starts the first run). */
void
hip_window_restore_from (HipWindow  *self,
                         const char *path)
{
  Work *work = hip_window_work_new (self, _("Restoring"),
                         _("Your data is replaced by the backup's once all of it is read."),
                         FALSE);

  hip_coach_restore_async (hip_window_get_coach (self), path, restored_cb, work);
}

/* ---- exporting our CSV ------------------------------------------------------------------- */

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(HipWindow) self = hip_window_work_done (data);
  g_autoptr(GError) error = NULL;

  if (!hip_coach_export_csv_finish (HIP_COACH (source), result, NULL, &error) && self != NULL)
    hip_window_tell (self, _("Could Not Export"), error->message);
}

/* Writes the whole log to @path as our CSV. */
void
hip_window_export_csv (HipWindow  *self,
                       const char *path)
{
  Work *work = hip_window_work_new (self, _("Exporting Workouts"),
                                    _("Your log is being written."), FALSE);

  hip_coach_export_csv_async (hip_window_get_coach (self), path, exported_cb, work);
}
