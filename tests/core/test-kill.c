/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kill -9 at random points: the headless import (`strong-hips --import-csv`) of a file of
 * thousands of sets, and the logging path (log-sets, which prints each set's id once the store
 * has acknowledged it), run in children that are killed with SIGKILL. After every kill the
 * database must pass `PRAGMA integrity_check`, open as it is (nothing moved aside), hold every
 * acknowledged set, and hold an import whole or not at all.
 *
 * test-kill STRONG-HIPS LOG-SETS; HIP_TEST_KILL_SEED sets the seed (the one used is printed, so a
 * failure can be run again), HIP_TEST_KILL_RUNS the runs of each kind (default 120). */
#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "hip-store.h"
#include "hip-test-run.h"

#define N_WORKOUTS 150
#define N_SETS_PER_WORKOUT 20     /* 3,000 sets in the imported file */
#define N_LOGGED 60               /* sets the logging child is asked to log */

static char *strong_hips, *log_sets;   /* absolute: the children run in folders of their own */
static char *template_db;         /* a database with the catalogue synced, copied for each run */
static char *csv_path;
static GRand *rng;
static guint n_runs = 120;

/* The file imported: N_WORKOUTS workouts on different days, each with N_SETS_PER_WORKOUT sets. */
static char *
make_csv (void)
{
  GString *out = g_string_new ("started,finished,week,session,pain_before,pain_after,exercise_id,"
                               "set,side,reps,seconds,load_kg,effort,pain,exercise_name\r\n");
  g_autoptr(GDateTime) first = g_date_time_new_utc (2021, 1, 4, 9, 0, 0);

  for (guint w = 0; w < N_WORKOUTS; w++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (first, w);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 30);
      g_autofree char *started = g_date_time_format (start, "%Y-%m-%dT%H:%M:%S+00:00");
      g_autofree char *finished = g_date_time_format (end, "%Y-%m-%dT%H:%M:%S+00:00");

      for (guint s = 0; s < N_SETS_PER_WORKOUT; s++)
        g_string_append_printf (out, "%s,%s,1,1,2,3,%s,%u,%s,10,0,%u,6,2,\r\n", started, finished,
                                s < 10 ? "clamshell" : "split-squat", s % 10 / 2 + 1,
                                s % 2 ? "right" : "left", 5 + w % 20);
    }
  return g_string_free (out, FALSE);
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
query_count (sqlite3    *db,
             const char *sql)
{
  g_autofree char *text = query_text (db, sql);

  g_assert_nonnull (text);
  return g_ascii_strtoll (text, NULL, 10);
}

/* The database in @dir after a kill: intact, and opened by the store as it is. Returns it open. */
static sqlite3 *
check_intact (const char *dir,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *check = NULL;
  const char *name;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  check = query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  store = hip_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_null (hip_store_get_recovered_path (store));
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_null (strstr (name, "corrupt"));
  return db;
}

static char *
db_path (const char *dir)
{
  return g_build_filename (dir, "strong-hips", "strong-hips.db", NULL);
}

/* A folder of its own with a copy of the template database; returns the database's path. */
static char *
prepare_run (char **dir)
{
  g_autofree char *data = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  gsize length;

  *dir = g_dir_make_tmp ("strong-hips-kill-XXXXXX", NULL);
  folder = g_build_filename (*dir, "strong-hips", NULL);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (g_file_get_contents (template_db, &data, &length, NULL));
  path = db_path (*dir);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return g_steal_pointer (&path);
}

static GPid
spawn (const char * const *argv,
       const char         *dir,
       int                *out_fd)
{
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", dir, TRUE);
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_assert_true (g_spawn_async_with_pipes (dir, (char **) argv, env,
                                           G_SPAWN_DO_NOT_REAP_CHILD |
                                           G_SPAWN_STDERR_TO_DEV_NULL |
                                           (out_fd == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0),
                                           NULL, NULL, &pid, NULL, out_fd, NULL, &error));
  g_assert_no_error (error);
  return pid;
}

/* Kills @pid (if it still runs) and reaps it; returns whether it had exited by itself, with 0. */
static gboolean
kill_and_reap (GPid pid)
{
  int status = 0;

  kill (pid, SIGKILL);
  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  if (WIFEXITED (status))
    {
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      return TRUE;
    }
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
  return FALSE;
}

/* An import run to the end: every set of the file is there, and how long it took (µs). */
static gint64
time_whole_import (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = prepare_run (&dir);
  g_autofree char *option = g_strconcat ("--import-csv=", csv_path, NULL);
  const char *argv[] = { strong_hips, option, NULL };
  gint64 start = g_get_monotonic_time ();
  GPid pid = spawn (argv, dir, NULL);
  int status = 0;
  sqlite3 *db;

  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  start = g_get_monotonic_time () - start;
  db = check_intact (dir, path);
  g_assert_cmpint (query_count (db, "SELECT count(*) FROM workout_set"), ==,
                   N_WORKOUTS * N_SETS_PER_WORKOUT);
  sqlite3_close (db);
  hip_test_remove_tree (dir);
  return start;
}

/* Imports killed after a random delay, from the start up to a little after a whole import
 * takes: each leaves the database with every set of the file or none. */
