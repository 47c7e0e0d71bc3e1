/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What is at the database's path, found out before anything is written to it: a Strong Hips
 * database (perhaps of an older schema), a new or empty file, another program's or a newer
 * app's database (refused untouched), a damaged file, or a journal beside the database that
 * does not belong to it. Also the set of files moved aside together, and the words that say so. */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hip-store.h"
#include "hip-store-private.h"
#include "hip-store-schema.h"

/* The files SQLite keeps beside a database: each is part of the database's state. */
static const char *side_suffixes[] = { "-wal", "-shm", "-journal" };

/* Opens @path through an SQLite URI, so that @query can ask for immutable=1 or readonly_shm=1. */
int
hip_store_open_uri (const char  *path,
                    const char  *query,
                    int          flags,
                    sqlite3    **db)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, query != NULL ? "?" : "", query, NULL);
  int rc = sqlite3_open_v2 (uri, db, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_extended_result_codes (*db, 1);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (*db, 5000);
  return rc;
}

static int
read_int (sqlite3    *db,
          const char *sql,
          int        *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  return rc;
}

/* The names of @db's own tables, sorted and joined by spaces. */
static int
table_names (sqlite3  *db,
             char    **names)
{
  g_autoptr(GString) text = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                               -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_string_append_printf (text, "%s ", (const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return rc;
  *names = g_string_free (g_steal_pointer (&text), FALSE);
  return SQLITE_OK;
}

/* Whether @db holds exactly the tables our migrations make up to @version: they are run on a
 * scratch database in memory, so there is one copy of the schema. A file that has another
 * table (a clashing name, another program's) would make a migration fail halfway or mix our
 * data with another program's. */
static int
has_schema_tables (sqlite3  *db,
                   int       version,
                   gboolean *same)
{
  g_autofree char *have = NULL, *want = NULL;
  sqlite3 *scratch = NULL;
  int rc = table_names (db, &have);

  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (":memory:", &scratch, SQLITE_OPEN_READWRITE, NULL);
  for (int v = 0; rc == SQLITE_OK && v < version; v++)
    rc = sqlite3_exec (scratch, hip_store_migrations[v], NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = table_names (scratch, &want);
  sqlite3_close (scratch);
  *same = rc == SQLITE_OK && g_strcmp0 (have, want) == 0;
  return rc;
}

/**
 * hip_store_read_header:
 *
 * Reads PRAGMA application_id and user_version, and whether the file is ours: our
 * application_id at this schema; an empty database (no table at all); or, at an older schema
 * (which a migration will bring up to date) and for files from before 0.2.0 that had no id,
 * exactly the tables our migrations made up to that version. This is the first read of the
 * file, so a file that is not a database fails here before anything is written to it.
 */
int
hip_store_read_header (sqlite3  *db,
                       int      *application_id,
                       int      *version,
                       gboolean *ours)
{
  int rc, tables = 0;

  *ours = FALSE;
  rc = read_int (db, "PRAGMA application_id", application_id);
  if (rc == SQLITE_OK)
    rc = read_int (db, "PRAGMA user_version", version);
  if (rc != SQLITE_OK)
    return rc;
  if (*application_id != 0 && *application_id != HIP_STORE_APPLICATION_ID)
    return SQLITE_OK;
  if (*version == 0)
    {
      rc = read_int (db, "SELECT count(*) FROM sqlite_schema", &tables);
      *ours = tables == 0;
    }
  else if (*version > HIP_STORE_SCHEMA_VERSION)
    {
      rc = read_int (db, "SELECT count(*) FROM sqlite_schema "
                         "WHERE type = 'table' AND name = 'catalogue_state'", &tables);
      *ours = *application_id == HIP_STORE_APPLICATION_ID || tables == 1;
    }
  else if (*application_id == HIP_STORE_APPLICATION_ID && *version == HIP_STORE_SCHEMA_VERSION)
    *ours = TRUE;
  else
    rc = has_schema_tables (db, *version, ours);
  return rc;
}

typedef enum
{
  VIEW_OURS,
  VIEW_EMPTY,
  VIEW_FOREIGN,
  VIEW_NEWER,
  VIEW_DAMAGED,
} View;

static gboolean
is_damage (int rc)
{
  rc &= 0xff;
  return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
}

/**
 * hip_store_quick_check:
 *
 * Returns: SQLITE_OK when SQLite's quick_check finds @db whole, SQLITE_CORRUPT (or the error
 *   met reading it) when not
 */
int
hip_store_quick_check (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    rc = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0 ? SQLITE_OK
                                                                              : SQLITE_CORRUPT;
  sqlite3_finalize (stmt);
  return rc;
}

/* What a read-only connection opened with @query sees at @path, checked whole (quick_check).
 * Returns an SQLite code other than damage when the file could not be read at all. */
static int
read_view (const char *path,
           const char *query,
           View       *view)
{
  sqlite3 *db = NULL;
  int application_id = 0, version = 0, rc;
  gboolean ours = FALSE;

  rc = hip_store_open_uri (path, query, SQLITE_OPEN_READONLY, &db);
  if (rc == SQLITE_OK)
    rc = hip_store_read_header (db, &application_id, &version, &ours);
  if (rc == SQLITE_OK)
    rc = hip_store_quick_check (db);
  sqlite3_close (db);

  if (is_damage (rc))
    *view = VIEW_DAMAGED;
  else if (rc != SQLITE_OK)
    return rc;
  else if (!ours)
    *view = VIEW_FOREIGN;
  else if (version > HIP_STORE_SCHEMA_VERSION)
    *view = VIEW_NEWER;
  else
    *view = version == 0 ? VIEW_EMPTY : VIEW_OURS;
  return SQLITE_OK;
}

static gboolean
side_file_has_data (const char *path,
                    const char *suffix)
{
  g_autofree char *side = g_strconcat (path, suffix, NULL);
  GStatBuf st;

  return g_lstat (side, &st) == 0 && (!S_ISREG (st.st_mode) || st.st_size > 0);
}

void
hip_store_set_not_ours_error (const char  *path,
                              GError     **error)
{
  g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_OURS,
               _("“%s” is not a Strong Hips database: another program’s data is in it. "
                 "It was not opened and has not been changed."), path);
}

void
hip_store_set_newer_error (const char  *path,
                           GError     **error)
{
  g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NEWER_VERSION,
               _("The data in “%s” was written by a newer version of Strong Hips "
                 "(this version understands up to schema %d). It was not opened and "
                 "has not been changed."), path, HIP_STORE_SCHEMA_VERSION);
}

/* A database with a write-ahead log (-wal) or a rollback journal (-journal) beside it: SQLite
 * would apply the journal to the database on opening it for writing, and nothing in either
 * file ties the journal to this database (the WAL header's salts only tie its frames to the
 * header), so a journal copied in from elsewhere would be replayed over the person's data.
 * So before any connection that can write, two read-only looks: with the journal applied
 * (a read-only connection never writes the database or the WAL; readonly_shm=1 keeps an
 * existing -shm unchanged too), and the database file alone (immutable=1 makes SQLite read
 * only that file). If the journal gives a whole Strong Hips database, it is ours: the writing
 * connection applies it. If only the file alone is a Strong Hips database with data, the
 * journal does not belong and is set aside. */
static gboolean
check_journal (const char        *path,
               HipStoreFileState *state,
               GError           **error)
{
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  View with = VIEW_DAMAGED, alone = VIEW_DAMAGED;
  int rc;

  rc = read_view (path, g_file_test (shm, G_FILE_TEST_EXISTS) ? "mode=ro&readonly_shm=1"
                                                              : "mode=ro", &with);
  /* A hot rollback journal cannot be applied by a read-only connection: what it would give
   * is unknown, so the file alone decides. Any other failure (busy, say, while another
   * process writes) stops here, with nothing moved. */
  if (rc == SQLITE_READONLY_ROLLBACK)
    {
      rc = SQLITE_OK;
      with = VIEW_DAMAGED;
    }
  if (rc == SQLITE_OK && with != VIEW_OURS && with != VIEW_NEWER)
    rc = read_view (path, "mode=ro&immutable=1", &alone);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_FAILED,
                   _("Could not open the database “%s”: %s"), path, sqlite3_errstr (rc));
      return FALSE;
    }

  if (with == VIEW_NEWER || (with != VIEW_OURS && with != VIEW_EMPTY && alone == VIEW_NEWER))
    {
      hip_store_set_newer_error (path, error);
      return FALSE;
    }
  if (with != VIEW_OURS && alone != VIEW_OURS &&
      (with == VIEW_FOREIGN || alone == VIEW_FOREIGN))
    {
      hip_store_set_not_ours_error (path, error);
      return FALSE;
    }
  if (with == VIEW_OURS || (with == VIEW_EMPTY && alone != VIEW_OURS))
    *state = HIP_STORE_FILE_OURS;
  else if (alone == VIEW_OURS)
    *state = HIP_STORE_FILE_STRAY_JOURNAL;
  else
    *state = HIP_STORE_FILE_DAMAGED;
  return TRUE;
}

