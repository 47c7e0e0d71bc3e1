/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A person's edits to their programme, what they break and the change that mends it.
 *
 * Which exercises a session has is the same in every week of a block (the weeks differ in
 * dose), so adding, removing, swapping and reordering apply to that session from the week
 * being edited to the end of the block. A dose (sets, reps, seconds, load) belongs to one week. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hip-adapt.h"
#include "hip-exercise.h"
#include "hip-plan-changes.h"
#include "hip-plan-edit.h"
#include "hip-plan-private.h"
#include "hip-planner.h"
#include "hip-vocabulary.h"

#define MAX_SETS       10     /* the store's CHECK */
#define MAX_FIX_SETS   4      /* a one-click change moves at most this many sets */

void
hip_problem_free (HipProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem->fix_label);
  g_clear_object (&problem->exercise);
  g_free (problem);
}

static int
find_exercise (const HipSession *session,
               HipExercise      *exercise)
{
  for (guint i = 0; i < session->items->len; i++)
    if (((HipPrescription *) session->items->pdata[i])->exercise == exercise)
      return (int) i;
  return -1;
}

static HipPrescription *
item_at (const HipPlan *plan,
         guint          week,
         guint          session,
         guint          position)
{
  HipSession *s = hip_plan_get_session (plan, week, session);

  if (s == NULL || position >= s->items->len)
    return NULL;
  return s->items->pdata[position];
}

/* Where an exercise of @part goes: after the others of its part. */
static guint
insert_position (const HipSession *session,
                 HipPart           part)
{
  guint i = 0;

  while (i < session->items->len && ((HipPrescription *) session->items->pdata[i])->part <= part)
    i++;
  return i;
}

static HipPrescription *
new_prescription (const HipPlan *plan,
                  guint          week,
                  HipExercise   *exercise,
                  const char    *rationale)
{
  HipPrescription *p = g_new0 (HipPrescription, 1);

  p->exercise = g_object_ref (exercise);
  p->part = hip_planner_part_for (exercise);
  p->rationale = g_strdup (rationale);
  hip_planner_dose (&plan->profile, week, p);
  return p;
}

static char *
trains_text (HipExercise *exercise)
{
  g_autoptr(GString) actions = g_string_new (NULL);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_is_primary_action (exercise, a))
      g_string_append_printf (actions, "%s%s", actions->len > 0 ? ", " : "",
                              hip_action_get_label (a));
  if (actions->len == 0)
    /* Translators: the rationale of an exercise the person added that trains the trunk */
    return g_strdup (_("Your choice: core stability"));
  /* Translators: the rationale of an exercise the person added; %s lists hip actions */
  return g_strdup_printf (_("Your choice: trains %s"), actions->str);
}

/**
 * hip_plan_add:
 * @session: 1-based, within each week
 *
 * Adds @exercise to @session from @week to the end of the block, dosed as the planner doses
 * each week, in its place (main work before the core stabiliser, stretches last).
 *
 * Returns: %FALSE when the session has it already or does not exist
 */
gboolean
hip_plan_add (HipPlan     *plan,
              guint        week,
              guint        session,
              HipExercise *exercise)
{
  g_autofree char *rationale = trains_text (exercise);
  gboolean added = FALSE;

  for (guint w = week; w <= plan->profile.weeks; w++)
    {
      HipSession *s = hip_plan_get_session (plan, w, session);
      HipPrescription *p;

      if (s == NULL || find_exercise (s, exercise) >= 0)
        continue;
      p = new_prescription (plan, w, exercise, rationale);
      g_ptr_array_insert (s->items, insert_position (s, p->part), p);
      added = TRUE;
    }
  return added;
}

/* Applies @edit to the prescription of @exercise in @session of @week and every later week. */
static gboolean
edit_from (HipPlan     *plan,
           guint        week,
           guint        session,
           HipExercise *exercise,
           gboolean   (*edit) (HipPlan *, guint, HipSession *, guint, gpointer),
           gpointer     data)
{
  gboolean done = FALSE;

  for (guint w = week; w <= plan->profile.weeks; w++)
    {
      HipSession *s = hip_plan_get_session (plan, w, session);
      int i = s != NULL ? find_exercise (s, exercise) : -1;

      if (i >= 0)
        done |= edit (plan, w, s, (guint) i, data);
    }
  return done;
}

