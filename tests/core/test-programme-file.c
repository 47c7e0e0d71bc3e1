/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A programme to share: exported, imported into a fresh store and compared field by field, an
 * own exercise with it; own exercises the receiver has already reused or given a new id; and
 * every kind of bad file refused, the store's rows counted before and after. */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-coach-private.h"
#include "hip-exercise.h"
#include "hip-programme-file.h"
#include "hip-store.h"
#include "hip-store-private.h"

#define OWN_ID "user-test-wall-sit"

typedef struct
{
  char *dir;
} Fixture;

static HipCoach *
new_coach (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = hip_store_new (NULL, &error);
  HipCoach *coach;

  g_assert_no_error (error);
  coach = hip_coach_new (store);
  g_assert_cmpint (hip_coach_save_screening (coach, 0, FALSE, &error), ==, HIP_SCREENING_CLEAR);
  return coach;
}

/* An own exercise with every field the store keeps, some of them awkward in a key file. */
static HipExercise *
new_own_exercise (const char *id,
                  const char *name)
{
  static const char *steps[] = { "Stand with your back to a wall; feet apart", "Slide down",
                                 "Hold = breathe\tevenly", NULL };
  static const char *cues[] = { "Knees over toes", NULL };
  static const char *synonyms[] = { "Wall squat", NULL };
  static const char *progressions[] = { "split-squat", NULL };
  HipExercise *exercise = hip_exercise_new (id);

  hip_exercise_set_origin (exercise, HIP_ORIGIN_USER);
  hip_exercise_set_name (exercise, name);
  hip_exercise_set_summary (exercise, "A held squat against a wall.\nSecond line.");
  hip_exercise_set_synonyms (exercise, synonyms);
  hip_exercise_set_steps (exercise, steps);
  hip_exercise_set_cues (exercise, cues);
  hip_exercise_set_level (exercise, HIP_LEVEL_INTERMEDIATE);
  hip_exercise_set_kind (exercise, HIP_KIND_HOLD);
  hip_exercise_set_unilateral (exercise, TRUE);
  hip_exercise_set_position (exercise, HIP_POSITION_STANDING);
  hip_exercise_set_equipment (exercise, HIP_EQUIPMENT_DUMBBELL | HIP_EQUIPMENT_KETTLEBELL |
                                        HIP_EQUIPMENT_MAT);
  hip_exercise_set_equipment_choice (exercise, HIP_EQUIPMENT_DUMBBELL | HIP_EQUIPMENT_KETTLEBELL);
  hip_exercise_set_motion (exercise, "squat");
  hip_exercise_set_safety_note (exercise, "Stop if your knee hurts");
  hip_exercise_add_plane (exercise, HIP_PLANE_SAGITTAL);
  hip_exercise_add_plane (exercise, HIP_PLANE_FRONTAL);
  hip_exercise_set_action_weight (exercise, HIP_ACTION_EXTENSION, 0.8);
  hip_exercise_set_action_weight (exercise, HIP_ACTION_ABDUCTION, 0.25);
  hip_exercise_set_muscle_role (exercise, HIP_MUSCLE_QUADRICEPS, HIP_MUSCLE_ROLE_PRIMARY);
  hip_exercise_set_muscle_role (exercise, HIP_MUSCLE_GLUTEUS_MAXIMUS, HIP_MUSCLE_ROLE_SECONDARY);
  hip_exercise_set_muscle_role (exercise, HIP_MUSCLE_OBLIQUES, HIP_MUSCLE_ROLE_STABILISER);
  hip_exercise_set_contraindication (exercise, HIP_CONDITION_KNEE_PAIN, "Deep knee bend: a note");
  hip_exercise_set_progressions (exercise, progressions);
  return exercise;
}

/* A coach with a generated programme whose first prescription is an own exercise, with a load,
 * and whose second was stepped back from it. */
