/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The command line as other programs run it: the program in a child, in a folder of its own. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *dir;      /* (nullable): a folder of the test's own, removed with the run */
  char *out;
  char *err;
  int   status;   /* the exit status, or -1 when the program did not exit */
} HipTestRun;

void hip_test_run            (HipTestRun         *run,
                              const char         *program,
                              const char         *dir,
                              const char * const *args);
void hip_test_run_clear      (HipTestRun         *run);
void hip_test_remove_tree    (const char         *path);
char *hip_test_make_device   (const char         *dir,
                              const char         *name);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (HipTestRun, hip_test_run_clear)

G_END_DECLS
