/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hip-coach.h"

G_BEGIN_DECLS

#define HIP_TYPE_REMINDERS (hip_reminders_get_type ())

G_DECLARE_FINAL_TYPE (HipReminders, hip_reminders, HIP, REMINDERS, GObject)

HipReminders *hip_reminders_new            (GApplication *application,
                                            HipCoach     *coach,
                                            GSettings    *settings);
gboolean      hip_reminders_check          (HipReminders *self,
                                            GDateTime    *now);
char         *hip_reminders_autostart_path (void);

G_END_DECLS