static HipCoach *
coach_with_programme (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipExercise) own = new_own_exercise (OWN_ID, "Wall sit; “held”");
  HipCoach *coach = new_coach ();
  HipProfile profile;
  HipPlan *plan;
  HipPrescription *first, *second;

  hip_profile_init (&profile);
  profile.equipment = HIP_EQUIPMENT_MAT | HIP_EQUIPMENT_BAND;
  g_assert_true (hip_coach_save_profile (coach, &profile, &error));
  g_assert_true (hip_coach_generate_programme (coach, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hip_store_save_exercise (hip_coach_get_store (coach), own, &error));
  g_assert_true (hip_catalogue_add (hip_coach_get_catalogue (coach), own, &error));
  g_assert_no_error (error);

  plan = hip_coach_get_plan (coach, NULL);
  first = ((HipSession *) plan->sessions->pdata[0])->items->pdata[0];
  second = ((HipSession *) plan->sessions->pdata[0])->items->pdata[1];
  g_set_object (&first->exercise, own);
  first->reps = 0;
  first->seconds = 30;
  g_free (first->load);
  first->load = g_strdup ("12.5 kg");
  g_set_object (&second->stepped_from, own);
  g_assert_true (hip_coach_save_plan (coach, &error));
  g_assert_no_error (error);
  return coach;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("strong-hips-programme-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static const char *
id_or_null (HipExercise *exercise)
{
  return exercise != NULL ? hip_exercise_get_id (exercise) : NULL;
}

static void
assert_same_plan (const HipPlan *a,
                  const HipPlan *b)
{
  g_assert_cmpuint (a->profile.weeks, ==, b->profile.weeks);
  g_assert_cmpuint (a->profile.minutes, ==, b->profile.minutes);
  g_assert_cmpuint (a->profile.sessions_per_week, ==, b->profile.sessions_per_week);
  g_assert_cmpuint (a->notes->len, ==, b->notes->len);
  for (guint i = 0; i < a->notes->len; i++)
    g_assert_cmpstr (a->notes->pdata[i], ==, b->notes->pdata[i]);
  g_assert_cmpuint (a->sessions->len, ==, b->sessions->len);
  for (guint s = 0; s < a->sessions->len; s++)
    {
      const HipSession *x = a->sessions->pdata[s], *y = b->sessions->pdata[s];

      g_assert_cmpuint (x->week, ==, y->week);
      g_assert_cmpuint (x->session, ==, y->session);
      g_assert_cmpuint (x->day, ==, y->day);
      g_assert_cmpuint (x->items->len, ==, y->items->len);
      for (guint i = 0; i < x->items->len; i++)
        {
          const HipPrescription *p = x->items->pdata[i], *q = y->items->pdata[i];

          g_assert_cmpstr (hip_exercise_get_id (p->exercise), ==,
                           hip_exercise_get_id (q->exercise));
          g_assert_cmpint (p->part, ==, q->part);
          g_assert_cmpuint (p->sets, ==, q->sets);
          g_assert_cmpuint (p->reps, ==, q->reps);
          g_assert_cmpuint (p->seconds, ==, q->seconds);
          g_assert_cmpint (p->per_side, ==, q->per_side);
          g_assert_cmpuint (p->rest_seconds, ==, q->rest_seconds);
          g_assert_cmpstr (p->load, ==, q->load);
          g_assert_cmpstr (p->rationale, ==, q->rationale);
          g_assert_cmpstr (id_or_null (p->stepped_from), ==, id_or_null (q->stepped_from));
        }
    }
}

static void
assert_same_exercise (HipExercise *a,
                      HipExercise *b)
{
  g_assert_cmpstr (hip_exercise_get_name (a), ==, hip_exercise_get_name (b));
  g_assert_cmpstr (hip_exercise_get_summary (a), ==, hip_exercise_get_summary (b));
  g_assert_true (g_strv_equal ((const char * const *) hip_exercise_get_steps (a),
                               (const char * const *) hip_exercise_get_steps (b)));
  g_assert_true (g_strv_equal ((const char * const *) hip_exercise_get_cues (a),
                               (const char * const *) hip_exercise_get_cues (b)));
  g_assert_true (g_strv_equal ((const char * const *) hip_exercise_get_synonyms (a),
                               (const char * const *) hip_exercise_get_synonyms (b)));
  g_assert_true (g_strv_equal ((const char * const *) hip_exercise_get_progressions (a),
                               (const char * const *) hip_exercise_get_progressions (b)));
  g_assert_cmpint (hip_exercise_get_level (a), ==, hip_exercise_get_level (b));
  g_assert_cmpint (hip_exercise_get_kind (a), ==, hip_exercise_get_kind (b));
  g_assert_cmpint (hip_exercise_get_unilateral (a), ==, hip_exercise_get_unilateral (b));
  g_assert_cmpint (hip_exercise_get_position (a), ==, hip_exercise_get_position (b));
  g_assert_cmpint (hip_exercise_get_equipment (a), ==, hip_exercise_get_equipment (b));
  g_assert_cmpint (hip_exercise_get_equipment_choice (a), ==,
                   hip_exercise_get_equipment_choice (b));
  g_assert_cmpstr (hip_exercise_get_motion (a), ==, hip_exercise_get_motion (b));
  g_assert_cmpstr (hip_exercise_get_safety_note (a), ==, hip_exercise_get_safety_note (b));
  g_assert_cmpuint (hip_exercise_get_planes (a), ==, hip_exercise_get_planes (b));
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    g_assert_cmpfloat (hip_exercise_get_action_weight (a, i), ==,
                       hip_exercise_get_action_weight (b, i));
  for (guint i = 0; i < HIP_N_MUSCLES; i++)
    g_assert_cmpint (hip_exercise_get_muscle_role (a, i), ==, hip_exercise_get_muscle_role (b, i));
  for (guint i = 0; i < HIP_N_CONDITIONS; i++)
    g_assert_cmpstr (hip_exercise_get_contraindication (a, i), ==,
                     hip_exercise_get_contraindication (b, i));
}

static char *
export (HipCoach   *coach,
        const char *dir,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (hip_coach_export_programme (coach, path, &error));
  g_assert_no_error (error);
  return path;
}

/* Export, import into a fresh store, the same programme and own exercise; and exporting that
 * again gives the same file. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HipCoach) sender = coach_with_programme ();
  g_autoptr(HipCoach) receiver = new_coach ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export (sender, f->dir, "sent.strong-hips-programme");
  g_autofree char *again = NULL, *first_text = NULL, *second_text = NULL;
  g_autoptr(HipProgrammeFile) file = NULL;
  g_autoptr(GPtrArray) own = NULL;
  gint64 id = 0;

  g_assert_false (hip_coach_has_programme (receiver));
  file = hip_coach_review_programme (receiver, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file->own->len, ==, 1);
  g_assert_cmpint (g_array_index (file->fates, HipOwnExerciseFate, 0), ==, HIP_OWN_EXERCISE_NEW);
  g_assert_true (g_str_has_prefix (file->name, "Programme of "));
  g_assert_true (hip_coach_import_programme (receiver, file, TRUE, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (hip_coach_get_active_programme (receiver), ==, id);

  assert_same_plan (hip_coach_get_plan (sender, NULL), hip_coach_get_plan (receiver, NULL));
  own = hip_store_load_exercises (hip_coach_get_store (receiver), HIP_ORIGIN_USER, &error);
  g_assert_cmpuint (own->len, ==, 1);
  g_assert_cmpstr (hip_exercise_get_id (own->pdata[0]), ==, OWN_ID);
  assert_same_exercise (own->pdata[0],
                        hip_catalogue_lookup (hip_coach_get_catalogue (sender), OWN_ID));
  g_assert_nonnull (hip_catalogue_lookup (hip_coach_get_catalogue (receiver), OWN_ID));

  again = export (receiver, f->dir, "again.strong-hips-programme");
  g_assert_true (g_file_get_contents (path, &first_text, NULL, NULL));
  g_assert_true (g_file_get_contents (again, &second_text, NULL, NULL));
  g_assert_cmpstr (first_text, ==, second_text);
}

/* The receiver's own exercise with the same id: the same content is used as it is, another
 * content gets the file's exercise a new id; either way a new programme is added. */
static void
test_own_exercise_fates (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(HipCoach) coach = coach_with_programme ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export (coach, f->dir, "mine.strong-hips-programme");
  g_autoptr(HipProgrammeFile) same = NULL, other = NULL;
  g_autoptr(GPtrArray) programmes = NULL, own = NULL;
  g_autoptr(HipExercise) changed = new_own_exercise (OWN_ID, "Wall sit, changed");
  HipPrescription *first;

  same = hip_coach_review_programme (coach, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (same->fates, HipOwnExerciseFate, 0), ==, HIP_OWN_EXERCISE_SAME);
  g_assert_true (hip_coach_import_programme (coach, same, FALSE, NULL, &error));
  g_assert_no_error (error);
  programmes = hip_coach_list_programmes (coach, &error);
  g_assert_cmpuint (programmes->len, ==, 2);
  own = hip_store_load_exercises (hip_coach_get_store (coach), HIP_ORIGIN_USER, &error);
  g_assert_cmpuint (own->len, ==, 1);
  g_clear_pointer (&own, g_ptr_array_unref);

  /* The person changes their exercise: the file's is another one now. */
  hip_exercise_set_name (hip_catalogue_lookup (hip_coach_get_catalogue (coach), OWN_ID),
                         "Wall sit, changed");
  g_assert_true (hip_store_save_exercise (hip_coach_get_store (coach), changed, &error));
  other = hip_coach_review_programme (coach, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (other->fates, HipOwnExerciseFate, 0), ==,
                   HIP_OWN_EXERCISE_RENAMED);
  g_assert_true (hip_coach_import_programme (coach, other, TRUE, NULL, &error));
  g_assert_no_error (error);
  own = hip_store_load_exercises (hip_coach_get_store (coach), HIP_ORIGIN_USER, &error);
  g_assert_cmpuint (own->len, ==, 2);
  first = ((HipSession *) hip_coach_get_plan (coach, NULL)->sessions->pdata[0])->items->pdata[0];
  g_assert_cmpstr (hip_exercise_get_id (first->exercise), !=, OWN_ID);
  g_assert_true (g_str_has_prefix (hip_exercise_get_id (first->exercise), "user-"));
  g_assert_cmpstr (hip_exercise_get_name (first->exercise), ==, "Wall sit; “held”");
  programmes = (g_ptr_array_unref (programmes), hip_coach_list_programmes (coach, &error));
  g_assert_cmpuint (programmes->len, ==, 3);
}

static int
count_cb (void  *data,
          int    n_columns,
          char **values,
          char **names)
{
  g_string_append_printf (data, "%s;", values[0]);
  return 0;
}

/* Rows of every table an import writes. */
static char *
count_rows (HipCoach *coach)
{
  static const char *tables[] = { "programme", "prescription", "exercise", "exercise_text",
                                  "exercise_plane", "exercise_action", "exercise_muscle",
                                  "exercise_link", "exercise_contraindication",
                                  "planned_session" };
  GString *counts = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_assert_cmpint (sqlite3_exec (hip_coach_get_store (coach)->db, sql, count_cb, counts,
                                     NULL), ==, SQLITE_OK);
    }
  return g_string_free (counts, FALSE);
}

/* An id of 100 characters. */
#define LONG_ID "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" \
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

typedef struct
{
  const char *find;      /* in the exported file */
  const char *replace;
  const char *reason;    /* in the error's message */
  int         code;
} BadCase;

/* Replaces the first @find after @after (when given) in @text. */
static char *
replace_once (const char *text,
              const char *find,
              const char *replace)
{
  const char *at = strstr (text, find);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, replace, at + strlen (find));
}

