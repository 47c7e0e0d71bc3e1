/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Adaptation: after each session, the progression rule (ACSM "2-for-2") and the pain-monitoring
 * rule (Silbernagel 2007) of SCIENCE.md §2–§3 decide, exercise by exercise, what the coming
 * sessions do; hip_adapt_apply() writes that into the programme. Pure: no store, no clock. */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-adapt.h"
#include "hip-exercise.h"
#include "hip-plan-edit.h"
#include "hip-planner.h"
#include "hip-units.h"

void
hip_adaptation_free (HipAdaptation *adaptation)
{
  if (adaptation == NULL)
    return;
  g_clear_object (&adaptation->exercise);
  g_clear_object (&adaptation->replacement);
  g_free (adaptation->message);
  g_free (adaptation->why);
  g_free (adaptation);
}

static HipExercise *
lookup (GListModel *exercises,
        const char *id)
{
  guint n = g_list_model_get_n_items (exercises);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (exercises, i);

      if (g_strcmp0 (hip_exercise_get_id (e), id) == 0)
        return e;
    }
  return NULL;
}

/* The first step of @ladder that the profile allows, or NULL. */
static HipExercise *
ladder_step (GListModel          *exercises,
             const HipProfile    *profile,
             const char * const  *ladder)
{
  for (guint i = 0; ladder != NULL && ladder[i] != NULL; i++)
    {
      HipExercise *e = lookup (exercises, ladder[i]);

      if (e != NULL && hip_planner_allows (profile, e))
        return e;
    }
  return NULL;
}

/**
 * hip_adapt_easiest_step:
 *
 * Returns: (transfer none) (nullable): the bottom of @exercise's ladder of easier steps that
 *   @profile allows, or %NULL when it has no easier step
 */
HipExercise *
hip_adapt_easiest_step (HipExercise      *exercise,
                        GListModel       *exercises,
                        const HipProfile *profile)
{
  HipExercise *easiest = NULL;

  /* A ladder is short; the bound only guards against a loop in a person's own exercises. */
  for (guint i = 0; i < 16; i++)
    {
      HipExercise *easier = ladder_step (exercises, profile,
                                         hip_exercise_get_regressions (exercise));

      if (easier == NULL || easier == exercise)
        break;
      easiest = exercise = easier;
    }
  return easiest;
}

/**
 * hip_adapt_pain_light:
 * @pain: the highest pain during an exercise's sets, 0–10, or %HIP_LOG_NONE
 *
 * Returns: its traffic light (SCIENCE.md §3)
 */
HipPainLight
hip_adapt_pain_light (int pain)
{
  if (pain == HIP_LOG_NONE || pain < 0)
    return HIP_PAIN_UNKNOWN;
  if (pain <= 3)
    return HIP_PAIN_GREEN;
  return pain <= HIP_ADAPT_PAIN_LIMIT ? HIP_PAIN_AMBER : HIP_PAIN_RED;
}

/* How one session of an exercise went for pain: the light of the highest pain entered, but
 * unknown when that was green and some set's pain was left out: progression needs every set's
 * pain entered and green (SCIENCE.md §3). */
static HipPainLight
session_light (const HipPerformance *p)
{
  HipPainLight light = hip_adapt_pain_light (p->max_pain);

  return light == HIP_PAIN_GREEN && p->pain_missing ? HIP_PAIN_UNKNOWN : light;
}

/* Passed the top of the range plus one (a repetition, or five seconds of a hold). */
static gboolean
passed_top (const HipPerformance *p)
{
  if (p->target_reps > 0)
    return p->last_set_reps >= p->target_reps + 1;
  return p->target_seconds > 0 && p->last_set_seconds >= p->target_seconds + 5;
}

/* The smallest load the person can add (the profile's, SCIENCE.md §2). */
static double
load_step (const HipProfile *profile)
{
  return profile->load_step >= HIP_PROFILE_MIN_LOAD_STEP ? profile->load_step
                                                         : HIP_PROFILE_DEFAULT_LOAD_STEP;
}

static double
round_load (double            load,
            const HipProfile *profile)
{
  return round (load / load_step (profile)) * load_step (profile);
}

/* Plans are written in kilograms, the unit loads are stored in. */
static char *
format_kg (double load)
{
  return hip_units_format_load (load, HIP_UNITS_KILOGRAMS);
}

static HipAdaptation *
adaptation_new (HipAdaptKind  kind,
                HipExercise  *exercise)
{
  HipAdaptation *a = g_new0 (HipAdaptation, 1);

  a->kind = kind;
  a->exercise = g_object_ref (exercise);
  return a;
}

