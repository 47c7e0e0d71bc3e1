/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-badges.h"
#include "hip-catalogue.h"
#include "hip-diagram.h"
#include "hip-diagram-player.h"
#include "hip-exercise.h"
#include "hip-widget-utils.h"
#include "hip-exercise-detail.h"
#include "hip-motion-library.h"
#include "hip-muscle-map.h"

/**
 * HipExerciseDetail:
 *
 * Everything about one exercise: how to do it, the cues, the muscles by role, the hip actions
 * and planes, the ladder of easier and harder exercises (each a link) and how to stay safe.
 */
struct _HipExerciseDetail
{
  GtkWidget     parent_instance;

  HipExercise  *exercise;
  HipCatalogue *catalogue;
  HipMotionLibrary *motions;   /* (nullable): without it the page shows no figure */

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkWidget    *planes_box;
  GtkWidget    *own_box;       /* Edit… and Delete…, for the person's own exercises */
  GtkWidget    *figure_box;    /* the player and Save Diagram… */
  GtkWidget    *no_figure_box; /* in their place for an own exercise without a motion */
  GtkLabel     *name_label;
  GtkLabel     *facts_label;
  GtkLabel     *summary_label;
  HipDiagramPlayer *player;
  HipMuscleMap *muscle_map;
  GtkListBox   *steps_list;
  GtkListBox   *cues_list;
  GtkListBox   *muscles_list;
  GtkListBox   *actions_list;
  GtkWidget    *ladder_group;
  GtkListBox   *ladder_list;
  GtkListBox   *safety_list;
};

G_DEFINE_FINAL_TYPE (HipExerciseDetail, hip_exercise_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_CATALOGUE,
  PROP_MOTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
add_numbered (GtkListBox         *list,
              const char * const *texts,
              const char         *icon_name)
{
  for (guint i = 0; texts[i] != NULL; i++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (hip_action_row_new (texts[i], NULL));
      GtkWidget *prefix;

      if (icon_name != NULL)
        prefix = gtk_image_new_from_icon_name (icon_name);
      else
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);

          prefix = gtk_label_new (number);
          gtk_widget_add_css_class (prefix, "step-number");
        }
      gtk_widget_set_valign (prefix, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (row, prefix);
      gtk_list_box_append (list, GTK_WIDGET (row));
    }
}

static void
fill_muscles (HipExerciseDetail *self)
{
  for (HipMuscleRole role = HIP_MUSCLE_ROLE_PRIMARY; role < HIP_N_MUSCLE_ROLES; role++)
    for (guint m = 0; m < HIP_N_MUSCLES; m++)
      {
        AdwActionRow *row;
        GtkWidget *tag;

        if (hip_exercise_get_muscle_role (self->exercise, m) != role)
          continue;
        row = ADW_ACTION_ROW (hip_action_row_new (hip_muscle_get_label (m),
                                                  hip_muscle_get_description (m)));
        tag = gtk_label_new (hip_muscle_role_get_label (role));
        gtk_widget_add_css_class (tag, "role-tag");
        gtk_widget_add_css_class (tag, hip_enum_to_nick (HIP_TYPE_MUSCLE_ROLE, role));
        gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
        adw_action_row_add_suffix (row, tag);
        gtk_list_box_append (self->muscles_list, GTK_WIDGET (row));
      }
}

static void
fill_actions (HipExerciseDetail *self)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double weight = hip_exercise_get_action_weight (self->exercise, a);
      AdwActionRow *row;
      GtkWidget *bar;

      if (weight <= 0)
        continue;
      row = ADW_ACTION_ROW (hip_action_row_new (hip_action_get_label (a),
                                                hip_plane_get_label (hip_action_get_plane (a))));
      bar = gtk_level_bar_new_for_interval (0, 1);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), weight);
      gtk_widget_set_size_request (bar, 96, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      hip_action_get_label (a), -1);
      adw_action_row_add_suffix (row, bar);
      gtk_list_box_append (self->actions_list, GTK_WIDGET (row));
    }
}

/* Each rung is a link: activating the row runs win.show-exercise with the rung's id. */
static void
add_rungs (HipExerciseDetail  *self,
           const char * const *ids,
           const char         *direction,
           const char         *icon_name)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      HipExercise *target = self->catalogue != NULL ?
                            hip_catalogue_lookup (self->catalogue, ids[i]) : NULL;
      AdwActionRow *row;

      if (target == NULL)
        continue;
      row = ADW_ACTION_ROW (hip_action_row_new (hip_exercise_get_name (target), direction));
      adw_action_row_add_prefix (row, gtk_image_new_from_icon_name (icon_name));
      adw_action_row_add_suffix (row, gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", ids[i]);
      gtk_widget_set_name (GTK_WIDGET (row), ids[i]);
      gtk_list_box_append (self->ladder_list, GTK_WIDGET (row));
    }
}

