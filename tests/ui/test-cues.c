/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sounds and spoken cues fall silent, without a warning or a wait, where there is no sound
 * server or speech daemon (as here, and on many desktops): a session never depends on them.
 * The voice speaks the language of the translation in use, read from the build tree's
 * catalogues, and what it says is heard through the cues' speaker seam, without a daemon. */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "hip-cues.h"
#include "hip-cues-private.h"

typedef struct
{
  char *text;
  char *language;
} Said;

static void
said_free (Said *said)
{
  g_free (said->text);
  g_free (said->language);
  g_free (said);
}

static void
record (const char *text,
        const char *language,
        gpointer    data)
{
  Said *said = g_new (Said, 1);

  said->text = g_strdup (text);
  said->language = g_strdup (language);
  g_ptr_array_add (data, said);
}

/* Messages in @language (a LANGUAGE value; "" for none) from now on. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* Setting the text domain again makes gettext forget the messages it found. */
  textdomain (GETTEXT_PACKAGE);
}

static void
test_silent_without_daemons (void)
{
  g_autoptr(HipCues) cues = hip_cues_new ();
  gint64 start = g_get_monotonic_time ();

  /* Off by default: nothing is tried. */
  hip_cues_play (cues, HIP_CUE_REST_OVER);
  hip_cues_say (cues, "Clamshell");
  g_object_set (cues, "sounds", TRUE, "voice", TRUE, NULL);
  for (guint i = 0; i < 3; i++)
    {
      hip_cues_play (cues, HIP_CUE_REST_OVER);
      hip_cues_play (cues, HIP_CUE_HOLD_OVER);
      hip_cues_say (cues, "Set 1 of 3");
    }
  /* Tried once and given up on: a session's many cues do not each wait for a daemon. */
  g_test_message ("%.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_object_set (cues, "sounds", FALSE, "voice", FALSE, NULL);
  hip_cues_play (cues, HIP_CUE_REST_OVER);
}

/* The Language field of a catalogue's header, as speech-dispatcher names languages. */
static void
test_language_from_header (void)
{
  static const struct { const char *header; const char *language; } table[] = {
    { NULL, "en" },
    { "", "en" },
    { "Project-Id-Version: strong-hips\nLanguage: de\nMIME-Version: 1.0\n", "de" },
    { "Language: es\n", "es" },
    { "Project-Id-Version: x\nLanguage: pt_BR\n", "pt-BR" },
    { "Project-Id-Version: x\nLanguage: \n", "en" },
    { "Language-Team: German\nContent-Type: text/plain\n", "en" },
    { "X-Language: fr\n", "en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autofree char *language = hip_cues_language_from_header (table[i].header);

      g_assert_cmpstr (language, ==, table[i].language);
    }
}

/* The translation in use sets the voice: German messages, a German voice; Spanish, Spanish;
 * none, English. */
static void
test_language_in_use (void)
{
  static const struct { const char *env; const char *language; } table[] = {
    { "de", "de" }, { "es", "es" }, { "", "en" }, { "xx", "en" }, { "xx:es", "es" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr(HipCues) cues = NULL;

      use_language (table[i].env);
      cues = hip_cues_new ();
      g_assert_cmpstr (hip_cues_get_language (cues), ==, table[i].language);
    }
  use_language ("");
}

/* What is said, in which language, and only with the voice on; the screen's " · " is said as
 * a pause. */
static void
test_spoken (void)
{
  g_autoptr(GPtrArray) said = g_ptr_array_new_with_free_func ((GDestroyNotify) said_free);
  g_autoptr(HipCues) cues = NULL;
  const char *set;
  Said *first;

  use_language ("de");
  cues = hip_cues_new ();
  set = dgettext (GETTEXT_PACKAGE, "Set %u of %u · %s");
  g_assert_cmpstr (set, !=, "Set %u of %u · %s");
  hip_cues_set_speaker (cues, record, said);
  hip_cues_say (cues, "Muschel");
  g_assert_cmpuint (said->len, ==, 0);
  g_object_set (cues, "voice", TRUE, NULL);
  hip_cues_say (cues, "Muschel");
  hip_cues_say (cues, "Satz 1 von 3 · linke Seite · 12 Wiederholungen");
  hip_cues_say (cues, NULL);
  g_assert_cmpuint (said->len, ==, 2);
  first = said->pdata[0];
  g_assert_cmpstr (first->text, ==, "Muschel");
  g_assert_cmpstr (first->language, ==, "de");
  g_assert_cmpstr (((Said *) said->pdata[1])->text, ==,
                   "Satz 1 von 3, linke Seite, 12 Wiederholungen");
  g_object_set (cues, "voice", FALSE, NULL);
  hip_cues_say (cues, "3");
  g_assert_cmpuint (said->len, ==, 2);
  use_language ("");
}

int
main (int   argc,
      char *argv[])
{
  /* The build tree's catalogues (tests/meson.build passes their folder last). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, argc > 1 && argv[argc - 1][0] == '/' ? argv[--argc] : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/cues/silent-without-daemons", test_silent_without_daemons);
  g_test_add_func ("/ui/cues/language-from-header", test_language_from_header);
  g_test_add_func ("/ui/cues/language-in-use", test_language_in_use);
  g_test_add_func ("/ui/cues/spoken", test_spoken);
  return g_test_run ();
}
