/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drives the real window under a display: search, filter, open a detail page, follow a ladder
 * link, go back, narrow and dark layouts, and the messages about damaged or newer data files.
 * Each state is saved as a PNG in the build directory. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "hip-application.h"
#include "hip-coach-private.h"
#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-exercise-browser.h"
#include "hip-exercise-browser-private.h"
#include "hip-exercise-card.h"
#include "hip-exercise-query.h"
#include "hip-exercise-query-private.h"
#include "hip-diagram-player.h"
#include "hip-diagram-player-private.h"
#include "hip-figure-view.h"
#include "hip-figure-view-private.h"
#include "hip-muscle-map.h"
#include "hip-muscle-map-private.h"
#include "hip-store.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-widget-utils.h"
#include "hip-window.h"
#include "hip-window-private.h"

typedef struct
{
  HipApplication *app;
  HipWindow      *window;
  GtkWidget      *browser;
} Fixture;

static void
fixture_start (Fixture *f)
{
  f->window = hip_test_app_start (&f->app);
  f->browser = hip_window_get_browser (f->window);
}

/* Every test starts from an empty data directory. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hip_test_clear_user_data ();
  hip_test_app_seed_profile ();
  fixture_start (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hip_test_app_stop (f->app, f->window);
}

static GListModel *
results (Fixture *f)
{
  return hip_exercise_browser_get_results (HIP_EXERCISE_BROWSER (f->browser));
}

static guint
n_results (Fixture *f)
{
  return g_list_model_get_n_items (results (f));
}

static guint
n_total (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (hip_coach_get_catalogue (hip_application_get_coach (f->app))));
}

static const char *
count_text (Fixture *f)
{
  GtkWidget *stack = hip_test_find_widget (f->browser, GTK_TYPE_STACK, NULL);
  GtkWidget *label = gtk_widget_get_prev_sibling (stack);

  return gtk_label_get_text (GTK_LABEL (label));
}

typedef struct { Fixture *f; const char *text; } SearchWait;

static gboolean
search_applied (gpointer data)
{
  SearchWait *wait = data;
  HipExerciseQuery *query = hip_exercise_browser_get_query (HIP_EXERCISE_BROWSER (wait->f->browser));

  return g_strcmp0 (hip_exercise_query_get_text (query), wait->text) == 0;
}

/* Types into the real search entry and waits for its (delayed) search to apply. */
static void
type_search (Fixture    *f,
             const char *text)
{
  GtkWidget *entry = hip_test_find_widget (f->browser, GTK_TYPE_SEARCH_ENTRY, NULL);
  SearchWait wait = { f, text };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry applies a search after a short delay; the filter then runs synchronously. */
  hip_test_wait_until (search_applied, &wait, "the search to apply");
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *expected = NULL;
  GtkWidget *empty;

  g_assert_cmpuint (n_results (f), ==, n_total (f));
  expected = g_strdup_printf ("%u exercises", n_total (f));
  g_assert_cmpstr (count_text (f), ==, expected);
  hip_test_screenshot (GTK_WIDGET (f->window), "exercises-wide");

  type_search (f, "clam");
  g_assert_cmpuint (n_results (f), >, 0);
  g_assert_cmpuint (n_results (f), <, n_total (f));
  for (guint i = 0; i < n_results (f); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (results (f), i);

      g_assert_true (hip_exercise_matches_text (e, "clam"));
    }
  g_free (expected);
  expected = g_strdup_printf ("%u of %u exercises", n_results (f), n_total (f));
  g_assert_cmpstr (count_text (f), ==, expected);
  hip_test_screenshot (GTK_WIDGET (f->window), "search-clam");

  type_search (f, "nothing matches this");
  g_assert_cmpuint (n_results (f), ==, 0);
  empty = hip_test_find_widget (f->browser, ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_true (gtk_widget_is_drawable (empty) || gtk_widget_get_child_visible (empty));
  hip_test_screenshot (GTK_WIDGET (f->window), "search-empty");

  gtk_widget_activate_action (f->browser, "browser.reset-all", NULL);
  g_assert_cmpuint (n_results (f), ==, n_total (f));
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  AdwComboRow *plane = ADW_COMBO_ROW (hip_test_find_widget (f->browser, ADW_TYPE_COMBO_ROW,
                                                            "Plane of motion"));
  AdwComboRow *equipment = ADW_COMBO_ROW (hip_test_find_widget (f->browser, ADW_TYPE_COMBO_ROW,
                                                                "Equipment"));
  guint frontal = 0, frontal_free = 0;

  for (guint i = 0; i < n_total (f); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (
        G_LIST_MODEL (hip_coach_get_catalogue (hip_application_get_coach (f->app))), i);

      frontal += hip_exercise_has_plane (e, HIP_PLANE_FRONTAL);
      frontal_free += hip_exercise_has_plane (e, HIP_PLANE_FRONTAL) &&
                      hip_exercise_get_equipment (e) == HIP_EQUIPMENT_NONE;
    }

  /* Row 0 is "Any plane", then the planes in enum order. */
  adw_combo_row_set_selected (plane, 1 + HIP_PLANE_FRONTAL);
  g_assert_cmpuint (n_results (f), ==, frontal);
  for (guint i = 0; i < n_results (f); i++)
    {
      g_autoptr(HipExercise) e = g_list_model_get_item (results (f), i);

      g_assert_true (hip_exercise_has_plane (e, HIP_PLANE_FRONTAL));
    }

  /* Filters combine: frontal and needing no equipment (row 1). */
  adw_combo_row_set_selected (equipment, 1);
  g_assert_cmpuint (n_results (f), ==, frontal_free);
  g_assert_cmpuint (hip_exercise_query_get_n_filters (
    hip_exercise_browser_get_query (HIP_EXERCISE_BROWSER (f->browser))), ==, 2);
  hip_test_screenshot (GTK_WIDGET (f->window), "filter-frontal-no-equipment");

  gtk_widget_activate_action (f->browser, "browser.reset-filters", NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (plane), ==, 0);
  g_assert_cmpuint (n_results (f), ==, n_total (f));
}

static GtkWidget *
find_link_row (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)),
                     "win.show-exercise") == 0)
        return child;
      if ((found = find_link_row (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_detail_and_ladder (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *grid = hip_test_find_widget (f->browser, GTK_TYPE_GRID_VIEW, NULL);
  g_autoptr(HipExercise) first = g_list_model_get_item (results (f), 0);
  HipExercise *shown;
  GtkWidget *link;
  g_autofree char *target = NULL;

  g_assert_null (hip_window_get_shown_exercise (f->window));

  /* Activating a card (click or Enter) opens its detail page. */
  g_signal_emit_by_name (grid, "activate", 0);
  g_assert_true (hip_window_get_shown_exercise (f->window) == first);
  hip_test_screenshot (GTK_WIDGET (f->window), "detail-first");

  /* The forward lunge has both an easier and a harder rung. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s", "forward-lunge");
  shown = hip_window_get_shown_exercise (f->window);
  g_assert_cmpstr (hip_exercise_get_id (shown), ==, "forward-lunge");
  hip_test_screenshot (GTK_WIDGET (f->window), "detail-forward-lunge");

  link = find_link_row (GTK_WIDGET (f->window));
  g_assert_nonnull (link);
  /* Copied: following the link rebuilds the page and frees the row. */
  target = g_variant_dup_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (link)),
                                 NULL);
  g_assert_true (g_strv_contains (hip_exercise_get_regressions (shown), target) ||
                 g_strv_contains (hip_exercise_get_progressions (shown), target));
  g_assert_true (gtk_widget_activate (link));
  g_assert_cmpstr (hip_exercise_get_id (hip_window_get_shown_exercise (f->window)), ==, target);
  hip_test_screenshot (GTK_WIDGET (f->window), "detail-after-ladder");

  /* Escape and Alt+Left are bound to win.back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL));
  g_assert_null (hip_window_get_shown_exercise (f->window));
  /* On the browser itself win.back is disabled: Escape there leaves the page as it is. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
  g_assert_null (hip_window_get_shown_exercise (f->window));
  g_assert_cmpuint (n_results (f), ==, n_total (f));
}

static gboolean
search_has_focus (gpointer data)
{
  Fixture *f = data;
  GtkWidget *entry = hip_test_find_widget (f->browser, GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

static void
test_find_shortcut (Fixture       *f,
                    gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s", "dead-bug");
  g_assert_nonnull (hip_window_get_shown_exercise (f->window));

  /* Ctrl+F runs win.find: back to the browser with the search entry focused. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.find", NULL);
  g_assert_null (hip_window_get_shown_exercise (f->window));
  hip_test_wait_until (search_has_focus, f, "the search entry to take focus");
}

static GtkWidget *
switcher_bar (Fixture *f)
{
  return hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_SWITCHER_BAR, NULL);
}

/* Whether the bottom switcher bar is shown, whole, at the bottom of the window. */
static gboolean
switcher_bar_shown (Fixture *f)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (switcher_bar (f)) ||
      !gtk_widget_compute_bounds (switcher_bar (f), GTK_WIDGET (f->window), &bounds))
    return FALSE;
  return bounds.size.height > 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (f->window));
}

