/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Adaptation: after each session, the progression rule (ACSM "2-for-2") and the pain-monitoring
 * rule (Silbernagel 2007) of SCIENCE.md §2–§3 decide, exercise by exercise, what the coming
 * sessions do; hip_adapt_apply() writes that into the programme (hip-adapt-plan.c). Pure: no
 * store, no clock. */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "hip-adapt.h"
#include "hip-adapt-private.h"
#include "hip-exercise.h"
#include "hip-planner.h"
#include "hip-units.h"
#include "hip-week.h"

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

/* The exercise @id of @exercises, or %NULL. */
HipExercise *
hip_adapt_lookup (GListModel *exercises,
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
HipExercise *
hip_adapt_ladder_step (GListModel          *exercises,
                       const HipProfile    *profile,
                       const char * const  *ladder)
{
  for (guint i = 0; ladder != NULL && ladder[i] != NULL; i++)
    {
      HipExercise *e = hip_adapt_lookup (exercises, ladder[i]);

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
      HipExercise *easier = hip_adapt_ladder_step (exercises, profile,
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

/* The smallest load the person can add (the profile's, SCIENCE.md §2), in kilograms, as a
 * step of their unit: 5 lb, not 2.268 kg. */
static double
load_step (const HipProfile *profile)
{
  double kg = profile->load_step >= HIP_PROFILE_MIN_LOAD_STEP ? profile->load_step
                                                              : HIP_PROFILE_DEFAULT_LOAD_STEP;

  return hip_units_load_step_to_kg (hip_units_load_step (kg, profile->units), profile->units);
}

static double
round_load (double            load,
            const HipProfile *profile)
{
  return round (load / load_step (profile)) * load_step (profile);
}

/* What the person reads is in their unit. */
static char *
format_load (double            load,
             const HipProfile *profile)
{
  return hip_units_format_load (load, profile->units);
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
double
hip_adapt_lighter_load (double            load,
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
  HipExercise *easier = hip_adapt_ladder_step (exercises, profile,
                                               hip_exercise_get_regressions (exercise));
  double lighter = last->load > 0 ? hip_adapt_lighter_load (last->load, profile) : 0;
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
      kg = format_load (a->load, profile);
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
   * light weight, where that step is more (2 kg to 3 kg is +50 %), gets repetitions first. A
   * load typed in pounds is kept to the gram (100 lb as 45.359 kg), hence the 0.1 g. */
  if (last->load > 0 && heavier <= last->load * 1.10 + 1e-4)
    {
      g_autofree char *kg = NULL;

      a = adaptation_new (HIP_ADAPT_LOAD_UP, exercise);
      a->load = heavier;
      kg = format_load (a->load, profile);
      /* Translators: "Load up to 21.0 kg: you passed the top of the range in two sessions" */
      a->message = g_strdup_printf (_("Load up to %s: %s"), kg, why);
    }
  else if (last->load <= 0 &&
           (harder = hip_adapt_ladder_step (exercises, profile,
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
 * @week_start: the first day of the person's weeks, which the weeks here start on
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
                       const char       *today,
                       GDateWeekday      week_start)
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
  start = hip_week_julian_of (checkins[0].day, week_start);
  while (first_weeks_end < n_checkins &&
         hip_week_julian_of (checkins[first_weeks_end].day, week_start) < start + 14)
    first_weeks_end++;
  if (!median_between (checkins, 0, first_weeks_end, &baseline))
    return FALSE;
  /* The two latest weeks with check-ins, after the first two. */
  while (found < 2 && last > first_weeks_end)
    {
      guint32 first = hip_week_julian_of (checkins[last - 1].day, week_start);
      guint begin = last;

      while (begin > first_weeks_end &&
             hip_week_julian_of (checkins[begin - 1].day, week_start) == first)
        begin--;
      /* A week with only stiffness entered says nothing about pain: it is passed over. */
      if (median_between (checkins, begin, last, &week[found]))
        found++;
      last = begin;
    }
  return found == 2 && week[0] >= baseline + 2 && week[1] >= baseline + 2;
}
