/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-types.h"
#include "hip-enums.h"

G_BEGIN_DECLS

#define HIP_PROFILE_ERROR (hip_profile_error_quark ())

typedef enum
{
  HIP_PROFILE_ERROR_INVALID,
} HipProfileError;

/* Ranges a profile may take (SCIENCE.md §2; the block length 4–12 weeks). */
#define HIP_PROFILE_MIN_SESSIONS 1
#define HIP_PROFILE_MAX_SESSIONS 7
#define HIP_PROFILE_MIN_MINUTES  5
#define HIP_PROFILE_MAX_MINUTES  180
#define HIP_PROFILE_MIN_WEEKS    4
#define HIP_PROFILE_MAX_WEEKS    12
#define HIP_PROFILE_MAX_REPLACEMENT_WEEKS 5200
/* The smallest load a person can add, in kg: 1 kg for small dumbbells, 2.5 kg for plates. */
#define HIP_PROFILE_MIN_LOAD_STEP     0.25
#define HIP_PROFILE_MAX_LOAD_STEP     10.0
#define HIP_PROFILE_DEFAULT_LOAD_STEP 1.0

/* The outcome of the red-flag screening (SCIENCE.md §4); a profile holds only the first two. */
typedef enum
{
  HIP_SCREENING_CLEAR,                 /* every answer was "no" */
  HIP_SCREENING_CLEARED_BY_CLINICIAN,  /* a "yes", and a clinician has cleared them */
  HIP_SCREENING_URGENT,                /* a "yes" to see a doctor first, not cleared yet */
  HIP_SCREENING_EMERGENCY,             /* a sign of cauda equina syndrome */
} HipScreening;

/* What the planner needs to know about a person. */
typedef struct
{
  HipLevel       level;
  HipEquipment   equipment;          /* owned */
  guint          sessions_per_week;
  guint          minutes;            /* per session */
  guint          pain;               /* usual pain, 0–10 */
  gboolean       knee_pain;
  HipReplacement hip_replacement;
  guint          replacement_weeks;  /* weeks since the operation; 0 when not known */
  guint          weeks;
  guint64        seed;
  /* Not used by the planner: */
  GDate          start;              /* the first day of the programme; may be invalid */
  HipScreening   screening;
  double         load_step;          /* kg: the smallest increment they can make (progression),
                                      * exactly as set in their unit (hip_units_load_step()) */
  HipUnits       units;              /* not stored: the unit they read loads in (the units
                                      * setting; the coach fills it in), which the progression
                                      * steps and speaks in */
} HipProfile;

GQuark   hip_profile_error_quark     (void);
void     hip_profile_init            (HipProfile        *profile);
gboolean hip_profile_load_key_file   (HipProfile        *profile,
                                      GKeyFile          *key_file,
                                      GError           **error);
gboolean hip_profile_load_file       (HipProfile        *profile,
                                      const char        *path,
                                      GError           **error);
gboolean hip_profile_excludes        (const HipProfile  *profile,
                                      HipExercise       *exercise);

G_END_DECLS