static gboolean
remove_one (HipPlan    *plan,
            guint       week,
            HipSession *session,
            guint       i,
            gpointer    data)
{
  g_ptr_array_remove_index (session->items, i);
  return TRUE;
}

gboolean
hip_plan_remove (HipPlan *plan,
                 guint    week,
                 guint    session,
                 guint    position)
{
  HipPrescription *p = item_at (plan, week, session, position);
  g_autoptr(HipExercise) exercise = p != NULL ? g_object_ref (p->exercise) : NULL;

  return exercise != NULL && edit_from (plan, week, session, exercise, remove_one, NULL);
}

static gboolean
move_one (HipPlan    *plan,
          guint       week,
          HipSession *session,
          guint       i,
          gpointer    data)
{
  int to = (int) i + GPOINTER_TO_INT (data);
  gpointer p;

  if (to < 0 || to >= (int) session->items->len)
    return FALSE;
  p = g_ptr_array_steal_index (session->items, i);
  g_ptr_array_insert (session->items, to, p);
  return TRUE;
}

/* Moves the exercise at @position by @delta places (−1: earlier), from @week on. */
gboolean
hip_plan_move (HipPlan *plan,
               guint    week,
               guint    session,
               guint    position,
               int      delta)
{
  HipPrescription *p = item_at (plan, week, session, position);

  return p != NULL && edit_from (plan, week, session, p->exercise, move_one,
                                 GINT_TO_POINTER (delta));
}

static gboolean
same_actions (HipExercise *a,
              HipExercise *b)
{
  for (guint i = 0; i < HIP_N_ACTIONS; i++)
    if (hip_exercise_is_primary_action (a, i) && hip_exercise_is_primary_action (b, i))
      return TRUE;
  return FALSE;
}

static gboolean
swap_one (HipPlan    *plan,
          guint       week,
          HipSession *session,
          guint       i,
          gpointer    data)
{
  HipExercise *replacement = data;
  HipPrescription *old = session->items->pdata[i];
  g_autofree char *rationale = same_actions (old->exercise, replacement)
                               ? g_strdup (old->rationale) : trains_text (replacement);
  HipPrescription *p;

  if (find_exercise (session, replacement) >= 0)
    return FALSE;
  p = new_prescription (plan, week, replacement, rationale);
  /* The replacement keeps the place, sets and rest the week had for the old one. */
  p->part = old->part;
  p->sets = old->sets;
  p->rest_seconds = old->rest_seconds;
  if ((p->reps > 0) == (old->reps > 0))
    {
      p->reps = old->reps;
      p->seconds = old->seconds;
    }
  g_ptr_array_index (session->items, i) = p;
  hip_prescription_free (old);
  return TRUE;
}

/* Swaps the exercise at @position of @session only (adaptation's one-session changes). */
gboolean
hip_plan_swap_one (HipPlan     *plan,
                   HipSession  *session,
                   guint        position,
                   HipExercise *replacement)
{
  g_return_val_if_fail (position < session->items->len, FALSE);

  return swap_one (plan, session->week, session, position, replacement);
}

/**
 * hip_plan_swap:
 *
 * Puts @replacement in the place of the exercise at @position, from @week on.
 *
 * Returns: %FALSE when nothing changed (the session has @replacement already)
 */
gboolean
hip_plan_swap (HipPlan     *plan,
               guint        week,
               guint        session,
               guint        position,
               HipExercise *replacement)
{
  HipPrescription *p = item_at (plan, week, session, position);
  g_autoptr(HipExercise) exercise = p != NULL ? g_object_ref (p->exercise) : NULL;

  return exercise != NULL && exercise != replacement &&
         edit_from (plan, week, session, exercise, swap_one, replacement);
}

