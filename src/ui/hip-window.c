/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-exercise.h"
#include "hip-window-private.h"

G_DEFINE_FINAL_TYPE (HipWindow, hip_window, ADW_TYPE_APPLICATION_WINDOW)

HipCoach *
hip_window_get_coach (HipWindow *self)
{
  return hip_application_get_coach (self->application);
}

HipCatalogue *
hip_window_get_catalogue (HipWindow *self)
{
  return hip_coach_get_catalogue (hip_window_get_coach (self));
}

static void update_navigation_cb (HipWindow *self);
static void page_changed_cb      (HipWindow *self);
static void problem_response_cb  (HipWindow *self,
                                  int        response);
static void title_squeezed_cb    (HipWindow *self);
static void create_menu_cb       (GtkMenuButton *button,
                                  gpointer       data);

/* The objects of ui/hip-main-page.ui the window keeps, and where: as
 * gtk_widget_class_bind_template_child() does for a template. */
static const struct
{
  const char *id;
  gsize       offset;
} main_objects[] = {
  { "main_page", G_STRUCT_OFFSET (HipWindow, main_page) },
  { "back_button", G_STRUCT_OFFSET (HipWindow, back_button) },
  { "title_squeezer", G_STRUCT_OFFSET (HipWindow, title_squeezer) },
  { "switcher", G_STRUCT_OFFSET (HipWindow, switcher) },
  { "window_title", G_STRUCT_OFFSET (HipWindow, window_title) },
  { "menu_button", G_STRUCT_OFFSET (HipWindow, menu_button) },
  { "problem_bar", G_STRUCT_OFFSET (HipWindow, problem_bar) },
  { "problem_label", G_STRUCT_OFFSET (HipWindow, problem_label) },
  { "blocked_bar", G_STRUCT_OFFSET (HipWindow, blocked_bar) },
  { "stack", G_STRUCT_OFFSET (HipWindow, stack) },
  { "exercises_leaflet", G_STRUCT_OFFSET (HipWindow, exercises_leaflet) },
  { "programme_bin", G_STRUCT_OFFSET (HipWindow, programme_bin) },
  { "today_bin", G_STRUCT_OFFSET (HipWindow, today_bin) },
  { "progress_bin", G_STRUCT_OFFSET (HipWindow, progress_bin) },
  { "switcher_bar", G_STRUCT_OFFSET (HipWindow, switcher_bar) },
  { "primary_menu", G_STRUCT_OFFSET (HipWindow, primary_menu) },
};

/* The main pages (header, view stack and the pages' places) are built the first time they
 * are needed, not behind the first run: a first start's window shows only the welcome, and
 * building the rest was a third of its work before the first frame. */
static void
ensure_main (HipWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GError) error = NULL;

  if (self->main_page != NULL)
    return;
  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback (scope, update_navigation_cb);
  gtk_builder_cscope_add_callback (scope, page_changed_cb);
  gtk_builder_cscope_add_callback (scope, problem_response_cb);
  gtk_builder_cscope_add_callback (scope, title_squeezed_cb);
  builder = gtk_builder_new ();
  gtk_builder_set_scope (builder, scope);
  /* Its signals go to the window, as a template's would. */
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_from_resource (builder, RESOURCE_BASE "/hip-main-page.ui", &error))
    g_error ("The main pages could not be built: %s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (main_objects); i++)
    {
      GObject *object = gtk_builder_get_object (builder, main_objects[i].id);

      g_assert (object != NULL);
      G_STRUCT_MEMBER (gpointer, self, main_objects[i].offset) = object;
    }
  /* The widgets live in the window; the menu, not a widget, only in the builder. */
  g_object_ref (self->primary_menu);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  gtk_stack_add_named (self->main_stack, self->main_page, "main");
}

static gboolean
showing_detail (HipWindow *self)
{
  return self->detail != NULL &&
         adw_leaflet_get_visible_child (self->exercises_leaflet) == GTK_WIDGET (self->detail);
}

