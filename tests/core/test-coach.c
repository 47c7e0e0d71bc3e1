/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The model between the pages and the store, driven as the window drives it, without a display:
 * what each workflow leaves in the store and which signals say so. */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hip-calendar.h"
#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-today.h"
#include "hip-coach-private.h"
#include "hip-csv.h"
#include "hip-coach-private.h"
#include "hip-exercise.h"
#include "hip-plan-changes.h"
#include "hip-plan-edit.h"
#include "hip-store.h"
#include "hip-store-private.h"
#include "hip-test-history.h"
#include "hip-units.h"

typedef struct
{
  HipCoach *coach;
  guint     profile_changed;
  guint     programme_changed;
  guint     log_changed;
} Fixture;

static void
count_cb (HipCoach *coach,
          guint    *counter)
{
  (*counter)++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = hip_store_new (NULL, &error);

  g_assert_no_error (error);
  f->coach = hip_coach_new (store);
  g_signal_connect (f->coach, "profile-changed", G_CALLBACK (count_cb), &f->profile_changed);
  g_signal_connect (f->coach, "programme-changed", G_CALLBACK (count_cb), &f->programme_changed);
  g_signal_connect (f->coach, "log-changed", G_CALLBACK (count_cb), &f->log_changed);
  /* Every answer "no", as most first runs go; the screening's own test answers otherwise. */
  g_assert_cmpint (hip_coach_save_screening (f->coach, 0, FALSE, &error), ==, HIP_SCREENING_CLEAR);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->coach);
}

/* A first start: nothing stored, no programme can be made yet; the first run's profile is
 * saved once and said so once. */
static void
test_first_run (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HipProfile profile, loaded;
  gboolean found = TRUE;

  g_assert_false (hip_coach_has_profile (f->coach));
  g_assert_false (hip_coach_has_programme (f->coach));
  g_assert_true (hip_coach_load_profile (f->coach, &loaded, &found, &error));
  g_assert_false (found);

  g_assert_false (hip_coach_generate_programme (f->coach, NULL, &error));
  g_assert_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_NO_PROFILE);
  g_clear_error (&error);
  g_assert_cmpuint (f->programme_changed, ==, 0);
  g_assert_false (hip_coach_has_programme (f->coach));

  hip_profile_init (&profile);
  profile.knee_pain = TRUE;
  profile.minutes = 25;
  g_assert_true (hip_coach_save_profile (f->coach, &profile, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->profile_changed, ==, 1);
  g_assert_true (hip_coach_has_profile (f->coach));
  g_assert_true (hip_coach_load_profile (f->coach, &loaded, &found, &error));
  g_assert_true (found);
  g_assert_true (loaded.knee_pain);
  g_assert_cmpuint (loaded.minutes, ==, 25);
  g_assert_cmpuint (f->programme_changed, ==, 0);
  g_assert_cmpuint (f->log_changed, ==, 0);
}

/* A bad profile is refused with a reason: nothing is stored and nothing is said. */
static void
test_bad_profile (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HipProfile profile;

  hip_profile_init (&profile);
  profile.sessions_per_week = 0;
  g_assert_false (hip_coach_save_profile (f->coach, &profile, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (f->profile_changed, ==, 0);
  g_assert_false (hip_coach_has_profile (f->coach));
}

/* SCIENCE.md §4: an emergency sign blocks a programme whatever the person ticks, and only
 * answering again with every answer "no" lifts it; another sign blocks it until a clinician has
 * cleared them. Each answer is kept and said. */
static void
test_screening (Fixture       *f,
                gconstpointer  data)
{
  static const struct
  {
    HipRedFlagAnswers answers;
    gboolean          cleared;
    HipScreening      outcome;
    gboolean          allowed;
  } steps[] = {
    { 1u << 1, TRUE, HIP_SCREENING_EMERGENCY, FALSE },           /* bladder: no self-clearance */
    { (1u << 1) | (1u << 9), TRUE, HIP_SCREENING_EMERGENCY, FALSE },
    { 1u << 9, FALSE, HIP_SCREENING_URGENT, FALSE },             /* weight loss, not cleared */
    { 1u << 9, TRUE, HIP_SCREENING_CLEARED_BY_CLINICIAN, TRUE },
    { 1u << 0, FALSE, HIP_SCREENING_EMERGENCY, FALSE },          /* saddle numbness */
    { 0, FALSE, HIP_SCREENING_CLEAR, TRUE },                     /* answered again: all "no" */
  };
  guint n_flags, emergencies = 0;
  const HipRedFlag *flags = hip_red_flags (&n_flags);
  HipProfile profile;
  guint changed = 0;

  /* The five cauda equina signs come first, and are the only emergency ones. */
  for (guint i = 0; i < n_flags; i++)
    emergencies += flags[i].group == HIP_RED_FLAG_EMERGENCY;
  g_assert_cmpuint (emergencies, ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (hip_screening_judge (1u << i), ==, HIP_SCREENING_EMERGENCY);

  hip_profile_init (&profile);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_signal_connect (f->coach, "screening-changed", G_CALLBACK (count_cb), &changed);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(GError) error = NULL;
      HipRedFlagAnswers answers = 0;
      HipScreening outcome;
      gboolean made;

      g_assert_cmpint (hip_coach_save_screening (f->coach, steps[i].answers, steps[i].cleared,
                                                 &error), ==, steps[i].outcome);
      g_assert_no_error (error);
      g_assert_cmpuint (changed, ==, i + 1);
      g_assert_true (hip_coach_get_screening (f->coach, &outcome, &answers));
      g_assert_cmpint (outcome, ==, steps[i].outcome);
      g_assert_cmpuint (answers, ==, steps[i].answers);
      g_assert_cmpint (hip_coach_screening_allows_programme (f->coach), ==, steps[i].allowed);
      made = hip_coach_generate_programme (f->coach, NULL, &error);
      g_assert_cmpint (made, ==, steps[i].allowed);
      if (!made)
        g_assert_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_SCREENING);
    }
}

/* A bad day: pain before well above the person's baseline offers the lighter session; the
 * same painful sets in it change nothing in the programme (it was not the session's dose);
 * a session ended with nothing logged is dropped, not counted as done, and one with sets is
 * never dropped. */
static void
test_bad_day (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(HipWorkout) empty = hip_workout_new ();
  g_autoptr(HipWorkout) light = hip_workout_new ();
  g_autoptr(HipSession) lighter = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  HipSession *first;
  HipProfile profile;
  gint64 id = 0;
  guint changed;

  hip_profile_init (&profile);
  profile.pain = 2;
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_generate_programme (f->coach, &id, &error));
  g_assert_true (hip_coach_pain_before_high (f->coach, 5, today));
  g_assert_false (hip_coach_pain_before_high (f->coach, 4, today));
  g_assert_false (hip_coach_pain_before_high (f->coach, HIP_LOG_NONE, today));
  /* This week's mornings are at 5: 7 is high anyway, 6 is not 3 above. */
  g_assert_true (hip_coach_save_checkin (f->coach, today, 5, 5, NULL));
  g_assert_false (hip_coach_pain_before_high (f->coach, 6, today));
  g_assert_true (hip_coach_pain_before_high (f->coach, 7, today));

  first = hip_coach_get_next_session (f->coach);
  empty->programme_id = id;
  empty->week = first->week;
  empty->session = first->session;
  g_assert_true (hip_coach_start_workout (f->coach, empty, &error));
  g_assert_true (hip_coach_discard_workout (f->coach, empty->id, &error));
  g_assert_no_error (error);
  g_assert_null (hip_coach_load_workout (f->coach, empty->id, NULL));
  g_assert_true (hip_coach_get_next_session (f->coach) == first);

  lighter = hip_coach_lighter_session (f->coach, first);
  g_assert_nonnull (lighter);
  light->programme_id = id;
  light->week = first->week;
  light->session = first->session;
  light->light = TRUE;
  light->pain_before = 8;
  g_assert_true (hip_coach_start_workout (f->coach, light, &error));
  set->workout_id = light->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (
    ((HipPrescription *) lighter->items->pdata[lighter->items->len / 2])->exercise));
  set->set_number = 1;
  set->reps = 5;
  set->pain = 7;
  g_assert_true (hip_coach_log_set (f->coach, set, &error));
  g_assert_false (hip_coach_discard_workout (f->coach, light->id, &error));
  g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  changed = f->programme_changed;
  g_assert_true (hip_coach_finish_workout (f->coach, light->id, 6, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (f->programme_changed, ==, changed);
  g_clear_pointer (&light, hip_workout_free);
  light = hip_coach_load_workout (f->coach, set->workout_id, NULL);
  g_assert_true (light->light);
}

/* The weekday @days before @day's. */
static GDateWeekday
weekday_before (const GDate *day,
                int          days)
{
  return (GDateWeekday) (((int) g_date_get_weekday (day) - 1 - days + 14) % 7 + 1);
}

/* Whether the sessions of @plan from @from on keep their order, each on its own day, and full
 * sessions a day apart (SCIENCE.md §6). */
static void
assert_spaced_from (const HipPlan    *plan,
                    GDateWeekday      week_start,
                    const HipSession *from)
{
  g_autoptr(GArray) dates = hip_plan_session_dates (plan, week_start, NULL);
  GDate previous, previous_full;
  gboolean on = FALSE;

  g_date_clear (&previous, 1);
  g_date_clear (&previous_full, 1);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];
      const GDate *date = &g_array_index (dates, GDate, s);

      on = on || session == from;
      if (!on || !g_date_valid (date))
        continue;
      if (g_date_valid (&previous))
        g_assert_cmpint (g_date_days_between (&previous, date), >=, 1);
      if (hip_session_is_full (session) && g_date_valid (&previous_full))
        g_assert_cmpint (g_date_days_between (&previous_full, date), >=, 2);
      previous = *date;
      if (hip_session_is_full (session))
        previous_full = *date;
    }
}