/**
 * hip_plan_set_dose:
 * @reps: for repetition work (ignored for timed work)
 * @seconds: for timed work (ignored for repetitions)
 * @load: (nullable): the load, as the person writes it
 *
 * Changes one prescription of one week, within the ranges the store keeps.
 */
gboolean
hip_plan_set_dose (HipPlan    *plan,
                   guint       week,
                   guint       session,
                   guint       position,
                   guint       sets,
                   guint       reps,
                   guint       seconds,
                   const char *load)
{
  HipPrescription *p = item_at (plan, week, session, position);

  if (p == NULL)
    return FALSE;
  p->sets = CLAMP (sets, 1, MAX_SETS);
  /* The person's own dose: no lowered one waits to be given back over it. */
  p->full_sets = p->full_reps = p->full_seconds = 0;
  if (p->reps > 0)
    p->reps = CLAMP (reps, 1, 50);
  else
    p->seconds = CLAMP (seconds, 5, 600);
  if (load != NULL)
    {
      g_free (p->load);
      p->load = g_utf8_substring (load, 0, MIN (g_utf8_strlen (load, -1), 200));
    }
  return TRUE;
}

/* How close @candidate is to @exercise for a swap: the same actions and plane first. */
static int
likeness (HipExercise *exercise,
          HipExercise *candidate)
{
  int score = 0;

  if (hip_planner_part_for (exercise) == hip_planner_part_for (candidate))
    score += 8;
  if (same_actions (exercise, candidate))
    score += 4;
  if ((hip_exercise_get_planes (exercise) & hip_exercise_get_planes (candidate)) != 0)
    score += 2;
  if (hip_exercise_get_kind (exercise) == hip_exercise_get_kind (candidate))
    score += 1;
  return score;
}

typedef struct
{
  HipExercise *exercise;
  int          score;
  guint        order;
} Ranked;

static int
by_rank (gconstpointer a,
         gconstpointer b)
{
  const Ranked *x = a, *y = b;

  if (x->score != y->score)
    return y->score - x->score;
  return (int) x->order - (int) y->order;
}

static GPtrArray *
ranked_to_list (GArray *ranked)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  g_array_sort (ranked, by_rank);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (list, g_object_ref (g_array_index (ranked, Ranked, i).exercise));
  return list;
}

/**
 * hip_plan_alternatives:
 * @session: (nullable): the session @exercise is swapped in: what it has already is left out
 *   (a session holds an exercise once, so choosing one of those would change nothing)
 *
 * Returns: (transfer full) (element-type HipExercise): what @exercise can be swapped for, that
 *   the profile allows: exercises for the same part of a session, training the same actions
 *   in the same plane, first
 */
GPtrArray *
hip_plan_alternatives (const HipPlan    *plan,
                       const HipSession *session,
                       GListModel       *exercises,
                       HipExercise      *exercise)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  guint n = g_list_model_get_n_items (exercises);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);
      Ranked r = { e, likeness (exercise, e), i };

      if (e != exercise && hip_planner_allows (&plan->profile, e) &&
          (session == NULL || find_exercise (session, e) < 0))
        g_array_append_val (ranked, r);
    }
  return ranked_to_list (ranked);
}

/**
 * hip_plan_addable:
 *
 * Returns: (transfer full) (element-type HipExercise): exercises the profile allows that
 *   @session does not have, those for the week's least trained action first
 */
GPtrArray *
hip_plan_addable (const HipPlan *plan,
                  GListModel    *exercises,
                  guint          week,
                  guint          session)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  HipSession *s = hip_plan_get_session (plan, week, session);
  guint n = g_list_model_get_n_items (exercises);
  HipBalance balance;
  HipAction weakest = 0;

  hip_plan_week_balance (plan, week, &balance);
  for (guint a = 1; a < HIP_N_ACTIONS; a++)
    if (!(plan->exempt & (1u << a)) && balance.actions[a] < balance.actions[weakest])
      weakest = a;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);
      Ranked r = { e, hip_exercise_is_primary_action (e, weakest) ? 1 : 0, i };

      if (hip_planner_allows (&plan->profile, e) && (s == NULL || find_exercise (s, e) < 0))
        g_array_append_val (ranked, r);
    }
  return ranked_to_list (ranked);
}

