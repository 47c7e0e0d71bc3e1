/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app on a German desktop: every page is walked, and any visible text that is one of our
 * English messages, with a German translation it should have shown instead, fails the test.
 * Screenshots in German, light and dark. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hip-application.h"
#include "hip-first-run.h"
#include "hip-first-run-private.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-today-page.h"
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

/* An English message of ours, shown as it is although German has it translated. */
static gboolean
untranslated (const char *text)
{
  const char *german;

  if (text == NULL || *text == '\0' || g_strv_contains (same_in_german, text))
    return FALSE;
  german = g_dgettext (GETTEXT_PACKAGE, text);
  return german != text && strcmp (german, text) != 0;
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

static void
check (Fixture    *f,
       const char *page,
       GPtrArray  *found)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  walk (GTK_WIDGET (f->window), page, found);
}

static void
show (Fixture    *f,
      const char *name)
{
  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL)),
    name);
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

  for (guint i = 0; i < found->len; i++)
    g_test_message ("%s", (const char *) found->pdata[i]);
  g_assert_cmpuint (found->len, ==, 0);
  hip_test_app_stop (f->app, f->window);
}

int
main (int   argc,
      char *argv[])
{
  /* A German desktop: the messages from the build tree's catalogue. */
  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, argc > 1 && argv[argc - 1][0] == '/' ? argv[--argc] : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (!hip_test_ui_init (&argc, &argv))
    return 77;
  /* Without the catalogue (a build that has not made it) there is nothing to check. */
  if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Exercises"), "Exercises") == 0)
    return 77;
  g_test_add_func ("/ui/german/every-page", test_every_page_in_german);
  return g_test_run ();
}
