/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-import.h"
#include "hip-log.h"
#include "hip-plan.h"
#include "hip-profile.h"
#include "hip-psfs.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_STORE (hip_store_get_type ())
#define HIP_STORE_ERROR (hip_store_error_quark ())

/* The schema this build writes; a file with a higher PRAGMA user_version is refused. */
#define HIP_STORE_SCHEMA_VERSION 12

/* PRAGMA application_id of every Strong Hips database: "HIPS" in ASCII (0x48495053), so that
 * file(1) and other programs can tell the file is ours. Never change it: a file with another
 * non-zero id is refused, untouched, as some other program's. */
#define HIP_STORE_APPLICATION_ID 0x48495053

typedef enum
{
  HIP_STORE_ERROR_FAILED,
  HIP_STORE_ERROR_NEWER_VERSION,
  HIP_STORE_ERROR_INVALID,
  HIP_STORE_ERROR_NOT_FOUND,
  HIP_STORE_ERROR_NOT_OURS,
  HIP_STORE_ERROR_READ_ONLY,
} HipStoreError;

/* What opening the database had to do to the file that was there (hip_store_get_recovery()). */
typedef enum
{
  HIP_STORE_RECOVERY_NONE,
  HIP_STORE_RECOVERY_REPLACED,           /* damaged: kept aside, a new database started */
  HIP_STORE_RECOVERY_JOURNAL_SET_ASIDE,  /* a journal that did not belong: kept aside, the
                                          * data as it was */
} HipStoreRecovery;

G_DECLARE_FINAL_TYPE (HipStore, hip_store, HIP, STORE, GObject)

/* A saved programme, as listed for choosing one. */
typedef struct
{
  gint64    id;
  char     *name;
  char     *created;          /* ISO 8601, UTC */
  gboolean  active;
  guint     weeks;
} HipProgrammeInfo;

void        hip_programme_info_free        (HipProgrammeInfo *info);

GQuark      hip_store_error_quark          (void);
char       *hip_store_get_default_path     (void);
HipStore   *hip_store_new                  (const char    *path,
                                            GError       **error);
const char *hip_store_get_path             (HipStore      *self);
const char *hip_store_get_recovered_path   (HipStore      *self);
HipStoreRecovery hip_store_get_recovery    (HipStore      *self);
char       *hip_store_describe_recovery    (HipStore      *self);
gboolean    hip_store_is_read_only         (HipStore      *self);
gboolean    hip_store_sync_catalogue       (HipStore      *self,
                                            HipCatalogue  *catalogue,
                                            gboolean      *changed,
                                            GError       **error);
gboolean    hip_store_save_exercise        (HipStore      *self,
                                            HipExercise   *exercise,
                                            GError       **error);
gboolean    hip_store_delete_exercise      (HipStore      *self,
                                            const char    *id,
                                            GError       **error);
GPtrArray  *hip_store_load_exercises       (HipStore      *self,
                                            HipOrigin      origin,
                                            GError       **error);
GPtrArray  *hip_store_load_retired_exercises (HipStore    *self,
                                              GError     **error);
gboolean    hip_store_count_exercise_uses  (HipStore      *self,
                                            const char    *id,
                                            guint         *n_sets,
                                            guint         *n_prescriptions,
                                            GError       **error);
gboolean    hip_store_retire_exercise      (HipStore      *self,
                                            const char    *id,
                                            GError       **error);
gboolean    hip_store_exercise_changed     (HipStore      *self,
                                            const char    *id,
                                            GError       **error);
char       *hip_store_make_exercise_id     (void);
gboolean    hip_store_save_profile         (HipStore          *self,
                                            const HipProfile  *profile,
                                            GError           **error);
gboolean    hip_store_load_profile         (HipStore          *self,
                                            HipProfile        *profile,
                                            gboolean          *found,
                                            GError           **error);
gboolean    hip_store_backup               (HipStore          *self,
                                            const char        *path,
                                            GError           **error);
gboolean    hip_store_auto_backup          (HipStore          *self,
                                            const char        *dir,
                                            const char        *today,
                                            guint              keep,
                                            char             **written,
                                            GError           **error);
