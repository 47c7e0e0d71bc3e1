/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the motions' XML (hip_motion_parse_library()). */
#include "hip-fuzz.h"

#include "hip-motion.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Empty bytes with no pointer trip a critical in hip_motion_parse_library() (reported). */
  g_autoptr(GBytes) bytes = g_bytes_new_static (size > 0 ? (const char *) data : "", size);
  g_autoptr(GHashTable) motions = NULL;
  g_autoptr(GError) error = NULL;

  motions = hip_motion_parse_library (bytes, &error);
  g_assert ((motions == NULL) != (error == NULL));
  return 0;
}
