/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <gio/gio.h>

#include "hip-test-run.h"

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) && info != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
    }
  g_file_delete (file, NULL, NULL);
}

/* Removes the folder at @path with everything in it; fails the test if it is still there. */
void
hip_test_remove_tree (const char *path)
{
  g_autoptr(GFile) dir = g_file_new_for_path (path);

  remove_tree (dir);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Runs @program with @args in @dir, its data kept in @dir too (XDG_DATA_HOME), and keeps what
 * it printed and its exit status. */
void
hip_test_run (HipTestRun         *run,
              const char         *program,
              const char         *dir,
              const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", dir, TRUE);
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  g_strv_builder_add (builder, program);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  g_assert_true (g_spawn_sync (dir, argv, env, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                               &run->err, &wait_status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

void
hip_test_run_clear (HipTestRun *run)
{
  if (run->dir != NULL)
    hip_test_remove_tree (run->dir);
  g_free (run->dir);
  g_free (run->out);
  g_free (run->err);
}

/* A device like /dev/@name ("null" or "full") that a test may write to without any risk to the
 * system's own: as root, a node of the test's own in @dir (so a program that wrongly replaced
 * it would replace only that); otherwise /dev/@name itself, which only root could replace.
 * %NULL (and the test skipped) when neither can be written to. */
char *
hip_test_make_device (const char *dir,
                      const char *name)
{
  g_autofree char *system_path = g_build_filename ("/dev", name, NULL);
  g_autofree char *own = g_build_filename (dir, name, NULL);
  const char *path = system_path;
  struct stat st;
  int fd;

  g_assert_true (g_str_equal (name, "null") || g_str_equal (name, "full"));
  if (geteuid () == 0)
    {
      if (mknod (own, S_IFCHR | 0666, makedev (1, g_str_equal (name, "null") ? 3 : 7)) != 0)
        {
          g_test_skip_printf ("no device node of the test's own: %s", g_strerror (errno));
          return NULL;
        }
      path = own;
    }
  /* A folder mounted nodev opens no device. */
  fd = open (path, O_WRONLY | O_CLOEXEC);
  if (fd < 0 || fstat (fd, &st) != 0 || !S_ISCHR (st.st_mode))
    {
      g_test_skip_printf ("%s cannot be written to here", path);
      if (fd >= 0)
        close (fd);
      return NULL;
    }
  close (fd);
  return g_strdup (path);
}
