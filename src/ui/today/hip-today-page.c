/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hip-adapt.h"
#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-exercise.h"
#include "hip-end-dialog.h"
#include "hip-psfs-checkin.h"
#include "hip-session-player.h"
#include "hip-stills.h"
#include "hip-today.h"
#include "hip-today-page.h"
#include "hip-today-page-private.h"
#include "hip-units.h"
#include "hip-widget-utils.h"

#define HISTORY_LENGTH 12

/**
 * HipTodayPage:
 *
 * What today holds: a workout to resume, the next-morning check-in, the weekly rating of the
 * activities the back makes hard, the calm suggestion to see a clinician when pain has risen
 * two weeks running, what the last workout changed, the next session (today, or the date after
 * a rest day) with Start, and the past sessions with their sets, each of which can be changed
 * or deleted (with Undo). Start and Resume open the session player.
 */
struct _HipTodayPage
{
  AdwBin           parent_instance;

  HipCoach        *coach;
  HipCatalogue    *catalogue;
  HipStills       *stills;     /* (nullable): for the player's figures */
  HipPlan         *plan;           /* the coach's, until programme-changed */
  gint64           programme_id;
  HipSession      *next;           /* in plan */
  GPtrArray       *changes;        /* of char *: what the last workout changed */
  GtkSpinButton   *morning_pain;
  GtkSpinButton   *morning_stiffness;
  HipLoggedSet    *undo;           /* the set as it was before the last change, for Undo */
  gboolean         undo_deleted;   /* the change was a deletion */
  gboolean         drawn;          /* the page has been painted once */
  guint            history_source;

  AdwToastOverlay *toasts;
  GtkStack        *stack;
  GtkBox          *overview;
  GPtrArray       *stills_shown;   /* of GtkImage: the exercises' stills in the overview */
  HipSessionPlayer *player;
  AdwStatusPage   *summary;
  GtkLabel        *changes_label;
};

G_DEFINE_FINAL_TYPE (HipTodayPage, hip_today_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COACH,
  PROP_STILLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
today_text (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* What the coach could not do, and why, where the person looks. */
static void
show_error (HipTodayPage *self,
            const GError *error)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
}

static GtkWidget *
group (const char *title,
       const char *description)
{
  GtkWidget *g = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (g), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (g), description);
  return g;
}

static GtkWidget *
button (const char *label,
        const char *action,
        gboolean    suggested)
{
  GtkWidget *b = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
  if (suggested)
    gtk_widget_add_css_class (b, "suggested-action");
  return b;
}

/* A row that says something: one line of each text, ellipsized, or (@lines 0) wrapped. */
static GtkWidget *
text_row (const char *title,
          const char *subtitle,
          int         lines)
{
  GtkWidget *row = hip_action_row_new (title, subtitle);

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), lines);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), lines);
  return row;
}

static void
add_suffix (GtkWidget *row,
            GtkWidget *widget)
{
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
}

static GtkSpinButton *
spin_row (GtkWidget  *g,
          const char *title,
          const char *subtitle,
          int         value)
{
  GtkWidget *row = text_row (title, subtitle, 0);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 10, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  add_suffix (row, spin);
  /* The title's underlined letter reaches the spin button. */
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), row);
  return GTK_SPIN_BUTTON (spin);
}

/* ---- The overview's parts ---- */

static void
add_resume (HipTodayPage *self)
{
  gint64 id = hip_coach_get_unfinished_workout (self->coach);
  GtkWidget *g, *row;

  if (id == 0)
    return;
  g = group (_("A Session Is Under Way"), NULL);
  /* The buttons go in the row, not beside the group's title: there they cut the title short
   * in a narrow window. */
  row = text_row (_("Your sets so far are saved. Go on where you stopped?"), NULL, 0);
  add_suffix (row, button (_("_Resume"), "today.resume", TRUE));
  add_suffix (row, button (_("_End It"), "today.discard", FALSE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), row);
  gtk_box_append (self->overview, g);
}

static void
add_checkin (HipTodayPage *self)
{
  GtkWidget *box, *g, *buttons;

  g_autofree char *today = today_text ();

  self->morning_pain = self->morning_stiffness = NULL;
  if (!hip_coach_checkin_due (self->coach, today))
    return;
  /* It shows only the morning after a session day, which says why it asks. No description:
   * libadwaita wraps one at any character. Short: a group title does not wrap, and this one
   * reads whole in a 360 px window, with its buttons below the list (as the weekly rating's):
   * beside the title they cut it short, in German already. */
  g = group (_("Morning Check-In"), NULL);
  self->morning_pain = spin_row (g, _("Back _Pain"), _("0 (none) to 10"), 0);
  self->morning_stiffness = spin_row (g, _("_Stiffness"), _("0 (none) to 10"), 0);
  /* Empty until answered: a morning not told is not a morning without pain. */
  hip_spin_button_allow_empty (self->morning_pain);
  hip_spin_button_allow_empty (self->morning_stiffness);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), button (_("S_kip"), "today.skip-checkin", FALSE));
  /* Not suggested: the session's action is the page's one primary action. */
  gtk_box_append (GTK_BOX (buttons), button (_("_Save"), "today.save-checkin", FALSE));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), g);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_box_append (self->overview, box);
}

