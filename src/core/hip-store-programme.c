/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's profile and programmes: each saved in one transaction, read back whole. */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-store-private.h"
#include "hip-plan-private.h"
#include "hip-vocabulary.h"

static const char *screening_nicks[] = { "clear", "cleared-by-clinician", "urgent", "emergency" };

void
hip_programme_info_free (HipProgrammeInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->name);
  g_free (info->created);
  g_free (info);
}

/* A new start date starts the programmes' dates again from it: a missed session moved to a
 * day (resumed_session) no longer counts. */
static gboolean
restart_dates (HipStore    *self,
               const char  *start,
               GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "DELETE FROM resumed_session WHERE (SELECT start_date FROM profile) IS NOT ?", error);

  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, start);
  return hip_store_run (self, stmt, error);
}

static gboolean
write_profile (HipStore          *self,
               const HipProfile  *profile,
               GError           **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  char start[11];

  hip_log_format_day (&profile->start, start);
  if (!restart_dates (self, start, error))
    return FALSE;
  stmt = hip_store_statement (self,
    "INSERT INTO profile (singleton, level, equipment, sessions_per_week, minutes, pain, "
    "                     knee_pain, hip_replacement, weeks, seed, start_date, screening, "
    "                     replacement_weeks, load_step) "
    "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
    "ON CONFLICT (singleton) DO UPDATE SET level = ?1, equipment = ?2, sessions_per_week = ?3, "
    "  minutes = ?4, pain = ?5, knee_pain = ?6, hip_replacement = ?7, weeks = ?8, seed = ?9, "
    "  start_date = ?10, screening = ?11, replacement_weeks = ?12, load_step = ?13",
    error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, hip_enum_to_nick (HIP_TYPE_LEVEL, profile->level));
  sqlite3_bind_int (stmt, 2, profile->equipment);
  sqlite3_bind_int (stmt, 3, profile->sessions_per_week);
  sqlite3_bind_int (stmt, 4, profile->minutes);
  sqlite3_bind_int (stmt, 5, profile->pain);
  sqlite3_bind_int (stmt, 6, profile->knee_pain);
  hip_bind_text (stmt, 7, hip_enum_to_nick (HIP_TYPE_REPLACEMENT, profile->hip_replacement));
  sqlite3_bind_int (stmt, 8, profile->weeks);
  /* SQLite integers are signed; the seed's bits are kept as they are. */
  sqlite3_bind_int64 (stmt, 9, (sqlite3_int64) profile->seed);
  hip_bind_text (stmt, 10, start);
  hip_bind_text (stmt, 11, screening_nicks[profile->screening]);
  sqlite3_bind_int (stmt, 12, profile->replacement_weeks);
  sqlite3_bind_double (stmt, 13, profile->load_step);
  return hip_store_run (self, stmt, error);
}

/* Saves @profile; its start date dates the sessions planned from today on. */
gboolean
hip_store_save_profile (HipStore          *self,
                        const HipProfile  *profile,
                        GError           **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  return hip_store_commit_or_rollback (self,
                                       write_profile (self, profile, error) &&
                                       hip_store_record_plan_from_today (self, error),
                                       error);
}

/**
 * hip_store_load_profile:
 * @profile: (out): the stored profile, when there is one
 * @found: (out): whether a profile is stored (none before the first run is finished)
 */
