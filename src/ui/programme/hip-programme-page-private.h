/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For HipProgrammePage's own files (the page, hip-programme-page.c, and its edits with Undo,
 * hip-programme-page-edits.c) and for the tests. */
#pragma once

#include "hip-balance-wheel.h"
#include "hip-catalogue.h"
#include "hip-programme-page.h"
#include "hip-stills.h"

G_BEGIN_DECLS

struct _HipProgrammePage
{
  AdwBin            parent_instance;

  HipCoach         *coach;
  HipCatalogue     *catalogue;
  HipStills        *stills;        /* (nullable): the rows' stills */
  GPtrArray        *programmes;    /* of HipProgrammeInfo, as listed in the drop-down */
  HipPlan          *plan;          /* the coach's active one, until programme-changed */
  gint64            id;
  guint             week;
  GPtrArray        *problems;      /* of HipProblem, this week's */
  gboolean          updating;

  /* The last edit's Undo: the programme as it was before it, while its toast is shown */
  HipPlan          *undo_plan;
  gint64            undo_id;
  AdwToast         *undo_toast;
  gboolean          saving;        /* programme-changed is the page's own save */

  AdwToastOverlay  *toasts;
  GtkStack         *page_stack;
  GtkScrolledWindow *scroller;
  GtkDropDown      *programmes_dropdown;
  GtkLabel         *week_label;
  GtkLabel         *week_days_label;
  GtkLabel         *notes_label;
  HipBalanceWheel  *wheel;
  AdwPreferencesGroup *problems_group;
  GtkWidget        *problem_rows;  /* the box holding the group's rows, rebuilt on change */
  GtkBox           *sessions_box;
};

/* hip-programme-page.c */
void           hip_programme_page_toast       (HipProgrammePage *self,
                                               const char       *text);
GtkWindow     *hip_programme_page_get_window  (HipProgrammePage *self);

/* hip-programme-page-edits.c */
void           hip_programme_page_install_edit_actions (GtkWidgetClass *widget_class);
void           hip_programme_page_forget_undo (HipProgrammePage *self);

/* For the tests */
gint64         hip_programme_page_get_id      (HipProgrammePage *self);
const HipPlan *hip_programme_page_get_plan    (HipProgrammePage *self);
GPtrArray     *hip_programme_page_get_problems (HipProgrammePage *self);
guint          hip_programme_page_get_week    (HipProgrammePage *self);
GtkWidget     *hip_programme_page_get_wheel   (HipProgrammePage *self);
const char    *hip_programme_page_get_notes   (HipProgrammePage *self);

G_END_DECLS
