/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A programme to share under a display: the review of a programme file (its name and shape,
 * the own exercise it brings and what becomes of it, its exercises), shown wide and at 360 px,
 * light and dark, with nothing cut short; Import adds it as a new programme, followed or not,
 * and a refused import says why and adds nothing. */

#include "config.h"

#include <string.h>

#include "hip-application.h"
#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-coach-private.h"
#include "hip-exercise.h"
#include "hip-programme-file.h"
#include "hip-programme-import-dialog.h"
#include "hip-programme-share.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-window.h"
#include "hip-window-private.h"

static HipCoach *
coach (HipTestFixture *f)
{
  return hip_application_get_coach (f->app);
}

static char *
example_path (void)
{
  return g_build_filename (g_getenv ("STRONG_HIPS_SOURCE_DIR"), "data", "programmes",
                           "example.strong-hips-programme", NULL);
}

static guint
count_programmes (HipTestFixture *f)
{
  g_autoptr(GPtrArray) list = hip_coach_list_programmes (coach (f), NULL);

  g_assert_nonnull (list);
  return list->len;
}

/* The review of the example, which brings one own exercise the person has not got. */
static HipProgrammeImportDialog *
open_review (HipTestFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = example_path ();
  HipProgrammeFile *file = hip_coach_review_programme (coach (f), path, &error);
  HipProgrammeImportDialog *dialog;

  g_assert_no_error (error);
  dialog = hip_programme_import_dialog_new (GTK_WINDOW (f->window), coach (f), file);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

static void
shoot (GtkWidget  *dialog,
       int         width,
       gboolean    dark,
       const char *name)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (GTK_WINDOW (dialog), width, 680);
  hip_test_wait_for_size (dialog, width);
  hip_test_screenshot (dialog, name);
  g_assert_cmpuint (hip_test_count_ellipsized (dialog), ==, 0);
}

/* What the file holds, what becomes of its own exercise, and which exercise the person's
 * profile leaves out; wide and narrow, light and dark. */
static void
test_review (HipTestFixture *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  HipProgrammeImportDialog *dialog;
  GtkWidget *root;
  HipProfile profile;
  gboolean found = FALSE;

  /* The wall sit is not for knee pain: the review says so. */
  g_assert_true (hip_coach_load_profile (coach (f), &profile, &found, &error));
  profile.knee_pain = TRUE;
  g_assert_true (hip_coach_save_profile (coach (f), &profile, &error));
  g_assert_no_error (error);
  dialog = open_review (f);
  root = GTK_WIDGET (dialog);

  g_assert_nonnull (hip_test_find_widget (root, GTK_TYPE_LABEL, "Hip strength from the clinic"));
  g_assert_nonnull (hip_test_find_widget (root, GTK_TYPE_LABEL,
                                          "2 weeks · 4 sessions · about 20 minutes each"));
  g_assert_nonnull (hip_test_find_widget (root, ADW_TYPE_ACTION_ROW, "Wall sit"));
  g_assert_nonnull (hip_test_find_widget (root, GTK_TYPE_LABEL, "Added to your exercises"));
  g_assert_nonnull (hip_test_find_widget (root, ADW_TYPE_ACTION_ROW, "Glute bridge"));
  g_assert_nonnull (hip_test_find_widget (root, GTK_TYPE_LABEL, "In 2 sessions"));
  g_assert_nonnull (hip_test_find_widget (root, GTK_TYPE_LABEL,
                                          "Two short sessions a week to start with"));
  g_assert_nonnull (hip_test_find_widget (root, GTK_TYPE_LABEL,
                                          "Your profile leaves out 1 of them: ask whoever made "
                                          "the programme before you do it."));
  g_assert_nonnull (hip_test_find_widget (root, GTK_TYPE_LABEL,
                                          "In 2 sessions\nYour profile leaves it out: your "
                                          "knee pain or hip replacement"));

  shoot (root, 560, FALSE, "programme-import-review");
  shoot (root, 560, TRUE, "programme-import-review-dark");
  shoot (root, 360, TRUE, "programme-import-review-narrow-dark");
  shoot (root, 360, FALSE, "programme-import-review-narrow");
  shoot (root, 1000, FALSE, "programme-import-review-wide");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Cancel adds nothing. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (root, "window.close", NULL);
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (count_programmes (f), ==, 1);
}

static void
imported_cb (HipProgrammeImportDialog *dialog,
             gint64                    id,
             gint64                   *out)
{
  *out = id;
}

/* Import adds it: followed now when the switch is on (the default), kept aside when it is off;
 * the own exercise is added once and then reused. */
