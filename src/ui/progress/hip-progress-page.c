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
#include "hip-psfs.h"
#include "hip-vocabulary.h"
#include "hip-widget-utils.h"

/**
 * HipProgressPage:
 *
 * Weeks of work made visible: weighted volume per hip action (with the balance wheel of the
 * week pointed at), pain during, after and the next morning, beside it the weekly ratings of
 * the activities the back makes hard (with each change a person can feel), sessions planned
 * and done, and one exercise's load (or repetitions) over time with left and right apart. A
 * range selector picks 4 weeks, 12 weeks, a year or everything; Table shows every chart's
 * numbers as text.
 */
struct _HipProgressPage
{
  AdwBin            parent_instance;

  HipCoach         *coach;
  HipCatalogue     *catalogue;
  GArray           *volumes;        /* of HipWeekVolume, one a week shown */
  GPtrArray        *exercise_ids;   /* for the exercise drop-down */

  GtkDropDown      *range_dropdown;
  GtkToggleButton  *table_button;
  GtkBox           *charts;
  HipProgressChart *volume_chart;
  HipProgressChart *pain_chart;
  HipProgressChart *psfs_chart;
  GtkWidget        *psfs_card;
  GtkLabel         *psfs_label;
  HipProgressChart *adherence_chart;
  HipProgressChart *exercise_chart;
  HipBalanceWheel  *wheel;
  GtkLabel         *wheel_label;
  GtkDropDown      *exercise_dropdown;
  GPtrArray        *stacks;         /* of GtkStack: chart or table */
};

G_DEFINE_FINAL_TYPE (HipProgressPage, hip_progress_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COACH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint range_weeks[] = { 4, 12, 52, 0 };

/* The Monday of the week @weeks_back weeks before this one, as YYYY-MM-DD. */
static char *
monday (int weeks_back)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -(g_date_time_get_day_of_week (now) - 1) -
                                                           7 * weeks_back);

  return g_date_time_format (then, "%Y-%m-%d");
}

static char *
next_monday (const char *day)
{
  GDate date;
  char text[11];

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  g_date_add_days (&date, 7);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

static char *
short_label (const char *day)
{
  GDate date;
  char text[32];

  g_date_clear (&date, 1);
  g_date_set_parse (&date, day);
  if (!g_date_valid (&date))
    return g_strdup (day);
  g_date_strftime (text, sizeof text, "%e %b", &date);
  return g_strdup (g_strstrip (text));
}

/* The first Monday shown: the range's, or for All the first week with anything logged. */
static char *
first_week (HipProgressPage *self,
            GArray          *volumes)
{
  guint weeks = range_weeks[MIN (gtk_drop_down_get_selected (self->range_dropdown), 3)];

  if (weeks > 0)
    return monday (weeks - 1);
  if (volumes != NULL && volumes->len > 0)
    return g_strdup (g_array_index (volumes, HipWeekVolume, 0).week);
  return monday (0);
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

/* Every week from @from to this one, with the volumes found (zero where nothing was done). */
static void
fill_weeks (HipProgressPage *self,
            const char      *from,
            GArray          *found)
{
  g_autofree char *now = monday (0);
  g_autofree char *week = g_strdup (from);
  guint f = 0;

  g_clear_pointer (&self->volumes, g_array_unref);
  self->volumes = g_array_new (FALSE, TRUE, sizeof (HipWeekVolume));
  while (strcmp (week, now) <= 0)
    {
      HipWeekVolume v = { { 0 } };
      char *next;

      while (f < found->len && strcmp (g_array_index (found, HipWeekVolume, f).week, week) < 0)
        f++;
      if (f < found->len && strcmp (g_array_index (found, HipWeekVolume, f).week, week) == 0)
        v = g_array_index (found, HipWeekVolume, f);
      g_strlcpy (v.week, week, sizeof v.week);
      g_array_append_val (self->volumes, v);
      next = next_monday (week);
      g_free (week);
      week = next;
    }
}

static GPtrArray *
week_labels (HipProgressPage *self)
{
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint w = 0; w < self->volumes->len; w++)
    g_ptr_array_add (labels, short_label (g_array_index (self->volumes, HipWeekVolume, w).week));
  return labels;
}

static void
show_volume (HipProgressPage *self)
{
  g_autoptr(GPtrArray) labels = week_labels (self);
  g_autoptr(GPtrArray) series = new_series (HIP_N_ACTIONS);
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);

  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    g_ptr_array_add (actions, g_strdup (hip_action_get_label (a)));
  for (guint w = 0; w < self->volumes->len; w++)
    for (guint a = 0; a < HIP_N_ACTIONS; a++)
      append (series, a, g_array_index (self->volumes, HipWeekVolume, w).actions[a]);
  hip_progress_chart_set_data (self->volume_chart, _("Weekly volume per hip action, in weighted "
                                                     "sets"), labels, actions, series,
                               _("sets"), FALSE);
}

