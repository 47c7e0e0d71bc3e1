/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The browser's search and filters, checked against a plain recomputation over the catalogue. */

#include "config.h"

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-exercise-query.h"

static HipCatalogue *catalogue;

static GPtrArray *
run_query (HipExerciseQuery *query)
{
  GPtrArray *ids = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      if (hip_exercise_query_matches (query, e))
        g_ptr_array_add (ids, (gpointer) hip_exercise_get_id (e));
    }
  return ids;
}

static gboolean
contains (GPtrArray  *ids,
          const char *id)
{
  return g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL);
}

typedef struct
{
  const char *text;
  const char *expected;   /* an id that must be found */
  const char *excluded;   /* an id that must not be */
} TextCase;

static void
test_text (void)
{
  static const TextCase cases[] = {
    { "lunge", "forward-lunge", "glute-bridge" },
    { "LUNGE fwd", NULL, "forward-lunge" },           /* every word must match */
    { "clam", "clamshell", "forward-lunge" },         /* prefixes match */
    { "gluteus med", "side-lying-hip-abduction", NULL }, /* muscles */
    { "adduction", "copenhagen-plank-short", "clamshell" }, /* hip actions */
    { "transverse", "transverse-lunge", "glute-bridge" },   /* planes */
    { "band", "banded-clamshell", NULL },             /* equipment and names */
    { "  ", "forward-lunge", NULL },                  /* blank matches all */
    { "qzxv", NULL, "forward-lunge" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HipExerciseQuery) query = hip_exercise_query_new ();
      g_autoptr(GPtrArray) ids = NULL;

      hip_exercise_query_set_text (query, cases[i].text);
      ids = run_query (query);
      g_test_message ("“%s”: %u results", cases[i].text, ids->len);
      if (cases[i].expected != NULL)
        g_assert_true (contains (ids, cases[i].expected));
      if (cases[i].excluded != NULL)
        g_assert_false (contains (ids, cases[i].excluded));
    }
}

static void
test_accents_and_synonyms (void)
{
  g_autoptr(HipExercise) e = hip_exercise_new ("user-x");
  const char *synonyms[] = { "Hüftbeuger-Dehnung", NULL };

  hip_exercise_set_name (e, "Étirement");
  hip_exercise_set_synonyms (e, synonyms);
  g_assert_true (hip_exercise_matches_text (e, "etire"));
  g_assert_true (hip_exercise_matches_text (e, "ÉTIRE"));
  g_assert_true (hip_exercise_matches_text (e, "huftbeuger"));
  g_assert_false (hip_exercise_matches_text (e, "stretch"));

  /* The cached words follow changes to the exercise. */
  hip_exercise_set_name (e, "Stretch");
  g_assert_true (hip_exercise_matches_text (e, "stretch"));
  hip_exercise_set_muscle_role (e, HIP_MUSCLE_PIRIFORMIS, HIP_MUSCLE_ROLE_PRIMARY);
  g_assert_true (hip_exercise_matches_text (e, "pirif"));
}

/* Every facet against its direct definition, for every value it can take. */
static void
test_facets (void)
{
  g_autoptr(HipExerciseQuery) query = hip_exercise_query_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  for (int plane = 0; plane < HIP_N_PLANES; plane++)
    {
      g_autoptr(GPtrArray) ids = NULL;
      guint expected = 0;

      g_object_set (query, "plane", plane, NULL);
      ids = run_query (query);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

          expected += hip_exercise_has_plane (e, plane);
        }
      g_assert_cmpuint (ids->len, ==, expected);
      g_assert_cmpuint (ids->len, >, 0);
    }
  hip_exercise_query_clear_filters (query);

  for (int level = 0; level < HIP_N_LEVELS; level++)
    for (int kind = 0; kind < HIP_N_KINDS; kind++)
      {
        g_autoptr(GPtrArray) ids = NULL;
        guint expected = 0;

        g_object_set (query, "level", level, "kind", kind, NULL);
        g_assert_cmpuint (hip_exercise_query_get_n_filters (query), ==, 2);
        ids = run_query (query);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

            expected += (int) hip_exercise_get_level (e) == level &&
                        (int) hip_exercise_get_kind (e) == kind;
          }
        g_assert_cmpuint (ids->len, ==, expected);
      }
  hip_exercise_query_clear_filters (query);
  g_assert_cmpuint (hip_exercise_query_get_n_filters (query), ==, 0);
}

static void
test_equipment (void)
{
  g_autoptr(HipExerciseQuery) query = hip_exercise_query_new ();
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) band = NULL;

  g_object_set (query, "equipment", HIP_EQUIPMENT_NONE, NULL);
  none = run_query (query);
  g_assert_true (contains (none, "forward-lunge"));
  g_assert_false (contains (none, "banded-clamshell"));

  g_object_set (query, "equipment", HIP_EQUIPMENT_BAND, NULL);
  band = run_query (query);
  g_assert_true (contains (band, "banded-clamshell"));
  g_assert_false (contains (band, "forward-lunge"));
}

