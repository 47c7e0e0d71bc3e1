/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>
#include <adwaita.h>

#include "hip-badges.h"
#include "hip-diagram.h"
#include "hip-exercise.h"
#include "hip-exercise-card.h"
#include "hip-exercise-card-private.h"
#include "hip-stills.h"

/**
 * HipExerciseCard:
 *
 * One exercise in the browser grid: plane badges, name, hip-action chips, level and equipment.
 *
 * The card draws its content itself instead of holding a dozen child widgets: GTK 4.8's grid
 * view creates a card for every exercise before the first frame, so cards must be cheap to make
 * and to measure. The size request is constant and the text is laid out only when a card is
 * drawn, so cards that are scrolled out of view cost almost nothing.
 */
struct _HipExerciseCard
{
  GtkWidget    parent_instance;

  HipExercise *exercise;
  HipStills   *stills;    /* (nullable): without it the card shows no still */
};

G_DEFINE_FINAL_TYPE (HipExerciseCard, hip_exercise_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_STILLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PADDING      12
#define CARD_WIDTH   236
#define CARD_HEIGHT  172
#define PILL_HEIGHT  20
#define PILL_PADDING 8
#define PILL_RADIUS  (PILL_HEIGHT / 2.0)   /* badges: planes and "Yours" */
#define CHIP_RADIUS  6.0                   /* hip-action chips, as .action-chip */
#define GAP          6
#define STILL_SIZE   84

/* An own exercise with no motion: a plain figure in place of the still, so that its card
 * looks like the others. */
static void
draw_placeholder (HipExerciseCard *self,
                  GtkSnapshot     *snapshot,
                  int              width)
{
  graphene_rect_t box = GRAPHENE_RECT_INIT (width - PADDING - STILL_SIZE,
                                            PADDING + PILL_HEIGHT + GAP, STILL_SIZE, STILL_SIZE);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GtkIconPaintable) icon = NULL;
  GskRoundedRect rect;
  GdkRGBA ink;

  if (self->stills == NULL)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &ink);
  G_GNUC_END_IGNORE_DEPRECATIONS
  ink.alpha *= 0.06;
  gsk_rounded_rect_init_from_rect (&rect, &box, 12);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, &ink, &box);
  gtk_snapshot_pop (snapshot);

  ink.alpha /= 0.06;
  ink.alpha *= 0.35;
  icon = gtk_icon_theme_lookup_icon (theme, "exercise-symbolic", NULL, STILL_SIZE / 2,
                                     gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                     gtk_widget_get_direction (GTK_WIDGET (self)), 0);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (box.origin.x + STILL_SIZE / 4.0,
                                                          box.origin.y + STILL_SIZE / 4.0));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                            STILL_SIZE / 2.0, STILL_SIZE / 2.0, &ink, 1);
  gtk_snapshot_restore (snapshot);
}

static void
draw_still (HipExerciseCard *self,
            GtkSnapshot     *snapshot,
            int              width)
{
  GdkTexture *still = NULL;

  if (self->stills != NULL)
    still = hip_stills_lookup (self->stills, self->exercise, STILL_SIZE,
                               gtk_widget_get_scale_factor (GTK_WIDGET (self)));
  if (still == NULL)
    {
      draw_placeholder (self, snapshot, width);
      return;
    }
  gtk_snapshot_append_texture (snapshot, still,
                               &GRAPHENE_RECT_INIT (width - PADDING - STILL_SIZE,
                                                    PADDING + PILL_HEIGHT + GAP,
                                                    STILL_SIZE, STILL_SIZE));
}

static char *
describe_level (HipExercise *exercise)
{
  return g_strdup_printf ("%s · %s", hip_level_get_label (hip_exercise_get_level (exercise)),
                          hip_kind_get_label (hip_exercise_get_kind (exercise)));
}

/* Work on the trunk: every primary muscle is one of the core's. */
static gboolean
is_core_work (HipExercise *exercise)
{
  gboolean any = FALSE;

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    if (hip_exercise_get_muscle_role (exercise, m) == HIP_MUSCLE_ROLE_PRIMARY)
      {
        if (hip_muscle_get_group (m) != HIP_MUSCLE_GROUP_CORE)
          return FALSE;
        any = TRUE;
      }
  return any;
}

