/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipProgrammePage's edits: swap, add, remove, move, dose, and the fix of a broken rule, shown
 * before it is made. Each is saved through the coach at once, and a toast offers to undo it
 * (moves excepted: moving back undoes one). After the profile changed, the offer to make the
 * coming weeks again, shown before it is made and with Undo too. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-coach.h"
#include "hip-exercise.h"
#include "hip-exercise-chooser.h"
#include "hip-plan-changes.h"
#include "hip-plan-edit.h"
#include "hip-programme-page-private.h"
#include "hip-widget-utils.h"

#define MAX_LINES 6     /* changes a preview lists; the rest are counted */

/* ---- Undo ---- */

/* Ends the last edit's Undo: its toast goes, and what it would have put back. */
void
hip_programme_page_forget_undo (HipProgrammePage *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->undo_toast);

  g_clear_pointer (&self->undo_plan, hip_plan_free);
  if (toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (toast, self);
      adw_toast_dismiss (toast);
    }
}

/* The toast went (its time ran out, or it was closed): so does its Undo. */
static void
undo_dismissed_cb (HipProgrammePage *self,
                   AdwToast         *toast)
{
  if (toast == self->undo_toast)
    hip_programme_page_forget_undo (self);
}

/* Offers, in a toast that says @done, to put back @before: the programme as it was before the
 * change just saved. */
