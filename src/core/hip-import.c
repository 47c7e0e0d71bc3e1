/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading other trackers' exports (and our own CSV) into workouts, before anything is stored.
 * The format is recognised by its header line; each format is a row of `formats` naming the
 * columns read. Every line becomes a set, or is skipped and counted (warm-up sets, cardio and
 * distance rows, rest timers, empty rows and work beyond the log's limits); a line that cannot
 * be read refuses the whole file, the error naming the line. Exercise names are mapped by
 * hip-exercise-names.c; a name it does not know becomes a new exercise of the person's own.
 * Trackers' sets are numbered again, 1, 2, 3… per exercise, since their numbers count warm-ups.
 * README.md documents each format's mapping: keep the two in step. */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-csv.h"
#include "hip-import.h"
#include "hip-input.h"
#include "hip-store.h"
#include "hip-units.h"

typedef enum
{
  COL_DATE,         /* the workout's start, or its day */
  COL_END,          /* its end (a time) */
  COL_DURATION,     /* its length: "1h 5m" (Strong) or seconds */
  COL_NAME,         /* the exercise */
  COL_ORDER,        /* the set's number; Strong's "W" is a warm-up */
  COL_WEIGHT,
  COL_REPS,
  COL_DISTANCE,
  COL_SECONDS,      /* a timed set: seconds, or FitNotes' h:mm:ss */
  COL_SET_TYPE,     /* Hevy: "warmup", "normal", "failure", "dropset" */
  COL_CATEGORY,     /* FitNotes: "Cardio" rows are skipped */
  COL_UNIT,         /* JEFIT: the weight's unit, row by row */
  COL_RPE,
  N_COLS
} Column;

typedef enum
{
  TIME_LOCAL,       /* YYYY-MM-DD[ HH:MM[:SS]], local time */
  TIME_HEVY,        /* "14 Jan 2024, 18:03", or as TIME_LOCAL */
} TimeForm;

typedef enum
{
  UNIT_CALLER,      /* the file does not say: the person's units */
  UNIT_KG,
  UNIT_LB,
  UNIT_COLUMN,      /* COL_UNIT says, row by row */
} WeightUnit;

typedef struct
{
  HipImportFormat  format;
  const char      *columns[N_COLS];   /* the header's names; NULL where the format has none */
  guint            required;          /* bit mask of the columns that must be there */
  TimeForm         time;
  WeightUnit       unit;
  gboolean         duration_seconds;  /* COL_DURATION is in seconds, not "1h 5m" */
} Format;

#define REQ(c) (1u << (c))

static const Format formats[] = {
  { HIP_IMPORT_FORMAT_STRONG,
    { "Date", NULL, "Duration", "Exercise Name", "Set Order", "Weight", "Reps", "Distance",
      "Seconds", NULL, NULL, NULL, "RPE" },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_ORDER) | REQ (COL_WEIGHT) | REQ (COL_REPS) |
    REQ (COL_DURATION), TIME_LOCAL, UNIT_CALLER, FALSE },
  { HIP_IMPORT_FORMAT_STRONG_OLD,
    { "Date", NULL, "Duration (sec)", "Exercise Name", "Set Order", "Weight (kg)", "Reps",
      "Distance (meters)", "Seconds", NULL, NULL, NULL, "RPE" },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_ORDER) | REQ (COL_WEIGHT) | REQ (COL_REPS) |
    REQ (COL_DURATION), TIME_LOCAL, UNIT_KG, TRUE },
  { HIP_IMPORT_FORMAT_STRONG_OLD,
    { "Date", NULL, "Duration (sec)", "Exercise Name", "Set Order", "Weight (lb)", "Reps",
      "Distance (meters)", "Seconds", NULL, NULL, NULL, "RPE" },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_ORDER) | REQ (COL_WEIGHT) | REQ (COL_REPS) |
    REQ (COL_DURATION), TIME_LOCAL, UNIT_LB, TRUE },
  { HIP_IMPORT_FORMAT_STRONG_OLD,
    { "Date", NULL, "Duration (sec)", "Exercise Name", "Set Order", "Weight (lbs)", "Reps",
      "Distance (meters)", "Seconds", NULL, NULL, NULL, "RPE" },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_ORDER) | REQ (COL_WEIGHT) | REQ (COL_REPS) |
    REQ (COL_DURATION), TIME_LOCAL, UNIT_LB, TRUE },
  { HIP_IMPORT_FORMAT_FITNOTES,
    { "Date", NULL, NULL, "Exercise", NULL, "Weight (kg)", "Reps", "Distance", "Time", NULL,
      "Category", NULL, NULL },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_CATEGORY) | REQ (COL_WEIGHT) | REQ (COL_REPS),
    TIME_LOCAL, UNIT_KG, FALSE },
  { HIP_IMPORT_FORMAT_FITNOTES,
    { "Date", NULL, NULL, "Exercise", NULL, "Weight (lbs)", "Reps", "Distance", "Time", NULL,
      "Category", NULL, NULL },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_CATEGORY) | REQ (COL_WEIGHT) | REQ (COL_REPS),
    TIME_LOCAL, UNIT_LB, FALSE },
  { HIP_IMPORT_FORMAT_HEVY,
    { "start_time", "end_time", NULL, "exercise_title", "set_index", "weight_kg", "reps",
      "distance_km", "duration_seconds", "set_type", NULL, NULL, "rpe" },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_SET_TYPE) | REQ (COL_WEIGHT) | REQ (COL_REPS),
    TIME_HEVY, UNIT_KG, FALSE },
  { HIP_IMPORT_FORMAT_HEVY,
    { "start_time", "end_time", NULL, "exercise_title", "set_index", "weight_lbs", "reps",
      "distance_miles", "duration_seconds", "set_type", NULL, NULL, "rpe" },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_SET_TYPE) | REQ (COL_WEIGHT) | REQ (COL_REPS),
    TIME_HEVY, UNIT_LB, FALSE },
  { HIP_IMPORT_FORMAT_JEFIT,
    { "Date", NULL, NULL, "Exercise", "Set", "Weight", "Reps", NULL, NULL, NULL, NULL, "Unit",
      NULL },
    REQ (COL_DATE) | REQ (COL_NAME) | REQ (COL_WEIGHT) | REQ (COL_REPS), TIME_LOCAL,
    UNIT_COLUMN, FALSE },
};

