/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the profile's key file (hip_profile_load_key_file()). */
#include "hip-fuzz.h"

#include "hip-profile.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  HipProfile profile;

  if (!g_key_file_load_from_data (key_file, (const char *) data, size, G_KEY_FILE_NONE, NULL))
    return 0;
  hip_profile_init (&profile);
  if (!hip_profile_load_key_file (&profile, key_file, &error))
    g_assert_nonnull (error);
  return 0;
}