static void
test_narrow_and_dark (Fixture       *f,
                      gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  AdwFlap *flap = ADW_FLAP (hip_test_find_widget (f->browser, ADW_TYPE_FLAP, NULL));
  GtkWidget *card;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 360);
  /* Narrow: the filters fold into a sheet and the grid has one column. */
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  card = hip_test_find_widget (f->browser, g_type_from_name ("HipExerciseCard"), NULL);
  g_assert_cmpint (gtk_widget_get_width (card), >, 360 / 2);
  g_assert_cmpint (gtk_widget_get_width (card), <=, 360);
  /* Each card draws its still from the stills the application handed the browser, and a
   * still is drawn once however many cards show it. */
  {
    g_autoptr(HipStills) stills = NULL;
    HipExercise *exercise = hip_exercise_card_get_exercise (HIP_EXERCISE_CARD (card));
    GdkTexture *still;

    g_object_get (card, "stills", &stills, NULL);
    g_assert_true (stills == hip_application_get_stills (HIP_APPLICATION (f->app)));
    still = hip_stills_lookup (stills, exercise, 84, 1);
    g_assert_nonnull (still);
    g_assert_true (hip_stills_lookup (stills, exercise, 84, 1) == still);
  }
  /* No room for the view switcher in the header: the pages are switched from the bottom bar. */
  g_assert_true (switcher_bar_shown (f));
  g_assert_nonnull (hip_test_find_widget (switcher_bar (f), GTK_TYPE_LABEL, "Today"));
  hip_test_screenshot (GTK_WIDGET (f->window), "exercises-narrow");

  adw_flap_set_reveal_flap (flap, TRUE);
  hip_test_screenshot (GTK_WIDGET (f->window), "filters-narrow");
  adw_flap_set_reveal_flap (flap, FALSE);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s", "lateral-lunge");
  hip_test_screenshot (GTK_WIDGET (f->window), "detail-narrow");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  hip_test_screenshot (GTK_WIDGET (f->window), "detail-narrow-dark");
  /* The whole page in dark style: the player, the muscle map and the lists. */
  hip_test_screenshot (gtk_widget_get_ancestor (
                         hip_test_find_widget (GTK_WIDGET (f->window), HIP_TYPE_MUSCLE_MAP, NULL),
                         ADW_TYPE_CLAMP),
                       "detail-full-narrow-dark");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 1100);
  g_assert_false (gtk_widget_get_mapped (switcher_bar (f)));
  hip_test_screenshot (GTK_WIDGET (f->window), "exercises-wide-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* Narrow again, the bar comes back in the same frame as the title (it stayed off the window,
   * unallocated, until something else resized it). */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 360);
  g_assert_true (switcher_bar_shown (f));
}

