/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Validates the shipped catalogue as a whole (ids, links, ladders, coverage, text) and the
 * parser's handling of bad documents. */

#include "config.h"

#include <string.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"

static HipCatalogue *
load_default (void)
{
  g_autoptr(GError) error = NULL;
  HipCatalogue *catalogue = hip_catalogue_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

static HipExercise *
nth (HipCatalogue *catalogue,
     guint         i)
{
  g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

  return exercise; /* the catalogue keeps its own reference */
}

static void
assert_text (const char *text,
             const char *what,
             const char *id)
{
  if (text == NULL || strspn (text, " \t\n") == strlen (text))
    g_error ("%s: empty %s", id, what);
}

static void
assert_all_text (const char * const *texts,
                 const char         *what,
                 const char         *id)
{
  g_assert_cmpuint (g_strv_length ((char **) texts), >, 0);
  for (guint i = 0; texts[i] != NULL; i++)
    assert_text (texts[i], what, id);
}

static void
test_text_complete (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  g_assert_cmpuint (n, >=, 40);
  for (guint i = 0; i < n; i++)
    {
      HipExercise *e = nth (catalogue, i);
      const char *id = hip_exercise_get_id (e);
      gboolean has_primary_muscle = FALSE;

      assert_text (hip_exercise_get_name (e), "name", id);
      assert_text (hip_exercise_get_summary (e), "summary", id);
      assert_text (hip_exercise_get_safety_note (e), "safety note", id);
      assert_text (hip_exercise_get_motion (e), "motion", id);
      assert_all_text (hip_exercise_get_steps (e), "step", id);
      assert_all_text (hip_exercise_get_cues (e), "cue", id);
      assert_all_text (hip_exercise_get_synonyms (e), "synonym", id);
      for (guint c = 0; c < HIP_N_CONDITIONS; c++)
        if (hip_exercise_get_contraindication (e, c) != NULL)
          assert_text (hip_exercise_get_contraindication (e, c), "contraindication", id);

      g_assert_cmpuint (hip_exercise_get_planes (e), !=, 0);
      for (guint m = 0; m < HIP_N_MUSCLES; m++)
        has_primary_muscle |= hip_exercise_get_muscle_role (e, m) == HIP_MUSCLE_ROLE_PRIMARY;
      if (!has_primary_muscle)
        g_error ("%s has no primary muscle", id);
      /* Catalogue ids never collide with the ids of users' own exercises. */
      g_assert_false (g_str_has_prefix (id, "user-"));
      /* The catalogue never repeats the outdated cue (SCIENCE.md §7). */
      for (guint c = 0; hip_exercise_get_cues (e)[c] != NULL; c++)
        g_assert_null (strstr (hip_exercise_get_cues (e)[c], "past the toe"));
    }
}

static void
test_links_resolve (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (guint i = 0; i < n; i++)
    {
      HipExercise *e = nth (catalogue, i);
      const char * const *down = hip_exercise_get_regressions (e);
      const char * const *up = hip_exercise_get_progressions (e);

      for (guint k = 0; down[k] != NULL; k++)
        {
          HipExercise *target = hip_catalogue_lookup (catalogue, down[k]);

          if (target == NULL)
            g_error ("%s: regression %s does not exist", hip_exercise_get_id (e), down[k]);
          /* A ladder reads the same from both ends. */
          g_assert_true (g_strv_contains (hip_exercise_get_progressions (target),
                                          hip_exercise_get_id (e)));
        }
      for (guint k = 0; up[k] != NULL; k++)
        {
          HipExercise *target = hip_catalogue_lookup (catalogue, up[k]);

          if (target == NULL)
            g_error ("%s: progression %s does not exist", hip_exercise_get_id (e), up[k]);
          g_assert_true (g_strv_contains (hip_exercise_get_regressions (target),
                                          hip_exercise_get_id (e)));
        }
    }
}

/* Depth-first search over progressions; 1 = on the current path, 2 = done. */
static gboolean
has_cycle (HipCatalogue *catalogue,
           const char   *id,
           GHashTable   *state)
{
  int s = GPOINTER_TO_INT (g_hash_table_lookup (state, id));
  const char * const *up;

  if (s == 1)
    return TRUE;
  if (s == 2)
    return FALSE;

  g_hash_table_insert (state, (gpointer) id, GINT_TO_POINTER (1));
  up = hip_exercise_get_progressions (hip_catalogue_lookup (catalogue, id));
  for (guint k = 0; up[k] != NULL; k++)
    if (has_cycle (catalogue, up[k], state))
      return TRUE;
  g_hash_table_insert (state, (gpointer) id, GINT_TO_POINTER (2));
  return FALSE;
}

static void
test_ladders_acyclic (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  g_autoptr(GHashTable) state = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (guint i = 0; i < n; i++)
    g_assert_false (has_cycle (catalogue, hip_exercise_get_id (nth (catalogue, i)), state));
}

static void
test_ladder_detects_cycle (void)
{
  /* The check above must be able to fail: a two-step loop is found. */
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new ();
  g_autoptr(GHashTable) state = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(HipExercise) a = hip_exercise_new ("a");
  g_autoptr(HipExercise) b = hip_exercise_new ("b");
  const char *to_b[] = { "b", NULL }, *to_a[] = { "a", NULL };

  hip_exercise_set_progressions (a, to_b);
  hip_exercise_set_progressions (b, to_a);
  g_assert_true (hip_catalogue_add (catalogue, a, NULL));
  g_assert_true (hip_catalogue_add (catalogue, b, NULL));
  g_assert_true (has_cycle (catalogue, "a", state));
}

static void
test_required_exercises (void)
{
  static const char *required[] = {
    /* lunges */
    "forward-lunge", "reverse-lunge", "lateral-lunge", "transverse-lunge", "curtsy-lunge",
    "multiplanar-lunge", "split-squat", "walking-lunge",
    /* core stabilisers */
    "dead-bug", "bird-dog", "side-plank", "curl-up", "pallof-press",
    /* stretches and mobility */
    "half-kneeling-hip-flexor-stretch", "ninety-ninety-stretch", "figure-four-stretch",
    "adductor-rock-back", "hamstring-stretch",
  };
  static const char *stretches[] = {
    "half-kneeling-hip-flexor-stretch", "ninety-ninety-stretch", "figure-four-stretch",
    "hamstring-stretch",
  };
  static const char *core[] = { "dead-bug", "bird-dog", "side-plank", "curl-up", "pallof-press" };
  g_autoptr(HipCatalogue) catalogue = load_default ();
  HipExercise *multi;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (hip_catalogue_lookup (catalogue, required[i]) == NULL)
      g_error ("the catalogue lacks %s", required[i]);

  for (guint i = 0; i < G_N_ELEMENTS (stretches); i++)
    g_assert_cmpint (hip_exercise_get_kind (hip_catalogue_lookup (catalogue, stretches[i])), ==,
                     HIP_KIND_STRETCH);

  for (guint i = 0; i < G_N_ELEMENTS (core); i++)
    {
      HipExercise *e = hip_catalogue_lookup (catalogue, core[i]);
      gboolean core_primary = FALSE;

      for (guint m = 0; m < HIP_N_MUSCLES; m++)
        core_primary |= hip_muscle_get_group (m) == HIP_MUSCLE_GROUP_CORE &&
                        hip_exercise_get_muscle_role (e, m) == HIP_MUSCLE_ROLE_PRIMARY;
      g_assert_true (core_primary);
    }

  /* The multi-planar lunge covers all three planes. */
  multi = hip_catalogue_lookup (catalogue, "multiplanar-lunge");
  g_assert_cmpuint (hip_exercise_get_planes (multi), ==, 7);
  g_assert_true (hip_exercise_has_plane (hip_catalogue_lookup (catalogue, "transverse-lunge"),
                                         HIP_PLANE_TRANSVERSE));
  g_assert_true (hip_exercise_has_plane (hip_catalogue_lookup (catalogue, "lateral-lunge"),
                                         HIP_PLANE_FRONTAL));
}

static void
test_action_coverage (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));
  guint primaries[HIP_N_ACTIONS] = { 0 };

  for (guint i = 0; i < n; i++)
    for (guint a = 0; a < HIP_N_ACTIONS; a++)
      primaries[a] += hip_exercise_is_primary_action (nth (catalogue, i), a);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      g_test_message ("%s: %u primary exercises", hip_enum_to_nick (HIP_TYPE_ACTION, a),
                      primaries[a]);
      g_assert_cmpuint (primaries[a], >=, 4);
    }
}

