/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-exercise-names.h"
#include "hip-log.h"
#include "hip-types.h"

G_BEGIN_DECLS

/* The file formats an import recognises by their header (README.md describes each). */
typedef enum
{
  HIP_IMPORT_FORMAT_OWN,          /* our workout CSV (hip-csv.c) */
  HIP_IMPORT_FORMAT_STRONG,       /* Strong, comma-separated (current) */
  HIP_IMPORT_FORMAT_STRONG_OLD,   /* Strong, semicolon-separated (older) */
  HIP_IMPORT_FORMAT_FITNOTES,
  HIP_IMPORT_FORMAT_HEVY,
  HIP_IMPORT_FORMAT_JEFIT,
} HipImportFormat;

/* One exercise name of the file and what it became. */
typedef struct
{
  char     *their_name;
  char     *exercise_id;
  char     *our_name;      /* of our exercise; the same as their_name for a new one */
  gboolean  is_new;        /* a new exercise of the person's own */
  guint     n_sets;        /* the file's sets of it that will be added */
} HipImportMatch;

/* What a file holds, read and mapped but not yet written. */
typedef struct
{
  HipImportFormat  format;
  GPtrArray       *workouts;       /* of HipWorkout, with their sets */
  GPtrArray       *matches;        /* of HipImportMatch, in the file's order */
  GPtrArray       *new_exercises;  /* of HipExercise, the person's own, to be saved */
  GPtrArray       *psfs;           /* of HipPsfsRecord: our own format's functional scale */
  guint            n_rows;         /* lines of sets read */
  guint            n_warm_up;      /* skipped: warm-up sets */
  guint            n_cardio;       /* skipped: cardio and distance rows */
  guint            n_other;        /* skipped: rest timers, empty rows, beyond the log's limits */
  guint            n_known;        /* not added: sets already in the log, or twice in the file */
} HipImport;

HipImport  *hip_import_parse          (const char        *data,
                                       gsize              length,
                                       HipExerciseNames  *names,
                                       GHashTable        *known_ids,
                                       HipUnits           units,
                                       GError           **error);
void        hip_import_free           (HipImport         *self);
guint       hip_import_count_sets     (HipImport         *self);
guint       hip_import_count_skipped  (HipImport         *self);
void        hip_import_recount        (HipImport         *self);
const char *hip_import_format_name    (HipImportFormat    format);
char       *hip_import_describe       (HipImport         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipImport, hip_import_free)

G_END_DECLS
