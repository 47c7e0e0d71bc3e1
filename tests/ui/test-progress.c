/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Progress page under a display: sessions planned only from the programme on; a single
 * session drawn on every chart; pain's median and worst on 0–10 at each time it is given; the
 * tables as column views whose header stays; weeks from the week-start setting, the same on
 * Programme, Today and Progress; the value
 * readout going with the focus; years along a long history's axis, the last label inside;
 * whole-number steps for counts. Every chart and table is saved wide and at 360 px, light and
 * dark, in build/screenshots. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hip-application.h"
#include "hip-coach-private.h"
#include "hip-catalogue.h"
#include "hip-planner.h"
#include "hip-progress-chart.h"
#include "hip-progress-chart-private.h"
#include "hip-progress-page.h"
#include "hip-progress-page-private.h"
#include "hip-progress-table.h"
#include "hip-log.h"
#include "hip-programme-page.h"
#include "hip-programme-page-private.h"
#include "hip-today-page.h"
#include "hip-progress-ticks.h"
#include "hip-store.h"
#include "hip-test-app.h"
#include "hip-test-history.h"
#include "hip-test-utils.h"
#include "hip-week.h"
#include "hip-window.h"
#include "hip-window-private.h"

enum { VOLUME, PAIN, SESSIONS, EXERCISE, PSFS };

typedef struct
{
  HipApplication *app;
  HipWindow      *window;
} Fixture;

/* A profile starting today and an active programme made today, as after the first run. */
static void
seed_programme (void)
{
  HipProfile profile;

  hip_profile_init (&profile);
  profile.equipment = HIP_EQUIPMENT_MAT | HIP_EQUIPMENT_BAND;
  hip_test_app_seed_programme (&profile);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hip_test_clear_user_data ();
  seed_programme ();
  f->window = hip_test_app_start (&f->app);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "week-start");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  hip_test_app_stop (f->app, f->window);
}

static HipCoach *
coach (Fixture *f)
{
  return hip_application_get_coach (f->app);
}

/* Workouts from @weeks weeks ago to now, in the store, before Progress is first shown. */
static void
import_history (Fixture *f,
                guint    weeks,
                guint32  seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_weeks (now, -(int) weeks);
  g_autofree char *first = g_date_time_format (start, "%Y-%m-%d");
  g_autoptr(GPtrArray) history = hip_test_history_generate (rand,
                                                            hip_coach_get_catalogue (coach (f)),
                                                            first, weeks * 7);

  g_assert_true (hip_store_import_workouts (hip_coach_get_store (coach (f)), history, NULL));
}

static HipProgressPage *
show_progress (Fixture *f)
{
  GtkWidget *stack = hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL);
  HipProgressPage *page;

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "progress");
  page = hip_window_get_progress_page (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  return page;
}

/* The page's cards, one under the other: the whole of what Progress shows. */
static GtkWidget *
cards (HipProgressPage *page)
{
  GtkWidget *card = gtk_widget_get_ancestor (GTK_WIDGET (hip_progress_page_get_chart (page, 0)),
                                             GTK_TYPE_BOX);

  return gtk_widget_get_parent (gtk_widget_get_parent (card));
}

/* Saves @widget as @name, wide and at 360 px, light and dark; no text in it is cut short. */
static void
screenshots (Fixture    *f,
             const char *name,
             GtkWidget  *widget)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const struct { int width; const char *size; } sizes[] = {
    { 1100, "" }, { 360, "-narrow" },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      gtk_window_set_default_size (GTK_WINDOW (f->window), sizes[s].width, 760);
      hip_test_wait_for_size (GTK_WIDGET (f->window), sizes[s].width);
      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *file = g_strconcat (name, sizes[s].size, dark ? "-dark" : "", NULL);

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
          hip_test_screenshot (widget, file);
          g_assert_cmpuint (hip_test_count_ellipsized (widget), ==, 0);
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 1100);
}

static int
weekday_of (const char *day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  g_assert_true (g_date_valid (&date));
  return g_date_get_weekday (&date);
}

/* How many pixels of series @series' colour the chart draws in its plot (a few pixels more
 * below, where a dot at 0 sits on the axis). */
