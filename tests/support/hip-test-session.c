/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A stand-in for GNOME's session manager on the tests' session bus: the part of
 * org.gnome.SessionManager that gtk_application_inhibit() and _uninhibit() call, and
 * IsInhibited, which the desktop asks before it blanks the screen. Under Xvfb there is none,
 * and GTK's inhibit then does nothing. It answers on a thread of its own: GTK inhibits, and a
 * test asks, with blocking calls from the main thread. */

#include "config.h"

#include "hip-test-session.h"

#define SESSION_MANAGER "org.gnome.SessionManager"

struct _HipTestSession
{
  GMainContext    *context;
  GMainLoop       *loop;
  GThread         *thread;
  GDBusConnection *connection;
  guint            registration;
  GHashTable      *inhibitors;   /* cookie → flags; touched only on the session's thread */
  guint            next_cookie;
};

static const char interface_xml[] =
  "<node>"
  "  <interface name='" SESSION_MANAGER "'>"
  "    <method name='Inhibit'>"
  "      <arg type='s' name='app_id' direction='in'/>"
  "      <arg type='u' name='toplevel_xid' direction='in'/>"
  "      <arg type='s' name='reason' direction='in'/>"
  "      <arg type='u' name='flags' direction='in'/>"
  "      <arg type='u' name='cookie' direction='out'/>"
  "    </method>"
  "    <method name='Uninhibit'>"
  "      <arg type='u' name='cookie' direction='in'/>"
  "    </method>"
  "    <method name='IsInhibited'>"
  "      <arg type='u' name='flags' direction='in'/>"
  "      <arg type='b' name='inhibited' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static gboolean
is_inhibited (HipTestSession *self,
              guint           flags)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->inhibitors);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if ((GPOINTER_TO_UINT (value) & flags) != 0)
      return TRUE;
  return FALSE;
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               data)
{
  HipTestSession *self = data;
  guint flags, cookie;

  if (g_str_equal (method, "Inhibit"))
    {
      g_variant_get (parameters, "(&su&su)", NULL, NULL, NULL, &flags);
      cookie = ++self->next_cookie;
      g_hash_table_insert (self->inhibitors, GUINT_TO_POINTER (cookie), GUINT_TO_POINTER (flags));
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", cookie));
    }
  else if (g_str_equal (method, "Uninhibit"))
    {
      g_variant_get (parameters, "(u)", &cookie);
      g_hash_table_remove (self->inhibitors, GUINT_TO_POINTER (cookie));
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    {
      g_variant_get (parameters, "(u)", &flags);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(b)", is_inhibited (self, flags)));
    }
}

static gpointer
run (gpointer data)
{
  HipTestSession *self = data;

  g_main_context_push_thread_default (self->context);
  g_main_loop_run (self->loop);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

/**
 * hip_test_session_start:
 *
 * Owns org.gnome.SessionManager on the session bus until hip_test_session_stop(). Start it
 * before the app: GtkApplication looks for the session manager once, as it starts.
 *
 * Returns: (transfer full): the session manager
 */
HipTestSession *
hip_test_session_start (void)
{
  static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { NULL } };
  HipTestSession *self = g_new0 (HipTestSession, 1);
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (interface_xml, NULL);
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  guint result = 0;

  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->inhibitors = g_hash_table_new (NULL, NULL);
  g_assert_nonnull (address);
  /* A connection of its own, its calls answered on the session's thread. */
  self->connection = g_dbus_connection_new_for_address_sync (
    address, G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
             G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION, NULL, NULL, &error);
  g_assert_no_error (error);
  g_main_context_push_thread_default (self->context);
  self->registration = g_dbus_connection_register_object (self->connection,
                                                          "/org/gnome/SessionManager",
                                                          node->interfaces[0], &vtable, self,
                                                          NULL, &error);
  g_main_context_pop_thread_default (self->context);
  g_assert_no_error (error);
  self->thread = g_thread_new ("session-manager", run, self);

  /* DBUS_NAME_FLAG_DO_NOT_QUEUE: the name is ours now, or the test cannot run. */
  reply = g_dbus_connection_call_sync (self->connection, "org.freedesktop.DBus",
                                       "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "RequestName", g_variant_new ("(su)", SESSION_MANAGER, 4),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  /* DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER */
  g_assert_cmpuint (result, ==, 1);
  return self;
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Gives the name up (closing the connection) and ends the session's thread. */
void
hip_test_session_stop (HipTestSession *self)
{
  g_dbus_connection_unregister_object (self->connection, self->registration);
  g_assert_true (g_dbus_connection_close_sync (self->connection, NULL, NULL));
  g_main_context_invoke (self->context, quit_cb, self->loop);
  g_thread_join (self->thread);
  g_clear_object (&self->connection);
  g_main_loop_unref (self->loop);
  g_main_context_unref (self->context);
  g_hash_table_unref (self->inhibitors);
  g_free (self);
}

/**
 * hip_test_session_is_inhibited:
 * @flags: #GtkApplicationInhibitFlags, which the session manager's are
 *
 * Asks the session manager, as the desktop does, on the connection the application uses: what
 * the app sent before (an Uninhibit goes without waiting for its answer) has arrived first.
 *
 * Returns: whether something holds off what @flags name
 */
gboolean
hip_test_session_is_inhibited (guint flags)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean inhibited = FALSE;

  g_assert_nonnull (bus);
  reply = g_dbus_connection_call_sync (bus, SESSION_MANAGER, "/org/gnome/SessionManager",
                                       SESSION_MANAGER, "IsInhibited",
                                       g_variant_new ("(u)", flags), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NO_AUTO_START, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(b)", &inhibited);
  return inhibited;
}
