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

/* Reads RFC 4180 records one at a time (hip-csv.c); the fields are kept as they are. */
typedef struct
{
  const char *p, *end;
  guint       line;       /* of the record last read, from 1 */
  char        separator;  /* ',' or ';', from the header line */
} HipCsvReader;

GQuark     hip_csv_error_quark       (void);
char      *hip_csv_format_workouts   (GPtrArray           *workouts,
                                      GHashTable          *names);
char      *hip_csv_format_psfs       (GPtrArray           *records);
GPtrArray *hip_csv_parse_workouts    (const char          *data,
                                      gsize                length,
                                      GHashTable          *known,
                                      GPtrArray          **psfs,
                                      GError             **error);
GPtrArray *hip_csv_parse_workouts_with_own (const char   *data,
                                            gsize         length,
                                            GHashTable   *known,
                                            GHashTable   *own,
                                            GPtrArray   **psfs,
                                            GError      **error);
gboolean   hip_csv_fail              (GError             **error,
                                      guint                line,
                                      const char          *format,
                                      ...) G_GNUC_PRINTF (3, 4);
gboolean   hip_csv_fail_echo         (GError             **error,
                                      guint                line,
                                      const char          *format,
                                      const char          *text);
gboolean   hip_csv_check_utf8        (const char          *data,
                                      gsize                length,
                                      GError             **error);
void       hip_csv_reader_init       (HipCsvReader        *reader,
                                      const char          *data,
                                      gsize                length);
gboolean   hip_csv_reader_start      (HipCsvReader        *reader,
                                      const char          *data,
                                      gsize                length,
                                      GPtrArray           *fields,
                                      GError             **error);
gboolean   hip_csv_reader_next       (HipCsvReader        *reader,
                                      GPtrArray           *fields,
                                      GError             **error);
gboolean   hip_csv_is_workout_header (GPtrArray           *fields);
gboolean   hip_csv_parse_number      (const char          *text,
                                      gboolean             decimal_comma,
                                      double              *value);
gboolean   hip_csv_sets_equal        (const HipLoggedSet  *a,
                                      const HipLoggedSet  *b);
guint      hip_csv_drop_copies       (HipWorkout          *workout);

G_END_DECLS
