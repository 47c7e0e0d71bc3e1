/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-catalogue.h"
#include "hip-log.h"

G_BEGIN_DECLS

GPtrArray *hip_test_history_generate (GRand        *rand,
                                      HipCatalogue *catalogue,
                                      const char   *first_day,
                                      guint         days);

GPtrArray *hip_test_history_generate_dense (GRand        *rand,
                                            HipCatalogue *catalogue,
                                            const char   *first_day,
                                            guint         days);

G_END_DECLS