static gboolean
is_stretch_family (HipExercise *e)
{
  return hip_exercise_get_kind (e) == HIP_KIND_STRETCH;
}

/* Every exercise has a regression: an easier exercise, or for the easiest of a ladder a
 * supported or partial-range version of itself, said in words. */
static void
test_every_regression (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (guint i = 0; i < n; i++)
    {
      HipExercise *e = nth (catalogue, i);
      const char *easier = hip_exercise_get_easier (e);

      if (hip_exercise_get_regressions (e)[0] == NULL && (easier == NULL || strlen (easier) < 20))
        g_error ("%s has no regression", hip_exercise_get_id (e));
    }
}

/* Ladders keep their kind: a strength exercise steps to strength work that shares its main
 * action (core work to core work), a stretch to a stretch. */
static void
test_ladders_keep_kind (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (guint i = 0; i < n; i++)
    {
      HipExercise *e = nth (catalogue, i);
      const char * const *lists[] = { hip_exercise_get_regressions (e),
                                      hip_exercise_get_progressions (e) };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint k = 0; lists[l][k] != NULL; k++)
          {
            HipExercise *other = hip_catalogue_lookup (catalogue, lists[l][k]);
            gboolean shares = FALSE, both_core = TRUE;

            g_assert_nonnull (other);
            if (is_stretch_family (e) != is_stretch_family (other))
              g_error ("%s steps to %s, of another kind", hip_exercise_get_id (e),
                       hip_exercise_get_id (other));
            for (guint a = 0; a < HIP_N_ACTIONS; a++)
              {
                shares |= hip_exercise_get_action_weight (e, a) >= 0.5 &&
                          hip_exercise_get_action_weight (other, a) >= 0.5;
                both_core &= !hip_exercise_is_primary_action (e, a) &&
                             !hip_exercise_is_primary_action (other, a);
              }
            if (!shares && !both_core && !is_stretch_family (e))
              g_error ("%s steps to %s, which trains something else", hip_exercise_get_id (e),
                       hip_exercise_get_id (other));
          }
    }
}

