/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "hip-catalogue.h"
#include "hip-diagram-player.h"
#include "hip-exercise.h"
#include "hip-exercise-chooser.h"
#include "hip-plan-edit.h"
#include "hip-plan-private.h"
#include "hip-session-player.h"
#include "hip-session-player-private.h"
#include "hip-stills.h"
#include "hip-coach.h"
#include "hip-today.h"

#define REST_EXTENSION 15

/**
 * HipSessionPlayer:
 *
 * Guides a workout one set at a time: the exercise with its animated diagram and cues, the
 * set and side, repetitions (or a hold timer) filled in from the prescription, load, effort and
 * pain; then a rest countdown that can be extended or skipped and that says when it is over.
 * Each set is saved the moment it is logged, so a closed or killed app loses nothing; an
 * exercise can be skipped or swapped (for this workout). Emits HipSessionPlayer::finished.
 */
struct _HipSessionPlayer
{
  AdwBin            parent_instance;

  HipCoach         *coach;
  HipStills        *stills;        /* (nullable): the figures and the swap's stills */
  HipPlan          *plan;          /* a copy, for the swap's alternatives: its profile */
  HipSession       *session;       /* this workout's own copy: swaps change only it */
  HipWorkout       *workout;
  GArray           *steps;
  guint             position;
  guint             shown_item;
  guint             rest_left;
  guint             rest_source;
  guint             hold_left;
  guint             hold_source;

  GtkProgressBar   *progress;
  GtkLabel         *position_label;
  GtkLabel         *name_label;
  GtkLabel         *set_label;
  HipDiagramPlayer *diagram;
  GtkLabel         *cues_label;
  GtkStack         *stack;
  AdwActionRow     *amount_row;
  GtkButton        *hold_button;
  GtkSpinButton    *amount_spin;
  GtkSpinButton    *load_spin;
  GtkSpinButton    *effort_spin;
  GtkSpinButton    *pain_spin;
  GtkLabel         *rest_label;
  GtkSpinButton    *after_spin;
};

G_DEFINE_FINAL_TYPE (HipSessionPlayer, hip_session_player, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STILLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const HipStep *
current_step (HipSessionPlayer *self)
{
  if (self->steps == NULL || self->position >= self->steps->len)
    return NULL;
  return &g_array_index (self->steps, HipStep, self->position);
}

static HipPrescription *
current_item (HipSessionPlayer *self)
{
  const HipStep *step = current_step (self);

  return step != NULL ? self->session->items->pdata[step->item] : NULL;
}

static void
stop_timer (guint *source)
{
  g_clear_handle_id (source, g_source_remove);
}

/* The load to start from: what was logged last for this exercise in this workout, else the
 * number the prescription's load begins with ("12.5 kg"), else body weight. */
static double
starting_load (HipSessionPlayer *self,
               HipPrescription  *p)
{
  const char *id = hip_exercise_get_id (p->exercise);

  for (guint i = self->workout->sets->len; i > 0; i--)
    {
      HipLoggedSet *set = self->workout->sets->pdata[i - 1];

      if (g_strcmp0 (set->exercise_id, id) == 0)
        return MAX (set->load, 0);
    }
  if (p->load != NULL && g_ascii_isdigit (*p->load))
    return g_ascii_strtod (p->load, NULL);
  return 0;
}

static char *
cues_text (HipExercise *exercise)
{
  const char * const *cues = hip_exercise_get_cues (exercise);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; cues != NULL && cues[i] != NULL && i < 3; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", cues[i]);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_exercise (HipSessionPlayer *self,
               HipPrescription  *p)
{
  HipMotion *motion = NULL;
  g_autofree char *cues = cues_text (p->exercise);

  if (self->stills != NULL)
    motion = hip_motion_library_lookup (hip_stills_get_motions (self->stills),
                                        hip_exercise_get_motion (p->exercise));
  gtk_label_set_label (self->name_label, hip_exercise_get_name (p->exercise));
  gtk_label_set_label (self->cues_label, cues);
  if (motion != NULL)
    hip_diagram_player_set_motion (self->diagram, motion, hip_exercise_get_name (p->exercise));
  gtk_widget_set_visible (GTK_WIDGET (self->diagram), motion != NULL);
}

static char *
set_text (const HipStep         *step,
          const HipPrescription *p)
{
  g_autofree char *target = p->reps > 0
    ? g_strdup_printf (g_dngettext (NULL, "%u repetition", "%u repetitions", p->reps), p->reps)
    : g_strdup_printf (_("%u seconds"), p->seconds);
  const char *side = step->side == HIP_SIDE_LEFT ? _("left side")
                     : step->side == HIP_SIDE_RIGHT ? _("right side") : NULL;

  if (side != NULL)
    /* Translators: "Set 2 of 3 · left side · 12 repetitions" */
    return g_strdup_printf (_("Set %u of %u · %s · %s"), step->set, p->sets, side, target);
  return g_strdup_printf (_("Set %u of %u · %s"), step->set, p->sets, target);
}

static void
show_step (HipSessionPlayer *self)
{
  const HipStep *step = current_step (self);
  HipPrescription *p = current_item (self);
  g_autofree char *where = NULL;
  g_autofree char *set = NULL;

  stop_timer (&self->hold_source);
  if (step == NULL)
    {
      gtk_progress_bar_set_fraction (self->progress, 1);
      gtk_stack_set_visible_child_name (self->stack, "end");
      return;
    }
  if (step->item != self->shown_item)
    {
      self->shown_item = step->item;
      show_exercise (self, p);
    }
  gtk_progress_bar_set_fraction (self->progress, (double) self->position / self->steps->len);
  /* Translators: "Exercise 2 of 8" */
  where = g_strdup_printf (_("Exercise %u of %u"), step->item + 1, self->session->items->len);
  gtk_label_set_label (self->position_label, where);
  set = set_text (step, p);
  gtk_label_set_label (self->set_label, set);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->amount_row),
                                 p->reps > 0 ? _("_Repetitions") : _("_Seconds held"));
  gtk_widget_set_visible (GTK_WIDGET (self->hold_button), p->reps == 0);
  gtk_spin_button_set_value (self->amount_spin, p->reps > 0 ? p->reps : p->seconds);
  gtk_spin_button_set_value (self->load_spin, starting_load (self, p));
  gtk_spin_button_set_value (self->pain_spin, 0);
  gtk_stack_set_visible_child_name (self->stack, "log");
}

