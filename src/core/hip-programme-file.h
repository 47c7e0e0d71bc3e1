/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-plan.h"
#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_PROGRAMME_FILE_ERROR (hip_programme_file_error_quark ())

/* The format this build writes and the newest it reads (data/programme-format.md). */
#define HIP_PROGRAMME_FILE_VERSION 1
#define HIP_PROGRAMME_FILE_GROUP   "Strong Hips Programme"
#define HIP_PROGRAMME_FILE_SUFFIX  "strong-hips-programme"

typedef enum
{
  HIP_PROGRAMME_FILE_ERROR_INVALID,
  HIP_PROGRAMME_FILE_ERROR_NEWER_VERSION,
  HIP_PROGRAMME_FILE_ERROR_UNKNOWN_EXERCISE,
} HipProgrammeFileError;

/* What an import does with one of the own exercises a file brings. */
typedef enum
{
  HIP_OWN_EXERCISE_NEW,      /* added, with the file's id */
  HIP_OWN_EXERCISE_SAME,     /* the person has it already, the same: used as it is */
  HIP_OWN_EXERCISE_RENAMED,  /* the person has another exercise with its id: added with a new id */
} HipOwnExerciseFate;

/* A programme as read from a file, before it is added. */
typedef struct
{
  char      *name;
  HipPlan   *plan;   /* its prescriptions point at the catalogue's exercises and at @own's */
  GPtrArray *own;    /* of HipExercise: the person's own exercises it brings, in file order */
  GArray    *fates;  /* of HipOwnExerciseFate, one for each of @own (hip_coach_review_programme()) */
} HipProgrammeFile;

GQuark            hip_programme_file_error_quark (void);
void              hip_programme_file_free        (HipProgrammeFile  *file);
char             *hip_programme_file_format      (const HipPlan     *plan,
                                                  const char        *name,
                                                  HipCatalogue      *catalogue);
gboolean          hip_programme_file_write       (const HipPlan     *plan,
                                                  const char        *name,
                                                  HipCatalogue      *catalogue,
                                                  const char        *path,
                                                  GError           **error);
HipProgrammeFile *hip_programme_file_parse       (const char        *data,
                                                  gsize              length,
                                                  HipCatalogue      *catalogue,
                                                  GError           **error);
HipProgrammeFile *hip_programme_file_read        (const char        *path,
                                                  HipCatalogue      *catalogue,
                                                  GError           **error);
gboolean          hip_programme_file_same_exercise (HipExercise     *a,
                                                  HipExercise       *b,
                                                  HipCatalogue      *catalogue);
HipExercise      *hip_programme_file_copy_exercise (HipExercise     *exercise,
                                                  const char        *id,
                                                  HipCatalogue      *catalogue);
guint             hip_programme_file_count_prescriptions (const HipProgrammeFile *file);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HipProgrammeFile, hip_programme_file_free)

G_END_DECLS