/* SCIENCE.md §8: every level can be served, for every hip action, with no equipment, and by
 * exercises of that level itself; every exercise has a motion to draw it. */
static void
test_no_equipment_levels (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (HipLevel level = 0; level < HIP_N_LEVELS; level++)
    for (HipAction a = 0; a < HIP_N_ACTIONS; a++)
      {
        guint found = 0;

        for (guint i = 0; i < n; i++)
          {
            HipExercise *e = nth (catalogue, i);

            found += hip_exercise_get_level (e) == level &&
                     hip_exercise_get_equipment (e) == HIP_EQUIPMENT_NONE &&
                     hip_exercise_is_primary_action (e, a) &&
                     hip_exercise_get_kind (e) != HIP_KIND_STRETCH;
          }
        g_test_message ("%s, %s: %u with no equipment", hip_enum_to_nick (HIP_TYPE_LEVEL, level),
                        hip_enum_to_nick (HIP_TYPE_ACTION, a), found);
        if (found < 2)
          g_error ("%s %s: only %u exercises need no equipment",
                   hip_enum_to_nick (HIP_TYPE_LEVEL, level), hip_enum_to_nick (HIP_TYPE_ACTION, a),
                   found);
      }
  for (guint i = 0; i < n; i++)
    {
      HipExercise *e = nth (catalogue, i);

      g_assert_nonnull (hip_exercise_get_motion (e));
      /* Household items are never listed as equipment, and no exercise requires a mat. */
      g_assert_cmpuint (hip_exercise_get_equipment (e) & HIP_EQUIPMENT_MAT, ==, 0);
    }
}

