/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one place the files a person asks for are written: exports, diagrams, handouts,
 * programme files and backups. What is at the path decides how:
 *
 * - a regular file, or nothing yet: written to a new file beside it, synced, and renamed over
 *   it, so a failure never leaves half a file and a replaced file keeps its permissions;
 * - a symbolic link: followed, and its target replaced that way; the link stays a link;
 * - a device or a FIFO (`/dev/stdout`, a pipe, `/dev/null`): written to directly, never
 *   replaced (so is a file reached through /proc's links to open files, as `/dev/stdout`
 *   redirected to a file is: appended to, where the shell put it);
 * - a folder or a socket: refused.
 *
 * Failures are said in words a person can act on: a full disk, a read-only folder. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hip-file.h"

/* Links followed before giving up, as the kernel does. */
#define MAX_LINKS 40
/* Room in a file name for the temporary file's ".NAME.XXXXXX". */
#define MAX_TEMP_BASE 200

/**
 * hip_file_ensure_parent_dir:
 * @path: a file the app is about to write
 *
 * Creates the folder @path is in, and its parents, readable only by the user.
 *
 * Returns: whether the folder exists now; if not, @error names it and says why
 */
gboolean
hip_file_ensure_parent_dir (const char  *path,
                            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * hip_file_set_write_error:
 * @path: the file that could not be written
 * @errsv: the `errno` of the failure
 *
 * Sets @error (in %G_FILE_ERROR) to say why @path could not be written, in words: a full disk
 * is a full disk, never an "I/O error".
 */
void
hip_file_set_write_error (GError     **error,
                          const char  *path,
                          int          errsv)
{
  GFileError code = g_file_error_from_errno (errsv);

  switch (errsv)
    {
    case ENOSPC:
    case EDQUOT:
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC,
                   _("There is not enough free space on the disk to write “%s”"), path);
      break;
    case EFBIG:
      g_set_error (error, G_FILE_ERROR, code,
                   _("“%s” would be larger than its disk allows for one file"), path);
      break;
    case EROFS:
      g_set_error (error, G_FILE_ERROR, code,
                   _("“%s” cannot be written: it is on a read-only disk"), path);
      break;
    case EACCES:
    case EPERM:
      g_set_error (error, G_FILE_ERROR, code,
                   _("“%s” cannot be written: you are not allowed to change it"), path);
      break;
    default:
      g_set_error (error, G_FILE_ERROR, code, _("Could not write “%s”: %s"), path,
                   g_strerror (errsv));
      break;
    }
}

/* As hip_file_set_write_error(), for a failure to make or rename a file in @target's folder. */
static void
set_folder_error (GError     **error,
                  const char  *target,
                  int          errsv)
{
  g_autofree char *dir = g_path_get_dirname (target);

  switch (errsv)
    {
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   _("“%s” cannot be written: the folder “%s” is read-only; choose another "
                     "folder"), target, dir);
      break;
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   _("“%s” cannot be written: there is no folder “%s”"), target, dir);
      break;
    default:
      hip_file_set_write_error (error, target, errsv);
      break;
    }
}

/* Whether @dir is in /proc, whose links (/proc/self/fd/1, reached from /dev/stdout) name
 * files a process holds open rather than paths to replace. */
static gboolean
is_in_proc (const char *dir)
{
  g_autofree char *real = realpath (dir, NULL);

  return real != NULL && g_str_has_prefix (real, "/proc/");
}

/* The file at the end of @path's links: the one to replace. */
static char *
follow_links (const char  *path,
              gboolean    *is_stream,
              GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *dir = NULL;
      g_autofree char *link = NULL;
      struct stat st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      dir = g_path_get_dirname (current);
      if (is_in_proc (dir))
        {
          *is_stream = TRUE;
          return g_steal_pointer (&current);
        }
      link = g_file_read_link (current, NULL);
      if (link == NULL)
        return g_steal_pointer (&current);
      g_free (current);
      /* A relative link is relative to the folder it is in. */
      current = g_path_is_absolute (link) ? g_steal_pointer (&link)
                                          : g_build_filename (dir, link, NULL);
    }
  hip_file_set_write_error (error, path, ELOOP);
  return NULL;
}

/**
 * hip_file_resolve_output:
 * @path: where the person asked for a file to be written
 * @is_stream: (out): set to whether the result is to be written to directly (a device, a
 *   FIFO), not replaced
 *
 * Says what writing to @path means: the file to replace (@path, or the target of its links)
 * or, with @is_stream set, the device or FIFO to write to. A folder or a socket is refused.
 *
 * Returns: (transfer full) (nullable): the path to write or replace; %NULL with @error set
 */
