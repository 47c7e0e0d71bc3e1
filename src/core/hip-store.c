/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-file.h"
#include "hip-log.h"
#include "hip-store.h"
#include "hip-store-private.h"
#include "hip-store-schema.h"

G_STATIC_ASSERT (G_N_ELEMENTS (hip_store_migrations) == HIP_STORE_SCHEMA_VERSION);
G_STATIC_ASSERT (G_N_ELEMENTS (hip_store_migration_rebuilds) == HIP_STORE_SCHEMA_VERSION);

/* What a migration does after its SQL, in the same transaction, where the rule it applies is
 * written in C (one copy of a rule). */
typedef gboolean (*MigrationStep) (HipStore *self, GError **error);

static const MigrationStep migration_steps[HIP_STORE_SCHEMA_VERSION] = {
  [8] = hip_store_backfill_plan,   /* schema 9: the sessions planned, day by day */
  [11] = hip_store_record_plan_from_today,   /* schema 12: dated by the person's weeks */
};

/**
 * HipStore:
 *
 * The app's SQLite database. Every statement is prepared once from a static string and bound
 * with parameters; every multi-row change runs in one transaction.
 *
 * Opening never destroys data: a file that is not a database (or is corrupt) is renamed aside
 * and a fresh database is created in its place; a database from a newer version of the app is
 * left untouched and refused with %HIP_STORE_ERROR_NEWER_VERSION, and so is another program's
 * database (%HIP_STORE_ERROR_NOT_OURS: a PRAGMA application_id other than
 * %HIP_STORE_APPLICATION_ID, or none and tables that are not ours). Every file opened is
 * stamped with %HIP_STORE_APPLICATION_ID.
 */
G_DEFINE_FINAL_TYPE (HipStore, hip_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (hip-store-error-quark, hip_store_error)

void
hip_statement_release (HipStatement *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
hip_store_finalize (GObject *object)
{
  HipStore *self = (HipStore *) object;

  /* Statements must be finalized before the connection can close. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_free (self->path);
  g_free (self->recovered_path);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (hip_store_parent_class)->finalize (object);
}

static void
hip_store_class_init (HipStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hip_store_finalize;
}

static void
hip_store_init (HipStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, finalize_statement);
}

static gboolean
is_corruption (int rc)
{
  rc &= 0xff;
  return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
}

/* SQLite says "disk I/O error" when a write finds the disk full: tell it as it is. */
static gboolean
is_disk_full (HipStore *self,
              int       rc)
{
  int errsv = self->db != NULL ? sqlite3_system_errno (self->db) : 0;

  return (rc & 0xff) == SQLITE_FULL || errsv == ENOSPC || errsv == EDQUOT;
}

static void
set_disk_full_error (HipStore  *self,
                     GError   **error)
{
  g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_FAILED,
               _("There is not enough free space on the disk to save your data in “%s”"),
               self->path);
}

gboolean
hip_store_set_sqlite_error (HipStore  *self,
                            int        rc,
                            GError   **error)
{
  int code = (rc & 0xff) == SQLITE_CONSTRAINT ? HIP_STORE_ERROR_INVALID : HIP_STORE_ERROR_FAILED;

  if (is_disk_full (self, rc))
    {
      set_disk_full_error (self, error);
      return FALSE;
    }
  if ((rc & 0xff) == SQLITE_READONLY)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_READ_ONLY,
                   _("Your Strong Hips data “%s” is read-only: nothing can be saved"),
                   self->path);
      return FALSE;
    }
  g_set_error (error, HIP_STORE_ERROR, code, _("Database error: %s"),
               self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
  return FALSE;
}

/* Returns: (transfer none): the prepared statement for @sql, which must be a static string. */
HipStatement *
hip_store_statement (HipStore    *self,
           const char  *sql,
           GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Steps a statement that returns no rows. */
gboolean
hip_store_run (HipStore      *self,
     HipStatement  *stmt,
     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  return TRUE;
}

gboolean
hip_store_exec (HipStore    *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return hip_store_set_sqlite_error (self, rc, error);
  return TRUE;
}

void
hip_store_rollback (HipStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

const char *
hip_column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

void
hip_bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* ---- opening ------------------------------------------------------------------------------ */

char *
hip_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "strong-hips", "strong-hips.db", NULL);
}

/* Stamps our application_id on a file that has none yet: a new one, or one written before
 * 0.2.0 (which did not set it). */
static int
stamp_application_id (HipStore *self,
                      int       application_id)
{
  g_autofree char *sql = NULL;

  if (application_id == HIP_STORE_APPLICATION_ID)
    return SQLITE_OK;
  sql = g_strdup_printf ("PRAGMA application_id = %d", HIP_STORE_APPLICATION_ID);
  return sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

/* Counts the rows of PRAGMA foreign_key_check: references a rebuilt table left dangling. */
static int
count_foreign_key_errors (HipStore *self,
                          int      *count)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &stmt, NULL);

  *count = 0;
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    rc = SQLITE_OK, (*count)++;
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* One migration in one transaction. A migration that builds a table again runs with foreign
 * keys off (they cannot change inside a transaction) and commits only when every reference
 * still resolves: SQLite's documented way of changing a table's constraints. */
static int
migrate_one (HipStore *self,
             int       v)
{
  gboolean rebuild = hip_store_migration_rebuilds[v];
  int rc = SQLITE_OK, dangling = 0;

  if (rebuild)
    rc = sqlite3_exec (self->db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, hip_store_migrations[v], NULL, NULL, NULL);
  if (rc == SQLITE_OK && migration_steps[v] != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!migration_steps[v] (self, &error))
        {
          g_warning ("Migration to schema %d failed: %s", v + 1, error->message);
          rc = SQLITE_ERROR;
        }
    }
  if (rc == SQLITE_OK && rebuild)
    rc = count_foreign_key_errors (self, &dangling);
  if (rc == SQLITE_OK && dangling > 0)
    rc = SQLITE_CONSTRAINT_FOREIGNKEY;
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    hip_store_rollback (self);
  if (rebuild)
    sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return rc;
}

