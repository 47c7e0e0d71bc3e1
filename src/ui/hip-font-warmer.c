/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Text is the largest share of the work to the window's first frame: choosing each font
 * (fontconfig's substitutions), its metrics, and loading and hinting every glyph the page
 * measures. Pango caches all of it in its font map, which belongs to one thread at a time.
 *
 * So the fonts the last start's first frame used, with the characters it drew in each, are
 * kept in a small cache file. At the next start a second thread loads them into a new font
 * map while the main thread opens the display and parses the theme, which takes longer; the
 * map is then made the default before the window is built, and GTK finds the fonts already
 * there. When the file is missing, stale or damaged, nothing is warmed and GTK loads the
 * fonts itself, as it always does: the file is only ever a hint, rewritten after the frame. */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "hip-file.h"
#include "hip-font-warmer.h"

/* Enough for every font of the main pages; a file is only a cache, so it is kept small. */
#define MAX_FONTS 24
#define MAX_CHARACTERS 256
#define MAX_SIZE 200

/* What makes two Pango contexts share their fonts: the fonts are cached under these. */
typedef struct
{
  char                 *language;
  double                resolution;
  cairo_font_options_t *options;
  gboolean              round_positions;
} Context;

static void
context_clear (Context *context)
{
  g_clear_pointer (&context->language, g_free);
  g_clear_pointer (&context->options, cairo_font_options_destroy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

struct _HipFontWarmer
{
  char         *path;
  GThread      *thread;

  /* Written by the thread, read only after it is joined. The file's text and fonts are kept
   * for the record after the first frame, which merges them and rewrites only a change. */
  char         *data;
  gboolean      file_valid;
  Context       context;
  char        **descriptions;
  char        **characters;
  PangoFontMap *map;
  GPtrArray    *fonts;
};

static void
context_read (Context      *context,
              PangoContext *pango)
{
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (pango);

  context->language = g_strdup (pango_language_to_string (pango_context_get_language (pango)));
  context->resolution = pango_cairo_context_get_resolution (pango);
  context->options = options != NULL ? cairo_font_options_copy (options)
                                     : cairo_font_options_create ();
  context->round_positions = pango_context_get_round_glyph_positions (pango);
}

/* Whether @pango would find the fonts of a context like @context (no options are the
 * default ones). */
static gboolean
context_matches (const Context *context,
                 PangoContext  *pango)
{
  const cairo_font_options_t *options = pango_cairo_context_get_font_options (pango);
  cairo_font_options_t *defaults = options == NULL ? cairo_font_options_create () : NULL;
  gboolean same_options = cairo_font_options_equal (context->options,
                                                    options != NULL ? options : defaults);

  g_clear_pointer (&defaults, cairo_font_options_destroy);
  return same_options &&
         g_strcmp0 (context->language,
                    pango_language_to_string (pango_context_get_language (pango))) == 0 &&
         context->resolution == pango_cairo_context_get_resolution (pango) &&
         context->round_positions == pango_context_get_round_glyph_positions (pango);
}

static void
context_apply (const Context *context,
               PangoContext  *pango)
{
  pango_context_set_language (pango, pango_language_from_string (context->language));
  pango_cairo_context_set_resolution (pango, context->resolution);
  pango_cairo_context_set_font_options (pango, context->options);
  pango_context_set_round_glyph_positions (pango, context->round_positions);
}

static const char *context_group = "Context";
static const char *fonts_group = "Fonts";

static void
context_save (const Context *context,
              GKeyFile      *file)
{
  const cairo_font_options_t *o = context->options;

  g_key_file_set_string (file, context_group, "Language", context->language);
  g_key_file_set_double (file, context_group, "Resolution", context->resolution);
  g_key_file_set_integer (file, context_group, "Antialias", cairo_font_options_get_antialias (o));
  g_key_file_set_integer (file, context_group, "SubpixelOrder",
                          cairo_font_options_get_subpixel_order (o));
  g_key_file_set_integer (file, context_group, "HintStyle", cairo_font_options_get_hint_style (o));
  g_key_file_set_integer (file, context_group, "HintMetrics",
                          cairo_font_options_get_hint_metrics (o));
  g_key_file_set_boolean (file, context_group, "RoundGlyphPositions", context->round_positions);
}

/* An enumeration's value from the file, or -1 if absent or out of its range. */
static int
load_enum (GKeyFile   *file,
           const char *key,
           int         last)
{
  g_autoptr(GError) error = NULL;
  int value = g_key_file_get_integer (file, context_group, key, &error);

  return error == NULL && value >= 0 && value <= last ? value : -1;
}

static gboolean
context_load (Context  *context,
              GKeyFile *file)
{
  int antialias = load_enum (file, "Antialias", CAIRO_ANTIALIAS_BEST);
  int subpixel = load_enum (file, "SubpixelOrder", CAIRO_SUBPIXEL_ORDER_VBGR);
  int hint_style = load_enum (file, "HintStyle", CAIRO_HINT_STYLE_FULL);
  int hint_metrics = load_enum (file, "HintMetrics", CAIRO_HINT_METRICS_ON);
  g_autoptr(GError) error = NULL;

  context->language = g_key_file_get_string (file, context_group, "Language", NULL);
  context->resolution = g_key_file_get_double (file, context_group, "Resolution", &error);
  context->round_positions = g_key_file_get_boolean (file, context_group, "RoundGlyphPositions",
                                                     error == NULL ? &error : NULL);
  if (context->language == NULL || error != NULL || context->resolution <= 0 ||
      context->resolution > 10000 || antialias < 0 || subpixel < 0 || hint_style < 0 ||
      hint_metrics < 0)
    return FALSE;
  context->options = cairo_font_options_create ();
  cairo_font_options_set_antialias (context->options, antialias);
  cairo_font_options_set_subpixel_order (context->options, subpixel);
  cairo_font_options_set_hint_style (context->options, hint_style);
  cairo_font_options_set_hint_metrics (context->options, hint_metrics);
  return TRUE;
}

/* Loads one font and measures its characters, as a label's first measure would: that finds
 * the font, hints each glyph and computes the metrics, all kept in the font map. */
static void
warm_font (HipFontWarmer *self,
           PangoContext  *pango,
           const char    *description,
           const char    *characters)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (description);
  g_autoptr(PangoLayout) layout = pango_layout_new (pango);
  PangoFont *font;

  /* A damaged file must not make the start wait on a huge font or text. */
  if (pango_font_description_get_size (desc) > MAX_SIZE * PANGO_SCALE ||
      strlen (characters) > MAX_CHARACTERS * 4)
    return;
  font = pango_context_load_font (pango, desc);
  if (font == NULL)
    return;
  g_ptr_array_add (self->fonts, font);
  pango_font_metrics_unref (pango_context_get_metrics (pango, desc, NULL));
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, characters, -1);
  pango_layout_get_extents (layout, NULL, NULL);
}

/* Reads the file's fonts into @self, if it is whole and of a context it can name. */
static gboolean
read_file (HipFontWarmer *self)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  gsize n_descriptions = 0, n_characters = 0;

  if (!g_file_get_contents (self->path, &self->data, NULL, NULL) ||
      !g_key_file_load_from_data (file, self->data, -1, G_KEY_FILE_NONE, NULL) ||
      !context_load (&self->context, file))
    return FALSE;
  self->descriptions = g_key_file_get_string_list (file, fonts_group, "Descriptions",
                                                   &n_descriptions, NULL);
  self->characters = g_key_file_get_string_list (file, fonts_group, "Characters",
                                                 &n_characters, NULL);
  return self->descriptions != NULL && self->characters != NULL &&
         n_descriptions == n_characters;
}

