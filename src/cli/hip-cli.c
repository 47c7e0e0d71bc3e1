/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line: every mode that needs no display, run before any GTK start. It
 * links the core and the diagram only. Each option belongs to one mode; an option given
 * outside its mode is an error (exit 2) that names it. The output formats and exit codes are
 * contracts other programs read: README.md documents them and tests/test-cli.c pins them. */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-cli.h"
#include "hip-cli-import.h"
#include "hip-cli-programme.h"
#include "hip-cli-store.h"
#include "hip-diagram.h"
#include "hip-exercise.h"
#include "hip-handout-command.h"
#include "hip-planner.h"
#include "hip-store.h"

typedef struct
{
  gboolean  version;
  gboolean  list_exercises;
  char     *export_diagram;
  char     *format;
  /* Strings, not numbers, so that a bad value gets our message, not GOption's. */
  char     *time;
  char     *size;
  char     *output;
  gboolean  generate;
  char     *profile;
  char     *export_csv;
  char     *import_csv;
  char     *backup;
  char     *restore;
  char     *export_pdf;
  char     *week;
  char     *import;
  gboolean  dry_run;
  char     *export_programme;
  char     *import_programme;
  gboolean  force;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->export_diagram);
  g_free (options->format);
  g_free (options->time);
  g_free (options->size);
  g_free (options->output);
  g_free (options->profile);
  g_free (options->export_csv);
  g_free (options->import_csv);
  g_free (options->backup);
  g_free (options->restore);
  g_free (options->export_pdf);
  g_free (options->week);
  g_free (options->import);
  g_free (options->export_programme);
  g_free (options->import_programme);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* The catalogue for a headless command; when it cannot be read, says why on standard error. */
static HipCatalogue *
load_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  HipCatalogue *catalogue = hip_catalogue_new_default (&error);

  if (catalogue == NULL)
    g_printerr (_("Could not load the exercise catalogue: %s\n"), error->message);
  return catalogue;
}

static int
list_exercises (void)
{
  g_autoptr(HipCatalogue) catalogue = load_catalogue ();
  g_autofree char *listing = NULL;

  if (catalogue == NULL)
    return 1;
  listing = hip_catalogue_format_listing (catalogue);
  g_print ("%s", listing);
  return 0;
}

/* `--export-diagram`: exit status 0 written, 1 the export failed, 2 a bad command line. */
static int
export_diagram (const Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = NULL;
  g_autoptr(GHashTable) motions = NULL;
  const char *id = options->export_diagram;
  const char *format_name = options->format;
  const char *output = options->output;
  const char *time_text = options->time;
  const char *size_text = options->size;
  HipDiagramFormat format = HIP_DIAGRAM_FORMAT_SVG;
  HipDiagramView view;
  HipExercise *exercise;
  HipMotion *motion;
  double time = -1;
  gint64 size = 480;

  if (format_name != NULL && !hip_diagram_format_from_name (format_name, &format))
    {
      g_printerr (_("Unknown format “%s”: use svg, png or animated-svg\n"), format_name);
      return 2;
    }
  if (output == NULL || *output == '\0')
    {
      g_printerr (_("--export-diagram needs --output=FILE\n"));
      return 2;
    }
  if (size_text != NULL && !g_ascii_string_to_signed (size_text, 10, 16, 8192, &size, NULL))
    {
      g_printerr (_("--size must be a whole number of pixels from 16 to 8192\n"));
      return 2;
    }
  if (time_text != NULL)
    {
      char *end = NULL;

      time = g_ascii_strtod (time_text, &end);
      if (end == time_text || *end != '\0' || !(time >= 0 && time < 3600))
        {
          g_printerr (_("--time must be a number of seconds, 0 or more\n"));
          return 2;
        }
    }

  catalogue = load_catalogue ();
  if (catalogue == NULL)
    return 1;
  motions = hip_motion_load_default (&error);
  if (motions == NULL)
    {
      g_printerr (_("Could not load the diagrams: %s\n"), error->message);
      return 1;
    }
  exercise = hip_catalogue_lookup (catalogue, id);
  if (exercise == NULL)
    {
      g_printerr (_("Unknown exercise “%s”; strong-hips --list-exercises lists the ids\n"), id);
      return 1;
    }
  motion = g_hash_table_lookup (motions, hip_exercise_get_motion (exercise));
  if (motion == NULL)
    {
      g_printerr (_("The exercise “%s” has no diagram\n"), id);
      return 1;
    }

  if (time < 0)
    time = hip_motion_get_still_time (motion);
  hip_diagram_view_init (&view, motion);
  view.title = hip_exercise_get_name (exercise);
  view.planes = hip_exercise_get_planes (exercise);
  if (!hip_diagram_export (motion, &view, format, time, size, output, &error))
    {
      g_printerr (_("Could not write the diagram: %s\n"), error->message);
      return 1;
    }
  return 0;
}

