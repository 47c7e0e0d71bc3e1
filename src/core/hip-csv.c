/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workout log as CSV (RFC 4180), for `--export-csv` and `--import-csv`. One set a line;
 * the workout's own fields are repeated on each of its lines:
 *
 *   started,finished,week,session,pain_before,pain_after,exercise_id,set,side,reps,seconds,
 *   load_kg,effort,pain,exercise_name
 *
 * exercise_name, the last column, is for people and other programs reading the file; import
 * goes by exercise_id and also takes files of the first fourteen columns only (before it was
 * added). A file may start with a byte order mark, end its lines in CRLF or LF, and separate
 * its fields with semicolons, its numbers then written with a decimal comma (a spreadsheet's
 * CSV where the comma is the decimal point).
 *
 * started and finished are ISO 8601 date-times; an empty field is "not given" (finished, the
 * pains, load_kg, effort). Other programs read this: keep it stable.
 *
 * After the sets, when the person has any, a second section holds the Patient-Specific
 * Functional Scale, after a blank line and its own header; one rating a line (an activity not
 * rated yet has a line with day and score empty):
 *
 *   activity,position,day,score
 *
 * position is 1–3, or empty for an activity no longer asked; day is YYYY-MM-DD; score 0–10.
 * A file without the section is read as before. */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-csv.h"
#include "hip-input.h"
#include "hip-vocabulary.h"

#define N_COLUMNS 15
#define N_OLD_COLUMNS 14   /* files written before exercise_name */

static const char *header[N_COLUMNS] = {
  "started", "finished", "week", "session", "pain_before", "pain_after", "exercise_id", "set",
  "side", "reps", "seconds", "load_kg", "effort", "pain", "exercise_name",
};

#define N_PSFS_COLUMNS 4

static const char *psfs_header[N_PSFS_COLUMNS] = { "activity", "position", "day", "score" };


G_DEFINE_QUARK (hip-csv-error-quark, hip_csv_error)

static void
append_field (GString    *out,
              const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
optional_int (int value)
{
  return value == HIP_LOG_NONE ? g_strdup ("") : g_strdup_printf ("%d", value);
}

static char *
optional_load (double load)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (load < 0)
    return g_strdup ("");
  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, load));
}

static void
append_line (GString     *out,
             const char **fields,
             guint        n)
{
  for (guint c = 0; c < n; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_field (out, fields[c]);
    }
  g_string_append (out, "\r\n");
}

static void
append_row (GString            *out,
            const HipWorkout   *workout,
            const HipLoggedSet *set,
            GHashTable         *names)
{
  const char *name = names != NULL ? g_hash_table_lookup (names, set->exercise_id) : NULL;
  g_autofree char *week = g_strdup_printf ("%u", workout->week);
  g_autofree char *session = g_strdup_printf ("%u", workout->session);
  g_autofree char *before = optional_int (workout->pain_before);
  g_autofree char *after = optional_int (workout->pain_after);
  g_autofree char *number = g_strdup_printf ("%u", set->set_number);
  g_autofree char *reps = g_strdup_printf ("%u", set->reps);
  g_autofree char *seconds = g_strdup_printf ("%u", set->seconds);
  g_autofree char *load = optional_load (set->load);
  g_autofree char *effort = optional_int (set->effort);
  g_autofree char *pain = optional_int (set->pain);
  const char *fields[N_COLUMNS] = {
    workout->started, workout->finished != NULL ? workout->finished : "", week, session, before,
    after, set->exercise_id, number, hip_enum_to_nick (HIP_TYPE_SIDE, set->side), reps, seconds,
    load, effort, pain, name != NULL ? name : "",
  };

  append_line (out, fields, N_COLUMNS);
}

/**
 * hip_csv_format_workouts:
 * @workouts: (element-type HipWorkout): with their sets
 * @names: (nullable) (element-type utf8 utf8): exercise ids to names, for exercise_name
 *
 * Returns: (transfer full): the CSV text, with its header line
 */
