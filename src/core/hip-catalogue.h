/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-types.h"

G_BEGIN_DECLS

#define HIP_TYPE_CATALOGUE (hip_catalogue_get_type ())
#define HIP_CATALOGUE_ERROR (hip_catalogue_error_quark ())
#define HIP_CATALOGUE_RESOURCE RESOURCE_BASE "/catalogue/exercises.xml"

typedef enum
{
  HIP_CATALOGUE_ERROR_INVALID,
  HIP_CATALOGUE_ERROR_DUPLICATE,
} HipCatalogueError;

G_DECLARE_FINAL_TYPE (HipCatalogue, hip_catalogue, HIP, CATALOGUE, GObject)

GQuark        hip_catalogue_error_quark     (void);
HipCatalogue *hip_catalogue_new             (void);
HipCatalogue *hip_catalogue_new_from_bytes  (GBytes       *xml,
                                             GError      **error);
HipCatalogue *hip_catalogue_new_default     (GError      **error);
guint         hip_catalogue_get_version     (HipCatalogue *self);
const char   *hip_catalogue_get_checksum    (HipCatalogue *self);
gboolean      hip_catalogue_add             (HipCatalogue *self,
                                             HipExercise  *exercise,
                                             GError      **error);
gboolean      hip_catalogue_add_retired     (HipCatalogue *self,
                                             HipExercise  *exercise,
                                             GError      **error);
gboolean      hip_catalogue_replace         (HipCatalogue *self,
                                             HipExercise  *exercise);
gboolean      hip_catalogue_remove          (HipCatalogue *self,
                                             const char   *id,
                                             gboolean      keep);
gboolean      hip_catalogue_remove_retired  (HipCatalogue *self,
                                             const char   *id);
void          hip_catalogue_remove_own      (HipCatalogue *self);
gboolean      hip_catalogue_is_listed       (HipCatalogue *self,
                                             const char   *id);
char         *hip_catalogue_format_listing  (HipCatalogue *self);
HipExercise  *hip_catalogue_lookup          (HipCatalogue *self,
                                             const char   *id);

G_END_DECLS
