/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers for tests that drive real windows: waiting for conditions (never for a fixed time),
 * finding widgets, and saving what a widget shows as a PNG. */

#include "config.h"

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#include <X11/Xlibint.h>
#include <X11/extensions/xtestproto.h>
#endif

#include "hip-test-run.h"
#include "hip-test-utils.h"

#define WAIT_LIMIT_US (10 * G_USEC_PER_SEC)

gboolean
hip_test_has_display (void)
{
  return g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
}

/* Points HOME and the XDG user directories at a fresh temporary folder, before GLib reads them. */
void
hip_test_isolate_user_dirs (void)
{
  static const char *vars[] = {
    "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("strong-hips-test-XXXXXX", &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (root, vars[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_setenv (vars[i], dir, TRUE);
    }
}

/* Removes the app's data folder, so the next app starts as on first run. */
void
hip_test_clear_user_data (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strong-hips", NULL);

  hip_test_remove_tree (path);
}

/* Runs the main loop until @condition holds; fails the test when it never does. */
void
hip_test_wait_until (HipTestCondition  condition,
                     gpointer          data,
                     const char       *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_US;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
    }
}

typedef struct { GtkWidget *widget; int width; } SizeWait;

static gboolean
has_width (gpointer data)
{
  SizeWait *wait = data;

  /* The default size includes the client-side decoration's margin, a few pixels. */
  return gtk_widget_get_mapped (wait->widget) &&
         ABS (gtk_widget_get_width (wait->widget) - wait->width) <= 16;
}

void
hip_test_wait_for_size (GtkWidget *widget,
                        int        width)
{
  SizeWait wait = { widget, width };

  hip_test_wait_until (has_width, &wait, "the window to resize");
  gtk_test_widget_wait_for_draw (widget);
}

static const char *
title_of (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  return gtk_widget_get_name (widget);
}

/**
 * hip_test_find_widget:
 * @root: where to start
 * @type: the type to find
 * @title: (nullable): the row title, button or label text, or widget name to match
 *
 * Returns: (transfer none) (nullable): the first matching descendant, depth first
 */
GtkWidget *
hip_test_find_widget (GtkWidget  *root,
                      GType       type,
                      const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_type_is_a (G_OBJECT_TYPE (child), type) &&
          (title == NULL || g_strcmp0 (title_of (child), title) == 0))
        return child;
      if ((found = hip_test_find_widget (child, type, title)) != NULL)
        return found;
    }
  return NULL;
}

static GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* What @widget shows as it is seen: a widget inside a window on the window's background (its
 * own may be translucent, as a card's is in dark style). */
static GskRenderNode *
snapshot_seen (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = snapshot_widget (widget);
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  gboolean found;
  GdkRGBA background;

  if (GTK_IS_NATIVE (widget) || node == NULL)
    return g_steal_pointer (&node);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (root), "window_bg_color",
                                          &background);
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (!found)
    return g_steal_pointer (&node);
  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                  gtk_widget_get_height (widget)));
  gtk_snapshot_append_node (snapshot, node);
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* The kinds of node that draw through one child, and how to reach it. */
static const struct
{
  GskRenderNodeType   type;
  GskRenderNode     *(*child) (const GskRenderNode *node);
} one_child[] = {
  { GSK_TRANSFORM_NODE, gsk_transform_node_get_child },
  { GSK_CLIP_NODE, gsk_clip_node_get_child },
  { GSK_ROUNDED_CLIP_NODE, gsk_rounded_clip_node_get_child },
  { GSK_OPACITY_NODE, gsk_opacity_node_get_child },
  { GSK_COLOR_MATRIX_NODE, gsk_color_matrix_node_get_child },
  { GSK_SHADOW_NODE, gsk_shadow_node_get_child },
  { GSK_DEBUG_NODE, gsk_debug_node_get_child },
};

