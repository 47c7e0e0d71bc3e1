/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-log.h"
#include "hip-psfs.h"

G_BEGIN_DECLS

#define HIP_CSV_ERROR (hip_csv_error_quark ())

typedef enum
{
  HIP_CSV_ERROR_INVALID,
} HipCsvError;

GQuark     hip_csv_error_quark     (void);
char      *hip_csv_format_workouts (GPtrArray   *workouts);
char      *hip_csv_format_psfs     (GPtrArray   *records);
GPtrArray *hip_csv_parse_workouts  (const char  *data,
                                    gsize        length,
                                    GHashTable  *known,
                                    GPtrArray  **psfs,
                                    GError     **error);

G_END_DECLS
