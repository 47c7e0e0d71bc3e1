/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The planner's pool: which exercises suit a profile, best first, and how they are chosen for a
 * session (main work in pairs of opposing actions, then a warm-up, core work and a cool-down
 * placed so that a person gets down to the floor once), with why each one is there. */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-balance.h"
#include "hip-exercise.h"
#include "hip-planner.h"
#include "hip-planner-private.h"
#include "hip-plan-private.h"
#include "hip-vocabulary.h"

gboolean
hip_planner_is_core (HipExercise *e)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_is_primary_action (e, a))
      return FALSE;
  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    if (hip_muscle_get_group (m) == HIP_MUSCLE_GROUP_CORE &&
        hip_exercise_get_muscle_role (e, m) == HIP_MUSCLE_ROLE_PRIMARY)
      return TRUE;
  return FALSE;
}

gboolean
hip_planner_is_main (HipExercise *e)
{
  HipKind kind = hip_exercise_get_kind (e);

  if (kind == HIP_KIND_STRETCH || kind == HIP_KIND_TIMED)
    return FALSE;
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_is_primary_action (e, a))
      return TRUE;
  return FALSE;
}

/* Heavy multi-joint work (lunges, squats, hinges with a load) rests longer for advanced people. */
gboolean
hip_planner_is_multi_joint (HipExercise *e)
{
  guint actions = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    actions += hip_exercise_get_action_weight (e, a) >= 0.5;
  return actions >= 2 ||
         hip_exercise_get_muscle_role (e, HIP_MUSCLE_QUADRICEPS) == HIP_MUSCLE_ROLE_PRIMARY;
}

Start
hip_planner_start_for (const HipProfile *profile)
{
  if (profile->pain >= 6)
    return START_GENTLE;
  if (profile->pain >= 4)
    return START_LOW;
  return START_USUAL;
}

/* The level whose exercises suit first: the person's own, one step easier when pain is
 * moderate, the easiest when it is high (SCIENCE.md §2). */
static HipLevel
preferred_level (const Pool *pool)
{
  switch (pool->start)
    {
    case START_GENTLE: return HIP_LEVEL_BEGINNER;
    case START_LOW: return pool->profile->level > 0 ? pool->profile->level - 1 : 0;
    case START_USUAL:
    default: return pool->profile->level;
    }
}

static gboolean
allowed (const Pool  *pool,
         HipExercise *e)
{
  HipLevel highest = pool->start == START_GENTLE ? HIP_LEVEL_BEGINNER : pool->profile->level;

  /* Plans are made from the catalogue, whose exercises the rules were checked against; the
   * person's own exercises go in where they put them. */
  if (hip_exercise_get_origin (e) == HIP_ORIGIN_USER)
    return FALSE;
  return !hip_profile_excludes (pool->profile, e) && hip_exercise_get_level (e) <= highest;
}

/* How much of @e goes to actions other than @action: less is easier to balance. */
static double
impurity (HipExercise *e,
          HipAction    action)
{
  double sum = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (a != action)
      sum += hip_exercise_get_action_weight (e, a);
  return sum;
}

typedef struct
{
  HipExercise *exercise;
  double       key;
} Ranked;

/* For rank(): no action to judge purity by. HIP_N_ACTIONS judges by all of them (core work). */
#define NO_ACTION (-1)

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *x = a, *y = b;

  return (x->key > y->key) - (x->key < y->key);
}

/* Orders @array best first: the preferred level, then (for main work) the purest, then the
 * bottom of a ladder when pain asks for the easier step; ties broken by the seed. */
static void
rank (Pool      *pool,
      GPtrArray *array,
      int        action)
{
  g_autoptr(GArray) ranked = g_array_sized_new (FALSE, FALSE, sizeof (Ranked), array->len);
  HipLevel level = preferred_level (pool);

  for (guint i = 0; i < array->len; i++)
    {
      HipExercise *e = array->pdata[i];
      Ranked r = { e, 0 };
      int distance = (int) hip_exercise_get_level (e) - (int) level;

      /* A level above the preferred one is further away than one below. */
      r.key = 4.0 * (distance < 0 ? -distance : 2 * distance);
      /* Main work that trains its action alone, and core work that leaves the hips still,
       * keep the week's balance: that counts before the level. */
      if (action != NO_ACTION)
        r.key += 10.0 * floor (impurity (e, action) * 4 + 0.5) / 4;
      if (pool->start != START_USUAL && hip_exercise_get_regressions (e)[0] != NULL)
        r.key += 1.0;
      r.key += g_rand_double (pool->rand) * 0.5;
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < array->len; i++)
    array->pdata[i] = g_array_index (ranked, Ranked, i).exercise;
}