/* The nodes a node draws through, whatever its kind. */
static GPtrArray *
node_children (GskRenderNode *node)
{
  GskRenderNodeType type = gsk_render_node_get_node_type (node);
  GPtrArray *children = g_ptr_array_new ();

  if (type == GSK_CONTAINER_NODE)
    for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
      g_ptr_array_add (children, gsk_container_node_get_child (node, i));
  else if (type == GSK_CROSS_FADE_NODE)
    {
      g_ptr_array_add (children, gsk_cross_fade_node_get_start_child (node));
      g_ptr_array_add (children, gsk_cross_fade_node_get_end_child (node));
    }
  for (guint i = 0; i < G_N_ELEMENTS (one_child); i++)
    if (one_child[i].type == type)
      g_ptr_array_add (children, one_child[i].child (node));
  return children;
}

static void
count_borders (GskRenderNode *node,
               guint         *all,
               guint         *mixed)
{
  g_autoptr(GPtrArray) children = node_children (node);

  if (gsk_render_node_get_node_type (node) == GSK_BORDER_NODE)
    {
      const GdkRGBA *colors = gsk_border_node_get_colors (node);

      (*all)++;
      for (guint side = 1; side < 4; side++)
        if (!gdk_rgba_equal (&colors[0], &colors[side]))
          {
            (*mixed)++;
            break;
          }
    }
  for (guint i = 0; i < children->len; i++)
    count_borders (children->pdata[i], all, mixed);
}

/**
 * hip_test_count_borders:
 * @mixed: (out): how many of them have sides of different colours
 *
 * Counts the border nodes of what @widget draws now. The cairo renderer fills a border whose
 * sides differ in colour through a mesh pattern, pixel by pixel over the whole widget.
 *
 * Returns: the number of border nodes
 */
guint
hip_test_count_borders (GtkWidget *widget,
                        guint     *mixed)
{
  g_autoptr(GskRenderNode) node = NULL;
  guint all = 0;

  gtk_test_widget_wait_for_draw (widget);
  node = snapshot_widget (widget);
  *mixed = 0;
  if (node != NULL)
    count_borders (node, &all, mixed);
  return all;
}

/**
 * hip_test_count_ellipsized:
 *
 * Counts the labels shown under @root whose text is cut short (ellipsized) at their present
 * size: a narrow window must still read whole.
 *
 * Returns: the number of such labels; each is named in the test log
 */
guint
hip_test_count_ellipsized (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child) &&
          pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (child))))
        {
          g_test_message ("cut short: %s", gtk_label_get_text (GTK_LABEL (child)));
          n++;
        }
      n += hip_test_count_ellipsized (child);
    }
  return n;
}

/* The screenshots that the metainfo and the README show, by the name a test gives them, and
 * their file in data/screenshots/. */
static const struct
{
  const char *name;
  const char *published;
} published_screenshots[] = {
  { "exercises-wide", "exercises" },
  { "detail-forward-lunge", "detail" },
  { "detail-narrow", "detail-narrow" },
  { "first-run-screening", "safety" },
  { "programme-wide", "programme" },
  { "today", "today" },
  { "session-player", "session" },
  { "progress-history", "progress" },
};

/* With $STRONG_HIPS_UPDATE_SCREENSHOTS set, a published screenshot is also written into the
 * source tree's data/screenshots/, so that the pictures people see are the app's own. */
static void
publish_screenshot (GdkTexture *texture,
                    const char *name)
{
  const char *source_dir = g_getenv ("STRONG_HIPS_SOURCE_DIR");

  if (g_getenv ("STRONG_HIPS_UPDATE_SCREENSHOTS") == NULL || source_dir == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (published_screenshots); i++)
    if (g_str_equal (published_screenshots[i].name, name))
      {
        g_autofree char *file = g_strconcat (published_screenshots[i].published, ".png", NULL);
        g_autofree char *path = g_build_filename (source_dir, "data", "screenshots", file, NULL);

        g_assert_true (gdk_texture_save_to_png (texture, path));
        g_test_message ("published screenshot: %s", path);
      }
}