/* The balance wheel of the week pointed at in the volume chart (else the latest). */
static void
volume_selected_cb (HipProgressPage  *self,
                    int               point)
{
  const HipWeekVolume *week;
  g_autofree char *day = NULL, *text = NULL;
  HipBalance balance;

  if (self->volumes == NULL || self->volumes->len == 0)
    return;
  /* Nothing pointed at: the latest week with any work. */
  for (guint w = self->volumes->len; point < 0 && w > 0; w--)
    for (guint a = 0; a < HIP_N_ACTIONS && point < 0; a++)
      if (g_array_index (self->volumes, HipWeekVolume, w - 1).actions[a] > 0)
        point = w - 1;
  if (point < 0)
    point = self->volumes->len - 1;
  week = &g_array_index (self->volumes, HipWeekVolume, point);
  hip_balance_init (&balance);
  for (guint a = 0; a < HIP_N_ACTIONS; a++)
    balance.actions[a] = week->actions[a];
  balance.left = week->left;
  balance.right = week->right;
  hip_balance_wheel_set_balance (self->wheel, &balance, 0);
  day = short_label (week->week);
  text = g_strdup_printf (_("Balance in the week of %s"), day);
  gtk_label_set_label (self->wheel_label, text);
}

static void
show_pain_and_adherence (HipProgressPage *self,
                         const char      *from)
{
  g_autoptr(GArray) pain = hip_coach_week_pain (self->coach, from, NULL);
  g_autoptr(GPtrArray) labels = week_labels (self);
  g_autoptr(GPtrArray) pain_series = new_series (3), done_series = new_series (2);
  g_autoptr(GPtrArray) pain_names = names (_("During"), _("After"), _("Next morning"), NULL);
  g_autoptr(GPtrArray) done_names = names (_("Planned"), _("Done"), NULL);
  HipProfile profile;
  gboolean found = FALSE;
  guint p = 0;

  hip_profile_init (&profile);
  hip_coach_load_profile (self->coach, &profile, &found, NULL);
  for (guint w = 0; w < self->volumes->len; w++)
    {
      const char *week = g_array_index (self->volumes, HipWeekVolume, w).week;
      HipWeekPain *hit = NULL;

      while (pain != NULL && p < pain->len &&
             strcmp (g_array_index (pain, HipWeekPain, p).week, week) < 0)
        p++;
      if (pain != NULL && p < pain->len && strcmp (g_array_index (pain, HipWeekPain, p).week, week) == 0)
        hit = &g_array_index (pain, HipWeekPain, p);
      append (pain_series, 0, hit != NULL ? hit->during : NAN);
      append (pain_series, 1, hit != NULL ? hit->after : NAN);
      append (pain_series, 2, hit != NULL ? hit->morning : NAN);
      append (done_series, 0, profile.sessions_per_week);
      append (done_series, 1, hit != NULL ? hit->sessions : 0);
    }
  hip_progress_chart_set_data (self->pain_chart, _("Pain by week, 0 to 10"), labels, pain_names,
                               pain_series, "/10", FALSE);
  hip_progress_chart_set_data (self->adherence_chart, _("Sessions planned and done by week"),
                               labels, done_names, done_series, NULL, TRUE);
}