char *
hip_csv_format_workouts (GPtrArray  *workouts,
                         GHashTable *names)
{
  GString *out = g_string_new (NULL);

  for (guint c = 0; c < N_COLUMNS; c++)
    g_string_append_printf (out, "%s%s", c > 0 ? "," : "", header[c]);
  g_string_append (out, "\r\n");
  for (guint w = 0; w < workouts->len; w++)
    {
      HipWorkout *workout = workouts->pdata[w];

      for (guint i = 0; workout->sets != NULL && i < workout->sets->len; i++)
        append_row (out, workout, workout->sets->pdata[i], names);
    }
  return g_string_free (out, FALSE);
}

/**
 * hip_csv_format_psfs:
 * @records: (element-type HipPsfsRecord): the functional scale's activities and ratings
 *
 * Returns: (transfer full): the section that follows the sets (a blank line, its header and
 *   a line a record), or "" when there are no records
 */
char *
hip_csv_format_psfs (GPtrArray *records)
{
  GString *out = g_string_new (NULL);

  if (records->len == 0)
    return g_string_free (out, FALSE);
  g_string_append (out, "\r\n");
  append_line (out, psfs_header, N_PSFS_COLUMNS);
  for (guint i = 0; i < records->len; i++)
    {
      const HipPsfsRecord *record = records->pdata[i];
      g_autofree char *position = record->position > 0 ? g_strdup_printf ("%u", record->position)
                                                       : g_strdup ("");
      g_autofree char *score = optional_int (record->score);
      const char *fields[N_PSFS_COLUMNS] = { record->activity, position, record->day, score };

      append_line (out, fields, N_PSFS_COLUMNS);
    }
  return g_string_free (out, FALSE);
}

/* ---- Reading ---- */

typedef HipCsvReader Reader;

#define fail hip_csv_fail

/**
 * hip_csv_fail:
 *
 * Sets @error to "Line @line: reason", the form of every refusal of a file.
 *
 * Returns: %FALSE
 */
gboolean
hip_csv_fail (GError     **error,
              guint        line,
              const char  *format,
              ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: a line of a CSV file that is refused, and why */
  g_set_error (error, HIP_CSV_ERROR, HIP_CSV_ERROR_INVALID, _("Line %u: %s"), line, reason);
  return FALSE;
}

/**
 * hip_csv_fail_echo:
 * @format: the reason, with one `%s` where @text goes
 * @text: text of the file, which the message shows through hip_input_echo()
 *
 * As hip_csv_fail(), for a reason that quotes the file.
 *
 * Returns: %FALSE
 */
gboolean
hip_csv_fail_echo (GError     **error,
                   guint        line,
                   const char  *format,
                   const char  *text)
{
  g_autofree char *shown = hip_input_echo (text, -1);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return hip_csv_fail (error, line, format, shown);
#pragma GCC diagnostic pop
}

#define fail_echo hip_csv_fail_echo

/* Whether the header line @line (up to @end) separates its fields with semicolons, as
 * spreadsheets do where the comma is the decimal point: more semicolons than commas outside
 * quotes. */
static char
sniff_separator (const char *p,
                 const char *end)
{
  guint commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (; p < end && (quoted || (*p != '\r' && *p != '\n')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted)
        {
          commas += *p == ',';
          semicolons += *p == ';';
        }
    }
  return semicolons > commas ? ';' : ',';
}

/**
 * hip_csv_reader_init:
 *
 * Starts reading @data: a byte order mark (as Excel's "CSV UTF-8" writes) is skipped, and the
 * separator is the header line's, a comma or a semicolon.
 */
void
hip_csv_reader_init (HipCsvReader *r,
                     const char   *data,
                     gsize         length)
{
  r->p = data;
  r->end = data + length;
  r->line = 0;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    r->p += 3;
  r->separator = sniff_separator (r->p, r->end);
}

/**
 * hip_csv_reader_start:
 * @fields: (element-type utf8): receives the header line's fields
 *
 * Starts reading @data (see hip_csv_reader_init()) and reads its header line.
 *
 * Returns: %FALSE, with @error naming the line, when @data is not UTF-8, is empty or its
 *   header line is malformed
 */