/**
 * hip_store_check_file:
 * @path: the database, symbolic links resolved
 * @state: (out): what is there
 *
 * Looks at @path without writing anything. Refuses (untouched) what is not a file, another
 * program's database and a newer app's.
 */
gboolean
hip_store_check_file (const char         *path,
                      HipStoreFileState  *state,
                      GError            **error)
{
  gboolean journal = side_file_has_data (path, "-wal") || side_file_has_data (path, "-journal");
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno != ENOENT)
        {
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Could not open the database “%s”: %s"), path,
                       g_strerror (saved_errno));
          return FALSE;
        }
      /* SQLite deletes a WAL it finds beside a missing or empty database: keep it instead. */
      *state = journal ? HIP_STORE_FILE_DAMAGED : HIP_STORE_FILE_NEW;
      return TRUE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_OURS,
                   _("“%s” is not a database file (a folder or a device is in its place). "
                     "It was not opened and has not been changed."), path);
      return FALSE;
    }
  if (st.st_size == 0)
    *state = journal ? HIP_STORE_FILE_DAMAGED : HIP_STORE_FILE_NEW;
  else if (journal)
    return check_journal (path, state, error);
  else
    *state = HIP_STORE_FILE_OURS;  /* to be read, before any write, by open_database() */
  return TRUE;
}

