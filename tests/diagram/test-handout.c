/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed handout, read back as a PDF reader does (poppler): a cover and a page per session
 * of the week; the cover says the plan and the safety signs; each session page names every
 * exercise with its dose as text; the diagrams are drawn, and nothing in the file is a raster
 * image; no text runs off A4 or US letter paper. Then `--export-pdf` as other programs run it:
 * with --profile the person's database is never touched, without it the active programme is
 * printed, and bad weeks are refused. No display. */

#include "config.h"

#include <string.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-handout.h"
#include "hip-planner.h"
#include "hip-store.h"
#include "hip-test-run.h"

/* poppler-glib 22.02 has no autoptr of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define LETTER_WIDTH  612.0
#define LETTER_HEIGHT 792.0

static const char *profile_text =
  "[profile]\nlevel=intermediate\nequipment=mat;band;dumbbell\nsessions-per-week=3\n"
  "minutes=45\nweeks=6\nseed=7\n";

static char *program;
static HipCatalogue *catalogue;
static HipMotionLibrary *motions;

static HipPlan *
make_plan (const char *text)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  HipProfile profile;

  hip_profile_init (&profile);
  g_assert_true (g_key_file_load_from_data (key_file, text, -1, G_KEY_FILE_NONE, &error));
  g_assert_true (hip_profile_load_key_file (&profile, key_file, &error));
  g_assert_no_error (error);
  return hip_planner_generate (&profile, G_LIST_MODEL (catalogue));
}

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *document;

  g_assert_no_error (error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return document;
}

/* A page's text with every run of white space made one space, so that wrapped lines still
 * match. */
static char *
page_text (PopplerPage *page)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is not on the page: %s", expected, text);
}

/* The pixels of the figure's red muscles when the page is rendered: the diagrams are there. */
static guint
count_red_pixels (PopplerPage *page)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint8 *data;
  int stride;
  guint n = 0;

  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < (int) height; y++)
    for (int x = 0; x < (int) width; x++)
      {
        guint32 pixel = *(guint32 *) (data + y * stride + 4 * x);
        guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        n += r > 150 && g < 110 && b < 110;
      }
  cairo_surface_destroy (surface);
  return n;
}

/* Every character's box lies on the paper, inside a margin a printer can print. */
static void
assert_text_inside (PopplerPage *page)
{
  g_autofree PopplerRectangle *boxes = NULL;
  double width, height;
  guint n = 0;

  poppler_page_get_size (page, &width, &height);
  g_assert_true (poppler_page_get_text_layout (page, &boxes, &n));
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (boxes[i].x1, >=, 18);
      g_assert_cmpfloat (boxes[i].y1, >=, 18);
      g_assert_cmpfloat (boxes[i].x2, <=, width - 18);
      g_assert_cmpfloat (boxes[i].y2, <=, height - 18);
    }
}

/* No two characters (ignoring space) sit on each other: no text runs into other text. Boxes are
 * shrunk a little first, as a glyph's box reaches into the line above and its neighbours'. */
static void
assert_no_overlap (PopplerPage *page)
{
  g_autofree PopplerRectangle *boxes = NULL;
  g_autofree char *text = poppler_page_get_text (page);
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (PopplerRectangle));
  const char *c = text;
  guint n = 0;

  g_assert_true (poppler_page_get_text_layout (page, &boxes, &n));
  for (guint i = 0; i < n && *c != '\0'; i++, c = g_utf8_next_char (c))
    {
      PopplerRectangle box = boxes[i];
      double dx = 0.2 * (box.x2 - box.x1), dy = 0.25 * (box.y2 - box.y1);

      if (g_unichar_isspace (g_utf8_get_char (c)))
        continue;
      box.x1 += dx, box.x2 -= dx, box.y1 += dy, box.y2 -= dy;
      g_array_append_val (kept, box);
    }
  for (guint i = 0; i < kept->len; i++)
    for (guint j = i + 1; j < kept->len; j++)
      {
        PopplerRectangle *a = &g_array_index (kept, PopplerRectangle, i);
        PopplerRectangle *b = &g_array_index (kept, PopplerRectangle, j);

        if (a->x1 < b->x2 && b->x1 < a->x2 && a->y1 < b->y2 && b->y1 < a->y2)
          g_error ("Text overlaps at (%.0f, %.0f) and (%.0f, %.0f)", a->x1, a->y1, b->x1, b->y1);
      }
}