/* ---- Problems and their fixes ---- */

static guint
failing_rules (const HipBalance *balance,
               guint             exempt)
{
  guint failing = 0;

  for (HipRule r = 0; r < HIP_N_RULES; r++)
    {
      /* find_failure reports the first failure only: judge each rule on its own. */
      g_autoptr(HipVerdict) v = hip_balance_check_except (balance, r, exempt);

      failing += !v->passed;
    }
  return failing;
}

typedef struct
{
  guint        failing;
  double       violation;     /* how far from the rules, in weighted sets */
  guint        size;          /* sets moved, or the sets an added exercise brings */
  HipExercise *exercise;
  guint        session;
  int          delta;
  gboolean     add;
} Candidate;

static gboolean
better (const Candidate *a,
        const Candidate *b)
{
  /* A change that mends every rule wins; otherwise the one that comes closest. */
  if ((a->failing == 0) != (b->failing == 0))
    return a->failing == 0;
  if (fabs (a->violation - b->violation) > 1e-9)
    return a->violation < b->violation;
  return a->size < b->size;
}

/* Judges the week with @delta sets more of @exercise. */
static void
judge_with (const HipPlan *plan,
            guint          week,
            HipExercise   *exercise,
            double         delta,
            Candidate     *c)
{
  HipBalance balance;

  hip_plan_week_balance (plan, week, &balance);
  if (exercise != NULL)
    hip_balance_add (&balance, exercise, delta, HIP_SIDE_BOTH);
  c->failing = failing_rules (&balance, plan->exempt);
  c->violation = hip_balance_violation (&balance, plan->exempt);
}

static void
try_sets (const HipPlan *plan,
          guint          week,
          HipAction      weak,
          Candidate     *best)
{
  guint lo, hi;

  /* A fix keeps the sets inside the level's range for the week (SCIENCE.md §2). */
  hip_planner_get_set_range (&plan->profile, week, &lo, &hi);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      if (session->week != week)
        continue;
      for (guint i = 0; i < session->items->len; i++)
        {
          const HipPrescription *p = session->items->pdata[i];
          double toward = hip_exercise_get_action_weight (p->exercise, weak) -
                          hip_exercise_get_action_weight (p->exercise,
                                                          hip_action_get_opposite (weak));

          if ((p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE) || fabs (toward) < 1e-9)
            continue;
          /* More of what trains the weak action, or less of what trains its opposite. */
          for (int k = 1; k <= MAX_FIX_SETS; k++)
            {
              int delta = toward > 0 ? k : -k;
              Candidate c = { 0, 0, (guint) k, p->exercise, session->session, delta, FALSE };

              if ((int) p->sets + delta < (int) lo || (int) p->sets + delta > (int) hi)
                break;
              judge_with (plan, week, p->exercise, delta, &c);
              if (better (&c, best))
                *best = c;
            }
        }
    }
}

static guint
lightest_session (const HipPlan *plan,
                  guint          week,
                  HipExercise   *without)
{
  guint best = 0, fewest = G_MAXUINT;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      if (session->week == week && session->items->len < fewest &&
          find_exercise (session, without) < 0)
        {
          best = session->session;
          fewest = session->items->len;
        }
    }
  return best;
}

static void
try_add (const HipPlan *plan,
         GListModel    *exercises,
         guint          week,
         HipAction      weak,
         Candidate     *best)
{
  guint n = g_list_model_get_n_items (exercises);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);
      g_autoptr(HipPrescription) p = NULL;
      Candidate c = { 0 };

      if (!hip_exercise_is_primary_action (e, weak) || !hip_planner_allows (&plan->profile, e) ||
          hip_planner_part_for (e) != HIP_PART_MAIN)
        continue;
      c.session = lightest_session (plan, week, e);
      if (c.session == 0)
        continue;
      p = new_prescription (plan, week, e, "");
      /* Adding an exercise is a bigger change than a set: it counts as one more. */
      c = (Candidate) { 0, 0, p->sets + 1, e, c.session, 0, TRUE };
      judge_with (plan, week, e, p->sets, &c);
      if (better (&c, best))
        *best = c;
    }
}

