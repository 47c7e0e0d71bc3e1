/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `--import=FILE [--dry-run]`: another tracker's export, or our own CSV, added to the log
 * without asking. What it adds and skips goes to standard output, as the app's review dialog
 * shows it; exit 0 done (or, with --dry-run, read and nothing written), 1 refused or failed
 * (nothing is written; the message names the line and the reason), 2 without a file name. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-catalogue.h"
#include "hip-cli-import.h"
#include "hip-cli-store.h"
#include "hip-input.h"
#include "hip-store.h"

/* The file read against the user's database, with the catalogue synced into it. */
static HipImport *
read_import (HipStore    *store,
             const char  *path,
             GError     **error)
{
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (error);
  g_autofree char *text = NULL;
  gsize length;

  if (catalogue == NULL || !hip_store_sync_catalogue (store, catalogue, NULL, error) ||
      !hip_input_read_file (path, HIP_INPUT_MAX_FILE, &text, &length, error))
    return NULL;
  /* The command line has no unit setting: a file that does not say is read in kilograms. */
  return hip_store_prepare_import (store, catalogue, text, length, HIP_UNITS_KILOGRAMS, error);
}

int
hip_cli_import (const char *path,
                gboolean    dry_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = NULL;
  g_autoptr(HipImport) import = NULL;
  g_autofree char *summary = NULL;
  guint n_sets;

  if (path == NULL || *path == '\0')
    {
      g_printerr (_("--%s needs a file name\n"), "import");
      return 2;
    }
  store = hip_cli_open_store (TRUE);
  if (store == NULL)
    return 1;
  import = read_import (store, path, &error);
  if (import == NULL || (!dry_run && !hip_store_import (store, import, NULL, &error)))
    {
      g_printerr (_("Nothing was imported from %s: %s\n"), path, error->message);
      return 1;
    }
  summary = hip_import_describe (import);
  g_print ("%s", summary);
  n_sets = hip_import_count_sets (import);
  if (dry_run)
    g_printerr (_("Nothing was written (--dry-run)\n"));
  else
    g_printerr (ngettext ("Imported %u set from %s\n", "Imported %u sets from %s\n", n_sets),
                n_sets, path);
  return 0;
}