/* The weekly rating of the activities the back makes hard (SCIENCE.md §9). */
static void
add_psfs (HipTodayPage *self)
{
  g_autofree char *today = today_text ();

  if (hip_coach_psfs_due (self->coach, today))
    gtk_box_append (self->overview, hip_psfs_checkin_new (self->coach, today));
}

/* Pain up for two weeks, or very high: the calm suggestion of SCIENCE.md §3. */
static void
add_clinician (HipTodayPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWidget *g, *row;

  if (!hip_coach_pain_rising (self->coach, now))
    return;
  /* Short: a group title does not wrap, and this one must read whole in a 360 px window. */
  g = group (_("Your Pain Has Gone Up"), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g),
    hip_text_row_new (_("Your morning pain has been higher for two weeks, or very high this "
                        "week. Please talk to a doctor or physiotherapist about it. Until then, "
                        "keep to exercises that stay at 3/10 or less.")));
  /* The red-flag questions again (SCIENCE.md §3 and §4). */
  row = text_row (_("Answer the safety questions again"), NULL, 0);
  add_suffix (row, button (_("_Check Again"), "win.check-again", FALSE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), row);
  gtk_box_append (self->overview, g);
}

static void
add_changes (HipTodayPage *self)
{
  GtkWidget *g;

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  if (self->programme_id != 0)
    self->changes = hip_coach_latest_adaptations (self->coach, self->programme_id, NULL);
  if (self->changes == NULL || self->changes->len == 0)
    return;
  g = group (_("What Your Last Session Changed"), NULL);
  for (guint i = 0; i < self->changes->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (g),
                               hip_text_row_new (self->changes->pdata[i]));
  gtk_box_append (self->overview, g);
}

static char *
dose_line (const HipPrescription *p)
{
  g_autofree char *amount = p->reps > 0 ? g_strdup_printf (_("%u × %u"), p->sets, p->reps)
                                        : g_strdup_printf (_("%u × %u s"), p->sets, p->seconds);

  /* Translators: a part of the session and its dose, e.g. “Warm-up · 1 × 10 per side” */
  return g_strdup_printf (_("%s · %s%s%s"), hip_part_get_label (p->part), amount,
                          p->per_side ? " " : "", p->per_side ? _("per side") : "");
}

/* @date as the locale writes a day, e.g. "Tuesday 8 December" (no padding spaces). */
static char *
format_day (const GDate *date)
{
  /* Translators: a day in a sentence, as g_date_time_format() writes it; e.g. "%A, %-d %B"
   * or "%A, %B %-d". %-d is the day of the month without padding. */
  return hip_format_date (date, _("%A %-d %B"));
}

/* The card's title and where the next session stands: today, on a later day (a rest day), or
 * missed (planned for a day gone by). */
static char *
next_title (HipTodayPage *self,
            GDate        *date,
            int          *when)
{
  g_autoptr(GDateTime) clock = g_date_time_new_now_local ();
  GDate now;

  g_date_clear (&now, 1);
  g_date_set_dmy (&now, g_date_time_get_day_of_month (clock), g_date_time_get_month (clock),
                  g_date_time_get_year (clock));
  if (!hip_coach_get_session_date (self->coach, self->next, date))
    *date = now;
  *when = g_date_compare (date, &now);
  if (*when < 0)
    /* Short: its two buttons stand beside it, and a group title does not wrap. */
    return g_strdup (_("A Missed Session"));
  if (*when == 0)
    /* Translators: "Today: Week 2, Session 1" */
    return g_strdup_printf (_("Today: Week %u, Session %u"), self->next->week,
                            self->next->session);
  /* Translators: "Next: Week 2, Session 1" */
  return g_strdup_printf (_("Next: Week %u, Session %u"), self->next->week, self->next->session);
}

/* "Tuesday 8 December · about 30 minutes", with what the day is. */
static char *
next_description (HipTodayPage *self,
                  const GDate  *date,
                  int           when)
{
  g_autofree char *day = format_day (date);
  guint minutes = (hip_session_seconds (self->next) + 30) / 60;
  g_autofree char *length = hip_session_is_full (self->next)
    ? g_strdup_printf (ngettext ("about %u minute", "about %u minutes", minutes), minutes)
    : g_strdup_printf (ngettext ("a short mobility and core day, about %u minute",
                                 "a short mobility and core day, about %u minutes", minutes),
                       minutes);

  if (when < 0)
    /* Translators: "Week 2, session 1, planned for Tuesday 8 December · about 30 minutes" */
    return g_strdup_printf (_("Week %u, session %u, planned for %s · %s"), self->next->week,
                            self->next->session, day, length);
  if (when > 0)
    /* Translators: "Tuesday 8 December · about 30 minutes. Rest helps…" */
    return g_strdup_printf (_("%s · %s. Rest helps the muscles adapt; you can still start "
                              "now."), day, length);
  return g_strdup_printf ("%s · %s", day, length);
}

