/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a screen reader meets: the app (a11y-tour) is shown screen by screen in another process,
 * and each screen is read through AT-SPI as Orca reads it. Every control a person can reach,
 * and every window, must have a name, and a name must not carry a mnemonic's underscore or
 * say itself twice ("_Start Anyway Start Anyway"). Each screen the tour must show is read,
 * and on each the walk must meet one name that only that screen shows: a screen the tour
 * stopped showing, or one the walk could not get into (a menu button's popover), fails. */

#include "config.h"

#include <string.h>
#include <atspi/atspi.h>
#include <gio/gio.h>

/* libatspi 2.46 defines no cleanup functions of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiAccessible, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiStateSet, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtspiComponent, g_object_unref)

/* One screen of the tour, as read. */
typedef struct
{
  const char *state;
  GPtrArray  *problems;   /* of char *, across the screens */
  GHashTable *met;        /* the names of the controls and windows read on this screen */
  guint       checked;
} Screen;

/* The screens the tour must show, and a name read on each that proves the walk saw it (a
 * window's title, or a control only that screen has). */
static const struct
{
  const char *state;
  const char *name;
} expected[] = {
  { "first-run-welcome", "Start" },
  { "programme", "Programme Menu" },
  { "main-menu", "Keyboard Shortcuts" },
  { "programme-menu", "New Programme From Profile" },
  { "change-menu", "Change Dose…" },
  { "swap-chooser", "Search exercises" },
  { "fix-preview", "Apply" },
  { "exercises", "Show Filters" },
  { "today", "Start" },
  { "player", "Log Set" },
  { "stop-for-pain-dialog", "Go On Without It" },
  { "end-workout-dialog", "End Workout" },
  { "progress", "Sessions planned and done by week" },
  { "preferences", "Monday" },
  { "shortcuts-window", "Keyboard Shortcuts" },
};

/* The roles of things a person operates. */
static gboolean
interactive (AtspiRole role)
{
  switch (role)
    {
    case ATSPI_ROLE_PUSH_BUTTON:
    case ATSPI_ROLE_TOGGLE_BUTTON:
    case ATSPI_ROLE_CHECK_BOX:
    case ATSPI_ROLE_RADIO_BUTTON:
    case ATSPI_ROLE_SPIN_BUTTON:
    case ATSPI_ROLE_COMBO_BOX:
    case ATSPI_ROLE_ENTRY:
    case ATSPI_ROLE_PASSWORD_TEXT:
    case ATSPI_ROLE_SLIDER:
    case ATSPI_ROLE_MENU_ITEM:
    case ATSPI_ROLE_CHECK_MENU_ITEM:
    case ATSPI_ROLE_RADIO_MENU_ITEM:
    case ATSPI_ROLE_LINK:
    case ATSPI_ROLE_PAGE_TAB:
      return TRUE;
    default:
      return FALSE;
    }
}

/* What is wrong with @name, or NULL. */
static const char *
name_problem (const char *name)
{
  gsize n = strlen (name);

  if (n == 0)
    return "no name";
  /* A widget's type is what GTK 4.8 falls back to: "GtkImage" is no name for a button. */
  if ((g_str_has_prefix (name, "Gtk") || g_str_has_prefix (name, "Adw")) &&
      strchr (name, ' ') == NULL)
    return "its widget's type for a name";
  for (const char *p = name; *p != '\0'; p++)
    if (*p == '_' && g_ascii_isalpha (p[1]) && (p == name || p[-1] == ' '))
      return "a mnemonic's underscore";
  /* "Start Start" or "Start Anyway Start Anyway": the label read twice. */
  if (n % 2 == 1 && name[n / 2] == ' ' && strncmp (name, name + n / 2 + 1, n / 2) == 0)
    return "its label twice";
  return NULL;
}

/* The names of what @accessible holds, the way a screen reader reads a row. */
static char *
text_of (AtspiAccessible *accessible)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int n = atspi_accessible_get_child_count (accessible, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (accessible, i,
                                                                               NULL);
      g_autofree char *name = child != NULL ? atspi_accessible_get_name (child, NULL) : NULL;
      g_autofree char *inner = NULL;

      if (name == NULL || *name == '\0')
        name = child != NULL ? text_of (child) : NULL;
      if (name != NULL && *name != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", name);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
on_screen (AtspiAccessible *accessible)
{
  g_autoptr(AtspiComponent) component = atspi_accessible_get_component_iface (accessible);
  g_autofree AtspiRect *rect = NULL;

  if (component == NULL)
    return TRUE;
  rect = atspi_component_get_extents (component, ATSPI_COORD_TYPE_WINDOW, NULL);
  return rect != NULL && rect->width > 0 && rect->height > 0;
}

/* Whether @role is a window's: it must have a name, its title. */
static gboolean
is_window (AtspiRole role)
{
  return role == ATSPI_ROLE_FRAME || role == ATSPI_ROLE_DIALOG || role == ATSPI_ROLE_WINDOW;
}

static void
walk (AtspiAccessible *accessible,
      Screen          *screen,
      GString         *path,
      gboolean         inside_named_control)
{
  g_autoptr(AtspiStateSet) states = atspi_accessible_get_state_set (accessible);
  AtspiRole role = atspi_accessible_get_role (accessible, NULL);
  g_autofree char *role_name = atspi_role_get_name (role);
  gsize len = path->len;
  int n;

  if (g_getenv ("A11Y_DEBUG") != NULL && path->len < 60)
    g_printerr ("%s %s/%s visible=%d\n", screen->state, path->str, role_name,
                states != NULL && atspi_state_set_contains (states, ATSPI_STATE_VISIBLE));
  /* GTK 4.8 does not keep SHOWING up to date; what is hidden is not VISIBLE. Pages of a stack
   * that are not shown are read too: a person reaches them all. */
  if (states != NULL && !atspi_state_set_contains (states, ATSPI_STATE_VISIBLE) &&
      role != ATSPI_ROLE_FRAME && role != ATSPI_ROLE_APPLICATION)
    return;
  g_string_append_printf (path, "/%s", role_name);
  /* An open popover is a child of its menu button, but a surface of its own: its items are
   * controls a person reaches, each read by itself. */
  if (role == ATSPI_ROLE_MENU || role == ATSPI_ROLE_POPUP_MENU || is_window (role))
    inside_named_control = FALSE;
  /* A combo box's and a menu button's own parts are read as the whole. */
  if (inside_named_control)
    goto children;
  if (is_window (role))
    {
      g_autofree char *name = atspi_accessible_get_name (accessible, NULL);
      const char *problem = name_problem (name != NULL ? g_strstrip (name) : "");

      if (problem != NULL)
        g_ptr_array_add (screen->problems, g_strdup_printf ("%s: %s (%s) has %s", screen->state,
                                                            path->str, name != NULL ? name : "",
                                                            problem));
      else
        g_hash_table_add (screen->met, g_steal_pointer (&name));
    }
  if (interactive (role) ||
      (states != NULL && atspi_state_set_contains (states, ATSPI_STATE_FOCUSABLE) &&
       role != ATSPI_ROLE_FRAME && role != ATSPI_ROLE_PANEL && role != ATSPI_ROLE_LABEL &&
       role != ATSPI_ROLE_LIST && role != ATSPI_ROLE_SCROLL_PANE))
    {
      g_autofree char *name = atspi_accessible_get_name (accessible, NULL);
      const char *problem;

      /* A list's item is read from what it holds, as screen readers do. */
      if ((name == NULL || *name == '\0') &&
          (role == ATSPI_ROLE_LIST_ITEM || role == ATSPI_ROLE_TABLE_CELL))
        {
          g_free (name);
          name = text_of (accessible);
        }
      problem = name_problem (name != NULL ? g_strstrip (name) : "");

      /* GTK 4.8 never says SHOWING: what is on screen has a size. */
      if (!on_screen (accessible))
        goto children;
      screen->checked++;
      if (problem != NULL)
        g_ptr_array_add (screen->problems, g_strdup_printf ("%s: %s (%s) has %s", screen->state,
                                                            path->str, name != NULL ? name : "",
                                                            problem));
      else
        g_hash_table_add (screen->met, g_steal_pointer (&name));
    }
children:
  n = atspi_accessible_get_child_count (accessible, NULL);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) child = atspi_accessible_get_child_at_index (accessible, i,
                                                                               NULL);

      if (child != NULL)
        walk (child, screen, path,
              inside_named_control || role == ATSPI_ROLE_COMBO_BOX ||
              role == ATSPI_ROLE_PUSH_BUTTON || role == ATSPI_ROLE_TOGGLE_BUTTON);
    }
  g_string_truncate (path, len);
}

/* The tour's application on the desktop, found by its process. */
static AtspiAccessible *
find_app (GPid pid)
{
  g_autoptr(AtspiAccessible) desktop = atspi_get_desktop (0);
  int n = atspi_accessible_get_child_count (desktop, NULL);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(AtspiAccessible) app = atspi_accessible_get_child_at_index (desktop, i, NULL);

      if (app != NULL && atspi_accessible_get_process_id (app, NULL) == (guint) pid)
        return g_steal_pointer (&app);
    }
  return NULL;
}

