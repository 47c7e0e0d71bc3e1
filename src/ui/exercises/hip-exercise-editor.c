/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-exercise-editor.h"
#include "hip-exercise-editor-private.h"
#include "hip-vocabulary.h"
#include "hip-widget-utils.h"

#define STILL_SIZE 64

/**
 * HipExerciseEditor:
 *
 * Makes or changes one of the person's own exercises: its texts, what it trains (hip actions
 * with weights, planes, muscles with roles), its details, and the motion its still is drawn
 * from. Save stays off, and a line says why, until the coach would accept it
 * (hip_coach_check_own_exercise()); saving goes through hip_coach_save_own_exercise() and
 * emits HipExerciseEditor::saved. Fields it does not show (synonyms, contraindications…) are
 * kept as they were.
 */
struct _HipExerciseEditor
{
  AdwWindow         parent_instance;

  HipCoach         *coach;
  HipStills        *stills;
  HipExercise      *exercise;      /* (nullable): the one edited; NULL for a new one */
  char             *id;
  GPtrArray        *motion_ids;    /* of the motion row's items; NULL for the first, none */

  AdwComboRow      *action_rows[HIP_N_ACTIONS];
  AdwComboRow      *muscle_rows[HIP_N_MUSCLES];
  AdwExpanderRow   *muscle_groups[HIP_N_MUSCLE_GROUPS];
  GtkCheckButton   *plane_checks[HIP_N_PLANES];
  GPtrArray        *equipment_checks;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkLabel         *problem_label;
  AdwEntryRow      *name_row;
  AdwEntryRow      *summary_row;
  AdwComboRow      *motion_row;
  GtkImage         *still;
  GtkTextView      *steps_view;
  GtkTextView      *cues_view;
  AdwPreferencesGroup *actions_group;
  AdwPreferencesGroup *planes_group;
  AdwPreferencesGroup *muscles_group;
  AdwPreferencesGroup *details_group;
  AdwComboRow      *level_row;
  AdwComboRow      *kind_row;
  AdwComboRow      *position_row;
  GtkSwitch        *unilateral_switch;
  AdwExpanderRow   *equipment_row;
};

