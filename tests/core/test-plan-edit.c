/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The programme editor's model: edits reach from the edited week to the end of the block, swaps
 * offer like for like first, and each broken rule is reported in words with a one-click change
 * that mends it (SCIENCE.md §6: "If a user's own edits break a rule, the app says which and
 * suggests the exercise that restores it"). */

#include "config.h"

#include <string.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-plan-changes.h"
#include "hip-plan-edit.h"
#include "hip-planner.h"
#include "hip-plan-private.h"

static HipCatalogue *catalogue;

static HipPlan *
generate (HipLevel level,
          guint64  seed)
{
  HipProfile profile;

  hip_profile_init (&profile);
  profile.level = level;
  profile.equipment = HIP_EQUIPMENT_ALL;
  profile.seed = seed;
  return hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
}

static int
position_of (const HipPlan *plan,
             guint          week,
             guint          session,
             const char    *id)
{
  HipSession *s = hip_plan_get_session (plan, week, session);

  for (guint i = 0; i < s->items->len; i++)
    if (g_strcmp0 (hip_exercise_get_id (((HipPrescription *) s->items->pdata[i])->exercise),
                   id) == 0)
      return (int) i;
  return -1;
}

static guint
first_main (const HipPlan *plan,
            guint          week,
            guint          session)
{
  HipSession *s = hip_plan_get_session (plan, week, session);

  for (guint i = 0; i < s->items->len; i++)
    if (((HipPrescription *) s->items->pdata[i])->part == HIP_PART_MAIN)
      return i;
  g_assert_not_reached ();
}

static guint
count_problems (const HipPlan *plan,
                guint          week)
{
  g_autoptr(GPtrArray) problems = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), week);

  return problems->len;
}

/* A generated plan has no problem to report, in any week. */
static void
test_generated_has_no_problems (void)
{
  g_autoptr(HipPlan) plan = generate (HIP_LEVEL_BEGINNER, 5);

  for (guint w = 1; w <= plan->profile.weeks; w++)
    g_assert_cmpuint (count_problems (plan, w), ==, 0);
}

/* The first alternatives train the same action in the same plane, and a swap reaches from the
 * edited week to the end of the block, leaving earlier weeks alone. */
static void
test_swap (void)
{
  g_autoptr(HipPlan) plan = generate (HIP_LEVEL_INTERMEDIATE, 7);
  guint i = first_main (plan, 2, 1);
  HipPrescription *p = hip_plan_get_session (plan, 2, 1)->items->pdata[i];
  g_autoptr(HipExercise) old = g_object_ref (p->exercise);
  HipSession *session = hip_plan_get_session (plan, 2, 1);
  g_autoptr(GPtrArray) alternatives = hip_plan_alternatives (plan, session,
                                                             G_LIST_MODEL (catalogue), old);
  HipExercise *replacement = alternatives->pdata[0];
  gboolean shared = FALSE;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    shared |= hip_exercise_is_primary_action (old, a) &&
              hip_exercise_is_primary_action (replacement, a);
  g_assert_true (shared);
  g_assert_true ((hip_exercise_get_planes (old) & hip_exercise_get_planes (replacement)) != 0);
  /* Nothing the session has already: choosing it would change nothing. */
  for (guint k = 0; k < alternatives->len; k++)
    for (guint j = 0; j < session->items->len; j++)
      g_assert_true (alternatives->pdata[k] !=
                     ((HipPrescription *) session->items->pdata[j])->exercise);

  g_assert_true (hip_plan_swap (plan, 2, 1, i, replacement));
  g_assert_cmpint (position_of (plan, 1, 1, hip_exercise_get_id (old)), >=, 0);
  for (guint w = 2; w <= plan->profile.weeks; w++)
    {
      g_assert_cmpint (position_of (plan, w, 1, hip_exercise_get_id (old)), <, 0);
      g_assert_cmpint (position_of (plan, w, 1, hip_exercise_get_id (replacement)), >=, 0);
    }
  /* Swapping for what the session has already changes nothing. */
  g_assert_false (hip_plan_swap (plan, 2, 1, i, replacement));
}