static int
migrate (HipStore *self,
         int       from)
{
  for (int v = from; v < HIP_STORE_SCHEMA_VERSION; v++)
    {
      int rc = migrate_one (self, v);

      if (rc != SQLITE_OK)
        return rc;
    }
  return SQLITE_OK;
}

/* Opens the connection (read-only when the person's file or folder is), refuses another
 * program's file and a newer schema before anything is written, sets the connection up and
 * migrates. Returns an SQLite result code; corruption codes make the caller move the file
 * aside. */
static int
open_database (HipStore  *self,
               gboolean   read_only_folder,
               GError   **error)
{
  int application_id = 0, version = 0;
  gboolean ours = FALSE;
  int rc;

  if (self->read_only)
    rc = hip_store_open_uri (self->path, hip_store_read_only_query (self->path, read_only_folder),
                             SQLITE_OPEN_READONLY, &self->db);
  else
    rc = hip_store_open_uri (self->path, NULL, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             &self->db);
  if (rc == SQLITE_OK)
    rc = hip_store_read_header (self->db, &application_id, &version, &ours);
  if (rc != SQLITE_OK)
    return rc;

  if (!ours)
    {
      hip_store_set_not_ours_error (self->path, error);
      return SQLITE_CANTOPEN;
    }
  if (version > HIP_STORE_SCHEMA_VERSION)
    {
      hip_store_set_newer_error (self->path, error);
      return SQLITE_CANTOPEN;
    }

  if (self->read_only)
    {
      if (version < HIP_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_READ_ONLY,
                       _("“%s” is read-only and was written by an older version of Strong "
                         "Hips: it can be read once it can be written and brought up to "
                         "date. It has not been changed."), self->path);
          return SQLITE_CANTOPEN;
        }
      rc = sqlite3_exec (self->db, "PRAGMA query_only = ON", NULL, NULL, NULL);
    }
  else
    {
      /* A migration writes: a file of an older schema is checked whole first, so that damage
       * is found while the file is still the person's own, to be kept as it was. */
      rc = version > 0 && version < HIP_STORE_SCHEMA_VERSION ? hip_store_quick_check (self->db)
                                                             : SQLITE_OK;
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (self->db,
                           "PRAGMA journal_mode = WAL;"
                           "PRAGMA foreign_keys = ON;"
                           "PRAGMA synchronous = NORMAL;",
                           NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        rc = migrate (self, version);
      if (rc == SQLITE_OK)
        rc = stamp_application_id (self, application_id);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "SELECT count(*) FROM catalogue_state", NULL, NULL, NULL);
  return rc;
}

static void
close_database (HipStore *self)
{
  g_hash_table_remove_all (self->statements);
  g_clear_pointer (&self->db, sqlite3_close);
}

/* Pages copied in one step of a backup: a few hundred kilobytes between two looks at the
 * progress and at Cancel. */
#define BACKUP_STEP_PAGES 64

/* Copies database @from into @to with SQLite's online backup: consistent while the app runs.
 * A watched store (hip_store_watch()) is told of the pages copied; @cancellable stops the copy
 * between steps with SQLITE_INTERRUPT, @to left unfinished for the caller to remove. */