/* SCIENCE.md §5: the roles that the v1 catalogue had wrong. */
static void
test_roles_by_position (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  HipExercise *seated = hip_catalogue_lookup (catalogue, "seated-hip-external-rotation");
  HipExercise *curl_up = hip_catalogue_lookup (catalogue, "curl-up");
  HipExercise *lateral = hip_catalogue_lookup (catalogue, "lateral-lunge");
  HipExercise *quarter = hip_catalogue_lookup (catalogue, "quarter-turn-lunge");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  /* At 90° of flexion the piriformis does not rotate the hip outwards. */
  g_assert_true (hip_exercise_get_muscle_role (seated, HIP_MUSCLE_PIRIFORMIS) == HIP_MUSCLE_ROLE_NONE);
  g_assert_cmpfloat (hip_exercise_get_action_weight (curl_up, HIP_ACTION_FLEXION), ==, 0);
  g_assert_cmpfloat_with_epsilon (hip_exercise_get_action_weight (lateral, HIP_ACTION_ADDUCTION),
                                  0.5, 1e-9);
  g_assert_true (hip_exercise_has_plane (quarter, HIP_PLANE_TRANSVERSE));
  g_assert_true (hip_exercise_has_plane (quarter, HIP_PLANE_SAGITTAL));
  g_assert_nonnull (hip_exercise_get_contraindication (quarter, HIP_CONDITION_KNEE_PAIN));
  g_assert_cmpint (hip_exercise_get_level (quarter), >=, HIP_LEVEL_INTERMEDIATE);
  /* No internal rotation after a posterior-approach hip replacement. */
  for (guint i = 0; i < n; i++)
    {
      HipExercise *e = nth (catalogue, i);

      if (hip_exercise_get_action_weight (e, HIP_ACTION_INTERNAL_ROTATION) > 0)
        g_assert_nonnull (hip_exercise_get_contraindication (e,
                            HIP_CONDITION_POSTERIOR_HIP_REPLACEMENT));
    }
}

static void
test_listing (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  g_autofree char *listing = hip_catalogue_format_listing (catalogue);
  g_auto(GStrv) lines = g_strsplit (listing, "\n", -1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  /* One line per exercise, and the text ends with a newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, n + 1);
  g_assert_cmpstr (lines[n], ==, "");

  for (guint i = 0; i < n; i++)
    {
      HipExercise *e = nth (catalogue, i);
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 7);
      g_assert_cmpstr (fields[0], ==, hip_exercise_get_id (e));
      g_assert_cmpstr (fields[1], ==, hip_exercise_get_name (e));
      g_assert_cmpstr (fields[4], ==, hip_enum_to_nick (HIP_TYPE_LEVEL,
                                                        hip_exercise_get_level (e)));
      g_assert_cmpstr (fields[6], ==, hip_enum_to_nick (HIP_TYPE_KIND, hip_exercise_get_kind (e)));
      if (hip_exercise_get_equipment (e) == HIP_EQUIPMENT_NONE)
        g_assert_cmpstr (fields[5], ==, "none");
      else
        g_assert_null (strstr (fields[5], "none"));
      /* A choice of items is one entry: "dumbbell|kettlebell". */
      if (hip_exercise_get_equipment_choice (e) != HIP_EQUIPMENT_NONE)
        g_assert_nonnull (strchr (fields[5], '|'));
    }

  g_assert_nonnull (strstr (listing, "\nmultiplanar-lunge\t"));
  g_assert_nonnull (strstr (listing, "\tsagittal,frontal,transverse\t"));
}

static void
assert_parse_error (const char *xml,
                    const char *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_from_bytes (bytes, &error);

  g_assert_null (catalogue);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, expected));
}