/* Saves what @widget shows into $STRONG_HIPS_SCREENSHOT_DIR (the build directory), and
 * publishes it (see publish_screenshot()). */
void
hip_test_screenshot (GtkWidget  *widget,
                     const char *name)
{
  const char *dir = g_getenv ("STRONG_HIPS_SCREENSHOT_DIR");
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width, height;
  GskRenderer *renderer;

  if (dir == NULL)
    return;

  /* Its size once drawn: a window just opened may not have one yet. */
  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  node = snapshot_seen (widget);
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  publish_screenshot (texture, name);
}

/* Draws @widget until its size holds for two frames in a row: a dialog that follows its parent's
 * width, or stacks its answers, settles over more than one frame. */
static void
wait_until_settled (GtkWidget *widget)
{
  int width = -1, height = -1;

  for (guint frames = 0; frames < 20; frames++)
    {
      gtk_test_widget_wait_for_draw (widget);
      if (gtk_widget_get_width (widget) == width && gtk_widget_get_height (widget) == height)
        return;
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
    }
}

/**
 * hip_test_screenshots:
 * @window: the main window, shown at its own (wide) width and then at 360 px
 * @widget: (nullable): what to save: @window when %NULL, or a dialog of @window, whose width
 *   follows its parent's
 * @root: (nullable): where no label may be cut short, in any of the looks
 * @name: the base name
 *
 * Saves the four looks of one screen the issues ask for: "@name" (wide, light), "@name-dark",
 * "@name-narrow" (360 px) and "@name-narrow-dark". Leaves @window at its own width, in the
 * default style.
 */
void
hip_test_screenshots (GtkWindow  *window,
                      GtkWidget  *widget,
                      GtkWidget  *root,
                      const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  static const struct { gboolean narrow; const char *suffix; } sizes[] = {
    { FALSE, "" }, { TRUE, "-narrow" },
  };
  int width, height;

  if (widget == NULL)
    widget = GTK_WIDGET (window);
  gtk_window_get_default_size (window, &width, &height);
  if (width <= 0 || height <= 0)
    {
      width = gtk_widget_get_width (GTK_WIDGET (window));
      height = gtk_widget_get_height (GTK_WIDGET (window));
    }

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      int w = sizes[s].narrow ? 360 : width;

      gtk_window_set_default_size (window, w, height);
      hip_test_wait_for_size (GTK_WIDGET (window), w);
      for (guint dark = 0; dark < 2; dark++)
        {
          g_autofree char *file = g_strconcat (name, sizes[s].suffix, dark ? "-dark" : "", NULL);

          adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                          : ADW_COLOR_SCHEME_FORCE_LIGHT);
          wait_until_settled (widget);
          hip_test_screenshot (widget, file);
          if (root != NULL && hip_test_count_ellipsized (root) != 0)
            g_error ("%s: %u labels cut short", file, hip_test_count_ellipsized (root));
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (window, width, height);
  hip_test_wait_for_size (GTK_WIDGET (window), width);
  wait_until_settled (widget);
}

/* Returns: (transfer none) (nullable): a window of @type among the toplevels (a dialog a page
 *   opened), or %NULL */
GtkWindow *
hip_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

typedef struct { GType type; GtkWindow *found; } ToplevelWait;