/* The context of one call: each exercise's easier and harder steps, as exercises (asked for
 * at every pick), and a place to keep which exercises rest longer. */
void
hip_planner_context_init (Context    *context,
                          GListModel *exercises)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (exercises);

  context->exercises = exercises;
  context->heavy = g_hash_table_new (NULL, NULL);
  context->steps = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);

      g_hash_table_insert (by_id, (gpointer) hip_exercise_get_id (e), e);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);
      const char * const *lists[] = { hip_exercise_get_regressions (e),
                                      hip_exercise_get_progressions (e) };
      GPtrArray *steps = g_ptr_array_new ();

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint k = 0; lists[l][k] != NULL; k++)
          {
            HipExercise *step = g_hash_table_lookup (by_id, lists[l][k]);

            if (step != NULL)
              g_ptr_array_add (steps, step);
          }
      g_hash_table_insert (context->steps, e, steps);
    }
}

void
hip_planner_context_clear (Context *context)
{
  g_clear_pointer (&context->heavy, g_hash_table_unref);
  g_clear_pointer (&context->steps, g_hash_table_unref);
}


static void
fill_pool (Pool *pool)
{
  GListModel *exercises = pool->context->exercises;
  guint n = g_list_model_get_n_items (exercises);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    pool->main_for[a] = g_ptr_array_new_with_free_func (g_object_unref);
  pool->core = g_ptr_array_new_with_free_func (g_object_unref);
  pool->stretches = g_ptr_array_new_with_free_func (g_object_unref);
  pool->warm_ups = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);
      HipKind kind = hip_exercise_get_kind (e);

      if (!allowed (pool, e))
        continue;
      if (kind == HIP_KIND_STRETCH)
        g_ptr_array_add (pool->stretches, g_object_ref (e));
      else if (kind == HIP_KIND_TIMED && hip_exercise_get_warm_up (e))
        g_set_object (&pool->walk, e);
      else if (hip_exercise_get_warm_up (e) && !hip_planner_is_main (e))
        g_ptr_array_add (pool->warm_ups, g_object_ref (e));
      else if (hip_planner_is_core (e))
        g_ptr_array_add (pool->core, g_object_ref (e));
      else if (hip_planner_is_main (e))
        for (guint a = 0; a < HIP_N_ACTIONS; a++)
          if (hip_exercise_is_primary_action (e, a))
            g_ptr_array_add (pool->main_for[a], g_object_ref (e));
    }

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      if (pool->main_for[a]->len == 0)
        pool->exempt |= 1u << a;
      rank (pool, pool->main_for[a], a);
    }
  rank (pool, pool->core, HIP_N_ACTIONS);
  pool->still_core = 0;
  while (pool->still_core < pool->core->len &&
         impurity (pool->core->pdata[pool->still_core], HIP_N_ACTIONS) <=
         impurity (pool->core->pdata[0], HIP_N_ACTIONS) + 1e-9)
    pool->still_core++;
  rank (pool, pool->stretches, NO_ACTION);
  rank (pool, pool->warm_ups, NO_ACTION);
}

void
hip_planner_clear_pool (Pool *pool)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    g_clear_pointer (&pool->main_for[a], g_ptr_array_unref);
  g_clear_pointer (&pool->core, g_ptr_array_unref);
  g_clear_pointer (&pool->stretches, g_ptr_array_unref);
  g_clear_pointer (&pool->warm_ups, g_ptr_array_unref);
  g_clear_object (&pool->walk);
  g_clear_pointer (&pool->rand, g_rand_free);
}

void
hip_planner_start_pool (Pool             *pool,
                        const HipProfile *profile,
                        const Context    *context,
                        guint             selection)
{
  guint64 seed = profile->seed + 0x9e3779b97f4a7c15ull * selection;
  guint32 words[2] = { (guint32) seed, (guint32) (seed >> 32) };

  *pool = (Pool) { .profile = profile, .context = context,
                   .start = hip_planner_start_for (profile), .selection = selection };
  pool->dosage = hip_planner_dosage (pool->start, profile->level);
  pool->rand = g_rand_new_with_seed_array (words, 2);
  fill_pool (pool);
}

/* ---- Why each exercise is there: one plain sentence, then the source. ---- */

