/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A programme to share: one key file (data/programme-format.md) with the programme, its
 * prescriptions and the person's own exercises it uses, written and read back. Reading refuses
 * a file with anything wrong, naming the group and the key, so that a person can fix it. */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-file.h"
#include "hip-plan-private.h"
#include "hip-programme-file.h"
#include "hip-vocabulary.h"

#define OWN_PREFIX       "Own Exercise "
#define MAX_FILE_BYTES   (4 * 1024 * 1024)
#define MAX_ITEMS        60   /* prescriptions in one session */
#define MAX_TEXT         2000 /* characters of one text: a step, a cue, a rationale */

G_DEFINE_QUARK (hip-programme-file-error-quark, hip_programme_file_error)

void
hip_programme_file_free (HipProgrammeFile *file)
{
  if (file == NULL)
    return;
  g_free (file->name);
  g_clear_pointer (&file->plan, hip_plan_free);
  g_clear_pointer (&file->own, g_ptr_array_unref);
  g_clear_pointer (&file->fates, g_array_unref);
  g_free (file);
}

/* ---- writing ------------------------------------------------------------------------------ */

/* g_strv_builder_take() is GLib 2.80's. */
static void
builder_take (GStrvBuilder *builder,
              char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

static void
set_strv (GKeyFile           *kf,
          const char         *group,
          const char         *key,
          const char * const *values)
{
  static const char * const none[] = { NULL };

  values = values != NULL ? values : none;
  g_key_file_set_string_list (kf, group, key, values, g_strv_length ((char **) values));
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
  set_strv (kf, group, "Planes", (const char * const *) (p = g_strv_builder_end (planes)));
  set_strv (kf, group, "Actions", (const char * const *) (a = g_strv_builder_end (actions)));
  set_strv (kf, group, "Muscles", (const char * const *) (m = g_strv_builder_end (muscles)));
  set_strv (kf, group, "Contraindications",
            (const char * const *) (c = g_strv_builder_end (conditions)));
}

/* Everything the store keeps of an own exercise, but its id (the group's name). */
static void
set_exercise (GKeyFile     *kf,
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
  set_strv (kf, group, "Synonyms", hip_exercise_get_synonyms (exercise));
  set_strv (kf, group, "Steps", hip_exercise_get_steps (exercise));
  set_strv (kf, group, "Cues", hip_exercise_get_cues (exercise));
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
  set_strv (kf, group, "Regressions", (const char * const *) regressions);
  set_strv (kf, group, "Progressions", (const char * const *) progressions);
}

static void
set_prescription (GKeyFile              *kf,
                  const char            *group,
                  const HipPrescription *p)
{
  g_key_file_set_string (kf, group, "Exercise", hip_exercise_get_id (p->exercise));
  g_key_file_set_string (kf, group, "Part", hip_enum_to_nick (HIP_TYPE_PART, p->part));
  g_key_file_set_integer (kf, group, "Sets", p->sets);
  g_key_file_set_integer (kf, group, "Reps", p->reps);
  g_key_file_set_integer (kf, group, "Seconds", p->seconds);
  g_key_file_set_boolean (kf, group, "PerSide", p->per_side);
  g_key_file_set_integer (kf, group, "Rest", p->rest_seconds);
  g_key_file_set_string (kf, group, "Load", p->load ?: "");
  g_key_file_set_string (kf, group, "Rationale", p->rationale ?: "");
  g_key_file_set_string (kf, group, "SteppedFrom",
                         p->stepped_from != NULL ? hip_exercise_get_id (p->stepped_from) : "");
}

static void
add_own (GPtrArray   *own,
         HipExercise *exercise)
{
  if (exercise != NULL && hip_exercise_get_origin (exercise) == HIP_ORIGIN_USER &&
      !g_ptr_array_find (own, exercise, NULL))
    g_ptr_array_add (own, exercise);
}

static void
set_header (GKeyFile      *kf,
            const HipPlan *plan,
            const char    *name,
            GPtrArray     *own)
{
  const char *group = HIP_PROGRAMME_FILE_GROUP;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) own_ids = NULL;

  for (guint i = 0; i < own->len; i++)
    g_strv_builder_add (ids, hip_exercise_get_id (own->pdata[i]));
  own_ids = g_strv_builder_end (ids);
  g_key_file_set_integer (kf, group, "Version", HIP_PROGRAMME_FILE_VERSION);
  g_key_file_set_string (kf, group, "Name", name);
  g_key_file_set_integer (kf, group, "Weeks", plan->profile.weeks);
  g_key_file_set_integer (kf, group, "Minutes", plan->profile.minutes);
  g_key_file_set_integer (kf, group, "Sessions", plan->sessions->len);
  set_strv (kf, group, "OwnExercises", (const char * const *) own_ids);
  g_key_file_set_string_list (kf, group, "Notes", (const char * const *) plan->notes->pdata,
                              plan->notes->len);
}