/**
 * hip_adapt_step_up:
 * @p: the prescription just done, perhaps a step back after pain
 * @recent: (array length=n_recent): how it went, the latest session first
 *
 * A step back, or a dose pain lowered, lasts until the exercise has gone without pain twice
 * (SCIENCE.md §2–§3): two sessions of it in a row with every set's pain entered and green.
 *
 * Returns: (transfer full) (nullable): the way back up to the exercise it replaced, or to its
 *   full dose; or %NULL
 */
HipAdaptation *
hip_adapt_step_up (const HipPrescription *p,
                   const HipPerformance  *recent,
                   guint                  n_recent)
{
  HipAdaptation *a;

  if ((p->stepped_from == NULL && p->full_sets == 0) || n_recent < 2 ||
      session_light (&recent[0]) != HIP_PAIN_GREEN || session_light (&recent[1]) != HIP_PAIN_GREEN)
    return NULL;
  if (p->stepped_from == NULL)
    {
      a = adaptation_new (HIP_ADAPT_DOSE_BACK, p->exercise);
      a->message = g_strdup (_("Back to the full dose: two sessions without pain"));
      return a;
    }
  a = adaptation_new (HIP_ADAPT_NEXT_STEP, p->exercise);
  a->replacement = g_object_ref (p->stepped_from);
  /* Translators: "Back up to Curtsy lunge: two sessions without pain at the easier step" */
  a->message = g_strdup_printf (_("Back up to %s: two sessions without pain at the easier step"),
                                hip_exercise_get_name (p->stepped_from));
  return a;
}

/* 15 % less than @load, rounded to the person's step: 0 when that would take nothing off. */
static double
lighter_load (double            load,
              const HipProfile *profile)
{
  double lighter = round_load (load * 0.85, profile);

  return lighter > 0 && lighter < load ? lighter : 0;
}

/* Pain broke the rule: an easier step, or less load, or else a lower dose, each until two
 * sessions go without pain (a lower load until the progression rule raises it again). */
static HipAdaptation *
regress (HipExercise          *exercise,
         GListModel           *exercises,
         const HipProfile     *profile,
         const HipPerformance *last,
         const char           *why)
{
  HipExercise *easier = ladder_step (exercises, profile, hip_exercise_get_regressions (exercise));
  double lighter = last->load > 0 ? lighter_load (last->load, profile) : 0;
  HipAdaptation *a;

  if (easier != NULL)
    {
      a = adaptation_new (HIP_ADAPT_STEP_BACK, exercise);
      a->replacement = g_object_ref (easier);
      a->why = g_strdup (why);
      /* Translators: "Back to Split squat until it goes without pain twice: pain 7/10 last
       * time" */
      a->message = g_strdup_printf (_("Back to %s until it goes without pain twice: %s"),
                                    hip_exercise_get_name (easier), why);
    }
  else if (lighter > 0)
    {
      g_autofree char *kg = NULL;

      a = adaptation_new (HIP_ADAPT_LOAD_DOWN, exercise);
      a->load = lighter;
      kg = format_kg (a->load);
      /* Translators: "Load down 15 % to 17.0 kg: pain 6/10 last time" */
      a->message = g_strdup_printf (_("Load down 15 %% to %s: %s"), kg, why);
    }
  else
    {
      /* Nothing easier and no load to take off: fewer sets, repetitions or seconds, which
       * hip_adapt_apply() says it cannot do at one set of the fewest. */
      a = adaptation_new (HIP_ADAPT_DOSE_DOWN, exercise);
      a->why = g_strdup (why);
      /* Translators: "Lighter (fewer sets, repetitions or seconds) until it goes without pain
       * twice: pain 8/10 last time" */
      a->message = g_strdup_printf (_("Lighter (fewer sets, repetitions or seconds) until it "
                                      "goes without pain twice: %s"), why);
    }
  return a;
}

/* The most that more repetitions or seconds take bodyweight work to; beyond, a harder step. */
#define MAX_REPS     20
#define MAX_SECONDS  60

