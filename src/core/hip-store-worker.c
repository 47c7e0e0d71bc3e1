/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A second connection to the database, for long work (an import, a backup, a restore) on a
 * worker thread. A HipStore's connection is opened without SQLite's mutex and its statement
 * cache is a plain hash table, so one store is only ever used by one thread; the worker opens
 * its own on the same file instead. In WAL mode the window's connection goes on reading while
 * the worker writes, and sees the worker's transaction only once it is committed, whole. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-store-private.h"

/* SQLite calls this every few hundred virtual machine steps: a non-zero answer interrupts
 * the statement running, so that a cancelled import stops even inside one long statement and
 * its transaction is rolled back. */
static int
interrupt_cb (void *data)
{
  return g_cancellable_is_cancelled (data);
}

/**
 * hip_store_open_worker:
 * @path: the file of a store already open (hip_store_get_path()), so already migrated
 * @catalogue: (nullable): the catalogue synced into it, to weigh the daily sums
 *
 * Opens a second connection for use on another thread. It neither creates, migrates nor moves
 * anything aside: the store that opened @path first has done that.
 *
 * Returns: (transfer full) (nullable): the store
 */
HipStore *
hip_store_open_worker (const char    *path,
                       HipCatalogue  *catalogue,
                       GError       **error)
{
  g_autoptr(HipStore) self = g_object_new (HIP_TYPE_STORE, NULL);
  gboolean read_only_folder = FALSE;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  /* Read-only data stays read-only on this connection too (even to root). */
  self->read_only = hip_store_file_is_read_only (path, &read_only_folder);
  if (self->read_only)
    rc = hip_store_open_uri (path, hip_store_read_only_query (path, read_only_folder),
                             SQLITE_OPEN_READONLY, &self->db);
  else
    rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_extended_result_codes (self->db, 1);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (self->db, 5000);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, self->read_only ? "PRAGMA query_only = ON"
                                                 : "PRAGMA foreign_keys = ON; "
                                                   "PRAGMA synchronous = NORMAL;",
                       NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_FAILED,
                   _("Could not open the database “%s”: %s"), path, sqlite3_errstr (rc));
      return NULL;
    }
  if (catalogue != NULL)
    self->catalogue = g_object_ref (catalogue);
  return g_steal_pointer (&self);
}

/**
 * hip_store_watch:
 * @cancellable: (nullable): interrupts any statement once cancelled
 * @progress: (nullable): told of each workout written (or a backup's pages copied), on the
 *   thread working
 *
 * Watches the work done on the store's connection; %NULL for both stops watching.
 */
void
hip_store_watch (HipStore         *self,
                 GCancellable     *cancellable,
                 HipStoreProgress  progress,
                 gpointer          data)
{
  g_return_if_fail (HIP_IS_STORE (self));

  sqlite3_progress_handler (self->db, cancellable != NULL ? 1000 : 0,
                            cancellable != NULL ? interrupt_cb : NULL, cancellable);
  self->progress = progress;
  self->progress_data = data;
  self->cancellable = cancellable;
}
