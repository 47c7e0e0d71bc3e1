/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A programme's data, its tab-separated form, and the check of every rule it must keep. */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hip-balance.h"
#include "hip-exercise.h"
#include "hip-plan-private.h"
#include "hip-vocabulary.h"


void
hip_prescription_free (HipPrescription *p)
{
  if (p == NULL)
    return;
  g_clear_object (&p->exercise);
  g_clear_object (&p->stepped_from);
  g_free (p->rationale);
  g_free (p->load);
  g_free (p);
}

HipPrescription *
hip_prescription_copy (const HipPrescription *p)
{
  HipPrescription *c = g_memdup2 (p, sizeof *p);

  c->exercise = g_object_ref (p->exercise);
  if (p->stepped_from != NULL)
    c->stepped_from = g_object_ref (p->stepped_from);
  c->rationale = g_strdup (p->rationale);
  c->load = g_strdup (p->load);
  return c;
}

void
hip_session_free (HipSession *session)
{
  if (session == NULL)
    return;
  g_ptr_array_unref (session->items);
  g_free (session);
}

void
hip_plan_free (HipPlan *plan)
{
  if (plan == NULL)
    return;
  g_ptr_array_unref (plan->sessions);
  g_ptr_array_unref (plan->notes);
  g_free (plan);
}

GPtrArray *
hip_session_new_items (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) hip_prescription_free);
}

GPtrArray *
hip_plan_new_sessions (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) hip_session_free);
}

/* Returns: (transfer full): a deep copy of @session; free it with hip_session_free() */
HipSession *
hip_session_copy (const HipSession *session)
{
  HipSession *c = g_memdup2 (session, sizeof *session);

  c->items = hip_session_new_items ();
  for (guint i = 0; i < session->items->len; i++)
    g_ptr_array_add (c->items, hip_prescription_copy (session->items->pdata[i]));
  return c;
}

/* Returns: (transfer full): a deep copy, for trying an edit without touching @plan */
HipPlan *
hip_plan_copy (const HipPlan *plan)
{
  HipPlan *copy = g_memdup2 (plan, sizeof *plan);

  copy->sessions = hip_plan_new_sessions ();
  for (guint s = 0; s < plan->sessions->len; s++)
    g_ptr_array_add (copy->sessions, hip_session_copy (plan->sessions->pdata[s]));
  copy->notes = g_ptr_array_new_with_free_func (g_free);
  for (guint n = 0; n < plan->notes->len; n++)
    g_ptr_array_add (copy->notes, g_strdup (plan->notes->pdata[n]));
  return copy;
}

guint
hip_plan_sessions_in_week (const HipPlan *plan,
                           guint          week)
{
  guint n = 0;

  for (guint s = 0; s < plan->sessions->len; s++)
    n += ((HipSession *) plan->sessions->pdata[s])->week == week;
  return n;
}

/* Returns: (transfer none) (nullable): session @session (1-based) of @week */
HipSession *
hip_plan_get_session (const HipPlan *plan,
                      guint          week,
                      guint          session)
{
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      HipSession *candidate = plan->sessions->pdata[s];

      if (candidate->week == week && candidate->session == session)
        return candidate;
    }
  return NULL;
}

static void
add_session_balance (const HipSession *session,
                     HipBalance       *balance)
{
  for (guint i = 0; i < session->items->len; i++)
    {
      const HipPrescription *p = session->items->pdata[i];

      if (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE)
        hip_balance_add (balance, p->exercise, p->sets, HIP_SIDE_BOTH);
    }
}

/* The weighted volume of @week's strength work (warm-ups and stretches do not count). */
void
hip_plan_week_balance (const HipPlan *plan,
                       guint          week,
                       HipBalance    *balance)
{
  hip_balance_init (balance);
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      if (session->week == week)
        add_session_balance (session, balance);
    }
}

