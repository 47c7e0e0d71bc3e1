/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Patient-Specific Functional Scale under a display, as a new user meets it: activities
 * entered in the first run (with the smallest weight step), the weekly rating on Today (empty
 * until rated: unknown, not 0; only what is rated is saved), its chart beside pain on Progress
 * with the change a person can feel, and the activities again in the profile window. Light
 * and dark, wide and 360 px, saved as PNGs in the build directory. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hip-application.h"
#include "hip-coach.h"
#include "hip-first-run.h"
#include "hip-first-run-private.h"
#include "hip-profile-form.h"
#include "hip-profile-window.h"
#include "hip-progress-chart.h"
#include "hip-progress-chart-private.h"
#include "hip-progress-page.h"
#include "hip-progress-page-private.h"
#include "hip-psfs-checkin.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-today-page.h"
#include "hip-window.h"
#include "hip-window-private.h"

#define PSFS_CHART 4

typedef struct
{
  HipApplication *app;
  HipWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  hip_test_clear_user_data ();
  f->window = hip_test_app_start (&f->app);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  hip_test_app_stop (f->app, f->window);
}

static HipCoach *
coach (Fixture *f)
{
  return hip_application_get_coach (f->app);
}

static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
next (Fixture     *f,
      HipFirstRun *first_run)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first_run), "first-run.next", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void screenshots (Fixture    *f,
                         const char *name,
                         GtkWidget  *shown,
                         GtkWidget  *root);

static void
type_into (GtkWidget  *root,
           const char *row,
           const char *text)
{
  GtkWidget *entry = hip_test_find_widget (root, ADW_TYPE_ENTRY_ROW, row);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* The first run with no red flag; the profile names two activities, the second left empty,
 * and a 2.5 kg weight step. */
static void
first_run_with_activities (Fixture *f)
{
  HipFirstRun *first_run = hip_window_get_first_run (f->window);
  GtkWidget *form, *step, *step_row, *activities;

  g_assert_nonnull (first_run);
  next (f, first_run);
  g_assert_cmpstr (hip_first_run_get_page (first_run), ==, "screening");
  next (f, first_run);
  g_assert_cmpstr (hip_first_run_get_page (first_run), ==, "profile");
  form = hip_test_find_widget (GTK_WIDGET (first_run), HIP_TYPE_PROFILE_FORM, NULL);
  g_assert_nonnull (hip_test_find_widget (form, GTK_TYPE_LABEL, "Activities That Are Hard"));
  type_into (form, "First activity", "Climbing stairs");
  type_into (form, "Third activity", "  Putting on socks ");
  step_row = hip_test_find_widget (form, ADW_TYPE_ACTION_ROW, "Smallest wei_ght step");
  step = hip_test_find_widget (step_row, GTK_TYPE_SPIN_BUTTON, NULL);
  activities = gtk_widget_get_ancestor (hip_test_find_widget (form, ADW_TYPE_ENTRY_ROW,
                                                              "First activity"),
                                        ADW_TYPE_PREFERENCES_GROUP);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (step)), ==, 1.0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (step), 2.5);
  /* The new rows read whole at 360 px (the form's older rows are not checked here). */
  screenshots (f, "first-run-psfs-step", step_row, step_row);
  screenshots (f, "first-run-psfs", activities, activities);
  next (f, first_run);
  g_assert_null (hip_window_get_first_run (f->window));
}

static void
assert_activities (Fixture    *f,
                   const char *expected)
{
  g_autoptr(GPtrArray) activities = hip_coach_load_psfs_activities (coach (f), NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < activities->len; i++)
    {
      const HipPsfsActivity *a = activities->pdata[i];

      g_string_append_printf (text, "%s%s@%u", i > 0 ? ", " : "", a->name, a->position);
    }
  g_assert_cmpstr (text->str, ==, expected);
}

