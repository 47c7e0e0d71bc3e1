/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <libportal/portal.h>

#include "hip-reminder.h"
#include "hip-reminders.h"
#include "hip-today.h"

/**
 * HipReminders:
 *
 * Reminds the person of a training day: at the chosen time on a chosen day, when a session is
 * due and none was done today, a notification ("Session 2 is today — about 25 minutes") whose
 * default action opens Today. While reminders are on, the application stays running without a
 * window and starts so (`--gapplication-service`) after a log-in: in a sandbox it asks the
 * Background portal for that, elsewhere it writes an XDG autostart entry. Turning them off
 * withdraws the request, or removes the entry, and lets the application go.
 */
struct _HipReminders
{
  GObject       parent_instance;

  GApplication *application;   /* (unowned): it owns this object */
  HipCoach     *coach;
  GSettings    *settings;
  guint         timer;
  gboolean      held;
  gboolean      permitted;     /* to remind in the background (hip_reminder_due()) */
};

G_DEFINE_FINAL_TYPE (HipReminders, hip_reminders, G_TYPE_OBJECT)

/* Returns: (transfer full): where the autostart entry is kept */
char *
hip_reminders_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APPLICATION_ID ".desktop",
                           NULL);
}

static gboolean
write_autostart (void)
{
  g_autofree char *path = hip_reminders_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *entry = g_strdup_printf ("[Desktop Entry]\n"
                                            "Type=Application\n"
                                            "Name=Strong Hips\n"
                                            "Comment=%s\n"
                                            "Exec=strong-hips --gapplication-service\n"
                                            "NoDisplay=true\n"
                                            "X-GNOME-Autostart-enabled=true\n",
                                            _("Reminds you of your training days"));
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents (path, entry, -1, &error))
    {
      g_warning ("The reminders cannot start with the session: %s",
                 error != NULL ? error->message : g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static void
remove_autostart (void)
{
  g_autofree char *path = hip_reminders_autostart_path ();

  g_remove (path);
}

static void
background_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(HipReminders) self = data;
  g_autoptr(GError) error = NULL;

  /* A refusal is the person's answer: no reminder goes out until they turn reminders on
   * again and the portal asks anew. */
  self->permitted = xdp_portal_request_background_finish (XDP_PORTAL (source), result, &error);
  if (!self->permitted)
    g_message ("The reminders may not run in the background: %s", error->message);
}

/* In a sandbox, the Background portal asks the person, and starts the app at log-in. */
static void
request_background (HipReminders *self,
                    gboolean      on)
{
  g_autoptr(XdpPortal) portal = xdp_portal_new ();
  g_autoptr(GPtrArray) command = g_ptr_array_new ();

  g_ptr_array_add (command, (gpointer) "strong-hips");
  g_ptr_array_add (command, (gpointer) "--gapplication-service");
  xdp_portal_request_background (portal, NULL, (char *) _("Reminds you of your training days"),
                                 command,
                                 on ? XDP_BACKGROUND_FLAG_AUTOSTART : XDP_BACKGROUND_FLAG_NONE,
                                 NULL, background_cb, g_object_ref (self));
}

/* Whether a session was done today: the newest workout finished today. */
static gboolean
done_today (HipCoach   *coach,
            const char *today)
{
  g_autoptr(GPtrArray) recent = hip_coach_recent_workouts (coach, 1, NULL);
  HipWorkout *latest = recent != NULL && recent->len > 0 ? recent->pdata[0] : NULL;

  return latest != NULL && latest->finished != NULL && g_str_has_prefix (latest->finished, today);
}

static void
send (HipReminders *self,
      HipSession   *session)
{
  guint minutes = (hip_session_seconds (session) + 30) / 60;
  g_autofree char *title = g_strdup_printf (
    /* Translators: a reminder: "Session 2 is today — about 25 minutes" */
    g_dngettext (NULL, "Session %u is today — about %u minute",
                 "Session %u is today — about %u minutes", minutes), session->session, minutes);
  g_autoptr(GNotification) notification = g_notification_new (title);

  g_notification_set_default_action (notification, "app.show-today");
  g_application_send_notification (self->application, "training-day", notification);
}

/**
 * hip_reminders_check:
 * @now: the time it is
 *
 * Sends today's reminder if it is due (hip_reminder_due()).
 *
 * Returns: whether one was sent
 */
gboolean
hip_reminders_check (HipReminders *self,
                     GDateTime    *now)
{
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *last_sent = g_settings_get_string (self->settings, "reminder-sent");
  HipSession *next = hip_coach_get_next_session (self->coach);
  gboolean session_today = FALSE;
  GDate planned, day;

  if (next != NULL && hip_log_parse_day (today, &day))
    session_today = !hip_coach_get_session_date (self->coach, next, &planned) ||
                    g_date_compare (&planned, &day) <= 0;
  if (!hip_reminder_due (g_settings_get_flags (self->settings, "reminder-days"),
                         g_settings_get_uint (self->settings, "reminder-time"), now,
                         session_today, done_today (self->coach, today), self->permitted,
                         last_sent))
    return FALSE;
  send (self, next);
  /* Kept with the settings: an application started again later that day sends none. */
  g_settings_set_string (self->settings, "reminder-sent", today);
  return TRUE;
}

static gboolean
tick_cb (gpointer data)
{
  HipReminders *self = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  hip_reminders_check (self, now);
  return G_SOURCE_CONTINUE;
}

/* Reminders on: the autostart entry (or the portal's permission), a check a minute, and the
 * application kept running. At start (@changed FALSE) the portal is asked nothing: it was
 * asked when the person turned reminders on or off, and keeps their answer. */
static void
apply (HipReminders *self,
       gboolean      changed)
{
  gboolean on = g_settings_get_flags (self->settings, "reminder-days") != 0;

  if (xdp_portal_running_under_flatpak ())
    {
      if (changed)
        request_background (self, on);
    }
  else if (on)
    self->permitted = write_autostart ();
  else
    remove_autostart ();
  if (on && self->timer == 0)
    self->timer = g_timeout_add_seconds (60, tick_cb, self);
  else if (!on)
    g_clear_handle_id (&self->timer, g_source_remove);
  if (on != self->held)
    {
      self->held = on;
      if (on)
        g_application_hold (self->application);
      else
        g_application_release (self->application);
    }
}

static void
days_changed_cb (HipReminders *self)
{
  apply (self, TRUE);
}

/**
 * hip_reminders_new:
 * @application: the application the notifications come from, kept running while reminders
 *   are on
 */
HipReminders *
hip_reminders_new (GApplication *application,
                   HipCoach     *coach,
                   GSettings    *settings)
{
  HipReminders *self = g_object_new (HIP_TYPE_REMINDERS, NULL);

  self->application = application;
  self->coach = g_object_ref (coach);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::reminder-days", G_CALLBACK (days_changed_cb),
                           self, G_CONNECT_SWAPPED);
  apply (self, FALSE);
  return self;
}

static void
hip_reminders_dispose (GObject *object)
{
  HipReminders *self = HIP_REMINDERS (object);

  g_clear_handle_id (&self->timer, g_source_remove);
  if (self->held)
    g_application_release (self->application);
  self->held = FALSE;
  g_clear_object (&self->coach);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (hip_reminders_parent_class)->dispose (object);
}

static void
hip_reminders_class_init (HipRemindersClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hip_reminders_dispose;
}

static void
hip_reminders_init (HipReminders *self)
{
  /* In a sandbox, until the portal answers otherwise. */
  self->permitted = TRUE;
}