/* A missed session is not left dated in the past: it can be skipped (the next one comes up,
 * and it is not counted as done) or moved to today, which makes its week the person's week
 * that holds today, the sessions after it a day apart. */
static void
test_missed_session (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  HipSession *first, *second;
  GDateWeekday week_start;
  HipProfile profile;
  GDate day, planned, first_day;

  /* Today is the fourth day of the person's week, whatever day it is; the programme started on
   * the fifth day of last week, whose week 1 had room for its first session only. */
  hip_log_parse_day (today, &day);
  week_start = weekday_before (&day, 3);
  hip_coach_set_week_start (f->coach, week_start);
  hip_profile_init (&profile);
  profile.start = day;
  g_date_subtract_days (&profile.start, 6);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_generate_programme (f->coach, NULL, &error));
  first = hip_coach_get_next_session (f->coach);
  g_assert_true (hip_coach_next_session_missed (f->coach, today));

  g_assert_true (hip_coach_skip_next_session (f->coach, today, &error));
  g_assert_no_error (error);
  second = hip_coach_get_next_session (f->coach);
  g_assert_true (second != first);
  g_assert_true (hip_coach_next_session_missed (f->coach, today));
  /* Skipped is not done: no workout was written. */
  {
    g_autoptr(GPtrArray) workouts = hip_coach_recent_workouts (f->coach, 10, NULL);

    g_assert_cmpuint (workouts->len, ==, 0);
  }

  g_assert_cmpuint (second->week, ==, 2);
  g_assert_true (hip_coach_move_next_to_today (f->coach, today, &error));
  g_assert_no_error (error);
  g_assert_false (hip_coach_next_session_missed (f->coach, today));
  /* Not week 1's sessions its shorter week left out: they are behind the person. */
  g_assert_true (hip_coach_get_next_session (f->coach) == second);
  g_assert_true (hip_coach_get_session_date (f->coach, second, &planned));
  g_assert_cmpint (g_date_compare (&planned, &day), ==, 0);
  /* Its week is this week: the person's, from their week start. */
  g_assert_cmpuint (hip_coach_get_programme_week (f->coach, &day, &first_day), ==, second->week);
  g_assert_cmpint (g_date_get_weekday (&first_day), ==, week_start);
  g_assert_cmpint (g_date_days_between (&first_day, &day), ==, 3);
  assert_spaced_from (hip_coach_get_plan (f->coach, NULL), week_start, second);
  /* It is kept: after a restart of the coach too. */
  hip_coach_emit_programme_changed (f->coach, TRUE);
  g_assert_true (hip_coach_get_session_date (f->coach, hip_coach_get_next_session (f->coach),
                                             &planned));
  g_assert_cmpint (g_date_compare (&planned, &day), ==, 0);
  /* The profile saved with the same start date keeps it; a new start date starts the dates
   * again from that. */
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_false (hip_coach_next_session_missed (f->coach, today));
  profile.start = day;
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_get_session_date (f->coach, hip_coach_get_next_session (f->coach),
                                             &planned));
  g_assert_cmpint (g_date_compare (&planned, &day), >=, 0);
}

/* The programme is made from the stored profile and becomes the active one; a second one is
 * a different plan (a new seed), and the first is kept. */
