/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: our workout CSV (hip_csv_parse_workouts()), known ids from the catalogue. */
#include "hip-fuzz.h"

#include "hip-csv.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GHashTable *known = hip_fuzz_known_ids ();
  g_autoptr(GPtrArray) psfs = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;

  workouts = hip_csv_parse_workouts ((const char *) data, size, known, &psfs, &error);
  g_assert ((workouts == NULL) != (error == NULL));
  return 0;
}
