/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line's outputs as README.md promises them, the program run as other programs
 * run it: standard output (a pipe here) takes the CSV, a diagram and the PDF handout; a FIFO
 * read by another program gets the whole export; through a link the target is replaced and
 * the link kept; a folder is refused with exit 1 and left as it was; a full device says so
 * with exit 1; a backup into a FIFO is refused without waiting for a reader. */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "hip-test-run.h"

#define CSV_HEADER "started,finished,week,session,"

static char *program;

/* Runs the program with @args in @dir, its data kept in @dir too. */
static void
run_args (HipTestRun         *run,
          const char         *dir,
          const char * const *args)
{
  hip_test_run (run, program, dir, args);
  g_test_message ("%s: exit %d\n%s", args[0], run->status, run->err);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("strong-hips-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Standard output, a pipe to the test: the export comes on it, and nothing else does. As root
 * the path is a link of the test's own to /proc/self/fd/1, as /dev/stdout is, so that a
 * regression could replace only that link, never the system's /dev/stdout. */
static void
test_stdout (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *own = g_build_filename (dir, "stdout", NULL);
  const char *out = geteuid () == 0 ? own : "/dev/stdout";
  g_autofree char *profile = g_build_filename (dir, "profile.ini", NULL);
  g_autofree char *profile_option = g_strconcat ("--profile=", profile, NULL);
  g_autofree char *csv = g_strconcat ("--export-csv=", out, NULL);
  g_autofree char *pdf = g_strconcat ("--export-pdf=", out, NULL);
  struct { const char *args[6]; const char *out; } runs[] = {
    { { csv, NULL }, CSV_HEADER },
    { { "--export-diagram=forward-lunge", "--format=svg", "-o", out, NULL }, "<svg" },
    { { pdf, profile_option, NULL }, "%PDF-" },
  };

  g_assert_cmpint (symlink ("/proc/self/fd/1", own), ==, 0);
  g_assert_true (g_file_set_contents (profile, "[profile]\nlevel=beginner\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(HipTestRun) run = { 0 };

      run_args (&run, dir, runs[i].args);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_true (g_str_has_prefix (run.out, runs[i].out) ||
                     (g_str_has_prefix (run.out, "<?xml") && strstr (run.out, runs[i].out)));
    }
  g_assert_true (g_file_test (own, G_FILE_TEST_IS_SYMLINK));
  hip_test_remove_tree (dir);
}

static gpointer
read_fifo_thread (gpointer data)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (data, &text, NULL, NULL));
  return text;
}

/* A FIFO read by another program gets the export; the FIFO stays a FIFO. A backup, a database
 * file, is refused there at once (no reader is waiting, so writing would block). */
static void
test_fifo (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *export = g_strconcat ("--export-csv=", fifo, NULL);
  g_autofree char *backup = g_strconcat ("--backup=", fifo, NULL);
  const char *export_args[] = { export, NULL };
  const char *backup_args[] = { backup, NULL };
  g_autofree char *read = NULL;
  GThread *reader;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    g_auto(HipTestRun) run = { 0 };

    reader = g_thread_new ("fifo-reader", read_fifo_thread, fifo);
    run_args (&run, dir, export_args);
    read = g_thread_join (reader);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (read, CSV_HEADER));
  }
  {
    g_auto(HipTestRun) run = { 0 };

    run_args (&run, dir, backup_args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "A backup must be a file"));
  }
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  hip_test_remove_tree (dir);
}

/* Through a link: its target replaced, the link kept, for the export and the backup. */
static void
test_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *csv = g_build_filename (dir, "log.csv", NULL);
  g_autofree char *db = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *csv_link = g_build_filename (dir, "latest.csv", NULL);
  g_autofree char *db_link = g_build_filename (dir, "latest.db", NULL);
  g_autofree char *export = g_strconcat ("--export-csv=", csv_link, NULL);
  g_autofree char *backup = g_strconcat ("--backup=", db_link, NULL);
  /* The log is empty: replacing an export that holds something takes --force. */
  const char *runs[][3] = { { export, "--force", NULL }, { backup, NULL, NULL } };
  const char *links[] = { csv_link, db_link };
  const char *targets[] = { "log.csv", "backup.db" };
  const char *starts[] = { CSV_HEADER, "SQLite format 3" };

  g_assert_true (g_file_set_contents (csv, "an older export", -1, NULL));
  g_assert_true (g_file_set_contents (db, "an older backup", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(HipTestRun) run = { 0 };
      g_autofree char *target = g_build_filename (dir, targets[i], NULL);
      g_autofree char *link_to = NULL;
      g_autofree char *contents = NULL;

      g_assert_cmpint (symlink (targets[i], links[i]), ==, 0);
      run_args (&run, dir, runs[i]);
      g_assert_cmpint (run.status, ==, 0);
      link_to = g_file_read_link (links[i], NULL);
      g_assert_cmpstr (link_to, ==, targets[i]);
      g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, starts[i]));
    }
  hip_test_remove_tree (dir);
}

/* A folder is refused by every output, exit 1, and stays an empty folder. */
static void
test_directory (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = g_build_filename (dir, "exports", NULL);
  g_autofree char *profile = g_build_filename (dir, "profile.ini", NULL);
  g_autofree char *profile_option = g_strconcat ("--profile=", profile, NULL);
  g_autofree char *csv = g_strconcat ("--export-csv=", folder, NULL);
  g_autofree char *backup = g_strconcat ("--backup=", folder, NULL);
  g_autofree char *pdf = g_strconcat ("--export-pdf=", folder, NULL);
  g_autofree char *said = g_strdup_printf ("“%s” is a folder", folder);
  const char *runs[][6] = {
    { csv, NULL },
    { backup, NULL },
    { pdf, profile_option, NULL },
    { "--export-diagram=forward-lunge", "--format=png", "-o", folder, NULL },
  };

  g_assert_true (g_file_set_contents (profile, "[profile]\nlevel=beginner\n", -1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(HipTestRun) run = { 0 };
      g_autoptr(GDir) handle = NULL;

      run_args (&run, dir, runs[i]);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_nonnull (strstr (run.err, said));
      handle = g_dir_open (folder, 0, NULL);
      g_assert_nonnull (handle);
      g_assert_null (g_dir_read_name (handle));
    }
  hip_test_remove_tree (dir);
}

/* A full device (/dev/full, or the test's own as root): the disk is full, said in words, exit 1,
 * and the device is still the device. */
static void
test_full_device (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *full = hip_test_make_device (dir, "full");
  g_autofree char *export = NULL;
  g_autofree char *said = NULL;
  g_auto(HipTestRun) run = { 0 };
  GStatBuf st;

  if (full == NULL)
    {
      hip_test_remove_tree (dir);
      return;
    }
  export = g_strconcat ("--export-csv=", full, NULL);
  said = g_strdup_printf ("There is not enough free space on the disk to write “%s”", full);
  {
    const char *args[] = { export, NULL };

    run_args (&run, dir, args);
  }
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, said));
  g_assert_null (strstr (run.err, "I/O"));
  g_assert_cmpint (g_lstat (full, &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  hip_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_assert_cmpint (argc, ==, 2);
  /* The children run in a folder of their own. */
  program = g_canonicalize_filename (argv[1], NULL);

  g_test_add_func ("/cli/output/stdout", test_stdout);
  g_test_add_func ("/cli/output/fifo", test_fifo);
  g_test_add_func ("/cli/output/symlink", test_symlink);
  g_test_add_func ("/cli/output/directory", test_directory);
  g_test_add_func ("/cli/output/full-device", test_full_device);

  status = g_test_run ();
  g_free (program);
  return status;
}
