/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drives About Back Pain under a display: the seven topics from the list, each page's title and
 * text, a topic opened directly, going back, the wording of the page on getting help, and the
 * window at full width and at 360 px, light and dark. Each state is saved as a PNG in the build
 * directory. */

#include "config.h"

#include <string.h>

#include "hip-education-window.h"
#include "hip-education-window-private.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"

typedef struct
{
  HipApplication     *app;
  HipWindow          *window;
  HipEducationWindow *education;
} Fixture;

/* The topics in reading order, as other pages and the brief of issue 16 name them. Each page is
 * a few short paragraphs (SCIENCE.md §9); the page on getting help lists every sign. */
static const struct
{
  const char *id;
  const char *title;
  guint       max_words;
} topics[] = {
  { "common", "Back Pain Is Common", 200 },
  { "movement", "Movement Helps", 200 },
  { "pain-not-damage", "Pain Is Not Damage", 200 },
  { "pacing", "Pacing", 200 },
  { "flare-up", "A Plan for a Bad Day", 200 },
  { "get-help", "When to Get Help", 250 },
  { "sources", "Sources", 200 },
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hip_test_clear_user_data ();
  hip_test_app_seed_profile ();
  f->window = hip_test_app_start (&f->app);
  f->education = g_object_ref (hip_education_window_new (GTK_WINDOW (f->window)));
  gtk_window_set_default_size (GTK_WINDOW (f->education), 800, 620);
  gtk_window_present (GTK_WINDOW (f->education));
  hip_test_wait_for_size (GTK_WIDGET (f->education), 800);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (f->education));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (f->education);
  hip_test_app_stop (f->app, f->window);
}

static GtkListBoxRow *
topic_row (Fixture *f,
           guint    index)
{
  return gtk_list_box_get_row_at_index (hip_education_window_get_topic_list (f->education),
                                        index);
}

static guint
n_rows (Fixture *f)
{
  guint n = 0;

  while (topic_row (f, n) != NULL)
    n++;
  return n;
}

static const char *
page_title (Fixture *f)
{
  GtkWidget *title = gtk_widget_get_first_child (hip_education_window_get_page (f->education));

  return gtk_label_get_text (GTK_LABEL (title));
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_text (child, text);
    }
}

/* Returns: every text the page shows below its title */
static char *
page_text (Fixture *f)
{
  GtkWidget *title = gtk_widget_get_first_child (hip_education_window_get_page (f->education));
  GString *text = g_string_new (NULL);

  for (GtkWidget *w = gtk_widget_get_next_sibling (title); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    collect_text (w, text);
  return g_string_free (text, FALSE);
}

/* Words have a letter or a digit: bullets are not words. */
static guint
n_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    for (const char *c = words[i]; *c != '\0'; c++)
      if (g_ascii_isalnum (*c))
        {
          n++;
          break;
        }
  return n;
}

/* Returns: (nullable): the first widget under @root that activates @action */
static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_actionable (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
back_button (Fixture *f)
{
  GtkWidget *button = find_actionable (GTK_WIDGET (f->education), "education.back");

  g_assert_nonnull (button);
  return button;
}

static GtkAdjustment *
page_scroll (Fixture *f)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (hip_education_window_get_page (f->education),
                                                 GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static gboolean
on_list (gpointer data)
{
  return hip_education_window_get_topic (data) == NULL;
}

/* Each row of the list opens its page, with its own title and a short text of its own; going
 * back returns to the list with the row just read in focus. */
static void
test_topics (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (n_rows (f), ==, G_N_ELEMENTS (topics));
  g_assert_null (hip_education_window_get_topic (f->education));
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      GtkListBoxRow *row = topic_row (f, i);
      char *text;

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       topics[i].title);
      g_assert_true (gtk_list_box_row_get_activatable (row));
      gtk_widget_activate (GTK_WIDGET (row));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->education));
      g_assert_cmpstr (hip_education_window_get_topic (f->education), ==, topics[i].id);
      g_assert_cmpstr (page_title (f), ==, topics[i].title);

      text = page_text (f);
      g_test_message ("%s: %u words", topics[i].id, n_words (text));
      g_assert_cmpuint (n_words (text), >=, 80);
      g_assert_cmpuint (n_words (text), <=, topics[i].max_words);
      for (guint j = 0; j < texts->len; j++)
        g_assert_cmpstr (text, !=, texts->pdata[j]);
      g_ptr_array_add (texts, text);

      /* A button activated from the keyboard clicks after a moment, as if pressed. */
      gtk_widget_activate (back_button (f));
      hip_test_wait_until (on_list, f->education, "the list to come back");
      g_assert_true (gtk_root_get_focus (GTK_ROOT (f->education)) == GTK_WIDGET (row));
    }
}

