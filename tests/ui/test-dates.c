/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates and times as the person's language and clock write them. British English, the
 * sources' own, is day first ("Monday 7 December"); US English (po/en_US.po, from the build
 * tree's catalogue) is month first ("Monday, December 7") and translates nothing but the date
 * patterns. Times of day on 12- and 24-hour clocks. No display is needed. */

#include "config.h"

#include "hip-test-utils.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hip-widget-utils.h"

/* Messages from now on in @language. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* gettext reads LANGUAGE again only after the locale is set. */
  setlocale (LC_ALL, "");
}

/* What each date pattern of the sources writes for Monday 7 December 2026 at 18:05. */
typedef struct
{
  char *day;          /* a day in a session's title or a sentence */
  char *date;         /* a programme's day, the start date */
  char *started;      /* when a workout started */
  char *table_day;    /* a day in the Progress tables */
  char *axis_day;     /* a day on a chart's axis, and with its year */
  char *axis_day_year;
  char *week_first;   /* a week's days under its number: the first and last within a month, */
  char *week_last;
  char *week_across;  /* and either across two */
} Written;

static void
written_clear (Written *w)
{
  g_free (w->day);
  g_free (w->date);
  g_free (w->started);
  g_free (w->table_day);
  g_free (w->axis_day);
  g_free (w->axis_day_year);
  g_free (w->week_first);
  g_free (w->week_last);
  g_free (w->week_across);
}

/* The patterns as the pages give them, from the catalogue of the language in use. */
static void
write_dates (Written *w)
{
  g_autoptr(GDateTime) started = g_date_time_new_local (2026, 12, 7, 18, 5, 0);
  char text[64];
  GDate date;

  g_date_set_dmy (&date, 7, G_DATE_DECEMBER, 2026);
  w->day = hip_format_date (&date, _("%A %-d %B"));
  w->date = hip_format_date (&date, _("%-d %B %Y"));
  w->started = g_date_time_format (started, _("%A %-d %B %Y, %X"));
  g_date_strftime (text, sizeof text, _("%e %b %Y"), &date);
  w->table_day = g_strdup (text);
  g_date_strftime (text, sizeof text, C_("chart day", "%e %b"), &date);
  w->axis_day = g_strdup (text);
  g_date_strftime (text, sizeof text, C_("chart day", "%e %b %Y"), &date);
  w->axis_day_year = g_strdup (text);
  w->week_first = hip_format_date (&date, C_("first day of a week in one month", "%-d"));
  w->week_last = hip_format_date (&date, C_("last day of a week in one month", "%-d %B"));
  w->week_across = hip_format_date (&date, C_("day of a week in two months", "%-d %B"));
}

/* No catalogue for British English: the sources' day-first dates. */
static void
test_british (void)
{
  Written w = { NULL };

  use_language ("en_GB");
  write_dates (&w);
  g_assert_cmpstr (w.day, ==, "Monday 7 December");
  g_assert_cmpstr (w.date, ==, "7 December 2026");
  g_assert_cmpstr (w.started, ==, "Monday 7 December 2026, 18:05:00");
  g_assert_cmpstr (w.table_day, ==, " 7 Dec 2026");
  g_assert_cmpstr (w.axis_day, ==, " 7 Dec");
  g_assert_cmpstr (w.week_first, ==, "7");           /* "7–13 December" */
  g_assert_cmpstr (w.week_last, ==, "7 December");
  g_assert_cmpstr (w.week_across, ==, "7 December");
  written_clear (&w);
}

/* US English: the month first, with the commas US readers expect; any other message is the
 * sources' own. */
static void
test_us (void)
{
  Written w = { NULL };

  use_language ("en_US");
  write_dates (&w);
  g_assert_cmpstr (w.day, ==, "Monday, December 7");
  g_assert_cmpstr (w.date, ==, "December 7, 2026");
  g_assert_cmpstr (w.started, ==, "Monday, December 7, 2026, 18:05:00");
  g_assert_cmpstr (w.table_day, ==, "Dec 7, 2026");
  g_assert_cmpstr (w.axis_day, ==, "Dec 7");
  g_assert_cmpstr (w.axis_day_year, ==, "Dec 7, 2026");
  g_assert_cmpstr (w.week_first, ==, "December 7");  /* "December 7–13" */
  g_assert_cmpstr (w.week_last, ==, "7");
  g_assert_cmpstr (w.week_across, ==, "December 7");
  g_assert_cmpstr (_("Programme"), ==, "Programme");
  g_assert_cmpstr (_("Exercises"), ==, "Exercises");
  written_clear (&w);
}

/* Whether @message is a date pattern: a month, a weekday or a day of the month in it. */
static gboolean
is_date_pattern (const char *message)
{
  static const char *fields[] = { "%B", "%b", "%A", "%e", "%-d" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strstr (message, fields[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* po/en_US.po translates the date patterns and nothing else (its other messages are left
 * for the sources' English), none of them fuzzy. */
static void
test_us_translates_dates_only (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "po",
                                            "en_US.po", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) id = g_string_new (NULL);
  g_autoptr(GString) str = g_string_new (NULL);
  GString *current = NULL;
  guint translated = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "#, fuzzy"));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (g_str_has_prefix (line, "msgid "))
        {
          g_string_truncate (id, 0);
          g_string_truncate (str, 0);
          current = id;
        }
      else if (g_str_has_prefix (line, "msgstr"))
        current = str;
      else if (line[0] != '"')
        {
          if (current == str && id->len > 0 && str->len > 0)
            {
              g_test_message ("%s → %s", id->str, str->str);
              g_assert_true (is_date_pattern (id->str));
              translated++;
            }
          current = NULL;
          continue;
        }
      if (current != NULL)
        hip_test_po_append_quoted (current, line);
    }
  g_assert_cmpuint (translated, ==, 9);
}

/* Times of day on the person's clock. */
static void
test_time_of_day (void)
{
  static const struct
  {
    guint       minutes;
    const char *twelve;
    const char *twenty_four;
  } times[] = {
    { 0, "12:00 AM", "00:00" },
    { 5, "12:05 AM", "00:05" },
    { 7 * 60 + 5, "7:05 AM", "07:05" },
    { 11 * 60 + 59, "11:59 AM", "11:59" },
    { 12 * 60, "12:00 PM", "12:00" },
    { 13 * 60 + 30, "1:30 PM", "13:30" },
    { 18 * 60, "6:00 PM", "18:00" },
    { 23 * 60 + 59, "11:59 PM", "23:59" },
  };

  use_language ("en_US");
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *twelve = hip_format_time_of_day (times[i].minutes, TRUE);
      g_autofree char *twenty_four = hip_format_time_of_day (times[i].minutes, FALSE);

      g_assert_cmpstr (twelve, ==, times[i].twelve);
      g_assert_cmpstr (twenty_four, ==, times[i].twenty_four);
    }
  g_assert_false (hip_clock_uses_12_hours (NULL));
}

int
main (int   argc,
      char *argv[])
{
  /* The build tree's catalogues, as the tests are run; else the installed ones. */
  bindtextdomain (GETTEXT_PACKAGE,
                  argc > 1 && argv[argc - 1][0] == '/' ? argv[--argc] : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/dates/british", test_british);
  g_test_add_func ("/ui/dates/us", test_us);
  g_test_add_func ("/ui/dates/us-translates-dates-only", test_us_translates_dates_only);
  g_test_add_func ("/ui/dates/time-of-day", test_time_of_day);

  return g_test_run ();
}