/* ---- Rest ---- */

static void
show_rest (HipSessionPlayer *self)
{
  g_autofree char *text = g_strdup_printf (_("Rest %u:%02u"), self->rest_left / 60,
                                           self->rest_left % 60);

  gtk_label_set_label (self->rest_label, text);
}

static void
rest_over (HipSessionPlayer *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  GtkApplication *app = window != NULL ? gtk_window_get_application (window) : NULL;

  stop_timer (&self->rest_source);
  self->rest_left = 0;
  /* Someone resting may have looked away: a sound, and a notification when the window is
   * not in front. */
  gdk_display_beep (gtk_widget_get_display (GTK_WIDGET (self)));
  if (app != NULL && !gtk_window_is_active (window))
    {
      g_autoptr(GNotification) notification = g_notification_new (_("Rest is over"));
      HipPrescription *p = current_item (self);

      if (p != NULL)
        g_notification_set_body (notification, hip_exercise_get_name (p->exercise));
      g_application_send_notification (G_APPLICATION (app), "rest-over", notification);
    }
  show_step (self);
}

static gboolean
rest_tick (gpointer data)
{
  HipSessionPlayer *self = data;

  if (self->rest_left <= 1)
    {
      self->rest_source = 0;
      rest_over (self);
      return G_SOURCE_REMOVE;
    }
  self->rest_left--;
  show_rest (self);
  return G_SOURCE_CONTINUE;
}

static void
start_rest (HipSessionPlayer *self,
            guint             seconds)
{
  self->rest_left = seconds;
  show_rest (self);
  gtk_stack_set_visible_child_name (self->stack, "rest");
  self->rest_source = g_timeout_add_seconds (1, rest_tick, self);
}

static void
extend_rest_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);

  if (self->rest_source == 0)
    return;
  self->rest_left += REST_EXTENSION;
  show_rest (self);
}

static void
skip_rest_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);

  stop_timer (&self->rest_source);
  self->rest_left = 0;
  show_step (self);
}

/* ---- Logging ---- */

