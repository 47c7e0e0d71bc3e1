/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the files of the programme file: hip-programme-file.c (the programme and its
 * sessions), hip-programme-exercise.c (an own exercise's group) and hip-programme-keys.c (each
 * key read, refused with the group and key named). Not for use outside them. */
#pragma once

#include "hip-programme-file.h"

G_BEGIN_DECLS

#define HIP_PROGRAMME_MAX_TEXT 2000 /* characters of one text: a step, a cue, a rationale */

typedef struct
{
  GKeyFile     *kf;
  HipCatalogue *catalogue;
  GHashTable   *own;        /* file id → HipExercise */
} HipKeyReader;

void         hip_key_set_list             (GKeyFile            *kf,
                                           const char          *group,
                                           const char          *key,
                                           const char * const  *values);
gboolean     hip_key_invalid_echo         (GError             **error,
                                           const char          *group,
                                           const char          *key,
                                           const char          *format,
                                           const char          *text);
gboolean     hip_key_invalid              (GError             **error,
                                           const char          *group,
                                           const char          *key,
                                           const char          *format,
                                           ...) G_GNUC_PRINTF (4, 5);
char        *hip_key_string               (HipKeyReader        *r,
                                           const char          *group,
                                           const char          *key,
                                           guint                max_chars,
                                           GError             **error);
GStrv        hip_key_list                 (HipKeyReader        *r,
                                           const char          *group,
                                           const char          *key,
                                           GError             **error);
gboolean     hip_key_uint                 (HipKeyReader        *r,
                                           const char          *group,
                                           const char          *key,
                                           guint                min,
                                           guint                max,
                                           guint               *value,
                                           GError             **error);
gboolean     hip_key_bool                 (HipKeyReader        *r,
                                           const char          *group,
                                           const char          *key,
                                           gboolean            *value,
                                           GError             **error);
gboolean     hip_key_nick                 (HipKeyReader        *r,
                                           const char          *group,
                                           const char          *key,
                                           GType                type,
                                           int                 *value,
                                           GError             **error);
gboolean     hip_key_equipment            (HipKeyReader        *r,
                                           const char          *group,
                                           const char          *key,
                                           HipEquipment        *equipment,
                                           GError             **error);
gboolean     hip_key_check                (HipKeyReader        *r,
                                           const char          *group,
                                           const char * const  *known,
                                           GError             **error);

void         hip_programme_exercise_write (GKeyFile            *kf,
                                           const char          *group,
                                           HipExercise         *exercise,
                                           HipCatalogue        *catalogue);
HipExercise *hip_programme_exercise_read  (HipKeyReader        *r,
                                           const char          *group,
                                           const char          *id,
                                           GError             **error);

G_END_DECLS