static gboolean
scrolls (gpointer data)
{
  return gtk_adjustment_get_upper (data) > gtk_adjustment_get_page_size (data);
}

/* Another page can open a topic directly; the page starts at its top even when the last one
 * was scrolled down, and back leads to the list. */
static void
test_show_topic (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *text = NULL;
  GtkAdjustment *scroll = page_scroll (f);

  /* Narrow, so that the page is longer than the window. */
  gtk_window_set_default_size (GTK_WINDOW (f->education), 360, 620);
  hip_test_wait_for_size (GTK_WIDGET (f->education), 360);
  hip_education_window_show_topic (f->education, "get-help");
  hip_test_wait_until (scrolls, scroll, "the page to be longer than the window");
  gtk_adjustment_set_value (scroll, gtk_adjustment_get_upper (scroll));
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, 0);

  hip_education_window_show_topic (f->education, "flare-up");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->education));
  g_assert_cmpstr (hip_education_window_get_topic (f->education), ==, "flare-up");
  g_assert_cmpstr (page_title (f), ==, "A Plan for a Bad Day");
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, 0);
  text = page_text (f);
  g_assert_nonnull (strstr (text, "lighter session"));
  g_assert_nonnull (strstr (text, "heat"));

  gtk_widget_activate_action (GTK_WIDGET (f->education), "education.back", NULL);
  g_assert_null (hip_education_window_get_topic (f->education));
  gtk_widget_activate_action (GTK_WIDGET (f->education), "education.show-topic", "s", "pacing");
  g_assert_cmpstr (hip_education_window_get_topic (f->education), ==, "pacing");
}

/* SCIENCE.md §4: the emergency signs, then the urgent ones, in words that hold in any country,
 * and never the reassurance that belongs on the other pages. */
static void
test_get_help (Fixture       *f,
               gconstpointer  data)
{
  static const char *emergency[] = {
    "saddle", "pass urine", "sex", "both legs", "getting worse",
  };
  static const char *never[] = {
    "999", "911", "112", "A&E", "nothing serious", "not serious",
  };
  g_autofree char *text = NULL;
  const char *urgent;

  hip_education_window_show_topic (f->education, "get-help");
  text = page_text (f);
  g_assert_nonnull (strstr (text, "your local emergency number"));
  g_assert_nonnull (strstr (text, "emergency department"));
  urgent = strstr (text, "See a doctor soon");
  g_assert_nonnull (urgent);
  for (guint i = 0; i < G_N_ELEMENTS (emergency); i++)
    {
      const char *found = strstr (text, emergency[i]);

      g_assert_nonnull (found);
      g_assert_true (found < urgent);
    }
  for (guint i = 0; i < G_N_ELEMENTS (never); i++)
    g_assert_null (strstr (text, never[i]));
}

/* Returns: (transfer full) (nullable): the shortcut of @widget's class for @trigger */
static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      for (guint j = 0;
           GTK_IS_SHORTCUT_CONTROLLER (controller) &&
           j < g_list_model_get_n_items (G_LIST_MODEL (controller));
           j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *name =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (name, trigger) == 0)
            return g_steal_pointer (&shortcut);
        }
    }
  return NULL;
}

