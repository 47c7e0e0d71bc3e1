/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An own exercise's group of a programme file: everything the store keeps of it, written, and
 * read back refusing anything wrong. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-programme-file-private.h"
#include "hip-vocabulary.h"

/* g_strv_builder_take() is GLib 2.80's. */
static void
builder_take (GStrvBuilder *builder,
              char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

/* Only links to the catalogue's exercises travel: another own exercise may not be in the file. */
static GStrv
catalogue_links (const char * const *ids,
                 HipCatalogue       *catalogue)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      HipExercise *target = hip_catalogue_lookup (catalogue, ids[i]);

      if (target != NULL && hip_exercise_get_origin (target) == HIP_ORIGIN_CATALOGUE)
        g_strv_builder_add (builder, ids[i]);
    }
  return g_strv_builder_end (builder);
}

static void
set_facets (GKeyFile    *kf,
            const char  *group,
            HipExercise *exercise)
{
  g_autoptr(GStrvBuilder) planes = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) actions = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) muscles = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) conditions = g_strv_builder_new ();
  g_auto(GStrv) p = NULL, a = NULL, m = NULL, c = NULL;

  for (guint i = 0; i < HIP_N_PLANES; i++)
    if (hip_exercise_has_plane (exercise, i))
      g_strv_builder_add (planes, hip_enum_to_nick (HIP_TYPE_PLANE, i));
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    {
      double weight = hip_exercise_get_action_weight (exercise, i);
      char number[G_ASCII_DTOSTR_BUF_SIZE];

      if (weight > 0)
        builder_take (actions, g_strdup_printf ("%s:%s",
                                                       hip_enum_to_nick (HIP_TYPE_ACTION, i),
                                                       g_ascii_formatd (number, sizeof number,
                                                                        "%.6g", weight)));
    }
  for (guint i = 0; i < HIP_N_MUSCLES; i++)
    {
      HipMuscleRole role = hip_exercise_get_muscle_role (exercise, i);

      if (role != HIP_MUSCLE_ROLE_NONE)
        builder_take (muscles, g_strdup_printf ("%s:%s",
                                                       hip_enum_to_nick (HIP_TYPE_MUSCLE, i),
                                                       hip_enum_to_nick (HIP_TYPE_MUSCLE_ROLE,
                                                                         role)));
    }
  for (guint i = 0; i < HIP_N_CONDITIONS; i++)
    if (hip_exercise_get_contraindication (exercise, i) != NULL)
      builder_take (conditions,
                    g_strdup_printf ("%s:%s", hip_enum_to_nick (HIP_TYPE_CONDITION, i),
                                     hip_exercise_get_contraindication (exercise, i)));
  p = g_strv_builder_end (planes);
  a = g_strv_builder_end (actions);
  m = g_strv_builder_end (muscles);
  c = g_strv_builder_end (conditions);
  hip_key_set_list (kf, group, "Planes", (const char * const *) p);
  hip_key_set_list (kf, group, "Actions", (const char * const *) a);
  hip_key_set_list (kf, group, "Muscles", (const char * const *) m);
  hip_key_set_list (kf, group, "Contraindications", (const char * const *) c);
}