static HipProblem *
problem_new (HipProblemKind kind,
             guint          week,
             guint          session,
             char          *message)
{
  HipProblem *problem = g_new0 (HipProblem, 1);

  problem->kind = kind;
  problem->week = week;
  problem->session = session;
  problem->message = message;
  return problem;
}

static void
describe_fix (HipProblem      *problem,
              const Candidate *c)
{
  const char *name = hip_exercise_get_name (c->exercise);

  problem->exercise = g_object_ref (c->exercise);
  problem->session = c->session;
  if (c->add)
    {
      problem->fix = HIP_FIX_ADD;
      problem->fix_label = g_strdup_printf (_("Add %s to session %u"), name, c->session);
      return;
    }
  problem->fix = HIP_FIX_SETS;
  problem->delta = c->delta;
  problem->fix_label = c->delta > 0
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add %d set of %s in session %u",
                                    "Add %d sets of %s in session %u", c->delta),
                       c->delta, name, c->session)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove %d set of %s in session %u",
                                    "Remove %d sets of %s in session %u", -c->delta),
                       -c->delta, name, c->session);
}

static HipProblem *
balance_problem (const HipPlan *plan,
                 GListModel    *exercises,
                 guint          week,
                 HipVerdict    *verdict)
{
  HipProblem *problem = problem_new (HIP_PROBLEM_BALANCE, week, 0,
                                     g_steal_pointer (&verdict->message));
  Candidate best = { 0 };

  problem->rule = verdict->rule;
  judge_with (plan, week, NULL, 0, &best);
  try_sets (plan, week, verdict->weak_action, &best);
  try_add (plan, exercises, week, verdict->weak_action, &best);
  if (best.exercise != NULL)
    describe_fix (problem, &best);
  return problem;
}

static HipExercise *
first_core (const HipPlan    *plan,
            GListModel       *exercises,
            const HipSession *session)
{
  guint n = g_list_model_get_n_items (exercises);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);

      if (hip_planner_part_for (e) == HIP_PART_CORE && hip_planner_allows (&plan->profile, e) &&
          find_exercise (session, e) < 0)
        return e;
    }
  return NULL;
}

static gboolean
has_core (const HipSession *session)
{
  for (guint i = 0; i < session->items->len; i++)
    if (((HipPrescription *) session->items->pdata[i])->part == HIP_PART_CORE)
      return TRUE;
  return FALSE;
}

static HipProblem *
core_problem (const HipPlan    *plan,
              GListModel       *exercises,
              const HipSession *session)
{
  HipProblem *problem = problem_new (HIP_PROBLEM_NO_CORE, session->week, session->session,
    g_strdup_printf (_("Session %u has no core stabiliser; every session needs one, as "
                       "back-pain guidelines put this work first."), session->session));
  HipExercise *core = first_core (plan, exercises, session);

  if (core != NULL)
    {
      Candidate add = { .exercise = core, .session = session->session, .add = TRUE };

      describe_fix (problem, &add);
    }
  return problem;
}

static gboolean
week_fits (const HipPlan *plan,
           guint          week)
{
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      if (session->week == week && !hip_plan_session_fits (plan, session))
        return FALSE;
    }
  return TRUE;
}

/* The minutes as the session's heading shows them, against the range the verdict allows. */
static char *
time_message (const HipPlan    *plan,
              const HipSession *session)
{
  guint minutes = hip_session_minutes (session), lo, hi;

  hip_minutes_allowed (hip_plan_session_target (plan, session) / 60, &lo, &hi);
  if (lo == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Session %u takes about %u minute; it should take %u "
                                         "minutes at most.",
                                         "Session %u takes about %u minutes; it should take %u "
                                         "minutes at most.", minutes),
                            session->session, minutes, hi);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Session %u takes about %u minute; it should take %u to "
                                       "%u minutes.",
                                       "Session %u takes about %u minutes; it should take %u to "
                                       "%u minutes.", minutes),
                          session->session, minutes, lo, hi);
}

