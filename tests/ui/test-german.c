/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app on a German desktop (a real de_DE.UTF-8 locale, LANGUAGE=de): every page, window and
 * dialog is walked, and any text a person can see or hear from it (labels, buttons, row titles
 * and subtitles, group and status page texts, window titles, tooltips, placeholders, menus and
 * the choices of drop-downs) that is one of our English messages, filled in or not, fails the
 * test. Screenshots in German, light and dark, wide and at 360 px, where no label may be cut
 * short. */

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hip-application.h"
#include "hip-coach.h"
#include "hip-coach-private.h"
#include "hip-catalogue.h"
#include "hip-education-topics.h"
#include "hip-education-window.h"
#include "hip-exercise-card.h"
#include "hip-exercise-card-private.h"
#include "hip-exercise-editor.h"
#include "hip-first-run.h"
#include "hip-first-run-private.h"
#include "hip-import-dialog.h"
#include "hip-log.h"
#include "hip-muscle-map.h"
#include "hip-preferences-window.h"
#include "hip-profile-window.h"
#include "hip-programme-import-dialog.h"
#include "hip-programme-share.h"
#include "hip-psfs-checkin.h"
#include "hip-cues-private.h"
#include "hip-session-player.h"
#include "hip-session-player-private.h"
#include "hip-store.h"
#include "hip-test-app.h"
#include "hip-test-player.h"
#include "hip-test-utils.h"
#include "hip-today-page.h"
#include "hip-today-page-private.h"
#include "hip-window.h"
#include "hip-window-private.h"

typedef struct
{
  HipApplication *app;
  HipWindow      *window;
  GPtrArray      *found;
  GHashTable     *seen;
} Fixture;

/* The messages whose German in po/de.po is the same word, and why a German reader sees them
 * as they are. Any other message shown as its English fails, whatever de.po says. */
static const char *same_in_german[] = {
  /* Names: the app's, and the trackers whose exports are read. */
  "Strong Hips", "Strong", "FitNotes", "Hevy", "JEFIT",
  /* Units. */
  "kg", "lb",
  /* The muscles' Latin names, which German anatomy uses as they are. */
  "Psoas major", "Iliacus", "Rectus femoris", "Sartorius", "Tensor fasciae latae", "Pectineus",
  "Adductor longus", "Adductor brevis", "Adductor magnus", "Gracilis", "Gluteus maximus",
  "Gluteus medius", "Gluteus minimus", "Biceps femoris", "Semitendinosus", "Semimembranosus",
  "Piriformis", "Gemellus superior", "Gemellus inferior", "Quadratus femoris",
  "Rectus abdominis", "Transversus abdominis", "Erector spinae", "Multifidus",
  "Quadratus lumborum",
  /* German words spelt as the English ones: der Name, die Details, die Minute, das Training,
   * die Pause, der Median; sagittal and frontal are the German anatomical adjectives. */
  "Name", "Details", "Minute", "Training", "Pause", "Median", "Sagittal", "Frontal",
  /* The loanwords German uses: die Kettlebell (Duden), and Pacing, the term of German pain
   * therapy, which its page of About Back Pain explains. */
  "Kettlebell", "Pacing",
  NULL,
};

/* English message → its German; both forms of a plural message. */
static GHashTable *german;

/* The English messages with placeholders ("%u sets", "Set %u of %u · %s") as patterns that
 * match them filled in ("14 sets"), where the German differs. */
typedef struct
{
  GRegex *regex;
  char   *msgid;
} Pattern;

static GPtrArray *patterns;

static void
pattern_free (Pattern *p)
{
  g_regex_unref (p->regex);
  g_free (p->msgid);
  g_free (p);
}

/* A printf conversion, as xgettext marks c-format messages; %<PRId64> for G_GINT64_FORMAT. */
#define CONVERSION \
  "%(?:[0-9]+\\$)?[-+ #0']*[0-9]*(?:\\.[0-9]+)?(?:hh|h|ll|l|z)?[sdiufgxc]|%<[A-Za-z0-9]+>"

/* Returns: (nullable): a pattern matching @msgid filled in, or %NULL when it has no conversion
 * or too little text of its own ("%s: %s") to tell English from German */
