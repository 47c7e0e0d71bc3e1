/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line as other programs use it: `--generate` prints eleven columns (the last two
 * the day and the part of the session), and a profile value that cannot be read is refused
 * with the key named and exit status 1, never ignored; `--list-exercises` lists only what a
 * person buys. The program under test is the installed-to-be binary, run in a child. */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hip-test-run.h"

static char *program;

/* The characters of a long name a message shows before its ellipsis (hip-input.h's 60 less
 * one); the CLI test links GLib only. */
#define HIP_ECHO_CUT 59

/* Runs the program with @args in @dir, its data kept in @dir too. */
static void
run_args (HipTestRun  *run,
          const char  *dir,
          const char **args)
{
  hip_test_run (run, program, dir, args);
}

/* Runs the program with @profile_text (when given) in a file as --profile. */
static void
run_program (HipTestRun *run,
             const char *mode,
             const char *profile_text)
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "profile.ini", NULL);
  g_autofree char *option = g_strconcat ("--profile=", path, NULL);
  const char *args[] = { mode, profile_text != NULL ? option : NULL, NULL };

  if (profile_text != NULL)
    g_assert_true (g_file_set_contents (path, profile_text, -1, NULL));
  run_args (run, dir, args);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_generate_columns (void)
{
  g_auto(HipTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  run_program (&run, "--generate",
               "[profile]\nlevel=beginner\nequipment=\nsessions-per-week=2\nminutes=20\nweeks=6\n");
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++, n++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      guint64 day;

      g_assert_cmpuint (g_strv_length (fields), ==, 11);
      g_assert_true (g_ascii_string_to_unsigned (fields[9], 10, 0, 6, &day, NULL));
      g_assert_true (g_strv_contains ((const char *[]) { "warm-up", "main", "core", "cool-down",
                                                         NULL }, fields[10]));
    }
  /* Two sessions a week for six weeks, each with several prescriptions. */
  g_assert_cmpuint (n, >, 2 * 6 * 4);
  g_assert_nonnull (strstr (run.out, "\twarm-up\n"));
  g_assert_nonnull (strstr (run.out, "\tcool-down\n"));
}

typedef struct
{
  const char *text;
  const char *key;
} BadCase;

/* One stray byte that is not UTF-8, or a value of the wrong type: refused, the key named. */
static void
test_generate_refuses (void)
{
  static const BadCase cases[] = {
    { "[profile]\nhip-replacement=posterior\xff\n", "hip-replacement" },
    { "[profile]\nknee-pain=true\xfe\n", "knee-pain" },
    { "[profile]\nequipment=band;dumb\xc3\n", "equipment" },
    { "[profile]\nminutes=thirty\n", "minutes" },
    { "[profile]\ncolour=blue\n", "colour" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(HipTestRun) run = { 0 };

      run_program (&run, "--generate", cases[i].text);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, cases[i].key));
    }
}

/* The equipment column lists what a person buys: a chair or a mat never, a choice joined by |. */
static void
test_list_exercises (void)
{
  g_auto(HipTestRun) run = { 0 };

  run_program (&run, "--list-exercises", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.out, "chair"));
  g_assert_null (strstr (run.out, "\tmat"));
  g_assert_nonnull (strstr (run.out, "\tdumbbell|kettlebell\t"));
  g_assert_nonnull (strstr (run.out, "\nbrisk-walk\t"));
}

/* An option given outside its mode is refused with exit 2, the option named; so are two modes
 * at once and an argument no mode takes. */
static void
test_options_outside_their_mode (void)
{
  static const struct { const char *args[4]; const char *named; } cases[] = {
    { { "--format=png", NULL }, "--format" },
    { { "--generate", "--size=100", NULL }, "--size" },
    { { "--list-exercises", "--profile=p.ini", NULL }, "--profile" },
    { { "--export-csv=out.csv", "--output=x.svg", NULL }, "--output" },
    { { "--list-exercises", "--generate", NULL }, "one of" },
    { { "--version", "stray", NULL }, "stray" },
  };
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(HipTestRun) run = { 0 };

      run_args (&run, dir, (const char **) cases[i].args);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, cases[i].named));
    }
  hip_test_remove_tree (dir);
}

/* Every other mode, as its contract says: the version, a diagram written, the log exported and
 * imported again. */
