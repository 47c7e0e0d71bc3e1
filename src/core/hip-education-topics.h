/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HIP_EDUCATION_PARAGRAPH,
  HIP_EDUCATION_HEADING,
  HIP_EDUCATION_ITEM,
} HipEducationBlockKind;

typedef struct
{
  HipEducationBlockKind  kind;
  const char            *text;     /* untranslated: pass through _() */
} HipEducationBlock;

typedef struct
{
  const char              *id;
  const char              *title;    /* untranslated */
  const char              *summary;  /* untranslated */
  const HipEducationBlock *blocks;   /* ends with a block whose text is NULL */
} HipEducationTopic;

guint                    hip_education_topics_get_n (void);
const HipEducationTopic *hip_education_topics_get   (guint       index);
int                      hip_education_topics_find  (const char *id);

G_END_DECLS
