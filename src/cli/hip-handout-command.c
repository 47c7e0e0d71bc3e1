/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `--export-pdf=FILE [--week=N] [--profile=FILE]`: the printed handout, headless, on A4. With
 * --profile the plan is generated for that profile exactly as --generate makes it and the
 * person's database is never opened; without it, the active programme is read from it. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-handout.h"
#include "hip-handout-command.h"
#include "hip-cli-store.h"
#include "hip-planner.h"
#include "hip-store.h"

/* The plan for --profile, as --generate makes it; NULL (said why) when the file is refused. */
static HipPlan *
plan_for_profile (const char    *path,
                  HipCatalogue **catalogue)
{
  g_autoptr(GError) error = NULL;
  HipProfile profile;

  hip_profile_init (&profile);
  if (!hip_profile_load_file (&profile, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  *catalogue = hip_catalogue_new_default (&error);
  if (*catalogue == NULL)
    {
      g_printerr (_("Could not load the exercise catalogue: %s\n"), error->message);
      return NULL;
    }
  return hip_planner_generate (&profile, G_LIST_MODEL (*catalogue));
}

/* The active programme and its name; NULL (said why) when there is none. The database is not
 * created when there is none yet. */
static HipPlan *
active_plan (char **name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(HipStore) store = NULL;
  g_autoptr(HipCoach) coach = NULL;
  g_autoptr(GPtrArray) programmes = NULL;
  HipPlan *plan;
  gint64 id;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("You have no programme yet: make one in Strong Hips, or give "
                    "--profile=FILE\n"));
      return NULL;
    }
  store = hip_cli_open_store (TRUE);
  if (store == NULL)
    return NULL;
  coach = hip_coach_new (store);
  plan = hip_coach_get_plan (coach, &id);
  if (plan == NULL)
    {
      g_printerr (_("You have no programme yet: make one in Strong Hips, or give "
                    "--profile=FILE\n"));
      return NULL;
    }
  programmes = hip_coach_list_programmes (coach, NULL);
  for (guint i = 0; programmes != NULL && i < programmes->len; i++)
    {
      HipProgrammeInfo *info = programmes->pdata[i];

      if (info->id == id)
        *name = g_strdup (info->name);
    }
  return hip_plan_copy (plan);
}

/**
 * hip_handout_command_run:
 * @path: the PDF to write
 * @week: (nullable): --week's text; NULL for week 1
 * @profile: (nullable): a profile file to plan for, instead of the active programme
 *
 * Returns: the exit status: 0 written, 1 refused or failed, 2 a bad command line
 */
int
hip_handout_command_run (const char *path,
                         const char *week,
                         const char *profile)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = NULL;
  g_autoptr(HipMotionLibrary) motions = NULL;
  g_autoptr(HipPlan) plan = NULL;
  g_autofree char *name = NULL;
  HipHandout handout = { 0 };
  guint64 number = 1;

  if (path == NULL || *path == '\0')
    {
      g_printerr (_("--export-pdf needs a file name\n"));
      return 2;
    }
  if (week != NULL && !g_ascii_string_to_unsigned (week, 10, 1, G_MAXUINT32, &number, NULL))
    {
      g_printerr (_("--week must be a week of the programme, a whole number from 1\n"));
      return 2;
    }
  if (profile != NULL && *profile == '\0')
    {
      g_printerr (_("--profile needs a file name\n"));
      return 2;
    }
  plan = profile != NULL ? plan_for_profile (profile, &catalogue) : active_plan (&name);
  if (plan == NULL)
    return 1;

  motions = hip_motion_library_new ();
  handout.plan = plan;
  handout.name = name;
  handout.week = number;
  handout.motions = motions;
  if (!hip_handout_check (&handout, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (!hip_handout_write_pdf (&handout, path, &error))
    {
      g_printerr (_("Could not write the handout: %s\n"), error->message);
      return 1;
    }
  /* Translators: %u is the number of pages, %s the file */
  g_printerr (ngettext ("Wrote %u page to %s\n", "Wrote %u pages to %s\n",
                        hip_handout_n_pages (&handout)),
              hip_handout_n_pages (&handout), path);
  return 0;
}
