/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-log.h"
#include "hip-plan.h"
#include "hip-store.h"

G_BEGIN_DECLS

/* One set to do in a session: which prescription, which set, which side. */
typedef struct
{
  guint    item;       /* index in the session's items */
  guint    set;        /* 1-based */
  HipSide  side;
} HipStep;

GArray     *hip_session_steps          (const HipSession *session);
guint       hip_session_resume_step    (const HipSession *session,
                                        GArray           *steps,
                                        GPtrArray        *logged);
HipSession *hip_today_next_session     (const HipPlan    *plan,
                                        GDateWeekday      week_start,
                                        GPtrArray        *workouts,
                                        GArray           *skipped,
                                        gint64            programme_id);
guint       hip_today_flare_mornings   (HipStore         *store,
                                        const char       *today,
                                        const char       *since,
                                        int               usual_pain,
                                        GError          **error);
GPtrArray  *hip_today_adapt_after_workout (HipStore      *store,
                                        HipPlan          *plan,
                                        GListModel       *exercises,
                                        const HipWorkout *workout,
                                        guint             mornings,
                                        GError          **error);

G_END_DECLS
