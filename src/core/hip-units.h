/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hip-types.h"

G_BEGIN_DECLS

/* The international avoirdupois pound, exactly. */
#define HIP_KG_PER_LB 0.45359237

double      hip_units_from_kg          (double      kg,
                                        HipUnits    units);
double      hip_units_to_kg            (double      value,
                                        HipUnits    units);
const char *hip_units_symbol           (HipUnits    units);
char       *hip_units_format_load      (double      kg,
                                        HipUnits    units);
char       *hip_units_convert_text     (const char *text,
                                        HipUnits    units);
double      hip_units_load_step        (double      kg,
                                        HipUnits    units);
double      hip_units_load_step_to_kg  (double      step,
                                        HipUnits    units);
char       *hip_units_format_load_step (double      kg,
                                        HipUnits    units);
gboolean    hip_units_parse_kg         (const char *text,
                                        double     *kg);

G_END_DECLS