static HipAdaptation *
progress (HipExercise          *exercise,
          GListModel           *exercises,
          const HipProfile     *profile,
          const HipPerformance *last)
{
  const char *why = _("you passed the top of the range in two sessions");
  double heavier = MAX (round_load (last->load * 1.05, profile), last->load + load_step (profile));
  HipExercise *harder;
  HipAdaptation *a;

  /* A load step the person can make (the profile's smallest) that stays within +10 % (§2); a
   * light weight, where that step is more (2 kg to 3 kg is +50 %), gets repetitions first. */
  if (last->load > 0 && heavier <= last->load * 1.10 + 1e-9)
    {
      g_autofree char *kg = NULL;

      a = adaptation_new (HIP_ADAPT_LOAD_UP, exercise);
      a->load = heavier;
      kg = format_kg (a->load);
      /* Translators: "Load up to 21.0 kg: you passed the top of the range in two sessions" */
      a->message = g_strdup_printf (_("Load up to %s: %s"), kg, why);
    }
  else if (last->load <= 0 &&
           (harder = ladder_step (exercises, profile,
                                  hip_exercise_get_progressions (exercise))) != NULL)
    {
      a = adaptation_new (HIP_ADAPT_NEXT_STEP, exercise);
      a->replacement = g_object_ref (harder);
      a->message = g_strdup_printf (_("On to %s: %s"), hip_exercise_get_name (harder), why);
    }
  else if (last->target_reps > 0 ? last->target_reps >= MAX_REPS
                                  : last->target_seconds >= MAX_SECONDS)
    /* At the top already: nothing changes, so nothing is said. */
    a = adaptation_new (HIP_ADAPT_HOLD, exercise);
  else
    {
      a = adaptation_new (HIP_ADAPT_REPS_UP, exercise);
      if (last->target_reps > 0)
        {
          a->reps = MIN (last->target_reps + 2, MAX_REPS);
          a->message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Up to %u repetition: %s",
                                                     "Up to %u repetitions: %s", a->reps),
                                        a->reps, why);
        }
      else
        {
          a->reps = MIN (last->target_seconds + 5, MAX_SECONDS);
          a->message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Up to %u second: %s",
                                                     "Up to %u seconds: %s", a->reps),
                                        a->reps, why);
        }
    }
  return a;
}

/* The reps say move on; the pain of both sessions must be green too. Amber allows the exercise
 * but not more of it; pain not entered is unknown, never taken for none. */
static HipAdaptation *
progress_if_green (HipExercise          *exercise,
                   GListModel           *exercises,
                   const HipProfile     *profile,
                   const HipPerformance *recent)
{
  HipPainLight light[2] = { session_light (&recent[0]), session_light (&recent[1]) };
  HipAdaptation *a;

  if (light[0] == HIP_PAIN_GREEN && light[1] == HIP_PAIN_GREEN)
    return progress (exercise, exercises, profile, &recent[0]);
  a = adaptation_new (HIP_ADAPT_NO_PROGRESS, exercise);
  if (light[1] == HIP_PAIN_RED)
    /* Translators: "No progress yet: pain 6/10 the session before" */
    a->message = g_strdup_printf (_("No progress yet: pain %d/10 the session before"),
                                  recent[1].max_pain);
  else if (light[0] == HIP_PAIN_AMBER || light[1] == HIP_PAIN_AMBER)
    /* Translators: "No progress yet: pain 4/10 allows this exercise, not more of it" */
    a->message = g_strdup_printf (_("No progress yet: pain %d/10 allows this exercise, not more "
                                    "of it"), MAX (recent[0].max_pain, recent[1].max_pain));
  else
    a->message = g_strdup (_("No progress yet: note the pain during the sets (0 if none), and "
                             "it can move on"));
  return a;
}

/**
 * hip_adapt_exercise:
 * @exercises: resolves the exercise's ladder
 * @recent: (array length=n_recent): how the exercise went, the latest session first
 * @mornings_above_usual: how many of the latest next-morning check-ins in a row were above the
 *   person's usual pain or stiffness
 *
 * Pain first (SCIENCE.md §3): more than 5/10 during the exercise, or next-morning pain above
 * the usual twice in a row, steps back (an easier step of the ladder, or 15 % less load, or else
 * a lower dose, until it goes without pain twice); above the usual once holds everything.
 * Otherwise the progression rule (§2): past the top of the range plus one in the last two
 * sessions moves on (+5 % load, or the next step of the ladder, or more repetitions where the
 * ladder ends, up to 20 or 60 s).
 *
 * Returns: (transfer full): the decision, with its message (none for a plain hold)
 */
