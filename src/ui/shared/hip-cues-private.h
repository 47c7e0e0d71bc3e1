/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-cues beyond its public header. */
#pragma once

#include "hip-cues.h"

G_BEGIN_DECLS

typedef void (*HipCuesSpeaker) (const char *text,
                                const char *language,
                                gpointer    data);

char       *hip_cues_language_from_header (const char     *header);
const char *hip_cues_get_language         (HipCues        *self);
void        hip_cues_set_speaker          (HipCues        *self,
                                           HipCuesSpeaker  speaker,
                                           gpointer        data);

G_END_DECLS
