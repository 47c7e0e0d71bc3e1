/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The profile file of `strong-hips --generate --profile=FILE`: what it accepts, and the clear
 * errors (naming the key) for what it does not. */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-profile.h"

static void
test_full_profile (void)
{
  static const char text[] =
    "[profile]\n"
    "level=intermediate\n"
    "equipment=mat;band;dumbbell\n"
    "sessions-per-week=4\n"
    "minutes=45\n"
    "pain=3\n"
    "knee-pain=true\n"
    "hip-replacement=posterior\n"
    "weeks=8\n"
    "seed=18446744073709551615\n"
    "load-step=2.5\n";
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  HipProfile profile;

  hip_profile_init (&profile);
  g_assert_true (g_key_file_load_from_data (key_file, text, -1, G_KEY_FILE_NONE, NULL));
  g_assert_true (hip_profile_load_key_file (&profile, key_file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (profile.level, ==, HIP_LEVEL_INTERMEDIATE);
  g_assert_cmpuint (profile.equipment, ==,
                    HIP_EQUIPMENT_MAT | HIP_EQUIPMENT_BAND | HIP_EQUIPMENT_DUMBBELL);
  g_assert_cmpuint (profile.sessions_per_week, ==, 4);
  g_assert_cmpuint (profile.minutes, ==, 45);
  g_assert_cmpuint (profile.pain, ==, 3);
  g_assert_true (profile.knee_pain);
  g_assert_cmpint (profile.hip_replacement, ==, HIP_REPLACEMENT_POSTERIOR);
  g_assert_cmpuint (profile.weeks, ==, 8);
  g_assert_cmpuint (profile.seed, ==, G_MAXUINT64);
  g_assert_cmpfloat (profile.load_step, ==, 2.5);
}

static void
test_defaults_kept (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  HipProfile profile, defaults;

  hip_profile_init (&profile);
  defaults = profile;
  g_assert_true (g_key_file_load_from_data (key_file, "[profile]\nminutes=20\n", -1, 0, NULL));
  g_assert_true (hip_profile_load_key_file (&profile, key_file, NULL));
  g_assert_cmpuint (profile.minutes, ==, 20);
  g_assert_cmpuint (profile.weeks, ==, defaults.weeks);
  g_assert_cmpint (profile.level, ==, defaults.level);
  g_assert_cmpfloat (profile.load_step, ==, 1.0);
}

typedef struct
{
  const char *text;
  const char *key;    /* the key the message must name */
} BadCase;

static void
test_bad_profiles (void)
{
  static const BadCase cases[] = {
    { "[profile]\nlevel=expert\n", "level" },
    { "[profile]\nequipment=mat;treadmill\n", "equipment" },
    { "[profile]\nsessions-per-week=0\n", "sessions-per-week" },
    { "[profile]\nsessions-per-week=8\n", "sessions-per-week" },
    { "[profile]\nminutes=4\n", "minutes" },
    { "[profile]\nminutes=thirty\n", "minutes" },
    { "[profile]\npain=11\n", "pain" },
    { "[profile]\npain=-1\n", "pain" },
    { "[profile]\nknee-pain=sometimes\n", "knee-pain" },
    { "[profile]\nhip-replacement=lateral\n", "hip-replacement" },
    { "[profile]\nweeks=3\n", "weeks" },
    { "[profile]\nweeks=13\n", "weeks" },
    { "[profile]\nseed=1.5\n", "seed" },
    { "[profile]\ncolour=blue\n", "colour" },
    { "[other]\nlevel=beginner\n", "[profile]" },
    { "[profile]\nreplacement-weeks=6000\n", "replacement-weeks" },
    { "[profile]\nload-step=0.1\n", "load-step" },
    { "[profile]\nload-step=12\n", "load-step" },
    { "[profile]\nload-step=2,5\n", "load-step" },
    { "[profile]\nload-step=-1\n", "load-step" },
    { "[profile]\nload-step=nan\n", "load-step" },
    { "[profile]\nload-step=\n", "load-step" },
    /* A value that cannot be read is refused, never taken as "not given" (one stray byte). */
    { "[profile]\nhip-replacement=posterior\xff\n", "hip-replacement" },
    { "[profile]\nknee-pain=true\xfe\n", "knee-pain" },
    { "[profile]\nequipment=band;dumb\xc3\n", "equipment" },
    { "[profile]\nminutes=30\x80\n", "minutes" },
    { "[profile]\nlevel=\xe2\x82\n", "level" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_autoptr(GError) error = NULL;
      HipProfile profile, before;

      hip_profile_init (&profile);
      before = profile;
      g_assert_true (g_key_file_load_from_data (key_file, cases[i].text, -1, 0, NULL));
      g_assert_false (hip_profile_load_key_file (&profile, key_file, &error));
      g_assert_error (error, HIP_PROFILE_ERROR, HIP_PROFILE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].key));
      /* A refused file changes nothing. */
      g_assert_cmpmem (&profile, sizeof profile, &before, sizeof before);
    }
}

/* Files written before catalogue 2 still load: the chair is a household item now, and "none"
 * or an empty list owns nothing. */
static void
test_old_equipment (void)
{
  static const struct { const char *text; HipEquipment equipment; } cases[] = {
    { "[profile]\nequipment=chair;mat\n", HIP_EQUIPMENT_MAT },
    { "[profile]\nequipment=chair\n", HIP_EQUIPMENT_NONE },
    { "[profile]\nequipment=none\n", HIP_EQUIPMENT_NONE },
    { "[profile]\nequipment=\n", HIP_EQUIPMENT_NONE },
    { "[profile]\nequipment=kettlebell, band\n", HIP_EQUIPMENT_KETTLEBELL | HIP_EQUIPMENT_BAND },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_autoptr(GError) error = NULL;
      HipProfile profile;

      hip_profile_init (&profile);
      profile.equipment = HIP_EQUIPMENT_STEP;
      g_assert_true (g_key_file_load_from_data (key_file, cases[i].text, -1, 0, NULL));
      g_assert_true (hip_profile_load_key_file (&profile, key_file, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (profile.equipment, ==, cases[i].equipment);
    }
}

/* A kettlebell serves exercises that take a dumbbell or a kettlebell. */
static void
test_equipment_choice (void)
{
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (catalogue)), served = 0;
  HipProfile profile;

  hip_profile_init (&profile);
  profile.level = HIP_LEVEL_ADVANCED;
  profile.equipment = HIP_EQUIPMENT_KETTLEBELL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);

      HipEquipment choice = hip_exercise_get_equipment_choice (e);

      if ((choice & HIP_EQUIPMENT_KETTLEBELL) == 0 ||
          (hip_exercise_get_equipment (e) & ~choice) != 0)
        continue;
      g_assert_false (hip_profile_excludes (&profile, e));
      served++;
    }
  g_assert_cmpuint (served, >=, 3);
}

