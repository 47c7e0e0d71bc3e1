/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: other trackers' exports and our CSV (hip_import_parse()), in kilograms and
 * pounds by the input's first byte. */
#include "hip-fuzz.h"

#include "hip-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  HipUnits units = size > 0 && data[0] % 2 ? HIP_UNITS_POUNDS : HIP_UNITS_KILOGRAMS;
  g_autoptr(HipImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = hip_import_parse ((const char *) data, size, hip_fuzz_names (), hip_fuzz_known_ids (),
                             units, &error);
  g_assert ((import == NULL) != (error == NULL));
  if (import != NULL)
    g_free (hip_import_describe (import));
  return 0;
}
