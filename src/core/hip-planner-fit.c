/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fitting a session to its minutes (the rest inside its range, then a walk and stretches) and
 * keeping a week in balance with a set more or fewer (SCIENCE.md §6). */

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

/* ---- Fitting the minutes ---- */

guint
hip_planner_items_seconds (GPtrArray *items)
{
  HipSession session = { .items = items };

  return hip_session_seconds (&session);
}

/* Rest a fraction @f of the way through each exercise's range, in 5 s steps. */
void
hip_planner_set_rest (const Pool *pool,
                      GPtrArray  *items,
                      double      f)
{
  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];
      guint lo, hi;

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      hip_planner_rest_range (pool, p, &lo, &hi);
      p->rest_seconds = lo + (guint) (5 * floor ((hi - lo) * f / 5 + 0.5));
    }
}

/* @seconds against @target seconds, by the rule every check of a session's time uses. */
static int
compare (guint seconds,
         guint target)
{
  return hip_minutes_compare (seconds, target / 60);
}

/* A walk first, or a longer one: the first lever when rest alone leaves a session short. */
static gboolean
lengthen_walk (Pool      *pool,
               GPtrArray *items,
               guint      target,
               guint      missing)
{
  HipPrescription *walk = NULL;
  /* A deload week is lighter, not shorter: fewer sets, and a longer walk. */
  guint add, most = pool->deload ? MAX (2 * WALK_MAX_SECONDS, target / 3) : WALK_MAX_SECONDS;

  for (guint i = 0; i < items->len; i++)
    if (((HipPrescription *) items->pdata[i])->exercise == pool->walk)
      walk = items->pdata[i];
  if (pool->walk == NULL || (walk != NULL && walk->seconds >= most))
    return FALSE;
  if (walk == NULL)
    {
      walk = hip_planner_prescribe (pool, pool->walk, HIP_PART_WARM_UP,
                                    hip_planner_reason_for_part (HIP_PART_WARM_UP, TRUE));
      walk->sets = 1;
      walk->seconds = 0;
      g_ptr_array_insert (items, 0, walk);
      missing = missing > HIP_SETUP_SECONDS ? missing - HIP_SETUP_SECONDS : 0;
    }
  add = MAX (60, (missing + 30) / 60 * 60);
  walk->seconds = MIN (most, walk->seconds + add);
  return TRUE;
}

/* Another stretch, or longer ones: the last lever, more range rather than more load. */
static gboolean
lengthen_stretches (Pool      *pool,
                    GPtrArray *items)
{
  HipPosition last = hip_planner_lowest_position (items, HIP_PART_CORE, TRUE);
  guint n = 0;
  HipExercise *e;

  for (guint i = 0; i < items->len; i++)
    n += ((HipPrescription *) items->pdata[i])->part == HIP_PART_COOL_DOWN;
  if (n < MAX_STRETCHES &&
      (e = hip_planner_pick_placed (pool, pool->stretches, items, n, last,
                                    HIP_POSITION_FLOOR)) != NULL)
    {
      const char *reason = hip_planner_reason_for_part (HIP_PART_COOL_DOWN, FALSE);
      HipPrescription *p = hip_planner_prescribe (pool, e, HIP_PART_COOL_DOWN, reason);

      p->sets = 1;
      p->seconds = STRETCH_SECONDS;
      g_ptr_array_add (items, p);
      g_ptr_array_sort (items, hip_planner_compare_position);
      return TRUE;
    }
  for (guint i = 0; i < items->len; i++)
    {
      HipPrescription *p = items->pdata[i];

      if (p->part == HIP_PART_COOL_DOWN && p->seconds > 0 && p->seconds < STRETCH_MAX_SECONDS)
        {
          p->seconds += 15;
          return TRUE;
        }
    }
  return FALSE;
}

/* Fits @items to @target seconds with rest inside the level's range, then a walk and stretches.
 * Returns whether the session fits (hip_minutes_compare()); it never ends over the longest it can
 * be. */
gboolean
hip_planner_fit_items (Pool      *pool,
                       GPtrArray *items,
                       guint      target)
{
  guint shortest, longest, span;
  double f;

  hip_planner_set_rest (pool, items, 0);
  shortest = hip_planner_items_seconds (items);
  if (compare (shortest, target) > 0)
    {
      pool->over = MAX (pool->over, (double) shortest / target);
      return FALSE;
    }
  /* The rest can add this much, whatever the warm-up and cool-down become. */
  hip_planner_set_rest (pool, items, 1);
  longest = hip_planner_items_seconds (items);
  span = longest - shortest;

  for (guint round = 0; longest < target && round < 40; round++)
    {
      if (!lengthen_walk (pool, items, target, target - longest) &&
          !lengthen_stretches (pool, items))
        break;
      longest = hip_planner_items_seconds (items);
      shortest = longest - span;
      if (compare (shortest, target) > 0)
        break;
    }

  f = span > 0 ? ((double) target - shortest) / span : 0;
  hip_planner_set_rest (pool, items, CLAMP (f, 0, 1));
  if (compare (longest, target) < 0)
    pool->reach = MIN (pool->reach, (double) longest / target);
  return compare (hip_planner_items_seconds (items), target) == 0;
}

/* ---- Balance within the level's sets ---- */

