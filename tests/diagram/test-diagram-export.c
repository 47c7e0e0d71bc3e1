/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exports match the app: the self-animating SVG, read by a small SMIL evaluator of its own,
 * paints at any moment of the loop the same shapes, in the same order and colours, as the still
 * the app draws at that moment; and every export says in words what it shows. No display. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "hip-diagram.h"
#include "hip-figure.h"
#include "hip-motion.h"

#define SIZE 320
/* Shapes are matched by place to tell the parts apart, not to measure them. The animation moves
 * linearly between frames 1/20 s apart where the app follows the eased curve, under a pixel
 * apart; but where the app's own drawing jumps (a muscle's belly moves to the pelvis's front as
 * the leg straightens) the animation slides across the jump during one frame: up to 6 px here.
 * Another part is further away, or differs in width or colour. */
#define GEOMETRY_TOLERANCE 8.0
#define ALPHA_TOLERANCE    0.03

static GHashTable *motions;

/* ---- a small reader of the SVG and SMIL the diagrams use -------------------------------------- */

typedef struct
{
  char    *attribute;
  gboolean discrete;
  double   duration;
  GStrv    values;
  guint    n_values;
  double  *key_times;           /* NULL: evenly spaced */
} Animation;

typedef struct Node Node;
struct Node
{
  char       *name;
  GHashTable *attributes;
  GPtrArray  *animations;
  GString    *text;
  gboolean    in_defs;
  Node       *parent;
};

typedef struct
{
  GPtrArray  *nodes;            /* every element but <animate>, in document order */
  GHashTable *ids;
  Node       *current;
} Document;

static void
animation_free (gpointer data)
{
  Animation *animation = data;

  g_free (animation->attribute);
  g_strfreev (animation->values);
  g_free (animation->key_times);
  g_free (animation);
}

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->name);
  g_hash_table_unref (node->attributes);
  g_ptr_array_unref (node->animations);
  g_string_free (node->text, TRUE);
  g_free (node);
}

static void
document_free (Document *document)
{
  g_ptr_array_unref (document->nodes);
  g_hash_table_unref (document->ids);
  g_free (document);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Document, document_free)

static Animation *
animation_new (GHashTable *attributes)
{
  Animation *animation = g_new0 (Animation, 1);
  const char *calc_mode = g_hash_table_lookup (attributes, "calcMode");
  const char *dur = g_hash_table_lookup (attributes, "dur");
  const char *key_times = g_hash_table_lookup (attributes, "keyTimes");
  char *end = NULL;

  animation->attribute = g_strdup (g_hash_table_lookup (attributes, "attributeName"));
  animation->discrete = g_strcmp0 (calc_mode, "discrete") == 0;
  g_assert_true (calc_mode == NULL || animation->discrete || g_str_equal (calc_mode, "linear"));
  g_assert_cmpstr (g_hash_table_lookup (attributes, "repeatCount"), ==, "indefinite");
  g_assert_nonnull (dur);
  animation->duration = g_ascii_strtod (dur, &end);
  g_assert_cmpstr (end, ==, "s");
  g_assert_cmpfloat (animation->duration, >, 0);
  animation->values = g_strsplit (g_hash_table_lookup (attributes, "values"), ";", -1);
  animation->n_values = g_strv_length (animation->values);
  g_assert_cmpuint (animation->n_values, >, 0);
  if (key_times != NULL)
    {
      g_auto(GStrv) times = g_strsplit (key_times, ";", -1);

      /* SMIL: one time per value, from 0, never going back; linear ones end at 1. */
      g_assert_cmpuint (g_strv_length (times), ==, animation->n_values);
      animation->key_times = g_new (double, animation->n_values);
      for (guint i = 0; i < animation->n_values; i++)
        {
          animation->key_times[i] = g_ascii_strtod (times[i], NULL);
          g_assert_true (i > 0 || animation->key_times[i] == 0);
          g_assert_true (i == 0 || animation->key_times[i] >= animation->key_times[i - 1]);
        }
      g_assert_true (animation->discrete ||
                     animation->key_times[animation->n_values - 1] == 1);
    }
  return animation;
}

