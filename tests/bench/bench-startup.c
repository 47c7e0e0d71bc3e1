/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Start-up benchmark: wall time from spawning a process to its window's first frame (the
 * process quits there), for strong-hips with a new and with an existing database, and (given
 * the path bench-log leaves it at) with ten years of workouts, side by side with a bare
 * AdwApplicationWindow program on the same display. Prints one line of medians. */

#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#define ROUNDS 31

typedef struct { double wall_ms; double cpu_ms; } Sample;

static double
children_cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* Wall time from spawn to exit (the first frame), and the CPU time the process used. */
static Sample
run_once (const char  *program,
          char       **envp)
{
  const char *argv[] = { program, NULL };
  g_autoptr(GError) error = NULL;
  double cpu_before = children_cpu_ms ();
  gint64 start = g_get_monotonic_time ();
  int status = 0;
  Sample sample;

  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s failed: %s\n", program, error->message);
      exit (1);
    }
  sample.wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  sample.cpu_ms = children_cpu_ms () - cpu_before;
  return sample;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (const Sample *samples,
        gboolean      cpu)
{
  double values[ROUNDS];

  for (guint i = 0; i < ROUNDS; i++)
    values[i] = cpu ? samples[i].cpu_ms : samples[i].wall_ms;
  qsort (values, ROUNDS, sizeof (double), compare_doubles);
  return values[ROUNDS / 2];
}

static void
report (const char   *what,
        const Sample *samples,
        const Sample *bare)
{
  double wall = median (samples, FALSE), cpu = median (samples, TRUE);

  g_print (", %s %.1f ms wall (%.2fx) %.1f ms CPU (%.2fx)", what,
           wall, wall / median (bare, FALSE), cpu, cpu / median (bare, TRUE));
}

static void
remove_database (const char *data_home)
{
  static const char *files[] = { "strong-hips.db", "strong-hips.db-wal", "strong-hips.db-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (data_home, "strong-hips", files[i], NULL);

      g_remove (path);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("strong-hips-bench-XXXXXX", NULL);
  g_autofree char *app_dir = g_build_filename (data_home, "strong-hips", NULL);
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *ten_years_home = g_dir_make_tmp ("strong-hips-bench-XXXXXX", NULL);
  g_autofree char *ten_years_dir = g_build_filename (ten_years_home, "strong-hips", NULL);
  g_autofree char *ten_years_db = g_build_filename (ten_years_dir, "strong-hips.db", NULL);
  g_auto(GStrv) ten_years_envp = NULL;
  Sample bare[ROUNDS], fresh[ROUNDS], existing[ROUNDS], ten_years[ROUNDS];
  gboolean with_history = FALSE;

  if (argc != 3 && argc != 4)
    {
      g_printerr ("usage: %s STRONG-HIPS BARE-WINDOW [TEN-YEAR-DATABASE]\n", argv[0]);
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "STRONG_HIPS_QUIT_AFTER_FIRST_FRAME", "1", TRUE);

  /* The ten-year database is moved in whole; the app opens it as a returning user would. */
  if (argc == 4 && g_file_test (argv[3], G_FILE_TEST_EXISTS))
    {
      g_assert_cmpint (g_mkdir_with_parents (ten_years_dir, 0700), ==, 0);
      with_history = g_rename (argv[3], ten_years_db) == 0;
    }
  ten_years_envp = g_environ_setenv (g_strdupv (envp), "XDG_DATA_HOME", ten_years_home, TRUE);

  /* One untimed run of each warms the disk cache and the font cache for both alike. */
  run_once (argv[2], envp);
  run_once (argv[1], envp);
  if (with_history)
    run_once (argv[1], ten_years_envp);

  for (guint r = 0; r < ROUNDS; r++)
    {
      bare[r] = run_once (argv[2], envp);
      remove_database (data_home);
      fresh[r] = run_once (argv[1], envp);
      existing[r] = run_once (argv[1], envp);
      if (with_history)
        ten_years[r] = run_once (argv[1], ten_years_envp);
    }

  g_print ("startup to first frame (median of %d): bare window %.1f ms wall %.1f ms CPU",
           ROUNDS, median (bare, FALSE), median (bare, TRUE));
  report ("new database", fresh, bare);
  report ("existing database", existing, bare);
  if (with_history)
    report ("ten years of workouts", ten_years, bare);
  else
    g_print (" (no ten-year database: run the log benchmark first)");
  g_print ("\n");

  remove_database (data_home);
  remove_database (ten_years_home);
  g_rmdir (app_dir);
  g_rmdir (data_home);
  g_rmdir (ten_years_dir);
  g_rmdir (ten_years_home);
  return 0;
}