/* Everything the store keeps of an own exercise, but its id (the group's name). */
void
hip_programme_exercise_write (GKeyFile     *kf,
                              const char   *group,
                              HipExercise  *exercise,
                              HipCatalogue *catalogue)
{
  g_autofree char *equipment = hip_equipment_to_nicks (hip_exercise_get_equipment (exercise), ";");
  HipEquipment choice = hip_exercise_get_equipment_choice (exercise);
  g_autofree char *choices = choice != 0 ? hip_equipment_to_nicks (choice, ";") : g_strdup ("");
  g_auto(GStrv) regressions = catalogue_links (hip_exercise_get_regressions (exercise), catalogue);
  g_auto(GStrv) progressions = catalogue_links (hip_exercise_get_progressions (exercise),
                                                catalogue);

  g_key_file_set_string (kf, group, "Name", hip_exercise_get_name (exercise));
  g_key_file_set_string (kf, group, "Summary", hip_exercise_get_summary (exercise) ?: "");
  hip_key_set_list (kf, group, "Synonyms", hip_exercise_get_synonyms (exercise));
  hip_key_set_list (kf, group, "Steps", hip_exercise_get_steps (exercise));
  hip_key_set_list (kf, group, "Cues", hip_exercise_get_cues (exercise));
  g_key_file_set_string (kf, group, "Level",
                         hip_enum_to_nick (HIP_TYPE_LEVEL, hip_exercise_get_level (exercise)));
  g_key_file_set_string (kf, group, "Kind",
                         hip_enum_to_nick (HIP_TYPE_KIND, hip_exercise_get_kind (exercise)));
  g_key_file_set_boolean (kf, group, "Unilateral", hip_exercise_get_unilateral (exercise));
  g_key_file_set_string (kf, group, "Position",
                         hip_enum_to_nick (HIP_TYPE_POSITION,
                                           hip_exercise_get_position (exercise)));
  g_key_file_set_string (kf, group, "Equipment", equipment);
  g_key_file_set_string (kf, group, "EquipmentChoice", choices);
  g_key_file_set_string (kf, group, "Motion", hip_exercise_get_motion (exercise) ?: "");
  g_key_file_set_string (kf, group, "SafetyNote", hip_exercise_get_safety_note (exercise) ?: "");
  set_facets (kf, group, exercise);
  hip_key_set_list (kf, group, "Regressions", (const char * const *) regressions);
  hip_key_set_list (kf, group, "Progressions", (const char * const *) progressions);
}

/* Whether @a and @b say the same in a programme file (all but their ids). */
gboolean
hip_programme_file_same_exercise (HipExercise  *a,
                                  HipExercise  *b,
                                  HipCatalogue *catalogue)
{
  g_autoptr(GKeyFile) ka = g_key_file_new ();
  g_autoptr(GKeyFile) kb = g_key_file_new ();
  g_autofree char *ta = NULL, *tb = NULL;

  hip_programme_exercise_write (ka, "x", a, catalogue);
  hip_programme_exercise_write (kb, "x", b, catalogue);
  ta = g_key_file_to_data (ka, NULL, NULL);
  tb = g_key_file_to_data (kb, NULL, NULL);
  return g_strcmp0 (ta, tb) == 0;
}

/* Splits "nick:rest" of list @key's item @item; @rest is the text after the first colon. */
static gboolean
split_pair (const char  *group,
            const char  *key,
            const char  *item,
            GType        type,
            int         *value,
            const char **rest,
            GError     **error)
{
  const char *colon = strchr (item, ':');
  g_autofree char *nick = colon != NULL ? g_strndup (item, colon - item) : NULL;

  if (nick == NULL || !hip_enum_from_nick (type, nick, value))
    return hip_key_invalid_echo (error, group, key, _("“%s” is not an id, a colon and a value"),
                                 item);
  *rest = colon + 1;
  return TRUE;
}

static gboolean
read_actions (HipKeyReader  *r,
              const char    *group,
              HipExercise   *exercise,
              GError       **error)
{
  g_auto(GStrv) items = hip_key_list (r, group, "Actions", error);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const char *rest;
      char *end = NULL;
      double weight;
      int action;

      if (!split_pair (group, "Actions", items[i], HIP_TYPE_ACTION, &action, &rest, error))
        return FALSE;
      weight = g_ascii_strtod (rest, &end);
      if (!g_ascii_isdigit (*rest) || *end != '\0' || !(weight > 0 && weight <= 1))
        return hip_key_invalid_echo (error, group, "Actions",
                                _("the weight “%s” is not a number above 0 and at most 1"), rest);
      hip_exercise_set_action_weight (exercise, action, weight);
    }
  return items != NULL;
}

