/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app on a German desktop: every page is walked, and any visible text that is one of our
 * English messages, with a German translation it should have shown instead, fails the test.
 * Screenshots in German, light and dark. */

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hip-application.h"
#include "hip-exercise-editor.h"
#include "hip-first-run.h"
#include "hip-first-run-private.h"
#include "hip-import-dialog.h"
#include "hip-programme-import-dialog.h"
#include "hip-programme-share.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-today-page.h"
#include "hip-today-page-private.h"
#include "hip-window.h"
#include "hip-window-private.h"

typedef struct
{
  HipApplication *app;
  HipWindow      *window;
} Fixture;

/* Words that read the same in both languages, or are names. */
static const char *same_in_german[] = {
  "Strong Hips", "kg", "lb", "OK", "Start", "Sets", "Level", "Name", "Plank", "Bird dog",
  "Dead bug", "Pallof press", "Copenhagen", "McGill", "Cable", "Minimum", "Maximum", "Normal",
  "Ende", NULL,
};

static const char *
text_of (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (ADW_IS_PREFERENCES_GROUP (widget))
    return adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  return NULL;
}

static GHashTable *german;   /* English message → its German, "" when not translated */

/* One quoted line of a .po file, unescaped, appended to @out. */
static void
append_quoted (GString    *out,
               const char *line)
{
  const char *start = strchr (line, '"'), *end = strrchr (line, '"');
  g_autofree char *inner = NULL;
  g_autofree char *text = NULL;

  if (start == NULL || end == start)
    return;
  inner = g_strndup (start + 1, end - start - 1);
  text = g_strcompress (inner);
  g_string_append (out, text);
}

/* Reads po/de.po: each message with its German, "" for one fuzzy or not translated. */
static GHashTable *
read_po (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) id = g_string_new (NULL);
  g_autoptr(GString) str = g_string_new (NULL);
  GString *current = NULL;
  gboolean fuzzy = FALSE, plural = FALSE;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '\0' || lines[i + 1] == NULL)
        {
          if (id->len > 0 && !plural)
            g_hash_table_replace (messages, g_strdup (id->str),
                                  g_strdup (fuzzy ? "" : str->str));
          g_string_truncate (id, 0);
          g_string_truncate (str, 0);
          fuzzy = plural = FALSE;
          current = NULL;
        }
      else if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy") != NULL)
        fuzzy = TRUE;
      else if (g_str_has_prefix (line, "msgid_plural"))
        plural = TRUE;
      else if (g_str_has_prefix (line, "msgid "))
        append_quoted (current = id, line);
      else if (g_str_has_prefix (line, "msgstr"))
        append_quoted (current = str, line);
      else if (*line == '"' && current != NULL)
        append_quoted (current, line);
    }
  return messages;
}

/* One of our English messages, shown in English on a German desktop. */
static gboolean
untranslated (const char *text)
{
  const char *translation;

  if (text == NULL || *text == '\0' || g_strv_contains (same_in_german, text))
    return FALSE;
  translation = g_hash_table_lookup (german, text);
  return translation != NULL && strcmp (translation, text) != 0;
}

static void
walk (GtkWidget  *widget,
      const char *page,
      GPtrArray  *found)
{
  const char *text = text_of (widget);

  if (!gtk_widget_get_visible (widget))
    return;
  if (untranslated (text))
    g_ptr_array_add (found, g_strdup_printf ("%s: “%s” (%s)", page, text,
                                             G_OBJECT_TYPE_NAME (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk (child, page, found);
}

/* Every window open: the main one and its dialogs. */
static void
check (Fixture    *f,
       const char *page,
       GPtrArray  *found)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      walk (window, page, found);
    }
}

/* Closes every window but the main one. */
static void
close_others (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (f->window))
        gtk_window_destroy (window);
    }
}

static void
show (Fixture    *f,
      const char *name)
{
  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL)),
    name);
}

/* The review shows the tracker's own names as the file has them ("Clamshell" beside our
 * "Muschel"): those are not ours to translate. */
static void
forgive_file_text (GPtrArray  *found,
                   const char *page,
                   const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s: “", page);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (guint i = found->len; i > 0; i--)
    {
      const char *entry = found->pdata[i - 1];
      g_autofree char *text = NULL;
      const char *end;

      if (!g_str_has_prefix (entry, prefix) || (end = strstr (entry, "” (")) == NULL)
        continue;
      text = g_strndup (entry + strlen (prefix), end - entry - strlen (prefix));
      if (strstr (contents, text) != NULL)
        g_ptr_array_remove_index (found, i - 1);
    }
}

