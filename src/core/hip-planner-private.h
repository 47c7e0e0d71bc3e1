/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For the planner's own files: the pool a plan is built from, the dose, the fitting of the
 * minutes and the balance moves (hip-planner-pool.c, -dose.c, -fit.c), which hip-planner.c puts
 * together. Nothing outside the planner includes this. */
#pragma once

#include <gio/gio.h>

#include "hip-plan.h"

G_BEGIN_DECLS

/* SCIENCE.md §2, by level. */
typedef struct
{
  guint sets_lo, sets_hi;             /* from week 3 */
  guint early_sets_lo, early_sets_hi; /* weeks 1–2 */
  guint reps_lo, reps_hi;
  guint effort_lo, effort_hi;         /* RPE, 0–10 */
  guint rest_lo, rest_hi;             /* seconds, for single-joint work */
  guint heavy_rest_lo, heavy_rest_hi; /* seconds, for heavy multi-joint work */
  guint hold_lo, hold_hi;             /* seconds */
} Dosage;

#define STRETCH_SECONDS      30   /* a stretch, per side; up to 60 when time allows */
#define STRETCH_MAX_SECONDS  60
#define WARM_UP_REPS         10
#define WALK_SECONDS         120  /* a brisk walk as a warm-up; up to 10 minutes */
#define WALK_MAX_SECONDS     600
#define MAX_STRETCHES        3
#define MAX_PAIR_ROUNDS      2    /* a session holds each pair at most this often */
#define DELOAD_CUT           0.35 /* 30–40 % fewer sets (SCIENCE.md §2) */
#define MAX_SELECTIONS       8
#define MAX_VARIANTS         4
#define MAX_FULL_SESSIONS    3

/* How usual pain shapes the plan (SCIENCE.md §2). */
typedef enum
{
  START_USUAL,      /* 0–3 */
  START_LOW,        /* 4–5: the lowest sets and reps, the easier step, effort ≤ 5 */
  START_GENTLE,     /* ≥ 6: a gentle plan a clinician should guide */
} Start;


/* What every plan for one call needs of the catalogue, found once. */
typedef struct
{
  GListModel *exercises;
  GHashTable *heavy;     /* exercise → whether it rests longer (1 no, 2 yes) */
  GHashTable *steps;     /* exercise → a GPtrArray of its easier and harder steps */
} Context;

typedef struct
{
  const HipProfile *profile;
  const Context    *context;
  const Dosage     *dosage;
  Start             start;
  guint             selection;                 /* which attempt at choosing exercises */
  GRand            *rand;
  GPtrArray        *main_for[HIP_N_ACTIONS];   /* allowed, primary for the action: best first */
  guint             variant;                   /* another choice for a week that fails */
  GPtrArray        *core;
  guint             still_core;                /* of them, how many move the hips least */
  GPtrArray        *stretches;
  GPtrArray        *warm_ups;                  /* dynamic drills, standing first */
  HipExercise      *walk;                      /* a timed warm-up, if one is allowed */
  guint             exempt;
  guint             used[HIP_N_ACTIONS];       /* picks so far, to vary the sessions */
  gboolean          deload;                    /* building the deload week */
  double            over;                      /* the shortest a long session could be, as a
                                                * share of its minutes */
  double            reach;                     /* the longest a short session could be, as a
                                                * share of its minutes */
} Pool;

/* The dose of one week: for reps work and for holds. */
typedef struct
{
  guint sets, reps;
  guint hold_sets, seconds;
} WeekDose;

/* The opposing pairs, one per plane. */
extern const HipAction hip_planner_pairs[HIP_N_PLANES][2];

const Dosage *hip_planner_dosage (Start    start,
                                  HipLevel level);
gboolean hip_planner_is_core (HipExercise *e);
gboolean hip_planner_is_main (HipExercise *e);
gboolean hip_planner_is_multi_joint (HipExercise *e);
Start hip_planner_start_for (const HipProfile *profile);
void hip_planner_context_init (Context    *context,
                               GListModel *exercises);
void hip_planner_context_clear (Context *context);
void hip_planner_clear_pool (Pool *pool);
void hip_planner_start_pool (Pool             *pool,
                             const HipProfile *profile,
                             const Context    *context,
                             guint             selection);
const char *hip_planner_reason_for (HipAction action);
const char *hip_planner_reason_for_part (HipPart  part,
                                         gboolean walk);
char *hip_planner_load_text (const Pool  *pool,
                             HipExercise *e);
guint hip_planner_week_sets_lo (const Pool *pool,
                                guint       week);
guint hip_planner_week_sets_hi (const Pool *pool,
                                guint       week);
WeekDose hip_planner_week_dose (const Pool *pool,
                                guint       week);
gboolean hip_planner_is_deload (const HipProfile *profile,
                                guint             week);
void hip_planner_rest_range (const Pool            *pool,
                             const HipPrescription *p,
                             guint                 *lo,
                             guint                 *hi);
void hip_planner_apply_dose (const Pool      *pool,
                             HipPrescription *p,
                             const WeekDose  *dose,
                             guint            week);
HipPrescription *hip_planner_prescribe (Pool        *pool,
                                        HipExercise *e,
                                        HipPart      part,
                                        const char  *reason);
void hip_planner_write_words (const Pool      *pool,
                              HipPrescription *p);
void hip_planner_write_plan_words (HipPlan *plan);
HipExercise *hip_planner_pick_main (Pool      *pool,
                                    HipAction  action,
                                    GPtrArray *items);
HipExercise *hip_planner_pick_placed (const Pool  *pool,
                                      GPtrArray   *from,
                                      GPtrArray   *items,
                                      guint        offset,
                                      HipPosition  least,
                                      HipPosition  most);
int hip_planner_compare_position (gconstpointer a,
                                  gconstpointer b);
HipPosition hip_planner_lowest_position (GPtrArray *items,
                                         HipPart    part,
                                         gboolean   highest);
void hip_planner_add_main (Pool      *pool,
                           GPtrArray *items,
                           guint      first,
                           guint      rounds,
                           guint      n_pairs,
                           const int *pair_order);
void hip_planner_add_frame (Pool      *pool,
                            GPtrArray *items,
                            guint      index,
                            guint      n_core);
guint hip_planner_items_seconds (GPtrArray *items);
void hip_planner_set_rest (const Pool *pool,
                           GPtrArray  *items,
                           double      f);
gboolean hip_planner_fit_items (Pool      *pool,
                                GPtrArray *items,
                                guint      target);
void hip_planner_week_balance (GPtrArray  *sessions,
                               HipBalance *balance);
gboolean hip_planner_balance_sets (Pool      *pool,
                                   GPtrArray *sessions,
                                   guint      lo,
                                   guint      hi);
double hip_planner_violation_of (Pool      *pool,
                                 GPtrArray *sessions);
void hip_planner_deload (Pool      *pool,
                         GPtrArray *sessions);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, hip_planner_context_clear)

G_END_DECLS
