/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hip-balance-wheel.h"
#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-exercise.h"
#include "hip-progress-chart.h"
#include "hip-progress-page.h"
#include "hip-progress-page-private.h"
#include "hip-progress-table.h"
#include "hip-psfs.h"
#include "hip-units.h"
#include "hip-vocabulary.h"
#include "hip-week.h"
#include "hip-widget-utils.h"

/**
 * HipProgressPage:
 *
 * Weeks of work made visible, each week from the person's week start (HipCoach:week-start):
 * weighted volume per hip action (with the balance wheel of the week pointed at), pain's
 * median and worst on 0–10 during sets, before and after sessions or the next mornings, beside
 * it the weekly ratings of the activities the back makes hard (with each change a person can
 * feel), sessions planned (by the programmes of the time) and done, and one exercise's load
 * (or repetitions) over time with left and right apart. A range selector picks 4 weeks, 12
 * weeks, a year or everything, from the first week anything was logged at the earliest; Table
 * shows every chart's numbers in a table.
 */
struct _HipProgressPage
{
  AdwBin            parent_instance;

  HipCoach         *coach;
  HipCatalogue     *catalogue;
  GArray           *weeks;          /* of HipProgressWeek, one a week shown */
  GPtrArray        *exercise_ids;   /* for the exercise drop-down */

  GtkDropDown      *range_dropdown;
  GtkToggleButton  *table_button;
  GtkBox           *charts;
  HipProgressChart *volume_chart;
  HipProgressChart *pain_chart;
  GtkDropDown      *pain_dropdown;
  HipProgressChart *psfs_chart;
  GtkWidget        *psfs_card;
  GtkLabel         *psfs_label;
  HipProgressChart *adherence_chart;
  HipProgressChart *exercise_chart;
  HipBalanceWheel  *wheel;
  GtkLabel         *wheel_label;
  GtkDropDown      *exercise_dropdown;
  GArray           *cards;          /* of Card */
};

/* A chart's card: the chart, or its table. */
typedef struct
{
  GtkStack         *stack;
  HipProgressChart *chart;
  HipProgressTable *table;
  const char       *points;         /* the heading of the table's first column */
} Card;

G_DEFINE_FINAL_TYPE (HipProgressPage, hip_progress_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COACH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint range_weeks[] = { 4, 12, 52, 0 };

/* Pain's median and worst: blue, and orange above it. */
static const char *pain_colours[] = { "blue_3", "orange_3", NULL };

/* "5 Jan 2026" */
static char *
day_label (const GDate *date)
{
  char text[64];

  if (!g_date_valid (date))
    return g_strdup ("");
  /* Translators: a day in the Progress tables and charts (strftime) */
  g_date_strftime (text, sizeof text, _("%e %b %Y"), date);
  return g_strdup (g_strstrip (text));
}

static GPtrArray *
new_series (guint n)
{
  GPtrArray *series = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint s = 0; s < n; s++)
    g_ptr_array_add (series, g_array_new (FALSE, FALSE, sizeof (double)));
  return series;
}

static void
append (GPtrArray *series,
        guint      s,
        double     value)
{
  g_array_append_val ((GArray *) series->pdata[s], value);
}

static GPtrArray *
names (const char *first,
       ...)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    g_ptr_array_add (list, g_strdup (name));
  va_end (args);
  return list;
}

static const HipProgressWeek *
week_at (HipProgressPage *self,
         guint            w)
{
  return &g_array_index (self->weeks, HipProgressWeek, w);
}

/* The first day of each week shown. */
static GArray *
week_dates (HipProgressPage *self)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (GDate));

  for (guint w = 0; w < self->weeks->len; w++)
    {
      GDate date;

      hip_log_parse_day (week_at (self, w)->week, &date);
      g_array_append_val (dates, date);
    }
  return dates;
}

static GPtrArray *
week_labels (GArray *dates)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint w = 0; w < dates->len; w++)
    g_ptr_array_add (labels, day_label (&g_array_index (dates, GDate, w)));
  return labels;
}