/* What comes in from outside, reviewed before it is added, and the editor of one's own. */
static void
show_data_windows (Fixture   *f,
                   GPtrArray *found)
{
  const char *root = g_getenv ("STRONG_HIPS_SOURCE_DIR");
  g_autofree char *export = g_build_filename (root, "tests", "data", "strong.csv", NULL);
  g_autofree char *programme = g_build_filename (root, "data", "programmes",
                                                 "example.strong-hips-programme", NULL);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-exercise", NULL);
  check (f, "exercise-editor", found);
  hip_test_screenshot (GTK_WIDGET (hip_test_find_toplevel (HIP_TYPE_EXERCISE_EDITOR)),
                       "german-exercise-editor");
  close_others (f);
  hip_window_review_import (f->window, export);
  hip_test_wait_for_toplevel (HIP_TYPE_IMPORT_DIALOG);
  check (f, "import-review", found);
  forgive_file_text (found, "import-review", export);
  hip_test_screenshot (GTK_WIDGET (hip_test_find_toplevel (HIP_TYPE_IMPORT_DIALOG)),
                       "german-import-review");
  close_others (f);
  hip_programme_share_review (f->window, programme);
  hip_test_wait_for_toplevel (HIP_TYPE_PROGRAMME_IMPORT_DIALOG);
  check (f, "programme-review", found);
  hip_test_screenshot (GTK_WIDGET (hip_test_find_toplevel (HIP_TYPE_PROGRAMME_IMPORT_DIALOG)),
                       "german-programme-review");
  close_others (f);
}

static void
test_every_page_in_german (void)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  Fixture fixture, *f = &fixture;
  HipFirstRun *first_run;

  hip_test_clear_user_data ();
  f->window = hip_test_app_start (&f->app);
  first_run = hip_window_get_first_run (f->window);
  check (f, "welcome", found);
  hip_test_screenshot (GTK_WIDGET (f->window), "german-welcome");
  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.next", NULL);
  check (f, "screening", found);
  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.next", NULL);
  check (f, "profile", found);
  hip_test_screenshot (GTK_WIDGET (f->window), "german-profile");
  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.next", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  show (f, "programme");
  check (f, "programme", found);
  hip_test_screenshot (GTK_WIDGET (f->window), "german-programme");
  show (f, "exercises");
  check (f, "exercises", found);
  hip_test_screenshot (GTK_WIDGET (f->window), "german-exercises");
  hip_window_show_exercise (f->window, "clamshell");
  check (f, "detail", found);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
  show (f, "today");
  check (f, "today", found);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  hip_test_screenshot (GTK_WIDGET (f->window), "german-today-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  show (f, "progress");
  check (f, "progress", found);
  hip_test_screenshot (GTK_WIDGET (f->window), "german-progress");

  /* A session: the pain before it, then the player. */
  show (f, "today");
  gtk_widget_activate_action (GTK_WIDGET (hip_window_get_today_page (f->window)), "today.start",
                              NULL);
  check (f, "before-you-start", found);
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    adw_message_dialog_response (dialog, "start");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  check (f, "player", found);
  hip_test_screenshot (GTK_WIDGET (f->window), "german-player");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "app.preferences", NULL);
  check (f, "preferences", found);
  close_others (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.about-back-pain", NULL);
  check (f, "about-back-pain", found);
  close_others (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.safety-signs", NULL);
  check (f, "safety-signs", found);
  close_others (f);
  show_data_windows (f, found);

  for (guint i = 0; i < found->len; i++)
    g_test_message ("%s", (const char *) found->pdata[i]);
  g_assert_cmpuint (found->len, ==, 0);
  hip_test_app_stop (f->app, f->window);
}

int
main (int   argc,
      char *argv[])
{
  /* A German desktop (tests/meson.build: LC_ALL=de_DE.UTF-8 from the build tree's LOCPATH,
   * LANGUAGE=de), its messages from the build tree's catalogue. Without the locale, German
   * messages would sit among English dates and numbers: no walk then. */
  if (setlocale (LC_ALL, "") == NULL || strcmp (nl_langinfo (RADIXCHAR), ",") != 0)
    {
      g_printerr ("No de_DE.UTF-8 locale (LOCPATH=%s): install the locales package and "
                  "reconfigure the build, which makes it with localedef\n",
                  g_getenv ("LOCPATH"));
      return 1;
    }
  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "de");
  bindtextdomain (GETTEXT_PACKAGE, argc > 1 && argv[argc - 1][0] == '/' ? argv[--argc] : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (!hip_test_ui_init (&argc, &argv))
    return 77;
  {
    g_autofree char *po = g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "po", "de.po",
                                            NULL);
    int status;

    german = read_po (po);
    /* The build tree's catalogue must be the one shown. */
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Exercises"), !=, "Exercises");
    g_test_add_func ("/ui/german/every-page", test_every_page_in_german);
    status = g_test_run ();
    g_hash_table_unref (german);
    return status;
  }
}