G_DEFINE_FINAL_TYPE (HipExerciseEditor, hip_exercise_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_COACH,
  PROP_STILLS,
  PROP_EXERCISE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The weights a hip action can have, as the catalogue gives them (SCIENCE.md §5). */
static const double action_weights[] = { 0, 0.25, 0.5, 0.75, 1.0 };
static const char *action_weight_labels[] = {
  /* Translators: how much of an exercise's work a hip action does */
  N_("Not at all"), N_("A little"), N_("Some"), N_("Much"), N_("Most"),
};

static void changed_cb (HipExerciseEditor *self);

/* A row choosing one of @model's strings; every change checks the form again. */
static AdwComboRow *
combo_row_new (HipExerciseEditor *self,
               const char        *title,
               GListModel        *model)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_model (row, model);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

/* A row with a check box in front; a click anywhere on the row toggles it. */
static GtkCheckButton *
add_check_row (HipExerciseEditor *self,
               GtkWidget         *parent,
               const char        *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  /* The row names its activatable check box for screen readers. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  if (ADW_IS_EXPANDER_ROW (parent))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (parent), row);
  return GTK_CHECK_BUTTON (check);
}

static void
build_action_rows (HipExerciseEditor *self)
{
  g_autoptr(GtkStringList) weights = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (action_weight_labels); i++)
    gtk_string_list_append (weights, _(action_weight_labels[i]));
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      self->action_rows[a] = combo_row_new (self, hip_action_get_label (a), G_LIST_MODEL (weights));
      adw_preferences_group_add (self->actions_group, GTK_WIDGET (self->action_rows[a]));
    }
}

/* The muscles by group, each group folded away in an expander row: 29 rows at once is a wall. */
static void
build_muscle_rows (HipExerciseEditor *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  AdwExpanderRow **groups = self->muscle_groups;

  /* Translators: a muscle's role in an exercise, when it has none */
  gtk_string_list_append (roles, C_("muscle role", "Not worked"));
  for (guint r = 0; r < HIP_N_MUSCLE_ROLES; r++)
    gtk_string_list_append (roles, hip_muscle_role_get_label (r));
  for (guint g = 0; g < HIP_N_MUSCLE_GROUPS; g++)
    {
      groups[g] = ADW_EXPANDER_ROW (adw_expander_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (groups[g]),
                                     hip_muscle_group_get_label (g));
      hip_expander_row_fix_name (groups[g]);
      adw_preferences_group_add (self->muscles_group, GTK_WIDGET (groups[g]));
    }
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    {
      self->muscle_rows[m] = combo_row_new (self, hip_muscle_get_label (m), G_LIST_MODEL (roles));
      adw_expander_row_add_row (groups[hip_muscle_get_group (m)],
                                GTK_WIDGET (self->muscle_rows[m]));
    }
}

static void
build_detail_rows (HipExerciseEditor *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) positions = gtk_string_list_new (NULL);

  for (guint l = 0; l < HIP_N_LEVELS; l++)
    gtk_string_list_append (levels, hip_level_get_label (l));
  for (guint k = 0; k < HIP_N_KINDS; k++)
    gtk_string_list_append (kinds, hip_kind_get_label (k));
  for (guint p = 0; p < HIP_N_POSITIONS; p++)
    gtk_string_list_append (positions, hip_position_get_label (p));
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->position_row, G_LIST_MODEL (positions));

  hip_expander_row_fix_name (self->equipment_row);
  for (guint p = 0; p < HIP_N_PLANES; p++)
    self->plane_checks[p] = add_check_row (self, GTK_WIDGET (self->planes_group),
                                           hip_plane_get_label (p));
  for (guint bit = 0; bit < 32; bit++)
    {
      HipEquipment item = 1u << bit;
      GtkCheckButton *check;

      if ((HIP_EQUIPMENT_ALL & item) == 0)
        continue;
      check = add_check_row (self, GTK_WIDGET (self->equipment_row),
                             hip_equipment_get_label (item));
      g_object_set_data (G_OBJECT (check), "equipment", GUINT_TO_POINTER (item));
      g_ptr_array_add (self->equipment_checks, check);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (hip_exercise_get_name (*(HipExercise **) a),
                         hip_exercise_get_name (*(HipExercise **) b));
}

/* The motions a person can choose, each named after the catalogue exercise it draws ("like
 * Forward Lunge"): the library's motions are ids, not words. */
static void
build_motion_row (HipExerciseEditor *self)
{
  GListModel *catalogue = G_LIST_MODEL (hip_coach_get_catalogue (self->coach));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) examples = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (catalogue, i);
      const char *motion = hip_exercise_get_motion (e);

      if (hip_exercise_get_origin (e) != HIP_ORIGIN_CATALOGUE || motion == NULL ||
          !g_hash_table_add (seen, (gpointer) motion))
        continue;
      g_ptr_array_add (examples, g_steal_pointer (&e));
    }
  g_ptr_array_sort (examples, compare_names);

  /* Translators: the choice of no motion: the exercise shows a plain placeholder */
  gtk_string_list_append (names, _("None"));
  g_ptr_array_add (self->motion_ids, NULL);
  for (guint i = 0; i < examples->len; i++)
    {
      /* Translators: a motion, named after a catalogue exercise that uses it */
      g_autofree char *name = g_strdup_printf (_("Like %s"),
                                               hip_exercise_get_name (examples->pdata[i]));

      gtk_string_list_append (names, name);
      g_ptr_array_add (self->motion_ids, g_strdup (hip_exercise_get_motion (examples->pdata[i])));
    }
  adw_combo_row_set_model (self->motion_row, G_LIST_MODEL (names));
}

static const char *
chosen_motion (HipExerciseEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->motion_row);

  return selected < self->motion_ids->len ? self->motion_ids->pdata[selected] : NULL;
}

static char **
text_lines (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (kept, lines[i]);
  return g_strv_builder_end (kept);
}

static void
set_text_lines (GtkTextView        *view,
                const char * const *lines)
{
  g_autofree char *text = g_strjoinv ("\n", (char **) lines);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* The facets the form shows, read into @e. */
static void
read_facets (HipExerciseEditor *self,
             HipExercise       *e)
{
  HipEquipment equipment = HIP_EQUIPMENT_NONE;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      guint selected = adw_combo_row_get_selected (self->action_rows[a]);

      hip_exercise_set_action_weight (e, a, action_weights[selected]);
    }
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    {
      guint selected = adw_combo_row_get_selected (self->muscle_rows[m]);

      hip_exercise_set_muscle_role (e, m, selected == 0 ? HIP_MUSCLE_ROLE_NONE : selected - 1);
    }
  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (gtk_check_button_get_active (self->plane_checks[p]))
      hip_exercise_add_plane (e, p);
  for (guint i = 0; i < self->equipment_checks->len; i++)
    if (gtk_check_button_get_active (self->equipment_checks->pdata[i]))
      equipment |= GPOINTER_TO_UINT (g_object_get_data (self->equipment_checks->pdata[i],
                                                        "equipment"));
  hip_exercise_set_equipment (e, equipment);
}