#define EXERCISE(id, body) \
  "<exercise id=\"" id "\" level=\"beginner\" kind=\"reps\" unilateral=\"false\">" \
  "<name>N</name>" body "</exercise>"

static void
test_parse_errors (void)
{
  assert_parse_error ("<catalogue version=\"1\"><exercise", "");
  assert_parse_error ("<catalogue>" EXERCISE ("a", "") "</catalogue>", "version");
  assert_parse_error ("<catalogue version=\"1\">\n\n" EXERCISE ("a", "<actions>"
                      "<action id=\"flexon\" weight=\"1\"/></actions>") "</catalogue>",
                      "line 3: unknown id “flexon”");
  assert_parse_error ("<catalogue version=\"1\">" EXERCISE ("a", "<actions>"
                      "<action id=\"flexion\" weight=\"2\"/></actions>") "</catalogue>",
                      "weight");
  assert_parse_error ("<catalogue version=\"1\">" EXERCISE ("a", "") EXERCISE ("a", "")
                      "</catalogue>", "share the id");
  assert_parse_error ("<catalogue version=\"1\"><exercise id=\"a\" level=\"expert\" "
                      "kind=\"reps\" unilateral=\"false\"/></catalogue>", "unknown level");
}

static void
test_structured_properties (void)
{
  g_autoptr(HipCatalogue) catalogue = load_default ();
  HipExercise *clam = hip_catalogue_lookup (catalogue, "clamshell");
  g_autoptr(GVariant) actions = NULL;
  g_autoptr(GVariant) muscles = NULL;
  g_autoptr(GVariant) contraindications = NULL;
  double weight = 0;
  const char *role = NULL;

  g_object_get (clam, "actions", &actions, "muscles", &muscles,
                "contraindications", &contraindications, NULL);
  g_assert_true (g_variant_lookup (actions, "external-rotation", "d", &weight));
  g_assert_cmpfloat (weight, ==, hip_exercise_get_action_weight (clam,
                                                                  HIP_ACTION_EXTERNAL_ROTATION));
  g_assert_true (g_variant_lookup (muscles, "gluteus-medius", "&s", &role));
  g_assert_cmpstr (role, ==, hip_enum_to_nick (HIP_TYPE_MUSCLE_ROLE,
                                               hip_exercise_get_muscle_role (
                                                 clam, HIP_MUSCLE_GLUTEUS_MEDIUS)));
  g_assert_cmpuint (g_variant_n_children (contraindications), <=, HIP_N_CONDITIONS);
}

/* Catalogue 2: where an exercise is done, warm-up drills, a choice of equipment, a band's
 * anchor and the easier version of itself; and what it refuses. */
