/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-diagram-player.h"
#include "hip-diagram-player-private.h"
#include "hip-figure.h"
#include "hip-figure-view.h"
#include "hip-vocabulary.h"
#include "hip-widget-utils.h"

/**
 * HipDiagramPlayer:
 *
 * The animated diagram with its controls: play and pause, speed, scrubbing, stepping between key
 * poses, the camera (one per plane, or drag to orbit), mirroring, and the caption of each phase.
 * When the desktop asks for less motion it shows the key poses side by side instead, still.
 * A compact player (the session player's) is the figure alone, smaller: there the set and the
 * Log Set button must fit the screen too.
 */
struct _HipDiagramPlayer
{
  GtkWidget      parent_instance;

  char          *camera;
  gboolean       reduced;
  gboolean       compact;
  gint64         last_scrub_update;
  gboolean       syncing;

  /* Template widgets */
  HipFigureView *view;
  GtkLabel      *caption_label;
  GtkWidget     *strip_box;
  GtkWidget     *controls;
  GtkWidget     *views;
  GtkButton     *play_button;
  GtkAdjustment *time_adjustment;
  GtkDropDown   *speed_dropdown;
};

G_DEFINE_FINAL_TYPE (HipDiagramPlayer, hip_diagram_player, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAYING,
  PROP_MIRROR,
  PROP_CAMERA,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const double speeds[] = { 0.25, 0.5, 1.0, 1.5, 2.0 };

static void time_changed_cb (HipDiagramPlayer *self);

static void
update_play_button (HipDiagramPlayer *self)
{
  gboolean playing = hip_figure_view_get_playing (self->view);

  if (!playing)
    time_changed_cb (self);

  gtk_button_set_icon_name (self->play_button,
                            playing ? "media-playback-pause-symbolic"
                                    : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), playing ? _("Pause") : _("Play"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  playing ? _("Pause") : _("Play"), -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

/* The slider follows the time, but while playing only five times a second: moving it queues a
 * relayout of the whole window, which is not worth doing on every frame. */
#define SCRUB_INTERVAL_US (G_USEC_PER_SEC / 5)

static void
time_changed_cb (HipDiagramPlayer *self)
{
  gint64 now = g_get_monotonic_time ();

  if (hip_figure_view_get_playing (self->view) && now - self->last_scrub_update < SCRUB_INTERVAL_US)
    return;
  self->last_scrub_update = now;
  self->syncing = TRUE;
  gtk_adjustment_set_value (self->time_adjustment, hip_figure_view_get_time (self->view));
  self->syncing = FALSE;
}

static void
scrubbed_cb (HipDiagramPlayer *self)
{
  if (!self->syncing)
    hip_figure_view_set_time (self->view, gtk_adjustment_get_value (self->time_adjustment));
}

static void
caption_changed_cb (HipDiagramPlayer *self)
{
  const char *caption = hip_figure_view_get_caption (self->view);

  gtk_label_set_text (self->caption_label, caption != NULL ? caption : "");
}

static void
speed_changed_cb (HipDiagramPlayer *self)
{
  guint selected = gtk_drop_down_get_selected (self->speed_dropdown);

  if (selected < G_N_ELEMENTS (speeds))
    hip_figure_view_set_speed (self->view, speeds[selected]);
}

/* For people who turned animations off: the starting position, then one still per key pose,
 * so that even a one-move exercise reads as "from here, to here". */
static void
fill_strip (HipDiagramPlayer *self)
{
  HipMotion *motion = hip_figure_view_get_motion (self->view);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->strip_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->strip_box), child);
  if (motion == NULL || !self->reduced || self->compact)
    return;

  for (guint k = 0; k < hip_motion_get_n_keys (motion); k++)
    {
      GtkWidget *still;

      if (k > 0 && !hip_motion_is_key_pose (motion, k))
        continue;
      still = hip_figure_view_new ();
      hip_figure_view_set_motion (HIP_FIGURE_VIEW (still), motion);
      hip_figure_view_set_time (HIP_FIGURE_VIEW (still), hip_motion_get_key_time (motion, k));
      gtk_widget_set_size_request (still, 120, 120);
      gtk_widget_set_hexpand (still, TRUE);
      gtk_box_append (GTK_BOX (self->strip_box), still);
    }
}

/* What is shown around the figure: the key poses when motion is reduced, and nothing at all in
 * a compact player. */
static void
update_parts (HipDiagramPlayer *self)
{
  gtk_widget_set_visible (self->strip_box, self->reduced && !self->compact);
  gtk_widget_set_visible (GTK_WIDGET (self->play_button), !self->reduced);
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), !self->compact);
  gtk_widget_set_visible (self->controls, !self->compact);
  gtk_widget_set_visible (self->views, !self->compact);
  gtk_widget_set_size_request (GTK_WIDGET (self->view), -1, self->compact ? 190 : 340);
  fill_strip (self);
}

