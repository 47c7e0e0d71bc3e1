/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-education-window beyond its public header. */
#pragma once

#include "hip-education-window.h"

G_BEGIN_DECLS

const char *hip_education_window_get_topic      (HipEducationWindow *self);
GtkListBox *hip_education_window_get_topic_list (HipEducationWindow *self);
GtkWidget  *hip_education_window_get_page       (HipEducationWindow *self);

G_END_DECLS
