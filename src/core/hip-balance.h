/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-types.h"

G_BEGIN_DECLS

/* The product rules of SCIENCE.md §6, as numbers. The bands of the opposing pairs are given by
 * hip_balance_pair_band(). */
#define HIP_BALANCE_MIN_SETS        2.0   /* sets a week of exercises where the action is primary */
#define HIP_BALANCE_MIN_SHARE       0.08  /* each action's share of the week's hip volume … */
#define HIP_BALANCE_MAX_SHARE       0.30  /* … stays within this band */

/* The checks a week of training must pass. */
typedef enum
{
  HIP_RULE_EVERY_ACTION,      /* rule 1: each action primary in ≥ 2 sets */
  HIP_RULE_EVERY_PLANE,       /* rule 1: all three planes appear */
  HIP_RULE_PAIRS_BALANCED,    /* rule 2: each opposing pair within its band */
  HIP_RULE_SHARES,            /* rule 2: each action 8–30 % of the hip volume */
  HIP_RULE_SIDES_EQUAL,       /* rule 4: left and right get equal volume */
  HIP_N_RULES
} HipRule;

/* Weekly volume: weighted sets (sets × the exercise's weight for the action). */
typedef struct
{
  double   actions[HIP_N_ACTIONS];
  double   primary_sets[HIP_N_ACTIONS];  /* sets of exercises where the action is primary */
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
void        hip_balance_pair_band       (HipAction          action,
                                         double            *low,
                                         double            *high);
HipVerdict *hip_balance_check           (const HipBalance  *balance,
                                         HipRule            rule);
HipVerdict *hip_balance_check_except    (const HipBalance  *balance,
                                         HipRule            rule,
                                         guint              exempt);
double      hip_balance_violation       (const HipBalance  *balance,
                                         guint              exempt);
gboolean    hip_balance_find_failure    (const HipBalance  *balance,
                                         guint              exempt,
                                         HipRule           *rule,
                                         HipAction         *weak);
char       *hip_balance_format_number   (double             sets);
char       *hip_balance_format_sets     (double             sets);
void        hip_verdict_free            (HipVerdict        *verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipVerdict, hip_verdict_free)

G_END_DECLS
