/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Long work off the main thread: reading and writing an import, our own CSV, a backup and a
 * restore, each as GIO's async and finish pair, with progress and cancelling for imports.
 * The headless modes keep the synchronous functions.
 *
 * The worker never touches the coach's store: a HipStore's connection is opened without
 * SQLite's mutex and caches its statements in a plain table, so it belongs to one thread. The
 * worker opens a second connection on the same file (hip_store_open_worker()); in WAL mode the
 * window's connection goes on reading while the worker writes, and sees the import only once
 * its one transaction is committed. Cancelling interrupts the worker's statements and the
 * transaction is rolled back (or dropped with the connection): nothing is imported. The
 * window shows a modal progress dialog meanwhile, so the person cannot start a second write
 * that would wait on the worker's lock. Only a private in-memory database (when the person's
 * file could not be opened) has no second connection: its one connection is handed to the
 * worker and back, behind that modal dialog.
 *
 * A programme file (small, and bounded by its reader) is read on the worker too, so that a
 * hostile one cannot freeze the window; adding it is one short transaction on the main
 * thread. Exports read on the worker's connection and write the file there.
 *
 * Progress is told on the caller's main context, in order, and never after the callback; the
 * coach's signals are emitted there too, before the callback, so pages refresh. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-coach-private.h"
#include "hip-input.h"
#include "hip-store.h"

typedef struct
{
  HipStore             *store;          /* the worker's connection, from open_store() */
  HipStore             *shared;         /* (nullable): the coach's own, when in memory */
  char                 *db_path;
  HipCatalogue         *catalogue;
  HipUnits              units;
  char                 *path;           /* the file read or written */
  HipImport            *import;         /* (owned) */
  HipProgrammeFile     *programme;      /* (owned) */
  HipCoachProgressFunc  progress;
  gpointer              progress_data;
  int                   last_percent;   /* the last told, on the worker's side */
  guint                 n_sets;
  guint                 n_psfs;
  char                 *kept;
} Work;

static void
work_free (Work *work)
{
  g_clear_object (&work->store);
  g_clear_object (&work->shared);
  g_free (work->db_path);
  g_clear_object (&work->catalogue);
  g_free (work->path);
  g_clear_pointer (&work->import, hip_import_free);
  g_clear_pointer (&work->programme, hip_programme_file_free);
  g_free (work->kept);
  g_free (work);
}

typedef struct
{
  GTask  *task;
  double  fraction;
} Report;

static void
report_free (Report *report)
{
  g_object_unref (report->task);
  g_free (report);
}

static gboolean
report_cb (gpointer data)
{
  Report *report = data;
  Work *work = g_task_get_task_data (report->task);

  if (!g_task_get_completed (report->task) && work->progress != NULL)
    work->progress (g_task_get_source_object (report->task), report->fraction,
                    work->progress_data);
  return G_SOURCE_REMOVE;
}

/* From the worker to the thread running the caller's context, in order. Not
 * g_main_context_invoke(): when that context is also the worker's thread-default (the global
 * default, as in the app), it would call @func on the worker whenever the context is free. */
static void
send (GTask          *task,
      GSourceFunc     func,
      gpointer        data,
      GDestroyNotify  notify)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, g_task_get_priority (task));
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[hip-coach-async]");
  g_source_attach (source, g_task_get_context (task));
}

/* On the worker: tells the caller's context, at most once a percent. */
static void
report (GTask  *task,
        double  fraction)
{
  Work *work = g_task_get_task_data (task);
  int percent = (int) (fraction * 100);
  Report *message;

  if (work->progress == NULL || percent == work->last_percent)
    return;
  work->last_percent = percent;
  message = g_new (Report, 1);
  message->task = g_object_ref (task);
  message->fraction = fraction;
  send (task, report_cb, message, (GDestroyNotify) report_free);
}

static void
written_cb (guint    done,
            guint    total,
            gpointer data)
{
  report (data, total > 0 ? (double) done / total : 1.0);
}