static void
offer_undo (HipProgrammePage *self,
            HipPlan          *before,
            const char       *done)
{
  AdwToast *toast = adw_toast_new (done);

  hip_programme_page_forget_undo (self);
  self->undo_plan = before;
  self->undo_id = self->id;
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "programme.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  self->undo_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Saves the change made in the coach's programme since @before (owned) was copied, and offers
 * to undo it in a toast that says @done; with no @done, the change is only saved. */
static void
save_edit (HipProgrammePage *self,
           HipPlan          *before,
           const char       *done)
{
  g_autoptr(HipPlan) owned = before;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  self->saving = TRUE;
  saved = hip_coach_save_plan (self->coach, &error);
  self->saving = FALSE;
  if (!saved)
    {
      g_autofree char *text = g_strdup_printf (_("Could not save the change: %s"),
                                               error->message);

      hip_programme_page_toast (self, text);
      return;
    }
  if (done != NULL)
    offer_undo (self, g_steal_pointer (&owned), done);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  g_autoptr(HipPlan) before = g_steal_pointer (&self->undo_plan);
  g_autoptr(GError) error = NULL;
  gboolean restored;

  if (before == NULL)
    return;
  hip_programme_page_forget_undo (self);
  self->saving = TRUE;
  restored = hip_coach_restore_plan (self->coach, self->undo_id, before, &error);
  self->saving = FALSE;
  hip_programme_page_toast (self, restored ? _("Change undone") : error->message);
}

/* ---- Previews ---- */

/* A list of @lines: the first few in full, then @rest (nullable) saying how many more. */
static GtkWidget *
lines_label (GPtrArray  *lines,
             const char *rest)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *label;

  for (guint i = 0; i < MIN (lines->len, MAX_LINES); i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", (const char *) lines->pdata[i]);
  if (rest != NULL)
    g_string_append_printf (text, "\n%s", rest);
  label = hip_wrapped_label_new (text->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* A heading, then @lines (nullable) under it: changes, or (@problems) what is wrong. */
static void
add_list (GtkBox     *box,
          const char *heading,
          GPtrArray  *lines,
          gboolean    problems)
{
  GtkWidget *title = gtk_label_new (heading);
  guint more = lines != NULL && lines->len > MAX_LINES ? lines->len - MAX_LINES : 0;
  g_autofree char *rest = NULL;

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  if (gtk_widget_get_first_child (GTK_WIDGET (box)) != NULL)
    gtk_widget_set_margin_top (title, 6);
  gtk_box_append (box, title);
  if (lines == NULL)
    return;
  if (more > 0 && problems)
    rest = g_strdup_printf (ngettext ("and %u more problem", "and %u more problems", more),
                            more);
  else if (more > 0)
    rest = g_strdup_printf (ngettext ("and %u more change", "and %u more changes", more), more);
  gtk_box_append (box, lines_label (lines, rest));
}

static GtkWidget *
list_box (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_halign (box, GTK_ALIGN_FILL);
  return box;
}

/* ---- Edits ---- */

static HipPrescription *
target_item (HipProgrammePage *self,
             GVariant         *parameter,
             guint            *session,
             guint            *position)
{
  HipSession *s;

  g_variant_get (parameter, "(uu)", session, position);
  s = self->plan != NULL ? hip_plan_get_session (self->plan, self->week, *session) : NULL;
  if (s == NULL || *position >= s->items->len)
    return NULL;
  return s->items->pdata[*position];
}

typedef struct
{
  HipProgrammePage *page;
  guint             session;
  guint             position;
} Edit;

static void
swap_chosen_cb (HipExerciseChooser *chooser,
                HipExercise        *exercise,
                Edit               *edit)
{
  HipProgrammePage *self = edit->page;

  g_autoptr(HipPlan) before = self->plan != NULL ? hip_plan_copy (self->plan) : NULL;

  if (before != NULL &&
      hip_plan_swap (self->plan, self->week, edit->session, edit->position, exercise))
    save_edit (self, g_steal_pointer (&before), _("Exercise swapped"));
}

static void
swap_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  Edit *edit = g_new0 (Edit, 1);
  HipPrescription *p = target_item (self, parameter, &edit->session, &edit->position);
  g_autoptr(GPtrArray) alternatives = NULL;
  g_autofree char *title = NULL;
  HipExerciseChooser *chooser;

  if (p == NULL)
    {
      g_free (edit);
      return;
    }
  edit->page = self;
  alternatives = hip_plan_alternatives (self->plan,
                                        hip_plan_get_session (self->plan, self->week,
                                                              edit->session),
                                        G_LIST_MODEL (self->catalogue), p->exercise);
  /* Translators: the title of the list of exercises to swap %s for */
  title = g_strdup_printf (_("Swap %s"), hip_exercise_get_name (p->exercise));
  chooser = hip_exercise_chooser_new (hip_programme_page_get_window (self), title, alternatives,
                                      p->exercise,
                                      self->stills);
  g_signal_connect_data (chooser, "chosen", G_CALLBACK (swap_chosen_cb), edit,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
add_chosen_cb (HipExerciseChooser *chooser,
               HipExercise        *exercise,
               Edit               *edit)
{
  HipProgrammePage *self = edit->page;

  g_autoptr(HipPlan) before = self->plan != NULL ? hip_plan_copy (self->plan) : NULL;

  if (before != NULL && hip_plan_add (self->plan, self->week, edit->session, exercise))
    save_edit (self, g_steal_pointer (&before), _("Exercise added"));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  g_autoptr(GPtrArray) addable = NULL;
  g_autofree char *title = NULL;
  HipExerciseChooser *chooser;
  Edit *edit;

  if (self->plan == NULL)
    return;
  edit = g_new0 (Edit, 1);
  edit->page = self;
  edit->session = g_variant_get_uint32 (parameter);
  addable = hip_plan_addable (self->plan, G_LIST_MODEL (self->catalogue), self->week,
                              edit->session);
  title = g_strdup_printf (_("Add to Session %u"), edit->session);
  chooser = hip_exercise_chooser_new (hip_programme_page_get_window (self), title, addable, NULL,
                                      self->stills);
  g_signal_connect_data (chooser, "chosen", G_CALLBACK (add_chosen_cb), edit,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  g_autoptr(HipPlan) before = NULL;
  guint session, position;

  if (target_item (self, parameter, &session, &position) == NULL)
    return;
  before = hip_plan_copy (self->plan);
  if (hip_plan_remove (self->plan, self->week, session, position))
    save_edit (self, g_steal_pointer (&before), _("Exercise removed"));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  int delta = g_str_equal (action_name, "programme.move-up") ? -1 : +1;
  guint session, position;

  /* Moving back is its own undo. */
  if (target_item (self, parameter, &session, &position) != NULL &&
      hip_plan_move (self->plan, self->week, session, position, delta))
    save_edit (self, NULL, NULL);
}

typedef struct
{
  Edit       edit;
  GtkWidget *sets;
  GtkWidget *amount;
  GtkWidget *load;
} DoseDialog;

static void
dose_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  DoseDialog       *dose)
{
  HipProgrammePage *self = dose->edit.page;
  guint amount = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (dose->amount));
  g_autoptr(HipPlan) before = NULL;

  if (g_strcmp0 (response, "save") != 0 || self->plan == NULL)
    return;
  before = hip_plan_copy (self->plan);
  if (hip_plan_set_dose (self->plan, self->week, dose->edit.session, dose->edit.position,
                         gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (dose->sets)),
                         amount, amount, gtk_editable_get_text (GTK_EDITABLE (dose->load))))
    save_edit (self, g_steal_pointer (&before), _("Dose changed"));
}

static void
dose_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  DoseDialog *dose = g_new0 (DoseDialog, 1);
  HipPrescription *p = target_item (self, parameter, &dose->edit.session, &dose->edit.position);
  GtkWidget *dialog, *grid, *title;
  g_autofree char *body = NULL;

  if (p == NULL)
    {
      g_free (dose);
      return;
    }
  dose->edit.page = self;
  body = g_strdup_printf (_("Week %u only: the other weeks keep their own dose."), self->week);
  dialog = adw_message_dialog_new (hip_programme_page_get_window (self),
                                   hip_exercise_get_name (p->exercise),
                                   body);
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  dose->sets = hip_grid_add_spin (GTK_GRID (grid), 0, _("_Sets"), p->sets, 1, 10, 1);
  dose->amount = p->reps > 0
    ? hip_grid_add_spin (GTK_GRID (grid), 1, _("_Repetitions"), p->reps, 1, 50, 1)
    : hip_grid_add_spin (GTK_GRID (grid), 1, _("S_econds"), p->seconds, 5, 600, 1);
  title = gtk_label_new_with_mnemonic (_("_Load"));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  dose->load = gtk_entry_new ();
  gtk_entry_set_max_length (GTK_ENTRY (dose->load), 200);
  gtk_editable_set_text (GTK_EDITABLE (dose->load), p->load != NULL ? p->load : "");
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), dose->load);
  gtk_grid_attach (GTK_GRID (grid), title, 0, 2, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), dose->load, 0, 3, 2, 1);
  hip_dialog_ask (ADW_MESSAGE_DIALOG (dialog), grid, "save", _("_Save"));
  g_signal_connect_data (dialog, "response", G_CALLBACK (dose_response_cb), dose,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Fixes, shown before they are made ---- */

typedef struct
{
  HipProgrammePage *page;
  GPtrArray        *problems;   /* the page's when the preview was made */
  guint             index;
} FixPreview;

static void
fix_preview_free (FixPreview *preview)
{
  g_ptr_array_unref (preview->problems);
  g_free (preview);
}

static void
fix_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 FixPreview       *preview)
{
  HipProgrammePage *self = preview->page;
  g_autoptr(HipPlan) before = NULL;

  if (g_strcmp0 (response, "apply") != 0)
    return;
  /* The week was shown again meanwhile (a workout adapted it): the preview is out of date. */
  if (self->plan == NULL || self->problems != preview->problems)
    {
      hip_programme_page_toast (self, _("The programme changed: look at it again"));
      return;
    }
  before = hip_plan_copy (self->plan);
  if (hip_plan_apply_fix (self->plan, G_LIST_MODEL (self->catalogue),
                          self->problems->pdata[preview->index]))
    save_edit (self, g_steal_pointer (&before), _("Fix made"));
}

