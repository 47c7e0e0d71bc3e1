/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n.h>

#include "hip-adapt.h"
#include "hip-catalogue.h"
#include "hip-diagram-player.h"
#include "hip-end-dialog.h"
#include "hip-exercise.h"
#include "hip-exercise-chooser.h"
#include "hip-plan-edit.h"
#include "hip-plan-private.h"
#include "hip-planner.h"
#include "hip-session-player.h"
#include "hip-session-player-private.h"
#include "hip-stills.h"
#include "hip-coach.h"
#include "hip-cues.h"
#include "hip-today.h"
#include "hip-units.h"
#include "hip-widget-utils.h"

#define REST_EXTENSION 15

/**
 * HipSessionPlayer:
 *
 * Guides a workout one set at a time: the exercise with its animated diagram and cues, the
 * set and side, repetitions (or a hold timer) filled in from the prescription, load, effort and
 * pain; then a rest countdown that can be extended or skipped and that says when it is over.
 * Each set is saved the moment it is logged, so a closed or killed app loses nothing; an
 * exercise can be skipped or swapped (for this workout). Pain above 5 during a set stops that
 * exercise and offers its easier step or a swap (SCIENCE.md §3); pain not entered stays
 * unknown. The workout can end at any point. Emits HipSessionPlayer::finished, or
 * HipSessionPlayer::discarded for one ended with nothing logged.
 */

/* What became of each exercise of the session, for an honest summary. */
typedef struct
{
  gboolean  skipped;
  char     *stopped;        /* (nullable): the exercise stopped for pain above 5 */
  char     *was;            /* (nullable): the exercise it replaced */
} HipItemFate;
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
  HipUnits          units;         /* the load field's */
  guint             rest_left;
  guint             rest_source;
  guint             hold_left;
  guint             hold_source;
  GArray           *fates;         /* of HipItemFate, one an item of session */
  GtkApplication   *inhibiting;    /* (nullable): the application keeping the screen on */
  HipCues          *cues;          /* sounds and spoken cues, as the person chose */
  guint             inhibit_cookie;
  guint             swap_item;     /* the item the open chooser swaps */

  GtkProgressBar   *progress;
  GtkLabel         *position_label;
  GtkLabel         *name_label;
  GtkLabel         *set_label;
  HipDiagramPlayer *diagram;
  GtkLabel         *cues_label;
  GtkStack         *stack;
  GtkScrolledWindow *scroller;
  GtkLabel         *amount_label;
  GtkButton        *hold_button;
  GtkWidget        *load_field;
  GtkWidget        *effort_field;
  GtkLabel         *next_label;
  GtkWidget        *log_button;
  GtkSpinButton    *amount_spin;
  GtkSpinButton    *load_spin;
  GtkLabel         *load_title;
  GtkSpinButton    *effort_spin;
  GtkSpinButton    *pain_spin;
  GtkLabel         *rest_label;
  AdwPreferencesGroup *end_group;
  GtkSpinButton    *after_spin;
  GtkWidget        *end_button;
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
  DISCARDED,
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

/* The hold ends where it is: the count keeps the seconds held, to be logged as they are. */
static void
stop_hold (HipSessionPlayer *self)
{
  stop_timer (&self->hold_source);
  gtk_button_set_label (self->hold_button, _("Start _Hold"));
}

static HipItemFate *
fate_of (HipSessionPlayer *self,
         guint             item)
{
  return &g_array_index (self->fates, HipItemFate, item);
}

static void
clear_fate (HipItemFate *fate)
{
  g_clear_pointer (&fate->stopped, g_free);
  g_clear_pointer (&fate->was, g_free);
}

/* The sets logged in this workout of @item's exercise, and the sets it asks for. */
static void
count_sets (HipSessionPlayer *self,
            guint             item,
            guint            *logged,
            guint            *asked)
{
  HipPrescription *p = self->session->items->pdata[item];
  const char *id = hip_exercise_get_id (p->exercise);

  *logged = *asked = 0;
  for (guint i = 0; i < self->workout->sets->len; i++)
    *logged += g_strcmp0 (((HipLoggedSet *) self->workout->sets->pdata[i])->exercise_id, id) == 0;
  for (guint i = 0; i < self->steps->len; i++)
    *asked += g_array_index (self->steps, HipStep, i).item == item;
}