/* Follows the desktop's "animations" setting (reduced motion). */
static void
animations_changed_cb (HipDiagramPlayer *self)
{
  gboolean animations = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)),
                "gtk-enable-animations", &animations, NULL);
  self->reduced = !animations;
  if (self->reduced)
    hip_figure_view_set_playing (self->view, FALSE);
  update_parts (self);
}

/**
 * hip_diagram_player_set_motion:
 * @motion: (nullable): what to show
 * @title: the exercise's name, for assistive technologies
 *
 * Shows @motion at its first key pose; it starts playing unless motion is reduced.
 */
void
hip_diagram_player_set_motion (HipDiagramPlayer *self,
                               HipMotion        *motion,
                               const char       *title)
{
  g_autofree char *label = NULL;

  g_return_if_fail (HIP_IS_DIAGRAM_PLAYER (self));

  hip_figure_view_set_motion (self->view, motion);
  if (motion != NULL)
    {
      gtk_adjustment_set_upper (self->time_adjustment, hip_motion_get_duration (motion));
      time_changed_cb (self);
      g_free (self->camera);
      self->camera = g_strdup (hip_enum_to_nick (HIP_TYPE_PLANE,
                                                  hip_figure_readable_plane (motion)));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMERA]);
    }
  /* Translators: the accessible name of the diagram; %s is the exercise */
  label = g_strdup_printf (_("Animated diagram of %s"), title != NULL ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  hip_figure_view_set_playing (self->view, motion != NULL && !self->reduced);
  fill_strip (self);
}

/**
 * hip_diagram_player_show_side:
 * @side: the side a set works, or %HIP_SIDE_BOTH
 *
 * Shows the leg of @side working: a figure that works the other leg is mirrored, and of a
 * movement that alternates legs (a march) only that leg's half of the loop is played.
 */
void
hip_diagram_player_show_side (HipDiagramPlayer *self,
                              HipSide           side)
{
  HipMotion *motion = hip_figure_view_get_motion (self->view);
  double half;
  HipSide first, second, whole;

  g_return_if_fail (HIP_IS_DIAGRAM_PLAYER (self));

  hip_figure_view_set_loop (self->view, 0, 0);
  if (motion == NULL || side == HIP_SIDE_BOTH)
    {
      g_object_set (self, "mirror", FALSE, NULL);
      return;
    }
  half = hip_motion_get_duration (motion) / 2;
  whole = hip_motion_get_working_side (motion, 0, 2 * half);
  first = hip_motion_get_working_side (motion, 0, half);
  second = hip_motion_get_working_side (motion, half, 2 * half);
  if (whole == HIP_SIDE_BOTH && first != HIP_SIDE_BOTH && second != HIP_SIDE_BOTH &&
      first != second)
    {
      g_object_set (self, "mirror", FALSE, NULL);
      hip_figure_view_set_loop (self->view, first == side ? 0 : half,
                                first == side ? half : 2 * half);
      return;
    }
  g_object_set (self, "mirror", whole != HIP_SIDE_BOTH && whole != side, NULL);
}

GtkWidget *
hip_diagram_player_get_view (HipDiagramPlayer *self)
{
  g_return_val_if_fail (HIP_IS_DIAGRAM_PLAYER (self), NULL);
  return GTK_WIDGET (self->view);
}

gboolean
hip_diagram_player_get_reduced (HipDiagramPlayer *self)
{
  g_return_val_if_fail (HIP_IS_DIAGRAM_PLAYER (self), FALSE);
  return self->reduced;
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HipDiagramPlayer *self = HIP_DIAGRAM_PLAYER (widget);

  hip_figure_view_step_key (self->view, g_str_has_suffix (action_name, "next-key") ? 1 : -1);
}

