/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-first-run.h"
#include "hip-first-run-private.h"
#include "hip-screening.h"
#include "hip-profile-form.h"

/**
 * HipFirstRun:
 *
 * The first start: what the app is (an exercise aid, not a treatment), the red-flag screening
 * of SCIENCE.md §4, then the profile. An emergency sign leads to a page that says to get help
 * now, and no programme is made until the questions are answered again with every answer "no";
 * another sign leads to advice to see a doctor first, and the programme waits until the person
 * confirms that a clinician has cleared them. Each outcome is kept by the coach at once, so
 * the app comes back to it after a restart. With HipFirstRun:recheck, only the questions are
 * asked again (the menu's Check Again). Emits HipFirstRun::finished when the person may go on,
 * and HipFirstRun::browse when they ask to see the exercises meanwhile.
 */
struct _HipFirstRun
{
  AdwBin               parent_instance;

  HipCoach            *coach;
  gboolean             recheck;
  GPtrArray           *answers;      /* of GtkSwitch, in the order of hip_red_flags() */

  GtkButton           *back_button;
  GtkButton           *start_button;
  GtkStack            *stack;
  AdwPreferencesGroup *emergency_group;
  AdwPreferencesGroup *urgent_group;
  GtkCheckButton      *cleared_check;
  AdwBin              *form_bin;

  /* The questions and the form are built when their page is first shown: the welcome page is
   * all that the window's first frame needs. */
  HipProfileForm      *form;
};

G_DEFINE_FINAL_TYPE (HipFirstRun, hip_first_run, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COACH,
  PROP_RECHECK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINISHED,
  BROWSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ensure_questions (HipFirstRun *self)
{
  guint n_flags;
  const HipRedFlag *flags = hip_red_flags (&n_flags);

  if (self->answers->len > 0)
    return;
  for (guint i = 0; i < n_flags; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *answer = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(flags[i].question));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_valign (answer, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), answer);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), answer);
      adw_preferences_group_add (flags[i].group == HIP_RED_FLAG_EMERGENCY ? self->emergency_group
                                                                         : self->urgent_group,
                                 row);
      g_ptr_array_add (self->answers, answer);
    }
}

static HipRedFlagAnswers
answers (HipFirstRun *self)
{
  HipRedFlagAnswers yes = 0;

  for (guint i = 0; i < self->answers->len; i++)
    if (gtk_switch_get_active (self->answers->pdata[i]))
      yes |= 1u << i;
  return yes;
}

/* Sets the switches as @yes says: what was answered before is shown again. */
static void
set_answers (HipFirstRun       *self,
             HipRedFlagAnswers  yes)
{
  ensure_questions (self);
  for (guint i = 0; i < self->answers->len; i++)
    gtk_switch_set_active (self->answers->pdata[i], (yes & (1u << i)) != 0);
}

/* Shows @page, which stays hidden (and so unstyled) until it is first shown. */
static void
go_to (HipFirstRun *self,
       const char  *page)
{
  gtk_widget_set_visible (gtk_stack_get_child_by_name (self->stack, page), TRUE);
  gtk_stack_set_visible_child_name (self->stack, page);
}

static HipProfileForm *
ensure_form (HipFirstRun *self)
{
  if (self->form == NULL)
    {
      self->form = g_object_new (HIP_TYPE_PROFILE_FORM, NULL);
      hip_profile_form_set_units (self->form, hip_coach_get_units (self->coach));
      adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form));
    }
  return self->form;
}

/* Keeps the answers with the coach and says whether they were kept. */
static gboolean
judge (HipFirstRun  *self,
       gboolean      cleared,
       HipScreening *outcome)
{
  g_autoptr(GError) error = NULL;
  int judged = hip_coach_save_screening (self->coach, answers (self), cleared, &error);

  if (judged < 0)
    {
      g_warning ("Could not keep the answers: %s", error->message);
      return FALSE;
    }
  *outcome = judged;
  return TRUE;
}

/* The person may go on: to the profile on a first run, back to the app on a recheck. */
static void
go_on (HipFirstRun *self)
{
  if (self->recheck)
    {
      g_signal_emit (self, signals[FINISHED], 0);
      return;
    }
  ensure_form (self);
  go_to (self, "profile");
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipFirstRun *self = HIP_FIRST_RUN (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  HipScreening outcome;

  if (g_strcmp0 (page, "welcome") == 0)
    {
      ensure_questions (self);
      go_to (self, "screening");
    }
  else if (g_strcmp0 (page, "screening") == 0 && judge (self, FALSE, &outcome))
    {
      gtk_check_button_set_active (self->cleared_check, FALSE);
      if (outcome == HIP_SCREENING_EMERGENCY)
        go_to (self, "emergency");
      else if (outcome == HIP_SCREENING_URGENT)
        go_to (self, "advice");
      else
        go_on (self);
    }
  else if (g_strcmp0 (page, "advice") == 0 && judge (self, TRUE, &outcome))
    go_on (self);
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

  if (g_strcmp0 (page, "screening") == 0 && !self->recheck)
    go_to (self, "welcome");
  else if (g_strcmp0 (page, "screening") == 0)
    /* A recheck left unanswered: the answers kept before still stand. */
    g_signal_emit (self, signals[FINISHED], 0);
  else
    /* From the advice pages or the profile: back to the answers, to change them. */
    go_to (self, "screening");
}

/* Answering again starts from "no" everywhere: each sign is looked at anew. */
static void
answer_again_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HipFirstRun *self = HIP_FIRST_RUN (widget);

  set_answers (self, 0);
  go_to (self, "screening");
}

static void
browse_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[BROWSE], 0);
}