static void
test_size_remembered (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  HipWindow *old = f->window;
  GList *windows;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 700, 500);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 700);
  gtk_window_close (GTK_WINDOW (f->window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 500);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* The next window opens at the size the last one was closed with. */
  g_application_activate (G_APPLICATION (f->app));
  windows = gtk_application_get_windows (GTK_APPLICATION (f->app));
  g_assert_nonnull (windows);
  f->window = g_object_ref (HIP_WINDOW (windows->data));
  g_assert_true (f->window != old);
  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, 700);
  g_assert_cmpint (height, ==, 500);
  g_assert_finalize_object (old);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
set_animations (gboolean enabled)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", enabled, NULL);
}

typedef struct { HipFigureView *view; double from; guint64 frames; } PlayWait;

static gboolean
played_on (gpointer data)
{
  PlayWait *wait = data;

  return hip_figure_view_get_time (wait->view) != wait->from &&
         hip_figure_view_get_n_frames (wait->view) >= wait->frames + 3;
}

static void
test_player (Fixture       *f,
             gconstpointer  data)
{
  HipDiagramPlayer *player;
  HipFigureView *view;
  GtkWidget *strip;
  PlayWait wait;
  double paused_at;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s", "forward-lunge");
  player = HIP_DIAGRAM_PLAYER (hip_test_find_widget (GTK_WIDGET (f->window),
                                                     HIP_TYPE_DIAGRAM_PLAYER, NULL));
  view = HIP_FIGURE_VIEW (hip_diagram_player_get_view (player));

  /* Animations are off in this test run: key poses as a strip, nothing plays. */
  g_assert_true (hip_diagram_player_get_reduced (player));
  g_assert_false (hip_figure_view_get_playing (view));
  strip = gtk_widget_get_next_sibling (GTK_WIDGET (view));
  g_assert_true (gtk_widget_get_visible (strip));
  /* The start, then at least one key pose. */
  g_assert_nonnull (gtk_widget_get_first_child (strip));
  g_assert_nonnull (gtk_widget_get_next_sibling (gtk_widget_get_first_child (strip)));
  g_assert_cmpstr (hip_figure_view_get_caption (view), !=, NULL);
  hip_test_screenshot (GTK_WIDGET (f->window), "player-reduced-motion");

  /* With animations on, it plays on the frame clock... */
  set_animations (TRUE);
  g_assert_false (hip_diagram_player_get_reduced (player));
  g_assert_false (gtk_widget_get_visible (strip));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.playing", NULL);
  g_assert_true (hip_figure_view_get_playing (view));
  wait = (PlayWait) { view, hip_figure_view_get_time (view), hip_figure_view_get_n_frames (view) };
  hip_test_wait_until (played_on, &wait, "the figure to move");

  /* ...pauses... */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.playing", NULL);
  g_assert_false (hip_figure_view_get_playing (view));
  paused_at = hip_figure_view_get_time (view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpfloat (hip_figure_view_get_time (view), ==, paused_at);

  /* ...scrubs (the slider is bound to the time) and steps to key poses. */
  {
    GtkRange *scale = GTK_RANGE (hip_test_find_widget (GTK_WIDGET (player), GTK_TYPE_SCALE, NULL));

    gtk_range_set_value (scale, 0.0);
    g_assert_cmpfloat (hip_figure_view_get_time (view), ==, 0.0);
    hip_test_screenshot (GTK_WIDGET (f->window), "player-start");
  }
  gtk_widget_activate_action (GTK_WIDGET (player), "player.next-key", NULL);
  g_assert_cmpfloat (hip_figure_view_get_time (view), ==,
                     hip_motion_get_still_time (hip_figure_view_get_motion (view)));

  /* Other cameras and the mirror. */
  gtk_widget_activate_action (GTK_WIDGET (player), "player.camera", "s", "frontal");
  hip_test_screenshot (GTK_WIDGET (f->window), "player-frontal");
  gtk_widget_activate_action (GTK_WIDGET (player), "player.mirror", NULL);
  g_assert_true (hip_figure_view_get_mirror (view));
  gtk_widget_activate_action (GTK_WIDGET (player), "player.camera", "s", "transverse");
  hip_test_screenshot (GTK_WIDGET (f->window), "player-transverse-mirrored");

  /* Leaving the page stops the clock: an unmapped player costs nothing. */
  set_animations (FALSE);
  gtk_widget_activate_action (GTK_WIDGET (player), "player.playing", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
}

static void
test_muscle_map (Fixture       *f,
                 gconstpointer  data)
{
  HipMuscleMap *map;
  HipExercise *lunge;
  GtkEventController *keys = NULL;
  gboolean handled = FALSE;
  int found = -1, width, height;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s", "forward-lunge");
  lunge = hip_window_get_shown_exercise (f->window);
  map = HIP_MUSCLE_MAP (hip_test_find_widget (GTK_WIDGET (f->window), HIP_TYPE_MUSCLE_MAP, NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  width = gtk_widget_get_width (GTK_WIDGET (map));
  height = gtk_widget_get_height (GTK_WIDGET (map));
  g_assert_cmpint (width, >, 100);

  /* Every muscle of the drawing can be found by pointing at it; the exercise's primary
   * muscles among them. */
  for (int y = 0; y < height && found < 0; y += 2)
    for (int x = 0; x < width && found < 0; x += 2)
      {
        int m = hip_muscle_map_muscle_at (map, x, y);

        if (m >= 0 && hip_exercise_get_muscle_role (lunge, m) == HIP_MUSCLE_ROLE_PRIMARY)
          found = m;
      }
  g_assert_cmpint (found, >=, 0);
  g_assert_cmpint (hip_muscle_map_muscle_at (map, 0, 0), ==, -1);

  /* The arrow keys walk through the exercise's muscles. */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (map));

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (c))
          keys = c;
      }
  }
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_cmpint (hip_muscle_map_get_focused (map), >=, 0);
  g_assert_cmpint (hip_exercise_get_muscle_role (lunge, hip_muscle_map_get_focused (map)), !=,
                   HIP_MUSCLE_ROLE_NONE);
  hip_test_screenshot (GTK_WIDGET (map), "muscle-map-forward-lunge");
  /* The whole page, scrolled content included. */
  hip_test_screenshot (gtk_widget_get_ancestor (GTK_WIDGET (map), ADW_TYPE_CLAMP), "detail-full");

  /* Enter lists every exercise that works the focused muscle. */
  {
    int focused = hip_muscle_map_get_focused (map);

    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
    g_assert_null (hip_window_get_shown_exercise (f->window));
    g_assert_cmpint (hip_exercise_query_get_filter (
      hip_exercise_browser_get_query (HIP_EXERCISE_BROWSER (f->browser)), "muscle"), ==, focused);
    g_assert_cmpuint (n_results (f), >, 0);
    for (guint i = 0; i < n_results (f); i++)
      {
        g_autoptr(HipExercise) e = g_list_model_get_item (results (f), i);

        g_assert_cmpint (hip_exercise_get_muscle_role (e, focused), !=, HIP_MUSCLE_ROLE_NONE);
      }
  }
  hip_test_screenshot (GTK_WIDGET (f->window), "filtered-by-muscle");
}

