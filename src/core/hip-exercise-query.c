/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "hip-exercise.h"
#include "hip-exercise-query.h"
#include "hip-exercise-query-private.h"

/**
 * HipExerciseQuery:
 *
 * What the exercise browser asks for: free text plus one optional value per facet (plane, hip
 * action, muscle group, muscle, equipment, level, kind, origin). Facets combine with AND; each facet
 * property is a value of its enum or %HIP_QUERY_ANY.
 *
 * For equipment, %HIP_EQUIPMENT_NONE asks for exercises that need nothing; any other value asks
 * for exercises that use that piece of equipment.
 */
struct _HipExerciseQuery
{
  GObject  parent_instance;

  char    *text;
  int      facets[8];
};

G_DEFINE_FINAL_TYPE (HipExerciseQuery, hip_exercise_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  /* The facets, in the order of the facets[] array. */
  PROP_PLANE,
  PROP_ACTION,
  PROP_MUSCLE_GROUP,
  PROP_MUSCLE,
  PROP_EQUIPMENT,
  PROP_LEVEL,
  PROP_KIND,
  PROP_ORIGIN,
  N_PROPS
};

#define FACET(prop) ((prop) - PROP_PLANE)
#define N_FACETS (N_PROPS - PROP_PLANE)

G_STATIC_ASSERT (N_FACETS == 8);

static GParamSpec *properties[N_PROPS];

static void
hip_exercise_query_finalize (GObject *object)
{
  HipExerciseQuery *self = (HipExerciseQuery *) object;

  g_free (self->text);

  G_OBJECT_CLASS (hip_exercise_query_parent_class)->finalize (object);
}

