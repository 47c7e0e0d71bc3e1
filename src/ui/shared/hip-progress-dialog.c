/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The progress of long work on a worker thread (an import, a backup, a restore): a bar and,
 * when the work can be cancelled, Cancel. It appears only when the work takes more than a
 * moment, so a small file shows no dialog flashing by; until a fraction is known (a file
 * being read and parsed, a backup being copied) the bar pulses. Modal: the window's actions
 * wait until the work is done. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-progress-dialog.h"

/* Work shorter than this shows no dialog. */
#define SHOW_AFTER_MS 400
#define PULSE_MS 120

struct _HipProgressDialog
{
  AdwMessageDialog  parent_instance;

  GtkProgressBar   *bar;

  GCancellable     *cancellable;   /* (nullable): no Cancel without one */
  guint             show_id;
  guint             pulse_id;
  gboolean          done;
};

G_DEFINE_FINAL_TYPE (HipProgressDialog, hip_progress_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
hip_progress_dialog_dispose (GObject *object)
{
  HipProgressDialog *self = HIP_PROGRESS_DIALOG (object);

  g_clear_handle_id (&self->show_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (object), HIP_TYPE_PROGRESS_DIALOG);
  G_OBJECT_CLASS (hip_progress_dialog_parent_class)->dispose (object);
}

static void
hip_progress_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  HipProgressDialog *self = HIP_PROGRESS_DIALOG (dialog);

  /* Escape closes it too: the work is cancelled, and the dialog hides until it stops. */
  if (self->cancellable != NULL && g_str_equal (response, "cancel"))
    g_cancellable_cancel (self->cancellable);
  if (ADW_MESSAGE_DIALOG_CLASS (hip_progress_dialog_parent_class)->response != NULL)
    ADW_MESSAGE_DIALOG_CLASS (hip_progress_dialog_parent_class)->response (dialog, response);
}

/* Work that cannot be cancelled keeps its dialog (and the window blocked) until it is done:
 * Escape does not close it. */
static gboolean
hip_progress_dialog_close_request (GtkWindow *window)
{
  HipProgressDialog *self = HIP_PROGRESS_DIALOG (window);

  if (self->cancellable == NULL && !self->done)
    return TRUE;
  return GTK_WINDOW_CLASS (hip_progress_dialog_parent_class)->close_request (window);
}

static void
hip_progress_dialog_class_init (HipProgressDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_progress_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = hip_progress_dialog_close_request;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hip_progress_dialog_response;
  gtk_widget_class_set_template_from_resource (widget_class,
    "/io/github/stronghips/StrongHips/hip-progress-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HipProgressDialog, bar);
}

static void
hip_progress_dialog_init (HipProgressDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static gboolean
pulse_cb (gpointer data)
{
  HipProgressDialog *self = data;

  gtk_progress_bar_pulse (self->bar);
  return G_SOURCE_CONTINUE;
}

static gboolean
show_cb (gpointer data)
{
  HipProgressDialog *self = data;

  self->show_id = 0;
  gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

/**
 * hip_progress_dialog_new:
 * @heading: what is being done, e.g. "Importing Workouts"
 * @cancellable: (nullable): cancelled by Cancel; without one the dialog has no Cancel
 *
 * Makes the dialog and presents it after a moment, unless hip_progress_dialog_done() comes
 * first. The caller owns the returned reference and calls hip_progress_dialog_done() when
 * the work has stopped.
 *
 * Returns: (transfer full): the dialog
 */
HipProgressDialog *
hip_progress_dialog_new (GtkWindow    *parent,
                         const char   *heading,
                         const char   *body,
                         GCancellable *cancellable)
{
  HipProgressDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  self = g_object_new (HIP_TYPE_PROGRESS_DIALOG, "transient-for", parent, "heading", heading,
                       "body", body, NULL);
  g_object_ref_sink (self);
  if (cancellable != NULL)
    {
      self->cancellable = g_object_ref (cancellable);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"));
    }
  self->pulse_id = g_timeout_add (PULSE_MS, pulse_cb, self);
  self->show_id = g_timeout_add (SHOW_AFTER_MS, show_cb, self);
  return self;
}

/* @fraction: of the work done; 0 or less while it is not known (the bar pulses) */
void
hip_progress_dialog_set_fraction (HipProgressDialog *self,
                                  double             fraction)
{
  g_return_if_fail (HIP_IS_PROGRESS_DIALOG (self));

  /* Destroyed with its window (destroy-with-parent), the bar is gone. */
  if (self->done || self->bar == NULL || fraction <= 0.0)
    return;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_progress_bar_set_fraction (self->bar, MIN (fraction, 1.0));
}

/* The work has stopped: the dialog goes (or never comes). */
void
hip_progress_dialog_done (HipProgressDialog *self)
{
  g_return_if_fail (HIP_IS_PROGRESS_DIALOG (self));

  self->done = TRUE;
  g_clear_handle_id (&self->show_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_window_destroy (GTK_WINDOW (self));
}