/* Every lunge at its key pose, in the player, for people to look at (build/screenshots). */
static void
test_lunge_screenshots (Fixture       *f,
                        gconstpointer  data)
{
  static const char *lunges[] = {
    "forward-lunge", "reverse-lunge", "lateral-lunge", "transverse-lunge", "curtsy-lunge",
    "multiplanar-lunge", "split-squat",
  };

  gtk_window_set_default_size (GTK_WINDOW (f->window), 700, 900);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 700);
  for (guint i = 0; i < G_N_ELEMENTS (lunges); i++)
    {
      g_autofree char *name = g_strconcat ("lunge-", lunges[i], NULL);
      HipDiagramPlayer *player;
      HipFigureView *view;

      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s", lunges[i]);
      player = HIP_DIAGRAM_PLAYER (hip_test_find_widget (GTK_WIDGET (f->window),
                                                         HIP_TYPE_DIAGRAM_PLAYER, NULL));
      view = HIP_FIGURE_VIEW (hip_diagram_player_get_view (player));
      g_assert_nonnull (hip_figure_view_get_motion (view));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      hip_test_screenshot (GTK_WIDGET (player), name);
    }
}

static GtkWidget *
problem_bar (Fixture *f)
{
  return hip_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_INFO_BAR, NULL);
}

