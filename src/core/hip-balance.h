/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-types.h"

G_BEGIN_DECLS

/* The product rules of SCIENCE.md §6, as numbers. */
#define HIP_BALANCE_MIN_SETS        2.0   /* weighted sets per action per week */
#define HIP_BALANCE_MIN_RATIO       0.8   /* an opposing pair's ratio … */
#define HIP_BALANCE_MAX_RATIO       1.25  /* … stays within this band */
#define HIP_BALANCE_MAX_SHARE       0.30  /* no action above this share of hip volume */

typedef enum
{
  HIP_SIDE_BOTH,
  HIP_SIDE_LEFT,
  HIP_SIDE_RIGHT,
} HipSide;

/* The checks a week of training must pass. */
typedef enum
{
  HIP_RULE_EVERY_ACTION,      /* rule 1: each action ≥ 2 weighted sets */
  HIP_RULE_EVERY_PLANE,       /* rule 1: all three planes appear */
  HIP_RULE_PAIRS_BALANCED,    /* rule 2: each opposing pair within 0.8–1.25 */
  HIP_RULE_NO_DOMINANT,       /* rule 2: no action above 30 % */
  HIP_RULE_GLUTE_TARGETS,     /* rule 3: extension, abduction, external rotation not behind */
  HIP_RULE_SIDES_EQUAL,       /* rule 4: left and right get equal volume */
  HIP_N_RULES
} HipRule;

/* Weekly volume: weighted sets (sets × the exercise's weight for the action). */
typedef struct
{
  double   actions[HIP_N_ACTIONS];
  double   planes[HIP_N_PLANES];
  double   left;
  double   right;
} HipBalance;

typedef struct
{
  HipRule    rule;
  gboolean   passed;
  HipAction  weak_action;   /* the action to train more, for rules that name one */
  char      *message;       /* what a person reads: what is wrong and what would fix it */
} HipVerdict;

void        hip_balance_init            (HipBalance        *balance);
void        hip_balance_add             (HipBalance        *balance,
                                         HipExercise       *exercise,
                                         double             sets,
                                         HipSide            side);
double      hip_balance_total           (const HipBalance  *balance);
double      hip_balance_pair_ratio      (const HipBalance  *balance,
                                         HipAction          action);
HipVerdict *hip_balance_check           (const HipBalance  *balance,
                                         HipRule            rule);
HipVerdict *hip_balance_check_except    (const HipBalance  *balance,
                                         HipRule            rule,
                                         guint              exempt);
double      hip_balance_violation       (const HipBalance  *balance,
                                         guint              exempt);
gboolean    hip_balance_passes          (const HipBalance  *balance);
gboolean    hip_balance_find_failure    (const HipBalance  *balance,
                                         guint              exempt,
                                         HipRule           *rule,
                                         HipAction         *weak);
void        hip_verdict_free            (HipVerdict        *verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipVerdict, hip_verdict_free)

G_END_DECLS
