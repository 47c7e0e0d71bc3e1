/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "hip-exercise.h"

/**
 * HipExercise:
 *
 * One exercise of the catalogue or one the user made: what it trains (planes, hip actions with
 * weights, muscles with roles), what it needs and how to do it safely.
 *
 * Structured data (actions, muscles, contraindications) has accessors rather than properties;
 * everything else is a property so that list items can bind to it.
 */
struct _HipExercise
{
  GObject       parent_instance;

  char         *id;
  HipOrigin     origin;
  char         *name;
  char         *summary;
  char        **synonyms;
  char        **steps;
  char        **cues;
  HipLevel      level;
  HipKind       kind;
  gboolean      unilateral;
  HipEquipment  equipment;
  HipEquipment  equipment_choice;  /* items of @equipment any one of which will do */
  gboolean      band_anchored;     /* the band is tied to a door anchor */
  HipPosition   position;
  gboolean      warm_up;           /* a dynamic warm-up drill */
  char         *easier;            /* a supported or partial-range version of itself */
  char         *motion;
  char         *safety_note;
  char        **regressions;
  char        **progressions;
  guint         planes;
  double        action_weights[HIP_N_ACTIONS];
  gint8         muscle_roles[HIP_N_MUSCLES];
  char         *contraindications[HIP_N_CONDITIONS];

  /* Folded words (and their ASCII alternates) that a search may match; built on first use. */
  char        **search_words;
};

G_DEFINE_FINAL_TYPE (HipExercise, hip_exercise, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ORIGIN,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_SYNONYMS,
  PROP_STEPS,
  PROP_CUES,
  PROP_LEVEL,
  PROP_KIND,
  PROP_UNILATERAL,
  PROP_EQUIPMENT,
  PROP_EQUIPMENT_CHOICE,
  PROP_BAND_ANCHORED,
  PROP_POSITION,
  PROP_WARM_UP,
  PROP_EASIER,
  PROP_MOTION,
  PROP_SAFETY_NOTE,
  PROP_REGRESSIONS,
  PROP_PROGRESSIONS,
  PROP_PLANES,
  PROP_ACTIONS,
  PROP_MUSCLES,
  PROP_CONTRAINDICATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* g_set_str() is GLib 2.76; we target 2.74. */
static gboolean
replace_str (char       **field,
             const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
invalidate_search (HipExercise *self)
{
  g_clear_pointer (&self->search_words, g_strfreev);
}

/* Replaces a string vector; returns FALSE when nothing changed. */
static gboolean
set_strv (char               ***field,
          const char * const   *value)
{
  static const char *empty[] = { NULL };

  if (value == NULL)
    value = empty;
  if (*field != NULL && g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  return TRUE;
}

/* The structured data as dictionaries keyed by id, for bindings and introspection. */
static GVariant *
actions_variant (HipExercise *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sd}"));

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (self->action_weights[a] > 0)
      g_variant_builder_add (&builder, "{sd}", hip_enum_to_nick (HIP_TYPE_ACTION, a),
                             self->action_weights[a]);
  return g_variant_builder_end (&builder);
}

static GVariant *
muscles_variant (HipExercise *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    if (self->muscle_roles[m] >= 0)
      g_variant_builder_add (&builder, "{ss}", hip_enum_to_nick (HIP_TYPE_MUSCLE, m),
                             hip_enum_to_nick (HIP_TYPE_MUSCLE_ROLE, self->muscle_roles[m]));
  return g_variant_builder_end (&builder);
}

static GVariant *
contraindications_variant (HipExercise *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));

  for (guint c = 0; c < HIP_N_CONDITIONS; c++)
    if (self->contraindications[c] != NULL)
      g_variant_builder_add (&builder, "{ss}", hip_enum_to_nick (HIP_TYPE_CONDITION, c),
                             self->contraindications[c]);
  return g_variant_builder_end (&builder);
}