/* Makes the task's Work, capturing on the main thread what the worker may not ask the coach. */
static GTask *
new_work (HipCoach             *self,
          const char           *path,
          GCancellable         *cancellable,
          HipCoachProgressFunc  progress,
          gpointer              progress_data,
          GAsyncReadyCallback   callback,
          gpointer              user_data,
          gpointer              tag)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  HipStore *store = hip_coach_get_store (self);
  Work *work = g_new0 (Work, 1);

  g_task_set_source_tag (task, tag);
  /* A cancel that comes after the commit must not report the import as not made. */
  g_task_set_check_cancellable (task, FALSE);
  /* Our CSV and other trackers' files name exercises by id: the catalogue must be in the
   * store first, and is loaded here, on the main thread. */
  work->catalogue = g_object_ref (hip_coach_get_catalogue (self));
  work->units = hip_coach_get_units (self);
  work->db_path = g_strdup (hip_store_get_path (store));
  if (g_strcmp0 (work->db_path, ":memory:") == 0)
    work->shared = g_object_ref (store);
  work->path = g_strdup (path);
  work->progress = progress;
  work->progress_data = progress_data;
  work->last_percent = -1;
  g_task_set_task_data (task, work, (GDestroyNotify) work_free);
  return task;
}

/* On the worker: its connection, watched. */
static gboolean
open_store (GTask   *task,
            GError **error)
{
  Work *work = g_task_get_task_data (task);

  if (work->shared != NULL)
    work->store = g_object_ref (work->shared);
  else
    work->store = hip_store_open_worker (work->db_path, work->catalogue, error);
  if (work->store == NULL)
    return FALSE;
  hip_store_watch (work->store, g_task_get_cancellable (task), written_cb, task);
  return TRUE;
}

typedef void (*Done) (HipCoach *self,
                      Work     *work);

typedef struct
{
  GTask  *task;
  GError *error;
  Done    done;
} Result;

static gboolean
result_cb (gpointer data)
{
  Result *result = data;
  Work *work = g_task_get_task_data (result->task);

  if (result->error != NULL)
    g_task_return_error (result->task, g_steal_pointer (&result->error));
  else
    {
      if (result->done != NULL)
        result->done (g_task_get_source_object (result->task), work);
      g_task_return_boolean (result->task, TRUE);
    }
  return G_SOURCE_REMOVE;
}

static void
result_free (Result *result)
{
  g_object_unref (result->task);
  g_clear_error (&result->error);
  g_free (result);
}

/* On the worker: closes its connection (rolling back anything left open) and returns on the
 * caller's context, handing it the worker's reference to @task, after the progress already
 * told, calling @done there on success. A failure of cancelled work says it was cancelled;
 * work committed before the cancel is not undone, and says so by succeeding. */
static void
finish_work (GTask  *task,
             GError *error,
             Done    done)
{
  Work *work = g_task_get_task_data (task);
  Result *result = g_new0 (Result, 1);

  if (work->store != NULL)
    hip_store_watch (work->store, NULL, NULL, NULL);
  g_clear_object (&work->store);
  if (error != NULL && g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_clear_error (&error);
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("Cancelled: nothing was imported"));
    }
  result->task = task;   /* the worker's reference, dropped on the caller's context */
  result->error = error;
  result->done = done;
  send (task, result_cb, result, (GDestroyNotify) result_free);
}

/* g_task_run_in_thread() drops its reference to the task on the worker, which could then be
 * the last one and finalize the coach there; this worker hands its reference back to the
 * caller's context instead (finish_work()), so the coach and the task die on that thread. */
static gpointer
worker_cb (gpointer data)
{
  GTask *task = data;
  GTaskThreadFunc func = g_object_get_data (G_OBJECT (task), "hip-work-func");

  func (task, NULL, g_task_get_task_data (task), g_task_get_cancellable (task));
  return NULL;
}

static void
run_in_thread (GTask           *task,
               GTaskThreadFunc  func)
{
  g_object_set_data (G_OBJECT (task), "hip-work-func", func);
  g_thread_unref (g_thread_new ("hip-coach-work", worker_cb, g_object_ref (task)));
}

/* ---- reading an import ------------------------------------------------------------------- */

