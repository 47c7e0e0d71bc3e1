/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-exercise.h"
#include "hip-exercise-chooser.h"
#include "hip-exercise-chooser-private.h"
#include "hip-planner.h"
#include "hip-stills.h"
#include "hip-widget-utils.h"
#include "hip-vocabulary.h"

#define STILL_SIZE 48

/**
 * HipExerciseChooser:
 *
 * A list of exercises to pick one from, for swapping or adding in the programme. When it
 * swaps, the exercises that train the same action in the same plane come first, under their
 * own heading. Emits HipExerciseChooser::chosen and closes.
 */
struct _HipExerciseChooser
{
  AdwWindow       parent_instance;

  GPtrArray      *exercises;
  HipExercise    *like;

  AdwWindowTitle *title;
  GtkSearchEntry *search;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (HipExerciseChooser, hip_exercise_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_like (HipExerciseChooser *self,
         HipExercise        *exercise)
{
  gboolean action = FALSE;

  if (self->like == NULL)
    return FALSE;
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    action |= hip_exercise_is_primary_action (self->like, a) &&
              hip_exercise_is_primary_action (exercise, a);
  /* As hip_plan_alternatives() ranks them: the same part of a session, actions and plane. */
  return action && (hip_exercise_get_planes (self->like) & hip_exercise_get_planes (exercise)) &&
         hip_planner_part_for (self->like) == hip_planner_part_for (exercise);
}

static char *
describe (HipExercise *exercise)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    if (hip_exercise_is_primary_action (exercise, a))
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", hip_action_get_label (a));
  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (hip_exercise_has_plane (exercise, p))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", hip_plane_get_label (p));
  g_string_append_printf (text, " · %s", hip_level_get_label (hip_exercise_get_level (exercise)));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
make_row (HipExerciseChooser *self,
          HipStills          *stills,
          HipExercise        *exercise)
{
  g_autofree char *subtitle = describe (exercise);
  GtkWidget *row = hip_action_row_new (hip_exercise_get_name (exercise), subtitle);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (stills != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               hip_stills_picture_new (stills, exercise, STILL_SIZE,
                                                       gtk_widget_get_scale_factor (
                                                         GTK_WIDGET (self))));
  g_object_set_data (G_OBJECT (row), "exercise", exercise);
  return row;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  HipExerciseChooser *self = data;
  HipExercise *exercise = g_object_get_data (G_OBJECT (row), "exercise");
  gboolean like = is_like (self, exercise);
  GtkWidget *header;

  if (self->like == NULL ||
      (before != NULL && is_like (self, g_object_get_data (G_OBJECT (before), "exercise")) == like))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (like ? _("Same Action and Plane") : _("Other Exercises"));
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_halign (header, GTK_ALIGN_START);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_list_box_row_set_header (row, header);
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       data)
{
  HipExerciseChooser *self = data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));

  return hip_exercise_matches_text (g_object_get_data (G_OBJECT (row), "exercise"), text);
}

static void
search_changed_cb (HipExerciseChooser *self)
{
  gtk_list_box_invalidate_filter (self->list);
  gtk_list_box_invalidate_headers (self->list);
}

static void
row_activated_cb (HipExerciseChooser *self,
                  GtkListBoxRow      *row)
{
  g_signal_emit (self, signals[CHOSEN], 0, g_object_get_data (G_OBJECT (row), "exercise"));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Chooses the @index-th exercise, as a click on its row would. */
void
hip_exercise_chooser_choose (HipExerciseChooser *self,
                             guint               index)
{
  g_return_if_fail (HIP_IS_EXERCISE_CHOOSER (self));

  row_activated_cb (self, gtk_list_box_get_row_at_index (self->list, index));
}

static void
hip_exercise_chooser_dispose (GObject *object)
{
  HipExerciseChooser *self = (HipExerciseChooser *) object;

  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_object (&self->like);
  G_OBJECT_CLASS (hip_exercise_chooser_parent_class)->dispose (object);
}

static void
hip_exercise_chooser_class_init (HipExerciseChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_exercise_chooser_dispose;

  /**
   * HipExerciseChooser::chosen:
   * @exercise: the exercise picked
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-exercise-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, HipExerciseChooser, title);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseChooser, search);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseChooser, list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hip_exercise_chooser_init (HipExerciseChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_func, self, NULL);
  gtk_list_box_set_header_func (self->list, header_func, self, NULL);
}

/**
 * hip_exercise_chooser_new:
 * @exercises: (element-type HipExercise): what to choose from, in order
 * @like: (nullable): the exercise being swapped: those like it get their own heading
 * @stills: (nullable): the stills shown beside the names
 */
HipExerciseChooser *
hip_exercise_chooser_new (GtkWindow   *parent,
                          const char  *title,
                          GPtrArray   *exercises,
                          HipExercise *like,
                          HipStills   *stills)
{
  HipExerciseChooser *self = g_object_new (HIP_TYPE_EXERCISE_CHOOSER,
                                           "transient-for", parent, NULL);

  adw_window_title_set_title (self->title, title);
  self->exercises = g_ptr_array_ref (exercises);
  self->like = like != NULL ? g_object_ref (like) : NULL;
  for (guint i = 0; i < exercises->len; i++)
    gtk_list_box_append (self->list, make_row (self, stills, exercises->pdata[i]));
  return self;
}