static int
copy_database (HipStore     *self,
               sqlite3      *from,
               sqlite3      *to,
               GCancellable *cancellable)
{
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");
  int rc, finished;

  if (backup == NULL)
    return sqlite3_errcode (to);
  do
    {
      rc = sqlite3_backup_step (backup, BACKUP_STEP_PAGES);
      if (self->progress != NULL)
        self->progress (sqlite3_backup_pagecount (backup) - sqlite3_backup_remaining (backup),
                        sqlite3_backup_pagecount (backup), self->progress_data);
      if (rc != SQLITE_DONE && g_cancellable_is_cancelled (cancellable))
        rc = SQLITE_INTERRUPT;
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  finished = sqlite3_backup_finish (backup);
  if (rc == SQLITE_DONE)
    rc = finished == SQLITE_OK ? SQLITE_OK : sqlite3_errcode (to);
  return rc;
}

/**
 * hip_store_backup:
 * @path: the file to write; replaced whole or not at all (a link's target, the link kept)
 *
 * Writes the whole database (the log, check-ins, profile, programmes, own exercises) to @path.
 * A backup is a database file: a device or a pipe is refused, as is a folder.
 */
gboolean
hip_store_backup (HipStore    *self,
                  const char  *path,
                  GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *part = NULL;
  gboolean is_stream = FALSE;
  sqlite3 *to = NULL;
  int rc, errsv = 0;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  target = hip_file_resolve_output (path, &is_stream, error);
  if (target == NULL)
    return FALSE;
  if (is_stream)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_FAILED,
                   _("A backup must be a file: “%s” is a device, a pipe or a stream"), path);
      return FALSE;
    }
  part = hip_file_make_temp (target, error);
  if (part == NULL)
    return FALSE;
  rc = sqlite3_open_v2 (part, &to, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = copy_database (self, self->db, to, self->cancellable);
  /* A backup is one file: no journal beside it. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    errsv = (rc & 0xff) == SQLITE_FULL ? ENOSPC : sqlite3_system_errno (to);
  sqlite3_close (to);
  if (rc != SQLITE_OK)
    {
      g_remove (part);
      if (errsv != 0)
        hip_file_set_write_error (error, target, errsv);
      else
        g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_FAILED,
                     _("The backup could not be written to %s: %s"), path, sqlite3_errstr (rc));
      return FALSE;
    }
  return hip_file_commit_temp (part, target, error);
}

/* Whether @db, opened read-only, is a Strong Hips database of this or an older schema that
 * SQLite finds whole; *@version is its schema. */
static gboolean
check_restorable (sqlite3     *db,
                  const char  *path,
                  int         *version,
                  GError     **error)
{
  int application_id = 0, ok = 0;
  gboolean ours = FALSE;
  sqlite3_stmt *stmt = NULL;
  int rc = hip_store_read_header (db, &application_id, version, &ours);

  if (rc != SQLITE_OK || !ours || *version == 0)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_OURS,
                   _("%s is not a Strong Hips backup"), path);
      return FALSE;
    }
  if (*version > HIP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NEWER_VERSION,
                   _("%s was written by a newer Strong Hips"), path);
      return FALSE;
    }
  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  if (!ok)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_INVALID,
                   _("%s is damaged: SQLite's integrity check fails"), path);
      return FALSE;
    }
  return TRUE;
}

/**
 * hip_store_restore:
 * @path: a backup (hip_store_backup()) of this or an older schema
 * @kept: (out) (optional): where the database as it was is kept
 *
 * Replaces the database with @path's, checked first (ours, not newer, whole) and brought up to
 * this schema. The database as it was is copied aside first, and put back if anything fails:
 * a refused or failed restore changes nothing.
 */
gboolean
hip_store_restore (HipStore    *self,
                   const char  *path,
                   char       **kept,
                   GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = NULL;
  sqlite3 *from = NULL, *old = NULL;
  int version = 0, rc;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->path != NULL, FALSE);

  if (self->read_only)
    return hip_store_set_sqlite_error (self, SQLITE_READONLY, error);
  rc = sqlite3_open_v2 (path, &from, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK || !check_restorable (from, path, &version, error))
    {
      if (rc != SQLITE_OK)
        g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_OURS,
                     _("%s is not a Strong Hips backup"), path);
      sqlite3_close (from);
      return FALSE;
    }
  aside = g_strdup_printf ("%s.before-restore-%s", self->path, stamp);
  if (!hip_store_backup (self, aside, error))
    {
      sqlite3_close (from);
      return FALSE;
    }
  g_hash_table_remove_all (self->statements);
  /* Not cancellable: once begun, the data is replaced whole or put back. */
  rc = copy_database (self, from, self->db, NULL);
  sqlite3_close (from);
  if (rc == SQLITE_OK)
    rc = migrate (self, version);
  if (rc == SQLITE_OK)
    rc = stamp_application_id (self, 0);
  if (rc != SQLITE_OK)
    {
      /* Back as it was. */
      if (sqlite3_open_v2 (aside, &old, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
        copy_database (self, old, self->db, NULL);
      sqlite3_close (old);
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_FAILED,
                   _("%s could not be restored (%s); nothing was changed"), path,
                   sqlite3_errstr (rc));
      return FALSE;
    }
  if (kept != NULL)
    *kept = g_steal_pointer (&aside);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * hip_store_auto_backup:
 * @dir: where the automatic backups are kept
 * @today: YYYY-MM-DD
 * @keep: how many to keep
 * @written: (out) (optional) (transfer full): the backup written, or %NULL when none was due
 *
 * Writes `backup-@today.db` into @dir when the newest there is a week old or more (or there is
 * none), then removes the oldest beyond @keep. Names sort by date, so no clock is trusted but
 * @today.
 */
gboolean
hip_store_auto_backup (HipStore    *self,
                       const char  *dir,
                       const char  *today,
                       guint        keep,
                       char       **written,
                       GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = NULL;
  g_autofree char *path = NULL;
  const char *name;
  GDate newest, day;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (written != NULL)
    *written = NULL;
  /* Read-only data cannot change: the last backup still holds it. */
  if (self->read_only)
    return TRUE;
  if (g_mkdir_with_parents (dir, 0700) != 0 || !hip_log_parse_day (today, &day))
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_FAILED,
                   _("The automatic backup cannot be kept in %s"), dir);
      return FALSE;
    }
  listing = g_dir_open (dir, 0, error);
  if (listing == NULL)
    return FALSE;
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "backup-") && g_str_has_suffix (name, ".db") &&
        strlen (name) == strlen ("backup-YYYY-MM-DD.db"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  if (names->len > 0)
    {
      g_autofree char *last = g_strndup ((char *) names->pdata[names->len - 1] + 7, 10);

      if (hip_log_parse_day (last, &newest) && g_date_days_between (&newest, &day) < 7)
        return TRUE;
    }
  path = g_strdup_printf ("%s/backup-%s.db", dir, today);
  if (!hip_store_backup (self, path, error))
    return FALSE;
  g_ptr_array_add (names, g_strdup_printf ("backup-%s.db", today));
  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autofree char *old = g_build_filename (dir, names->pdata[i], NULL);

      g_remove (old);
    }
  if (written != NULL)
    *written = g_steal_pointer (&path);
  return TRUE;
}

