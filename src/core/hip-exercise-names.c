/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exercise names as other trackers write them, and the exercise of ours each one is. A name is
 * looked up in the table below first (the common names of Strong, Hevy, FitNotes and JEFIT,
 * whose words differ from ours: "Hip Thrust (Barbell)"), then among our exercises' names and
 * synonyms, ignoring case, accents, punctuation and a bodyweight or small-equipment note in
 * brackets. A loaded variant ("(Barbell)", "(Machine)") is matched only through the table, so
 * that a barbell's load never lands on a bodyweight exercise. README.md lists the table. */

#include "config.h"

#include <string.h>

#include "hip-exercise-names.h"

struct _HipExerciseNames
{
  GHashTable *by_name;   /* normalised name or synonym → id */
  GHashTable *names;     /* id → name */
};

/* Their name → our id; the names are compared normalised. */
static const struct { const char *theirs; const char *ours; } common_names[] = {
  { "Hip Thrust (Barbell)", "barbell-hip-thrust" },
  { "Barbell Hip Thrust", "barbell-hip-thrust" },
  { "Hip Thrust (Smith Machine)", "barbell-hip-thrust" },
  { "Hip Thrust (Dumbbell)", "hip-thrust" },
  { "Hip Thrust (Bodyweight)", "hip-thrust" },
  { "Hip Thrust", "hip-thrust" },
  { "Glute Bridge (Barbell)", "glute-bridge" },
  { "Barbell Glute Bridge", "glute-bridge" },
  { "Single Leg Glute Bridge", "single-leg-bridge" },
  { "Single Leg Hip Thrust", "single-leg-bridge" },
  { "Lateral Lunge (Dumbbell)", "goblet-lateral-lunge" },
  { "Lateral Lunge (Kettlebell)", "goblet-lateral-lunge" },
  { "Side Lunge (Dumbbell)", "goblet-lateral-lunge" },
  { "Lunge (Dumbbell)", "forward-lunge" },
  { "Lunge (Barbell)", "forward-lunge" },
  { "Dumbbell Lunge", "forward-lunge" },
  { "Walking Lunge (Dumbbell)", "dumbbell-walking-lunge" },
  { "Dumbbell Walking Lunge", "dumbbell-walking-lunge" },
  { "Reverse Lunge (Dumbbell)", "reverse-lunge" },
  { "Reverse Lunge (Barbell)", "reverse-lunge" },
  { "Split Squat (Dumbbell)", "split-squat" },
  { "Curtsy Lunge (Dumbbell)", "curtsy-lunge" },
  { "Goblet Squat (Kettlebell)", "goblet-squat" },
  { "Goblet Squat (Dumbbell)", "goblet-squat" },
  { "Kettlebell Goblet Squat", "goblet-squat" },
  { "Step Up (Dumbbell)", "step-up" },
  { "Dumbbell Step Up", "step-up" },
  { "Romanian Deadlift (Barbell)", "romanian-deadlift" },
  { "Romanian Deadlift (Dumbbell)", "romanian-deadlift" },
  { "Barbell Romanian Deadlift", "romanian-deadlift" },
  { "Dumbbell Romanian Deadlift", "romanian-deadlift" },
  { "Single Leg Romanian Deadlift (Dumbbell)", "single-leg-romanian-deadlift" },
  { "Single Leg Romanian Deadlift (Kettlebell)", "single-leg-romanian-deadlift" },
  { "Copenhagen Plank", "copenhagen-plank-long" },
  { "Copenhagen Side Plank", "copenhagen-plank-long" },
  { "Copenhagen Adductor", "copenhagen-plank-long" },
  { "Clamshell (Band)", "banded-clamshell" },
  { "Banded Clamshell", "banded-clamshell" },
  { "Hip Abduction (Machine)", "cable-hip-abduction" },
  { "Hip Abduction (Cable)", "cable-hip-abduction" },
  { "Seated Hip Abduction", "cable-hip-abduction" },
  { "Machine Hip Abduction", "cable-hip-abduction" },
  { "Hip Adduction (Machine)", "standing-banded-adduction" },
  { "Hip Adduction (Cable)", "standing-banded-adduction" },
  { "Seated Hip Adduction", "standing-banded-adduction" },
  { "Machine Hip Adduction", "standing-banded-adduction" },
  { "Side Lying Leg Raise", "side-lying-hip-abduction" },
  { "Lying Side Leg Raise", "side-lying-hip-abduction" },
  { "Side Lying Hip Abduction", "side-lying-hip-abduction" },
  { "Side Lying Adduction", "side-lying-hip-adduction" },
  { "Glute Kickback (Cable)", "standing-band-hip-extension" },
  { "Glute Kickback (Band)", "standing-band-hip-extension" },
  { "Cable Kickback", "standing-band-hip-extension" },
  { "Donkey Kick", "quadruped-hip-extension" },
  { "Lateral Band Walk", "banded-lateral-walk" },
  { "Band Lateral Walk", "banded-lateral-walk" },
  { "Banded Side Step", "banded-lateral-walk" },
  { "Hip Flexion (Cable)", "cable-hip-flexion" },
  { "Standing Cable Hip Flexion", "cable-hip-flexion" },
  { "Hip Flexor Stretch", "half-kneeling-hip-flexor-stretch" },
  { "Pigeon Stretch", "figure-four-stretch" },
  { "Plank", "front-plank" },
  { "Side Plank", "side-plank" },
  { "Dead Bug", "dead-bug" },
  { "Bird Dog", "bird-dog" },
  { "Pallof Press (Cable)", "pallof-press" },
  { "Pallof Press (Band)", "pallof-press" },
  { "Good Morning (Bodyweight)", "hip-hinge" },
  { "Box Squat (Bodyweight)", "sit-to-stand" },
  { "Bodyweight Squat to Box", "sit-to-stand" },
};

