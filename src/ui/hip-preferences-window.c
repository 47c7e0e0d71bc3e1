/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-preferences-window.h"
#include "hip-units.h"
#include "hip-widget-utils.h"

/**
 * HipPreferencesWindow:
 *
 * The app's settings, each row bound to its GSettings key: whoever follows a key (the
 * application gives the coach its units and rests, and applies the style and reduced motion)
 * sees a change as soon as it is made. The profile's weight step is shown in the person's unit;
 * it is the profile's, and changed there. The reminder's time is shown and edited on the
 * person's clock, 12 or 24 hours (GNOME's clock-format, where it is installed).
 */
struct _HipPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  HipCoach             *coach;
  GSettings            *clock;         /* (nullable): GNOME's, for its clock format */
  gboolean              twelve_hours;  /* the clock format the time is shown in */
  gboolean              showing_time;  /* the time's widgets are being set, not changed */

  /* Template widgets */
  AdwComboRow          *units_row;
  AdwActionRow         *load_step_row;
  GtkLabel             *load_step_label;
  AdwComboRow          *week_start_row;
  GtkSpinButton        *rest_spin;
  GtkSwitch            *rest_sound_switch;
  GtkSwitch            *spoken_cues_switch;
  AdwComboRow          *style_row;
  AdwComboRow          *motion_row;
  AdwExpanderRow       *reminders_row;
  GtkSpinButton        *hour_spin;
  GtkSpinButton        *minute_spin;
  GtkDropDown          *period_dropdown;
};

G_DEFINE_FINAL_TYPE (HipPreferencesWindow, hip_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_COACH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The nicks of each enum key in the order of its combo row's items. */
static const char *units_nicks[] = { "kilograms", "pounds", NULL };
static const char *week_start_nicks[] = {
  "locale", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};
static const char *style_nicks[] = { "system", "light", "dark", NULL };
static const char *motion_nicks[] = { "system", "still", NULL };

static gboolean
get_nick_position (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
set_nick_position (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[position]);
}

static void
bind_combo (HipPreferencesWindow *self,
            const char           *key,
            AdwComboRow          *row,
            const char          **nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                get_nick_position, set_nick_position, nicks, NULL);
}

/* "07" on a 24-hour clock, "7" on a 12-hour one. */
static gboolean
hour_output_cb (HipPreferencesWindow *self)
{
  int hour = gtk_spin_button_get_value_as_int (self->hour_spin);
  g_autofree char *text = g_strdup_printf (self->twelve_hours ? "%d" : "%02d", hour);

  gtk_editable_set_text (GTK_EDITABLE (self->hour_spin), text);
  return TRUE;
}

/* The reminder's time, one key of minutes after midnight, in the hour and minute spins (and,
 * on a 12-hour clock, the morning or afternoon) and the expander row's subtitle. */
static void
show_time_cb (HipPreferencesWindow *self)
{
  guint minutes = g_settings_get_uint (self->settings, "reminder-time");
  gboolean twelve = hip_clock_uses_12_hours (self->clock);
  guint hour = minutes / 60;
  g_autofree char *text = hip_format_time_of_day (minutes, twelve);

  self->showing_time = TRUE;
  self->twelve_hours = twelve;
  gtk_adjustment_configure (gtk_spin_button_get_adjustment (self->hour_spin),
                            twelve ? (hour % 12 == 0 ? 12 : hour % 12) : hour,
                            twelve ? 1 : 0, twelve ? 12 : 23, 1, twelve ? 3 : 6, 0);
  gtk_spin_button_set_value (self->minute_spin, minutes % 60);
  gtk_drop_down_set_selected (self->period_dropdown, hour >= 12);
  gtk_widget_set_visible (GTK_WIDGET (self->period_dropdown), twelve);
  adw_expander_row_set_subtitle (self->reminders_row, text);
  /* The same hour on the other clock is written otherwise. */
  hour_output_cb (self);
  self->showing_time = FALSE;
}

/* The spins (and the morning or afternoon) changed: the time they show is the key's. */
static void
time_changed_cb (HipPreferencesWindow *self)
{
  guint hour = gtk_spin_button_get_value_as_int (self->hour_spin);
  guint minute = gtk_spin_button_get_value_as_int (self->minute_spin);

  if (self->showing_time)
    return;
  /* 12 AM is midnight, 12 PM noon. */
  if (self->twelve_hours)
    hour = hour % 12 + (gtk_drop_down_get_selected (self->period_dropdown) == 1 ? 12 : 0);
  g_settings_set_uint (self->settings, "reminder-time", hour * 60 + minute);
}

/* "07", as a clock writes minutes. */
static gboolean
minute_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

/* One check row per weekday, each bound to its day in the reminder-days flags. */
typedef struct
{
  GSettings  *settings;
  const char *day;
} DayBinding;

static void
day_binding_free (gpointer data)
{
  DayBinding *binding = data;

  g_object_unref (binding->settings);
  g_free (binding);
}

static gboolean
get_day (GValue   *value,
         GVariant *variant,
         gpointer  user_data)
{
  DayBinding *binding = user_data;
  g_autofree const char **days = g_variant_get_strv (variant, NULL);

  g_value_set_boolean (value, g_strv_contains (days, binding->day));
  return TRUE;
}

