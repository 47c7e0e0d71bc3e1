/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-import.h"
#include "hip-log.h"
#include "hip-plan.h"
#include "hip-profile.h"
#include "hip-programme-file.h"
#include "hip-psfs.h"
#include "hip-screening.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_COACH (hip_coach_get_type ())
#define HIP_COACH_ERROR (hip_coach_error_quark ())

typedef enum
{
  HIP_COACH_ERROR_NO_PROFILE,
  HIP_COACH_ERROR_SCREENING,
  HIP_COACH_ERROR_INVALID,
} HipCoachError;

G_DECLARE_FINAL_TYPE (HipCoach, hip_coach, HIP, COACH, GObject)

GQuark        hip_coach_error_quark    (void);
HipCoach     *hip_coach_new            (HipStore         *store);
HipCoach     *hip_coach_open_default   (char            **problem);
HipCatalogue *hip_coach_get_catalogue  (HipCoach         *self);
gboolean      hip_coach_load_profile   (HipCoach         *self,
                                        HipProfile       *profile,
                                        gboolean         *found,
                                        GError          **error);
gboolean      hip_coach_save_profile   (HipCoach         *self,
                                        const HipProfile *profile,
                                        GError          **error);
gboolean      hip_coach_has_profile    (HipCoach         *self);
gboolean      hip_coach_backup         (HipCoach         *self,
                                        const char       *path,
                                        GError          **error);
gboolean      hip_coach_restore        (HipCoach         *self,
                                        const char       *path,
                                        char            **kept,
                                        GError          **error);
gboolean      hip_coach_auto_backup    (HipCoach         *self,
                                        const char       *today,
                                        GError          **error);
GDateWeekday  hip_coach_get_week_start (HipCoach         *self);
void          hip_coach_set_week_start (HipCoach         *self,
                                        GDateWeekday      week_start);
HipUnits      hip_coach_get_units      (HipCoach         *self);
void          hip_coach_set_units      (HipCoach         *self,
                                        HipUnits          units);
guint         hip_coach_get_default_rest (HipCoach       *self);
void          hip_coach_set_default_rest (HipCoach       *self,
                                        guint             seconds);
guint         hip_coach_rest_seconds   (HipCoach         *self,
                                        guint             prescribed);
gboolean      hip_coach_get_rest_sound (HipCoach         *self);
gboolean      hip_coach_get_spoken_cues (HipCoach        *self);
void          hip_coach_set_rest_sound (HipCoach         *self,
                                        gboolean          rest_sound);
gboolean      hip_coach_get_screening  (HipCoach         *self,
                                        HipScreening     *outcome,
                                        HipRedFlagAnswers *answers);
int           hip_coach_save_screening (HipCoach         *self,
                                        HipRedFlagAnswers answers,
                                        gboolean          cleared,
                                        GError          **error);
gboolean      hip_coach_screening_allows_programme (HipCoach *self);
gboolean      hip_coach_has_programme  (HipCoach         *self);
HipPlan      *hip_coach_get_plan       (HipCoach         *self,
                                        gint64           *id);
gboolean      hip_coach_save_plan      (HipCoach         *self,
                                        GError          **error);
gboolean      hip_coach_generate_programme (HipCoach     *self,
                                        gint64           *id,
                                        GError          **error);
HipImport    *hip_coach_read_import    (HipCoach         *self,
                                        const char       *path,
                                        GError          **error);
gboolean      hip_coach_import         (HipCoach         *self,
                                        HipImport        *import,
                                        GError          **error);
gboolean      hip_coach_import_csv     (HipCoach         *self,
                                        const char       *path,
                                        guint            *n_sets,
                                        GError          **error);
gboolean      hip_coach_export_csv     (HipCoach         *self,
                                        const char       *path,
                                        guint            *n_sets,
                                        GError          **error);
gboolean      hip_coach_start_workout  (HipCoach         *self,
                                        HipWorkout       *workout,
                                        GError          **error);
gboolean      hip_coach_log_set        (HipCoach         *self,
                                        HipLoggedSet     *set,
                                        GError          **error);
gboolean      hip_coach_finish_workout (HipCoach         *self,
                                        gint64            workout_id,
                                        int               pain_after,
                                        GPtrArray       **changes,
                                        GError          **error);