/* A note in brackets that says no more than that a name is done with the body's weight or with
 * small equipment: the same movement, and the same exercise, as ours. */
static const char *light_notes[] = {
  "bodyweight", "band", "bands", "dumbbell", "kettlebell", "weighted", "assisted", "mat",
};

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/**
 * hip_exercise_names_normalize:
 * @name: UTF-8 text
 *
 * The form names are compared in: case folded, accents dropped, every run of characters that
 * are not letters or digits one space, none at either end ("Side-lying  Clamshell" and
 * "side lying clamshell" are the same).
 *
 * Returns: (transfer full): the normalised name
 */
char *
hip_exercise_names_normalize (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_autofree char *split = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = split; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_mark (c))
        continue;
      if (!g_unichar_isalnum (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * hip_exercise_names_new:
 *
 * Returns: (transfer full): an empty index of names; add our exercises to it
 */
HipExerciseNames *
hip_exercise_names_new (void)
{
  HipExerciseNames *self = g_new0 (HipExerciseNames, 1);

  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
hip_exercise_names_free (HipExerciseNames *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_name);
  g_hash_table_unref (self->names);
  g_free (self);
}

/* The first exercise to claim a name keeps it: add the catalogue before the person's own. */
static void
claim (HipExerciseNames *self,
       const char       *name,
       const char       *id)
{
  char *key = hip_exercise_names_normalize (name);

  if (*key == '\0' || g_hash_table_contains (self->by_name, key))
    g_free (key);
  else
    g_hash_table_insert (self->by_name, key, g_strdup (id));
}

/**
 * hip_exercise_names_add:
 *
 * Makes @exercise's name and synonyms known.
 */
void
hip_exercise_names_add (HipExerciseNames *self,
                        HipExercise      *exercise)
{
  const char *id = hip_exercise_get_id (exercise);
  const char * const *synonyms = hip_exercise_get_synonyms (exercise);

  g_return_if_fail (self != NULL);
  g_return_if_fail (HIP_IS_EXERCISE (exercise));

  g_hash_table_insert (self->names, g_strdup (id), g_strdup (hip_exercise_get_name (exercise)));
  claim (self, hip_exercise_get_name (exercise), id);
  for (guint i = 0; synonyms != NULL && synonyms[i] != NULL; i++)
    claim (self, synonyms[i], id);
}

static const char *
lookup_table (HipExerciseNames *self,
              const char       *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (common_names); i++)
    {
      g_autofree char *theirs = hip_exercise_names_normalize (common_names[i].theirs);

      /* Only ids this index knows: the table may name one a catalogue no longer has. */
      if (strcmp (theirs, key) == 0 && g_hash_table_contains (self->names, common_names[i].ours))
        return common_names[i].ours;
    }
  return NULL;
}

/* @name without a last word in brackets that is one of light_notes, or NULL. */
static char *
strip_light_note (const char *name)
{
  const char *open = strrchr (name, '(');
  g_autofree char *note = NULL;

  if (open == NULL || strchr (open, ')') == NULL)
    return NULL;
  note = hip_exercise_names_normalize (open);
  for (guint i = 0; i < G_N_ELEMENTS (light_notes); i++)
    if (strcmp (note, light_notes[i]) == 0)
      return g_strndup (name, open - name);
  return NULL;
}

/**
 * hip_exercise_names_lookup:
 * @their_name: a name as another tracker writes it
 *
 * Returns: (nullable): the id of our exercise it is, or %NULL for none
 */
const char *
hip_exercise_names_lookup (HipExerciseNames *self,
                           const char       *their_name)
{
  g_autofree char *key = hip_exercise_names_normalize (their_name);
  g_autofree char *plain = strip_light_note (their_name);
  const char *id;

  g_return_val_if_fail (self != NULL, NULL);

  if ((id = lookup_table (self, key)) != NULL)
    return id;
  if ((id = g_hash_table_lookup (self->by_name, key)) != NULL)
    return id;
  if (plain != NULL)
    {
      g_autofree char *plain_key = hip_exercise_names_normalize (plain);

      return g_hash_table_lookup (self->by_name, plain_key);
    }
  return NULL;
}

/* Returns: (nullable): the name of exercise @id, when it was added */
const char *
hip_exercise_names_get_name (HipExerciseNames *self,
                             const char       *id)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->names, id);
}