static gboolean
read_muscles (HipKeyReader  *r,
              const char    *group,
              HipExercise   *exercise,
              GError       **error)
{
  g_auto(GStrv) items = hip_key_list (r, group, "Muscles", error);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const char *rest;
      int muscle, role;

      if (!split_pair (group, "Muscles", items[i], HIP_TYPE_MUSCLE, &muscle, &rest, error))
        return FALSE;
      if (!hip_enum_from_nick (HIP_TYPE_MUSCLE_ROLE, rest, &role))
        return hip_key_invalid_echo (error, group, "Muscles", _("unknown role “%s”"), rest);
      hip_exercise_set_muscle_role (exercise, muscle, role);
    }
  return items != NULL;
}

static gboolean
read_facets (HipKeyReader  *r,
             const char    *group,
             HipExercise   *exercise,
             GError       **error)
{
  g_auto(GStrv) planes = hip_key_list (r, group, "Planes", error);
  g_auto(GStrv) conditions = NULL;

  for (guint i = 0; planes != NULL && planes[i] != NULL; i++)
    {
      int plane;

      if (!hip_enum_from_nick (HIP_TYPE_PLANE, planes[i], &plane))
        return hip_key_invalid_echo (error, group, "Planes", _("unknown value “%s”"),
                                     planes[i]);
      hip_exercise_add_plane (exercise, plane);
    }
  if (planes == NULL || !read_actions (r, group, exercise, error) ||
      !read_muscles (r, group, exercise, error))
    return FALSE;
  conditions = hip_key_list (r, group, "Contraindications", error);
  for (guint i = 0; conditions != NULL && conditions[i] != NULL; i++)
    {
      const char *note;
      int condition;

      if (!split_pair (group, "Contraindications", conditions[i], HIP_TYPE_CONDITION, &condition,
                       &note, error))
        return FALSE;
      hip_exercise_set_contraindication (exercise, condition, note);
    }
  return conditions != NULL;
}

/* Regressions and progressions: the catalogue's exercises only. */
static gboolean
read_links (HipKeyReader  *r,
            const char    *group,
            HipExercise   *exercise,
            GError       **error)
{
  g_auto(GStrv) regressions = hip_key_list (r, group, "Regressions", error);
  g_auto(GStrv) progressions = NULL;

  if (regressions != NULL)
    progressions = hip_key_list (r, group, "Progressions", error);
  if (progressions == NULL)
    return FALSE;
  for (guint i = 0; regressions[i] != NULL; i++)
    if (hip_catalogue_lookup (r->catalogue, regressions[i]) == NULL)
      return hip_key_invalid_echo (error, group, "Regressions", _("unknown exercise “%s”"),
                              regressions[i]);
  for (guint i = 0; progressions[i] != NULL; i++)
    if (hip_catalogue_lookup (r->catalogue, progressions[i]) == NULL)
      return hip_key_invalid_echo (error, group, "Progressions", _("unknown exercise “%s”"),
                              progressions[i]);
  hip_exercise_set_regressions (exercise, (const char * const *) regressions);
  hip_exercise_set_progressions (exercise, (const char * const *) progressions);
  return TRUE;
}

static gboolean
read_texts (HipKeyReader  *r,
            const char    *group,
            HipExercise   *exercise,
            GError       **error)
{
  const guint max = HIP_PROGRAMME_MAX_TEXT;
  g_autofree char *name = NULL, *summary = NULL, *safety = NULL;
  g_auto(GStrv) synonyms = NULL, steps = NULL, cues = NULL;

  if ((name = hip_key_string (r, group, "Name", 200, error)) == NULL ||
      (summary = hip_key_string (r, group, "Summary", max, error)) == NULL ||
      (safety = hip_key_string (r, group, "SafetyNote", max, error)) == NULL ||
      (synonyms = hip_key_list (r, group, "Synonyms", error)) == NULL ||
      (steps = hip_key_list (r, group, "Steps", error)) == NULL ||
      (cues = hip_key_list (r, group, "Cues", error)) == NULL)
    return FALSE;
  if (*g_strstrip (name) == '\0')
    return hip_key_invalid (error, group, "Name", _("an exercise needs a name"));
  hip_exercise_set_name (exercise, name);
  hip_exercise_set_summary (exercise, summary);
  hip_exercise_set_safety_note (exercise, safety);
  hip_exercise_set_synonyms (exercise, (const char * const *) synonyms);
  hip_exercise_set_steps (exercise, (const char * const *) steps);
  hip_exercise_set_cues (exercise, (const char * const *) cues);
  return TRUE;
}