static HipLoggedSet *
read_set (HipSessionPlayer *self,
          const HipStep    *step,
          HipPrescription  *p)
{
  HipLoggedSet *set = hip_logged_set_new ();
  guint amount = gtk_spin_button_get_value_as_int (self->amount_spin);
  double load = gtk_spin_button_get_value (self->load_spin);

  set->workout_id = self->workout->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (p->exercise));
  set->set_number = step->set;
  set->side = step->side;
  set->reps = p->reps > 0 ? amount : 0;
  set->seconds = p->reps > 0 ? 0 : amount;
  set->load = load > 0 ? load : HIP_LOG_NONE;
  set->effort = gtk_spin_button_get_value_as_int (self->effort_spin);
  set->pain = gtk_spin_button_get_value_as_int (self->pain_spin);
  return set;
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);
  const HipStep *step = current_step (self);
  HipPrescription *p = current_item (self);
  g_autoptr(HipLoggedSet) set = NULL;
  g_autoptr(GError) error = NULL;
  const HipStep *next;

  if (step == NULL || self->rest_source != 0)
    return;
  set = read_set (self, step, p);
  if (!hip_coach_log_set (self->coach, set, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (
        GTK_WINDOW (gtk_widget_get_root (widget)), _("The Set Was Not Saved"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  g_ptr_array_add (self->workout->sets, g_steal_pointer (&set));
  self->position++;
  next = current_step (self);
  /* The right side follows the left without a rest; sets and exercises rest as prescribed. */
  if (next != NULL && p->rest_seconds > 0 &&
      !(next->item == step->item && next->set == step->set))
    start_rest (self, p->rest_seconds);
  else
    show_step (self);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);
  const HipStep *step = current_step (self);
  guint item;

  if (step == NULL)
    return;
  item = step->item;
  while (current_step (self) != NULL && current_step (self)->item == item)
    self->position++;
  stop_timer (&self->rest_source);
  show_step (self);
}

static void
swap_chosen_cb (HipExerciseChooser *chooser,
                HipExercise        *exercise,
                HipSessionPlayer   *self)
{
  const HipStep *step = current_step (self);
  guint item;

  if (step == NULL)
    return;
  item = step->item;
  if (!hip_plan_swap_one (self->plan, self->session, item, exercise))
    return;
  /* One-sided and two-sided work have different steps: count them again, from this item. */
  g_array_unref (self->steps);
  self->steps = hip_session_steps (self->session);
  for (self->position = 0; self->position < self->steps->len &&
                           g_array_index (self->steps, HipStep, self->position).item < item;
       self->position++)
    ;
  self->shown_item = G_MAXUINT;
  show_step (self);
}

static void
swap_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);
  HipPrescription *p = current_item (self);
  g_autoptr(GPtrArray) alternatives = NULL;
  g_autofree char *title = NULL;
  HipExerciseChooser *chooser;

  if (p == NULL)
    return;
  alternatives = hip_plan_alternatives (self->plan, self->session,
                                        G_LIST_MODEL (hip_coach_get_catalogue (self->coach)),
                                        p->exercise);
  title = g_strdup_printf (_("Swap %s"), hip_exercise_get_name (p->exercise));
  chooser = hip_exercise_chooser_new (GTK_WINDOW (gtk_widget_get_root (widget)), title,
                                      alternatives, p->exercise, self->stills);
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (swap_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

/* ---- The hold timer, for timed work ---- */

static gboolean
hold_tick (gpointer data)
{
  HipSessionPlayer *self = data;
  HipPrescription *p = current_item (self);
  g_autofree char *label = NULL;

  if (p == NULL || self->hold_left <= 1)
    {
      self->hold_source = 0;
      if (p != NULL)
        gtk_spin_button_set_value (self->amount_spin, p->seconds);
      gtk_button_set_label (self->hold_button, _("Start _Hold"));
      gdk_display_beep (gtk_widget_get_display (GTK_WIDGET (self)));
      return G_SOURCE_REMOVE;
    }
  self->hold_left--;
  label = g_strdup_printf (_("Hold %u s"), self->hold_left);
  gtk_button_set_label (self->hold_button, label);
  gtk_spin_button_set_value (self->amount_spin, p->seconds - self->hold_left);
  return G_SOURCE_CONTINUE;
}

static void
hold_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);
  HipPrescription *p = current_item (self);

  if (p == NULL || p->reps > 0)
    return;
  if (self->hold_source != 0)
    {
      /* Stopped early: what was held is what is logged. */
      stop_timer (&self->hold_source);
      gtk_button_set_label (self->hold_button, _("Start _Hold"));
      return;
    }
  self->hold_left = p->seconds;
  gtk_spin_button_set_value (self->amount_spin, 0);
  self->hold_source = g_timeout_add_seconds (1, hold_tick, self);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);

  if (self->workout == NULL)
    return;
  g_signal_emit (self, signals[FINISHED], 0, self->workout->id,
                 gtk_spin_button_get_value_as_int (self->after_spin));
}

