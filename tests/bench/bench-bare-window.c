/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The baseline of the start-up benchmark: a bare AdwApplicationWindow (with a header bar, as any
 * real window has) that quits after its first frame, exactly as strong-hips does under
 * STRONG_HIPS_QUIT_AFTER_FIRST_FRAME. */

#include <adwaita.h>

static void
quit_after_paint_cb (GdkFrameClock  *clock,
                     GApplication   *app)
{
  g_signal_handlers_disconnect_by_func (clock, quit_after_paint_cb, app);
  g_application_quit (app);
}

static void
window_mapped_cb (GApplication *app,
                  GtkWidget    *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (quit_after_paint_cb), app, 0);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  g_signal_connect_object (window, "map", G_CALLBACK (window_mapped_cb), app, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.stronghips.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