static void
hip_exercise_finalize (GObject *object)
{
  HipExercise *self = (HipExercise *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_strfreev (self->synonyms);
  g_strfreev (self->steps);
  g_strfreev (self->cues);
  g_free (self->motion);
  g_free (self->easier);
  g_free (self->safety_note);
  g_strfreev (self->regressions);
  g_strfreev (self->progressions);
  for (guint i = 0; i < HIP_N_CONDITIONS; i++)
    g_free (self->contraindications[i]);
  g_strfreev (self->search_words);

  G_OBJECT_CLASS (hip_exercise_parent_class)->finalize (object);
}

static void
hip_exercise_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HipExercise *self = HIP_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_ORIGIN: g_value_set_enum (value, self->origin); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_SYNONYMS: g_value_set_boxed (value, self->synonyms); break;
    case PROP_STEPS: g_value_set_boxed (value, self->steps); break;
    case PROP_CUES: g_value_set_boxed (value, self->cues); break;
    case PROP_LEVEL: g_value_set_enum (value, self->level); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_UNILATERAL: g_value_set_boolean (value, self->unilateral); break;
    case PROP_EQUIPMENT: g_value_set_flags (value, self->equipment); break;
    case PROP_EQUIPMENT_CHOICE: g_value_set_flags (value, self->equipment_choice); break;
    case PROP_BAND_ANCHORED: g_value_set_boolean (value, self->band_anchored); break;
    case PROP_POSITION: g_value_set_enum (value, self->position); break;
    case PROP_WARM_UP: g_value_set_boolean (value, self->warm_up); break;
    case PROP_EASIER: g_value_set_string (value, self->easier); break;
    case PROP_MOTION: g_value_set_string (value, self->motion); break;
    case PROP_SAFETY_NOTE: g_value_set_string (value, self->safety_note); break;
    case PROP_REGRESSIONS: g_value_set_boxed (value, self->regressions); break;
    case PROP_PROGRESSIONS: g_value_set_boxed (value, self->progressions); break;
    case PROP_PLANES: g_value_set_uint (value, self->planes); break;
    case PROP_ACTIONS: g_value_set_variant (value, actions_variant (self)); break;
    case PROP_MUSCLES: g_value_set_variant (value, muscles_variant (self)); break;
    case PROP_CONTRAINDICATIONS:
      g_value_set_variant (value, contraindications_variant (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HipExercise *self = HIP_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_ORIGIN: hip_exercise_set_origin (self, g_value_get_enum (value)); break;
    case PROP_NAME: hip_exercise_set_name (self, g_value_get_string (value)); break;
    case PROP_SUMMARY: hip_exercise_set_summary (self, g_value_get_string (value)); break;
    case PROP_SYNONYMS: hip_exercise_set_synonyms (self, g_value_get_boxed (value)); break;
    case PROP_STEPS: hip_exercise_set_steps (self, g_value_get_boxed (value)); break;
    case PROP_CUES: hip_exercise_set_cues (self, g_value_get_boxed (value)); break;
    case PROP_LEVEL: hip_exercise_set_level (self, g_value_get_enum (value)); break;
    case PROP_KIND: hip_exercise_set_kind (self, g_value_get_enum (value)); break;
    case PROP_UNILATERAL: hip_exercise_set_unilateral (self, g_value_get_boolean (value)); break;
    case PROP_EQUIPMENT: hip_exercise_set_equipment (self, g_value_get_flags (value)); break;
    case PROP_EQUIPMENT_CHOICE:
      hip_exercise_set_equipment_choice (self, g_value_get_flags (value));
      break;
    case PROP_BAND_ANCHORED:
      hip_exercise_set_band_anchored (self, g_value_get_boolean (value));
      break;
    case PROP_POSITION: hip_exercise_set_position (self, g_value_get_enum (value)); break;
    case PROP_WARM_UP: hip_exercise_set_warm_up (self, g_value_get_boolean (value)); break;
    case PROP_EASIER: hip_exercise_set_easier (self, g_value_get_string (value)); break;
    case PROP_MOTION: hip_exercise_set_motion (self, g_value_get_string (value)); break;
    case PROP_SAFETY_NOTE: hip_exercise_set_safety_note (self, g_value_get_string (value)); break;
    case PROP_REGRESSIONS: hip_exercise_set_regressions (self, g_value_get_boxed (value)); break;
    case PROP_PROGRESSIONS: hip_exercise_set_progressions (self, g_value_get_boxed (value)); break;
    case PROP_PLANES:
      self->planes = g_value_get_uint (value) & ((1u << HIP_N_PLANES) - 1);
      invalidate_search (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_class_init (HipExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = hip_exercise_finalize;
  object_class->get_property = hip_exercise_get_property;
  object_class->set_property = hip_exercise_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL, HIP_TYPE_ORIGIN, HIP_ORIGIN_CATALOGUE, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, rw);
  properties[PROP_SYNONYMS] = g_param_spec_boxed ("synonyms", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_STEPS] = g_param_spec_boxed ("steps", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_CUES] = g_param_spec_boxed ("cues", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL, HIP_TYPE_LEVEL, HIP_LEVEL_BEGINNER, rw);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, HIP_TYPE_KIND, HIP_KIND_REPS, rw);
  properties[PROP_UNILATERAL] = g_param_spec_boolean ("unilateral", NULL, NULL, FALSE, rw);
  properties[PROP_EQUIPMENT] =
    g_param_spec_flags ("equipment", NULL, NULL, HIP_TYPE_EQUIPMENT, HIP_EQUIPMENT_NONE, rw);
  /* Of the equipment, the items any one of which will do (a dumbbell or a kettlebell). */
  properties[PROP_EQUIPMENT_CHOICE] =
    g_param_spec_flags ("equipment-choice", NULL, NULL, HIP_TYPE_EQUIPMENT, HIP_EQUIPMENT_NONE,
                        rw);
  properties[PROP_BAND_ANCHORED] = g_param_spec_boolean ("band-anchored", NULL, NULL, FALSE, rw);
  properties[PROP_POSITION] =
    g_param_spec_enum ("position", NULL, NULL, HIP_TYPE_POSITION, HIP_POSITION_STANDING, rw);
  properties[PROP_WARM_UP] = g_param_spec_boolean ("warm-up", NULL, NULL, FALSE, rw);
  properties[PROP_EASIER] = g_param_spec_string ("easier", NULL, NULL, NULL, rw);
  properties[PROP_MOTION] = g_param_spec_string ("motion", NULL, NULL, NULL, rw);
  properties[PROP_SAFETY_NOTE] = g_param_spec_string ("safety-note", NULL, NULL, NULL, rw);
  properties[PROP_REGRESSIONS] =
    g_param_spec_boxed ("regressions", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_PROGRESSIONS] =
    g_param_spec_boxed ("progressions", NULL, NULL, G_TYPE_STRV, rw);
  /* A bit mask of (1 << HipPlane). */
  properties[PROP_PLANES] = g_param_spec_uint ("planes", NULL, NULL, 0, 7, 0, rw);
  /* Read-only views of the structured data; change it with the set_*() functions. */
  properties[PROP_ACTIONS] =
    g_param_spec_variant ("actions", NULL, NULL, G_VARIANT_TYPE ("a{sd}"), NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MUSCLES] =
    g_param_spec_variant ("muscles", NULL, NULL, G_VARIANT_TYPE ("a{ss}"), NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTRAINDICATIONS] =
    g_param_spec_variant ("contraindications", NULL, NULL, G_VARIANT_TYPE ("a{ss}"), NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hip_exercise_init (HipExercise *self)
{
  static const char *empty[] = { NULL };

  memset (self->muscle_roles, HIP_MUSCLE_ROLE_NONE, sizeof self->muscle_roles);
  self->synonyms = g_strdupv ((char **) empty);
  self->steps = g_strdupv ((char **) empty);
  self->cues = g_strdupv ((char **) empty);
  self->regressions = g_strdupv ((char **) empty);
  self->progressions = g_strdupv ((char **) empty);
}

HipExercise *
hip_exercise_new (const char *id)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);

  return g_object_new (HIP_TYPE_EXERCISE, "id", id, NULL);
}

const char *
hip_exercise_get_id (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return self->id;
}

HipOrigin
hip_exercise_get_origin (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), HIP_ORIGIN_CATALOGUE);
  return self->origin;
}

