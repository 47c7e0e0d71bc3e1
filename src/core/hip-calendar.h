/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-plan.h"

G_BEGIN_DECLS

/* One session of a programme, as its dates are laid out. */
typedef struct
{
  guint    week;      /* 1-based */
  guint    session;   /* 1-based within the week */
  guint    day;       /* the planner's: 0 is the first day of the person's week */
  gboolean full;      /* a full session: a day apart from other full ones */
} HipSlot;

/* Where a programme's dates are laid from: session @session of week @week on or from @from. */
typedef struct
{
  GDateWeekday week_start;  /* the person's (HipCoach:week-start) */
  GDate        from;        /* the start date, or the day a missed session was moved to */
  guint        week;        /* 1 and 1 from the start date */
  guint        session;
  gboolean     moved;       /* the session is on @from itself, not on its own day from it on */
} HipCalendar;

gboolean hip_calendar_lay_out      (const HipCalendar *calendar,
                                    const HipSlot     *slots,
                                    guint              n_slots,
                                    GDate             *dates,
                                    GDate             *week_one);
gboolean hip_calendar_init         (HipCalendar       *calendar,
                                    GDateWeekday       week_start,
                                    const GDate       *start,
                                    const HipResume   *resume);
GArray  *hip_plan_session_dates    (const HipPlan     *plan,
                                    GDateWeekday       week_start,
                                    GDate             *week_one);
gboolean hip_plan_session_date     (const HipPlan     *plan,
                                    GDateWeekday       week_start,
                                    const HipSession  *session,
                                    GDate             *date);
guint    hip_plan_week_of          (const HipPlan     *plan,
                                    GDateWeekday       week_start,
                                    const GDate       *day,
                                    GDate             *first_day);
gboolean hip_plan_week_first_day   (const HipPlan     *plan,
                                    GDateWeekday       week_start,
                                    guint              week,
                                    GDate             *first_day);

G_END_DECLS
