/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Patient-Specific Functional Scale (SCIENCE.md §9) without a display: the change a person
 * can feel (2 points, first rating to latest; a week not rated is unknown, never 0), the
 * programme week and its first training day, the coach's workflows (activities kept by name,
 * the weekly rating due once a week, skipped for that week, only rated activities stored) and
 * the CSV file's second section (a lossless round trip, files without it, malformed lines). */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-coach-private.h"
#include "hip-csv.h"
#include "hip-plan-private.h"
#include "hip-psfs.h"
#include "hip-store.h"
#include "hip-test-history.h"

#define NONE HIP_LOG_NONE

/* ---- The change a person can feel ---- */

static void
test_change (void)
{
  static const struct
  {
    const char *name;
    int         scores[5];
    guint       n;
    int         first, latest;
    gboolean    felt;
    const char *says;
  } cases[] = {
    { "never-rated", { 0 }, 0, NONE, NONE, FALSE, NULL },
    { "rated-once", { 3 }, 1, 3, 3, FALSE, NULL },
    { "up-two", { 3, 5 }, 2, 3, 5, TRUE, "Stairs: 3 → 5, a change you can feel" },
    { "up-one", { 3, 4 }, 2, 3, 4, FALSE, NULL },
    { "down-two", { 6, 5, 4 }, 3, 6, 4, TRUE, "Stairs: 6 → 4, harder by a change you can feel" },
    /* Weeks not rated are unknown: read as 0, they would be a change of 2. */
    { "unknown-is-not-zero", { NONE, NONE, 2 }, 3, 2, 2, FALSE, NULL },
    { "unknown-between", { NONE, 3, NONE, 5 }, 4, 3, 5, TRUE, "3 → 5" },
    { "unknown-last", { 4, 6, NONE }, 3, 4, 6, TRUE, "4 → 6" },
    /* 0 is a rating (cannot do it at all), unlike no rating. */
    { "zero-is-a-rating", { 0, 2 }, 2, 0, 2, TRUE, "0 → 2" },
    /* First against latest, not the best week. */
    { "back-where-it-was", { 3, 7, 4 }, 3, 3, 4, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HipPsfsPoint points[5] = { { { 0 } } };
      HipPsfsChange change;
      g_autofree char *line = NULL;

      for (guint p = 0; p < cases[i].n; p++)
        {
          g_snprintf (points[p].day, sizeof points[p].day, "2026-03-%02u", 2 + 7 * p);
          points[p].score = cases[i].scores[p];
        }
      change = hip_psfs_change (points, cases[i].n);
      line = hip_psfs_describe_change ("Stairs", &change);
      g_test_message ("%s: %s", cases[i].name, line != NULL ? line : "no change felt");
      g_assert_cmpint (change.first, ==, cases[i].first);
      g_assert_cmpint (change.latest, ==, cases[i].latest);
      g_assert_cmpint (change.felt, ==, cases[i].felt);
      if (cases[i].says != NULL)
        g_assert_nonnull (strstr (line, cases[i].says));
      else
        g_assert_null (line);
    }
}

/* ---- The programme week ---- */

/* Sessions (mobility days) on days 1, 3, 5 of week 1 and 0, 2, 4 of week 2, from @start. */
static HipPlan *
two_week_plan (const char *start)
{
  static const guint days[2][3] = { { 1, 3, 5 }, { 0, 2, 4 } };
  HipPlan *plan = g_new0 (HipPlan, 1);

  hip_profile_init (&plan->profile);
  hip_log_parse_day (start, &plan->profile.start);
  plan->sessions = hip_plan_new_sessions ();
  plan->notes = g_ptr_array_new_with_free_func (g_free);
  for (guint w = 0; w < 2; w++)
    for (guint s = 0; s < 3; s++)
      {
        HipSession *session = g_new0 (HipSession, 1);

        session->week = w + 1;
        session->session = s + 1;
        session->day = days[w][s];
        session->items = hip_session_new_items ();
        g_ptr_array_add (plan->sessions, session);
      }
  return plan;
}

/* The programme week of a day and its first training day, in the person's weeks: week 1 is
 * the week that holds the start date, its sessions laid from it (hip-calendar.c). */
static void
test_week (void)
{
  static const struct
  {
    const char  *start;
    GDateWeekday week_start;
    const char  *today;
    gboolean     in_programme;
    const char  *first;
    const char  *first_day;
  } cases[] = {
    /* A Monday start with weeks from Monday: week 1 is a whole week. */
    { "2026-03-02", G_DATE_MONDAY, "2026-03-01", FALSE, NULL, NULL },   /* before week 1 */
    { "2026-03-02", G_DATE_MONDAY, "2026-03-02", TRUE, "2026-03-02", "2026-03-03" },
    { "2026-03-02", G_DATE_MONDAY, "2026-03-03", TRUE, "2026-03-02", "2026-03-03" },
    { "2026-03-02", G_DATE_MONDAY, "2026-03-08", TRUE, "2026-03-02", "2026-03-03" },
    { "2026-03-02", G_DATE_MONDAY, "2026-03-09", TRUE, "2026-03-09", "2026-03-09" },
    { "2026-03-02", G_DATE_MONDAY, "2026-03-20", TRUE, "2026-03-16", "2026-03-16" }, /* after */
    { "2026-03-02", G_DATE_MONDAY, "2027-02-28", TRUE, "2027-02-22", "2027-02-22" },
    /* A Thursday start: week 1 is Monday to Sunday all the same, training from Thursday. */
    { "2026-03-05", G_DATE_MONDAY, "2026-03-01", FALSE, NULL, NULL },
    { "2026-03-05", G_DATE_MONDAY, "2026-03-04", TRUE, "2026-03-02", "2026-03-05" },
    { "2026-03-05", G_DATE_MONDAY, "2026-03-08", TRUE, "2026-03-02", "2026-03-05" },
    { "2026-03-05", G_DATE_MONDAY, "2026-03-09", TRUE, "2026-03-09", "2026-03-09" },
    /* Weeks from Sunday: the Monday start's week 1 began the day before it. */
    { "2026-03-02", G_DATE_SUNDAY, "2026-02-28", FALSE, NULL, NULL },
    { "2026-03-02", G_DATE_SUNDAY, "2026-03-01", TRUE, "2026-03-01", "2026-03-02" },
    { "2026-03-02", G_DATE_SUNDAY, "2026-03-08", TRUE, "2026-03-08", "2026-03-08" },
    { "2026-03-02", G_DATE_SUNDAY, "2026-03-21", TRUE, "2026-03-15", "2026-03-15" },
    /* Weeks from Saturday. */
    { "2026-03-02", G_DATE_SATURDAY, "2026-03-07", TRUE, "2026-03-07", "2026-03-07" },
    { "2026-03-02", G_DATE_SATURDAY, "2026-03-06", TRUE, "2026-02-28", "2026-03-02" },
  };
  GDate today, first, first_day;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HipPlan) plan = two_week_plan (cases[i].start);
      g_autoptr(HipPlan) undated = two_week_plan ("");
      char first_text[11], first_day_text[11];

      g_test_message ("start %s, weeks from day %d, %s", cases[i].start, cases[i].week_start,
                      cases[i].today);
      g_assert_true (hip_log_parse_day (cases[i].today, &today));
      g_assert_cmpint (hip_psfs_week (plan, cases[i].week_start, &today, &first, &first_day),
                       ==, cases[i].in_programme);
      if (!cases[i].in_programme)
        continue;
      hip_log_format_day (&first, first_text);
      hip_log_format_day (&first_day, first_day_text);
      g_assert_cmpstr (first_text, ==, cases[i].first);
      g_assert_cmpstr (first_day_text, ==, cases[i].first_day);
      g_assert_false (hip_psfs_week (undated, cases[i].week_start, &today, &first, &first_day));
    }
}