static void
read_import_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  Work *work = data;
  g_autofree char *text = NULL;
  GError *error = NULL;
  gsize length;

  report (task, 0.0);
  if (open_store (task, &error) &&
      hip_input_read_file (work->path, HIP_INPUT_MAX_FILE, &text, &length, &error) &&
      !g_cancellable_set_error_if_cancelled (cancellable, &error))
    work->import = hip_store_prepare_import (work->store, work->catalogue, text, length,
                                             work->units, &error);
  if (work->import != NULL)
    report (task, 1.0);
  finish_work (task, error, NULL);
}

/**
 * hip_coach_read_import_async:
 * @path: as hip_coach_read_import()
 * @progress: (nullable) (scope notified): told on this thread's context, until @callback
 *
 * hip_coach_read_import() on a worker thread.
 */
void
hip_coach_read_import_async (HipCoach             *self,
                             const char           *path,
                             GCancellable         *cancellable,
                             HipCoachProgressFunc  progress,
                             gpointer              progress_data,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (path != NULL);

  task = new_work (self, path, cancellable, progress, progress_data, callback, user_data,
                   hip_coach_read_import_async);
  run_in_thread (task, read_import_thread);
}

/* Returns: (transfer full) (nullable): what the file would add */
HipImport *
hip_coach_read_import_finish (HipCoach      *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  Work *work;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  work = g_task_get_task_data (G_TASK (result));
  return g_steal_pointer (&work->import);
}

/* ---- writing an import ------------------------------------------------------------------- */

static void
imported (HipCoach *self,
          Work     *work)
{
  HipImport *import = work->import;

  for (guint i = 0; import != NULL && i < import->new_exercises->len; i++)
    hip_coach_show_own_exercise (self, import->new_exercises->pdata[i]);
  if (work->n_sets > 0)
    hip_coach_emit_log_changed (self);
  if (work->n_psfs > 0)
    hip_coach_emit_psfs_changed (self);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Work *work = data;
  GError *error = NULL;

  report (task, 0.0);
  if (open_store (task, &error) &&
      !g_cancellable_set_error_if_cancelled (cancellable, &error) &&
      hip_store_import (work->store, work->import, &work->n_psfs, &error))
    work->n_sets = hip_import_count_sets (work->import);
  finish_work (task, error, imported);
}

/**
 * hip_coach_import_async:
 * @import: (transfer full): from hip_coach_read_import() or its async form
 * @progress: (nullable) (scope notified): the fraction written, told on this thread's context
 *   until @callback
 *
 * hip_coach_import() on a worker thread: all or nothing; cancelled, nothing is written. The
 * coach's signals are emitted on this thread before @callback.
 */
void
hip_coach_import_async (HipCoach             *self,
                        HipImport            *import,
                        GCancellable         *cancellable,
                        HipCoachProgressFunc  progress,
                        gpointer              progress_data,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (import != NULL);

  task = new_work (self, NULL, cancellable, progress, progress_data, callback, user_data,
                   hip_coach_import_async);
  ((Work *) g_task_get_task_data (task))->import = import;
  run_in_thread (task, import_thread);
}

/* @n_sets: (out) (optional): how many sets were added */
gboolean
hip_coach_import_finish (HipCoach      *self,
                         GAsyncResult  *result,
                         guint         *n_sets,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (n_sets != NULL)
    *n_sets = ((Work *) g_task_get_task_data (G_TASK (result)))->n_sets;
  return TRUE;
}

/* ---- our own CSV ------------------------------------------------------------------------- */

static void
import_csv_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  Work *work = data;
  GError *error = NULL;

  report (task, 0.0);
  if (open_store (task, &error))
    hip_store_import_csv (work->store, work->path, &work->n_sets, &work->n_psfs, &error);
  finish_work (task, error, imported);
}

/**
 * hip_coach_import_csv_async:
 * @progress: (nullable) (scope notified): the fraction written, told on this thread's context
 *   until @callback
 *
 * hip_coach_import_csv() on a worker thread: the whole file or, cancelled or wrong, nothing.
 */
void
hip_coach_import_csv_async (HipCoach             *self,
                            const char           *path,
                            GCancellable         *cancellable,
                            HipCoachProgressFunc  progress,
                            gpointer              progress_data,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (path != NULL);

  task = new_work (self, path, cancellable, progress, progress_data, callback, user_data,
                   hip_coach_import_csv_async);
  run_in_thread (task, import_csv_thread);
}