void
hip_planner_week_balance (GPtrArray  *sessions,
                          HipBalance *balance)
{
  hip_balance_init (balance);
  for (guint s = 0; s < sessions->len; s++)
    {
      GPtrArray *items = sessions->pdata[s];

      for (guint i = 0; i < items->len; i++)
        {
          HipPrescription *p = items->pdata[i];

          if (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE)
            hip_balance_add (balance, p->exercise, p->sets, HIP_SIDE_BOTH);
        }
    }
}

/* One set more or fewer on the main and core work, inside [@lo, @hi], while that brings the week
 * nearer its balance rules. Returns whether the week keeps them. */
/* The main and core prescriptions of a week, for moving sets. */
static GPtrArray *
levers (GPtrArray *sessions)
{
  GPtrArray *all = g_ptr_array_new ();

  for (guint s = 0; s < sessions->len; s++)
    for (guint i = 0; i < ((GPtrArray *) sessions->pdata[s])->len; i++)
      {
        HipPrescription *p = ((GPtrArray *) sessions->pdata[s])->pdata[i];

        if (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE)
          g_ptr_array_add (all, p);
      }
  return all;
}

gboolean
hip_planner_balance_sets (Pool      *pool,
                          GPtrArray *sessions,
                          guint      lo,
                          guint      hi)
{
  g_autoptr(GPtrArray) all = levers (sessions);
  HipBalance balance;
  double current;

  hip_planner_week_balance (sessions, &balance);
  current = hip_balance_violation (&balance, pool->exempt);
  for (guint round = 0; round < 64 && current > 1e-9; round++)
    {
      HipPrescription *best = NULL;
      int best_delta = 0;
      double best_value = current;

      for (guint i = 0; i < all->len; i++)
        for (int delta = -1; delta <= 1; delta += 2)
          {
            HipPrescription *p = all->pdata[i];
            /* A set more or fewer changes the week by that exercise's share alone. */
            HipBalance trial = balance;
            double value;

            if ((delta < 0 && p->sets <= lo) || (delta > 0 && p->sets >= hi))
              continue;
            hip_balance_add (&trial, p->exercise, delta, HIP_SIDE_BOTH);
            value = hip_balance_violation (&trial, pool->exempt);
            if (value < best_value - 1e-9)
              {
                best = p;
                best_delta = delta;
                best_value = value;
              }
          }
      if (best == NULL)
        break;
      best->sets += best_delta;
      hip_balance_add (&balance, best->exercise, best_delta, HIP_SIDE_BOTH);
      current = best_value;
    }
  return current <= 1e-9;
}

double
hip_planner_violation_of (Pool      *pool,
                          GPtrArray *sessions)
{
  HipBalance balance;

  hip_planner_week_balance (sessions, &balance);
  return hip_balance_violation (&balance, pool->exempt);
}

/* One set fewer of one prescription, or of two together when one alone would unbalance the
 * week (a flexion set with an extension set). Returns whether a set could go. */
static gboolean
cut_one (Pool      *pool,
         GPtrArray *sessions,
         GPtrArray *all)
{
  HipBalance balance;

  hip_planner_week_balance (sessions, &balance);
  for (guint i = 0; i < all->len; i++)
    {
      HipPrescription *p = all->pdata[i];
      HipBalance one = balance;

      if (p->sets <= 1)
        continue;
      hip_balance_add (&one, p->exercise, -1, HIP_SIDE_BOTH);
      if (hip_balance_violation (&one, pool->exempt) <= 1e-9)
        {
          p->sets--;
          return TRUE;
        }
      for (guint j = i + 1; j < all->len; j++)
        {
          HipPrescription *q = all->pdata[j];
          HipBalance two = one;

          if (q->sets <= 1)
            continue;
          hip_balance_add (&two, q->exercise, -1, HIP_SIDE_BOTH);
          if (hip_balance_violation (&two, pool->exempt) <= 1e-9)
            {
              p->sets--;
              q->sets--;
              return TRUE;
            }
        }
    }
  return FALSE;
}

static int
compare_sets_down (gconstpointer a,
                   gconstpointer b)
{
  const HipPrescription *x = *(HipPrescription **) a, *y = *(HipPrescription **) b;

  return (int) y->sets - (int) x->sets;
}

/* The deload: about a third fewer sets of main and core work, every exercise kept, the balance
 * kept (SCIENCE.md §2); the most repeated exercises give first. */
void
hip_planner_deload (Pool      *pool,
                    GPtrArray *sessions)
{
  g_autoptr(GPtrArray) all = levers (sessions);
  guint total = 0, goal;

  for (guint i = 0; i < all->len; i++)
    total += ((HipPrescription *) all->pdata[i])->sets;
  goal = (guint) floor (total * (1 - DELOAD_CUT) + 0.5);
  while (total > goal)
    {
      guint before = total;

      g_ptr_array_sort (all, compare_sets_down);
      if (!cut_one (pool, sessions, all))
        break;
      total = 0;
      for (guint i = 0; i < all->len; i++)
        total += ((HipPrescription *) all->pdata[i])->sets;
      g_assert (total < before);
    }
  /* When every action is down to the sets a week needs, the rest of the deload comes from
   * fewer repetitions and shorter holds: the bottom of the level's range. */
  if (total > goal)
    for (guint i = 0; i < all->len; i++)
      {
        HipPrescription *p = all->pdata[i];

        if (p->reps > 0)
          p->reps = pool->dosage->reps_lo;
        else if (hip_exercise_get_kind (p->exercise) == HIP_KIND_HOLD)
          p->seconds = pool->dosage->hold_lo;
      }
}