/* The latest rating of @points (oldest first) in the week of Monday @week, or NAN. */
static double
rating_in_week (GArray     *points,
                const char *week)
{
  g_autofree char *next = next_monday (week);
  double value = NAN;

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
  g_autoptr(GPtrArray) labels = week_labels (self);
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
      for (guint w = 0; w < self->volumes->len; w++)
        append (series, a, rating_in_week (one->points,
                                           g_array_index (self->volumes, HipWeekVolume, w).week));
    }
  hip_progress_chart_set_data (self->psfs_chart, _("Activities that are hard, rated 0 (cannot "
                                                   "do it) to 10 (as before), by week"),
                               labels, activities, series, "/10", FALSE);
  changes = psfs_changes (history);
  gtk_label_set_label (self->psfs_label, changes);
}

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
  g_autoptr(GPtrArray) series = new_series (3);
  g_autoptr(GPtrArray) sides = names (_("Both sides"), _("Left"), _("Right"), NULL);
  gboolean loaded = FALSE;

  for (guint k = 0; points != NULL && k < points->len; k++)
    for (guint s = 0; s < 3; s++)
      loaded |= g_array_index (points, HipExercisePoint, k).load[s] > 0;
  for (guint k = 0; points != NULL && k < points->len; k++)
    {
      HipExercisePoint *point = &g_array_index (points, HipExercisePoint, k);

      g_ptr_array_add (labels, short_label (point->day));
      for (guint s = 0; s < 3; s++)
        append (series, s, loaded ? (point->load[s] > 0 ? point->load[s] : NAN)
                                  : (point->amount[s] > 0 ? point->amount[s] : NAN));
    }
  hip_progress_chart_set_data (self->exercise_chart,
                               loaded ? _("Heaviest load by workout, by side")
                                      : _("Repetitions (or seconds) by workout, by side"),
                               labels, sides, series, loaded ? _("kg") : NULL, FALSE);
}

static void
update_tables (HipProgressPage *self)
{
  gboolean table = gtk_toggle_button_get_active (self->table_button);

  for (guint i = 0; i < self->stacks->len; i++)
    {
      GtkStack *stack = self->stacks->pdata[i];
      HipProgressChart *chart = HIP_PROGRESS_CHART (gtk_stack_get_child_by_name (stack, "chart"));
      GtkLabel *label = GTK_LABEL (gtk_stack_get_child_by_name (stack, "table"));

      if (table)
        {
          g_autofree char *text = hip_progress_chart_format_table (chart);

          gtk_label_set_label (label, text);
        }
      gtk_stack_set_visible_child_name (stack, table ? "table" : "chart");
    }
}

/* Reads the store again for the range chosen and redraws every chart. */
void
hip_progress_page_refresh (HipProgressPage *self)
{
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) found = NULL;
  g_autofree char *from = NULL;

  g_return_if_fail (HIP_IS_PROGRESS_PAGE (self));

  if (self->coach == NULL)
    return;
  if (range_weeks[MIN (gtk_drop_down_get_selected (self->range_dropdown), 3)] == 0)
    all = hip_coach_week_volumes (self->coach, NULL, NULL);
  from = first_week (self, all);
  found = all != NULL ? g_array_ref (all) : hip_coach_week_volumes (self->coach, from, NULL);
  if (found == NULL)
    found = g_array_new (FALSE, TRUE, sizeof (HipWeekVolume));
  fill_weeks (self, from, found);
  show_volume (self);
  volume_selected_cb (self, -1);
  show_pain_and_adherence (self, from);
  show_psfs (self);
  show_exercise (self, from);
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
  g_autofree char *from = NULL;

  if (self->volumes == NULL || self->volumes->len == 0)
    return;
  from = g_strdup (g_array_index (self->volumes, HipWeekVolume, 0).week);
  show_exercise (self, from);
  update_tables (self);
}

