/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-balance-wheel.h"
#include "hip-calendar.h"
#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-exercise.h"
#include "hip-plan-edit.h"
#include "hip-planner.h"
#include "hip-programme-page.h"
#include "hip-programme-page-private.h"
#include "hip-stills.h"
#include "hip-store.h"
#include "hip-today.h"
#include "hip-units.h"
#include "hip-widget-utils.h"

#define STILL_SIZE 56

/**
 * HipProgrammePage:
 *
 * The person's programme, a week at a time: the balance wheel and each rule's verdict with the
 * fix for what an edit broke, then the sessions with their prescriptions. Every prescription
 * can be swapped, moved, re-dosed or removed, and exercises added; each change is saved through
 * the coach at once and can be undone (hip-programme-page-edits.c). Programmes can be made from
 * the profile, renamed, deleted, and one picked as the active one.
 */
G_DEFINE_FINAL_TYPE (HipProgrammePage, hip_programme_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COACH,
  PROP_STILLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
hip_programme_page_toast (HipProgrammePage *self,
                          const char       *text)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

static void
clear_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/* ---- Showing the week ---- */

static char *
dose_text (const HipPrescription *p,
           HipUnits               units)
{
  g_autofree char *load = hip_units_convert_text (p->load, units);
  g_autofree char *dose = hip_prescription_format_dose (p);

  /* A load in kilograms ("12.5 kg") is shown in the person's unit; other text as written. */
  if (load != NULL && *load != '\0')
    return g_strdup_printf ("%s · %s\n%s", hip_part_get_label (p->part), dose, load);
  return g_strdup_printf ("%s · %s", hip_part_get_label (p->part), dose);
}

static void
add_item (GMenu      *menu,
          const char *label,
          const char *action,
          GVariant   *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

/* The row's menu: every edit of prescription @position of session @session. */
static GMenuModel *
row_menu (const HipPrescription *p,
          guint                  session,
          guint                  position,
          guint                  n_items)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) order = g_menu_new ();
  g_autoptr(GMenu) other = g_menu_new ();
#define AT g_variant_new ("(uu)", session, position)

  add_item (edit, _("_Swap…"), "programme.swap", AT);
  add_item (edit, _("_Change Dose…"), "programme.dose", AT);
  if (position > 0)
    add_item (order, _("Move _Up"), "programme.move-up", AT);
  if (position + 1 < n_items)
    add_item (order, _("Move _Down"), "programme.move-down", AT);
  add_item (other, _("Show _Exercise"), "win.show-exercise",
            g_variant_new_string (hip_exercise_get_id (p->exercise)));
  add_item (other, _("_Remove"), "programme.remove", AT);
#undef AT
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (order));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (other));
  return G_MENU_MODEL (menu);
}

static GtkWidget *
why_button (const HipPrescription *p)
{
  g_autofree char *why = hip_prescription_explain (p);
  g_autofree char *name = NULL;
  GtkWidget *label = gtk_label_new (why);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "programme-why");
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Why?"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, p->rationale);
  /* A name for a screen reader: GTK 4.8 names a menu button after its widget type. */
  name = g_strdup_printf (_("Why %s?"), hip_exercise_get_name (p->exercise));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static GtkWidget *
prescription_row (HipProgrammePage      *self,
                  const HipPrescription *p,
                  guint                  session,
                  guint                  position,
                  guint                  n_items)
{
  g_autofree char *dose = dose_text (p, hip_coach_get_units (self->coach));
  g_autofree char *name = NULL;
  GtkWidget *row = hip_action_row_new (hip_exercise_get_name (p->exercise), dose);
  GtkWidget *menu = gtk_menu_button_new ();
  g_autoptr(GMenuModel) model = row_menu (p, session, position, n_items);

  /* The dose wraps whole: at 360 px a German one takes four lines. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (self->stills != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               hip_stills_picture_new (self->stills, p->exercise, STILL_SIZE,
                                                       gtk_widget_get_scale_factor (
                                                         GTK_WIDGET (self))));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), why_button (p));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu), model);
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu, "flat");
  gtk_widget_set_tooltip_text (menu, _("Change"));
  /* Translators: the accessible name of an exercise's menu; %s is the exercise */
  name = g_strdup_printf (_("Change %s"), hip_exercise_get_name (p->exercise));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu);
  return row;
}

/* The session's title: its number and day. @left_out says when it has no day because its week
 * (the first, or the one a missed session was moved into) began too late for it. */
