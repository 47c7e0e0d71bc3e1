/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `--export-programme=FILE` and `--import-programme=FILE`: a programme to share, headless. Exit
 * 0 done, 1 refused or failed (the message says why; a refused import adds nothing), 2 without
 * a file name. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-cli-programme.h"
#include "hip-cli-store.h"
#include "hip-coach.h"
#include "hip-exercise.h"
#include "hip-store.h"

/* The coach over the user's database; when it cannot be opened, says why on standard error. */
static HipCoach *
open_coach (void)
{
  g_autoptr(HipStore) store = hip_cli_open_store (TRUE);

  return store != NULL ? hip_coach_new (store) : NULL;
}

static gboolean
has_path (const char *path,
          const char *option)
{
  if (path != NULL && *path != '\0')
    return TRUE;
  g_printerr (_("--%s needs a file name\n"), option);
  return FALSE;
}

int
hip_cli_export_programme (const char *path)
{
  g_autoptr(HipCoach) coach = NULL;
  g_autoptr(GError) error = NULL;

  if (!has_path (path, "export-programme"))
    return 2;
  coach = open_coach ();
  if (coach == NULL)
    return 1;
  if (!hip_coach_export_programme (coach, path, &error))
    {
      g_printerr (_("Could not export to %s: %s\n"), path, error->message);
      return 1;
    }
  g_printerr (_("Exported the active programme to %s\n"), path);
  return 0;
}

/* What the import did with each own exercise the file brought, one line each. */
static void
print_own (const HipProgrammeFile *file)
{
  for (guint i = 0; i < file->own->len; i++)
    {
      HipExercise *own = file->own->pdata[i];
      const char *name = hip_exercise_get_name (own), *id = hip_exercise_get_id (own);

      switch (g_array_index (file->fates, HipOwnExerciseFate, i))
        {
        case HIP_OWN_EXERCISE_SAME:
          g_print (_("Own exercise “%s” (%s): you have it already, used as it is\n"), name, id);
          break;
        case HIP_OWN_EXERCISE_RENAMED:
          g_print (_("Own exercise “%s”: added with a new id (you have another exercise with "
                     "the id %s)\n"), name, id);
          break;
        case HIP_OWN_EXERCISE_NEW:
        default:
          g_print (_("Own exercise “%s” (%s): added\n"), name, id);
          break;
        }
    }
}

int
hip_cli_import_programme (const char *path)
{
  g_autoptr(HipCoach) coach = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HipProgrammeFile) file = NULL;
  guint n;

  if (!has_path (path, "import-programme"))
    return 2;
  coach = open_coach ();
  if (coach == NULL)
    return 1;
  file = hip_coach_review_programme (coach, path, &error);
  if (file == NULL || !hip_coach_import_programme (coach, file, TRUE, NULL, &error))
    {
      g_printerr (_("Nothing was imported from %s: %s\n"), path, error->message);
      return 1;
    }
  n = hip_programme_file_count_prescriptions (file);
  g_print (_("Added the programme “%s”, now the active one: "), file->name);
  g_print (ngettext ("%u week, ", "%u weeks, ", file->plan->profile.weeks),
           file->plan->profile.weeks);
  g_print (ngettext ("%u session, ", "%u sessions, ", file->plan->sessions->len),
           file->plan->sessions->len);
  g_print (ngettext ("%u exercise prescribed\n", "%u exercises prescribed\n", n), n);
  print_own (file);
  return 0;
}