/* Whether the person meant @path to be read only: its mode says so (even to root), or it,
 * or its folder, cannot be written. */
gboolean
hip_store_file_is_read_only (const char *path,
                             gboolean   *folder)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st, dir_st;

  *folder = g_stat (dir, &dir_st) == 0 &&
            (access (dir, W_OK) != 0 || (dir_st.st_mode & S_IWUSR) == 0);
  if (g_stat (path, &st) != 0)
    return FALSE;
  return *folder || access (path, W_OK) != 0 || (st.st_mode & S_IWUSR) == 0;
}

/* The URI query a read-only connection to @path opens with: immutable=1 (so that SQLite
 * makes no -shm beside the file, or fails to in a read-only folder; nobody can be writing a
 * read-only file) unless a -wal left by a crash needs applying, in a folder that allows it. */
const char *
hip_store_read_only_query (const char *path,
                           gboolean    read_only_folder)
{
  return read_only_folder || !side_file_has_data (path, "-wal") ? "mode=ro&immutable=1"
                                                                : "mode=ro";
}

static void
undo_renames (GPtrArray *done)
{
  for (guint i = 0; i + 1 < done->len; i += 2)
    g_rename (done->pdata[i + 1], done->pdata[i]);
}

static gboolean
rename_kept (const char  *from,
             const char  *to,
             GPtrArray   *done,
             GError     **error)
{
  int saved_errno;

  if (!g_file_test (from, G_FILE_TEST_EXISTS) && !g_file_test (from, G_FILE_TEST_IS_SYMLINK))
    return TRUE;
  if (g_rename (from, to) == 0)
    {
      g_ptr_array_add (done, g_strdup (from));
      g_ptr_array_add (done, g_strdup (to));
      return TRUE;
    }
  saved_errno = errno;
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not move the damaged database “%s” aside: %s"), from,
               g_strerror (saved_errno));
  return FALSE;
}

/**
 * hip_store_move_set_aside:
 * @path: the database
 * @kind: %HIP_STORE_RECOVERY_REPLACED to move the database and its side files aside, or
 *   %HIP_STORE_RECOVERY_JOURNAL_SET_ASIDE to move the side files and copy the database
 * @kept: (out): the database's name aside; its side files are beside it, named as SQLite names
 *   them, so that the set opens as it was found
 *
 * Keeps the whole set together under one date stamp; never deletes anything. The side files
 * go first, so that a journal is never left beside a new database; on any failure everything
 * is put back.
 */
gboolean
hip_store_move_set_aside (const char       *path,
                          HipStoreRecovery  kind,
                          char            **kept,
                          GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  const char *word = kind == HIP_STORE_RECOVERY_REPLACED ? "corrupt" : "journal-set-aside";
  g_autofree char *target = g_strdup_printf ("%s.%s-%s", path, word, stamp);
  g_autoptr(GPtrArray) done = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) from = g_file_new_for_path (path);
  g_autoptr(GFile) to = NULL;

  for (guint n = 2; g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.%s-%s-%u", path, word, stamp, n);
    }
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, side_suffixes[i], NULL);
      g_autofree char *side_to = g_strconcat (target, side_suffixes[i], NULL);

      if (!rename_kept (side, side_to, done, error))
        return undo_renames (done), FALSE;
    }
  to = g_file_new_for_path (target);
  if (kind == HIP_STORE_RECOVERY_REPLACED ? !rename_kept (path, target, done, error)
      : !g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return undo_renames (done), FALSE;
  *kept = g_steal_pointer (&target);
  return TRUE;
}

/**
 * hip_store_describe_recovery:
 *
 * Returns: (transfer full) (nullable): what happened to the person's data file as it was
 *   opened, in words for them and naming the copy kept, or %NULL when nothing did
 */
char *
hip_store_describe_recovery (HipStore *self)
{
  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  switch (hip_store_get_recovery (self))
    {
    case HIP_STORE_RECOVERY_REPLACED:
      return g_strdup_printf (_("Your Strong Hips data file was damaged and could not be read. "
                                "It was kept as “%s” and a new, empty one was started."),
                              hip_store_get_recovered_path (self));
    case HIP_STORE_RECOVERY_JOURNAL_SET_ASIDE:
      return g_strdup_printf (_("A journal file beside your Strong Hips data did not belong "
                                "to it and was not applied; your data is as it was. The "
                                "journal is kept, with a copy of the data file, as “%s”."),
                              hip_store_get_recovered_path (self));
    case HIP_STORE_RECOVERY_NONE:
    default:
      return NULL;
    }
}