/**
 * hip_programme_file_format:
 * @plan: the programme
 * @name: what the person calls it
 * @catalogue: tells which linked exercises are the catalogue's
 *
 * Returns: (transfer full): the programme file's text: the programme, every prescription and
 *   the person's own exercises they use
 */
char *
hip_programme_file_format (const HipPlan *plan,
                           const char    *name,
                           HipCatalogue  *catalogue)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GPtrArray) own = g_ptr_array_new ();

  g_return_val_if_fail (plan != NULL && name != NULL, NULL);

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      for (guint i = 0; i < session->items->len; i++)
        {
          const HipPrescription *p = session->items->pdata[i];

          add_own (own, p->exercise);
          add_own (own, p->stepped_from);
        }
    }
  set_header (kf, plan, name, own);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];
      g_autofree char *group = g_strdup_printf ("Week %u Session %u", session->week,
                                                session->session);

      g_key_file_set_integer (kf, group, "Day", session->day);
      g_key_file_set_integer (kf, group, "Exercises", session->items->len);
      for (guint i = 0; i < session->items->len; i++)
        {
          g_autofree char *item = g_strdup_printf ("%s Exercise %u", group, i + 1);

          set_prescription (kf, item, session->items->pdata[i]);
        }
    }
  for (guint i = 0; i < own->len; i++)
    {
      g_autofree char *group = g_strconcat (OWN_PREFIX, hip_exercise_get_id (own->pdata[i]),
                                            NULL);

      set_exercise (kf, group, own->pdata[i], catalogue);
    }
  return g_key_file_to_data (kf, NULL, NULL);
}

/* Writes the programme file to @path, replacing it whole or not at all. */
gboolean
hip_programme_file_write (const HipPlan  *plan,
                          const char     *name,
                          HipCatalogue   *catalogue,
                          const char     *path,
                          GError        **error)
{
  g_autofree char *text = NULL;
  g_autofree char *with_comment = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  text = hip_programme_file_format (plan, name, catalogue);
  with_comment = g_strconcat ("# A Strong Hips programme: see data/programme-format.md\n\n", text,
                              NULL);
  return hip_file_ensure_parent_dir (path, error) &&
         g_file_set_contents (path, with_comment, -1, error);
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

  set_exercise (ka, "x", a, catalogue);
  set_exercise (kb, "x", b, catalogue);
  ta = g_key_file_to_data (ka, NULL, NULL);
  tb = g_key_file_to_data (kb, NULL, NULL);
  return g_strcmp0 (ta, tb) == 0;
}

/* ---- reading ------------------------------------------------------------------------------ */

typedef struct
{
  GKeyFile     *kf;
  HipCatalogue *catalogue;
  GHashTable   *own;        /* file id → HipExercise */
} Reader;

static gboolean
invalid (GError    **error,
         const char *group,
         const char *key,
         const char *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
invalid (GError    **error,
         const char *group,
         const char *key,
         const char *format,
         ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  if (key != NULL)
    /* Translators: a group of the programme file, e.g. “Week 1 Session 2”, a key in it, e.g.
     * “Sets”, then why its value is wrong */
    g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                 _("[%s] %s: %s"), group, key, reason);
  else
    g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                 _("[%s]: %s"), group, reason);
  return FALSE;
}

static char *
read_string (Reader      *r,
             const char  *group,
             const char  *key,
             guint        max_chars,
             GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *text = NULL;

  if (!g_key_file_has_key (r->kf, group, key, NULL))
    {
      invalid (error, group, key, _("the key is missing"));
      return NULL;
    }
  text = g_key_file_get_string (r->kf, group, key, &local);
  if (text == NULL)
    invalid (error, group, key, _("the value cannot be read (%s)"), local->message);
  else if (g_utf8_strlen (text, -1) > max_chars)
    {
      invalid (error, group, key, _("longer than %u characters"), max_chars);
      g_clear_pointer (&text, g_free);
    }
  return g_steal_pointer (&text);
}

