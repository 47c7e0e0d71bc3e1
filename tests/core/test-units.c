/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loads shown and typed in the person's unit, stored in kilograms. */

#include "config.h"

#include <math.h>

#include "hip-units.h"
#include "hip-vocabulary.h"

static void
test_convert (void)
{
  static const struct
  {
    double kg;
    double lb;
  } cases[] = {
    { 0, 0 },
    { HIP_KG_PER_LB, 1 },
    { 1, 2.20462262 },
    { 2.5, 5.51155655 },
    { 20, 44.0924524 },
    { 100, 220.4622622 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpfloat_with_epsilon (hip_units_from_kg (cases[i].kg, HIP_UNITS_POUNDS),
                                      cases[i].lb, 1e-6);
      g_assert_cmpfloat_with_epsilon (hip_units_to_kg (cases[i].lb, HIP_UNITS_POUNDS),
                                      cases[i].kg, 0.0005);
      g_assert_cmpfloat (hip_units_from_kg (cases[i].kg, HIP_UNITS_KILOGRAMS), ==, cases[i].kg);
      g_assert_cmpfloat (hip_units_to_kg (cases[i].kg, HIP_UNITS_KILOGRAMS), ==, cases[i].kg);
    }
  /* A load typed in pounds is kept to the gram: 45 lb is 20.412 kg, not 20.41165665. */
  g_assert_cmpfloat (hip_units_to_kg (45, HIP_UNITS_POUNDS), ==, 20.412);
}

static void
test_format (void)
{
  static const struct
  {
    double      kg;
    HipUnits    units;
    const char *text;
  } cases[] = {
    { 0, HIP_UNITS_KILOGRAMS, "0.0 kg" },
    { 12.5, HIP_UNITS_KILOGRAMS, "12.5 kg" },
    { 12.25, HIP_UNITS_KILOGRAMS, "12.25 kg" },
    { 27.5, HIP_UNITS_KILOGRAMS, "27.5 kg" },
    { 20.003, HIP_UNITS_KILOGRAMS, "20.0 kg" },
    { 20, HIP_UNITS_POUNDS, "44.1 lb" },
    { 12.25, HIP_UNITS_POUNDS, "27.0 lb" },
    { 1, HIP_UNITS_POUNDS, "2.2 lb" },
    { HIP_KG_PER_LB * 45, HIP_UNITS_POUNDS, "45.0 lb" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hip_units_format_load (cases[i].kg, cases[i].units);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
  g_assert_cmpstr (hip_units_symbol (HIP_UNITS_KILOGRAMS), ==, "kg");
  g_assert_cmpstr (hip_units_symbol (HIP_UNITS_POUNDS), ==, "lb");
}

/* A prescription's load is free text: only a plain load in kilograms converts. */
static void
test_convert_text (void)
{
  static const struct
  {
    const char *text;
    HipUnits    units;
    const char *shown;
  } cases[] = {
    { "12.5 kg", HIP_UNITS_POUNDS, "27.6 lb" },
    { "20.0 kg", HIP_UNITS_POUNDS, "44.1 lb" },
    { "12,5 kg", HIP_UNITS_POUNDS, "27.6 lb" },
    { "10kg", HIP_UNITS_POUNDS, "22.0 lb" },
    { "12.5 kg", HIP_UNITS_KILOGRAMS, "12.5 kg" },
    { "light band", HIP_UNITS_POUNDS, "light band" },
    { "12.5 kg each hand", HIP_UNITS_POUNDS, "12.5 kg each hand" },
    { "3 sets", HIP_UNITS_POUNDS, "3 sets" },
    { "-5 kg", HIP_UNITS_POUNDS, "-5 kg" },
    { "", HIP_UNITS_POUNDS, "" },
    { NULL, HIP_UNITS_POUNDS, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = hip_units_convert_text (cases[i].text, cases[i].units);

      g_assert_cmpstr (shown, ==, cases[i].shown);
    }
}

/* The smallest load step: as set in the person's unit (5 lb reads back as 5 lb, not the
 * 5.0008 lb of 2.268 kg), else the nearest step people make in it (1 kg is 2.5 lb). */
static void
test_load_step (void)
{
  static const struct
  {
    double   step;        /* as set */
    HipUnits set_in;
    HipUnits read_in;
    double   read;
  } cases[] = {
    { 1, HIP_UNITS_KILOGRAMS, HIP_UNITS_KILOGRAMS, 1 },
    { 1.25, HIP_UNITS_KILOGRAMS, HIP_UNITS_KILOGRAMS, 1.25 },
    { 0.75, HIP_UNITS_KILOGRAMS, HIP_UNITS_KILOGRAMS, 0.75 },
    { 1, HIP_UNITS_KILOGRAMS, HIP_UNITS_POUNDS, 2.5 },
    { 0.25, HIP_UNITS_KILOGRAMS, HIP_UNITS_POUNDS, 1 },
    { 2.5, HIP_UNITS_KILOGRAMS, HIP_UNITS_POUNDS, 5 },
    { 5, HIP_UNITS_KILOGRAMS, HIP_UNITS_POUNDS, 10 },
    { 10, HIP_UNITS_KILOGRAMS, HIP_UNITS_POUNDS, 20 },
    { 5, HIP_UNITS_POUNDS, HIP_UNITS_POUNDS, 5 },
    { 2.5, HIP_UNITS_POUNDS, HIP_UNITS_POUNDS, 2.5 },
    { 1, HIP_UNITS_POUNDS, HIP_UNITS_KILOGRAMS, 0.5 },
    { 2.5, HIP_UNITS_POUNDS, HIP_UNITS_KILOGRAMS, 1.25 },
    { 5, HIP_UNITS_POUNDS, HIP_UNITS_KILOGRAMS, 2.5 },
    { 10, HIP_UNITS_POUNDS, HIP_UNITS_KILOGRAMS, 5 },
    { 20, HIP_UNITS_POUNDS, HIP_UNITS_KILOGRAMS, 10 },
    /* A pound step an earlier version kept to the gram. */
    { 2.268, HIP_UNITS_KILOGRAMS, HIP_UNITS_POUNDS, 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double kg = hip_units_load_step_to_kg (cases[i].step, cases[i].set_in);

      g_assert_cmpfloat (hip_units_load_step (kg, cases[i].read_in), ==, cases[i].read);
    }
  g_assert_cmpfloat (hip_units_load_step_to_kg (5, HIP_UNITS_POUNDS), ==, 5 * HIP_KG_PER_LB);
  {
    g_autofree char *kilo = hip_units_format_load_step (1, HIP_UNITS_POUNDS);
    g_autofree char *five = hip_units_format_load_step (5 * HIP_KG_PER_LB, HIP_UNITS_POUNDS);
    g_autofree char *plate = hip_units_format_load_step (1.25, HIP_UNITS_KILOGRAMS);

    g_assert_cmpstr (kilo, ==, "2.5 lb");
    g_assert_cmpstr (five, ==, "5.0 lb");
    g_assert_cmpstr (plate, ==, "1.25 kg");
  }

  /* Every step the profile's fields can give reads back as it was set, and never as a step
   * set in the other unit. */
  for (guint hundredths = 25; hundredths <= 1000; hundredths++)
    {
      double step = hundredths / 100.0;

      g_assert_cmpfloat (hip_units_load_step (step, HIP_UNITS_KILOGRAMS), ==, step);
      g_assert_cmpfloat (fmod (hip_units_load_step (step, HIP_UNITS_POUNDS), 0.5), ==, 0);
    }
  for (guint tenths = 10; tenths <= 220; tenths++)
    {
      double step = tenths / 10.0;
      double kg = hip_units_load_step_to_kg (step, HIP_UNITS_POUNDS);
      g_autofree char *text = NULL;

      g_assert_cmpfloat (hip_units_load_step (kg, HIP_UNITS_POUNDS), ==, step);
      g_assert_cmpfloat (fmod (hip_units_load_step (kg, HIP_UNITS_KILOGRAMS), 0.25), ==, 0);
      text = hip_units_format_load (kg, HIP_UNITS_POUNDS);
      g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, step);
    }
}

/* The units setting's nicks (in the GSettings schema) are the enum's. */
static void
test_nicks (void)
{
  int value;

  g_assert_true (hip_enum_from_nick (HIP_TYPE_UNITS, "kilograms", &value));
  g_assert_cmpint (value, ==, HIP_UNITS_KILOGRAMS);
  g_assert_true (hip_enum_from_nick (HIP_TYPE_UNITS, "pounds", &value));
  g_assert_cmpint (value, ==, HIP_UNITS_POUNDS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/units/convert", test_convert);
  g_test_add_func ("/core/units/format", test_format);
  g_test_add_func ("/core/units/convert-text", test_convert_text);
  g_test_add_func ("/core/units/nicks", test_nicks);
  g_test_add_func ("/core/units/load-step", test_load_step);

  return g_test_run ();
}
