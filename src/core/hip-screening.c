/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The red-flag questions of SCIENCE.md §4 and what their answers mean for a programme. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hip-screening.h"

/* The 2020 international red-flag framework and NICE NG59, in plain words. The emergency
 * group is cauda equina syndrome; the rest need a doctor before exercise. */
static const HipRedFlag red_flags[] = {
  { HIP_RED_FLAG_EMERGENCY, N_("Numbness or a changed feeling between your legs or around your "
                               "buttocks, for example when you wipe after the toilet") },
  { HIP_RED_FLAG_EMERGENCY, N_("New difficulty passing urine, or losing control of your bladder "
                               "or bowels") },
  { HIP_RED_FLAG_EMERGENCY, N_("New sexual problems, such as loss of feeling") },
  { HIP_RED_FLAG_EMERGENCY, N_("Pain like sciatica running down both legs") },
  { HIP_RED_FLAG_EMERGENCY, N_("Weakness in your legs that is getting worse") },
  { HIP_RED_FLAG_URGENT, N_("A fever, or feeling generally unwell, with the back pain") },
  { HIP_RED_FLAG_URGENT, N_("A recent infection, or you inject drugs") },
  { HIP_RED_FLAG_URGENT, N_("A weakened immune system, for example from medication or long-term "
                            "steroids") },
  { HIP_RED_FLAG_URGENT, N_("You have had cancer") },
  { HIP_RED_FLAG_URGENT, N_("You are losing weight without trying") },
  { HIP_RED_FLAG_URGENT, N_("A recent fall or accident, or a minor one if you have osteoporosis "
                            "or take steroids") },
  { HIP_RED_FLAG_URGENT, N_("Constant pain at night that rest does not ease") },
  { HIP_RED_FLAG_URGENT, N_("This is your first back pain and you are under 20 or over 50") },
  { HIP_RED_FLAG_URGENT, N_("New numbness or weakness in one leg") },
  { HIP_RED_FLAG_URGENT, N_("You are under 45 and your back is stiff for more than half an hour "
                            "each morning, easing as you move") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (red_flags) <= 32);

/* Returns: (array length=n_flags): the questions, emergency ones first */
const HipRedFlag *
hip_red_flags (guint *n_flags)
{
  *n_flags = G_N_ELEMENTS (red_flags);
  return red_flags;
}

/**
 * hip_screening_judge:
 * @answers: the questions answered "yes"
 *
 * Returns: %HIP_SCREENING_EMERGENCY for any emergency sign, else %HIP_SCREENING_URGENT for any
 *   other sign, else %HIP_SCREENING_CLEAR
 */
HipScreening
hip_screening_judge (HipRedFlagAnswers answers)
{
  HipScreening outcome = HIP_SCREENING_CLEAR;

  for (guint i = 0; i < G_N_ELEMENTS (red_flags); i++)
    {
      if (!(answers & (1u << i)))
        continue;
      if (red_flags[i].group == HIP_RED_FLAG_EMERGENCY)
        return HIP_SCREENING_EMERGENCY;
      outcome = HIP_SCREENING_URGENT;
    }
  return outcome;
}

/* Whether a programme may be made and followed after this outcome: an emergency sign never
 * allows one (answering again, every answer "no", is the way on), another sign only once a
 * clinician has cleared the person. */
gboolean
hip_screening_allows_programme (HipScreening outcome)
{
  return outcome == HIP_SCREENING_CLEAR || outcome == HIP_SCREENING_CLEARED_BY_CLINICIAN;
}
