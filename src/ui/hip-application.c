/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-application.h"
#include "hip-catalogue.h"
#include "hip-diagram.h"
#include "hip-exercise.h"
#include "hip-planner.h"
#include "hip-store.h"
#include "hip-widget-utils.h"
#include "hip-window.h"

struct _HipApplication
{
  AdwApplication  parent_instance;

  HipCatalogue   *catalogue;
  GHashTable     *motions;        /* loaded on first use */
  gboolean        motions_failed;
  HipStore       *store;
  char           *store_problem;
};

G_DEFINE_FINAL_TYPE (HipApplication, hip_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { "list-exercises", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print every exercise as a tab-separated line and exit"), NULL },
  { "export-diagram", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the diagram of exercise ID to a file (see --format, --output) and exit"), N_("ID") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Diagram format: svg, png or animated-svg (default svg)"), N_("FORMAT") },
  /* Strings, not numbers: GApplication drops a number option whose value is 0. */
  { "time", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Moment of the motion a still shows, in seconds (default: its key pose)"), N_("SECONDS") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Diagram width and height in pixels (default 480)"),
    N_("PX") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, N_("The file to write"), N_("FILE") },
  { "generate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print a programme for the profile given with --profile, tab-separated, and exit"), NULL },
  { "profile", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("A profile (key file with a [profile] group) for --generate"), N_("FILE") },
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the workout log to a CSV file and exit"), N_("FILE") },
  { "import-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Add the workouts of a CSV file to the log (all or nothing) and exit"), N_("FILE") },
  { NULL }
};

HipApplication *
hip_application_new (void)
{
  /* The resource path is fixed, not derived from the id, so style.css and the icons load
   * whatever id the application runs under. */
  return g_object_new (HIP_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

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
export_diagram (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = NULL;
  g_autoptr(GHashTable) motions = NULL;
  g_autofree char *id = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *size_text = NULL;
  HipDiagramFormat format = HIP_DIAGRAM_FORMAT_SVG;
  HipDiagramView view;
  HipExercise *exercise;
  HipMotion *motion;
  double time = -1;
  gint64 size = 480;

  g_variant_dict_lookup (options, "export-diagram", "s", &id);
  if (g_variant_dict_lookup (options, "format", "s", &format_name) &&
      !hip_diagram_format_from_name (format_name, &format))
    {
      g_printerr (_("Unknown format “%s”: use svg, png or animated-svg\n"), format_name);
      return 2;
    }
  if (!g_variant_dict_lookup (options, "output", "^ay", &output) || *output == '\0')
    {
      g_printerr (_("--export-diagram needs --output=FILE\n"));
      return 2;
    }
  if (g_variant_dict_lookup (options, "size", "s", &size_text) &&
      !g_ascii_string_to_signed (size_text, 10, 16, 8192, &size, NULL))
    {
      g_printerr (_("--size must be a whole number of pixels from 16 to 8192\n"));
      return 2;
    }
  if (g_variant_dict_lookup (options, "time", "s", &time_text))
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
generate (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = NULL;
  g_autoptr(HipPlan) plan = NULL;
  g_autofree char *path = NULL;
  g_autofree char *tsv = NULL;
  HipProfile profile;

  if (!g_variant_dict_lookup (options, "profile", "^ay", &path) || *path == '\0')
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
 * exercises by id); when it cannot be opened, says why on standard error. */
static HipStore *
open_user_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(HipCatalogue) catalogue = load_catalogue ();
  g_autoptr(HipStore) store = NULL;

  if (catalogue == NULL)
    return NULL;
  store = hip_store_new (path, &error);
  if (store == NULL || !hip_store_sync_catalogue (store, catalogue, NULL, &error))
    {
      g_printerr (_("Could not open your data: %s\n"), error->message);
      return NULL;
    }
  return g_steal_pointer (&store);
}

/* `--export-csv=FILE` and `--import-csv=FILE`: exit 0 done, 1 failed (the message says why;
 * an import that fails adds nothing). */
static int
csv_command (GVariantDict *options,
             gboolean      import)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autofree char *path = NULL;
  guint n_sets = 0;

  g_variant_dict_lookup (options, import ? "import-csv" : "export-csv", "^ay", &path);
  if (path == NULL || *path == '\0')
    {
      g_printerr (_("--%s needs a file name\n"), import ? "import-csv" : "export-csv");
      return 2;
    }
  store = open_user_store ();
  if (store == NULL)
    return 1;
  if (import ? !hip_store_import_csv (store, path, &n_sets, &error)
             : !hip_store_export_csv (store, path, &n_sets, &error))
    {
      g_printerr (import ? _("Nothing was imported from %s: %s\n")
                         : _("Could not export to %s: %s\n"), path, error->message);
      return 1;
    }
  g_printerr (import ? _("Imported %u sets from %s\n") : _("Exported %u sets to %s\n"),
              n_sets, path);
  return 0;
}

/* Headless commands run here, before the application registers or opens a display. */
static int
hip_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("strong-hips %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_contains (options, "list-exercises"))
    return list_exercises ();
  if (g_variant_dict_contains (options, "export-diagram"))
    return export_diagram (options);
  if (g_variant_dict_contains (options, "generate"))
    return generate (options);
  if (g_variant_dict_contains (options, "export-csv"))
    return csv_command (options, FALSE);
  if (g_variant_dict_contains (options, "import-csv"))
    return csv_command (options, TRUE);

  return -1;
}

/* Opens the user's database; when that is impossible the app still runs on a private in-memory
 * database, and the window says why nothing will be kept. */
static void
open_store (HipApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hip_store_get_default_path ();

  self->store = hip_store_new (path, &error);
  if (self->store == NULL)
    {
      /* Expected (a newer app wrote the file, or the disk is read-only), so not a warning. */
      g_message ("%s", error->message);
      self->store_problem = g_strdup_printf (_("%s\nYou can browse exercises, but nothing you "
                                               "do in this session will be saved."),
                                             error->message);
      self->store = hip_store_new (NULL, NULL);
    }
  else if (hip_store_get_recovered_path (self->store) != NULL)
    {
      self->store_problem =
        g_strdup_printf (_("Your Strong Hips data file was damaged and could not be read. It was "
                           "kept as “%s” and a new, empty one was started."),
                         hip_store_get_recovered_path (self->store));
    }
}

static void
load_exercises (HipApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own = NULL;

  self->catalogue = hip_catalogue_new_default (&error);
  if (self->catalogue == NULL)
    {
      g_critical ("The exercise catalogue is broken: %s", error->message);
      self->catalogue = hip_catalogue_new ();
      return;
    }

  if (!hip_store_sync_catalogue (self->store, self->catalogue, NULL, &error))
    {
      g_warning ("Could not store the catalogue: %s", error->message);
      g_clear_error (&error);
    }

  own = hip_store_load_exercises (self->store, HIP_ORIGIN_USER, &error);
  if (own == NULL)
    {
      g_warning ("Could not load your exercises: %s", error->message);
      return;
    }
  for (guint i = 0; i < own->len; i++)
    if (!hip_catalogue_add (self->catalogue, own->pdata[i], &error))
      {
        g_warning ("%s", error->message);
        g_clear_error (&error);
      }
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "The Strong Hips developers", NULL };
  HipApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), window);
  adw_about_window_set_application_name (about, _("Strong Hips"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
                                 _("Train every hip action in balance, safely and gradually. "
                                   "Strong Hips is an exercise aid, not a treatment: if you have "
                                   "back pain, follow your clinician’s advice."));
  /* Translators: replace with your names, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

/* Runs beside GTK's start-up, which touches neither the store nor the catalogue: opening the
 * database and reading the catalogue need no display, and GTK spends most of the time to the
 * first frame waiting on the display server or in its own theme. The catalogue is read here
 * only for someone with a programme (Today names its exercises); the first run needs none. */
static gpointer
open_data_thread (gpointer data)
{
  HipApplication *self = data;

  open_store (self);
  if (hip_store_get_active_programme (self->store, NULL) != 0)
    load_exercises (self);
  return NULL;
}

static void
hip_application_startup (GApplication *app)
{
  HipApplication *self = HIP_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  GThread *data_thread = g_thread_new ("open-data", open_data_thread, self);

  G_APPLICATION_CLASS (hip_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         shortcuts_accels);

  g_thread_join (data_thread);
}

static void
first_frame_drawn_cb (GdkFrameClock  *clock,
                      HipApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_drawn_cb, self);
  /* The start-up benchmark (tests/bench-startup.c) times process start to first frame. */
  if (g_getenv ("STRONG_HIPS_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_application_quit (G_APPLICATION (self));
}

static void
window_mapped_cb (HipApplication *self,
                  GtkWidget      *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_drawn_cb), self, 0);
}

