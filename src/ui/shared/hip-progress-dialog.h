/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HIP_TYPE_PROGRESS_DIALOG (hip_progress_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HipProgressDialog, hip_progress_dialog, HIP, PROGRESS_DIALOG,
                      AdwMessageDialog)

HipProgressDialog *hip_progress_dialog_new          (GtkWindow         *parent,
                                                     const char        *heading,
                                                     const char        *body,
                                                     GCancellable      *cancellable);
void               hip_progress_dialog_set_fraction (HipProgressDialog *self,
                                                     double             fraction);
void               hip_progress_dialog_done         (HipProgressDialog *self);

G_END_DECLS