/* What the chips show, alike on every card: hip actions. The primary ones; for an exercise with
 * none, "Core" for trunk work (a plank trains no hip action much), or else the hip actions it
 * moves through most (a stretch, a warm-up). */
static GPtrArray *
chip_labels (HipExercise *exercise)
{
  GPtrArray *labels = g_ptr_array_new ();
  double most = 0;

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_is_primary_action (exercise, a))
      g_ptr_array_add (labels, (gpointer) hip_action_get_label (a));
  if (labels->len > 0)
    return labels;

  if (is_core_work (exercise))
    {
      g_ptr_array_add (labels, (gpointer) hip_muscle_group_get_label (HIP_MUSCLE_GROUP_CORE));
      return labels;
    }
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    most = MAX (most, hip_exercise_get_action_weight (exercise, a));
  for (guint a = 0; a < HIP_N_ACTIONS && most > 0; a++)
    if (hip_exercise_get_action_weight (exercise, a) >= most)
      g_ptr_array_add (labels, (gpointer) hip_action_get_label (a));
  return labels;
}

static PangoLayout *
make_layout (HipExerciseCard *self,
             const char      *text,
             double           scale,
             PangoWeight      weight,
             int              width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  pango_attr_list_insert (attrs, pango_attr_weight_new (weight));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  if (width > 0)
    {
      pango_layout_set_width (layout, width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static GdkRGBA
lookup_color (HipExerciseCard *self,
              const char      *name,
              const GdkRGBA   *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (context, name, &color))
    color = *fallback;
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

/* Draws @text on a rounded rectangle at (@x, @y); returns its width. */
static int
draw_pill (HipExerciseCard *self,
           GtkSnapshot     *snapshot,
           const char      *text,
           int              x,
           int              y,
           int              max_width,
           double           radius,
           const GdkRGBA   *fill,
           const GdkRGBA   *ink,
           gboolean         bold)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, PANGO_SCALE_SMALL,
                                               bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                               max_width - 2 * PILL_PADDING);
  GskRoundedRect rect;
  int text_width, text_height, width;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  width = text_width + 2 * PILL_PADDING;
  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, PILL_HEIGHT), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, fill, &rect.bounds);
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (x + PILL_PADDING,
                                                y + (PILL_HEIGHT - text_height) / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, ink);
  gtk_snapshot_restore (snapshot);
  return width;
}

/* The width a chip of @text takes, uncut. */
static int
pill_width (HipExerciseCard *self,
            const char      *text,
            PangoWeight      weight)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, PANGO_SCALE_SMALL, weight, 0);
  int text_width, text_height;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  return text_width + 2 * PILL_PADDING;
}

/* The "Yours" badge of the person's own exercises, at the top right, in the accent colour as
 * the detail page's; returns the width it took (with a gap), 0 for the catalogue's. */
static int
draw_own (HipExerciseCard *self,
          GtkSnapshot     *snapshot,
          int              width)
{
  static const GdkRGBA fallback = { 0.2, 0.5, 0.9, 1 };
  const char *text = hip_badges_own_label ();
  GdkRGBA fill, ink;
  int pill;

  if (hip_exercise_get_origin (self->exercise) != HIP_ORIGIN_USER)
    return 0;
  fill = lookup_color (self, "accent_bg_color", &fallback);
  fill.alpha = 0.15;
  ink = lookup_color (self, "accent_color", &fallback);
  /* Measured as drawn, in bold, so that the word is never cut. */
  pill = pill_width (self, text, PANGO_WEIGHT_BOLD);
  draw_pill (self, snapshot, text, width - PADDING - pill, PADDING, pill + 1, PILL_RADIUS, &fill,
             &ink, TRUE);
  return pill + 4;
}

/* The plane badges: the plane's colour as a light tint behind plain text, so that the badge
 * says the plane without outshouting the name and the chips, readable in both styles. */