/* Each page is built the first time it is shown or asked for, so that start-up builds only
 * what its first frame shows: building and styling a page someone may not open this time
 * was a fifth of the time to the first frame. */
HipExerciseBrowser *
hip_window_ensure_browser (HipWindow *self)
{
  ensure_main (self);
  if (self->browser == NULL)
    {
      self->browser = g_object_new (HIP_TYPE_EXERCISE_BROWSER,
                                    "exercises", hip_window_get_catalogue (self),
                                    "stills", hip_application_get_stills (self->application),
                                    NULL);
      adw_leaflet_prepend (self->exercises_leaflet, GTK_WIDGET (self->browser));
    }
  return self->browser;
}

/* The detail page (with its player and muscle map) comes after the browser in the leaflet. */
static HipExerciseDetail *
ensure_detail (HipWindow *self)
{
  if (self->detail == NULL)
    {
      HipStills *stills = hip_application_get_stills (self->application);

      hip_window_ensure_browser (self);
      self->detail = g_object_new (HIP_TYPE_EXERCISE_DETAIL,
                                   "catalogue", hip_window_get_catalogue (self),
                                   "motions", hip_stills_get_motions (stills),
                                   NULL);
      adw_leaflet_append (self->exercises_leaflet, GTK_WIDGET (self->detail));
    }
  return self->detail;
}

static HipProgressPage *
ensure_progress (HipWindow *self)
{
  ensure_main (self);
  if (self->progress_page == NULL)
    {
      self->progress_page = g_object_new (HIP_TYPE_PROGRESS_PAGE,
                                          "coach", hip_window_get_coach (self),
                                          NULL);
      adw_bin_set_child (self->progress_bin, GTK_WIDGET (self->progress_page));
    }
  return self->progress_page;
}

/* The programme is loaded (and its stills drawn) with its page. */
static void
ensure_programme (HipWindow *self)
{
  if (self->programme_page != NULL)
    return;
  ensure_main (self);
  self->programme_page = g_object_new (HIP_TYPE_PROGRAMME_PAGE,
                                       "coach", hip_window_get_coach (self),
                                       "stills", hip_application_get_stills (self->application),
                                       NULL);
  adw_bin_set_child (self->programme_bin, GTK_WIDGET (self->programme_page));
}

static HipTodayPage *
ensure_today (HipWindow *self)
{
  ensure_main (self);
  if (self->today_page == NULL)
    {
      self->today_page = g_object_new (HIP_TYPE_TODAY_PAGE,
                                       "coach", hip_window_get_coach (self),
                                       "stills", hip_application_get_stills (self->application),
                                       NULL);
      adw_bin_set_child (self->today_bin, GTK_WIDGET (self->today_page));
    }
  return self->today_page;
}

/* Pages are built the first time they are shown; after that they follow the coach's signals.
 * Today is also built again each time it is shown: the day may have turned (a check-in falls
 * due, a session's day comes). */
void
hip_window_show_page (HipWindow  *self,
                      const char *page)
{
  if (g_strcmp0 (page, "exercises") == 0)
    hip_window_ensure_browser (self);
  else if (g_strcmp0 (page, "programme") == 0)
    ensure_programme (self);
  else if (g_strcmp0 (page, "today") == 0)
    {
      if (self->today_page == NULL)
        ensure_today (self);
      else if (g_strcmp0 (hip_today_page_get_state (self->today_page), "overview") == 0)
        hip_today_page_refresh (self->today_page);
    }
  else if (g_strcmp0 (page, "progress") == 0)
    ensure_progress (self);
}

/* The back button and the win.back action exist only while a detail page is shown. */
static void
update_navigation_cb (HipWindow *self)
{
  gboolean detail;

  if (self->main_page == NULL)
    return;
  detail = showing_detail (self) &&
           g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "exercises") == 0;
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", detail);
}

/* A page is shown: it is built, or Today built again (hip_window_show_page()). Not when the
 * Exercises page's leaflet changes: the first exercise opened from a Today row builds that
 * leaflet while Today is still shown, and Today was built again under the row activated. */