static void
set_camera (HipDiagramPlayer *self,
            const char       *nick)
{
  int plane;

  if (nick == NULL || !hip_enum_from_nick (HIP_TYPE_PLANE, nick, &plane))
    return;
  g_free (self->camera);
  self->camera = g_strdup (nick);
  hip_figure_view_set_camera (self->view, plane);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAMERA]);
}

static void
hip_diagram_player_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HipDiagramPlayer *self = HIP_DIAGRAM_PLAYER (object);

  switch (prop_id)
    {
    case PROP_PLAYING: g_value_set_boolean (value, hip_figure_view_get_playing (self->view)); break;
    case PROP_MIRROR: g_value_set_boolean (value, hip_figure_view_get_mirror (self->view)); break;
    case PROP_CAMERA: g_value_set_string (value, self->camera); break;
    case PROP_COMPACT: g_value_set_boolean (value, self->compact); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_diagram_player_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HipDiagramPlayer *self = HIP_DIAGRAM_PLAYER (object);

  switch (prop_id)
    {
    case PROP_PLAYING:
      hip_figure_view_set_playing (self->view, g_value_get_boolean (value) && !self->reduced);
      break;
    case PROP_MIRROR:
      hip_figure_view_set_mirror (self->view, g_value_get_boolean (value));
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_CAMERA:
      set_camera (self, g_value_get_string (value));
      break;
    case PROP_COMPACT:
      if (self->compact != g_value_get_boolean (value))
        {
          self->compact = g_value_get_boolean (value);
          update_parts (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_diagram_player_dispose (GObject *object)
{
  HipDiagramPlayer *self = (HipDiagramPlayer *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HIP_TYPE_DIAGRAM_PLAYER);
  hip_widget_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->camera, g_free);

  G_OBJECT_CLASS (hip_diagram_player_parent_class)->dispose (object);
}

static void
hip_diagram_player_class_init (HipDiagramPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = hip_diagram_player_dispose;
  object_class->get_property = hip_diagram_player_get_property;
  object_class->set_property = hip_diagram_player_set_property;

  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE, rw);
  properties[PROP_MIRROR] = g_param_spec_boolean ("mirror", NULL, NULL, FALSE, rw);
  properties[PROP_CAMERA] = g_param_spec_string ("camera", NULL, NULL, "sagittal", rw);
  properties[PROP_COMPACT] = g_param_spec_boolean ("compact", NULL, NULL, FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HIP_TYPE_FIGURE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-diagram-player.ui");
  gtk_widget_class_bind_template_child (widget_class, HipDiagramPlayer, view);
  gtk_widget_class_bind_template_child (widget_class, HipDiagramPlayer, caption_label);
  gtk_widget_class_bind_template_child (widget_class, HipDiagramPlayer, strip_box);
  gtk_widget_class_bind_template_child (widget_class, HipDiagramPlayer, controls);
  gtk_widget_class_bind_template_child (widget_class, HipDiagramPlayer, views);
  gtk_widget_class_bind_template_child (widget_class, HipDiagramPlayer, play_button);
  gtk_widget_class_bind_template_child (widget_class, HipDiagramPlayer, time_adjustment);
  gtk_widget_class_bind_template_child (widget_class, HipDiagramPlayer, speed_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, update_play_button);
  gtk_widget_class_bind_template_callback (widget_class, caption_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, speed_changed_cb);

  gtk_widget_class_install_property_action (widget_class, "player.playing", "playing");
  gtk_widget_class_install_property_action (widget_class, "player.mirror", "mirror");
  gtk_widget_class_install_property_action (widget_class, "player.camera", "camera");
  gtk_widget_class_install_action (widget_class, "player.previous-key", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "player.next-key", NULL, step_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "diagram-player");
}

static void
hip_diagram_player_init (HipDiagramPlayer *self)
{
  self->camera = g_strdup ("sagittal");
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->view, "notify::time", G_CALLBACK (time_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->time_adjustment, "value-changed", G_CALLBACK (scrubbed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)),
                           "notify::gtk-enable-animations",
                           G_CALLBACK (animations_changed_cb), self, G_CONNECT_SWAPPED);
  animations_changed_cb (self);
  update_play_button (self);
}