static void
test_generate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HipProfile profile, loaded;
  gint64 first_id = 0, second_id = 0;

  hip_profile_init (&profile);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));

  g_assert_true (hip_coach_generate_programme (f->coach, &first_id, &error));
  g_assert_no_error (error);
  g_assert_nonnull (hip_coach_get_plan (f->coach, NULL));
  g_assert_cmpint (first_id, >, 0);
  g_assert_cmpuint (f->programme_changed, ==, 1);
  g_assert_true (hip_coach_has_programme (f->coach));
  g_assert_cmpint (hip_coach_get_active_programme (f->coach), ==, first_id);

  g_assert_true (hip_coach_generate_programme (f->coach, &second_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (second_id, !=, first_id);
  g_assert_cmpuint (f->programme_changed, ==, 2);
  g_assert_cmpint (hip_coach_get_active_programme (f->coach), ==, second_id);
  g_assert_true (hip_coach_load_profile (f->coach, &loaded, NULL, NULL));
  g_assert_cmpuint (loaded.seed, !=, profile.seed);
  {
    g_autoptr(GPtrArray) programmes = hip_coach_list_programmes (f->coach, NULL);

    g_assert_cmpuint (programmes->len, ==, 2);
  }
  /* Seeding is the profile's business only: no profile-changed for it. */
  g_assert_cmpuint (f->profile_changed, ==, 1);

  /* Choosing, renaming and deleting, each said so; a name nobody can read is refused. */
  g_assert_true (hip_coach_activate_programme (f->coach, first_id, &error));
  g_assert_cmpint (hip_coach_get_active_programme (f->coach), ==, first_id);
  g_assert_true (hip_coach_rename_programme (f->coach, first_id, "Spring", &error));
  g_assert_false (hip_coach_rename_programme (f->coach, first_id, "", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (f->programme_changed, ==, 4);
  {
    g_autoptr(GPtrArray) programmes = hip_coach_list_programmes (f->coach, NULL);
    HipProgrammeInfo *info = programmes->pdata[1];

    g_assert_cmpint (info->id, ==, first_id);
    g_assert_cmpstr (info->name, ==, "Spring");
  }
  /* Deleting the active one makes the newest of the others active. */
  {
    gint64 next = 0;

    g_assert_true (hip_coach_delete_programme (f->coach, first_id, &next, &error));
    g_assert_cmpint (next, ==, second_id);
    g_assert_cmpint (hip_coach_get_active_programme (f->coach), ==, second_id);
    g_assert_true (hip_coach_delete_programme (f->coach, second_id, &next, &error));
    g_assert_cmpint (next, ==, 0);
    g_assert_false (hip_coach_has_programme (f->coach));
    g_assert_cmpuint (f->programme_changed, ==, 6);
  }
}

/* A workout started, its sets logged as they are done, and finished: painful sets change the
 * coming sessions (SCIENCE.md's pain rule), the change is stored with the programme and said
 * so. */
static void
test_workout (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HipPlan *plan;
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  HipPrescription *painful = NULL;
  HipSession *session;
  HipProfile profile;
  gint64 id = 0;

  hip_profile_init (&profile);
  profile.pain = 2;
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_generate_programme (f->coach, &id, &error));
  g_assert_no_error (error);
  plan = hip_coach_get_plan (f->coach, NULL);
  session = hip_plan_get_session (plan, 1, 1);
  for (guint i = 0; i < session->items->len && painful == NULL; i++)
    {
      HipPrescription *p = session->items->pdata[i];

      if (p->part == HIP_PART_MAIN && p->reps > 0)
        painful = p;
    }
  g_assert_nonnull (painful);

  workout->programme_id = id;
  workout->week = 1;
  workout->session = 1;
  workout->pain_before = 2;
  g_assert_true (hip_coach_start_workout (f->coach, workout, &error));
  g_assert_no_error (error);
  g_assert_cmpint (workout->id, >, 0);
  for (guint n = 1; n <= painful->sets; n++)
    {
      g_autoptr(HipLoggedSet) set = hip_logged_set_new ();

      set->workout_id = workout->id;
      set->exercise_id = g_strdup (hip_exercise_get_id (painful->exercise));
      set->set_number = n;
      set->side = HIP_SIDE_BOTH;
      set->reps = painful->reps;
      set->effort = 7;
      set->pain = 7;
      g_assert_true (hip_coach_log_set (f->coach, set, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (f->programme_changed, ==, 1);

  g_assert_true (hip_coach_finish_workout (f->coach, workout->id, 6, &changes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, >=, 1);
  for (guint i = 0; i < changes->len; i++)
    g_test_message ("%s", (const char *) changes->pdata[i]);
  g_assert_true (g_str_has_prefix (changes->pdata[0], hip_exercise_get_name (painful->exercise)));
  g_assert_cmpuint (f->programme_changed, ==, 2);
  /* The adaptation was made in the one active plan the pages show, not in a copy. */
  g_assert_true (hip_coach_get_plan (f->coach, NULL) == plan);
  stored = hip_coach_latest_adaptations (f->coach, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, changes->len);
}

/* Starts a workout of the active programme's next session and logs one set of its first
 * exercise; returns the set's id. */
static gint64
log_one_set (Fixture    *f,
             HipWorkout *workout,
             int         pain)
{
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  HipSession *next = hip_coach_get_next_session (f->coach);
  HipPrescription *p;
  gint64 id = 0;

  g_assert_nonnull (hip_coach_get_plan (f->coach, &id));
  g_assert_nonnull (next);
  p = next->items->pdata[0];
  workout->programme_id = id;
  workout->week = next->week;
  workout->session = next->session;
  workout->pain_before = 1;
  g_assert_true (hip_coach_start_workout (f->coach, workout, NULL));
  set->workout_id = workout->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (p->exercise));
  set->set_number = 1;
  set->reps = p->reps;
  set->seconds = p->seconds;
  set->pain = pain;
  g_assert_true (hip_coach_log_set (f->coach, set, NULL));
  return set->id;
}

/* What Today shows and does: the next session moves on once one is done; a workout left
 * under way is found and can be ended; the morning check-in is due only the day after a
 * session and once; sets are edited, deleted and put back, each said by log-changed, and a
 * bad value is refused with the set kept as it was. */
static void
test_today (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = NULL, kept = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *next_day = g_date_time_format (tomorrow, "%Y-%m-%d");
  HipSession *next = NULL;
  HipProfile profile;
  gint64 id = 0, set_id;
  guint logged;

  g_assert_null (hip_coach_get_plan (f->coach, &id));
  g_assert_null (hip_coach_get_next_session (f->coach));
  g_assert_cmpint (id, ==, 0);
  hip_profile_init (&profile);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_generate_programme (f->coach, NULL, NULL));
  next = hip_coach_get_next_session (f->coach);
  g_assert_nonnull (next);
  g_assert_cmpuint (next->week, ==, 1);
  g_assert_cmpuint (next->session, ==, 1);

  set_id = log_one_set (f, workout, 2);
  g_assert_cmpint (hip_coach_get_unfinished_workout (f->coach), ==, workout->id);
  logged = f->log_changed;
  g_assert_true (hip_coach_end_workout (f->coach, workout->id, &error));
  g_assert_cmpuint (f->log_changed, ==, logged + 1);
  g_assert_cmpint (hip_coach_get_unfinished_workout (f->coach), ==, 0);
  next = hip_coach_get_next_session (f->coach);
  g_assert_cmpuint (next->session, ==, 2);

  /* The workout was today: the check-in is for tomorrow morning (or the day after), once; not
   * weeks later, when it would say nothing about the session. */
  g_assert_false (hip_coach_checkin_due (f->coach, today));
  g_assert_true (hip_coach_checkin_due (f->coach, next_day));
  {
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 2);
    g_autoptr(GDateTime) much_later = g_date_time_add_days (now, 15);
    g_autofree char *in_two = g_date_time_format (later, "%Y-%m-%d");
    g_autofree char *in_fifteen = g_date_time_format (much_later, "%Y-%m-%d");

    g_assert_true (hip_coach_checkin_due (f->coach, in_two));
    g_assert_false (hip_coach_checkin_due (f->coach, in_fifteen));
  }
  /* Nothing entered is refused with a reason, and nothing is said. */
  g_assert_false (hip_coach_save_checkin (f->coach, next_day, HIP_LOG_NONE, HIP_LOG_NONE,
                                          &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_cmpuint (f->log_changed, ==, logged + 1);
  g_assert_true (hip_coach_checkin_due (f->coach, next_day));
  /* Stiffness alone is a check-in. */
  g_assert_true (hip_coach_save_checkin (f->coach, next_day, HIP_LOG_NONE, 2, &error));
  g_assert_cmpuint (f->log_changed, ==, logged + 2);
  g_assert_false (hip_coach_checkin_due (f->coach, next_day));

  set = hip_coach_load_set (f->coach, set_id, &error);
  g_assert_nonnull (set);
  set->pain = 11;
  g_assert_false (hip_coach_update_set (f->coach, set, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (f->log_changed, ==, logged + 2);
  kept = hip_coach_load_set (f->coach, set_id, NULL);
  g_assert_cmpint (kept->pain, ==, 2);
  set->pain = 4;
  g_assert_true (hip_coach_update_set (f->coach, set, &error));
  g_assert_cmpuint (f->log_changed, ==, logged + 3);
  g_assert_true (hip_coach_delete_set (f->coach, set_id, &error));
  g_assert_null (hip_coach_load_set (f->coach, set_id, NULL));
  g_assert_true (hip_coach_restore_set (f->coach, set, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->log_changed, ==, logged + 5);
  g_clear_pointer (&kept, hip_logged_set_free);
  kept = hip_coach_load_set (f->coach, set->id, NULL);
  g_assert_cmpint (kept->pain, ==, 4);
}

/* How do_session() logs a session's sets. */
typedef enum
{
  LOG_EVERY_SET,       /* every set of every side, each with its pain */
  LOG_FIRST_PAIN,      /* pain entered for each exercise's first set only, the rest left empty */
  LOG_LEFT_ONLY,       /* one-sided work: the left side only, the right never logged */
} Logging;

/* The pain rules' person: advanced, every piece of equipment, usual pain 2. */
static void
make_programme (Fixture *f)
{
  HipProfile profile;

  hip_profile_init (&profile);
  profile.pain = 2;
  profile.level = HIP_LEVEL_ADVANCED;
  profile.equipment = HIP_EQUIPMENT_ALL;
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_generate_programme (f->coach, NULL, NULL));
}

/* Does the active programme's next session, started @days_ago days ago: every strength and
 * core set @extra repetitions (or 5 × @extra seconds) past its target, with pain @pain during
 * it, logged as @logging says. Returns: what finishing it changed, one line an exercise. */
static GPtrArray *
do_session (Fixture *f,
            guint    extra,
            int      pain,
            Logging  logging,
            int      days_ago)
{
  HipSession *next = hip_coach_get_next_session (f->coach);
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) started = g_date_time_add_days (now, -days_ago);
  GPtrArray *changes = NULL;

  g_assert_nonnull (next);
  workout->programme_id = hip_coach_get_active_programme (f->coach);
  workout->week = next->week;
  workout->session = next->session;
  workout->pain_before = 2;
  workout->started = hip_log_format_time (started);
  g_assert_true (hip_coach_start_workout (f->coach, workout, NULL));
  for (guint i = 0; i < next->items->len; i++)
    {
      HipPrescription *p = next->items->pdata[i];
      HipSide first = p->per_side ? HIP_SIDE_LEFT : HIP_SIDE_BOTH;
      HipSide last = p->per_side && logging != LOG_LEFT_ONLY ? HIP_SIDE_RIGHT : first;

      for (guint n = 1; n <= p->sets; n++)
        for (HipSide side = first; side <= last; side++)
          {
            g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
            gboolean strength = p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE;

            set->workout_id = workout->id;
            set->exercise_id = g_strdup (hip_exercise_get_id (p->exercise));
            set->set_number = n;
            set->side = side;
            set->reps = p->reps > 0 ? p->reps + (strength ? extra : 0) : 0;
            set->seconds = p->reps > 0 ? 0 : p->seconds + (strength ? 5 * extra : 0);
            set->pain = logging == LOG_FIRST_PAIN && n > 1 ? HIP_LOG_NONE : pain;
            g_assert_true (hip_coach_log_set (f->coach, set, NULL));
          }
    }
  g_assert_true (hip_coach_finish_workout (f->coach, workout->id, 1, &changes, NULL));
  for (guint i = 0; i < changes->len; i++)
    g_test_message ("W%uS%u: %s", next->week, next->session, (const char *) changes->pdata[i]);
  return changes;
}

/* Whether @change (a line of do_session()'s) makes @exercise harder. */
static gboolean
progresses (const char  *change,
            HipExercise *exercise)
{
  g_autofree char *prefix = g_strdup_printf ("%s: ", hip_exercise_get_name (exercise));

  return g_str_has_prefix (change, prefix) &&
         (strstr (change, "Up to") != NULL || strstr (change, "Load up") != NULL ||
          strstr (change, "On to") != NULL);
}

/* Next-morning check-ins act when they are saved, for the next session, and once (SCIENCE.md
 * §3): the first morning 2 points or more above the person's baseline after a session holds
 * the next session; the second in a row steps that session's exercises back, and says so. A
 * bad morning before the session is not one after it; the same check-in saved again does
 * nothing more; and the sessions done afterwards, green, are not stepped back again by the
 * same mornings. */
static void
test_mornings_act (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) three_ago = g_date_time_add_days (now, -3);
  g_autoptr(GDateTime) one_ago = g_date_time_add_days (now, -1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *yesterday = g_date_time_format (one_ago, "%Y-%m-%d");
  g_autofree char *before = g_date_time_format (three_ago, "%Y-%m-%d");
  g_autoptr(GPtrArray) stored = NULL;
  guint changed;

  make_programme (f);
  g_ptr_array_unref (do_session (f, 0, 1, LOG_EVERY_SET, 2));
  changed = f->programme_changed;

  /* Stiff the morning before the session: that says nothing about it, now or later. */
  g_assert_true (hip_coach_save_checkin (f->coach, before, 2, 6, NULL));
  g_assert_cmpuint (f->programme_changed, ==, changed);
  g_assert_true (hip_coach_save_checkin (f->coach, yesterday, 5, 2, NULL));
  g_assert_cmpuint (f->programme_changed, ==, changed + 1);
  stored = hip_coach_latest_adaptations (f->coach, hip_coach_get_active_programme (f->coach),
                                         NULL);
  for (guint i = 0; i < stored->len; i++)
    {
      g_test_message ("%s", (const char *) stored->pdata[i]);
      g_assert_null (strstr (stored->pdata[i], "twice in a row"));
    }
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_nonnull (strstr (stored->pdata[0], "no harder"));

  g_assert_true (hip_coach_save_checkin (f->coach, today, 5, 3, NULL));
  g_assert_cmpuint (f->programme_changed, ==, changed + 2);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = hip_coach_latest_adaptations (f->coach, hip_coach_get_active_programme (f->coach),
                                         NULL);
  g_assert_cmpuint (stored->len, >, 1);
  for (guint i = 1; i < stored->len; i++)
    {
      g_test_message ("%s", (const char *) stored->pdata[i]);
      g_assert_nonnull (strstr (stored->pdata[i], "twice in a row"));
    }
  /* Saved again, the same morning is not acted on again. */
  g_assert_true (hip_coach_save_checkin (f->coach, today, 5, 3, NULL));
  g_assert_cmpuint (f->programme_changed, ==, changed + 2);

  /* The next sessions go without pain: the mornings already acted on step nothing back. */
  for (guint k = 0; k < 3; k++)
    {
      g_autoptr(GPtrArray) changes = do_session (f, 0, 1, LOG_EVERY_SET, 0);

      for (guint i = 0; i < changes->len; i++)
        g_assert_null (strstr (changes->pdata[i], "next-morning"));
    }
}

/* Mornings after a lighter day's session (SCIENCE.md §3's bad day): the next session is held,
 * but nothing is stepped back, as that session's exercises were the easiest already and the
 * programme's were not done. */
static void
test_mornings_after_light (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) two_ago = g_date_time_add_days (now, -2);
  g_autoptr(GDateTime) one_ago = g_date_time_add_days (now, -1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *yesterday = g_date_time_format (one_ago, "%Y-%m-%d");
  g_autoptr(HipWorkout) light = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  g_autoptr(HipSession) lighter = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  HipSession *next;
  guint changed;

  make_programme (f);
  next = hip_coach_get_next_session (f->coach);
  lighter = hip_coach_lighter_session (f->coach, next);
  light->programme_id = hip_coach_get_active_programme (f->coach);
  light->week = next->week;
  light->session = next->session;
  light->light = TRUE;
  light->pain_before = 8;
  light->started = hip_log_format_time (two_ago);
  g_assert_true (hip_coach_start_workout (f->coach, light, NULL));
  set->workout_id = light->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (
    ((HipPrescription *) lighter->items->pdata[lighter->items->len / 2])->exercise));
  set->set_number = 1;
  set->reps = 5;
  set->pain = 2;
  g_assert_true (hip_coach_log_set (f->coach, set, NULL));
  g_assert_true (hip_coach_finish_workout (f->coach, light->id, 3, NULL, NULL));

  changed = f->programme_changed;
  g_assert_true (hip_coach_save_checkin (f->coach, yesterday, 6, 2, NULL));
  g_assert_true (hip_coach_save_checkin (f->coach, today, 6, 2, NULL));
  g_assert_cmpuint (f->programme_changed, ==, changed + 1);
  stored = hip_coach_latest_adaptations (f->coach, hip_coach_get_active_programme (f->coach),
                                         NULL);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_nonnull (strstr (stored->pdata[0], "no harder"));
}

/* The first prescription of @exercise in @plan from session @from (an index) on, or NULL;
 * @at is its session's index. */
static HipPrescription *
first_from (const HipPlan *plan,
            guint          from,
            HipExercise   *exercise,
            guint         *at)
{
  for (guint s = from; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      for (guint i = 0; i < session->items->len; i++)
        if (((HipPrescription *) session->items->pdata[i])->exercise == exercise)
          {
            *at = s;
            return session->items->pdata[i];
          }
    }
  return NULL;
}

/* The last prescription of @exercise in @plan before session @before (an index), or NULL. */
static const HipPrescription *
last_before (const HipPlan *plan,
             guint          before,
             HipExercise   *exercise)
{
  for (guint s = before; s > 0; s--)
    {
      const HipSession *session = plan->sessions->pdata[s - 1];

      for (guint i = 0; i < session->items->len; i++)
        if (((HipPrescription *) session->items->pdata[i])->exercise == exercise)
          return session->items->pdata[i];
    }
  return NULL;
}

static gboolean
same_dose (const HipPrescription *p,
           const HipPrescription *q)
{
  return p->exercise == q->exercise && p->sets == q->sets && p->reps == q->reps &&
         p->seconds == q->seconds && g_strcmp0 (p->load, q->load) == 0;
}

/* One bad morning (SCIENCE.md §3: pain or stiffness 2 points or more above the person's
 * baseline): as the check-in is saved, the next session progresses nothing, whether the plan
 * or the progression rule had made it harder; nor does the next time each exercise of the
 * session before comes. Every other session stays as it was. */
static void
test_one_morning_holds (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(HipPlan) was = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GHashTable) targets = g_hash_table_new (NULL, NULL);
  const HipSession *done;
  HipSession *next;
  HipPlan *plan;
  guint n_week, next_at = 0, held = 0, changed;

  make_programme (f);
  n_week = hip_plan_sessions_in_week (hip_coach_get_plan (f->coach, NULL), 1);
  /* A week, and the first session again, past the top of the range: it moves on. */
  for (guint k = 0; k <= n_week; k++)
    g_ptr_array_unref (do_session (f, 2, 1, LOG_EVERY_SET, k < n_week ? 3 : 1));
  plan = hip_coach_get_plan (f->coach, NULL);
  was = hip_plan_copy (plan);
  next = hip_coach_get_next_session (f->coach);
  while (plan->sessions->pdata[next_at] != next)
    next_at++;
  done = plan->sessions->pdata[next_at - 1];
  g_assert_cmpuint (done->week, ==, 2);

  changed = f->programme_changed;
  g_assert_true (hip_coach_save_checkin (f->coach, today, 6, 2, NULL));
  g_assert_cmpuint (f->programme_changed, ==, changed + 1);
  stored = hip_coach_latest_adaptations (f->coach, hip_coach_get_active_programme (f->coach),
                                         NULL);
  g_assert_nonnull (strstr (stored->pdata[stored->len - 1], "no harder"));

  plan = hip_coach_get_plan (f->coach, NULL);
  done = plan->sessions->pdata[next_at - 1];
  next = plan->sessions->pdata[next_at];
  /* The next session: nothing harder than the last time each exercise came. */
  for (guint i = 0; i < next->items->len; i++)
    {
      HipPrescription *p = next->items->pdata[i];
      const HipPrescription *last = last_before (plan, next_at, p->exercise);

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      g_hash_table_add (targets, p);
      if (last == NULL)
        continue;
      g_assert_cmpuint (p->sets, <=, last->sets);
      g_assert_cmpuint (p->reps, <=, last->reps);
      g_assert_cmpuint (p->seconds, <=, last->seconds);
      held += !same_dose (p, ((HipSession *) was->sessions->pdata[next_at])->items->pdata[i]);
    }
  /* The next time each exercise just done comes: no harder than it was done. */
  for (guint i = 0; i < done->items->len; i++)
    {
      const HipPrescription *d = done->items->pdata[i];
      HipPrescription *p;
      guint at = 0;

      if ((d->part != HIP_PART_MAIN && d->part != HIP_PART_CORE) ||
          (p = first_from (plan, next_at, d->exercise, &at)) == NULL)
        continue;
      g_hash_table_add (targets, p);
      g_assert_cmpuint (p->sets, <=, d->sets);
      g_assert_cmpuint (p->reps, <=, d->reps);
      g_assert_cmpuint (p->seconds, <=, d->seconds);
      g_assert_cmpstr (p->load, ==, d->load);
      {
        const HipSession *then = plan->sessions->pdata[at];
        guint j = 0;

        while (then->items->pdata[j] != p)
          j++;
        held += !same_dose (p, ((HipSession *) was->sessions->pdata[at])->items->pdata[j]);
      }
    }
  /* Nothing else changed. */
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      for (guint i = 0; i < session->items->len; i++)
        if (!g_hash_table_contains (targets, session->items->pdata[i]))
          g_assert_true (same_dose (session->items->pdata[i],
                                    ((HipSession *) was->sessions->pdata[s])->items->pdata[i]));
    }
  /* The plan had made the next session harder (a week's planned rise), and the progression
   * rule the exercises just done: both were held. */
  g_assert_cmpuint (held, >, 1);
}

/* Progression needs every set's pain entered and green (SCIENCE.md §3: not entered is
 * unknown, never 0): two sessions past the top of the range with the pain of only their first
 * sets entered hold, and say why. */
static void
test_unknown_pain_holds (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  guint why = 0;

  make_programme (f);
  /* A week of sessions, then the first session again: its exercises' second time. */
  for (guint i = 0; i < hip_plan_sessions_in_week (hip_coach_get_plan (f->coach, NULL), 1); i++)
    g_ptr_array_unref (do_session (f, 2, 1, LOG_FIRST_PAIN, 0));
  changes = do_session (f, 2, 1, LOG_FIRST_PAIN, 0);
  for (guint i = 0; i < changes->len; i++)
    {
      g_assert_null (strstr (changes->pdata[i], "Up to"));
      g_assert_null (strstr (changes->pdata[i], "Load up"));
      g_assert_null (strstr (changes->pdata[i], "On to"));
      why += strstr (changes->pdata[i], "note the pain") != NULL;
    }
  g_assert_cmpuint (why, >, 0);
}

/* Both sides (SCIENCE.md §2): one-sided work whose right side was never logged does not move
 * on, however far past the top the left side went; work for both sides at once does. */
static void
test_both_sides (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = NULL;
  HipSession *again;
  guint one_sided = 0, moved = 0;

  make_programme (f);
  for (guint i = 0; i < hip_plan_sessions_in_week (hip_coach_get_plan (f->coach, NULL), 1); i++)
    g_ptr_array_unref (do_session (f, 2, 1, LOG_LEFT_ONLY, 0));
  again = hip_coach_get_next_session (f->coach);
  changes = do_session (f, 2, 1, LOG_LEFT_ONLY, 0);
  for (guint i = 0; i < again->items->len; i++)
    {
      HipPrescription *p = again->items->pdata[i];

      if (p->part != HIP_PART_MAIN && p->part != HIP_PART_CORE)
        continue;
      for (guint c = 0; c < changes->len; c++)
        if (progresses (changes->pdata[c], p->exercise))
          {
            g_assert_false (p->per_side);
            moved++;
          }
      one_sided += p->per_side;
    }
  g_assert_cmpuint (one_sided, >, 0);
  g_assert_cmpuint (moved, >, 0);
}

/* Through the coach: the check-ins it keeps decide the suggestion to see a clinician. Pain
 * that jumps to 6 and stays there for two weeks, from a first fortnight at 2, is noticed;
 * the week before, one high week, is not. */
static void
test_pain_rising (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  static const int mornings[] = { 2, 2, 2, 6, 6 };

  g_assert_false (hip_coach_pain_rising (f->coach, now));
  for (guint i = 0; i < G_N_ELEMENTS (mornings); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_weeks (now, (int) i - 4);
      g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");

      g_assert_true (hip_coach_save_checkin (f->coach, text, mornings[i], 0, NULL));
    }
  g_assert_true (hip_coach_pain_rising (f->coach, now));
  {
    g_autoptr(GDateTime) week_ago = g_date_time_add_weeks (now, -1);

    g_assert_false (hip_coach_pain_rising (f->coach, week_ago));
  }
}

/* The person's edit is made in the coach's plan and stored; read again, it is still there. */
static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  HipPrescription *p;
  HipPlan *plan;
  gint64 id = 0;
  guint sets;

  hip_profile_init (&profile);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_generate_programme (f->coach, &id, NULL));
  plan = hip_coach_get_plan (f->coach, NULL);
  p = hip_plan_get_session (plan, 2, 1)->items->pdata[2];
  sets = p->sets + 1;
  p->sets = sets;
  g_assert_true (hip_coach_save_plan (f->coach, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->programme_changed, ==, 2);
  g_assert_true (hip_coach_get_plan (f->coach, NULL) == plan);

  /* Choosing it again reads it from the store. */
  g_assert_true (hip_coach_activate_programme (f->coach, id, NULL));
  plan = hip_coach_get_plan (f->coach, NULL);
  p = hip_plan_get_session (plan, 2, 1)->items->pdata[2];
  g_assert_cmpuint (p->sets, ==, sets);
}

/* Undo: an edit saved, then the programme as it was before it, saved again through the coach;
 * refused once another programme is the active one. */
static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipPlan) before = NULL;
  g_autoptr(HipPlan) stored = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  HipProfile profile;
  HipPlan *plan;
  gint64 id = 0, other = 0;

  hip_profile_init (&profile);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_generate_programme (f->coach, &id, NULL));
  plan = hip_coach_get_plan (f->coach, NULL);
  before = hip_plan_copy (plan);
  g_assert_true (hip_plan_remove (plan, 2, 1, 3));
  g_assert_true (hip_coach_save_plan (f->coach, &error));

  g_assert_true (hip_coach_restore_plan (f->coach, id, before, &error));
  g_assert_no_error (error);
  g_assert_true (hip_coach_get_plan (f->coach, NULL) == plan);
  stored = hip_store_load_programme (hip_coach_get_store (f->coach), id,
                                     hip_coach_get_catalogue (f->coach), &error);
  changes = hip_plan_describe_changes (before, stored);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (f->programme_changed, ==, 3);

  g_assert_true (hip_coach_generate_programme (f->coach, &other, NULL));
  g_assert_false (hip_coach_restore_plan (f->coach, id, before, &error));
  g_assert_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID);
}

