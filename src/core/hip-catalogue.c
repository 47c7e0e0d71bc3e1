/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"

/**
 * HipCatalogue:
 *
 * Every exercise the app knows, as a #GListModel of #HipExercise: the shipped catalogue (parsed
 * from XML, its text translated through gettext) followed by the user's own exercises.
 */
struct _HipCatalogue
{
  GObject     parent_instance;

  GPtrArray  *exercises;
  GHashTable *by_id;
  /* Own exercises put away while logs or programmes still name them: found by id, not listed. */
  GPtrArray  *retired;
  guint       version;
  char       *checksum;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (HipCatalogue, hip_catalogue, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (hip-catalogue-error-quark, hip_catalogue_error)

static GType
get_item_type (GListModel *model)
{
  return HIP_TYPE_EXERCISE;
}

static guint
get_n_items (GListModel *model)
{
  return HIP_CATALOGUE (model)->exercises->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  HipCatalogue *self = HIP_CATALOGUE (model);

  if (position >= self->exercises->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->exercises, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
hip_catalogue_finalize (GObject *object)
{
  HipCatalogue *self = (HipCatalogue *) object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->retired, g_ptr_array_unref);
  g_free (self->checksum);

  G_OBJECT_CLASS (hip_catalogue_parent_class)->finalize (object);
}

static void
hip_catalogue_class_init (HipCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hip_catalogue_finalize;
}

static void
hip_catalogue_init (HipCatalogue *self)
{
  self->exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->retired = g_ptr_array_new_with_free_func (g_object_unref);
}

HipCatalogue *
hip_catalogue_new (void)
{
  return g_object_new (HIP_TYPE_CATALOGUE, NULL);
}

guint
hip_catalogue_get_version (HipCatalogue *self)
{
  g_return_val_if_fail (HIP_IS_CATALOGUE (self), 0);
  return self->version;
}

/* A digest of the shipped XML, so that a changed catalogue is synced even if its version was not
 * bumped. */
const char *
hip_catalogue_get_checksum (HipCatalogue *self)
{
  g_return_val_if_fail (HIP_IS_CATALOGUE (self), NULL);
  return self->checksum;
}

/* Makes @exercise known by its id, and keeps it in @into (listed or retired). */
static gboolean
insert (HipCatalogue  *self,
        HipExercise   *exercise,
        GPtrArray     *into,
        GError       **error)
{
  const char *id = hip_exercise_get_id (exercise);

  if (g_hash_table_contains (self->by_id, id))
    {
      g_set_error (error, HIP_CATALOGUE_ERROR, HIP_CATALOGUE_ERROR_DUPLICATE,
                   _("Two exercises share the id “%s”"), id);
      return FALSE;
    }
  g_ptr_array_add (into, g_object_ref (exercise));
  g_hash_table_insert (self->by_id, (gpointer) id, exercise);
  return TRUE;
}

/**
 * hip_catalogue_add:
 * @self: a #HipCatalogue
 * @exercise: the exercise to append
 * @error: set when an exercise with the same id is already there
 *
 * Returns: %TRUE if @exercise was added
 */
gboolean
hip_catalogue_add (HipCatalogue  *self,
                   HipExercise   *exercise,
                   GError       **error)
{
  g_return_val_if_fail (HIP_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (HIP_IS_EXERCISE (exercise), FALSE);

  if (!insert (self, exercise, self->exercises, error))
    return FALSE;
  g_list_model_items_changed (G_LIST_MODEL (self), self->exercises->len - 1, 0, 1);
  return TRUE;
}

/**
 * hip_catalogue_add_retired:
 * @exercise: an exercise no longer listed, that logs or programmes still refer to
 *
 * Makes @exercise known to hip_catalogue_lookup() without listing it.
 *
 * Returns: %TRUE if @exercise was added
 */
gboolean
hip_catalogue_add_retired (HipCatalogue  *self,
                           HipExercise   *exercise,
                           GError       **error)
{
  g_return_val_if_fail (HIP_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (HIP_IS_EXERCISE (exercise), FALSE);

  return insert (self, exercise, self->retired, error);
}

static gboolean
find_listed (HipCatalogue *self,
             const char   *id,
             guint        *position)
{
  HipExercise *exercise = hip_catalogue_lookup (self, id);

  return exercise != NULL && g_ptr_array_find (self->exercises, exercise, position);
}

/* Whether the exercise with @id is one of the list's (not unknown, not retired). */
gboolean
hip_catalogue_is_listed (HipCatalogue *self,
                         const char   *id)
{
  g_return_val_if_fail (HIP_IS_CATALOGUE (self), FALSE);
  return find_listed (self, id, NULL);
}

/**
 * hip_catalogue_replace:
 * @exercise: the new version of a listed exercise (the same id)
 *
 * Puts @exercise in the place of the listed exercise with its id, so that views show the
 * change where the old one was.
 *
 * Returns: %TRUE if an exercise with that id was listed and replaced
 */
gboolean
hip_catalogue_replace (HipCatalogue *self,
                       HipExercise  *exercise)
{
  guint position;

  g_return_val_if_fail (HIP_IS_CATALOGUE (self), FALSE);
  g_return_val_if_fail (HIP_IS_EXERCISE (exercise), FALSE);

  if (!find_listed (self, hip_exercise_get_id (exercise), &position))
    return FALSE;
  /* The key is the id string of the exercise it maps to, so both change together. */
  g_hash_table_replace (self->by_id, (gpointer) hip_exercise_get_id (exercise), exercise);
  g_object_unref (self->exercises->pdata[position]);
  self->exercises->pdata[position] = g_object_ref (exercise);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  return TRUE;
}

/**
 * hip_catalogue_remove:
 * @id: a listed exercise's id
 * @keep: %TRUE to keep it known to hip_catalogue_lookup() (retired), %FALSE to forget it
 *
 * Returns: %TRUE if the exercise was listed and is no longer
 */
gboolean
hip_catalogue_remove (HipCatalogue *self,
                      const char   *id,
                      gboolean      keep)
{
  guint position;

  g_return_val_if_fail (HIP_IS_CATALOGUE (self), FALSE);

  if (!find_listed (self, id, &position))
    return FALSE;
  if (keep)
    g_ptr_array_add (self->retired, g_object_ref (self->exercises->pdata[position]));
  else
    g_hash_table_remove (self->by_id, id);
  g_ptr_array_remove_index (self->exercises, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  return TRUE;
}

/* Forgets a retired exercise (one added by hip_catalogue_add_retired() or kept by
 * hip_catalogue_remove()), so that it can be listed again. */
gboolean
hip_catalogue_remove_retired (HipCatalogue *self,
                              const char   *id)
{
  HipExercise *exercise;
  guint position;

  g_return_val_if_fail (HIP_IS_CATALOGUE (self), FALSE);

  exercise = hip_catalogue_lookup (self, id);
  if (exercise == NULL || !g_ptr_array_find (self->retired, exercise, &position))
    return FALSE;
  g_hash_table_remove (self->by_id, hip_exercise_get_id (exercise));
  g_ptr_array_remove_index (self->retired, position);
  return TRUE;
}

/* Forgets every one of the person's own exercises, listed or retired: a restored backup
 * brings its own. */
void
hip_catalogue_remove_own (HipCatalogue *self)
{
  g_return_if_fail (HIP_IS_CATALOGUE (self));

  for (guint i = self->exercises->len; i > 0; i--)
    {
      HipExercise *e = self->exercises->pdata[i - 1];

      if (hip_exercise_get_origin (e) != HIP_ORIGIN_USER)
        continue;
      g_hash_table_remove (self->by_id, hip_exercise_get_id (e));
      g_ptr_array_remove_index (self->exercises, i - 1);
      g_list_model_items_changed (G_LIST_MODEL (self), i - 1, 1, 0);
    }
  for (guint i = self->retired->len; i > 0; i--)
    {
      HipExercise *e = self->retired->pdata[i - 1];

      if (hip_exercise_get_origin (e) != HIP_ORIGIN_USER)
        continue;
      g_hash_table_remove (self->by_id, hip_exercise_get_id (e));
      g_ptr_array_remove_index (self->retired, i - 1);
    }
}

/* Returns: (transfer none) (nullable): the exercise with @id */
HipExercise *
hip_catalogue_lookup (HipCatalogue *self,
                      const char   *id)
{
  g_return_val_if_fail (HIP_IS_CATALOGUE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

static char *
join_planes (HipExercise *exercise)
{
  g_autoptr(GStrvBuilder) nicks = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (hip_exercise_has_plane (exercise, p))
      g_strv_builder_add (nicks, hip_enum_to_nick (HIP_TYPE_PLANE, p));
  strv = g_strv_builder_end (nicks);
  return g_strjoinv (",", strv);
}

static char *
join_primary_actions (HipExercise *exercise)
{
  g_autoptr(GStrvBuilder) nicks = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_is_primary_action (exercise, a))
      g_strv_builder_add (nicks, hip_enum_to_nick (HIP_TYPE_ACTION, a));
  strv = g_strv_builder_end (nicks);
  return g_strjoinv (",", strv);
}

/* The items @exercise needs beyond the household ones, comma-separated; items any one of which
 * will do are one entry, joined by "|" ("dumbbell|kettlebell"); "none" when it needs nothing. */
static char *
equipment_nicks (HipExercise *exercise)
{
  HipEquipment choice = hip_exercise_get_equipment_choice (exercise);
  HipEquipment all = hip_exercise_get_equipment (exercise) & ~choice;
  g_autofree char *required = hip_equipment_to_nicks (all, ",");
  g_autofree char *either = hip_equipment_to_nicks (choice, "|");

  if (choice == HIP_EQUIPMENT_NONE)
    return g_steal_pointer (&required);
  if (all == HIP_EQUIPMENT_NONE)
    return g_steal_pointer (&either);
  return g_strconcat (required, ",", either, NULL);
}

/**
 * hip_catalogue_format_listing:
 * @self: a #HipCatalogue
 *
 * Formats the output of `strong-hips --list-exercises`: one exercise a line, tab-separated
 * `id, name, planes, primary hip actions, level, equipment needed, kind`, lists joined with
 * commas, and `none` when nothing beyond household items (floor, wall, chair, towel, cushion)
 * is needed; items any one of which will do are one entry joined by `|`. Other programs read
 * this: keep it stable.
 *
 * Returns: (transfer full): the listing
 */
char *
hip_catalogue_format_listing (HipCatalogue *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (HIP_IS_CATALOGUE (self), NULL);

  for (guint i = 0; i < self->exercises->len; i++)
    {
      HipExercise *exercise = g_ptr_array_index (self->exercises, i);
      g_autofree char *planes = join_planes (exercise);
      g_autofree char *actions = join_primary_actions (exercise);
      g_autofree char *equipment = equipment_nicks (exercise);

      g_string_append_printf (out, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
                              hip_exercise_get_id (exercise),
                              hip_exercise_get_name (exercise),
                              planes, actions,
                              hip_enum_to_nick (HIP_TYPE_LEVEL, hip_exercise_get_level (exercise)),
                              equipment,
                              hip_enum_to_nick (HIP_TYPE_KIND, hip_exercise_get_kind (exercise)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- parsing ------------------------------------------------------------------------------ */

typedef struct
{
  HipCatalogue *catalogue;
  HipExercise  *exercise;        /* the one being read */
  GString      *text;            /* text of the current leaf element */
  GPtrArray    *synonyms;
  GPtrArray    *steps;
  GPtrArray    *cues;
  GPtrArray    *regressions;
  GPtrArray    *progressions;
  GPtrArray    *list;            /* which of the above an <exercise-ref> goes to */
  HipEquipment  equipment;
  HipEquipment  equipment_choice; /* items any one of which will do */
  int           condition;       /* of the open <contraindication> */
} ParseState;

static void
set_invalid (GMarkupParseContext  *context,
             GError              **error,
             const char           *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
set_invalid (GMarkupParseContext  *context,
             GError              **error,
             const char           *format,
             ...)
{
  g_autofree char *message = NULL;
  int line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_markup_parse_context_get_position (context, &line, &column);
  g_set_error (error, HIP_CATALOGUE_ERROR, HIP_CATALOGUE_ERROR_INVALID,
               "line %d: %s", line, message);
}

/* Looks up the nick of attribute @attr as a value of @type; sets @error when it is missing or
 * unknown. */
static gboolean
enum_attribute (GMarkupParseContext  *context,
                const char          **names,
                const char          **values,
                const char           *attr,
                GType                 type,
                int                  *value,
                GError              **error)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (strcmp (names[i], attr) != 0)
        continue;
      if (hip_enum_from_nick (type, values[i], value))
        return TRUE;
      set_invalid (context, error, "unknown %s “%s”", attr, values[i]);
      return FALSE;
    }
  set_invalid (context, error, "missing attribute “%s”", attr);
  return FALSE;
}

static const char *
string_attribute (const char **names,
                  const char **values,
                  const char  *attr)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], attr) == 0)
      return values[i];
  return NULL;
}

static void
start_exercise (ParseState           *state,
                GMarkupParseContext  *context,
                const char          **names,
                const char          **values,
                GError              **error)
{
  const char *id = string_attribute (names, values, "id");
  const char *unilateral = string_attribute (names, values, "unilateral");
  const char *warm_up = string_attribute (names, values, "warm-up");
  int level, kind, position = HIP_POSITION_STANDING;

  if (id == NULL || *id == '\0')
    return set_invalid (context, error, "an exercise has no id");
  if (!enum_attribute (context, names, values, "level", HIP_TYPE_LEVEL, &level, error) ||
      !enum_attribute (context, names, values, "kind", HIP_TYPE_KIND, &kind, error))
    return;
  if (g_strcmp0 (unilateral, "true") != 0 && g_strcmp0 (unilateral, "false") != 0)
    return set_invalid (context, error, "unilateral must be true or false in “%s”", id);
  if (warm_up != NULL && strcmp (warm_up, "true") != 0 && strcmp (warm_up, "false") != 0)
    return set_invalid (context, error, "warm-up must be true or false in “%s”", id);
  /* Catalogue 1 had no positions; from 2 on every exercise says where it is done. */
  if ((state->catalogue->version >= 2 || string_attribute (names, values, "position") != NULL) &&
      !enum_attribute (context, names, values, "position", HIP_TYPE_POSITION, &position, error))
    return;

  state->exercise = g_object_new (HIP_TYPE_EXERCISE,
                                  "id", id,
                                  "level", level,
                                  "kind", kind,
                                  "unilateral", strcmp (unilateral, "true") == 0,
                                  "motion", string_attribute (names, values, "motion"),
                                  "position", position,
                                  "warm-up", g_strcmp0 (warm_up, "true") == 0,
                                  NULL);
  state->equipment = HIP_EQUIPMENT_NONE;
  state->equipment_choice = HIP_EQUIPMENT_NONE;
  g_ptr_array_set_size (state->synonyms, 0);
  g_ptr_array_set_size (state->steps, 0);
  g_ptr_array_set_size (state->cues, 0);
  g_ptr_array_set_size (state->regressions, 0);
  g_ptr_array_set_size (state->progressions, 0);
}

/* <item id="band" anchor="door"/>, or <item id="dumbbell" or="kettlebell"/> for either. */
static void
start_item (ParseState           *state,
            GMarkupParseContext  *context,
            const char          **names,
            const char          **values,
            GError              **error)
{
  const char *or = string_attribute (names, values, "or");
  const char *anchor = string_attribute (names, values, "anchor");
  HipEquipment item, alternative = HIP_EQUIPMENT_NONE;

  if (!hip_equipment_from_nick (string_attribute (names, values, "id"), &item) ||
      item == HIP_EQUIPMENT_NONE ||
      (or != NULL && (!hip_equipment_from_nick (or, &alternative) ||
                      alternative == HIP_EQUIPMENT_NONE)))
    return set_invalid (context, error, "unknown equipment");
  if (anchor != NULL && (item != HIP_EQUIPMENT_BAND || strcmp (anchor, "door") != 0))
    return set_invalid (context, error, "only a band has an anchor, and it is a door");
  if (or != NULL && state->equipment_choice != HIP_EQUIPMENT_NONE)
    return set_invalid (context, error, "an exercise has one choice of equipment at most");
  if (anchor != NULL)
    hip_exercise_set_band_anchored (state->exercise, TRUE);
  state->equipment |= item | alternative;
  if (or != NULL)
    state->equipment_choice = item | alternative;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  ParseState *state = user_data;
  int value;

  g_string_truncate (state->text, 0);

  if (strcmp (element, "catalogue") == 0)
    {
      const char *version = string_attribute (names, values, "version");
      guint64 v = 0;

      if (version == NULL || !g_ascii_string_to_unsigned (version, 10, 1, G_MAXUINT, &v, NULL))
        return set_invalid (context, error, "the catalogue has no valid version");
      state->catalogue->version = v;
    }
  else if (strcmp (element, "exercise") == 0)
    start_exercise (state, context, names, values, error);
  else if (state->exercise == NULL)
    return;
  else if (strcmp (element, "plane") == 0)
    {
      if (enum_attribute (context, names, values, "id", HIP_TYPE_PLANE, &value, error))
        hip_exercise_add_plane (state->exercise, value);
    }
  else if (strcmp (element, "action") == 0)
    {
      const char *weight = string_attribute (names, values, "weight");
      double w = weight != NULL ? g_ascii_strtod (weight, NULL) : 0;

      if (!enum_attribute (context, names, values, "id", HIP_TYPE_ACTION, &value, error))
        return;
      if (!(w > 0 && w <= 1))
        return set_invalid (context, error, "action weight must be in (0, 1]");
      hip_exercise_set_action_weight (state->exercise, value, w);
    }
  else if (strcmp (element, "muscle") == 0)
    {
      int role;

      if (enum_attribute (context, names, values, "id", HIP_TYPE_MUSCLE, &value, error) &&
          enum_attribute (context, names, values, "role", HIP_TYPE_MUSCLE_ROLE, &role, error))
        hip_exercise_set_muscle_role (state->exercise, value, role);
    }
  else if (strcmp (element, "item") == 0)
    start_item (state, context, names, values, error);
  else if (strcmp (element, "regressions") == 0)
    state->list = state->regressions;
  else if (strcmp (element, "progressions") == 0)
    state->list = state->progressions;
  else if (strcmp (element, "exercise-ref") == 0)
    {
      const char *id = string_attribute (names, values, "id");

      if (id == NULL || state->list == NULL)
        return set_invalid (context, error, "misplaced exercise reference");
      g_ptr_array_add (state->list, g_strdup (id));
    }
  else if (strcmp (element, "contraindication") == 0)
    enum_attribute (context, names, values, "condition", HIP_TYPE_CONDITION,
                    &state->condition, error);
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 len,
      gpointer              user_data,
      GError              **error)
{
  ParseState *state = user_data;

  g_string_append_len (state->text, text, len);
}

/* Collapses white space as xgettext does for ITS-extracted text, so that the msgid matches. */
static char *
normalize_space (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
take_translated_text (ParseState *state)
{
  g_autofree char *msgid = normalize_space (state->text->str);

  g_string_truncate (state->text, 0);
  if (*msgid == '\0')
    return g_steal_pointer (&msgid);
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, msgid));
}

static const char * const *
as_strv (GPtrArray *array)
{
  g_ptr_array_add (array, NULL);
  g_ptr_array_set_size (array, array->len - 1);
  return (const char * const *) array->pdata;
}

static void
end_exercise (ParseState           *state,
              GMarkupParseContext  *context,
              GError              **error)
{
  g_autoptr(HipExercise) exercise = g_steal_pointer (&state->exercise);

  hip_exercise_set_synonyms (exercise, as_strv (state->synonyms));
  hip_exercise_set_steps (exercise, as_strv (state->steps));
  hip_exercise_set_cues (exercise, as_strv (state->cues));
  hip_exercise_set_regressions (exercise, as_strv (state->regressions));
  hip_exercise_set_progressions (exercise, as_strv (state->progressions));
  hip_exercise_set_equipment (exercise, state->equipment);
  hip_exercise_set_equipment_choice (exercise, state->equipment_choice);

  if (hip_exercise_get_name (exercise) == NULL || *hip_exercise_get_name (exercise) == '\0')
    return set_invalid (context, error, "exercise “%s” has no name",
                        hip_exercise_get_id (exercise));

  hip_catalogue_add (state->catalogue, exercise, error);
}

/* The string property that a leaf element's text sets, if it is one of those. */
static const char *
text_property (const char *element)
{
  static const char *map[][2] = {
    { "name", "name" },
    { "summary", "summary" },
    { "safety", "safety-note" },
    { "easier", "easier" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (strcmp (element, map[i][0]) == 0)
      return map[i][1];
  return NULL;
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  ParseState *state = user_data;
  HipExercise *exercise = state->exercise;
  const char *property;

  if (exercise == NULL)
    return;

  if (strcmp (element, "exercise") == 0)
    end_exercise (state, context, error);
  else if ((property = text_property (element)) != NULL)
    {
      g_autofree char *value = take_translated_text (state);

      g_object_set (exercise, property, value, NULL);
    }
  else if (strcmp (element, "synonyms") == 0)
    {
      g_autofree char *all = take_translated_text (state);
      g_auto(GStrv) parts = g_strsplit (all, ";", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (*g_strstrip (parts[i]) != '\0')
          g_ptr_array_add (state->synonyms, g_strdup (parts[i]));
    }
  else if (strcmp (element, "step") == 0)
    g_ptr_array_add (state->steps, take_translated_text (state));
  else if (strcmp (element, "cue") == 0)
    g_ptr_array_add (state->cues, take_translated_text (state));
  else if (strcmp (element, "contraindication") == 0)
    {
      g_autofree char *note = take_translated_text (state);

      hip_exercise_set_contraindication (exercise, state->condition, note);
    }
  else if (strcmp (element, "regressions") == 0 || strcmp (element, "progressions") == 0)
    state->list = NULL;
}

static void
parse_state_clear (ParseState *state)
{
  g_clear_object (&state->exercise);
  g_string_free (state->text, TRUE);
  g_ptr_array_unref (state->synonyms);
  g_ptr_array_unref (state->steps);
  g_ptr_array_unref (state->cues);
  g_ptr_array_unref (state->regressions);
  g_ptr_array_unref (state->progressions);
}

/**
 * hip_catalogue_new_from_bytes:
 * @xml: a catalogue document
 * @error: where a parse or validation error goes, with its line number
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
HipCatalogue *
hip_catalogue_new_from_bytes (GBytes  *xml,
                              GError **error)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(HipCatalogue) self = hip_catalogue_new ();
  g_autoptr(GMarkupParseContext) context = NULL;
  ParseState state = {
    .catalogue = self,
    .text = g_string_new (NULL),
    .synonyms = g_ptr_array_new_with_free_func (g_free),
    .steps = g_ptr_array_new_with_free_func (g_free),
    .cues = g_ptr_array_new_with_free_func (g_free),
    .regressions = g_ptr_array_new_with_free_func (g_free),
    .progressions = g_ptr_array_new_with_free_func (g_free),
  };
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  gboolean ok;

  g_return_val_if_fail (xml != NULL, NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &state, NULL);
  /* Empty bytes may hold no pointer at all, which GMarkup refuses with a critical. */
  ok = g_markup_parse_context_parse (context, data != NULL ? data : "", len, error) &&
       g_markup_parse_context_end_parse (context, error);
  parse_state_clear (&state);
  if (!ok)
    return NULL;

  if (self->version == 0)
    {
      g_set_error (error, HIP_CATALOGUE_ERROR, HIP_CATALOGUE_ERROR_INVALID,
                   "not a Strong Hips catalogue");
      return NULL;
    }

  self->checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA1, xml);
  return g_steal_pointer (&self);
}

/* Returns: (transfer full) (nullable): the catalogue shipped in the application's resources */
HipCatalogue *
hip_catalogue_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (HIP_CATALOGUE_RESOURCE, 0, error);

  if (bytes == NULL)
    return NULL;
  return hip_catalogue_new_from_bytes (bytes, error);
}
