/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-education-topics.h"
#include "hip-education-window.h"
#include "hip-education-window-private.h"
#include "hip-widget-utils.h"

/**
 * HipEducationWindow:
 *
 * About Back Pain: short pages of self-management advice (SCIENCE.md §9), listed, and one
 * page that shows the topic chosen. A leaflet that never unfolds is libadwaita 1.2's way to go
 * from a list to a page and back: the back button, Alt+Left, the mouse's back button and a
 * swipe all return to the list. Escape closes the window.
 */
struct _HipEducationWindow
{
  AdwWindow          parent_instance;

  AdwLeaflet        *leaflet;
  GtkListBox        *topic_list;
  GtkScrolledWindow *page_scroll;
  GtkWidget         *page;
  GtkLabel          *page_title;
  GtkBox            *page_body;

  /* The topic on the page, kept when the list is shown again so that its row gets the focus. */
  int                topic;
};

G_DEFINE_FINAL_TYPE (HipEducationWindow, hip_education_window, ADW_TYPE_WINDOW)

static GtkWidget *
topic_row_new (const HipEducationTopic *topic)
{
  GtkWidget *row = hip_action_row_new (_(topic->title), _(topic->summary));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "education.show-topic");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", topic->id);
  return row;
}

/* A bullet point with a hanging indent: wrapped lines start under the text, not the bullet. */
static GtkWidget *
item_new (const char *text)
{
  GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bullet = g_object_new (GTK_TYPE_LABEL,
                                    "label", "•",
                                    "valign", GTK_ALIGN_START,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                    NULL);
  GtkWidget *label = hip_wrapped_label_new (text);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (item), bullet);
  gtk_box_append (GTK_BOX (item), label);
  return item;
}

/* Consecutive items share a box, so that a list sits closer together than the paragraphs. */
static void
fill_page (HipEducationWindow      *self,
           const HipEducationTopic *topic)
{
  GtkWidget *child, *list = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page_body))) != NULL)
    gtk_box_remove (self->page_body, child);
  gtk_label_set_label (self->page_title, _(topic->title));
  for (const HipEducationBlock *block = topic->blocks; block->text != NULL; block++)
    {
      if (block->kind == HIP_EDUCATION_ITEM)
        {
          if (list == NULL)
            {
              list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
              gtk_widget_set_margin_start (list, 6);
              gtk_box_append (self->page_body, list);
            }
          gtk_box_append (GTK_BOX (list), item_new (_(block->text)));
          continue;
        }
      list = NULL;
      child = hip_wrapped_label_new (_(block->text));
      if (block->kind == HIP_EDUCATION_HEADING)
        gtk_widget_add_css_class (child, "heading");
      gtk_box_append (self->page_body, child);
    }
}

static void
show_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  hip_education_window_show_topic (HIP_EDUCATION_WINDOW (widget),
                                   g_variant_get_string (parameter, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipEducationWindow *self = HIP_EDUCATION_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* However the list came back (button, key, swipe), the topic just read keeps the focus. */
static void
visible_child_cb (HipEducationWindow *self)
{
  GtkListBoxRow *row;

  if (hip_education_window_get_topic (self) != NULL)
    return;
  row = gtk_list_box_get_row_at_index (self->topic_list, MAX (self->topic, 0));
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
hip_education_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HIP_TYPE_EDUCATION_WINDOW);
  G_OBJECT_CLASS (hip_education_window_parent_class)->dispose (object);
}

static void
hip_education_window_class_init (HipEducationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_education_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-education-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HipEducationWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, HipEducationWindow, topic_list);
  gtk_widget_class_bind_template_child (widget_class, HipEducationWindow, page_scroll);
  gtk_widget_class_bind_template_child (widget_class, HipEducationWindow, page);
  gtk_widget_class_bind_template_child (widget_class, HipEducationWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, HipEducationWindow, page_body);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_cb);

  gtk_widget_class_install_action (widget_class, "education.show-topic", "s", show_topic_action);
  gtk_widget_class_install_action (widget_class, "education.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "education.back", NULL);
}

static void
hip_education_window_init (HipEducationWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < hip_education_topics_get_n (); i++)
    gtk_list_box_append (self->topic_list, topic_row_new (hip_education_topics_get (i)));
  self->topic = -1;
}

/**
 * hip_education_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new window showing the list of topics; present it
 */
HipEducationWindow *
hip_education_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (HIP_TYPE_EDUCATION_WINDOW, "transient-for", parent, NULL);
}

/**
 * hip_education_window_show_topic:
 * @topic: the topic's id: "common", "movement", "pain-not-damage", "pacing", "flare-up",
 *   "get-help" or "sources"
 *
 * Shows the page of @topic, from its top, as if it had been chosen in the list: the back
 * button returns to the list. Another page may so open the flare-up plan directly.
 */
void
hip_education_window_show_topic (HipEducationWindow *self,
                                 const char         *topic)
{
  int index;

  g_return_if_fail (HIP_IS_EDUCATION_WINDOW (self));
  g_return_if_fail (topic != NULL);

  index = hip_education_topics_find (topic);
  if (index < 0)
    {
      g_critical ("%s: no topic called “%s”", G_STRFUNC, topic);
      return;
    }
  self->topic = index;
  fill_page (self, hip_education_topics_get (index));
  adw_leaflet_set_visible_child_name (self->leaflet, "page");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->page_scroll), 0);
  /* The page has nothing to focus but its scrolled window, which then scrolls by keyboard. */
  gtk_widget_grab_focus (GTK_WIDGET (self->page_scroll));
}

/* Returns: (nullable): the id of the topic on show, or %NULL while the list is shown */
const char *
hip_education_window_get_topic (HipEducationWindow *self)
{
  g_return_val_if_fail (HIP_IS_EDUCATION_WINDOW (self), NULL);

  if (self->topic < 0 ||
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "page") != 0)
    return NULL;
  return hip_education_topics_get (self->topic)->id;
}

GtkListBox *
hip_education_window_get_topic_list (HipEducationWindow *self)
{
  g_return_val_if_fail (HIP_IS_EDUCATION_WINDOW (self), NULL);

  return self->topic_list;
}

/* Returns: (transfer none): what the topic page shows: its title, then its text */
GtkWidget *
hip_education_window_get_page (HipEducationWindow *self)
{
  g_return_val_if_fail (HIP_IS_EDUCATION_WINDOW (self), NULL);

  return self->page;
}