static void
test_parse_v2 (void)
{
  static const char xml[] =
    "<catalogue version=\"2\">"
    "<exercise id=\"a\" level=\"beginner\" kind=\"timed\" unilateral=\"false\" "
    "position=\"floor\" warm-up=\"true\"><name>N</name>"
    "<equipment><item id=\"dumbbell\" or=\"kettlebell\"/><item id=\"band\" anchor=\"door\"/>"
    "</equipment><regressions><easier>Only  halfway.</easier></regressions></exercise>"
    "</catalogue>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_from_bytes (bytes, &error);
  HipExercise *a;
  g_autofree char *needs = NULL;

  g_assert_no_error (error);
  a = hip_catalogue_lookup (catalogue, "a");
  g_assert_cmpint (hip_exercise_get_position (a), ==, HIP_POSITION_FLOOR);
  g_assert_cmpint (hip_exercise_get_kind (a), ==, HIP_KIND_TIMED);
  g_assert_true (hip_exercise_get_warm_up (a));
  g_assert_true (hip_exercise_get_band_anchored (a));
  g_assert_cmpstr (hip_exercise_get_easier (a), ==, "Only halfway.");
  g_assert_cmpuint (hip_exercise_get_equipment_choice (a), ==,
                    HIP_EQUIPMENT_DUMBBELL | HIP_EQUIPMENT_KETTLEBELL);
  g_assert_true (hip_exercise_can_do_with (a, HIP_EQUIPMENT_KETTLEBELL | HIP_EQUIPMENT_BAND));
  g_assert_true (hip_exercise_can_do_with (a, HIP_EQUIPMENT_DUMBBELL | HIP_EQUIPMENT_BAND));
  g_assert_false (hip_exercise_can_do_with (a, HIP_EQUIPMENT_DUMBBELL));
  g_assert_false (hip_exercise_can_do_with (a, HIP_EQUIPMENT_BAND));
  needs = hip_exercise_describe_equipment (a, ", ");
  g_assert_cmpstr (needs, ==, "Resistance band on a door anchor, Dumbbell or Kettlebell");

  assert_parse_error ("<catalogue version=\"2\">" EXERCISE ("a", "") "</catalogue>",
                      "missing attribute “position”");
  assert_parse_error ("<catalogue version=\"1\">" EXERCISE ("a", "<equipment><item id=\"mat\" "
                      "anchor=\"door\"/></equipment>") "</catalogue>", "anchor");
  assert_parse_error ("<catalogue version=\"1\">" EXERCISE ("a", "<equipment><item id=\"chair\"/>"
                      "</equipment>") "</catalogue>", "unknown equipment");
  assert_parse_error ("<catalogue version=\"1\">" EXERCISE ("a", "<equipment><item "
                      "id=\"dumbbell\" or=\"kettlebell\"/><item id=\"band\" or=\"cable\"/>"
                      "</equipment>") "</catalogue>", "one choice");
}

static void
test_parse_minimal (void)
{
  static const char xml[] =
    "<catalogue version=\"1\">"
    EXERCISE ("a", "<synonyms>one;  two words ;</synonyms>"
                   "<summary>  spread\n   over   lines </summary>"
                   "<planes><plane id=\"frontal\"/></planes>"
                   "<equipment><item id=\"band\"/><item id=\"mat\"/></equipment>"
                   "<muscles><muscle id=\"gluteus-medius\" role=\"primary\"/></muscles>")
    "</catalogue>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_from_bytes (bytes, &error);
  HipExercise *a;
  const char *synonyms[] = { "one", "two words", NULL };

  g_assert_no_error (error);
  g_assert_cmpuint (hip_catalogue_get_version (catalogue), ==, 1);
  a = hip_catalogue_lookup (catalogue, "a");
  g_assert_true (g_strv_equal (hip_exercise_get_synonyms (a), synonyms));
  /* White space is folded as xgettext folds it, so translations are found. */
  g_assert_cmpstr (hip_exercise_get_summary (a), ==, "spread over lines");
  g_assert_cmpuint (hip_exercise_get_equipment (a), ==, HIP_EQUIPMENT_BAND | HIP_EQUIPMENT_MAT);
  g_assert_true (hip_exercise_has_plane (a, HIP_PLANE_FRONTAL));
  g_assert_false (hip_exercise_has_plane (a, HIP_PLANE_SAGITTAL));
  g_assert_cmpint (hip_exercise_get_muscle_role (a, HIP_MUSCLE_GLUTEUS_MEDIUS), ==,
                   HIP_MUSCLE_ROLE_PRIMARY);
  g_assert_cmpint (hip_exercise_get_muscle_role (a, HIP_MUSCLE_GLUTEUS_MAXIMUS), ==,
                   HIP_MUSCLE_ROLE_NONE);
}

/* Reads the msgids of a .pot file, joining continued lines and undoing C escapes. */
static GHashTable *
read_msgids (const char *pot)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = g_strsplit (pot, "\n", -1);
  GString *current = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "msgid \""))
        {
          current = g_string_new (NULL);
          line += strlen ("msgid ");
        }
      else if (current == NULL || line[0] != '"')
        {
          if (current != NULL)
            g_hash_table_add (ids, g_string_free (current, FALSE));
          current = NULL;
          continue;
        }
      {
        g_autofree char *quoted = g_strndup (line + 1, strlen (line) - 2);
        g_autofree char *text = g_strcompress (quoted);

        g_string_append (current, text);
      }
    }
  if (current != NULL)
    g_hash_table_add (ids, g_string_free (current, FALSE));
  return ids;
}