gboolean
hip_csv_reader_start (HipCsvReader  *r,
                      const char    *data,
                      gsize          length,
                      GPtrArray     *fields,
                      GError       **error)
{
  g_autoptr(GError) local = NULL;

  if (!hip_csv_check_utf8 (data, length, error))
    return FALSE;
  hip_csv_reader_init (r, data, length);
  if (r->p < r->end && hip_csv_reader_next (r, fields, &local))
    return TRUE;
  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  else
    fail (error, 1, _("the file is empty"));
  return FALSE;
}

static gboolean
fail_long (GError **error,
           guint    line)
{
  return fail (error, line, g_dngettext (GETTEXT_PACKAGE, "a field is longer than %u byte",
                                         "a field is longer than %u bytes", HIP_INPUT_MAX_FIELD),
               HIP_INPUT_MAX_FIELD);
}

/**
 * hip_csv_reader_next:
 * @fields: (element-type utf8): receives the fields of the next record
 *
 * Reads one record (a line, or more where a quoted field holds a line break); LF, CRLF and CR
 * all end a line. A field over %HIP_INPUT_MAX_FIELD bytes is refused as soon as it is seen.
 *
 * Returns: %FALSE at the end of the text, or with @error set on a malformed record
 */
gboolean
hip_csv_reader_next (HipCsvReader  *r,
                     GPtrArray     *fields,
                     GError       **error)
{
  const char sep = r->separator;
  g_autoptr(GString) field = g_string_new (NULL);

  g_ptr_array_set_size (fields, 0);
  if (r->p >= r->end)
    return FALSE;
  r->line++;
  for (;;)
    {
      gboolean quoted = r->p < r->end && *r->p == '"';

      g_string_truncate (field, 0);
      if (quoted)
        {
          r->p++;
          for (;;)
            {
              if (r->p >= r->end)
                return fail (error, r->line, _("a quoted field is not closed"));
              if (*r->p == '"' && r->p + 1 < r->end && r->p[1] == '"')
                g_string_append_c (field, '"'), r->p += 2;
              else if (*r->p == '"')
                {
                  r->p++;
                  break;
                }
              else
                g_string_append_c (field, *r->p++);
              if (field->len > HIP_INPUT_MAX_FIELD)
                return fail_long (error, r->line);
            }
          if (r->p < r->end && *r->p != sep && *r->p != '\r' && *r->p != '\n')
            return fail (error, r->line, _("text after a closing quote"));
        }
      else
        while (r->p < r->end && *r->p != sep && *r->p != '\r' && *r->p != '\n')
          {
            if (*r->p == '"')
              return fail (error, r->line, _("a quote inside an unquoted field"));
            g_string_append_c (field, *r->p++);
            if (field->len > HIP_INPUT_MAX_FIELD)
              return fail_long (error, r->line);
          }
      g_ptr_array_add (fields, g_strdup (field->str));
      if (r->p < r->end && *r->p == sep)
        {
          r->p++;
          continue;
        }
      if (r->p < r->end && *r->p == '\r')
        r->p++;
      if (r->p < r->end && *r->p == '\n')
        r->p++;
      return TRUE;
    }
}

static gboolean
parse_uint (const char *text,
            guint       low,
            guint       high,
            guint      *value)
{
  char *end = NULL;
  guint64 v;

  if (*text == '\0' || !g_ascii_isdigit (*text))
    return FALSE;
  errno = 0;
  v = g_ascii_strtoull (text, &end, 10);
  if (errno != 0 || *end != '\0' || v < low || v > high)
    return FALSE;
  *value = (guint) v;
  return TRUE;
}

static gboolean
parse_optional (const char *text,
                guint       high,
                int        *value)
{
  guint v;

  if (*text == '\0')
    {
      *value = HIP_LOG_NONE;
      return TRUE;
    }
  if (!parse_uint (text, 0, high, &v))
    return FALSE;
  *value = (int) v;
  return TRUE;
}

/**
 * hip_csv_parse_number:
 * @decimal_comma: whether the decimal point is a comma (a semicolon-separated file)
 *
 * Reads a number that is all of @text: digits, at most one decimal point and no sign,
 * exponent or thousands separator.
 */
