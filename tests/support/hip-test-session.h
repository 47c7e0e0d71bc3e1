/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _HipTestSession HipTestSession;

HipTestSession *hip_test_session_start (void);
void            hip_test_session_stop  (HipTestSession *session);
gboolean        hip_test_session_is_inhibited (guint flags);

G_END_DECLS