static void
write_database_file (const char *contents)
{
  g_autofree char *path = hip_store_get_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
corrupt_set_up (Fixture       *f,
                gconstpointer  data)
{
  hip_test_clear_user_data ();
  write_database_file ("not a database at all");
  fixture_start (f);
}

static void
test_corrupt_database (Fixture       *f,
                       gconstpointer  data)
{
  HipStore *store = hip_coach_get_store (hip_application_get_coach (f->app));
  const char *message = hip_application_get_store_problem (f->app);

  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (problem_bar (f))));
  g_assert_nonnull (strstr (message, "damaged"));
  g_assert_nonnull (strstr (message, hip_store_get_recovered_path (store)));
  g_assert_cmpuint (n_results (f), ==, n_total (f));
  hip_test_screenshot (GTK_WIDGET (f->window), "problem-damaged-database");
}

static void
newer_set_up (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(HipStore) store = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  hip_test_clear_user_data ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  /* An SQLite file whose schema version is beyond ours: the header's user_version field. */
  store = hip_store_new (path, NULL);
  g_clear_object (&store);
  {
    g_autofree char *bytes = NULL;
    gsize len;

    g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
    bytes[60] = 0; bytes[61] = 0; bytes[62] = 0; bytes[63] = 42;   /* big-endian 42 */
    g_assert_true (g_file_set_contents (path, bytes, len, NULL));
  }
  fixture_start (f);
}

