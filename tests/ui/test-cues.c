/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sounds and spoken cues fall silent, without a warning or a wait, where there is no sound
 * server or speech daemon (as here, and on many desktops): a session never depends on them. */

#include "config.h"

#include "hip-cues.h"

static void
test_silent_without_daemons (void)
{
  g_autoptr(HipCues) cues = hip_cues_new ();
  gint64 start = g_get_monotonic_time ();

  /* Off by default: nothing is tried. */
  hip_cues_play (cues, HIP_CUE_REST_OVER);
  hip_cues_say (cues, "Clamshell");
  g_object_set (cues, "sounds", TRUE, "voice", TRUE, NULL);
  for (guint i = 0; i < 3; i++)
    {
      hip_cues_play (cues, HIP_CUE_REST_OVER);
      hip_cues_play (cues, HIP_CUE_HOLD_OVER);
      hip_cues_say (cues, "Set 1 of 3");
    }
  /* Tried once and given up on: a session's many cues do not each wait for a daemon. */
  g_test_message ("%.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_object_set (cues, "sounds", FALSE, "voice", FALSE, NULL);
  hip_cues_play (cues, HIP_CUE_REST_OVER);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/cues/silent-without-daemons", test_silent_without_daemons);
  return g_test_run ();
}