/* Sets @chart's weekly data, its time axis labelled by the weeks' dates. */
static void
set_weeks (HipProgressPage  *self,
           HipProgressChart *chart,
           const char       *title,
           GPtrArray        *series_names,
           GPtrArray        *series,
           const char       *unit,
           gboolean          bars)
{
  g_autoptr(GArray) dates = week_dates (self);
  g_autoptr(GPtrArray) labels = week_labels (dates);

  hip_progress_chart_set_data (chart, title, labels, series_names, series, unit, bars);
  hip_progress_chart_set_dates (chart, dates);
}

static void
show_volume (HipProgressPage *self)
{
  g_autoptr(GPtrArray) series = new_series (HIP_N_ACTIONS);
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    g_ptr_array_add (actions, g_strdup (hip_action_get_label (a)));
  for (guint w = 0; w < self->weeks->len; w++)
    for (guint a = 0; a < HIP_N_ACTIONS; a++)
      append (series, a, week_at (self, w)->actions[a]);
  set_weeks (self, self->volume_chart, _("Weekly volume per hip action, in weighted sets"),
             actions, series, _("sets"), FALSE);
}

/* The balance wheel of the week pointed at in the volume chart (else the latest). */
static void
volume_selected_cb (HipProgressPage  *self,
                    int               point)
{
  const HipProgressWeek *week;
  g_autofree char *day = NULL, *text = NULL;
  HipBalance balance;
  GDate date;

  if (self->weeks == NULL || self->weeks->len == 0)
    return;
  /* Nothing pointed at: the latest week with any work. */
  for (guint w = self->weeks->len; point < 0 && w > 0; w--)
    for (guint a = 0; a < HIP_N_ACTIONS && point < 0; a++)
      if (week_at (self, w - 1)->actions[a] > 0)
        point = w - 1;
  if (point < 0)
    point = self->weeks->len - 1;
  week = week_at (self, point);
  hip_balance_init (&balance);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    balance.actions[a] = week->actions[a];
  balance.left = week->left;
  balance.right = week->right;
  hip_balance_wheel_set_balance (self->wheel, &balance, 0);
  hip_log_parse_day (week->week, &date);
  day = day_label (&date);
  text = g_strdup_printf (_("Balance in the week of %s"), day);
  gtk_label_set_label (self->wheel_label, text);
}

/* Pain at the time chosen (during sets, before, after, the next mornings): each week's median
 * and worst, on 0–10. */
static void
show_pain (HipProgressPage *self)
{
  static const char *titles[] = {
    N_("Pain during sets by week, 0 to 10: median and worst"),
    N_("Pain before sessions by week, 0 to 10: median and worst"),
    N_("Pain after sessions by week, 0 to 10: median and worst"),
    N_("Pain in the next mornings by week, 0 to 10: median and worst"),
  };
  HipPainTime time = MIN (gtk_drop_down_get_selected (self->pain_dropdown), HIP_N_PAIN_TIMES - 1);
  g_autoptr(GPtrArray) series = new_series (2);
  g_autoptr(GPtrArray) stats = names (_("Median"), _("Worst"), NULL);

  G_STATIC_ASSERT (G_N_ELEMENTS (titles) == HIP_N_PAIN_TIMES);
  for (guint w = 0; w < self->weeks->len; w++)
    {
      const HipProgressWeek *week = week_at (self, w);

      append (series, 0, week->median[time]);
      append (series, 1, week->worst[time] == HIP_LOG_NONE ? NAN : week->worst[time]);
    }
  set_weeks (self, self->pain_chart, _(titles[time]), stats, series, "/10", FALSE);
}

/* Sessions planned by the programmes of the time (none before the first) and done. */
static void
show_adherence (HipProgressPage *self)
{
  g_autoptr(GPtrArray) series = new_series (2);
  g_autoptr(GPtrArray) done_names = names (_("Planned"), _("Done"), NULL);

  for (guint w = 0; w < self->weeks->len; w++)
    {
      const HipProgressWeek *week = week_at (self, w);

      append (series, 0, week->planned < 0 ? NAN : week->planned);
      append (series, 1, week->done);
    }
  set_weeks (self, self->adherence_chart, _("Sessions planned and done by week"), done_names,
             series, NULL, TRUE);
}