static void
assert_msgid (GHashTable *ids,
              const char *text)
{
  if (!g_hash_table_contains (ids, text))
    g_error ("“%s” is looked up at run time but is not in the extracted strings", text);
}

/* Every string the app looks up through gettext is one that xgettext extracts with our ITS
 * rules: otherwise a translator could never translate it. */
static void
test_strings_extracted (void)
{
  const char *source = g_getenv ("STRONG_HIPS_SOURCE_DIR");
  g_autofree char *xgettext = g_find_program_in_path ("xgettext");
  g_autofree char *catalogue_path = NULL;
  g_autofree char *its_dir = NULL;
  g_autofree char *pot = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = load_default ();
  g_autoptr(GHashTable) ids = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status;

  if (source == NULL || xgettext == NULL)
    {
      g_test_skip ("needs xgettext and STRONG_HIPS_SOURCE_DIR");
      return;
    }

  catalogue_path = g_build_filename (source, "data", "catalogue", "exercises.xml", NULL);
  its_dir = g_build_filename (source, "po", NULL);
  envp = g_environ_setenv (envp, "GETTEXTDATADIRS", its_dir, TRUE);
  {
    const char *argv[] = { xgettext, "--from-code=UTF-8", "-o", "-", catalogue_path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                                 &pot, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  ids = read_msgids (pot);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      HipExercise *e = nth (catalogue, i);
      g_autofree char *synonyms = g_strjoinv (";", (char **) hip_exercise_get_synonyms (e));

      assert_msgid (ids, hip_exercise_get_name (e));
      assert_msgid (ids, hip_exercise_get_summary (e));
      assert_msgid (ids, hip_exercise_get_safety_note (e));
      for (guint k = 0; hip_exercise_get_steps (e)[k] != NULL; k++)
        assert_msgid (ids, hip_exercise_get_steps (e)[k]);
      for (guint k = 0; hip_exercise_get_cues (e)[k] != NULL; k++)
        assert_msgid (ids, hip_exercise_get_cues (e)[k]);
      for (guint c = 0; c < HIP_N_CONDITIONS; c++)
        if (hip_exercise_get_contraindication (e, c) != NULL)
          assert_msgid (ids, hip_exercise_get_contraindication (e, c));
    }
  /* Ids and enum nicks are data, not text: they must not reach translators. */
  g_assert_false (g_hash_table_contains (ids, "forward-lunge"));
  g_assert_false (g_hash_table_contains (ids, "sagittal"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/catalogue/text-complete", test_text_complete);
  g_test_add_func ("/core/catalogue/links-resolve", test_links_resolve);
  g_test_add_func ("/core/catalogue/ladders-acyclic", test_ladders_acyclic);
  g_test_add_func ("/core/catalogue/ladder-cycle-detected", test_ladder_detects_cycle);
  g_test_add_func ("/core/catalogue/required-exercises", test_required_exercises);
  g_test_add_func ("/core/catalogue/action-coverage", test_action_coverage);
  g_test_add_func ("/core/catalogue/every-regression", test_every_regression);
  g_test_add_func ("/core/catalogue/ladders-keep-kind", test_ladders_keep_kind);
  g_test_add_func ("/core/catalogue/no-equipment-levels", test_no_equipment_levels);
  g_test_add_func ("/core/catalogue/roles-by-position", test_roles_by_position);
  g_test_add_func ("/core/catalogue/listing", test_listing);
  g_test_add_func ("/core/catalogue/parse-errors", test_parse_errors);
  g_test_add_func ("/core/catalogue/parse-minimal", test_parse_minimal);
  g_test_add_func ("/core/catalogue/parse-v2", test_parse_v2);
  g_test_add_func ("/core/catalogue/structured-properties", test_structured_properties);
  g_test_add_func ("/core/catalogue/strings-extracted", test_strings_extracted);

  return g_test_run ();
}