static void
test_move_and_dose (void)
{
  g_autoptr(HipPlan) plan = generate (HIP_LEVEL_BEGINNER, 11);
  guint i = first_main (plan, 1, 1);
  HipPrescription *p = hip_plan_get_session (plan, 1, 1)->items->pdata[i];
  const char *id = hip_exercise_get_id (p->exercise);

  const char *next = hip_exercise_get_id (((HipPrescription *)
                                           hip_plan_get_session (plan, 1, 1)->items->pdata[i + 1])->exercise);

  g_assert_true (hip_plan_move (plan, 1, 1, i, +1));
  g_assert_cmpint (position_of (plan, 1, 1, id), ==, (int) i + 1);
  /* In every week that has both, the exercise now comes after the one that followed it. */
  for (guint w = 1; w <= plan->profile.weeks; w++)
    if (position_of (plan, w, 1, next) >= 0 && position_of (plan, w, 1, id) >= 0)
      g_assert_cmpint (position_of (plan, w, 1, id), >, position_of (plan, w, 1, next));
  /* Nothing moves past either end: the first of a session stays first (a later week that has
   * it further down may still move it). */
  {
    HipSession *first = hip_plan_get_session (plan, 1, 1);
    HipExercise *top = ((HipPrescription *) first->items->pdata[0])->exercise;

    hip_plan_move (plan, 1, 1, 0, -1);
    g_assert_true (((HipPrescription *) first->items->pdata[0])->exercise == top);
  }

  g_assert_true (hip_plan_set_dose (plan, 3, 1, i + 1, 99, 0, 0, "8 kg"));
  p = hip_plan_get_session (plan, 3, 1)->items->pdata[i + 1];
  g_assert_cmpuint (p->sets, ==, 10);                 /* held to the store's range */
  g_assert_true (p->reps >= 1 || p->seconds >= 5);
  g_assert_cmpstr (p->load, ==, "8 kg");
  /* A dose belongs to its week. */
  p = hip_plan_get_session (plan, 4, 1)->items->pdata[i + 1];
  g_assert_cmpuint (p->sets, <, 10);
  g_assert_cmpstr (p->load, !=, "8 kg");
}

static void
assert_same_lines (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (a->pdata[i], ==, b->pdata[i]);
}

/* Applies @problem's fix, which must change exactly what its preview said, and nothing in @plan
 * before it is applied. */
static void
apply_previewed (HipPlan          *plan,
                 const HipProblem *problem)
{
  g_autoptr(HipPlan) before = hip_plan_copy (plan);
  g_autoptr(GPtrArray) remaining = NULL;
  g_autoptr(GPtrArray) preview = hip_plan_preview_fix (plan, G_LIST_MODEL (catalogue), problem,
                                                       &remaining);
  g_autoptr(GPtrArray) unchanged = hip_plan_describe_changes (before, plan);
  g_autoptr(GPtrArray) made = NULL;

  g_assert_cmpuint (unchanged->len, ==, 0);
  g_assert_cmpuint (preview->len, >, 0);
  for (guint k = 0; k < preview->len; k++)
    g_test_message ("%s: %s", problem->fix_label, (const char *) preview->pdata[k]);
  g_assert_true (hip_plan_apply_fix (plan, G_LIST_MODEL (catalogue), problem));
  made = hip_plan_describe_changes (before, plan);
  assert_same_lines (preview, made);
}

/* Removing every exercise for one action breaks rule 1; the fix names a change that mends it,
 * previewed exactly, and every week the removal reached is mended by the fixes it offers. */