static guint
series_pixels (HipProgressChart *chart,
               guint             series)
{
  GtkWidget *widget = GTK_WIDGET (chart);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = g_malloc (width * height * 4);
  graphene_rect_t area;
  GdkRGBA colour;
  guint n = 0;

  gtk_test_widget_wait_for_draw (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, width * 4);
  hip_progress_chart_get_plot_area (chart, &area);
  hip_progress_chart_get_series_colour (chart, series, &colour);
  for (int y = MAX (0, area.origin.y); y < MIN (height, area.origin.y + area.size.height + 4); y++)
    for (int x = area.origin.x; x < area.origin.x + area.size.width; x++)
      {
        /* Cairo's ARGB32: B, G, R, A in memory on little-endian machines. */
        const guchar *p = pixels + (y * width + x) * 4;

        n += fabs (p[2] / 255.0 - colour.red) < 0.1 && fabs (p[1] / 255.0 - colour.green) < 0.1 &&
             fabs (p[0] / 255.0 - colour.blue) < 0.1 && p[3] > 240;
      }
  return n;
}

/* Weeks before any programme planned nothing: no planned bar, not "3 planned, 0 done"; from the
 * programme's first session on, the weeks have a number. */
static void
test_sessions_before_programme (Fixture       *f,
                                gconstpointer  data)
{
  HipProgressPage *page;
  HipProgressChart *sessions;
  guint n, first_planned;
  double top, step;

  import_history (f, 20, 7);
  page = show_progress (f);
  sessions = hip_progress_page_get_chart (page, SESSIONS);
  n = hip_progress_chart_get_n_points (sessions);
  g_assert_cmpuint (n, ==, 12);
  for (first_planned = 0; first_planned < n; first_planned++)
    if (!isnan (hip_progress_chart_get_value (sessions, 0, first_planned)))
      break;
  /* The programme was made today: nothing is planned in the eleven weeks before this one. */
  g_assert_cmpuint (first_planned, >=, 11);
  for (guint p = first_planned; p < n; p++)
    g_assert_false (isnan (hip_progress_chart_get_value (sessions, 0, p)));
  for (guint p = 0; p < n; p++)
    g_assert_false (isnan (hip_progress_chart_get_value (sessions, 1, p)));
  /* Counts step by whole numbers. */
  hip_progress_chart_get_axis (sessions, &top, &step);
  g_assert_cmpfloat (step, >=, 1);
  g_assert_cmpfloat (fmod (step, 1), ==, 0);
  hip_progress_chart_get_axis (hip_progress_page_get_chart (page, VOLUME), &top, &step);
  g_assert_cmpfloat (fmod (step, 1), ==, 0);
  {
    g_autofree char *table = hip_progress_chart_format_table (sessions);

    /* Whole numbers in the table too, and a dash where nothing was planned. */
    g_test_message ("%s", table);
    g_assert_nonnull (strstr (table, "\t–\t"));
    g_assert_null (strstr (table, ".0"));
  }

  /* All starts at the first week logged, twenty weeks ago, not years before. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hip_test_find_widget (GTK_WIDGET (page),
                                                                   GTK_TYPE_DROP_DOWN, NULL)), 3);
  g_assert_cmpuint (hip_progress_chart_get_n_points (sessions), >=, 19);
  g_assert_cmpuint (hip_progress_chart_get_n_points (sessions), <=, 22);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hip_test_find_widget (GTK_WIDGET (page),
                                                                   GTK_TYPE_DROP_DOWN, NULL)), 1);
  screenshots (f, "progress-charts", cards (page));
}

/* A session logged on the Progress page's first sight, through the coach (as Today does),
 * with the set pains 0, 0, 0, 0, 0, 0 and 7, pain 2 before and 3 after, and a morning's 5. */
static void
log_one_session (Fixture *f)
{
  g_autoptr(HipWorkout) workout = hip_workout_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  workout->week = 1;
  workout->session = 1;
  workout->pain_before = 2;
  g_assert_true (hip_coach_start_workout (coach (f), workout, &error));
  for (guint n = 1; n <= 7; n++)
    {
      g_autoptr(HipLoggedSet) set = hip_logged_set_new ();

      set->workout_id = workout->id;
      set->exercise_id = g_strdup ("glute-bridge");
      set->set_number = n;
      set->reps = 10;
      set->load = 12.5;
      set->pain = n == 7 ? 7 : 0;
      g_assert_true (hip_coach_log_set (coach (f), set, &error));
    }
  g_assert_true (hip_coach_finish_workout (coach (f), workout->id, 3, NULL, &error));
  g_assert_true (hip_coach_save_checkin (coach (f), today, 5, 2, &error));
  g_assert_no_error (error);
}

/* The first session: one week, one workout. Every chart draws its one point (a dot where a
 * line has no neighbour), including One Exercise, whose exercise was not logged when the page
 * was first shown. */
static void
test_single_point (Fixture       *f,
                   gconstpointer  data)
{
  HipProgressPage *page = show_progress (f);
  HipProgressChart *pain = hip_progress_page_get_chart (page, PAIN);
  HipProgressChart *exercise = hip_progress_page_get_chart (page, EXERCISE);
  HipProgressChart *volume = hip_progress_page_get_chart (page, VOLUME);

  g_assert_cmpuint (hip_progress_chart_get_n_points (exercise), ==, 0);
  log_one_session (f);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpuint (hip_progress_chart_get_n_points (pain), ==, 1);
  g_assert_cmpuint (hip_progress_chart_get_n_points (exercise), ==, 1);
  g_assert_cmpuint (hip_progress_chart_get_n_points (volume), ==, 1);
  g_assert_cmpfloat (hip_progress_chart_get_value (exercise, 0, 0), ==, 12.5);
  /* Drawn: pixels of the series' colours in the plot, not an empty frame. */
  g_assert_cmpuint (series_pixels (pain, 0), >, 10);
  g_assert_cmpuint (series_pixels (pain, 1), >, 10);
  g_assert_cmpuint (series_pixels (exercise, 0), >, 10);
  g_assert_cmpuint (series_pixels (volume, 1), >, 10);
  g_assert_cmpuint (series_pixels (hip_progress_page_get_chart (page, SESSIONS), 1), >, 10);
  screenshots (f, "progress-first-session", cards (page));
}

/* Pain on a fixed 0–10 axis, the week's median and worst (not the mean: six sets at 0 and one
 * at 7 are a median of 0 and a worst of 7, where the mean said 1.0), at each time it is given:
 * during sets, before and after sessions, the next mornings. */
static void
test_pain_median_and_worst (Fixture       *f,
                            gconstpointer  data)
{
  static const struct { double median, worst; } expected[] = {
    { 0, 7 }, { 2, 2 }, { 3, 3 }, { 5, 5 },
  };
  HipProgressPage *page = show_progress (f);
  HipProgressChart *pain = hip_progress_page_get_chart (page, PAIN);
  GtkDropDown *times = hip_progress_page_get_pain_times (page);
  double top, step;

  log_one_session (f);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (times)), ==, 4);
  for (guint t = 0; t < G_N_ELEMENTS (expected); t++)
    {
      gtk_drop_down_set_selected (times, t);
      g_assert_cmpstr (hip_progress_chart_get_series_name (pain, 0), ==, "Median");
      g_assert_cmpstr (hip_progress_chart_get_series_name (pain, 1), ==, "Worst");
      g_assert_cmpfloat (hip_progress_chart_get_value (pain, 0, 0), ==, expected[t].median);
      g_assert_cmpfloat (hip_progress_chart_get_value (pain, 1, 0), ==, expected[t].worst);
      hip_progress_chart_get_axis (pain, &top, &step);
      g_assert_cmpfloat (top, ==, 10);
      g_assert_cmpfloat (step, ==, 2);
    }
  gtk_drop_down_set_selected (times, 0);
  gtk_widget_grab_focus (GTK_WIDGET (pain));
  hip_progress_chart_select (pain, 0);
  screenshots (f, "progress-pain", gtk_widget_get_ancestor (GTK_WIDGET (pain), GTK_TYPE_BOX));
}

