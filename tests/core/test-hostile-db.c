/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Hostile databases: a corpus of files at the database's path (damaged, another program's, a
 * newer app's, a journal that is not the database's, read-only, not a file at all…), kept in
 * tests/data/hostile (what cannot be a file there, links, folders, FIFOs and modes, is made
 * from them at test time), and every mode run on each: the window's open
 * (hip_coach_open_default()) in the test, each headless mode through the program. Whatever is
 * refused stays byte for byte as it was (with its -wal and -shm); whatever is replaced is kept
 * whole, under the name the message gives; a mode that reads the person's data writes no
 * output when the data was replaced, refused or is read-only where it must write. */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-planner.h"
#include "hip-store.h"
#include "hip-store-schema.h"
#include "hip-test-run.h"

typedef enum
{
  KIND_GOOD,       /* the person's data, as it was (or with its own journal applied) */
  KIND_NEW,        /* nothing there worth keeping: a new database */
  KIND_REPLACED,   /* damaged: kept aside whole, a new database started */
  KIND_REFUSED,    /* not ours, newer, not a file: untouched */
  KIND_JOURNAL,    /* ours, with a journal that is not: the journal kept aside */
  KIND_READ_ONLY,  /* read, never written */
} Kind;

typedef struct
{
  const char *name;
  Kind        kind;
  void      (*make) (const char *dir, const char *db);
  gboolean    made;    /* made at test time (not files: links, folders, FIFOs, modes) */
} Case;

/* What every case is made from, made once: a database with a programme and a log, the log's
 * CSV export, a backup of it, its programme file, a profile. */
static char *program;
static char *fixtures;
static GBytes *good_db;
static HipCatalogue *catalogue;

/* ---- making the corpus -------------------------------------------------------------------- */

static void
write_data (const char   *path,
            const guint8 *data,
            gsize         length)
{
  g_assert_true (g_file_set_contents (path, (const char *) data, length, NULL));
}

static void
write_good (const char *path)
{
  write_data (path, g_bytes_get_data (good_db, NULL), g_bytes_get_size (good_db));
}

/* The good database with @length bytes at @offset replaced by bytes from a fixed seed. */
static void
write_scrambled (const char *path,
                 gsize       offset,
                 gsize       length,
                 guint32     seed)
{
  gsize size = g_bytes_get_size (good_db);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (good_db, NULL), size);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_assert_cmpuint (offset + length, <=, size);
  for (gsize i = 0; i < length; i++)
    data[offset + i] = g_rand_int_range (rand, 0, 256);
  write_data (path, data, size);
}

static guint
page_size (void)
{
  const guint8 *data = g_bytes_get_data (good_db, NULL);

  return (data[16] << 8) | data[17];
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Our schema up to @version, made by our migrations, in rollback-journal mode. */
static void
write_schema (const char *path,
              int         version)
{
  exec_sql (path, "PRAGMA journal_mode = DELETE");
  for (int v = 0; v < version; v++)
    exec_sql (path, hip_store_migrations[v]);
}

/* Copies @db (and its -wal and -shm when there) while @store may still hold it open: what a
 * crash or another program leaves. */
static void
copy_set (const char *from,
          const char *to)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *a = g_strconcat (from, suffixes[i], NULL);
      g_autofree char *b = g_strconcat (to, suffixes[i], NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_get_contents (a, &contents, &length, NULL))
        write_data (b, (guint8 *) contents, length);
    }
}