static HipProblem *
time_problem (const HipPlan    *plan,
              GListModel       *exercises,
              const HipSession *session)
{
  HipProblem *problem = problem_new (HIP_PROBLEM_TIME, session->week, session->session,
                                     time_message (plan, session));
  g_autoptr(HipPlan) trial = hip_plan_copy (plan);
  HipBalance balance;

  /* Offer the refit only when it works: balanced and on time. */
  hip_planner_refit_week (&plan->profile, exercises, trial, session->week);
  hip_plan_week_balance (trial, session->week, &balance);
  if (week_fits (trial, session->week) && failing_rules (&balance, plan->exempt) == 0)
    {
      problem->fix = HIP_FIX_REFIT;
      problem->fix_label = g_strdup_printf (_("Fit week %u to %u-minute sessions"),
                                            session->week, plan->profile.minutes);
    }
  else
    {
      char *longer = g_strconcat (problem->message, " ",
                                  _("Remove or add an exercise, or change your minutes in the "
                                    "profile."), NULL);

      g_free (problem->message);
      problem->message = longer;
    }
  return problem;
}

/**
 * hip_plan_find_problems:
 * @plan: a programme whose profile and exempt actions are set
 * @exercises: what fixes may add
 *
 * Returns: (transfer full) (element-type HipProblem): what @week breaks of SCIENCE.md §6, each
 *   with the change that mends it where there is one; empty when the week keeps every rule
 */
GPtrArray *
hip_plan_find_problems (const HipPlan *plan,
                        GListModel    *exercises,
                        guint          week)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_problem_free);
  HipBalance balance;

  hip_plan_week_balance (plan, week, &balance);
  for (HipRule r = 0; r < HIP_N_RULES; r++)
    {
      g_autoptr(HipVerdict) v = hip_balance_check_except (&balance, r, plan->exempt);

      if (!v->passed)
        g_ptr_array_add (problems, balance_problem (plan, exercises, week, v));
    }
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      if (session->week != week)
        continue;
      if (!plan->no_core && !has_core (session))
        g_ptr_array_add (problems, core_problem (plan, exercises, session));
      if (!hip_plan_session_fits (plan, session))
        g_ptr_array_add (problems, time_problem (plan, exercises, session));
    }
  return problems;
}

/* Whether @week of @plan still has @problem: the same rule broken, or the same session without
 * a core stabiliser. */
static gboolean
has_same_problem (const HipPlan    *plan,
                  GListModel       *exercises,
                  guint             week,
                  const HipProblem *problem)
{
  HipBalance balance;
  g_autoptr(HipVerdict) verdict = NULL;
  HipSession *session = hip_plan_get_session (plan, week, problem->session);

  if (problem->kind == HIP_PROBLEM_NO_CORE)
    return session != NULL && !has_core (session);
  hip_plan_week_balance (plan, week, &balance);
  verdict = hip_balance_check_except (&balance, problem->rule, plan->exempt);
  return !verdict->passed;
}

/* Adds @problem's exercise to its session in its week, and in each later week that has the
 * same problem (an edit of a session reaches to the end of the block, so the problems it makes
 * do): the same exercise in the same session, dosed for the week, and no other change. */
static void
add_where_same (HipPlan          *plan,
                GListModel       *exercises,
                const HipProblem *problem)
{
  g_autofree char *rationale = trains_text (problem->exercise);

  for (guint w = problem->week; w <= plan->profile.weeks; w++)
    {
      HipSession *s = hip_plan_get_session (plan, w, problem->session);
      HipPrescription *p;

      if (s == NULL || find_exercise (s, problem->exercise) >= 0 ||
          (w > problem->week && !has_same_problem (plan, exercises, w, problem)))
        continue;
      p = new_prescription (plan, w, problem->exercise, rationale);
      g_ptr_array_insert (s->items, insert_position (s, p->part), p);
    }
}