/* The header widget of @view: its first child. */
static GtkWidget *
header_of (GtkColumnView *view)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (view));

  g_assert_nonnull (header);
  g_assert_cmpstr (gtk_widget_get_css_name (header), ==, "header");
  return header;
}

/* Table shows each chart's numbers in a column view: a column a series after the weeks, with
 * a header that stays at the top of the table while its rows scroll. */
static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  HipProgressPage *page;
  GtkToggleButton *table;
  HipProgressTable *volume;
  GtkColumnView *view;
  GtkScrolledWindow *scroller;
  GListModel *columns;
  graphene_point_t at;
  GtkAdjustment *rows;

  import_history (f, 60, 3);
  page = show_progress (f);
  table = GTK_TOGGLE_BUTTON (hip_test_find_widget (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON,
                                                   "_Table"));
  g_assert_nonnull (table);
  gtk_toggle_button_set_active (table, TRUE);
  /* A year: more rows than the table's height shows. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hip_test_find_widget (GTK_WIDGET (page),
                                                                   GTK_TYPE_DROP_DOWN, NULL)), 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  volume = hip_progress_page_get_table (page, VOLUME);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (volume)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (hip_progress_page_get_chart (page, VOLUME))));
  view = hip_progress_table_get_view (volume);
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 1 + HIP_N_ACTIONS);
  {
    g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (columns, 0);
    g_autoptr(GtkColumnViewColumn) second = g_list_model_get_item (columns, 1);

    g_assert_cmpstr (gtk_column_view_column_get_title (first), ==, "Week Starting");
    g_assert_cmpstr (gtk_column_view_column_get_title (second), ==, "Flexion (sets)");
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))),
                    ==, 52);
  /* Sessions: planned and done, after the weeks. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (
                      hip_progress_table_get_view (hip_progress_page_get_table (page, SESSIONS)))),
                    ==, 3);

  /* Scrolled to its last row, the table's header is still at its top. */
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (view)));
  rows = gtk_scrolled_window_get_vadjustment (scroller);
  g_assert_cmpfloat (gtk_adjustment_get_upper (rows), >, gtk_adjustment_get_page_size (rows));
  gtk_adjustment_set_value (rows, gtk_adjustment_get_upper (rows));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpfloat (gtk_adjustment_get_value (rows), >, 0);
  g_assert_true (gtk_widget_compute_point (header_of (view), GTK_WIDGET (scroller),
                                           &GRAPHENE_POINT_INIT (0, 0), &at));
  g_assert_cmpfloat (fabs (at.y), <, 1);
  screenshots (f, "progress-table", cards (page));
}