static void
test_not_a_key_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "profile.ini", NULL);
  g_autoptr(GError) error = NULL;
  HipProfile profile;

  hip_profile_init (&profile);
  g_assert_true (g_file_set_contents (path, "this is { not a key file\n", -1, NULL));
  g_assert_false (hip_profile_load_file (&profile, path, &error));
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_remove (path);
  g_assert_false (hip_profile_load_file (&profile, path, &error));
  g_rmdir (dir);
}

/* SCIENCE.md §6 rule 5: equipment not owned and contraindications exclude an exercise. */
static void
test_exclusions (void)
{
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (NULL);
  HipExercise *clam_band = hip_catalogue_lookup (catalogue, "banded-clamshell");
  HipProfile profile;
  guint excluded = 0, n = g_list_model_get_n_items (G_LIST_MODEL (catalogue));

  hip_profile_init (&profile);
  g_assert_true (hip_profile_excludes (&profile, clam_band));   /* no band */
  profile.equipment |= HIP_EQUIPMENT_BAND;
  g_assert_false (hip_profile_excludes (&profile, clam_band));

  profile.equipment = HIP_EQUIPMENT_ALL;
  profile.hip_replacement = HIP_REPLACEMENT_POSTERIOR;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      gboolean contraindicated =
        hip_exercise_get_contraindication (e, HIP_CONDITION_POSTERIOR_HIP_REPLACEMENT) != NULL;

      g_assert_cmpint (hip_profile_excludes (&profile, e), ==, contraindicated);
      excluded += contraindicated;
    }
  g_assert_cmpuint (excluded, >, 0);
}

/* The file's text in a message is cut to 60 characters with its control characters escaped:
 * values, unknown keys and GKeyFile's own messages, which quote a line; /dev/zero is refused
 * at once. */
static void
test_echoes (void)
{
  static const struct
  {
    const char *text;
    const char *said;
  } cases[] = {
    { "[profile]\nlevel=\x1b[2Jexpert\n", "Key “level”: unknown value “\\x1b[2Jexpert”" },
    { "[profile]\nminutes=\x1b]0;owned\x07\n", "“\\x1b]0;owned\\x07” is not a whole number" },
    { "[profile]\ncol\x1bour=blue\n", "Key “col\\x1bour”: not a profile key" },
    { "[profile]\nequipment=mat;" "\xe2\x80\xae" "band\n", "unknown equipment “\\u202eband”" },
    { "[profile]\nlevel=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
      "unknown value “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”" },
    { "[profile]\n\x1b[31mjunk\n", "\\x1b[31mjunk" },
  };
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "profile.ini", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      HipProfile profile;

      hip_profile_init (&profile);
      g_assert_true (g_file_set_contents (path, cases[i].text, -1, NULL));
      g_assert_false (hip_profile_load_file (&profile, path, &error));
      g_assert_error (error, HIP_PROFILE_ERROR, HIP_PROFILE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].said));
      g_assert_null (strchr (error->message, '\x1b'));
      g_assert_null (strstr (error->message, "\xe2\x80\xae"));
    }
  {
    g_autoptr(GError) error = NULL;
    HipProfile profile;

    hip_profile_init (&profile);
    g_assert_false (hip_profile_load_file (&profile, "/dev/zero", &error));
    g_assert_error (error, HIP_PROFILE_ERROR, HIP_PROFILE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "the file is larger than"));
  }
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/profile/full", test_full_profile);
  g_test_add_func ("/core/profile/defaults-kept", test_defaults_kept);
  g_test_add_func ("/core/profile/bad", test_bad_profiles);
  g_test_add_func ("/core/profile/echoes", test_echoes);
  g_test_add_func ("/core/profile/not-a-key-file", test_not_a_key_file);
  g_test_add_func ("/core/profile/old-equipment", test_old_equipment);
  g_test_add_func ("/core/profile/equipment-choice", test_equipment_choice);
  g_test_add_func ("/core/profile/exclusions", test_exclusions);

  return g_test_run ();
}