HipAdaptation *
hip_adapt_exercise (HipExercise          *exercise,
                    GListModel           *exercises,
                    const HipProfile     *profile,
                    const HipPerformance *recent,
                    guint                 n_recent,
                    guint                 mornings_above_usual)
{
  g_return_val_if_fail (HIP_IS_EXERCISE (exercise), NULL);

  if (n_recent > 0 && recent[0].max_pain != HIP_LOG_NONE &&
      recent[0].max_pain > HIP_ADAPT_PAIN_LIMIT)
    {
      g_autofree char *why = g_strdup_printf (_("pain %d/10 last time"), recent[0].max_pain);

      return regress (exercise, exercises, profile, &recent[0], why);
    }
  if (mornings_above_usual >= 2 && n_recent > 0)
    return regress (exercise, exercises, profile, &recent[0],
                    _("next-morning pain above your usual twice in a row"));
  if (mornings_above_usual == 1)
    {
      HipAdaptation *a = adaptation_new (HIP_ADAPT_NO_PROGRESS, exercise);

      a->message = g_strdup (_("No progress this time: next-morning pain was above your usual"));
      return a;
    }
  if (n_recent >= 2 && passed_top (&recent[0]) && passed_top (&recent[1]))
    return progress_if_green (exercise, exercises, profile, recent);
  return adaptation_new (HIP_ADAPT_HOLD, exercise);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The median of the known ones of the @n values at @values, stride @stride ints apart, or -1
 * when none is known: a value the person left out is unknown, never 0 (SCIENCE.md §3). */
static double
median (const int *values,
        guint      n,
        guint      stride)
{
  g_autofree int *sorted = g_new (int, MAX (n, 1));
  guint known = 0;

  for (guint i = 0; i < n; i++)
    if (values[i * stride] >= 0)
      sorted[known++] = values[i * stride];
  if (known == 0)
    return -1;
  qsort (sorted, known, sizeof *sorted, compare_ints);
  return known % 2 == 1 ? sorted[known / 2] : (sorted[known / 2 - 1] + sorted[known / 2]) / 2.0;
}

/* Whether @value, when known, stands 2 points or more above @baseline. */
static gboolean
two_above (int    value,
           double baseline)
{
  return value >= 0 && value >= baseline + 2;
}

/* Whether check-in @i stands 2 points or more above the person's baseline: the median of
 * the @n_base check-ins from @base on, or, with none known, their usual pain (SCIENCE.md §3). */
static gboolean
flare (const HipCheckin *checkins,
       guint             base,
       guint             n_base,
       guint             i,
       int               usual_pain)
{
  guint stride = sizeof (HipCheckin) / sizeof (int);
  double pain = median (&checkins[base].pain, n_base, stride);
  double stiffness = median (&checkins[base].stiffness, n_base, stride);

  G_STATIC_ASSERT (sizeof (HipCheckin) % sizeof (int) == 0);
  if (pain < 0)
    pain = usual_pain;
  if (stiffness < 0)
    stiffness = usual_pain;
  return two_above (checkins[i].pain, pain) || two_above (checkins[i].stiffness, stiffness);
}

/* @day (YYYY-MM-DD) as a Julian day number, or 0 when it is not a date. */
static guint32
julian (const char *day)
{
  GDate date;

  return hip_log_parse_day (day, &date) ? g_date_get_julian (&date) : 0;
}

/* The Monday of @day, as a Julian day number (Julian day 1 was a Monday). */
static guint32
monday_julian (const char *day)
{
  guint32 j = julian (day);

  return j == 0 ? 0 : j - (j - 1) % 7;
}

/* Whether @day is one of the 7 days that end with Julian day @today. */
static gboolean
in_last_week (const char *day,
              guint32     today)
{
  guint32 j = julian (day);

  return j <= today && j + 7 > today;
}

/* The first of @checkins (oldest first) within the 7 days that end with Julian day @today. */
static guint
first_in_last_week (const HipCheckin *checkins,
                    guint             n_checkins,
                    guint32           today)
{
  guint first = 0;

  while (first < n_checkins && !in_last_week (checkins[first].day, today))
    first++;
  return first;
}

/**
 * hip_adapt_flare_mornings:
 * @checkins: (array length=n_checkins): next-morning check-ins, oldest first
 * @today: YYYY-MM-DD
 * @since: (nullable): YYYY-MM-DD, the day of the session the mornings follow: a check-in before
 *   it is about an earlier one, and is not counted (it may still be part of the baseline)
 * @usual_pain: the profile's usual pain, the baseline while there are no check-ins
 *
 * Returns: how many of the latest check-ins in a row (at most 2) show next-morning pain or
 *   stiffness 2 points or more above the baseline (the median of the earlier check-ins),
 *   counting only the last 7 days' check-ins: one holds the next session, two step it back
 *   (SCIENCE.md §3)
 */
guint
hip_adapt_flare_mornings (const HipCheckin *checkins,
                          guint             n_checkins,
                          const char       *today,
                          const char       *since,
                          int               usual_pain)
{
  guint32 now = julian (today), from = since != NULL ? julian (since) : 0;
  guint first, base, judged, flares = 0;

  g_return_val_if_fail (now != 0, 0);
  first = first_in_last_week (checkins, n_checkins, now);
  /* The two latest are judged against the days before them, so that a first flare does not
   * lift the baseline the second is judged by. */
  base = judged = MAX (first, n_checkins >= 2 ? n_checkins - 2 : 0);
  while (judged < n_checkins && julian (checkins[judged].day) < from)
    judged++;
  for (guint i = n_checkins; i > judged && flares < 2; i--)
    {
      if (!flare (checkins, first, base - first, i - 1, usual_pain))
        break;
      flares++;
    }
  return flares;
}

/**
 * hip_adapt_baseline:
 * @checkins: (array length=n_checkins): next-morning check-ins, oldest first
 * @today: YYYY-MM-DD
 * @usual_pain: the profile's usual pain
 *
 * Returns: the person's own baseline pain (SCIENCE.md §3): the median morning pain of the last
 *   7 days' check-ins, or @usual_pain when none of them says
 */
double
hip_adapt_baseline (const HipCheckin *checkins,
                    guint             n_checkins,
                    const char       *today,
                    int               usual_pain)
{
  guint first = first_in_last_week (checkins, n_checkins, julian (today));
  double baseline;

  if (first == n_checkins)
    return usual_pain;
  baseline = median (&checkins[first].pain, n_checkins - first,
                     sizeof (HipCheckin) / sizeof (int));
  return baseline >= 0 ? baseline : usual_pain;
}

/**
 * hip_adapt_pain_before_high:
 * @pain: back pain just before a session, or %HIP_LOG_NONE
 * @baseline: from hip_adapt_baseline()
 *
 * Returns: whether to offer a lighter session or rest today instead (SCIENCE.md §3): pain 3
 *   points or more above the baseline, or 7 or more
 */
gboolean
hip_adapt_pain_before_high (int    pain,
                            double baseline)
{
  return pain >= 0 && (pain >= 7 || pain >= baseline + 3);
}

/* The median morning pain of the check-ins in [@from, @to) of @checkins, when one is known. */
static gboolean
median_between (const HipCheckin *checkins,
                guint             from,
                guint             to,
                double           *out)
{
  if (to <= from)
    return FALSE;
  *out = median (&checkins[from].pain, to - from, sizeof (HipCheckin) / sizeof (int));
  return *out >= 0;
}

/**
 * hip_adapt_pain_rising:
 * @checkins: (array length=n_checkins): every next-morning check-in, oldest first
 * @today: YYYY-MM-DD
 *
 * The calm suggestion to see a clinician (SCIENCE.md §3): the weekly median of morning pain 2
 * points or more above the median of the person's first two weeks, two weeks running; or any
 * morning of the last 7 days at 8/10 or more.
 *
 * Returns: whether to suggest it
 */
gboolean
hip_adapt_pain_rising (const HipCheckin *checkins,
                       guint             n_checkins,
                       const char       *today)
{
  guint32 start, day = julian (today);
  guint first_weeks_end = 0, last = n_checkins;
  double baseline, week[2];
  guint found = 0;

  /* What was entered after @today says nothing about it. */
  while (n_checkins > 0 && julian (checkins[n_checkins - 1].day) > day)
    n_checkins--;
  last = n_checkins;
  for (guint i = 0; i < n_checkins; i++)
    if (checkins[i].pain >= 8 && in_last_week (checkins[i].day, day))
      return TRUE;
  if (n_checkins == 0 || day == 0)
    return FALSE;
  start = monday_julian (checkins[0].day);
  while (first_weeks_end < n_checkins && monday_julian (checkins[first_weeks_end].day) < start + 14)
    first_weeks_end++;
  if (!median_between (checkins, 0, first_weeks_end, &baseline))
    return FALSE;
  /* The two latest weeks with check-ins, after the first two. */
  while (found < 2 && last > first_weeks_end)
    {
      guint32 monday = monday_julian (checkins[last - 1].day);
      guint begin = last;

      while (begin > first_weeks_end && monday_julian (checkins[begin - 1].day) == monday)
        begin--;
      /* A week with only stiffness entered says nothing about pain: it is passed over. */
      if (median_between (checkins, begin, last, &week[found]))
        found++;
      last = begin;
    }
  return found == 2 && week[0] >= baseline + 2 && week[1] >= baseline + 2;
}

static void
set_note (HipPrescription *p,
          const char      *message)
{
  g_free (p->rationale);
  p->rationale = g_strdup (message);
}

/* Whether @later comes after (@week, @session). */
static gboolean
comes_after (const HipSession *later,
             guint             week,
             guint             session)
{
  return later->week > week || (later->week == week && later->session > session);
}

/* Changes the dose of @exercise in every session after (@week, @session). */
static gboolean
adapt_dose (HipPlan             *plan,
            guint                week,
            guint                session,
            const HipAdaptation *a)
{
  gboolean changed = FALSE;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *later = plan->sessions->pdata[s];

      if (!comes_after (later, week, session))
        continue;
      for (guint i = 0; i < later->items->len; i++)
        {
          HipPrescription *p = later->items->pdata[i];

          if (p->exercise != a->exercise)
            continue;
          if (a->kind == HIP_ADAPT_LOAD_UP || a->kind == HIP_ADAPT_LOAD_DOWN)
            {
              g_free (p->load);
              p->load = format_kg (a->load);
            }
          else if (p->reps > 0)
            p->reps = MAX (p->reps, a->reps);
          else
            p->seconds = MAX (p->seconds, a->reps);
          set_note (p, a->message);
          changed = TRUE;
        }
    }
  return changed;
}