static void
assert_refused (HipCoach   *coach,
                const char *path,
                const char *text,
                gssize      length,
                const char *reason,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipProgrammeFile) file = NULL;
  g_autofree char *before = count_rows (coach);
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, text, length, NULL));
  file = hip_coach_review_programme (coach, path, &error);
  g_assert_null (file);
  g_assert_error (error, HIP_PROGRAMME_FILE_ERROR, code);
  if (strstr (error->message, reason) == NULL)
    g_error ("“%s” does not say “%s”", error->message, reason);
  /* Nothing of the file a terminal would act on. */
  g_assert_null (strchr (error->message, '\x1b'));
  g_assert_null (strchr (error->message, '\x07'));
  g_assert_null (strstr (error->message, "\xe2\x80\xae"));
  after = count_rows (coach);
  g_assert_cmpstr (before, ==, after);
}

/* Each kind of bad file is refused with its reason, naming the group and key; nothing is
 * added. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const BadCase cases[] = {
    { "[Strong Hips Programme]", "[Strong Hips Profile]", "no [Strong Hips Programme] group",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "Version=1", "Version=2", "newer Strong Hips", HIP_PROGRAMME_FILE_ERROR_NEWER_VERSION },
    { "Version=1", "Version=one", "[Strong Hips Programme] Version:",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "Version=1\n", "Version=1\nColour=red\n", "[Strong Hips Programme] Colour: not a key",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "Weeks=", "Weeks=13\nX=", "Weeks: “13” is not a whole number from 1 to 12",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nSets=", "\nSets=11\nX=", "[Week 1 Session 1 Exercise 1] Sets: “11”",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nRest=", "\nRest=-5\nX=", "Rest: “-5”", HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nDay=", "\nDay=7\nX=", "[Week 1 Session 1] Day:", HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nPart=", "\nPart=finale\nX=", "Part: unknown value “finale”",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nPerSide=", "\nPerSide=yes\nX=", "PerSide: “yes” is neither",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "extension:0.8", "extension:1.5", "Actions: the weight “1.5”",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "quadriceps:primary", "quadriceps:boss", "Muscles: unknown role “boss”",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "Level=intermediate", "Level=expert", "[Own Exercise " OWN_ID "] Level:",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nCues=", "\nCuez=", "Cuez: not a key", HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "[Own Exercise " OWN_ID "]", "[Own Exercise user-other]", "there is no group",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "[Week 1 Session 1]", "[Week 13 Session 1]", "[Week 13 Session 1]: weeks go from 1",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "[Week 1 Session 1 Exercise 2]", "[Week 1 Session 1 Exercise 20]",
      "there is no group [Week 1 Session 1 Exercise 2]", HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nSessions=", "\nSessions=80\nX=", "Sessions: says 80",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nSeconds=30", "\nSeconds=0", "needs repetitions or seconds",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nExercise=", "\nExercise=no-such-exercise\nX=", "“no-such-exercise”",
      HIP_PROGRAMME_FILE_ERROR_UNKNOWN_EXERCISE },
    { "\nSteppedFrom=\n", "\nSteppedFrom=user-nobody\n", "“user-nobody”",
      HIP_PROGRAMME_FILE_ERROR_UNKNOWN_EXERCISE },
    { "Progressions=split-squat", "Progressions=flying", "unknown exercise “flying”",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nName=", "\nName=\xff\nX=", "cannot be read", HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nCues=", "\nCues=Bad \\q escape;\nX=", "Cues: the value cannot be read",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "[Week 1 Session 1]", "[Week 1 Session 1", "This is not a programme file",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    /* The file's text in a message: escaped, and cut to 60 characters. */
    { "\nPart=", "\nPart=\xe2\x80\xae" "finale\nX=", "Part: unknown value “\\u202efinale”",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nCues=", "\nCu\x1b" "z=", "Cu\\x1bz: not a key", HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nExercise=", "\nExercise=" LONG_ID "\nX=",
      "“" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”",
      HIP_PROGRAMME_FILE_ERROR_UNKNOWN_EXERCISE },
    { "[Week 1 Session 1]", "[Week 1 Session 1\x1b]0;title\x07", "\\x1b]0;title\\x07",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    /* A name or list item with an escape sequence is never stored to be shown later. */
    { "\nName=", "\nName=Evil \x1b]0;title\x07\nX=", "Name: holds a control character",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
    { "\nCues=", "\nCues=Fine;Bad \x1b[2J;\nX=", "Cues: item 2 holds a control character",
      HIP_PROGRAMME_FILE_ERROR_INVALID },
  };
  g_autoptr(HipCoach) coach = coach_with_programme ();
  g_autofree char *good = export (coach, f->dir, "good.strong-hips-programme");
  g_autofree char *bad = g_build_filename (f->dir, "bad.strong-hips-programme", NULL);
  g_autofree char *text = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (good, &text, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *broken = replace_once (text, cases[i].find, cases[i].replace);
      /* "X=" stands for the rest of the replaced line, which is dropped. */
      char *x = strstr (broken, "\nX=");

      if (x != NULL)
        memmove (x, strchr (x + 1, '\n'), strlen (strchr (x + 1, '\n')) + 1);
      g_test_message ("case %u: %s", i, cases[i].reason);
      assert_refused (coach, bad, broken, -1, cases[i].reason, cases[i].code);
    }

  /* Cut short: in the middle of a line, and at the end of a line halfway through. */
  assert_refused (coach, bad, text, length - 3, "cut short", HIP_PROGRAMME_FILE_ERROR_INVALID);
  assert_refused (coach, bad, text, strchr (text + length / 2, '\n') + 1 - text, "",
                  HIP_PROGRAMME_FILE_ERROR_INVALID);
  assert_refused (coach, bad, "", 0, "no [Strong Hips Programme] group",
                  HIP_PROGRAMME_FILE_ERROR_INVALID);
  assert_refused (coach, bad, "\x89PNG\r\n\x1a\n\0\0", 10, "This is not a programme file",
                  HIP_PROGRAMME_FILE_ERROR_INVALID);
}