/* The file being read: its format, where each column is, and what it has become so far. */
typedef struct
{
  const Format      *format;
  int                index[N_COLS];    /* the column's field, or -1 */
  guint              n_fields;
  gboolean           decimal_comma;
  HipUnits           units;
  HipExerciseNames  *names;
  HipImport         *import;
  GHashTable        *workouts;         /* start time → HipWorkout (owned by import) */
  GHashTable        *matches;          /* their name → HipImportMatch (owned by import) */
  GHashTable        *numbers;          /* start and exercise id → its sets so far */
} Parser;

static void
match_free (HipImportMatch *match)
{
  g_free (match->their_name);
  g_free (match->exercise_id);
  g_free (match->our_name);
  g_free (match);
}

void
hip_import_free (HipImport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->workouts, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->new_exercises, g_ptr_array_unref);
  g_clear_pointer (&self->psfs, g_ptr_array_unref);
  g_free (self);
}

static HipImport *
import_new (HipImportFormat format)
{
  HipImport *self = g_new0 (HipImport, 1);

  self->format = format;
  self->workouts = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_workout_free);
  self->matches = g_ptr_array_new_with_free_func ((GDestroyNotify) match_free);
  self->new_exercises = g_ptr_array_new_with_free_func (g_object_unref);
  self->psfs = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_psfs_record_free);
  return self;
}

/* ---- Recognising the header ---- */

static int
find_column (GPtrArray  *fields,
             const char *name)
{
  for (guint i = 0; name != NULL && i < fields->len; i++)
    {
      g_autofree char *field = g_strstrip (g_strdup (fields->pdata[i]));

      if (strcmp (field, name) == 0)
        return i;
    }
  return -1;
}

static gboolean
recognise (Parser    *p,
           GPtrArray *fields)
{
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      gboolean ok = TRUE;

      for (guint c = 0; c < N_COLS; c++)
        {
          p->index[c] = find_column (fields, formats[f].columns[c]);
          ok &= p->index[c] >= 0 || (formats[f].required & REQ (c)) == 0;
        }
      if (ok)
        {
          p->format = &formats[f];
          p->n_fields = fields->len;
          return TRUE;
        }
    }
  return FALSE;
}