static GRegex *
pattern_of (const char *msgid)
{
  static GRegex *conversion, *word;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) re = g_string_new ("^");
  g_autoptr(GString) literal = g_string_new (NULL);
  g_autoptr(GMatchInfo) match = NULL;
  gboolean strings = FALSE;
  guint letters = 0;

  if (conversion == NULL)
    {
      conversion = g_regex_new (CONVERSION, 0, 0, NULL);
      word = g_regex_new ("[A-Za-z]{3,}", 0, 0, NULL);
    }
  if (!g_regex_match (conversion, msgid, 0, NULL))
    return NULL;
  parts = g_regex_split (conversion, msgid, 0);
  g_regex_match (conversion, msgid, 0, &match);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) percent = g_strsplit (parts[i], "%%", -1);
      g_autofree char *joined = g_strjoinv ("%", percent);
      g_autofree char *text = g_regex_escape_string (joined, -1);

      g_string_append (literal, joined);
      g_string_append (re, text);
      if (g_match_info_matches (match))
        {
          g_autofree char *spec = g_match_info_fetch (match, 0);

          /* A number is a number; a string is anything. */
          if (g_str_has_suffix (spec, "s"))
            {
              strings = TRUE;
              g_string_append (re, "(?:.+?)");
            }
          else
            g_string_append (re, "(?:[-−+]?[0-9][0-9.,  ]*)");
          g_match_info_next (match, NULL);
        }
    }
  g_string_append (re, "$");
  /* Words of its own, and more than a short one around any string ("%s for %s" is half the
   * titles of the studies About lists). */
  for (const char *c = literal->str; *c != '\0'; c++)
    letters += g_ascii_isalpha (*c);
  if (!g_regex_match (word, literal->str, 0, NULL) || (strings && letters < 4))
    return NULL;
  return g_regex_new (re->str, G_REGEX_DOTALL, 0, NULL);
}

static void
add_message (GHashTable *messages,
             GString    *english,
             GString    *translation)
{
  GRegex *regex;

  if (english->len == 0)
    return;
  /* A message in two contexts keeps a German that differs, if either does. */
  if (!g_hash_table_contains (messages, english->str) ||
      strcmp (translation->str, english->str) != 0)
    g_hash_table_replace (messages, g_strdup (english->str), g_strdup (translation->str));
  if (strcmp (translation->str, english->str) != 0 && (regex = pattern_of (english->str)) != NULL)
    {
      Pattern *p = g_new (Pattern, 1);

      p->regex = regex;
      p->msgid = g_strdup (english->str);
      g_ptr_array_add (patterns, p);
    }
}

/* Reads po/de.po: each message, singular and plural, with its German ("" when fuzzy). */
static GHashTable *
read_po (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) id = g_string_new (NULL);
  g_autoptr(GString) id_plural = g_string_new (NULL);
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(GString) str_plural = g_string_new (NULL);
  GString *current = NULL;
  gboolean fuzzy = FALSE;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '\0' || lines[i + 1] == NULL)
        {
          if (fuzzy)
            g_string_truncate (str, 0), g_string_truncate (str_plural, 0);
          add_message (messages, id, str);
          add_message (messages, id_plural, str_plural);
          g_string_truncate (id, 0);
          g_string_truncate (id_plural, 0);
          g_string_truncate (str, 0);
          g_string_truncate (str_plural, 0);
          fuzzy = FALSE;
          current = NULL;
        }
      else if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy") != NULL)
        fuzzy = TRUE;
      else if (*line == '#' || g_str_has_prefix (line, "msgctxt"))
        current = NULL;
      else if (g_str_has_prefix (line, "msgid_plural "))
        hip_test_po_append_quoted (current = id_plural, line);
      else if (g_str_has_prefix (line, "msgid "))
        hip_test_po_append_quoted (current = id, line);
      else if (g_str_has_prefix (line, "msgstr[0] ") || g_str_has_prefix (line, "msgstr "))
        hip_test_po_append_quoted (current = str, line);
      else if (g_str_has_prefix (line, "msgstr[1] "))
        hip_test_po_append_quoted (current = str_plural, line);
      else if (g_str_has_prefix (line, "msgstr["))
        current = NULL;
      else if (*line == '"' && current != NULL)
        hip_test_po_append_quoted (current, line);
    }
  return messages;
}

/* Returns: (nullable): why @text is English, or %NULL when it is not one of our messages in
 * English */