/* A failure after the first own exercise is written leaves nothing: one transaction. */
static void
test_all_or_nothing (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HipCoach) sender = coach_with_programme ();
  g_autoptr(HipCoach) receiver = new_coach ();
  g_autoptr(HipExercise) second = new_own_exercise ("user-test-second", "Second");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL, *before = NULL, *after = NULL;
  g_autoptr(HipProgrammeFile) file = NULL;
  HipPrescription *p;

  g_assert_true (hip_store_save_exercise (hip_coach_get_store (sender), second, &error));
  g_assert_true (hip_catalogue_add (hip_coach_get_catalogue (sender), second, &error));
  p = ((HipSession *) hip_coach_get_plan (sender, NULL)->sessions->pdata[1])->items->pdata[0];
  g_set_object (&p->exercise, second);
  g_assert_true (hip_coach_save_plan (sender, &error));
  path = export (sender, f->dir, "two.strong-hips-programme");

  file = hip_coach_review_programme (receiver, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (file->own->len, ==, 2);
  /* Behind the coach's back, the second id is taken after the review. */
  g_assert_true (hip_store_save_exercise (hip_coach_get_store (receiver), second, &error));
  before = count_rows (receiver);
  g_assert_false (hip_coach_import_programme (receiver, file, TRUE, NULL, &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_INVALID);
  after = count_rows (receiver);
  g_assert_cmpstr (before, ==, after);
  g_assert_null (hip_catalogue_lookup (hip_coach_get_catalogue (receiver), OWN_ID));
}

/* An urgent screening answer allows no programme: not an imported one either. */
static void
test_screening (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HipCoach) sender = coach_with_programme ();
  g_autoptr(HipCoach) receiver = new_coach ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export (sender, f->dir, "p.strong-hips-programme");
  g_autoptr(HipProgrammeFile) file = hip_coach_review_programme (receiver, path, &error);

  g_assert_no_error (error);
  hip_coach_save_screening (receiver, 1, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (hip_coach_import_programme (receiver, file, TRUE, NULL, &error));
  g_assert_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_SCREENING);
  g_assert_false (hip_coach_has_programme (receiver));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/programme-file/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/core/programme-file/own-exercise-fates", Fixture, NULL, fixture_set_up,
              test_own_exercise_fates, fixture_tear_down);
  g_test_add ("/core/programme-file/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);
  g_test_add ("/core/programme-file/all-or-nothing", Fixture, NULL, fixture_set_up,
              test_all_or_nothing, fixture_tear_down);
  g_test_add ("/core/programme-file/screening", Fixture, NULL, fixture_set_up, test_screening,
              fixture_tear_down);
  return g_test_run ();
}
