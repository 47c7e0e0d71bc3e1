/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The session player as a workout screen, in any state: not wider than the window, with the
 * large count and Log Set in view (issue 17). Shared by the Today and German tests. */

#include "config.h"

#include "hip-exercise.h"
#include "hip-session-player-private.h"
#include "hip-test-player.h"
#include "hip-test-utils.h"

/* Whether all of @widget lies inside the visible part of @player's scrolled page. */
static gboolean
player_shows (HipSessionPlayer *player,
                       GtkWidget        *widget)
{
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (player));
  graphene_rect_t bounds;

  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_compute_bounds (widget, scroller, &bounds))
    return FALSE;
  return bounds.origin.y >= 0 && bounds.origin.x >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller) &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (scroller);
}

static const char *
state_of (HipSessionPlayer *player)
{
  if (hip_session_player_get_resting (player))
    return "resting";
  if (hip_session_player_get_holding (player))
    return "holding";
  return hip_session_player_get_current (player) != NULL ? "logging" : "at the end";
}

/**
 * hip_test_player_check_fit:
 * @width: the window's width, as asked for
 *
 * Fails unless the player, as it is now, lets its window be @width wide (what it needs is no
 * wider) and shows the large count, and Log Set while a set is to be logged, whole.
 */
void
hip_test_player_check_fit (HipSessionPlayer *player,
                           int               width)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (player)));
  const HipPrescription *p = hip_session_player_get_current (player);
  int minimum, own;

  gtk_test_widget_wait_for_draw (window);
  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (player), GTK_ORIENTATION_HORIZONTAL, -1, &own, NULL, NULL,
                      NULL);
  g_test_message ("%s, %s: the window needs %d px (the player %d px), has %d px",
                  p != NULL ? hip_exercise_get_name (p->exercise) : "-", state_of (player),
                  minimum, own, gtk_widget_get_width (window));
  g_assert_cmpint (minimum, <=, width);
  /* The default size takes in the client-side decoration's few pixels. */
  g_assert_cmpint (gtk_widget_get_width (window), <=, width);
  g_assert_cmpint (gtk_widget_get_width (window), >=, width - 16);
  if (p == NULL)
    return;
  g_assert_true (player_shows (player, hip_session_player_get_count (player)));
  if (!hip_session_player_get_resting (player))
    g_assert_true (player_shows (player, hip_session_player_get_log_button (player)));
}

/**
 * hip_test_player_resize:
 * @width: the window's width to ask for, 720 px high
 *
 * Asks the player's window for @width, fails at once when the player needs more, and waits
 * for the window to take it.
 */
void
hip_test_player_resize (HipSessionPlayer *player,
                        int               width)
{
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (player)));
  int minimum;

  gtk_window_set_default_size (GTK_WINDOW (window), width, 720);
  /* Said at once, rather than as a window that never gets to its size. */
  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, width);
  hip_test_wait_for_size (window, width);
}

/* Checks the fit, and saves the first look at @state as "@name-@state" (with a @name). */
static void
check_state (HipSessionPlayer *player,
             int               width,
             const char       *name,
             const char       *state,
             gboolean         *seen)
{
  hip_test_player_check_fit (player, width);
  if (name != NULL && !*seen)
    {
      g_autofree char *file = g_strdup_printf ("%s-%s", name, state);

      hip_test_screenshot (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (player))), file);
    }
  *seen = TRUE;
}

/**
 * hip_test_player_walk:
 * @width: the window's width, as asked for
 * @name: (nullable): what the screenshots' names begin with, or %NULL for none
 *
 * Logs every set left, checking the player's fit (hip_test_player_check_fit()) at each: before
 * a hold is started, while it is timed, and in each rest. Saves the first hold, timed hold and
 * rest seen as "@name-hold", "@name-holding" and "@name-rest".
 */
void
hip_test_player_walk (HipSessionPlayer *player,
                      int               width,
                      const char       *name)
{
  gboolean set_seen = FALSE, hold_seen = FALSE, holding_seen = FALSE, rest_seen = FALSE;
  const HipPrescription *p;

  while ((p = hip_session_player_get_current (player)) != NULL)
    {
      if (p->reps == 0)
        {
          check_state (player, width, name, "hold", &hold_seen);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "workout.hold", NULL));
          hip_session_player_tick (player);
          g_assert_true (hip_session_player_get_holding (player));
          check_state (player, width, name, "holding", &holding_seen);
        }
      else
        check_state (player, width, name, "set", &set_seen);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "workout.log", NULL));
      if (hip_session_player_get_resting (player))
        {
          check_state (player, width, name, "rest", &rest_seen);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "workout.skip-rest",
                                                     NULL));
        }
    }
  hip_test_player_check_fit (player, width);
}