/* Pain, and no easier step can take the exercise's place: one set fewer (or, at one set, a
 * fifth fewer repetitions or seconds), remembering the full dose until two sessions go without
 * pain (hip_adapt_step_up()). Returns: whether it could go lower. */
static gboolean
lower_dose (HipPrescription *p)
{
  guint sets = p->sets, reps = p->reps, seconds = p->seconds;

  if (p->sets > 1)
    p->sets--;
  else if (p->reps > 0)
    p->reps = MAX (1, p->reps * 4 / 5);
  else
    p->seconds = MAX (5, p->seconds * 4 / 5);
  if (p->sets == sets && p->reps == reps && p->seconds == seconds)
    return FALSE;
  /* Lowered again: the dose to go back to is still the first one. */
  if (p->full_sets == 0)
    {
      p->full_sets = sets;
      p->full_reps = reps;
      p->full_seconds = seconds;
    }
  return TRUE;
}

/* Lowers @p's dose, saying @note, and counts what it could do in @outcome. */
static gboolean
lower_noting (HipPrescription *p,
              const char      *note,
              HipAdaptOutcome *outcome)
{
  if (!lower_dose (p))
    {
      outcome->at_floor++;
      return FALSE;
    }
  set_note (p, note);
  outcome->lowered++;
  return TRUE;
}