static gboolean
week_start_is (gpointer data)
{
  gpointer *args = data;

  return hip_coach_get_week_start (args[0]) == GPOINTER_TO_UINT (args[1]);
}

/* Progress's weeks start on the day the week-start setting says, or the locale's. */
static void
test_week_start (Fixture       *f,
                 gconstpointer  data)
{
  static const struct { const char *nick; GDateWeekday day; } days[] = {
    { "monday", G_DATE_MONDAY }, { "sunday", G_DATE_SUNDAY }, { "saturday", G_DATE_SATURDAY },
    { "locale", 0 },
  };
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  HipProgressPage *page;

  import_history (f, 8, 13);
  page = show_progress (f);
  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      GDateWeekday day = days[d].day != 0 ? days[d].day : hip_week_start_for_locale ();
      gpointer args[] = { coach (f), GUINT_TO_POINTER (day) };
      GArray *weeks;

      g_settings_set_string (settings, "week-start", days[d].nick);
      hip_test_wait_until (week_start_is, args, "the week start to follow the setting");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      weeks = hip_progress_page_get_weeks (page);
      g_assert_cmpuint (weeks->len, >=, 6);
      for (guint w = 0; w < weeks->len; w++)
        g_assert_cmpint (weekday_of (g_array_index (weeks, HipProgressWeek, w).week), ==, day);
    }
}

/* The setting's nick for @day. */
static const char *
week_start_nick (GDateWeekday day)
{
  static const char *nicks[] = {
    NULL, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };

  return nicks[day];
}

/* How the Programme page writes the days of a week: "4–10 December", "30 November – 6 December"
 * (in the tests' C locale). */
static char *
week_days_text (const GDate *first)
{
  GDate last = *first;
  char from[64], to[64];

  g_date_add_days (&last, 6);
  g_date_strftime (to, sizeof to, "%-d %B", &last);
  g_date_strftime (from, sizeof from,
                   g_date_get_month (first) == g_date_get_month (&last) ? "%-d" : "%-d %B",
                   first);
  return g_date_get_month (first) == g_date_get_month (&last)
         ? g_strdup_printf ("%s–%s", from, to) : g_strdup_printf ("%s – %s", from, to);
}

/* Counts the titles of the sessions the Programme page shows for its week: those with a day
 * within the seven days from @first, and those left out of a shorter week. */