/* ---- Fields ---- */

static const char *
field (Parser    *p,
       GPtrArray *fields,
       Column     column)
{
  int i = p->index[column];

  return i >= 0 && (guint) i < fields->len ? fields->pdata[i] : "";
}

/* Whether @text is decimal numbers between single separators of @separators, as a date or a
 * time is: sscanf() alone would also take a sign, spaces, a hex or an exponent in a number. */
static gboolean
is_plain_numbers (const char *text,
                  const char *separators)
{
  if (!g_ascii_isdigit (*text))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) &&
        (strchr (separators, *p) == NULL || !g_ascii_isdigit (p[1])))
      return FALSE;
  return TRUE;
}

static gboolean
parse_local (const char *text,
             GDateTime **time)
{
  guint y, mo, d, h = 0, mi = 0;
  double s = 0;
  int n = 0;

  if (!is_plain_numbers (text, "- T:.") ||
      sscanf (text, "%4u-%2u-%2u%n", &y, &mo, &d, &n) != 3)
    return FALSE;
  text += n;
  if ((*text == ' ' || *text == 'T') &&
      sscanf (text + 1, "%2u:%2u%n", &h, &mi, &n) == 2)
    {
      text += 1 + n;
      if (*text == ':' && sscanf (text + 1, "%2lf%n", &s, &n) == 1)
        text += 1 + n;
    }
  /* The log's dates have four digits: a year before 1000 is no tracker's. */
  if (*text != '\0' || y < 1000 || !g_date_valid_dmy (d, mo, y) || h > 23 || mi > 59 ||
      !(s >= 0 && s < 60))
    return FALSE;
  *time = g_date_time_new_local (y, mo, d, h, mi, floor (s));
  return *time != NULL;
}

/* Hevy writes "14 Jan 2024, 18:03" (English month names). */
static gboolean
parse_hevy (const char *text,
            GDateTime **time)
{
  static const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                  "Sep", "Oct", "Nov", "Dec" };
  char month[4] = "";
  guint d, y, h, mi;
  int n = 0;

  if (parse_local (text, time))
    return TRUE;
  if (strpbrk (text, "+-") != NULL ||
      sscanf (text, "%2u %3[A-Za-z] %4u, %2u:%2u%n", &d, month, &y, &h, &mi, &n) != 5 ||
      text[n] != '\0' || y < 1000 || h > 23 || mi > 59)
    return FALSE;
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    if (g_ascii_strcasecmp (month, months[m]) == 0 && g_date_valid_dmy (d, m + 1, y))
      {
        *time = g_date_time_new_local (y, m + 1, d, h, mi, 0);
        return *time != NULL;
      }
  return FALSE;
}

/* A number that may be empty (0), may be written "10.0", and may have a decimal comma. */
static gboolean
parse_amount (Parser     *p,
              const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  *value = 0;
  return *copy == '\0' || hip_csv_parse_number (copy, p->decimal_comma, value);
}

/* Strong's "1h 5m", "45m 10s"; the old form's and Hevy's plain seconds; FitNotes' h:mm:ss. */
static gboolean
parse_seconds (const char *text,
               gboolean    plain,
               double     *seconds)
{
  guint h = 0, m = 0, s = 0;
  int n = 0;

  *seconds = 0;
  if (*text == '\0')
    return TRUE;
  if (plain)
    return hip_csv_parse_number (text, FALSE, seconds);
  if (strpbrk (text, "+-") != NULL)
    return FALSE;   /* sscanf()'s %u would take a sign */
  if (sscanf (text, "%u:%2u:%2u%n", &h, &m, &s, &n) == 3 && text[n] == '\0' && h < 1000)
    return *seconds = h * 3600.0 + m * 60 + s, TRUE;
  if (sscanf (text, "%2u:%2u%n", &m, &s, &n) == 2 && text[n] == '\0')
    return *seconds = m * 60.0 + s, TRUE;
  while (*text != '\0')
    {
      guint v;
      char unit;

      if (sscanf (text, " %4u%c%n", &v, &unit, &n) != 2 || strchr ("hms", unit) == NULL)
        return FALSE;
      *seconds += v * (unit == 'h' ? 3600.0 : unit == 'm' ? 60.0 : 1.0);
      text += n;
      while (*text == ' ')
        text++;
    }
  return TRUE;
}

