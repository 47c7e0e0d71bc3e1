/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Planner benchmark: the median wall time to generate a 12-week plan, and the total time to
 * generate and check plans for 10,000 random valid profiles. Prints one line. */

#include "config.h"

#include <stdlib.h>

#include "hip-catalogue.h"
#include "hip-plan.h"
#include "hip-planner.h"
#include "hip-test-profiles.h"

#define SAMPLES  501
#define PROFILES 10000

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (void)
{
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  double times[SAMPLES];
  gint64 start;
  guint failures = 0;

  for (guint i = 0; i < SAMPLES; i++)
    {
      HipProfile profile;
      gint64 t0;

      hip_test_random_profile (rand, &profile);
      profile.weeks = 12;
      t0 = g_get_monotonic_time ();
      hip_plan_free (hip_planner_generate (&profile, G_LIST_MODEL (catalogue)));
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (times, SAMPLES, sizeof (double), compare);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < PROFILES; i++)
    {
      g_autoptr(HipPlan) plan = NULL;
      g_autoptr(GError) error = NULL;
      HipProfile profile;

      hip_test_random_profile (rand, &profile);
      plan = hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
      if (!hip_plan_verify (plan, &error))
        {
          failures++;
          g_printerr ("failing profile (level %d, equipment %#x, %u sessions of %u min, knee %d, "
                      "hip %d, %u weeks, seed %" G_GUINT64_FORMAT "): %s\n", profile.level,
                      profile.equipment, profile.sessions_per_week, profile.minutes,
                      profile.knee_pain, profile.hip_replacement, profile.weeks, profile.seed,
                      error->message);
        }
    }

  g_print ("planner: 12-week plan median %.3f ms (of %d); %d profiles generated and checked in "
           "%.2f s, %u failing\n", times[SAMPLES / 2], SAMPLES, PROFILES,
           (g_get_monotonic_time () - start) / 1e6, failures);
  return failures == 0 ? 0 : 1;
}