static gpointer
warm_thread (gpointer data)
{
  HipFontWarmer *self = data;
  PangoContext *pango;

  self->file_valid = read_file (self);
  if (!self->file_valid)
    return NULL;
  self->map = pango_cairo_font_map_new ();
  pango = pango_font_map_create_context (self->map);
  context_apply (&self->context, pango);
  for (guint i = 0; self->descriptions[i] != NULL && i < MAX_FONTS; i++)
    warm_font (self, pango, self->descriptions[i], self->characters[i]);
  g_object_unref (pango);
  return NULL;
}

/**
 * hip_font_warmer_get_default_path:
 *
 * Returns: (transfer full): where the app keeps its font cache file
 */
char *
hip_font_warmer_get_default_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "strong-hips", "fonts.ini", NULL);
}

/**
 * hip_font_warmer_start:
 * @path: the cache file
 *
 * Starts loading, on a thread of its own, the fonts @path names. Call it before GTK starts.
 *
 * Returns: (transfer full): the warmer
 */
HipFontWarmer *
hip_font_warmer_start (const char *path)
{
  HipFontWarmer *self = g_new0 (HipFontWarmer, 1);

  self->path = g_strdup (path);
  self->fonts = g_ptr_array_new_with_free_func (g_object_unref);
  self->thread = g_thread_new ("warm-fonts", warm_thread, self);
  return self;
}

static void
join (HipFontWarmer *self)
{
  if (self->thread != NULL)
    g_thread_join (g_steal_pointer (&self->thread));
}

/**
 * hip_font_warmer_install:
 *
 * Waits for the thread and makes its font map, if it warmed one, this thread's default, so
 * that the widgets built after it use the fonts it loaded. Call it before building a window.
 */
void
hip_font_warmer_install (HipFontWarmer *self)
{
  join (self);
  if (self->map != NULL)
    pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (self->map));
}

/**
 * hip_font_warmer_get_fonts:
 *
 * Returns: (transfer none) (element-type PangoFont): the fonts the thread loaded
 */
GPtrArray *
hip_font_warmer_get_fonts (HipFontWarmer *self)
{
  join (self);
  return self->fonts;
}

/* Adds each visible character of @text that @characters (an array of gunichar) lacks, up to
 * MAX_CHARACTERS of them. */