/* A WAL-mode database of another program, left with its -wal and -shm (kept open). */
static void
write_foreign_wal (const char *path,
                   const char *sql)
{
  g_autofree char *scratch = g_strconcat (path, ".scratch", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (scratch, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; "
                                     "PRAGMA wal_autocheckpoint = 0;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  copy_set (scratch, path);
  sqlite3_close (db);
  g_remove (scratch);
}

static void
make_truncated_half (const char *dir, const char *db)
{
  write_data (db, g_bytes_get_data (good_db, NULL), g_bytes_get_size (good_db) / 2);
}

static void
make_truncated_header (const char *dir, const char *db)
{
  write_data (db, g_bytes_get_data (good_db, NULL), 50);
}

static void
make_first_page_only (const char *dir, const char *db)
{
  write_data (db, g_bytes_get_data (good_db, NULL), page_size ());
}

static void
make_random_header (const char *dir, const char *db)
{
  write_scrambled (db, 0, 100, 1);
}

static void
make_no_magic (const char *dir, const char *db)
{
  write_scrambled (db, 0, 16, 2);
}

static void
make_damaged_first_page (const char *dir, const char *db)
{
  write_scrambled (db, 100, page_size () - 100, 3);
}

static void
make_damaged_second_page (const char *dir, const char *db)
{
  write_scrambled (db, page_size (), page_size (), 4);
}

static void
make_damaged_schema_pages (const char *dir, const char *db)
{
  write_scrambled (db, 100, 3 * page_size () - 100, 5);
}

static void
make_random_file (const char *dir, const char *db)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  guint8 data[65536];

  for (gsize i = 0; i < sizeof data; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  write_data (db, data, sizeof data);
}

static void
make_text_file (const char *dir, const char *db)
{
  g_assert_true (g_file_set_contents (db, "Someone's notes, not a database.\n", -1, NULL));
}

static void
make_zeros (const char *dir, const char *db)
{
  g_autofree guint8 *zeros = g_malloc0 (8192);

  write_data (db, zeros, 8192);
}

static void
make_header_only (const char *dir, const char *db)
{
  write_data (db, g_bytes_get_data (good_db, NULL), 100);
}

static void
make_bad_page_size (const char *dir, const char *db)
{
  gsize size = g_bytes_get_size (good_db);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (good_db, NULL), size);

  data[16] = 0x03;  /* 768: not a power of two */
  data[17] = 0x00;
  write_data (db, data, size);
}

static void
make_symlink_to_corrupt (const char *dir, const char *db)
{
  g_autofree char *target = g_build_filename (dir, "..", "elsewhere.db", NULL);

  make_random_file (dir, target);
  g_assert_cmpint (symlink (target, db), ==, 0);
}

static void
make_empty_with_wal (const char *dir, const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);

  write_data (db, (const guint8 *) "", 0);
  write_foreign_wal (wal, "CREATE TABLE kept (x); INSERT INTO kept VALUES (1)");
}

static void
make_wal_without_database (const char *dir, const char *db)
{
  g_autofree char *other = g_build_filename (dir, "..", "other.db", NULL);
  g_autofree char *wal = g_strconcat (other, "-wal", NULL);
  g_autofree char *target = g_strconcat (db, "-wal", NULL);

  write_foreign_wal (other, "CREATE TABLE kept (x); INSERT INTO kept VALUES (1)");
  g_assert_cmpint (g_rename (wal, target), ==, 0);
}

static void
make_foreign (const char *dir, const char *db)
{
  exec_sql (db, "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('mine')");
}

static void
make_foreign_by_id (const char *dir, const char *db)
{
  exec_sql (db, "PRAGMA application_id = 1196444237; CREATE TABLE note (body TEXT); "
                "PRAGMA user_version = 3");
}

static void
make_foreign_id_only (const char *dir, const char *db)
{
  exec_sql (db, "PRAGMA application_id = -7");
}

static void
make_our_tables_version_0 (const char *dir, const char *db)
{
  write_schema (db, HIP_STORE_SCHEMA_VERSION);
  exec_sql (db, "PRAGMA user_version = 0");
}

static void
make_clashing_table (const char *dir, const char *db)
{
  /* Schema 3, stamped as ours, with a table that schema 4's migration would create. */
  write_schema (db, 3);
  exec_sql (db, "CREATE TABLE workout (x); PRAGMA application_id = 1212765267");
}

static void
make_unstamped_extra_table (const char *dir, const char *db)
{
  write_schema (db, 6);
  exec_sql (db, "CREATE TABLE note (body TEXT)");
}