/* The latest rating of @points (oldest first) in the week from @week, or NAN. */
static double
rating_in_week (GArray     *points,
                const char *week)
{
  double value = NAN;
  char next[11];

  hip_week_add_days (week, 7, next);
  for (guint i = 0; i < points->len; i++)
    {
      const HipPsfsPoint *point = &g_array_index (points, HipPsfsPoint, i);

      if (strcmp (point->day, week) >= 0 && strcmp (point->day, next) < 0 &&
          point->score != HIP_LOG_NONE)
        value = point->score;
    }
  return value;
}

/* What changed since each activity's first rating, when it is a change a person can feel. */
static char *
psfs_changes (GPtrArray *history)
{
  GString *text = g_string_new (NULL);
  gboolean rated = FALSE;

  for (guint i = 0; i < history->len; i++)
    {
      const HipPsfsSeries *series = history->pdata[i];
      HipPsfsChange change = hip_psfs_change ((const HipPsfsPoint *) series->points->data,
                                              series->points->len);
      g_autofree char *line = hip_psfs_describe_change (series->activity->name, &change);

      rated |= change.first != HIP_LOG_NONE;
      if (line != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
    }
  if (text->len == 0)
    g_string_append (text, rated ? _("No activity has changed by 2 points yet, the smallest "
                                     "change you can feel.")
                                 : _("Rate them on Today, once a week."));
  return g_string_free (text, FALSE);
}

/* The functional scale's activities, one line each, rated 0–10 by week beside pain; hidden
 * while the profile names none. */
static void
show_psfs (HipProgressPage *self)
{
  g_autoptr(GPtrArray) history = hip_coach_psfs_history (self->coach, NULL);
  g_autoptr(GPtrArray) activities = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) series = NULL;
  g_autofree char *changes = NULL;

  gtk_widget_set_visible (self->psfs_card, history != NULL && history->len > 0);
  if (history == NULL || history->len == 0)
    return;
  series = new_series (history->len);
  for (guint a = 0; a < history->len; a++)
    {
      const HipPsfsSeries *one = history->pdata[a];

      g_ptr_array_add (activities, g_strdup (one->activity->name));
      for (guint w = 0; w < self->weeks->len; w++)
        append (series, a, rating_in_week (one->points, week_at (self, w)->week));
    }
  set_weeks (self, self->psfs_chart, _("Activities that are hard, rated 0 (cannot do it) to 10 "
                                       "(as before), by week"),
             activities, series, "/10", FALSE);
  changes = psfs_changes (history);
  gtk_label_set_label (self->psfs_label, changes);
}

/* One exercise's workouts from @from: the heaviest load by side, or (done without load) the
 * repetitions or seconds. */
static void
show_exercise (HipProgressPage *self,
               const char      *from)
{
  guint i = gtk_drop_down_get_selected (self->exercise_dropdown);
  const char *id = self->exercise_ids != NULL && i < self->exercise_ids->len
                   ? self->exercise_ids->pdata[i] : NULL;
  g_autoptr(GArray) points = id != NULL ? hip_coach_exercise_progress (self->coach, id, from,
                                                                       NULL) : NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(GPtrArray) series = new_series (3);
  g_autoptr(GPtrArray) sides = names (_("Both sides"), _("Left"), _("Right"), NULL);
  HipUnits units = hip_coach_get_units (self->coach);
  g_autofree char *title = NULL;
  gboolean loaded = FALSE;
  guint digits = 0;

  for (guint k = 0; points != NULL && k < points->len; k++)
    for (guint s = 0; s < 3; s++)
      {
        double load = g_array_index (points, HipExercisePoint, k).load[s];

        loaded |= load > 0;
        /* As many decimals as the loads need: 20, 22.5 or 2.25 kg; pounds, converted from
         * kilograms, to one. */
        if (load > 0 && units == HIP_UNITS_POUNDS)
          digits = 1;
        else if (load > 0 && fabs (load * 10 - round (load * 10)) > 1e-6)
          digits = 2;
        else if (load > 0 && fabs (load - round (load)) > 1e-6)
          digits = MAX (digits, 1);
      }
  for (guint k = 0; points != NULL && k < points->len; k++)
    {
      HipExercisePoint *point = &g_array_index (points, HipExercisePoint, k);
      GDate date;

      hip_log_parse_day (point->day, &date);
      g_array_append_val (dates, date);
      g_ptr_array_add (labels, day_label (&date));
      for (guint s = 0; s < 3; s++)
        {
          double load = point->load[s] > 0 ? hip_units_from_kg (point->load[s], units) : NAN;

          append (series, s, loaded ? load : (point->amount[s] > 0 ? point->amount[s] : NAN));
        }
    }
  /* Repetitions are counts. */
  hip_progress_chart_set_integer (self->exercise_chart, !loaded);
  hip_progress_chart_set_digits (self->exercise_chart, digits);
  /* Translators: what a chart shows, for screen readers; %s is "kg" or "lb" */
  title = loaded ? g_strdup_printf (_("Heaviest load by workout, by side, in %s"),
                                    hip_units_symbol (units))
                 : g_strdup (_("Repetitions (or seconds) by workout, by side"));
  hip_progress_chart_set_data (self->exercise_chart, title,
                               labels, sides, series, loaded ? hip_units_symbol (units) : NULL,
                               FALSE);
  hip_progress_chart_set_dates (self->exercise_chart, dates);
}