void
hip_exercise_set_origin (HipExercise *self,
                         HipOrigin    origin)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));

  if (self->origin == origin)
    return;
  self->origin = origin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

/* Sets a string field and notifies; the search words depend on some of them. */
static void
set_string (HipExercise  *self,
            char        **field,
            const char   *value,
            guint         prop_id)
{
  if (replace_str (field, value))
    {
      invalidate_search (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

static void
set_strv_prop (HipExercise         *self,
               char              ***field,
               const char * const  *value,
               guint                prop_id)
{
  if (set_strv (field, value))
    {
      invalidate_search (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
    }
}

const char *
hip_exercise_get_name (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return self->name;
}

void
hip_exercise_set_name (HipExercise *self,
                       const char  *name)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_string (self, &self->name, name, PROP_NAME);
}

const char *
hip_exercise_get_summary (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return self->summary;
}

void
hip_exercise_set_summary (HipExercise *self,
                          const char  *summary)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_string (self, &self->summary, summary, PROP_SUMMARY);
}

const char * const *
hip_exercise_get_synonyms (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return (const char * const *) self->synonyms;
}

void
hip_exercise_set_synonyms (HipExercise        *self,
                           const char * const *synonyms)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_strv_prop (self, &self->synonyms, synonyms, PROP_SYNONYMS);
}

const char * const *
hip_exercise_get_steps (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return (const char * const *) self->steps;
}

void
hip_exercise_set_steps (HipExercise        *self,
                        const char * const *steps)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_strv_prop (self, &self->steps, steps, PROP_STEPS);
}