/* @n_sets: (out) (optional): how many sets were added */
gboolean
hip_coach_import_csv_finish (HipCoach      *self,
                             GAsyncResult  *result,
                             guint         *n_sets,
                             GError       **error)
{
  return hip_coach_import_finish (self, result, n_sets, error);
}

/* ---- backup and restore ------------------------------------------------------------------ */

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Work *work = data;
  GError *error = NULL;

  if (open_store (task, &error) && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    hip_store_backup (work->store, work->path, &error);
  finish_work (task, error, NULL);
}

/* hip_coach_backup() on a worker thread, told of the pages copied; cancelled, nothing is
 * written (the file is replaced whole or not at all). */
void
hip_coach_backup_async (HipCoach            *self,
                        const char          *path,
                        GCancellable        *cancellable,
                        HipCoachProgressFunc progress,
                        gpointer             progress_data,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (path != NULL);

  task = new_work (self, path, cancellable, progress, progress_data, callback, user_data,
                   hip_coach_backup_async);
  run_in_thread (task, backup_thread);
}

gboolean
hip_coach_backup_finish (HipCoach      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
restored (HipCoach *self,
          Work     *work)
{
  hip_coach_restored (self);
}

static void
restore_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Work *work = data;
  GError *error = NULL;

  if (open_store (task, &error))
    hip_store_restore (work->store, work->path, &work->kept, &error);
  finish_work (task, error, restored);
}

/* hip_coach_restore() on a worker thread; it cannot be cancelled (it changes all or nothing). */
void
hip_coach_restore_async (HipCoach            *self,
                         const char          *path,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (path != NULL);

  task = new_work (self, path, NULL, NULL, NULL, callback, user_data, hip_coach_restore_async);
  run_in_thread (task, restore_thread);
}

/* @kept: (out) (optional): where the data as it was is kept */
gboolean
hip_coach_restore_finish (HipCoach      *self,
                          GAsyncResult  *result,
                          char         **kept,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (kept != NULL)
    *kept = g_steal_pointer (&((Work *) g_task_get_task_data (G_TASK (result)))->kept);
  return TRUE;
}

/* ---- exporting our CSV ------------------------------------------------------------------- */

static void
export_csv_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  Work *work = data;
  GError *error = NULL;

  if (open_store (task, &error))
    hip_store_export_csv (work->store, work->path, &work->n_sets, &error);
  finish_work (task, error, NULL);
}

/* hip_coach_export_csv() on a worker thread. */
void
hip_coach_export_csv_async (HipCoach            *self,
                            const char          *path,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (path != NULL);

  task = new_work (self, path, NULL, NULL, NULL, callback, user_data,
                   hip_coach_export_csv_async);
  run_in_thread (task, export_csv_thread);
}

/* @n_sets: (out) (optional): how many sets were written */
gboolean
hip_coach_export_csv_finish (HipCoach      *self,
                             GAsyncResult  *result,
                             guint         *n_sets,
                             GError       **error)
{
  return hip_coach_import_finish (self, result, n_sets, error);
}

/* ---- reading a programme file ------------------------------------------------------------ */

static void
programme_read (HipCoach *self,
                Work     *work)
{
  hip_coach_review_programme_file (self, work->programme);
}

static void
review_programme_thread (GTask        *task,
                         gpointer      source,
                         gpointer      data,
                         GCancellable *cancellable)
{
  Work *work = data;
  GError *error = NULL;

  /* The catalogue is only read: the modal dialog keeps the person from editing it. */
  work->programme = hip_programme_file_read (work->path, work->catalogue, &error);
  finish_work (task, error, programme_read);
}

/* hip_coach_review_programme() with the file read on a worker thread. */
void
hip_coach_review_programme_async (HipCoach            *self,
                                  const char          *path,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (path != NULL);

  task = new_work (self, path, NULL, NULL, NULL, callback, user_data,
                   hip_coach_review_programme_async);
  run_in_thread (task, review_programme_thread);
}

/* Returns: (transfer full) (nullable): the file, reviewed as hip_coach_review_programme()'s */
HipProgrammeFile *
hip_coach_review_programme_finish (HipCoach      *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  return g_steal_pointer (&((Work *) g_task_get_task_data (G_TASK (result)))->programme);
}