/* Each expected screen was shown and read: the walk met the name only it shows. */
static void
check_expected_screens (GHashTable *screens,
                        GPtrArray  *problems)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GHashTable *met = g_hash_table_lookup (screens, expected[i].state);

      if (met == NULL)
        g_ptr_array_add (problems, g_strdup_printf ("%s: the tour did not show it",
                                                    expected[i].state));
      else if (!g_hash_table_contains (met, expected[i].name))
        g_ptr_array_add (problems, g_strdup_printf ("%s: nothing named %s was read",
                                                    expected[i].state, expected[i].name));
    }
}

static void
test_every_control_named (gconstpointer data)
{
  const char *tour = data;
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  /* state → the names met on it */
  g_autoptr(GHashTable) screens = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_hash_table_unref);
  g_autoptr(GError) error = NULL;
  guint checked = 0;
  GPid pid;

  /* The app must speak AT-SPI, which the other tests switch off. */
  g_subprocess_launcher_unsetenv (launcher, "GTK_A11Y");
  process = g_subprocess_launcher_spawn (launcher, &error, tour, NULL);
  g_assert_no_error (error);
  pid = atoi (g_subprocess_get_identifier (process));
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  for (;;)
    {
      g_autofree char *line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
      g_autoptr(AtspiAccessible) app = NULL;
      g_autoptr(GString) path = g_string_new (NULL);
      Screen screen = { NULL, problems, NULL, 0 };

      g_assert_no_error (error);
      g_assert_nonnull (line);
      if (!g_str_has_prefix (line, "STATE "))
        continue;
      if (g_str_equal (line, "STATE end"))
        break;
      screen.state = line + 6;
      g_assert_false (g_hash_table_contains (screens, screen.state));
      screen.met = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (screens, g_strdup (screen.state), screen.met);
      app = find_app (pid);
      g_assert_nonnull (app);
      walk (app, &screen, path, FALSE);
      checked += screen.checked;
      if (g_getenv ("A11Y_DEBUG") != NULL)
        {
          GHashTableIter iter;
          gpointer key;

          g_hash_table_iter_init (&iter, screen.met);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            g_printerr ("MET %s [%s]\n", screen.state, (const char *) key);
        }
      g_assert_true (g_output_stream_write_all (g_subprocess_get_stdin_pipe (process), "next\n",
                                                5, NULL, NULL, &error));
    }
  check_expected_screens (screens, problems);
  g_test_message ("%u screens, %u controls read", g_hash_table_size (screens), checked);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) problems->pdata[i]);
  g_assert_cmpuint (checked, >, 100);
  g_assert_cmpuint (problems->len, ==, 0);
  g_subprocess_wait (process, NULL, NULL);
}

/* GTK 4.8 tells the registry that its app is there a moment before it puts up the
 * /org/a11y/atspi/cache object, so libatspi's first GetItems can miss it and warn.
 * libatspi then asks the app directly, which is what the walk reads; only that one
 * warning is let through, everything else stays fatal. */
static gboolean
fatal_unless_cache_race (const char     *domain,
                         GLogLevelFlags  level,
                         const char     *message,
                         gpointer        data)
{
  return !(g_strcmp0 (domain, "dbind") == 0 && strstr (message, "GetItems") != NULL &&
           strstr (message, "/org/a11y/atspi/cache") != NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_log_set_fatal_handler (fatal_unless_cache_race, NULL);
  if (argc < 2 || atspi_init () < 0)
    return 77;
  g_test_add_data_func ("/ui/a11y/every-control-named", argv[1], test_every_control_named);
  return g_test_run ();
}