/* Logs a finished workout of @session of @week of programme @id, with one set. */
static void
log_session (Fixture *f,
             gint64   id,
             guint    week,
             guint    session)
{
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  HipPrescription *p = hip_plan_get_session (hip_coach_get_plan (f->coach, NULL), week,
                                             session)->items->pdata[0];
  g_autoptr(GError) error = NULL;

  workout->programme_id = id;
  workout->week = week;
  workout->session = session;
  workout->pain_before = 1;
  g_assert_true (hip_coach_start_workout (f->coach, workout, &error));
  set->workout_id = workout->id;
  set->exercise_id = g_strdup (hip_exercise_get_id (p->exercise));
  set->set_number = 1;
  set->side = p->per_side ? HIP_SIDE_LEFT : HIP_SIDE_BOTH;
  set->reps = p->reps;
  set->seconds = p->seconds;
  set->pain = 1;
  g_assert_true (hip_coach_log_set (f->coach, set, &error));
  g_assert_true (hip_coach_finish_workout (f->coach, workout->id, 1, NULL, &error));
  g_assert_no_error (error);
}

/* After the profile changed (knee pain, and 20 minutes instead of 30), the coming weeks are
 * made again from it: the preview changes nothing, the sessions done stay as they were, the
 * others fit the new profile (no exercise it excludes, 20-minute sessions, saved with the
 * programme), the log is untouched, and Undo puts it all back. */
