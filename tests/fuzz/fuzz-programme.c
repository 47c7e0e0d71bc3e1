/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: a shared programme file (hip_programme_file_parse()) against the catalogue. */
#include "hip-fuzz.h"

#include "hip-programme-file.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(HipProgrammeFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = hip_programme_file_parse ((const char *) data, size, hip_fuzz_catalogue (), &error);
  g_assert ((file == NULL) != (error == NULL));
  if (file != NULL)
    hip_programme_file_count_prescriptions (file);
  return 0;
}