gboolean
hip_store_load_profile (HipStore    *self,
                        HipProfile  *profile,
                        gboolean    *found,
                        GError     **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  int rc, level = 0, replacement = 0;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  *found = FALSE;
  stmt = hip_store_statement (self,
    "SELECT level, equipment, sessions_per_week, minutes, pain, knee_pain, hip_replacement, "
    "       weeks, seed, start_date, screening, replacement_weeks, load_step FROM profile", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);

  hip_profile_init (profile);
  hip_enum_from_nick (HIP_TYPE_LEVEL, hip_column_text (stmt, 0), &level);
  hip_enum_from_nick (HIP_TYPE_REPLACEMENT, hip_column_text (stmt, 6), &replacement);
  profile->level = level;
  profile->equipment = sqlite3_column_int (stmt, 1);
  profile->sessions_per_week = sqlite3_column_int (stmt, 2);
  profile->minutes = sqlite3_column_int (stmt, 3);
  profile->pain = sqlite3_column_int (stmt, 4);
  profile->knee_pain = sqlite3_column_int (stmt, 5) != 0;
  profile->hip_replacement = replacement;
  profile->weeks = sqlite3_column_int (stmt, 7);
  profile->seed = (guint64) sqlite3_column_int64 (stmt, 8);
  /* The CHECK constraint keeps the column a valid ISO date or empty. */
  hip_log_parse_day (hip_column_text (stmt, 9), &profile->start);
  profile->screening = g_strcmp0 (hip_column_text (stmt, 10), screening_nicks[1]) == 0
                       ? HIP_SCREENING_CLEARED_BY_CLINICIAN : HIP_SCREENING_CLEAR;
  profile->replacement_weeks = sqlite3_column_int (stmt, 11);
  profile->load_step = sqlite3_column_double (stmt, 12);
  *found = TRUE;
  return TRUE;
}

/* Keeps the latest screening: @day, YYYY-MM-DD, its @outcome and the questions answered yes. */
gboolean
hip_store_save_screening (HipStore      *self,
                          const char    *day,
                          HipScreening   outcome,
                          guint32        answers,
                          GError       **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (outcome < G_N_ELEMENTS (screening_nicks), FALSE);

  stmt = hip_store_statement (self,
    "INSERT INTO screening (singleton, day, outcome, answers) VALUES (1, ?1, ?2, ?3) "
    "ON CONFLICT (singleton) DO UPDATE SET day = ?1, outcome = ?2, answers = ?3", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, day);
  hip_bind_text (stmt, 2, screening_nicks[outcome]);
  sqlite3_bind_int64 (stmt, 3, answers);
  return hip_store_run (self, stmt, error);
}

/* *@found is FALSE when the person has not been screened yet. */
gboolean
hip_store_load_screening (HipStore      *self,
                          HipScreening  *outcome,
                          guint32       *answers,
                          gboolean      *found,
                          GError       **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  *found = FALSE;
  stmt = hip_store_statement (self, "SELECT outcome, answers FROM screening", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  *outcome = HIP_SCREENING_CLEAR;
  for (guint i = 0; i < G_N_ELEMENTS (screening_nicks); i++)
    if (g_strcmp0 (hip_column_text (stmt, 0), screening_nicks[i]) == 0)
      *outcome = i;
  *answers = (guint32) sqlite3_column_int64 (stmt, 1);
  *found = TRUE;
  return TRUE;
}

static gboolean
insert_prescription (HipStore               *self,
                     gint64                  id,
                     const HipSession       *session,
                     guint                   position,
                     const HipPrescription  *p,
                     GError                **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self,
    "INSERT INTO prescription (programme_id, week, session, position, day, exercise_id, part, "
    "                          sets, reps, seconds, per_side, rest_seconds, rationale, load, "
    "                          stepped_from, full_sets, full_reps, full_seconds) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, session->week);
  sqlite3_bind_int (stmt, 3, session->session);
  sqlite3_bind_int (stmt, 4, position);
  sqlite3_bind_int (stmt, 5, session->day);
  hip_bind_text (stmt, 6, hip_exercise_get_id (p->exercise));
  hip_bind_text (stmt, 7, hip_enum_to_nick (HIP_TYPE_PART, p->part));
  sqlite3_bind_int (stmt, 8, p->sets);
  sqlite3_bind_int (stmt, 9, p->reps);
  sqlite3_bind_int (stmt, 10, p->seconds);
  sqlite3_bind_int (stmt, 11, p->per_side);
  sqlite3_bind_int (stmt, 12, p->rest_seconds);
  hip_bind_text (stmt, 13, p->rationale != NULL ? p->rationale : "");
  hip_bind_text (stmt, 14, p->load != NULL ? p->load : "");
  if (p->stepped_from != NULL)
    hip_bind_text (stmt, 15, hip_exercise_get_id (p->stepped_from));
  if (p->full_sets > 0)
    {
      sqlite3_bind_int (stmt, 16, p->full_sets);
      sqlite3_bind_int (stmt, 17, p->full_reps);
      sqlite3_bind_int (stmt, 18, p->full_seconds);
    }
  return hip_store_run (self, stmt, error);
}

static gboolean
insert_prescriptions (HipStore       *self,
                      gint64          id,
                      const HipPlan  *plan,
                      GError        **error)
{
  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];

      for (guint i = 0; i < session->items->len; i++)
        if (!insert_prescription (self, id, session, i + 1, session->items->pdata[i], error))
          return FALSE;
    }
  return TRUE;
}