/* Shows @kg in the load field, in the person's unit, to the field's one decimal. */
static void
set_load (HipSessionPlayer *self,
          double            kg)
{
  gtk_spin_button_set_value (self->load_spin,
                             round (hip_units_from_kg (kg, self->units) * 10) / 10);
}

/* The load field is in the person's unit, and changes with it: a load already typed is
 * converted, not lost. Whole pounds step as half kilos do. */
static void
show_units_cb (HipSessionPlayer *self)
{
  HipUnits units = hip_coach_get_units (self->coach);
  double kg = hip_units_to_kg (gtk_spin_button_get_value (self->load_spin), self->units);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->load_spin);
  g_autofree char *title = NULL;

  self->units = units;
  /* Translators: the load field's title, with its unit: "Load (kg)" or "Load (lb)" */
  title = g_strdup_printf (_("_Load (%s)"), hip_units_symbol (units));
  gtk_label_set_text_with_mnemonic (self->load_title, title);
  gtk_adjustment_set_upper (adjustment, hip_units_from_kg (500, units));
  gtk_adjustment_set_step_increment (adjustment, units == HIP_UNITS_POUNDS ? 1 : 0.5);
  set_load (self, kg);
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
  hip_cues_say (self->cues, hip_exercise_get_name (p->exercise));
  /* A new exercise starts at the top, with its count and Log Set in view, wherever the cues of
   * the last one were scrolled to. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
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
    : g_strdup_printf (g_dngettext (NULL, "%u second", "%u seconds", p->seconds), p->seconds);
  const char *side = step->side == HIP_SIDE_LEFT ? _("left side")
                     : step->side == HIP_SIDE_RIGHT ? _("right side") : NULL;

  if (side != NULL)
    /* Translators: "Set 2 of 3 · left side · 12 repetitions" */
    return g_strdup_printf (_("Set %u of %u · %s · %s"), step->set, p->sets, side, target);
  return g_strdup_printf (_("Set %u of %u · %s"), step->set, p->sets, target);
}

/* Warm-ups, stretches and timed walks ask only how long and how it hurt; strength and core
 * work also ask the effort, and the load where there is one. */
static void
show_applicable_fields (HipSessionPlayer *self,
                        HipPrescription  *p)
{
  HipKind kind = hip_exercise_get_kind (p->exercise);
  gboolean strength = (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE) &&
                      kind != HIP_KIND_STRETCH && kind != HIP_KIND_TIMED;
  HipEquipment weights = HIP_EQUIPMENT_DUMBBELL | HIP_EQUIPMENT_KETTLEBELL | HIP_EQUIPMENT_BARBELL |
                         HIP_EQUIPMENT_CABLE;
  gboolean loaded = ((hip_exercise_get_equipment (p->exercise) |
                      hip_exercise_get_equipment_choice (p->exercise)) & weights) != 0 ||
                    (p->load != NULL && g_ascii_isdigit (*p->load));

  gtk_widget_set_visible (self->effort_field, strength);
  gtk_widget_set_visible (self->load_field, strength && loaded);
}

/* "Up next": the next exercise after this one, or the end. */
static void
show_up_next (HipSessionPlayer *self)
{
  const HipStep *step = current_step (self);
  g_autofree char *text = NULL;
  guint next = step != NULL ? step->item + 1 : G_MAXUINT;

  if (step == NULL)
    text = NULL;
  else if (next < self->session->items->len)
    {
      HipPrescription *p = self->session->items->pdata[next];

      /* Translators: "Up next: Clamshell" */
      text = g_strdup_printf (_("Up next: %s"), hip_exercise_get_name (p->exercise));
    }
  else
    text = g_strdup (_("Up next: the end of the session"));
  gtk_label_set_label (self->next_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), text != NULL);
}

