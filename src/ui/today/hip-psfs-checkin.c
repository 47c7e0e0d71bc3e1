/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-psfs.h"
#include "hip-psfs-checkin.h"
#include "hip-widget-utils.h"

/**
 * HipPsfsCheckin:
 *
 * The weekly rating of the Patient-Specific Functional Scale (SCIENCE.md §9), on Today: each
 * activity of the profile rated 0 (cannot do it) to 10 (as well as before). A rating starts
 * empty, which is unknown, not 0, and stays so unless the person sets it; Save stores only the
 * activities rated, Skip leaves the week unrated. Both go through the coach, whose
 * HipCoach::psfs-changed tells Today the rating is no longer due.
 */
struct _HipPsfsCheckin
{
  AdwBin                parent_instance;

  HipCoach             *coach;
  char                 *day;
  GPtrArray            *activities;   /* of HipPsfsActivity, one a spin button */
  GPtrArray            *spins;        /* of GtkSpinButton */

  AdwPreferencesGroup  *group;
};

G_DEFINE_FINAL_TYPE (HipPsfsCheckin, hip_psfs_checkin, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COACH,
  PROP_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A rating not given is unknown, and is told as such: not a 0. */
static void
describe_value (GtkSpinButton *spin)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT,
                                  *gtk_editable_get_text (GTK_EDITABLE (spin)) == '\0'
                                  ? _("Not rated") : gtk_editable_get_text (GTK_EDITABLE (spin)),
                                  -1);
}

/* Save stores something only once something is rated (or being typed). */
static void
update_save (HipPsfsCheckin *self)
{
  gboolean rated = FALSE;

  for (guint i = 0; i < self->spins->len && !rated; i++)
    rated = *gtk_editable_get_text (GTK_EDITABLE (self->spins->pdata[i])) != '\0';
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "psfs.save", rated);
}

static void
text_changed_cb (HipPsfsCheckin *self,
                 GtkEditable    *spin)
{
  describe_value (GTK_SPIN_BUTTON (spin));
  update_save (self);
}

static GtkWidget *
rating_spin (HipPsfsCheckin        *self,
             const HipPsfsActivity *activity)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 10, 1);

  hip_spin_button_allow_empty (GTK_SPIN_BUTTON (spin));
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_signal_connect_object (spin, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  describe_value (GTK_SPIN_BUTTON (spin));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  activity->name, -1);
  return spin;
}

static void
add_rows (HipPsfsCheckin *self)
{
  adw_preferences_group_add (self->group,
    hip_text_row_new (_("0 means you cannot do it at all, 10 that you do it as well as before "
                        "your back pain. Leave one empty if you have not tried it this week.")));
  for (guint i = 0; i < self->activities->len; i++)
    {
      const HipPsfsActivity *activity = self->activities->pdata[i];
      GtkWidget *row = hip_action_row_new (activity->name, NULL);
      GtkWidget *spin = rating_spin (self, activity);

      /* The person's own words, whole. */
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->spins, spin);
    }
  update_save (self);
}

static void
tell (HipPsfsCheckin *self,
      const char     *message)
{
  GtkWidget *toasts = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (toasts != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (toasts), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  /* The coach's signal makes Today remove this group: it must outlive the call. */
  g_autoptr(HipPsfsCheckin) self = g_object_ref (HIP_PSFS_CHECKIN (widget));
  g_autoptr(GArray) ratings = g_array_new (FALSE, FALSE, sizeof (HipPsfsRating));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->spins->len; i++)
    {
      HipPsfsRating rating = { ((HipPsfsActivity *) self->activities->pdata[i])->id,
                               hip_spin_button_get_optional (self->spins->pdata[i]) };

      g_array_append_val (ratings, rating);
    }
  if (!hip_coach_save_psfs_ratings (self->coach, self->day, (HipPsfsRating *) ratings->data,
                                    ratings->len, &error))
    tell (self, error->message);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(HipPsfsCheckin) self = g_object_ref (HIP_PSFS_CHECKIN (widget));
  g_autoptr(GError) error = NULL;

  if (!hip_coach_skip_psfs (self->coach, self->day, &error))
    tell (self, error->message);
}

static void
hip_psfs_checkin_constructed (GObject *object)
{
  HipPsfsCheckin *self = HIP_PSFS_CHECKIN (object);

  G_OBJECT_CLASS (hip_psfs_checkin_parent_class)->constructed (object);

  self->activities = hip_coach_load_psfs_activities (self->coach, NULL);
  if (self->activities == NULL)
    self->activities = g_ptr_array_new ();
  add_rows (self);
}

static void
hip_psfs_checkin_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HipPsfsCheckin *self = HIP_PSFS_CHECKIN (object);

  switch (prop_id)
    {
    case PROP_COACH:
      g_value_set_object (value, self->coach);
      break;
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_psfs_checkin_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HipPsfsCheckin *self = HIP_PSFS_CHECKIN (object);

  switch (prop_id)
    {
    case PROP_COACH:
      self->coach = g_value_dup_object (value);
      break;
    case PROP_DAY:
      self->day = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_psfs_checkin_dispose (GObject *object)
{
  HipPsfsCheckin *self = (HipPsfsCheckin *) object;

  /* AdwBin drops its child, the template's group. */
  g_clear_object (&self->coach);
  G_OBJECT_CLASS (hip_psfs_checkin_parent_class)->dispose (object);
}

static void
hip_psfs_checkin_finalize (GObject *object)
{
  HipPsfsCheckin *self = (HipPsfsCheckin *) object;

  g_free (self->day);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_ptr_array_unref (self->spins);
  G_OBJECT_CLASS (hip_psfs_checkin_parent_class)->finalize (object);
}

static void
hip_psfs_checkin_class_init (HipPsfsCheckinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hip_psfs_checkin_constructed;
  object_class->dispose = hip_psfs_checkin_dispose;
  object_class->finalize = hip_psfs_checkin_finalize;
  object_class->get_property = hip_psfs_checkin_get_property;
  object_class->set_property = hip_psfs_checkin_set_property;

  properties[PROP_COACH] =
    g_param_spec_object ("coach", NULL, NULL, HIP_TYPE_COACH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The day the rating is for, YYYY-MM-DD. */
  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-psfs-checkin.ui");
  gtk_widget_class_bind_template_child (widget_class, HipPsfsCheckin, group);
  gtk_widget_class_install_action (widget_class, "psfs.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "psfs.skip", NULL, skip_action);
}

static void
hip_psfs_checkin_init (HipPsfsCheckin *self)
{
  self->spins = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The rating for @day (YYYY-MM-DD) of the activities @coach asks about. */
GtkWidget *
hip_psfs_checkin_new (HipCoach   *coach,
                      const char *day)
{
  g_return_val_if_fail (HIP_IS_COACH (coach), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  return g_object_new (HIP_TYPE_PSFS_CHECKIN, "coach", coach, "day", day, NULL);
}