static void
draw_planes (HipExerciseCard *self,
             GtkSnapshot     *snapshot,
             const GdkRGBA   *ink,
             int              width)
{
  static const GdkRGBA fallback = { 0.2, 0.5, 0.9, 1 };
  int x = PADDING;

  width -= draw_own (self, snapshot, width);
  for (guint p = 0; p < HIP_N_PLANES; p++)
    {
      g_autofree char *color_name = NULL;
      GdkRGBA fill;

      if (!hip_exercise_has_plane (self->exercise, p))
        continue;
      color_name = g_strdup_printf ("%s_color", hip_enum_to_nick (HIP_TYPE_PLANE, p));
      fill = lookup_color (self, color_name, &fallback);
      fill.alpha = 0.16;
      x += draw_pill (self, snapshot, hip_plane_get_label (p), x, PADDING, width - x - PADDING,
                      PILL_RADIUS, &fill, ink, FALSE) + 4;
    }
}

/* The chips beside the still, under the name, all in the accent's tint. */
static void
draw_chips (HipExerciseCard *self,
            GtkSnapshot     *snapshot,
            const GdkRGBA   *ink,
            int              y,
            int              width)
{
  static const GdkRGBA fallback = { 0.2, 0.5, 0.9, 1 };
  g_autoptr(GPtrArray) labels = chip_labels (self->exercise);
  GdkRGBA fill = lookup_color (self, "accent_bg_color", &fallback);
  int x = PADDING;

  fill.alpha = 0.18;
  for (guint i = 0; i < labels->len; i++)
    {
      int room = width - x - PADDING;
      /* Room for a "+1" after this chip, unless it is the last. */
      int needed = pill_width (self, labels->pdata[i], PANGO_WEIGHT_NORMAL) +
                   (i + 1 < labels->len ? 36 : 0);

      /* After the first, chips that do not fit whole are summed up rather than cut short
       * ("Exter…"); the first is always shown, so that no card shows only a "+2". */
      if (i > 0 && needed > room)
        {
          g_autofree char *more = g_strdup_printf ("+%u", labels->len - i);

          if (pill_width (self, more, PANGO_WEIGHT_NORMAL) <= room)
            draw_pill (self, snapshot, more, x, y, room, CHIP_RADIUS, &fill, ink, FALSE);
          return;
        }
      x += draw_pill (self, snapshot, labels->pdata[i], x, y, room, CHIP_RADIUS, &fill, ink,
                      FALSE) + 4;
    }
}

static void
draw_text (HipExerciseCard *self,
           GtkSnapshot     *snapshot,
           PangoLayout     *layout,
           int              y,
           const GdkRGBA   *ink)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (PADDING, y));
  gtk_snapshot_append_layout (snapshot, layout, ink);
  gtk_snapshot_restore (snapshot);
}

/* The name, wrapped beside the still in up to three lines (German names are long), bold. */
static PangoLayout *
name_layout (HipExerciseCard *self,
             int              width)
{
  PangoLayout *name = make_layout (self, hip_exercise_get_name (self->exercise), 1.0,
                                   PANGO_WEIGHT_BOLD, width - 2 * PADDING - STILL_SIZE - GAP);

  pango_layout_set_wrap (name, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (name, -3);
  return name;
}

/**
 * hip_exercise_card_name_fits:
 *
 * For the tests: whether the name reads whole on a card of the usual width, not cut short.
 */
gboolean
hip_exercise_card_name_fits (HipExerciseCard *self)
{
  g_autoptr(PangoLayout) name = NULL;

  g_return_val_if_fail (HIP_IS_EXERCISE_CARD (self), FALSE);
  g_return_val_if_fail (self->exercise != NULL, FALSE);

  name = name_layout (self, CARD_WIDTH);
  return !pango_layout_is_ellipsized (name);
}

static void
hip_exercise_card_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  HipExerciseCard *self = HIP_EXERCISE_CARD (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int text_width = width - 2 * PADDING;
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) level = NULL;
  g_autoptr(PangoLayout) equipment = NULL;
  g_autofree char *level_text = NULL;
  g_autofree char *equipment_text = NULL;
  GdkRGBA ink, dim;
  int name_height;

  if (self->exercise == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &ink);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dim = ink;
  dim.alpha *= 0.55;

  draw_still (self, snapshot, width);
  draw_planes (self, snapshot, &ink, width);

  name = name_layout (self, width);
  draw_text (self, snapshot, name, PADDING + PILL_HEIGHT + GAP, &ink);
  pango_layout_get_pixel_size (name, NULL, &name_height);

  /* Beside the still, under the name. */
  draw_chips (self, snapshot, &ink, PADDING + PILL_HEIGHT + 2 * GAP + name_height,
              width - STILL_SIZE - GAP);

  equipment_text = hip_exercise_describe_equipment (self->exercise, ", ");
  equipment = make_layout (self, equipment_text, PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL,
                           text_width);
  draw_text (self, snapshot, equipment, height - PADDING - 16, &dim);
  level_text = describe_level (self->exercise);
  level = make_layout (self, level_text, PANGO_SCALE_SMALL, PANGO_WEIGHT_NORMAL, text_width);
  draw_text (self, snapshot, level, height - PADDING - 34, &ink);
}