static void
update_tables (HipProgressPage *self)
{
  gboolean table = gtk_toggle_button_get_active (self->table_button);

  for (guint i = 0; i < self->cards->len; i++)
    {
      Card *card = &g_array_index (self->cards, Card, i);

      if (table)
        hip_progress_table_show (card->table, card->chart, _(card->points));
      gtk_stack_set_visible_child_name (card->stack, table ? "table" : "chart");
    }
}

static const char *
first_week (HipProgressPage *self)
{
  return self->weeks != NULL && self->weeks->len > 0 ? week_at (self, 0)->week : NULL;
}

/* Reads the weeks again for the range chosen and redraws every chart. */
void
hip_progress_page_refresh (HipProgressPage *self)
{
  guint range = MIN (gtk_drop_down_get_selected (self->range_dropdown), 3);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HIP_IS_PROGRESS_PAGE (self));

  if (self->coach == NULL)
    return;
  g_clear_pointer (&self->weeks, g_array_unref);
  self->weeks = hip_coach_progress_weeks (self->coach, range_weeks[range], NULL, &error);
  if (self->weeks == NULL)
    {
      g_warning ("Could not read your progress: %s", error->message);
      self->weeks = g_array_new (FALSE, TRUE, sizeof (HipProgressWeek));
    }
  show_volume (self);
  volume_selected_cb (self, -1);
  show_pain (self);
  show_adherence (self);
  show_psfs (self);
  show_exercise (self, first_week (self));
  update_tables (self);
}

static void
range_changed_cb (HipProgressPage *self)
{
  hip_progress_page_refresh (self);
}

static void
table_toggled_cb (HipProgressPage *self)
{
  update_tables (self);
}

static void
exercise_changed_cb (HipProgressPage *self)
{
  if (self->weeks == NULL)
    return;
  show_exercise (self, first_week (self));
  update_tables (self);
}

static void
pain_changed_cb (HipProgressPage *self)
{
  if (self->weeks == NULL)
    return;
  show_pain (self);
  update_tables (self);
}

/* A card: a heading, then the chart (or its table, whose first column is @points), then
 * @extra. */
static HipProgressChart *
add_card (HipProgressPage *self,
          const char      *title,
          const char      *points,
          GtkWidget       *header_extra,
          GtkWidget       *extra)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  Card card = { GTK_STACK (gtk_stack_new ()), HIP_PROGRESS_CHART (hip_progress_chart_new ()),
                HIP_PROGRESS_TABLE (hip_progress_table_new ()), points };

  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_box_append (GTK_BOX (header), heading);
  if (header_extra != NULL)
    {
      gtk_widget_set_valign (header_extra, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (header), header_extra);
    }
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_add_css_class (GTK_WIDGET (card.chart), "card");
  gtk_stack_set_vhomogeneous (card.stack, FALSE);
  gtk_stack_add_named (card.stack, GTK_WIDGET (card.chart), "chart");
  gtk_stack_add_named (card.stack, GTK_WIDGET (card.table), "table");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card.stack));
  if (extra != NULL)
    gtk_box_append (GTK_BOX (box), extra);
  gtk_box_append (self->charts, box);
  g_array_append_val (self->cards, card);
  return card.chart;
}

