/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GDateWeekday hip_week_start_for_locale (void);
void         hip_week_first_day        (const GDate  *day,
                                        GDateWeekday  week_start,
                                        GDate        *first);
gboolean     hip_week_of               (const char   *day,
                                        GDateWeekday  week_start,
                                        char          first[11]);
guint32      hip_week_julian_of        (const char   *day,
                                        GDateWeekday  week_start);
void         hip_week_format_julian    (guint32       julian,
                                        char          day[11]);
void         hip_week_add_days         (const char   *day,
                                        int           days,
                                        char          out[11]);

G_END_DECLS