static GHashTable *
attribute_table (const char **names,
                 const char **values)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_insert (table, g_strdup (names[i]), g_strdup (values[i]));
  return table;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *name,
                  const char          **names,
                  const char          **values,
                  gpointer              data,
                  GError              **error)
{
  Document *document = data;
  g_autoptr(GHashTable) attributes = attribute_table (names, values);
  Node *node;

  if (g_str_equal (name, "animate"))
    {
      g_assert_nonnull (document->current);
      g_ptr_array_add (document->current->animations, animation_new (attributes));
      return;
    }
  node = g_new0 (Node, 1);
  node->name = g_strdup (name);
  node->attributes = g_steal_pointer (&attributes);
  node->animations = g_ptr_array_new_with_free_func (animation_free);
  node->text = g_string_new (NULL);
  node->parent = document->current;
  node->in_defs = node->parent != NULL &&
                  (node->parent->in_defs || g_str_equal (node->parent->name, "defs"));
  if (g_hash_table_contains (node->attributes, "id"))
    g_hash_table_insert (document->ids, g_hash_table_lookup (node->attributes, "id"), node);
  g_ptr_array_add (document->nodes, node);
  document->current = node;
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *name,
                gpointer              data,
                GError              **error)
{
  Document *document = data;

  if (!g_str_equal (name, "animate"))
    document->current = document->current->parent;
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              data,
         GError              **error)
{
  Document *document = data;

  if (document->current != NULL)
    g_string_append_len (document->current->text, text, length);
}

/* Parses @svg, which must be well-formed XML. */
static Document *
document_parse (const char *svg)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  Document *document = g_new0 (Document, 1);
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  document->nodes = g_ptr_array_new_with_free_func (node_free);
  document->ids = g_hash_table_new (g_str_hash, g_str_equal);
  context = g_markup_parse_context_new (&parser, 0, document, NULL);
  if (g_markup_parse_context_parse (context, svg, -1, &error))
    g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  return document;
}

/* The value of @animation at @time: discrete, the value whose interval holds @time; linear,
 * the number between the two values around it. */
static char *
animation_evaluate (const Animation *animation,
                    double           time)
{
  double u = fmod (time, animation->duration) / animation->duration;
  guint n = animation->n_values, i = 0;
  double local = 0, a, b;

  if (animation->key_times != NULL)
    {
      while (i + 1 < n && animation->key_times[i + 1] <= u)
        i++;
      if (i + 1 < n)
        local = (u - animation->key_times[i]) /
                (animation->key_times[i + 1] - animation->key_times[i]);
    }
  else if (animation->discrete)
    i = MIN ((guint) (u * n), n - 1);
  else if (n > 1)
    {
      i = MIN ((guint) (u * (n - 1)), n - 2);
      local = u * (n - 1) - i;
    }

  if (animation->discrete || i + 1 >= n)
    return g_strdup (animation->values[i]);
  a = g_ascii_strtod (animation->values[i], NULL);
  b = g_ascii_strtod (animation->values[i + 1], NULL);
  return g_strdup_printf ("%.6f", a + (b - a) * local);
}

/* An attribute of @node at @time: its last animation of it, else as written; NULL if neither */
static char *
node_get (const Node *node,
          const char *attribute,
          double      time)
{
  for (guint a = node->animations->len; a-- > 0;)
    {
      const Animation *animation = node->animations->pdata[a];

      if (g_str_equal (animation->attribute, attribute))
        return animation_evaluate (animation, time);
    }
  return g_strdup (g_hash_table_lookup (node->attributes, attribute));
}

static double
node_get_number (const Node *node,
                 const char *attribute,
                 double      time,
                 double      fallback)
{
  g_autofree char *value = node_get (node, attribute, time);

  return value != NULL ? g_ascii_strtod (value, NULL) : fallback;
}

/* A property of a shape drawn through @instance (a <use>, or the shape itself): the shape's
 * own value wins over the one it inherits. */
static char *
shape_get (const Node *shape,
           const Node *instance,
           const char *property,
           double      time)
{
  char *value = node_get (shape, property, time);

  return value != NULL ? value : node_get (instance, property, time);
}

/* ---- what a picture paints ------------------------------------------------------------------ */

typedef struct
{
  gboolean  circle;
  double    geometry[4];        /* x1 y1 x2 y2, or cx cy r */
  double    width;
  char     *paint;
  double    alpha;
} Shape;