static gboolean
is_pounds (Parser    *p,
           GPtrArray *fields)
{
  switch (p->format->unit)
    {
    case UNIT_KG:
      return FALSE;
    case UNIT_LB:
      return TRUE;
    case UNIT_COLUMN:
      if (*field (p, fields, COL_UNIT) != '\0')
        return g_ascii_strncasecmp (field (p, fields, COL_UNIT), "lb", 2) == 0;
      G_GNUC_FALLTHROUGH;
    case UNIT_CALLER:
    default:
      return p->units == HIP_UNITS_POUNDS;
    }
}

/* ---- Rows ---- */

typedef enum
{
  ROW_SET,
  ROW_WARM_UP,
  ROW_CARDIO,
  ROW_OTHER,
} RowKind;

/* A set's numbers, as read from one line. */
typedef struct
{
  double load;     /* kg; 0 without load */
  double reps;
  double seconds;
  double rpe;
} Amounts;

/* Hevy's set type and Strong's set order say what kind of set a line is. */
static gboolean
read_kind (Parser     *p,
           GPtrArray  *fields,
           guint       line,
           RowKind    *kind,
           GError    **error)
{
  const char *type = field (p, fields, COL_SET_TYPE);
  g_autofree char *order = g_strstrip (g_strdup (field (p, fields, COL_ORDER)));
  double number;

  *kind = ROW_SET;
  if (g_ascii_strcasecmp (type, "warmup") == 0 || g_ascii_strcasecmp (order, "W") == 0)
    *kind = ROW_WARM_UP;
  else if (g_ascii_strcasecmp (order, "Rest Timer") == 0)
    *kind = ROW_OTHER;
  else if (g_ascii_strcasecmp (field (p, fields, COL_CATEGORY), "Cardio") == 0)
    *kind = ROW_CARDIO;
  else if (*order != '\0' && g_ascii_strcasecmp (order, "D") != 0 &&
           g_ascii_strcasecmp (order, "F") != 0 && !hip_csv_parse_number (order, FALSE, &number))
    return hip_csv_fail_echo (error, line, _("“%s” is not a set number"), order);
  return TRUE;
}

static gboolean
read_amounts (Parser     *p,
              GPtrArray  *fields,
              guint       line,
              Amounts    *a,
              double     *distance,
              GError    **error)
{
  const char *seconds = field (p, fields, COL_SECONDS);

  if (!parse_amount (p, field (p, fields, COL_WEIGHT), &a->load))
    return hip_csv_fail_echo (error, line, _("“%s” is not a weight"),
                              field (p, fields, COL_WEIGHT));
  if (!parse_amount (p, field (p, fields, COL_REPS), &a->reps) || a->reps != floor (a->reps))
    return hip_csv_fail_echo (error, line, _("“%s” is not a number of repetitions"),
                              field (p, fields, COL_REPS));
  if (!parse_amount (p, field (p, fields, COL_DISTANCE), distance))
    return hip_csv_fail_echo (error, line, _("“%s” is not a distance"),
                              field (p, fields, COL_DISTANCE));
  if (!parse_seconds (seconds, p->format->format != HIP_IMPORT_FORMAT_FITNOTES, &a->seconds))
    return hip_csv_fail_echo (error, line, _("“%s” is not a time"), seconds);
  if (!parse_amount (p, field (p, fields, COL_RPE), &a->rpe))
    return hip_csv_fail_echo (error, line, _("“%s” is not an RPE"), field (p, fields, COL_RPE));
  if (is_pounds (p, fields))
    a->load *= HIP_KG_PER_LB;
  return TRUE;
}