/* The planner's notes, one a line, as the programme keeps them. */
static char *
join_notes (const HipPlan *plan)
{
  GString *notes = g_string_new (NULL);

  for (guint i = 0; i < plan->notes->len; i++)
    g_string_append_printf (notes, "%s%s", i > 0 ? "\n" : "",
                            (const char *) plan->notes->pdata[i]);
  return g_string_free (notes, FALSE);
}

static gboolean
write_programme (HipStore       *self,
                 const HipPlan  *plan,
                 const char     *name,
                 gboolean        active,
                 gint64         *id,
                 GError        **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  g_autofree char *notes = join_notes (plan);

  if (active && !hip_store_exec (self, "UPDATE programme SET active = 0 WHERE active = 1", error))
    return FALSE;

  stmt = hip_store_statement (self,
    "INSERT INTO programme (name, created, active, weeks, minutes, notes) "
    "VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  hip_bind_text (stmt, 1, name);
  hip_bind_text (stmt, 2, created);
  sqlite3_bind_int (stmt, 3, active);
  sqlite3_bind_int (stmt, 4, plan->profile.weeks);
  sqlite3_bind_int (stmt, 5, plan->profile.minutes);
  hip_bind_text (stmt, 6, notes);
  if (!hip_store_run (self, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (self->db);
  return insert_prescriptions (self, *id, plan, error) &&
         (!active || hip_store_record_plan_from_today (self, error));
}

/**
 * hip_store_save_programme:
 * @plan: the programme
 * @name: what the person calls it
 * @active: make it the active programme (the previous active one stays, inactive)
 * @id: (out) (optional): its id
 *
 * Saves the whole programme in one transaction: all of it, or nothing.
 */
gboolean
hip_store_save_programme (HipStore       *self,
                          const HipPlan  *plan,
                          const char     *name,
                          gboolean        active,
                          gint64         *id,
                          GError        **error)
{
  gint64 new_id = 0;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!hip_store_commit_or_rollback (self, write_programme (self, plan, name, active, &new_id,
                                                           error), error))
    return FALSE;
  if (id != NULL)
    *id = new_id;
  return TRUE;
}

/* Adds a programme inside the caller's transaction: for the store's other files. */
gboolean
hip_store_write_programme (HipStore       *self,
                           const HipPlan  *plan,
                           const char     *name,
                           gboolean        active,
                           gint64         *id,
                           GError        **error)
{
  return write_programme (self, plan, name, active, id, error);
}

static HipSession *
find_session (HipPlan *plan,
              guint    week,
              guint    number,
              guint    day)
{
  HipSession *last = plan->sessions->len > 0 ? g_ptr_array_index (plan->sessions,
                                                                   plan->sessions->len - 1)
                                             : NULL;
  HipSession *session;

  if (last != NULL && last->week == week && last->session == number)
    return last;
  session = g_new0 (HipSession, 1);
  session->week = week;
  session->session = number;
  session->day = day;
  session->items = hip_session_new_items ();
  g_ptr_array_add (plan->sessions, session);
  return session;
}

/* The planner's notes of programme @id, one a line. */
static gboolean
load_notes (HipStore  *self,
            gint64     id,
            HipPlan   *plan,
            GError   **error)
{
  g_autoptr(HipStatement) stmt =
    hip_store_statement (self, "SELECT notes FROM programme WHERE id = ?", error);
  g_auto(GStrv) lines = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return hip_store_set_sqlite_error (self, rc, error);
  lines = g_strsplit (hip_column_text (stmt, 0) ?: "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_ptr_array_add (plan->notes, g_strdup (lines[i]));
  return TRUE;
}

/**
 * hip_store_load_programme:
 * @catalogue: resolves the exercise ids
 *
 * Returns: (transfer full) (nullable): the programme, in order
 */
HipPlan *
hip_store_load_programme (HipStore      *self,
                          gint64         id,
                          HipCatalogue  *catalogue,
                          GError       **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(HipPlan) plan = g_new0 (HipPlan, 1);
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  plan->sessions = hip_plan_new_sessions ();
  plan->notes = g_ptr_array_new_with_free_func (g_free);
  stmt = hip_store_statement (self,
    "SELECT p.week, p.session, p.day, p.exercise_id, p.part, p.sets, p.reps, p.seconds, "
    "       p.per_side, p.rest_seconds, p.rationale, g.weeks, g.minutes, p.load, "
    "       p.stepped_from, p.full_sets, p.full_reps, p.full_seconds "
    "FROM prescription p JOIN programme g ON g.id = p.programme_id "
    "WHERE p.programme_id = ? ORDER BY p.week, p.session, p.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HipExercise *exercise = hip_catalogue_lookup (catalogue, hip_column_text (stmt, 3));
      HipExercise *from;
      HipSession *session;
      HipPrescription *p;
      int part = HIP_PART_MAIN;

      if (exercise == NULL)
        continue;
      session = find_session (plan, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1),
                              sqlite3_column_int (stmt, 2));
      p = g_new0 (HipPrescription, 1);
      p->exercise = g_object_ref (exercise);
      hip_enum_from_nick (HIP_TYPE_PART, hip_column_text (stmt, 4), &part);
      p->part = part;
      p->sets = sqlite3_column_int (stmt, 5);
      p->reps = sqlite3_column_int (stmt, 6);
      p->seconds = sqlite3_column_int (stmt, 7);
      p->per_side = sqlite3_column_int (stmt, 8) != 0;
      p->rest_seconds = sqlite3_column_int (stmt, 9);
      p->rationale = g_strdup (hip_column_text (stmt, 10));
      p->load = g_strdup (hip_column_text (stmt, 13));
      if (sqlite3_column_type (stmt, 14) != SQLITE_NULL &&
          (from = hip_catalogue_lookup (catalogue, hip_column_text (stmt, 14))) != NULL)
        p->stepped_from = g_object_ref (from);
      if (sqlite3_column_type (stmt, 15) != SQLITE_NULL)
        {
          p->full_sets = sqlite3_column_int (stmt, 15);
          p->full_reps = sqlite3_column_int (stmt, 16);
          p->full_seconds = sqlite3_column_int (stmt, 17);
        }
      p->tempo = "2-0-2";
      plan->profile.weeks = sqlite3_column_int (stmt, 11);
      plan->profile.minutes = sqlite3_column_int (stmt, 12);
      plan->profile.sessions_per_week = MAX (plan->profile.sessions_per_week,
                                             (guint) sqlite3_column_int (stmt, 1));
      g_ptr_array_add (session->items, p);
    }
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  if (plan->sessions->len == 0)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                   _("There is no programme %lld"), (long long) id);
      return NULL;
    }
  return load_notes (self, id, plan, error) &&
         hip_store_load_resume (self, id, &plan->resume, error) ? g_steal_pointer (&plan) : NULL;
}

