/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the fuzz targets share: the catalogue and its ids and names, made once per process. */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "hip-catalogue.h"
#include "hip-exercise-names.h"

HipCatalogue     *hip_fuzz_catalogue  (void);
GHashTable       *hip_fuzz_known_ids  (void);
HipExerciseNames *hip_fuzz_names      (void);

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