const char * const *
hip_exercise_get_cues (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return (const char * const *) self->cues;
}

void
hip_exercise_set_cues (HipExercise        *self,
                       const char * const *cues)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_strv_prop (self, &self->cues, cues, PROP_CUES);
}

HipLevel
hip_exercise_get_level (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), HIP_LEVEL_BEGINNER);
  return self->level;
}

void
hip_exercise_set_level (HipExercise *self,
                        HipLevel     level)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  g_return_if_fail (level < HIP_N_LEVELS);

  if (self->level == level)
    return;
  self->level = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

HipKind
hip_exercise_get_kind (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), HIP_KIND_REPS);
  return self->kind;
}

void
hip_exercise_set_kind (HipExercise *self,
                       HipKind      kind)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  g_return_if_fail (kind < HIP_N_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gboolean
hip_exercise_get_unilateral (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), FALSE);
  return self->unilateral;
}

void
hip_exercise_set_unilateral (HipExercise *self,
                             gboolean     unilateral)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));

  unilateral = !!unilateral;
  if (self->unilateral == unilateral)
    return;
  self->unilateral = unilateral;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNILATERAL]);
}

HipEquipment
hip_exercise_get_equipment (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), HIP_EQUIPMENT_NONE);
  return self->equipment;
}

void
hip_exercise_set_equipment (HipExercise  *self,
                            HipEquipment  equipment)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));

  equipment &= HIP_EQUIPMENT_ALL;
  if (self->equipment == equipment)
    return;
  self->equipment = equipment;
  invalidate_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUIPMENT]);
}

/* Whether a person who owns @owned can do @self: every item it needs, and of its choice
 * (a dumbbell or a kettlebell) at least one. */
gboolean
hip_exercise_can_do_with (HipExercise  *self,
                          HipEquipment  owned)
{
  HipEquipment all = self->equipment & ~self->equipment_choice;

  g_return_val_if_fail (HIP_IS_EXERCISE (self), FALSE);
  return (all & ~owned) == 0 &&
         (self->equipment_choice == 0 || (self->equipment_choice & owned) != 0);
}

/**
 * hip_exercise_describe_equipment:
 *
 * What a person needs for @self, in words: the items it needs ("Dumbbell or kettlebell",
 * "Resistance band on a door anchor"), or "No equipment"; joined by @separator.
 *
 * Returns: (transfer full): the text
 */
char *
hip_exercise_describe_equipment (HipExercise *self,
                                 const char  *separator)
{
  HipEquipment all = self->equipment & ~self->equipment_choice;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *either = NULL;

  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);

  if (self->equipment == HIP_EQUIPMENT_NONE)
    return g_strdup (hip_equipment_get_label (HIP_EQUIPMENT_NONE));
  for (guint bit = 0; (1u << bit) <= HIP_EQUIPMENT_ALL; bit++)
    {
      HipEquipment item = 1u << bit;

      if (!(all & HIP_EQUIPMENT_ALL & item))
        continue;
      if (text->len > 0)
        g_string_append (text, separator);
      if (item == HIP_EQUIPMENT_BAND && self->band_anchored)
        g_string_append (text, _("Resistance band on a door anchor"));
      else
        g_string_append (text, hip_equipment_get_label (item));
    }
  if (self->equipment_choice != HIP_EQUIPMENT_NONE)
    {
      /* Translators: the separator between items any one of which will do */
      either = hip_equipment_to_labels (self->equipment_choice, _(" or "));
      g_string_append_printf (text, "%s%s", text->len > 0 ? separator : "", either);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

HipEquipment
hip_exercise_get_equipment_choice (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), HIP_EQUIPMENT_NONE);
  return self->equipment_choice;
}

void
hip_exercise_set_equipment_choice (HipExercise  *self,
                                   HipEquipment  choice)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));

  choice &= HIP_EQUIPMENT_ALL;
  if (self->equipment_choice == choice)
    return;
  self->equipment_choice = choice;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EQUIPMENT_CHOICE]);
}