static void
test_remove_and_fix (void)
{
  g_autoptr(HipPlan) plan = generate (HIP_LEVEL_INTERMEDIATE, 3);
  g_autoptr(GPtrArray) problems = NULL;
  HipProblem *problem;
  guint per_week = hip_plan_sessions_in_week (plan, 2);

  for (guint s = 1; s <= per_week; s++)
    {
      HipSession *session = hip_plan_get_session (plan, 2, s);

      for (guint i = session->items->len; i > 0; i--)
        {
          HipPrescription *p = session->items->pdata[i - 1];

          if (hip_exercise_get_action_weight (p->exercise, HIP_ACTION_ADDUCTION) > 0)
            g_assert_true (hip_plan_remove (plan, 2, s, i - 1));
        }
    }
  g_assert_cmpuint (count_problems (plan, 1), ==, 0);

  problems = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), 2);
  g_assert_cmpuint (problems->len, >, 0);
  problem = problems->pdata[0];
  g_assert_cmpint (problem->kind, ==, HIP_PROBLEM_BALANCE);
  g_assert_nonnull (strstr (problem->message, "Adduction"));
  g_assert_cmpint (problem->fix, !=, HIP_FIX_NONE);
  g_assert_nonnull (problem->fix_label);

  /* In each week, click the first offered fix until the week is mended; it takes a few at
   * most. */
  for (guint w = 2; w <= plan->profile.weeks; w++)
    {
      g_clear_pointer (&problems, g_ptr_array_unref);
      problems = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), w);
      for (guint round = 0; round < 6 && problems->len > 0; round++)
        {
          for (guint k = 0; k < problems->len; k++)
            g_test_message ("week %u: %s → %s", w, ((HipProblem *) problems->pdata[k])->message,
                            ((HipProblem *) problems->pdata[k])->fix_label);
          g_assert_cmpint (((HipProblem *) problems->pdata[0])->fix, !=, HIP_FIX_NONE);
          apply_previewed (plan, problems->pdata[0]);
          g_clear_pointer (&problems, g_ptr_array_unref);
          problems = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), w);
        }
      g_assert_cmpuint (problems->len, ==, 0);
    }
  for (guint w = 2; w <= plan->profile.weeks; w++)
    {
      HipBalance balance;
      g_autoptr(HipVerdict) v = NULL;

      hip_plan_week_balance (plan, w, &balance);
      v = hip_balance_check (&balance, HIP_RULE_EVERY_ACTION);
      g_assert_true (v->passed);
    }
  /* The fixes kept every dose inside the level's sets for the week. */
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *session = plan->sessions->pdata[s];
      guint lo, hi;

      hip_planner_get_set_range (&plan->profile, session->week, &lo, &hi);
      for (guint i = 0; i < session->items->len; i++)
        {
          HipPrescription *p = session->items->pdata[i];

          if (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE)
            {
              g_assert_cmpuint (p->sets, >=, lo);
              g_assert_cmpuint (p->sets, <=, hi);
            }
        }
    }
}

/* A fix is exactly one change: a set more or fewer in its own week and nowhere else, and
 * nothing it did not show. Too few sets of one rotation against the other in week 3 is offered
 * a change of sets; the other weeks stay as they were, and what remains is for the person to
 * see. */
static void
test_fix_is_one_change (void)
{
  gboolean found = FALSE;

  for (guint64 seed = 1; seed <= 20 && !found; seed++)
    {
      g_autoptr(HipPlan) plan = generate (HIP_LEVEL_INTERMEDIATE, seed);
      g_autoptr(GPtrArray) problems = NULL;
      guint lo, hi;

      hip_planner_get_set_range (&plan->profile, 3, &lo, &hi);
      for (guint s = 0; s < plan->sessions->len; s++)
        {
          HipSession *session = plan->sessions->pdata[s];

          for (guint i = 0; session->week == 3 && i < session->items->len; i++)
            {
              HipPrescription *p = session->items->pdata[i];

              /* As a person may set them, outside the level's range. */
              if (hip_exercise_is_primary_action (p->exercise, HIP_ACTION_INTERNAL_ROTATION))
                p->sets = 1;
              else if (hip_exercise_is_primary_action (p->exercise,
                                                       HIP_ACTION_EXTERNAL_ROTATION))
                p->sets = hi + 1;
            }
        }
      problems = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), 3);
      for (guint k = 0; k < problems->len && !found; k++)
        {
          HipProblem *problem = problems->pdata[k];
          g_autoptr(HipPlan) before = NULL;
          g_autoptr(GPtrArray) changes = NULL;

          g_test_message ("seed %" G_GUINT64_FORMAT ": %s → %s", seed, problem->message,
                          problem->fix_label);
          if (problem->fix != HIP_FIX_SETS)
            continue;
          found = TRUE;
          before = hip_plan_copy (plan);
          apply_previewed (plan, problem);
          changes = hip_plan_describe_changes (before, plan);
          g_assert_cmpuint (changes->len, ==, 1);
          g_assert_nonnull (strstr (changes->pdata[0], ", week 3: "));
        }
    }
  g_assert_true (found);
}

/* What changes from one version of a programme to another, in words: added, removed, a dose;
 * the same change over a run of weeks is one line. */