static void
clear_shape (gpointer data)
{
  g_free (((Shape *) data)->paint);
}

static char *
describe_shape (const Shape *shape)
{
  if (shape->circle)
    return g_strdup_printf ("circle (%.1f, %.1f) r %.1f %s %.2f", shape->geometry[0],
                            shape->geometry[1], shape->geometry[2], shape->paint, shape->alpha);
  return g_strdup_printf ("line (%.1f, %.1f) to (%.1f, %.1f) w %.1f %s %.2f", shape->geometry[0],
                          shape->geometry[1], shape->geometry[2], shape->geometry[3],
                          shape->width, shape->paint, shape->alpha);
}

/* The opacity of @node's groups, down from the root. */
static double
group_opacity (const Node *node,
               double      time)
{
  double opacity = 1;

  for (const Node *n = node; n != NULL; n = n->parent)
    opacity *= node_get_number (n, "opacity", time, 1);
  return opacity;
}

static void
add_shape (GArray     *shapes,
           const Node *shape,
           const Node *instance,
           double      time)
{
  static const char *line[] = { "x1", "y1", "x2", "y2" };
  static const char *circle[] = { "cx", "cy", "r" };
  Shape s = { 0 };
  g_autofree char *opacity = NULL;

  s.circle = g_str_equal (shape->name, "circle");
  for (guint i = 0; i < (s.circle ? 3 : 4); i++)
    s.geometry[i] = node_get_number (shape, s.circle ? circle[i] : line[i], time, 0);
  s.width = node_get_number (shape, "stroke-width", time, 0);
  s.paint = shape_get (shape, instance, s.circle ? "fill" : "stroke", time);
  opacity = shape_get (shape, instance, s.circle ? "fill-opacity" : "stroke-opacity", time);
  s.alpha = (opacity != NULL ? g_ascii_strtod (opacity, NULL) : 1) *
            group_opacity (instance, time) * (shape != instance ? group_opacity (shape, time) : 1);
  g_assert_nonnull (s.paint);
  /* What is not painted has no place in the order. */
  if (s.alpha <= 0)
    clear_shape (&s);
  else
    g_array_append_val (shapes, s);
}

/* The body as painted at @time, first painted first: lines and circles outside <defs>, and the
 * shapes <use> elements draw. (The floor, plane sheet and labels are polygons and text.) */
static GArray *
painted_body (const Document *document,
              double          time)
{
  GArray *shapes = g_array_new (FALSE, FALSE, sizeof (Shape));

  g_array_set_clear_func (shapes, clear_shape);
  for (guint i = 0; i < document->nodes->len; i++)
    {
      const Node *node = document->nodes->pdata[i];

      if (node->in_defs)
        continue;
      if (g_str_equal (node->name, "line") || g_str_equal (node->name, "circle"))
        add_shape (shapes, node, node, time);
      else if (g_str_equal (node->name, "use"))
        {
          const char *href = g_hash_table_lookup (node->attributes, "xlink:href");
          const Node *shape;

          g_assert_nonnull (href);
          g_assert_true (href[0] == '#');
          shape = g_hash_table_lookup (document->ids, href + 1);
          g_assert_nonnull (shape);
          add_shape (shapes, shape, node, time);
        }
    }
  return shapes;
}

/* The words painted at @time, one a line: the plane sheet's label and the move's. */
static char *
painted_words (const Document *document,
               double          time)
{
  GString *words = g_string_new (NULL);

  for (guint i = 0; i < document->nodes->len; i++)
    {
      const Node *node = document->nodes->pdata[i];

      if (!node->in_defs && g_str_equal (node->name, "text") && group_opacity (node, time) > 0)
        g_string_append_printf (words, "%s\n", node->text->str);
    }
  return g_string_free (words, FALSE);
}

static gboolean
same_shape (const Shape *a,
            const Shape *b,
            double      *distance)
{
  *distance = 0;
  for (guint i = 0; i < 4; i++)
    *distance = MAX (*distance, fabs (a->geometry[i] - b->geometry[i]));
  return a->circle == b->circle && g_str_equal (a->paint, b->paint) &&
         fabs (a->width - b->width) < 0.05 && fabs (a->alpha - b->alpha) <= ALPHA_TOLERANCE &&
         *distance <= GEOMETRY_TOLERANCE;
}

