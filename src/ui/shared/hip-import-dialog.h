/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hip-import.h"

G_BEGIN_DECLS

#define HIP_TYPE_IMPORT_DIALOG (hip_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HipImportDialog, hip_import_dialog, HIP, IMPORT_DIALOG, AdwMessageDialog)

GtkWidget *hip_import_dialog_new        (GtkWindow       *parent,
                                         HipImport       *import);
HipImport *hip_import_dialog_get_import (HipImportDialog *self);
HipImport *hip_import_dialog_steal_import (HipImportDialog *self);

G_END_DECLS