static void
test_describe_changes (void)
{
  g_autoptr(HipPlan) before = generate (HIP_LEVEL_BEGINNER, 21);
  g_autoptr(HipPlan) after = hip_plan_copy (before);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) none = hip_plan_describe_changes (before, after);
  guint i = first_main (after, 2, 1);
  HipPrescription *p = hip_plan_get_session (after, 2, 1)->items->pdata[i];
  g_autofree char *removed = NULL, *dose = NULL;
  guint sets = p->sets;

  g_assert_cmpuint (none->len, ==, 0);
  removed = g_strdup_printf ("Session 1, weeks 4–%u: remove %s", after->profile.weeks,
                             hip_exercise_get_name (
                               ((HipPrescription *) hip_plan_get_session (after, 4, 1)
                                  ->items->pdata[first_main (after, 4, 1)])->exercise));
  g_assert_true (hip_plan_remove (after, 4, 1, first_main (after, 4, 1)));
  g_assert_true (hip_plan_set_dose (after, 2, 1, i, sets + 1, p->reps, p->seconds, NULL));
  dose = g_strdup_printf ("Session 1, week 2: %s: %u → %u sets",
                          hip_exercise_get_name (p->exercise), sets, sets + 1);
  changes = hip_plan_describe_changes (before, after);
  for (guint k = 0; k < changes->len; k++)
    g_test_message ("%s", (const char *) changes->pdata[k]);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (changes->pdata[0], ==, dose);
  g_assert_cmpstr (changes->pdata[1], ==, removed);
  /* Week 2's session, and weeks 4 to the end's. */
  g_assert_cmpuint (hip_plan_count_changed_sessions (before, after), ==,
                    1 + after->profile.weeks - 3);
  g_assert_cmpuint (hip_plan_count_changed_sessions (before, before), ==, 0);
}

static HipWorkout *
workout_of (gint64   programme_id,
            guint    week,
            guint    session,
            gboolean finished)
{
  HipWorkout *w = hip_workout_new ();

  w->programme_id = programme_id;
  w->week = week;
  w->session = session;
  w->started = g_strdup ("2026-01-05T18:00:00+00");
  w->finished = finished ? g_strdup ("2026-01-05T18:30:00+00") : NULL;
  return w;
}

static gboolean
same_as (const HipSession *a,
         const HipSession *b)
{
  g_autoptr(HipPlan) x = g_new0 (HipPlan, 1);
  g_autoptr(HipPlan) y = g_new0 (HipPlan, 1);
  g_autoptr(GPtrArray) changes = NULL;

  x->sessions = hip_plan_new_sessions ();
  y->sessions = hip_plan_new_sessions ();
  x->notes = g_ptr_array_new ();
  y->notes = g_ptr_array_new ();
  g_ptr_array_add (x->sessions, hip_session_copy (a));
  g_ptr_array_add (y->sessions, hip_session_copy (b));
  x->profile.weeks = y->profile.weeks = MAX (a->week, b->week);
  changes = hip_plan_describe_changes (x, y);
  return a->week == b->week && a->session == b->session && a->day == b->day &&
         changes->len == 0;
}

/* The coming weeks made again after the profile changed, table-driven: every session a workout
 * of this programme was started for (finished or under way) stays as it was; every other one
 * is the new programme's; the new programme's weeks and sessions a week, and done sessions
 * beyond them, are kept. */
