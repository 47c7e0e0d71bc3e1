/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Print Programme… and Save as PDF…: the active programme's handout (src/diagram/hip-handout.c,
 * the same pages as `--export-pdf`) through GtkPrintOperation. The print dialog offers the
 * paper (A4, US letter…) and printing to a file; Save as PDF writes the PDF on A4 without a
 * dialog, as `--export-pdf` does. The week printed is the person's current week of the
 * programme. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hip-calendar.h"
#include "hip-handout.h"
#include "hip-programme-print.h"
#include "hip-store.h"

typedef struct
{
  HipPlan          *plan;
  char             *name;
  HipMotionLibrary *motions;
  HipHandout        handout;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  hip_plan_free (job->plan);
  g_free (job->name);
  g_object_unref (job->motions);
  g_free (job);
}

/* The week of the programme today falls in (the person's weeks: hip-calendar.c); week 1 before
 * it starts or without a start date, the last week after it ends. */
static guint
current_week (HipCoach      *coach,
              const HipPlan *plan)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint weeks = hip_handout_n_weeks (plan);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return CLAMP (hip_plan_week_of (plan, hip_coach_get_week_start (coach), &today, NULL), 1,
                MAX (weeks, 1));
}

static char *
programme_name (HipCoach *coach)
{
  gint64 active = hip_coach_get_active_programme (coach);
  g_autoptr(GPtrArray) programmes = hip_coach_list_programmes (coach, NULL);

  for (guint i = 0; programmes != NULL && i < programmes->len; i++)
    {
      HipProgrammeInfo *info = programmes->pdata[i];

      if (info->id == active)
        return g_strdup (info->name);
    }
  return NULL;
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  hip_handout_draw_page (&job->handout, gtk_print_context_get_cairo_context (context),
                         gtk_print_context_get_width (context),
                         gtk_print_context_get_height (context), page);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *message;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;
  gtk_print_operation_get_error (operation, &error);
  message = adw_message_dialog_new (parent, _("Could Not Print"),
                                    error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

/**
 * hip_programme_print:
 * @parent: the window the print dialog belongs to
 * @coach: the coach, for the active programme
 * @motions: the key poses
 * @export_path: (nullable): a PDF to write on A4 without a dialog; %NULL to show the print
 *   dialog
 * @error: set when there is no programme, or the PDF could not be written
 *
 * Prints, or saves as PDF, the handout of the active programme's current week.
 *
 * Returns: %FALSE when nothing could be printed (@error says why)
 */
gboolean
hip_programme_print (GtkWindow         *parent,
                     HipCoach          *coach,
                     HipMotionLibrary  *motions,
                     const char        *export_path,
                     GError           **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  HipPlan *plan;
  PrintJob *job;
  GtkPrintOperationResult result;

  g_return_val_if_fail (HIP_IS_COACH (coach), FALSE);
  g_return_val_if_fail (HIP_IS_MOTION_LIBRARY (motions), FALSE);

  plan = hip_coach_get_plan (coach, NULL);
  if (plan == NULL)
    {
      g_set_error (error, HIP_HANDOUT_ERROR, HIP_HANDOUT_ERROR_EMPTY,
                   _("There is no programme to print yet"));
      return FALSE;
    }
  job = g_new0 (PrintJob, 1);
  job->plan = hip_plan_copy (plan);
  job->name = programme_name (coach);
  job->motions = g_object_ref (motions);
  job->handout = (HipHandout) { job->plan, job->name, current_week (coach, job->plan),
                                job->motions };
  if (!hip_handout_check (&job->handout, error))
    {
      print_job_free (job);
      return FALSE;
    }
  /* Save as PDF writes as `--export-pdf` does (through src/core/hip-file.c): replaced whole or
   * not at all, a link's target replaced, a full disk or a read-only folder said in words. */
  if (export_path != NULL)
    {
      gboolean written = hip_handout_write_pdf (&job->handout, export_path, error);

      print_job_free (job);
      return written;
    }

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "hip-print-job", job,
                          (GDestroyNotify) print_job_free);
  gtk_print_operation_set_n_pages (operation, hip_handout_n_pages (&job->handout));
  /* The handout keeps its own margins, in points from the paper's corner. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, job->name != NULL ? job->name : _("Programme"));
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  /* The dialog offers the paper size (A4, US letter) and Print to File. */
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (done_cb), parent, 0);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