static void
test_import (HipTestFixture *f,
             gconstpointer  data)
{
  gint64 before = hip_coach_get_active_programme (coach (f));

  for (guint round = 0; round < 2; round++)
    {
      HipProgrammeImportDialog *dialog = open_review (f);
      GtkWidget *follow = hip_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, NULL);
      gint64 id = 0;

      if (round == 1)
        {
          g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL,
                                                  "You have it already: yours is used"));
          gtk_switch_set_active (GTK_SWITCH (follow), FALSE);
          shoot (GTK_WIDGET (dialog), 360, FALSE, "programme-import-review-reused-narrow");
        }
      g_signal_connect (dialog, "imported", G_CALLBACK (imported_cb), &id);
      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
      gtk_widget_activate_action (GTK_WIDGET (dialog), "import.add", NULL);
      while (dialog != NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_cmpint (id, >, 0);
      g_assert_cmpuint (count_programmes (f), ==, 2 + round);
      if (round == 0)
        {
          g_assert_cmpint (hip_coach_get_active_programme (coach (f)), ==, id);
          g_assert_cmpint (id, !=, before);
        }
      else
        g_assert_cmpint (hip_coach_get_active_programme (coach (f)), !=, id);
    }
  g_assert_nonnull (hip_catalogue_lookup (hip_coach_get_catalogue (coach (f)),
                                          "user-clinic-wall-sit"));
}

/* When the store refuses (here the warning signs answered since the review), the dialog says
 * why, stays open and nothing is added. */
static void
test_refused (HipTestFixture *f,
              gconstpointer  data)
{
  HipProgrammeImportDialog *dialog = open_review (f);
  g_autoptr(GError) error = NULL;
  GtkWindow *message;

  hip_coach_save_screening (coach (f), 1, FALSE, &error);
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.add", NULL);
  message = hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), ==,
                   "Nothing Was Imported");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (count_programmes (f), ==, 1);
  gtk_window_destroy (message);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
review_shown (gpointer data)
{
  return hip_test_find_toplevel (HIP_TYPE_PROGRAMME_IMPORT_DIALOG) != NULL;
}

static gboolean
window_has_action (HipTestFixture *f,
                   const char *name)
{
  const GVariantType *type;
  const char *action, *property;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (f->window), i, &owner,
                                                   &action, &type, &property); i++)
    if (g_str_equal (action, name))
      return TRUE;
  return FALSE;
}

/* What the menu's two items do with the file chosen (the file chooser itself is GTK's): the
 * active programme exported, under the name offered, and the file imported back through the
 * review, after which the window shows the programme; a file that is not a programme is said so
 * in a message. Both actions are the window's. */
static void
test_menu_actions (HipTestFixture *f,
                   gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-share-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sent.strong-hips-programme", NULL);
  g_autofree char *text = NULL;
  GtkWindow *review, *message;

  g_assert_true (window_has_action (f, "win.export-programme"));
  g_assert_true (window_has_action (f, "win.import-programme"));
  hip_programme_share_export_to (f->window, path);
  g_assert_null (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\nName=Test programme\n"));

  adw_view_stack_set_visible_child_name (f->window->stack, "today");
  hip_programme_share_review (f->window, path);
  hip_test_wait_until (review_shown, NULL, "the review");
  review = hip_test_find_toplevel (HIP_TYPE_PROGRAMME_IMPORT_DIALOG);
  g_assert_nonnull (hip_test_find_widget (GTK_WIDGET (review), GTK_TYPE_LABEL, "Test programme"));
  g_object_add_weak_pointer (G_OBJECT (review), (gpointer *) &review);
  gtk_widget_activate_action (GTK_WIDGET (review), "import.add", NULL);
  while (review != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (count_programmes (f), ==, 2);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->window->stack), ==, "programme");

  g_assert_true (g_file_set_contents (path, "[profile]\nlevel=beginner\n", -1, NULL));
  hip_programme_share_review (f->window, path);
  message = hip_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)),
                            "[Strong Hips Programme]"));
  g_assert_null (hip_test_find_toplevel (HIP_TYPE_PROGRAMME_IMPORT_DIALOG));
  gtk_window_destroy (message);
  g_assert_cmpuint (count_programmes (f), ==, 2);
  hip_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  hip_test_add_in_window ("/ui/programme-share/review", NULL, test_review);
  hip_test_add_in_window ("/ui/programme-share/import", NULL, test_import);
  hip_test_add_in_window ("/ui/programme-share/refused", NULL, test_refused);
  hip_test_add_in_window ("/ui/programme-share/menu-actions", NULL, test_menu_actions);
  return g_test_run ();
}