static void
test_other_modes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "lunge.svg", NULL);
  g_autofree char *csv = g_build_filename (dir, "log.csv", NULL);
  const char *version[] = { "--version", NULL };
  const char *diagram[] = { "--export-diagram=forward-lunge", "--format=svg", "-o", svg, NULL };
  g_autofree char *export_option = g_strconcat ("--export-csv=", csv, NULL);
  g_autofree char *import_option = g_strconcat ("--import-csv=", csv, NULL);
  const char *export[] = { export_option, NULL };
  const char *import[] = { import_option, NULL };
  g_autofree char *contents = NULL;

  {
    g_auto(HipTestRun) run = { 0 };

    run_args (&run, dir, version);
    g_assert_cmpint (run.status, ==, 0);
    /* The contract of README.md; the metainfo's newest release is the same version. */
    g_assert_cmpstr (run.out, ==, "strong-hips 0.2.0\n");
  }
  {
    g_auto(HipTestRun) run = { 0 };

    run_args (&run, dir, diagram);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "<?xml") || g_str_has_prefix (contents, "<svg"));
  }
  {
    g_auto(HipTestRun) run = { 0 };

    run_args (&run, dir, export);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.err, "Exported 0 sets"));
  }
  {
    g_auto(HipTestRun) run = { 0 };

    run_args (&run, dir, import);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.err, "Imported 0 sets"));
  }
  /* --backup and --restore: 0 done, 1 refused (a CSV file is no backup), 2 without a file. */
  {
    g_autofree char *backup = g_build_filename (dir, "all.db", NULL);
    g_autofree char *backup_option = g_strconcat ("--backup=", backup, NULL);
    g_autofree char *restore_option = g_strconcat ("--restore=", backup, NULL);
    g_autofree char *refused_option = g_strconcat ("--restore=", csv, NULL);
    const char *cases[][2] = { { backup_option, NULL }, { restore_option, NULL },
                               { refused_option, NULL }, { "--backup=", NULL } };
    const int statuses[] = { 0, 0, 1, 2 };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_auto(HipTestRun) run = { 0 };

        run_args (&run, dir, cases[i]);
        g_assert_cmpint (run.status, ==, statuses[i]);
      }
    g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  }
  hip_test_remove_tree (dir);
}

/* `--import=FILE`: the summary on standard output; with --dry-run nothing is written, without
 * it the sets are added once (a second run adds none); a refused file exits 1 naming the line,
 * a missing file name or --dry-run alone exits 2. */
static void
test_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);
  g_autofree char *sample = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "tests",
                                              "data", "hevy.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.csv", NULL);
  g_autofree char *option = g_strconcat ("--import=", sample, NULL);
  g_autofree char *bad_option = g_strconcat ("--import=", bad, NULL);
  struct { const char *args[3]; int status; const char *out; const char *err; } runs[] = {
    { { option, "--dry-run", NULL }, 0, "Hevy: 2 workouts, 8 sets to add\n", "--dry-run" },
    { { option, "--dry-run", NULL }, 0, "Hevy: 2 workouts, 8 sets to add\n", "--dry-run" },
    { { option, NULL }, 0, "Hevy: 2 workouts, 8 sets to add\n", "Imported 8 sets" },
    { { option, NULL }, 0, "Hevy: 0 workouts, 0 sets to add\n", "Imported 0 sets" },
    { { bad_option, NULL }, 1, "", "Line 3: “ten” is not a number of repetitions" },
    { { "--import=", NULL }, 2, "", "needs a file name" },
    { { "--dry-run", NULL }, 2, "", "--dry-run goes with --import only" },
  };

  g_assert_true (g_file_set_contents (bad, "Date,Exercise,Set,Weight,Reps,Unit\n"
                                      "2023-11-20,Clamshell,1,0,10,kg\n"
                                      "2023-11-20,Clamshell,2,0,ten,kg\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_auto(HipTestRun) run = { 0 };

      run_args (&run, dir, runs[i].args);
      g_test_message ("%s: %d\n%s%s", runs[i].args[0], run.status, run.out, run.err);
      g_assert_cmpint (run.status, ==, runs[i].status);
      g_assert_true (g_str_has_prefix (run.out, runs[i].out));
      g_assert_nonnull (strstr (run.err, runs[i].err));
    }
  g_remove (bad);
  hip_test_remove_tree (dir);
}

