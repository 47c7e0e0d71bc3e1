/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-application.h"
#include "hip-profile.h"
#include "hip-window.h"

G_BEGIN_DECLS

HipWindow *hip_test_app_start        (HipApplication **app);
void       hip_test_app_stop         (HipApplication  *app,
                                      HipWindow       *window);
void       hip_test_app_seed_profile (void);
void       hip_test_app_seed_programme (const HipProfile *profile);

/* A window on the data of someone past the first run, with a programme: where most UI tests
 * start. */
typedef struct
{
  HipApplication *app;
  HipWindow      *window;
} HipTestFixture;

void       hip_test_fixture_start    (HipTestFixture   *f,
                                      const HipProfile *profile);
void       hip_test_fixture_set_up   (HipTestFixture   *f,
                                      gconstpointer     profile);
void       hip_test_fixture_tear_down (HipTestFixture  *f,
                                      gconstpointer     data);

guint      hip_test_fixture_count_sets (HipTestFixture *f);

/* Adds @test, run in a HipTestFixture of @profile (a const HipProfile *, or NULL). */
#define hip_test_add_in_window(path, profile, test) \
  g_test_add ((path), HipTestFixture, (profile), hip_test_fixture_set_up, (test), \
              hip_test_fixture_tear_down)

G_END_DECLS
