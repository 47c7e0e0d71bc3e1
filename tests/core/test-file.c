/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where the files a person asks for are written (src/core/hip-file.c), and the backup that
 * shares its rules: a file is replaced whole (a new inode, its permissions kept, nothing left
 * beside it), a link's target is replaced and the link stays, a FIFO is written to as a reader
 * reads it, a device stays the device it was, a folder and a socket are refused; a full disk,
 * a file too large for its disk and a read-only folder are said in words, and the file that
 * was there is kept; a read-only database folder stops neither an export nor a backup. The
 * full disk and root's read-only folders are real mounts, made in a child's own mount
 * namespace (skipped where no test may mount). */

#include "config.h"

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "hip-file.h"
#include "hip-log.h"
#include "hip-store.h"
#include "hip-test-run.h"

/* A child's exit status for "this system lets no test mount". */
#define CANNOT_MOUNT 77

typedef void (*CheckFunc) (const char *dir);

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("strong-hips-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Some text of @size bytes, numbered lines, so that a part lost or repeated shows. */
static char *
make_text (gsize size)
{
  GString *text = g_string_sized_new (size + 16);

  for (guint line = 1; text->len < size; line++)
    g_string_append_printf (text, "line %u of the test's text\n", line);
  g_string_truncate (text, size);
  return g_string_free (text, FALSE);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces: what a failed write left beside a file. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* In a child of run_in_child(): mounts from now on are seen by this process only; the child
 * exits (and the test is skipped) when the system lets no test mount. */
static void
enter_own_mount_namespace (void)
{
  if (unshare (CLONE_NEWNS) != 0 || mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0)
    _exit (CANNOT_MOUNT);
}

/* Runs @check (@dir) in a child process; with @mount_options, a tmpfs of those options is
 * mounted at @dir first, in the child's own mount namespace so that no one else sees it.
 * Returns FALSE, the test skipped, when the system lets no test mount one. */
static gboolean
run_in_child (const char *dir,
              const char *mount_options,
              CheckFunc   check)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (mount_options != NULL)
        {
          enter_own_mount_namespace ();
          if (mount ("strong-hips-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, mount_options) != 0)
            _exit (CANNOT_MOUNT);
        }
      check (dir);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (WIFEXITED (status) && WEXITSTATUS (status) == CANNOT_MOUNT)
    {
      g_test_skip ("this system lets no test mount a folder of its own");
      return FALSE;
    }
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  return TRUE;
}

static void
test_regular_file (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "log.csv", NULL);
  g_autofree char *text = make_text (100000);
  g_autofree char *read = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;

  /* A new file. */
  g_assert_true (hip_file_write (path, "first", 5, &error));
  g_assert_no_error (error);
  read = read_text (path);
  g_assert_cmpstr (read, ==, "first");
  g_clear_pointer (&read, g_free);

  /* Replaced: a new file in its place, with the old one's permissions. */
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_true (hip_file_write (path, text, strlen (text), &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, !=, before.st_ino);
  g_assert_cmpint (after.st_mode & 07777, ==, 0640);
  read = read_text (path);
  g_assert_cmpstr (read, ==, text);
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "log.csv");
  hip_test_remove_tree (dir);
}

/* A chain of links, one relative and one absolute, and a link to nothing yet. */
static void
test_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *sub = g_build_filename (dir, "real", NULL);
  g_autofree char *target = g_build_filename (sub, "log.csv", NULL);
  g_autofree char *middle = g_build_filename (dir, "middle.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.csv", NULL);
  g_autofree char *new_target = g_build_filename (sub, "new.csv", NULL);
  g_autofree char *read = NULL;
  g_autofree char *middle_to = NULL;
  g_autofree char *link_to = NULL;
  g_autofree char *dangling_to = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real/log.csv", middle), ==, 0);
  g_assert_cmpint (symlink (middle, link), ==, 0);
  g_assert_cmpint (symlink ("real/new.csv", dangling), ==, 0);

  g_assert_true (hip_file_write (link, "new", 3, &error));
  g_assert_no_error (error);
  read = read_text (target);
  g_assert_cmpstr (read, ==, "new");
  middle_to = g_file_read_link (middle, NULL);
  link_to = g_file_read_link (link, NULL);
  g_assert_cmpstr (middle_to, ==, "real/log.csv");
  g_assert_cmpstr (link_to, ==, middle);

  g_assert_true (hip_file_write (dangling, "made", 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  dangling_to = g_file_read_link (dangling, NULL);
  g_assert_cmpstr (dangling_to, ==, "real/new.csv");
  g_clear_pointer (&read, g_free);
  read = read_text (new_target);
  g_assert_cmpstr (read, ==, "made");
  hip_test_remove_tree (dir);
}

/* A folder, or a link to one, is refused and left as it was. */
static void
test_directory (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = g_build_filename (dir, "exports", NULL);
  g_autofree char *link = g_build_filename (dir, "to-exports", NULL);
  const char *paths[] = { folder, link };

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("exports", link), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *names = NULL;
      g_autofree char *said = g_strdup_printf ("“%s” is a folder", paths[i]);

      g_assert_false (hip_file_write (paths[i], "x", 1, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
      g_assert_nonnull (strstr (error->message, said));
      names = list_dir (folder);
      g_assert_cmpstr (names, ==, "");
    }
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  hip_test_remove_tree (dir);
}

static gpointer
read_fifo_thread (gpointer data)
{
  char *text = NULL;

  /* Opening blocks until the writer opens it; reading ends when the writer closes it. */
  g_assert_true (g_file_get_contents (data, &text, NULL, NULL));
  return text;
}

/* A FIFO is written to, more than a pipe holds at once, and stays a FIFO. */
static void
test_fifo (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *text = make_text (300000);
  g_autofree char *read = NULL;
  g_autoptr(GError) error = NULL;
  GThread *reader;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = g_thread_new ("fifo-reader", read_fifo_thread, fifo);
  g_assert_true (hip_file_write (fifo, text, strlen (text), &error));
  g_assert_no_error (error);
  read = g_thread_join (reader);
  g_assert_cmpstr (read, ==, text);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  hip_test_remove_tree (dir);
}

/* A device like /dev/null is written to and stays the same device. */
static void
test_null_device (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *null = hip_test_make_device (dir, "null");
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;

  if (null != NULL)
    {
      g_assert_cmpint (g_lstat (null, &before), ==, 0);
      g_assert_true (hip_file_write (null, "nothing", 7, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_lstat (null, &after), ==, 0);
      g_assert_true (S_ISCHR (after.st_mode));
      g_assert_cmpuint (after.st_rdev, ==, before.st_rdev);
      g_assert_cmpuint (after.st_ino, ==, before.st_ino);
    }
  hip_test_remove_tree (dir);
}

/* /dev/full: writing fails with ENOSPC, said as a full disk, never an I/O error. */
static void
test_full_device (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *full = hip_test_make_device (dir, "full");
  g_autoptr(GError) error = NULL;
  g_autofree char *said = NULL;
  GStatBuf st;

  if (full != NULL)
    {
      said = g_strdup_printf ("There is not enough free space on the disk to write “%s”", full);
      g_assert_false (hip_file_write (full, "a set", 5, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
      g_assert_cmpstr (error->message, ==, said);
      g_assert_cmpint (g_lstat (full, &st), ==, 0);
      g_assert_true (S_ISCHR (st.st_mode));
    }
  hip_test_remove_tree (dir);
}

/* A file a process holds open, reached through /proc (as /dev/stdout is): written where the
 * descriptor is, not replaced. */
static void
test_open_descriptor (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *read = NULL;
  g_autofree char *fd_path = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  fd_path = g_strdup_printf ("/dev/fd/%d", fd);
  g_assert_true (hip_file_write (fd_path, "through the descriptor", 22, &error));
  g_assert_no_error (error);
  close (fd);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, ==, before.st_ino);
  read = read_text (path);
  g_assert_cmpstr (read, ==, "through the descriptor");
  hip_test_remove_tree (dir);
}

static void
test_socket (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "socket", NULL);
  g_autoptr(GError) error = NULL;
  struct sockaddr_un address = { .sun_family = AF_UNIX };
  int fd = socket (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  GStatBuf st;

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpuint (strlen (path), <, sizeof address.sun_path);
  strcpy (address.sun_path, path);
  g_assert_cmpint (bind (fd, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_false (hip_file_write (path, "x", 1, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "is a socket"));
  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  g_assert_true (S_ISSOCK (st.st_mode));
  close (fd);
  hip_test_remove_tree (dir);
}

/* Beyond the largest file allowed (RLIMIT_FSIZE, as a file system's limit would be): said so,
 * the old file kept, nothing left beside it. */
static void
check_too_large (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "log.csv", NULL);
  g_autofree char *text = make_text (64 * 1024);
  g_autofree char *read = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit limit = { 0 };

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  limit.rlim_cur = 4096;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  g_assert_false (hip_file_write (path, text, strlen (text), &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "would be larger than its disk allows"));
  read = read_text (path);
  g_assert_cmpstr (read, ==, "old");
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "log.csv");
}

static void
test_too_large (void)
{
  g_autofree char *dir = make_dir ();

  run_in_child (dir, NULL, check_too_large);
  hip_test_remove_tree (dir);
}

/* A disk that is full: 64 KiB, most of it taken. The export and the backup say so, keep the
 * file that was there and leave nothing beside it. */
static void
check_full_disk (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "log.csv", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autofree char *text = make_text (48 * 1024);
  g_autofree char *data_dir = make_dir ();
  g_autofree char *db = g_build_filename (data_dir, "strong-hips.db", NULL);
  g_autofree char *said = NULL;
  g_autofree char *read = NULL;
  g_autofree char *names = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (g_file_set_contents (filler, text, -1, NULL));
  g_assert_false (hip_file_write (path, text, strlen (text), &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  said = g_strdup_printf ("There is not enough free space on the disk to write “%s”", path);
  g_assert_cmpstr (error->message, ==, said);
  g_clear_error (&error);
  read = read_text (path);
  g_assert_cmpstr (read, ==, "old");

  store = hip_store_new (db, &error);
  g_assert_no_error (error);
  g_assert_false (hip_store_backup (store, backup, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "There is not enough free space on the disk"));
  g_assert_null (strstr (error->message, "I/O"));
  names = list_dir (dir);
  g_assert_cmpstr (names, ==, "filler log.csv");
  g_clear_object (&store);
  hip_test_remove_tree (data_dir);
}

static void
test_full_disk (void)
{
  g_autofree char *dir = make_dir ();

  run_in_child (dir, "size=64k,mode=0700", check_full_disk);
  hip_test_remove_tree (dir);
}

/* The database's own disk full: a write is refused with words a person understands, not
 * "disk I/O error", and what was saved before is still there. */
static void
check_database_disk_full (const char *dir)
{
  g_autofree char *db = g_build_filename (dir, "strong-hips.db", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autofree char *block = make_text (4096);
  g_autoptr(HipStore) store = hip_store_new (db, NULL);
  g_autoptr(GError) error = NULL;
  int pain = HIP_LOG_NONE, stiffness = HIP_LOG_NONE;
  FILE *out;

  g_assert_nonnull (store);
  g_assert_true (hip_store_save_checkin (store, "2026-11-24", 4, 3, &error));
  g_assert_no_error (error);
  /* Everything left on the disk, taken. */
  out = fopen (filler, "w");
  g_assert_nonnull (out);
  while (fwrite (block, 1, 4096, out) == 4096 && fflush (out) == 0)
    ;
  fclose (out);

  for (guint day = 1; day <= 28 && error == NULL; day++)
    {
      g_autofree char *date = g_strdup_printf ("2026-10-%02u", day);

      hip_store_save_checkin (store, date, 5, 5, &error);
    }
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "There is not enough free space on the disk"));
  g_assert_null (strstr (error->message, "I/O"));
  g_assert_true (hip_store_load_checkin (store, "2026-11-24", &pain, &stiffness, NULL));
  g_assert_cmpint (pain, ==, 4);
}

static void
test_database_disk_full (void)
{
  g_autofree char *dir = make_dir ();

  run_in_child (dir, "size=1m,mode=0700", check_database_disk_full);
  hip_test_remove_tree (dir);
}

/* A read-only folder: neither a new file nor one that is there can be written (a file is
 * replaced by renaming a new one over it), nor a backup, and the message names the folder. */
static void
check_read_only (const char *dir)
{
  g_autofree char *there = g_build_filename (dir, "there.csv", NULL);
  g_autofree char *new = g_build_filename (dir, "new.csv", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *data_dir = make_dir ();
  g_autofree char *db = g_build_filename (data_dir, "strong-hips.db", NULL);
  g_autoptr(HipStore) store = hip_store_new (db, NULL);
  const char *paths[] = { there, new, backup };

  g_assert_nonnull (store);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *said = g_strdup_printf ("the folder “%s” is read-only", dir);
      g_autofree char *names = NULL;

      if (paths[i] == backup)
        g_assert_false (hip_store_backup (store, backup, &error));
      else
        g_assert_false (hip_file_write (paths[i], "new", 3, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, said));
      names = list_dir (dir);
      g_assert_cmpstr (names, ==, "there.csv");
    }
  g_clear_object (&store);
  hip_test_remove_tree (data_dir);
}

/* Root may write in any folder: a read-only mount of the child's own. */
static void
check_read_only_mount (const char *dir)
{
  g_autofree char *there = g_build_filename (dir, "there.csv", NULL);

  g_assert_true (g_file_set_contents (there, "old", -1, NULL));
  g_assert_cmpint (mount ("none", dir, "none", MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  check_read_only (dir);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *there = g_build_filename (dir, "there.csv", NULL);

  if (geteuid () == 0)
    {
      run_in_child (dir, "size=64k,mode=0700", check_read_only_mount);
    }
  else
    {
      g_assert_true (g_file_set_contents (there, "old", -1, NULL));
      g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
      check_read_only (dir);
      g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
    }
  hip_test_remove_tree (dir);
}

/* An export and a backup read the database and write only where they are asked to: with the
 * database's folder read-only (to root, a read-only view of it mounted over it), both work and
 * nothing is added beside the database. */
static void
check_database_folder_read_only (const char *dir)
{
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *db = g_build_filename (data, "strong-hips.db", NULL);
  g_autofree char *csv = g_build_filename (out, "log.csv", NULL);
  g_autofree char *backup = g_build_filename (out, "backup.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sets = 1;

  g_assert_cmpint (g_mkdir (data, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (out, 0700), ==, 0);
  store = hip_store_new (db, &error);
  g_assert_no_error (error);
  before = list_dir (data);
  if (geteuid () == 0)
    {
      enter_own_mount_namespace ();
      g_assert_cmpint (mount (data, data, "none", MS_BIND, NULL), ==, 0);
      g_assert_cmpint (mount ("none", data, "none", MS_REMOUNT | MS_BIND | MS_RDONLY, NULL), ==, 0);
    }
  else
    {
      g_assert_cmpint (g_chmod (data, 0500), ==, 0);
    }
  g_assert_true (hip_store_export_csv (store, csv, &n_sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_sets, ==, 0);
  exported = read_text (csv);
  g_assert_true (g_str_has_prefix (exported, "started,finished,"));
  g_assert_true (hip_store_backup (store, backup, &error));
  g_assert_no_error (error);
  after = list_dir (data);
  g_assert_cmpstr (after, ==, before);
  g_clear_object (&store);
  if (geteuid () != 0)
    g_assert_cmpint (g_chmod (data, 0700), ==, 0);
}

static void
test_database_folder_read_only (void)
{
  g_autofree char *dir = make_dir ();

  run_in_child (dir, NULL, check_database_folder_read_only);
  hip_test_remove_tree (dir);
}

/* A backup is a database file: into a FIFO or a device it is refused (the FIFO never opened,
 * so no reader is needed), into a folder too; through a link its target is replaced. */
static void
test_backup_outputs (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = g_build_filename (dir, "strong-hips.db", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *target = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *link = g_build_filename (dir, "link.db", NULL);
  g_autofree char *link_to = NULL;
  g_autofree char *header = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *refused[] = { fifo, dir };
  GStatBuf st;

  store = hip_store_new (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_assert_false (hip_store_backup (store, refused[i], &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (strstr (error->message, "must be a file") != NULL ||
                     strstr (error->message, "is a folder") != NULL);
      g_clear_error (&error);
    }
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_true (g_file_set_contents (target, "an older backup", -1, NULL));
  g_assert_cmpint (symlink ("backup.db", link), ==, 0);
  g_assert_true (hip_store_backup (store, link, &error));
  g_assert_no_error (error);
  link_to = g_file_read_link (link, NULL);
  g_assert_cmpstr (link_to, ==, "backup.db");
  header = read_text (target);
  g_assert_true (g_str_has_prefix (header, "SQLite format 3"));
  g_clear_object (&store);
  hip_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/file/regular", test_regular_file);
  g_test_add_func ("/core/file/symlink", test_symlink);
  g_test_add_func ("/core/file/directory", test_directory);
  g_test_add_func ("/core/file/fifo", test_fifo);
  g_test_add_func ("/core/file/null-device", test_null_device);
  g_test_add_func ("/core/file/full-device", test_full_device);
  g_test_add_func ("/core/file/open-descriptor", test_open_descriptor);
  g_test_add_func ("/core/file/socket", test_socket);
  g_test_add_func ("/core/file/too-large", test_too_large);
  g_test_add_func ("/core/file/full-disk", test_full_disk);
  g_test_add_func ("/core/file/database-disk-full", test_database_disk_full);
  g_test_add_func ("/core/file/read-only-folder", test_read_only_folder);
  g_test_add_func ("/core/file/database-folder-read-only", test_database_folder_read_only);
  g_test_add_func ("/core/file/backup-outputs", test_backup_outputs);

  return g_test_run ();
}