/* Whether the two pictures paint the same shapes in the same order; says where they part. */
static gboolean
same_painting (GArray     *still,
               GArray     *animated,
               const char *what,
               double     *largest_distance)
{
  if (still->len != animated->len)
    {
      g_test_message ("%s: the still paints %u shapes, the animation %u", what, still->len,
                      animated->len);
      return FALSE;
    }
  for (guint k = 0; k < still->len; k++)
    {
      const Shape *a = &g_array_index (still, Shape, k), *b = &g_array_index (animated, Shape, k);
      double distance;

      if (!same_shape (a, b, &distance))
        {
          g_autofree char *expected = describe_shape (a);
          g_autofree char *got = describe_shape (b);

          g_test_message ("%s: shape %u of %u: the still paints %s, the animation %s", what, k,
                          still->len, expected, got);
          return FALSE;
        }
      *largest_distance = MAX (*largest_distance, distance);
    }
  return TRUE;
}

/* ---- tests ---------------------------------------------------------------------------------- */

typedef struct
{
  const char *motion;
  gboolean    mirror;
  gboolean    dark;
} OrderCase;

/* At 16 moments of the loop, evenly spaced (1,000 with -m slow), the animation paints what the still of that moment
 * paints: the same parts in the same order (near over far, the tint over its own leg) and
 * colours (near or far), and the same labels (the plane sheet's, the move's). The transverse and multi-planar lunges turn the body round, so their
 * order and colours change during the loop; the forward lunge is seen from the side, where the
 * legs cross; the lateral lunge from the front, where both sides are often at the same depth. */
static void
test_animation_order (void)
{
  static const OrderCase cases[] = {
    { "multiplanar-lunge", FALSE, FALSE },
    { "multiplanar-lunge", TRUE, TRUE },
    { "transverse-lunge", FALSE, FALSE },
    { "forward-lunge", FALSE, FALSE },
    { "lateral-lunge", FALSE, FALSE },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      HipMotion *m = g_hash_table_lookup (motions, cases[c].motion);
      double duration = hip_motion_get_duration (m), largest_distance = 0;
      /* -m slow: a thousand moments, which meet the changes of order more closely. */
      guint moments = g_test_slow () ? 1000 : 16;
      g_autofree char *svg = NULL;
      g_autoptr(Document) animation = NULL;
      g_autofree char *label = g_strdup_printf ("%s%s%s", cases[c].motion,
                                                cases[c].mirror ? " mirrored" : "",
                                                cases[c].dark ? " dark" : "");
      HipDiagramView view;
      guint failed = 0;

      g_assert_nonnull (m);
      hip_diagram_view_init (&view, m);
      view.mirror = cases[c].mirror;
      view.dark = cases[c].dark;
      svg = hip_diagram_animated_svg (m, &view, SIZE);
      animation = document_parse (svg);

      for (guint k = 0; k < moments; k++)
        {
          double time = duration * k / moments;
          g_autofree char *still_svg = hip_diagram_still_svg (m, &view, time, SIZE);
          g_autoptr(Document) still = document_parse (still_svg);
          g_autoptr(GArray) expected = painted_body (still, 0);
          g_autoptr(GArray) painted = painted_body (animation, time);
          g_autofree char *what = g_strdup_printf ("%s at %.4f s", label, time);

          g_autofree char *expected_words = painted_words (still, 0);
          g_autofree char *words = painted_words (animation, time);

          g_assert_cmpuint (expected->len, >, 10);
          if (!g_str_equal (expected_words, words))
            g_test_message ("%s: the still says “%s”, the animation “%s”", what, expected_words,
                            words);
          failed += !same_painting (expected, painted, what, &largest_distance) ||
                    !g_str_equal (expected_words, words);
        }
      g_test_message ("%s: %u of %u moments differ; shapes at most %.2f px apart", label, failed,
                      moments, largest_distance);
      g_assert_cmpuint (failed, ==, 0);
    }
}

