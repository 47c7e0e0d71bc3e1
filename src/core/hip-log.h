/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-balance.h"

G_BEGIN_DECLS

#define HIP_LOG_NONE (-1)   /* an effort, pain or load not given */

/* One performed set, as logged. */
typedef struct
{
  gint64   id;
  gint64   workout_id;
  char    *exercise_id;
  guint    set_number;    /* 1-based, per exercise and side */
  HipSide  side;          /* HIP_SIDE_BOTH, or the side of one-sided work */
  guint    reps;          /* 0 for timed work */
  guint    seconds;       /* 0 for repetitions */
  double   load;          /* kg; HIP_LOG_NONE without load */
  int      effort;        /* 0–10, or HIP_LOG_NONE */
  int      pain;          /* during the set, 0–10, or HIP_LOG_NONE */
} HipLoggedSet;

/* One performed session of the programme. */
typedef struct
{
  gint64     id;
  gint64     programme_id;  /* 0 when not from a programme (or it was deleted) */
  guint      week;
  guint      session;
  char      *started;       /* ISO 8601, local time with offset */
  char      *finished;      /* NULL while it is under way */
  int        pain_before;   /* 0–10, or HIP_LOG_NONE */
  int        pain_after;
  gboolean   light;         /* the lighter session of a bad day (SCIENCE.md §3) */
  GPtrArray *sets;          /* of HipLoggedSet, in order; NULL when not loaded */
} HipWorkout;

/* Weighted volume of the logged sets of one week (seven days from the person's week start). */
typedef struct
{
  char       week[11];      /* its first day, YYYY-MM-DD */
  double     actions[HIP_N_ACTIONS];
  double     left;
  double     right;
} HipWeekVolume;

/* When a pain score was given. */
typedef enum
{
  HIP_PAIN_DURING,          /* during a set */
  HIP_PAIN_BEFORE,          /* before a session */
  HIP_PAIN_AFTER,           /* after it */
  HIP_PAIN_MORNING,         /* the next morning's check-in */
  HIP_N_PAIN_TIMES
} HipPainTime;

/* How many times each score 0–10 was given: what a median and a worst are read from. A score
 * not given is not counted (unknown, never 0). */
typedef struct
{
  guint      counts[11];
} HipPainTally;

/* Pain by week, as tallies, and the sessions finished. */
typedef struct
{
  char         week[11];    /* its first day */
  HipPainTally pain[HIP_N_PAIN_TIMES];
  guint        sessions;
} HipWeekPain;

/* One week as Progress charts it. */
typedef struct
{
  char       week[11];      /* its first day, YYYY-MM-DD */
  double     actions[HIP_N_ACTIONS];   /* weighted sets */
  double     left;
  double     right;
  double     median[HIP_N_PAIN_TIMES]; /* NAN where no score was given */
  int        worst[HIP_N_PAIN_TIMES];  /* HIP_LOG_NONE where no score was given */
  guint      done;          /* sessions finished */
  int        planned;       /* sessions the programmes of the time planned; -1 before any */
} HipProgressWeek;

/* One workout's work on one exercise, by side (HipSide): the heaviest load and the total
 * repetitions (or seconds, for timed work). */
typedef struct
{
  char       day[11];
  double     load[3];       /* HIP_LOG_NONE where no load was logged on that side */
  guint      amount[3];
} HipExercisePoint;

/* A session of a programme, by its week and its number in the week. */
typedef struct
{
  guint week;
  guint session;
} HipSessionRef;

/* One next-morning check-in. */
typedef struct
{
  char       day[11];       /* YYYY-MM-DD */
  int        pain;          /* 0–10 */
  int        stiffness;     /* 0–10 */
} HipCheckin;

/* How one exercise went in one session. */
typedef struct
{
  guint   target_reps;       /* the prescription's top of the range; 0 for timed work */
  guint   target_seconds;    /* for timed work */
  guint   last_set_reps;     /* what the last set reached */
  guint   last_set_seconds;
  double  load;              /* kg, or HIP_LOG_NONE */
  int     max_pain;          /* the highest pain entered during its sets, or HIP_LOG_NONE */
  gboolean pain_missing;     /* some set's pain was not entered: unknown, never 0 */
} HipPerformance;

char         *hip_log_format_time    (GDateTime          *time);
char         *hip_log_normalize_time (const char         *iso8601);
gboolean      hip_log_parse_day      (const char         *text,
                                      GDate              *date);
void          hip_log_format_day     (const GDate        *date,
                                      char                day[11]);
void          hip_pain_tally_add     (HipPainTally       *tally,
                                      int                 score,
                                      guint               times);
guint         hip_pain_tally_count   (const HipPainTally *tally);
double        hip_pain_tally_median  (const HipPainTally *tally);
int           hip_pain_tally_worst   (const HipPainTally *tally);
HipLoggedSet *hip_logged_set_new     (void);
HipLoggedSet *hip_logged_set_copy    (const HipLoggedSet *set);
void          hip_logged_set_free    (HipLoggedSet       *set);
HipWorkout   *hip_workout_new        (void);
void          hip_workout_free       (HipWorkout         *workout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipLoggedSet, hip_logged_set_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipWorkout, hip_workout_free)

G_END_DECLS