gboolean
hip_csv_parse_number (const char *text,
                      gboolean    decimal_comma,
                      double     *value)
{
  g_autofree char *copy = g_strdup (text);
  char *end = NULL;
  char *comma;

  if (decimal_comma && (comma = strchr (copy, ',')) != NULL)
    *comma = '.';
  if (!g_ascii_isdigit (*copy) || strspn (copy, "0123456789.") != strlen (copy))
    return FALSE;
  errno = 0;
  *value = g_ascii_strtod (copy, &end);
  return errno == 0 && *end == '\0' && isfinite (*value);
}

static gboolean
parse_load (const char *text,
            gboolean    decimal_comma,
            double     *load)
{
  if (*text == '\0')
    {
      *load = HIP_LOG_NONE;
      return TRUE;
    }
  return hip_csv_parse_number (text, decimal_comma, load) && *load <= 500;
}


/* The seconds of ISO 8601 time @text (hh:mm:ss or hhmmss after its date), or -1. */
static int
seconds_of (const char *text)
{
  const char *t = strpbrk (text, "Tt ");
  const char *s = NULL;

  if (t == NULL)
    return -1;
  t++;
  if (strlen (t) >= 8 && t[2] == ':' && t[5] == ':')
    s = t + 6;
  else if (strspn (t, "0123456789") >= 6)
    s = t + 4;
  if (s == NULL || !g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]))
    return -1;
  return (s[0] - '0') * 10 + (s[1] - '0');
}

#define MAX_OFFSET (14 * G_TIME_SPAN_HOUR)   /* the world's (Kiribati's), and SQLite's */

/* An ISO 8601 time as the log keeps it: refused when GLib reads what the log cannot hold (a
 * year before 1000, which SQLite's dates do not take), an offset no place has, or a leap
 * second (which GLib would make second 59). */
static GDateTime *
parse_time (const char  *text,
            const char  *column,
            guint        line,
            GError     **error)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, NULL);
  g_autofree char *shown = hip_input_echo (text, -1);

  if (time == NULL)
    {
      if (strcmp (column, "finished") == 0)
        fail (error, line, _("“%s” is not a date and time (finished)"), shown);
      else
        fail (error, line, _("“%s” is not a date and time (started)"), shown);
      return NULL;
    }
  if (g_date_time_get_year (time) < 1000)
    {
      /* Translators: a date and time of the file, then its column, started or finished */
      fail (error, line, _("“%s”: the year must be from 1000 to 9999 (%s)"), shown, column);
      return NULL;
    }
  if (ABS (g_date_time_get_utc_offset (time)) > MAX_OFFSET)
    {
      /* Translators: a date and time of the file, then its column, started or finished */
      fail (error, line, _("“%s”: the offset from UTC must be from −14:00 to +14:00 (%s)"),
            shown, column);
      return NULL;
    }
  if (seconds_of (text) >= 60)
    {
      /* Translators: a date and time of the file, then its column, started or finished */
      fail (error, line, _("“%s”: the second must be 0–59 (%s)"), shown, column);
      return NULL;
    }
  return g_steal_pointer (&time);
}

/* The workout fields of a line: the same workout as the last line's, or a new one. */
static HipWorkout *
parse_workout (char      **f,
               guint       line,
               GError    **error)
{
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(GDateTime) started = NULL;
  g_autoptr(GDateTime) finished = NULL;

  /* Any ISO 8601 time is read; it is kept in the stored form. */
  started = parse_time (f[0], "started", line, error);
  if (started == NULL)
    return NULL;
  if (*f[1] != '\0' && (finished = parse_time (f[1], "finished", line, error)) == NULL)
    return NULL;
  if (finished != NULL && g_date_time_compare (finished, started) < 0)
    return fail (error, line, _("the workout finished before it started")), NULL;
  workout->started = hip_log_format_time (started);
  workout->finished = finished != NULL ? hip_log_format_time (finished) : NULL;
  if (!parse_uint (f[2], 0, 12, &workout->week) || !parse_uint (f[3], 0, 7, &workout->session))
    return fail (error, line, _("week must be 0–12 and session 0–7")), NULL;
  if (!parse_optional (f[4], 10, &workout->pain_before) ||
      !parse_optional (f[5], 10, &workout->pain_after))
    return fail (error, line, _("pain must be empty or 0–10")), NULL;
  workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  return g_steal_pointer (&workout);
}