static void
hip_application_activate (GApplication *app)
{
  HipApplication *self = HIP_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (hip_window_new (self));
      g_signal_connect_object (window, "map", G_CALLBACK (window_mapped_cb), app,
                               G_CONNECT_SWAPPED);
    }
  gtk_window_present (window);
}

static void
hip_application_dispose (GObject *object)
{
  HipApplication *self = (HipApplication *) object;

  g_clear_object (&self->catalogue);
  g_clear_pointer (&self->motions, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_pointer (&self->store_problem, g_free);

  G_OBJECT_CLASS (hip_application_parent_class)->dispose (object);
}

static void
hip_application_class_init (HipApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = hip_application_dispose;
  app_class->handle_local_options = hip_application_handle_local_options;
  app_class->startup = hip_application_startup;
  app_class->activate = hip_application_activate;
}

static void
hip_application_init (HipApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

/* Returns: (transfer none): every exercise, shipped and the user's own */
HipCatalogue *
hip_application_get_catalogue (HipApplication *self)
{
  g_return_val_if_fail (HIP_IS_APPLICATION (self), NULL);

  /* Read (and synced into the store) on first use: the first run's welcome page needs no
   * exercise, and a first start would otherwise write the whole catalogue before its first
   * frame. Whatever refers to exercises in the store (a programme, a log) comes through here
   * first. */
  if (self->catalogue == NULL)
    load_exercises (self);
  return self->catalogue;
}

/* Returns: (transfer none) (nullable): the motion with @id */
HipMotion *
hip_application_lookup_motion (HipApplication *self,
                               const char     *id)
{
  g_return_val_if_fail (HIP_IS_APPLICATION (self), NULL);

  /* Read on first use: a start on Today draws no figure. */
  if (self->motions == NULL && !self->motions_failed)
    {
      g_autoptr(GError) error = NULL;

      self->motions = hip_motion_load_default (&error);
      if (self->motions == NULL)
        {
          g_critical ("The motions are broken: %s", error->message);
          self->motions_failed = TRUE;
        }
    }
  return self->motions != NULL && id != NULL ? g_hash_table_lookup (self->motions, id) : NULL;
}

HipStore *
hip_application_get_store (HipApplication *self)
{
  g_return_val_if_fail (HIP_IS_APPLICATION (self), NULL);
  return self->store;
}

/* Returns: (nullable): what went wrong with the user's data at start, in words for the user */
const char *
hip_application_get_store_problem (HipApplication *self)
{
  g_return_val_if_fail (HIP_IS_APPLICATION (self), NULL);
  return self->store_problem;
}
