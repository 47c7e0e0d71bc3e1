/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-coach.h"
#include "hip-motion-library.h"

G_BEGIN_DECLS

gboolean hip_programme_print (GtkWindow         *parent,
                              HipCoach          *coach,
                              HipMotionLibrary  *motions,
                              const char        *export_path,
                              GError           **error);

G_END_DECLS
