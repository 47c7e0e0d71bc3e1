/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-profile-form.h"
#include "hip-profile-window.h"
#include "hip-coach.h"

/**
 * HipProfileWindow:
 *
 * The profile page: every answer of the first run, editable later, with the activities of the
 * functional scale. Save gives them to the coach (whose HipCoach::profile-changed and
 * HipCoach::psfs-changed the pages follow); Cancel (or Escape) leaves them as they were.
 */
struct _HipProfileWindow
{
  AdwWindow       parent_instance;

  HipCoach       *coach;
  HipProfileForm *form;
};

G_DEFINE_FINAL_TYPE (HipProfileWindow, hip_profile_window, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipProfileWindow *self = HIP_PROFILE_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_auto(GStrv) activities = hip_profile_form_get_activities (self->form);
  HipProfile profile;

  hip_profile_form_get_profile (self->form, &profile);
  if (!hip_coach_save_profile (self->coach, &profile, &error) ||
      !hip_coach_save_psfs_activities (self->coach, (const char * const *) activities, today,
                                       &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hip_profile_window_dispose (GObject *object)
{
  HipProfileWindow *self = (HipProfileWindow *) object;

  g_clear_object (&self->coach);
  G_OBJECT_CLASS (hip_profile_window_parent_class)->dispose (object);
}

static void
hip_profile_window_class_init (HipProfileWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_profile_window_dispose;

  g_type_ensure (HIP_TYPE_PROFILE_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-profile-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HipProfileWindow, form);
  gtk_widget_class_install_action (widget_class, "profile.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "profile.save", NULL);
}

static void
hip_profile_window_init (HipProfileWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The functional scale's activities, each in its position. */
static void
show_activities (HipProfileWindow *self)
{
  g_autoptr(GPtrArray) activities = hip_coach_load_psfs_activities (self->coach, NULL);
  const char *names[HIP_PSFS_MAX_ACTIVITIES + 1] = { "", "", "", NULL };

  for (guint i = 0; activities != NULL && i < activities->len; i++)
    {
      const HipPsfsActivity *activity = activities->pdata[i];

      if (activity->position >= 1 && activity->position <= HIP_PSFS_MAX_ACTIVITIES)
        names[activity->position - 1] = activity->name;
    }
  hip_profile_form_set_activities (self->form, names);
}

HipProfileWindow *
hip_profile_window_new (GtkWindow *parent,
                        HipCoach  *coach)
{
  HipProfileWindow *self = g_object_new (HIP_TYPE_PROFILE_WINDOW, "transient-for", parent, NULL);
  HipProfile profile;
  gboolean found = FALSE;

  self->coach = g_object_ref (coach);
  hip_profile_form_set_units (self->form, hip_coach_get_units (coach));
  if (hip_coach_load_profile (coach, &profile, &found, NULL) && found)
    hip_profile_form_set_profile (self->form, &profile);
  show_activities (self);
  return self;
}