/* ---- The coach ---- */

typedef struct
{
  HipCoach *coach;
  guint     psfs_changed;
  guint     profile_changed;
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
  g_signal_connect (f->coach, "psfs-changed", G_CALLBACK (count_cb), &f->psfs_changed);
  g_signal_connect (f->coach, "profile-changed", G_CALLBACK (count_cb), &f->profile_changed);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->coach);
}

static void
save_activities (Fixture    *f,
                 const char *a,
                 const char *b,
                 const char *c)
{
  const char *names[] = { a, b, c, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (hip_coach_save_psfs_activities (f->coach, names, "2026-03-02", &error));
  g_assert_no_error (error);
}

/* "name@position" for each activity asked about, in order. */
static char *
describe_activities (Fixture *f)
{
  g_autoptr(GPtrArray) activities = hip_coach_load_psfs_activities (f->coach, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < activities->len; i++)
    {
      const HipPsfsActivity *a = activities->pdata[i];

      g_string_append_printf (text, "%s%s@%u", i > 0 ? ", " : "", a->name, a->position);
    }
  return g_string_free (text, FALSE);
}

static gint64
activity_id (Fixture    *f,
             const char *name)
{
  g_autoptr(GPtrArray) activities = hip_coach_load_psfs_activities (f->coach, NULL);

  for (guint i = 0; i < activities->len; i++)
    if (g_strcmp0 (((HipPsfsActivity *) activities->pdata[i])->name, name) == 0)
      return ((HipPsfsActivity *) activities->pdata[i])->id;
  g_assert_not_reached ();
}

static void
rate (Fixture    *f,
      const char *day,
      const char *name,
      int         score)
{
  HipPsfsRating rating = { activity_id (f, name), score };
  g_autoptr(GError) error = NULL;

  g_assert_true (hip_coach_save_psfs_ratings (f->coach, day, &rating, 1, &error));
  g_assert_no_error (error);
}

/* The scores of @name's ratings, "3 5". */
static char *
scores_of (Fixture    *f,
           const char *name)
{
  g_autoptr(GPtrArray) history = hip_coach_psfs_history (f->coach, NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < history->len; i++)
    {
      const HipPsfsSeries *series = history->pdata[i];

      if (g_strcmp0 (series->activity->name, name) != 0)
        continue;
      for (guint p = 0; p < series->points->len; p++)
        g_string_append_printf (text, "%s%d", p > 0 ? " " : "",
                                g_array_index (series->points, HipPsfsPoint, p).score);
    }
  return g_string_free (text, FALSE);
}

/* Activities are known by name: moved, they keep their ratings; left out, a rated one is kept
 * (unasked) and comes back with them; spaces around a name go; a name too long is refused. */
static void
test_activities (Fixture       *f,
                 gconstpointer  data)
{
  const char *too_many[] = { NULL, NULL };
  g_autofree char *long_name = g_strnfill (HIP_PSFS_MAX_NAME + 1, 'x');
  g_autoptr(GError) error = NULL;
  char *text;

  text = describe_activities (f);
  g_assert_cmpstr (text, ==, "");
  g_free (text);
  save_activities (f, " Climbing stairs ", "", "Putting on socks");
  g_assert_cmpuint (f->psfs_changed, ==, 1);
  text = describe_activities (f);
  g_assert_cmpstr (text, ==, "Climbing stairs@1, Putting on socks@3");
  g_free (text);

  /* Saving the same again says nothing. */
  save_activities (f, "Climbing stairs", NULL, NULL);
  save_activities (f, "Climbing stairs", "", "Putting on socks");
  g_assert_cmpuint (f->psfs_changed, ==, 3);
  save_activities (f, "Climbing stairs", "", "Putting on socks");
  g_assert_cmpuint (f->psfs_changed, ==, 3);

  rate (f, "2026-03-03", "Climbing stairs", 3);
  save_activities (f, "Gardening", "Climbing stairs", "Climbing stairs");
  text = describe_activities (f);
  g_assert_cmpstr (text, ==, "Gardening@1, Climbing stairs@2");
  g_free (text);
  text = scores_of (f, "Climbing stairs");
  g_assert_cmpstr (text, ==, "3");
  g_free (text);

  save_activities (f, "Gardening", NULL, NULL);
  save_activities (f, "Gardening", "Climbing stairs", NULL);
  text = scores_of (f, "Climbing stairs");
  g_assert_cmpstr (text, ==, "3");
  g_free (text);

  too_many[0] = long_name;
  g_assert_false (hip_coach_save_psfs_activities (f->coach, too_many, "2026-03-02", &error));
  g_assert_error (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID);
  text = describe_activities (f);
  g_assert_cmpstr (text, ==, "Gardening@1, Climbing stairs@2");
  g_free (text);
  /* The profile is not touched by any of this. */
  g_assert_cmpuint (f->profile_changed, ==, 0);
}

/* A programme of three sessions a week starting on @start, and the day of week 1's first
 * training day. */
static void
start_programme (Fixture    *f,
                 const char *start,
                 GDate      *first_day)
{
  g_autoptr(GError) error = NULL;
  HipProfile profile;
  HipPlan *plan;
  guint day = 7;

  /* Every red-flag answer "no", as most first runs go; weeks from Monday, the day @start is. */
  g_assert_cmpint (hip_coach_save_screening (f->coach, 0, FALSE, &error), ==, HIP_SCREENING_CLEAR);
  hip_coach_set_week_start (f->coach, G_DATE_MONDAY);
  hip_profile_init (&profile);
  g_assert_true (hip_log_parse_day (start, &profile.start));
  g_assert_true (hip_coach_save_profile (f->coach, &profile, &error));
  g_assert_true (hip_coach_generate_programme (f->coach, NULL, &error));
  g_assert_no_error (error);
  plan = hip_coach_get_plan (f->coach, NULL);
  for (guint s = 0; s < plan->sessions->len; s++)
    if (((HipSession *) plan->sessions->pdata[s])->week == 1)
      day = MIN (day, ((HipSession *) plan->sessions->pdata[s])->day);
  g_assert_cmpuint (day, <, 7);
  *first_day = profile.start;
  g_date_add_days (first_day, day);
}

static gboolean
due_on (Fixture     *f,
        const GDate *date,
        int          days_later)
{
  GDate day = *date;
  char text[11];

  if (days_later >= 0)
    g_date_add_days (&day, days_later);
  else
    g_date_subtract_days (&day, -days_later);
  hip_log_format_day (&day, text);
  return hip_coach_psfs_due (f->coach, text);
}

/* Due from each week's first training day until the week is answered: rated (only what was
 * rated is stored) or skipped (remembered for that week, asked again the next). Not due
 * without activities or without a programme. */
static void
test_due (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GDate first;
  char day[11];

  g_assert_false (hip_coach_psfs_due (f->coach, "2026-03-03"));
  start_programme (f, "2026-03-02", &first);
  g_assert_false (due_on (f, &first, 0));   /* no activities yet */
  save_activities (f, "Climbing stairs", "Putting on socks", NULL);
  g_assert_false (due_on (f, &first, -1));
  g_assert_true (due_on (f, &first, 0));
  g_assert_true (due_on (f, &first, 2));

  /* Skipped: not asked again that week, asked the next. */
  hip_log_format_day (&first, day);
  g_assert_true (hip_coach_skip_psfs (f->coach, day, &error));
  g_assert_no_error (error);
  g_assert_false (due_on (f, &first, 0));
  g_assert_false (due_on (f, &first, 3));
  g_assert_true (due_on (f, &first, 7));

  /* Rated: only what was rated is stored; the unknown one has no rating, not 0. */
  {
    GDate next = first;
    HipPsfsRating ratings[] = {
      { activity_id (f, "Climbing stairs"), 4 },
      { activity_id (f, "Putting on socks"), NONE },
    };
    guint before = f->psfs_changed;
    g_autofree char *stairs = NULL, *socks = NULL;

    g_date_add_days (&next, 7);
    hip_log_format_day (&next, day);
    g_assert_true (hip_coach_save_psfs_ratings (f->coach, day, ratings, 2, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (f->psfs_changed, ==, before + 1);
    g_assert_false (due_on (f, &first, 7));
    g_assert_false (due_on (f, &first, 13));
    g_assert_true (due_on (f, &first, 14));
    stairs = scores_of (f, "Climbing stairs");
    socks = scores_of (f, "Putting on socks");
    g_assert_cmpstr (stairs, ==, "4");
    g_assert_cmpstr (socks, ==, "");
  }

  /* A bad score is refused whole. */
  {
    HipPsfsRating bad[] = {
      { activity_id (f, "Climbing stairs"), 5 },
      { activity_id (f, "Putting on socks"), 11 },
    };
    g_autofree char *stairs = NULL;

    g_assert_false (hip_coach_save_psfs_ratings (f->coach, "2026-04-01", bad, 2, &error));
    g_assert_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_INVALID);
    stairs = scores_of (f, "Climbing stairs");
    g_assert_cmpstr (stairs, ==, "4");
  }

  save_activities (f, NULL, NULL, NULL);
  g_assert_false (due_on (f, &first, 14));
}

/* The history Progress charts: each activity asked about, its ratings oldest first, and the
 * change since the first. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) history = NULL;
  HipPsfsChange change;

  save_activities (f, "Climbing stairs", "Putting on socks", NULL);
  rate (f, "2026-03-16", "Climbing stairs", 6);
  rate (f, "2026-03-02", "Climbing stairs", 3);
  rate (f, "2026-03-09", "Putting on socks", 5);
  rate (f, "2026-03-16", "Putting on socks", 6);
  history = hip_coach_psfs_history (f->coach, NULL);
  g_assert_cmpuint (history->len, ==, 2);
  {
    const HipPsfsSeries *stairs = history->pdata[0];
    const HipPsfsSeries *socks = history->pdata[1];

    g_assert_cmpstr (stairs->activity->name, ==, "Climbing stairs");
    g_assert_cmpuint (stairs->points->len, ==, 2);
    g_assert_cmpstr (g_array_index (stairs->points, HipPsfsPoint, 0).day, ==, "2026-03-02");
    change = hip_psfs_change ((HipPsfsPoint *) stairs->points->data, stairs->points->len);
    g_assert_true (change.felt);
    change = hip_psfs_change ((HipPsfsPoint *) socks->points->data, socks->points->len);
    g_assert_false (change.felt);
  }
}

/* ---- The CSV file's section ---- */

static char *
write_temp (const char *name,
            const char *text)
{
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static char *
export_text (HipCoach *coach)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "psfs-export.csv", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (hip_coach_export_csv (coach, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_remove (path);
  return text;
}

/* Export, import into an empty log and export again: the same file, sets and scale, with an
 * activity no longer asked (and its ratings), one not yet rated, and names CSV must quote. */
static void
test_csv_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = hip_store_new (NULL, &error);
  g_autoptr(HipCoach) other = hip_coach_new (store);
  g_autofree char *first = NULL, *second = NULL, *path = NULL;
  guint sets = 0, psfs_changed = 0;

  history = hip_test_history_generate (rand, hip_coach_get_catalogue (f->coach), "2026-03-02", 14);
  g_assert_true (hip_store_import_workouts (hip_coach_get_store (f->coach), history, &error));
  save_activities (f, "Walking the dog", "", "Lifting a \"heavy\" bag, shopping");
  rate (f, "2026-03-02", "Walking the dog", 2);
  rate (f, "2026-03-09", "Walking the dog", 0);
  save_activities (f, "Gardening", "Sitting, then standing up",
                   "Lifting a \"heavy\" bag, shopping");
  rate (f, "2026-03-09", "Gardening", 7);
  rate (f, "2026-03-16", "Lifting a \"heavy\" bag, shopping", 10);

  first = export_text (f->coach);
  g_test_message ("%s", first);
  g_assert_nonnull (strstr (first, "\r\n\r\nactivity,position,day,score\r\n"));
  g_assert_nonnull (strstr (first, "\r\nWalking the dog,,2026-03-09,0\r\n"));
  g_assert_nonnull (strstr (first, "\r\n\"Sitting, then standing up\",2,,\r\n"));
  g_assert_nonnull (strstr (first, "\r\n\"Lifting a \"\"heavy\"\" bag, shopping\",3,"
                                   "2026-03-16,10\r\n"));

  path = write_temp ("psfs-round-trip.csv", first);
  g_signal_connect (other, "psfs-changed", G_CALLBACK (count_cb), &psfs_changed);
  g_assert_true (hip_coach_import_csv (other, path, &sets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sets, >, 0);
  g_assert_cmpuint (psfs_changed, ==, 1);
  second = export_text (other);
  g_assert_cmpstr (second, ==, first);
  g_remove (path);
}

/* A file of sets alone (as every file before the scale) imports as before, and one with an
 * empty section too; a log without the scale exports no section. */
/* Exercise ids to names, as the export's exercise_name column gives them. */
static GHashTable *
catalogue_names (HipCatalogue *catalogue)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      g_hash_table_insert (names, g_strdup (hip_exercise_get_id (exercise)),
                           g_strdup (hip_exercise_get_name (exercise)));
    }
  return names;
}

static void
test_csv_without_section (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sets = NULL, *path = NULL, *again = NULL, *with_empty = NULL;
  g_autoptr(GHashTable) names = NULL;
  guint n = 0;

  history = hip_test_history_generate (rand, hip_coach_get_catalogue (f->coach), "2026-03-02", 7);
  names = catalogue_names (hip_coach_get_catalogue (f->coach));
  /* The export names each exercise in its last column. */
  sets = hip_csv_format_workouts (history, names);
  path = write_temp ("psfs-sets-only.csv", sets);
  g_assert_true (hip_coach_import_csv (f->coach, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (f->psfs_changed, ==, 0);
  activities = hip_coach_load_psfs_activities (f->coach, NULL);
  g_assert_cmpuint (activities->len, ==, 0);
  again = export_text (f->coach);
  g_assert_cmpstr (again, ==, sets);
  g_remove (path);

  with_empty = g_strconcat (sets, "\r\nactivity,position,day,score\r\n", NULL);
  g_clear_pointer (&path, g_free);
  path = write_temp ("psfs-empty-section.csv", with_empty);
  g_assert_true (hip_coach_import_csv (f->coach, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->psfs_changed, ==, 0);
  g_remove (path);
}

/* Each bad line of the section is refused with its line and reason, and the whole file with
 * it: not even its sets are added. */
static void
test_csv_malformed (Fixture       *f,
                    gconstpointer  data)
{
  static const struct
  {
    const char *name;
    const char *section;
    const char *expected;
  } cases[] = {
    { "fields", "Stairs,1,2026-03-02\r\n", "3 fields instead of 4" },
    { "no-name", " ,1,2026-03-02,3\r\n", "activity must be" },
    { "position", "Stairs,4,2026-03-02,3\r\n", "position must be empty or 1–3" },
    { "day", "Stairs,1,2 March,3\r\n", "is not a day" },
    { "short-day", "Stairs,1,2026-3-2,3\r\n", "is not a day" },
    { "score", "Stairs,1,2026-03-02,11\r\n", "score must be empty or 0–10" },
    { "day-without-score", "Stairs,1,2026-03-02,\r\n", "needs both its day and its score" },
    { "score-without-day", "Stairs,1,,3\r\n", "needs both its day and its score" },
    { "two-positions", "Stairs,1,2026-03-02,3\r\nStairs,2,2026-03-09,4\r\n",
      "has a different position" },
    { "shared-position", "Stairs,1,2026-03-02,3\r\nSocks,1,2026-03-09,4\r\n",
      "position 1 belongs to “Stairs”" },
    { "sets-after", "Stairs,1,2026-03-02,3\r\n"
      "2026-03-02T08:00:00+00:00,,1,1,,,clamshell,1,left,12,0,,,\r\n", "14 fields instead of 4" },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) history =
    hip_test_history_generate (rand, hip_coach_get_catalogue (f->coach), "2026-03-02", 7);
  g_autofree char *sets = hip_csv_format_workouts (history, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (sets, "\r\nactivity,position,day,score\r\n",
                                           cases[i].section, NULL);
      g_autofree char *path = write_temp ("psfs-bad.csv", text);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) workouts = NULL;
      g_autoptr(GPtrArray) activities = NULL;
      guint n = 99;

      g_assert_false (hip_coach_import_csv (f->coach, path, &n, &error));
      g_test_message ("%s: %s", cases[i].name, error->message);
      g_assert_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].expected));
      g_assert_true (g_str_has_prefix (error->message, "Line "));
      workouts = hip_store_list_workouts (hip_coach_get_store (f->coach), NULL, NULL, FALSE, NULL);
      g_assert_cmpuint (workouts->len, ==, 0);
      activities = hip_coach_load_psfs_activities (f->coach, NULL);
      g_assert_cmpuint (activities->len, ==, 0);
      g_remove (path);
    }
  g_assert_cmpuint (f->psfs_changed, ==, 0);
}

/* Every query of the scale uses an index, however long the history. */
static void
test_queries_use_indexes (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) history = NULL;
  GDate first;
  guint checked = 0;

  start_programme (f, "2026-03-02", &first);
  save_activities (f, "Climbing stairs", "Putting on socks", NULL);
  rate (f, "2026-03-02", "Climbing stairs", 3);
  g_assert_true (hip_coach_skip_psfs (f->coach, "2026-03-09", NULL));
  g_assert_false (due_on (f, &first, 7));
  history = hip_coach_psfs_history (f->coach, NULL);
  save_activities (f, "Gardening", "Climbing stairs", NULL);
  g_free (export_text (f->coach));

  plans = hip_store_explain_statements (hip_coach_get_store (f->coach));
  for (guint i = 0; i < plans->len; i++)
    {
      g_auto(GStrv) lines = g_strsplit (plans->pdata[i], "\n", -1);

      if (strstr (lines[0], "psfs") == NULL)
        continue;
      g_test_message ("%s", (char *) plans->pdata[i]);
      checked++;
      for (guint l = 1; lines[l] != NULL; l++)
        g_assert_true (!g_str_has_prefix (lines[l], "SCAN") || strstr (lines[l], "INDEX") != NULL ||
                       strcmp (lines[l], "SCAN CONSTANT ROW") == 0 ||
                       /* Export reads every activity, and there are a few. */
                       strstr (lines[0], "LEFT JOIN") != NULL);
    }
  g_assert_cmpuint (checked, >=, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/psfs/change", test_change);
  g_test_add_func ("/core/psfs/week", test_week);
  g_test_add ("/core/psfs/activities", Fixture, NULL, fixture_set_up, test_activities,
              fixture_tear_down);
  g_test_add ("/core/psfs/due", Fixture, NULL, fixture_set_up, test_due, fixture_tear_down);
  g_test_add ("/core/psfs/history", Fixture, NULL, fixture_set_up, test_history,
              fixture_tear_down);
  g_test_add ("/core/psfs/csv-round-trip", Fixture, NULL, fixture_set_up, test_csv_round_trip,
              fixture_tear_down);
  g_test_add ("/core/psfs/csv-without-section", Fixture, NULL, fixture_set_up,
              test_csv_without_section, fixture_tear_down);
  g_test_add ("/core/psfs/csv-malformed", Fixture, NULL, fixture_set_up, test_csv_malformed,
              fixture_tear_down);
  g_test_add ("/core/psfs/queries-use-indexes", Fixture, NULL, fixture_set_up,
              test_queries_use_indexes, fixture_tear_down);

  return g_test_run ();
}