gboolean    hip_store_restore              (HipStore          *self,
                                            const char        *path,
                                            char             **kept,
                                            GError           **error);
gboolean    hip_store_save_screening       (HipStore          *self,
                                            const char        *day,
                                            HipScreening       outcome,
                                            guint32            answers,
                                            GError           **error);
gboolean    hip_store_load_screening       (HipStore          *self,
                                            HipScreening      *outcome,
                                            guint32           *answers,
                                            gboolean          *found,
                                            GError           **error);
gboolean    hip_store_save_programme       (HipStore          *self,
                                            const HipPlan     *plan,
                                            const char        *name,
                                            gboolean           active,
                                            gint64            *id,
                                            GError           **error);
HipPlan    *hip_store_load_programme       (HipStore          *self,
                                            gint64             id,
                                            HipCatalogue      *catalogue,
                                            GError           **error);
gboolean    hip_store_update_programme     (HipStore          *self,
                                            gint64             id,
                                            const HipPlan     *plan,
                                            GError           **error);
gboolean    hip_store_rename_programme     (HipStore          *self,
                                            gint64             id,
                                            const char        *name,
                                            GError           **error);
gboolean    hip_store_delete_programme     (HipStore          *self,
                                            gint64             id,
                                            GError           **error);
GPtrArray  *hip_store_list_programmes      (HipStore          *self,
                                            GError           **error);
gboolean    hip_store_start_workout        (HipStore          *self,
                                            HipWorkout        *workout,
                                            GError           **error);
gboolean    hip_store_skip_session         (HipStore          *self,
                                            gint64             programme_id,
                                            guint              week,
                                            guint              session,
                                            const char        *day,
                                            GError           **error);
GArray     *hip_store_list_skipped         (HipStore          *self,
                                            gint64             programme_id,
                                            GError           **error);
gboolean    hip_store_discard_workout      (HipStore          *self,
                                            gint64             id,
                                            GError           **error);
gboolean    hip_store_finish_workout       (HipStore          *self,
                                            gint64             id,
                                            int                pain_after,
                                            GError           **error);
gboolean    hip_store_log_set              (HipStore          *self,
                                            HipLoggedSet      *set,
                                            GError           **error);
gboolean    hip_store_update_set           (HipStore          *self,
                                            const HipLoggedSet *set,
                                            GError           **error);
gboolean    hip_store_delete_set           (HipStore          *self,
                                            gint64             id,
                                            GError           **error);
gint64      hip_store_get_unfinished_workout (HipStore        *self,
                                            GError           **error);
HipWorkout *hip_store_load_workout         (HipStore          *self,
                                            gint64             id,
                                            GError           **error);
GPtrArray  *hip_store_list_workouts        (HipStore          *self,
                                            const char        *from,
                                            const char        *to,
                                            gboolean           with_sets,
                                            GError           **error);
GPtrArray  *hip_store_list_recent_workouts (HipStore          *self,
                                            guint              n,
                                            gint64             programme_id,
                                            gboolean           with_sets,
                                            GError           **error);
HipLoggedSet *hip_store_load_set           (HipStore          *self,
                                            gint64             id,
                                            GError           **error);
gboolean    hip_store_save_adaptations     (HipStore          *self,
                                            gint64             programme_id,
                                            const HipPlan     *plan,
                                            gint64             workout_id,
                                            GPtrArray         *messages,
                                            GError           **error);
GPtrArray  *hip_store_latest_adaptations   (HipStore          *self,
                                            gint64             programme_id,
                                            GError           **error);
gboolean    hip_store_save_checkin         (HipStore          *self,
                                            const char        *day,
                                            int                pain,
                                            int                stiffness,
                                            GError           **error);
gboolean    hip_store_load_checkin         (HipStore          *self,
                                            const char        *day,
                                            int               *pain,
                                            int               *stiffness,
                                            GError           **error);
GArray     *hip_store_week_volumes         (HipStore          *self,
                                            const char        *from,
                                            const char        *to,
                                            GDateWeekday       week_start,
                                            GError           **error);
gboolean    hip_store_import_workouts      (HipStore          *self,
                                            GPtrArray         *workouts,
                                            GError           **error);
GPtrArray  *hip_store_logged_exercises     (HipStore          *self,
                                            GError           **error);