/* Resolves symbolic links at @path: SQLite keeps the -wal beside the file a link points to,
 * so that is the file that is checked, and moved aside when damaged (the link stays). A
 * link to nothing (or a loop) is left as it is, for the check to report. */
static char *
resolve_path (const char *path)
{
  char *real = realpath (path, NULL);
  char *resolved = g_strdup (real != NULL ? real : path);

  free (real);
  return resolved;
}

/* Moves the set aside as @kind says, and remembers where. */
static gboolean
set_aside (HipStore          *self,
           HipStoreRecovery   kind,
           GError           **error)
{
  g_autofree char *kept = NULL;

  g_debug ("Database %s: moving it aside (%d)", self->path, kind);
  if (self->read_only)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_READ_ONLY,
                   _("“%s” is damaged and read-only, so it cannot be kept aside and replaced. "
                     "It has not been changed."), self->path);
      return FALSE;
    }
  if (!hip_store_move_set_aside (self->path, kind, &kept, error))
    return FALSE;
  g_free (self->recovered_path);
  self->recovered_path = g_steal_pointer (&kept);
  self->recovery = kind;
  return TRUE;
}

static HipStore *
open_file (HipStore  *self,
           GError   **error)
{
  HipStoreFileState state;
  gboolean read_only_folder = FALSE;
  int rc;

  self->read_only = hip_store_file_is_read_only (self->path, &read_only_folder);
  if (!hip_store_check_file (self->path, &state, error))
    return NULL;
  if (state == HIP_STORE_FILE_DAMAGED || state == HIP_STORE_FILE_STRAY_JOURNAL)
    {
      if (!set_aside (self, state == HIP_STORE_FILE_DAMAGED ? HIP_STORE_RECOVERY_REPLACED
                                                             : HIP_STORE_RECOVERY_JOURNAL_SET_ASIDE,
                      error))
        return NULL;
      self->read_only = hip_store_file_is_read_only (self->path, &read_only_folder);
    }

  rc = open_database (self, read_only_folder, error);
  if (is_corruption (rc))
    {
      close_database (self);
      if (!set_aside (self, HIP_STORE_RECOVERY_REPLACED, error))
        return NULL;
      rc = open_database (self, read_only_folder, error);
    }
  if (rc != SQLITE_OK && is_disk_full (self, rc) && error != NULL && *error == NULL)
    set_disk_full_error (self, error);
  if (rc != SQLITE_OK)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, HIP_STORE_ERROR,
                     (rc & 0xff) == SQLITE_CANTOPEN && read_only_folder
                     ? HIP_STORE_ERROR_READ_ONLY : HIP_STORE_ERROR_FAILED,
                     _("Could not open the database “%s”: %s"), self->path, sqlite3_errstr (rc));
      return NULL;
    }
  return g_object_ref (self);
}

/**
 * hip_store_new:
 * @path: (nullable): the database file, or %NULL for a private in-memory database
 * @error: return location for an error
 *
 * Opens or creates the database and brings its schema up to date. Nothing is written before
 * the file is known to be ours (hip-store-check.c). If the file is damaged it is moved aside
 * with its side files (see hip_store_get_recovered_path()) and a new database is created; a
 * journal beside it that does not belong is moved aside with a copy of the database, which
 * is then opened as it was. A file the person cannot write (or in a folder they cannot) is
 * opened read-only (hip_store_is_read_only()).
 *
 * Returns: (transfer full) (nullable): the store
 */
HipStore *
hip_store_new (const char  *path,
               GError     **error)
{
  g_autoptr(HipStore) self = g_object_new (HIP_TYPE_STORE, NULL);
  int rc;

  if (path != NULL)
    {
      self->path = resolve_path (path);
      if (!hip_file_ensure_parent_dir (self->path, error))
        return NULL;
      return open_file (self, error);
    }

  self->path = g_strdup (":memory:");
  rc = open_database (self, FALSE, error);
  if (rc != SQLITE_OK)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_FAILED,
                     _("Could not open the database “%s”: %s"), self->path, sqlite3_errstr (rc));
      return NULL;
    }
  return g_steal_pointer (&self);
}

const char *
hip_store_get_path (HipStore *self)
{
  g_return_val_if_fail (HIP_IS_STORE (self), NULL);
  return self->path;
}

/* Returns: (nullable): where a damaged database (or a journal that did not belong, with a
 * copy of the database) was moved when this store was opened */
const char *
hip_store_get_recovered_path (HipStore *self)
{
  g_return_val_if_fail (HIP_IS_STORE (self), NULL);
  return self->recovered_path;
}

/* Returns: what opening the store had to do to the file that was there */
HipStoreRecovery
hip_store_get_recovery (HipStore *self)
{
  g_return_val_if_fail (HIP_IS_STORE (self), HIP_STORE_RECOVERY_NONE);
  return self->recovery;
}