const char *
hip_planner_reason_for (HipAction action)
{
  switch (action)
    {
    case HIP_ACTION_FLEXION:
      return N_("Strong hip flexors lift your leg for stairs and walking, and most gym routines "
                "barely train them. Source: hip strength norms, Alvarenga 2019.");
    case HIP_ACTION_EXTENSION:
      return N_("Strong glutes stand you up from a chair and carry you uphill; the back-pain "
                "trials trained them. Sources: Lee & Kim 2015; Bade 2017.");
    case HIP_ACTION_ABDUCTION:
      return N_("The muscles at the side of your hip keep your pelvis level when you stand on "
                "one leg. Sources: Lee & Kim 2015; Bade 2017.");
    case HIP_ACTION_ADDUCTION:
      return N_("Your inner thigh balances the side of your hip; when it is much weaker, groin "
                "strains are more likely. Source: Tyler 2001.");
    case HIP_ACTION_INTERNAL_ROTATION:
      return N_("Turning the hip inwards steers your knee and pelvis when you turn and lunge. "
                "Source: hip strength norms, Alvarenga 2019.");
    case HIP_ACTION_EXTERNAL_ROTATION:
    default:
      return N_("Turning the hip outwards steadies it in every step and turn. Sources: "
                "Alvarenga 2019; DiStefano 2009.");
    }
}

const char *
hip_planner_reason_for_part (HipPart  part,
                             gboolean walk)
{
  switch (part)
    {
    case HIP_PART_WARM_UP:
      return walk ? N_("A brisk walk warms you up, and walking regularly helps keep back pain "
                       "away. Source: Pocovi 2024 (WalkBack).")
                  : N_("Moving your hips gently through their range gets them ready for the "
                       "work. Source: ACSM 2009.");
    case HIP_PART_CORE:
      return N_("A steady trunk lets your hips do their work; exercise of any kind helps back "
                "pain, and this trains the trunk. Sources: Saragiotto 2016; Hayden 2021.");
    case HIP_PART_COOL_DOWN:
      return N_("A slow stretch at the end keeps the range you have worked for. Source: ACSM "
                "2009.");
    case HIP_PART_MAIN:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The opposing pairs, one per plane. */
const HipAction hip_planner_pairs[HIP_N_PLANES][2] = {
  { HIP_ACTION_FLEXION, HIP_ACTION_EXTENSION },
  { HIP_ACTION_ABDUCTION, HIP_ACTION_ADDUCTION },
  { HIP_ACTION_INTERNAL_ROTATION, HIP_ACTION_EXTERNAL_ROTATION },
};

/* ---- Choosing the exercises of a week ---- */

/* Whether @e is in @items, or an easier or harder step of what is: a session has one step of
 * a ladder (not a plank beside a plank on the knees). */
static gboolean
in_items (const Pool  *pool,
          GPtrArray   *items,
          HipExercise *e)
{
  GPtrArray *steps = g_hash_table_lookup (pool->context->steps, e);

  for (guint i = 0; i < items->len; i++)
    {
      HipExercise *there = ((HipPrescription *) items->pdata[i])->exercise;

      if (there == e)
        return TRUE;
      for (guint k = 0; steps != NULL && k < steps->len; k++)
        if (steps->pdata[k] == there)
          return TRUE;
    }
  return FALSE;
}

/* The next exercise for @action not yet in @items, turning through its pool so that sessions
 * differ; different selections start at different places. */
HipExercise *
hip_planner_pick_main (Pool      *pool,
                       HipAction  action,
                       GPtrArray *items)
{
  GPtrArray *from = pool->main_for[action];

  for (guint i = 0; i < from->len; i++)
    {
      HipExercise *e = from->pdata[(pool->used[action] + pool->selection + pool->variant + i) %
                                   from->len];

      if (!in_items (pool, items, e))
        {
          pool->used[action]++;
          return e;
        }
    }
  return NULL;
}

/* Of @from, the first not in @items whose position lets the session go down to the floor once:
 * at or below @most (warm-ups come before the main work), at or above @least (after it). */
HipExercise *
hip_planner_pick_placed (const Pool  *pool,
                         GPtrArray   *from,
                         GPtrArray   *items,
                         guint        offset,
                         HipPosition  least,
                         HipPosition  most)
{
  for (guint i = 0; i < from->len; i++)
    {
      HipExercise *e = from->pdata[(offset + i) % from->len];
      HipPosition at = hip_exercise_get_position (e);

      if (!in_items (pool, items, e) && at >= least && at <= most)
        return e;
    }
  return NULL;
}

int
hip_planner_compare_position (gconstpointer a,
                              gconstpointer b)
{
  const HipPrescription *x = *(HipPrescription **) a, *y = *(HipPrescription **) b;

  if (x->part != y->part)
    return (int) x->part - (int) y->part;
  return (int) hip_exercise_get_position (x->exercise) -
         (int) hip_exercise_get_position (y->exercise);
}

HipPosition
hip_planner_lowest_position (GPtrArray *items,
                             HipPart    part,
                             gboolean   highest)
{
  HipPosition at = highest ? HIP_POSITION_STANDING : HIP_POSITION_FLOOR;

  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];
      HipPosition here = hip_exercise_get_position (p->exercise);

      if (p->part == part)
        at = highest ? MAX (at, here) : MIN (at, here);
    }
  return at;
}

