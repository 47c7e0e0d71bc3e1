/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-first-run beyond its public header. */
#pragma once

#include "hip-first-run.h"

G_BEGIN_DECLS

void        hip_first_run_answer      (HipFirstRun *self,
                                       guint        question,
                                       gboolean     yes);
const char *hip_first_run_get_page    (HipFirstRun *self);

G_END_DECLS