static void
test_newer_database (Fixture       *f,
                     gconstpointer  data)
{
  const char *message = hip_application_get_store_problem (f->app);

  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (problem_bar (f))));
  g_assert_nonnull (strstr (message, "newer version"));
  /* The app still works, on a private database. */
  g_assert_cmpuint (n_results (f), ==, n_total (f));
  hip_test_screenshot (GTK_WIDGET (f->window), "problem-newer-database");
}

static gboolean
widget_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The primary menu is given to its button on the first click: it opens, with the app's items. */
static void
test_primary_menu (Fixture       *f,
                   gconstpointer  data)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (hip_test_find_widget (GTK_WIDGET (f->window),
                                                                 GTK_TYPE_MENU_BUTTON, NULL));
  g_autofree char *first_action = NULL;
  g_autoptr(GMenuModel) section = NULL;
  GtkPopover *popover;

  g_assert_true (gtk_menu_button_get_primary (button));
  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  hip_test_wait_until (widget_mapped, popover, "the primary menu to open");
  /* Its first section's first item: the profile. */
  section = g_menu_model_get_item_link (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)),
                                        0, G_MENU_LINK_SECTION);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_ACTION, "s",
                                                  &first_action));
  g_assert_cmpstr (first_action, ==, "win.profile");
  gtk_menu_button_popdown (button);
}

/* Keyboard Shortcuts (Ctrl+?) opens the shortcuts window over the main window; it is built
 * then, not with the window, and the same one comes back the second time. */