static void
check_no_images (PopplerDocument *document)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      GList *images = poppler_page_get_image_mapping (page);

      g_assert_cmpuint (g_list_length (images), ==, 0);
      poppler_page_free_image_mapping (images);
    }
}

/* The names and doses of a session, as the page must show them. */
static void
check_session_page (PopplerPage      *page,
                    const HipSession *session)
{
  g_autofree char *text = page_text (page);

  for (guint i = 0; i < session->items->len; i++)
    {
      HipPrescription *p = session->items->pdata[i];
      g_autofree char *name = g_strdup_printf ("%u. %s", i + 1,
                                               hip_exercise_get_name (p->exercise));
      g_autofree char *dose = p->reps > 0 ? g_strdup_printf ("%u × %u", p->sets, p->reps)
                                          : g_strdup_printf ("%u × %u s", p->sets, p->seconds);
      g_autofree char *with_side = g_strconcat (dose, p->per_side ? " per side" : "", NULL);

      assert_contains (text, name);
      assert_contains (text, with_side);
    }
}

static void
test_pdf_contents (void)
{
  g_autoptr(HipPlan) plan = make_plan (profile_text);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-handout-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) cover = NULL;
  g_autofree char *cover_text = NULL;
  HipHandout handout = { plan, "Hips for Spring", 3, motions };
  guint n_sessions = hip_plan_sessions_in_week (plan, 3);

  g_assert_cmpuint (n_sessions, >=, 2);
  g_assert_true (hip_handout_write_pdf (&handout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1 + n_sessions);
  g_assert_cmpuint (hip_handout_n_pages (&handout), ==, 1 + n_sessions);

  cover = poppler_document_get_page (document, 0);
  cover_text = page_text (cover);
  assert_contains (cover_text, "Hips for Spring");
  assert_contains (cover_text, "6 weeks · 3 sessions a week");
  assert_contains (cover_text, "This handout is for week 3.");
  assert_contains (cover_text, "Safety Signs");
  assert_contains (cover_text, "Red, above 5: stop that exercise for today.");
  assert_contains (cover_text, "Pain like sciatica running down both legs");
  assert_contains (cover_text, "Abduction");
  g_assert_cmpuint (count_red_pixels (cover), ==, 0);
  assert_text_inside (cover);
  assert_no_overlap (cover);

  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, 1 + i);
      HipSession *session = hip_plan_get_session (plan, 3, i + 1);
      g_autofree char *title = g_strdup_printf ("Week 3 · Session %u", session->session);
      g_autofree char *text = page_text (page);

      assert_contains (text, title);
      check_session_page (page, session);
      /* Drawn, yet no raster image in the file: vectors. */
      g_assert_cmpuint (count_red_pixels (page), >, 200);
      assert_text_inside (page);
      assert_no_overlap (page);
    }
  check_no_images (document);
  g_remove (path);
  g_rmdir (dir);
}

/* An own exercise without a motion says so in its square, where the others have a pose. */
static void
test_no_motion (void)
{
  g_autoptr(HipPlan) plan = make_plan (profile_text);
  g_autoptr(HipExercise) own = hip_exercise_new ("user-wall-sit");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-handout-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  HipHandout handout = { plan, "Mine", 1, motions };
  HipPrescription *p = ((HipSession *) hip_plan_get_session (plan, 1, 1))->items->pdata[1];

  hip_exercise_set_name (own, "Wall sit");
  hip_exercise_set_origin (own, HIP_ORIGIN_USER);
  g_set_object (&p->exercise, own);
  g_assert_true (hip_handout_write_pdf (&handout, path, &error));
  g_assert_no_error (error);
  document = open_pdf (path);
  page = poppler_document_get_page (document, 1);
  text = page_text (page);
  assert_contains (text, "Wall sit");
  assert_contains (text, "No diagram: follow the steps");
  assert_text_inside (page);
  assert_no_overlap (page);
  g_remove (path);
  g_rmdir (dir);
}

