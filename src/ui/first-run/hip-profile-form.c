/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-profile-form.h"
#include "hip-widget-utils.h"
#include "hip-psfs.h"
#include "hip-units.h"
#include "hip-vocabulary.h"

/* What people buy, as the profile asks about it (SCIENCE.md §8). */
static const HipEquipment bought[] = {
  HIP_EQUIPMENT_MAT, HIP_EQUIPMENT_BAND, HIP_EQUIPMENT_DUMBBELL, HIP_EQUIPMENT_KETTLEBELL,
  HIP_EQUIPMENT_BARBELL, HIP_EQUIPMENT_BENCH, HIP_EQUIPMENT_STEP, HIP_EQUIPMENT_CABLE,
};
#define N_EQUIPMENT G_N_ELEMENTS (bought)

/**
 * HipProfileForm:
 *
 * The profile's questions (SCIENCE.md §2, §5 of DESIGN.md's data flow), used by the first run
 * and by the profile window. It edits a copy: what it does not ask (the seed, the screening)
 * passes through unchanged. It also asks for the activities of the functional scale
 * (SCIENCE.md §9), which are not part of the profile: hip_profile_form_get_activities().
 */
struct _HipProfileForm
{
  AdwBin          parent_instance;

  HipProfile      profile;
  gboolean        loading;
  HipUnits        units;     /* the weight step's */

  AdwComboRow    *level_row;
  GtkSpinButton  *pain_spin;
  GtkSwitch      *knee_switch;
  AdwComboRow    *replacement_row;
  AdwActionRow   *operation_row;
  GtkSpinButton  *operation_spin;
  GtkSpinButton  *sessions_spin;
  GtkSpinButton  *minutes_spin;
  GtkSpinButton  *weeks_spin;
  GtkSpinButton  *load_step_spin;
  AdwActionRow   *load_step_row;
  GtkLabel       *load_step_unit;
  GtkMenuButton  *start_button;
  GtkCalendar    *calendar;
  AdwPreferencesGroup *equipment_group;
  GtkCheckButton *equipment[N_EQUIPMENT];
  AdwEntryRow    *activity[HIP_PSFS_MAX_ACTIVITIES];
};

G_DEFINE_FINAL_TYPE (HipProfileForm, hip_profile_form, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_start (HipProfileForm *self)
{
  /* Translators: a date as g_date_time_format() writes it, e.g. "8 December 2026" */
  g_autofree char *text = g_date_valid (&self->profile.start)
                          ? hip_format_date (&self->profile.start, _("%-d %B %Y"))
                          : g_strdup ("");

  gtk_menu_button_set_label (self->start_button, text);
}

static void
changed_cb (HipProfileForm *self)
{
  /* How long ago the operation was matters only when there was one. */
  gtk_widget_set_visible (GTK_WIDGET (self->operation_row),
                          adw_combo_row_get_selected (self->replacement_row) !=
                          HIP_REPLACEMENT_NONE);
  if (!self->loading)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
day_selected_cb (HipProfileForm *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  g_date_set_dmy (&self->profile.start, g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day), g_date_time_get_year (day));
  show_start (self);
  gtk_menu_button_popdown (self->start_button);
  changed_cb (self);
}

static void
add_equipment_rows (HipProfileForm *self)
{
  for (guint i = 0; i < N_EQUIPMENT; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hip_equipment_get_label (bought[i]));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (changed_cb), self);
      adw_preferences_group_add (self->equipment_group, row);
      self->equipment[i] = GTK_CHECK_BUTTON (check);
    }
}

/* A step in kilograms as the form shows it: in the person's unit, as they set it there or the
 * nearest step people make in it (hip_units_load_step()). */
static double
shown_step (HipProfileForm *self,
            double          kg)
{
  return hip_units_load_step (kg, self->units);
}

/* Shows @profile; the changed signal is not emitted for it. */
void
hip_profile_form_set_profile (HipProfileForm   *self,
                              const HipProfile *profile)
{
  g_return_if_fail (HIP_IS_PROFILE_FORM (self));

  self->loading = TRUE;
  self->profile = *profile;
  adw_combo_row_set_selected (self->level_row, profile->level);
  gtk_spin_button_set_value (self->pain_spin, profile->pain);
  gtk_switch_set_active (self->knee_switch, profile->knee_pain);
  adw_combo_row_set_selected (self->replacement_row, profile->hip_replacement);
  gtk_spin_button_set_value (self->sessions_spin, profile->sessions_per_week);
  gtk_spin_button_set_value (self->minutes_spin, profile->minutes);
  gtk_spin_button_set_value (self->weeks_spin, profile->weeks);
  gtk_spin_button_set_value (self->load_step_spin, shown_step (self, profile->load_step));
  for (guint i = 0; i < N_EQUIPMENT; i++)
    gtk_check_button_set_active (self->equipment[i], (profile->equipment & bought[i]) != 0);
  gtk_spin_button_set_value (self->operation_spin, profile->replacement_weeks);
  gtk_widget_set_visible (GTK_WIDGET (self->operation_row),
                          profile->hip_replacement != HIP_REPLACEMENT_NONE);
  if (g_date_valid (&profile->start))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&profile->start),
                                                        g_date_get_month (&profile->start),
                                                        g_date_get_day (&profile->start),
                                                        0, 0, 0);
      gtk_calendar_select_day (self->calendar, day);
    }
  show_start (self);
  self->loading = FALSE;
}

/**
 * hip_profile_form_set_units:
 * @units: the person's unit of weight
 *
 * Shows the smallest weight step in @units, within a range and by increments of @units; the
 * profile keeps it in kilograms, exactly as set (hip_units_load_step_to_kg()).
 */