static GStrv
read_list (Reader      *r,
           const char  *group,
           const char  *key,
           GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_auto(GStrv) list = NULL;
  gsize n = 0;

  if (!g_key_file_has_key (r->kf, group, key, NULL))
    {
      invalid (error, group, key, _("the key is missing"));
      return NULL;
    }
  /* An empty value is an empty list; a value that cannot be read (not UTF-8, a bad escape) is
   * an error, never the same as no items. */
  list = g_key_file_get_string_list (r->kf, group, key, &n, &local);
  if (list == NULL)
    {
      invalid (error, group, key, _("the value cannot be read (%s)"),
               local != NULL ? local->message : "");
      return NULL;
    }
  for (guint i = 0; list[i] != NULL; i++)
    if (*list[i] == '\0' || !g_utf8_validate (list[i], -1, NULL) ||
        g_utf8_strlen (list[i], -1) > MAX_TEXT)
      {
        invalid (error, group, key, _("item %u is empty, too long or not UTF-8"), i + 1);
        return NULL;
      }
  return g_steal_pointer (&list);
}

static gboolean
read_uint (Reader      *r,
           const char  *group,
           const char  *key,
           guint        min,
           guint        max,
           guint       *value,
           GError     **error)
{
  g_autofree char *text = read_string (r, group, key, 40, error);
  guint64 v;

  if (text == NULL)
    return FALSE;
  if (!g_ascii_string_to_unsigned (g_strstrip (text), 10, min, max, &v, NULL))
    return invalid (error, group, key, _("“%s” is not a whole number from %u to %u"), text, min,
                    max);
  *value = v;
  return TRUE;
}

static gboolean
read_bool (Reader      *r,
           const char  *group,
           const char  *key,
           gboolean    *value,
           GError     **error)
{
  g_autofree char *text = read_string (r, group, key, 40, error);

  if (text == NULL)
    return FALSE;
  g_strstrip (text);
  if (strcmp (text, "true") == 0 || strcmp (text, "false") == 0)
    {
      *value = text[0] == 't';
      return TRUE;
    }
  return invalid (error, group, key, _("“%s” is neither true nor false"), text);
}

static gboolean
read_nick (Reader      *r,
           const char  *group,
           const char  *key,
           GType        type,
           int         *value,
           GError     **error)
{
  g_autofree char *text = read_string (r, group, key, 200, error);

  if (text == NULL)
    return FALSE;
  if (!hip_enum_from_nick (type, g_strstrip (text), value))
    return invalid (error, group, key, _("unknown value “%s”"), text);
  return TRUE;
}

static gboolean
read_equipment (Reader        *r,
                const char    *group,
                const char    *key,
                HipEquipment  *equipment,
                GError       **error)
{
  g_auto(GStrv) items = read_list (r, group, key, error);

  if (items == NULL)
    return FALSE;
  *equipment = HIP_EQUIPMENT_NONE;
  for (guint i = 0; items[i] != NULL; i++)
    {
      HipEquipment one;

      if (strcmp (items[i], "none") == 0)
        continue;
      if (!hip_equipment_from_nick (items[i], &one))
        return invalid (error, group, key, _("unknown equipment “%s”"), items[i]);
      *equipment |= one;
    }
  return TRUE;
}

/* The file's own exercise @id, or the catalogue's exercise @id; an id neither knows is an
 * error. */
static HipExercise *
resolve (Reader      *r,
         const char  *group,
         const char  *key,
         const char  *id,
         GError     **error)
{
  HipExercise *exercise = g_hash_table_lookup (r->own, id);

  if (exercise == NULL)
    {
      exercise = hip_catalogue_lookup (r->catalogue, id);
      if (exercise != NULL && hip_exercise_get_origin (exercise) != HIP_ORIGIN_CATALOGUE)
        exercise = NULL;
    }
  if (exercise == NULL)
    /* Translators: a group of the programme file, a key in it, then an exercise's id */
    g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_UNKNOWN_EXERCISE,
                 _("[%s] %s: no exercise has the id “%s”: it is neither in this version of the "
                   "catalogue nor among the file’s own exercises"), group, key, id);
  return exercise;
}

