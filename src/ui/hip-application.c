/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-about.h"
#include "hip-application.h"
#include "hip-diagram.h"
#include "hip-exercise.h"
#include "hip-stills.h"
#include "hip-week.h"
#include "hip-widget-utils.h"
#include "hip-window.h"

struct _HipApplication
{
  AdwApplication  parent_instance;

  HipCoach       *coach;
  HipStills      *stills;         /* with the motions they are drawn from */
  char           *store_problem;
  GSettings      *settings;       /* (nullable): without the schema installed */
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

/* GSettings needs the schema installed (or GSETTINGS_SCHEMA_DIR); without it the weeks follow
 * the locale. */
static void
follow_settings (HipApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return;
  self->settings = g_settings_new_full (schema, NULL, NULL);
  g_signal_connect_object (self->settings, "changed::week-start",
                           G_CALLBACK (week_start_changed_cb), self, G_CONNECT_SWAPPED);
  week_start_changed_cb (self);
}

static void
hip_application_startup (GApplication *app)
{
  HipApplication *self = HIP_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  GThread *data_thread = g_thread_new ("open-data", open_data_thread, self);

  G_APPLICATION_CLASS (hip_application_parent_class)->startup (app);
  hip_accessible_names_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         shortcuts_accels);

  g_thread_join (data_thread);
  follow_settings (self);
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