/* The fix's button shows what it will change, and what will still be wrong afterwards, before
 * anything is changed: a fix is one change, and never sets off another. */
static void
fix_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HipProgrammePage *self = HIP_PROGRAMME_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) remaining = NULL;
  FixPreview *preview;
  HipProblem *problem;
  GtkWidget *dialog, *box;

  if (self->plan == NULL || self->problems == NULL || index >= self->problems->len)
    return;
  problem = self->problems->pdata[index];
  changes = hip_plan_preview_fix (self->plan, G_LIST_MODEL (self->catalogue), problem,
                                  &remaining);
  dialog = adw_message_dialog_new (hip_programme_page_get_window (self), problem->fix_label,
                                   _("Only this changes, and you can undo it."));
  box = list_box ();
  add_list (GTK_BOX (box), _("What changes"), changes, FALSE);
  if (remaining->len > 0)
    add_list (GTK_BOX (box), _("Still to mend afterwards, one change at a time"), remaining,
              TRUE);
  else
    add_list (GTK_BOX (box), _("Afterwards every rule is kept."), NULL, FALSE);
  hip_dialog_ask (ADW_MESSAGE_DIALOG (dialog), box, "apply", _("_Apply"));
  preview = g_new0 (FixPreview, 1);
  preview->page = self;
  preview->problems = g_ptr_array_ref (self->problems);
  preview->index = index;
  g_signal_connect_data (dialog, "response", G_CALLBACK (fix_response_cb), preview,
                         (GClosureNotify) (void (*) (void)) fix_preview_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- The coming weeks, after the profile changed ---- */

static void
update_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    HipProgrammePage *self)
{
  g_autoptr(HipPlan) before = NULL;
  g_autoptr(GError) error = NULL;
  gboolean updated;

  if (g_strcmp0 (response, "update") != 0 || self->plan == NULL)
    return;
  before = hip_plan_copy (self->plan);
  self->saving = TRUE;
  updated = hip_coach_update_coming_weeks (self->coach, &error);
  self->saving = FALSE;
  if (updated)
    offer_undo (self, g_steal_pointer (&before), _("Coming weeks updated"));
  else
    hip_programme_page_toast (self, error->message);
}