/* What the editor does not show stays as it was. */
static void
keep_unshown (HipExercise *from,
              HipExercise *e)
{
  hip_exercise_set_synonyms (e, hip_exercise_get_synonyms (from));
  hip_exercise_set_safety_note (e, hip_exercise_get_safety_note (from));
  hip_exercise_set_warm_up (e, hip_exercise_get_warm_up (from));
  hip_exercise_set_easier (e, hip_exercise_get_easier (from));
  hip_exercise_set_regressions (e, hip_exercise_get_regressions (from));
  hip_exercise_set_progressions (e, hip_exercise_get_progressions (from));
  hip_exercise_set_equipment_choice (e, hip_exercise_get_equipment_choice (from));
  hip_exercise_set_band_anchored (e, hip_exercise_get_band_anchored (from));
  for (guint c = 0; c < HIP_N_CONDITIONS; c++)
    hip_exercise_set_contraindication (e, c, hip_exercise_get_contraindication (from, c));
}

/* The exercise as the form has it now. */
static HipExercise *
read_form (HipExerciseEditor *self)
{
  HipExercise *e = hip_exercise_new (self->id);
  g_autofree char *name =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *summary =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->summary_row))));
  g_auto(GStrv) steps = text_lines (self->steps_view);
  g_auto(GStrv) cues = text_lines (self->cues_view);

  if (self->exercise != NULL)
    keep_unshown (self->exercise, e);
  hip_exercise_set_origin (e, HIP_ORIGIN_USER);
  hip_exercise_set_name (e, name);
  hip_exercise_set_summary (e, summary);
  hip_exercise_set_steps (e, (const char * const *) steps);
  hip_exercise_set_cues (e, (const char * const *) cues);
  hip_exercise_set_level (e, adw_combo_row_get_selected (self->level_row));
  hip_exercise_set_kind (e, adw_combo_row_get_selected (self->kind_row));
  hip_exercise_set_position (e, adw_combo_row_get_selected (self->position_row));
  hip_exercise_set_unilateral (e, gtk_switch_get_active (self->unilateral_switch));
  hip_exercise_set_motion (e, chosen_motion (self));
  read_facets (self, e);
  /* A choice of weights kept from before can only be among the equipment now ticked. */
  hip_exercise_set_equipment_choice (e, hip_exercise_get_equipment_choice (e) &
                                        hip_exercise_get_equipment (e));
  return e;
}

/* Each muscle group's row names the muscles chosen in it, so that the folded rows still say
 * what the exercise works. */
static void
summarise_muscles (HipExerciseEditor *self,
                   HipExercise       *e)
{
  for (guint g = 0; g < HIP_N_MUSCLE_GROUPS; g++)
    {
      g_autoptr(GStrvBuilder) chosen = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;
      g_autofree char *text = NULL;

      for (guint m = 0; m < HIP_N_MUSCLES; m++)
        {
          HipMuscleRole role = hip_exercise_get_muscle_role (e, m);
          g_autofree char *name = NULL;

          if (role == HIP_MUSCLE_ROLE_NONE || hip_muscle_get_group (m) != g)
            continue;
          /* Translators: a muscle and its role, in a list of them: "Gluteus medius (Primary)" */
          name = g_strdup_printf (_("%s (%s)"), hip_muscle_get_label (m),
                                  hip_muscle_role_get_label (role));
          g_strv_builder_add (chosen, name);
        }
      names = g_strv_builder_end (chosen);
      text = g_strjoinv (", ", names);
      adw_expander_row_set_subtitle (self->muscle_groups[g], text);
    }
}

static void
summarise_equipment (HipExerciseEditor *self,
                     HipExercise       *e)
{
  g_autofree char *labels = hip_equipment_to_labels (hip_exercise_get_equipment (e), ", ");

  adw_expander_row_set_subtitle (self->equipment_row, labels);
}

/* Save is on only when the coach would take the form; otherwise the line above says why. */
static void
changed_cb (HipExerciseEditor *self)
{
  g_autoptr(HipExercise) e = NULL;
  g_autoptr(GError) error = NULL;
  gboolean valid;

  if (self->motion_ids == NULL || self->id == NULL)
    return;   /* still being built */
  e = read_form (self);
  valid = hip_coach_check_own_exercise (e, &error);
  summarise_muscles (self, e);
  summarise_equipment (self, e);
  gtk_label_set_text (self->problem_label, valid ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), !valid);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);
  if (gtk_editable_get_text (GTK_EDITABLE (self->name_row))[0] != '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
motion_changed_cb (HipExerciseEditor *self)
{
  g_autoptr(HipExercise) probe = NULL;
  GdkTexture *texture = NULL;

  if (self->motion_ids == NULL)
    return;
  probe = hip_exercise_new ("editor-still");
  hip_exercise_set_motion (probe, chosen_motion (self));
  if (self->stills != NULL)
    texture = hip_stills_lookup (self->stills, probe, STILL_SIZE,
                                 gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  if (texture != NULL)
    gtk_image_set_from_paintable (self->still, GDK_PAINTABLE (texture));
  else
    gtk_image_set_from_icon_name (self->still, "exercise-symbolic");
  /* A plain placeholder, as the cards draw it: quieter than a figure. */
  if (texture != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->still), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->still), "dim-label");
  changed_cb (self);
}