static void
test_replace_coming (void)
{
  static const struct
  {
    const char *what;
    guint       done[6][2];      /* week, session of finished workouts; { 0, 0 } ends */
    guint       under_way[2];    /* a workout started and not finished, or { 0, 0 } */
    guint       fresh_sessions;  /* the new profile's sessions a week */
    guint       fresh_weeks;
  } table[] = {
    { "nothing done", { { 0, 0 } }, { 0, 0 }, 3, 6 },
    { "the first week done", { { 1, 1 }, { 1, 2 }, { 1, 3 }, { 0, 0 } }, { 0, 0 }, 3, 6 },
    { "a week part done", { { 1, 1 }, { 1, 2 }, { 1, 3 }, { 2, 1 }, { 0, 0 } }, { 0, 0 }, 3, 6 },
    { "a session under way", { { 1, 1 }, { 0, 0 } }, { 1, 2 }, 3, 6 },
    { "fewer sessions a week", { { 1, 1 }, { 1, 2 }, { 1, 3 }, { 2, 3 }, { 0, 0 } }, { 0, 0 }, 2,
      6 },
    { "a shorter block", { { 5, 1 }, { 0, 0 } }, { 0, 0 }, 3, 4 },
    { "a longer block", { { 1, 1 }, { 0, 0 } }, { 0, 0 }, 3, 8 },
  };
  const gint64 id = 7;

  for (guint t = 0; t < G_N_ELEMENTS (table); t++)
    {
      g_autoptr(HipPlan) old = generate (HIP_LEVEL_BEGINNER, 31);
      g_autoptr(HipPlan) plan = hip_plan_copy (old);
      g_autoptr(HipPlan) fresh = NULL;
      g_autoptr(GPtrArray) workouts = g_ptr_array_new_with_free_func (
        (GDestroyNotify) hip_workout_free);
      HipProfile profile = old->profile;
      guint replaced, expected_replaced = 0, weeks;

      g_test_message ("%s", table[t].what);
      /* Another seed and knee pain: every coming session differs. */
      profile.seed = 32;
      profile.knee_pain = TRUE;
      profile.sessions_per_week = table[t].fresh_sessions;
      profile.weeks = table[t].fresh_weeks;
      fresh = hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
      for (guint s = 0; s < fresh->sessions->len; s++)
        {
          HipSession *new = fresh->sessions->pdata[s];
          HipSession *was = hip_plan_get_session (old, new->week, new->session);

          g_assert_true (was == NULL || !same_as (new, was));
        }
      for (guint k = 0; table[t].done[k][0] != 0; k++)
        g_ptr_array_add (workouts, workout_of (id, table[t].done[k][0], table[t].done[k][1],
                                               TRUE));
      if (table[t].under_way[0] != 0)
        g_ptr_array_add (workouts, workout_of (id, table[t].under_way[0],
                                               table[t].under_way[1], FALSE));
      /* Another programme's workouts keep nothing of this one. */
      g_ptr_array_add (workouts, workout_of (id + 1, 3, 1, TRUE));

      replaced = hip_plan_replace_coming (plan, fresh, workouts, id);

      weeks = table[t].fresh_weeks;
      for (guint k = 0; table[t].done[k][0] != 0; k++)
        weeks = MAX (weeks, table[t].done[k][0]);
      g_assert_cmpuint (plan->profile.weeks, ==, weeks);
      g_assert_true (plan->profile.knee_pain);
      for (guint w = 1; w <= weeks; w++)
        for (guint n = 1; n <= 7; n++)
          {
            HipSession *got = hip_plan_get_session (plan, w, n);
            HipSession *was = hip_plan_get_session (old, w, n);
            HipSession *new = hip_plan_get_session (fresh, w, n);
            gboolean kept = FALSE;

            for (guint k = 0; table[t].done[k][0] != 0; k++)
              kept |= table[t].done[k][0] == w && table[t].done[k][1] == n;
            kept |= table[t].under_way[0] == w && table[t].under_way[1] == n;
            if (kept)
              g_assert_true (got != NULL && same_as (got, was));
            else if (new != NULL)
              {
                g_assert_true (got != NULL && same_as (got, new));
                expected_replaced++;
              }
            else
              g_assert_null (got);
          }
      g_assert_cmpuint (replaced, ==, expected_replaced);
      /* In order, week by week, as the store and Today read them. */
      for (guint s = 1; s < plan->sessions->len; s++)
        {
          HipSession *a = plan->sessions->pdata[s - 1], *b = plan->sessions->pdata[s];

          g_assert_true (a->week < b->week || (a->week == b->week && a->session < b->session));
        }
    }
}

/* A session without its core stabiliser is named, and the fix puts one back. */
static void
test_core_fix (void)
{
  g_autoptr(HipPlan) plan = generate (HIP_LEVEL_BEGINNER, 9);
  HipSession *session = hip_plan_get_session (plan, 1, 2);
  g_autoptr(GPtrArray) problems = NULL;
  HipProblem *core = NULL;

  for (guint i = session->items->len; i > 0; i--)
    if (((HipPrescription *) session->items->pdata[i - 1])->part == HIP_PART_CORE)
      hip_plan_remove (plan, 1, 2, i - 1);

  problems = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), 1);
  for (guint i = 0; i < problems->len; i++)
    if (((HipProblem *) problems->pdata[i])->kind == HIP_PROBLEM_NO_CORE)
      core = problems->pdata[i];
  g_assert_nonnull (core);
  g_assert_cmpuint (core->session, ==, 2);
  g_assert_cmpint (core->fix, ==, HIP_FIX_ADD);
  apply_previewed (plan, core);
  for (guint w = 1; w <= plan->profile.weeks; w++)
    {
      g_autoptr(GPtrArray) after = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), w);

      for (guint i = 0; i < after->len; i++)
        g_assert_cmpint (((HipProblem *) after->pdata[i])->kind, !=, HIP_PROBLEM_NO_CORE);
    }
}

