/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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
