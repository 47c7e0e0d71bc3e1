/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The person's database for a headless mode. Every mode says on standard error what opening
 * it had to do (a damaged file kept aside and replaced, a journal that did not belong kept
 * aside), naming the copy kept; a mode that reads the person's data refuses to work on a new,
 * empty replacement, as its output would stand for data that is in the copy. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-cli-store.h"

/**
 * hip_cli_open_store:
 * @reads_data: whether the mode reads (or adds to) the person's data, so that a new database
 *   in place of a damaged one would make it lie
 *
 * Returns: (transfer full) (nullable): the store, or %NULL when the mode must stop (exit 1);
 *   standard error says why
 */
HipStore *
hip_cli_open_store (gboolean reads_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(HipStore) store = hip_store_new (path, &error);
  g_autofree char *recovery = NULL;

  if (store == NULL)
    {
      g_printerr (_("Could not open your data: %s\n"), error->message);
      return NULL;
    }
  recovery = hip_store_describe_recovery (store);
  if (recovery != NULL)
    g_printerr ("%s\n", recovery);
  if (reads_data && hip_store_get_recovery (store) == HIP_STORE_RECOVERY_REPLACED)
    {
      g_printerr (_("Nothing was done: your data is in the copy kept, not in the new, empty "
                    "file. Repair the copy and put it back, or use --restore with a backup.\n"));
      return NULL;
    }
  return g_steal_pointer (&store);
}