static cairo_surface_t *
render (const char *svg)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE, SIZE);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  g_assert_true (hip_figure_render_svg (svg, strlen (svg), cr, SIZE, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Renderers that do not animate (librsvg, so the app's own thumbnails of a file) show the
 * animation's first moment as the still of that moment. */
static void
test_animation_first_moment (void)
{
  HipMotion *m = g_hash_table_lookup (motions, "multiplanar-lunge");
  g_autofree char *animated = NULL;
  g_autofree char *still = NULL;
  cairo_surface_t *a, *b;
  const guint8 *pa, *pb;
  int largest = 0;
  HipDiagramView view;

  g_assert_nonnull (m);
  hip_diagram_view_init (&view, m);
  animated = hip_diagram_animated_svg (m, &view, SIZE);
  still = hip_diagram_still_svg (m, &view, 0, SIZE);
  a = render (animated);
  b = render (still);
  pa = cairo_image_surface_get_data (a);
  pb = cairo_image_surface_get_data (b);
  for (int i = 0; i < cairo_image_surface_get_stride (a) * SIZE; i++)
    largest = MAX (largest, ABS (pa[i] - pb[i]));
  g_test_message ("largest difference of a channel: %d", largest);
  g_assert_cmpint (largest, <=, 2);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static const Node *
find_node (const Document *document,
           const char     *name)
{
  for (guint i = 0; i < document->nodes->len; i++)
    if (g_str_equal (((Node *) document->nodes->pdata[i])->name, name))
      return document->nodes->pdata[i];
  return NULL;
}

/* Checks the <title> and <desc> of @svg: the first children of <svg>, the title the
 * exercise's name as given, the description naming it, its planes and @when. */
static void
assert_described (const char *svg,
                  const char *title,
                  const char *when)
{
  g_autoptr(Document) document = document_parse (svg);
  const Node *title_node = find_node (document, "title");
  const Node *desc_node = find_node (document, "desc");

  g_assert_nonnull (title_node);
  g_assert_nonnull (desc_node);
  g_assert_cmpstr (((Node *) document->nodes->pdata[0])->name, ==, "svg");
  g_assert_true (document->nodes->pdata[1] == title_node);
  g_assert_true (document->nodes->pdata[2] == desc_node);
  g_assert_true (title_node->parent == document->nodes->pdata[0]);
  g_assert_cmpstr (title_node->text->str, ==, title);
  g_assert_true (g_str_has_prefix (desc_node->text->str, title));
  g_assert_nonnull (strstr (desc_node->text->str, "Planes: Frontal, Transverse"));
  g_assert_nonnull (strstr (desc_node->text->str, when));
}

/* Every export names the exercise and says what it shows, with the text escaped. */
static void
test_title (void)
{
  static const char *title = "Curtsy <lunge> & \"friends\" 'n' more";
  HipMotion *m = g_hash_table_lookup (motions, "curtsy-lunge");
  g_autofree char *animated = NULL;
  g_autofree char *still = NULL;
  g_autofree char *unnamed = NULL;
  g_autofree char *when = NULL;
  HipDiagramView view;

  g_assert_nonnull (m);
  hip_diagram_view_init (&view, m);
  view.title = title;
  view.planes = (1u << HIP_PLANE_FRONTAL) | (1u << HIP_PLANE_TRANSVERSE);
  animated = hip_diagram_animated_svg (m, &view, SIZE);
  still = hip_diagram_still_svg (m, &view, 1.5, SIZE);

  when = g_strdup_printf ("Animated, a %.1f s loop", hip_motion_get_duration (m));
  assert_described (animated, title, when);
  assert_described (still, title, "The pose at 1.5 s");
  g_assert_null (strstr (animated, "<lunge>"));
  g_assert_null (strstr (still, "<lunge>"));

  /* Without a name, the motion's own id and the planes of its moves. */
  hip_diagram_view_init (&view, m);
  unnamed = hip_diagram_still_svg (m, &view, 0, SIZE);
  g_assert_nonnull (strstr (unnamed, "<title>curtsy-lunge</title>"));
  g_assert_nonnull (strstr (unnamed, "Plane: Frontal."));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  motions = hip_motion_load_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/diagram/export/animation-order", test_animation_order);
  g_test_add_func ("/diagram/export/first-moment", test_animation_first_moment);
  g_test_add_func ("/diagram/export/title", test_title);

  status = g_test_run ();
  g_hash_table_unref (motions);
  return status;
}
