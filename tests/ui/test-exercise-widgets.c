/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Exercises screen's drawn widgets: the muscle map, which draws and tints every muscle on
 * both sides of the body, and its look for a bridge, a clamshell and a forward lunge in light
 * and dark style; the cards' chips, hip actions on every card; and the grid and a detail page,
 * wide and at 360 px, light and dark. Pictures are saved as PNGs in the build directory. */

#include "config.h"

#include <math.h>

#include <librsvg/rsvg.h>

#include "hip-application.h"
#include "hip-catalogue.h"
#include "hip-exercise.h"
#include "hip-exercise-card.h"
#include "hip-exercise-card-private.h"
#include "hip-muscle-map.h"
#include "hip-test-app.h"
#include "hip-test-utils.h"
#include "hip-vocabulary.h"
#include "hip-window-private.h"

#define MAP_RESOURCE RESOURCE_BASE "/muscle-map.svg"

static RsvgHandle *
load_map (void)
{
  g_autoptr(GBytes) svg = g_resources_lookup_data (MAP_RESOURCE, 0, NULL);
  gsize len;
  const guint8 *data;

  g_assert_nonnull (svg);
  data = g_bytes_get_data (svg, &len);
  return rsvg_handle_new_from_data (data, len, NULL);
}

static RsvgRectangle
ink_rect (RsvgHandle *handle,
          const char *id)
{
  RsvgRectangle viewport = { 0, 0, 480, 520 };
  RsvgRectangle ink;
  g_autoptr(GError) error = NULL;

  g_assert_true (rsvg_handle_get_geometry_for_layer (handle, id, &viewport, &ink, NULL, &error));
  g_assert_no_error (error);
  return ink;
}

/* Every muscle the catalogue names is drawn in some view as a left and a right region that
 * mirror each other about that view's axis, the figure's own left on its left. */
static void
test_map_drawing (void)
{
  static const char *const views[] = { "front", "back", "deep" };
  /* (librsvg 2.54 defines no g_autoptr() cleanup for its handle) */
  RsvgHandle *handle = load_map ();
  double axes[G_N_ELEMENTS (views)] = { -1, -1, -1 };

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    {
      const char *nick = hip_enum_to_nick (HIP_TYPE_MUSCLE, m);
      guint pairs = 0;

      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          g_autofree char *left_id = g_strdup_printf ("#%s-%s-l", views[v], nick);
          g_autofree char *right_id = g_strdup_printf ("#%s-%s-r", views[v], nick);
          g_autofree char *single_id = g_strdup_printf ("#%s-%s", views[v], nick);
          RsvgRectangle left, right;
          double axis;

          g_test_message ("%s in the %s view", nick, views[v]);
          g_assert_false (rsvg_handle_has_sub (handle, single_id));
          g_assert_cmpint (rsvg_handle_has_sub (handle, left_id), ==,
                           rsvg_handle_has_sub (handle, right_id));
          if (!rsvg_handle_has_sub (handle, left_id))
            continue;
          pairs++;
          left = ink_rect (handle, left_id);
          right = ink_rect (handle, right_id);
          g_assert_cmpfloat_with_epsilon (left.y, right.y, 0.6);
          g_assert_cmpfloat_with_epsilon (left.width, right.width, 0.6);
          g_assert_cmpfloat_with_epsilon (left.height, right.height, 0.6);
          axis = (left.x + left.width / 2 + right.x + right.width / 2) / 2;
          if (axes[v] < 0)
            axes[v] = axis;
          g_assert_cmpfloat_with_epsilon (axis, axes[v], 0.6);
          /* Seen from the front, the figure's left is on the viewer's right. */
          if (g_str_equal (views[v], "front"))
            g_assert_cmpfloat (left.x, >, axis - 0.6);
          else
            g_assert_cmpfloat (left.x + left.width, <, axis + 0.6);
        }
      g_assert_cmpuint (pairs, >, 0);
    }
  g_object_unref (handle);
}