static GtkWidget *
wheel_box (HipProgressPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->wheel_label = GTK_LABEL (gtk_label_new (NULL));
  self->wheel = HIP_BALANCE_WHEEL (hip_balance_wheel_new ());
  gtk_widget_set_halign (GTK_WIDGET (self->wheel), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->wheel_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->wheel));
  return box;
}

/* The exercises logged, by name; the one chosen stays chosen. */
static void
build_exercise_dropdown (HipProgressPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint chosen = gtk_drop_down_get_selected (self->exercise_dropdown);
  g_autofree char *id = NULL;
  guint keep = 0;

  if (self->exercise_ids != NULL && chosen < self->exercise_ids->len)
    id = g_strdup (self->exercise_ids->pdata[chosen]);
  g_clear_pointer (&self->exercise_ids, g_ptr_array_unref);
  self->exercise_ids = hip_coach_logged_exercises (self->coach, NULL);
  for (guint i = 0; self->exercise_ids != NULL && i < self->exercise_ids->len; i++)
    {
      HipExercise *e = hip_catalogue_lookup (self->catalogue, self->exercise_ids->pdata[i]);

      gtk_string_list_append (model, e != NULL ? hip_exercise_get_name (e)
                                               : (const char *) self->exercise_ids->pdata[i]);
      if (g_strcmp0 (id, self->exercise_ids->pdata[i]) == 0)
        keep = i;
    }
  gtk_drop_down_set_model (self->exercise_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->exercise_dropdown, keep);
}

/* A workout, an import, a set edited: its exercise may be new to the drop-down. */
static void
log_changed_cb (HipProgressPage *self)
{
  build_exercise_dropdown (self);
  hip_progress_page_refresh (self);
}

/* The charts: volume, pain, adherence, exercise, and the functional scale's activities. */
HipProgressChart *
hip_progress_page_get_chart (HipProgressPage *self,
                             guint            index)
{
  HipProgressChart *charts[] = { self->volume_chart, self->pain_chart, self->adherence_chart,
                                 self->exercise_chart, self->psfs_chart };

  g_return_val_if_fail (index < G_N_ELEMENTS (charts), NULL);
  return charts[index];
}

/* The table of chart @index (as hip_progress_page_get_chart() counts them). */
HipProgressTable *
hip_progress_page_get_table (HipProgressPage *self,
                             guint            index)
{
  HipProgressChart *chart = hip_progress_page_get_chart (self, index);

  for (guint i = 0; i < self->cards->len; i++)
    if (g_array_index (self->cards, Card, i).chart == chart)
      return g_array_index (self->cards, Card, i).table;
  g_return_val_if_reached (NULL);
}

/* The pain chart's choice: during sets, before and after sessions, the next mornings. */
GtkDropDown *
hip_progress_page_get_pain_times (HipProgressPage *self)
{
  return self->pain_dropdown;
}

/* Returns: (transfer none) (element-type HipProgressWeek): the weeks shown */
GArray *
hip_progress_page_get_weeks (HipProgressPage *self)
{
  return self->weeks;
}

GtkWidget *
hip_progress_page_get_wheel (HipProgressPage *self)
{
  return GTK_WIDGET (self->wheel);
}

static void
hip_progress_page_dispose (GObject *object)
{
  HipProgressPage *self = (HipProgressPage *) object;

  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->exercise_ids, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_object (&self->coach);
  g_clear_object (&self->catalogue);
  G_OBJECT_CLASS (hip_progress_page_parent_class)->dispose (object);
}

/* The coach is set: read what the charts show, and follow it from now on. A workout, an
 * import, a set edited; a programme made, chosen or edited (the sessions planned), the
 * profile's start date, the functional scale, the week start: the charts follow. */