/* The workout started at @start, made at its first set. */
static HipWorkout *
find_workout (Parser     *p,
              GPtrArray  *fields,
              GDateTime  *start)
{
  g_autofree char *key = hip_log_format_time (start);
  g_autoptr(GDateTime) end = NULL;
  HipWorkout *workout = g_hash_table_lookup (p->workouts, key);
  double duration = 0;

  if (workout != NULL)
    return workout;
  workout = hip_workout_new ();
  workout->started = g_strdup (key);
  workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  /* A workout is finished when imported; its end is its start when the file does not say. */
  if (p->format->time == TIME_HEVY)
    parse_hevy (field (p, fields, COL_END), &end);
  if (end == NULL && parse_seconds (field (p, fields, COL_DURATION),
                                    p->format->duration_seconds, &duration) &&
      duration > 0 && duration < 86400)
    end = g_date_time_add_seconds (start, floor (duration));
  if (end == NULL || g_date_time_compare (end, start) < 0)
    g_clear_pointer (&end, g_date_time_unref);
  workout->finished = hip_log_format_time (end != NULL ? end : start);
  g_ptr_array_add (p->import->workouts, workout);
  g_hash_table_insert (p->workouts, g_steal_pointer (&key), workout);
  return workout;
}

/* A person's own exercise, with sensible defaults: a beginner's, done for reps or held. */
static HipExercise *
new_exercise (const char *given_id,
              const char *name,
              gboolean    timed)
{
  g_autofree char *id = given_id != NULL ? g_strdup (given_id) : hip_store_make_exercise_id ();
  g_autofree char *kept = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 200));
  HipExercise *exercise = hip_exercise_new (id);

  hip_exercise_set_origin (exercise, HIP_ORIGIN_USER);
  hip_exercise_set_name (exercise, kept);
  hip_exercise_set_level (exercise, HIP_LEVEL_BEGINNER);
  hip_exercise_set_kind (exercise, timed ? HIP_KIND_HOLD : HIP_KIND_REPS);
  return exercise;
}

/* Their name's match: one of our exercises, or a new one of the person's own. */
static HipImportMatch *
find_match (Parser     *p,
            const char *name,
            gboolean    timed)
{
  g_autofree char *key = hip_exercise_names_normalize (name);
  HipImportMatch *match = g_hash_table_lookup (p->matches, key);
  const char *id;

  if (match != NULL)
    return match;
  match = g_new0 (HipImportMatch, 1);
  match->their_name = g_strdup (name);
  id = hip_exercise_names_lookup (p->names, name);
  if (id != NULL)
    {
      match->exercise_id = g_strdup (id);
      match->our_name = g_strdup (hip_exercise_names_get_name (p->names, id));
    }
  else
    {
      HipExercise *exercise = new_exercise (NULL, name, timed);

      match->is_new = TRUE;
      match->exercise_id = g_strdup (hip_exercise_get_id (exercise));
      match->our_name = g_strdup (hip_exercise_get_name (exercise));
      g_ptr_array_add (p->import->new_exercises, exercise);
    }
  g_ptr_array_add (p->import->matches, match);
  g_hash_table_insert (p->matches, g_steal_pointer (&key), match);
  return match;
}

/* The number of the next set of @exercise_id in @workout: counted in a table, not by going
 * through the workout's sets, which a large file makes many. */
static guint
next_number (Parser     *p,
             HipWorkout *workout,
             const char *exercise_id)
{
  g_autofree char *key = g_strconcat (workout->started, "\x1f", exercise_id, NULL);
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (p->numbers, key)) + 1;

  g_hash_table_insert (p->numbers, g_steal_pointer (&key), GUINT_TO_POINTER (number));
  return number;
}

/* Adds the set, or counts it as skipped when it is beyond what the log holds. */
static void
add_set (Parser     *p,
         GPtrArray  *fields,
         GDateTime  *start,
         const char *name,
         Amounts    *a)
{
  gboolean timed = a->reps == 0;
  HipWorkout *workout;
  HipImportMatch *match;
  HipLoggedSet *set;
  guint number;

  if (a->reps > 100 || a->seconds > 900 || a->load > 500)
    {
      p->import->n_other++;
      return;
    }
  workout = find_workout (p, fields, start);
  match = find_match (p, name, timed);
  number = next_number (p, workout, match->exercise_id);
  if (number > 20)
    {
      p->import->n_other++;
      return;
    }
  set = hip_logged_set_new ();
  set->exercise_id = g_strdup (match->exercise_id);
  set->set_number = number;
  set->side = HIP_SIDE_BOTH;
  set->reps = a->reps;
  set->seconds = timed ? round (a->seconds) : 0;
  set->load = a->load > 0 ? round (a->load * 100) / 100 : HIP_LOG_NONE;
  set->effort = a->rpe >= 1 && a->rpe <= 10 ? (int) round (a->rpe) : HIP_LOG_NONE;
  g_ptr_array_add (workout->sets, set);
  match->n_sets++;
}