static void
make_newer (const char *dir, const char *db)
{
  write_good (db);
  exec_sql (db, "PRAGMA user_version = 99");
}

static void
make_newer_unstamped (const char *dir, const char *db)
{
  write_schema (db, 1);
  exec_sql (db, "PRAGMA user_version = 99");
}

static void
make_directory (const char *dir, const char *db)
{
  g_assert_cmpint (g_mkdir (db, 0700), ==, 0);
}

static void
make_fifo (const char *dir, const char *db)
{
  g_assert_cmpint (mkfifo (db, 0600), ==, 0);
}

static void
make_foreign_wal_database (const char *dir, const char *db)
{
  write_foreign_wal (db, "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('mine')");
}

/* A newer app's journal over our database: its page 1 says schema 99. */
static void
make_newer_wal (const char *dir, const char *db)
{
  g_autofree char *scratch = g_build_filename (dir, "..", "newer.db", NULL);
  sqlite3 *conn = NULL;

  write_good (scratch);
  g_assert_cmpint (sqlite3_open (scratch, &conn), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (conn, "PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 99",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  copy_set (scratch, db);
  sqlite3_close (conn);
}

static void
make_symlink_to_foreign (const char *dir, const char *db)
{
  g_autofree char *target = g_build_filename (dir, "..", "elsewhere.db", NULL);

  make_foreign (dir, target);
  g_assert_cmpint (symlink (target, db), ==, 0);
}

static void
make_foreign_wal (const char *dir, const char *db)
{
  g_autofree char *other = g_build_filename (dir, "..", "other.db", NULL);

  /* Another program's journal, with its -shm: the pages of a database with nothing of ours. */
  write_foreign_wal (other, "CREATE TABLE t (x); PRAGMA user_version = 0");
  copy_set (other, db);
  write_good (db);
}

static void
make_foreign_hot_journal (const char *dir, const char *db)
{
  g_autofree char *journal = g_strconcat (db, "-journal", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  /* A rollback journal's header (its magic), then pages of nothing of ours. */
  static const guint8 magic[] = { 0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7 };
  guint8 data[8192];

  for (gsize i = 0; i < sizeof data; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  memcpy (data, magic, sizeof magic);
  write_good (db);
  write_data (journal, data, sizeof data);
}

static void
make_good (const char *dir, const char *db)
{
  write_good (db);
}

/* Our own WAL, left by a crash with an import in it that was acknowledged: it is applied. */
static void
make_own_wal (const char *dir, const char *db)
{
  g_autofree char *scratch = g_build_filename (dir, "..", "open.db", NULL);
  g_autofree char *text = NULL;
  g_autofree char *csv = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "tests", "data",
                                           "hevy.csv", NULL);
  g_autoptr(HipStore) store = NULL;
  g_autoptr(HipImport) import = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  write_good (scratch);
  store = hip_store_new (scratch, &error);
  g_assert_no_error (error);
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_true (g_file_get_contents (csv, &text, &length, NULL));
  import = hip_store_prepare_import (store, catalogue, text, length, HIP_UNITS_KILOGRAMS, &error);
  g_assert_no_error (error);
  g_assert_true (hip_store_import (store, import, NULL, &error));
  copy_set (scratch, db);
}

static void
make_unstamped (const char *dir, const char *db)
{
  write_good (db);
  exec_sql (db, "PRAGMA application_id = 0");
}

static void
make_empty (const char *dir, const char *db)
{
  write_data (db, (const guint8 *) "", 0);
}

static void
make_garbage_wal (const char *dir, const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);

  write_good (db);
  g_assert_true (g_file_set_contents (wal, "not a journal at all", -1, NULL));
}

static void
make_garbage_shm (const char *dir, const char *db)
{
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autofree guint8 *junk = g_malloc (32768);

  memset (junk, 0x5a, 32768);
  write_good (db);
  write_data (shm, junk, 32768);
}

static void
make_read_only_file (const char *dir, const char *db)
{
  write_good (db);
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
}

static void
make_read_only_folder (const char *dir, const char *db)
{
  write_good (db);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
}

static const Case cases[] = {
  { "truncated-half", KIND_REPLACED, make_truncated_half },
  { "truncated-header", KIND_REPLACED, make_truncated_header },
  { "first-page-only", KIND_REPLACED, make_first_page_only },
  { "random-header", KIND_REPLACED, make_random_header },
  { "no-magic", KIND_REPLACED, make_no_magic },
  { "damaged-first-page", KIND_REPLACED, make_damaged_first_page },
  { "damaged-second-page", KIND_REPLACED, make_damaged_second_page },
  { "damaged-schema-pages", KIND_REPLACED, make_damaged_schema_pages },
  { "random-file", KIND_REPLACED, make_random_file },
  { "text-file", KIND_REPLACED, make_text_file },
  { "zeros", KIND_REPLACED, make_zeros },
  { "header-only", KIND_REPLACED, make_header_only },
  { "bad-page-size", KIND_REPLACED, make_bad_page_size },
  { "symlink-to-corrupt", KIND_REPLACED, make_symlink_to_corrupt, TRUE },
  { "empty-with-wal", KIND_REPLACED, make_empty_with_wal },
  { "wal-without-database", KIND_REPLACED, make_wal_without_database },
  { "foreign", KIND_REFUSED, make_foreign },
  { "foreign-by-id", KIND_REFUSED, make_foreign_by_id },
  { "foreign-id-only", KIND_REFUSED, make_foreign_id_only },
  { "our-tables-version-0", KIND_REFUSED, make_our_tables_version_0 },
  { "clashing-table", KIND_REFUSED, make_clashing_table },
  { "unstamped-extra-table", KIND_REFUSED, make_unstamped_extra_table },
  { "newer", KIND_REFUSED, make_newer },
  { "newer-unstamped", KIND_REFUSED, make_newer_unstamped },
  { "directory", KIND_REFUSED, make_directory, TRUE },
  { "fifo", KIND_REFUSED, make_fifo, TRUE },
  { "foreign-wal-database", KIND_REFUSED, make_foreign_wal_database },
  { "newer-wal", KIND_REFUSED, make_newer_wal },
  { "symlink-to-foreign", KIND_REFUSED, make_symlink_to_foreign, TRUE },
  { "foreign-wal", KIND_JOURNAL, make_foreign_wal },
  { "foreign-hot-journal", KIND_JOURNAL, make_foreign_hot_journal },
  { "good", KIND_GOOD, make_good },
  { "own-wal", KIND_GOOD, make_own_wal },
  { "unstamped", KIND_GOOD, make_unstamped },
  { "garbage-wal", KIND_GOOD, make_garbage_wal },
  { "garbage-shm", KIND_GOOD, make_garbage_shm },
  { "empty", KIND_NEW, make_empty },
  { "read-only-file", KIND_READ_ONLY, make_read_only_file, TRUE },
  { "read-only-folder", KIND_READ_ONLY, make_read_only_folder, TRUE },
};

/* ---- the corpus in tests/data/hostile ---------------------------------------------------- */

/* Each file-made case is a folder there, holding the files found at the database's path
 * (strong-hips.db and its -wal, -shm or -journal), each gzipped. They were made by the
 * functions above, from the good database of their day, and are kept as they are: written
 * again (test-hostile-db --write-corpus DIR) only when the good one's export changes. */
static char *corpus;

static GBytes *
convert (GBytes     *data,
         GConverter *converter)
{
  /* @data is taken: the stream holds its own reference. */
  g_autoptr(GBytes) taken = data;
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_bytes (taken);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (in, converter);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* Copies case @name's files from the corpus into @dir. */
static void
copy_from_corpus (const char *name,
                  const char *dir)
{
  g_autofree char *folder = g_build_filename (corpus, name, NULL);
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *file;

  g_assert_nonnull (listing);
  while ((file = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *from = g_build_filename (folder, file, NULL);
      g_autofree char *plain = g_strndup (file, strlen (file) - strlen (".gz"));
      g_autofree char *to = g_build_filename (dir, plain, NULL);
      g_autofree char *packed = NULL;
      g_autoptr(GZlibDecompressor) gunzip = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
      g_autoptr(GBytes) data = NULL;
      gsize length;

      g_assert_true (g_str_has_suffix (file, ".gz"));
      g_assert_true (g_file_get_contents (from, &packed, &length, NULL));
      data = convert (g_bytes_new_take (g_steal_pointer (&packed), length),
                      G_CONVERTER (gunzip));
      write_data (to, g_bytes_get_data (data, NULL), g_bytes_get_size (data));
    }
}

/* Writes case @c, made by its function, into @root/NAME, each file gzipped. */
static void
write_corpus_case (const Case *c,
                   const char *root)
{
  g_autofree char *scratch = g_dir_make_tmp ("strong-hips-corpus-XXXXXX", NULL);
  g_autofree char *dir = g_build_filename (scratch, "strong-hips", NULL);
  g_autofree char *db = g_build_filename (dir, "strong-hips.db", NULL);
  g_autofree char *folder = g_build_filename (root, c->name, NULL);
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  c->make (dir, db);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (db, suffixes[i], NULL);
      g_autofree char *name = g_strconcat ("strong-hips.db", suffixes[i], ".gz", NULL);
      g_autofree char *to = g_build_filename (folder, name, NULL);
      g_autoptr(GZlibCompressor) gzip = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) packed = NULL;
      gsize length;

      if (!g_file_get_contents (path, &contents, &length, NULL))
        continue;
      packed = convert (g_bytes_new_take (g_steal_pointer (&contents), length),
                        G_CONVERTER (gzip));
      write_data (to, g_bytes_get_data (packed, NULL), g_bytes_get_size (packed));
    }
  hip_test_remove_tree (scratch);
}

/* ---- what is on disk ---------------------------------------------------------------------- */

/* Every file under @dir (links not followed) → its SHA-256, "link:" and its target, or "dir". */
static void
snapshot_into (GHashTable *files,
               const char *root,
               const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *key = g_strdup (path + strlen (root));
      g_autofree char *target = g_file_read_link (path, NULL);
      g_autofree char *contents = NULL;
      gsize length;
      GStatBuf st;

      g_assert_cmpint (g_lstat (path, &st), ==, 0);
      if (target != NULL)
        g_hash_table_insert (files, key, g_strconcat ("link:", target, NULL));
      else if (S_ISDIR (st.st_mode))
        {
          g_hash_table_insert (files, key, g_strdup ("dir"));
          snapshot_into (files, root, path);
        }
      else if (!S_ISREG (st.st_mode))
        g_hash_table_insert (files, key, g_strdup_printf ("mode:%o", st.st_mode));
      else
        {
          g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
          g_hash_table_insert (files, key,
                               g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                            (guchar *) contents, length));
        }
    }
}