void
hip_profile_form_set_units (HipProfileForm *self,
                            HipUnits        units)
{
  GtkAdjustment *adjustment;
  HipProfile profile;

  g_return_if_fail (HIP_IS_PROFILE_FORM (self));

  if (self->units == units)
    return;
  hip_profile_form_get_profile (self, &profile);
  self->units = units;
  adjustment = gtk_spin_button_get_adjustment (self->load_step_spin);
  /* Pounds from 1 to 22 by half a pound, through 2.5, 5 and 10 (within the kilograms' 0.25–10
   * range); kilograms by a quarter. */
  gtk_adjustment_configure (adjustment, shown_step (self, profile.load_step),
                            units == HIP_UNITS_POUNDS ? 1 : HIP_PROFILE_MIN_LOAD_STEP,
                            units == HIP_UNITS_POUNDS ? 22 : HIP_PROFILE_MAX_LOAD_STEP,
                            units == HIP_UNITS_POUNDS ? 0.5 : 0.25,
                            units == HIP_UNITS_POUNDS ? 2.5 : 1, 0);
  gtk_spin_button_set_digits (self->load_step_spin, units == HIP_UNITS_POUNDS ? 1 : 2);
  gtk_label_set_label (self->load_step_unit, hip_units_symbol (units));
  if (units == HIP_UNITS_POUNDS)
    adw_action_row_set_subtitle (self->load_step_row, _("The least you can add, e.g. 2.5 lb for "
                                                        "dumbbells, 5 lb for plates"));
  else
    adw_action_row_set_subtitle (self->load_step_row, _("The least you can add, e.g. 1 kg for "
                                                        "dumbbells, 2.5 kg for plates"));
  self->profile = profile;
}

/* The profile as the form shows it. */
void
hip_profile_form_get_profile (HipProfileForm *self,
                              HipProfile     *profile)
{
  double step;

  g_return_if_fail (HIP_IS_PROFILE_FORM (self));

  *profile = self->profile;
  profile->level = adw_combo_row_get_selected (self->level_row);
  profile->pain = gtk_spin_button_get_value_as_int (self->pain_spin);
  profile->knee_pain = gtk_switch_get_active (self->knee_switch);
  profile->hip_replacement = adw_combo_row_get_selected (self->replacement_row);
  profile->sessions_per_week = gtk_spin_button_get_value_as_int (self->sessions_spin);
  profile->minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  profile->weeks = gtk_spin_button_get_value_as_int (self->weeks_spin);
  step = gtk_spin_button_get_value (self->load_step_spin);
  /* A step left as shown keeps what was set: 1 kg, shown as 2.5 lb, stays 1 kg and so comes
   * back as 1 kg in kilograms. */
  if (step != shown_step (self, self->profile.load_step))
    profile->load_step = CLAMP (hip_units_load_step_to_kg (step, self->units),
                                HIP_PROFILE_MIN_LOAD_STEP, HIP_PROFILE_MAX_LOAD_STEP);
  profile->equipment = HIP_EQUIPMENT_NONE;
  for (guint i = 0; i < N_EQUIPMENT; i++)
    if (gtk_check_button_get_active (self->equipment[i]))
      profile->equipment |= bought[i];
  profile->replacement_weeks = profile->hip_replacement != HIP_REPLACEMENT_NONE
                               ? (guint) gtk_spin_button_get_value_as_int (self->operation_spin)
                               : 0;
}

/**
 * hip_profile_form_set_activities:
 * @names: (array zero-terminated=1): the activities of positions 1, 2 and 3 (an empty one for
 *   a position without); those not given are empty
 *
 * Shows the functional scale's activities; the changed signal is not emitted for them.
 */
void
hip_profile_form_set_activities (HipProfileForm     *self,
                                 const char * const *names)
{
  gboolean end = FALSE;

  g_return_if_fail (HIP_IS_PROFILE_FORM (self));

  self->loading = TRUE;
  for (guint i = 0; i < HIP_PSFS_MAX_ACTIVITIES; i++)
    {
      end = end || names == NULL || names[i] == NULL;
      gtk_editable_set_text (GTK_EDITABLE (self->activity[i]), end ? "" : names[i]);
    }
  self->loading = FALSE;
}

/* Returns: (transfer full): the activities as entered, one a position (empty where none) */
GStrv
hip_profile_form_get_activities (HipProfileForm *self)
{
  GStrv names = g_new0 (char *, HIP_PSFS_MAX_ACTIVITIES + 1);

  g_return_val_if_fail (HIP_IS_PROFILE_FORM (self), names);

  for (guint i = 0; i < HIP_PSFS_MAX_ACTIVITIES; i++)
    names[i] = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->activity[i])));
  return names;
}

static void
hip_profile_form_class_init (HipProfileFormClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * HipProfileForm::changed:
   *
   * The person changed an answer.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-profile-form.ui");
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, level_row);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, pain_spin);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, knee_switch);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, replacement_row);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, sessions_spin);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, weeks_spin);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, load_step_spin);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, load_step_row);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, load_step_unit);
  gtk_widget_class_bind_template_child_full (widget_class, "activity1", FALSE,
                                             G_STRUCT_OFFSET (HipProfileForm, activity[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "activity2", FALSE,
                                             G_STRUCT_OFFSET (HipProfileForm, activity[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "activity3", FALSE,
                                             G_STRUCT_OFFSET (HipProfileForm, activity[2]));
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, start_button);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, calendar);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, equipment_group);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, operation_row);
  gtk_widget_class_bind_template_child (widget_class, HipProfileForm, operation_spin);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
}

static void
hip_profile_form_init (HipProfileForm *self)
{
  HipProfile profile;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  add_equipment_rows (self);

  /* A new profile starts today. */
  hip_profile_init (&profile);
  g_date_set_dmy (&profile.start, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  hip_profile_form_set_profile (self, &profile);
}