/* Puts the replacement in place of the exercise after (@week, @session), to the end of the
 * block: a step back stays until it has gone without pain twice (hip_adapt_step_up()). Where
 * the easier step is in a session already, the exercise's dose there is lower instead, for as
 * long. */
static gboolean
adapt_step (HipPlan             *plan,
            guint                week,
            guint                session,
            const HipAdaptation *a,
            HipAdaptOutcome     *outcome)
{
  gboolean changed = FALSE;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *later = plan->sessions->pdata[s];

      if (!comes_after (later, week, session))
        continue;
      for (guint i = 0; i < later->items->len; i++)
        {
          HipPrescription *p = later->items->pdata[i];

          if (p->exercise != a->exercise)
            continue;
          if (hip_plan_swap_one (plan, later, i, a->replacement))
            {
              p = later->items->pdata[i];
              set_note (p, a->message);
              if (a->kind == HIP_ADAPT_STEP_BACK)
                p->stepped_from = g_object_ref (a->exercise);
              changed = TRUE;
            }
          else if (a->kind == HIP_ADAPT_STEP_BACK)
            {
              /* Translators: "Clamshell is already in this session, so this is lighter
               * instead, until it goes without pain twice" */
              g_autofree char *note = g_strdup_printf (_("%s is already in this session, so "
                                                         "this is lighter instead, until it "
                                                         "goes without pain twice"),
                                                       hip_exercise_get_name (a->replacement));

              changed |= lower_noting (p, note, outcome);
            }
        }
    }
  return changed;
}

/* A lower dose of the exercise after (@week, @session), to the end of the block; or its full
 * dose back where pain had lowered it. */
static gboolean
adapt_lowered (HipPlan             *plan,
               guint                week,
               guint                session,
               const HipAdaptation *a,
               HipAdaptOutcome     *outcome)
{
  gboolean changed = FALSE;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *later = plan->sessions->pdata[s];

      if (!comes_after (later, week, session))
        continue;
      for (guint i = 0; i < later->items->len; i++)
        {
          HipPrescription *p = later->items->pdata[i];

          if (p->exercise != a->exercise)
            continue;
          if (a->kind == HIP_ADAPT_DOSE_DOWN)
            changed |= lower_noting (p, a->message, outcome);
          else if (p->full_sets > 0)
            {
              p->sets = p->full_sets;
              p->reps = p->full_reps;
              p->seconds = p->full_seconds;
              p->full_sets = p->full_reps = p->full_seconds = 0;
              set_note (p, a->message);
              changed = TRUE;
            }
        }
    }
  return changed;
}