static gboolean
read_row (Parser     *p,
          GPtrArray  *fields,
          guint       line,
          GError    **error)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *name = g_strstrip (g_strdup (field (p, fields, COL_NAME)));
  const char *date = field (p, fields, COL_DATE);
  Amounts a = { 0 };
  double distance;
  RowKind kind;

  if (fields->len != p->n_fields)
    return hip_csv_fail (error, line, g_dngettext (GETTEXT_PACKAGE, "%u field instead of %u",
                                                   "%u fields instead of %u", fields->len),
                         fields->len, p->n_fields);
  if (p->format->time == TIME_HEVY ? !parse_hevy (date, &start) : !parse_local (date, &start))
    return hip_csv_fail_echo (error, line, _("“%s” is not a date and time"), date);
  if (*name == '\0')
    return hip_csv_fail (error, line, _("the exercise has no name"));
  if (hip_input_has_control (name))
    return hip_csv_fail_echo (error, line, _("the exercise’s name “%s” holds a control "
                                             "character"), name);
  if (!read_kind (p, fields, line, &kind, error) ||
      !read_amounts (p, fields, line, &a, &distance, error))
    return FALSE;
  p->import->n_rows++;
  if (kind == ROW_SET && distance > 0)
    kind = ROW_CARDIO;
  if (kind == ROW_SET && a.reps == 0 && a.seconds == 0)
    kind = ROW_OTHER;
  if (kind == ROW_WARM_UP)
    p->import->n_warm_up++;
  else if (kind == ROW_CARDIO)
    p->import->n_cardio++;
  else if (kind == ROW_OTHER)
    p->import->n_other++;
  else
    add_set (p, fields, start, name, &a);
  return TRUE;
}

/* ---- The file ---- */

static HipImport *
parse_tracker (Parser        *p,
               HipCsvReader  *r,
               GPtrArray     *fields,
               GError       **error)
{
  g_autoptr(HipImport) import = import_new (p->format->format);
  g_autoptr(GHashTable) workouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) matches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local = NULL;

  p->import = import;
  p->workouts = workouts;
  p->matches = matches;
  p->numbers = numbers;
  p->decimal_comma = r->separator == ';';
  while (hip_csv_reader_next (r, fields, &local))
    {
      if (fields->len == 1 && *(char *) fields->pdata[0] == '\0')
        continue;   /* a blank line */
      if (!read_row (p, fields, r->line, error))
        return NULL;
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return g_steal_pointer (&import);
}

static HipImportMatch *
own_match (HipImport  *import,
           const char *exercise_id)
{
  for (guint m = 0; m < import->matches->len; m++)
    if (strcmp (((HipImportMatch *) import->matches->pdata[m])->exercise_id, exercise_id) == 0)
      return import->matches->pdata[m];
  return NULL;
}

/* An own exercise of another copy of the app (@id, unknown here, named @name in the file):
 * ours or the person's of that name, or else made with the same id. */
static HipImportMatch *
adopt_own (HipImport         *import,
           HipExerciseNames  *names,
           const char        *id,
           const char        *name,
           gboolean           timed)
{
  const char *ours = hip_exercise_names_lookup (names, name);
  HipImportMatch *match = ours != NULL ? own_match (import, ours) : NULL;

  if (match != NULL)
    return match;
  match = g_new0 (HipImportMatch, 1);
  match->their_name = g_strdup (name);
  if (ours != NULL)
    {
      match->exercise_id = g_strdup (ours);
      match->our_name = g_strdup (hip_exercise_names_get_name (names, ours));
    }
  else
    {
      match->is_new = TRUE;
      match->exercise_id = g_strdup (id);
      match->our_name = g_strdup (name);
      g_ptr_array_add (import->new_exercises, new_exercise (id, name, timed));
    }
  g_ptr_array_add (import->matches, match);
  return match;
}

