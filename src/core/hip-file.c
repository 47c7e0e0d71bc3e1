/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hip-file.h"

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
