/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A programme to share: one key file (data/programme-format.md) with the programme, its
 * prescriptions and the person's own exercises it uses (hip-programme-exercise.c), written and
 * read back. Reading refuses a file with anything wrong, naming the group and the key, so that
 * a person can fix it. */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-file.h"
#include "hip-input.h"
#include "hip-plan-private.h"
#include "hip-programme-file-private.h"
#include "hip-vocabulary.h"

#define OWN_PREFIX       "Own Exercise "
#define MAX_FILE_BYTES   (4 * 1024 * 1024)
#define MAX_ITEMS        60   /* prescriptions in one session */

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

/* ---- writing --------------------------------------------------------------------------------- */

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
  hip_key_set_list (kf, group, "OwnExercises", (const char * const *) own_ids);
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

      hip_programme_exercise_write (kf, group, own->pdata[i], catalogue);
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
         hip_file_write (path, with_comment, strlen (with_comment), error);
}

/* ---- reading --------------------------------------------------------------------------------- */

/* The file's own exercise @id, or the catalogue's exercise @id; an id neither knows is an
 * error. */
static HipExercise *
resolve (HipKeyReader  *r,
         const char    *group,
         const char    *key,
         const char    *id,
         GError       **error)
{
  HipExercise *exercise = g_hash_table_lookup (r->own, id);

  if (exercise == NULL)
    {
      exercise = hip_catalogue_lookup (r->catalogue, id);
      if (exercise != NULL && hip_exercise_get_origin (exercise) != HIP_ORIGIN_CATALOGUE)
        exercise = NULL;
    }
  if (exercise == NULL)
    {
      g_autofree char *shown_group = hip_input_echo (group, -1);
      g_autofree char *shown_id = hip_input_echo (id, -1);

      /* Translators: a group of the programme file, a key in it, then an exercise's id */
      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_UNKNOWN_EXERCISE,
                   _("[%s] %s: no exercise has the id “%s”: it is neither in this version of "
                     "the catalogue nor among the file’s own exercises"), shown_group, key,
                   shown_id);
    }
  return exercise;
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

