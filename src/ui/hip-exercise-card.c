/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-badges.h"
#include "hip-exercise.h"
#include "hip-widget-utils.h"
#include "hip-exercise-card.h"

/**
 * HipExerciseCard:
 *
 * One exercise in the browser grid: name, plane badges, hip-action chips, level and equipment.
 * Cards are recycled by the grid, so everything shown is rebuilt when the exercise changes.
 */
struct _HipExerciseCard
{
  GtkWidget    parent_instance;

  HipExercise *exercise;

  /* Template widgets */
  GtkLabel    *name_label;
  GtkLabel    *summary_label;
  GtkWidget   *planes_box;
  GtkWidget   *actions_box;
  GtkLabel    *level_label;
  GtkLabel    *equipment_label;
};

G_DEFINE_FINAL_TYPE (HipExerciseCard, hip_exercise_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_equipment (HipExercise *exercise)
{
  HipEquipment equipment = hip_exercise_get_equipment (exercise);
  g_autoptr(GString) text = g_string_new (NULL);

  if (equipment == HIP_EQUIPMENT_NONE)
    return g_strdup (hip_equipment_get_label (HIP_EQUIPMENT_NONE));

  for (guint bit = 0; bit < 9; bit++)
    if (equipment & (1u << bit))
      {
        if (text->len > 0)
          g_string_append (text, ", ");
        g_string_append (text, hip_equipment_get_label (1u << bit));
      }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Core and stretching work has no primary hip action; the main muscle group says what it is. */
static void
add_fallback_chip (HipExerciseCard *self)
{
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    if (hip_exercise_get_muscle_role (self->exercise, m) == HIP_MUSCLE_ROLE_PRIMARY)
      {
        GtkWidget *chip = gtk_label_new (hip_muscle_group_get_label (hip_muscle_get_group (m)));

        gtk_widget_set_halign (chip, GTK_ALIGN_START);
        gtk_widget_add_css_class (chip, "action-chip");
        gtk_flow_box_append (GTK_FLOW_BOX (self->actions_box), chip);
        gtk_widget_set_focusable (gtk_widget_get_parent (chip), FALSE);
        return;
      }
}

static void
update (HipExerciseCard *self)
{
  g_autofree char *equipment = NULL;
  g_autofree char *level = NULL;

  hip_badges_clear (self->planes_box);
  hip_badges_clear (self->actions_box);
  if (self->exercise == NULL)
    return;

  gtk_label_set_text (self->name_label, hip_exercise_get_name (self->exercise));
  gtk_label_set_text (self->summary_label, hip_exercise_get_summary (self->exercise));
  hip_badges_add_planes (self->planes_box, self->exercise);
  hip_badges_add_actions (self->actions_box, self->exercise, TRUE);
  if (gtk_widget_get_first_child (self->actions_box) == NULL)
    add_fallback_chip (self);

  level = g_strdup_printf ("%s · %s", hip_level_get_label (hip_exercise_get_level (self->exercise)),
                           hip_kind_get_label (hip_exercise_get_kind (self->exercise)));
  gtk_label_set_text (self->level_label, level);
  equipment = describe_equipment (self->exercise);
  gtk_label_set_text (self->equipment_label, equipment);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hip_exercise_get_name (self->exercise),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  hip_exercise_get_summary (self->exercise),
                                  -1);
}

HipExercise *
hip_exercise_card_get_exercise (HipExerciseCard *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_CARD (self), NULL);
  return self->exercise;
}

void
hip_exercise_card_set_exercise (HipExerciseCard *self,
                                HipExercise     *exercise)
{
  g_return_if_fail (HIP_IS_EXERCISE_CARD (self));
  g_return_if_fail (exercise == NULL || HIP_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

static void
hip_exercise_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HipExerciseCard *self = HIP_EXERCISE_CARD (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, hip_exercise_card_get_exercise (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HipExerciseCard *self = HIP_EXERCISE_CARD (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      hip_exercise_card_set_exercise (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_card_dispose (GObject *object)
{
  HipExerciseCard *self = (HipExerciseCard *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HIP_TYPE_EXERCISE_CARD);
  hip_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (hip_exercise_card_parent_class)->dispose (object);
}

static void
hip_exercise_card_class_init (HipExerciseCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_exercise_card_dispose;
  object_class->get_property = hip_exercise_card_get_property;
  object_class->set_property = hip_exercise_card_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, HIP_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-exercise-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HipExerciseCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseCard, planes_box);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseCard, actions_box);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseCard, level_label);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseCard, equipment_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "exercise-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hip_exercise_card_init (HipExerciseCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
