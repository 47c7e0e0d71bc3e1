/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "hip-widget-utils.h"

/* Our GtkWidget subclasses parent their template's root directly (with a layout manager), so
 * they must unparent it themselves when disposed. */
void
hip_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}