static char *
session_title (HipProgrammePage *self,
               const HipSession *session,
               gboolean         *left_out)
{
  g_autofree char *day = NULL;
  GDate date;

  *left_out = FALSE;
  if (!hip_coach_get_session_date (self->coach, session, &date))
    {
      *left_out = g_date_valid (&self->plan->profile.start);
      return *left_out
        /* Translators: the title of a session that has no day in its week (see the next
         * string); “Session 3 · Not planned” */
        ? g_strdup_printf (_("Session %u · Not planned"), session->session)
        : g_strdup_printf (_("Session %u"), session->session);
    }
  /* Translators: a day in a session's title, as g_date_time_format() writes it */
  day = hip_format_date (&date, _("%A %-d %B"));
  /* Translators: “Session 2 · Wednesday 2 December” */
  return g_strdup_printf (_("Session %u · %s"), session->session, day);
}

static GtkWidget *
session_group (HipProgrammePage *self,
               const HipSession *session)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = hip_icon_button_new ("list-add-symbolic", _("Add an Exercise"));
  gboolean left_out;
  g_autofree char *title = session_title (self, session, &left_out);
  guint n = hip_session_minutes (session);
  g_autofree char *minutes = NULL;

  if (left_out)
    {
      g_autofree char *length = hip_session_is_full (session)
        ? g_strdup_printf (ngettext ("about %u minute", "about %u minutes", n), n)
        : g_strdup_printf (ngettext ("a short mobility and core day, about %u minute",
                                     "a short mobility and core day, about %u minutes", n), n);

      /* Translators: the description of a session that has no day: its week began part-way
       * through (the programme's start date, or a missed session moved to today), and the
       * sessions before it, a day apart, took the days left; %s is “about 30 minutes” */
      minutes = g_strdup_printf (_("This week began part-way through and has no day left for "
                                   "this session · %s"), length);
    }
  else if (hip_session_is_full (session))
    minutes = g_strdup_printf (ngettext ("About %u minute", "About %u minutes", n), n);
  else
    /* Translators: a short session of mobility and core work, not a full one */
    minutes = g_strdup_printf (ngettext ("Mobility and core day · about %u minute",
                                         "Mobility and core day · about %u minutes", n), n);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), minutes);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "programme.add");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (add), "u", session->session);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  for (guint i = 0; i < session->items->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               prescription_row (self, session->items->pdata[i],
                                                 session->session, i, session->items->len));
  return group;
}

static void
clear_problem_rows (HipProgrammePage *self)
{
  while (self->problem_rows != NULL)
    {
      GtkWidget *row = self->problem_rows;

      self->problem_rows = g_object_get_data (G_OBJECT (row), "next");
      adw_preferences_group_remove (self->problems_group, row);
    }
}

static void
add_problem_row (HipProgrammePage *self,
                 GtkWidget        *row)
{
  g_object_set_data (G_OBJECT (row), "next", self->problem_rows);
  self->problem_rows = row;
  adw_preferences_group_add (self->problems_group, row);
}

static GtkWidget *
problem_row (const HipProblem *problem,
             guint             index)
{
  GtkWidget *row = hip_action_row_new (problem->message, NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (icon, "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (problem->fix != HIP_FIX_NONE)
    {
      GtkWidget *fix = gtk_button_new_with_label (_("Fix…"));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), problem->fix_label);
      gtk_widget_set_valign (fix, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (fix, problem->fix_label);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (fix), "programme.fix");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (fix), "u", index);
      gtk_widget_add_css_class (fix, "suggested-action");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), fix);
    }
  return row;
}

static void
show_balance (HipProgrammePage *self)
{
  HipBalance balance;

  hip_plan_week_balance (self->plan, self->week, &balance);
  hip_balance_wheel_set_balance (self->wheel, &balance, self->plan->exempt);

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = hip_plan_find_problems (self->plan, G_LIST_MODEL (self->catalogue), self->week);
  clear_problem_rows (self);
  if (self->problems->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Every hip action is trained in balance, with core work "
                                       "in every session, within your minutes."));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      add_problem_row (self, row);
    }
  for (guint i = 0; i < self->problems->len; i++)
    add_problem_row (self, problem_row (self->problems->pdata[i], i));
}

static void
update_actions (HipProgrammePage *self)
{
  gboolean have = self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.previous-week",
                                 have && self->week > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.next-week",
                                 have && self->week < self->plan->profile.weeks);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.rename", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "programme.delete", have);
}

