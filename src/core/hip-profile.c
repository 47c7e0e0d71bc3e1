/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The person's profile, and reading it from the key file of `strong-hips --generate
 * --profile=FILE`. Every error names the key that is wrong, so a person can fix the file. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-exercise.h"
#include "hip-input.h"
#include "hip-profile.h"
#include "hip-vocabulary.h"

#define GROUP "profile"

G_DEFINE_QUARK (hip-profile-error-quark, hip_profile_error)

/* A beginner who owns nothing, three 30-minute sessions a week, six weeks: the defaults of
 * SCIENCE.md §2 and §8. */
void
hip_profile_init (HipProfile *profile)
{
  *profile = (HipProfile) {
    .level = HIP_LEVEL_BEGINNER,
    .equipment = HIP_EQUIPMENT_NONE,
    .sessions_per_week = 3,
    .minutes = 30,
    .pain = 0,
    .knee_pain = FALSE,
    .hip_replacement = HIP_REPLACEMENT_NONE,
    .weeks = 6,
    .seed = 1,
    .load_step = HIP_PROFILE_DEFAULT_LOAD_STEP,
    .units = HIP_UNITS_KILOGRAMS,
  };
}

static gboolean
invalid (GError    **error,
         const char *key,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError    **error,
         const char *key,
         const char *format,
         ...)
{
  g_autofree char *reason = NULL;
  g_autofree char *shown_key = hip_input_echo (key, -1);   /* an unknown key is the file's */
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: "key" is a key of the profile file, e.g. “minutes”: then why it is wrong */
  g_set_error (error, HIP_PROFILE_ERROR, HIP_PROFILE_ERROR_INVALID, _("Key “%s”: %s"),
               shown_key, reason);
  return FALSE;
}

/* As invalid(), for a reason whose one `%s` is @text of the file, shown through
 * hip_input_echo(). */
static gboolean
invalid_echo (GError     **error,
              const char  *key,
              const char  *format,
              const char  *text)
{
  g_autofree char *shown = hip_input_echo (text, -1);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return invalid (error, key, format, shown);
#pragma GCC diagnostic pop
}

/* The value of @key as text, or %NULL with *@present unset when the file leaves it out. A value
 * that cannot be read (not UTF-8) is an error naming the key, never the same as no value. */
static char *
read_text (GKeyFile    *key_file,
           const char  *key,
           gboolean    *present,
           GError     **error)
{
  g_autoptr(GError) local = NULL;
  char *text;

  *present = g_key_file_has_key (key_file, GROUP, key, NULL);
  if (!*present)
    return NULL;
  text = g_key_file_get_string (key_file, GROUP, key, &local);
  if (text == NULL)
    {
      /* GKeyFile's message quotes the value. */
      g_autofree char *shown = hip_input_echo_full (local->message, -1, 200);

      invalid (error, key, _("the value cannot be read (%s)"), shown);
    }
  return text;
}

static gboolean
read_number (GKeyFile    *key_file,
             const char  *key,
             guint64      min,
             guint64      max,
             guint64     *value,
             GError     **error)
{
  gboolean present;
  g_autofree char *text = read_text (key_file, key, &present, error);

  if (!present)
    return TRUE;
  if (text == NULL)
    return FALSE;
  if (!g_ascii_string_to_unsigned (g_strstrip (text), 10, min, max, value, NULL))
    {
      /* The bounds as text: a G_GUINT64_FORMAT inside the message cut it short for xgettext,
       * and its translation never matched. */
      g_autofree char *low = g_strdup_printf ("%" G_GUINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GUINT64_FORMAT, max);
      g_autofree char *shown = hip_input_echo (text, -1);

      return invalid (error, key, _("“%s” is not a whole number from %s to %s"), shown, low,
                      high);
    }
  return TRUE;
}

/* A decimal number with a point, whatever the locale: "2.5". */
static gboolean
read_decimal (GKeyFile    *key_file,
              const char  *key,
              double       min,
              double       max,
              double      *value,
              GError     **error)
{
  gboolean present;
  g_autofree char *text = read_text (key_file, key, &present, error);
  char *end = NULL;
  double v;

  if (!present)
    return TRUE;
  if (text == NULL)
    return FALSE;
  g_strstrip (text);
  v = g_ascii_strtod (text, &end);
  if (!g_ascii_isdigit (*text) || end == text || *end != '\0' || !(v >= min && v <= max))
    {
      char low[G_ASCII_DTOSTR_BUF_SIZE], high[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *shown = hip_input_echo (text, -1);

      return invalid (error, key, _("“%s” is not a number from %s to %s"), shown,
                      g_ascii_dtostr (low, sizeof low, min),
                      g_ascii_dtostr (high, sizeof high, max));
    }
  *value = v;
  return TRUE;
}

static gboolean
read_enum (GKeyFile    *key_file,
           const char  *key,
           GType        type,
           int         *value,
           GError     **error)
{
  gboolean present;
  g_autofree char *text = read_text (key_file, key, &present, error);

  if (!present)
    return TRUE;
  if (text == NULL)
    return FALSE;
  if (!hip_enum_from_nick (type, g_strstrip (text), value))
    return invalid_echo (error, key, _("unknown value “%s”"), text);
  return TRUE;
}

static gboolean
read_equipment (GKeyFile      *key_file,
                HipEquipment  *equipment,
                GError       **error)
{
  gboolean present;
  g_autofree char *text = read_text (key_file, "equipment", &present, error);
  g_auto(GStrv) items = NULL;

  if (!present)
    return TRUE;
  if (text == NULL)
    return FALSE;
  items = g_strsplit_set (text, ";,", -1);
  *equipment = HIP_EQUIPMENT_NONE;
  for (guint i = 0; items[i] != NULL; i++)
    {
      HipEquipment one;

      if (*g_strstrip (items[i]) == '\0' || strcmp (items[i], "none") == 0)
        continue;
      /* Files written before catalogue 2 list the chair, which everyone has (SCIENCE.md §8). */
      if (strcmp (items[i], "chair") == 0)
        continue;
      if (!hip_equipment_from_nick (items[i], &one))
        return invalid_echo (error, "equipment", _("unknown equipment “%s”"), items[i]);
      *equipment |= one;
    }
  return TRUE;
}

static gboolean
read_boolean (GKeyFile    *key_file,
              const char  *key,
              gboolean    *value,
              GError     **error)
{
  gboolean present;
  g_autofree char *text = read_text (key_file, key, &present, error);

  if (!present)
    return TRUE;
  if (text == NULL)
    return FALSE;
  g_strstrip (text);
  if (strcmp (text, "true") == 0)
    *value = TRUE;
  else if (strcmp (text, "false") == 0)
    *value = FALSE;
  else
    return invalid_echo (error, key, _("“%s” is neither true nor false"), text);
  return TRUE;
}

static gboolean
check_keys (GKeyFile  *key_file,
            GError   **error)
{
  static const char *known[] = {
    "level", "equipment", "sessions-per-week", "minutes", "pain", "knee-pain",
    "hip-replacement", "replacement-weeks", "weeks", "seed", "load-step", NULL,
  };
  g_auto(GStrv) keys = g_key_file_get_keys (key_file, GROUP, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (!g_strv_contains (known, keys[i]))
      return invalid (error, keys[i], _("not a profile key"));
  return TRUE;
}

/**
 * hip_profile_load_key_file:
 * @profile: (inout): a profile; keys the file leaves out keep their value
 * @key_file: a key file with a `[profile]` group
 * @error: set, naming the key, when a value is unknown or out of range
 *
 * Returns: %TRUE when every key was read; on %FALSE @profile is unchanged
 */
gboolean
hip_profile_load_key_file (HipProfile  *profile,
                           GKeyFile    *key_file,
                           GError     **error)
{
  HipProfile p = *profile;
  guint64 sessions = p.sessions_per_week, minutes = p.minutes, pain = p.pain, weeks = p.weeks;
  guint64 seed = p.seed, replacement_weeks = p.replacement_weeks;
  int level = p.level, replacement = p.hip_replacement;

  g_return_val_if_fail (profile != NULL, FALSE);

  if (!g_key_file_has_group (key_file, GROUP))
    {
      g_set_error (error, HIP_PROFILE_ERROR, HIP_PROFILE_ERROR_INVALID,
                   _("This is not a Strong Hips profile: it has no [profile] group"));
      return FALSE;
    }

  if (!check_keys (key_file, error) ||
      !read_enum (key_file, "level", HIP_TYPE_LEVEL, &level, error) ||
      !read_equipment (key_file, &p.equipment, error) ||
      !read_number (key_file, "sessions-per-week", HIP_PROFILE_MIN_SESSIONS,
                    HIP_PROFILE_MAX_SESSIONS, &sessions, error) ||
      !read_number (key_file, "minutes", HIP_PROFILE_MIN_MINUTES, HIP_PROFILE_MAX_MINUTES,
                    &minutes, error) ||
      !read_number (key_file, "pain", 0, 10, &pain, error) ||
      !read_boolean (key_file, "knee-pain", &p.knee_pain, error) ||
      !read_enum (key_file, "hip-replacement", HIP_TYPE_REPLACEMENT, &replacement, error) ||
      !read_number (key_file, "replacement-weeks", 0, HIP_PROFILE_MAX_REPLACEMENT_WEEKS,
                    &replacement_weeks, error) ||
      !read_number (key_file, "weeks", HIP_PROFILE_MIN_WEEKS, HIP_PROFILE_MAX_WEEKS, &weeks,
                    error) ||
      !read_number (key_file, "seed", 0, G_MAXUINT64, &seed, error) ||
      !read_decimal (key_file, "load-step", HIP_PROFILE_MIN_LOAD_STEP, HIP_PROFILE_MAX_LOAD_STEP,
                     &p.load_step, error))
    return FALSE;

  p.level = level;
  p.hip_replacement = replacement;
  p.sessions_per_week = sessions;
  p.minutes = minutes;
  p.pain = pain;
  p.weeks = weeks;
  p.seed = seed;
  p.replacement_weeks = replacement_weeks;
  *profile = p;
  return TRUE;
}

/* Reads @path; a file that is not a key file is refused with a message that says so. */
gboolean
hip_profile_load_file (HipProfile  *profile,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) local = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  /* Read with a bound, as every file a person names; GKeyFile's message may quote a line. */
  if (!hip_input_read_file (path, HIP_INPUT_MAX_FILE, &data, &length, &local) ||
      !g_key_file_load_from_data (key_file, data, length, G_KEY_FILE_NONE, &local))
    {
      g_autofree char *shown = hip_input_echo_full (local->message, -1, 200);

      g_set_error (error, HIP_PROFILE_ERROR, HIP_PROFILE_ERROR_INVALID,
                   _("Could not read the profile “%s”: %s"), path, shown);
      return FALSE;
    }
  return hip_profile_load_key_file (profile, key_file, error);
}

/**
 * hip_profile_excludes:
 *
 * Whether @exercise must never appear in a plan for @profile (SCIENCE.md §6 rule 5): it needs
 * equipment the person does not own, or it is contraindicated for their knee pain or hip
 * replacement.
 */
gboolean
hip_profile_excludes (const HipProfile *profile,
                      HipExercise      *exercise)
{
  if (!hip_exercise_can_do_with (exercise, profile->equipment))
    return TRUE;
  if (profile->knee_pain &&
      hip_exercise_get_contraindication (exercise, HIP_CONDITION_KNEE_PAIN) != NULL)
    return TRUE;
  if (profile->hip_replacement == HIP_REPLACEMENT_POSTERIOR &&
      hip_exercise_get_contraindication (exercise, HIP_CONDITION_POSTERIOR_HIP_REPLACEMENT) != NULL)
    return TRUE;
  if (profile->hip_replacement == HIP_REPLACEMENT_ANTERIOR &&
      hip_exercise_get_contraindication (exercise, HIP_CONDITION_ANTERIOR_HIP_REPLACEMENT) != NULL)
    return TRUE;
  return FALSE;
}