/**
 * hip_prescription_format_dose:
 *
 * What to do, in words, as the programme and the printed handout show it: "2 × 12 per side
 * · rest 75 s", a walk in minutes; the part and the load are the caller's to add.
 *
 * Returns: (transfer full): the dose
 */
char *
hip_prescription_format_dose (const HipPrescription *p)
{
  GString *text = g_string_new (NULL);

  if (hip_exercise_get_kind (p->exercise) == HIP_KIND_TIMED && p->seconds % 60 == 0)
    g_string_append_printf (text, ngettext ("%u minute", "%u minutes", p->seconds / 60),
                            p->seconds / 60);
  else if (p->reps > 0)
    /* Translators: sets × repetitions, e.g. “3 × 10” */
    g_string_append_printf (text, _("%u × %u"), p->sets, p->reps);
  else
    /* Translators: sets × seconds, e.g. “2 × 30 s” */
    g_string_append_printf (text, _("%u × %u s"), p->sets, p->seconds);
  if (p->per_side)
    g_string_append_printf (text, " %s", _("per side"));
  if (p->rest_seconds > 0)
    g_string_append_printf (text, _(" · rest %u s"), p->rest_seconds);
  if (p->reps > 0 && p->tempo != NULL && (p->part == HIP_PART_MAIN || p->part == HIP_PART_CORE))
    g_string_append_printf (text, _(" · tempo %s"), p->tempo);
  return g_string_free (text, FALSE);
}

/**
 * hip_prescription_seconds:
 *
 * The time one exercise takes by the time model of SCIENCE.md §6 rule 6: set-up, then each set
 * (4 s a repetition, or the hold's seconds; both sides and the change between them for one-sided
 * work), with the rest between sets and none after the last.
 */
guint
hip_prescription_seconds (const HipPrescription *p)
{
  guint work = p->reps > 0 ? p->reps * HIP_SECONDS_PER_REP : p->seconds;
  guint per_set = p->per_side ? 2 * work + HIP_SIDE_CHANGE_SECONDS : work;

  if (p->sets == 0)
    return 0;
  return HIP_SETUP_SECONDS + p->sets * per_set + (p->sets - 1) * p->rest_seconds;
}

/* The time a session takes by the time model (SCIENCE.md §6 rule 6). */
guint
hip_session_seconds (const HipSession *session)
{
  guint total = 0;

  for (guint i = 0; i < session->items->len; i++)
    total += hip_prescription_seconds (session->items->pdata[i]);
  return total;
}

/* Whether @session is a full session: one with main hip work, not a short mobility and core day. */
gboolean
hip_session_is_full (const HipSession *session)
{
  for (guint i = 0; i < session->items->len; i++)
    if (((HipPrescription *) session->items->pdata[i])->part == HIP_PART_MAIN)
      return TRUE;
  return FALSE;
}

/**
 * hip_plan_session_target:
 *
 * The seconds @session of @plan is meant to take: the person's minutes for a full session, and
 * half of them (10 to 20 minutes) for a short mobility and core day (SCIENCE.md §2).
 */
guint
hip_plan_session_target (const HipPlan    *plan,
                         const HipSession *session)
{
  return hip_session_target_minutes (plan->profile.minutes, hip_session_is_full (session)) * 60;
}

/* The minutes of a full session, or of a mobility and core day: half of them, 10 to 20. */
guint
hip_session_target_minutes (guint    minutes,
                            gboolean full)
{
  if (full)
    return minutes;
  return MIN (minutes, CLAMP (minutes / 2, HIP_MOBILITY_MIN_MINUTES, HIP_MOBILITY_MAX_MINUTES));
}

/* The minutes a session of @seconds takes, as every "About N minutes" shows them. */
guint
hip_minutes_shown (guint seconds)
{
  return (seconds + 30) / 60;
}

guint
hip_session_minutes (const HipSession *session)
{
  return hip_minutes_shown (hip_session_seconds (session));
}