static void
name_activated_cb (HipExerciseEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static guint
nearest_weight (double weight)
{
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (action_weights); i++)
    if (fabs (action_weights[i] - weight) < fabs (action_weights[best] - weight))
      best = i;
  return best;
}

static void
fill_facets (HipExerciseEditor *self,
             HipExercise       *e)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    adw_combo_row_set_selected (self->action_rows[a],
                                nearest_weight (hip_exercise_get_action_weight (e, a)));
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    {
      HipMuscleRole role = hip_exercise_get_muscle_role (e, m);

      adw_combo_row_set_selected (self->muscle_rows[m],
                                  role == HIP_MUSCLE_ROLE_NONE ? 0 : role + 1);
    }
  for (guint p = 0; p < HIP_N_PLANES; p++)
    gtk_check_button_set_active (self->plane_checks[p], hip_exercise_has_plane (e, p));
  for (guint i = 0; i < self->equipment_checks->len; i++)
    {
      guint item = GPOINTER_TO_UINT (g_object_get_data (self->equipment_checks->pdata[i],
                                                        "equipment"));

      gtk_check_button_set_active (self->equipment_checks->pdata[i],
                                   (hip_exercise_get_equipment (e) & item) != 0);
    }
}

/* The edited exercise's values in the form. */
static void
fill_form (HipExerciseEditor *self,
           HipExercise       *e)
{
  guint motion = 0;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), hip_exercise_get_name (e));
  gtk_editable_set_text (GTK_EDITABLE (self->summary_row), hip_exercise_get_summary (e) ?: "");
  set_text_lines (self->steps_view, hip_exercise_get_steps (e));
  set_text_lines (self->cues_view, hip_exercise_get_cues (e));
  adw_combo_row_set_selected (self->level_row, hip_exercise_get_level (e));
  adw_combo_row_set_selected (self->kind_row, hip_exercise_get_kind (e));
  adw_combo_row_set_selected (self->position_row, hip_exercise_get_position (e));
  gtk_switch_set_active (self->unilateral_switch, hip_exercise_get_unilateral (e));
  for (guint i = 1; i < self->motion_ids->len; i++)
    if (g_strcmp0 (self->motion_ids->pdata[i], hip_exercise_get_motion (e)) == 0)
      motion = i;
  adw_combo_row_set_selected (self->motion_row, motion);
  fill_facets (self, e);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipExerciseEditor *self = HIP_EXERCISE_EDITOR (widget);
  g_autoptr(HipExercise) e = read_form (self);
  g_autoptr(GError) error = NULL;

  if (!hip_coach_save_own_exercise (self->coach, e, &error))
    {
      /* The form is kept as typed: nothing is lost, the person can mend it. */
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }
  g_set_object (&self->exercise, e);
  g_signal_emit (self, signals[SAVED], 0, e);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
