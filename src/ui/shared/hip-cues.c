/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdlib.h>

#include <string.h>
#include <glib/gi18n.h>
#include <gsound.h>
#include <libspeechd.h>

#include "hip-cues.h"
#include "hip-cues-private.h"

/**
 * HipCues:
 *
 * What a person with their eyes on the floor hears: the desktop's sound theme when a rest or a
 * hold is over (GSound), and, if they ask for it, spoken cues through speech-dispatcher (the
 * exercise, the set, the last seconds of a countdown). Both are off unless turned on
 * (HipCues:sounds, HipCues:voice), and both fall silent, never fail, without a sound server or
 * a speech daemon: the connections are made on first use and given up on for good when they
 * cannot be. The voice speaks the language of the translation the texts come from (German
 * text read by an English voice is hard to follow), and the tests hear it through a speaker of
 * their own (hip_cues_set_speaker()).
 */
struct _HipCues
{
  GObject          parent_instance;

  gboolean         sounds;
  gboolean         voice;
  GSoundContext   *sound;
  gboolean         sound_tried;
  SPDConnection   *speech;
  gboolean         speech_tried;
  char            *language;
  HipCuesSpeaker   speaker;
  gpointer         speaker_data;
};

G_DEFINE_FINAL_TYPE (HipCues, hip_cues, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOUNDS,
  PROP_VOICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The freedesktop sound theme's names for each cue. */
static const char *cue_events[] = {
  [HIP_CUE_REST_OVER] = "complete",
  [HIP_CUE_HOLD_OVER] = "bell",
};

HipCues *
hip_cues_new (void)
{
  return g_object_new (HIP_TYPE_CUES, NULL);
}

/**
 * hip_cues_language_from_header:
 * @header: (nullable): a message catalogue's header (the translation of "")
 *
 * Returns: (transfer full): the catalogue's language as speech-dispatcher names languages
 *   ("de", "pt-BR"); "en", the texts' own, without a catalogue or a Language field
 */
char *
hip_cues_language_from_header (const char *header)
{
  const char *field = header != NULL ? strstr (header, "Language: ") : NULL;
  g_autofree char *language = NULL;

  if (field == NULL || (field != header && field[-1] != '\n'))
    return g_strdup ("en");
  field += strlen ("Language: ");
  language = g_strndup (field, strcspn (field, "\n"));
  g_strstrip (language);
  if (*language == '\0')
    return g_strdup ("en");
  g_strdelimit (language, "_", '-');
  return g_steal_pointer (&language);
}

/**
 * hip_cues_get_language:
 *
 * Returns: the language the cues are spoken in: the one of the translation in use
 */
const char *
hip_cues_get_language (HipCues *self)
{
  g_return_val_if_fail (HIP_IS_CUES (self), NULL);
  return self->language;
}

/**
 * hip_cues_set_speaker:
 * @speaker: (nullable): what says the cues instead of speech-dispatcher, or %NULL for it again
 *
 * For the tests: the texts that would be spoken, and in which language, without a daemon.
 */
void
hip_cues_set_speaker (HipCues        *self,
                      HipCuesSpeaker  speaker,
                      gpointer        data)
{
  g_return_if_fail (HIP_IS_CUES (self));
  self->speaker = speaker;
  self->speaker_data = data;
}

/* speech-dispatcher's connection, opened on first use and in the cues' language. */
static SPDConnection *
speech (HipCues *self)
{
  if (!self->speech_tried)
    {
      char *error = NULL;

      self->speech_tried = TRUE;
      /* SPD_MODE_THREADED: saying never waits for the daemon. With no daemon, the message
       * libspeechd writes is ours to free (spd_open() would drop it, leaked). */
      self->speech = spd_open2 ("strong-hips", "cues", NULL, SPD_MODE_THREADED, NULL, TRUE,
                                &error);
      if (self->speech == NULL)
        g_debug ("No speech-dispatcher, spoken cues stay silent: %s", error);
      else if (spd_set_language (self->speech, self->language) != 0)
        g_debug ("speech-dispatcher has no voice for “%s”", self->language);
      free (error);
    }
  return self->speech;
}

void
hip_cues_play (HipCues *self,
               HipCue   cue)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HIP_IS_CUES (self));
  g_return_if_fail (cue < G_N_ELEMENTS (cue_events));

  if (!self->sounds)
    return;
  if (!self->sound_tried)
    {
      self->sound_tried = TRUE;
      self->sound = gsound_context_new (NULL, &error);
      if (self->sound == NULL)
        g_debug ("No sounds: %s", error->message);
      g_clear_error (&error);
    }
  if (self->sound != NULL &&
      !gsound_context_play_simple (self->sound, NULL, &error,
                                   GSOUND_ATTR_EVENT_ID, cue_events[cue], NULL))
    g_debug ("The %s sound did not play: %s", cue_events[cue], error->message);
}

void
hip_cues_say (HipCues    *self,
              const char *text)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *spoken = NULL;

  g_return_if_fail (HIP_IS_CUES (self));

  if (!self->voice || text == NULL)
    return;
  /* The screen's separators ("Set 2 of 3 · left side") are said as pauses, not as dots. */
  parts = g_strsplit (text, " · ", -1);
  spoken = g_strjoinv (", ", parts);
  if (self->speaker != NULL)
    self->speaker (spoken, self->language, self->speaker_data);
  /* SPD_MESSAGE: cues are said in turn (the exercise, then its set), each whole. */
  else if (speech (self) != NULL)
    spd_say (self->speech, SPD_MESSAGE, spoken);
}

static void
hip_cues_finalize (GObject *object)
{
  HipCues *self = HIP_CUES (object);

  g_clear_object (&self->sound);
  g_clear_pointer (&self->speech, spd_close);
  g_free (self->language);
  G_OBJECT_CLASS (hip_cues_parent_class)->finalize (object);
}

static void
hip_cues_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HipCues *self = HIP_CUES (object);

  switch (prop_id)
    {
    case PROP_SOUNDS:
      g_value_set_boolean (value, self->sounds);
      break;
    case PROP_VOICE:
      g_value_set_boolean (value, self->voice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_cues_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HipCues *self = HIP_CUES (object);

  switch (prop_id)
    {
    case PROP_SOUNDS:
      self->sounds = g_value_get_boolean (value);
      break;
    case PROP_VOICE:
      self->voice = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_cues_class_init (HipCuesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hip_cues_finalize;
  object_class->get_property = hip_cues_get_property;
  object_class->set_property = hip_cues_set_property;

  properties[PROP_SOUNDS] =
    g_param_spec_boolean ("sounds", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOICE] =
    g_param_spec_boolean ("voice", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hip_cues_init (HipCues *self)
{
  /* The catalogue's header (the translation of "") names the translation the texts are in;
   * without one they are English. Straight from gettext: g_dgettext() may decide, once for
   * the process, not to translate at all. */
  self->language = hip_cues_language_from_header (dgettext (GETTEXT_PACKAGE, ""));
}