/* What the map shows, as cairo's ARGB32 (B, G, R, A in memory), as it is drawn on screen. */
static guint8 *
render_map (HipMuscleMap *map,
            int           width,
            int           height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (map));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guint8 *pixels = g_malloc (width * height * 4);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (
                                           gtk_widget_get_native (GTK_WIDGET (map))),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, width * 4);
  return pixels;
}

/* A connected region of one muscle in the map's hit-test map. */
typedef struct
{
  int     muscle;
  guint   area;
  double  cx, cy;
  guint   inner;      /* pixels away from its edges and strokes */
  double  color[3];   /* their mean (B, G, R) */
} Region;

/* The pixels of @start's region: an eight-connected flood fill over @ids. */
static GArray *
flood (const int *ids,
       gboolean  *seen,
       int        width,
       int        height,
       int        start)
{
  g_autofree int *stack = g_new (int, width * height);
  GArray *pixels = g_array_new (FALSE, FALSE, sizeof (int));
  int top = 0;

  seen[start] = TRUE;
  stack[top++] = start;
  while (top > 0)
    {
      int i = stack[--top];
      int x = i % width, y = i / width;

      g_array_append_val (pixels, i);
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
          {
            int next = i + dy * width + dx;

            if (x + dx < 0 || x + dx >= width || y + dy < 0 || y + dy >= height || seen[next] ||
                ids[next] != ids[start])
              continue;
            seen[next] = TRUE;
            stack[top++] = next;
          }
    }
  return pixels;
}

static gboolean
is_inner (const int *ids,
          int        i,
          int        width,
          int        height)
{
  int x = i % width, y = i / width;

  if (x == 0 || y == 0 || x + 1 == width || y + 1 == height)
    return FALSE;
  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      if (ids[i + dy * width + dx] != ids[i])
        return FALSE;
  return TRUE;
}

static Region
describe_region (const int    *ids,
                 const guint8 *shown,
                 GArray       *pixels,
                 int           width,
                 int           height)
{
  Region region = { ids[g_array_index (pixels, int, 0)], pixels->len, 0, 0, 0, { 0, 0, 0 } };

  for (guint p = 0; p < pixels->len; p++)
    {
      int i = g_array_index (pixels, int, p);

      region.cx += (double) (i % width) / pixels->len;
      region.cy += (double) (i / width) / pixels->len;
      if (!is_inner (ids, i, width, height))
        continue;
      region.inner++;
      for (int c = 0; c < 3; c++)
        region.color[c] += shown[i * 4 + c];
    }
  for (int c = 0; c < 3 && region.inner > 0; c++)
    region.color[c] /= region.inner;
  return region;
}

/* The connected regions of each muscle in the map's hit-test map, with their colours in
 * @shown. */
static GArray *
find_regions (HipMuscleMap *map,
              const guint8 *shown,
              int           width,
              int           height)
{
  g_autofree int *ids = g_new (int, width * height);
  g_autofree gboolean *seen = g_new0 (gboolean, width * height);
  GArray *regions = g_array_new (FALSE, FALSE, sizeof (Region));

  for (int i = 0; i < width * height; i++)
    ids[i] = hip_muscle_map_muscle_at (map, i % width, i / width);

  for (int start = 0; start < width * height; start++)
    {
      g_autoptr(GArray) pixels = NULL;
      Region region;

      if (ids[start] < 0 || seen[start])
        continue;
      pixels = flood (ids, seen, width, height, start);
      region = describe_region (ids, shown, pixels, width, height);
      /* Slivers left between overlapping muscles are not regions a person could point at. */
      if (region.inner >= 8)
        g_array_append_val (regions, region);
    }
  return regions;
}

static double
color_distance (const double *a,
                const double *b)
{
  return MAX (MAX (fabs (a[0] - b[0]), fabs (a[1] - b[1])), fabs (a[2] - b[2]));
}

/* Whether another region of the same muscle mirrors region @i: at the same height, elsewhere,
 * of about the same size and in the same colour. */