/* Programmes (hip-coach-programme.c) */
GPtrArray    *hip_coach_list_programmes (HipCoach        *self,
                                        GError          **error);
gint64        hip_coach_get_active_programme (HipCoach   *self);
gboolean      hip_coach_activate_programme (HipCoach     *self,
                                        gint64            id,
                                        GError          **error);
gboolean      hip_coach_rename_programme (HipCoach       *self,
                                        gint64            id,
                                        const char       *name,
                                        GError          **error);
gboolean      hip_coach_delete_programme (HipCoach       *self,
                                        gint64            id,
                                        gint64           *next,
                                        GError          **error);
gboolean      hip_coach_restore_plan   (HipCoach         *self,
                                        gint64            id,
                                        const HipPlan    *plan,
                                        GError          **error);
HipPlan      *hip_coach_preview_coming_weeks (HipCoach   *self,
                                        GError          **error);
gboolean      hip_coach_update_coming_weeks (HipCoach    *self,
                                        GError          **error);

/* A programme to share (hip-coach-share.c) */
gboolean      hip_coach_export_programme (HipCoach       *self,
                                        const char       *path,
                                        GError          **error);
HipProgrammeFile *hip_coach_review_programme (HipCoach   *self,
                                        const char       *path,
                                        GError          **error);
gboolean      hip_coach_import_programme (HipCoach       *self,
                                        HipProgrammeFile *file,
                                        gboolean          activate,
                                        gint64           *id,
                                        GError          **error);

/* Today (hip-coach-today.c) */
HipSession   *hip_coach_get_next_session (HipCoach       *self);
gboolean      hip_coach_get_session_date (HipCoach       *self,
                                        const HipSession *session,
                                        GDate            *date);
guint         hip_coach_get_programme_week (HipCoach     *self,
                                        const GDate      *day,
                                        GDate            *first_day);
gboolean      hip_coach_next_session_missed (HipCoach    *self,
                                        const char       *today);
gboolean      hip_coach_skip_next_session (HipCoach      *self,
                                        const char       *today,
                                        GError          **error);
gboolean      hip_coach_move_next_to_today (HipCoach     *self,
                                        const char       *today,
                                        GError          **error);
GPtrArray    *hip_coach_latest_adaptations (HipCoach     *self,
                                        gint64            programme_id,
                                        GError          **error);
gint64        hip_coach_get_unfinished_workout (HipCoach *self);
gboolean      hip_coach_is_read_only      (HipCoach *self);
HipWorkout   *hip_coach_load_workout   (HipCoach         *self,
                                        gint64            id,
                                        GError          **error);
GPtrArray    *hip_coach_recent_workouts (HipCoach        *self,
                                        guint             n,
                                        GError          **error);
gboolean      hip_coach_discard_workout (HipCoach        *self,
                                        gint64            id,
                                        GError          **error);
gboolean      hip_coach_pain_before_high (HipCoach       *self,
                                        int               pain,
                                        const char       *today);
HipSession   *hip_coach_lighter_session (HipCoach        *self,
                                        const HipSession *session);
gboolean      hip_coach_end_workout    (HipCoach         *self,
                                        gint64            id,
                                        GError          **error);
gboolean      hip_coach_checkin_due    (HipCoach         *self,
                                        const char       *today);
gboolean      hip_coach_save_checkin   (HipCoach         *self,
                                        const char       *day,
                                        int               pain,
                                        int               stiffness,
                                        GError          **error);
gboolean      hip_coach_pain_rising    (HipCoach         *self,
                                        GDateTime        *now);
HipLoggedSet *hip_coach_load_set       (HipCoach         *self,
                                        gint64            id,
                                        GError          **error);
gboolean      hip_coach_update_set     (HipCoach         *self,
                                        const HipLoggedSet *set,
                                        GError          **error);
gboolean      hip_coach_delete_set     (HipCoach         *self,
                                        gint64            id,
                                        GError          **error);
gboolean      hip_coach_restore_set    (HipCoach         *self,
                                        HipLoggedSet     *set,
                                        GError          **error);

/* The person's own exercises (hip-coach-own.c) */
char         *hip_coach_new_own_exercise_id (HipCoach    *self);
gboolean      hip_coach_check_own_exercise (HipExercise  *exercise,
                                        GError          **error);