#define STILL_SIZE 40

static void
set_still (HipTodayPage *self,
           GtkImage     *image)
{
  HipExercise *exercise = g_object_get_data (G_OBJECT (image), "exercise");
  GdkTexture *still = hip_stills_lookup (self->stills, exercise, STILL_SIZE,
                                         gtk_widget_get_scale_factor (GTK_WIDGET (self)));

  gtk_image_set_from_paintable (image, GDK_PAINTABLE (still));
}

/* The style changed: the stills are drawn again for it, and nothing else is touched (a check-in
 * being typed stays). */
static void
restyle_stills (HipTodayPage *self)
{
  for (guint i = 0; self->stills_shown != NULL && i < self->stills_shown->len; i++)
    set_still (self, self->stills_shown->pdata[i]);
}

/* A row for an exercise of the session: its still, name and dose; it opens the exercise. */
static GtkWidget *
exercise_row (HipTodayPage          *self,
              const HipPrescription *p)
{
  g_autofree char *dose = dose_line (p);
  /* The dose on one line: wrapped rows cost the first frame a fifth of its time, and it fits
   * a 360 px window beside the still. The name may take two: German ones
   * ("Hüftbeuger-Dehnung im Halbkniestand") do not fit one. */
  GtkWidget *row = text_row (hip_exercise_get_name (p->exercise), dose, 1);

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (self->stills != NULL)
    {
      GtkWidget *picture = gtk_image_new ();

      g_object_set_data_full (G_OBJECT (picture), "exercise", g_object_ref (p->exercise),
                              g_object_unref);
      gtk_image_set_pixel_size (GTK_IMAGE (picture), STILL_SIZE);
      /* Drawing a dozen stills was a tenth of the first frame's time: before it, their places
       * are kept, and add_pending_history_cb() draws them. */
      if (self->drawn)
        set_still (self, GTK_IMAGE (picture));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), picture);
      g_ptr_array_add (self->stills_shown, picture);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-exercise");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", hip_exercise_get_id (p->exercise));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}

/* One primary action: Resume while a session is under way, Do It Today for a missed one,
 * else Start. */
static GtkWidget *
next_actions (HipTodayPage *self,
              int           when)
{
  gboolean under_way = hip_coach_get_unfinished_workout (self->coach) != 0;
  GtkWidget *box;

  if (hip_coach_is_read_only (self->coach))
    {
      GtkWidget *start = button (_("_Start"), "today.start", FALSE);

      /* The actions are off (constructed()); the button says why. */
      gtk_widget_set_tooltip_text (start, _("Your data is read-only: nothing can be logged"));
      return start;
    }
  if (when >= 0)
    return button (when == 0 ? _("_Start") : _("_Start Anyway"), "today.start", !under_way);
  /* One above the other: side by side they cut the title short in a 360 px window. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_box_append (GTK_BOX (box), button (_("_Do It Today"), "today.do-today", !under_way));
  gtk_box_append (GTK_BOX (box), button (_("S_kip"), "today.skip-session", FALSE));
  return box;
}

static void
add_next (HipTodayPage *self)
{
  g_autofree char *title = NULL, *description = NULL;
  GtkWidget *g;
  GDate date;
  int when;

  if (self->plan == NULL)
    {
      g = group (_("No Programme Yet"), _("Make one on the Programme page."));
      gtk_box_append (self->overview, g);
      return;
    }
  if (self->next == NULL)
    {
      g = group (_("Block Complete"), _("Every session of this programme is done. Make a new "
                                        "one from your profile on the Programme page."));
      gtk_box_append (self->overview, g);
      return;
    }
  title = next_title (self, &date, &when);
  description = next_description (self, &date, when);
  g = group (title, description);
  for (guint i = 0; i < self->next->items->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (g),
                               exercise_row (self, self->next->items->pdata[i]));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (g), next_actions (self, when));
  gtk_box_append (self->overview, g);
}

/* What the planner said about this plan: what it changed from the request, what it leaves
 * out and why, and how the dose rises. */
static void
add_plan_notes (HipTodayPage *self)
{
  GtkWidget *g;

  if (self->plan == NULL || self->plan->notes->len == 0)
    return;
  g = group (_("About Your Plan"), NULL);
  for (guint i = 0; i < self->plan->notes->len; i++)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (g),
                               hip_text_row_new (self->plan->notes->pdata[i]));
  gtk_box_append (self->overview, g);
}