static void
show_step (HipSessionPlayer *self)
{
  const HipStep *step = current_step (self);
  HipPrescription *p = current_item (self);
  g_autofree char *where = NULL;
  g_autofree char *set = NULL;

  stop_hold (self);
  gtk_widget_set_visible (self->end_button, step != NULL);
  if (step == NULL)
    {
      gboolean complete = FALSE;
      g_autofree char *report = hip_session_player_get_report (self, &complete);

      adw_preferences_group_set_title (self->end_group, complete ? _("Every Set Is Done")
                                                                 : _("That Was the Last One"));
      gtk_progress_bar_set_fraction (self->progress, 1);
      gtk_stack_set_visible_child_name (self->stack, "end");
      return;
    }
  if (step->item != self->shown_item)
    {
      self->shown_item = step->item;
      show_exercise (self, p);
    }
  hip_diagram_player_show_side (self->diagram, step->side);
  gtk_progress_bar_set_fraction (self->progress, (double) self->position / self->steps->len);
  /* Translators: "Exercise 2 of 8" */
  where = g_strdup_printf (_("Exercise %u of %u"), step->item + 1, self->session->items->len);
  gtk_label_set_label (self->position_label, where);
  set = set_text (step, p);
  gtk_label_set_label (self->set_label, set);
  hip_cues_say (self->cues, set);
  gtk_label_set_text_with_mnemonic (self->amount_label,
                                    p->reps > 0 ? _("_Repetitions") : _("_Seconds held"));
  gtk_widget_set_visible (GTK_WIDGET (self->hold_button), p->reps == 0);
  show_applicable_fields (self, p);
  show_up_next (self);
  gtk_spin_button_set_value (self->amount_spin, p->reps > 0 ? p->reps : p->seconds);
  set_load (self, starting_load (self, p));
  /* Each set's pain is its own: not entered is unknown, not the last set's, and never 0. */
  gtk_spin_button_set_value (self->pain_spin, HIP_LOG_NONE);
  gtk_stack_set_visible_child_name (self->stack, "log");
}

/* ---- Rest ---- */

/* The last three seconds of a rest or a hold, spoken for whoever cannot see the screen. */
static void
say_countdown (HipSessionPlayer *self,
               guint             left)
{
  g_autofree char *number = NULL;

  if (left == 0 || left > 3)
    return;
  number = g_strdup_printf ("%u", left);
  hip_cues_say (self->cues, number);
}

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
  hip_cues_play (self->cues, HIP_CUE_REST_OVER);
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

/* One second of the rest. Returns: %FALSE when it is over, for the caller to end it */
static gboolean
rest_second (HipSessionPlayer *self)
{
  if (self->rest_left <= 1)
    return FALSE;
  self->rest_left--;
  say_countdown (self, self->rest_left);
  show_rest (self);
  return TRUE;
}

static gboolean
rest_tick (gpointer data)
{
  HipSessionPlayer *self = data;

  if (rest_second (self))
    return G_SOURCE_CONTINUE;
  self->rest_source = 0;
  rest_over (self);
  return G_SOURCE_REMOVE;
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

  if (self->rest_source == 0 || !gtk_widget_get_mapped (widget))
    return;
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
  double load = hip_units_to_kg (gtk_spin_button_get_value (self->load_spin), self->units);

  set->workout_id = self->workout->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (p->exercise));
  set->set_number = step->set;
  set->side = step->side;
  set->reps = p->reps > 0 ? amount : 0;
  set->seconds = p->reps > 0 ? 0 : amount;
  set->load = load > 0 ? load : HIP_LOG_NONE;
  set->effort = gtk_spin_button_get_value_as_int (self->effort_spin);
  set->pain = hip_spin_button_get_optional (self->pain_spin);
  return set;
}

/* Moves on past every step of @item left. */
static void
skip_item (HipSessionPlayer *self,
           guint             item)
{
  while (current_step (self) != NULL && current_step (self)->item == item)
    self->position++;
  stop_timer (&self->rest_source);
}