/**
 * hip_plan_apply_fix:
 * @problem: one of hip_plan_find_problems()' problems
 *
 * Makes exactly the change @problem offers, and nothing else: a set more or fewer is a dose, in
 * its week only; fitting a week to its minutes changes that week; an exercise added goes into its
 * session in its week and in each later week that has the same problem (a removal reaches to
 * the end of the block, so the problem it made does), never into a week that does not need it.
 * Other problems, in this week or later ones, are left for the person to see and mend, one
 * change at a time; hip_plan_preview_fix() says beforehand what changes.
 *
 * Returns: whether the plan changed
 */
gboolean
hip_plan_apply_fix (HipPlan          *plan,
                    GListModel       *exercises,
                    const HipProblem *problem)
{
  HipSession *session;
  int i;

  g_return_val_if_fail (plan != NULL && problem != NULL, FALSE);

  session = hip_plan_get_session (plan, problem->week, problem->session);
  switch (problem->fix)
    {
    case HIP_FIX_SETS:
      i = session != NULL ? find_exercise (session, problem->exercise) : -1;
      if (i < 0)
        return FALSE;
      ((HipPrescription *) session->items->pdata[i])->sets += problem->delta;
      return TRUE;
    case HIP_FIX_ADD:
      if (session == NULL || find_exercise (session, problem->exercise) >= 0)
        return FALSE;
      add_where_same (plan, exercises, problem);
      return TRUE;
    case HIP_FIX_REFIT:
      return hip_planner_refit_week (&plan->profile, exercises, plan, problem->week);
    case HIP_FIX_NONE:
    default:
      return FALSE;
    }
}

static gboolean
same_prescription (const HipPrescription *a,
                   const HipPrescription *b)
{
  return a->exercise == b->exercise && a->sets == b->sets && a->reps == b->reps &&
         a->seconds == b->seconds && a->rest_seconds == b->rest_seconds &&
         g_strcmp0 (a->load, b->load) == 0;
}

static gboolean
same_session (const HipSession *a,
              const HipSession *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->items->len != b->items->len)
    return FALSE;
  for (guint i = 0; i < a->items->len; i++)
    if (!same_prescription (a->items->pdata[i], b->items->pdata[i]))
      return FALSE;
  return TRUE;
}

static gboolean
same_week (const HipPlan *a,
           const HipPlan *b,
           guint          week)
{
  guint n = MAX (hip_plan_sessions_in_week (a, week), hip_plan_sessions_in_week (b, week));

  for (guint s = 1; s <= n; s++)
    if (!same_session (hip_plan_get_session (a, week, s), hip_plan_get_session (b, week, s)))
      return FALSE;
  return TRUE;
}

static gboolean
has_message (GPtrArray  *problems,
             const char *message)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (((HipProblem *) problems->pdata[i])->message, message))
      return TRUE;
  return FALSE;
}

/* Adds @week's problems in @after to @lines; only those @before did not have when @only_new. */
static void
add_left (GPtrArray     *lines,
          const HipPlan *before,
          const HipPlan *after,
          GListModel    *exercises,
          guint          week,
          gboolean       only_new)
{
  g_autoptr(GPtrArray) left = hip_plan_find_problems (after, exercises, week);
  g_autoptr(GPtrArray) had = only_new ? hip_plan_find_problems (before, exercises, week) : NULL;

  for (guint i = 0; i < left->len; i++)
    {
      const char *message = ((HipProblem *) left->pdata[i])->message;

      if (had == NULL || !has_message (had, message))
        /* Translators: a week, then a problem with it */
        g_ptr_array_add (lines, g_strdup_printf (_("Week %u: %s"), week, message));
    }
}

/**
 * hip_plan_preview_fix:
 * @problem: one of hip_plan_find_problems()' problems
 * @remaining: (out) (optional) (transfer full) (element-type utf8): what is still wrong
 *   afterwards: every problem of @problem's week, and any new problem of another week the
 *   change reaches; one line a problem, naming its week
 *
 * What hip_plan_apply_fix() would change, for the person to read before it is made; @plan is
 * not changed.
 *
 * Returns: (transfer full) (element-type utf8): hip_plan_describe_changes() of the fix
 */