static gboolean
check_keys (Reader             *r,
            const char         *group,
            const char * const *known,
            GError            **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (r->kf, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (!g_strv_contains (known, keys[i]))
      return invalid (error, group, keys[i], _("not a key of this group"));
  return TRUE;
}

/* An own exercise's id becomes a group's name and a database key: letters, digits, '-', '_'
 * and '.' only. */
static gboolean
valid_id (const char *id)
{
  gsize n = strlen (id);

  if (n == 0 || n > 200)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (id[i]) && strchr ("-_.", id[i]) == NULL)
      return FALSE;
  return TRUE;
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
    return invalid (error, group, key, _("“%s” is not an id, a colon and a value"), item);
  *rest = colon + 1;
  return TRUE;
}

static gboolean
read_actions (Reader      *r,
              const char  *group,
              HipExercise *exercise,
              GError     **error)
{
  g_auto(GStrv) items = read_list (r, group, "Actions", error);

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
        return invalid (error, group, "Actions", _("the weight “%s” is not a number above 0 "
                                                   "and at most 1"), rest);
      hip_exercise_set_action_weight (exercise, action, weight);
    }
  return items != NULL;
}

static gboolean
read_muscles (Reader      *r,
              const char  *group,
              HipExercise *exercise,
              GError     **error)
{
  g_auto(GStrv) items = read_list (r, group, "Muscles", error);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const char *rest;
      int muscle, role;

      if (!split_pair (group, "Muscles", items[i], HIP_TYPE_MUSCLE, &muscle, &rest, error))
        return FALSE;
      if (!hip_enum_from_nick (HIP_TYPE_MUSCLE_ROLE, rest, &role))
        return invalid (error, group, "Muscles", _("unknown role “%s”"), rest);
      hip_exercise_set_muscle_role (exercise, muscle, role);
    }
  return items != NULL;
}