static void
page_changed_cb (HipWindow *self)
{
  if (self->main_page == NULL)
    return;
  /* Behind the first run nothing is shown yet, even if a caller has built the pages. */
  if (gtk_stack_get_visible_child (self->main_stack) == self->main_page)
    hip_window_show_page (self, adw_view_stack_get_visible_child_name (self->stack));
  update_navigation_cb (self);
}

/**
 * hip_window_show_exercise:
 * @self: a #HipWindow
 * @id: an exercise id
 *
 * Opens the detail page of the exercise; unknown ids are ignored.
 */
void
hip_window_show_exercise (HipWindow  *self,
                          const char *id)
{
  HipExercise *exercise;

  g_return_if_fail (HIP_IS_WINDOW (self));

  exercise = hip_catalogue_lookup (hip_window_get_catalogue (self), id);
  if (exercise == NULL)
    return;

  hip_exercise_detail_set_exercise (ensure_detail (self), exercise);
  adw_view_stack_set_visible_child_name (self->stack, "exercises");
  adw_leaflet_set_visible_child (self->exercises_leaflet, GTK_WIDGET (self->detail));
  /* Keyboard focus moves to the top of the new page, so Tab and arrows start there. */
  gtk_widget_child_focus (GTK_WIDGET (self->detail), GTK_DIR_TAB_FORWARD);
}

/* Returns: (transfer none) (nullable): the exercise on the detail page, if it is shown */
HipExercise *
hip_window_get_shown_exercise (HipWindow *self)
{
  g_return_val_if_fail (HIP_IS_WINDOW (self), NULL);

  if (!showing_detail (self))
    return NULL;
  return hip_exercise_detail_get_exercise (self->detail);
}

/* Returns: (transfer none): the Exercises page */
GtkWidget *
hip_window_get_browser (HipWindow *self)
{
  g_return_val_if_fail (HIP_IS_WINDOW (self), NULL);
  return GTK_WIDGET (hip_window_ensure_browser (self));
}

static void
problem_response_cb (HipWindow *self,
                     int        response)
{
  gtk_info_bar_set_revealed (self->problem_bar, FALSE);
}

static void
show_problem (HipWindow  *self,
              const char *text)
{
  ensure_main (self);
  gtk_label_set_text (self->problem_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_bar), TRUE);
  gtk_info_bar_set_revealed (self->problem_bar, TRUE);
}

static void
show_store_problem (HipWindow *self)
{
  const char *problem = hip_application_get_store_problem (self->application);

  if (problem == NULL)
    return;
  show_problem (self, problem);
}

/* GSettings needs the schema installed (or GSETTINGS_SCHEMA_DIR); without it the window still
 * works, it just does not remember its size. */
static GSettings *
lookup_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Schema %s is not installed; the window size will not be kept", APPLICATION_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_size (HipWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
hip_window_close_request (GtkWindow *window)
{
  HipWindow *self = HIP_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_delay (self->settings);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
      g_settings_apply (self->settings);
    }

  return GTK_WINDOW_CLASS (hip_window_parent_class)->close_request (window);
}

static gboolean
show_switcher_bar_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       data)
{
  HipWindow *self = HIP_WINDOW (widget);
  gboolean squeezed = adw_squeezer_get_visible_child (self->title_squeezer) == self->window_title;

  self->switcher_tick = 0;
  /* The bottom bar's buttons wait until a window is first narrow. */
  if (squeezed && adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), squeezed);
  return G_SOURCE_REMOVE;
}

/* The header has no room for the view switcher: the title shows there, and the switcher bar
 * at the bottom. The squeezer says so while it is being allocated, when GTK 4.8 does not lay
 * out a widget shown then: a bar shown again there stayed off the window until something else
 * resized it. So it is shown at the start of the next frame, before that frame's layout. */
static void
title_squeezed_cb (HipWindow *self)
{
  if (self->switcher_tick == 0)
    self->switcher_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), show_switcher_bar_cb,
                                                        NULL, NULL);
}