/**
 * hip_minutes_allowed:
 * @lo: (out): the fewest minutes, 0 when there is no floor
 * @hi: (out): the most minutes
 *
 * The whole minutes a session meant to take @target minutes may take: ± 10 % of them, or, for a
 * target under 15 minutes, no more than 10 % over (SCIENCE.md §6 rule 4).
 */
void
hip_minutes_allowed (guint  target,
                     guint *lo,
                     guint *hi)
{
  *lo = target < HIP_FLOOR_FROM_MINUTES ? 0 : (9 * target + 9) / 10;
  *hi = 11 * target / 10;
}

/**
 * hip_minutes_compare:
 *
 * The one verdict on a session's time, for the planner, the programme's checks and the
 * problems the page lists alike. It judges the minutes as they are shown, not the seconds
 * behind them, so that two sessions shown as "About 33 minutes" never get different verdicts.
 *
 * Returns: < 0 when a session of @seconds is too short for @target minutes, > 0 when it is too
 *   long, 0 when it fits
 */
int
hip_minutes_compare (guint seconds,
                     guint target)
{
  guint shown = hip_minutes_shown (seconds), lo, hi;

  hip_minutes_allowed (target, &lo, &hi);
  return shown < lo ? -1 : shown > hi ? +1 : 0;
}

/* Whether @session of @plan fits its minutes, by hip_minutes_compare(). */
gboolean
hip_plan_session_fits (const HipPlan    *plan,
                       const HipSession *session)
{
  return hip_minutes_compare (hip_session_seconds (session),
                              hip_plan_session_target (plan, session) / 60) == 0;
}

/**
 * hip_plan_format_tsv:
 *
 * The output of `strong-hips --generate`: one prescription a line, tab-separated
 * `week, session, order, exercise_id, sets, reps, seconds, per_side, rest_seconds, day, part`
 * (per_side is 1 or 0; day is 0–6, days after the week's first day; part is warm-up, main,
 * core or cool-down). Other programs read this: keep it stable, add columns only at the end.
 *
 * Returns: (transfer full): the text
 */