gboolean
hip_exercise_get_band_anchored (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), FALSE);
  return self->band_anchored;
}

void
hip_exercise_set_band_anchored (HipExercise *self,
                                gboolean     anchored)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));

  anchored = !!anchored;
  if (self->band_anchored == anchored)
    return;
  self->band_anchored = anchored;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BAND_ANCHORED]);
}

HipPosition
hip_exercise_get_position (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), HIP_POSITION_STANDING);
  return self->position;
}

void
hip_exercise_set_position (HipExercise *self,
                           HipPosition  position)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  g_return_if_fail (position < HIP_N_POSITIONS);

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gboolean
hip_exercise_get_warm_up (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), FALSE);
  return self->warm_up;
}

void
hip_exercise_set_warm_up (HipExercise *self,
                          gboolean     warm_up)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));

  warm_up = !!warm_up;
  if (self->warm_up == warm_up)
    return;
  self->warm_up = warm_up;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARM_UP]);
}

/* Returns: (nullable): how to make this exercise itself easier (supported, partial range) */
const char *
hip_exercise_get_easier (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return self->easier;
}

void
hip_exercise_set_easier (HipExercise *self,
                         const char  *easier)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_string (self, &self->easier, easier, PROP_EASIER);
}

const char *
hip_exercise_get_motion (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return self->motion;
}

void
hip_exercise_set_motion (HipExercise *self,
                         const char  *motion)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_string (self, &self->motion, motion, PROP_MOTION);
}

const char *
hip_exercise_get_safety_note (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return self->safety_note;
}

void
hip_exercise_set_safety_note (HipExercise *self,
                              const char  *note)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_string (self, &self->safety_note, note, PROP_SAFETY_NOTE);
}

const char * const *
hip_exercise_get_regressions (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return (const char * const *) self->regressions;
}

void
hip_exercise_set_regressions (HipExercise        *self,
                              const char * const *ids)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_strv_prop (self, &self->regressions, ids, PROP_REGRESSIONS);
}

const char * const *
hip_exercise_get_progressions (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  return (const char * const *) self->progressions;
}

void
hip_exercise_set_progressions (HipExercise        *self,
                               const char * const *ids)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  set_strv_prop (self, &self->progressions, ids, PROP_PROGRESSIONS);
}

guint
hip_exercise_get_planes (HipExercise *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), 0);
  return self->planes;
}

gboolean
hip_exercise_has_plane (HipExercise *self,
                        HipPlane     plane)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (plane < HIP_N_PLANES, FALSE);
  return (self->planes & (1u << plane)) != 0;
}

void
hip_exercise_add_plane (HipExercise *self,
                        HipPlane     plane)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  g_return_if_fail (plane < HIP_N_PLANES);

  if (hip_exercise_has_plane (self, plane))
    return;
  self->planes |= 1u << plane;
  invalidate_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANES]);
}

double
hip_exercise_get_action_weight (HipExercise *self,
                                HipAction    action)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), 0.0);
  g_return_val_if_fail (action < HIP_N_ACTIONS, 0.0);
  return self->action_weights[action];
}

/* A weight of 0 removes the action. */
void
hip_exercise_set_action_weight (HipExercise *self,
                                HipAction    action,
                                double       weight)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  g_return_if_fail (action < HIP_N_ACTIONS);
  g_return_if_fail (weight >= 0.0 && weight <= 1.0);

  self->action_weights[action] = weight;
  invalidate_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIONS]);
}

/* All six action weights at once, for code that weighs many exercises many times. */
void
hip_exercise_get_action_weights (HipExercise *self,
                                 double       weights[HIP_N_ACTIONS])
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  memcpy (weights, self->action_weights, sizeof self->action_weights);
}

gboolean
hip_exercise_is_primary_action (HipExercise *self,
                                HipAction    action)
{
  return hip_exercise_get_action_weight (self, action) >= HIP_ACTION_PRIMARY_WEIGHT;
}

HipMuscleRole
hip_exercise_get_muscle_role (HipExercise *self,
                              HipMuscle    muscle)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), HIP_MUSCLE_ROLE_NONE);
  g_return_val_if_fail (muscle < HIP_N_MUSCLES, HIP_MUSCLE_ROLE_NONE);
  return (HipMuscleRole) self->muscle_roles[muscle];
}