char *
hip_file_resolve_output (const char  *path,
                         gboolean    *is_stream,
                         GError     **error)
{
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (is_stream != NULL, NULL);

  *is_stream = FALSE;
  if (g_stat (path, &st) != 0)
    {
      int errsv = errno;

      /* Nothing there yet (or a link to nothing): a new file. */
      if (errsv != ENOENT)
        {
          hip_file_set_write_error (error, path, errsv);
          return NULL;
        }
    }
  else if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("“%s” is a folder: give the name of a file to write"), path);
      return NULL;
    }
  else if (S_ISSOCK (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("“%s” is a socket, which cannot be written as a file"), path);
      return NULL;
    }
  else if (!S_ISREG (st.st_mode))
    {
      *is_stream = TRUE;
      return g_strdup (path);
    }
  return follow_links (path, is_stream, error);
}

/* A new empty file beside @target, with @target's permissions when it exists; its
 * descriptor, or -1 with @error set. */
static int
open_temp (const char  *target,
           char       **temp_path,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *name = NULL;
  g_autofree char *temp = NULL;
  struct stat st;
  int fd;

  if (strlen (base) > MAX_TEMP_BASE)
    base[MAX_TEMP_BASE] = '\0';
  name = g_strdup_printf (".%s.XXXXXX", base);
  temp = g_build_filename (dir, name, NULL);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_folder_error (error, target, errno);
      return -1;
    }
  /* A replaced file keeps who may read it; a new one gets the umask's 0666. */
  if (g_stat (target, &st) == 0 && S_ISREG (st.st_mode))
    (void) fchmod (fd, st.st_mode & 07777);
  *temp_path = g_steal_pointer (&temp);
  return fd;
}

/**
 * hip_file_make_temp:
 * @target: a file to replace, as hip_file_resolve_output() gives it
 *
 * Makes a new empty file in @target's folder, for a writer that needs a path (SQLite) to fill
 * before hip_file_commit_temp() puts it in @target's place.
 *
 * Returns: (transfer full) (nullable): its path; %NULL with @error set
 */
char *
hip_file_make_temp (const char  *target,
                    GError     **error)
{
  char *temp = NULL;
  int fd;

  g_return_val_if_fail (target != NULL, NULL);

  fd = open_temp (target, &temp, error);
  if (fd < 0)
    return NULL;
  close (fd);
  return temp;
}

/**
 * hip_file_commit_temp:
 * @temp: a file of hip_file_make_temp(), written whole
 * @target: the file it replaces
 *
 * Renames @temp over @target in one step. On failure @temp is removed.
 *
 * Returns: %TRUE when @target is the new file
 */
gboolean
hip_file_commit_temp (const char  *temp,
                      const char  *target,
                      GError     **error)
{
  g_return_val_if_fail (temp != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (g_rename (temp, target) != 0)
    {
      int errsv = errno;

      g_remove (temp);
      set_folder_error (error, target, errsv);
      return FALSE;
    }
  return TRUE;
}

/* Writes all of @data to @fd; *@errsv is the failure's errno. */
static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length,
           int          *errsv)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          /* A write of nothing at all is a device that is full. */
          *errsv = n < 0 ? errno : ENOSPC;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* A device or FIFO: written to as it is. */
static gboolean
write_stream (const char    *path,
              const guint8  *data,
              gsize          length,
              GError       **error)
{
  int fd = g_open (path, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC, 0);
  int errsv = 0;
  gboolean written;

  if (fd < 0)
    {
      hip_file_set_write_error (error, path, errno);
      return FALSE;
    }
  written = write_all (fd, data, length, &errsv);
  if (close (fd) != 0 && written)
    {
      errsv = errno;
      written = FALSE;
    }
  if (!written)
    hip_file_set_write_error (error, path, errsv);
  return written;
}

/* A regular file or a new one: a whole new file, synced, then renamed over it. */
static gboolean
replace_atomically (const char    *target,
                    const guint8  *data,
                    gsize          length,
                    GError       **error)
{
  g_autofree char *temp = NULL;
  int fd = open_temp (target, &temp, error);
  int errsv = 0;
  gboolean written;

  if (fd < 0)
    return FALSE;
  written = write_all (fd, data, length, &errsv);
  if (written && g_fsync (fd) != 0)
    {
      errsv = errno;
      written = FALSE;
    }
  if (close (fd) != 0 && written)
    {
      errsv = errno;
      written = FALSE;
    }
  if (!written)
    {
      g_remove (temp);
      hip_file_set_write_error (error, target, errsv);
      return FALSE;
    }
  return hip_file_commit_temp (temp, target, error);
}

/**
 * hip_file_write:
 * @path: the file the person chose
 * @data: (array length=length): what to write
 * @length: its length in bytes
 *
 * Writes @data to @path as the top of this file says: a file is replaced whole or not at all
 * (a link's target, the link kept), a device or FIFO written to, a folder or socket refused.
 *
 * Returns: %TRUE when written; otherwise @error (in %G_FILE_ERROR) says why in words
 */
gboolean
hip_file_write (const char  *path,
                const void  *data,
                gsize        length,
                GError     **error)
{
  g_autofree char *target = NULL;
  gboolean is_stream = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  target = hip_file_resolve_output (path, &is_stream, error);
  if (target == NULL)
    return FALSE;
  if (is_stream)
    return write_stream (target, data, length, error);
  return replace_atomically (target, data, length, error);
}