static void
hip_exercise_query_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HipExerciseQuery *self = HIP_EXERCISE_QUERY (object);

  if (prop_id == PROP_TEXT)
    g_value_set_string (value, self->text);
  else if (prop_id >= PROP_PLANE && prop_id < N_PROPS)
    g_value_set_int (value, self->facets[FACET (prop_id)]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
set_facet (HipExerciseQuery *self,
           guint             prop_id,
           int               value)
{
  if (self->facets[FACET (prop_id)] == value)
    return;
  self->facets[FACET (prop_id)] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
hip_exercise_query_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HipExerciseQuery *self = HIP_EXERCISE_QUERY (object);

  if (prop_id == PROP_TEXT)
    hip_exercise_query_set_text (self, g_value_get_string (value));
  else if (prop_id >= PROP_PLANE && prop_id < N_PROPS)
    set_facet (self, prop_id, g_value_get_int (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static GParamSpec *
facet_pspec (const char *name,
             int         n_values)
{
  return g_param_spec_int (name, NULL, NULL, HIP_QUERY_ANY, n_values - 1, HIP_QUERY_ANY,
                           G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
}

static void
hip_exercise_query_class_init (HipExerciseQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hip_exercise_query_finalize;
  object_class->get_property = hip_exercise_query_get_property;
  object_class->set_property = hip_exercise_query_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLANE] = facet_pspec ("plane", HIP_N_PLANES);
  properties[PROP_ACTION] = facet_pspec ("action", HIP_N_ACTIONS);
  properties[PROP_MUSCLE_GROUP] = facet_pspec ("muscle-group", HIP_N_MUSCLE_GROUPS);
  properties[PROP_MUSCLE] = facet_pspec ("muscle", HIP_N_MUSCLES);
  properties[PROP_EQUIPMENT] = facet_pspec ("equipment", HIP_EQUIPMENT_ALL + 1);
  properties[PROP_LEVEL] = facet_pspec ("level", HIP_N_LEVELS);
  properties[PROP_KIND] = facet_pspec ("kind", HIP_N_KINDS);
  /* The catalogue's exercises, or the person's own. */
  properties[PROP_ORIGIN] = facet_pspec ("origin", HIP_ORIGIN_USER + 1);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hip_exercise_query_init (HipExerciseQuery *self)
{
  for (guint i = 0; i < N_FACETS; i++)
    self->facets[i] = HIP_QUERY_ANY;
}

HipExerciseQuery *
hip_exercise_query_new (void)
{
  return g_object_new (HIP_TYPE_EXERCISE_QUERY, NULL);
}

const char *
hip_exercise_query_get_text (HipExerciseQuery *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_QUERY (self), NULL);
  return self->text;
}

void
hip_exercise_query_set_text (HipExerciseQuery *self,
                             const char       *text)
{
  g_return_if_fail (HIP_IS_EXERCISE_QUERY (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* Returns the value of the facet property named @property. */
int
hip_exercise_query_get_filter (HipExerciseQuery *self,
                               const char       *property)
{
  int value = HIP_QUERY_ANY;

  g_return_val_if_fail (HIP_IS_EXERCISE_QUERY (self), HIP_QUERY_ANY);
  g_object_get (self, property, &value, NULL);
  return value;
}

/* How many facets narrow the list (the text does not count): shown on the Filters button. */
guint
hip_exercise_query_get_n_filters (HipExerciseQuery *self)
{
  guint n = 0;

  g_return_val_if_fail (HIP_IS_EXERCISE_QUERY (self), 0);

  for (guint i = 0; i < N_FACETS; i++)
    n += self->facets[i] != HIP_QUERY_ANY;
  return n;
}

void
hip_exercise_query_clear_filters (HipExerciseQuery *self)
{
  g_return_if_fail (HIP_IS_EXERCISE_QUERY (self));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint prop = PROP_PLANE; prop < N_PROPS; prop++)
    set_facet (self, prop, HIP_QUERY_ANY);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
matches_equipment (HipExercise *exercise,
                   int          wanted)
{
  HipEquipment needs = hip_exercise_get_equipment (exercise);

  if (wanted == HIP_EQUIPMENT_NONE)
    return needs == HIP_EQUIPMENT_NONE;
  return (needs & wanted) == (guint) wanted;
}

static gboolean
matches_facets (HipExerciseQuery *self,
                HipExercise      *exercise)
{
  const int *f = self->facets;
  int muscle = f[FACET (PROP_MUSCLE)];

  if (f[FACET (PROP_PLANE)] != HIP_QUERY_ANY &&
      !hip_exercise_has_plane (exercise, f[FACET (PROP_PLANE)]))
    return FALSE;
  if (f[FACET (PROP_ACTION)] != HIP_QUERY_ANY &&
      hip_exercise_get_action_weight (exercise, f[FACET (PROP_ACTION)]) <= 0)
    return FALSE;
  if (f[FACET (PROP_MUSCLE_GROUP)] != HIP_QUERY_ANY &&
      !hip_exercise_works_muscle_group (exercise, f[FACET (PROP_MUSCLE_GROUP)]))
    return FALSE;
  if (muscle != HIP_QUERY_ANY &&
      hip_exercise_get_muscle_role (exercise, muscle) == HIP_MUSCLE_ROLE_NONE)
    return FALSE;
  if (f[FACET (PROP_EQUIPMENT)] != HIP_QUERY_ANY &&
      !matches_equipment (exercise, f[FACET (PROP_EQUIPMENT)]))
    return FALSE;
  if (f[FACET (PROP_LEVEL)] != HIP_QUERY_ANY &&
      (int) hip_exercise_get_level (exercise) != f[FACET (PROP_LEVEL)])
    return FALSE;
  if (f[FACET (PROP_KIND)] != HIP_QUERY_ANY &&
      (int) hip_exercise_get_kind (exercise) != f[FACET (PROP_KIND)])
    return FALSE;
  if (f[FACET (PROP_ORIGIN)] != HIP_QUERY_ANY &&
      (int) hip_exercise_get_origin (exercise) != f[FACET (PROP_ORIGIN)])
    return FALSE;
  return TRUE;
}

gboolean
hip_exercise_query_matches (HipExerciseQuery *self,
                            HipExercise      *exercise)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_QUERY (self), FALSE);
  g_return_val_if_fail (HIP_IS_EXERCISE (exercise), FALSE);

  return matches_facets (self, exercise) && hip_exercise_matches_text (exercise, self->text);
}
