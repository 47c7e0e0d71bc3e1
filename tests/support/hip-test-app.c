/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Starting and stopping the real application in UI tests. */

#include "config.h"

#include "hip-catalogue.h"
#include "hip-coach-private.h"
#include "hip-planner.h"
#include "hip-store.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"

/* Registers a new application under a test-only id, activates it and returns its window at a
 * wide size, laid out. */
HipWindow *
hip_test_app_start (HipApplication **app)
{
  static guint serial;
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APPLICATION_ID, ++serial);
  g_autoptr(GError) error = NULL;
  HipWindow *window;
  GList *windows;

  *app = hip_application_new ();
  /* Each test's app is a new D-Bus name: a registered GApplication is never unexported. */
  g_application_set_application_id (G_APPLICATION (*app), id);
  g_application_set_flags (G_APPLICATION (*app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (*app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (*app));

  windows = gtk_application_get_windows (GTK_APPLICATION (*app));
  g_assert_nonnull (windows);
  window = g_object_ref (HIP_WINDOW (windows->data));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  hip_test_wait_for_size (GTK_WIDGET (window), 1100);
  return window;
}

void
hip_test_app_stop (HipApplication *app,
                   HipWindow      *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  /* Let pending idles and frame callbacks drop the references they hold. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  /* Every widget of the window must be gone: this catches leaked references. */
  g_assert_finalize_object (window);
  /* A registered GApplication keeps references of its own (GDBus exports) until the process
   * ends, so only our reference is dropped here. */
  g_object_unref (app);
}

/* Stores a profile and a clear screening, as a finished first run does, so that the app starts on its main pages. */
void
hip_test_app_seed_profile (void)
{
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = hip_store_new (path, &error);
  HipProfile profile;

  g_assert_no_error (error);
  hip_profile_init (&profile);
  g_assert_true (hip_store_save_profile (store, &profile, &error));
  g_assert_true (hip_store_save_screening (store, "2026-01-05", HIP_SCREENING_CLEAR, 0, &error));
}

/* Stores @profile starting today, a clear screening and its generated programme as the active
 * one, as a finished first run does, so that the app starts on Today with a session to do. */
void
hip_test_app_seed_programme (const HipProfile *profile)
{
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HipStore) store = hip_store_new (path, &error);
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (&error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(HipPlan) plan = NULL;
  HipProfile today = *profile;

  g_assert_no_error (error);
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_date_set_dmy (&today.start, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  g_assert_true (hip_store_save_profile (store, &today, &error));
  g_assert_true (hip_store_save_screening (store, "2026-01-05", HIP_SCREENING_CLEAR, 0, &error));
  plan = hip_planner_generate (&today, G_LIST_MODEL (catalogue));
  g_assert_true (hip_store_save_programme (store, plan, "Test programme", TRUE, NULL, &error));
  g_assert_no_error (error);
}

/* Starts the app on fresh data: @profile's programme, made today. */
void
hip_test_fixture_start (HipTestFixture   *f,
                        const HipProfile *profile)
{
  hip_test_clear_user_data ();
  hip_test_app_seed_programme (profile);
  f->window = hip_test_app_start (&f->app);
}

/* For g_test_add(): @profile is the test's data, or NULL for the default profile. */
void
hip_test_fixture_set_up (HipTestFixture *f,
                         gconstpointer   profile)
{
  HipProfile plain;

  hip_profile_init (&plain);
  hip_test_fixture_start (f, profile != NULL ? profile : &plain);
}

void
hip_test_fixture_tear_down (HipTestFixture *f,
                            gconstpointer   data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  hip_test_app_stop (f->app, f->window);
}

/* Every set in the log, finished workouts or not. */
guint
hip_test_fixture_count_sets (HipTestFixture *f)
{
  HipStore *store = hip_coach_get_store (hip_application_get_coach (f->app));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = hip_store_list_workouts (store, NULL, NULL, TRUE, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < workouts->len; i++)
    n += ((HipWorkout *) workouts->pdata[i])->sets->len;
  return n;
}