GArray     *hip_store_week_pain            (HipStore          *self,
                                            const char        *from,
                                            const char        *to,
                                            GDateWeekday       week_start,
                                            GError           **error);
gboolean    hip_store_first_logged_day     (HipStore          *self,
                                            char               day[11],
                                            GError           **error);
GPtrArray  *hip_store_planned_days         (HipStore          *self,
                                            const char        *from,
                                            const char        *to,
                                            GError           **error);
gboolean    hip_store_first_planned_day    (HipStore          *self,
                                            char               day[11],
                                            GError           **error);
GDateWeekday hip_store_get_week_start      (HipStore          *self);
gboolean    hip_store_set_week_start       (HipStore          *self,
                                            GDateWeekday       week_start,
                                            GError           **error);
gboolean    hip_store_resume_programme     (HipStore          *self,
                                            gint64             programme_id,
                                            guint              week,
                                            guint              session,
                                            const char        *day,
                                            GError           **error);
GArray     *hip_store_exercise_progress    (HipStore          *self,
                                            const char        *exercise_id,
                                            const char        *from,
                                            const char        *to,
                                            GError           **error);
guint       hip_store_recent_performances  (HipStore          *self,
                                            const char        *exercise_id,
                                            HipPerformance    *out,
                                            guint              n,
                                            GError           **error);
GArray     *hip_store_list_checkins        (HipStore          *self,
                                            const char        *from,
                                            guint              limit,
                                            GError           **error);
gboolean    hip_store_export_csv           (HipStore          *self,
                                            const char        *path,
                                            guint             *n_sets,
                                            GError           **error);
gboolean    hip_store_import_csv           (HipStore          *self,
                                            const char        *path,
                                            guint             *n_sets,
                                            guint             *n_psfs,
                                            GError           **error);
HipImport  *hip_store_prepare_import       (HipStore          *self,
                                            HipCatalogue      *catalogue,
                                            const char        *data,
                                            gsize              length,
                                            HipUnits           units,
                                            GError           **error);
gboolean    hip_store_import               (HipStore          *self,
                                            HipImport         *import,
                                            guint             *n_psfs,
                                            GError           **error);
GPtrArray  *hip_store_explain_statements   (HipStore          *self);
gint64      hip_store_get_active_programme (HipStore          *self,
                                            GError           **error);
gboolean    hip_store_set_active_programme (HipStore          *self,
                                            gint64             id,
                                            GError           **error);

/* The Patient-Specific Functional Scale (hip-store-psfs.c) */
GPtrArray  *hip_store_load_psfs_activities (HipStore          *self,
                                            GError           **error);
gboolean    hip_store_save_psfs_activities (HipStore          *self,
                                            const char * const *names,
                                            const char        *today,
                                            GError           **error);
gboolean    hip_store_save_psfs_ratings    (HipStore          *self,
                                            const char        *day,
                                            const HipPsfsRating *ratings,
                                            guint              n_ratings,
                                            GError           **error);
gboolean    hip_store_skip_psfs            (HipStore          *self,
                                            const char        *day,
                                            GError           **error);
gboolean    hip_store_psfs_answered        (HipStore          *self,
                                            const char        *from,
                                            const char        *to,
                                            gboolean          *answered,
                                            GError           **error);
GArray     *hip_store_psfs_ratings         (HipStore          *self,
                                            gint64             activity_id,
                                            GError           **error);

/* A shared programme (hip-store-share.c) */
gboolean    hip_store_add_shared_programme (HipStore          *self,
                                            const HipPlan     *plan,
                                            const char        *name,
                                            GPtrArray         *exercises,
                                            gboolean           active,
                                            gint64            *id,
                                            GError           **error);

/* A second connection for work on another thread (hip-store-worker.c) */
typedef void (*HipStoreProgress) (guint    done,
                                  guint    total,
                                  gpointer data);

HipStore   *hip_store_open_worker          (const char        *path,
                                            HipCatalogue      *catalogue,
                                            GError           **error);
void        hip_store_watch                (HipStore          *self,
                                            GCancellable      *cancellable,
                                            HipStoreProgress   progress,
                                            gpointer           data);

G_END_DECLS