static gboolean
same_workout (const HipWorkout *a,
              const HipWorkout *b)
{
  return g_strcmp0 (a->started, b->started) == 0 && g_strcmp0 (a->finished, b->finished) == 0 &&
         a->week == b->week && a->session == b->session && a->pain_before == b->pain_before &&
         a->pain_after == b->pain_after;
}

/* The id and names a file's sets may use. */
typedef struct
{
  GHashTable *known;      /* the ids of the exercises in the store */
  GHashTable *own;        /* (nullable): receives an unknown own exercise's id → its name */
  guint       n_columns;  /* of the file: exercise_name is there when 15 */
  gboolean    decimal_comma;
} Names;

/* A person's own exercise (a "user-" id) from another copy of the app, named in the file's
 * exercise_name: taken, to be made in this one (hip-import.c). */
static gboolean
claim_own (const Names  *names,
           char        **f)
{
  g_autofree char *name = NULL;

  if (names->own == NULL || names->n_columns != N_COLUMNS || !g_str_has_prefix (f[6], "user-") ||
      strlen (f[6]) > 200)
    return FALSE;
  name = g_strstrip (g_strdup (f[14]));
  if (*name == '\0' || g_utf8_strlen (name, -1) > 200)
    return FALSE;
  if (!g_hash_table_contains (names->own, f[6]))
    g_hash_table_insert (names->own, g_strdup (f[6]), g_steal_pointer (&name));
  return TRUE;
}

static HipLoggedSet *
parse_set (char        **f,
           guint         line,
           const Names  *names,
           GError      **error)
{
  g_autoptr(HipLoggedSet) set = hip_logged_set_new ();
  gboolean decimal_comma = names->decimal_comma;
  int side;

  /* An own exercise's name from the file becomes one here: nothing a terminal acts on. */
  if (!g_hash_table_contains (names->known, f[6]) && names->own != NULL &&
      names->n_columns == N_COLUMNS && g_str_has_prefix (f[6], "user-") &&
      hip_input_has_control (f[14]))
    return fail_echo (error, line, _("the exercise’s name “%s” holds a control character"),
                      f[14]), NULL;
  if (!g_hash_table_contains (names->known, f[6]) && !claim_own (names, f))
    return fail_echo (error, line, _("unknown exercise “%s”"), f[6]), NULL;
  if (!hip_enum_from_nick (HIP_TYPE_SIDE, f[8], &side))
    return fail_echo (error, line, _("side must be both, left or right, not “%s”"), f[8]), NULL;
  set->side = side;
  if (!parse_uint (f[7], 1, 20, &set->set_number))
    return fail_echo (error, line, _("set must be 1–20, not “%s”"), f[7]), NULL;
  if (!parse_uint (f[9], 0, 100, &set->reps) || !parse_uint (f[10], 0, 900, &set->seconds))
    return fail (error, line, _("reps must be 0–100 and seconds 0–900")), NULL;
  if (set->reps > 0 && set->seconds > 0)
    return fail (error, line, _("a set has reps (0 seconds) or seconds (0 reps), not both")),
           NULL;
  if (!parse_load (f[11], decimal_comma, &set->load))
    return fail_echo (error, line,
                      _("load_kg must be empty or a number from 0 to 500, not “%s”"), f[11]),
           NULL;
  if (!parse_optional (f[12], 10, &set->effort) || !parse_optional (f[13], 10, &set->pain))
    return fail (error, line, _("effort and pain must be empty or 0–10")), NULL;
  set->exercise_id = g_strdup (f[6]);
  return g_steal_pointer (&set);
}

/**
 * hip_csv_is_workout_header:
 * @fields: (element-type utf8): a header line's fields
 *
 * Returns: whether they are the workout CSV's header, of either length
 */