/* Puts @exercise in the place of @item for this workout, and goes to its first set. */
static void
swap_item (HipSessionPlayer *self,
           guint             item,
           HipExercise      *exercise)
{
  HipPrescription *p = self->session->items->pdata[item];
  g_autofree char *was = g_strdup (hip_exercise_get_name (p->exercise));
  HipItemFate *fate;

  if (!hip_plan_swap_one (self->plan, self->session, item, exercise))
    return;
  fate = fate_of (self, item);
  if (fate->was == NULL)
    fate->was = g_steal_pointer (&was);
  fate->skipped = FALSE;
  /* One-sided and two-sided work have different steps: count them again, from this item. */
  g_array_unref (self->steps);
  self->steps = hip_session_steps (self->session);
  for (self->position = 0; self->position < self->steps->len &&
                           g_array_index (self->steps, HipStep, self->position).item < item;
       self->position++)
    ;
  stop_timer (&self->rest_source);
  self->shown_item = G_MAXUINT;
  show_step (self);
}

static void
swap_chosen_cb (HipExerciseChooser *chooser,
                HipExercise        *exercise,
                HipSessionPlayer   *self)
{
  if (self->session != NULL && self->swap_item < self->session->items->len)
    swap_item (self, self->swap_item, exercise);
}

static void
choose_swap (HipSessionPlayer *self,
             guint             item)
{
  HipPrescription *p = self->session->items->pdata[item];
  g_autoptr(GPtrArray) alternatives = NULL;
  g_autofree char *title = NULL;
  HipExerciseChooser *chooser;

  alternatives = hip_plan_alternatives (self->plan, self->session,
                                        G_LIST_MODEL (hip_coach_get_catalogue (self->coach)),
                                        p->exercise);
  title = g_strdup_printf (_("Swap %s"), hip_exercise_get_name (p->exercise));
  chooser = hip_exercise_chooser_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                      title, alternatives, p->exercise, self->stills);
  self->swap_item = item;
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (swap_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

/* The easier step of @item's exercise that this person may do and that is not in the session
 * already, or NULL. */
static gboolean
in_session (HipSessionPlayer *self,
            HipExercise      *exercise)
{
  for (guint i = 0; i < self->session->items->len; i++)
    if (((HipPrescription *) self->session->items->pdata[i])->exercise == exercise)
      return TRUE;
  return FALSE;
}

/* The first easier step of @item's exercise that this person may do and that is not in the
 * session already, or NULL. */
static HipExercise *
easier_step (HipSessionPlayer *self,
             guint             item)
{
  HipPrescription *p = self->session->items->pdata[item];
  HipCatalogue *catalogue = hip_coach_get_catalogue (self->coach);
  const char * const *ladder = hip_exercise_get_regressions (p->exercise);

  for (guint l = 0; ladder != NULL && ladder[l] != NULL; l++)
    {
      HipExercise *easier = hip_catalogue_lookup (catalogue, ladder[l]);

      if (easier != NULL && hip_planner_allows (&self->plan->profile, easier) &&
          !in_session (self, easier))
        return easier;
    }
  return NULL;
}

static void
pain_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  HipSessionPlayer *self)
{
  guint item = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "item"));
  HipExercise *easier = g_object_get_data (G_OBJECT (dialog), "easier");

  if (self->session == NULL || item >= self->session->items->len)
    return;
  if (g_str_equal (response, "easier") && easier != NULL)
    swap_item (self, item, easier);
  else if (g_str_equal (response, "swap"))
    choose_swap (self, item);
}

/* What pain above 5 in @p's set (lifting @load) does to the coming sessions, truthfully: a
 * lighter day's session changes nothing in the programme (hip_coach_finish_workout()), and an
 * exercise with nothing easier left cannot be made easier. */