static void
add_characters (GArray     *characters,
                const char *text)
{
  for (const char *p = text; *p != '\0' && characters->len < MAX_CHARACTERS;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean known = FALSE;

      for (guint i = 0; i < characters->len && !known; i++)
        known = g_array_index (characters, gunichar, i) == c;
      if (!known && g_unichar_isgraph (c))
        g_array_append_val (characters, c);
    }
}

static GArray *
characters_for (GHashTable *fonts,
                const char *description)
{
  GArray *characters = g_hash_table_lookup (fonts, description);

  if (characters == NULL)
    {
      characters = g_array_new (FALSE, FALSE, sizeof (gunichar));
      g_hash_table_insert (fonts, g_strdup (description), characters);
    }
  return characters;
}

static int
compare_characters (gconstpointer a,
                    gconstpointer b)
{
  gunichar x = *(const gunichar *) a, y = *(const gunichar *) b;

  return (x > y) - (x < y);
}

/* The characters in code-point order: the same set makes the same file, whatever page showed
 * them first, so that a start that draws nothing new leaves the file as it is. */
static char *
characters_to_string (GArray *characters)
{
  GString *text = g_string_new (NULL);

  g_array_sort (characters, compare_characters);
  for (guint i = 0; i < characters->len; i++)
    g_string_append_unichar (text, g_array_index (characters, gunichar, i));
  return g_string_free (text, FALSE);
}

static const char *
widget_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_TEXT (widget))
    return gtk_editable_get_text (GTK_EDITABLE (widget));
  return NULL;
}

/* Every font the labels and entries under @widget use in @context, each with the characters
 * they show in it (description → array of gunichar). A widget with font options of its own
 * has fonts the warmer's one context would not find: it is left out. */
static void
collect_fonts (GtkWidget     *widget,
               const Context *context,
               GHashTable    *fonts)
{
  const char *text = widget_text (widget);

  if (text != NULL)
    {
      PangoContext *pango = gtk_widget_get_pango_context (widget);

      if (context_matches (context, pango))
        {
          const PangoFontDescription *desc = pango_context_get_font_description (pango);
          g_autofree char *description = pango_font_description_to_string (desc);

          add_characters (characters_for (fonts, description), text);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      collect_fonts (child, context, fonts);
}

/* Adds the fonts of the last file, if it was of the same context: a start that shows another
 * page (the first run's welcome, say) must not make the next start of Today forget its fonts. */
static void
merge_previous (HipFontWarmer *self,
                PangoContext  *root,
                GHashTable    *fonts)
{
  if (!self->file_valid || !context_matches (&self->context, root))
    return;
  for (guint i = 0; self->descriptions[i] != NULL; i++)
    if (g_hash_table_contains (fonts, self->descriptions[i]) ||
        g_hash_table_size (fonts) < MAX_FONTS)
      add_characters (characters_for (fonts, self->descriptions[i]), self->characters[i]);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static gboolean
save (HipFontWarmer *self,
      GKeyFile      *file,
      GError       **error)
{
  g_autofree char *data = g_key_file_to_data (file, NULL, NULL);

  /* Most starts draw the fonts the last one did: the file is then left as it is. */
  if (g_strcmp0 (self->data, data) == 0)
    return TRUE;
  return hip_file_ensure_parent_dir (self->path, error) &&
         g_file_set_contents (self->path, data, -1, error);
}

/**
 * hip_font_warmer_record:
 * @root: a window that has drawn its first frame
 *
 * Writes the fonts @root uses, and the characters it shows in them, to the warmer's file
 * for the next start, with those of the last file that are still of the same context.
 *
 * Returns: whether the file could be written
 */
gboolean
hip_font_warmer_record (HipFontWarmer *self,
                        GtkWidget     *root,
                        GError       **error)
{
  g_autoptr(GHashTable) fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_array_unref);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char **descriptions = NULL;
  PangoContext *root_pango = gtk_widget_get_pango_context (root);
  g_auto(Context) context = { 0 };
  guint n = 0;

  join (self);
  context_read (&context, root_pango);
  collect_fonts (root, &context, fonts);
  merge_previous (self, root_pango, fonts);

  descriptions = (char **) g_hash_table_get_keys_as_array (fonts, &n);
  qsort (descriptions, n, sizeof (char *), compare_strings);
  n = MIN (n, MAX_FONTS);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (texts, characters_to_string (g_hash_table_lookup (fonts, descriptions[i])));
  context_save (&context, file);
  g_key_file_set_string_list (file, fonts_group, "Descriptions",
                              (const char * const *) descriptions, n);
  g_key_file_set_string_list (file, fonts_group, "Characters",
                              (const char * const *) texts->pdata, n);
  return save (self, file, error);
}

void
hip_font_warmer_free (HipFontWarmer *self)
{
  join (self);
  g_clear_pointer (&self->data, g_free);
  context_clear (&self->context);
  g_clear_pointer (&self->descriptions, g_strfreev);
  g_clear_pointer (&self->characters, g_strfreev);
  g_clear_object (&self->map);
  g_clear_pointer (&self->fonts, g_ptr_array_unref);
  g_free (self->path);
  g_free (self);
}