static void
count_programme_sessions (GtkWidget   *root,
                          const GDate *first,
                          guint       *dated,
                          guint       *left_out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_GROUP (child))
        {
          const char *title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (child));
          gboolean in_week = FALSE;

          if (!g_str_has_prefix (title, "Session "))
            continue;
          if (g_str_has_suffix (title, " · Not planned"))
            {
              (*left_out)++;
              continue;
            }
          for (guint d = 0; d < 7 && !in_week; d++)
            {
              GDate day = *first;
              char text[64];

              g_date_add_days (&day, d);
              g_date_strftime (text, sizeof text, "%A %-d %B", &day);
              in_week = g_str_has_suffix (title, text);
            }
          g_assert_true (in_week);
          (*dated)++;
          continue;
        }
      count_programme_sessions (child, first, dated, left_out);
    }
}

/* Whether the label showing @text in @root is whole (not cut short). */
static void
assert_whole (GtkWidget  *root,
              const char *text)
{
  GtkWidget *label = hip_test_find_widget (root, GTK_TYPE_LABEL, text);

  g_assert_nonnull (label);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
}

/* The Programme page's shorter week 1, wide and at 360 px, light and dark: its header with the
 * week's days, and its sessions with the one it has no day for; neither cut short. */
static void
programme_screenshots (Fixture          *f,
                       HipProgrammePage *programme,
                       const char       *days)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const struct { int width; const char *size; } sizes[] = {
    { 1100, "" }, { 360, "-narrow" },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      gtk_window_set_default_size (GTK_WINDOW (f->window), sizes[s].width, 760);
      hip_test_wait_for_size (GTK_WIDGET (f->window), sizes[s].width);
      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *header = g_strconcat ("programme-short-week", sizes[s].size,
                                                 dark ? "-dark" : "", NULL);
          g_autofree char *sessions = g_strconcat ("programme-short-week-sessions",
                                                   sizes[s].size, dark ? "-dark" : "", NULL);

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
          hip_test_screenshot (GTK_WIDGET (f->window), header);
          hip_test_screenshot (GTK_WIDGET (programme->sessions_box), sessions);
          assert_whole (GTK_WIDGET (programme), days);
          assert_whole (GTK_WIDGET (programme), "Session 3 · Not planned");
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 1100);
}

static void
show_page (Fixture    *f,
           const char *name)
{
  GtkWidget *stack = hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* For a programme starting today, with today the fourth day of the person's week and then its
 * first: the Programme page's week 1 is the person's week that holds today (its days under
 * "Week 1 of …", its sessions' days within it, a session left out of the shorter week), Today
 * offers week 1's first session today, and Progress's row for that week starts on the same day
 * and counts the sessions Programme dates in it as planned. */
static void
test_same_week (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  HipProgrammePage *programme;
  HipProgressPage *progress;
  HipTodayPage *today_page;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  for (guint back = 3, round = 0; round < 2; back = 0, round++)
    {
      GDateWeekday day = (g_date_get_weekday (&today) - 1 + 7 - back) % 7 + 1;
      gpointer args[] = { coach (f), GUINT_TO_POINTER (day) };
      g_autofree char *days = NULL, *today_title = NULL;
      guint dated = 0, left_out = 0;
      GDate first = today;
      char today_text[64];
      GArray *weeks;
      int planned = -2;

      g_test_message ("weeks from day %d, today the week's day %u", day, back + 1);
      g_settings_set_string (settings, "week-start", week_start_nick (day));
      hip_test_wait_until (week_start_is, args, "the week start to follow the setting");
      g_date_subtract_days (&first, back);
      days = week_days_text (&first);

      /* Programme: week 1 is the person's week that holds today. */
      show_page (f, "programme");
      programme = hip_window_get_programme_page (f->window);
      g_assert_cmpuint (hip_programme_page_get_week (programme), ==, 1);
      g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (programme), GTK_TYPE_LABEL, days));
      count_programme_sessions (GTK_WIDGET (programme), &first, &dated, &left_out);
      g_assert_cmpuint (dated, >, 0);
      /* Three full sessions a day apart fit from the week's first day, not from its fourth. */
      g_assert_cmpuint (left_out, ==, back == 0 ? 0 : 1);
      g_date_strftime (today_text, sizeof today_text, "Session 1 · %A %-d %B", &today);
      g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (programme), GTK_TYPE_LABEL,
                                              today_text));
      if (back > 0)
        programme_screenshots (f, programme, days);

      /* Today: that week's first session, today. */
      show_page (f, "today");
      today_page = hip_window_get_today_page (f->window);
      g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (today_page), GTK_TYPE_LABEL,
                                              "Today: Week 1, Session 1"));

      /* Progress: the same week, the same sessions planned. */
      progress = show_progress (f);
      weeks = hip_progress_page_get_weeks (progress);
      for (guint w = 0; w < weeks->len; w++)
        {
          const HipProgressWeek *week = &g_array_index (weeks, HipProgressWeek, w);
          GDate start;

          g_date_clear (&start, 1);
          g_assert_true (hip_log_parse_day (week->week, &start));
          g_assert_cmpint (g_date_get_weekday (&start), ==, day);
          if (g_date_compare (&start, &first) == 0)
            planned = week->planned;
        }
      g_assert_cmpint (planned, ==, dated);
    }
}

