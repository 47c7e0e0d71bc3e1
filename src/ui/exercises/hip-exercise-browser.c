/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-exercise.h"
#include "hip-widget-utils.h"
#include "hip-badges.h"
#include "hip-exercise-browser.h"
#include "hip-exercise-browser-private.h"
#include "hip-exercise-card.h"
#include "hip-stills.h"
#include "hip-exercise-filter.h"
#include "hip-exercise-query.h"

/**
 * HipExerciseBrowser:
 *
 * The Exercises page: a search entry, a sheet of filters (beside the grid when there is room, over
 * it when there is not) and a grid of cards over one filtered and sorted view of the exercises.
 */
struct _HipExerciseBrowser
{
  GtkWidget           parent_instance;

  HipStills          *stills;    /* (nullable): the cards' stills */
  HipExerciseQuery   *query;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;

  /* Template widgets */
  AdwFlap            *flap;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkStack           *results_stack;
  GtkGridView        *grid;
  AdwComboRow        *plane_row;
  AdwComboRow        *action_row;
  AdwComboRow        *muscle_group_row;
  AdwComboRow        *muscle_row;
  AdwComboRow        *equipment_row;
  AdwComboRow        *level_row;
  AdwComboRow        *kind_row;
  AdwComboRow        *origin_row;
};

G_DEFINE_FINAL_TYPE (HipExerciseBrowser, hip_exercise_browser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXERCISES,
  PROP_STILLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef const char *(*LabelFunc) (int value);

/* One filter row: the query property it edits and the values it offers after "Any". */
typedef struct
{
  gsize       row_offset;
  const char *property;
  const char *any_label;
  guint       n_values;
  LabelFunc   label;
} Facet;

/* What the equipment filter offers: needing nothing beyond household items, then what people
 * buy and exercises may need (a mat is never needed, SCIENCE.md §8). */
static const HipEquipment filter_equipment[] = {
  HIP_EQUIPMENT_NONE, HIP_EQUIPMENT_BAND, HIP_EQUIPMENT_DUMBBELL, HIP_EQUIPMENT_KETTLEBELL,
  HIP_EQUIPMENT_BARBELL, HIP_EQUIPMENT_BENCH, HIP_EQUIPMENT_STEP, HIP_EQUIPMENT_CABLE,
};

static const char *
equipment_label (int index)
{
  return hip_equipment_get_label (filter_equipment[index]);
}

/* Where exercises come from: the catalogue, or the person (with their badge's word). */
static const char *
origin_label (int origin)
{
  /* Translators: the filter's choice of the exercises that come with the app */
  return origin == HIP_ORIGIN_USER ? hip_badges_own_label () : _("The catalogue's");
}

#define ROW(field) G_STRUCT_OFFSET (HipExerciseBrowser, field)

static const Facet facets[] = {
  { ROW (plane_row), "plane", N_("Any plane"), HIP_N_PLANES,
    (LabelFunc) hip_plane_get_label },
  { ROW (action_row), "action", N_("Any action"), HIP_N_ACTIONS,
    (LabelFunc) hip_action_get_label },
  { ROW (muscle_group_row), "muscle-group", N_("Any group"), HIP_N_MUSCLE_GROUPS,
    (LabelFunc) hip_muscle_group_get_label },
  { ROW (muscle_row), "muscle", N_("Any muscle"), HIP_N_MUSCLES,
    (LabelFunc) hip_muscle_get_label },
  { ROW (equipment_row), "equipment", N_("Any equipment"), G_N_ELEMENTS (filter_equipment),
    equipment_label },
  { ROW (level_row), "level", N_("Any level"), HIP_N_LEVELS,
    (LabelFunc) hip_level_get_label },
  { ROW (kind_row), "kind", N_("Any type"), HIP_N_KINDS,
    (LabelFunc) hip_kind_get_label },
  { ROW (origin_row), "origin", N_("Any source"), HIP_ORIGIN_USER + 1, origin_label },
};

#undef ROW

static gboolean
is_equipment (const Facet *facet)
{
  return facet->label == equipment_label;
}

/* Row index ↔ query value. Index 0 is "Any"; equipment values are flags, not indices. */
static gboolean
value_to_index (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const Facet *facet = user_data;
  int value = g_value_get_int (from);
  guint index;

  if (value == HIP_QUERY_ANY)
    index = 0;
  else if (is_equipment (facet))
    {
      index = 0;
      for (guint i = 0; i < G_N_ELEMENTS (filter_equipment); i++)
        if ((int) filter_equipment[i] == value)
          index = i + 1;
    }
  else
    index = value + 1;

  g_value_set_uint (to, index);
  return TRUE;
}

static gboolean
index_to_value (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const Facet *facet = user_data;
  guint index = g_value_get_uint (from);

  if (index == 0 || index == GTK_INVALID_LIST_POSITION)
    g_value_set_int (to, HIP_QUERY_ANY);
  else if (is_equipment (facet))
    g_value_set_int (to, index - 1 < G_N_ELEMENTS (filter_equipment)
                         ? (int) filter_equipment[index - 1] : HIP_QUERY_ANY);
  else
    g_value_set_int (to, index - 1);
  return TRUE;
}

static void
setup_facet (HipExerciseBrowser *self,
             const Facet        *facet)
{
  AdwComboRow *row = G_STRUCT_MEMBER (AdwComboRow *, self, facet->row_offset);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, _(facet->any_label));
  for (guint i = 0; i < facet->n_values; i++)
    gtk_string_list_append (labels, facet->label (i));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));

  g_object_bind_property_full (self->query, facet->property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               value_to_index, index_to_value, (gpointer) facet, NULL);
}