/* Earlier weeks' ratings, as if rated then: stairs 1 three weeks ago, socks 4 and 5. */
static void
rate_earlier_weeks (Fixture *f)
{
  g_autoptr(GPtrArray) activities = hip_coach_load_psfs_activities (coach (f), NULL);
  gint64 stairs = ((HipPsfsActivity *) activities->pdata[0])->id;
  gint64 socks = ((HipPsfsActivity *) activities->pdata[1])->id;
  static const struct { int days; guint activity; int score; } earlier[] = {
    { -21, 0, 1 }, { -14, 1, 4 }, { -7, 1, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (earlier); i++)
    {
      g_autofree char *day = day_from_today (earlier[i].days);
      HipPsfsRating rating = { earlier[i].activity == 0 ? stairs : socks, earlier[i].score };

      g_assert_true (hip_coach_save_psfs_ratings (coach (f), day, &rating, 1, NULL));
    }
}

static void
show (Fixture    *f,
      const char *page)
{
  GtkWidget *stack = hip_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL);

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), page);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* Scrolls the page @widget is on so that it shows at the top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t top;

  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  g_assert_true (gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            top.y - 12);
  gtk_test_widget_wait_for_draw (widget);
}

/* Saves the window as @name, wide and at 360 px, light and dark, with @shown (when given) at
 * the top of its page; no text is cut short under @root. */
static void
screenshots (Fixture    *f,
             const char *name,
             GtkWidget  *shown,
             GtkWidget  *root)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const struct { int width; const char *size; } sizes[] = {
    { 1100, "" }, { 360, "-narrow" },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      gtk_window_set_default_size (GTK_WINDOW (f->window), sizes[s].width, 760);
      hip_test_wait_for_size (GTK_WIDGET (f->window), sizes[s].width);
      if (shown != NULL)
        scroll_to (shown);
      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *file = g_strconcat (name, sizes[s].size, dark ? "-dark" : "", NULL);

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
          hip_test_screenshot (GTK_WIDGET (f->window), file);
          g_assert_cmpuint (hip_test_count_ellipsized (root), ==, 0);
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 1100);
}

static GtkSpinButton *
rating_of (GtkWidget  *checkin,
           const char *activity)
{
  GtkWidget *row = hip_test_find_widget (checkin, ADW_TYPE_ACTION_ROW, activity);

  g_assert_nonnull (row);
  return GTK_SPIN_BUTTON (hip_test_find_widget (row, GTK_TYPE_SPIN_BUTTON, NULL));
}

/* Today asks, on the programme's first training day: both ratings start empty (unknown, not
 * 0) and Save waits for one; only the rated activity is saved, and the group goes. */