static gboolean
has_toplevel (gpointer data)
{
  ToplevelWait *wait = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_OBJECT_TYPE (window) == wait->type)
        {
          wait->found = window;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * hip_test_wait_for_toplevel:
 * @type: the window's own type (not a subclass: a progress dialog is a message dialog too)
 *
 * Runs the main loop until a window of @type is open, as after work on a worker thread.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
hip_test_wait_for_toplevel (GType type)
{
  ToplevelWait wait = { type, NULL };

  hip_test_wait_until (has_toplevel, &wait, g_type_name (type));
  return wait.found;
}

/**
 * hip_test_ui_init:
 *
 * What every UI test does first: private user directories (not G_TEST_OPTION_ISOLATE_DIRS,
 * which also hides the MIME database that image loading needs), GTest and GTK, and no
 * animations, so that screenshots show finished states.
 *
 * Returns: %FALSE without a display (the test then exits 77, "skipped")
 */
gboolean
hip_test_ui_init (int    *argc,
                  char ***argv)
{
  if (!hip_test_has_display ())
    {
      g_printerr ("No display: the UI tests need one (run under xvfb-run)\n");
      return FALSE;
    }
  hip_test_isolate_user_dirs ();
  g_test_init (argc, argv, NULL);
  gtk_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  return TRUE;
}

#ifdef GDK_WINDOWING_X11
/* XTest's FakeInput, as its request is written: one key pressed or released, as if typed. */
static void
fake_key (Display *dpy,         /* so named: Xlib's request macros use it */
          int      opcode,
          int      type,
          KeySym   keysym)
{
  KeyCode code = XKeysymToKeycode (dpy, keysym);
  xXTestFakeInputReq *request;

  LockDisplay (dpy);
  GetReq (XTestFakeInput, request);
  request->reqType = opcode;
  request->xtReqType = X_XTestFakeInput;
  request->type = type;
  request->detail = code;
  request->time = CurrentTime;
  request->root = None;
  request->deviceid = 0;
  UnlockDisplay (dpy);
  SyncHandle ();
}

static gboolean
is_active (gpointer window)
{
  return gtk_window_is_active (window);
}
#endif

/**
 * hip_test_press_keys:
 * @widget: a widget in the window that gets the keys
 * @keyval: the key, e.g. %GDK_KEY_Page_Down
 * @modifiers: held while it is pressed: Control, Shift and Alt
 *
 * Types a key through the X server (XTest, which Xvfb has), so that it reaches the window as a
 * person's key does, through every shortcut and key binding on its way to the focus. The
 * caller waits for what the key does.
 *
 * Returns: %FALSE when the display is not X11 and nothing was typed
 */
gboolean
hip_test_press_keys (GtkWidget       *widget,
                     guint            keyval,
                     GdkModifierType  modifiers)
{
#ifdef GDK_WINDOWING_X11
  static const struct { GdkModifierType mask; KeySym key; } held[] = {
    { GDK_CONTROL_MASK, XK_Control_L }, { GDK_SHIFT_MASK, XK_Shift_L }, { GDK_ALT_MASK, XK_Alt_L },
  };
  GtkNative *native = gtk_widget_get_native (widget);
  GdkDisplay *display = gtk_widget_get_display (widget);
  Display *x;
  int opcode, event, error;

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;
  x = gdk_x11_display_get_xdisplay (display);
  g_assert_true (XQueryExtension (x, "XTEST", &opcode, &event, &error));
  XSetInputFocus (x, gdk_x11_surface_get_xid (gtk_native_get_surface (native)), RevertToParent,
                  CurrentTime);
  hip_test_wait_until (is_active, native, "the window to take the keyboard");
  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    if (modifiers & held[i].mask)
      fake_key (x, opcode, KeyPress, held[i].key);
  fake_key (x, opcode, KeyPress, keyval);
  fake_key (x, opcode, KeyRelease, keyval);
  for (guint i = G_N_ELEMENTS (held); i > 0; i--)
    if (modifiers & held[i - 1].mask)
      fake_key (x, opcode, KeyRelease, held[i - 1].key);
  XSync (x, False);
  return TRUE;
#else
  return FALSE;
#endif
}

/* Appends the text of a .po file's line @line, its quoted string unescaped, to @out (the
 * German walk and the dates test read the catalogues' sources). */
void
hip_test_po_append_quoted (GString    *out,
                           const char *line)
{
  const char *start = strchr (line, '"'), *end = strrchr (line, '"');
  g_autofree char *inner = NULL;
  g_autofree char *text = NULL;

  if (start == NULL || end == start)
    return;
  inner = g_strndup (start + 1, end - start - 1);
  text = g_strcompress (inner);
  g_string_append (out, text);
}