static GHashTable *
snapshot (const char *dir)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  snapshot_into (files, dir, dir);
  return files;
}

static void
assert_same_files (GHashTable *before,
                   GHashTable *after,
                   const char *what)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (g_hash_table_lookup (after, key), value) != 0)
      g_error ("%s: %s changed", what, (char *) key);
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (before, key))
      g_error ("%s: %s appeared", what, (char *) key);
}

static char *
checksum_of (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  /* Not a FIFO: reading it would wait for a writer. */
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) ||
      !g_file_get_contents (path, &contents, &length, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);
}

/* The database's set as found (the file a link points to, its -wal, -shm, -journal):
 * suffix → checksum, for files that were there. */
static GHashTable *
database_set (const char *db)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autofree char *real = realpath (db, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (real != NULL ? real : db, suffixes[i], NULL);
      char *sum = checksum_of (path);

      if (sum != NULL)
        g_hash_table_insert (set, (gpointer) suffixes[i], sum);
    }
  return set;
}

/* The copy kept, as a message names it: “…”. */
static char *
kept_name (const char *message)
{
  const char *start = strstr (message, "“");
  const char *end;

  g_assert_nonnull (start);
  start += strlen ("“");
  end = strstr (start, "”");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

/* Every file of the set found is kept, unchanged, under the kept name (the journal's copy of
 * the database too). */
static void
assert_kept (GHashTable *set,
             const char *message)
{
  g_autofree char *kept = kept_name (message);
  GHashTableIter iter;
  gpointer suffix, sum;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &suffix, &sum))
    {
      g_autofree char *path = g_strconcat (kept, suffix, NULL);
      g_autofree char *now = checksum_of (path);

      if (g_strcmp0 (now, sum) != 0)
        g_error ("%s was not kept whole as %s", (char *) suffix, path);
    }
}