/* The print dialog's US letter: the same pages, each fitting the shorter paper. */
static void
test_letter (void)
{
  g_autoptr(HipPlan) plan = make_plan (profile_text);
  g_autofree char *dir = g_dir_make_tmp ("strong-hips-handout-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "letter.pdf", NULL);
  g_autoptr(PopplerDocument) document = NULL;
  HipHandout handout = { plan, NULL, 1, motions };
  cairo_surface_t *surface = cairo_pdf_surface_create (path, LETTER_WIDTH, LETTER_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  for (guint page = 0; page < hip_handout_n_pages (&handout); page++)
    {
      hip_handout_draw_page (&handout, cr, LETTER_WIDTH, LETTER_HEIGHT, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  document = open_pdf (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1 + hip_plan_sessions_in_week (plan, 1));
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);

      assert_text_inside (page);
      assert_no_overlap (page);
      if (i > 0)
        check_session_page (page, hip_plan_get_session (plan, 1, i));
    }
  check_no_images (document);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_bad_week (void)
{
  g_autoptr(HipPlan) plan = make_plan (profile_text);
  const guint weeks[] = { 0, 7, 100 };

  g_assert_cmpuint (hip_handout_n_weeks (plan), ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      g_autoptr(GError) error = NULL;
      HipHandout handout = { plan, NULL, weeks[i], motions };

      g_assert_false (hip_handout_check (&handout, &error));
      g_assert_error (error, HIP_HANDOUT_ERROR, HIP_HANDOUT_ERROR_WEEK);
      g_assert_nonnull (strstr (error->message, "weeks 1 to 6"));
      g_clear_error (&error);
      g_assert_false (hip_handout_write_pdf (&handout, "/nonexistent/never.pdf", &error));
    }
}

/* ---- the command line ------------------------------------------------------------------------ */

/* Runs the program with @args in the run's own folder, its data kept there too. */
static void
run_args (HipTestRun         *run,
          const char * const *args)
{
  hip_test_run (run, program, run->dir, args);
}

static char *
db_path (HipTestRun *run)
{
  return g_build_filename (run->dir, "strong-hips", "strong-hips.db", NULL);
}

/* A database with an active programme called @name, made for profile_text. */
static void
make_database (HipTestRun *run,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = db_path (run);
  g_autoptr(HipPlan) plan = make_plan (profile_text);
  g_autoptr(HipStore) store = NULL;
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  store = hip_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_true (hip_store_sync_catalogue (store, catalogue, NULL, &error));
  g_assert_true (hip_store_save_profile (store, &plan->profile, &error));
  g_assert_true (hip_store_save_programme (store, plan, name, TRUE, NULL, &error));
  g_assert_no_error (error);
}

static int
pdf_pages (const char *path)
{
  g_autoptr(PopplerDocument) document = open_pdf (path);

  return poppler_document_get_n_pages (document);
}

static char *
read_bytes (const char *path,
            gsize      *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* With --profile the plan is --generate's and nothing is written under XDG_DATA_HOME: no
 * database when there was none, the same bytes when there was one. */
static void
test_cli_profile (void)
{
  g_auto(HipTestRun) run = { g_dir_make_tmp ("strong-hips-pdf-XXXXXX", NULL) };
  g_autofree char *profile = g_build_filename (run.dir, "profile.ini", NULL);
  g_autofree char *profile_option = g_strconcat ("--profile=", profile, NULL);
  g_autofree char *data_dir = g_build_filename (run.dir, "strong-hips", NULL);
  g_autofree char *db = db_path (&run);
  g_autoptr(HipPlan) plan = make_plan (profile_text);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length, after_length;

  g_assert_true (g_file_set_contents (profile, profile_text, -1, NULL));
  run_args (&run, (const char *[]) { "--export-pdf=week2.pdf", "--week=2", profile_option,
                                     NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_false (g_file_test (data_dir, G_FILE_TEST_EXISTS));
  {
    g_autofree char *pdf = g_build_filename (run.dir, "week2.pdf", NULL);

    g_assert_cmpint (pdf_pages (pdf), ==, 1 + hip_plan_sessions_in_week (plan, 2));
  }

  make_database (&run, "Stored Programme");
  before = read_bytes (db, &before_length);
  run_args (&run, (const char *[]) { "--export-pdf=again.pdf", profile_option, NULL });
  g_assert_cmpint (run.status, ==, 0);
  after = read_bytes (db, &after_length);
  g_assert_cmpmem (before, before_length, after, after_length);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *pdf = g_build_filename (run.dir, "again.pdf", NULL);
    g_autoptr(PopplerDocument) document = open_pdf (pdf);
    g_autoptr(PopplerPage) cover = poppler_document_get_page (document, 0);
    g_autofree char *text = page_text (cover);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    /* The generated plan, not the stored one. */
    g_assert_null (strstr (text, "Stored Programme"));
  }
}

/* Without --profile: the active programme, by name; none yet is a failure that creates nothing. */
static void
test_cli_active (void)
{
  g_auto(HipTestRun) run = { g_dir_make_tmp ("strong-hips-pdf-XXXXXX", NULL) };
  g_autofree char *data_dir = g_build_filename (run.dir, "strong-hips", NULL);
  g_autofree char *pdf = g_build_filename (run.dir, "mine.pdf", NULL);
  g_autoptr(HipPlan) plan = make_plan (profile_text);

  run_args (&run, (const char *[]) { "--export-pdf=mine.pdf", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "no programme"));
  g_assert_false (g_file_test (data_dir, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  make_database (&run, "Stored Programme");
  run_args (&run, (const char *[]) { "--export-pdf=mine.pdf", NULL });
  g_assert_cmpint (run.status, ==, 0);
  {
    g_autoptr(PopplerDocument) document = open_pdf (pdf);
    g_autoptr(PopplerPage) cover = poppler_document_get_page (document, 0);
    g_autofree char *text = page_text (cover);

    g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1 + hip_plan_sessions_in_week (plan, 1));
    assert_contains (text, "Stored Programme");
    assert_contains (text, "This handout is for week 1.");
  }
}

typedef struct
{
  const char *args[4];
  int         status;
  const char *message;
} BadCase;

static void
test_cli_refuses (void)
{
  g_auto(HipTestRun) run = { g_dir_make_tmp ("strong-hips-pdf-XXXXXX", NULL) };
  g_autofree char *profile = g_build_filename (run.dir, "profile.ini", NULL);
  g_autofree char *bad_profile = g_build_filename (run.dir, "bad.ini", NULL);
  g_autofree char *pdf = g_build_filename (run.dir, "out.pdf", NULL);
  g_autofree char *data_dir = g_build_filename (run.dir, "strong-hips", NULL);
  const BadCase cases[] = {
    { { "--export-pdf=out.pdf", "--week=0", "--profile=profile.ini" }, 2, "--week" },
    { { "--export-pdf=out.pdf", "--week=two", "--profile=profile.ini" }, 2, "--week" },
    { { "--export-pdf=out.pdf", "--week=-1", "--profile=profile.ini" }, 2, "--week" },
    { { "--export-pdf=out.pdf", "--week=7", "--profile=profile.ini" }, 1, "weeks 1 to 6" },
    { { "--export-pdf=out.pdf", "--profile=bad.ini" }, 1, "level" },
    { { "--export-pdf=out.pdf", "--profile=missing.ini" }, 1, "missing.ini" },
    { { "--export-pdf=out.pdf", "--format=svg", "--profile=profile.ini" }, 2, "--format" },
    { { "--generate", "--week=2", "--profile=profile.ini" }, 2, "--week" },
    { { "--export-pdf=", "--profile=profile.ini" }, 2, "--export-pdf" },
    { { "--export-pdf=no-such-folder/out.pdf", "--profile=profile.ini" }, 1, "no-such-folder" },
  };

  g_assert_true (g_file_set_contents (profile, profile_text, -1, NULL));
  g_assert_true (g_file_set_contents (bad_profile, "[profile]\nlevel=expert\n", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      run_args (&run, cases[i].args);
      g_assert_cmpint (run.status, ==, cases[i].status);
      if (strstr (run.err, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not name %s", i, run.err, cases[i].message);
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
  g_assert_false (g_file_test (data_dir, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_assert_cmpint (argc, ==, 2);
  /* The children run in a folder of their own. */
  program = g_canonicalize_filename (argv[1], NULL);
  catalogue = hip_catalogue_new_default (&error);
  g_assert_no_error (error);
  motions = hip_motion_library_new ();

  g_test_add_func ("/diagram/handout/contents", test_pdf_contents);
  g_test_add_func ("/diagram/handout/letter", test_letter);
  g_test_add_func ("/diagram/handout/no-motion", test_no_motion);
  g_test_add_func ("/diagram/handout/bad-week", test_bad_week);
  g_test_add_func ("/diagram/handout/cli/profile", test_cli_profile);
  g_test_add_func ("/diagram/handout/cli/active", test_cli_active);
  g_test_add_func ("/diagram/handout/cli/refuses", test_cli_refuses);
  status = g_test_run ();
  g_object_unref (motions);
  g_object_unref (catalogue);
  g_free (program);
  return status;
}