/* The person's week the programme week shown is, under its number: "9–15 March". */
static void
show_week_days (HipProgrammePage *self)
{
  g_autofree char *first_text = NULL, *last_text = NULL, *days = NULL;
  GDate first, last;
  gboolean one_month;

  gtk_widget_set_visible (GTK_WIDGET (self->week_days_label),
                          hip_plan_week_first_day (self->plan,
                                                   hip_coach_get_week_start (self->coach),
                                                   self->week, &first));
  if (!gtk_widget_get_visible (GTK_WIDGET (self->week_days_label)))
    return;
  last = first;
  g_date_add_days (&last, 6);
  one_month = g_date_get_month (&first) == g_date_get_month (&last);
  if (one_month)
    {
      /* Translators: a week's first and last days within one month, as g_date_time_format()
       * writes them, for "9–15 March" (US English: "%B %-d" and "%-d", "March 9–15").
       * xgettext:no-c-format */
      first_text = hip_format_date (&first, C_("first day of a week in one month", "%-d"));
      last_text = hip_format_date (&last, C_("last day of a week in one month", "%-d %B"));
      /* Translators: the two days above: "9–15 March" */
      days = g_strdup_printf (C_("days of a week in one month", "%s–%s"), first_text, last_text);
    }
  else
    {
      /* Translators: a week's first or last day when it spans two months, as
       * g_date_time_format() writes it: "30 March" of "30 March – 5 April" */
      first_text = hip_format_date (&first, C_("day of a week in two months", "%-d %B"));
      last_text = hip_format_date (&last, C_("day of a week in two months", "%-d %B"));
      /* Translators: the two days above: "30 March – 5 April" */
      days = g_strdup_printf (C_("days of a week in two months", "%s – %s"), first_text,
                              last_text);
    }
  gtk_label_set_label (self->week_days_label, days);
}

static void
show_week (HipProgrammePage *self)
{
  g_autofree char *week = NULL;

  clear_children (GTK_WIDGET (self->sessions_box));
  update_actions (self);
  if (self->plan == NULL)
    {
      gtk_stack_set_visible_child_name (self->page_stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->page_stack, "plan");
  /* Translators: the week shown, of the weeks in the block */
  week = g_strdup_printf (_("Week %u of %u"), self->week, self->plan->profile.weeks);
  gtk_label_set_label (self->week_label, week);
  show_week_days (self);
  show_balance (self);
  for (guint s = 0; s < self->plan->sessions->len; s++)
    {
      HipSession *session = self->plan->sessions->pdata[s];

      if (session->week == self->week)
        gtk_box_append (self->sessions_box, session_group (self, session));
    }
}

/* What the planner changed from the profile (for a new plan), and what the last workout
 * changed (the adaptation rules). */
static void
show_notes (HipProgrammePage *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->plan != NULL)
    changes = hip_coach_latest_adaptations (self->coach, self->id, NULL);
  for (guint i = 0; self->plan != NULL && i < self->plan->notes->len; i++)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                            (const char *) self->plan->notes->pdata[i]);
  if (changes != NULL && changes->len > 0)
    {
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n\n" : "",
                              _("After your last session:"));
      for (guint i = 0; i < changes->len; i++)
        g_string_append_printf (text, "\n• %s", (const char *) changes->pdata[i]);
    }
  gtk_label_set_label (self->notes_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), text->len > 0);
}

/* ---- Programmes ---- */

static gboolean
same_names (GPtrArray  *programmes,
            GListModel *names)
{
  if (names == NULL || g_list_model_get_n_items (names) != programmes->len)
    return FALSE;
  for (guint i = 0; i < programmes->len; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i),
                   ((HipProgrammeInfo *) programmes->pdata[i])->name) != 0)
      return FALSE;
  return TRUE;
}

/* Lists the programmes in the drop-down, with programme @id selected. The drop-down keeps its
 * model when the names are the same: choosing a programme in it changes the programme while
 * the drop-down is still using its model. */
static void
list_programmes (HipProgrammePage *self,
                 gint64            id)
{
  g_autoptr(GError) error = NULL;
  GListModel *shown = gtk_drop_down_get_model (self->programmes_dropdown);
  guint selected = GTK_INVALID_LIST_POSITION;

  g_clear_pointer (&self->programmes, g_ptr_array_unref);
  self->programmes = hip_coach_list_programmes (self->coach, &error);
  if (self->programmes == NULL)
    {
      g_warning ("Could not list the programmes: %s", error->message);
      self->programmes = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->programmes->len; i++)
    if (((HipProgrammeInfo *) self->programmes->pdata[i])->id == id)
      selected = i;
  self->updating = TRUE;
  if (!same_names (self->programmes, shown))
    {
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

      for (guint i = 0; i < self->programmes->len; i++)
        gtk_string_list_append (names, ((HipProgrammeInfo *) self->programmes->pdata[i])->name);
      gtk_drop_down_set_model (self->programmes_dropdown, G_LIST_MODEL (names));
    }
  if (gtk_drop_down_get_selected (self->programmes_dropdown) != selected)
    gtk_drop_down_set_selected (self->programmes_dropdown, selected);
  self->updating = FALSE;
}

