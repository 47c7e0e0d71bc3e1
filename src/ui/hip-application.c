/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-about.h"
#include "hip-application.h"
#include "hip-diagram.h"
#include "hip-exercise.h"
#include "hip-preferences-window.h"
#include "hip-stills.h"
#include "hip-week.h"
#include "hip-reminders.h"
#include "hip-widget-utils.h"
#include "hip-window.h"

struct _HipApplication
{
  AdwApplication  parent_instance;

  HipCoach       *coach;
  HipStills      *stills;         /* with the motions they are drawn from */
  char           *store_problem;
  GSettings      *settings;       /* (nullable): without the schema installed */
  HipReminders   *reminders;      /* (nullable): with the settings */
  gboolean        still;          /* GTK's animations turned off by the reduced-motion key */
};

G_DEFINE_FINAL_TYPE (HipApplication, hip_application, ADW_TYPE_APPLICATION)

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

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  HipApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (hip_about_window_new (window)));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  HipApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  HipPreferencesWindow *preferences;

  if (self->settings == NULL)
    return;
  preferences = hip_preferences_window_new (window, self->settings, self->coach);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* A reminder's default action: the window, at Today. */
static void
show_today_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  GtkApplication *app = GTK_APPLICATION (data);
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (app);
  if (HIP_IS_WINDOW (window))
    hip_window_present_page (HIP_WINDOW (window), "today");
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "show-today", show_today_action },
  { "preferences", preferences_action },
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

  self->coach = hip_coach_open_default (&self->store_problem);
  if (hip_coach_has_programme (self->coach))
    hip_coach_get_catalogue (self->coach);
  return NULL;
}

/* The person's week start: the setting's day, or (0) the locale's. */
static void
week_start_changed_cb (HipApplication *self)
{
  GDateWeekday day = g_settings_get_enum (self->settings, "week-start");

  hip_coach_set_week_start (self->coach, day == 0 ? hip_week_start_for_locale () : day);
}

/* Style: the desktop's, or light or dark whatever the desktop says. */
static void
style_changed_cb (HipApplication *self)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      g_settings_get_enum (self->settings, "style"));
}

/* Reduced motion: "still" turns GTK's animations off for the app, which is what the diagram
 * players (and GTK's own transitions) already follow when the desktop asks for less motion;
 * "system" gives the setting back to the desktop (once it was taken: a start that follows the
 * system leaves GTK's setting alone). */
static void
reduced_motion_changed_cb (HipApplication *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();

  gboolean still = g_settings_get_enum (self->settings, "reduced-motion") == 1;

  if (still)
    g_object_set (gtk_settings, "gtk-enable-animations", FALSE, NULL);
  else if (self->still)
    {
      gtk_settings_reset_property (gtk_settings, "gtk-enable-animations");
      /* GTK 4.8 gives the desktop's value back without a notification: say it, for whoever
       * follows the setting (the diagram players). */
      g_object_notify (G_OBJECT (gtk_settings), "gtk-enable-animations");
    }
  self->still = still;
}

/* GSettings needs the schema installed (or GSETTINGS_SCHEMA_DIR); without it the weeks follow
 * the locale, loads are in kilograms and there are no preferences to open. */
static void
follow_settings (HipApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                                "preferences")),
                                   FALSE);
      return;
    }
  self->settings = g_settings_new_full (schema, NULL, NULL);
  g_settings_bind (self->settings, "units", self->coach, "units", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "default-rest", self->coach, "default-rest",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "rest-sound", self->coach, "rest-sound", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "spoken-cues", self->coach, "spoken-cues",
                   G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->settings, "changed::style",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::reduced-motion",
                           G_CALLBACK (reduced_motion_changed_cb), self, G_CONNECT_SWAPPED);
  style_changed_cb (self);
  reduced_motion_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::week-start",
                           G_CALLBACK (week_start_changed_cb), self, G_CONNECT_SWAPPED);
  week_start_changed_cb (self);
  self->reminders = hip_reminders_new (G_APPLICATION (self), self->coach, self->settings);
}

static void
hip_application_startup (GApplication *app)
{
  HipApplication *self = HIP_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  GThread *data_thread = g_thread_new ("open-data", open_data_thread, self);

  G_APPLICATION_CLASS (hip_application_parent_class)->startup (app);
  hip_accessible_names_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);

  g_thread_join (data_thread);
  follow_settings (self);
}

static gboolean
auto_backup_cb (gpointer data)
{
  HipApplication *self = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  if (self->coach != NULL && !hip_coach_auto_backup (self->coach, today, &error))
    g_message ("No automatic backup this week: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
first_frame_drawn_cb (GdkFrameClock  *clock,
                      HipApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_drawn_cb, self);
  /* The start-up benchmark (tests/bench-startup.c) times process start to first frame. */
  if (g_getenv ("STRONG_HIPS_QUIT_AFTER_FIRST_FRAME") != NULL)
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }
  /* The weekly backup, once the window is up: a copy of months of training costs nothing the
   * person waits for. */
  g_idle_add_full (G_PRIORITY_LOW, auto_backup_cb, g_object_ref (self), g_object_unref);
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

  g_clear_object (&self->reminders);
  g_clear_object (&self->settings);
  g_clear_object (&self->stills);
  g_clear_object (&self->coach);
  g_clear_pointer (&self->store_problem, g_free);

  G_OBJECT_CLASS (hip_application_parent_class)->dispose (object);
}

static void
hip_application_class_init (HipApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = hip_application_dispose;
  app_class->startup = hip_application_startup;
  app_class->activate = hip_application_activate;
}

static void
hip_application_init (HipApplication *self)
{
}

/* Returns: (transfer none): the model the window and its pages show and change */
HipCoach *
hip_application_get_coach (HipApplication *self)
{
  g_return_val_if_fail (HIP_IS_APPLICATION (self), NULL);
  return self->coach;
}

/* Returns: (transfer none) (nullable): the reminders, where the settings schema is installed */
HipReminders *
hip_application_get_reminders (HipApplication *self)
{
  g_return_val_if_fail (HIP_IS_APPLICATION (self), NULL);
  return self->reminders;
}

/* Returns: (transfer none): the stills of exercises' key poses, shared by every view that shows
 * them; hip_stills_get_motions() gives the motions they are drawn from */
HipStills *
hip_application_get_stills (HipApplication *self)
{
  g_return_val_if_fail (HIP_IS_APPLICATION (self), NULL);

  if (self->stills == NULL)
    {
      g_autoptr(HipMotionLibrary) motions = hip_motion_library_new ();

      self->stills = hip_stills_new (motions);
    }
  return self->stills;
}

/* Returns: (nullable): what went wrong with the user's data at start, in words for the user */
const char *
hip_application_get_store_problem (HipApplication *self)
{
  g_return_val_if_fail (HIP_IS_APPLICATION (self), NULL);
  return self->store_problem;
}