static void
update_count (HipExerciseBrowser *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filtered);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = all != NULL ? g_list_model_get_n_items (all) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (ngettext ("%u exercise", "%u exercises", total), total);
  else
    /* Translators: the count of exercises that match the search and filters */
    text = g_strdup_printf (ngettext ("%u of %u exercise", "%u of %u exercises", total),
                            shown, total);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->results_stack, shown > 0 ? "results" : "empty");
}

static void
query_changed_cb (HipExerciseBrowser *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "browser.reset-filters",
                                 hip_exercise_query_get_n_filters (self->query) > 0);
}

static void
search_changed_cb (HipExerciseBrowser *self)
{
  hip_exercise_query_set_text (self->query,
                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
grid_activate_cb (HipExerciseBrowser *self,
                  guint               position)
{
  g_autoptr(HipExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (exercise != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-exercise", "s",
                                hip_exercise_get_id (exercise));
}

/* Every card gets the browser's stills when it is made; lists recycle cards, so binding only
 * changes the exercise. */
static void
card_setup_cb (HipExerciseBrowser *self,
               GtkListItem        *item)
{
  gtk_list_item_set_child (item, g_object_new (HIP_TYPE_EXERCISE_CARD,
                                               "stills", self->stills,
                                               NULL));
}

static void
card_bind_cb (HipExerciseBrowser *self,
              GtkListItem        *item)
{
  GtkWidget *card = gtk_list_item_get_child (item);
  GtkWidget *cell = gtk_widget_get_parent (card);
  HipExercise *exercise = gtk_list_item_get_item (item);

  hip_exercise_card_set_exercise (HIP_EXERCISE_CARD (card), exercise);
  /* The grid's cell is what takes the focus and what a screen reader names; GTK 4.8 names it
   * after its widget type unless it is told (4.12 has gtk_list_item_set_accessible_label()). */
  if (cell != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    hip_exercise_get_name (exercise), -1);
}

static void
card_unbind_cb (HipExerciseBrowser *self,
                GtkListItem        *item)
{
  hip_exercise_card_set_exercise (HIP_EXERCISE_CARD (gtk_list_item_get_child (item)), NULL);
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  hip_exercise_query_clear_filters (HIP_EXERCISE_BROWSER (widget)->query);
}

static void
reset_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  HipExerciseBrowser *self = HIP_EXERCISE_BROWSER (widget);

  hip_exercise_query_clear_filters (self->query);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  hip_exercise_query_set_text (self->query, NULL);
}

HipExerciseQuery *
hip_exercise_browser_get_query (HipExerciseBrowser *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_BROWSER (self), NULL);
  return self->query;
}

/* Returns: (transfer none): the exercises shown, in the order shown */
GListModel *
hip_exercise_browser_get_results (HipExerciseBrowser *self)
{
  g_return_val_if_fail (HIP_IS_EXERCISE_BROWSER (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

void
hip_exercise_browser_focus_search (HipExerciseBrowser *self)
{
  g_return_if_fail (HIP_IS_EXERCISE_BROWSER (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
hip_exercise_browser_focus_results (HipExerciseBrowser *self)
{
  g_return_if_fail (HIP_IS_EXERCISE_BROWSER (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->grid));
}

static void
create_models (HipExerciseBrowser *self)
{
  g_autoptr(GtkExpression) name = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkSorter *sorter;
  HipExerciseFilter *filter;

  self->query = hip_exercise_query_new ();
  filter = hip_exercise_filter_new (self->query);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));

  name = gtk_property_expression_new (HIP_TYPE_EXERCISE, NULL, "name");
  sorter = GTK_SORTER (gtk_string_sorter_new (g_steal_pointer (&name)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), sorter);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_grid_view_set_model (self->grid, GTK_SELECTION_MODEL (selection));

  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->query, "notify", G_CALLBACK (query_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
hip_exercise_browser_dispose (GObject *object)
{
  HipExerciseBrowser *self = (HipExerciseBrowser *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HIP_TYPE_EXERCISE_BROWSER);
  hip_widget_unparent_children (GTK_WIDGET (self));
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->query);
  g_clear_object (&self->stills);

  G_OBJECT_CLASS (hip_exercise_browser_parent_class)->dispose (object);
}

static void
hip_exercise_browser_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HipExerciseBrowser *self = HIP_EXERCISE_BROWSER (object);

  switch (prop_id)
    {
    case PROP_EXERCISES:
      g_value_set_object (value, gtk_filter_list_model_get_model (self->filtered));
      break;
    case PROP_STILLS:
      g_value_set_object (value, self->stills);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_browser_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HipExerciseBrowser *self = HIP_EXERCISE_BROWSER (object);

  switch (prop_id)
    {
    case PROP_EXERCISES:
      /* The browser filters and sorts a view of it, never a copy. */
      gtk_filter_list_model_set_model (self->filtered, g_value_get_object (value));
      break;
    case PROP_STILLS:
      self->stills = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_exercise_browser_class_init (HipExerciseBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hip_exercise_browser_dispose;
  object_class->get_property = hip_exercise_browser_get_property;
  object_class->set_property = hip_exercise_browser_set_property;

  properties[PROP_EXERCISES] =
    g_param_spec_object ("exercises", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STILLS] =
    g_param_spec_object ("stills", NULL, NULL, HIP_TYPE_STILLS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/hip-exercise-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, flap);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, count_label);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, results_stack);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, grid);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, plane_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, action_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, muscle_group_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, muscle_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, equipment_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, level_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HipExerciseBrowser, origin_row);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, grid_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_unbind_cb);

  gtk_widget_class_install_action (widget_class, "browser.reset-filters", NULL,
                                   reset_filters_action);
  gtk_widget_class_install_action (widget_class, "browser.reset-all", NULL, reset_all_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "exercise-browser");
}

static void
hip_exercise_browser_init (HipExerciseBrowser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  create_models (self);
  for (guint i = 0; i < G_N_ELEMENTS (facets); i++)
    setup_facet (self, &facets[i]);

  /* Typing anywhere on the page starts a search. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  query_changed_cb (self);
  update_count (self);
}