static char *
set_line (HipTodayPage       *self,
          const HipLoggedSet *set)
{
  HipExercise *e = hip_catalogue_lookup (self->catalogue, set->exercise_id);
  g_autoptr(GString) text = g_string_new (e != NULL ? hip_exercise_get_name (e) : set->exercise_id);

  if (set->side != HIP_SIDE_BOTH)
    g_string_append_printf (text, " · %s", set->side == HIP_SIDE_LEFT ? _("left") : _("right"));
  if (set->reps > 0)
    {
      g_autofree char *reps = g_strdup_printf (g_dngettext (NULL, "%u rep", "%u reps", set->reps),
                                               set->reps);

      g_string_append_printf (text, " · %s", reps);
    }
  if (set->seconds > 0)
    g_string_append_printf (text, _(" · %u s"), set->seconds);
  if (set->load > 0)
    {
      g_autofree char *load = hip_units_format_load (set->load, hip_coach_get_units (self->coach));

      g_string_append_printf (text, " · %s", load);
    }
  if (set->pain != HIP_LOG_NONE)
    g_string_append_printf (text, _(" · pain %d"), set->pain);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A workout's sets are rows only once someone opens it: twenty workouts of sets would cost
 * the page's first frame (each row is measured even while folded away). */
static void
expanded_cb (AdwExpanderRow *row,
             GParamSpec     *pspec,
             HipTodayPage   *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "workout"));
  g_autoptr(HipWorkout) workout = NULL;

  if (!adw_expander_row_get_expanded (row) || g_object_get_data (G_OBJECT (row), "filled"))
    return;
  g_object_set_data (G_OBJECT (row), "filled", GINT_TO_POINTER (TRUE));
  workout = hip_coach_load_workout (self->coach, id, NULL);
  for (guint i = 0; workout != NULL && i < workout->sets->len; i++)
    {
      const HipLoggedSet *set = workout->sets->pdata[i];
      g_autofree char *line = set_line (self, set);
      GtkWidget *set_row = text_row (line, NULL, 1);
      GtkWidget *remove = hip_icon_button_new ("user-trash-symbolic", _("Delete This Set"));
      GtkWidget *change = hip_icon_button_new ("document-edit-symbolic", _("Change This Set"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (change), "today.edit-set");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (change), "x", set->id);
      add_suffix (set_row, change);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "today.delete-set");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", set->id);
      add_suffix (set_row, remove);
      adw_expander_row_add_row (row, set_row);
    }
}

static GtkWidget *
workout_row (HipTodayPage     *self,
             const HipWorkout *workout)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (workout->started, NULL);
  /* Translators: when a workout started, as g_date_time_format() writes it; %X is the time in
   * the locale's own way (12 or 24 hours) */
  g_autofree char *title = when != NULL ? g_date_time_format (when, _("%A %-d %B %Y, %X"))
                                        : g_strdup (workout->started);
  g_autofree char *subtitle = g_strdup_printf (
    g_dngettext (NULL, "%u set", "%u sets", workout->sets->len), workout->sets->len);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_strstrip (title));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data (G_OBJECT (row), "workout", GSIZE_TO_POINTER (workout->id));
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expanded_cb), self, 0);
  return row;
}

static void
add_history (HipTodayPage *self)
{
  g_autoptr(GPtrArray) workouts = hip_coach_recent_workouts (self->coach, HISTORY_LENGTH, NULL);
  GtkWidget *g;

  if (workouts == NULL || workouts->len == 0)
    return;
  g = group (_("Past Sessions"), NULL);
  for (guint i = 0; i < workouts->len; i++)
    {
      HipWorkout *workout = workouts->pdata[i];

      if (workout->finished != NULL)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), workout_row (self, workout));
    }
  gtk_box_append (self->overview, g);
}

/* The way to the education pages (SCIENCE.md §9), where a bad day sends people looking. */
static void
add_learn (HipTodayPage *self)
{
  GtkWidget *g = group (_("About Back Pain"), NULL);
  GtkWidget *row = text_row (_("Short, plain pages: why it hurts, pacing, a plan for bad days "
                               "and when to get help"), NULL, 0);

  add_suffix (row, button (_("_Read"), "win.about-back-pain", FALSE));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (g), row);
  gtk_box_append (self->overview, g);
}

static void
clear_overview (HipTodayPage *self)
{
  GtkWidget *child;

  if (self->stills_shown != NULL)
    g_ptr_array_set_size (self->stills_shown, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->overview))) != NULL)
    gtk_box_remove (self->overview, child);
}

static void
load_plan (HipTodayPage *self)
{
  self->plan = hip_coach_get_plan (self->coach, &self->programme_id);
  self->next = hip_coach_get_next_session (self->coach);
}

/* Builds the overview again from the coach: after a session, a check-in, a programme change. */
void
hip_today_page_refresh (HipTodayPage *self)
{
  g_return_if_fail (HIP_IS_TODAY_PAGE (self));

  if (self->coach == NULL)
    return;
  load_plan (self);
  clear_overview (self);
  add_resume (self);
  add_checkin (self);
  add_psfs (self);
  add_clinician (self);
  add_changes (self);
  add_next (self);
  add_plan_notes (self);
  add_learn (self);
  /* Before the first paint, add_pending_history_cb() adds it. */
  if (self->drawn)
    add_history (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "player") != 0)
    gtk_stack_set_visible_child_name (self->stack, "overview");
}