hip_exercise_editor_constructed (GObject *object)
{
  HipExerciseEditor *self = HIP_EXERCISE_EDITOR (object);

  G_OBJECT_CLASS (hip_exercise_editor_parent_class)->constructed (object);

  g_assert (HIP_IS_COACH (self->coach));
  build_action_rows (self);
  build_muscle_rows (self);
  build_detail_rows (self);
  build_motion_row (self);
  self->id = self->exercise != NULL ? g_strdup (hip_exercise_get_id (self->exercise))
                                    : hip_coach_new_own_exercise_id (self->coach);
  adw_window_title_set_title (self->window_title,
                              self->exercise != NULL ? _("Edit Exercise") : _("New Exercise"));
  gtk_window_set_title (GTK_WINDOW (self),
                        self->exercise != NULL ? _("Edit Exercise") : _("New Exercise"));
  if (self->exercise != NULL)
    fill_form (self, self->exercise);
  g_signal_connect_object (gtk_text_view_get_buffer (self->steps_view), "changed",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  motion_changed_cb (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
hip_exercise_editor_dispose (GObject *object)
{
  HipExerciseEditor *self = HIP_EXERCISE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HIP_TYPE_EXERCISE_EDITOR);
  g_clear_object (&self->coach);
  g_clear_object (&self->stills);
  g_clear_object (&self->exercise);
  G_OBJECT_CLASS (hip_exercise_editor_parent_class)->dispose (object);
}

static void
hip_exercise_editor_finalize (GObject *object)
{
  HipExerciseEditor *self = HIP_EXERCISE_EDITOR (object);

  g_free (self->id);
  g_clear_pointer (&self->motion_ids, g_ptr_array_unref);
  g_clear_pointer (&self->equipment_checks, g_ptr_array_unref);
  G_OBJECT_CLASS (hip_exercise_editor_parent_class)->finalize (object);
}

static void
hip_exercise_editor_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HipExerciseEditor *self = HIP_EXERCISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_COACH:
      g_value_set_object (value, self->coach);
      break;
    case PROP_STILLS:
      g_value_set_object (value, self->stills);
      break;
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_editor_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HipExerciseEditor *self = HIP_EXERCISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_COACH:
      self->coach = g_value_dup_object (value);
      break;
    case PROP_STILLS:
      self->stills = g_value_dup_object (value);
      break;
    case PROP_EXERCISE:
      self->exercise = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_editor_class_init (HipExerciseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = hip_exercise_editor_constructed;
  object_class->dispose = hip_exercise_editor_dispose;
  object_class->finalize = hip_exercise_editor_finalize;
  object_class->get_property = hip_exercise_editor_get_property;
  object_class->set_property = hip_exercise_editor_set_property;

  properties[PROP_COACH] = g_param_spec_object ("coach", NULL, NULL, HIP_TYPE_COACH, flags);
  properties[PROP_STILLS] = g_param_spec_object ("stills", NULL, NULL, HIP_TYPE_STILLS, flags);
  /* The exercise edited; none for a new one. */
  properties[PROP_EXERCISE] = g_param_spec_object ("exercise", NULL, NULL, HIP_TYPE_EXERCISE,
                                                   flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HipExerciseEditor::saved:
   * @exercise: the exercise as saved, now in the catalogue
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, HIP_TYPE_EXERCISE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-exercise-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, summary_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, motion_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, still);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, steps_view);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, cues_view);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, actions_group);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, planes_group);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, muscles_group);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, position_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, unilateral_switch);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseEditor, equipment_row);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, motion_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
hip_exercise_editor_init (HipExerciseEditor *self)
{
  self->equipment_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->motion_ids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * hip_exercise_editor_new:
 * @exercise: (nullable): one of the person's own exercises to change, or %NULL for a new one
 */
HipExerciseEditor *
hip_exercise_editor_new (GtkWindow   *parent,
                         HipCoach    *coach,
                         HipStills   *stills,
                         HipExercise *exercise)
{
  g_return_val_if_fail (HIP_IS_COACH (coach), NULL);
  g_return_val_if_fail (exercise == NULL || HIP_IS_EXERCISE (exercise), NULL);

  return g_object_new (HIP_TYPE_EXERCISE_EDITOR,
                       "transient-for", parent,
                       "coach", coach,
                       "stills", stills,
                       "exercise", exercise,
                       NULL);
}

/* Returns: (transfer none) (nullable): the exercise edited, or once saved the one saved */
HipExercise *
hip_exercise_editor_get_exercise (HipExerciseEditor *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_EDITOR (self), NULL);
  return self->exercise;
}

GtkEditable *
hip_exercise_editor_get_name_row (HipExerciseEditor *self)
{
  return GTK_EDITABLE (self->name_row);
}

GtkTextView *
hip_exercise_editor_get_steps_view (HipExerciseEditor *self)
{
  return self->steps_view;
}

AdwComboRow *
hip_exercise_editor_get_action_row (HipExerciseEditor *self,
                                    HipAction          action)
{
  return self->action_rows[action];
}

AdwComboRow *
hip_exercise_editor_get_muscle_row (HipExerciseEditor *self,
                                    HipMuscle          muscle)
{
  return self->muscle_rows[muscle];
}

AdwComboRow *
hip_exercise_editor_get_motion_row (HipExerciseEditor *self)
{
  return self->motion_row;
}

GtkCheckButton *
hip_exercise_editor_get_plane_check (HipExerciseEditor *self,
                                     HipPlane           plane)
{
  return self->plane_checks[plane];
}

/* Returns: what keeps the form from being saved, or "" */
const char *
hip_exercise_editor_get_problem (HipExerciseEditor *self)
{
  return gtk_label_get_text (self->problem_label);
}
