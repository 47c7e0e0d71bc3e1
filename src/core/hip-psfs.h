/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-log.h"
#include "hip-plan.h"

G_BEGIN_DECLS

/* The Patient-Specific Functional Scale (SCIENCE.md §9): up to three activities a person finds
 * hard because of their back, each rated 0 (cannot do it) to 10 (as well as before) once a
 * week. */
#define HIP_PSFS_MAX_ACTIVITIES 3
#define HIP_PSFS_MAX_NAME       200   /* characters */
#define HIP_PSFS_CHANGE         2     /* points: a change people can feel (Stratford 1995) */

/* An activity asked about. */
typedef struct
{
  gint64  id;
  guint   position;    /* 1–3; 0 when it is no longer asked (its ratings are kept) */
  char   *name;
  char    added[11];   /* YYYY-MM-DD */
} HipPsfsActivity;

/* One rating of one activity, as entered: a score not given is unknown, never 0. */
typedef struct
{
  gint64  activity_id;
  int     score;       /* 0–10, or HIP_LOG_NONE */
} HipPsfsRating;

/* One activity's rating on one day. */
typedef struct
{
  char    day[11];
  int     score;       /* 0–10, or HIP_LOG_NONE where it was not rated */
} HipPsfsPoint;

/* An activity and its ratings, oldest first. */
typedef struct
{
  HipPsfsActivity *activity;
  GArray          *points;   /* of HipPsfsPoint */
} HipPsfsSeries;

/* What changed between an activity's first rating and its latest. */
typedef struct
{
  int       first;     /* 0–10, or HIP_LOG_NONE when it was never rated */
  int       latest;
  gboolean  felt;      /* they are HIP_PSFS_CHANGE points or more apart */
} HipPsfsChange;

/* One line of the PSFS section of the log's CSV file: an activity, and one of its ratings or
 * none. */
typedef struct
{
  char   *activity;
  guint   position;    /* 1–3, or 0 when it is no longer asked */
  char    day[11];     /* "" without a rating */
  int     score;       /* 0–10, or HIP_LOG_NONE without a rating */
} HipPsfsRecord;

HipPsfsActivity *hip_psfs_activity_new    (void);
void             hip_psfs_activity_free   (HipPsfsActivity     *activity);
void             hip_psfs_series_free     (HipPsfsSeries       *series);
HipPsfsRecord   *hip_psfs_record_new      (void);
void             hip_psfs_record_free     (HipPsfsRecord       *record);
HipPsfsChange    hip_psfs_change          (const HipPsfsPoint  *points,
                                           guint                n_points);
char            *hip_psfs_describe_change (const char          *activity,
                                           const HipPsfsChange *change);
gboolean         hip_psfs_week            (const HipPlan       *plan,
                                           GDateWeekday         week_start,
                                           const GDate         *today,
                                           GDate               *first,
                                           GDate               *first_day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipPsfsActivity, hip_psfs_activity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipPsfsSeries, hip_psfs_series_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipPsfsRecord, hip_psfs_record_free)

G_END_DECLS
