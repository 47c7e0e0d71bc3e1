/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-profile.h"

G_BEGIN_DECLS

/* How soon a red flag needs a clinician (SCIENCE.md §4). */
typedef enum
{
  HIP_RED_FLAG_EMERGENCY,  /* cauda equina: an emergency department now */
  HIP_RED_FLAG_URGENT,     /* a doctor the same day or soon */
} HipRedFlagGroup;

typedef struct
{
  HipRedFlagGroup group;
  const char     *question;  /* untranslated: pass through _() */
} HipRedFlag;

/* One bit a question, in hip_red_flags()' order. */
typedef guint32 HipRedFlagAnswers;

const HipRedFlag *hip_red_flags           (guint             *n_flags);
HipScreening      hip_screening_judge     (HipRedFlagAnswers  answers);
gboolean          hip_screening_allows_programme (HipScreening outcome);

G_END_DECLS
