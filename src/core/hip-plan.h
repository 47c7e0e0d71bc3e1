/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-balance.h"
#include "hip-profile.h"
#include "hip-types.h"

G_BEGIN_DECLS

/* The time model of SCIENCE.md §6 rule 6. */
#define HIP_SECONDS_PER_REP      4    /* tempo 2-0-2 */
#define HIP_SETUP_SECONDS        30   /* to set up each exercise */
#define HIP_SIDE_CHANGE_SECONDS  10   /* to change side in a set of one-sided work */
#define HIP_MOBILITY_MIN_MINUTES 10   /* a mobility and core day is short: */
#define HIP_MOBILITY_MAX_MINUTES 20
#define HIP_FLOOR_FROM_MINUTES   15   /* a shorter session has a ceiling but no floor */

/* One exercise of a session, as prescribed. */
typedef struct
{
  HipExercise *exercise;
  HipPart      part;
  guint        sets;
  guint        reps;          /* 0 for timed work */
  guint        seconds;       /* 0 for repetitions */
  gboolean     per_side;
  guint        rest_seconds;
  const char  *tempo;         /* lower-pause-raise seconds, e.g. "2-0-2" */
  char        *load;          /* load guidance, or the person's own load */
  char        *rationale;     /* one line: why this is here */
  HipExercise *stepped_from;  /* (nullable): the harder exercise pain stepped this back from,
                               * until two sessions of it go without pain (SCIENCE.md §2) */
  guint        full_sets;     /* the dose pain lowered this from, where nothing easier could */
  guint        full_reps;     /* take its place, until two sessions go without pain; */
  guint        full_seconds;  /* full_sets is 0 when it was not lowered */
  const char  *reason;        /* while the planner builds: the rationale, untranslated */
} HipPrescription;

typedef struct
{
  guint      week;            /* 1-based */
  guint      session;         /* 1-based within the week */
  guint      day;             /* 0 = the first day of the week */
  GPtrArray *items;           /* of HipPrescription, in order */
} HipSession;

/* A missed session moved to a day (Today's Do It Today): the programme's dates are laid from
 * it instead of from the start date (hip-calendar.c). @week is 0 when none was. */
typedef struct
{
  guint week;
  guint session;
  GDate day;
} HipResume;

/* A generated programme: sessions by week, and what was changed to make the profile work. */
typedef struct
{
  HipProfile  profile;        /* as used: may differ from the request, see notes */
  HipResume   resume;         /* as stored for the programme; none for a new one */
  guint       exempt;         /* mask of (1 << HipAction) that no allowed exercise trains */
  gboolean    no_core;        /* no core stabiliser is allowed (e.g. no mat for floor work) */
  GPtrArray  *sessions;       /* of HipSession, by week then session */
  GPtrArray  *notes;          /* of char *: each change, for the person to read */
} HipPlan;

void      hip_plan_free              (HipPlan           *plan);
HipPrescription *hip_prescription_copy (const HipPrescription *p);
void      hip_prescription_free      (HipPrescription   *p);
HipPlan  *hip_plan_copy              (const HipPlan     *plan);
HipSession *hip_session_copy         (const HipSession  *session);
void      hip_session_free           (HipSession        *session);
HipSession *hip_plan_get_session     (const HipPlan     *plan,
                                      guint              week,
                                      guint              session);
guint     hip_plan_sessions_in_week  (const HipPlan     *plan,
                                      guint              week);
void      hip_plan_week_balance      (const HipPlan     *plan,
                                      guint              week,
                                      HipBalance        *balance);
guint     hip_prescription_seconds   (const HipPrescription *p);
char     *hip_prescription_format_dose (const HipPrescription *p);
guint     hip_session_seconds        (const HipSession  *session);
gboolean  hip_session_is_full        (const HipSession  *session);
guint     hip_plan_session_target    (const HipPlan     *plan,
                                      const HipSession  *session);
guint     hip_session_target_minutes (guint              minutes,
                                      gboolean           full);
guint     hip_minutes_shown          (guint              seconds);
guint     hip_session_minutes        (const HipSession  *session);
void      hip_minutes_allowed        (guint              target,
                                      guint             *lo,
                                      guint             *hi);
int       hip_minutes_compare        (guint              seconds,
                                      guint              target);
gboolean  hip_plan_session_fits      (const HipPlan     *plan,
                                      const HipSession  *session);
char     *hip_plan_format_tsv        (const HipPlan     *plan);
gboolean  hip_plan_verify            (const HipPlan     *plan,
                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipPlan, hip_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipPrescription, hip_prescription_free)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipSession, hip_session_free)

G_END_DECLS
