/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-coach.h"
#include "hip-programme-file.h"

G_BEGIN_DECLS

#define HIP_TYPE_PROGRAMME_IMPORT_DIALOG (hip_programme_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HipProgrammeImportDialog, hip_programme_import_dialog, HIP,
                      PROGRAMME_IMPORT_DIALOG, AdwWindow)

HipProgrammeImportDialog *hip_programme_import_dialog_new (GtkWindow        *parent,
                                                           HipCoach         *coach,
                                                           HipProgrammeFile *file);

G_END_DECLS