static GVariant *
set_day (const GValue       *value,
         const GVariantType *expected_type,
         gpointer            user_data)
{
  DayBinding *binding = user_data;
  g_autoptr(GVariant) current = g_settings_get_value (binding->settings, "reminder-days");
  g_autofree const char **days = g_variant_get_strv (current, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) chosen = NULL;

  for (guint i = 0; days[i] != NULL; i++)
    if (!g_str_equal (days[i], binding->day))
      g_strv_builder_add (builder, days[i]);
  if (g_value_get_boolean (value))
    g_strv_builder_add (builder, binding->day);
  chosen = g_strv_builder_end (builder);
  return g_variant_new_strv ((const char * const *) chosen, -1);
}

static void
add_day_rows (HipPreferencesWindow *self)
{
  static const char *days[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };
  const char *titles[] = {
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
    _("Sunday")
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      DayBinding *binding = g_new0 (DayBinding, 1);

      binding->settings = g_object_ref (self->settings);
      binding->day = days[i];
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[i]);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      /* The row labels its activatable check box by its title; labelled by the row itself
       * instead, the box read as "GtkCheckButton" to a screen reader. */
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (self->reminders_row, row);
      g_settings_bind_with_mapping (self->settings, "reminder-days", check, "active",
                                    G_SETTINGS_BIND_DEFAULT, get_day, set_day, binding,
                                    day_binding_free);
    }
}

/* The profile's step, in kilograms, shown as a step of the person's unit. */
static void
show_load_step_cb (HipPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  HipProfile profile;
  gboolean found = FALSE;

  hip_profile_init (&profile);
  if (!hip_coach_load_profile (self->coach, &profile, &found, &error) || !found)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->load_step_row), FALSE);
      return;
    }
  text = hip_units_format_load_step (profile.load_step, hip_coach_get_units (self->coach));
  gtk_label_set_label (self->load_step_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->load_step_row), TRUE);
}

static void
hip_preferences_window_constructed (GObject *object)
{
  HipPreferencesWindow *self = HIP_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (hip_preferences_window_parent_class)->constructed (object);

  bind_combo (self, "units", self->units_row, units_nicks);
  bind_combo (self, "week-start", self->week_start_row, week_start_nicks);
  bind_combo (self, "style", self->style_row, style_nicks);
  bind_combo (self, "reduced-motion", self->motion_row, motion_nicks);
  g_settings_bind (self->settings, "default-rest", self->rest_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "rest-sound", self->rest_sound_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "spoken-cues", self->spoken_cues_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  add_day_rows (self);
  hip_expander_row_fix_name (self->reminders_row);

  self->clock = hip_clock_settings_new ();
  if (self->clock != NULL)
    g_signal_connect_object (self->clock, "changed::clock-format", G_CALLBACK (show_time_cb),
                             self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::reminder-time", G_CALLBACK (show_time_cb),
                           self, G_CONNECT_SWAPPED);
  show_time_cb (self);

  g_signal_connect_object (self->coach, "notify::units", G_CALLBACK (show_load_step_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "profile-changed", G_CALLBACK (show_load_step_cb), self,
                           G_CONNECT_SWAPPED);
  show_load_step_cb (self);
}

static void
hip_preferences_window_dispose (GObject *object)
{
  HipPreferencesWindow *self = (HipPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HIP_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->coach);
  g_clear_object (&self->clock);
  G_OBJECT_CLASS (hip_preferences_window_parent_class)->dispose (object);
}

static void
hip_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HipPreferencesWindow *self = HIP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_COACH:
      g_value_set_object (value, self->coach);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HipPreferencesWindow *self = HIP_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_COACH:
      self->coach = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_preferences_window_class_init (HipPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hip_preferences_window_constructed;
  object_class->dispose = hip_preferences_window_dispose;
  object_class->get_property = hip_preferences_window_get_property;
  object_class->set_property = hip_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COACH] =
    g_param_spec_object ("coach", NULL, NULL, HIP_TYPE_COACH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, units_row);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, load_step_row);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, load_step_label);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, week_start_row);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, rest_spin);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, rest_sound_switch);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, spoken_cues_switch);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, motion_row);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, reminders_row);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, HipPreferencesWindow, period_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, hour_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, minute_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hip_preferences_window_init (HipPreferencesWindow *self)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (periods, hip_time_period (FALSE));
  gtk_string_list_append (periods, hip_time_period (TRUE));
  /* Its first item is selected: not a time chosen, and the settings are not there yet. */
  self->showing_time = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (periods));
  self->showing_time = FALSE;
}

/**
 * hip_preferences_window_new:
 * @parent: (nullable): the window it is for
 * @settings: the app's settings, which its rows change
 * @coach: the model, for the profile's weight step and the person's unit
 *
 * Returns: (transfer full): a new preferences window
 */
HipPreferencesWindow *
hip_preferences_window_new (GtkWindow *parent,
                            GSettings *settings,
                            HipCoach  *coach)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (HIP_IS_COACH (coach), NULL);

  return g_object_new (HIP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       "coach", coach,
                       NULL);
}