/* Makes case @c in @data_home/strong-hips; returns the database's path. */
static char *
make_case (const Case *c,
           const char *data_home)
{
  g_autofree char *dir = g_build_filename (data_home, "strong-hips", NULL);
  char *db = g_build_filename (dir, "strong-hips.db", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  if (c->made)
    c->make (dir, db);
  else
    copy_from_corpus (c->name, dir);
  return db;
}

static void
unlock_folder (const char *data_home)
{
  g_autofree char *dir = g_build_filename (data_home, "strong-hips", NULL);

  g_chmod (dir, 0700);
}

/* ---- the modes ---------------------------------------------------------------------------- */

typedef struct
{
  const char *option;     /* with = its argument, or the whole option */
  const char *argument;   /* (nullable): a fixture's name, or "out" for the output */
  gboolean    opens;      /* opens the person's database */
  gboolean    reads;      /* the database must be ours and whole */
  gboolean    writes;     /* writes to the database */
  int         when_new;   /* exit status on a new, empty database */
} Mode;

static const Mode modes[] = {
  { "--export-csv", "out", TRUE, TRUE, FALSE, 0 },
  /* The log names own exercises, which a new database does not have. */
  { "--import-csv", "log.csv", TRUE, TRUE, TRUE, 1 },
  { "--import", "@strong.csv", TRUE, TRUE, TRUE, 0 },
  { "--backup", "out", TRUE, TRUE, FALSE, 0 },
  { "--restore", "backup.db", TRUE, FALSE, TRUE, 0 },
  { "--export-pdf", "out", TRUE, TRUE, FALSE, 1 },
  { "--export-programme", "out", TRUE, TRUE, FALSE, 1 },
  { "--import-programme", "shared.programme", TRUE, TRUE, TRUE, 0 },
  { "--generate --profile", "profile.ini", FALSE, FALSE, FALSE, 0 },
  { "--list-exercises", NULL, FALSE, FALSE, FALSE, 0 },
};

static int
expected_status (const Mode *mode,
                 Kind        kind)
{
  if (!mode->opens)
    return 0;
  switch (kind)
    {
    case KIND_GOOD:
    case KIND_JOURNAL:
      return 0;
    case KIND_NEW:
      return mode->when_new;
    case KIND_REPLACED:
      return mode->reads ? 1 : 0;
    case KIND_READ_ONLY:
      return mode->writes ? 1 : 0;
    case KIND_REFUSED:
    default:
      return 1;
    }
}

static void
run_mode (const Case *c,
          const Mode *mode)
{
  g_auto(HipTestRun) run = { 0 };
  g_autofree char *home = g_dir_make_tmp ("strong-hips-hostile-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (home, "out.file", NULL);
  g_autofree char *arg = NULL;
  g_autofree char *db = NULL;
  g_auto(GStrv) words = g_strsplit (mode->option, " ", -1);
  g_autoptr(GHashTable) before = NULL, after = NULL, set = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;
  int expected = expected_status (mode, c->kind);
  guint n = g_strv_length (words);

  db = make_case (c, home);
  set = database_set (db);
  before = snapshot (home);

  if (mode->argument == NULL)
    arg = NULL;
  else if (g_str_equal (mode->argument, "out"))
    arg = g_strdup (out);
  else if (mode->argument[0] == '@')
    arg = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "tests", "data",
                            mode->argument + 1, NULL);
  else
    arg = g_build_filename (fixtures, mode->argument, NULL);
  for (guint i = 0; i + 1 < n; i++)
    g_strv_builder_add (builder, words[i]);
  if (arg != NULL)
    {
      g_autofree char *option = g_strdup_printf ("%s=%s", words[n - 1], arg);

      g_strv_builder_add (builder, option);
    }
  else
    g_strv_builder_add (builder, words[n - 1]);
  args = g_strv_builder_end (builder);

  hip_test_run (&run, program, home, (const char * const *) args);
  unlock_folder (home);
  if (run.status != expected)
    g_error ("%s %s: exit %d, expected %d; it said: %s", c->name, mode->option, run.status,
             expected, run.err);
  /* No output when the mode failed. */
  if (expected != 0)
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  if (!mode->opens || c->kind == KIND_REFUSED || c->kind == KIND_READ_ONLY)
    {
      g_hash_table_remove (after = snapshot (home), "/out.file");
      assert_same_files (before, after, c->name);
    }
  if (mode->opens && c->kind == KIND_REFUSED)
    g_assert_nonnull (strstr (run.err, "has not been changed"));
  if (mode->opens && c->kind == KIND_READ_ONLY && mode->writes)
    g_assert_nonnull (strstr (run.err, "read-only"));
  /* --export-pdf does not open (or create) a database that is not there. */
  if (g_str_equal (mode->option, "--export-pdf") && !g_hash_table_contains (set, ""))
    {
      g_clear_pointer (&after, g_hash_table_unref);
      g_hash_table_remove (after = snapshot (home), "/out.file");
      assert_same_files (before, after, c->name);
    }
  else if (mode->opens && (c->kind == KIND_REPLACED || c->kind == KIND_JOURNAL))
    assert_kept (set, run.err);
  /* A log exported from data as it was is the log as it was. */
  if (g_str_equal (mode->option, "--export-csv") &&
      (c->kind == KIND_JOURNAL || c->kind == KIND_READ_ONLY || c->kind == KIND_GOOD))
    {
      g_autofree char *want = NULL, *have = NULL;
      g_autofree char *log = g_build_filename (fixtures, "log.csv", NULL);

      g_assert_true (g_file_get_contents (log, &want, NULL, NULL));
      g_assert_true (g_file_get_contents (out, &have, NULL, NULL));
      if (c->make == make_own_wal)
        g_assert_cmpuint (strlen (have), >, strlen (want));
      else
        g_assert_cmpstr (have, ==, want);
    }
  hip_test_remove_tree (home);
}

/* The window's open, through the coach: the problem bar's text names the copy kept. */
static void
open_in_window (const Case *c)
{
  g_autofree char *home = g_strdup (g_get_user_data_dir ());
  g_autofree char *db = make_case (c, home);
  g_autoptr(GHashTable) set = database_set (db);
  g_autoptr(GHashTable) before = snapshot (home);
  g_autoptr(GHashTable) after = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(HipCoach) coach = hip_coach_open_default (&problem);

  g_clear_object (&coach);
  unlock_folder (home);
  switch (c->kind)
    {
    case KIND_GOOD:
    case KIND_NEW:
      g_assert_null (problem);
      break;
    case KIND_REPLACED:
    case KIND_JOURNAL:
      g_assert_nonnull (problem);
      assert_kept (set, problem);
      break;
    case KIND_REFUSED:
      g_assert_nonnull (problem);
      g_assert_nonnull (strstr (problem, "has not been changed"));
      assert_same_files (before, after = snapshot (home), c->name);
      break;
    case KIND_READ_ONLY:
    default:
      g_assert_nonnull (problem);
      g_assert_nonnull (strstr (problem, "read-only"));
      assert_same_files (before, after = snapshot (home), c->name);
      break;
    }
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;

  open_in_window (c);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    run_mode (c, &modes[i]);
}

/* ---- the fixtures ------------------------------------------------------------------------- */

/* The fixtures come from the corpus's good database (@fresh FALSE: copied into place first),
 * or, to write the corpus, from a new one with a programme and a log. */
static void
make_fixtures (gboolean fresh)
{
  g_autofree char *home = g_build_filename (fixtures, "home", NULL);
  g_autofree char *db = g_build_filename (home, "strong-hips", "strong-hips.db", NULL);
  g_autofree char *csv = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "tests", "data",
                                           "strong.csv", NULL);
  g_autofree char *log = g_build_filename (fixtures, "log.csv", NULL);
  g_autofree char *backup = g_build_filename (fixtures, "backup.db", NULL);
  g_autofree char *shared = g_build_filename (fixtures, "shared.programme", NULL);
  g_autofree char *profile_file = g_build_filename (fixtures, "profile.ini", NULL);
  g_autofree char *text = NULL, *contents = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(HipCoach) coach = NULL;
  g_autoptr(HipPlan) plan = NULL;
  g_autoptr(HipImport) import = NULL;
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  gsize length;
  gint64 id;

  store = hip_store_new (db, &error);
  g_assert_no_error (error);
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  if (fresh)
    {
      hip_profile_init (&profile);
      plan = hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
      g_assert_true (hip_store_save_programme (store, plan, "Test", TRUE, &id, &error));
      g_assert_true (g_file_get_contents (csv, &text, &length, NULL));
      import = hip_store_prepare_import (store, catalogue, text, length, HIP_UNITS_KILOGRAMS,
                                         &error);
      g_assert_no_error (error);
      g_assert_true (hip_store_import (store, import, NULL, &error));
    }
  g_assert_true (hip_store_export_csv (store, log, NULL, &error));
  g_assert_true (hip_store_backup (store, backup, &error));
  coach = hip_coach_new (store);
  g_assert_true (hip_coach_export_programme (coach, shared, &error));
  g_assert_no_error (error);
  g_clear_object (&coach);
  g_clear_object (&store);
  g_assert_true (g_file_set_contents (profile_file, "[profile]\nlevel=beginner\nequipment=\n"
                                      "sessions-per-week=2\nminutes=20\nweeks=6\n", -1, NULL));

  /* Closed: the WAL is checkpointed into the file, which now holds everything, at this
   * schema (the corpus's good one may be older, and is migrated here). */
  g_assert_true (g_file_get_contents (db, &contents, &length, NULL));
  good_db = g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* test-hostile-db --write-corpus DIR: writes the file-made cases into DIR afresh. */
static int
write_corpus (const char *root)
{
  catalogue = hip_catalogue_new_default (NULL);
  fixtures = g_dir_make_tmp ("strong-hips-corpus-XXXXXX", NULL);
  make_fixtures (TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (!cases[i].made)
      write_corpus_case (&cases[i], root);
  hip_test_remove_tree (fixtures);
  return 0;
}

/* The corpus's good database, copied into the fixtures' home: the fixtures are read from it,
 * and the cases made at test time start from it, brought up to this schema. */
static void
load_good_from_corpus (void)
{
  g_autofree char *dir = g_build_filename (fixtures, "home", "strong-hips", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  copy_from_corpus ("good", dir);
}

int
main (int   argc,
      char *argv[])
{
  guint in_corpus = 0;
  int status;

  if (argc == 3 && g_str_equal (argv[1], "--write-corpus"))
    return write_corpus (argv[2]);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_assert_cmpint (argc, >=, 2);
  program = g_canonicalize_filename (argv[1], NULL);
  corpus = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "tests", "data", "hostile",
                             NULL);
  fixtures = g_dir_make_tmp ("strong-hips-corpus-XXXXXX", NULL);
  catalogue = hip_catalogue_new_default (NULL);
  load_good_from_corpus ();
  make_fixtures (FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    in_corpus += !cases[i].made;
  g_assert_cmpuint (in_corpus, >=, 30);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/core/hostile-db/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  status = g_test_run ();
  hip_test_remove_tree (fixtures);
  g_bytes_unref (good_db);
  g_object_unref (catalogue);
  g_free (program);
  g_free (fixtures);
  g_free (corpus);
  return status;
}