/* The match of a set of our own CSV, made at its exercise's first set. */
static HipImportMatch *
match_own_set (HipImport         *import,
               HipExerciseNames  *names,
               GHashTable        *own,
               GHashTable        *adopted,
               HipLoggedSet      *set)
{
  const char *file_name = g_hash_table_lookup (own, set->exercise_id);
  HipImportMatch *match;

  if (file_name != NULL)
    {
      match = g_hash_table_lookup (adopted, set->exercise_id);
      if (match == NULL)
        {
          match = adopt_own (import, names, set->exercise_id, file_name, set->reps == 0);
          g_hash_table_insert (adopted, g_strdup (set->exercise_id), match);
        }
      return match;
    }
  match = own_match (import, set->exercise_id);
  if (match == NULL)
    {
      const char *name = hip_exercise_names_get_name (names, set->exercise_id);

      match = g_new0 (HipImportMatch, 1);
      match->exercise_id = g_strdup (set->exercise_id);
      match->their_name = g_strdup (name != NULL ? name : set->exercise_id);
      match->our_name = g_strdup (match->their_name);
      g_ptr_array_add (import->matches, match);
    }
  return match;
}

/* Our own CSV: the sets name our exercises by id already, or a person's own exercise of
 * another copy of the app by its id and name. */
static HipImport *
parse_own (const char        *data,
           gsize              length,
           HipExerciseNames  *names,
           GHashTable        *known_ids,
           GError           **error)
{
  g_autoptr(HipImport) import = import_new (HIP_IMPORT_FORMAT_OWN);
  g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) adopted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) psfs = NULL;

  g_clear_pointer (&import->workouts, g_ptr_array_unref);
  import->workouts = hip_csv_parse_workouts_with_own (data, length, known_ids, own, &psfs,
                                                      error);
  if (import->workouts == NULL)
    return NULL;
  g_ptr_array_extend_and_steal (import->psfs, g_steal_pointer (&psfs));
  for (guint w = 0; w < import->workouts->len; w++)
    {
      HipWorkout *workout = import->workouts->pdata[w];

      for (guint i = 0; i < workout->sets->len; i++)
        {
          HipLoggedSet *set = workout->sets->pdata[i];
          HipImportMatch *match = match_own_set (import, names, own, adopted, set);

          if (g_strcmp0 (set->exercise_id, match->exercise_id) != 0)
            {
              g_free (set->exercise_id);
              set->exercise_id = g_strdup (match->exercise_id);
            }
          import->n_rows++;
          match->n_sets++;
        }
    }
  return g_steal_pointer (&import);
}

/**
 * hip_import_parse:
 * @names: our exercises' names (the catalogue's, then the person's own)
 * @known_ids: (element-type utf8 utf8): the ids our own CSV's sets may name
 * @units: the weight unit of a file that does not say (Strong's current form, JEFIT's)
 *
 * Reads a whole file, recognised by its header, and maps its exercise names to ours. Nothing
 * is stored; the store's hip_store_import() writes the result.
 *
 * Returns: (transfer full) (nullable): what the file holds, or %NULL with @error naming the
 *   line and the reason
 */
HipImport *
hip_import_parse (const char        *data,
                  gsize              length,
                  HipExerciseNames  *names,
                  GHashTable        *known_ids,
                  HipUnits           units,
                  GError           **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  Parser p = { .units = units, .names = names };
  HipCsvReader r;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (names != NULL, NULL);

  if (!hip_csv_reader_start (&r, data, length, fields, error))
    return NULL;
  if (hip_csv_is_workout_header (fields))
    return parse_own (data, length, names, known_ids, error);
  if (!recognise (&p, fields))
    {
      hip_csv_fail (error, 1, _("the header is not that of a Strong, FitNotes, Hevy or JEFIT "
                                "export, nor of this app’s CSV"));
      return NULL;
    }
  return parse_tracker (&p, &r, fields, error);
}