/* The history is the last part of the page, below the fold of a new window: it is added
 * right after the page's first frame, so that the window appears without waiting for it
 * (twelve rows of wrapped text were a fifth of the time to the first frame). */
static gboolean
add_pending_history_cb (gpointer data)
{
  HipTodayPage *self = data;

  self->history_source = 0;
  self->drawn = TRUE;
  restyle_stills (self);
  if (self->coach != NULL)
    add_history (self);
  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *clock,
                HipTodayPage  *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  /* From the main loop, not the paint: the frame is on screen before the history is built. */
  if (self->history_source == 0)
    self->history_source = g_idle_add (add_pending_history_cb, self);
}

static void
hip_today_page_map (GtkWidget *widget)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);

  GTK_WIDGET_CLASS (hip_today_page_parent_class)->map (widget);
  if (!self->drawn)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (first_paint_cb), self, 0);
}

/* ---- Actions ---- */

static void player_finished_cb  (HipTodayPage *self,
                                 gint64        id,
                                 int           pain_after);
static void player_discarded_cb (HipTodayPage *self,
                                 gint64        id);

/* The player (with its diagram) is built the first time a session starts: it costs nothing
 * at start-up. */
static HipSessionPlayer *
ensure_player (HipTodayPage *self)
{
  if (self->player == NULL)
    {
      self->player = g_object_new (HIP_TYPE_SESSION_PLAYER, "stills", self->stills, NULL);
      g_signal_connect_object (self->player, "finished", G_CALLBACK (player_finished_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->player, "discarded", G_CALLBACK (player_discarded_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->player), "player");
    }
  return self->player;
}

static void
play (HipTodayPage *self,
      HipWorkout   *workout)
{
  HipSession *session = hip_plan_get_session (self->plan, workout->week, workout->session);
  g_autoptr(HipSession) lighter = NULL;

  if (session != NULL && workout->light)
    session = lighter = hip_coach_lighter_session (self->coach, session);
  if (session == NULL)
    {
      hip_workout_free (workout);
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("That session is no longer in the programme")));
      return;
    }
  hip_session_player_start (ensure_player (self), self->coach, self->plan, session, workout);
  gtk_stack_set_visible_child_name (self->stack, "player");
}

static void
begin_workout (HipTodayPage *self,
               int           pain_before,
               gboolean      light)
{
  g_autoptr(GError) error = NULL;
  HipWorkout *workout;

  if (self->next == NULL)
    return;
  workout = hip_workout_new ();
  workout->programme_id = self->programme_id;
  workout->week = self->next->week;
  workout->session = self->next->session;
  workout->pain_before = pain_before;
  workout->light = light;
  if (!hip_coach_start_workout (self->coach, workout, &error))
    {
      show_error (self, error);
      hip_workout_free (workout);
      return;
    }
  workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) hip_logged_set_free);
  play (self, workout);
}

static void
bad_day_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     HipTodayPage     *self)
{
  int pain = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "pain"));

  if (g_str_equal (response, "light") || g_str_equal (response, "full"))
    begin_workout (self, pain, g_str_equal (response, "light"));
  else
    adw_toast_overlay_add_toast (self->toasts,
      adw_toast_new (_("Rest today. Gentle walking and moving about are still good for your "
                       "back.")));
}

/* SCIENCE.md §3: pain well above the person's own baseline before a session offers a lighter
 * one, or rest, before the player starts. */