gboolean
hip_csv_is_workout_header (GPtrArray *fields)
{
  gboolean ok = fields->len == N_COLUMNS || fields->len == N_OLD_COLUMNS;

  for (guint c = 0; ok && c < fields->len; c++)
    ok = g_strcmp0 (fields->pdata[c], header[c]) == 0;
  return ok;
}

static gboolean
check_header (GPtrArray  *fields,
              GError    **error)
{
  if (!hip_csv_is_workout_header (fields))
    return fail (error, 1, _("the header must be %s"),
                 "started,finished,week,session,pain_before,pain_after,exercise_id,set,side,"
                 "reps,seconds,load_kg,effort,pain,exercise_name");
  return TRUE;
}

/* Adds the set of line @line (@f) to the workout of its start, which is one workout wherever
 * its lines are in the file, or to a new one. */
static gboolean
read_line (GPtrArray    *workouts,
           GHashTable   *by_start,
           char        **f,
           guint         line,
           const Names  *names,
           GError      **error)
{
  g_autoptr(HipWorkout) workout = parse_workout (f, line, error);
  HipWorkout *same;
  HipLoggedSet *set;

  if (workout == NULL || (set = parse_set (f, line, names, error)) == NULL)
    return FALSE;
  same = g_hash_table_lookup (by_start, workout->started);
  if (same != NULL && !same_workout (same, workout))
    {
      hip_logged_set_free (set);
      return fail (error, line, _("the workout started %s has different details on another "
                                  "line"), workout->started);
    }
  if (same == NULL)
    {
      same = g_steal_pointer (&workout);
      g_ptr_array_add (workouts, same);
      g_hash_table_insert (by_start, same->started, same);
    }
  g_ptr_array_add (same->sets, set);
  return TRUE;
}

static gboolean
is_psfs_header (GPtrArray *fields)
{
  gboolean ok = fields->len == N_PSFS_COLUMNS;

  for (guint c = 0; ok && c < N_PSFS_COLUMNS; c++)
    ok = g_strcmp0 (fields->pdata[c], psfs_header[c]) == 0;
  return ok;
}

static gboolean
parse_day (const char *text,
           char        day[11])
{
  GDate date;

  if (!hip_log_parse_day (text, &date))
    return FALSE;
  hip_log_format_day (&date, day);
  return strcmp (day, text) == 0;
}

/* The section's activities so far: the first line of each name, and of each position. */
typedef struct
{
  GHashTable          *by_name;                                 /* activity → HipPsfsRecord */
  const HipPsfsRecord *by_position[HIP_PSFS_MAX_ACTIVITIES + 1];
} Places;

/* An activity keeps one position, and a position holds one activity, on every line. */
static gboolean
check_places (Places               *places,
              const HipPsfsRecord  *record,
              guint                 line,
              GError              **error)
{
  const HipPsfsRecord *same = g_hash_table_lookup (places->by_name, record->activity);
  const HipPsfsRecord *holder = places->by_position[record->position];

  if (same != NULL && same->position != record->position)
    return fail_echo (error, line, _("“%s” has a different position on another line"),
                      same->activity);
  if (record->position > 0 && holder != NULL && strcmp (holder->activity, record->activity) != 0)
    {
      g_autofree char *shown = hip_input_echo (holder->activity, -1);

      return fail (error, line, _("position %u belongs to “%s” on another line"),
                   record->position, shown);
    }
  if (same == NULL)
    g_hash_table_insert (places->by_name, record->activity, (gpointer) record);
  if (holder == NULL)
    places->by_position[record->position] = record;
  return TRUE;
}