/* ---- Public ---- */

static HipSession *
copy_session (const HipSession *session)
{
  HipSession *copy = g_memdup2 (session, sizeof *session);

  copy->items = hip_session_new_items ();
  for (guint i = 0; i < session->items->len; i++)
    g_ptr_array_add (copy->items, hip_prescription_copy (session->items->pdata[i]));
  return copy;
}

static void
free_session (HipSession *session)
{
  g_ptr_array_unref (session->items);
  g_free (session);
}

/**
 * hip_session_player_start:
 * @session: the session to do (copied)
 * @workout: (transfer full): the workout, started in the store, with the sets logged so far
 *
 * Shows the first set not yet logged.
 */
void
hip_session_player_start (HipSessionPlayer *self,
                          HipCoach         *coach,
                          HipPlan          *plan,
                          const HipSession *session,
                          HipWorkout       *workout)
{
  g_return_if_fail (HIP_IS_SESSION_PLAYER (self));

  hip_session_player_stop (self);
  g_set_object (&self->coach, coach);
  /* The programme may change while the workout goes on (another is chosen, or made). */
  self->plan = hip_plan_copy (plan);
  self->session = copy_session (session);
  self->workout = workout;
  if (workout->sets == NULL)
    workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  self->steps = hip_session_steps (self->session);
  self->position = hip_session_resume_step (self->session, self->steps, workout->sets);
  self->shown_item = G_MAXUINT;
  gtk_spin_button_set_value (self->after_spin, MAX (workout->pain_before, 0));
  show_step (self);
}

/* Stops the timers and lets the workout go (it is in the store already). */
void
hip_session_player_stop (HipSessionPlayer *self)
{
  stop_timer (&self->rest_source);
  stop_timer (&self->hold_source);
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->session, free_session);
  g_clear_pointer (&self->workout, hip_workout_free);
  g_clear_pointer (&self->plan, hip_plan_free);
}

guint
hip_session_player_get_position (HipSessionPlayer *self)
{
  return self->position;
}

guint
hip_session_player_get_n_steps (HipSessionPlayer *self)
{
  return self->steps != NULL ? self->steps->len : 0;
}

gboolean
hip_session_player_get_resting (HipSessionPlayer *self)
{
  return self->rest_source != 0;
}

static void
hip_session_player_dispose (GObject *object)
{
  HipSessionPlayer *self = (HipSessionPlayer *) object;

  hip_session_player_stop (self);
  g_clear_object (&self->coach);
  g_clear_object (&self->stills);
  G_OBJECT_CLASS (hip_session_player_parent_class)->dispose (object);
}

static void
hip_session_player_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (object);

  switch (prop_id)
    {
    case PROP_STILLS:
      g_value_set_object (value, self->stills);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_session_player_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (object);

  switch (prop_id)
    {
    case PROP_STILLS:
      self->stills = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_session_player_class_init (HipSessionPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_session_player_dispose;
  object_class->get_property = hip_session_player_get_property;
  object_class->set_property = hip_session_player_set_property;

  properties[PROP_STILLS] =
    g_param_spec_object ("stills", NULL, NULL, HIP_TYPE_STILLS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HipSessionPlayer::finished:
   * @id: the workout, every set of it saved
   * @pain_after: back pain just after, 0–10
   *
   * The person finished the workout: whoever started it finishes it with the coach.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);

  g_type_ensure (HIP_TYPE_DIAGRAM_PLAYER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-session-player.ui");
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, progress);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, position_label);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, name_label);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, set_label);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, diagram);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, cues_label);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, stack);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, amount_row);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, hold_button);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, amount_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, load_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, effort_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, pain_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, rest_label);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, after_spin);

  gtk_widget_class_install_action (widget_class, "workout.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "workout.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "workout.swap", NULL, swap_action);
  gtk_widget_class_install_action (widget_class, "workout.hold", NULL, hold_action);
  gtk_widget_class_install_action (widget_class, "workout.extend-rest", NULL, extend_rest_action);
  gtk_widget_class_install_action (widget_class, "workout.skip-rest", NULL, skip_rest_action);
  gtk_widget_class_install_action (widget_class, "workout.finish", NULL, finish_action);

  /* Enter logs the set (or ends the rest); + and − change the repetitions. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "workout.log", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, GDK_CONTROL_MASK,
                                       "workout.skip-rest", NULL);
}

static void
hip_session_player_init (HipSessionPlayer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown_item = G_MAXUINT;
}