static void
test_muscles_and_actions (void)
{
  g_autoptr(HipExerciseQuery) query = hip_exercise_query_new ();
  g_autoptr(GPtrArray) adductors = NULL;
  g_autoptr(GPtrArray) combined = NULL;

  g_object_set (query, "muscle-group", HIP_MUSCLE_GROUP_ADDUCTORS, NULL);
  adductors = run_query (query);
  g_assert_true (contains (adductors, "adductor-squeeze"));
  g_assert_false (contains (adductors, "dead-bug"));

  /* Facets combine with AND, and with the text. */
  g_object_set (query, "action", HIP_ACTION_ADDUCTION, "text", "plank", NULL);
  combined = run_query (query);
  g_assert_cmpuint (combined->len, >, 0);
  g_assert_cmpuint (combined->len, <, adductors->len);
  for (guint i = 0; i < combined->len; i++)
    {
      HipExercise *e = hip_catalogue_lookup (catalogue, combined->pdata[i]);

      g_assert_true (hip_exercise_get_action_weight (e, HIP_ACTION_ADDUCTION) > 0);
      g_assert_true (hip_exercise_works_muscle_group (e, HIP_MUSCLE_GROUP_ADDUCTORS));
    }
}

/* The person's own exercise is searched and filtered like the catalogue's, beside them. */
static void
test_own_exercise (void)
{
  static const char *texts[] = { "hüft", "HUFT", "piriformis", "external rot", "transverse" };
  g_autoptr(HipExercise) own = hip_exercise_new ("user-test-own");
  g_autoptr(HipExerciseQuery) query = hip_exercise_query_new ();
  g_autoptr(GPtrArray) rotators = NULL;

  hip_exercise_set_origin (own, HIP_ORIGIN_USER);
  hip_exercise_set_name (own, "Hüftkissen-Drücken");
  hip_exercise_set_level (own, HIP_LEVEL_ADVANCED);
  hip_exercise_set_kind (own, HIP_KIND_HOLD);
  hip_exercise_set_equipment (own, HIP_EQUIPMENT_BAND);
  hip_exercise_add_plane (own, HIP_PLANE_TRANSVERSE);
  hip_exercise_set_action_weight (own, HIP_ACTION_EXTERNAL_ROTATION, 1.0);
  hip_exercise_set_muscle_role (own, HIP_MUSCLE_PIRIFORMIS, HIP_MUSCLE_ROLE_PRIMARY);
  g_assert_true (hip_catalogue_add (catalogue, own, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) ids = NULL;

      hip_exercise_query_set_text (query, texts[i]);
      ids = run_query (query);
      g_assert_true (contains (ids, "user-test-own"));
    }
  hip_exercise_query_set_text (query, "");
  g_object_set (query, "plane", HIP_PLANE_TRANSVERSE, "muscle-group",
                HIP_MUSCLE_GROUP_DEEP_ROTATORS, "equipment", HIP_EQUIPMENT_BAND, "level",
                HIP_LEVEL_ADVANCED, "kind", HIP_KIND_HOLD, NULL);
  rotators = run_query (query);
  g_assert_true (contains (rotators, "user-test-own"));
  g_object_set (query, "kind", HIP_KIND_REPS, NULL);
  g_clear_pointer (&rotators, g_ptr_array_unref);
  rotators = run_query (query);
  g_assert_false (contains (rotators, "user-test-own"));

  /* The source: only the person's own, or only the catalogue's. */
  {
    g_autoptr(HipExerciseQuery) mine = hip_exercise_query_new ();
    g_autoptr(GPtrArray) own_ids = NULL;
    g_autoptr(GPtrArray) catalogue_ids = NULL;

    g_object_set (mine, "origin", HIP_ORIGIN_USER, NULL);
    own_ids = run_query (mine);
    g_assert_cmpuint (own_ids->len, ==, 1);
    g_assert_true (contains (own_ids, "user-test-own"));
    g_object_set (mine, "origin", HIP_ORIGIN_CATALOGUE, NULL);
    catalogue_ids = run_query (mine);
    g_assert_false (contains (catalogue_ids, "user-test-own"));
    g_assert_cmpuint (catalogue_ids->len, ==,
                      g_list_model_get_n_items (G_LIST_MODEL (catalogue)) - 1);
  }

  g_assert_true (hip_catalogue_remove (catalogue, "user-test-own", FALSE));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  catalogue = hip_catalogue_new_default (NULL);
  g_assert_nonnull (catalogue);

  g_test_add_func ("/core/query/text", test_text);
  g_test_add_func ("/core/query/accents-and-synonyms", test_accents_and_synonyms);
  g_test_add_func ("/core/query/facets", test_facets);
  g_test_add_func ("/core/query/equipment", test_equipment);
  g_test_add_func ("/core/query/muscles-and-actions", test_muscles_and_actions);
  g_test_add_func ("/core/query/own-exercise", test_own_exercise);

  status = g_test_run ();
  g_clear_object (&catalogue);
  return status;
}
