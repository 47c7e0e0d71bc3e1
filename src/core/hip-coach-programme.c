/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HipCoach's side of the Programme page: the programmes kept, the active one, and the
 * person's edits, names and deletions, Undo, and the coming weeks made again after the profile
 * changed. Each change emits HipCoach::programme-changed. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-catalogue.h"
#include "hip-coach-private.h"
#include "hip-plan-changes.h"
#include "hip-planner.h"
#include "hip-store.h"

/* Returns: (transfer full) (element-type HipProgrammeInfo) (nullable): every programme,
 * newest first */
GPtrArray *
hip_coach_list_programmes (HipCoach  *self,
                           GError   **error)
{
  return hip_store_list_programmes (hip_coach_get_store (self), error);
}

/* Returns: the active programme's id, or 0 when there is none */
gint64
hip_coach_get_active_programme (HipCoach *self)
{
  return hip_store_get_active_programme (hip_coach_get_store (self), NULL);
}

/* Makes programme @id the one Today follows. */
gboolean
hip_coach_activate_programme (HipCoach  *self,
                              gint64     id,
                              GError   **error)
{
  if (!hip_store_set_active_programme (hip_coach_get_store (self), id, error))
    return FALSE;
  hip_coach_emit_programme_changed (self, TRUE);
  return TRUE;
}

gboolean
hip_coach_rename_programme (HipCoach    *self,
                            gint64       id,
                            const char  *name,
                            GError     **error)
{
  if (!hip_store_rename_programme (hip_coach_get_store (self), id, name, error))
    return FALSE;
  hip_coach_emit_programme_changed (self, FALSE);
  return TRUE;
}

/**
 * hip_coach_delete_programme:
 * @next: (out) (optional): the programme active now, or 0 when none is left
 *
 * Deletes programme @id (its workouts stay in the log); the newest of the others becomes the
 * active one.
 */
gboolean
hip_coach_delete_programme (HipCoach  *self,
                            gint64     id,
                            gint64    *next,
                            GError   **error)
{
  HipStore *store = hip_coach_get_store (self);
  g_autoptr(GPtrArray) left = NULL;
  gint64 newest = 0;
  gboolean done;

  if (!hip_store_delete_programme (store, id, error))
    return FALSE;
  left = hip_store_list_programmes (store, error);
  done = left != NULL;
  if (done && left->len > 0)
    {
      newest = ((HipProgrammeInfo *) left->pdata[0])->id;
      done = hip_store_set_active_programme (store, newest, error);
    }
  if (next != NULL)
    *next = done ? newest : 0;
  hip_coach_emit_programme_changed (self, TRUE);
  return done;
}

/* The plan in @plan takes @from's contents (and @from gets the old ones, to free). */
static void
take_contents (HipPlan *plan,
               HipPlan *from)
{
  HipPlan old = *plan;

  *plan = *from;
  *from = old;
}

/**
 * hip_coach_restore_plan:
 * @id: the programme @plan was copied from
 * @plan: a copy of the active programme (hip_plan_copy()) from before a change
 *
 * Undo: the active programme becomes @plan again (its sessions, weeks, minutes and notes; what
 * the current profile excludes and dates stays current) and is saved. Fails with
 * %HIP_COACH_ERROR_INVALID when programme @id is no longer the active one.
 */
gboolean
hip_coach_restore_plan (HipCoach       *self,
                        gint64          id,
                        const HipPlan  *plan,
                        GError        **error)
{
  gint64 active = 0;
  HipPlan *current;
  g_autoptr(HipPlan) copy = NULL;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  current = hip_coach_get_plan (self, &active);
  if (current == NULL || active != id)
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                           _("That programme is no longer the active one."));
      return FALSE;
    }
  copy = hip_plan_copy (plan);
  copy->profile = current->profile;
  copy->profile.weeks = plan->profile.weeks;
  copy->profile.minutes = plan->profile.minutes;
  copy->profile.sessions_per_week = plan->profile.sessions_per_week;
  copy->exempt = current->exempt;
  copy->no_core = current->no_core;
  take_contents (current, copy);
  return hip_coach_save_plan (self, error);
}

/* The active programme with its coming sessions made again from the profile. */
static HipPlan *
coming_weeks (HipCoach  *self,
              GError   **error)
{
  HipStore *store = hip_coach_get_store (self);
  gint64 id = 0;
  HipPlan *plan = hip_coach_get_plan (self, &id);
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(HipPlan) fresh = NULL;
  HipPlan *merged;
  HipProfile profile;
  gboolean found = FALSE;

  if (plan == NULL)
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_INVALID,
                           _("There is no programme to update."));
      return NULL;
    }
  if (!hip_store_load_profile (store, &profile, &found, error))
    return NULL;
  if (!found)
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_NO_PROFILE,
                           _("A programme is made from your profile: answer its questions first."));
      return NULL;
    }
  if (!hip_coach_screening_allows_programme (self))
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_SCREENING,
                           _("A programme is made once the warning signs have been checked."));
      return NULL;
    }
  workouts = hip_store_list_recent_workouts (store, G_MAXINT, id, FALSE, error);
  if (workouts == NULL)
    return NULL;
  fresh = hip_planner_generate (&profile, G_LIST_MODEL (hip_coach_get_catalogue (self)));
  merged = hip_plan_copy (plan);
  hip_plan_replace_coming (merged, fresh, workouts, id);
  return merged;
}

/**
 * hip_coach_preview_coming_weeks:
 *
 * What hip_coach_update_coming_weeks() would make of the active programme, to show before it
 * is made (with hip_plan_describe_changes()); nothing is changed.
 *
 * Returns: (transfer full) (nullable): a copy of the active programme with its coming sessions
 *   made again from the profile, or %NULL with @error set
 */
HipPlan *
hip_coach_preview_coming_weeks (HipCoach  *self,
                                GError   **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  return coming_weeks (self, error);
}

/**
 * hip_coach_update_coming_weeks:
 *
 * After the profile changed: makes the active programme's coming sessions again from it (with
 * its seed, so the same profile gives the same sessions), and keeps every session a workout was
 * started for as it was, and the log untouched (hip_plan_replace_coming()). Saves the programme
 * and emits HipCoach::programme-changed.
 */
gboolean
hip_coach_update_coming_weeks (HipCoach  *self,
                               GError   **error)
{
  g_autoptr(HipPlan) merged = NULL;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  merged = coming_weeks (self, error);
  if (merged == NULL)
    return FALSE;
  take_contents (hip_coach_get_plan (self, NULL), merged);
  return hip_coach_save_plan (self, error);
}