/* Returns: the active programme's id, or 0 when there is none (or on error) */
gint64
hip_store_get_active_programme (HipStore  *self,
                                GError   **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), 0);

  return hip_store_select_id (self, "SELECT id FROM programme WHERE active = 1", error);
}

/* Makes programme @id the active one, and the previous one inactive, atomically. */
gboolean
hip_store_set_active_programme (HipStore  *self,
                                gint64     id,
                                GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  ok = hip_store_exec (self, "UPDATE programme SET active = 0 WHERE active = 1", error) &&
       (stmt = hip_store_statement (self, "UPDATE programme SET active = 1 WHERE id = ?",
                                    error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = hip_store_run (self, stmt, error);
      if (ok && sqlite3_changes (self->db) == 0)
        {
          g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                       _("There is no programme %lld"), (long long) id);
          ok = FALSE;
        }
    }
  ok = ok && hip_store_record_plan_from_today (self, error);
  return hip_store_commit_or_rollback (self, ok, error);
}

/* The block's weeks and minutes and the planner's notes: a programme made again for the coming
 * weeks (hip_coach_update_coming_weeks()) may change them; an edit leaves them as they are. */
static gboolean
update_shape (HipStore       *self,
              gint64          id,
              const HipPlan  *plan,
              GError        **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autofree char *notes = join_notes (plan);

  stmt = hip_store_statement (self,
    "UPDATE programme SET weeks = ?2, minutes = ?3, notes = ?4 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, plan->profile.weeks);
  sqlite3_bind_int (stmt, 3, plan->profile.minutes);
  hip_bind_text (stmt, 4, notes);
  if (!hip_store_run (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                   _("There is no programme %lld"), (long long) id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
replace_prescriptions (HipStore       *self,
                       gint64          id,
                       const HipPlan  *plan,
                       GError        **error)
{
  g_autoptr(HipStatement) stmt = NULL;

  if (!update_shape (self, id, plan, error))
    return FALSE;
  stmt = hip_store_statement (self, "DELETE FROM prescription WHERE programme_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return hip_store_run (self, stmt, error) && insert_prescriptions (self, id, plan, error) &&
         hip_store_record_plan_from_today (self, error);
}

/**
 * hip_store_update_programme:
 * @plan: the programme as edited
 *
 * Replaces programme @id's prescriptions with @plan's, and its weeks, minutes and notes, in one
 * transaction: an edit is saved whole or not at all.
 */
gboolean
hip_store_update_programme (HipStore       *self,
                            gint64          id,
                            const HipPlan  *plan,
                            GError        **error)
{
  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  return hip_store_commit_or_rollback (self, replace_prescriptions (self, id, plan, error),
                                       error);
}

static gboolean
run_on_programme (HipStore    *self,
                  const char  *sql,
                  gint64       id,
                  const char  *text,
                  GError     **error)
{
  g_autoptr(HipStatement) stmt = hip_store_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    hip_bind_text (stmt, 2, text);
  if (!hip_store_run (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_NOT_FOUND,
                   _("There is no programme %lld"), (long long) id);
      return FALSE;
    }
  return TRUE;
}

gboolean
hip_store_rename_programme (HipStore    *self,
                            gint64       id,
                            const char  *name,
                            GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (name));

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (*clean == '\0' || g_utf8_strlen (clean, -1) > 200)
    {
      g_set_error (error, HIP_STORE_ERROR, HIP_STORE_ERROR_INVALID,
                   _("A programme’s name needs 1 to 200 characters"));
      return FALSE;
    }
  return run_on_programme (self, "UPDATE programme SET name = ?2 WHERE id = ?1", id, clean, error);
}

/* Deletes programme @id and its prescriptions (ON DELETE CASCADE). What it planned before
 * today stays planned. */
gboolean
hip_store_delete_programme (HipStore  *self,
                            gint64     id,
                            GError   **error)
{
  gboolean ok;

  g_return_val_if_fail (HIP_IS_STORE (self), FALSE);

  if (!hip_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  ok = run_on_programme (self, "DELETE FROM programme WHERE id = ?1", id, NULL, error) &&
       hip_store_record_plan_from_today (self, error);
  return hip_store_commit_or_rollback (self, ok, error);
}

/**
 * hip_store_list_programmes:
 *
 * Returns: (transfer full) (element-type HipProgrammeInfo): the saved programmes, newest first
 */
GPtrArray *
hip_store_list_programmes (HipStore  *self,
                           GError   **error)
{
  g_autoptr(HipStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  g_return_val_if_fail (HIP_IS_STORE (self), NULL);

  stmt = hip_store_statement (self,
    "SELECT id, name, created, active, weeks FROM programme ORDER BY created DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_programme_info_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HipProgrammeInfo *info = g_new0 (HipProgrammeInfo, 1);

      info->id = sqlite3_column_int64 (stmt, 0);
      info->name = g_strdup (hip_column_text (stmt, 1));
      info->created = g_strdup (hip_column_text (stmt, 2));
      info->active = sqlite3_column_int (stmt, 3) != 0;
      info->weeks = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (list, info);
    }
  if (rc != SQLITE_DONE)
    {
      hip_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}