/* A card: a heading, then the chart (or its table), then @extra. */
static HipProgressChart *
add_card (HipProgressPage *self,
          const char      *title,
          GtkWidget       *header_extra,
          GtkWidget       *extra)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *chart = hip_progress_chart_new ();
  GtkWidget *table = gtk_label_new (NULL);

  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (header), heading);
  if (header_extra != NULL)
    gtk_box_append (GTK_BOX (header), header_extra);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_add_css_class (chart, "card");
  gtk_label_set_selectable (GTK_LABEL (table), TRUE);
  gtk_label_set_xalign (GTK_LABEL (table), 0);
  gtk_widget_add_css_class (table, "monospace");
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_stack_add_named (GTK_STACK (stack), chart, "chart");
  gtk_stack_add_named (GTK_STACK (stack), table, "table");
  gtk_box_append (GTK_BOX (box), stack);
  if (extra != NULL)
    gtk_box_append (GTK_BOX (box), extra);
  gtk_box_append (self->charts, box);
  g_ptr_array_add (self->stacks, stack);
  return HIP_PROGRESS_CHART (chart);
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

static void
build_exercise_dropdown (HipProgressPage *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  g_clear_pointer (&self->exercise_ids, g_ptr_array_unref);
  self->exercise_ids = hip_coach_logged_exercises (self->coach, NULL);
  for (guint i = 0; self->exercise_ids != NULL && i < self->exercise_ids->len; i++)
    {
      HipExercise *e = hip_catalogue_lookup (self->catalogue, self->exercise_ids->pdata[i]);

      gtk_string_list_append (model, e != NULL ? hip_exercise_get_name (e)
                                               : (const char *) self->exercise_ids->pdata[i]);
    }
  gtk_drop_down_set_model (self->exercise_dropdown, G_LIST_MODEL (model));
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

GtkWidget *
hip_progress_page_get_wheel (HipProgressPage *self)
{
  return GTK_WIDGET (self->wheel);
}

static void
hip_progress_page_dispose (GObject *object)
{
  HipProgressPage *self = (HipProgressPage *) object;

  g_clear_pointer (&self->volumes, g_array_unref);
  g_clear_pointer (&self->exercise_ids, g_ptr_array_unref);
  g_clear_pointer (&self->stacks, g_ptr_array_unref);
  g_clear_object (&self->coach);
  g_clear_object (&self->catalogue);
  G_OBJECT_CLASS (hip_progress_page_parent_class)->dispose (object);
}

/* The coach is set: read what the charts show, and follow it from now on. A workout, an
 * import, a set edited; sessions a week or the usual pain changed: the charts follow. */
static void
hip_progress_page_constructed (GObject *object)
{
  HipProgressPage *self = HIP_PROGRESS_PAGE (object);

  G_OBJECT_CLASS (hip_progress_page_parent_class)->constructed (object);

  self->catalogue = g_object_ref (hip_coach_get_catalogue (self->coach));
  g_signal_connect_object (self->coach, "log-changed", G_CALLBACK (hip_progress_page_refresh),
                           self, G_CONNECT_SWAPPED);
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

static void
hip_progress_page_init (HipProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->stacks = g_ptr_array_new ();

  self->volume_chart = add_card (self, _("Volume per Hip Action"), NULL, wheel_box (self));
  g_signal_connect_object (self->volume_chart, "selected", G_CALLBACK (volume_selected_cb), self,
                           G_CONNECT_SWAPPED);
  self->pain_chart = add_card (self, _("Pain"), NULL, NULL);
  self->psfs_label = GTK_LABEL (hip_wrapped_label_new (NULL));
  self->psfs_chart = add_card (self, _("Activities That Are Hard"), NULL,
                               GTK_WIDGET (self->psfs_label));
  hip_progress_chart_set_maximum (self->psfs_chart, 10);
  self->psfs_card = gtk_widget_get_ancestor (GTK_WIDGET (self->psfs_chart), GTK_TYPE_BOX);
  gtk_widget_set_visible (self->psfs_card, FALSE);
  self->adherence_chart = add_card (self, _("Sessions"), NULL, NULL);
  self->exercise_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  g_signal_connect_object (self->exercise_dropdown, "notify::selected",
                           G_CALLBACK (exercise_changed_cb), self, G_CONNECT_SWAPPED);
  self->exercise_chart = add_card (self, _("One Exercise"), GTK_WIDGET (self->exercise_dropdown),
                                   NULL);
}