static const char *
why_english (const char *text)
{
  const char *translation;

  if (text == NULL || *text == '\0' || g_strv_contains (same_in_german, text))
    return NULL;
  translation = g_hash_table_lookup (german, text);
  if (translation != NULL && strcmp (translation, text) != 0)
    return "English";
  /* Kept as it is by de.po, and not a word German shares: a symbol ("1×") is no word. */
  if (translation != NULL)
    return g_regex_match_simple ("[A-Za-z]{2}", text, 0, 0) ? "kept in English by de.po" : NULL;
  for (guint i = 0; i < patterns->len; i++)
    {
      Pattern *p = patterns->pdata[i];

      if (g_regex_match (p->regex, text, 0, NULL))
        return p->msgid;
    }
  return NULL;
}

/* Returns: (nullable): why @text, or a line of it, or a part between its " · ", is English */
static const char *
why_english_in (const char *text)
{
  const char *why = why_english (text);
  g_auto(GStrv) lines = NULL;

  if (why != NULL || text == NULL)
    return why;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && why == NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " · ", -1);

      for (guint j = 0; parts[j] != NULL && why == NULL; j++)
        if (strcmp (parts[j], text) != 0)
          why = why_english (parts[j]);
    }
  return why;
}

static void
note (Fixture    *f,
      const char *page,
      GtkWidget  *widget,
      const char *what,
      const char *text)
{
  const char *why = why_english_in (text);
  g_autofree char *key = NULL;

  if (why == NULL)
    return;
  /* Once, where it is first seen: the main window is walked with every dialog. */
  key = g_strdup_printf ("%s\n%s\n%s", text, G_OBJECT_TYPE_NAME (widget), what);
  if (g_hash_table_add (f->seen, g_steal_pointer (&key)))
    g_ptr_array_add (f->found, g_strdup_printf ("%s: “%s” (%s %s: %s)", page, text,
                                                G_OBJECT_TYPE_NAME (widget), what, why));
}

/* A menu's items, its sections and submenus included. */
static void
note_menu (Fixture    *f,
           const char *page,
           GtkWidget  *widget,
           GMenuModel *menu)
{
  for (int i = 0; menu != NULL && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        note (f, page, widget, "menu item", label);
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          note_menu (f, page, widget, link);
          g_object_unref (link);
        }
    }
}

/* The choices of a drop-down whose items are strings, shown only once it opens. */
static void
note_choices (Fixture    *f,
              const char *page,
              GtkWidget  *widget,
              GListModel *model)
{
  for (guint i = 0; GTK_IS_STRING_LIST (model) && i < g_list_model_get_n_items (model); i++)
    note (f, page, widget, "choice", gtk_string_list_get_string (GTK_STRING_LIST (model), i));
}

/* Every text @widget itself shows or says: its string properties that people read (a label's
 * text, a row's title and subtitle, a group's or status page's description, a window's title,
 * a dialog's heading and body, an entry's placeholder, a tooltip), its menu and its choices. */
static void
note_widget (Fixture    *f,
             const char *page,
             GtkWidget  *widget)
{
  static const char *properties[] = {
    "label", "title", "subtitle", "description", "heading", "body", "placeholder-text",
    "tooltip-text", NULL,
  };
  GObjectClass *klass = G_OBJECT_GET_CLASS (widget);

  for (guint i = 0; properties[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, properties[i]);
      g_autofree char *value = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
        continue;
      g_object_get (widget, properties[i], &value, NULL);
      note (f, page, widget, properties[i], value);
    }
  if (GTK_IS_LABEL (widget))
    note (f, page, widget, "text", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_MENU_BUTTON (widget))
    note_menu (f, page, widget, gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)));
  if (GTK_IS_POPOVER_MENU (widget))
    note_menu (f, page, widget, gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (widget)));
  if (GTK_IS_DROP_DOWN (widget))
    note_choices (f, page, widget, gtk_drop_down_get_model (GTK_DROP_DOWN (widget)));
  if (ADW_IS_COMBO_ROW (widget))
    note_choices (f, page, widget, adw_combo_row_get_model (ADW_COMBO_ROW (widget)));
}