static char *
pain_body (HipSessionPlayer      *self,
           const HipPrescription *p,
           int                    pain,
           double                 load)
{
  const char *name = hip_exercise_get_name (p->exercise);

  if (self->workout->light)
    /* Translators: "Pain 7 is above 5: stop Clamshell for today. …" */
    return g_strdup_printf (_("Pain %d is above 5: stop %s for today. Today’s lighter session "
                              "leaves your programme as it is: if the pain stays, rest, and "
                              "talk to a doctor or physiotherapist."), pain, name);
  if (!hip_adapt_can_ease (p, self->session,
                           G_LIST_MODEL (hip_coach_get_catalogue (self->coach)),
                           &self->plan->profile, load))
    /* Translators: "Pain 7 is above 5: stop Side plank for today. …" */
    return g_strdup_printf (_("Pain %d is above 5: stop %s for today. It cannot be made any "
                              "easier: rest it until the pain settles, and if it does not, talk "
                              "to a doctor or physiotherapist."), pain, name);
  /* Translators: "Pain 7 is above 5: stop Curtsy lunge for today. …" */
  return g_strdup_printf (_("Pain %d is above 5: stop %s for today. It will be made easier in "
                            "your next sessions too."), pain, name);
}

/* SCIENCE.md §3: pain above 5 during a set stops that exercise now, and offers its easier
 * step or a swap right there. The programme steps it back when the workout ends. */