/* The supported or partial-range version of this exercise itself, when there is one. */
static void
add_easier_version (HipExerciseDetail *self)
{
  const char *easier = hip_exercise_get_easier (self->exercise);
  AdwActionRow *row;

  if (easier == NULL || *easier == '\0')
    return;
  row = ADW_ACTION_ROW (hip_action_row_new (easier,
                                            _("Easier: the same exercise, supported or smaller")));
  adw_action_row_add_prefix (row, gtk_image_new_from_icon_name ("go-down-symbolic"));
  gtk_list_box_append (self->ladder_list, GTK_WIDGET (row));
}

static void
fill_safety (HipExerciseDetail *self)
{
  const char *note = hip_exercise_get_safety_note (self->exercise);

  for (guint c = 0; c < HIP_N_CONDITIONS; c++)
    {
      const char *text = hip_exercise_get_contraindication (self->exercise, c);
      AdwActionRow *row;

      if (text == NULL)
        continue;
      row = ADW_ACTION_ROW (hip_action_row_new (hip_condition_get_label (c), text));
      adw_action_row_add_prefix (row, gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_list_box_append (self->safety_list, GTK_WIDGET (row));
    }

  if (note != NULL && *note != '\0')
    {
      AdwActionRow *row = ADW_ACTION_ROW (hip_action_row_new (note, NULL));

      adw_action_row_add_prefix (row, gtk_image_new_from_icon_name ("dialog-information-symbolic"));
      gtk_list_box_append (self->safety_list, GTK_WIDGET (row));
    }
}

static char *
describe_facts (HipExercise *exercise)
{
  g_autofree char *equipment = hip_exercise_describe_equipment (exercise, " · ");
  HipPosition position = hip_exercise_get_position (exercise);

  return g_strdup_printf ("%s · %s · %s · %s · %s%s",
                          hip_level_get_label (hip_exercise_get_level (exercise)),
                          hip_kind_get_label (hip_exercise_get_kind (exercise)),
                          hip_exercise_get_unilateral (exercise) ? _("One side at a time")
                                                                 : _("Both sides together"),
                          hip_position_get_label (position), equipment,
                          /* A mat is a comfort on the floor, never a need (SCIENCE.md §8). */
                          position == HIP_POSITION_FLOOR ? _(" · a mat is comfortable") : "");
}

static HipMotion *
lookup_motion (HipExerciseDetail *self)
{
  if (self->exercise == NULL || self->motions == NULL)
    return NULL;
  return hip_motion_library_lookup (self->motions, hip_exercise_get_motion (self->exercise));
}

static void
update (HipExerciseDetail *self)
{
  HipMotion *motion = lookup_motion (self);
  g_autofree char *facts = NULL;
  GtkListBox *lists[] = { self->steps_list, self->cues_list, self->muscles_list,
                          self->actions_list, self->ladder_list, self->safety_list };
  GtkAdjustment *vadjustment;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    clear_list (lists[i]);
  hip_badges_clear (self->planes_box);
  hip_diagram_player_set_motion (self->player, motion,
                                 self->exercise != NULL ? hip_exercise_get_name (self->exercise)
                                                        : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.export", motion != NULL);
  /* Every catalogue exercise has a motion; an own one may have none: no empty player then. */
  gtk_widget_set_visible (self->figure_box, motion != NULL || self->motions == NULL);
  gtk_widget_set_visible (self->no_figure_box, motion == NULL && self->motions != NULL &&
                                               self->exercise != NULL);
  hip_muscle_map_set_exercise (self->muscle_map, self->exercise);
  if (self->exercise == NULL)
    return;

  hip_badges_add_planes (self->planes_box, self->exercise);
  hip_badges_add_own (self->planes_box, self->exercise);
  gtk_widget_set_visible (self->own_box,
                          hip_exercise_get_origin (self->exercise) == HIP_ORIGIN_USER);
  gtk_label_set_text (self->name_label, hip_exercise_get_name (self->exercise));
  facts = describe_facts (self->exercise);
  gtk_label_set_text (self->facts_label, facts);
  gtk_label_set_text (self->summary_label, hip_exercise_get_summary (self->exercise));

  add_numbered (self->steps_list, hip_exercise_get_steps (self->exercise), NULL);
  add_numbered (self->cues_list, hip_exercise_get_cues (self->exercise), "emblem-ok-symbolic");
  fill_muscles (self);
  fill_actions (self);
  add_easier_version (self);
  add_rungs (self, hip_exercise_get_regressions (self->exercise), _("Easier"), "go-down-symbolic");
  add_rungs (self, hip_exercise_get_progressions (self->exercise), _("Harder"), "go-up-symbolic");
  gtk_widget_set_visible (self->ladder_group,
                          gtk_widget_get_first_child (GTK_WIDGET (self->ladder_list)) != NULL);
  fill_safety (self);

  /* A new exercise starts at its top, not where the last one was scrolled to. */
  vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

HipExercise *
hip_exercise_detail_get_exercise (HipExerciseDetail *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_DETAIL (self), NULL);
  return self->exercise;
}

void
hip_exercise_detail_set_exercise (HipExerciseDetail *self,
                                  HipExercise       *exercise)
{
  g_return_if_fail (HIP_IS_EXERCISE_DETAIL (self));
  g_return_if_fail (exercise == NULL || HIP_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

/* The chooser's filters, in the order of HipDiagramFormat. */
static void
add_export_filters (GtkFileChooser *chooser)
{
  static const struct { const char *name; const char *pattern; } filters[] = {
    { N_("SVG picture"), "*.svg" },
    { N_("PNG picture"), "*.png" },
    { N_("Animated SVG (plays in a web browser)"), "*.svg" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(filters[i].name));
      gtk_file_filter_add_pattern (filter, filters[i].pattern);
      gtk_file_chooser_add_filter (chooser, filter);
    }
}

static HipDiagramFormat
chosen_format (GtkFileChooser *chooser,
               GFile          *file)
{
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);
  GtkFileFilter *current = gtk_file_chooser_get_filter (chooser);
  g_autofree char *name = g_file_get_basename (file);

  for (guint i = 0; i < g_list_model_get_n_items (filters); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      if (filter == current)
        return i;
    }
  return g_str_has_suffix (name, ".png") ? HIP_DIAGRAM_FORMAT_PNG : HIP_DIAGRAM_FORMAT_SVG;
}

static void
export_response_cb (GtkNativeDialog   *dialog,
                    int                response,
                    HipExerciseDetail *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  HipMotion *motion = lookup_motion (self);
  HipDiagramView view;

  if (response == GTK_RESPONSE_ACCEPT && motion != NULL &&
      (file = gtk_file_chooser_get_file (chooser)) != NULL && (path = g_file_get_path (file)) != NULL)
    {
      hip_diagram_view_init (&view, motion);
      view.title = hip_exercise_get_name (self->exercise);
      view.planes = hip_exercise_get_planes (self->exercise);
      if (!hip_diagram_export (motion, &view, chosen_format (chooser, file),
                               hip_motion_get_still_time (motion), 960, path, &error))
        {
          GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Could Not Save the Diagram"),
                                                       error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  HipExerciseDetail *self = HIP_EXERCISE_DETAIL (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->exercise == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save Diagram"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), NULL);
  add_export_filters (GTK_FILE_CHOOSER (chooser));
  name = g_strconcat (hip_exercise_get_id (self->exercise), ".svg", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
hip_exercise_detail_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HipExerciseDetail *self = HIP_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, hip_exercise_detail_get_exercise (self));
      break;
    case PROP_CATALOGUE:
      g_value_set_object (value, self->catalogue);
      break;
    case PROP_MOTIONS:
      g_value_set_object (value, self->motions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_detail_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HipExerciseDetail *self = HIP_EXERCISE_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      hip_exercise_detail_set_exercise (self, g_value_get_object (value));
      break;
    case PROP_CATALOGUE:
      self->catalogue = g_value_dup_object (value);
      break;
    case PROP_MOTIONS:
      self->motions = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_detail_dispose (GObject *object)
{
  HipExerciseDetail *self = (HipExerciseDetail *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HIP_TYPE_EXERCISE_DETAIL);
  hip_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->exercise);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->motions);

  G_OBJECT_CLASS (hip_exercise_detail_parent_class)->dispose (object);
}

static void
hip_exercise_detail_class_init (HipExerciseDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_exercise_detail_dispose;
  object_class->get_property = hip_exercise_detail_get_property;
  object_class->set_property = hip_exercise_detail_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, HIP_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Resolves the ids of the ladder to names. */
  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, HIP_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MOTIONS] =
    g_param_spec_object ("motions", NULL, NULL, HIP_TYPE_MOTION_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-exercise-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, planes_box);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, own_box);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, figure_box);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, no_figure_box);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, facts_label);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, player);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, muscle_map);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, steps_list);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, cues_list);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, muscles_list);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, actions_list);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, ladder_group);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, ladder_list);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseDetail, safety_list);

  gtk_widget_class_install_action (widget_class, "detail.export", NULL, export_action);
  g_type_ensure (HIP_TYPE_DIAGRAM_PLAYER);
  g_type_ensure (HIP_TYPE_MUSCLE_MAP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "exercise-detail");
}

static void
hip_exercise_detail_init (HipExerciseDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