static HipPrescription *
read_prescription (HipKeyReader  *r,
                   const char    *group,
                   GError       **error)
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
  if (!hip_key_check (r, group, keys, error) ||
      (id = hip_key_string (r, group, "Exercise", 200, error)) == NULL ||
      (exercise = resolve (r, group, "Exercise", g_strstrip (id), error)) == NULL ||
      !hip_key_nick (r, group, "Part", HIP_TYPE_PART, &part, error) ||
      !hip_key_uint (r, group, "Sets", 1, 10, &p->sets, error) ||
      !hip_key_uint (r, group, "Reps", 0, 50, &p->reps, error) ||
      !hip_key_uint (r, group, "Seconds", 0, 3600, &p->seconds, error) ||
      !hip_key_bool (r, group, "PerSide", &p->per_side, error) ||
      !hip_key_uint (r, group, "Rest", 0, 600, &p->rest_seconds, error) ||
      (p->load = hip_key_string (r, group, "Load", 200, error)) == NULL ||
      (p->rationale = hip_key_string (r, group, "Rationale", HIP_PROGRAMME_MAX_TEXT,
                                      error)) == NULL ||
      (from = hip_key_string (r, group, "SteppedFrom", 200, error)) == NULL)
    return NULL;
  if (p->reps == 0 && p->seconds == 0)
    {
      hip_key_invalid (error, group, "Reps", _("a prescription needs repetitions or seconds"));
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
read_session (HipKeyReader  *r,
              const char    *group,
              guint          week,
              guint          number,
              GHashTable    *items,
              GError       **error)
{
  static const char * const keys[] = { "Day", "Exercises", NULL };
  g_autoptr(HipSession) session = g_new0 (HipSession, 1);
  guint n = 0;

  session->week = week;
  session->session = number;
  session->items = hip_session_new_items ();
  if (!hip_key_check (r, group, keys, error) ||
      !hip_key_uint (r, group, "Day", 0, 6, &session->day, error) ||
      !hip_key_uint (r, group, "Exercises", 1, MAX_ITEMS, &n, error))
    return NULL;
  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *item = g_strdup_printf ("%s Exercise %u", group, i);
      HipPrescription *p;

      if (!g_hash_table_remove (items, item))
        {
          hip_key_invalid (error, group, "Exercises", _("says %u, but there is no group [%s]"),
                           n, item);
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
read_header (HipKeyReader  *r,
             Header        *h,
             GError       **error)
{
  static const char * const keys[] = {
    "Version", "Name", "Weeks", "Minutes", "Sessions", "OwnExercises", "Notes", NULL
  };
  const char *group = HIP_PROGRAMME_FILE_GROUP;
  gsize total = 0;

  if (!hip_key_check (r, group, keys, error) ||
      (h->name = hip_key_string (r, group, "Name", 200, error)) == NULL ||
      !hip_key_uint (r, group, "Weeks", 1, 12, &h->weeks, error) ||
      !hip_key_uint (r, group, "Minutes", 5, 180, &h->minutes, error) ||
      !hip_key_uint (r, group, "Sessions", 1, 12 * 7, &h->sessions, error) ||
      (h->own_ids = hip_key_list (r, group, "OwnExercises", error)) == NULL ||
      (h->notes = hip_key_list (r, group, "Notes", error)) == NULL)
    return FALSE;
  if (*g_strstrip (h->name) == '\0')
    return hip_key_invalid (error, group, "Name", _("a programme needs a name"));
  for (guint i = 0; h->notes[i] != NULL; i++)
    {
      total += strlen (h->notes[i]) + 1;
      if (strchr (h->notes[i], '\n') != NULL || total > 10000)
        return hip_key_invalid (error, group, "Notes",
                                _("a note has more than one line, or the notes are longer than "
                                  "10,000 characters"));
    }
  return TRUE;
}

static gboolean
read_own_exercises (HipKeyReader  *r,
                    Header        *h,
                    GError       **error)
{
  for (guint i = 0; h->own_ids[i] != NULL; i++)
    {
      const char *id = h->own_ids[i];
      g_autofree char *group = g_strconcat (OWN_PREFIX, id, NULL);
      HipExercise *exercise;

      if (!valid_id (id))
        return hip_key_invalid_echo (error, HIP_PROGRAMME_FILE_GROUP, "OwnExercises",
                                _("“%s” is not an id: 1 to 200 letters, digits, “-”, “_” or “.”"),
                                id);
      if (g_hash_table_contains (r->own, id))
        return hip_key_invalid_echo (error, HIP_PROGRAMME_FILE_GROUP, "OwnExercises",
                                _("“%s” is listed twice"), id);
      if (!g_key_file_has_group (r->kf, group))
        return hip_key_invalid_echo (error, HIP_PROGRAMME_FILE_GROUP, "OwnExercises",
                                _("there is no group [%s]"), group);
      exercise = hip_programme_exercise_read (r, group, id, error);
      if (exercise == NULL)
        return FALSE;
      g_hash_table_insert (r->own, (gpointer) hip_exercise_get_id (exercise), exercise);
    }
  return TRUE;
}

/* Every group is the header, a listed own exercise, a session or one of its exercises. */
static gboolean
sort_groups (HipKeyReader  *r,
             GPtrArray     *sessions,
             GHashTable    *items,
             GError       **error)
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
        return hip_key_invalid (error, group, NULL, _("not a group of a programme file, or an own "
                                                      "exercise that OwnExercises does not list"));
    }
  return TRUE;
}

static gboolean
read_sessions (HipKeyReader  *r,
               Header        *h,
               HipPlan       *plan,
               GError       **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer stray;

  if (!sort_groups (r, groups, items, error))
    return FALSE;
  if (groups->len != h->sessions)
    return hip_key_invalid (error, HIP_PROGRAMME_FILE_GROUP, "Sessions",
                            _("says %u, but the file has %u: it may have been cut short"),
                            h->sessions, groups->len);
  for (guint i = 0; i < groups->len; i++)
    {
      guint week = 0, number = 0, position = 0;
      HipSession *session;

      classify_group (groups->pdata[i], &week, &number, &position);
      if (week < 1 || week > h->weeks || number < 1 || number > 7)
        return hip_key_invalid (error, groups->pdata[i], NULL,
                                _("weeks go from 1 to Weeks (%u), sessions from 1 to 7"), h->weeks);
      session = read_session (r, groups->pdata[i], week, number, items, error);
      if (session == NULL)
        return FALSE;
      g_ptr_array_add (plan->sessions, session);
      plan->profile.sessions_per_week = MAX (plan->profile.sessions_per_week, number);
    }
  g_hash_table_iter_init (&iter, items);
  if (g_hash_table_iter_next (&iter, &stray, NULL))
    return hip_key_invalid (error, stray, NULL, _("its session has no such exercise, or no such "
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
  HipKeyReader r = { kf, NULL, NULL };
  guint version = 0;

  if (length > MAX_FILE_BYTES)
    {
      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                   _("The file is larger than a programme can be (4 MB)"));
      return FALSE;
    }
  if (!g_key_file_load_from_data (kf, data, length, G_KEY_FILE_NONE, &local))
    {
      /* GKeyFile's message quotes the file's line. */
      g_autofree char *shown = hip_input_echo_full (local->message, -1, 200);

      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                   _("This is not a programme file: %s"), shown);
      return FALSE;
    }
  if (!g_key_file_has_group (kf, HIP_PROGRAMME_FILE_GROUP))
    {
      g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                   _("This is not a Strong Hips programme: it has no [%s] group"),
                   HIP_PROGRAMME_FILE_GROUP);
      return FALSE;
    }
  if (!hip_key_uint (&r, HIP_PROGRAMME_FILE_GROUP, "Version", 1, G_MAXINT, &version, error))
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
  HipKeyReader r = { kf, catalogue, own };
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

  if (!hip_input_read_file (path, MAX_FILE_BYTES, &data, &length, error))
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