/* The switchers build a button (with its icons) per page when given the stack: done when the
 * main pages are first shown, so that a first start does not pay for them behind the first
 * run. */
static void
show_main (HipWindow *self)
{
  ensure_main (self);
  if (adw_view_switcher_get_stack (self->switcher) == NULL)
    adw_view_switcher_set_stack (self->switcher, self->stack);
  gtk_stack_set_visible_child_name (self->main_stack, "main");
}

/* While the screening allows no programme, only the exercises are shown, read-only, with
 * the way back to the advice (SCIENCE.md §4). */
static void
set_blocked (HipWindow *self,
             gboolean   blocked)
{
  static const char *pages[] = { "programme", "today", "progress" };
  /* Whatever makes, changes or prints a programme waits too: printing one made before the
   * sign was answered would hand the person a plan the advice says not to follow. */
  static const char *actions[] = {
    "win.profile", "win.print-programme", "win.save-programme-pdf", "win.export-programme",
    "win.import-programme",
  };

  ensure_main (self);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (self->stack, pages[i]);

      adw_view_stack_page_set_visible (adw_view_stack_get_page (self->stack, child), !blocked);
    }
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], !blocked);
  if (blocked)
    adw_view_stack_set_visible_child_name (self->stack, "exercises");
  gtk_widget_set_visible (GTK_WIDGET (self->blocked_bar), blocked);
  gtk_info_bar_set_revealed (self->blocked_bar, blocked);
}

static void
close_first_run (HipWindow *self)
{
  gtk_stack_remove (self->main_stack, GTK_WIDGET (self->first_run));
  self->first_run = NULL;
}

static void
first_run_finished_cb (HipWindow   *self,
                       HipFirstRun *first_run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_auto(GStrv) activities = NULL;
  HipProfile profile;

  set_blocked (self, FALSE);
  if (hip_first_run_get_recheck (first_run))
    {
      /* Asked again, and the answers allow the programme: back to it as it was. */
      close_first_run (self);
      show_main (self);
      page_changed_cb (self);
      return;
    }
  hip_first_run_get_profile (first_run, &profile);
  activities = hip_first_run_get_activities (first_run);
  if (!hip_coach_save_profile (hip_window_get_coach (self), &profile, &error) ||
      !hip_coach_save_psfs_activities (hip_window_get_coach (self),
                                       (const char * const *) activities, today, &error))
    show_problem (self, error->message);
  show_main (self);
  close_first_run (self);

  ensure_programme (self);
  hip_programme_page_generate (self->programme_page);
  adw_view_stack_set_visible_child_name (self->stack, "programme");
}

static void
first_run_browse_cb (HipWindow *self)
{
  set_blocked (self, !hip_coach_screening_allows_programme (hip_window_get_coach (self)));
  show_main (self);
  page_changed_cb (self);
}

/* Shows the first run, or brings back the one under way. Someone with a profile is asked the
 * red-flag questions again only (the menu's Check Again, or a screening that stopped their
 * programme). */