/* Does what pressing @trigger does. */
static void
press (Fixture    *f,
       const char *trigger)
{
  g_autoptr(GtkShortcut) shortcut = find_shortcut (GTK_WIDGET (f->education), trigger);

  g_assert_nonnull (shortcut);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                               GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                               GTK_WIDGET (f->education),
                                               gtk_shortcut_get_arguments (shortcut)));
}

/* Alt+Left returns to the list; Escape closes the window, from the list or a page. */
static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  hip_education_window_show_topic (f->education, "pacing");
  press (f, "<Alt>Left");
  g_assert_null (hip_education_window_get_topic (f->education));
  hip_education_window_show_topic (f->education, "pacing");
  press (f, "Escape");
  g_assert_null (hip_test_find_toplevel (HIP_TYPE_EDUCATION_WINDOW));
}

static void
screenshot (Fixture    *f,
            const char *name)
{
  g_assert_cmpuint (hip_test_count_ellipsized (GTK_WIDGET (f->education)), ==, 0);
  hip_test_screenshot (GTK_WIDGET (f->education), name);
}

static void
set_dark (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_DEFAULT);
}

/* The list and a page at full width and at 360 px, light and dark; at 360 px every page reads
 * whole, no wider than the window. */
static void
test_layouts (Fixture       *f,
              gconstpointer  data)
{
  int minimum;

  screenshot (f, "education-list-wide");
  set_dark (TRUE);
  screenshot (f, "education-list-wide-dark");
  hip_education_window_show_topic (f->education, "flare-up");
  screenshot (f, "education-flare-up-wide-dark");
  set_dark (FALSE);
  screenshot (f, "education-flare-up-wide");
  /* Get Help, where the emergency signs and "see a doctor soon" are, in all four looks. */
  hip_education_window_show_topic (f->education, "get-help");
  hip_test_screenshots (GTK_WINDOW (f->education), NULL, GTK_WIDGET (f->education),
                        "education-get-help");

  gtk_window_set_default_size (GTK_WINDOW (f->education), 360, 620);
  hip_test_wait_for_size (GTK_WIDGET (f->education), 360);
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      g_autofree char *name = g_strdup_printf ("education-%s-narrow", topics[i].id);

      hip_education_window_show_topic (f->education, topics[i].id);
      gtk_widget_measure (hip_education_window_get_page (f->education), GTK_ORIENTATION_HORIZONTAL,
                          -1, &minimum, NULL, NULL, NULL);
      g_assert_cmpint (minimum, <=, 360 - 2 * 18);
      screenshot (f, name);
    }
  set_dark (TRUE);
  hip_education_window_show_topic (f->education, "get-help");
  screenshot (f, "education-get-help-narrow-dark");
  gtk_adjustment_set_value (page_scroll (f), gtk_adjustment_get_upper (page_scroll (f)));
  screenshot (f, "education-get-help-narrow-dark-end");
  gtk_widget_activate_action (GTK_WIDGET (f->education), "education.back", NULL);
  screenshot (f, "education-list-narrow-dark");
  set_dark (FALSE);
  screenshot (f, "education-list-narrow");
  gtk_widget_measure (GTK_WIDGET (f->education), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/ui/education/topics", Fixture, NULL, fixture_set_up, test_topics,
              fixture_tear_down);
  g_test_add ("/ui/education/show-topic", Fixture, NULL, fixture_set_up, test_show_topic,
              fixture_tear_down);
  g_test_add ("/ui/education/get-help", Fixture, NULL, fixture_set_up, test_get_help,
              fixture_tear_down);
  g_test_add ("/ui/education/keys", Fixture, NULL, fixture_set_up, test_keys, fixture_tear_down);
  g_test_add ("/ui/education/layouts", Fixture, NULL, fixture_set_up, test_layouts,
              fixture_tear_down);
  return g_test_run ();
}