/* Too many sets make a session too long; the refit brings the week back within its minutes. */
static void
test_time_fix (void)
{
  g_autoptr(HipPlan) plan = generate (HIP_LEVEL_BEGINNER, 13);
  guint i = first_main (plan, 1, 1);
  g_autoptr(GPtrArray) problems = NULL;
  HipProblem *time = NULL;

  hip_plan_set_dose (plan, 1, 1, i, 6, 15, 45, NULL);
  problems = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), 1);
  for (guint k = 0; k < problems->len; k++)
    if (((HipProblem *) problems->pdata[k])->kind == HIP_PROBLEM_TIME)
      time = problems->pdata[k];
  g_assert_nonnull (time);
  g_assert_cmpint (time->fix, ==, HIP_FIX_REFIT);
  apply_previewed (plan, time);
  g_assert_cmpuint (count_problems (plan, 1), ==, 0);
}

/* The one verdict on time, table-driven: whole minutes as shown, ± 10 %, a ceiling only below
 * 15 minutes. Every second that shows as the same minutes gets the same verdict. */
static void
test_time_rule (void)
{
  static const struct { guint seconds, target; int verdict; } table[] = {
    { 1589, 30, -1 }, { 1590, 30, 0 }, { 1800, 30, 0 }, { 1950, 30, 0 }, { 1979, 30, 0 },
    { 1980, 30, 0 }, { 1981, 30, 0 }, { 2009, 30, 0 }, { 2010, 30, +1 },
    { 1349, 25, -1 }, { 1350, 25, 0 }, { 1649, 25, 0 }, { 1650, 25, +1 },
    { 0, 10, 0 }, { 689, 10, 0 }, { 690, 10, +1 },       /* under 15 minutes: a ceiling only */
    { 809, 15, -1 }, { 810, 15, 0 }, { 989, 15, 0 }, { 990, 15, +1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_test_message ("%u s for %u minutes", table[i].seconds, table[i].target);
      g_assert_cmpint (hip_minutes_compare (table[i].seconds, table[i].target), ==,
                       table[i].verdict);
    }
  for (guint seconds = 0; seconds < 3600; seconds++)
    g_assert_cmpint (hip_minutes_compare (seconds, 30), ==,
                     hip_minutes_compare (hip_minutes_shown (seconds) * 60, 30));
}

/* The same session length gets the same verdict in every week and from every check: a session
 * shown as "About 33 minutes" of 30 passes the problems list and hip_plan_verify() whether it
 * is 32:30 or 33:29, and one shown as 34 fails both. (It passed in one week and failed in the
 * next, when the list judged seconds and the heading showed rounded minutes.) */
static void
test_time_same_everywhere (void)
{
  static const struct { guint seconds; gboolean fits; } table[] = {
    { 1750, TRUE }, { 1950, TRUE }, { 1979, TRUE }, { 1985, TRUE }, { 2009, TRUE },
    { 2010, FALSE }, { 2100, FALSE },
  };
  g_autoptr(HipPlan) generated = generate (HIP_LEVEL_BEGINNER, 5);

  g_assert_cmpuint (generated->profile.minutes, ==, 30);
  for (guint k = 0; k < G_N_ELEMENTS (table); k++)
    for (guint w = 1; w <= 2; w++)
      {
        g_autoptr(HipPlan) plan = hip_plan_copy (generated);
        HipSession *session = hip_plan_get_session (plan, w, 1);
        int delta = (int) table[k].seconds - (int) hip_session_seconds (session);
        g_autoptr(GPtrArray) problems = NULL;
        gboolean time_problem = FALSE;

        /* The one rest between two sets adds exactly its seconds: the session is made to last
         * the table's seconds. */
        for (guint i = 0; i < session->items->len && delta != 0; i++)
          {
            HipPrescription *p = session->items->pdata[i];
            int change = MAX (delta, -(int) p->rest_seconds);

            if (p->sets == 2)
              {
                p->rest_seconds += change;
                delta -= change;
              }
          }
        g_assert_cmpint (delta, ==, 0);
        g_assert_cmpuint (hip_session_seconds (session), ==, table[k].seconds);

        problems = hip_plan_find_problems (plan, G_LIST_MODEL (catalogue), w);
        for (guint i = 0; i < problems->len; i++)
          time_problem |= ((HipProblem *) problems->pdata[i])->kind == HIP_PROBLEM_TIME;
        g_test_message ("week %u, %u s, about %u minutes", w, table[k].seconds,
                        hip_session_minutes (session));
        g_assert_cmpint (time_problem, ==, !table[k].fits);
        g_assert_cmpint (hip_plan_session_fits (plan, session), ==, table[k].fits);
        g_assert_cmpint (hip_plan_verify (plan, NULL), ==, table[k].fits);
      }
}

/* Adding puts an exercise in its place in the session, dosed for each week. */
static void
test_add (void)
{
  g_autoptr(HipPlan) plan = generate (HIP_LEVEL_BEGINNER, 17);
  g_autoptr(GPtrArray) addable = hip_plan_addable (plan, G_LIST_MODEL (catalogue), 1, 1);
  HipExercise *e = NULL;

  for (guint i = 0; i < addable->len && e == NULL; i++)
    if (hip_planner_part_for (addable->pdata[i]) == HIP_PART_MAIN)
      e = addable->pdata[i];
  g_assert_nonnull (e);
  g_assert_true (hip_plan_add (plan, 1, 1, e));
  for (guint w = 1; w <= plan->profile.weeks; w++)
    {
      int at = position_of (plan, w, 1, hip_exercise_get_id (e));
      HipSession *s = hip_plan_get_session (plan, w, 1);
      HipPrescription *p;

      g_assert_cmpint (at, >=, 0);
      p = s->items->pdata[at];
      g_assert_cmpint (p->part, ==, HIP_PART_MAIN);
      g_assert_cmpuint (p->sets, >=, 1);
      g_assert_true ((p->reps > 0) != (p->seconds > 0));
      /* Main work comes before the core stabiliser and the cool-down. */
      for (guint k = at + 1; k < s->items->len; k++)
        g_assert_cmpint (((HipPrescription *) s->items->pdata[k])->part, >=, HIP_PART_MAIN);
    }
  g_assert_false (hip_plan_add (plan, 1, 1, e));
}

static void
test_explain_cites (void)
{
  g_autoptr(HipPlan) plan = generate (HIP_LEVEL_BEGINNER, 1);
  HipSession *s = plan->sessions->pdata[0];

  for (guint i = 0; i < s->items->len; i++)
    {
      g_autofree char *why = hip_prescription_explain (s->items->pdata[i]);

      g_assert_nonnull (strstr (why, ((HipPrescription *) s->items->pdata[i])->rationale));
      g_assert_nonnull (strstr (why, "ACSM 2009"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  catalogue = hip_catalogue_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/core/plan-edit/generated-has-no-problems", test_generated_has_no_problems);
  g_test_add_func ("/core/plan-edit/swap", test_swap);
  g_test_add_func ("/core/plan-edit/move-and-dose", test_move_and_dose);
  g_test_add_func ("/core/plan-edit/remove-and-fix", test_remove_and_fix);
  g_test_add_func ("/core/plan-edit/fix-is-one-change", test_fix_is_one_change);
  g_test_add_func ("/core/plan-edit/describe-changes", test_describe_changes);
  g_test_add_func ("/core/plan-edit/replace-coming", test_replace_coming);
  g_test_add_func ("/core/plan-edit/core-fix", test_core_fix);
  g_test_add_func ("/core/plan-edit/time-fix", test_time_fix);
  g_test_add_func ("/core/plan-edit/time-rule", test_time_rule);
  g_test_add_func ("/core/plan-edit/time-same-everywhere", test_time_same_everywhere);
  g_test_add_func ("/core/plan-edit/add", test_add);
  g_test_add_func ("/core/plan-edit/explain-cites", test_explain_cites);

  status = g_test_run ();
  g_object_unref (catalogue);
  return status;
}
