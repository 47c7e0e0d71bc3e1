/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What is read from a file a person chose, and echoed back from it. A file is read only up to
 * a limit, so that a huge file or a device (/dev/zero) is refused before it fills the memory;
 * and any of its text a message shows goes through hip_input_echo(), so that a message stays
 * short and no escape sequence of the file reaches a terminal or a dialog. */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hip-input.h"

static gboolean
fail_errno (GError     **error,
            const char  *path,
            int          saved)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
               /* Translators: a file name, then the system's reason */
               _("Could not read %s: %s"), name, g_strerror (saved));
  return FALSE;
}

/* The callers' messages name the file already ("Nothing was imported from FILE: …"). */
static gboolean
fail_too_big (GError **error,
              gsize    limit)
{
  g_autofree char *size = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

  /* Translators: the largest size of a file that is read, such as "64.0 MiB" */
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
               _("the file is larger than %s, the most that is read"), size);
  return FALSE;
}

/* Reads at most @limit + 1 bytes of @fd into @buffer, growing it as the file proves longer. */
static gboolean
read_bounded (int          fd,
              gsize        limit,
              GByteArray  *buffer,
              int         *saved)
{
  guint8 chunk[65536];

  while (buffer->len <= limit)
    {
      gsize want = MIN (sizeof chunk, limit + 1 - buffer->len);
      gssize n = read (fd, chunk, want);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *saved = errno;
          return FALSE;
        }
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
    }
  return TRUE;
}

/**
 * hip_input_read_file:
 * @limit: the most bytes the file may hold (%HIP_INPUT_MAX_FILE for a file a person chose)
 * @contents: (out) (transfer full): the file's bytes, with a NUL after them
 * @length: (out): how many bytes (not counting that NUL)
 *
 * Reads a whole file, as g_file_get_contents() does, but never more than @limit bytes: a
 * larger regular file is refused before it is read, and a device or pipe (which does not say
 * its size) as soon as it gives more.
 *
 * Returns: %FALSE with @error set (a #GFileError) when the file cannot be read (the message
 *   names it) or is over @limit (the message says the limit; the caller names the file)
 */
gboolean
hip_input_read_file (const char  *path,
                     gsize        limit,
                     char       **contents,
                     gsize       *length,
                     GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  struct stat info;
  int saved = 0;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL && length != NULL, FALSE);

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return fail_errno (error, path, errno);
  if (fstat (fd, &info) != 0)
    saved = errno;
  else if (S_ISDIR (info.st_mode))
    saved = EISDIR;
  if (saved != 0)
    {
      close (fd);
      return fail_errno (error, path, saved);
    }
  if (S_ISREG (info.st_mode) && (guint64) info.st_size > limit)
    {
      close (fd);
      return fail_too_big (error, limit);
    }
  buffer = g_byte_array_sized_new (S_ISREG (info.st_mode) ? info.st_size + 1 : 65536);
  if (!read_bounded (fd, limit, buffer, &saved))
    {
      close (fd);
      return fail_errno (error, path, saved);
    }
  close (fd);
  if (buffer->len > limit)
    return fail_too_big (error, limit);
  *length = buffer->len;
  g_byte_array_append (buffer, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&buffer), FALSE);
  return TRUE;
}

/**
 * hip_input_has_control:
 * @text: UTF-8 text
 *
 * Returns: whether @text holds a C0 or C1 control character (a tab or line break included),
 *   which no name of an exercise may
 */
gboolean
hip_input_has_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        return TRUE;
    }
  return FALSE;
}

/* Whether @c would move a terminal's cursor, change its state or its text's direction: C0 and
 * C1 controls, DEL, and the bidirectional overrides and isolates. */
static gboolean
is_unsafe (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

/* Appends @c as it is shown. */
static void
append_shown (GString  *out,
              gunichar  c)
{
  if (c == '\n')
    g_string_append (out, "\\n");
  else if (c == '\r')
    g_string_append (out, "\\r");
  else if (c == '\t')
    g_string_append (out, "\\t");
  else if (c < 0x100 && is_unsafe (c))
    g_string_append_printf (out, "\\x%02x", c);
  else if (is_unsafe (c))
    g_string_append_printf (out, "\\u%04x", c);
  else
    g_string_append_unichar (out, c);
}

/**
 * hip_input_echo:
 * @text: text read from a file, which may be anything, even bytes that are not UTF-8
 * @length: its length in bytes, or -1 when it ends with a NUL
 *
 * The form in which a message may show text of a file: at most %HIP_INPUT_ECHO_CHARS
 * characters (a longer text is cut, and ends in "…"), with control characters written as
 * escapes (ESC as `\x1b`, a line break as `\n`), bidirectional overrides as `\u202e`, and
 * bytes that are not UTF-8 as `\xff`. Nothing in it can move a terminal's cursor or change
 * its title or colours.
 *
 * Returns: (transfer full): UTF-8 text, safe to print
 */
char *
hip_input_echo (const char *text,
                gssize      length)
{
  return hip_input_echo_full (text, length, HIP_INPUT_ECHO_CHARS);
}

/**
 * hip_input_echo_full:
 * @max_chars: the most characters shown, "…" included (at least 1)
 *
 * As hip_input_echo(), for a longer text (a library's message that quotes a file).
 *
 * Returns: (transfer full): UTF-8 text, safe to print
 */
char *
hip_input_echo_full (const char *text,
                     gssize      length,
                     guint       max_chars)
{
  GString *out = g_string_new (NULL);
  const char *end;
  gsize cut = 0;
  guint shown = 0;

  if (text == NULL)
    return g_string_free (out, FALSE);
  end = text + (length < 0 ? strlen (text) : (gsize) length);
  for (const char *p = text; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      gsize before = out->len;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
        }
      else
        {
          append_shown (out, c);
          p = g_utf8_next_char (p);
        }
      shown += g_utf8_strlen (out->str + before, -1);
      if (shown > max_chars)
        {
          /* The longest start that leaves room for the ellipsis. */
          g_string_truncate (out, cut);
          g_string_append (out, "…");
          break;
        }
      if (shown < max_chars)
        cut = out->len;
    }
  return g_string_free (out, FALSE);
}