static void
stop_for_pain (HipSessionPlayer *self,
               guint             item,
               int               pain,
               double            load)
{
  HipPrescription *p = self->session->items->pdata[item];
  HipExercise *easier = easier_step (self, item);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_free (fate_of (self, item)->stopped);
  fate_of (self, item)->stopped = g_strdup (hip_exercise_get_name (p->exercise));
  skip_item (self, item);
  show_step (self);
  body = pain_body (self, p, pain, load);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Stop This Exercise"), body));
  adw_message_dialog_add_responses (dialog, "skip", _("_Go On Without It"),
                                    "swap", _("S_wap…"), NULL);
  if (easier != NULL)
    {
      /* Translators: the button that swaps to the easier step, e.g. "Do Clamshell Instead" */
      g_autofree char *label = g_strdup_printf (_("Do %s Instead"), hip_exercise_get_name (easier));

      adw_message_dialog_add_response (dialog, "easier", label);
      adw_message_dialog_set_response_appearance (dialog, "easier", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "easier");
      g_object_set_data_full (G_OBJECT (dialog), "easier", g_object_ref (easier),
                              g_object_unref);
    }
  else if (hip_exercise_get_easier (p->exercise) != NULL)
    adw_message_dialog_format_body (dialog, "%s\n\n%s", body,
                                    hip_exercise_get_easier (p->exercise));
  adw_message_dialog_set_close_response (dialog, "skip");
  g_object_set_data (G_OBJECT (dialog), "item", GUINT_TO_POINTER (item));
  g_signal_connect_object (dialog, "response", G_CALLBACK (pain_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
  guint item;
  double load;
  int pain;

  /* The shortcut reaches here from anywhere in the window: only a shown player logs. */
  if (step == NULL || self->rest_source != 0 || !gtk_widget_get_mapped (widget))
    return;
  /* A hold logged before its time is up ends here, not during the rest that follows. */
  stop_hold (self);
  set = read_set (self, step, p);
  if (!hip_coach_log_set (self->coach, set, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (
        GTK_WINDOW (gtk_widget_get_root (widget)), _("The Set Was Not Saved"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  pain = set->pain;
  load = set->load;
  item = step->item;
  g_ptr_array_add (self->workout->sets, g_steal_pointer (&set));
  if (hip_adapt_pain_light (pain) == HIP_PAIN_RED)
    {
      stop_for_pain (self, item, pain, load);
      return;
    }
  self->position++;
  next = current_step (self);
  /* The right side follows the left without a rest; sets and exercises rest as prescribed, or
   * as long as the person chose (hip_coach_rest_seconds()). */
  if (next != NULL && p->rest_seconds > 0 &&
      !(next->item == item && next->set == step->set))
    start_rest (self, hip_coach_rest_seconds (self->coach, p->rest_seconds));
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

  if (step == NULL)
    return;
  fate_of (self, step->item)->skipped = TRUE;
  skip_item (self, step->item);
  show_step (self);
}

static void
swap_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);
  const HipStep *step = current_step (self);

  if (step != NULL)
    choose_swap (self, step->item);
}

/* ---- The hold timer, for timed work ---- */

/* One second of the hold. Returns: %FALSE when its time is up, for the caller to end it */
static gboolean
hold_second (HipSessionPlayer *self)
{
  HipPrescription *p = current_item (self);
  g_autofree char *label = NULL;

  if (p == NULL || self->hold_left <= 1)
    return FALSE;
  self->hold_left--;
  say_countdown (self, self->hold_left);
  /* The large count shows the seconds held; the button how many are left, and stops. */
  label = g_strdup_printf (_("_Stop (%u s left)"), self->hold_left);
  gtk_button_set_label (self->hold_button, label);
  gtk_spin_button_set_value (self->amount_spin, p->seconds - self->hold_left);
  return TRUE;
}

static void
hold_over (HipSessionPlayer *self)
{
  HipPrescription *p = current_item (self);

  stop_hold (self);
  if (p != NULL)
    gtk_spin_button_set_value (self->amount_spin, p->seconds);
  hip_cues_play (self->cues, HIP_CUE_HOLD_OVER);
}

static gboolean
hold_tick (gpointer data)
{
  HipSessionPlayer *self = data;

  if (hold_second (self))
    return G_SOURCE_CONTINUE;
  self->hold_source = 0;
  hold_over (self);
  return G_SOURCE_REMOVE;
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
      stop_hold (self);
      return;
    }
  self->hold_left = p->seconds;
  gtk_spin_button_set_value (self->amount_spin, 0);
  self->hold_source = g_timeout_add_seconds (1, hold_tick, self);
  gtk_button_set_label (self->hold_button, _("_Stop"));
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
                 hip_spin_button_get_optional (self->after_spin));
}

static void
end_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 HipSessionPlayer *self)
{
  if (self->workout == NULL)
    return;
  if (g_str_equal (response, "discard"))
    g_signal_emit (self, signals[DISCARDED], 0, self->workout->id);
  else if (g_str_equal (response, "end"))
    {
      /* What was not reached was not done: the summary says so. */
      for (const HipStep *step; (step = current_step (self)) != NULL;)
        {
          fate_of (self, step->item)->skipped = TRUE;
          skip_item (self, step->item);
        }
      g_signal_emit (self, signals[FINISHED], 0, self->workout->id,
                     hip_end_dialog_get_pain (dialog));
    }
}

/* Ends the workout here, after a question: one with no set logged is not counted as done. */
static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HipSessionPlayer *self = HIP_SESSION_PLAYER (widget);
  AdwMessageDialog *dialog;

  if (self->workout == NULL)
    return;
  dialog = hip_end_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                               self->workout->sets->len);
  g_signal_connect_object (dialog, "response", G_CALLBACK (end_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* One line of the report: "Skipped: Clamshell, Side plank". */
static void
append_names (GString    *report,
              const char *heading,
              GPtrArray  *names)
{
  g_autofree char *joined = NULL;

  if (names->len == 0)
    return;
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (_(", "), (char **) names->pdata);
  if (report->len > 0)
    g_string_append_c (report, '\n');
  /* Translators: "Skipped: Clamshell, Side plank" */
  g_string_append_printf (report, _("%s: %s"), heading, joined);
}

/**
 * hip_session_player_get_report:
 * @complete: (out) (optional): whether every set was done as planned
 *
 * Returns: (transfer full): what was done, partly done, stopped for pain, swapped and skipped,
 *   a line each, for the summary
 */
char *
hip_session_player_get_report (HipSessionPlayer *self,
                               gboolean         *complete)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GPtrArray) partly = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) stopped = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) skipped = g_ptr_array_new_with_free_func (g_free);
  guint done = 0;

  for (guint i = 0; self->session != NULL && i < self->session->items->len; i++)
    {
      HipItemFate *fate = fate_of (self, i);
      const char *name = hip_exercise_get_name (
        ((HipPrescription *) self->session->items->pdata[i])->exercise);
      guint logged, asked;

      count_sets (self, i, &logged, &asked);
      if (fate->was != NULL)
        /* Translators: what was swapped during a workout: "Curtsy lunge for Lateral lunge" */
        g_ptr_array_add (changed, g_strdup_printf (_("%s for %s"), fate->was, name));
      if (fate->stopped != NULL)
        g_ptr_array_add (stopped, g_strdup (fate->stopped));
      if (logged >= asked)
        done++;
      else if (fate->stopped != NULL && g_strcmp0 (fate->stopped, name) == 0)
        ;  /* said already: stopped for pain */
      else if (logged > 0)
        g_ptr_array_add (partly, g_strdup_printf ("%s (%u/%u)", name, logged, asked));
      else
        g_ptr_array_add (skipped, g_strdup (name));
    }
  if (self->session != NULL)
    g_string_append_printf (report, g_dngettext (NULL, "Done: %u of %u exercise",
                                                 "Done: %u of %u exercises",
                                                 self->session->items->len),
                            done, self->session->items->len);
  append_names (report, _("Partly done"), partly);
  append_names (report, _("Stopped for pain"), stopped);
  append_names (report, _("Swapped"), changed);
  append_names (report, _("Skipped"), skipped);
  if (complete != NULL)
    *complete = self->session != NULL && done == self->session->items->len &&
                stopped->len == 0 && changed->len == 0;
  return g_string_free (g_steal_pointer (&report), FALSE);
}

