/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loads are stored in kilograms whatever the person reads them in: the log, the profile's step
 * and the progression's rules stay in one unit, and only what is shown or typed converts. The
 * smallest load step is set in the person's unit and kept in kilograms exactly, not to the
 * gram, so that 5 lb reads back as 5 lb; in the other unit it is the nearest step people can
 * make there (1 kg is 2.5 lb, not 2.2 lb). */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hip-units.h"

/* Returns: @kg in @units */
double
hip_units_from_kg (double   kg,
                   HipUnits units)
{
  return units == HIP_UNITS_POUNDS ? kg / HIP_KG_PER_LB : kg;
}

/* Returns: @value, in @units, in kilograms; pounds come back to the gram, so that a load typed
 * as 45 lb is not stored with digits nobody entered. */
double
hip_units_to_kg (double   value,
                 HipUnits units)
{
  if (units != HIP_UNITS_POUNDS)
    return value;
  return round (value * HIP_KG_PER_LB * 1000) / 1000;
}

/* Returns: the unit's symbol, "kg" or "lb", translated */
const char *
hip_units_symbol (HipUnits units)
{
  /* Translators: the symbols of kilograms and pounds, after a load */
  return units == HIP_UNITS_POUNDS ? _("lb") : _("kg");
}

/**
 * hip_units_format_load:
 * @kg: a load in kilograms
 * @units: the unit to show it in
 *
 * Returns: (transfer full): "12.5 kg", "12.25 kg" when a quarter kilo needs the second digit,
 *   or "27.6 lb"
 */
char *
hip_units_format_load (double   kg,
                       HipUnits units)
{
  double value = hip_units_from_kg (kg, units);

  if (units == HIP_UNITS_POUNDS)
    /* Translators: a load, "27.6 lb" */
    return g_strdup_printf (_("%.1f lb"), value);
  /* To the gram a load typed in pounds was stored to, 20.003 kg is 20.0 kg. */
  if ((long) round (value * 100) % 10 == 0)
    /* Translators: a load, "12.5 kg" */
    return g_strdup_printf (_("%.1f kg"), value);
  /* Translators: a load, "12.25 kg" */
  return g_strdup_printf (_("%.2f kg"), value);
}

/**
 * hip_units_parse_kg:
 * @text: a prescription's load, as written in a programme
 * @kg: (out): the load
 *
 * Returns: whether @text is exactly a load in kilograms: "12.5 kg" (also with a comma, as a
 *   translation may write it) or the like
 */
gboolean
hip_units_parse_kg (const char *text,
                    double     *kg)
{
  g_autofree char *number = g_strdup (text);
  char *end;

  g_strdelimit (number, ",", '.');
  *kg = g_ascii_strtod (number, &end);
  if (end == number || !isfinite (*kg) || *kg < 0)
    return FALSE;
  while (*end == ' ')
    end++;
  return g_str_equal (end, "kg") || g_str_equal (end, _("kg"));
}

/**
 * hip_units_convert_text:
 * @text: (nullable): a prescription's load, as written in a programme: "12.5 kg", "light band"
 * @units: the unit to show it in
 *
 * Returns: (transfer full) (nullable): @text in @units when it is exactly a load in kilograms,
 *   else @text unchanged
 */
char *
hip_units_convert_text (const char *text,
                        HipUnits    units)
{
  double kg;

  if (text == NULL || units == HIP_UNITS_KILOGRAMS || !hip_units_parse_kg (text, &kg))
    return g_strdup (text);
  return hip_units_format_load (kg, units);
}

/* The steps people can make: small dumbbells, fractional and standard plates. */
static const double kilogram_steps[] = { 0.5, 1, 1.25, 2, 2.5, 5, 10 };
static const double pound_steps[] = { 1, 2.5, 5, 10, 20 };

/* Whether @value is a whole number of hundredths, as a step set in that unit is: no step of
 * 0.25–10 kg in hundredths is one in pounds, nor one of 1–22 lb in kilograms. */
static gboolean
whole_hundredths (double value)
{
  return fabs (value * 100 - round (value * 100)) < 1e-6;
}

/**
 * hip_units_load_step:
 * @kg: the profile's smallest load step, in kilograms
 * @units: the unit to read it in
 *
 * Returns: the step in @units: as the person set it, when they set it in @units, or else the
 *   step nearest to it that people make in @units (1 kg is 2.5 lb, 5 lb is 2.5 kg)
 */
double
hip_units_load_step (double   kg,
                     HipUnits units)
{
  double value = hip_units_from_kg (kg, units);
  const double *steps = units == HIP_UNITS_POUNDS ? pound_steps : kilogram_steps;
  guint n = units == HIP_UNITS_POUNDS ? G_N_ELEMENTS (pound_steps)
                                      : G_N_ELEMENTS (kilogram_steps);
  double nearest = steps[0];

  if (whole_hundredths (value))
    return round (value * 100) / 100;
  for (guint i = 1; i < n; i++)
    if (fabs (steps[i] - value) < fabs (nearest - value))
      nearest = steps[i];
  return nearest;
}

/**
 * hip_units_load_step_to_kg:
 * @step: a smallest load step in @units
 * @units: its unit
 *
 * Returns: @step in kilograms, exactly (hip_units_to_kg() keeps loads to the gram; a step kept
 *   so would not read back as the same number of pounds)
 */
double
hip_units_load_step_to_kg (double   step,
                           HipUnits units)
{
  return units == HIP_UNITS_POUNDS ? step * HIP_KG_PER_LB : step;
}

/* Returns: (transfer full): the profile's step @kg as the person reads it in @units:
 *   "2.5 lb" for 1 kg (hip_units_load_step()) */
char *
hip_units_format_load_step (double   kg,
                            HipUnits units)
{
  return hip_units_format_load (hip_units_load_step_to_kg (hip_units_load_step (kg, units), units),
                                units);
}
