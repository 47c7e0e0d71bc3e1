/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What an import adds and skips, counted and put in words: the command line prints
 * hip_import_describe(), and the review dialog shows the same counts. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-import.h"
#include "hip-input.h"

guint
hip_import_count_sets (HipImport *self)
{
  guint n = 0;

  for (guint w = 0; w < self->workouts->len; w++)
    n += ((HipWorkout *) self->workouts->pdata[w])->sets->len;
  return n;
}

/* The lines not added as sets, for whatever reason. */
guint
hip_import_count_skipped (HipImport *self)
{
  return self->n_warm_up + self->n_cardio + self->n_other;
}

/**
 * hip_import_recount:
 *
 * Counts each match's sets again, and drops the workouts left with none and the new
 * exercises no set names, after sets were taken out (those already in the log).
 */
void
hip_import_recount (HipImport *self)
{
  /* By tables, not each set against each match: a large file has many of both. */
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);   /* id → sets */
  gsize n = 0;
  g_autofree gpointer *workouts = g_ptr_array_steal (self->workouts, &n);
  g_autofree gpointer *exercises = NULL;

  for (gsize w = 0; w < n; w++)
    {
      HipWorkout *workout = workouts[w];

      if (workout->sets->len == 0)
        {
          hip_workout_free (workout);
          continue;
        }
      g_ptr_array_add (self->workouts, workout);
      for (guint i = 0; i < workout->sets->len; i++)
        {
          const char *id = ((HipLoggedSet *) workout->sets->pdata[i])->exercise_id;

          g_hash_table_insert (counts, (gpointer) id,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                                                                        id)) + 1));
        }
    }
  for (guint m = 0; m < self->matches->len; m++)
    {
      HipImportMatch *match = self->matches->pdata[m];

      match->n_sets = GPOINTER_TO_UINT (g_hash_table_lookup (counts, match->exercise_id));
    }
  exercises = g_ptr_array_steal (self->new_exercises, &n);
  for (gsize e = 0; e < n; e++)
    if (g_hash_table_contains (counts, hip_exercise_get_id (exercises[e])))
      g_ptr_array_add (self->new_exercises, exercises[e]);
    else
      g_object_unref (exercises[e]);
}

const char *
hip_import_format_name (HipImportFormat format)
{
  switch (format)
    {
    case HIP_IMPORT_FORMAT_OWN:
      return _("Strong Hips CSV");
    case HIP_IMPORT_FORMAT_STRONG:
      return _("Strong");
    case HIP_IMPORT_FORMAT_STRONG_OLD:
      return _("Strong (older form)");
    case HIP_IMPORT_FORMAT_FITNOTES:
      return _("FitNotes");
    case HIP_IMPORT_FORMAT_HEVY:
      return _("Hevy");
    case HIP_IMPORT_FORMAT_JEFIT:
      return _("JEFIT");
    default:
      g_assert_not_reached ();
    }
}

static void
describe_matches (HipImport *self,
                  GString   *out,
                  gboolean   is_new)
{
  for (guint m = 0; m < self->matches->len; m++)
    {
      HipImportMatch *match = self->matches->pdata[m];

      g_autofree char *theirs = hip_exercise_names_normalize (match->their_name);
      g_autofree char *ours = hip_exercise_names_normalize (match->our_name);
      g_autofree char *their_shown = hip_input_echo (match->their_name, -1);
      g_autofree char *our_shown = hip_input_echo (match->our_name, -1);

      if (match->is_new != is_new || match->n_sets == 0)
        continue;
      /* The names come from a file: shortened, and nothing in them reaches the terminal. */
      g_string_append_printf (out, "  %s", their_shown);
      if (!is_new && strcmp (theirs, ours) != 0)
        g_string_append_printf (out, " → %s", our_shown);
      g_string_append_printf (out, ngettext (": %u set\n", ": %u sets\n", match->n_sets),
                              match->n_sets);
    }
}

/**
 * hip_import_describe:
 *
 * Returns: (transfer full): what an import would add and skip, in lines of text, as the
 *   command line prints it
 */
char *
hip_import_describe (HipImport *self)
{
  GString *out = g_string_new (NULL);
  guint sets = hip_import_count_sets (self);
  guint skipped = hip_import_count_skipped (self);
  g_autofree char *workouts = g_strdup_printf (ngettext ("%u workout", "%u workouts",
                                                         self->workouts->len),
                                               self->workouts->len);

  /* Translators: the file's format, then "3 workouts", then a number of sets */
  g_string_append_printf (out, ngettext ("%s: %s, %u set to add\n", "%s: %s, %u sets to add\n",
                                         sets), hip_import_format_name (self->format), workouts,
                          sets);
  if (self->matches->len > 0 && sets > 0)
    g_string_append (out, _("Exercises of ours:\n"));
  describe_matches (self, out, FALSE);
  if (self->new_exercises->len > 0)
    g_string_append (out, _("New exercises of your own:\n"));
  describe_matches (self, out, TRUE);
  g_string_append_printf (out, ngettext ("Skipped: %u row\n", "Skipped: %u rows\n", skipped),
                          skipped);
  g_string_append_printf (out, _("  Warm-up sets: %u\n"), self->n_warm_up);
  g_string_append_printf (out, _("  Cardio and distance: %u\n"), self->n_cardio);
  g_string_append_printf (out, _("  Rest timers, empty or out of range: %u\n"), self->n_other);
  g_string_append_printf (out, ngettext ("Already in your log: %u set\n",
                                         "Already in your log: %u sets\n", self->n_known),
                          self->n_known);
  return g_string_free (out, FALSE);
}
