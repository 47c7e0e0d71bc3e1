/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The balance rules of SCIENCE.md §6, one table row per case: a synthetic week and the verdict
 * each rule must give. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hip-balance.h"
#include "hip-balance-private.h"
#include "hip-exercise.h"

/* A synthetic exercise that trains @action alone, in its plane. */
static HipExercise *
pure (HipAction action)
{
  g_autofree char *id = g_strdup_printf ("pure-%d", action);
  HipExercise *e = hip_exercise_new (id);

  hip_exercise_set_action_weight (e, action, 1.0);
  hip_exercise_add_plane (e, hip_action_get_plane (action));
  return e;
}

typedef struct
{
  const char *name;
  double      sets[HIP_N_ACTIONS];   /* flexion, extension, abduction, adduction, IR, ER */
  gboolean    expected[HIP_N_RULES]; /* every action, every plane, pairs, shares, sides */
  HipAction   weak;                  /* for the first failing rule */
} Case;

/* SCIENCE.md §6 rule 2: adduction:abduction 0.8–1.25, flexion:extension and internal:external
 * rotation 0.5–1.0, each action 8–30 % of the week. */
static const Case cases[] = {
  { "balanced", { 3, 3, 3, 3, 3, 3 }, { 1, 1, 1, 1, 1 }, 0 },
  /* Extension is 6 of 16 weighted sets: flexion:extension 0.33 and 37.5 % of the week. */
  { "gym routine: extension heavy", { 2, 6, 2, 2, 2, 2 }, { 1, 1, 0, 0, 1 }, HIP_ACTION_FLEXION },
  { "an action missing", { 3, 3, 3, 0, 3, 3 }, { 0, 1, 0, 0, 1 }, HIP_ACTION_ADDUCTION },
  { "a plane missing", { 3, 3, 3, 3, 0, 0 }, { 0, 0, 1, 0, 1 }, HIP_ACTION_INTERNAL_ROTATION },
  { "adductors weak (ratio 0.67)", { 3, 3, 3, 2, 3, 3 }, { 1, 1, 0, 1, 1 }, HIP_ACTION_ADDUCTION },
  { "flexors ahead of extensors (1.33)", { 4, 3, 3, 3, 3, 3 }, { 1, 1, 0, 1, 1 },
    HIP_ACTION_EXTENSION },
  { "internal rotation ahead (1.33)", { 3, 3, 3, 3, 4, 3 }, { 1, 1, 0, 1, 1 },
    HIP_ACTION_EXTERNAL_ROTATION },
  { "flexion at half of extension", { 2, 4, 3, 3, 3, 3 }, { 1, 1, 1, 1, 1 }, 0 },
  { "at the band's edge (ratio 1.25)", { 4, 5, 5, 4, 4, 5 }, { 1, 1, 1, 1, 1 }, 0 },
  /* Flexion is 2 of 32: 6 % of the week. */
  { "an action under 8 %", { 2, 4, 9, 9, 2, 4 }, { 1, 1, 1, 0, 1 }, HIP_ACTION_FLEXION },
};

static void
fill (HipBalance  *balance,
      const Case  *c)
{
  hip_balance_init (balance);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (c->sets[a] > 0)
      {
        g_autoptr(HipExercise) e = pure (a);

        hip_balance_add (balance, e, c->sets[a], HIP_SIDE_BOTH);
      }
}

static void
test_rules (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HipBalance balance;
      gboolean first_failure = TRUE;

      fill (&balance, &cases[i]);
      for (HipRule r = 0; r < HIP_N_RULES; r++)
        {
          g_autoptr(HipVerdict) v = hip_balance_check (&balance, r);

          g_test_message ("%s, rule %d: %s", cases[i].name, r, v->passed ? "passed" : v->message);
          if (v->passed != cases[i].expected[r])
            g_error ("%s: rule %d gave %d", cases[i].name, r, v->passed);
          /* A failure says in words what is wrong. */
          if (!v->passed)
            g_assert_cmpuint (strlen (v->message), >, 20);
          if (!v->passed && first_failure && r != HIP_RULE_EVERY_PLANE)
            {
              g_assert_cmpint (v->weak_action, ==, cases[i].weak);
              first_failure = FALSE;
            }
        }
      g_assert_cmpint (hip_balance_passes (&balance), ==,
                       cases[i].expected[0] && cases[i].expected[1] && cases[i].expected[2] &&
                       cases[i].expected[3] && cases[i].expected[4]);
      g_assert_cmpint (hip_balance_violation (&balance, 0) < 1e-9, ==,
                       cases[i].expected[0] && cases[i].expected[1] && cases[i].expected[2] &&
                       cases[i].expected[3]);
    }
}