/* Whether @candidate is an easier step of @exercise's ladder, however far down. */
static gboolean
is_easier (GListModel  *exercises,
           HipExercise *exercise,
           HipExercise *candidate)
{
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();

  g_ptr_array_add (steps, exercise);
  /* Ladders are short; the bound guards against a loop in a person's own exercises. */
  for (guint i = 0; i < steps->len && steps->len < 64; i++)
    {
      const char * const *down = hip_exercise_get_regressions (steps->pdata[i]);

      for (guint d = 0; down != NULL && down[d] != NULL; d++)
        {
          HipExercise *easier = lookup (exercises, down[d]);

          if (easier == candidate)
            return TRUE;
          if (easier != NULL && !g_ptr_array_find (steps, easier, NULL))
            g_ptr_array_add (steps, easier);
        }
    }
  return FALSE;
}

/* Whether @p is of @exercise (@exact), or else of an easier step of it. */
static gboolean
of_exercise (const HipPrescription *p,
             HipExercise           *exercise,
             gboolean               exact,
             GListModel            *exercises)
{
  return exact ? p->exercise == exercise : is_easier (exercises, exercise, p->exercise);
}

/* The last time before session @at of @plan (an index) that @exercise came; when it never did,
 * the last time an easier step of it came (it is a progression from that); or %NULL. */
static const HipPrescription *
came_before (const HipPlan *plan,
             guint          at,
             HipExercise   *exercise,
             GListModel    *exercises)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint s = at; s > 0; s--)
      {
        const HipSession *session = plan->sessions->pdata[s - 1];

        for (guint i = 0; i < session->items->len; i++)
          if (of_exercise (session->items->pdata[i], exercise, pass == 0, exercises))
            return session->items->pdata[i];
      }
  return NULL;
}

/* The index in @plan of the first session from @from on with @exercise (or, when none has it,
 * a harder step of it: a progression); its item's index in @item. G_MAXUINT when none. */
static guint
comes_next (const HipPlan *plan,
            guint          from,
            HipExercise   *exercise,
            GListModel    *exercises,
            guint         *item)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint s = from; s < plan->sessions->len; s++)
      {
        const HipSession *session = plan->sessions->pdata[s];

        for (guint i = 0; i < session->items->len; i++)
          {
            HipExercise *e = ((HipPrescription *) session->items->pdata[i])->exercise;

            if (pass == 0 ? e == exercise : is_easier (exercises, e, exercise))
              {
                *item = i;
                return s;
              }
          }
      }
  return G_MAXUINT;
}

/* Holds item @i of session @at (an index) of @plan at the last time it came: its easier step
 * back where a progression had put a harder one, and no more sets, repetitions, seconds or load
 * than then. Returns: whether that changed it. */
static gboolean
hold_item (HipPlan    *plan,
           guint       at,
           guint       i,
           GListModel *exercises,
           const char *note)
{
  HipSession *session = plan->sessions->pdata[at];
  HipPrescription *p = session->items->pdata[i];
  const HipPrescription *last = came_before (plan, at, p->exercise, exercises);
  gboolean changed = FALSE;
  double kg, last_kg;

  if (last == NULL)
    return FALSE;
  if (last->exercise != p->exercise)
    {
      if (!hip_plan_swap_one (plan, session, i, last->exercise))
        return FALSE;
      p = session->items->pdata[i];
      changed = TRUE;
    }
  if (p->sets > last->sets)
    {
      p->sets = last->sets;
      changed = TRUE;
    }
  if (p->reps > 0 && last->reps > 0 && p->reps > last->reps)
    {
      p->reps = last->reps;
      changed = TRUE;
    }
  if (p->seconds > 0 && last->seconds > 0 && p->seconds > last->seconds)
    {
      p->seconds = last->seconds;
      changed = TRUE;
    }
  if (hip_units_parse_kg (p->load, &kg) && hip_units_parse_kg (last->load, &last_kg) &&
      kg > last_kg)
    {
      g_free (p->load);
      p->load = g_strdup (last->load);
      changed = TRUE;
    }
  if (changed)
    set_note (p, note);
  return changed;
}