static void
rate_on_today (Fixture *f)
{
  HipTodayPage *today = hip_window_get_today_page (f->window);
  GtkWidget *checkin, *save;
  GtkSpinButton *stairs, *socks;
  g_autoptr(GPtrArray) history = NULL;

  show (f, "today");
  checkin = hip_test_find_widget (GTK_WIDGET (today), HIP_TYPE_PSFS_CHECKIN, NULL);
  g_assert_nonnull (checkin);
  g_assert_nonnull (hip_test_find_widget (checkin, GTK_TYPE_LABEL, "How Are These Activities?"));
  stairs = rating_of (checkin, "Climbing stairs");
  socks = rating_of (checkin, "Putting on socks");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (stairs), ==, -1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stairs)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (socks)), ==, "");
  save = hip_test_find_widget (checkin, GTK_TYPE_BUTTON, "Sa_ve");
  g_assert_false (gtk_widget_get_sensitive (save));
  screenshots (f, "today-psfs", NULL, GTK_WIDGET (today));

  /* Typed, as a person would: a number, and back to nothing. */
  gtk_editable_set_text (GTK_EDITABLE (socks), "7");
  gtk_spin_button_update (socks);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (socks), ==, 7);
  gtk_editable_set_text (GTK_EDITABLE (socks), "");
  gtk_spin_button_update (socks);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (socks), ==, -1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (socks)), ==, "");
  /* Typing is enough for Save: it reads what is typed. */
  gtk_editable_set_text (GTK_EDITABLE (stairs), "2");
  g_assert_true (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (stairs), "");
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_spin_button_spin (stairs, GTK_SPIN_STEP_FORWARD, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (stairs)), ==, "0");
  gtk_spin_button_set_value (stairs, 3);
  g_assert_true (gtk_widget_get_sensitive (save));
  hip_test_screenshot (GTK_WIDGET (f->window), "today-psfs-rated");
  g_assert_true (gtk_widget_activate_action (checkin, "psfs.save", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_null (hip_test_find_widget (GTK_WIDGET (today), HIP_TYPE_PSFS_CHECKIN, NULL));

  history = hip_coach_psfs_history (coach (f), NULL);
  g_assert_cmpuint (history->len, ==, 2);
  {
    const HipPsfsSeries *s = history->pdata[0], *k = history->pdata[1];
    g_autofree char *today_day = day_from_today (0);

    g_assert_cmpuint (s->points->len, ==, 2);
    g_assert_cmpstr (g_array_index (s->points, HipPsfsPoint, 1).day, ==, today_day);
    g_assert_cmpint (g_array_index (s->points, HipPsfsPoint, 1).score, ==, 3);
    /* Not rated today: no rating, rather than a 0. */
    g_assert_cmpuint (k->points->len, ==, 2);
    g_assert_cmpstr (g_array_index (k->points, HipPsfsPoint, 1).day, !=, today_day);
  }
}

/* Progress charts the ratings beside pain, 0–10 by week, and says which changed enough to
 * feel. */
static void
chart_on_progress (Fixture *f)
{
  HipProgressPage *progress = hip_window_get_progress_page (f->window);
  HipProgressChart *chart = hip_progress_page_get_chart (progress, PSFS_CHART);
  GtkWidget *card = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_BOX);
  g_autofree char *table = NULL;

  show (f, "progress");
  g_assert_true (gtk_widget_get_visible (card));
  /* Beside pain: the card after the pain chart's. */
  g_assert_true (gtk_widget_get_prev_sibling (card) ==
                 gtk_widget_get_ancestor (GTK_WIDGET (hip_progress_page_get_chart (progress, 1)),
                                          GTK_TYPE_BOX));
  g_assert_cmpuint (hip_progress_chart_get_n_points (chart), >=, 4);
  table = hip_progress_chart_format_table (chart);
  g_test_message ("%s", table);
  g_assert_true (g_str_has_prefix (table, "\tClimbing stairs\tPutting on socks\n"));
  /* Ratings are whole numbers. */
  g_assert_nonnull (strstr (table, "\t1\t–\n"));
  g_assert_true (g_str_has_suffix (table, "\t3\t–"));
  g_assert_nonnull (hip_test_find_widget (card, GTK_TYPE_LABEL,
                                          "Climbing stairs: 1 → 3, a change you can feel"));
  screenshots (f, "progress-psfs", card, card);
}

/* The profile window shows the activities where the first run put them, and saves a change. */
static void
edit_in_profile_window (Fixture *f)
{
  GtkWindow *profile;
  GtkWidget *form;
  g_auto(GStrv) shown = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.profile", NULL));
  profile = hip_test_find_toplevel (HIP_TYPE_PROFILE_WINDOW);
  g_assert_nonnull (profile);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (profile));
  form = hip_test_find_widget (GTK_WIDGET (profile), HIP_TYPE_PROFILE_FORM, NULL);
  shown = hip_profile_form_get_activities (HIP_PROFILE_FORM (form));
  g_assert_cmpstr (shown[0], ==, "Climbing stairs");
  g_assert_cmpstr (shown[1], ==, "");
  g_assert_cmpstr (shown[2], ==, "Putting on socks");
  type_into (form, "Second activity", "Gardening");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (profile), "profile.save", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  assert_activities (f, "Climbing stairs@1, Gardening@2, Putting on socks@3");
}

static void
test_psfs (Fixture       *f,
           gconstpointer  data)
{
  HipProfile profile;
  gboolean found = FALSE;

  first_run_with_activities (f);
  assert_activities (f, "Climbing stairs@1, Putting on socks@3");
  g_assert_true (hip_coach_load_profile (coach (f), &profile, &found, NULL) && found);
  g_assert_cmpfloat (profile.load_step, ==, 2.5);
  rate_earlier_weeks (f);
  rate_on_today (f);
  /* Rated this week: not asked again. */
  {
    g_autofree char *today = day_from_today (0);

    g_assert_false (hip_coach_psfs_due (coach (f), today));
  }
  chart_on_progress (f);
  edit_in_profile_window (f);
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  g_test_add ("/ui/functional-scale/first-run-today-progress", Fixture, NULL, fixture_set_up,
              test_psfs, fixture_tear_down);

  return g_test_run ();
}