void
hip_window_show_first_run (HipWindow *self)
{
  HipCoach *coach = hip_window_get_coach (self);

  if (self->first_run == NULL)
    {
      self->first_run = g_object_new (HIP_TYPE_FIRST_RUN, "coach", coach,
                                      "recheck", hip_coach_has_profile (coach), NULL);
      g_signal_connect_object (self->first_run, "finished", G_CALLBACK (first_run_finished_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->first_run, "browse", G_CALLBACK (first_run_browse_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->first_run), "first-run");
    }
  gtk_stack_set_visible_child_name (self->main_stack, "first-run");
}

/* Someone who has not finished the first run (no profile is stored), or whose screening allows
 * no programme, starts there; but when the data file had a problem, the window first says so,
 * and the first run waits until the person asks for a programme. */
static void
maybe_first_run (HipWindow *self)
{
  HipCoach *coach = hip_window_get_coach (self);

  if (hip_application_get_store_problem (self->application) != NULL)
    return;
  if (!hip_coach_has_profile (coach) || !hip_coach_screening_allows_programme (coach))
    hip_window_show_first_run (self);
}

/* Shows page @name ("today", …) of the main pages, unless the first run is under way. */
void
hip_window_present_page (HipWindow  *self,
                         const char *name)
{
  g_return_if_fail (HIP_IS_WINDOW (self));

  if (self->first_run != NULL)
    return;
  show_main (self);
  adw_view_stack_set_visible_child_name (self->stack, name);
}

/* Returns: (transfer none) (nullable): the first run, while it is shown */
HipFirstRun *
hip_window_get_first_run (HipWindow *self)
{
  g_return_val_if_fail (HIP_IS_WINDOW (self), NULL);
  return self->first_run;
}

HipProgrammePage *
hip_window_get_programme_page (HipWindow *self)
{
  g_return_val_if_fail (HIP_IS_WINDOW (self), NULL);
  ensure_programme (self);
  return self->programme_page;
}

HipTodayPage *
hip_window_get_today_page (HipWindow *self)
{
  g_return_val_if_fail (HIP_IS_WINDOW (self), NULL);
  return ensure_today (self);
}

HipProgressPage *
hip_window_get_progress_page (HipWindow *self)
{
  g_return_val_if_fail (HIP_IS_WINDOW (self), NULL);
  return ensure_progress (self);
}

/* The profile was edited: exclusions and dates follow it now, and a new programme can fit it.
 * A restored backup may hold no profile at all: then the person starts at the first run. */
static void
profile_changed_cb (HipWindow *self)
{
  if (self->first_run != NULL)
    return;   /* the first run's profile is followed by its programme, not by an offer of one */
  if (!hip_coach_has_profile (hip_window_get_coach (self)))
    hip_window_show_first_run (self);
  else if (self->programme_page != NULL)
    hip_programme_page_profile_changed (self->programme_page);
}

/* GtkWindow:application is not set yet in constructed(), so the window is filled here. */
static void
setup (HipWindow      *self,
       HipApplication *application)
{
  HipCoach *coach = hip_application_get_coach (application);

  self->application = g_object_ref (application);
  g_signal_connect_object (coach, "profile-changed", G_CALLBACK (profile_changed_cb), self,
                           G_CONNECT_SWAPPED);
  show_store_problem (self);
  maybe_first_run (self);
  if (self->first_run != NULL)
    return;
  show_main (self);
  /* Someone with a programme comes back to train: Today first (with its check-in and the next
   * session); otherwise the exercises. Choosing Today shows it (through notify::visible-child);
   * the exercises, already the visible child, are shown here. */
  if (hip_coach_has_programme (hip_window_get_coach (self)))
    adw_view_stack_set_visible_child_name (self->stack, "today");
  else
    page_changed_cb (self);
}

static void
hip_window_dispose (GObject *object)
{
  HipWindow *self = (HipWindow *) object;

  if (self->switcher_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->switcher_tick);
  self->switcher_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), HIP_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->application);
  g_clear_object (&self->primary_menu);

  G_OBJECT_CLASS (hip_window_parent_class)->dispose (object);
}

static void
hip_window_class_init (HipWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = hip_window_dispose;
  window_class->close_request = hip_window_close_request;

  g_type_ensure (HIP_TYPE_TODAY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/hip-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HipWindow, main_stack);

  hip_window_install_actions (widget_class);
}

static void
create_menu_cb (GtkMenuButton *button,
                gpointer       data)
{
  HipWindow *self = data;

  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
hip_window_init (HipWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = lookup_settings ();
  restore_size (self);
}

HipWindow *
hip_window_new (HipApplication *application)
{
  HipWindow *self;

  g_return_val_if_fail (HIP_IS_APPLICATION (application), NULL);

  self = g_object_new (HIP_TYPE_WINDOW, "application", application, NULL);
  setup (self, application);
  return self;
}