/**
 * hip_adapt_hold:
 * @done: (nullable): the session the bad morning came after
 * @next: the next session to do, of @plan
 * @exercises: resolves ladders
 * @note: what a held prescription's rationale says
 *
 * One bad morning (SCIENCE.md §3: pain or stiffness 2 points or more above the baseline): the
 * next session progresses nothing, and neither does the next time each exercise of @done comes
 * (its progression was decided before the morning said how it went). Each is held at the last
 * time it came before: no more sets, repetitions, seconds or load, and the easier step back
 * where a progression had put a harder one. The sessions after those keep their dose.
 *
 * Returns: how many prescriptions it held back
 */
guint
hip_adapt_hold (HipPlan          *plan,
                const HipSession *done,
                HipSession       *next,
                GListModel       *exercises,
                const char       *note)
{
  guint at = 0, held = 0;

  g_return_val_if_fail (plan != NULL && next != NULL, 0);

  while (at < plan->sessions->len && plan->sessions->pdata[at] != next)
    at++;
  g_return_val_if_fail (at < plan->sessions->len, 0);
  for (guint i = 0; i < next->items->len; i++)
    {
      HipPart part = ((HipPrescription *) next->items->pdata[i])->part;

      if (part == HIP_PART_MAIN || part == HIP_PART_CORE)
        held += hold_item (plan, at, i, exercises, note);
    }
  /* Each exercise of @done, its next time from the next session on (held already when that is
   * the next session). */
  for (guint d = 0; done != NULL && d < done->items->len; d++)
    {
      const HipPrescription *p = done->items->pdata[d];
      guint s, i = 0;

      if ((p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE) &&
          (s = comes_next (plan, at, p->exercise, exercises, &i)) != G_MAXUINT)
        held += hold_item (plan, s, i, exercises, note);
    }
  return held;
}

/* Whether @session has @exercise. */
static gboolean
has_exercise (const HipSession *session,
              HipExercise      *exercise)
{
  for (guint i = 0; i < session->items->len; i++)
    if (((HipPrescription *) session->items->pdata[i])->exercise == exercise)
      return TRUE;
  return FALSE;
}

/**
 * hip_adapt_can_ease:
 * @p: the prescription of an exercise that hurt
 * @session: (nullable): its session, where an easier step already in it cannot replace it
 * @load: the load it was done with, kg, or %HIP_LOG_NONE
 *
 * Whether pain above 5/10 will make the exercise's coming sessions easier (hip_adapt_exercise()
 * and hip_adapt_apply()): an easier step of its ladder, less load, or a lower dose. When none
 * is left, the person is better told so than promised an easier session.
 */
gboolean
hip_adapt_can_ease (const HipPrescription *p,
                    const HipSession      *session,
                    GListModel            *exercises,
                    const HipProfile      *profile,
                    double                 load)
{
  HipExercise *easier;
  HipPrescription lower;

  g_return_val_if_fail (p != NULL && HIP_IS_EXERCISE (p->exercise), FALSE);

  easier = ladder_step (exercises, profile, hip_exercise_get_regressions (p->exercise));
  if (easier != NULL && (session == NULL || !has_exercise (session, easier)))
    return TRUE;
  if (easier == NULL && load > 0 && lighter_load (load, profile) > 0)
    return TRUE;
  lower = *p;
  return lower_dose (&lower);
}

/**
 * hip_adapt_apply:
 * @week: the week of the session just done
 * @session: its number in the week
 * @outcome: (out) (optional): how many of the coming prescriptions got a lower dose, and how
 *   many could go no lower
 *
 * Writes @adaptation into the sessions that come after it; each changed prescription's
 * rationale says what changed and why.
 *
 * Returns: whether the plan changed
 */
gboolean
hip_adapt_apply (HipPlan             *plan,
                 guint                week,
                 guint                session,
                 const HipAdaptation *adaptation,
                 HipAdaptOutcome     *outcome)
{
  HipAdaptOutcome ignored;

  if (outcome == NULL)
    outcome = &ignored;
  *outcome = (HipAdaptOutcome) { 0 };
  switch (adaptation->kind)
    {
    case HIP_ADAPT_LOAD_UP:
    case HIP_ADAPT_LOAD_DOWN:
    case HIP_ADAPT_REPS_UP:
      return adapt_dose (plan, week, session, adaptation);
    case HIP_ADAPT_NEXT_STEP:
    case HIP_ADAPT_STEP_BACK:
      return adapt_step (plan, week, session, adaptation, outcome);
    case HIP_ADAPT_DOSE_DOWN:
    case HIP_ADAPT_DOSE_BACK:
      return adapt_lowered (plan, week, session, adaptation, outcome);
    case HIP_ADAPT_HOLD:
    case HIP_ADAPT_NO_PROGRESS:
    default:
      return FALSE;
    }
}
