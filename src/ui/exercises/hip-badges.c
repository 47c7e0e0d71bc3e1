/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The coloured plane badges and hip-action chips shared by the cards and the detail page, so
 * that a plane looks the same everywhere. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-badges.h"
#include "hip-exercise.h"

void
hip_badges_clear (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
append (GtkWidget  *box,
        GtkWidget  *label)
{
  if (GTK_IS_FLOW_BOX (box))
    {
      gtk_flow_box_append (GTK_FLOW_BOX (box), label);
      /* Chips are labels, not stops for the keyboard. */
      gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
    }
  else
    gtk_box_append (GTK_BOX (box), label);
}

static GtkWidget *
badge (const char *text,
       const char *style,
       const char *nick)
{
  GtkWidget *label = gtk_label_new (text);

  /* Flow box children share out spare width; the chip itself stays as wide as its text. */
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, style);
  if (nick != NULL)
    gtk_widget_add_css_class (label, nick);
  return label;
}

void
hip_badges_add_planes (GtkWidget   *box,
                       HipExercise *exercise)
{
  for (guint p = 0; p < HIP_N_PLANES; p++)
    if (hip_exercise_has_plane (exercise, p))
      append (box, badge (hip_plane_get_label (p), "plane-badge",
                          hip_enum_to_nick (HIP_TYPE_PLANE, p)));
}

void
hip_badges_add_actions (GtkWidget   *box,
                        HipExercise *exercise,
                        gboolean     primary_only)
{
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    {
      double weight = hip_exercise_get_action_weight (exercise, a);

      if (weight <= 0 || (primary_only && !hip_exercise_is_primary_action (exercise, a)))
        continue;
      append (box, badge (hip_action_get_label (a), "action-chip",
                          hip_exercise_is_primary_action (exercise, a) ? "primary" : NULL));
    }
}

/* The badge of the person's own exercises, beside the planes: nothing for the catalogue's. */
void
hip_badges_add_own (GtkWidget   *box,
                    HipExercise *exercise)
{
  GtkWidget *label;

  if (hip_exercise_get_origin (exercise) != HIP_ORIGIN_USER)
    return;
  label = badge (hip_badges_own_label (), "own-badge", NULL);
  gtk_widget_set_tooltip_text (label, _("An exercise you made"));
  append (box, label);
}

/* The word on the badge of the person's own exercises, shared by the cards' drawing. */
const char *
hip_badges_own_label (void)
{
  /* Translators: the badge of an exercise the person made, a word or two */
  return _("Yours");
}