static void
offer_bad_day (HipTodayPage *self,
               int           pain)
{
  g_autofree char *body = g_strdup_printf (
    _("Pain %d is well above your usual. A lighter session — the warm-up, gentle mobility and "
      "the easiest steps, one set each — or a day's rest may suit your back better today."),
    pain);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("A Harder Day for Your Back"),
    body));

  adw_message_dialog_add_responses (dialog, "rest", _("_Rest Today"),
                                    "full", _("_Full Session"),
                                    "light", _("_Lighter Session"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "light", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "light");
  adw_message_dialog_set_close_response (dialog, "rest");
  g_object_set_data (G_OBJECT (dialog), "pain", GINT_TO_POINTER (pain));
  g_signal_connect_object (dialog, "response", G_CALLBACK (bad_day_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   HipTodayPage     *self)
{
  int pain = hip_spin_button_get_optional (g_object_get_data (G_OBJECT (dialog), "pain"));
  g_autofree char *today = today_text ();

  if (g_strcmp0 (response, "start") != 0 || self->next == NULL)
    return;
  if (hip_coach_pain_before_high (self->coach, pain, today))
    offer_bad_day (self, pain);
  else
    begin_workout (self, pain, FALSE);
}

/* The pain before the session is asked as it starts, where it cannot be missed; it is what the
 * pain-monitoring rule compares the pain during and after with. */
static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  GtkWidget *dialog, *grid;
  GtkSpinButton *pain;

  if (self->next == NULL)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Before You Start"), _("How is your back right now?"));
  /* Empty, not the usual pain: what is entered is today's. */
  grid = hip_pain_field_new (_("_Pain, 0 (none) to 10"), &pain);
  g_object_set_data (G_OBJECT (dialog), "pain", pain);
  hip_dialog_ask (ADW_MESSAGE_DIALOG (dialog), grid, "start", _("_Start"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (start_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A missed session, skipped: the next one comes up (SCIENCE.md: missing one is no reason to
 * do two at once). */
static void
skip_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  g_autofree char *today = today_text ();
  g_autoptr(GError) error = NULL;

  if (!hip_coach_skip_next_session (self->coach, today, &error))
    show_error (self, error);
}

/* A missed session, done today: the programme's dates move on to meet it, and it starts. */
static void
do_today_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  g_autofree char *today = today_text ();
  g_autoptr(GError) error = NULL;

  if (!hip_coach_move_next_to_today (self->coach, today, &error))
    {
      show_error (self, error);
      return;
    }
  gtk_widget_activate_action (widget, "today.start", NULL);
}

static void
resume_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  gint64 id = hip_coach_get_unfinished_workout (self->coach);
  HipWorkout *workout = id != 0 ? hip_coach_load_workout (self->coach, id, NULL) : NULL;

  if (workout == NULL || self->plan == NULL)
    {
      hip_workout_free (workout);
      return;
    }
  play (self, workout);
}

static void
end_unfinished_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            HipTodayPage     *self)
{
  gint64 id = hip_coach_get_unfinished_workout (self->coach);
  g_autoptr(GError) error = NULL;

  if (id == 0 || g_str_equal (response, "cancel"))
    return;
  if (g_str_equal (response, "discard") ? !hip_coach_discard_workout (self->coach, id, &error)
      : !hip_coach_finish_workout (self->coach, id, hip_end_dialog_get_pain (dialog), NULL,
                                   &error))
    show_error (self, error);
}

/* Ends an unfinished workout as it stands, after a question: its sets are kept, and one with
 * none is not counted as done. */
static void
discard_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  gint64 id = hip_coach_get_unfinished_workout (self->coach);
  g_autoptr(HipWorkout) workout = id != 0 ? hip_coach_load_workout (self->coach, id, NULL) : NULL;
  AdwMessageDialog *dialog;

  if (workout == NULL)
    return;
  dialog = hip_end_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                               workout->sets != NULL ? workout->sets->len : 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (end_unfinished_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
player_discarded_cb (HipTodayPage *self,
                     gint64        id)
{
  g_autoptr(GError) error = NULL;

  hip_session_player_stop (self->player);
  if (!hip_coach_discard_workout (self->coach, id, &error))
    g_warning ("Could not drop the empty workout: %s", error->message);
  gtk_stack_set_visible_child_name (self->stack, "overview");
  hip_today_page_refresh (self);
  adw_toast_overlay_add_toast (self->toasts,
    adw_toast_new (_("Nothing was logged, so the session is still next")));
}

static void
player_finished_cb (HipTodayPage *self,
                    gint64        id,
                    int           pain_after)
{
  g_autoptr(GError) error = NULL;
  gboolean complete = FALSE;
  g_autofree char *report = hip_session_player_get_report (self->player, &complete);
  GString *text = g_string_new (report);

  hip_session_player_stop (self->player);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  if (!hip_coach_finish_workout (self->coach, id, pain_after, &self->changes, &error))
    g_warning ("Could not finish the workout: %s", error->message);
  /* What was done, then what changes in the programme because of it. */
  g_string_append (text, "\n\n");
  if (self->changes != NULL && self->changes->len > 0)
    for (guint i = 0; i < self->changes->len; i++)
      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "",
                              (const char *) self->changes->pdata[i]);
  else
    g_string_append (text, _("Your sets are saved. The next sessions stay as planned."));
  adw_status_page_set_title (self->summary, complete ? _("Every Set Is Done")
                                                     : _("Workout Saved"));
  gtk_label_set_label (self->changes_label, text->str);
  g_string_free (text, TRUE);
  adw_status_page_set_icon_name (self->summary, "emblem-ok-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->summary), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "overview");
  hip_today_page_refresh (self);
}

static void
save_checkin_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  g_autofree char *today = today_text ();
  g_autoptr(GError) error = NULL;

  if (self->morning_pain == NULL)
    return;
  if (!hip_coach_save_checkin (self->coach, today,
                               hip_spin_button_get_optional (self->morning_pain),
                               hip_spin_button_get_optional (self->morning_stiffness), &error))
    show_error (self, error);
}

static void
skip_checkin_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  GtkWidget *g = gtk_widget_get_ancestor (GTK_WIDGET (self->morning_pain),
                                          ADW_TYPE_PREFERENCES_GROUP);

  /* Skipped for now: it is asked again on the next start of the day. The group and its
   * buttons go. */
  if (g != NULL)
    gtk_box_remove (self->overview, gtk_widget_get_parent (g));
  self->morning_pain = self->morning_stiffness = NULL;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;
  if (self->undo_deleted ? !hip_coach_restore_set (self->coach, self->undo, &error)
                         : !hip_coach_update_set (self->coach, self->undo, &error))
    show_error (self, error);
  g_clear_pointer (&self->undo, hip_logged_set_free);
}

