/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Random valid profiles, for the planner's property test and its benchmark. */

#include "config.h"

#include "hip-test-profiles.h"

/* Any value every key of the profile file accepts, uniformly. */
void
hip_test_random_profile (GRand      *rand,
                         HipProfile *p)
{
  hip_profile_init (p);
  p->level = g_rand_int_range (rand, 0, HIP_N_LEVELS);
  /* Every subset of what people buy, nothing at all among them (an eighth of the time, since
   * most people start at home). */
  p->equipment = HIP_EQUIPMENT_NONE;
  if (g_rand_int_range (rand, 0, 8) != 0)
    p->equipment = g_rand_int_range (rand, 0, HIP_EQUIPMENT_ALL + 1) & HIP_EQUIPMENT_ALL;
  p->sessions_per_week = g_rand_int_range (rand, HIP_PROFILE_MIN_SESSIONS,
                                           HIP_PROFILE_MAX_SESSIONS + 1);
  p->minutes = g_rand_int_range (rand, HIP_PROFILE_MIN_MINUTES, HIP_PROFILE_MAX_MINUTES + 1);
  p->pain = g_rand_int_range (rand, 0, 11);
  p->knee_pain = g_rand_boolean (rand);
  p->hip_replacement = g_rand_int_range (rand, 0, 3);
  if (p->hip_replacement != HIP_REPLACEMENT_NONE)
    p->replacement_weeks = g_rand_int_range (rand, 0, 60);
  p->weeks = g_rand_int_range (rand, HIP_PROFILE_MIN_WEEKS, HIP_PROFILE_MAX_WEEKS + 1);
  p->seed = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
}