static gboolean
read_facets (Reader      *r,
             const char  *group,
             HipExercise *exercise,
             GError     **error)
{
  g_auto(GStrv) planes = read_list (r, group, "Planes", error);
  g_auto(GStrv) conditions = NULL;

  for (guint i = 0; planes != NULL && planes[i] != NULL; i++)
    {
      int plane;

      if (!hip_enum_from_nick (HIP_TYPE_PLANE, planes[i], &plane))
        return invalid (error, group, "Planes", _("unknown value “%s”"), planes[i]);
      hip_exercise_add_plane (exercise, plane);
    }
  if (planes == NULL || !read_actions (r, group, exercise, error) ||
      !read_muscles (r, group, exercise, error))
    return FALSE;
  conditions = read_list (r, group, "Contraindications", error);
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
read_links (Reader      *r,
            const char  *group,
            HipExercise *exercise,
            GError     **error)
{
  g_auto(GStrv) regressions = read_list (r, group, "Regressions", error);
  g_auto(GStrv) progressions = regressions != NULL ? read_list (r, group, "Progressions", error)
                                                   : NULL;

  if (progressions == NULL)
    return FALSE;
  for (guint i = 0; regressions[i] != NULL; i++)
    if (hip_catalogue_lookup (r->catalogue, regressions[i]) == NULL)
      return invalid (error, group, "Regressions", _("unknown exercise “%s”"), regressions[i]);
  for (guint i = 0; progressions[i] != NULL; i++)
    if (hip_catalogue_lookup (r->catalogue, progressions[i]) == NULL)
      return invalid (error, group, "Progressions", _("unknown exercise “%s”"),
                      progressions[i]);
  hip_exercise_set_regressions (exercise, (const char * const *) regressions);
  hip_exercise_set_progressions (exercise, (const char * const *) progressions);
  return TRUE;
}

static gboolean
read_texts (Reader      *r,
            const char  *group,
            HipExercise *exercise,
            GError     **error)
{
  g_autofree char *name = read_string (r, group, "Name", 200, error);
  g_autofree char *summary = name != NULL ? read_string (r, group, "Summary", MAX_TEXT, error)
                                          : NULL;
  g_autofree char *safety = summary != NULL ? read_string (r, group, "SafetyNote", MAX_TEXT,
                                                           error) : NULL;
  g_auto(GStrv) synonyms = safety != NULL ? read_list (r, group, "Synonyms", error) : NULL;
  g_auto(GStrv) steps = synonyms != NULL ? read_list (r, group, "Steps", error) : NULL;
  g_auto(GStrv) cues = steps != NULL ? read_list (r, group, "Cues", error) : NULL;

  if (cues == NULL)
    return FALSE;
  if (*g_strstrip (name) == '\0')
    return invalid (error, group, "Name", _("an exercise needs a name"));
  hip_exercise_set_name (exercise, name);
  hip_exercise_set_summary (exercise, summary);
  hip_exercise_set_safety_note (exercise, safety);
  hip_exercise_set_synonyms (exercise, (const char * const *) synonyms);
  hip_exercise_set_steps (exercise, (const char * const *) steps);
  hip_exercise_set_cues (exercise, (const char * const *) cues);
  return TRUE;
}

static gboolean
read_kinds (Reader      *r,
            const char  *group,
            HipExercise *exercise,
            GError     **error)
{
  int level, kind, position;
  gboolean unilateral;
  HipEquipment equipment, choice;
  g_autofree char *motion = NULL;

  if (!read_nick (r, group, "Level", HIP_TYPE_LEVEL, &level, error) ||
      !read_nick (r, group, "Kind", HIP_TYPE_KIND, &kind, error) ||
      !read_nick (r, group, "Position", HIP_TYPE_POSITION, &position, error) ||
      !read_bool (r, group, "Unilateral", &unilateral, error) ||
      !read_equipment (r, group, "Equipment", &equipment, error) ||
      !read_equipment (r, group, "EquipmentChoice", &choice, error) ||
      (motion = read_string (r, group, "Motion", 200, error)) == NULL)
    return FALSE;
  if ((choice & ~equipment) != 0)
    return invalid (error, group, "EquipmentChoice", _("lists equipment that Equipment does not"));
  hip_exercise_set_level (exercise, level);
  hip_exercise_set_kind (exercise, kind);
  hip_exercise_set_position (exercise, position);
  hip_exercise_set_unilateral (exercise, unilateral);
  hip_exercise_set_equipment (exercise, equipment);
  hip_exercise_set_equipment_choice (exercise, choice);
  hip_exercise_set_motion (exercise, *g_strstrip (motion) != '\0' ? motion : NULL);
  return TRUE;
}

static HipExercise *
read_exercise (Reader      *r,
               const char  *group,
               const char  *id,
               GError     **error)
{
  static const char * const keys[] = {
    "Name", "Summary", "Synonyms", "Steps", "Cues", "Level", "Kind", "Unilateral", "Position",
    "Equipment", "EquipmentChoice", "Motion", "SafetyNote", "Planes", "Actions", "Muscles",
    "Contraindications", "Regressions", "Progressions", NULL
  };
  g_autoptr(HipExercise) exercise = hip_exercise_new (id);

  hip_exercise_set_origin (exercise, HIP_ORIGIN_USER);
  if (!check_keys (r, group, keys, error) || !read_texts (r, group, exercise, error) ||
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
  Reader r = { kf, catalogue, own };
  g_autoptr(GError) error = NULL;
  HipExercise *copy;

  set_exercise (kf, "x", exercise, catalogue);
  copy = read_exercise (&r, "x", id, &error);
  /* What set_exercise() writes, read_exercise() reads. */
  g_assert_no_error (error);
  return copy;
}

static HipPrescription *
read_prescription (Reader      *r,
                   const char  *group,
                   GError     **error)
{
  static const char * const keys[] = {
    "Exercise", "Part", "Sets", "Reps", "Seconds", "PerSide", "Rest", "Load", "Rationale",
    "SteppedFrom", NULL
  };
  g_autoptr(HipPrescription) p = g_new0 (HipPrescription, 1);
  g_autofree char *id = NULL, *from = NULL;
  HipExercise *exercise, *stepped = NULL;
  int part;

  p->tempo = "2-0-2";
  if (!check_keys (r, group, keys, error) ||
      (id = read_string (r, group, "Exercise", 200, error)) == NULL ||
      (exercise = resolve (r, group, "Exercise", g_strstrip (id), error)) == NULL ||
      !read_nick (r, group, "Part", HIP_TYPE_PART, &part, error) ||
      !read_uint (r, group, "Sets", 1, 10, &p->sets, error) ||
      !read_uint (r, group, "Reps", 0, 50, &p->reps, error) ||
      !read_uint (r, group, "Seconds", 0, 3600, &p->seconds, error) ||
      !read_bool (r, group, "PerSide", &p->per_side, error) ||
      !read_uint (r, group, "Rest", 0, 600, &p->rest_seconds, error) ||
      (p->load = read_string (r, group, "Load", 200, error)) == NULL ||
      (p->rationale = read_string (r, group, "Rationale", MAX_TEXT, error)) == NULL ||
      (from = read_string (r, group, "SteppedFrom", 200, error)) == NULL)
    return NULL;
  if (p->reps == 0 && p->seconds == 0)
    {
      invalid (error, group, "Reps", _("a prescription needs repetitions or seconds"));
      return NULL;
    }
  if (*g_strstrip (from) != '\0' &&
      (stepped = resolve (r, group, "SteppedFrom", from, error)) == NULL)
    return NULL;
  p->exercise = g_object_ref (exercise);
  p->stepped_from = stepped != NULL ? g_object_ref (stepped) : NULL;
  p->part = part;
  return g_steal_pointer (&p);
}

static HipSession *
read_session (Reader      *r,
              const char  *group,
              guint        week,
              guint        number,
              GHashTable  *items,
              GError     **error)
{
  static const char * const keys[] = { "Day", "Exercises", NULL };
  g_autoptr(HipSession) session = g_new0 (HipSession, 1);
  guint n = 0;

  session->week = week;
  session->session = number;
  session->items = hip_session_new_items ();
  if (!check_keys (r, group, keys, error) ||
      !read_uint (r, group, "Day", 0, 6, &session->day, error) ||
      !read_uint (r, group, "Exercises", 1, MAX_ITEMS, &n, error))
    return NULL;
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *item = g_strdup_printf ("%s Exercise %u", group, i);
      HipPrescription *p;

      if (!g_hash_table_remove (items, item))
        {
          invalid (error, group, "Exercises", _("says %u, but there is no group [%s]"), n, item);
          return NULL;
        }
      if ((p = read_prescription (r, item, error)) == NULL)
        return NULL;
      g_ptr_array_add (session->items, p);
    }
  return g_steal_pointer (&session);
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  const HipSession *x = *(HipSession * const *) a, *y = *(HipSession * const *) b;

  if (x->week != y->week)
    return x->week < y->week ? -1 : 1;
  return x->session < y->session ? -1 : x->session > y->session;
}

/* Which kind of group @group is: 1 a session (week, number), 2 one of its exercises (week,
 * number, position), 0 neither. The name must be exactly as the writer makes it. */
static int
classify_group (const char *group,
                guint      *week,
                guint      *number,
                guint      *position)
{
  g_autofree char *again = NULL;
  int n = sscanf (group, "Week %u Session %u Exercise %u", week, number, position);

  if (n == 3)
    again = g_strdup_printf ("Week %u Session %u Exercise %u", *week, *number, *position);
  else if (n == 2)
    again = g_strdup_printf ("Week %u Session %u", *week, *number);
  if (again == NULL || strcmp (again, group) != 0)
    return 0;
  return n - 1;
}

typedef struct
{
  guint  weeks;
  guint  minutes;
  guint  sessions;
  char  *name;
  GStrv  own_ids;
  GStrv  notes;
} Header;

static void
header_clear (Header *h)
{
  g_free (h->name);
  g_strfreev (h->own_ids);
  g_strfreev (h->notes);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Header, header_clear)

static gboolean
read_header (Reader   *r,
             Header   *h,
             GError  **error)
{
  static const char * const keys[] = {
    "Version", "Name", "Weeks", "Minutes", "Sessions", "OwnExercises", "Notes", NULL
  };
  const char *group = HIP_PROGRAMME_FILE_GROUP;
  gsize total = 0;

  if (!check_keys (r, group, keys, error) ||
      (h->name = read_string (r, group, "Name", 200, error)) == NULL ||
      !read_uint (r, group, "Weeks", 1, 12, &h->weeks, error) ||
      !read_uint (r, group, "Minutes", 5, 180, &h->minutes, error) ||
      !read_uint (r, group, "Sessions", 1, 12 * 7, &h->sessions, error) ||
      (h->own_ids = read_list (r, group, "OwnExercises", error)) == NULL ||
      (h->notes = read_list (r, group, "Notes", error)) == NULL)
    return FALSE;
  if (*g_strstrip (h->name) == '\0')
    return invalid (error, group, "Name", _("a programme needs a name"));
  for (guint i = 0; h->notes[i] != NULL; i++)
    {
      total += strlen (h->notes[i]) + 1;
      if (strchr (h->notes[i], '\n') != NULL || total > 10000)
        return invalid (error, group, "Notes", _("a note has more than one line, or the notes "
                                                 "are longer than 10,000 characters"));
    }
  return TRUE;
}

static gboolean
read_own_exercises (Reader   *r,
                    Header   *h,
                    GError  **error)
{
  for (guint i = 0; h->own_ids[i] != NULL; i++)
    {
      const char *id = h->own_ids[i];
      g_autofree char *group = g_strconcat (OWN_PREFIX, id, NULL);
      HipExercise *exercise;

      if (!valid_id (id))
        return invalid (error, HIP_PROGRAMME_FILE_GROUP, "OwnExercises",
                        _("“%s” is not an id: 1 to 200 letters, digits, “-”, “_” or “.”"),
                        id);
      if (g_hash_table_contains (r->own, id))
        return invalid (error, HIP_PROGRAMME_FILE_GROUP, "OwnExercises",
                        _("“%s” is listed twice"), id);
      if (!g_key_file_has_group (r->kf, group))
        return invalid (error, HIP_PROGRAMME_FILE_GROUP, "OwnExercises",
                        _("there is no group [%s]"), group);
      exercise = read_exercise (r, group, id, error);
      if (exercise == NULL)
        return FALSE;
      g_hash_table_insert (r->own, (gpointer) hip_exercise_get_id (exercise), exercise);
    }
  return TRUE;
}

/* Every group is the header, a listed own exercise, a session or one of its exercises. */
static gboolean
sort_groups (Reader      *r,
             GPtrArray   *sessions,
             GHashTable  *items,
             GError     **error)
{
  g_auto(GStrv) groups = g_key_file_get_groups (r->kf, NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *group = groups[i];
      guint week = 0, number = 0, position = 0;
      int kind = classify_group (group, &week, &number, &position);

      if (kind == 1)
        g_ptr_array_add (sessions, g_strdup (group));
      else if (kind == 2)
        g_hash_table_add (items, g_strdup (group));
      else if (strcmp (group, HIP_PROGRAMME_FILE_GROUP) != 0 &&
               !(g_str_has_prefix (group, OWN_PREFIX) &&
                 g_hash_table_contains (r->own, group + strlen (OWN_PREFIX))))
        return invalid (error, group, NULL, _("not a group of a programme file, or an own "
                                              "exercise that OwnExercises does not list"));
    }
  return TRUE;
}

static gboolean
read_sessions (Reader   *r,
               Header   *h,
               HipPlan  *plan,
               GError  **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer stray;

  if (!sort_groups (r, groups, items, error))
    return FALSE;
  if (groups->len != h->sessions)
    return invalid (error, HIP_PROGRAMME_FILE_GROUP, "Sessions",
                    _("says %u, but the file has %u: it may have been cut short"), h->sessions,
                    groups->len);
  for (guint i = 0; i < groups->len; i++)
    {
      guint week = 0, number = 0, position = 0;
      HipSession *session;

      classify_group (groups->pdata[i], &week, &number, &position);
      if (week < 1 || week > h->weeks || number < 1 || number > 7)
        return invalid (error, groups->pdata[i], NULL,
                        _("weeks go from 1 to Weeks (%u), sessions from 1 to 7"), h->weeks);
      session = read_session (r, groups->pdata[i], week, number, items, error);
      if (session == NULL)
        return FALSE;
      g_ptr_array_add (plan->sessions, session);
      plan->profile.sessions_per_week = MAX (plan->profile.sessions_per_week, number);
    }
  g_hash_table_iter_init (&iter, items);
  if (g_hash_table_iter_next (&iter, &stray, NULL))
    return invalid (error, stray, NULL, _("its session has no such exercise, or no such "
                                          "session is in the file"));
  g_ptr_array_sort (plan->sessions, compare_sessions);
  return TRUE;
}

static HipPlan *
new_plan (Header *h)
{
  HipPlan *plan = g_new0 (HipPlan, 1);

  hip_profile_init (&plan->profile);
  plan->profile.weeks = h->weeks;
  plan->profile.minutes = h->minutes;
  plan->profile.sessions_per_week = 0;
  plan->sessions = hip_plan_new_sessions ();
  plan->notes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; h->notes[i] != NULL; i++)
    g_ptr_array_add (plan->notes, g_strdup (h->notes[i]));
  return plan;
}

