/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Print Programme… and Save Programme as PDF… under a display: both are in the primary menu
 * and installed as window actions; the save path, as the file chooser's answer takes it, writes
 * the active programme's handout as `--export-pdf` does (its name on the cover, a page per
 * session of the current week, A4, no raster image; through a link, the link kept, its target
 * replaced); with no programme it
 * says so and writes nothing. Print Programme… opens GTK's print dialog for the window (which
 * offers the paper and Print to File); the test cancels it, as printing needs a person. */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "hip-programme-print.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-window-private.h"

/* poppler-glib 22.02 has no autoptr of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

static gboolean
class_has_action (GtkWidgetClass *widget_class,
                  const char     *action)
{
  const GVariantType *parameter_type;
  const char *property;
  const char *name;
  GType owner;

  /* GTK 4.8 writes every out argument. */
  for (guint i = 0; gtk_widget_class_query_action (widget_class, i, &owner, &name,
                                                   &parameter_type, &property); i++)
    if (g_str_equal (name, action))
      return TRUE;
  return FALSE;
}

static gboolean
save_pdf (HipApplication  *app,
          HipWindow       *window,
          const char      *path,
          GError         **error)
{
  HipStills *stills = hip_application_get_stills (app);

  return hip_programme_print (GTK_WINDOW (window), hip_window_get_coach (window),
                              hip_stills_get_motions (stills), path, error);
}

static guint
sessions_in_week (const HipPlan *plan,
                  guint          week)
{
  guint n = 0;

  for (guint i = 0; i < plan->sessions->len; i++)
    n += ((HipSession *) plan->sessions->pdata[i])->week == week;
  return n;
}

static void
test_save_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "programme.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) cover = NULL;
  g_autofree char *text = NULL;
  HipApplication *app;
  HipWindow *window;
  HipProfile profile;
  HipPlan *plan;
  double width, height;

  hip_test_clear_user_data ();
  hip_profile_init (&profile);
  profile.sessions_per_week = 3;
  hip_test_app_seed_programme (&profile);
  window = hip_test_app_start (&app);

  g_assert_true (class_has_action (GTK_WIDGET_GET_CLASS (window), "win.print-programme"));
  g_assert_true (class_has_action (GTK_WIDGET_GET_CLASS (window), "win.save-programme-pdf"));
  g_assert_true (menu_has_action (window->primary_menu, "win.print-programme"));
  g_assert_true (menu_has_action (window->primary_menu, "win.save-programme-pdf"));

  g_assert_true (save_pdf (app, window, path, &error));
  g_assert_no_error (error);
  plan = hip_coach_get_plan (hip_window_get_coach (window), NULL);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  /* The programme starts today: week 1. */
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1 + sessions_in_week (plan, 1));
  cover = poppler_document_get_page (document, 0);
  poppler_page_get_size (cover, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.3, 1);
  g_assert_cmpfloat_with_epsilon (height, 841.9, 1);
  text = poppler_page_get_text (cover);
  g_assert_nonnull (strstr (text, "Test programme"));
  g_assert_nonnull (strstr (text, "Safety Signs"));
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      GList *images = poppler_page_get_image_mapping (page);

      g_assert_null (images);
    }

  /* Saved again through a link: its target is replaced, the link stays a link. */
  {
    g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
    g_autofree char *target = NULL;
    GStatBuf before, after;

    g_assert_cmpint (symlink ("programme.pdf", link), ==, 0);
    g_assert_cmpint (g_stat (path, &before), ==, 0);
    g_assert_true (save_pdf (app, window, link, &error));
    g_assert_no_error (error);
    target = g_file_read_link (link, NULL);
    g_assert_cmpstr (target, ==, "programme.pdf");
    g_assert_cmpint (g_stat (path, &after), ==, 0);
    g_assert_cmpuint (before.st_ino, !=, after.st_ino);
    g_assert_cmpint (after.st_size, >, 0);
    g_remove (link);
  }

  hip_test_app_stop (app, window);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_no_programme (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "programme.pdf", NULL);
  HipApplication *app;
  HipWindow *window;

  hip_test_clear_user_data ();
  hip_test_app_seed_profile ();
  window = hip_test_app_start (&app);

  g_assert_false (save_pdf (app, window, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no programme"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  hip_test_app_stop (app, window);
  g_rmdir (dir);
}

static GtkWindow *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (toplevel), "GtkPrintUnixDialog") &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

static gboolean
print_dialog_shown (gpointer data)
{
  return find_print_dialog () != NULL;
}

static gboolean
print_dialog_gone (gpointer data)
{
  return find_print_dialog () == NULL;
}

static void
test_print_dialog (void)
{
  HipApplication *app;
  HipWindow *window;
  HipProfile profile;
  GtkWindow *dialog;

  hip_test_clear_user_data ();
  hip_profile_init (&profile);
  hip_test_app_seed_programme (&profile);
  window = hip_test_app_start (&app);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print-programme", NULL));
  hip_test_wait_until (print_dialog_shown, NULL, "the print dialog");
  dialog = find_print_dialog ();
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (dialog));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  hip_test_wait_until (print_dialog_gone, NULL, "the print dialog to close");
  /* Cancelled is not a failure: no message. */
  g_assert_null (hip_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  hip_test_app_stop (app, window);
}

int
main (int   argc,
      char *argv[])
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/ui/print/save-pdf", test_save_pdf);
  g_test_add_func ("/ui/print/no-programme", test_no_programme);
  g_test_add_func ("/ui/print/dialog", test_print_dialog);
  return g_test_run ();
}