/* The marked values stay while the chart has the focus, and go when the focus leaves. */
static void
test_readout_follows_focus (Fixture       *f,
                            gconstpointer  data)
{
  HipProgressPage *page;
  HipProgressChart *volume;
  GtkWidget *table;

  import_history (f, 8, 17);
  page = show_progress (f);
  volume = hip_progress_page_get_chart (page, VOLUME);
  table = hip_test_find_widget (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON, "_Table");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (volume)));
  hip_progress_chart_select (volume, 2);
  g_assert_true (gtk_widget_grab_focus (table));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpint (hip_progress_chart_get_selected (volume), ==, -1);
}

/* Over three years the axis says which year is which, and no label is cut at either side, at
 * any width. */
static void
test_years (Fixture       *f,
            gconstpointer  data)
{
  static const int widths[] = { 1100, 360 };
  HipProgressPage *page;
  HipProgressChart *volume;
  g_autoptr(GRegex) year = g_regex_new ("\\b20[0-9][0-9]\\b", 0, 0, NULL);

  import_history (f, 160, 19);
  page = show_progress (f);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (hip_test_find_widget (GTK_WIDGET (page),
                                                                   GTK_TYPE_DROP_DOWN, NULL)), 3);
  volume = hip_progress_page_get_chart (page, VOLUME);
  g_assert_cmpuint (hip_progress_chart_get_n_points (volume), >=, 158);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GArray *ticks;
      guint years = 0;

      gtk_window_set_default_size (GTK_WINDOW (f->window), widths[w], 760);
      hip_test_wait_for_size (GTK_WIDGET (f->window), widths[w]);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (volume));
      ticks = hip_progress_chart_get_ticks (volume);
      g_assert_nonnull (ticks);
      g_assert_cmpuint (ticks->len, >=, 2);
      for (guint t = 0; t < ticks->len; t++)
        {
          HipTick *tick = &g_array_index (ticks, HipTick, t);

          g_test_message ("%d px: %s at %.0f", widths[w], tick->text, tick->left);
          years += g_regex_match (year, tick->text, 0, NULL);
          g_assert_cmpfloat (tick->left, >=, 0);
          g_assert_cmpfloat (tick->left + tick->width, <=,
                             gtk_widget_get_width (GTK_WIDGET (volume)));
          if (t > 0)
            g_assert_cmpfloat (tick->left, >, g_array_index (ticks, HipTick, t - 1).left +
                                              g_array_index (ticks, HipTick, t - 1).width);
        }
      /* Three years or more: at least three of them named. */
      g_assert_cmpuint (years, >=, 3);
    }
  screenshots (f, "progress-years", gtk_widget_get_ancestor (GTK_WIDGET (volume), GTK_TYPE_BOX));
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/ui/progress/sessions-before-programme", Fixture, NULL, fixture_set_up,
              test_sessions_before_programme, fixture_tear_down);
  g_test_add ("/ui/progress/single-point", Fixture, NULL, fixture_set_up, test_single_point,
              fixture_tear_down);
  g_test_add ("/ui/progress/pain-median-and-worst", Fixture, NULL, fixture_set_up,
              test_pain_median_and_worst, fixture_tear_down);
  g_test_add ("/ui/progress/table", Fixture, NULL, fixture_set_up, test_table,
              fixture_tear_down);
  g_test_add ("/ui/progress/same-week", Fixture, NULL, fixture_set_up, test_same_week,
              fixture_tear_down);
  g_test_add ("/ui/progress/week-start", Fixture, NULL, fixture_set_up, test_week_start,
              fixture_tear_down);
  g_test_add ("/ui/progress/readout-follows-focus", Fixture, NULL, fixture_set_up,
              test_readout_follows_focus, fixture_tear_down);
  g_test_add ("/ui/progress/years", Fixture, NULL, fixture_set_up, test_years,
              fixture_tear_down);

  return g_test_run ();
}
