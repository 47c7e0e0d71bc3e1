/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwMessageDialog *hip_end_dialog_new      (GtkWindow        *parent,
                                           guint             n_sets);
int               hip_end_dialog_get_pain (AdwMessageDialog *dialog);

G_END_DECLS