static void
test_coming_weeks (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipPlan) original = NULL;
  g_autoptr(HipPlan) preview = NULL;
  g_autoptr(HipPlan) stored = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) log = NULL;
  HipProfile profile;
  HipPlan *plan;
  gint64 id = 0;
  guint changed_before;

  hip_profile_init (&profile);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  g_assert_true (hip_coach_generate_programme (f->coach, &id, NULL));
  log_session (f, id, 1, 1);
  log_session (f, id, 1, 2);
  plan = hip_coach_get_plan (f->coach, NULL);
  original = hip_plan_copy (plan);

  profile.knee_pain = TRUE;
  profile.minutes = 20;
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  /* A saved profile is the plan's too: the coach reads it again and says so. */
  plan = hip_coach_get_plan (f->coach, NULL);
  changed_before = f->programme_changed;
  preview = hip_coach_preview_coming_weeks (f->coach, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (f->programme_changed, ==, changed_before);
  changes = hip_plan_describe_changes (hip_coach_get_plan (f->coach, NULL), preview);
  g_assert_cmpuint (changes->len, >, 0);
  g_assert_cmpuint (hip_plan_count_changed_sessions (hip_coach_get_plan (f->coach, NULL), preview),
                    <=, preview->sessions->len - 2);
  /* Nothing is said of the sessions done. */
  for (guint i = 0; i < changes->len; i++)
    for (guint n = 1; n <= 2; n++)
      {
        g_autofree char *week = g_strdup_printf ("Session %u, week 1:", n);
        g_autofree char *weeks = g_strdup_printf ("Session %u, weeks 1–", n);

        g_assert_false (g_str_has_prefix (changes->pdata[i], week));
        g_assert_false (g_str_has_prefix (changes->pdata[i], weeks));
      }

  g_assert_true (hip_coach_update_coming_weeks (f->coach, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->programme_changed, ==, changed_before + 1);
  g_assert_true (hip_coach_get_plan (f->coach, NULL) == plan);
  stored = hip_store_load_programme (hip_coach_get_store (f->coach), id,
                                     hip_coach_get_catalogue (f->coach), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->profile.minutes, ==, 20);
  for (guint s = 0; s < stored->sessions->len; s++)
    {
      HipSession *session = stored->sessions->pdata[s];
      gboolean done = session->week == 1 && session->session <= 2;
      HipSession *was = hip_plan_get_session (original, session->week, session->session);

      if (done)
        g_assert_cmpuint (session->items->len, ==, was->items->len);
      for (guint i = 0; i < session->items->len; i++)
        {
          HipPrescription *p = session->items->pdata[i];

          if (done)
            g_assert_true (p->exercise ==
                           ((HipPrescription *) was->items->pdata[i])->exercise);
          else
            g_assert_false (hip_profile_excludes (&profile, p->exercise));
        }
      if (!done)
        g_assert_cmpuint (hip_session_minutes (session), <=, 22);
    }
  log = hip_coach_recent_workouts (f->coach, 10, &error);
  g_assert_cmpuint (log->len, ==, 2);
  /* Today goes on from the first session not done, in the new weeks. */
  {
    HipSession *next = hip_coach_get_next_session (f->coach);

    g_assert_cmpuint (next->week, ==, 1);
    g_assert_cmpuint (next->session, ==, 3);
  }

  g_assert_true (hip_coach_restore_plan (f->coach, id, original, &error));
  g_clear_pointer (&stored, hip_plan_free);
  stored = hip_store_load_programme (hip_coach_get_store (f->coach), id,
                                     hip_coach_get_catalogue (f->coach), &error);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = hip_plan_describe_changes (original, stored);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (stored->profile.minutes, ==, 30);
}

static char *
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_steal_pointer (&path);
}