/* Shows the coach's active programme; the same programme again (after an edit, a workout, or
 * back from another page) keeps its week. */
static void
load (HipProgrammePage *self)
{
  gint64 id = 0;
  HipPlan *plan = hip_coach_get_plan (self->coach, &id);
  guint week = plan != NULL && id == self->id ? self->week : 1;

  self->plan = plan;
  self->id = id;
  self->week = plan != NULL ? MIN (week, plan->profile.weeks) : 1;
  show_notes (self);
  show_week (self);
}

/* The list of programmes, and the active one: after any change to either. A change the page
 * did not make itself (another programme chosen, a workout adapting this one) ends the last
 * edit's Undo: what it would put back is no longer what was there. */
static void
relist_and_load (HipProgrammePage *self)
{
  if (!self->saving)
    hip_programme_page_forget_undo (self);
  list_programmes (self, hip_coach_get_active_programme (self->coach));
  load (self);
}

/* Loads the active programme again (the profile or the store changed). */
void
hip_programme_page_reload (HipProgrammePage *self)
{
  g_return_if_fail (HIP_IS_PROGRAMME_PAGE (self));

  relist_and_load (self);
}

/**
 * hip_programme_page_generate:
 *
 * Makes a programme from the profile and makes it the active one; the previous programmes are
 * kept. A second programme gets a new seed, so it is not the same plan again.
 */
void
hip_programme_page_generate (HipProgrammePage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HIP_IS_PROGRAMME_PAGE (self));

  if (hip_coach_generate_programme (self->coach, NULL, &error))
    return;
  if (g_error_matches (error, HIP_COACH_ERROR, HIP_COACH_ERROR_NO_PROFILE) ||
      g_error_matches (error, HIP_COACH_ERROR, HIP_COACH_ERROR_SCREENING))
    /* A programme needs the screening and the profile first. */
    gtk_widget_activate_action (GTK_WIDGET (self), "win.first-run", NULL);
  else
    hip_programme_page_toast (self, error->message);
}

static void
programme_selected_cb (HipProgrammePage *self)
{
  guint i = gtk_drop_down_get_selected (self->programmes_dropdown);
  HipProgrammeInfo *info;
  g_autoptr(GError) error = NULL;

  if (self->updating || self->programmes == NULL || i >= self->programmes->len)
    return;
  info = self->programmes->pdata[i];
  if (info->id == self->id)
    return;
  if (!hip_coach_activate_programme (self->coach, info->id, &error))
    hip_programme_page_toast (self, error->message);
}

/* ---- Actions ---- */