GPtrArray *
hip_plan_preview_fix (const HipPlan    *plan,
                      GListModel       *exercises,
                      const HipProblem *problem,
                      GPtrArray       **remaining)
{
  g_autoptr(HipPlan) trial = hip_plan_copy (plan);

  g_return_val_if_fail (plan != NULL && problem != NULL, NULL);

  hip_plan_apply_fix (trial, exercises, problem);
  if (remaining != NULL)
    {
      *remaining = g_ptr_array_new_with_free_func (g_free);
      for (guint w = 1; w <= trial->profile.weeks; w++)
        if (w == problem->week || !same_week (plan, trial, w))
          add_left (*remaining, plan, trial, exercises, w, w != problem->week);
    }
  return hip_plan_describe_changes (plan, trial);
}

static const char *
part_explanation (HipPart part)
{
  switch (part)
    {
    case HIP_PART_WARM_UP:
      return _("A warm-up stretch moves the hips through their range before they carry load.");
    case HIP_PART_CORE:
      return _("Core stabiliser work is in every session: guidelines put exercise first for "
               "chronic low back pain (NICE NG59; ACP 2017), and the hip trials added hip work "
               "to lumbar and core exercise, not in place of it (Bade 2017; Kendall 2015).");
    case HIP_PART_COOL_DOWN:
      return _("A cool-down stretch, held 30–60 seconds per side, after the muscles have worked.");
    case HIP_PART_MAIN:
    default:
      return _("Gym routines train hip extension far more than flexion, adduction and the "
               "rotators. The programme keeps each opposing pair within 0.8–1.25 of each other "
               "(norms: Alvarenga 2019; adduction below 0.8 of abduction carried 17 times the "
               "groin-strain risk in Tyler 2001). Adding hip work to back exercise helped a "
               "little in some trials (Bade 2017; Lee & Kim 2015) and not in others (Kendall "
               "2015): it is support for the back, not a cure.");
    }
}

/**
 * hip_prescription_explain:
 *
 * Returns: (transfer full): the “Why?” of a prescription: its rationale, what its part of the
 *   session is for, and the dose's source, citing SCIENCE.md's studies
 */
char *
hip_prescription_explain (const HipPrescription *p)
{
  return g_strdup_printf ("%s\n\n%s\n\n%s", p->rationale != NULL ? p->rationale : "",
                          part_explanation (p->part),
                          _("Sets, repetitions, rest and effort follow the ACSM 2009 "
                            "progression models for your level, rising week by week, with "
                            "a lighter last week in blocks of six weeks or more."));
}

/**
 * hip_plan_lighter_session:
 * @session: a session of @plan
 * @exercises: the catalogue, for the easier steps
 *
 * The session for a bad day (SCIENCE.md §3: pain before it well above the person's baseline):
 * the warm-up, mobility and stretches as they are; every strength or core exercise at the
 * bottom of its ladder of easier steps (or itself, when it has none or the step is there
 * already), one set, with no load.
 *
 * Returns: (transfer full): a new session, apart from @plan
 */
HipSession *
hip_plan_lighter_session (HipPlan          *plan,
                          const HipSession *session,
                          GListModel       *exercises)
{
  g_autoptr(HipSession) light = hip_session_copy (session);

  for (guint i = 0; i < light->items->len; i++)
    {
      HipPrescription *p = light->items->pdata[i];
      HipExercise *easiest;

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      easiest = hip_adapt_easiest_step (p->exercise, exercises, &plan->profile);
      if (easiest != NULL)
        hip_plan_swap_one (plan, light, i, easiest);
      p = light->items->pdata[i];
      p->sets = 1;
      g_clear_pointer (&p->load, g_free);
      g_free (p->rationale);
      p->rationale = g_strdup (easiest != NULL
                               ? _("A lighter day: the easiest step, one set")
                               : _("A lighter day: one set"));
    }
  return g_steal_pointer (&light);
}