static gboolean
read_kinds (HipKeyReader  *r,
            const char    *group,
            HipExercise   *exercise,
            GError       **error)
{
  int level, kind, position;
  gboolean unilateral;
  HipEquipment equipment, choice;
  g_autofree char *motion = NULL;

  if (!hip_key_nick (r, group, "Level", HIP_TYPE_LEVEL, &level, error) ||
      !hip_key_nick (r, group, "Kind", HIP_TYPE_KIND, &kind, error) ||
      !hip_key_nick (r, group, "Position", HIP_TYPE_POSITION, &position, error) ||
      !hip_key_bool (r, group, "Unilateral", &unilateral, error) ||
      !hip_key_equipment (r, group, "Equipment", &equipment, error) ||
      !hip_key_equipment (r, group, "EquipmentChoice", &choice, error) ||
      (motion = hip_key_string (r, group, "Motion", 200, error)) == NULL)
    return FALSE;
  if ((choice & ~equipment) != 0)
    return hip_key_invalid (error, group, "EquipmentChoice",
                            _("lists equipment that Equipment does not"));
  hip_exercise_set_level (exercise, level);
  hip_exercise_set_kind (exercise, kind);
  hip_exercise_set_position (exercise, position);
  hip_exercise_set_unilateral (exercise, unilateral);
  hip_exercise_set_equipment (exercise, equipment);
  hip_exercise_set_equipment_choice (exercise, choice);
  hip_exercise_set_motion (exercise, *g_strstrip (motion) != '\0' ? motion : NULL);
  return TRUE;
}

HipExercise *
hip_programme_exercise_read (HipKeyReader  *r,
                             const char    *group,
                             const char    *id,
                             GError       **error)
{
  static const char * const keys[] = {
    "Name", "Summary", "Synonyms", "Steps", "Cues", "Level", "Kind", "Unilateral", "Position",
    "Equipment", "EquipmentChoice", "Motion", "SafetyNote", "Planes", "Actions", "Muscles",
    "Contraindications", "Regressions", "Progressions", NULL
  };
  g_autoptr(HipExercise) exercise = hip_exercise_new (id);

  hip_exercise_set_origin (exercise, HIP_ORIGIN_USER);
  if (!hip_key_check (r, group, keys, error) || !read_texts (r, group, exercise, error) ||
      !read_kinds (r, group, exercise, error) || !read_facets (r, group, exercise, error) ||
      !read_links (r, group, exercise, error))
    return NULL;
  return g_steal_pointer (&exercise);
}

/**
 * hip_programme_file_copy_exercise:
 * @id: the copy's id
 *
 * Returns: (transfer full): an own exercise that says what @exercise says in a programme file,
 *   under @id
 */
HipExercise *
hip_programme_file_copy_exercise (HipExercise  *exercise,
                                  const char   *id,
                                  HipCatalogue *catalogue)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GHashTable) own = g_hash_table_new (g_str_hash, g_str_equal);
  HipKeyReader r = { kf, catalogue, own };
  g_autoptr(GError) error = NULL;
  HipExercise *copy;

  hip_programme_exercise_write (kf, "x", exercise, catalogue);
  copy = hip_programme_exercise_read (&r, "x", id, &error);
  /* What hip_programme_exercise_write() writes, hip_programme_exercise_read() reads. */
  g_assert_no_error (error);
  return copy;
}