static gboolean
has_mirror (GArray *regions,
            guint   i)
{
  Region *r = &g_array_index (regions, Region, i);

  for (guint j = 0; j < regions->len; j++)
    {
      Region *o = &g_array_index (regions, Region, j);

      if (j != i && o->muscle == r->muscle && fabs (o->cy - r->cy) <= 2 &&
          fabs (o->cx - r->cx) > 4 &&
          ABS ((int) o->area - (int) r->area) <= (int) MAX (o->area, r->area) / 4 &&
          color_distance (o->color, r->color) <= 6)
        return TRUE;
    }
  return FALSE;
}

/* Each muscle @exercise works is tinted on both sides: every region it is drawn in has a
 * mirror region at the same height, of the same size, in the same colour; primary muscles in
 * the accent colour. */
static void
check_both_sides_tinted (HipMuscleMap *map,
                         HipExercise  *exercise)
{
  int width = gtk_widget_get_width (GTK_WIDGET (map));
  int height = gtk_widget_get_height (GTK_WIDGET (map));
  g_autofree guint8 *shown = render_map (map, width, height);
  g_autoptr(GArray) regions = find_regions (map, shown, width, height);
  GdkRGBA accent;
  double accent_color[3];

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (map)),
                                                 "accent_bg_color", &accent));
  G_GNUC_END_IGNORE_DEPRECATIONS
  accent_color[0] = accent.blue * 255;
  accent_color[1] = accent.green * 255;
  accent_color[2] = accent.red * 255;

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    {
      HipMuscleRole role = hip_exercise_get_muscle_role (exercise, m);
      guint n = 0;

      if (role != HIP_MUSCLE_ROLE_PRIMARY && role != HIP_MUSCLE_ROLE_SECONDARY)
        continue;
      g_test_message ("%s: %s", hip_exercise_get_id (exercise), hip_muscle_get_label (m));
      for (guint i = 0; i < regions->len; i++)
        {
          Region *r = &g_array_index (regions, Region, i);

          if (r->muscle != (int) m)
            continue;
          n++;
          g_test_message ("a region at %.0f, %.0f of %u pixels", r->cx, r->cy, r->area);
          if (role == HIP_MUSCLE_ROLE_PRIMARY)
            g_assert_cmpfloat (color_distance (r->color, accent_color), <=, 3);
          g_assert_true (has_mirror (regions, i));
        }
      g_assert_cmpuint (n, >=, 2);
    }
}

static void
test_map_tints (HipTestFixture *f,
                gconstpointer   data)
{
  static const char *const ids[] = { "glute-bridge", "clamshell", "forward-lunge" };
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 800);
  hip_test_wait_for_size (GTK_WIDGET (f->window), 1100);
  for (int dark = 0; dark <= 1; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        {
          g_autofree char *name = g_strdup_printf ("muscle-map-tints-%s%s", ids[i],
                                                   dark ? "-dark" : "");
          HipMuscleMap *map;

          gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s", ids[i]);
          map = HIP_MUSCLE_MAP (hip_test_find_widget (GTK_WIDGET (f->window),
                                                      HIP_TYPE_MUSCLE_MAP, NULL));
          gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (map)), >, 300);
          check_both_sides_tinted (map, hip_window_get_shown_exercise (f->window));
          hip_test_screenshot (GTK_WIDGET (map), name);
          gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
        }
    }
}

static GStrv
card_chips (HipExercise *exercise)
{
  GtkWidget *card = g_object_ref_sink (g_object_new (HIP_TYPE_EXERCISE_CARD,
                                                     "exercise", exercise, NULL));
  GStrv chips = hip_exercise_card_dup_chips (HIP_EXERCISE_CARD (card));

  g_assert_finalize_object (card);
  return chips;
}

static gboolean
is_action_label (const char *text)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (g_str_equal (text, hip_action_get_label (a)))
      return TRUE;
  return FALSE;
}

/* Cards show hip actions, and nothing else: the primary ones; for trunk work, which trains no
 * hip action much, one Core chip; for a stretch or a warm-up, the hip actions it moves through
 * most. Never a muscle group standing in for an action. */
