/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For HipWindow's own files: the window (hip-window.c), its actions (hip-window-actions.c) and
 * its long work (hip-window-work.c). */
#pragma once

#include "hip-catalogue.h"
#include "hip-exercise-browser.h"
#include "hip-exercise-detail.h"
#include "hip-first-run.h"
#include "hip-programme-page.h"
#include "hip-progress-page.h"
#include "hip-today-page.h"
#include "hip-window.h"

G_BEGIN_DECLS

struct _HipWindow
{
  AdwApplicationWindow  parent_instance;

  HipApplication       *application;
  GSettings            *settings;

  HipFirstRun          *first_run;

  /* Template widgets */
  GtkStack             *main_stack;

  /* The main pages, from ui/hip-main-page.ui: see ensure_main() */
  GtkWidget            *main_page;
  AdwBin               *programme_bin;
  AdwBin               *today_bin;
  AdwBin               *progress_bin;
  GtkButton            *back_button;
  GtkInfoBar           *problem_bar;
  GtkLabel             *problem_label;
  GtkInfoBar           *blocked_bar;
  AdwViewStack         *stack;
  AdwSqueezer          *title_squeezer;
  AdwViewSwitcher      *switcher;
  GtkWidget            *window_title;
  AdwViewSwitcherBar   *switcher_bar;
  guint                 switcher_tick;  /* shows or hides switcher_bar: see title_squeezed_cb() */
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  AdwLeaflet           *exercises_leaflet;

  /* Built the first time they are needed (see ensure_browser() and the others) */
  HipExerciseBrowser   *browser;
  HipExerciseDetail    *detail;
  HipProgrammePage     *programme_page;
  HipTodayPage         *today_page;
  HipProgressPage      *progress_page;
};

HipCoach           *hip_window_get_coach       (HipWindow      *self);
HipCatalogue       *hip_window_get_catalogue   (HipWindow      *self);
HipExerciseBrowser *hip_window_ensure_browser  (HipWindow      *self);
void                hip_window_show_page       (HipWindow      *self,
                                                const char     *page);
void                hip_window_show_first_run  (HipWindow      *self);
void                hip_window_install_actions (GtkWidgetClass *widget_class);
void                hip_window_restore_from    (HipWindow      *self,
                                                const char     *path);
void                hip_window_review_import   (HipWindow      *self,
                                                const char     *path);
void                hip_window_import_csv      (HipWindow      *self,
                                                const char     *path);
void                hip_window_backup_to       (HipWindow      *self,
                                                const char     *path);
void                hip_window_export_csv      (HipWindow      *self,
                                                const char     *path);
void                hip_window_tell            (HipWindow      *self,
                                                const char     *title,
                                                const char     *body);

/* Long work on a worker thread, its progress shown (hip-window-work.c) */
typedef struct _HipWindowWork HipWindowWork;

HipWindowWork      *hip_window_work_new        (HipWindow      *self,
                                                const char     *heading,
                                                const char     *body,
                                                gboolean        cancellable);
GCancellable       *hip_window_work_get_cancellable (HipWindowWork *work);
HipWindow          *hip_window_work_done       (HipWindowWork  *work);
void                hip_window_install_own_actions (GtkWidgetClass *widget_class);

/* For the tests: */
GtkWidget   *hip_window_get_browser        (HipWindow      *self);
HipFirstRun *hip_window_get_first_run      (HipWindow      *self);
HipProgrammePage *hip_window_get_programme_page (HipWindow *self);
HipProgressPage  *hip_window_get_progress_page  (HipWindow *self);
HipExercise *hip_window_get_shown_exercise (HipWindow      *self);
HipTodayPage     *hip_window_get_today_page     (HipWindow *self);

G_END_DECLS
