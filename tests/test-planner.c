/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The planner: every week of every plan for 10,000 random valid profiles keeps every rule of
 * SCIENCE.md §6; the same inputs give the same plan; dosage follows SCIENCE.md §2 by level; a
 * profile that cannot be served as asked gets the nearest plan, with a note. */

#include "config.h"

#include <string.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-plan.h"
#include "hip-planner.h"
#include "hip-test-profiles.h"

static HipCatalogue *catalogue;

static void
test_property (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124);
  guint n = g_test_slow () ? 100000 : 10000;
  guint with_notes = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HipPlan) plan = NULL;
      HipProfile profile;

      hip_test_random_profile (rand, &profile);
      plan = hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
      if (!hip_plan_verify (plan, &error))
        g_error ("profile %u (level %d, equipment %#x, %u×%u min, knee %d, hip %d, %u weeks, "
                 "seed %" G_GUINT64_FORMAT "): %s", i, profile.level, profile.equipment,
                 profile.sessions_per_week, profile.minutes, profile.knee_pain,
                 profile.hip_replacement, profile.weeks, profile.seed, error->message);
      /* The plan serves the profile's block and sessions (possibly adjusted, with a note). */
      g_assert_cmpuint (plan->sessions->len, ==,
                        plan->profile.weeks * plan->profile.sessions_per_week);
      with_notes += plan->notes->len > 0;
    }
  g_test_message ("%u plans, %u with notes of what was changed", n, with_notes);
}

static HipPlan *
plan_for (HipLevel level,
          guint    minutes,
          guint    weeks,
          guint64  seed)
{
  HipProfile profile;

  hip_profile_init (&profile);
  profile.level = level;
  profile.equipment = HIP_EQUIPMENT_ALL;
  profile.sessions_per_week = 3;
  profile.minutes = minutes;
  profile.weeks = weeks;
  profile.seed = seed;
  return hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
}

static void
test_deterministic (void)
{
  g_autoptr(HipPlan) a = plan_for (HIP_LEVEL_INTERMEDIATE, 40, 8, 42);
  g_autoptr(HipPlan) b = plan_for (HIP_LEVEL_INTERMEDIATE, 40, 8, 42);
  g_autoptr(HipPlan) c = plan_for (HIP_LEVEL_INTERMEDIATE, 40, 8, 43);
  g_autofree char *ta = hip_plan_format_tsv (a);
  g_autofree char *tb = hip_plan_format_tsv (b);
  g_autofree char *tc = hip_plan_format_tsv (c);

  g_assert_cmpstr (ta, ==, tb);
  /* The seed is an input: another seed chooses other exercises. */
  g_assert_cmpstr (ta, !=, tc);
}

typedef struct
{
  HipLevel level;
  guint    min_sets, max_sets;    /* main work, a normal week */
  guint    min_reps, max_reps;
  guint    min_rest, max_rest;
} DosageCase;

/* SCIENCE.md §2 by level (sets may rise by one or two where the balance needs it). */
static void
test_dosage (void)
{
  static const DosageCase cases[] = {
    { HIP_LEVEL_BEGINNER, 1, 5, 8, 12, 60, 90 },
    { HIP_LEVEL_INTERMEDIATE, 1, 6, 8, 12, 60, 120 },
    { HIP_LEVEL_ADVANCED, 1, 6, 6, 12, 60, 180 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(HipPlan) plan = plan_for (cases[c].level, 45, 6, 7);

      for (guint s = 0; s < plan->sessions->len; s++)
        {
          HipSession *session = plan->sessions->pdata[s];

          for (guint i = 0; i < session->items->len; i++)
            {
              HipPrescription *p = session->items->pdata[i];

              if (p->part != HIP_PART_MAIN)
                continue;
              g_assert_cmpuint (p->sets, >=, cases[c].min_sets);
              g_assert_cmpuint (p->sets, <=, cases[c].max_sets);
              g_assert_cmpuint (p->rest_seconds, >=, cases[c].min_rest);
              g_assert_cmpuint (p->rest_seconds, <=, cases[c].max_rest);
              /* Beginners' first two weeks: 10–15 repetitions for motor control. */
              if (p->reps > 0 && cases[c].level == HIP_LEVEL_BEGINNER && session->week <= 2)
                {
                  g_assert_cmpuint (p->reps, >=, 10);
                  g_assert_cmpuint (p->reps, <=, 15);
                }
              else if (p->reps > 0)
                {
                  g_assert_cmpuint (p->reps, >=, cases[c].min_reps);
                  g_assert_cmpuint (p->reps, <=, cases[c].max_reps);
                }
              g_assert_nonnull (p->rationale);
              g_assert_cmpuint (strlen (p->rationale), >, 10);
            }
        }
    }
}

/* Sessions fall on different days, not back to back (up to four a week). */
static void
test_days (void)
{
  g_autoptr(HipPlan) plan = plan_for (HIP_LEVEL_INTERMEDIATE, 30, 4, 3);

  for (guint s = 1; s < plan->sessions->len; s++)
    {
      HipSession *a = plan->sessions->pdata[s - 1], *b = plan->sessions->pdata[s];

      if (a->week == b->week)
        g_assert_cmpuint (b->day, >=, a->day + 2);
    }
}

/* Five minutes cannot train every hip action: the nearest plan, and a note that says so. */
static void
test_nearest_plan (void)
{
  g_autoptr(HipPlan) plan = plan_for (HIP_LEVEL_BEGINNER, 5, 6, 1);
  g_autoptr(GError) error = NULL;
  gboolean noted = FALSE;

  g_assert_cmpuint (plan->profile.minutes, >, 5);
  for (guint i = 0; i < plan->notes->len; i++)
    noted |= strstr (plan->notes->pdata[i], "minutes") != NULL;
  g_assert_true (noted);
  g_assert_true (hip_plan_verify (plan, &error));
}

static void
test_tsv (void)
{
  g_autoptr(HipPlan) plan = plan_for (HIP_LEVEL_BEGINNER, 30, 4, 9);
  g_autofree char *tsv = hip_plan_format_tsv (plan);
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++, n++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 9);
      g_assert_nonnull (hip_catalogue_lookup (catalogue, fields[3]));
      g_assert_true (g_str_equal (fields[7], "0") || g_str_equal (fields[7], "1"));
    }
  g_assert_cmpuint (n, >, 0);
  g_assert_true (g_str_has_prefix (tsv, "1\t1\t1\t"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  catalogue = hip_catalogue_new_default (NULL);

  g_test_add_func ("/core/planner/property", test_property);
  g_test_add_func ("/core/planner/deterministic", test_deterministic);
  g_test_add_func ("/core/planner/dosage", test_dosage);
  g_test_add_func ("/core/planner/days", test_days);
  g_test_add_func ("/core/planner/nearest-plan", test_nearest_plan);
  g_test_add_func ("/core/planner/tsv", test_tsv);

  status = g_test_run ();
  g_clear_object (&catalogue);
  return status;
}