/* The key file, its [Strong Hips Programme] group, a version this build reads, and a last
 * line that is whole. */
static gboolean
open_file (GKeyFile    *kf,
           const char  *data,
           gsize        length,
           GError     **error)
{
  g_autoptr(GError) local = NULL;
  Reader r = { kf, NULL, NULL };
  guint version = 0;

  if (length > MAX_FILE_BYTES)
    {
      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                   _("The file is larger than a programme can be (4 MB)"));
      return FALSE;
    }
  if (!g_key_file_load_from_data (kf, data, length, G_KEY_FILE_NONE, &local))
    {
      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                   _("This is not a programme file: %s"), local->message);
      return FALSE;
    }
  if (!g_key_file_has_group (kf, HIP_PROGRAMME_FILE_GROUP))
    {
      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                   _("This is not a Strong Hips programme: it has no [%s] group"),
                   HIP_PROGRAMME_FILE_GROUP);
      return FALSE;
    }
  if (!read_uint (&r, HIP_PROGRAMME_FILE_GROUP, "Version", 1, G_MAXINT, &version, error))
    return FALSE;
  if (version > HIP_PROGRAMME_FILE_VERSION)
    {
      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_NEWER_VERSION,
                   _("This programme was written by a newer Strong Hips (file version %u); this "
                     "one reads version %u. Update Strong Hips to import it."),
                   version, HIP_PROGRAMME_FILE_VERSION);
      return FALSE;
    }
  if (data[length - 1] != '\n')
    {
      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                   _("The file ends in the middle of a line: it was cut short"));
      return FALSE;
    }
  return TRUE;
}

