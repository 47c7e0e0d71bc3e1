/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Player benchmark: the application's CPU use while the multi-planar lunge (or the exercise
 * named on the command line) animates in a real window for 10 s, as a share of one core, and
 * the frames it drew. Needs a display. */

#include "config.h"

#include <sys/resource.h>

#include "hip-application.h"
#include "hip-diagram-player.h"
#include "hip-diagram-player-private.h"
#include "hip-figure-view.h"
#include "hip-figure-view-private.h"
#include "hip-test-app.h"
#include "hip-window.h"

#define SECONDS 10

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static GtkWidget *
find_player (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (HIP_IS_DIAGRAM_PLAYER (child))
        return child;
      if ((found = find_player (child)) != NULL)
        return found;
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  const char *id = argc > 1 ? argv[1] : "multiplanar-lunge";
  g_autoptr(HipApplication) app = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("strong-hips-bench-XXXXXX", NULL);
  HipWindow *window;
  HipFigureView *view;
  GtkWidget *player;
  guint64 frames;
  double cpu, wall;
  gint64 start, end;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* With a profile the window opens on its pages, not on the first run. */
  hip_test_app_seed_profile ();
  gtk_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);

  app = hip_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_application_activate (G_APPLICATION (app));
  window = HIP_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  hip_window_show_exercise (window, id);
  player = find_player (GTK_WIDGET (window));
  view = HIP_FIGURE_VIEW (hip_diagram_player_get_view (HIP_DIAGRAM_PLAYER (player)));
  hip_figure_view_set_playing (view, TRUE);
  /* A player that is not on screen does not tick, and the loop below would wait forever. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (view)))
    {
      g_printerr ("The player is not on screen\n");
      return 1;
    }

  /* Settle, then measure. */
  for (start = g_get_monotonic_time (); g_get_monotonic_time () - start < G_USEC_PER_SEC; )
    g_main_context_iteration (NULL, TRUE);

  frames = hip_figure_view_get_n_frames (view);
  cpu = cpu_seconds ();
  start = g_get_monotonic_time ();
  end = start + SECONDS * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  wall = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  cpu = cpu_seconds () - cpu;
  frames = hip_figure_view_get_n_frames (view) - frames;

  g_print ("player animating %s for %.1f s: %.1f %% of one core, %" G_GUINT64_FORMAT " frames "
           "(%.1f fps)\n", id, wall, 100 * cpu / wall, frames, frames / wall);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