/* Asks whether to make the coming weeks again as @preview, showing what would change. */
static void
ask_update (HipProgrammePage *self,
            const HipPlan    *preview,
            GPtrArray        *changes)
{
  GtkWidget *dialog = adw_message_dialog_new (hip_programme_page_get_window (self),
                                              _("Your Profile Changed"),
                                              _("Update the coming weeks to fit it? The "
                                                "sessions you have done and your log stay as "
                                                "they are; only sessions not done yet are made "
                                                "again."));
  GtkWidget *box = list_box ();
  guint n = hip_plan_count_changed_sessions (self->plan, preview);
  g_autofree char *heading = g_strdup_printf (ngettext ("What changes, in %u session",
                                                        "What changes, in %u sessions", n), n);

  add_list (GTK_BOX (box), heading, changes, FALSE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep as It Is"),
                                    "update", _("_Update the Coming Weeks"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "update",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "update");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (update_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* With no programme to follow the profile: a new one, made from it. */
static void
offer_new_programme (HipProgrammePage *self)
{
  /* Short: beside its button, a toast keeps about ten characters of title in a 360 px window.
   * The profile window has just closed: what was saved goes without saying. */
  AdwToast *offer = adw_toast_new (_("Saved"));

  adw_toast_set_button_label (offer, _("_New Programme"));
  adw_toast_set_action_name (offer, "programme.generate");
  adw_toast_set_timeout (offer, 10);
  adw_toast_overlay_add_toast (self->toasts, offer);
}

/**
 * hip_programme_page_profile_changed:
 *
 * The profile was saved: the page shows what it excludes and dates now, and offers to make the
 * coming weeks again from it, showing what would change (hip_coach_update_coming_weeks()).
 * When nothing would, it says the profile was saved; with no programme, it offers one.
 */
void
hip_programme_page_profile_changed (HipProgrammePage *self)
{
  g_autoptr(HipPlan) preview = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HIP_IS_PROGRAMME_PAGE (self));

  hip_programme_page_reload (self);
  if (self->plan == NULL)
    {
      offer_new_programme (self);
      return;
    }
  preview = hip_coach_preview_coming_weeks (self->coach, &error);
  if (preview == NULL)
    {
      hip_programme_page_toast (self, error->message);
      return;
    }
  changes = hip_plan_describe_changes (self->plan, preview);
  if (changes->len == 0)
    hip_programme_page_toast (self, _("Profile saved"));
  else
    ask_update (self, preview, changes);
}

void
hip_programme_page_install_edit_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "programme.swap", "(uu)", swap_action);
  gtk_widget_class_install_action (widget_class, "programme.add", "u", add_action);
  gtk_widget_class_install_action (widget_class, "programme.remove", "(uu)", remove_action);
  gtk_widget_class_install_action (widget_class, "programme.move-up", "(uu)", move_action);
  gtk_widget_class_install_action (widget_class, "programme.move-down", "(uu)", move_action);
  gtk_widget_class_install_action (widget_class, "programme.dose", "(uu)", dose_action);
  gtk_widget_class_install_action (widget_class, "programme.fix", "u", fix_action);
  gtk_widget_class_install_action (widget_class, "programme.undo", NULL, undo_action);
}