static HipPsfsRecord *
parse_psfs_line (char       **f,
                 guint        line,
                 Places      *places,
                 GError     **error)
{
  g_autoptr(HipPsfsRecord) record = hip_psfs_record_new ();
  g_autofree char *name = g_strstrip (g_strdup (f[0]));

  if (*name == '\0' || g_utf8_strlen (name, -1) > HIP_PSFS_MAX_NAME)
    return fail (error, line, g_dngettext (GETTEXT_PACKAGE, "activity must be 1 to %u character",
                                           "activity must be 1 to %u characters",
                                           HIP_PSFS_MAX_NAME), HIP_PSFS_MAX_NAME), NULL;
  /* The activity's name is stored and shown: nothing in it a terminal acts on. */
  if (hip_input_has_control (name))
    return fail_echo (error, line, _("the activity “%s” holds a control character"), name), NULL;
  if (*f[1] != '\0' && !parse_uint (f[1], 1, HIP_PSFS_MAX_ACTIVITIES, &record->position))
    return fail_echo (error, line, _("position must be empty or 1–3, not “%s”"), f[1]), NULL;
  if (*f[2] != '\0' && !parse_day (f[2], record->day))
    return fail_echo (error, line, _("“%s” is not a day (YYYY-MM-DD)"), f[2]), NULL;
  if (!parse_optional (f[3], 10, &record->score))
    return fail_echo (error, line, _("score must be empty or 0–10, not “%s”"), f[3]), NULL;
  if ((*record->day == '\0') != (record->score == HIP_LOG_NONE))
    return fail (error, line, _("a rating needs both its day and its score")), NULL;
  record->activity = g_steal_pointer (&name);
  if (!check_places (places, record, line, error))
    return NULL;
  return g_steal_pointer (&record);
}

static guint
line_at (const char *data,
         const char *at)
{
  guint line = 1;

  /* LF, CRLF and CR each end a line, as for the reader. */
  for (const char *p = data; p < at; p++)
    line += *p == '\n' || (*p == '\r' && (p + 1 >= at || p[1] != '\n'));
  return line;
}

#define BOM "\xEF\xBB\xBF"

/**
 * hip_csv_check_utf8:
 *
 * Checks that @data is text the reader takes: UTF-8, with no NUL character, and a byte order
 * mark only as its very first character (where hip_csv_reader_init() skips it).
 *
 * Returns: whether it is; if not, @error names the first line that is not and why
 */
gboolean
hip_csv_check_utf8 (const char  *data,
                    gsize        length,
                    GError     **error)
{
  const char *bad = NULL;
  const char *start = length >= 3 && memcmp (data, BOM, 3) == 0 ? data + 3 : data;
  const char *bom;

  if (!g_utf8_validate_len (data, length, &bad))
    {
      if (*bad == '\0')
        return fail (error, line_at (data, bad), _("contains a NUL character"));
      return fail (error, line_at (data, bad), _("the text is not UTF-8"));
    }
  bom = g_strstr_len (start, length - (start - data), BOM);
  if (bom == start)
    return fail (error, 1, _("the file starts with two byte order marks"));
  if (bom != NULL)
    return fail (error, line_at (data, bom), _("a byte order mark (U+FEFF) inside the text; only "
                                               "the file’s first character may be one"));
  return TRUE;
}

static gboolean
same_set (const HipLoggedSet *a,
          const HipLoggedSet *b)
{
  return g_strcmp0 (a->exercise_id, b->exercise_id) == 0 && a->side == b->side &&
         a->reps == b->reps && a->seconds == b->seconds && fabs (a->load - b->load) < 0.001 &&
         a->effort == b->effort && a->pain == b->pain;
}

/**
 * hip_csv_sets_equal:
 *
 * Returns: whether two sets are the same work: exercise, side, reps, seconds, load, effort and
 *   pain (not their numbers or ids)
 */
gboolean
hip_csv_sets_equal (const HipLoggedSet *a,
                    const HipLoggedSet *b)
{
  return same_set (a, b);
}

/* What makes set @set a copy of another: its number and all its work (the load to the gram,
 * as same_set() compares it). */
static char *
copy_key (const HipLoggedSet *set)
{
  return g_strdup_printf ("%u\x1f%s\x1f%d\x1f%u\x1f%u\x1f%.3f\x1f%d\x1f%d", set->set_number,
                          set->exercise_id, set->side, set->reps, set->seconds, set->load,
                          set->effort, set->pain);
}

