/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-first-run.h"
#include "hip-first-run-private.h"
#include "hip-profile-form.h"

/**
 * HipFirstRun:
 *
 * The first start: what the app is (an exercise aid, not a treatment), the red-flag screening
 * of SCIENCE.md §4, then the profile. Any "yes" leads to a calm advice page, and no programme
 * is made until the person confirms that a clinician has cleared them. Emits
 * HipFirstRun::finished with the profile ready.
 */
struct _HipFirstRun
{
  AdwBin               parent_instance;

  GPtrArray           *answers;      /* of GtkSwitch, in the order of red_flags */

  GtkButton           *back_button;
  GtkStack            *stack;
  AdwPreferencesGroup *emergency_group;
  AdwPreferencesGroup *urgent_group;
  AdwStatusPage       *advice_page;
  GtkCheckButton      *cleared_check;
  AdwBin              *form_bin;

  /* The questions and the form are built when their page is first shown: the welcome page is
   * all that the window's first frame needs. */
  HipProfileForm      *form;
};

G_DEFINE_FINAL_TYPE (HipFirstRun, hip_first_run, ADW_TYPE_BIN)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* SCIENCE.md §4: the 2020 international red-flag framework and the NHS's list. */
static const struct
{
  gboolean    emergency;
  const char *question;
} red_flags[] = {
  { TRUE, N_("Numbness around the genitals or buttocks (the “saddle” area)") },
  { TRUE, N_("New problems controlling your bladder or bowels") },
  { TRUE, N_("New sexual problems, such as loss of sensation") },
  { TRUE, N_("Pain like sciatica running down both legs") },
  { TRUE, N_("Weakness in the legs that is getting worse") },
  { FALSE, N_("You have had cancer") },
  { FALSE, N_("This is your first back pain and you are over 50") },
  { FALSE, N_("You are losing weight without trying") },
  { FALSE, N_("Constant pain at night that does not ease when you change position") },
  { FALSE, N_("Fever, or a weakened immune system (for example from medication)") },
  { FALSE, N_("A recent fall or accident, or a minor one with osteoporosis or steroid use") },
  { FALSE, N_("New numbness or weakness anywhere") },
};

static void
ensure_questions (HipFirstRun *self)
{
  if (self->answers->len > 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (red_flags); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *answer = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(red_flags[i].question));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (answer, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), answer);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), answer);
      adw_preferences_group_add (red_flags[i].emergency ? self->emergency_group
                                                        : self->urgent_group, row);
      g_ptr_array_add (self->answers, answer);
    }
}

static gboolean
any_yes (HipFirstRun *self,
         gboolean     emergency_only)
{
  for (guint i = 0; i < self->answers->len; i++)
    if (gtk_switch_get_active (self->answers->pdata[i]) &&
        (!emergency_only || red_flags[i].emergency))
      return TRUE;
  return FALSE;
}

/* Shows @page, which stays hidden (and so unstyled) until it is first shown. */
static void
go_to (HipFirstRun *self,
       const char  *page)
{
  gtk_widget_set_visible (gtk_stack_get_child_by_name (self->stack, page), TRUE);
  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
show_advice (HipFirstRun *self)
{
  adw_status_page_set_description (self->advice_page, any_yes (self, TRUE)
    ? _("What you ticked can be a sign of a serious problem with the nerves of the lower spine "
        "(cauda equina syndrome). Contact a doctor or emergency services today: in the UK, "
        "A&amp;E or 999. Do not start an exercise programme until you have been seen.")
    : _("What you ticked is usually nothing serious, but it should be checked before you "
        "start: book an appointment with your doctor or physiotherapist. You can browse the "
        "exercises meanwhile; your programme is made once a clinician has cleared you."));
  gtk_check_button_set_active (self->cleared_check, FALSE);
  adw_status_page_set_icon_name (self->advice_page, "dialog-warning-symbolic");
  go_to (self, "advice");
}

static HipProfileForm *
ensure_form (HipFirstRun *self)
{
  if (self->form == NULL)
    {
      self->form = g_object_new (HIP_TYPE_PROFILE_FORM, NULL);
      adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
    }
  return self->form;
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipFirstRun *self = HIP_FIRST_RUN (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "welcome") == 0)
    {
      ensure_questions (self);
      go_to (self, "screening");
    }
  else if (g_strcmp0 (page, "screening") == 0 && any_yes (self, FALSE))
    show_advice (self);
  else if (g_strcmp0 (page, "screening") == 0 || g_strcmp0 (page, "advice") == 0)
    {
      ensure_form (self);
      go_to (self, "profile");
    }
  else if (g_strcmp0 (page, "profile") == 0)
    g_signal_emit (self, signals[FINISHED], 0);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipFirstRun *self = HIP_FIRST_RUN (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "screening") == 0)
    go_to (self, "welcome");
  else
    /* From the advice page or the profile: back to the answers, to change them. */
    go_to (self, "screening");
}