/* A constant request: measuring never lays out text. */
static void
hip_exercise_card_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? CARD_WIDTH : CARD_HEIGHT;
}

static void
update_accessible (HipExerciseCard *self)
{
  g_autofree char *level = NULL;
  g_autofree char *equipment = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  const char *summary;

  if (self->exercise == NULL)
    return;

  /* Own exercises say so first, as their badge does; their summary may be empty. */
  if (hip_exercise_get_origin (self->exercise) == HIP_ORIGIN_USER)
    g_string_append_printf (description, "%s. ", hip_badges_own_label ());
  summary = hip_exercise_get_summary (self->exercise);
  if (summary != NULL && *summary != '\0')
    g_string_append_printf (description, "%s. ", summary);
  level = describe_level (self->exercise);
  equipment = hip_exercise_describe_equipment (self->exercise, ", ");
  g_string_append_printf (description, "%s. %s", level, equipment);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hip_exercise_get_name (self->exercise),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
}

/* The words on the card's chips, as drawn (before any is summed up as "+n"). */
GStrv
hip_exercise_card_dup_chips (HipExerciseCard *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) labels = NULL;

  g_return_val_if_fail (HIP_IS_EXERCISE_CARD (self), NULL);

  if (self->exercise != NULL)
    {
      labels = chip_labels (self->exercise);
      for (guint i = 0; i < labels->len; i++)
        g_strv_builder_add (builder, labels->pdata[i]);
    }
  return g_strv_builder_end (builder);
}

HipExercise *
hip_exercise_card_get_exercise (HipExerciseCard *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_CARD (self), NULL);
  return self->exercise;
}

void
hip_exercise_card_set_exercise (HipExerciseCard *self,
                                HipExercise     *exercise)
{
  const char *summary;

  g_return_if_fail (HIP_IS_EXERCISE_CARD (self));
  g_return_if_fail (exercise == NULL || HIP_IS_EXERCISE (exercise));

  if (!g_set_object (&self->exercise, exercise))
    return;
  update_accessible (self);
  summary = exercise != NULL ? hip_exercise_get_summary (exercise) : NULL;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                               summary != NULL && *summary != '\0' ? summary : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

static void
hip_exercise_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HipExerciseCard *self = HIP_EXERCISE_CARD (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, hip_exercise_card_get_exercise (self));
      break;
    case PROP_STILLS:
      g_value_set_object (value, self->stills);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HipExerciseCard *self = HIP_EXERCISE_CARD (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      hip_exercise_card_set_exercise (self, g_value_get_object (value));
      break;
    case PROP_STILLS:
      self->stills = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_card_dispose (GObject *object)
{
  HipExerciseCard *self = (HipExerciseCard *) object;

  g_clear_object (&self->exercise);
  g_clear_object (&self->stills);

  G_OBJECT_CLASS (hip_exercise_card_parent_class)->dispose (object);
}

static void
hip_exercise_card_class_init (HipExerciseCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_exercise_card_dispose;
  object_class->get_property = hip_exercise_card_get_property;
  object_class->set_property = hip_exercise_card_set_property;
  widget_class->snapshot = hip_exercise_card_snapshot;
  widget_class->measure = hip_exercise_card_measure;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, HIP_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STILLS] =
    g_param_spec_object ("stills", NULL, NULL, HIP_TYPE_STILLS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "exercise-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hip_exercise_card_init (HipExerciseCard *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
}