/* Keeps @set as it was, and offers to put it back. */
static void
offer_undo (HipTodayPage *self,
            HipLoggedSet *set,
            gboolean      deleted,
            const char   *what)
{
  AdwToast *toast = adw_toast_new (what);

  g_clear_pointer (&self->undo, hip_logged_set_free);
  self->undo = set;
  self->undo_deleted = deleted;
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "today.undo");
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
delete_set_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  HipLoggedSet *before = hip_coach_load_set (self->coach, id, NULL);
  g_autoptr(GError) error = NULL;

  if (before == NULL || !hip_coach_delete_set (self->coach, id, &error))
    {
      if (error != NULL)
        show_error (self, error);
      hip_logged_set_free (before);
      return;
    }
  offer_undo (self, before, TRUE, _("Set deleted"));
}

typedef struct
{
  HipTodayPage *page;
  HipLoggedSet *set;
  GtkWidget    *amount, *load, *effort, *pain;
} SetEdit;

static void
set_edit_free (SetEdit *edit)
{
  hip_logged_set_free (edit->set);
  g_free (edit);
}

/* A set's load as its field shows it: in the person's unit, to one decimal. */
static double
shown_load (const HipLoggedSet *set,
            HipUnits            units)
{
  return round (hip_units_from_kg (MAX (set->load, 0), units) * 10) / 10;
}

static void
edit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  SetEdit          *edit)
{
  HipTodayPage *self = edit->page;
  HipLoggedSet *before;
  HipLoggedSet *set = edit->set;
  guint amount = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (edit->amount));
  double load = gtk_spin_button_get_value (GTK_SPIN_BUTTON (edit->load));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;
  before = hip_logged_set_copy (set);
  if (set->reps > 0 || set->seconds == 0)
    set->reps = amount;
  else
    set->seconds = amount;
  /* A load left as shown stays the kilograms stored, not its rounded conversion. */
  if (load != shown_load (set, hip_coach_get_units (self->coach)))
    set->load = load > 0 ? hip_units_to_kg (load, hip_coach_get_units (self->coach)) : HIP_LOG_NONE;
  set->effort = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (edit->effort));
  set->pain = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (edit->pain));
  if (!hip_coach_update_set (self->coach, set, &error))
    {
      show_error (self, error);
      hip_logged_set_free (before);
      return;
    }
  offer_undo (self, before, FALSE, _("Set changed"));
}