/**
 * hip_csv_drop_copies:
 * @workout: with its sets
 *
 * Drops the sets that repeat an earlier one of @workout exactly, number included: the copies
 * a log imported twice held, which its exported file's lines merge into one workout. (The same
 * exercise may come twice in a session, numbered from 1 again, but never with the same work.)
 *
 * Returns: how many were dropped
 */
guint
hip_csv_drop_copies (HipWorkout *workout)
{
  /* By key, not set against set: a 64 MiB file of one workout holds most of a million sets. */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize n = 0;
  g_autofree gpointer *sets = g_ptr_array_steal (workout->sets, &n);
  guint dropped = 0;

  for (gsize i = 0; i < n; i++)
    {
      char *key = copy_key (sets[i]);

      if (g_hash_table_contains (seen, key))
        {
          g_free (key);
          hip_logged_set_free (sets[i]);
          dropped++;
          continue;
        }
      g_hash_table_add (seen, key);
      g_ptr_array_add (workout->sets, sets[i]);
    }
  return dropped;
}

/**
 * hip_csv_parse_workouts:
 * @known: (element-type utf8 utf8): the exercise ids a set may name
 * @psfs: (out) (optional) (transfer full) (element-type HipPsfsRecord): the lines of the
 *   functional scale's section; empty when the file has none
 *
 * Reads the whole text before anything is stored, so that a file is taken whole or refused
 * whole; the error names the line and what is wrong with it.
 *
 * Returns: (transfer full) (element-type HipWorkout) (nullable): the workouts, with their sets
 */
GPtrArray *
hip_csv_parse_workouts (const char  *data,
                        gsize        length,
                        GHashTable  *known,
                        GPtrArray  **psfs,
                        GError     **error)
{
  return hip_csv_parse_workouts_with_own (data, length, known, NULL, psfs, error);
}

/**
 * hip_csv_parse_workouts_with_own:
 * @own: (element-type utf8 utf8): receives the id and name of each of a person's own
 *   exercises ("user-…" ids, named in exercise_name) that @known does not hold
 *
 * As hip_csv_parse_workouts(), but a set may also name an own exercise of another copy of the
 * app, which the caller makes here.
 */
GPtrArray *
hip_csv_parse_workouts_with_own (const char  *data,
                                 gsize        length,
                                 GHashTable  *known,
                                 GHashTable  *own,
                                 GPtrArray  **psfs,
                                 GError     **error)
{
  g_autoptr(GPtrArray) workouts = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_workout_free);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_start = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) activities = g_hash_table_new (g_str_hash, g_str_equal);
  Reader r;
  g_autoptr(GError) local = NULL;
  Names names = { known, own, 0, FALSE };
  Places places = { activities, { NULL } };

  if (!hip_csv_reader_start (&r, data, length, fields, error) || !check_header (fields, error))
    return NULL;
  names.n_columns = fields->len;
  names.decimal_comma = r.separator == ';';

  while (hip_csv_reader_next (&r, fields, &local))
    {
      guint expected = records != NULL ? N_PSFS_COLUMNS : names.n_columns;

      if (fields->len == 1 && *(char *) fields->pdata[0] == '\0')
        continue;   /* a blank line, such as the end of the file */
      if (records == NULL && is_psfs_header (fields))
        {
          records = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_psfs_record_free);
          continue;
        }
      if (fields->len != expected)
        {
          fail (error, r.line, g_dngettext (GETTEXT_PACKAGE, "%u field instead of %u",
                                            "%u fields instead of %u", fields->len),
                fields->len, expected);
          return NULL;
        }
      if (records != NULL)
        {
          HipPsfsRecord *record = parse_psfs_line ((char **) fields->pdata, r.line, &places,
                                                   error);

          if (record == NULL)
            return NULL;
          g_ptr_array_add (records, record);
        }
      else if (!read_line (workouts, by_start, (char **) fields->pdata, r.line, &names, error))
        return NULL;
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  for (guint w = 0; w < workouts->len; w++)
    hip_csv_drop_copies (workouts->pdata[w]);
  if (psfs != NULL && records == NULL)
    records = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_psfs_record_free);
  if (psfs != NULL)
    *psfs = g_steal_pointer (&records);
  return g_steal_pointer (&workouts);
}