gboolean      hip_coach_save_own_exercise (HipCoach      *self,
                                        HipExercise      *exercise,
                                        GError          **error);
gboolean      hip_coach_count_own_exercise_uses (HipCoach *self,
                                        const char       *id,
                                        guint            *n_sets,
                                        guint            *n_prescriptions,
                                        GError          **error);
gboolean      hip_coach_delete_own_exercise (HipCoach    *self,
                                        const char       *id,
                                        gboolean         *kept,
                                        GError          **error);

/* Progress (hip-coach-progress.c) */
GArray       *hip_coach_progress_weeks (HipCoach         *self,
                                        guint             n_weeks,
                                        const char       *today,
                                        GError          **error);
GArray       *hip_coach_exercise_progress (HipCoach      *self,
                                        const char       *exercise_id,
                                        const char       *from,
                                        GError          **error);
GPtrArray    *hip_coach_logged_exercises (HipCoach       *self,
                                        GError          **error);

/* The Patient-Specific Functional Scale (hip-coach-psfs.c) */
GPtrArray    *hip_coach_load_psfs_activities (HipCoach   *self,
                                        GError          **error);
gboolean      hip_coach_save_psfs_activities (HipCoach   *self,
                                        const char * const *names,
                                        const char       *today,
                                        GError          **error);
gboolean      hip_coach_psfs_due       (HipCoach         *self,
                                        const char       *today);
gboolean      hip_coach_save_psfs_ratings (HipCoach      *self,
                                        const char       *day,
                                        const HipPsfsRating *ratings,
                                        guint             n_ratings,
                                        GError          **error);
gboolean      hip_coach_skip_psfs      (HipCoach         *self,
                                        const char       *day,
                                        GError          **error);
GPtrArray    *hip_coach_psfs_history   (HipCoach         *self,
                                        GError          **error);

/* Long work on a worker thread, with progress and cancelling (hip-coach-async.c) */
typedef void (*HipCoachProgressFunc) (HipCoach *self,
                                      double    fraction,
                                      gpointer  user_data);

void          hip_coach_read_import_async  (HipCoach            *self,
                                            const char          *path,
                                            GCancellable        *cancellable,
                                            HipCoachProgressFunc progress,
                                            gpointer             progress_data,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
HipImport    *hip_coach_read_import_finish (HipCoach            *self,
                                            GAsyncResult        *result,
                                            GError             **error);
void          hip_coach_import_async       (HipCoach            *self,
                                            HipImport           *import,
                                            GCancellable        *cancellable,
                                            HipCoachProgressFunc progress,
                                            gpointer             progress_data,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      hip_coach_import_finish      (HipCoach            *self,
                                            GAsyncResult        *result,
                                            guint               *n_sets,
                                            GError             **error);
void          hip_coach_import_csv_async   (HipCoach            *self,
                                            const char          *path,
                                            GCancellable        *cancellable,
                                            HipCoachProgressFunc progress,
                                            gpointer             progress_data,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      hip_coach_import_csv_finish  (HipCoach            *self,
                                            GAsyncResult        *result,
                                            guint               *n_sets,
                                            GError             **error);
void          hip_coach_backup_async       (HipCoach            *self,
                                            const char          *path,
                                            GCancellable        *cancellable,
                                            HipCoachProgressFunc progress,
                                            gpointer             progress_data,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      hip_coach_backup_finish      (HipCoach            *self,
                                            GAsyncResult        *result,
                                            GError             **error);
void          hip_coach_restore_async      (HipCoach            *self,
                                            const char          *path,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      hip_coach_restore_finish     (HipCoach            *self,
                                            GAsyncResult        *result,
                                            char               **kept,
                                            GError             **error);
void          hip_coach_export_csv_async   (HipCoach            *self,
                                            const char          *path,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean      hip_coach_export_csv_finish  (HipCoach            *self,
                                            GAsyncResult        *result,
                                            guint               *n_sets,
                                            GError             **error);
void          hip_coach_review_programme_async  (HipCoach       *self,
                                            const char          *path,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
HipProgrammeFile *hip_coach_review_programme_finish (HipCoach   *self,
                                            GAsyncResult        *result,
                                            GError             **error);

G_END_DECLS