static void
test_import (void)
{
  gint64 whole = time_whole_import ();
  g_autofree char *option = g_strconcat ("--import-csv=", csv_path, NULL);
  const char *argv[] = { strong_hips, option, NULL };
  guint none = 0, all = 0;

  for (guint run = 0; run < n_runs; run++)
    {
      g_autofree char *dir = NULL;
      g_autofree char *path = prepare_run (&dir);
      gint64 delay = g_rand_int_range (rng, 0, (gint32) MIN (whole * 6 / 5, G_MAXINT32));
      GPid pid = spawn (argv, dir, NULL);
      gboolean finished;
      gint64 sets, workouts;
      sqlite3 *db;

      g_usleep (delay);
      finished = kill_and_reap (pid);
      db = check_intact (dir, path);
      sets = query_count (db, "SELECT count(*) FROM workout_set");
      workouts = query_count (db, "SELECT count(*) FROM workout");
      sqlite3_close (db);
      if (finished || sets != 0)
        {
          g_assert_cmpint (sets, ==, N_WORKOUTS * N_SETS_PER_WORKOUT);
          g_assert_cmpint (workouts, ==, N_WORKOUTS);
          all++;
        }
      else
        {
          g_assert_cmpint (workouts, ==, 0);
          none++;
        }
      hip_test_remove_tree (dir);
    }
  g_test_message ("%u imports left nothing, %u every set (a whole import: %" G_GINT64_FORMAT
                  " ms)", none, all, whole / 1000);
}

/* Reads lines from @fd into @ids until @n more are read or the child's output ends. */
static gboolean
read_ids (int        fd,
          GString   *pending,
          GPtrArray *ids,
          guint      n)
{
  guint wanted = ids->len + n;

  while (ids->len < wanted)
    {
      char buffer[256];
      char *newline;
      gssize got;

      while ((newline = strchr (pending->str, '\n')) != NULL && ids->len < wanted)
        {
          g_ptr_array_add (ids, g_strndup (pending->str, newline - pending->str));
          g_string_erase (pending, 0, newline - pending->str + 1);
        }
      if (ids->len >= wanted)
        break;
      got = read (fd, buffer, sizeof buffer);
      if (got < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (got, >=, 0);
      if (got == 0)
        return FALSE;
      g_string_append_len (pending, buffer, got);
    }
  return TRUE;
}

/* The logging child killed after a random number of acknowledged sets (and a random few
 * microseconds more, to land inside the next write): every set acknowledged, up to the last
 * line it printed, is in the database. */
static void
test_logging (void)
{
  g_autofree char *count = g_strdup_printf ("%u", N_LOGGED);
  const char *argv[] = { log_sets, NULL, count, NULL };
  guint acknowledged = 0;

  for (guint run = 0; run < n_runs; run++)
    {
      g_autofree char *dir = NULL;
      g_autofree char *path = prepare_run (&dir);
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) pending = g_string_new (NULL);
      guint kill_after = g_rand_int_range (rng, 0, N_LOGGED + 1);
      int fd = -1;
      GPid pid;
      sqlite3 *db;

      argv[1] = path;
      pid = spawn (argv, dir, &fd);
      read_ids (fd, pending, ids, kill_after);
      g_usleep (g_rand_int_range (rng, 0, 3000));
      kill_and_reap (pid);
      /* Whatever it printed before it died was acknowledged too. */
      read_ids (fd, pending, ids, G_MAXUINT / 2);
      close (fd);

      db = check_intact (dir, path);
      for (guint i = 0; i < ids->len; i++)
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM workout_set WHERE id = %"
                                                  G_GINT64_FORMAT,
                                                  g_ascii_strtoll (ids->pdata[i], NULL, 10));

          g_assert_cmpint (query_count (db, sql), ==, 1);
        }
      g_assert_cmpint (query_count (db, "SELECT count(*) FROM workout_set"), >=, ids->len);
      g_assert_cmpint (query_count (db, "SELECT count(*) FROM workout_set"), <=, ids->len + 1);
      sqlite3_close (db);
      acknowledged += ids->len;
      hip_test_remove_tree (dir);
    }
  g_test_message ("%u acknowledged sets, all found", acknowledged);
}

int
main (int   argc,
      char *argv[])
{
  const char *seed_text = g_getenv ("HIP_TEST_KILL_SEED");
  const char *runs_text = g_getenv ("HIP_TEST_KILL_RUNS");
  guint32 seed = seed_text != NULL ? (guint32) g_ascii_strtoull (seed_text, NULL, 10) : 20;
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  int result;

  /* No G_TEST_OPTION_ISOLATE_DIRS: every run has a folder of its own already. */
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 3);
  strong_hips = g_canonicalize_filename (argv[1], NULL);
  log_sets = g_canonicalize_filename (argv[2], NULL);
  if (runs_text != NULL)
    n_runs = (guint) g_ascii_strtoull (runs_text, NULL, 10);
  g_test_message ("seed %u (HIP_TEST_KILL_SEED), %u runs of each kind", seed, n_runs);
  rng = g_rand_new_with_seed (seed);

  /* The template: a database made by the logging path with no set. */
  dir = g_dir_make_tmp ("strong-hips-kill-XXXXXX", NULL);
  template_db = g_build_filename (dir, "template.db", NULL);
  {
    const char *make[] = { log_sets, template_db, "0", NULL };
    g_auto(HipTestRun) run = { 0 };

    hip_test_run (&run, log_sets, dir, make + 1);
    g_assert_cmpint (run.status, ==, 0);
  }
  csv = make_csv ();
  csv_path = g_build_filename (dir, "thousands.csv", NULL);
  g_assert_true (g_file_set_contents (csv_path, csv, -1, NULL));

  g_test_add_func ("/kill/import", test_import);
  g_test_add_func ("/kill/logging", test_logging);
  result = g_test_run ();
  hip_test_remove_tree (dir);
  g_rand_free (rng);
  g_free (template_db);
  g_free (strong_hips);
  g_free (log_sets);
  g_free (csv_path);
  return result;
}