static void
walk (Fixture    *f,
      GtkWidget  *widget,
      const char *page)
{
  if (!gtk_widget_get_visible (widget))
    return;
  note_widget (f, page, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    walk (f, child, page);
}

/* Every window open: the main one and its dialogs. */
static void
check (Fixture    *f,
       const char *page)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      walk (f, window, page);
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
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* Labels under @widget cut short (ellipsized) at their present size. A drop-down's button
 * shortens the name of a programme, which the person chose and may make as long as they
 * like, by design (its list shows it whole): that one is no translation's doing. */
static void
note_cut_short (Fixture    *f,
                const char *name,
                GtkWidget  *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child) || GTK_IS_DROP_DOWN (child))
        continue;
      if (GTK_IS_LABEL (child) &&
          pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (child))))
        g_ptr_array_add (f->found, g_strdup_printf ("%s: “%s” cut short", name,
                                                    gtk_label_get_text (GTK_LABEL (child))));
      note_cut_short (f, name, child);
    }
}

/* Saves @widget as @name, where no label may be cut short either. */
static void
shot (Fixture    *f,
      GtkWidget  *widget,
      const char *name)
{
  hip_test_screenshot (widget, name);
  note_cut_short (f, name, widget);
}

/* Saves @window as @name wide (its own width) and at 360 px, light and dark; no label of it is
 * cut short by the longer German words. */
