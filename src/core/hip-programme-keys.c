/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The keys of a programme file, each read as what it must be: a value missing, unreadable,
 * unknown or out of range is an error that names the group and the key. */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-input.h"
#include "hip-programme-file-private.h"
#include "hip-vocabulary.h"

void
hip_key_set_list (GKeyFile           *kf,
                  const char         *group,
                  const char         *key,
                  const char * const *values)
{
  static const char * const none[] = { NULL };

  values = values != NULL ? values : none;
  g_key_file_set_string_list (kf, group, key, values, g_strv_length ((char **) values));
}

gboolean
hip_key_invalid (GError     **error,
                 const char  *group,
                 const char  *key,
                 const char  *format,
                 ...)
{
  g_autofree char *reason = NULL;
  g_autofree char *shown_group = NULL, *shown_key = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* A group or key may be the file's own text: shown short, with no control characters. */
  group = shown_group = hip_input_echo (group, -1);
  if (key != NULL)
    key = shown_key = hip_input_echo (key, -1);
  if (key != NULL)
    /* Translators: a group of the programme file, e.g. “Week 1 Session 2”, a key in it, e.g.
     * “Sets”, then why its value is wrong */
    g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                 _("[%s] %s: %s"), group, key, reason);
  else
    g_set_error (error, HIP_PROGRAMME_FILE_ERROR, HIP_PROGRAMME_FILE_ERROR_INVALID,
                 _("[%s]: %s"), group, reason);
  return FALSE;
}

/* As hip_key_invalid(), for a reason whose one `%s` is @text of the file, shown through
 * hip_input_echo(). */
gboolean
hip_key_invalid_echo (GError     **error,
                      const char  *group,
                      const char  *key,
                      const char  *format,
                      const char  *text)
{
  g_autofree char *shown = hip_input_echo (text, -1);

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return hip_key_invalid (error, group, key, format, shown);
#pragma GCC diagnostic pop
}

/* Whether @text holds a control character a terminal would act on (ESC, BEL, CSI…): refused,
 * as the file's text is shown and stored. A line break or tab in a longer text is fine. */
static gboolean
has_escape (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0))
        return TRUE;
    }
  return FALSE;
}

char *
hip_key_string (HipKeyReader  *r,
                const char    *group,
                const char    *key,
                guint          max_chars,
                GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *text = NULL;

  if (!g_key_file_has_key (r->kf, group, key, NULL))
    {
      hip_key_invalid (error, group, key, _("the key is missing"));
      return NULL;
    }
  text = g_key_file_get_string (r->kf, group, key, &local);
  if (text == NULL)
    {
      g_autofree char *shown = hip_input_echo_full (local->message, -1, 200);

      hip_key_invalid (error, group, key, _("the value cannot be read (%s)"), shown);
    }
  else if (g_utf8_strlen (text, -1) > max_chars)
    {
      hip_key_invalid (error, group, key,
                       g_dngettext (GETTEXT_PACKAGE, "longer than %u character",
                                    "longer than %u characters", max_chars), max_chars);
      g_clear_pointer (&text, g_free);
    }
  else if (has_escape (text))
    {
      hip_key_invalid (error, group, key, _("holds a control character"));
      g_clear_pointer (&text, g_free);
    }
  return g_steal_pointer (&text);
}

GStrv
hip_key_list (HipKeyReader  *r,
              const char    *group,
              const char    *key,
              GError       **error)
{
  g_autoptr(GError) local = NULL;
  g_auto(GStrv) list = NULL;
  gsize n = 0;

  if (!g_key_file_has_key (r->kf, group, key, NULL))
    {
      hip_key_invalid (error, group, key, _("the key is missing"));
      return NULL;
    }
  /* An empty value is an empty list; a value that cannot be read (not UTF-8, a bad escape) is
   * an error, never the same as no items. */
  list = g_key_file_get_string_list (r->kf, group, key, &n, &local);
  if (list == NULL)
    {
      g_autofree char *shown = hip_input_echo_full (local != NULL ? local->message : "", -1, 200);

      hip_key_invalid (error, group, key, _("the value cannot be read (%s)"), shown);
      return NULL;
    }
  for (guint i = 0; list[i] != NULL; i++)
    if (*list[i] == '\0' || !g_utf8_validate (list[i], -1, NULL) ||
        g_utf8_strlen (list[i], -1) > HIP_PROGRAMME_MAX_TEXT)
      {
        hip_key_invalid (error, group, key, _("item %u is empty, too long or not UTF-8"), i + 1);
        return NULL;
      }
    else if (has_escape (list[i]))
      {
        hip_key_invalid (error, group, key, _("item %u holds a control character"), i + 1);
        return NULL;
      }
  return g_steal_pointer (&list);
}

gboolean
hip_key_uint (HipKeyReader  *r,
              const char    *group,
              const char    *key,
              guint          min,
              guint          max,
              guint         *value,
              GError       **error)
{
  g_autofree char *text = hip_key_string (r, group, key, 40, error);
  g_autofree char *shown = NULL;
  guint64 v;

  if (text == NULL)
    return FALSE;
  shown = hip_input_echo (g_strstrip (text), -1);
  if (!g_ascii_string_to_unsigned (text, 10, min, max, &v, NULL))
    return hip_key_invalid (error, group, key, _("“%s” is not a whole number from %u to %u"),
                            shown, min, max);
  *value = v;
  return TRUE;
}

gboolean
hip_key_bool (HipKeyReader  *r,
              const char    *group,
              const char    *key,
              gboolean      *value,
              GError       **error)
{
  g_autofree char *text = hip_key_string (r, group, key, 40, error);
  g_autofree char *shown = NULL;

  if (text == NULL)
    return FALSE;
  g_strstrip (text);
  if (strcmp (text, "true") == 0 || strcmp (text, "false") == 0)
    {
      *value = text[0] == 't';
      return TRUE;
    }
  shown = hip_input_echo (text, -1);
  return hip_key_invalid (error, group, key, _("“%s” is neither true nor false"), shown);
}

gboolean
hip_key_nick (HipKeyReader  *r,
              const char    *group,
              const char    *key,
              GType          type,
              int           *value,
              GError       **error)
{
  g_autofree char *text = hip_key_string (r, group, key, 200, error);
  g_autofree char *shown = NULL;

  if (text == NULL)
    return FALSE;
  if (!hip_enum_from_nick (type, g_strstrip (text), value))
    {
      shown = hip_input_echo (text, -1);
      return hip_key_invalid (error, group, key, _("unknown value “%s”"), shown);
    }
  return TRUE;
}

gboolean
hip_key_equipment (HipKeyReader  *r,
                   const char    *group,
                   const char    *key,
                   HipEquipment  *equipment,
                   GError       **error)
{
  g_auto(GStrv) items = hip_key_list (r, group, key, error);

  if (items == NULL)
    return FALSE;
  *equipment = HIP_EQUIPMENT_NONE;
  for (guint i = 0; items[i] != NULL; i++)
    {
      HipEquipment one;

      if (strcmp (items[i], "none") == 0)
        continue;
      if (!hip_equipment_from_nick (items[i], &one))
        {
          g_autofree char *shown = hip_input_echo (items[i], -1);

          return hip_key_invalid (error, group, key, _("unknown equipment “%s”"), shown);
        }
      *equipment |= one;
    }
  return TRUE;
}

gboolean
hip_key_check (HipKeyReader        *r,
               const char          *group,
               const char * const  *known,
               GError             **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (r->kf, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (!g_strv_contains (known, keys[i]))
      return hip_key_invalid (error, group, keys[i], _("not a key of this group"));
  return TRUE;
}