static void
week_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);

  if (self->plan == NULL)
    return;
  if (g_str_equal (action_name, "programme.next-week"))
    self->week = MIN (self->week + 1, self->plan->profile.weeks);
  else
    self->week = MAX (self->week, 2) - 1;
  show_week (self);
  /* Another week is read from its first session; an edit (show_week alone) keeps the place. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
generate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  hip_programme_page_generate (HIP_PROGRAMME_PAGE (widget));
}

GtkWindow *
hip_programme_page_get_window (HipProgrammePage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    HipProgrammePage *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;
  if (!hip_coach_rename_programme (self->coach, self->id, gtk_editable_get_text (entry),
                                   &error))
    hip_programme_page_toast (self, error->message);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  guint i = gtk_drop_down_get_selected (self->programmes_dropdown);
  GtkWidget *dialog = adw_message_dialog_new (hip_programme_page_get_window (self),
                                              _("Rename Programme"), NULL);
  GtkWidget *entry = gtk_entry_new ();

  if (self->programmes != NULL && i < self->programmes->len)
    gtk_editable_set_text (GTK_EDITABLE (entry),
                           ((HipProgrammeInfo *) self->programmes->pdata[i])->name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "rename", _("_Rename"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  g_signal_connect (dialog, "response", G_CALLBACK (rename_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    HipProgrammePage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;
  /* The newest of the others becomes the active one. */
  if (!hip_coach_delete_programme (self->coach, self->id, NULL, &error))
    hip_programme_page_toast (self, error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  GtkWidget *dialog = adw_message_dialog_new (hip_programme_page_get_window (self),
                                              _("Delete Programme?"),
                                              _("The programme and your changes to it are "
                                                "deleted. This cannot be undone."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (delete_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Accessors, for the window and the tests ---- */

const HipPlan *
hip_programme_page_get_plan (HipProgrammePage *self)
{
  g_return_val_if_fail (HIP_IS_PROGRAMME_PAGE (self), NULL);
  return self->plan;
}

guint
hip_programme_page_get_week (HipProgrammePage *self)
{
  g_return_val_if_fail (HIP_IS_PROGRAMME_PAGE (self), 0);
  return self->week;
}

gint64
hip_programme_page_get_id (HipProgrammePage *self)
{
  g_return_val_if_fail (HIP_IS_PROGRAMME_PAGE (self), 0);
  return self->id;
}

/* Returns: (transfer none) (element-type HipProblem): the problems of the week shown */
GPtrArray *
hip_programme_page_get_problems (HipProgrammePage *self)
{
  g_return_val_if_fail (HIP_IS_PROGRAMME_PAGE (self), NULL);
  return self->problems;
}

/* Returns: (transfer none): what the page says above the wheel (the planner's notes) */
const char *
hip_programme_page_get_notes (HipProgrammePage *self)
{
  g_return_val_if_fail (HIP_IS_PROGRAMME_PAGE (self), NULL);
  return gtk_label_get_label (self->notes_label);
}

GtkWidget *
hip_programme_page_get_wheel (HipProgrammePage *self)
{
  g_return_val_if_fail (HIP_IS_PROGRAMME_PAGE (self), NULL);
  return GTK_WIDGET (self->wheel);
}

/* The coach is set: show its programme, and follow it from now on. Made, chosen, edited,
 * renamed, deleted, or adapted after a workout: from this page or another, the page shows the
 * programme as it is now. */
static void
hip_programme_page_constructed (GObject *object)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (object);

  G_OBJECT_CLASS (hip_programme_page_parent_class)->constructed (object);

  self->catalogue = g_object_ref (hip_coach_get_catalogue (self->coach));
  g_signal_connect_object (self->coach, "programme-changed", G_CALLBACK (relist_and_load), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "notify::units", G_CALLBACK (show_week), self,
                           G_CONNECT_SWAPPED);
  /* The sessions' days and the week's follow the person's week start. */
  g_signal_connect_object (self->coach, "notify::week-start", G_CALLBACK (show_week), self,
                           G_CONNECT_SWAPPED);
  hip_programme_page_reload (self);
}

static void
hip_programme_page_dispose (GObject *object)
{
  HipProgrammePage *self = (HipProgrammePage *) object;

  self->plan = NULL;
  hip_programme_page_forget_undo (self);
  g_clear_pointer (&self->programmes, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->coach);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->stills);
  G_OBJECT_CLASS (hip_programme_page_parent_class)->dispose (object);
}

static void
hip_programme_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (object);

  switch (prop_id)
    {
    case PROP_COACH:
      g_value_set_object (value, self->coach);
      break;
    case PROP_STILLS:
      g_value_set_object (value, self->stills);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_programme_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (object);

  switch (prop_id)
    {
    case PROP_COACH:
      self->coach = g_value_dup_object (value);
      break;
    case PROP_STILLS:
      self->stills = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_programme_page_class_init (HipProgrammePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_programme_page_dispose;
  object_class->constructed = hip_programme_page_constructed;
  object_class->get_property = hip_programme_page_get_property;
  object_class->set_property = hip_programme_page_set_property;

  properties[PROP_COACH] =
    g_param_spec_object ("coach", NULL, NULL, HIP_TYPE_COACH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STILLS] =
    g_param_spec_object ("stills", NULL, NULL, HIP_TYPE_STILLS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HIP_TYPE_BALANCE_WHEEL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-programme-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, toasts);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, page_stack);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, programmes_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, week_label);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, week_days_label);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, wheel);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, problems_group);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammePage, sessions_box);
  gtk_widget_class_bind_template_callback (widget_class, programme_selected_cb);

  gtk_widget_class_install_action (widget_class, "programme.previous-week", NULL, week_action);
  gtk_widget_class_install_action (widget_class, "programme.next-week", NULL, week_action);
  gtk_widget_class_install_action (widget_class, "programme.generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "programme.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "programme.delete", NULL, delete_action);
  hip_programme_page_install_edit_actions (widget_class);

}

static void
hip_programme_page_init (HipProgrammePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}