char *
hip_plan_format_tsv (const HipPlan *plan)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      for (guint i = 0; i < session->items->len; i++)
        {
          const HipPrescription *p = session->items->pdata[i];

          g_string_append_printf (out, "%u\t%u\t%u\t%s\t%u\t%u\t%u\t%d\t%u\t%u\t%s\n",
                                  session->week, session->session, i + 1,
                                  hip_exercise_get_id (p->exercise), p->sets, p->reps, p->seconds,
                                  p->per_side ? 1 : 0, p->rest_seconds, session->day,
                                  hip_enum_to_nick (HIP_TYPE_PART, p->part));
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
fail (GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError    **error,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (G_IO_ERROR, G_IO_ERROR_FAILED, format, args);
  va_end (args);
  return FALSE;
}

/* Parts in order, a warm-up first and a cool-down last, and positions that go down to the floor
 * once (SCIENCE.md §6 rules 3 and 6). */
static gboolean
verify_order (const HipSession *session,
              GError          **error)
{
  const HipPrescription *first, *last;
  gboolean left_floor = FALSE;

  if (session->items->len == 0)
    return fail (error, "week %u session %u is empty", session->week, session->session);
  first = session->items->pdata[0];
  last = session->items->pdata[session->items->len - 1];
  if (first->part != HIP_PART_WARM_UP || last->part != HIP_PART_COOL_DOWN)
    return fail (error, "week %u session %u does not start with a warm-up and end with a "
                 "cool-down", session->week, session->session);
  for (guint i = 1; i < session->items->len; i++)
    {
      const HipPrescription *a = session->items->pdata[i - 1], *b = session->items->pdata[i];
      HipPosition from = hip_exercise_get_position (a->exercise);
      HipPosition to = hip_exercise_get_position (b->exercise);

      if (b->part < a->part)
        return fail (error, "week %u session %u: %s comes after %s, out of order", session->week,
                     session->session, hip_exercise_get_id (b->exercise),
                     hip_exercise_get_id (a->exercise));
      /* Standing, then seated, then the floor; only the cool-down may get up again, once. */
      if (to < from && (b->part != HIP_PART_COOL_DOWN || left_floor))
        return fail (error, "week %u session %u: %s gets up from the floor or a seat again",
                     session->week, session->session, hip_exercise_get_id (b->exercise));
      if (to == HIP_POSITION_FLOOR && left_floor)
        return fail (error, "week %u session %u: %s gets down to the floor a second time",
                     session->week, session->session, hip_exercise_get_id (b->exercise));
      left_floor |= from == HIP_POSITION_FLOOR && to != HIP_POSITION_FLOOR;
    }
  return TRUE;
}

static gboolean
verify_session (const HipPlan    *plan,
                const HipSession *session,
                HipBalance       *week,
                GError          **error)
{
  gboolean core = FALSE;

  for (guint i = 0; i < session->items->len; i++)
    {
      const HipPrescription *p = session->items->pdata[i];

      if (hip_profile_excludes (&plan->profile, p->exercise))
        return fail (error, "week %u session %u: %s is excluded by the profile", session->week,
                     session->session, hip_exercise_get_id (p->exercise));
      if (p->per_side != hip_exercise_get_unilateral (p->exercise))
        return fail (error, "%s: one-sided work must be prescribed per side",
                     hip_exercise_get_id (p->exercise));
      core |= p->part == HIP_PART_CORE;
    }
  add_session_balance (session, week);

  if (!verify_order (session, error))
    return FALSE;
  if (hip_session_is_full (session) && !core && !plan->no_core)
    return fail (error, "week %u session %u has no core stabiliser", session->week,
                 session->session);
  if (!hip_plan_session_fits (plan, session))
    return fail (error, "week %u session %u takes %u s, not %u min ± 10 %%", session->week,
                 session->session, hip_session_seconds (session),
                 hip_plan_session_target (plan, session) / 60);
  return TRUE;
}

/* Full sessions at least a day apart, within the week and across its end (SCIENCE.md §2). */
static gboolean
verify_days (const HipPlan *plan,
             GError       **error)
{
  int previous = G_MININT / 2;

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];
      int day = (int) (session->week - 1) * 7 + (int) session->day;

      if (session->day > 6)
        return fail (error, "week %u session %u falls on day %u", session->week,
                     session->session, session->day);
      if (!hip_session_is_full (session))
        continue;
      if (day - previous < 2)
        return fail (error, "week %u session %u comes the day after another full session",
                     session->week, session->session);
      previous = day;
    }
  return TRUE;
}

/**
 * hip_plan_verify:
 * @error: says which week and rule failed
 *
 * Checks every week against SCIENCE.md §6: the balance rules (for the actions the profile lets
 * be trained), a warm-up first, a core stabiliser in every full session and a cool-down last,
 * positions that go down to the floor once, one-sided work per side, full sessions a day apart,
 * sessions that fit their minutes (hip_minutes_compare()), and no exercise the profile
 * excludes.
 *
 * Returns: %TRUE when every rule holds
 */
gboolean
hip_plan_verify (const HipPlan  *plan,
                 GError        **error)
{
  guint s = 0;

  for (guint week = 1; week <= plan->profile.weeks; week++)
    {
      HipBalance balance;

      hip_balance_init (&balance);
      for (; s < plan->sessions->len && ((HipSession *) plan->sessions->pdata[s])->week == week; s++)
        if (!verify_session (plan, plan->sessions->pdata[s], &balance, error))
          return FALSE;

      for (HipRule r = 0; r < HIP_N_RULES; r++)
        {
          g_autoptr(HipVerdict) v = hip_balance_check_except (&balance, r, plan->exempt);

          if (!v->passed)
            return fail (error, "week %u: %s", week, v->message);
        }
    }
  if (s != plan->sessions->len)
    return fail (error, "sessions beyond the last week");
  return verify_days (plan, error);
}