static void
screenshots (Fixture    *f,
             GtkWidget  *window,
             const char *name)
{
  static const struct { int width; const char *suffix; } sizes[] = {
    { 0, "" }, { 360, "-narrow" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  if (width <= 0 || height <= 0)
    {
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
    }

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      int w = sizes[s].width > 0 ? sizes[s].width : width;

      gtk_window_set_default_size (GTK_WINDOW (window), w, height);
      hip_test_wait_for_size (window, w);
      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *file = g_strconcat ("german-", name, sizes[s].suffix,
                                               dark ? "-dark" : "", NULL);

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          gtk_test_widget_wait_for_draw (window);
          hip_test_screenshot (window, file);
          if (!dark)
            note_cut_short (f, file, window);
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  hip_test_wait_for_size (window, width);
}

/* The review shows the tracker's own names as the file has them ("Clamshell" beside our
 * "Muschel"): those are not ours to translate. */
static void
forgive_file_text (Fixture    *f,
                   const char *page,
                   const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s: “", page);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (guint i = f->found->len; i > 0; i--)
    {
      const char *entry = f->found->pdata[i - 1];
      g_autofree char *text = NULL;
      const char *end;

      if (!g_str_has_prefix (entry, prefix) || (end = strstr (entry, "” (")) == NULL)
        continue;
      text = g_strndup (entry + strlen (prefix), end - entry - strlen (prefix));
      if (strstr (contents, text) != NULL)
        g_ptr_array_remove_index (f->found, i - 1);
    }
}

static GtkWindow *
toplevel (GType type)
{
  GtkWindow *window = hip_test_wait_for_toplevel (type);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static AdwMessageDialog *
message_dialog (void)
{
  return ADW_MESSAGE_DIALOG (toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* What comes in from outside, reviewed before it is added, and the editor of one's own. */
static void
show_data_windows (Fixture *f)
{
  const char *root = g_getenv ("STRONG_HIPS_SOURCE_DIR");
  g_autofree char *export = g_build_filename (root, "tests", "data", "strong.csv", NULL);
  g_autofree char *programme = g_build_filename (root, "data", "programmes",
                                                 "example.strong-hips-programme", NULL);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-exercise", NULL);
  check (f, "exercise-editor");
  shot (f, GTK_WIDGET (toplevel (HIP_TYPE_EXERCISE_EDITOR)),
                       "german-exercise-editor");
  close_others (f);
  hip_window_review_import (f->window, export);
  check (f, "import-review");
  forgive_file_text (f, "import-review", export);
  shot (f, GTK_WIDGET (toplevel (HIP_TYPE_IMPORT_DIALOG)), "german-import-review");
  close_others (f);
  hip_programme_share_review (f->window, programme);
  check (f, "programme-review");
  forgive_file_text (f, "programme-review", programme);
  shot (f, GTK_WIDGET (toplevel (HIP_TYPE_PROGRAMME_IMPORT_DIALOG)),
                       "german-programme-review");
  close_others (f);
}

/* About, each of its pages, and the Keyboard Shortcuts window. */
static void
show_about_and_shortcuts (Fixture *f)
{
  /* libadwaita's own rows, found by their German titles. */
  static const char *pages[] = { "_Credits", "_Legal", "_Acknowledgements" };
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  about = toplevel (ADW_TYPE_ABOUT_WINDOW);
  check (f, "about");
  shot (f, GTK_WIDGET (about), "german-about");
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      const char *title = g_dgettext ("libadwaita", pages[i]);
      GtkWidget *row = hip_test_find_widget (GTK_WIDGET (about), ADW_TYPE_ACTION_ROW, title);
      g_autofree char *name = g_ascii_strdown (pages[i] + 1, -1);
      g_autofree char *file = g_strdup_printf ("german-about-%s", name);

      g_assert_nonnull (row);
      gtk_widget_activate (row);
      check (f, file);
      shot (f, GTK_WIDGET (about), file);
    }
  close_others (f);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay", NULL);
  check (f, "shortcuts");
  shot (f, GTK_WIDGET (toplevel (GTK_TYPE_SHORTCUTS_WINDOW)), "german-shortcuts");
  close_others (f);
}

/* About Back Pain: the topics, then each page. */
static void
show_education (Fixture *f)
{
  HipEducationWindow *education;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.about-back-pain", NULL);
  education = HIP_EDUCATION_WINDOW (toplevel (HIP_TYPE_EDUCATION_WINDOW));
  check (f, "about-back-pain");
  screenshots (f, GTK_WIDGET (education), "about-back-pain");
  for (guint i = 0; i < hip_education_topics_get_n (); i++)
    {
      const HipEducationTopic *topic = hip_education_topics_get (i);
      g_autofree char *page = g_strdup_printf ("about-back-pain-%s", topic->id);

      hip_education_window_show_topic (education, topic->id);
      check (f, page);
      if (g_str_equal (topic->id, "pacing"))
        screenshots (f, GTK_WIDGET (education), page);
    }
  close_others (f);
}

/* A session yesterday, so that this morning's check-in is due, and two activities to rate this
 * week, as a person with a programme meets them on Today. */
static void
seed_checkins (Fixture *f)
{
  HipCoach *coach = hip_application_get_coach (f->app);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_workout_free);
  const char *activities[] = { "Treppensteigen", "Socken anziehen", NULL };
  HipWorkout *workout = hip_workout_new ();

  workout->week = 1;
  workout->session = 1;
  workout->started = hip_log_format_time (yesterday);
  workout->finished = hip_log_format_time (yesterday);
  workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  g_ptr_array_add (one, workout);
  g_assert_true (hip_store_import_workouts (hip_coach_get_store (coach), one, NULL));
  /* Saved through the coach, whose signal has Today show both. */
  g_assert_true (hip_coach_save_psfs_activities (coach, activities, today, NULL));
  g_assert_true (hip_coach_checkin_due (coach, today));
  g_assert_true (hip_coach_psfs_due (coach, today));
}

static void
record_cue (const char *text,
            const char *language,
            gpointer    data)
{
  g_ptr_array_add (data, g_strdup_printf ("%s\n%s", language, text));
}

/* The spoken cues, in German and by a German voice: the exercise's name, then its set. */
static void
check_spoken (Fixture   *f,
              GPtrArray *spoken)
{
  g_auto(GStrv) set = NULL;

  g_assert_cmpuint (spoken->len, >=, 2);
  for (guint i = 0; i < spoken->len; i++)
    {
      g_auto(GStrv) said = g_strsplit (spoken->pdata[i], "\n", 2);

      g_test_message ("said in %s: %s", said[0], said[1]);
      g_assert_cmpstr (said[0], ==, "de");
      if (why_english_in (said[1]) != NULL)
        g_ptr_array_add (f->found, g_strdup_printf ("player: “%s” spoken in English", said[1]));
    }
  set = g_strsplit (spoken->pdata[1], "\n", 2);
  g_assert_true (g_str_has_prefix (set[1], "Satz 1 von "));
}

/* A session: the pain before it, the player (heard too) and its rest, ended early, and the
 * summary. */
static void
play_session (Fixture *f)
{
  HipTodayPage *today = hip_window_get_today_page (f->window);
  GtkWidget *player = hip_today_page_get_player (today);
  g_autoptr(GPtrArray) spoken = g_ptr_array_new_with_free_func (g_free);

  g_object_set (hip_application_get_coach (f->app), "spoken-cues", TRUE, NULL);
  hip_cues_set_speaker (hip_session_player_get_cues (HIP_SESSION_PLAYER (player)), record_cue,
                        spoken);
  show (f, "today");
  gtk_widget_activate_action (GTK_WIDGET (today), "today.start", NULL);
  check (f, "before-you-start");
  shot (f, GTK_WIDGET (message_dialog ()), "german-before-you-start");
  respond (message_dialog (), "start");
  check_spoken (f, spoken);
  check (f, "player");
  screenshots (f, GTK_WIDGET (f->window), "player");
  /* A held set too (its Start Hold button is German as well), at 360 px. */
  while (hip_session_player_get_current (HIP_SESSION_PLAYER (player)) != NULL &&
         hip_session_player_get_current (HIP_SESSION_PLAYER (player))->reps > 0)
    gtk_widget_activate_action (player, "workout.skip", NULL);
  g_assert_nonnull (hip_session_player_get_current (HIP_SESSION_PLAYER (player)));
  check (f, "player-hold");
  screenshots (f, GTK_WIDGET (f->window), "player-hold");
  gtk_widget_activate_action (player, "workout.log", NULL);
  check (f, "player-rest");
  shot (f, GTK_WIDGET (f->window), "german-player-rest");
  gtk_widget_activate_action (player, "workout.end", NULL);
  check (f, "end-workout");
  shot (f, GTK_WIDGET (message_dialog ()), "german-end-workout");
  respond (message_dialog (), "end");
  g_assert_cmpstr (hip_today_page_get_state (today), ==, "summary");
  check (f, "summary");
  screenshots (f, GTK_WIDGET (f->window), "summary");
  gtk_widget_activate_action (GTK_WIDGET (today), "today.done", NULL);
  hip_cues_set_speaker (hip_session_player_get_cues (HIP_SESSION_PLAYER (player)), NULL, NULL);
  g_object_set (hip_application_get_coach (f->app), "spoken-cues", FALSE, NULL);

  /* The next session, walked to its end at 360 px: the longer German words keep to 360 px in
   * every state of the player. */
  gtk_widget_activate_action (GTK_WIDGET (today), "today.start", NULL);
  respond (message_dialog (), "start");
  hip_test_player_resize (HIP_SESSION_PLAYER (player), 360);
  hip_test_player_walk (HIP_SESSION_PLAYER (player), 360, "german-player-360");
  check (f, "player-end");
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 1100);
}

static void
first_run (Fixture *f)
{
  HipFirstRun *first_run = hip_window_get_first_run (f->window);

  check (f, "welcome");
  screenshots (f, GTK_WIDGET (f->window), "welcome");
  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.next", NULL);
  check (f, "screening");
  screenshots (f, GTK_WIDGET (f->window), "screening");
  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.next", NULL);
  check (f, "profile");
  screenshots (f, GTK_WIDGET (f->window), "profile");
  gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.next", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* The buttons under @root that run @action. */
static guint
count_buttons (GtkWidget  *root,
               const char *action)
{
  guint n = GTK_IS_BUTTON (root) &&
            g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_buttons (child, action);
  return n;
}

/* Every exercise's name reads whole on its card, beside the still, however long in German
 * (the cards are drawn, so their text is not walked). */
static void
check_cards (Fixture *f)
{
  GListModel *catalogue = G_LIST_MODEL (hip_coach_get_catalogue (
    hip_application_get_coach (f->app)));

  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(HipExercise) exercise = g_list_model_get_item (catalogue, i);
      GtkWidget *card = g_object_ref_sink (g_object_new (HIP_TYPE_EXERCISE_CARD,
                                                         "exercise", exercise, NULL));

      if (!hip_exercise_card_name_fits (HIP_EXERCISE_CARD (card)))
        g_ptr_array_add (f->found, g_strdup_printf ("exercises: “%s” cut short on its card",
                                                    hip_exercise_get_name (exercise)));
      g_object_unref (card);
    }
}

static void
main_pages (Fixture *f)
{
  HipTodayPage *today = hip_window_get_today_page (f->window);

  show (f, "programme");
  check (f, "programme");
  screenshots (f, GTK_WIDGET (f->window), "programme");
  show (f, "exercises");
  check (f, "exercises");
  check_cards (f);
  screenshots (f, GTK_WIDGET (f->window), "exercises");
  /* The detail page, its muscle map's front and back among it. */
  hip_window_show_exercise (f->window, "clamshell");
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (f->window), HIP_TYPE_MUSCLE_MAP, NULL));
  check (f, "detail");
  screenshots (f, GTK_WIDGET (f->window), "detail");
  shot (f, hip_test_find_widget (GTK_WIDGET (f->window), HIP_TYPE_MUSCLE_MAP, NULL),
                       "german-muscle-map");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);

  show (f, "today");
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (today), HIP_TYPE_PSFS_CHECKIN, NULL));
  g_assert_cmpuint (count_buttons (GTK_WIDGET (today), "today.skip-checkin"), ==, 1);
  check (f, "today");
  screenshots (f, GTK_WIDGET (f->window), "today");
  /* Skipped, the morning check-in goes with its buttons; the weekly rating stays. */
  gtk_widget_activate_action (GTK_WIDGET (today), "today.skip-checkin", NULL);
  g_assert_null (hip_test_find_widget (GTK_WIDGET (today), GTK_TYPE_LABEL,
                                       g_dgettext (GETTEXT_PACKAGE, "Morning Check-In")));
  g_assert_null (hip_test_find_widget (GTK_WIDGET (today), ADW_TYPE_ACTION_ROW,
                                       g_dgettext (GETTEXT_PACKAGE, "Back _Pain")));
  g_assert_cmpuint (count_buttons (GTK_WIDGET (today), "today.skip-checkin"), ==, 0);
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (today), HIP_TYPE_PSFS_CHECKIN, NULL));
  show (f, "progress");
  check (f, "progress");
  screenshots (f, GTK_WIDGET (f->window), "progress");
}