/* Returns: whether the person's file (or its folder) is read-only: the store reads only */
gboolean
hip_store_is_read_only (HipStore *self)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  return self->read_only;
}

/* ---- exercises ---------------------------------------------------------------------------- */

/* Inserts an ordered list into exercise_text or exercise_link; @sql takes
 * (exercise_id, kind, position, value). */
static gboolean
write_list (HipStore            *self,
            const char          *sql,
            const char          *id,
            const char          *kind,
            const char * const  *values,
            GError             **error)
{
  for (guint i = 0; values[i] != NULL; i++)
    {
      g_autoptr(HipStatement) stmt = hip_store_statement (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      hip_bind_text (stmt, 1, id);
      hip_bind_text (stmt, 2, kind);
      sqlite3_bind_int (stmt, 3, i);
      hip_bind_text (stmt, 4, values[i]);
      if (!hip_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_texts (HipStore            *self,
             const char          *id,
             const char          *kind,
             const char * const  *texts,
             GError             **error)
{
  return write_list (self, "INSERT INTO exercise_text (exercise_id, kind, position, text) "
                           "VALUES (?, ?, ?, ?)", id, kind, texts, error);
}

static gboolean
write_links (HipStore            *self,
             const char          *id,
             const char          *kind,
             const char * const  *targets,
             GError             **error)
{
  return write_list (self, "INSERT INTO exercise_link (exercise_id, kind, position, target_id) "
                           "VALUES (?, ?, ?, ?)", id, kind, targets, error);
}

/* Inserts (id, enum nick) or (id, enum nick, text) rows of one child table. */
static gboolean
write_pair (HipStore    *self,
            const char  *sql,
            const char  *id,
            const char  *nick,
            const char  *extra,
            double       number,
            GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, id);
  hip_bind_text (stmt, 2, nick);
  if (extra != NULL)
    hip_bind_text (stmt, 3, extra);
  else if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_double (stmt, 3, number);
  return hip_store_run (self, stmt, error);
}

static gboolean
write_facets (HipStore     *self,
              HipExercise  *exercise,
              GError      **error)
{
  const char *id = hip_exercise_get_id (exercise);

  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (hip_exercise_has_plane (exercise, p) &&
        !write_pair (self, "INSERT INTO exercise_plane (exercise_id, plane) VALUES (?, ?)",
                     id, hip_enum_to_nick (HIP_TYPE_PLANE, p), NULL, 0, error))
      return FALSE;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_get_action_weight (exercise, a) > 0 &&
        !write_pair (self, "INSERT INTO exercise_action (exercise_id, action, weight) "
                           "VALUES (?, ?, ?)",
                     id, hip_enum_to_nick (HIP_TYPE_ACTION, a), NULL,
                     hip_exercise_get_action_weight (exercise, a), error))
      return FALSE;

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    {
      HipMuscleRole role = hip_exercise_get_muscle_role (exercise, m);

      if (role != HIP_MUSCLE_ROLE_NONE &&
          !write_pair (self, "INSERT INTO exercise_muscle (exercise_id, muscle, role) "
                             "VALUES (?, ?, ?)",
                       id, hip_enum_to_nick (HIP_TYPE_MUSCLE, m),
                       hip_enum_to_nick (HIP_TYPE_MUSCLE_ROLE, role), 0, error))
        return FALSE;
    }

  for (guint c = 0; c < HIP_N_CONDITIONS; c++)
    {
      const char *note = hip_exercise_get_contraindication (exercise, c);

      if (note != NULL &&
          !write_pair (self, "INSERT INTO exercise_contraindication "
                             "(exercise_id, condition, note) VALUES (?, ?, ?)",
                       id, hip_enum_to_nick (HIP_TYPE_CONDITION, c), note, 0, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
delete_children (HipStore    *self,
                 const char  *id,
                 GError     **error)
{
  static const char *deletes[] = {
    "DELETE FROM exercise_text WHERE exercise_id = ?",
    "DELETE FROM exercise_plane WHERE exercise_id = ?",
    "DELETE FROM exercise_action WHERE exercise_id = ?",
    "DELETE FROM exercise_muscle WHERE exercise_id = ?",
    "DELETE FROM exercise_link WHERE exercise_id = ?",
    "DELETE FROM exercise_contraindication WHERE exercise_id = ?",
  };

  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    {
      g_autoptr(HipStatement) stmt = hip_store_statement (self, deletes[i], error);

      if (stmt == NULL)
        return FALSE;
      hip_bind_text (stmt, 1, id);
      if (!hip_store_run (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_row (HipStore     *self,
           HipExercise  *exercise,
           GError      **error)
{
  g_autoptr(HipStatement) stmt =
    hip_store_statement (self,
               "INSERT INTO exercise (id, origin, retired, name, summary, level, kind, "
               "                      unilateral, equipment, motion, safety_note, position, "
               "                      equipment_choice) "
               "VALUES (?1, ?2, 0, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
               "ON CONFLICT (id) DO UPDATE SET origin = ?2, retired = 0, name = ?3, "
               "  summary = ?4, level = ?5, kind = ?6, unilateral = ?7, equipment = ?8, "
               "  motion = ?9, safety_note = ?10, position = ?11, equipment_choice = ?12",
               error);

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, hip_exercise_get_id (exercise));
  hip_bind_text (stmt, 2, hip_enum_to_nick (HIP_TYPE_ORIGIN, hip_exercise_get_origin (exercise)));
  hip_bind_text (stmt, 3, hip_exercise_get_name (exercise));
  hip_bind_text (stmt, 4, hip_exercise_get_summary (exercise) ?: "");
  hip_bind_text (stmt, 5, hip_enum_to_nick (HIP_TYPE_LEVEL, hip_exercise_get_level (exercise)));
  hip_bind_text (stmt, 6, hip_enum_to_nick (HIP_TYPE_KIND, hip_exercise_get_kind (exercise)));
  sqlite3_bind_int (stmt, 7, hip_exercise_get_unilateral (exercise));
  sqlite3_bind_int (stmt, 8, hip_exercise_get_equipment (exercise));
  hip_bind_text (stmt, 9, hip_exercise_get_motion (exercise));
  hip_bind_text (stmt, 10, hip_exercise_get_safety_note (exercise) ?: "");
  hip_bind_text (stmt, 11, hip_enum_to_nick (HIP_TYPE_POSITION,
                                             hip_exercise_get_position (exercise)));
  sqlite3_bind_int (stmt, 12, hip_exercise_get_equipment_choice (exercise));
  return hip_store_run (self, stmt, error);
}

/* Writes one exercise and all its child rows; the caller holds a transaction. */
static gboolean
write_exercise (HipStore     *self,
                HipExercise  *exercise,
                GError      **error)
{
  const char *id = hip_exercise_get_id (exercise);

  return write_row (self, exercise, error) &&
         delete_children (self, id, error) &&
         write_texts (self, id, "synonym", hip_exercise_get_synonyms (exercise), error) &&
         write_texts (self, id, "step", hip_exercise_get_steps (exercise), error) &&
         write_texts (self, id, "cue", hip_exercise_get_cues (exercise), error) &&
         write_links (self, id, "regression", hip_exercise_get_regressions (exercise), error) &&
         write_links (self, id, "progression", hip_exercise_get_progressions (exercise), error) &&
         write_facets (self, exercise, error);
}

gboolean
hip_store_commit_or_rollback (HipStore  *self,
                              gboolean   ok,
                              GError   **error)
{
  if (ok && hip_store_exec (self, "COMMIT", error))
    return TRUE;
  hip_store_rollback (self);
  return FALSE;
}

/**
 * hip_store_save_exercise:
 * @self: a #HipStore
 * @exercise: a user's exercise (its origin must be %HIP_ORIGIN_USER)
 * @error: return location for an error
 *
 * Inserts or replaces the exercise, atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
hip_store_save_exercise (HipStore     *self,
                         HipExercise  *exercise,
                         GError      **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (HIP_IS_EXERCISE (exercise), FALSE);
  g_return_val_if_fail (hip_exercise_get_origin (exercise) == HIP_ORIGIN_USER, FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  return hip_store_commit_or_rollback (self, write_exercise (self, exercise, error), error);
}

/* Writes @exercise (an own one) inside the caller's transaction: an import saves new
 * exercises with its workouts, a shared programme with its sessions, each all or nothing. */
gboolean
hip_store_write_exercise (HipStore     *self,
                          HipExercise  *exercise,
                          GError      **error)
{
  return write_exercise (self, exercise, error);
}

gboolean
hip_store_delete_exercise (HipStore    *self,
                           const char  *id,
                           GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  stmt = hip_store_statement (self, "DELETE FROM exercise WHERE id = ? AND origin = 'user'", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, id);
  if (!hip_store_run (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                   _("There is no exercise of yours with the id “%s”"), id);
      return FALSE;
    }
  return TRUE;
}

/* A fresh id for a user's exercise; the prefix keeps it apart from catalogue ids. */
char *
hip_store_make_exercise_id (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat ("user-", uuid, NULL);
}

static gboolean
catalogue_is_synced (HipStore     *self,
                     HipCatalogue *catalogue,
                     gboolean     *synced,
                     GError      **error)
{
  g_autoptr(HipStatement) stmt =
    hip_store_statement (self, "SELECT version, checksum FROM catalogue_state", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return hip_store_set_sqlite_error (self, rc, error);

  *synced = rc == SQLITE_ROW &&
            (guint) sqlite3_column_int64 (stmt, 0) == hip_catalogue_get_version (catalogue) &&
            g_strcmp0 (hip_column_text (stmt, 1), hip_catalogue_get_checksum (catalogue)) == 0;
  return TRUE;
}

static gboolean
write_catalogue (HipStore      *self,
                 HipCatalogue  *catalogue,
                 GError       **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  g_autoptr(HipStatement) stmt = NULL;

  /* Exercises dropped from the catalogue stay (logs may point at them) but are hidden. */
  if (!hip_store_exec (self, "UPDATE exercise SET retired = 1 WHERE origin = 'catalogue'", error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      /* Only what the foreign keys of logs and programmes need: the catalogue itself, in
       * memory, is what the app reads. The children an older schema copied go. */
      if (hip_exercise_get_origin (exercise) == HIP_ORIGIN_CATALOGUE &&
          !(write_row (self, exercise, error) &&
            delete_children (self, hip_exercise_get_id (exercise), error)))
        return FALSE;
    }

  stmt = hip_store_statement (self, "INSERT INTO catalogue_state (singleton, version, checksum) "
                          "VALUES (1, ?1, ?2) "
                          "ON CONFLICT (singleton) DO UPDATE SET version = ?1, checksum = ?2",
                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, hip_catalogue_get_version (catalogue));
  hip_bind_text (stmt, 2, hip_catalogue_get_checksum (catalogue));
  /* The daily sums weigh sets by the catalogue's weights, which may have changed. */
  return hip_store_run (self, stmt, error) && hip_store_rebuild_summaries (self, error);
}

/**
 * hip_store_sync_catalogue:
 * @self: a #HipStore
 * @catalogue: the shipped catalogue
 * @changed: (out) (optional): whether anything was written
 * @error: return location for an error
 *
 * Copies the catalogue's exercises into the database, in one transaction, so that logs and
 * programmes can reference them with foreign keys. Does nothing when the database already holds
 * this version of the catalogue, so it is cheap to call at every start.
 *
 * Returns: %TRUE on success
 */
gboolean
hip_store_sync_catalogue (HipStore      *self,
                          HipCatalogue  *catalogue,
                          gboolean      *changed,
                          GError       **error)
{
  gboolean synced = FALSE;
  gboolean ok;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (HIP_IS_CATALOGUE (catalogue), FALSE);

  if (changed != NULL)
    *changed = FALSE;
  /* Its weights weigh the sets of the daily sums, from now on and for days left waiting. */
  g_set_object (&self->catalogue, catalogue);
  /* A read-only file is read as it is: its stored catalogue names what it logged. */
  if (self->read_only)
    return TRUE;
  if (!catalogue_is_synced (self, catalogue, &synced, error))
    return FALSE;
  if (synced)
    return hip_store_sum_stale_days (self, error);

  /* The catalogue's enums were checked when it was parsed (hip-catalogue.c), and SQLite builds
   * each CHECK's IN list anew for every row: without this the first start spent a tenth of
   * its time checking the same nicks again. Other writes keep every CHECK. */
  if (!hip_store_exec (self, "PRAGMA ignore_check_constraints = ON", error))
    return FALSE;
  ok = hip_store_exec (self, "BEGIN IMMEDIATE", error) &&
       hip_store_commit_or_rollback (self, write_catalogue (self, catalogue, error), error);
  /* Back on whatever happened (a busy database, say), so that no later write goes unchecked. */
  if (!hip_store_exec (self, "PRAGMA ignore_check_constraints = OFF", ok ? error : NULL) || !ok)
    return FALSE;

  if (changed != NULL)
    *changed = TRUE;
  return TRUE;
}

static gboolean
read_strings (HipStore     *self,
              const char   *sql,
              const char   *id,
              const char   *kind,
              GStrv        *out,
              GError      **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, sql, error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, id);
  hip_bind_text (stmt, 2, kind);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, hip_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return hip_store_set_sqlite_error (self, rc, error);

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_lists (HipStore     *self,
            HipExercise  *exercise,
            GError      **error)
{
  static const char *texts =
    "SELECT text FROM exercise_text WHERE exercise_id = ? AND kind = ? ORDER BY position";
  static const char *links =
    "SELECT target_id FROM exercise_link WHERE exercise_id = ? AND kind = ? ORDER BY position";
  /* The first three are texts, the others links. */
  static const struct { const char *kind; const char *property; } lists[] = {
    { "synonym", "synonyms" },
    { "step", "steps" },
    { "cue", "cues" },
    { "regression", "regressions" },
    { "progression", "progressions" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_auto(GStrv) values = NULL;
      const char *sql = i < 3 ? texts : links;

      if (!read_strings (self, sql, hip_exercise_get_id (exercise), lists[i].kind, &values, error))
        return FALSE;
      g_object_set (exercise, lists[i].property, values, NULL);
    }
  return TRUE;
}

/* Reads the (nick, value) rows of one child table and hands each to @apply. */
typedef void (*ApplyRow) (HipExercise *exercise, int value, sqlite3_stmt *stmt);

static gboolean
read_facet (HipStore     *self,
            HipExercise  *exercise,
            const char   *sql,
            GType         type,
            ApplyRow      apply,
            GError      **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, hip_exercise_get_id (exercise));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int value;

      /* CHECK constraints keep the nicks valid; an unknown one means a newer schema wrote it. */
      if (hip_enum_from_nick (type, hip_column_text (stmt, 0), &value))
        apply (exercise, value, stmt);
    }
  if (rc != SQLITE_DONE)
    return hip_store_set_sqlite_error (self, rc, error);
  return TRUE;
}

static void
apply_plane (HipExercise *exercise, int value, sqlite3_stmt *stmt)
{
  hip_exercise_add_plane (exercise, value);
}

static void
apply_action (HipExercise *exercise, int value, sqlite3_stmt *stmt)
{
  hip_exercise_set_action_weight (exercise, value, sqlite3_column_double (stmt, 1));
}

static void
apply_muscle (HipExercise *exercise, int value, sqlite3_stmt *stmt)
{
  int role;

  if (hip_enum_from_nick (HIP_TYPE_MUSCLE_ROLE, hip_column_text (stmt, 1), &role))
    hip_exercise_set_muscle_role (exercise, value, role);
}

static void
apply_condition (HipExercise *exercise, int value, sqlite3_stmt *stmt)
{
  hip_exercise_set_contraindication (exercise, value, hip_column_text (stmt, 1));
}

static gboolean
read_facets (HipStore     *self,
             HipExercise  *exercise,
             GError      **error)
{
  return read_facet (self, exercise,
                     "SELECT plane FROM exercise_plane WHERE exercise_id = ?",
                     HIP_TYPE_PLANE, apply_plane, error) &&
         read_facet (self, exercise,
                     "SELECT action, weight FROM exercise_action WHERE exercise_id = ?",
                     HIP_TYPE_ACTION, apply_action, error) &&
         read_facet (self, exercise,
                     "SELECT muscle, role FROM exercise_muscle WHERE exercise_id = ?",
                     HIP_TYPE_MUSCLE, apply_muscle, error) &&
         read_facet (self, exercise,
                     "SELECT condition, note FROM exercise_contraindication "
                     "WHERE exercise_id = ?",
                     HIP_TYPE_CONDITION, apply_condition, error);
}

static HipExercise *
read_exercise_row (sqlite3_stmt *stmt,
                   HipOrigin     origin)
{
  int level = 0, kind = 0, position = 0;

  hip_enum_from_nick (HIP_TYPE_LEVEL, hip_column_text (stmt, 3), &level);
  hip_enum_from_nick (HIP_TYPE_KIND, hip_column_text (stmt, 4), &kind);
  hip_enum_from_nick (HIP_TYPE_POSITION, hip_column_text (stmt, 9), &position);

  return g_object_new (HIP_TYPE_EXERCISE,
                       "id", hip_column_text (stmt, 0),
                       "origin", origin,
                       "name", hip_column_text (stmt, 1),
                       "summary", hip_column_text (stmt, 2),
                       "level", level,
                       "kind", kind,
                       "unilateral", sqlite3_column_int (stmt, 5) != 0,
                       "equipment", sqlite3_column_int (stmt, 6),
                       "motion", hip_column_text (stmt, 7),
                       "safety-note", hip_column_text (stmt, 8),
                       "position", position,
                       "equipment-choice", sqlite3_column_int (stmt, 10),
                       NULL);
}

static GPtrArray *load_exercises (HipStore   *self,
                                  HipOrigin   origin,
                                  gboolean    retired,
                                  GError    **error);

/**
 * hip_store_load_exercises:
 * @self: a #HipStore
 * @origin: which exercises: the user's own, or the stored copy of the catalogue
 * @error: return location for an error
 *
 * Returns: (transfer container) (element-type HipExercise) (nullable): the exercises, oldest
 *   first; retired catalogue exercises are left out
 */
GPtrArray *
hip_store_load_exercises (HipStore   *self,
                          HipOrigin   origin,
                          GError    **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  return load_exercises (self, origin, FALSE, error);
}

/**
 * hip_store_load_retired_exercises:
 *
 * The person's own exercises that were deleted while logs or programmes referred to them:
 * still needed to name what was done.
 *
 * Returns: (transfer container) (element-type HipExercise) (nullable): the exercises
 */
GPtrArray *
hip_store_load_retired_exercises (HipStore  *self,
                                  GError   **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  return load_exercises (self, HIP_ORIGIN_USER, TRUE, error);
}

static GPtrArray *
load_exercises (HipStore   *self,
                HipOrigin   origin,
                gboolean    retired,
                GError    **error)
{
  g_autoptr(GPtrArray) exercises = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  stmt = hip_store_statement (self, "SELECT id, name, summary, level, kind, unilateral, equipment, "
                          "       motion, safety_note, position, equipment_choice "
                          "FROM exercise WHERE origin = ? AND retired = ? ORDER BY rowid",
                    error);
  if (stmt == NULL)
    return NULL;
  hip_bind_text (stmt, 1, hip_enum_to_nick (HIP_TYPE_ORIGIN, origin));
  sqlite3_bind_int (stmt, 2, retired);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (exercises, read_exercise_row (stmt, origin));
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  for (guint i = 0; i < exercises->len; i++)
    if (!read_lists (self, exercises->pdata[i], error) ||
        !read_facets (self, exercises->pdata[i], error))
      return NULL;

  return g_steal_pointer (&exercises);
}

/* Runs @sql (no parameters) and returns the first column of its first row, or 0 when there is
 * no row (or on error). */
gint64
hip_store_select_id (HipStore    *self,
                     const char  *sql,
                     GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, sql, error);
  int rc;

  if (stmt == NULL)
    return 0;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    hip_store_set_sqlite_error (self, rc, error);
  return 0;
}

/**
 * hip_store_explain_statements:
 *
 * For tests: the query plan of every statement the store has prepared so far, each as its SQL
 * followed by the plan's lines, so that a test can check that every query uses an index.
 *
 * Returns: (transfer full) (element-type utf8): one text a statement
 */
GPtrArray *
hip_store_explain_statements (HipStore *self)
{
  GPtrArray *plans = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer sql;

  g_return_val_if_fail (HIP_IS_STORE (self), plans);

  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, &sql, NULL))
    {
      g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
      GString *text = g_string_new (sql);
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (self->db, explain, -1, &stmt, NULL) == SQLITE_OK)
        while (sqlite3_step (stmt) == SQLITE_ROW)
          g_string_append_printf (text, "\n%s", (const char *) sqlite3_column_text (stmt, 3));
      sqlite3_finalize (stmt);
      g_ptr_array_add (plans, g_string_free (text, FALSE));
    }
  return plans;
}