static void
test_card_chips (void)
{
  const char *core = hip_muscle_group_get_label (HIP_MUSCLE_GROUP_CORE);
  static const struct
  {
    const char *id;
    const char *chips[3];
  } cases[] = {
    { "glute-bridge", { "Extension" } },
    { "clamshell", { "External rotation" } },
    { "front-plank", { "Core" } },
    { "dead-bug", { "Core" } },
    { "side-plank", { "Core" } },
    { "hamstring-stretch", { "Flexion" } },
    { "ninety-ninety-stretch", { "Internal rotation", "External rotation" } },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HipCatalogue) catalogue = hip_catalogue_new_default (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) chips = card_chips (hip_catalogue_lookup (catalogue, cases[i].id));

      g_test_message ("%s", cases[i].id);
      g_assert_cmpstrv (chips, cases[i].chips);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (catalogue)); i++)
    {
      g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (catalogue), i);
      g_auto(GStrv) chips = card_chips (exercise);

      g_test_message ("%s", hip_exercise_get_id (exercise));
      g_assert_cmpuint (g_strv_length (chips), >, 0);
      for (guint c = 0; chips[c] != NULL; c++)
        g_assert_true (is_action_label (chips[c]) ||
                       (g_str_equal (chips[c], core) && g_strv_length (chips) == 1));
    }
}

/* The grid and a bridge's detail page (the top, and the whole page with the muscle map),
 * wide and at 360 px, light and dark, for people to look at; the page never makes the window
 * wider. */
static void
test_screenshots (HipTestFixture *f,
                  gconstpointer   data)
{
  static const struct { int width, height; const char *name; } sizes[] = {
    { 1100, 760, "wide" },
    { 360, 720, "narrow" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();
  AdwViewStack *stack = ADW_VIEW_STACK (hip_test_find_widget (GTK_WIDGET (f->window),
                                                              ADW_TYPE_VIEW_STACK, NULL));

  adw_view_stack_set_visible_child_name (stack, "exercises");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int dark = 0; dark <= 1; dark++)
      {
        const char *suffix = dark ? "-dark" : "";
        g_autofree char *grid = g_strdup_printf ("exercises-grid-%s%s", sizes[i].name, suffix);
        g_autofree char *detail = g_strdup_printf ("exercise-detail-%s%s", sizes[i].name, suffix);
        g_autofree char *page = g_strdup_printf ("exercise-detail-page-%s%s", sizes[i].name,
                                                 suffix);
        g_autofree char *map_name = g_strdup_printf ("muscle-map-%s%s", sizes[i].name, suffix);
        GtkWidget *map;
        int width;

        adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
        gtk_window_set_default_size (GTK_WINDOW (f->window), sizes[i].width, sizes[i].height);
        hip_test_wait_for_size (GTK_WIDGET (f->window), sizes[i].width);
        hip_test_screenshot (GTK_WIDGET (f->window), grid);
        width = gtk_widget_get_width (GTK_WIDGET (f->window));

        gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-exercise", "s",
                                    "glute-bridge");
        hip_test_screenshot (GTK_WIDGET (f->window), detail);
        map = hip_test_find_widget (GTK_WIDGET (f->window), HIP_TYPE_MUSCLE_MAP, NULL);
        g_assert_cmpint (gtk_widget_get_width (map), <=, sizes[i].width);
        hip_test_screenshot (map, map_name);
        hip_test_screenshot (gtk_widget_get_ancestor (map, ADW_TYPE_CLAMP), page);
        g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), ==, width);
        gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL);
      }
}

int
main (int    argc,
      char **argv)
{
  if (!hip_test_ui_init (&argc, &argv))
    return 77;

  g_test_add_func ("/ui/muscle-map/drawing", test_map_drawing);
  hip_test_add_in_window ("/ui/muscle-map/both-sides-tinted", NULL, test_map_tints);
  g_test_add_func ("/ui/exercise-card/chips", test_card_chips);
  hip_test_add_in_window ("/ui/exercises/screenshots", NULL, test_screenshots);

  return g_test_run ();
}