/* HIP_MUSCLE_ROLE_NONE removes the muscle. */
void
hip_exercise_set_muscle_role (HipExercise   *self,
                              HipMuscle      muscle,
                              HipMuscleRole  role)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  g_return_if_fail (muscle < HIP_N_MUSCLES);
  g_return_if_fail (role == HIP_MUSCLE_ROLE_NONE || role < HIP_N_MUSCLE_ROLES);

  self->muscle_roles[muscle] = (gint8) role;
  invalidate_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUSCLES]);
}

/* Whether a muscle of @group is worked as a primary or secondary mover; stabilisers do not count,
 * since nearly every standing exercise braces the core. */
gboolean
hip_exercise_works_muscle_group (HipExercise    *self,
                                 HipMuscleGroup  group)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), FALSE);

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    {
      HipMuscleRole role = self->muscle_roles[m];

      if ((role == HIP_MUSCLE_ROLE_PRIMARY || role == HIP_MUSCLE_ROLE_SECONDARY) &&
          hip_muscle_get_group (m) == group)
        return TRUE;
    }
  return FALSE;
}

const char *
hip_exercise_get_contraindication (HipExercise  *self,
                                   HipCondition  condition)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (condition < HIP_N_CONDITIONS, NULL);
  return self->contraindications[condition];
}

/* A %NULL @note removes the contraindication. */
void
hip_exercise_set_contraindication (HipExercise  *self,
                                   HipCondition  condition,
                                   const char   *note)
{
  g_return_if_fail (HIP_IS_EXERCISE (self));
  g_return_if_fail (condition < HIP_N_CONDITIONS);

  if (replace_str (&self->contraindications[condition], note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTRAINDICATIONS]);
}

static void
add_words (GPtrArray  *words,
           const char *text)
{
  g_auto(GStrv) ascii = NULL;
  g_auto(GStrv) tokens = NULL;

  if (text == NULL)
    return;

  tokens = g_str_tokenize_and_fold (text, NULL, &ascii);
  for (guint i = 0; tokens[i] != NULL; i++)
    g_ptr_array_add (words, g_steal_pointer (&tokens[i]));
  for (guint i = 0; ascii[i] != NULL; i++)
    g_ptr_array_add (words, g_steal_pointer (&ascii[i]));
}

/* Words a search matches: the names people use, and the labels of what the exercise trains, so
 * "adductor", "rotation" or "band" find exercises whose names do not say so. */
static char **
build_search_words (HipExercise *self)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *equipment = NULL;

  add_words (words, self->name);
  for (guint i = 0; self->synonyms[i] != NULL; i++)
    add_words (words, self->synonyms[i]);
  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (self->planes & (1u << p))
      add_words (words, hip_plane_get_label (p));
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (self->action_weights[a] > 0)
      add_words (words, hip_action_get_label (a));
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    if (self->muscle_roles[m] == HIP_MUSCLE_ROLE_PRIMARY ||
        self->muscle_roles[m] == HIP_MUSCLE_ROLE_SECONDARY)
      {
        add_words (words, hip_muscle_get_label (m));
        add_words (words, hip_muscle_group_get_label (hip_muscle_get_group (m)));
      }
  for (guint bit = 0; bit < 9; bit++)
    if (self->equipment & (1u << bit))
      add_words (words, hip_equipment_get_label (1u << bit));

  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/**
 * hip_exercise_matches_text:
 * @self: a #HipExercise
 * @text: what the user typed
 *
 * Every word of @text must start a word of the exercise's name, synonyms, planes, actions,
 * muscles or equipment, ignoring case and accents.
 *
 * Returns: %TRUE when the exercise matches (an empty @text matches everything)
 */
gboolean
hip_exercise_matches_text (HipExercise *self,
                           const char  *text)
{
  g_auto(GStrv) query = NULL;

  g_return_val_if_fail (HIP_IS_EXERCISE (self), FALSE);

  if (text == NULL || *text == '\0')
    return TRUE;

  if (self->search_words == NULL)
    self->search_words = build_search_words (self);

  query = g_str_tokenize_and_fold (text, NULL, NULL);
  for (guint q = 0; query[q] != NULL; q++)
    {
      gboolean found = FALSE;

      for (guint w = 0; !found && self->search_words[w] != NULL; w++)
        found = g_str_has_prefix (self->search_words[w], query[q]);
      if (!found)
        return FALSE;
    }
  return TRUE;
}