/* `--generate --profile=FILE`: the plan on standard output, what was changed on standard
 * error; the user's database is not touched. Exit 0, 1 when the profile is refused, 2 without
 * --profile. */
static int
generate (const Options *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = NULL;
  g_autoptr(HipPlan) plan = NULL;
  const char *path = options->profile;
  g_autofree char *tsv = NULL;
  HipProfile profile;

  if (path == NULL || *path == '\0')
    {
      g_printerr (_("--generate needs --profile=FILE\n"));
      return 2;
    }
  hip_profile_init (&profile);
  if (!hip_profile_load_file (&profile, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  catalogue = load_catalogue ();
  if (catalogue == NULL)
    return 1;

  plan = hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
  for (guint i = 0; i < plan->notes->len; i++)
    g_printerr (_("Note: %s\n"), (const char *) plan->notes->pdata[i]);
  tsv = hip_plan_format_tsv (plan);
  g_print ("%s", tsv);
  return 0;
}

/* The user's database for a headless command, with the catalogue synced into it (sets name
 * exercises by id); when it cannot be opened, or was replaced and @reads_data, says why on
 * standard error. */
static HipStore *
open_user_store (gboolean reads_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = load_catalogue ();
  g_autoptr(HipStore) store = NULL;

  if (catalogue == NULL)
    return NULL;
  store = hip_cli_open_store (reads_data);
  if (store == NULL)
    return NULL;
  if (!hip_store_sync_catalogue (store, catalogue, NULL, &error))
    {
      g_printerr (_("Could not open your data: %s\n"), error->message);
      return NULL;
    }
  return g_steal_pointer (&store);
}

/* Whether an export of the log would be empty while @path holds something: replacing a good
 * export with an empty one needs --force. */
static gboolean
would_empty (HipStore    *store,
             const char  *path,
             gboolean    *empty,
             GError     **error)
{
  g_autoptr(GPtrArray) workouts = hip_store_list_workouts (store, NULL, NULL, FALSE, error);
  g_autoptr(GPtrArray) activities = NULL;
  GStatBuf st;

  if (workouts == NULL || (activities = hip_store_load_psfs_activities (store, error)) == NULL)
    return FALSE;
  *empty = workouts->len == 0 && activities->len == 0 &&
           g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0;
  return TRUE;
}

/* `--export-csv=FILE` and `--import-csv=FILE`: exit 0 done, 1 failed (the message says why;
 * an import that fails adds nothing). */
static int
csv_command (const Options *options,
             gboolean       import)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = NULL;
  const char *path = import ? options->import_csv : options->export_csv;
  gboolean empty = FALSE;
  guint n_sets = 0;

  if (path == NULL || *path == '\0')
    {
      g_printerr (_("--%s needs a file name\n"), import ? "import-csv" : "export-csv");
      return 2;
    }
  store = open_user_store (TRUE);
  if (store == NULL)
    return 1;
  if (!import && !options->force && !would_empty (store, path, &empty, &error))
    {
      g_printerr (_("Could not export to %s: %s\n"), path, error->message);
      return 1;
    }
  if (empty)
    {
      g_printerr (_("Your log is empty and %s is not: nothing was written. Use --force to "
                    "replace it with an empty export.\n"), path);
      return 1;
    }
  if (import ? !hip_store_import_csv (store, path, &n_sets, NULL, &error)
             : !hip_store_export_csv (store, path, &n_sets, &error))
    {
      g_printerr (import ? _("Nothing was imported from %s: %s\n")
                         : _("Could not export to %s: %s\n"), path, error->message);
      return 1;
    }
  g_printerr (import ? ngettext ("Imported %u set from %s\n", "Imported %u sets from %s\n",
                                 n_sets)
                     : ngettext ("Exported %u set to %s\n", "Exported %u sets to %s\n", n_sets),
              n_sets, path);
  return 0;
}

/* `--backup=FILE` and `--restore=FILE`: exit 0 done, 1 failed (a refused or failed restore
 * changes nothing), 2 without a file name. */
static int
backup_command (const Options *options,
                gboolean       restore)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autofree char *kept = NULL;
  const char *path = restore ? options->restore : options->backup;

  if (path == NULL || *path == '\0')
    {
      g_printerr (_("--%s needs a file name\n"), restore ? "restore" : "backup");
      return 2;
    }
  /* A restore replaces the data, so it may follow a damaged file; a backup reads it. */
  store = open_user_store (!restore);
  if (store == NULL)
    return 1;
  if (restore ? !hip_store_restore (store, path, &kept, &error)
              : !hip_store_backup (store, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (restore)
    g_printerr (_("Restored from %s; the data as it was is kept in %s\n"), path, kept);
  else
    g_printerr (_("Backed up to %s\n"), path);
  return 0;
}

/* The options of one mode beyond the mode's own, and the mode they belong to. */
static gboolean
check_mode_options (const Options *options,
                    const char    *mode)
{
  const struct
  {
    const char *name;
    gboolean    given;
    const char *mode;
    const char *also;  /* (nullable): a second mode it belongs to */
  } owned[] = {
    { "--format", options->format != NULL, "--export-diagram", NULL },
    { "--time", options->time != NULL, "--export-diagram", NULL },
    { "--size", options->size != NULL, "--export-diagram", NULL },
    { "--output", options->output != NULL, "--export-diagram", NULL },
    { "--profile", options->profile != NULL, "--generate", "--export-pdf" },
    { "--week", options->week != NULL, "--export-pdf", NULL },
    { "--dry-run", options->dry_run, "--import", NULL },
    { "--force", options->force, "--export-csv", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (owned); i++)
    if (owned[i].given && g_strcmp0 (owned[i].mode, mode) != 0 &&
        (owned[i].also == NULL || g_strcmp0 (owned[i].also, mode) != 0))
      {
        if (owned[i].also != NULL)
          g_printerr (_("%s goes with %s or %s only\n"), owned[i].name, owned[i].mode,
                      owned[i].also);
        else
          g_printerr (_("%s goes with %s only\n"), owned[i].name, owned[i].mode);
        return FALSE;
      }
  return TRUE;
}

/* The one mode asked for, or NULL for none; *@many when more than one was. */
static const char *
chosen_mode (const Options *options,
             gboolean      *many)
{
  const struct { const char *name; gboolean given; } modes[] = {
    { "--version", options->version },
    { "--list-exercises", options->list_exercises },
    { "--export-diagram", options->export_diagram != NULL },
    { "--generate", options->generate },
    { "--export-csv", options->export_csv != NULL },
    { "--import-csv", options->import_csv != NULL },
    { "--backup", options->backup != NULL },
    { "--restore", options->restore != NULL },
    { "--export-pdf", options->export_pdf != NULL },
    { "--import", options->import != NULL },
    { "--export-programme", options->export_programme != NULL },
    { "--import-programme", options->import_programme != NULL },
  };
  const char *mode = NULL;

  *many = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    if (modes[i].given)
      {
        *many |= mode != NULL;
        mode = modes[i].name;
      }
  return mode;
}

static int
run_mode (const Options *options,
          const char    *mode)
{
  if (g_str_equal (mode, "--version"))
    {
      g_print ("strong-hips %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_str_equal (mode, "--list-exercises"))
    return list_exercises ();
  if (g_str_equal (mode, "--export-diagram"))
    return export_diagram (options);
  if (g_str_equal (mode, "--generate"))
    return generate (options);
  if (g_str_equal (mode, "--export-pdf"))
    return hip_handout_command_run (options->export_pdf, options->week, options->profile);
  if (g_str_equal (mode, "--import"))
    return hip_cli_import (options->import, options->dry_run);
  if (g_str_equal (mode, "--export-programme"))
    return hip_cli_export_programme (options->export_programme);
  if (g_str_equal (mode, "--import-programme"))
    return hip_cli_import_programme (options->import_programme);
  if (g_str_equal (mode, "--backup") || g_str_equal (mode, "--restore"))
    return backup_command (options, g_str_equal (mode, "--restore"));
  return csv_command (options, g_str_equal (mode, "--import-csv"));
}

/**
 * hip_cli_run:
 * @argc: the program's argument count
 * @argv: its arguments; left as they are
 * @status: (out): the exit status, when a headless mode ran
 *
 * Runs the headless mode @argv asks for, if any.
 *
 * Returns: %TRUE when a mode ran (or the command line was refused): exit with *@status;
 *   %FALSE when the window is wanted
 */
gboolean
hip_cli_run (int    argc,
             char **argv,
             int   *status)
{
  g_auto(Options) options = { 0 };
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &options.version, N_("Print the version and exit"),
      NULL },
    { "list-exercises", 0, 0, G_OPTION_ARG_NONE, &options.list_exercises,
      N_("Print every exercise as a tab-separated line and exit"), NULL },
    { "export-diagram", 0, 0, G_OPTION_ARG_STRING, &options.export_diagram,
      N_("Write the diagram of exercise ID to a file (see --format, --output) and exit"),
      N_("ID") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("Diagram format: svg, png or animated-svg (default svg)"), N_("FORMAT") },
    { "time", 0, 0, G_OPTION_ARG_STRING, &options.time,
      N_("Moment of the motion a still shows, in seconds (default: its key pose)"),
      N_("SECONDS") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &options.size,
      N_("Diagram width and height in pixels (default 480)"), N_("PX") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The file to write"),
      N_("FILE") },
    { "generate", 0, 0, G_OPTION_ARG_NONE, &options.generate,
      N_("Print a programme for the profile given with --profile, tab-separated, and exit"),
      NULL },
    { "profile", 0, 0, G_OPTION_ARG_FILENAME, &options.profile,
      N_("A profile (key file with a [profile] group) for --generate or --export-pdf"),
      N_("FILE") },
    { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, &options.export_csv,
      N_("Write the workout log to a CSV file and exit"), N_("FILE") },
    { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, &options.import_csv,
      N_("Add the workouts of a CSV file to the log (all or nothing) and exit"), N_("FILE") },
    { "backup", 0, 0, G_OPTION_ARG_FILENAME, &options.backup,
      N_("Copy all your data to FILE and exit"), N_("FILE") },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, &options.restore,
      N_("Replace all your data with a backup's (the data as it was is kept) and exit"),
      N_("FILE") },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &options.export_pdf,
      N_("Write a printable handout of a programme week as PDF (see --week, --profile) and exit"),
      N_("FILE") },
    { "week", 0, 0, G_OPTION_ARG_STRING, &options.week,
      N_("The week --export-pdf prints (default 1)"), N_("N") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &options.import,
      N_("Add the workouts of a Strong, FitNotes, Hevy or JEFIT export, or of this app’s CSV, "
         "to the log (all or nothing), print what was added and exit"), N_("FILE") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &options.dry_run,
      N_("With --import: print what would be added, and write nothing"), NULL },
    { "force", 0, 0, G_OPTION_ARG_NONE, &options.force,
      N_("With --export-csv: replace the file even with an empty log's export"), NULL },
    { "export-programme", 0, 0, G_OPTION_ARG_FILENAME, &options.export_programme,
      N_("Write the active programme to a file to share and exit"), N_("FILE") },
    { "import-programme", 0, 0, G_OPTION_ARG_FILENAME, &options.import_programme,
      N_("Add the programme of a shared file as a new programme and exit"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(GStrv) args = g_strdupv (argv);
  g_autoptr(GError) error = NULL;
  const char *mode;
  gboolean many;

  /* The window's own options (GApplication's, GTK's) pass through untouched. */
  g_option_context_set_ignore_unknown_options (context, TRUE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* parse_strv, not parse: it frees the arguments it takes out of the copy. */
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("%s\n", error->message);
      *status = 2;
      return TRUE;
    }
  mode = chosen_mode (&options, &many);
  if (many)
    {
      g_printerr (_("Give one of --version, --list-exercises, --export-diagram, --generate, "
                    "--export-csv, --import-csv, --import, --backup, --restore, --export-pdf, "
                    "--export-programme and --import-programme at a time\n"));
      *status = 2;
      return TRUE;
    }
  if (!check_mode_options (&options, mode))
    {
      *status = 2;
      return TRUE;
    }
  if (mode == NULL)
    return FALSE;
  if (g_strv_length (args) > 1)
    {
      g_printerr (_("%s does not know “%s”\n"), mode, args[1]);
      *status = 2;
      return TRUE;
    }
  *status = run_mode (&options, mode);
  return TRUE;
}