/* ---- Public ---- */

/* The screen must not blank during a 90 s rest, with the person on the floor. */
static void
inhibit_idle (HipSessionPlayer *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;

  if (app == NULL || self->inhibiting != NULL)
    return;
  self->inhibiting = g_object_ref (app);
  self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (root),
                                                  GTK_APPLICATION_INHIBIT_IDLE,
                                                  _("A workout is under way"));
}

static void
uninhibit_idle (HipSessionPlayer *self)
{
  if (self->inhibiting == NULL)
    return;
  /* 0: the desktop offered no way to keep the screen on, and nothing was held. */
  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (self->inhibiting, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  g_clear_object (&self->inhibiting);
}

/* Whether the player has asked the desktop to keep the screen on */
gboolean
hip_session_player_get_inhibiting (HipSessionPlayer *self)
{
  return self->inhibiting != NULL;
}

HipCues *
hip_session_player_get_cues (HipSessionPlayer *self)
{
  return self->cues;
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
  if (self->coach != NULL)
    g_signal_handlers_disconnect_by_func (self->coach, show_units_cb, self);
  if (g_set_object (&self->coach, coach))
    {
      /* The rest-over and hold-over sounds, and the spoken cues, as the person chose. */
      g_object_bind_property (coach, "rest-sound", self->cues, "sounds", G_BINDING_SYNC_CREATE);
      g_object_bind_property (coach, "spoken-cues", self->cues, "voice", G_BINDING_SYNC_CREATE);
    }
  g_signal_connect_object (coach, "notify::units", G_CALLBACK (show_units_cb), self,
                           G_CONNECT_SWAPPED);
  show_units_cb (self);
  /* The programme may change while the workout goes on (another is chosen, or made). */
  self->plan = hip_plan_copy (plan);
  self->session = hip_session_copy (session);
  self->fates = g_array_sized_new (FALSE, TRUE, sizeof (HipItemFate), session->items->len);
  g_array_set_clear_func (self->fates, (GDestroyNotify) clear_fate);
  g_array_set_size (self->fates, session->items->len);
  self->workout = workout;
  if (workout->sets == NULL)
    workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  self->steps = hip_session_steps (self->session);
  self->position = hip_session_resume_step (self->session, self->steps, workout->sets);
  self->shown_item = G_MAXUINT;
  gtk_spin_button_set_value (self->after_spin, HIP_LOG_NONE);
  show_step (self);
  inhibit_idle (self);
}

/* Stops the timers and lets the workout go (it is in the store already). */
void
hip_session_player_stop (HipSessionPlayer *self)
{
  uninhibit_idle (self);
  stop_timer (&self->rest_source);
  stop_timer (&self->hold_source);
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->session, hip_session_free);
  g_clear_pointer (&self->fates, g_array_unref);
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

GtkSpinButton *
hip_session_player_get_load_field (HipSessionPlayer *self)
{
  return self->load_spin;
}

GtkLabel *
hip_session_player_get_load_title (HipSessionPlayer *self)
{
  return self->load_title;
}

GtkSpinButton *
hip_session_player_get_pain_field (HipSessionPlayer *self)
{
  return self->pain_spin;
}

GtkWidget *
hip_session_player_get_log_button (HipSessionPlayer *self)
{
  return self->log_button;
}

/* Returns: (transfer none): the large count shown now: the repetitions or seconds, or the rest */
GtkWidget *
hip_session_player_get_count (HipSessionPlayer *self)
{
  return self->rest_source != 0 ? GTK_WIDGET (self->rest_label) : GTK_WIDGET (self->amount_spin);
}

/* Returns: (transfer none) (nullable): the exercise shown, in this workout's own session */
const HipPrescription *
hip_session_player_get_current (HipSessionPlayer *self)
{
  return current_item (self);
}

gboolean
hip_session_player_get_resting (HipSessionPlayer *self)
{
  return self->rest_source != 0;
}

/* Whether a hold is being timed */
gboolean
hip_session_player_get_holding (HipSessionPlayer *self)
{
  return self->hold_source != 0;
}

/* One second of the timers that run, now, as their sources would run it: tests step time
 * without waiting for it. */
void
hip_session_player_tick (HipSessionPlayer *self)
{
  if (self->hold_source != 0 && !hold_second (self))
    hold_over (self);
  if (self->rest_source != 0 && !rest_second (self))
    rest_over (self);
}

static void
hip_session_player_dispose (GObject *object)
{
  HipSessionPlayer *self = (HipSessionPlayer *) object;

  hip_session_player_stop (self);
  g_clear_object (&self->coach);
  g_clear_object (&self->stills);
  g_clear_object (&self->cues);
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
   * @pain_after: back pain just after, 0–10, or %HIP_LOG_NONE when not entered
   *
   * The person finished the workout: whoever started it finishes it with the coach.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT);
  /**
   * HipSessionPlayer::discarded:
   * @id: the workout, with no set logged
   *
   * The person ended the workout before logging anything: it is not a session done.
   */
  signals[DISCARDED] = g_signal_new ("discarded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

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
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, scroller);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, amount_label);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, hold_button);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, load_field);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, effort_field);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, next_label);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, log_button);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, amount_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, load_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, load_title);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, effort_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, pain_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, rest_label);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, end_group);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, after_spin);
  gtk_widget_class_bind_template_child (widget_class, HipSessionPlayer, end_button);

  gtk_widget_class_install_action (widget_class, "workout.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "workout.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "workout.swap", NULL, swap_action);
  gtk_widget_class_install_action (widget_class, "workout.hold", NULL, hold_action);
  gtk_widget_class_install_action (widget_class, "workout.extend-rest", NULL, extend_rest_action);
  gtk_widget_class_install_action (widget_class, "workout.skip-rest", NULL, skip_rest_action);
  gtk_widget_class_install_action (widget_class, "workout.finish", NULL, finish_action);
  gtk_widget_class_install_action (widget_class, "workout.end", NULL, end_action);

}

/* Ctrl+Enter logs the set and Ctrl+Space ends the rest wherever the focus is in the window,
 * not only inside the player: someone on a mat reaches for one key. */
static void
add_shortcuts (HipSessionPlayer *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Return, GDK_CONTROL_MASK),
                      gtk_named_action_new ("workout.log")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_space, GDK_CONTROL_MASK),
                      gtk_named_action_new ("workout.skip-rest")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
hip_session_player_init (HipSessionPlayer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown_item = G_MAXUINT;
  hip_spin_button_allow_empty (self->pain_spin);
  hip_spin_button_allow_empty (self->after_spin);
  add_shortcuts (self);
  self->cues = hip_cues_new ();
}
