/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-plan.h"

G_BEGIN_DECLS

/* What is wrong with a week of a (perhaps edited) programme. */
typedef enum
{
  HIP_PROBLEM_BALANCE,    /* a balance rule fails (see rule) */
  HIP_PROBLEM_NO_CORE,    /* a session has no core stabiliser */
  HIP_PROBLEM_TIME,       /* a session does not fit the minutes (± 10 %) */
} HipProblemKind;

/* The one-click change that restores the rule. */
typedef enum
{
  HIP_FIX_NONE,           /* nothing automatic: the problem says what the person can do */
  HIP_FIX_SETS,           /* change the sets of exercise in session by delta */
  HIP_FIX_ADD,            /* add exercise to session */
  HIP_FIX_REFIT,          /* fit the week's sessions to the minutes again */
} HipFixKind;

typedef struct
{
  HipProblemKind  kind;
  HipRule         rule;        /* for HIP_PROBLEM_BALANCE */
  guint           week;
  guint           session;     /* 1-based; 0 for the whole week */
  char           *message;     /* what is wrong, for a person */
  HipFixKind      fix;
  char           *fix_label;   /* the change, e.g. “Add a set of Clamshell to session 2” */
  HipExercise    *exercise;
  int             delta;
} HipProblem;

void       hip_problem_free          (HipProblem        *problem);
GPtrArray *hip_plan_find_problems    (const HipPlan     *plan,
                                      GListModel        *exercises,
                                      guint              week);
gboolean   hip_plan_apply_fix        (HipPlan           *plan,
                                      GListModel        *exercises,
                                      const HipProblem  *problem);
GPtrArray *hip_plan_preview_fix      (const HipPlan     *plan,
                                      GListModel        *exercises,
                                      const HipProblem  *problem,
                                      GPtrArray        **remaining);

gboolean   hip_plan_swap             (HipPlan           *plan,
                                      guint              week,
                                      guint              session,
                                      guint              position,
                                      HipExercise       *replacement);
gboolean   hip_plan_swap_one         (HipPlan           *plan,
                                      HipSession        *session,
                                      guint              position,
                                      HipExercise       *replacement);
HipSession *hip_plan_lighter_session (HipPlan          *plan,
                                      const HipSession  *session,
                                      GListModel        *exercises);
gboolean   hip_plan_remove           (HipPlan           *plan,
                                      guint              week,
                                      guint              session,
                                      guint              position);
gboolean   hip_plan_add              (HipPlan           *plan,
                                      guint              week,
                                      guint              session,
                                      HipExercise       *exercise);
gboolean   hip_plan_move             (HipPlan           *plan,
                                      guint              week,
                                      guint              session,
                                      guint              position,
                                      int                delta);
gboolean   hip_plan_set_dose         (HipPlan           *plan,
                                      guint              week,
                                      guint              session,
                                      guint              position,
                                      guint              sets,
                                      guint              reps,
                                      guint              seconds,
                                      const char        *load);
GPtrArray *hip_plan_alternatives     (const HipPlan     *plan,
                                      const HipSession  *session,
                                      GListModel        *exercises,
                                      HipExercise       *exercise);
GPtrArray *hip_plan_addable          (const HipPlan     *plan,
                                      GListModel        *exercises,
                                      guint              week,
                                      guint              session);
char      *hip_prescription_explain  (const HipPrescription *p);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipProblem, hip_problem_free)

G_END_DECLS