static void
test_shortcuts_window (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app),
                                                                "win.show-help-overlay");
  GtkWindow *shortcuts;
  GtkWidget *label;

  g_assert_cmpstr (accels[0], ==, "<Control>question");
  g_assert_null (hip_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay",
                                             NULL));
  shortcuts = hip_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (f->window));
  hip_test_wait_until (widget_mapped, shortcuts, "the shortcuts window to open");
  /* Its first row, Keyboard Shortcuts, shows the application's accelerator for it. */
  label = hip_test_find_widget (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUT_LABEL, NULL);
  g_assert_cmpstr (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (label)), ==,
                   "<Control>question");
  hip_test_screenshot (GTK_WIDGET (shortcuts), "shortcuts");
  gtk_window_close (shortcuts);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-help-overlay",
                                             NULL));
  g_assert_true (hip_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) == shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
}

/* About (app.about): the version, the website and issue tracker, and its pages of credits,
 * acknowledgements (the studies and guidelines) and both licences, each shown in turn. */
static void
test_about_window (Fixture       *f,
                   gconstpointer  data)
{
  static const struct { const char *row; const char *screenshot; } pages[] = {
    { "_Credits", "about-credits" },
    { "_Legal", "about-legal" },
    { "_Acknowledgements", "about-acknowledgements" },
  };
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (f->app), "about", NULL);
  about = ADW_ABOUT_WINDOW (hip_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_nonnull (about);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (f->window));
  g_assert_cmpstr (adw_about_window_get_version (about), ==, "0.2.0");
  g_assert_cmpstr (adw_about_window_get_website (about), ==,
                   "https://github.com/stronghips/strong-hips");
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==,
                   "https://github.com/stronghips/strong-hips/issues");
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (adw_about_window_get_artists (about));
  hip_test_wait_until (widget_mapped, about, "the About window to open");
  hip_test_screenshot (GTK_WIDGET (about), "about");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *row = hip_test_find_widget (GTK_WIDGET (about), ADW_TYPE_ACTION_ROW,
                                             pages[i].row);

      g_assert_nonnull (row);
      gtk_widget_activate (row);
      hip_test_screenshot (GTK_WIDGET (about), pages[i].screenshot);
    }
  gtk_window_destroy (GTK_WINDOW (about));
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/ui/window/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/ui/window/filter", Fixture, NULL, fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/ui/window/detail-and-ladder", Fixture, NULL, fixture_set_up,
              test_detail_and_ladder, fixture_tear_down);
  g_test_add ("/ui/window/find-shortcut", Fixture, NULL, fixture_set_up, test_find_shortcut,
              fixture_tear_down);
  g_test_add ("/ui/window/narrow-and-dark", Fixture, NULL, fixture_set_up, test_narrow_and_dark,
              fixture_tear_down);
  g_test_add ("/ui/window/player", Fixture, NULL, fixture_set_up, test_player, fixture_tear_down);
  g_test_add ("/ui/window/muscle-map", Fixture, NULL, fixture_set_up, test_muscle_map,
              fixture_tear_down);
  g_test_add ("/ui/window/lunge-screenshots", Fixture, NULL, fixture_set_up,
              test_lunge_screenshots, fixture_tear_down);
  g_test_add ("/ui/window/primary-menu", Fixture, NULL, fixture_set_up, test_primary_menu,
              fixture_tear_down);
  g_test_add ("/ui/window/shortcuts-window", Fixture, NULL, fixture_set_up,
              test_shortcuts_window, fixture_tear_down);
  g_test_add ("/ui/window/size-remembered", Fixture, NULL, fixture_set_up, test_size_remembered,
              fixture_tear_down);
  g_test_add ("/ui/window/corrupt-database", Fixture, NULL, corrupt_set_up,
              test_corrupt_database, fixture_tear_down);
  g_test_add ("/ui/window/about", Fixture, NULL, fixture_set_up, test_about_window,
              fixture_tear_down);
  g_test_add ("/ui/window/newer-database", Fixture, NULL, newer_set_up, test_newer_database,
              fixture_tear_down);

  return g_test_run ();
}