/* Next is possible on the advice page only once the clinician's clearance is confirmed. */
static void
update_actions (HipFirstRun *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  /* No way back from the emergency page but answering again; a recheck goes back to the app
   * only while the answers kept before allow it. */
  gboolean back = g_strcmp0 (page, "welcome") != 0 && g_strcmp0 (page, "emergency") != 0 &&
                  !(self->recheck && g_strcmp0 (page, "screening") == 0 &&
                    !hip_coach_screening_allows_programme (self->coach));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.next",
                                 g_strcmp0 (page, "advice") != 0 ||
                                 gtk_check_button_get_active (self->cleared_check));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "first-run.back", back);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), back);
}

static void
page_changed_cb (HipFirstRun *self)
{
  /* Not while the template is built: constructed() does it once the coach is known. */
  if (self->coach != NULL)
    update_actions (self);
}

static void
cleared_toggled_cb (HipFirstRun *self)
{
  if (self->coach != NULL)
    update_actions (self);
}

/* The page shown: "welcome", "screening", "emergency", "advice" or "profile". */
const char *
hip_first_run_get_page (HipFirstRun *self)
{
  g_return_val_if_fail (HIP_IS_FIRST_RUN (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* Answers red-flag question @question (in hip_red_flags()' order), as the person would. */
void
hip_first_run_answer (HipFirstRun *self,
                      guint        question,
                      gboolean     yes)
{
  g_return_if_fail (HIP_IS_FIRST_RUN (self));

  ensure_questions (self);
  g_return_if_fail (question < self->answers->len);
  gtk_switch_set_active (self->answers->pdata[question], yes);
}

/* Whether this run asks the questions again only */
gboolean
hip_first_run_get_recheck (HipFirstRun *self)
{
  g_return_val_if_fail (HIP_IS_FIRST_RUN (self), FALSE);
  return self->recheck;
}

/* The profile as answered, with the screening's outcome. */
void
hip_first_run_get_profile (HipFirstRun *self,
                           HipProfile  *profile)
{
  HipScreening outcome = HIP_SCREENING_CLEAR;

  g_return_if_fail (HIP_IS_FIRST_RUN (self));

  hip_profile_form_get_profile (ensure_form (self), profile);
  hip_coach_get_screening (self->coach, &outcome, NULL);
  profile->screening = outcome == HIP_SCREENING_CLEARED_BY_CLINICIAN ? outcome
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

/* Opens where the person left off: the page an earlier outcome led to, with its answers; a
 * recheck at the questions. */
static void
hip_first_run_constructed (GObject *object)
{
  HipFirstRun *self = HIP_FIRST_RUN (object);
  HipRedFlagAnswers yes = 0;
  HipScreening outcome;
  gboolean screened;

  G_OBJECT_CLASS (hip_first_run_parent_class)->constructed (object);
  screened = hip_coach_get_screening (self->coach, &outcome, &yes);
  if (screened && outcome == HIP_SCREENING_EMERGENCY)
    {
      set_answers (self, yes);
      go_to (self, "emergency");
    }
  else if (screened && outcome == HIP_SCREENING_URGENT)
    {
      set_answers (self, yes);
      go_to (self, "advice");
    }
  else if (self->recheck)
    {
      set_answers (self, yes);
      go_to (self, "screening");
    }
  update_actions (self);
}

static void
hip_first_run_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HipFirstRun *self = HIP_FIRST_RUN (object);

  switch (prop_id)
    {
    case PROP_COACH:
      self->coach = g_value_dup_object (value);
      break;
    case PROP_RECHECK:
      self->recheck = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_first_run_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HipFirstRun *self = HIP_FIRST_RUN (object);

  switch (prop_id)
    {
    case PROP_COACH:
      g_value_set_object (value, self->coach);
      break;
    case PROP_RECHECK:
      g_value_set_boolean (value, self->recheck);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A first start waits on one button: it has the focus, so that Enter starts. */
static void
hip_first_run_map (GtkWidget *widget)
{
  HipFirstRun *self = HIP_FIRST_RUN (widget);

  GTK_WIDGET_CLASS (hip_first_run_parent_class)->map (widget);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "welcome") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

static void
hip_first_run_dispose (GObject *object)
{
  HipFirstRun *self = (HipFirstRun *) object;

  g_clear_object (&self->coach);
  G_OBJECT_CLASS (hip_first_run_parent_class)->dispose (object);
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

  object_class->constructed = hip_first_run_constructed;
  object_class->dispose = hip_first_run_dispose;
  object_class->finalize = hip_first_run_finalize;
  object_class->get_property = hip_first_run_get_property;
  object_class->set_property = hip_first_run_set_property;
  widget_class->map = hip_first_run_map;

  properties[PROP_COACH] =
    g_param_spec_object ("coach", NULL, NULL, HIP_TYPE_COACH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECHECK] =
    g_param_spec_boolean ("recheck", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HipFirstRun::finished:
   *
   * The person may go on: they finished the profile (hip_first_run_get_profile() has it), or,
   * on a recheck, the screening allows their programme.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * HipFirstRun::browse:
   *
   * The person asked to look at the exercises while no programme can be made.
   */
  signals[BROWSE] = g_signal_new ("browse", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/hip-first-run.ui");
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, back_button);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, start_button);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, stack);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, emergency_group);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, urgent_group);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, cleared_check);
  gtk_widget_class_bind_template_child (widget_class, HipFirstRun, form_bin);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, cleared_toggled_cb);

  gtk_widget_class_install_action (widget_class, "first-run.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "first-run.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "first-run.answer-again", NULL,
                                   answer_again_action);
  gtk_widget_class_install_action (widget_class, "first-run.browse", NULL, browse_action);
}

static void
hip_first_run_init (HipFirstRun *self)
{
  self->answers = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
