/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The reminder-days setting: bit 0 Monday … bit 6 Sunday. */
typedef guint HipWeekdays;

gboolean hip_reminder_due (HipWeekdays  days,
                           guint        minutes,
                           GDateTime   *now,
                           gboolean     session_today,
                           gboolean     done_today,
                           gboolean     permitted,
                           const char  *last_sent);

G_END_DECLS