static void
hip_progress_page_constructed (GObject *object)
{
  HipProgressPage *self = HIP_PROGRESS_PAGE (object);

  G_OBJECT_CLASS (hip_progress_page_parent_class)->constructed (object);

  self->catalogue = g_object_ref (hip_coach_get_catalogue (self->coach));
  g_signal_connect_object (self->coach, "log-changed", G_CALLBACK (log_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "programme-changed",
                           G_CALLBACK (hip_progress_page_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "notify::week-start",
                           G_CALLBACK (hip_progress_page_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "notify::units", G_CALLBACK (exercise_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "profile-changed", G_CALLBACK (hip_progress_page_refresh),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "psfs-changed", G_CALLBACK (hip_progress_page_refresh),
                           self, G_CONNECT_SWAPPED);
  build_exercise_dropdown (self);
  hip_progress_page_refresh (self);
}

static void
hip_progress_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HipProgressPage *self = HIP_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_COACH:
      g_value_set_object (value, self->coach);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_progress_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HipProgressPage *self = HIP_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_COACH:
      self->coach = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_progress_page_class_init (HipProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_progress_page_dispose;
  object_class->constructed = hip_progress_page_constructed;
  object_class->get_property = hip_progress_page_get_property;
  object_class->set_property = hip_progress_page_set_property;

  properties[PROP_COACH] =
    g_param_spec_object ("coach", NULL, NULL, HIP_TYPE_COACH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HipProgressPage, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HipProgressPage, table_button);
  gtk_widget_class_bind_template_child (widget_class, HipProgressPage, charts);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_toggled_cb);
}

/* The pain chart's choice of when: during sets, before, after, the next mornings. */
static GtkWidget *
pain_dropdown (HipProgressPage *self)
{
  const char *times[] = { _("During Sets"), _("Before Sessions"), _("After Sessions"),
                          _("Next Mornings"), NULL };

  G_STATIC_ASSERT (G_N_ELEMENTS (times) == HIP_N_PAIN_TIMES + 1);
  self->pain_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (times));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pain_dropdown), _("When the Pain Was"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pain_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("When the Pain Was"), -1);
  g_signal_connect_object (self->pain_dropdown, "notify::selected",
                           G_CALLBACK (pain_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self->pain_dropdown);
}

static GtkWidget *
exercise_dropdown (HipProgressPage *self)
{
  self->exercise_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->exercise_dropdown), _("Exercise Shown"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->exercise_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Exercise Shown"), -1);
  g_signal_connect_object (self->exercise_dropdown, "notify::selected",
                           G_CALLBACK (exercise_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self->exercise_dropdown);
}

static void
hip_progress_page_init (HipProgressPage *self)
{
  /* Translators: the heading of a table's first column, a week by the day it starts */
  const char *week = N_("Week Starting");

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cards = g_array_new (FALSE, FALSE, sizeof (Card));

  self->volume_chart = add_card (self, _("Volume per Hip Action"), week, NULL, wheel_box (self));
  /* Weighted sets: whole ones on the axis, halves and fractions in the values. */
  hip_progress_chart_set_integer (self->volume_chart, TRUE);
  g_signal_connect_object (self->volume_chart, "selected", G_CALLBACK (volume_selected_cb), self,
                           G_CONNECT_SWAPPED);
  self->pain_chart = add_card (self, _("Pain"), week, pain_dropdown (self), NULL);
  hip_progress_chart_set_maximum (self->pain_chart, 10);
  hip_progress_chart_set_colours (self->pain_chart, pain_colours);
  self->psfs_label = GTK_LABEL (hip_wrapped_label_new (NULL));
  self->psfs_chart = add_card (self, _("Activities That Are Hard"), week, NULL,
                               GTK_WIDGET (self->psfs_label));
  hip_progress_chart_set_maximum (self->psfs_chart, 10);
  hip_progress_chart_set_digits (self->psfs_chart, 0);
  self->psfs_card = gtk_widget_get_ancestor (GTK_WIDGET (self->psfs_chart), GTK_TYPE_BOX);
  gtk_widget_set_visible (self->psfs_card, FALSE);
  self->adherence_chart = add_card (self, _("Sessions"), week, NULL, NULL);
  hip_progress_chart_set_integer (self->adherence_chart, TRUE);
  hip_progress_chart_set_digits (self->adherence_chart, 0);
  /* Translators: the heading of a table's first column: the day of a workout */
  self->exercise_chart = add_card (self, _("One Exercise"), N_("Workout"),
                                   exercise_dropdown (self), NULL);
}