static void
edit_set_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HipTodayPage *self = HIP_TODAY_PAGE (widget);
  SetEdit *edit = g_new0 (SetEdit, 1);
  HipUnits units = hip_coach_get_units (self->coach);
  g_autofree char *title = NULL;
  g_autofree char *load_title = NULL;
  GtkWidget *dialog, *grid;

  edit->page = self;
  edit->set = hip_coach_load_set (self->coach, g_variant_get_int64 (parameter), NULL);
  if (edit->set == NULL)
    {
      set_edit_free (edit);
      return;
    }
  title = set_line (self, edit->set);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Change Set"),
                                   title);
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  edit->amount = edit->set->seconds > 0
    ? hip_grid_add_spin (GTK_GRID (grid), 0, _("_Seconds"), edit->set->seconds, 0, 900, 1)
    : hip_grid_add_spin (GTK_GRID (grid), 0, _("_Repetitions"), edit->set->reps, 0, 100, 1);
  /* Translators: the load field's title, with its unit: "Load (kg)" or "Load (lb)" */
  load_title = g_strdup_printf (_("_Load (%s)"), hip_units_symbol (units));
  edit->load = hip_grid_add_spin (GTK_GRID (grid), 1, load_title, shown_load (edit->set, units),
                                  0, hip_units_from_kg (500, units),
                                  units == HIP_UNITS_POUNDS ? 1 : 0.5);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (edit->load), 1);
  edit->effort = hip_grid_add_spin (GTK_GRID (grid), 2, _("_Effort"), MAX (edit->set->effort, 0),
                                    0, 10, 1);
  edit->pain = hip_grid_add_spin (GTK_GRID (grid), 3, _("_Pain"), MAX (edit->set->pain, 0),
                                  0, 10, 1);
  hip_dialog_ask (ADW_MESSAGE_DIALOG (dialog), grid, "save", _("_Save"));
  g_signal_connect_data (dialog, "response", G_CALLBACK (edit_response_cb), edit,
                         (GClosureNotify) (void (*) (void)) set_edit_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Public ---- */

/* A set edited, a check-in saved, workouts imported: the overview shows the log as it is now.
 * During a workout and on its summary the player's own view stands; the overview is built
 * again when it comes back. */
static void
log_changed_cb (HipTodayPage *self)
{
  if (g_strcmp0 (hip_today_page_get_state (self), "overview") == 0)
    hip_today_page_refresh (self);
}

/* The coach replaced the active programme: what the page held of it is gone. */
static void
programme_changed_cb (HipTodayPage *self)
{
  self->plan = NULL;
  self->next = NULL;
  if (g_strcmp0 (hip_today_page_get_state (self), "overview") == 0)
    hip_today_page_refresh (self);
}

/* The coach is set: show what is next, and follow it from now on. */
static void
hip_today_page_constructed (GObject *object)
{
  HipTodayPage *self = HIP_TODAY_PAGE (object);

  G_OBJECT_CLASS (hip_today_page_parent_class)->constructed (object);

  self->catalogue = g_object_ref (hip_coach_get_catalogue (self->coach));
  /* Nothing can be logged in read-only data: the window's bar says so at start. */
  if (hip_coach_is_read_only (self->coach))
    {
      static const char *logging[] = {
        "today.start", "today.skip-session", "today.do-today", "today.resume",
        "today.discard", "today.done", "today.save-checkin", "today.skip-checkin",
        "today.delete-set", "today.edit-set", "today.undo",
      };

      for (guint i = 0; i < G_N_ELEMENTS (logging); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), logging[i], FALSE);
    }
  g_signal_connect_object (self->coach, "log-changed", G_CALLBACK (log_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "programme-changed", G_CALLBACK (programme_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* Loads are shown in the person's unit. */
  g_signal_connect_object (self->coach, "notify::units", G_CALLBACK (log_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* The weekly rating saved or skipped, its activities changed: as for the log. */
  g_signal_connect_object (self->coach, "psfs-changed", G_CALLBACK (log_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* The sessions' days, the next one among them, and the weekly rating's week follow the
   * person's week start. */
  g_signal_connect_object (self->coach, "notify::week-start", G_CALLBACK (log_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* The stills are drawn for the light or the dark style. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (restyle_stills), self, G_CONNECT_SWAPPED);
  hip_today_page_refresh (self);
}

static void
hip_today_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HipTodayPage *self = HIP_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_COACH:
      g_value_set_object (value, self->coach);
      break;
    case PROP_STILLS:
      g_value_set_object (value, self->stills);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_today_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HipTodayPage *self = HIP_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_COACH:
      self->coach = g_value_dup_object (value);
      break;
    case PROP_STILLS:
      self->stills = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

GtkWidget *
hip_today_page_get_player (HipTodayPage *self)
{
  return GTK_WIDGET (ensure_player (self));
}

/* "overview", "player" or "summary" */
const char *
hip_today_page_get_state (HipTodayPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

/* Returns: (transfer none) (nullable) (element-type utf8): what the last workout changed */
GPtrArray *
hip_today_page_get_changes (HipTodayPage *self)
{
  return self->changes;
}

static void
hip_today_page_dispose (GObject *object)
{
  HipTodayPage *self = (HipTodayPage *) object;

  g_clear_handle_id (&self->history_source, g_source_remove);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->undo, hip_logged_set_free);
  g_clear_object (&self->coach);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->stills);
  g_clear_pointer (&self->stills_shown, g_ptr_array_unref);
  G_OBJECT_CLASS (hip_today_page_parent_class)->dispose (object);
}

static void
hip_today_page_class_init (HipTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_today_page_dispose;
  object_class->constructed = hip_today_page_constructed;
  object_class->get_property = hip_today_page_get_property;
  object_class->set_property = hip_today_page_set_property;

  properties[PROP_COACH] =
    g_param_spec_object ("coach", NULL, NULL, HIP_TYPE_COACH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* For the player's figures and the swap's stills. */
  properties[PROP_STILLS] =
    g_param_spec_object ("stills", NULL, NULL, HIP_TYPE_STILLS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = hip_today_page_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/hip-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HipTodayPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, HipTodayPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HipTodayPage, overview);
  gtk_widget_class_bind_template_child (widget_class, HipTodayPage, summary);
  gtk_widget_class_bind_template_child (widget_class, HipTodayPage, changes_label);

  gtk_widget_class_install_action (widget_class, "today.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "today.skip-session", NULL, skip_session_action);
  gtk_widget_class_install_action (widget_class, "today.do-today", NULL, do_today_action);
  gtk_widget_class_install_action (widget_class, "today.resume", NULL, resume_action);
  gtk_widget_class_install_action (widget_class, "today.discard", NULL, discard_action);
  gtk_widget_class_install_action (widget_class, "today.done", NULL, done_action);
  gtk_widget_class_install_action (widget_class, "today.save-checkin", NULL, save_checkin_action);
  gtk_widget_class_install_action (widget_class, "today.skip-checkin", NULL, skip_checkin_action);
  gtk_widget_class_install_action (widget_class, "today.delete-set", "x", delete_set_action);
  gtk_widget_class_install_action (widget_class, "today.edit-set", "x", edit_set_action);
  gtk_widget_class_install_action (widget_class, "today.undo", NULL, undo_action);
}

static void
hip_today_page_init (HipTodayPage *self)
{
  self->stills_shown = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