/* Workouts brought in from another tracker reach the log and say so; a malformed file is
 * refused with its reason and the log keeps what it had; an export writes them all. */
static void
test_import_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  HipCatalogue *catalogue = hip_coach_get_catalogue (f->coach);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-03-02", 21);
  g_autofree char *text = hip_csv_format_workouts (history, NULL);
  g_autofree char *good = write_file ("coach-good.csv", text);
  g_autofree char *bad = write_file ("coach-bad.csv", "when,what\r\n");
  g_autofree char *out = g_build_filename (g_get_tmp_dir (), "coach-out.csv", NULL);
  g_autoptr(GError) error = NULL;
  guint imported = 0, exported = 0, refused = 99;

  g_assert_true (hip_coach_import_csv (f->coach, good, &imported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (imported, >, 0);
  g_assert_cmpuint (f->log_changed, ==, 1);

  g_assert_false (hip_coach_import_csv (f->coach, bad, &refused, &error));
  g_assert_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (f->log_changed, ==, 1);

  /* What the Progress page charts comes from the same log. */
  {
    g_autoptr(GArray) weeks = hip_coach_progress_weeks (f->coach, 0, "2026-03-22", &error);
    g_autoptr(GPtrArray) logged = hip_coach_logged_exercises (f->coach, &error);
    g_autoptr(GArray) points = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (weeks->len, >=, 3);
    g_assert_cmpuint (logged->len, >, 0);
    points = hip_coach_exercise_progress (f->coach, logged->pdata[0], NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (points->len, >, 0);
  }

  g_assert_true (hip_coach_export_csv (f->coach, out, &exported, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (exported, ==, imported);
  g_assert_cmpuint (f->log_changed, ==, 1);

  g_remove (good);
  g_remove (bad);
  g_remove (out);
}

static void
notified_cb (HipCoach   *coach,
             GParamSpec *pspec,
             guint      *counter)
{
  (*counter)++;
}

static GArray *
progress (Fixture    *f,
          guint       n_weeks,
          const char *first,
          guint       n)
{
  g_autoptr(GError) error = NULL;
  GArray *weeks = hip_coach_progress_weeks (f->coach, n_weeks, "2026-03-18", &error);
  GDate day, start;

  g_assert_no_error (error);
  g_assert_cmpuint (weeks->len, ==, n);
  g_assert_cmpstr (g_array_index (weeks, HipProgressWeek, 0).week, ==, first);
  g_date_clear (&start, 1);
  g_date_set_parse (&start, first);
  for (guint w = 0; w < weeks->len; w++)
    {
      g_date_clear (&day, 1);
      g_date_set_parse (&day, g_array_index (weeks, HipProgressWeek, w).week);
      g_assert_cmpint (g_date_days_between (&start, &day), ==, 7 * w);
    }
  return weeks;
}

/* The sessions of @plan, in weeks from @week_start, on the @days days from @from. */
static int
sessions_between (const HipPlan *plan,
                  GDateWeekday   week_start,
                  const GDate   *from,
                  int            days)
{
  g_autoptr(GArray) dates = hip_plan_session_dates (plan, week_start, NULL);
  int n = 0;

  for (guint i = 0; i < dates->len; i++)
    {
      const GDate *date = &g_array_index (dates, GDate, i);
      int after;

      if (!g_date_valid (date))
        continue;
      after = g_date_days_between (from, date);
      n += after >= 0 && after < days;
    }
  return n;
}

/* Progress's weeks start on the person's week start, and a range starts no earlier than the
 * first week anything was logged in; a week's sessions planned are the programme's of the
 * time, none before the first programme. */
static void
test_progress_weeks (Fixture       *f,
                     gconstpointer  data)
{
  HipStore *store = hip_coach_get_store (f->coach);
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  HipCatalogue *catalogue = hip_coach_get_catalogue (f->coach);
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand, catalogue, "2026-02-02", 40);
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0, finished = 0, done = 0;
  HipProfile profile;
  HipPlan *plan;

  g_signal_connect (f->coach, "notify::week-start", G_CALLBACK (notified_cb), &notified);
  hip_coach_set_week_start (f->coach, G_DATE_MONDAY);
  hip_coach_set_week_start (f->coach, G_DATE_MONDAY);
  g_assert_cmpuint (notified, <=, 1);
  notified = 0;

  /* Nothing logged: this week only, whatever the range. */
  g_clear_pointer (&weeks, g_array_unref);
  weeks = progress (f, 52, "2026-03-16", 1);
  g_assert_cmpint (g_array_index (weeks, HipProgressWeek, 0).planned, ==, -1);

  /* A check-in on Sunday 1 February starts the log. */
  g_assert_true (hip_coach_save_checkin (f->coach, "2026-02-01", 4, 2, &error));
  g_assert_true (hip_store_import_workouts (store, history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = progress (f, 52, "2026-01-26", 8);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = progress (f, 0, "2026-01-26", 8);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = progress (f, 4, "2026-02-23", 4);

  /* Weeks from Sunday. */
  hip_coach_set_week_start (f->coach, G_DATE_SUNDAY);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (hip_coach_get_week_start (f->coach), ==, G_DATE_SUNDAY);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = progress (f, 0, "2026-02-01", 7);
  g_assert_cmpfloat (g_array_index (weeks, HipProgressWeek, 0).median[HIP_PAIN_MORNING], ==, 4);
  g_assert_cmpint (g_array_index (weeks, HipProgressWeek, 0).worst[HIP_PAIN_MORNING], ==, 4);
  for (guint i = 0; i < history->len; i++)
    finished += ((HipWorkout *) history->pdata[i])->finished != NULL;
  for (guint w = 0; w < weeks->len; w++)
    {
      done += g_array_index (weeks, HipProgressWeek, w).done;
      /* No programme yet: nothing planned, not 0 planned. */
      g_assert_cmpint (g_array_index (weeks, HipProgressWeek, w).planned, ==, -1);
    }
  g_assert_cmpuint (done, ==, finished);

  /* A programme (week 1 from 1 February) made on 15 February: planned from that week on. */
  hip_profile_init (&profile);
  profile.sessions_per_week = 3;
  g_date_set_dmy (&profile.start, 1, G_DATE_FEBRUARY, 2026);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, &error));
  g_assert_true (hip_coach_generate_programme (f->coach, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hip_store_record_plan (store, "2026-02-15", &error));
  plan = hip_coach_get_plan (f->coach, NULL);
  g_clear_pointer (&weeks, g_array_unref);
  weeks = progress (f, 0, "2026-02-01", 7);
  for (guint w = 0; w < weeks->len; w++)
    {
      const HipProgressWeek *week = &g_array_index (weeks, HipProgressWeek, w);
      GDate first;

      g_date_clear (&first, 1);
      g_date_set_parse (&first, week->week);
      if (w < 2)
        g_assert_cmpint (week->planned, ==, -1);
      else
        g_assert_cmpint (week->planned, ==, sessions_between (plan, G_DATE_SUNDAY, &first, 7));
    }
  g_assert_cmpint (g_array_index (weeks, HipProgressWeek, 2).planned, >, 0);
}

/* The rest after a set: the prescription's, unless the person chose their own; a
 * prescription with no rest gets none either way. */
static void
test_rest (Fixture       *f,
           gconstpointer  data)
{
  static const struct
  {
    guint chosen;
    guint prescribed;
    guint rest;
  } cases[] = {
    { 0, 90, 90 },
    { 0, 0, 0 },
    { 45, 90, 45 },
    { 120, 60, 120 },
    { 45, 0, 0 },
  };

  g_assert_cmpuint (hip_coach_get_default_rest (f->coach), ==, 0);
  /* Sounds are off until the person turns them on (issue 18). */
  g_assert_false (hip_coach_get_rest_sound (f->coach));
  g_assert_cmpint (hip_coach_get_units (f->coach), ==, HIP_UNITS_KILOGRAMS);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_object_set (f->coach, "default-rest", cases[i].chosen, NULL);
      g_assert_cmpuint (hip_coach_rest_seconds (f->coach, cases[i].prescribed), ==,
                        cases[i].rest);
    }
}

/* Someone who reads pounds, with a 5 lb step: 60 lb done well twice (above the top of the
 * range, no pain) becomes 65 lb in the coming sessions, said in pounds, written into the
 * programme in kilograms that read back as 65 lb. */
static void
test_pounds (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  HipPrescription *dumbbell = NULL;
  HipProfile profile;
  HipSession *session;
  HipPlan *plan;
  guint later = 0;
  gint64 id = 0;

  hip_profile_init (&profile);
  profile.equipment = HIP_EQUIPMENT_DUMBBELL;
  profile.load_step = hip_units_load_step_to_kg (5, HIP_UNITS_POUNDS);
  g_assert_true (hip_coach_save_profile (f->coach, &profile, NULL));
  hip_coach_set_units (f->coach, HIP_UNITS_POUNDS);
  g_assert_true (hip_coach_generate_programme (f->coach, &id, &error));
  plan = hip_coach_get_plan (f->coach, NULL);
  session = hip_plan_get_session (plan, 1, 1);
  for (guint i = 0; i < session->items->len && dumbbell == NULL; i++)
    {
      HipPrescription *p = session->items->pdata[i];

      if (p->part == HIP_PART_MAIN && p->reps > 0)
        dumbbell = p;
    }
  g_assert_nonnull (dumbbell);

  for (guint w = 0; w < 2; w++)
    {
      g_autoptr(HipWorkout) workout = hip_workout_new ();

      workout->programme_id = id;
      workout->week = 1;
      workout->session = 1;
      g_assert_true (hip_coach_start_workout (f->coach, workout, &error));
      for (guint n = 1; n <= dumbbell->sets; n++)
        {
          g_autoptr(HipLoggedSet) set = hip_logged_set_new ();

          set->workout_id = workout->id;
          set->exercise_id = g_strdup (hip_exercise_get_id (dumbbell->exercise));
          set->set_number = n;
          set->reps = dumbbell->reps + 1;
          set->load = hip_units_to_kg (60, HIP_UNITS_POUNDS);
          set->pain = 1;
          g_assert_true (hip_coach_log_set (f->coach, set, &error));
        }
      g_clear_pointer (&changes, g_ptr_array_unref);
      g_assert_true (hip_coach_finish_workout (f->coach, workout->id, 1, &changes, &error));
      g_assert_no_error (error);
    }

  g_assert_cmpuint (changes->len, ==, 1);
  g_test_message ("%s", (const char *) changes->pdata[0]);
  g_assert_nonnull (strstr (changes->pdata[0], "Load up to 65.0 lb"));
  plan = hip_coach_get_plan (f->coach, NULL);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *next = plan->sessions->pdata[s];

      for (guint i = 0; i < next->items->len; i++)
        {
          HipPrescription *p = next->items->pdata[i];
          g_autofree char *shown = NULL;

          if (p->exercise != dumbbell->exercise || (next->week == 1 && next->session == 1))
            continue;
          shown = hip_units_convert_text (p->load, HIP_UNITS_POUNDS);
          g_assert_cmpstr (shown, ==, "65.0 lb");
          later++;
        }
    }
  g_assert_cmpuint (later, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/coach/rest", Fixture, NULL, fixture_set_up, test_rest, fixture_tear_down);
  g_test_add ("/core/coach/pounds", Fixture, NULL, fixture_set_up, test_pounds,
              fixture_tear_down);
  g_test_add ("/core/coach/first-run", Fixture, NULL, fixture_set_up, test_first_run,
              fixture_tear_down);
  g_test_add ("/core/coach/bad-profile", Fixture, NULL, fixture_set_up, test_bad_profile,
              fixture_tear_down);
  g_test_add ("/core/coach/screening", Fixture, NULL, fixture_set_up, test_screening,
              fixture_tear_down);
  g_test_add ("/core/coach/bad-day", Fixture, NULL, fixture_set_up, test_bad_day,
              fixture_tear_down);
  g_test_add ("/core/coach/missed-session", Fixture, NULL, fixture_set_up, test_missed_session,
              fixture_tear_down);
  g_test_add ("/core/coach/generate", Fixture, NULL, fixture_set_up, test_generate,
              fixture_tear_down);
  g_test_add ("/core/coach/workout", Fixture, NULL, fixture_set_up, test_workout,
              fixture_tear_down);
  g_test_add ("/core/coach/today", Fixture, NULL, fixture_set_up, test_today,
              fixture_tear_down);
  g_test_add ("/core/coach/mornings-act", Fixture, NULL, fixture_set_up, test_mornings_act,
              fixture_tear_down);
  g_test_add ("/core/coach/one-morning-holds", Fixture, NULL, fixture_set_up,
              test_one_morning_holds, fixture_tear_down);
  g_test_add ("/core/coach/mornings-after-light", Fixture, NULL, fixture_set_up,
              test_mornings_after_light, fixture_tear_down);
  g_test_add ("/core/coach/pain-rising", Fixture, NULL, fixture_set_up, test_pain_rising,
              fixture_tear_down);
  g_test_add ("/core/coach/unknown-pain-holds", Fixture, NULL, fixture_set_up,
              test_unknown_pain_holds, fixture_tear_down);
  g_test_add ("/core/coach/both-sides", Fixture, NULL, fixture_set_up, test_both_sides,
              fixture_tear_down);
  g_test_add ("/core/coach/edit", Fixture, NULL, fixture_set_up, test_edit, fixture_tear_down);
  g_test_add ("/core/coach/restore", Fixture, NULL, fixture_set_up, test_restore,
              fixture_tear_down);
  g_test_add ("/core/coach/coming-weeks", Fixture, NULL, fixture_set_up, test_coming_weeks,
              fixture_tear_down);
  g_test_add ("/core/coach/progress-weeks", Fixture, NULL, fixture_set_up, test_progress_weeks,
              fixture_tear_down);
  g_test_add ("/core/coach/import-export", Fixture, NULL, fixture_set_up, test_import_export,
              fixture_tear_down);
  return g_test_run ();
}