static void
test_dominant_share (void)
{
  HipBalance balance;
  g_autoptr(HipExercise) ext = pure (HIP_ACTION_EXTENSION);
  g_autoptr(HipExercise) flex = pure (HIP_ACTION_FLEXION);
  g_autoptr(HipVerdict) v = NULL;

  /* Two actions only: each is 50 % of the hip volume. */
  hip_balance_init (&balance);
  hip_balance_add (&balance, ext, 3, HIP_SIDE_BOTH);
  hip_balance_add (&balance, flex, 3, HIP_SIDE_BOTH);
  v = hip_balance_check (&balance, HIP_RULE_SHARES);
  g_assert_false (v->passed);
  g_assert_nonnull (strstr (v->message, "50"));
}

static void
test_weights_and_sides (void)
{
  HipBalance balance;
  g_autoptr(HipExercise) lunge = hip_exercise_new ("lunge");
  g_autoptr(HipVerdict) sides = NULL;

  hip_exercise_set_action_weight (lunge, HIP_ACTION_EXTENSION, 1.0);
  hip_exercise_set_action_weight (lunge, HIP_ACTION_ADDUCTION, 0.5);
  hip_exercise_add_plane (lunge, HIP_PLANE_SAGITTAL);

  hip_balance_init (&balance);
  hip_balance_add (&balance, lunge, 3, HIP_SIDE_BOTH);
  /* Weighted sets: sets × weight. */
  g_assert_cmpfloat_with_epsilon (balance.actions[HIP_ACTION_EXTENSION], 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (balance.actions[HIP_ACTION_ADDUCTION], 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (balance.planes[HIP_PLANE_SAGITTAL], 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (balance.left, balance.right, 1e-9);

  /* An extra set on the left only breaks the sides rule. */
  hip_balance_add (&balance, lunge, 1, HIP_SIDE_LEFT);
  sides = hip_balance_check (&balance, HIP_RULE_SIDES_EQUAL);
  g_assert_false (sides->passed);
  g_assert_cmpfloat (balance.left, >, balance.right);
  g_assert_true (isinf (hip_balance_pair_ratio (&balance, HIP_ACTION_EXTENSION)));
}

/* Weighted sets as people read them: a whole number has no decimals ("4 sets", never
 * "4.0 sets"), a fraction the ones it needs (an exercise counts 1, ½ or ¼), one set is
 * singular. In the tests' C.UTF-8 locale the separator is a point; printf gives the locale's. */
static void
test_format_sets (void)
{
  static const struct { double sets; const char *number; const char *text; } table[] = {
    { 0, "0", "0 sets" },
    { 1, "1", "1 set" },
    { 4, "4", "4 sets" },
    { 4.000000001, "4", "4 sets" },
    { 0.5, "0.5", "0.5 sets" },
    { 4.25, "4.25", "4.25 sets" },
    { 2.75, "2.75", "2.75 sets" },
    { 10.0 / 3, "3.33", "3.33 sets" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autofree char *number = hip_balance_format_number (table[i].sets);
      g_autofree char *text = hip_balance_format_sets (table[i].sets);

      g_assert_cmpstr (number, ==, table[i].number);
      g_assert_cmpstr (text, ==, table[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/balance/rules", test_rules);
  g_test_add_func ("/core/balance/dominant-share", test_dominant_share);
  g_test_add_func ("/core/balance/weights-and-sides", test_weights_and_sides);
  g_test_add_func ("/core/balance/format-sets", test_format_sets);

  return g_test_run ();
}