/* Next is possible on the advice page only once the clinician's clearance is confirmed. */
static void
update_actions (HipFirstRun *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.next",
                                 g_strcmp0 (page, "advice") != 0 ||
                                 gtk_check_button_get_active (self->cleared_check));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.back",
                                 g_strcmp0 (page, "welcome") != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), g_strcmp0 (page, "welcome") != 0);
}

static void
page_changed_cb (HipFirstRun *self)
{
  update_actions (self);
}

static void
cleared_toggled_cb (HipFirstRun *self)
{
  update_actions (self);
}

/* The page shown: "welcome", "screening", "advice" or "profile". */
const char *
hip_first_run_get_page (HipFirstRun *self)
{
  g_return_val_if_fail (HIP_IS_FIRST_RUN (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* Answers red-flag question @question (in SCIENCE.md §4's order), as the person would. */
void
hip_first_run_answer (HipFirstRun *self,
                      guint        question,
                      gboolean     yes)
{
  g_return_if_fail (HIP_IS_FIRST_RUN (self));
  g_return_if_fail (question < G_N_ELEMENTS (red_flags));

  ensure_questions (self);
  gtk_switch_set_active (self->answers->pdata[question], yes);
}

/* The profile as answered, with the screening's outcome. */
void
hip_first_run_get_profile (HipFirstRun *self,
                           HipProfile  *profile)
{
  g_return_if_fail (HIP_IS_FIRST_RUN (self));

  hip_profile_form_get_profile (ensure_form (self), profile);
  profile->screening = any_yes (self, FALSE) ? HIP_SCREENING_CLEARED_BY_CLINICIAN
                                             : HIP_SCREENING_CLEAR;
  /* A new person gets their own plan, not everyone's: the seed is drawn once, then kept. */
  profile->seed = g_random_int ();
}

/* Returns: (transfer full): the functional scale's activities as entered, one a position */
GStrv
hip_first_run_get_activities (HipFirstRun *self)
{
  g_return_val_if_fail (HIP_IS_FIRST_RUN (self), NULL);

  return hip_profile_form_get_activities (ensure_form (self));
}

static void
hip_first_run_finalize (GObject *object)
{
  HipFirstRun *self = (HipFirstRun *) object;

  g_ptr_array_unref (self->answers);
  G_OBJECT_CLASS (hip_first_run_parent_class)->finalize (object);
}

static void
hip_first_run_class_init (HipFirstRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hip_first_run_finalize;

  /**
   * HipFirstRun::finished:
   *
   * The person finished the profile; hip_first_run_get_profile() has it.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/hip-first-run.ui");
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, back_button);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, stack);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, emergency_group);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, urgent_group);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, advice_page);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, cleared_check);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, form_bin);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, cleared_toggled_cb);

  gtk_widget_class_install_action (widget_class, "first-run.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "first-run.back", NULL, back_action);
}

static void
hip_first_run_init (HipFirstRun *self)
{
  self->answers = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}
