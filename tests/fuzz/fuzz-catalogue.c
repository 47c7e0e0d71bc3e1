/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the catalogue's XML (hip_catalogue_new_from_bytes()). */
#include "hip-fuzz.h"

#include "hip-catalogue.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);   /* no pointer when empty */
  g_autoptr(HipCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;

  catalogue = hip_catalogue_new_from_bytes (bytes, &error);
  g_assert ((catalogue == NULL) != (error == NULL));
  return 0;
}