/* Runs the program with one option, @option=@path, in @dir. */
static void
run_option (HipTestRun *run,
            const char *dir,
            const char *option,
            const char *path)
{
  g_autofree char *arg = g_strconcat (option, "=", path, NULL);
  const char *args[] = { arg, NULL };

  run_args (run, dir, args);
}

/* A programme to share: the example imports (saying what it added), exports, imports into
 * another person's data and exports the same file; importing it again reuses the own exercise;
 * a bad file is refused with exit 1, the key named, and adds nothing. */
static void
test_programme (void)
{
  g_autofree char *example = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "data",
                                               "programmes", "example.strong-hips-programme",
                                               NULL);
  g_autofree char *a = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);
  g_autofree char *b = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);
  g_autofree char *c = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);
  g_autofree char *sent = g_build_filename (a, "sent.strong-hips-programme", NULL);
  g_autofree char *again = g_build_filename (b, "again.strong-hips-programme", NULL);
  g_autofree char *bad = g_build_filename (c, "bad.strong-hips-programme", NULL);
  g_autofree char *first = NULL, *second = NULL, *text = NULL;
  g_auto(GStrv) halves = NULL;
  g_auto(HipTestRun) run1 = { 0 }, run2 = { 0 }, run3 = { 0 }, run4 = { 0 }, run5 = { 0 };
  g_auto(HipTestRun) run6 = { 0 }, run7 = { 0 }, run8 = { 0 }, run9 = { 0 };
  const char *bare[] = { "--import-programme=", NULL };
  const char *mixed[] = { "--export-programme=x", "--format=svg", NULL };

  run_option (&run1, a, "--import-programme", example);
  g_assert_cmpint (run1.status, ==, 0);
  g_assert_nonnull (strstr (run1.out, "“Hip strength from the clinic”"));
  g_assert_nonnull (strstr (run1.out, "4 sessions"));
  g_assert_nonnull (strstr (run1.out, "“Wall sit” (user-clinic-wall-sit): added"));
  run_option (&run2, a, "--export-programme", sent);
  g_assert_cmpint (run2.status, ==, 0);

  run_option (&run3, b, "--import-programme", sent);
  g_assert_cmpint (run3.status, ==, 0);
  run_option (&run4, b, "--export-programme", again);
  g_assert_cmpint (run4.status, ==, 0);
  g_assert_true (g_file_get_contents (sent, &first, NULL, NULL));
  g_assert_true (g_file_get_contents (again, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);

  run_option (&run5, a, "--import-programme", sent);
  g_assert_cmpint (run5.status, ==, 0);
  g_assert_nonnull (strstr (run5.out, "you have it already"));

  /* Three sets too many: refused, the key named, nothing added (there is still no programme
   * to export). */
  halves = g_strsplit (first, "\nSets=3\n", 2);
  text = g_strjoin ("\nSets=13\n", halves[0], halves[1], NULL);
  g_assert_true (g_file_set_contents (bad, text, -1, NULL));
  run_option (&run6, c, "--import-programme", bad);
  g_assert_cmpint (run6.status, ==, 1);
  g_assert_cmpstr (run6.out, ==, "");
  g_assert_nonnull (strstr (run6.err, "Exercise 2] Sets: “13”"));
  run_option (&run7, c, "--export-programme", bad);
  g_assert_cmpint (run7.status, ==, 1);
  g_assert_nonnull (strstr (run7.err, "no programme"));

  run_args (&run8, c, bare);
  g_assert_cmpint (run8.status, ==, 2);
  run_args (&run9, c, mixed);
  g_assert_cmpint (run9.status, ==, 2);
  g_assert_nonnull (strstr (run9.err, "--format"));
  hip_test_remove_tree (a);
  hip_test_remove_tree (b);
  hip_test_remove_tree (c);
}

/* Whether @text holds a byte a terminal acts on: ESC, BEL, CSI or another control but the
 * line break. */
static gboolean
has_raw_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (((guchar) *p < 0x20 && *p != '\n') || *p == 0x7f)
      return TRUE;
  return strstr (text, "\xc2\x9b") != NULL;
}

/* Input is bounded: /dev/zero (a device that never ends) and a 65 MiB file are refused at
 * once, with exit 1 and the limit named, by --import-csv, --import, --import-programme and
 * --generate's --profile; nothing is imported. */