static void
other_windows (Fixture *f)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "app.preferences", NULL);
  check (f, "preferences");
  screenshots (f, GTK_WIDGET (toplevel (HIP_TYPE_PREFERENCES_WINDOW)), "preferences");
  close_others (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.profile", NULL);
  check (f, "profile-window");
  screenshots (f, GTK_WIDGET (toplevel (HIP_TYPE_PROFILE_WINDOW)), "profile-window");
  close_others (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.safety-signs", NULL);
  check (f, "safety-signs");
  shot (f, GTK_WIDGET (message_dialog ()), "german-safety-signs");
  close_others (f);
  show_education (f);
  show_about_and_shortcuts (f);
  show_data_windows (f);
}

static void
test_every_page_in_german (void)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Fixture fixture = { .found = found, .seen = seen }, *f = &fixture;

  hip_test_clear_user_data ();
  f->window = hip_test_app_start (&f->app);
  first_run (f);
  seed_checkins (f);
  main_pages (f);
  other_windows (f);
  play_session (f);

  for (guint i = 0; i < found->len; i++)
    g_test_message ("%s", (const char *) found->pdata[i]);
  g_assert_cmpuint (found->len, ==, 0);
  hip_test_app_stop (f->app, f->window);
}

/* The walk's own check: English messages are recognised, singular, plural and filled in, and
 * German ones and the shared words are not. */
