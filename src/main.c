/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "hip-application.h"
#include "hip-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HipApplication) app = NULL;
  int status;

  /* GTK sets the locale only once it starts; the headless commands need it before. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The headless modes run before GTK starts, and need no display. */
  if (hip_cli_run (argc, argv, &status))
    return status;

  app = hip_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