/* The main work of one full session: @rounds pairs, starting at pair @first, in turn. */
void
hip_planner_add_main (Pool      *pool,
                      GPtrArray *items,
                      guint      first,
                      guint      rounds,
                      guint      n_pairs,
                      const int *pair_order)
{
  for (guint r = 0; r < rounds; r++)
    {
      const HipAction *pair = hip_planner_pairs[pair_order[(first + r) % n_pairs]];

      for (guint k = 0; k < 2; k++)
        {
          HipExercise *e;

          if (pool->exempt & (1u << pair[k]))
            continue;
          /* One exercise may serve both actions of a pair (a 90/90 switch): once is enough. */
          if (k == 1 && items->len > 0 &&
              hip_exercise_is_primary_action (((HipPrescription *)
                                                 items->pdata[items->len - 1])->exercise,
                                              pair[k]) &&
              ((HipPrescription *) items->pdata[items->len - 1])->part == HIP_PART_MAIN)
            continue;
          if ((e = hip_planner_pick_main (pool, pair[k], items)) != NULL)
            g_ptr_array_add (items, hip_planner_prescribe (pool, e, HIP_PART_MAIN,
                                                           hip_planner_reason_for (pair[k])));
        }
    }
}

/* Warm-up, core and cool-down around the main work, placed so that the person gets down to
 * the floor once; @index varies them between sessions. */
void
hip_planner_add_frame (Pool      *pool,
                       GPtrArray *items,
                       guint      index,
                       guint      n_core)
{
  HipPosition first = items->len > 0 ? hip_planner_lowest_position (items, HIP_PART_MAIN, FALSE)
                                      : HIP_POSITION_FLOOR;
  HipPosition last = items->len > 0 ? hip_planner_lowest_position (items, HIP_PART_MAIN, TRUE)
                                     : HIP_POSITION_STANDING;
  HipExercise *e;

  /* Two drills warm up a session of 25 minutes or more, one a shorter one; a walk when no
   * drill suits. */
  for (guint w = 0; w < (pool->profile->minutes >= 25 ? 2u : 1u); w++)
    {
      const char *reason = hip_planner_reason_for_part (HIP_PART_WARM_UP, FALSE);

      if ((e = hip_planner_pick_placed (pool, pool->warm_ups, items, index + w,
                                        HIP_POSITION_STANDING, first)) != NULL)
        {
          g_ptr_array_insert (items, 0, hip_planner_prescribe (pool, e, HIP_PART_WARM_UP, reason));
          last = MAX (last, hip_exercise_get_position (e));
        }
      else if (pool->walk != NULL && !in_items (pool, items, pool->walk))
        {
          reason = hip_planner_reason_for_part (HIP_PART_WARM_UP, TRUE);
          g_ptr_array_insert (items, 0, hip_planner_prescribe (pool, pool->walk, HIP_PART_WARM_UP,
                                                               reason));
        }
    }
  for (guint c = 0; c < n_core; c++)
    {
      /* Those that leave the hips stillest, in turn: core work on every day adds up. */
      guint offset = (index + c) % MAX (1, pool->still_core) + pool->variant;

      e = hip_planner_pick_placed (pool, pool->core, items, offset, last, HIP_POSITION_FLOOR);
      if (e == NULL)
        break;
      g_ptr_array_add (items, hip_planner_prescribe (pool, e, HIP_PART_CORE,
                                                     hip_planner_reason_for_part (HIP_PART_CORE,
                                                                                  FALSE)));
      last = hip_exercise_get_position (e);
    }
  /* A stretch where the session ends, or else one standing up: getting up once at the end is
   * still getting down once. */
  if ((e = hip_planner_pick_placed (pool, pool->stretches, items, index, last,
                                    HIP_POSITION_FLOOR)) != NULL ||
      (e = hip_planner_pick_placed (pool, pool->stretches, items, index, HIP_POSITION_STANDING,
                                    HIP_POSITION_STANDING)) != NULL)
    g_ptr_array_add (items, hip_planner_prescribe (pool, e, HIP_PART_COOL_DOWN,
                                                   hip_planner_reason_for_part (HIP_PART_COOL_DOWN,
                                                                                FALSE)));
  g_ptr_array_sort (items, hip_planner_compare_position);
}