static void
test_bounded_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);
  g_autofree char *big = g_build_filename (dir, "big.csv", NULL);
  const char *options[] = { "--import-csv", "--import", "--import-programme" };
  const char *paths[] = { "/dev/zero", big };
  int fd = g_open (big, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  /* Sparse: 65 MiB that take no room. */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 65 * 1024 * 1024), ==, 0);
  close (fd);
  for (guint o = 0; o < G_N_ELEMENTS (options); o++)
    for (guint f = 0; f < G_N_ELEMENTS (paths); f++)
      {
        g_auto(HipTestRun) run = { 0 };

        run_option (&run, dir, options[o], paths[f]);
        g_test_message ("%s=%s: %d %s", options[o], paths[f], run.status, run.err);
        g_assert_cmpint (run.status, ==, 1);
        g_assert_nonnull (strstr (run.err, ": the file is larger than "));
        g_assert_nonnull (strstr (run.err, "the most that is read"));
        g_assert_null (strstr (run.err, "Imported"));
      }
  {
    g_auto(HipTestRun) run = { 0 };
    const char *args[] = { "--generate", "--profile=/dev/zero", NULL };

    run_args (&run, dir, args);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, ": the file is larger than "));
  }
  g_remove (big);
  hip_test_remove_tree (dir);
}

/* An id with escape sequences (one sets the terminal's title, one clears it) is echoed escaped
 * by --import-csv and --import; a tracker's long exercise name is cut in the summary. */
static void
test_escaped_echoes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-cli-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "evil.csv", NULL);
  g_autofree char *strong = g_build_filename (dir, "strong.csv", NULL);
  g_autofree char *long_name = g_strnfill (100, 'L');
  g_autofree char *strong_text = g_strdup_printf (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n2024-03-04 18:02:11,A,1h,%s\xe2\x80\xae,1,0,10,0,0,,,\n", long_name);
  const char *modes[] = { "--import-csv", "--import" };

  g_assert_true (g_file_set_contents (csv, "started,finished,week,session,pain_before,"
                                      "pain_after,exercise_id,set,side,reps,seconds,load_kg,"
                                      "effort,pain,exercise_name\n2026-01-05T07:30:00+01:00,,1,1,"
                                      ",,\x1b]0;owned\x07\x1b[2Jx,1,both,10,0,,,,\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_auto(HipTestRun) run = { 0 };

      run_option (&run, dir, modes[i], csv);
      g_test_message ("%s: %d %s", modes[i], run.status, run.err);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_nonnull (strstr (run.err, "Line 2: unknown exercise “\\x1b]0;owned\\x07\\x1b[2Jx”"));
      g_assert_false (has_raw_control (run.err));
      g_assert_false (has_raw_control (run.out));
    }
  g_assert_true (g_file_set_contents (strong, strong_text, -1, NULL));
  {
    g_auto(HipTestRun) run = { 0 };
    const char *args[] = { NULL, "--dry-run", NULL };
    g_autofree char *option = g_strconcat ("--import=", strong, NULL);
    g_autofree char *shown = g_strconcat ("  ", long_name, NULL);

    args[0] = option;
    run_args (&run, dir, args);
    g_test_message ("%s", run.out);
    g_assert_cmpint (run.status, ==, 0);
    /* 59 of the name's characters and an ellipsis. */
    shown[2 + HIP_ECHO_CUT] = '\0';
    g_assert_nonnull (strstr (run.out, shown));
    g_assert_nonnull (strstr (run.out, "L…: 1 set\n"));
    g_assert_null (strstr (run.out, long_name));
    g_assert_null (strstr (run.out, "\xe2\x80\xae"));
  }
  g_remove (csv);
  g_remove (strong);
  hip_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  /* The children run in a folder of their own. */
  program = g_canonicalize_filename (argv[1], NULL);

  g_test_add_func ("/cli/generate/columns", test_generate_columns);
  g_test_add_func ("/cli/generate/refuses", test_generate_refuses);
  g_test_add_func ("/cli/list-exercises", test_list_exercises);
  g_test_add_func ("/cli/options-outside-their-mode", test_options_outside_their_mode);
  g_test_add_func ("/cli/other-modes", test_other_modes);
  g_test_add_func ("/cli/import", test_import);
  g_test_add_func ("/cli/programme", test_programme);
  g_test_add_func ("/cli/bounded-input", test_bounded_input);
  g_test_add_func ("/cli/escaped-echoes", test_escaped_echoes);

  status = g_test_run ();
  g_free (program);
  return status;
}