static void
test_recognises_english (void)
{
  g_assert_nonnull (why_english ("Exercises"));
  g_assert_nonnull (why_english ("Start _Hold"));
  g_assert_nonnull (why_english ("14 sets"));
  g_assert_nonnull (why_english ("Set 2 of 3 · left side · 12 repetitions"));
  g_assert_null (why_english (g_dgettext (GETTEXT_PACKAGE, "Exercises")));
  g_assert_null (why_english ("14 Sätze"));
  g_assert_null (why_english ("Gluteus medius"));
  g_assert_null (why_english ("Name"));
  /* A part of a line made of parts. */
  g_assert_nonnull (why_english_in ("Montag, 7. Dezember · about 33 minutes"));
  g_assert_nonnull (why_english_in ("Muschel\nleft side"));
  g_assert_null (why_english_in ("Montag, 7. Dezember · etwa 33 Minuten"));
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

    patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) pattern_free);
    german = read_po (po);
    /* The build tree's catalogue must be the one shown. */
    g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, "Exercises"), !=, "Exercises");
    g_test_add_func ("/ui/german/recognises-english", test_recognises_english);
    g_test_add_func ("/ui/german/every-page", test_every_page_in_german);
    status = g_test_run ();
    g_hash_table_unref (german);
    g_ptr_array_unref (patterns);
    return status;
  }
}