/**
 * hip_programme_file_parse:
 * @data: the file's bytes
 * @catalogue: resolves the ids of the catalogue's exercises
 *
 * Reads a programme file. Anything wrong (another group, a newer version, a key missing or
 * unknown, a number out of range, an exercise id unknown, a file cut short) refuses the whole
 * file, with a message naming the group and key.
 *
 * Returns: (transfer full) (nullable): the programme and the own exercises it brings
 */
HipProgrammeFile *
hip_programme_file_parse (const char    *data,
                          gsize          length,
                          HipCatalogue  *catalogue,
                          GError       **error)
{
  g_autoptr(GKeyFile) kf = g_key_file_new ();
  g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                     g_object_unref);
  g_auto(Header) h = { 0 };
  Reader r = { kf, catalogue, own };
  g_autoptr(HipProgrammeFile) file = g_new0 (HipProgrammeFile, 1);

  g_return_val_if_fail (HIP_IS_CATALOGUE (catalogue), NULL);

  if (!open_file (kf, data, length, error) || !read_header (&r, &h, error) ||
      !read_own_exercises (&r, &h, error))
    return NULL;
  file->plan = new_plan (&h);
  if (!read_sessions (&r, &h, file->plan, error))
    return NULL;
  file->name = g_steal_pointer (&h.name);
  file->own = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; h.own_ids[i] != NULL; i++)
    g_ptr_array_add (file->own, g_object_ref (g_hash_table_lookup (own, h.own_ids[i])));
  file->fates = g_array_new (FALSE, TRUE, sizeof (HipOwnExerciseFate));
  g_array_set_size (file->fates, file->own->len);
  return g_steal_pointer (&file);
}

/* Reads the programme file at @path (see hip_programme_file_parse()). */
HipProgrammeFile *
hip_programme_file_read (const char    *path,
                         HipCatalogue  *catalogue,
                         GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return hip_programme_file_parse (data, length, catalogue, error);
}

/* How many prescriptions the file's programme has, in all its sessions. */
guint
hip_programme_file_count_prescriptions (const HipProgrammeFile *file)
{
  guint n = 0;

  for (guint s = 0; s < file->plan->sessions->len; s++)
    n += ((HipSession *) file->plan->sessions->pdata[s])->items->len;
  return n;
}
