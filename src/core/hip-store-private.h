/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the files of HipStore (hip-store.c: opening, exercises; hip-store-programme.c:
 * profile and programmes). Not for use outside the store. */
#pragma once

#include <sqlite3.h>

#include "hip-store.h"

G_BEGIN_DECLS

struct _HipStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *recovered_path;
  HipStoreRecovery recovery;
  gboolean    read_only;
  GHashTable *statements;   /* static SQL string → sqlite3_stmt */
  HipCatalogue *catalogue;  /* (nullable): weighs the sets of the daily sums, once synced */
  HipStoreProgress progress; /* (nullable): told of each workout written (hip-store-worker.c) */
  gpointer    progress_data;
  GCancellable *cancellable; /* (nullable) (unowned): while watched, stops a backup's copy */
};

/* A cached statement that is reset (not finalized) when it goes out of scope. */
typedef sqlite3_stmt HipStatement;

void          hip_statement_release          (HipStatement  *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipStatement, hip_statement_release)

HipStatement *hip_store_statement            (HipStore      *self,
                                              const char    *sql,
                                              GError       **error);
gboolean      hip_store_run                  (HipStore      *self,
                                              HipStatement  *stmt,
                                              GError       **error);
gboolean      hip_store_exec                 (HipStore      *self,
                                              const char    *sql,
                                              GError       **error);
void          hip_store_rollback             (HipStore      *self);
gboolean      hip_store_commit_or_rollback   (HipStore      *self,
                                              gboolean       ok,
                                              GError       **error);
gboolean      hip_store_set_sqlite_error     (HipStore      *self,
                                              int            rc,
                                              GError       **error);
const char   *hip_column_text                (sqlite3_stmt  *stmt,
                                              int            column);
gint64        hip_store_select_id            (HipStore      *self,
                                              const char    *sql,
                                              GError       **error);
/* The daily sums (hip-store-summary.c) */
gboolean      hip_store_rebuild_summaries    (HipStore      *self,
                                              GError       **error);
gboolean      hip_store_days_changed         (HipStore      *self,
                                              const char    *first,
                                              const char    *last,
                                              GError       **error);
gboolean      hip_store_workout_changed      (HipStore      *self,
                                              gint64         workout_id,
                                              GError       **error);
gboolean      hip_store_sum_stale_days      (HipStore      *self,
                                              GError       **error);
void          hip_bind_text                  (sqlite3_stmt  *stmt,
                                              int            index,
                                              const char    *text);

/* The sessions planned, day by day (hip-store-planned.c) */
gboolean      hip_store_record_plan          (HipStore      *self,
                                              const char    *from,
                                              GError       **error);
gboolean      hip_store_record_plan_from_today (HipStore    *self,
                                              GError       **error);
gboolean      hip_store_backfill_plan        (HipStore      *self,
                                              GError       **error);
gboolean      hip_store_load_resume          (HipStore      *self,
                                              gint64         id,
                                              HipResume     *resume,
                                              GError       **error);

/* The CSV file's PSFS section (hip-store-psfs.c) */
GPtrArray    *hip_store_list_psfs_records    (HipStore      *self,
                                              GError       **error);
gboolean      hip_store_write_psfs_records   (HipStore      *self,
                                              GPtrArray     *records,
                                              const char    *today,
                                              guint         *n_records,
                                              GError       **error);

/* Writing in the caller's transaction, for an import (hip-store-import.c) and a shared
 * programme (hip-store-share.c) */
gboolean      hip_store_write_exercise       (HipStore      *self,
                                              HipExercise   *exercise,
                                              GError       **error);
gboolean      hip_store_write_workouts       (HipStore      *self,
                                              GPtrArray     *workouts,
                                              GError       **error);
GHashTable   *hip_store_exercise_names       (HipStore      *self,
                                              GError       **error);
gboolean      hip_store_drop_known_sets      (HipStore      *self,
                                              GPtrArray     *workouts,
                                              guint         *n_known,
                                              GError       **error);
gboolean      hip_store_write_programme      (HipStore      *self,
                                              const HipPlan *plan,
                                              const char    *name,
                                              gboolean       active,
                                              gint64        *id,
                                              GError       **error);

/* Opening (hip-store-check.c) */
typedef enum
{
  HIP_STORE_FILE_NEW,              /* nothing there, or an empty file */
  HIP_STORE_FILE_OURS,             /* to be opened (read before anything is written) */
  HIP_STORE_FILE_DAMAGED,          /* not a database, damaged, or a journal and no database */
  HIP_STORE_FILE_STRAY_JOURNAL,    /* ours, with a journal beside it that is not */
} HipStoreFileState;

int           hip_store_open_uri             (const char        *path,
                                              const char        *query,
                                              int                flags,
                                              sqlite3          **db);
int           hip_store_quick_check          (sqlite3           *db);
int           hip_store_read_header          (sqlite3           *db,
                                              int               *application_id,
                                              int               *version,
                                              gboolean          *ours);
gboolean      hip_store_check_file           (const char        *path,
                                              HipStoreFileState *state,
                                              GError           **error);
gboolean      hip_store_file_is_read_only    (const char        *path,
                                              gboolean          *folder);
const char   *hip_store_read_only_query      (const char        *path,
                                              gboolean           read_only_folder);
gboolean      hip_store_move_set_aside       (const char        *path,
                                              HipStoreRecovery   kind,
                                              char             **kept,
                                              GError           **error);
void          hip_store_set_not_ours_error   (const char        *path,
                                              GError           **error);
void          hip_store_set_newer_error      (const char        *path,
                                              GError           **error);

/* For the tests: */
gboolean    hip_store_delete_workout       (HipStore          *self,
                                            gint64             id,
                                            GError           **error);

G_END_DECLS
