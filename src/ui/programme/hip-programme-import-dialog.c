/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The review of a programme file before it is added: its name and shape, whether to follow it
 * now, the own exercises it brings and what becomes of each, every exercise it prescribes and
 * its notes. Import adds it through the coach, all or nothing. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-exercise.h"
#include "hip-profile.h"
#include "hip-programme-import-dialog.h"
#include "hip-widget-utils.h"

struct _HipProgrammeImportDialog
{
  AdwWindow         parent_instance;

  HipCoach         *coach;
  HipProgrammeFile *file;

  GtkLabel             *name_label;
  GtkLabel             *shape_label;
  GtkSwitch            *follow_switch;
  AdwPreferencesGroup  *own_group;
  AdwPreferencesGroup  *exercises_group;
  AdwPreferencesGroup  *notes_group;
};

G_DEFINE_FINAL_TYPE (HipProgrammeImportDialog, hip_programme_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_COACH,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
describe_fate (HipOwnExerciseFate fate)
{
  switch (fate)
    {
    case HIP_OWN_EXERCISE_SAME:
      return _("You have it already: yours is used");
    case HIP_OWN_EXERCISE_RENAMED:
      return _("Added as a copy: one of your exercises has its id but says something else");
    case HIP_OWN_EXERCISE_NEW:
    default:
      return _("Added to your exercises");
    }
}

static void
show_shape (HipProgrammeImportDialog *self)
{
  const HipPlan *plan = self->file->plan;
  guint sessions = plan->sessions->len;
  g_autofree char *weeks = g_strdup_printf (ngettext ("%u week", "%u weeks", plan->profile.weeks),
                                            plan->profile.weeks);
  g_autofree char *all = g_strdup_printf (ngettext ("%u session", "%u sessions", sessions),
                                          sessions);
  g_autofree char *minutes = g_strdup_printf (ngettext ("about %u minute each",
                                                        "about %u minutes each",
                                                        plan->profile.minutes),
                                              plan->profile.minutes);
  /* Translators: weeks, sessions and minutes, e.g. “6 weeks · 18 sessions · about 30 minutes
   * each” */
  g_autofree char *shape = g_strdup_printf (_("%s · %s · %s"), weeks, all, minutes);

  gtk_label_set_text (self->name_label, self->file->name);
  gtk_label_set_text (self->shape_label, shape);
}

static void
show_own (HipProgrammeImportDialog *self)
{
  for (guint i = 0; i < self->file->own->len; i++)
    {
      HipExercise *own = self->file->own->pdata[i];
      HipOwnExerciseFate fate = g_array_index (self->file->fates, HipOwnExerciseFate, i);
      GtkWidget *row = hip_action_row_new (hip_exercise_get_name (own), describe_fate (fate));

      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_preferences_group_add (self->own_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->own_group), self->file->own->len > 0);
}

/* Why the person's profile leaves @exercise out, or %NULL when it does not (or there is no
 * profile): the programme may come from someone who does not know it. */
static const char *
left_out_because (const HipProfile *profile,
                  HipExercise      *exercise)
{
  if (profile == NULL || !hip_profile_excludes (profile, exercise))
    return NULL;
  if (!hip_exercise_can_do_with (exercise, profile->equipment))
    return _("Needs equipment your profile does not list");
  return _("Your profile leaves it out: your knee pain or hip replacement");
}

/* A row for each exercise of @order, saying in how many sessions it is and whether the person's
 * profile leaves it out. */
static void
add_exercise_rows (HipProgrammeImportDialog *self,
                   GPtrArray                *order,
                   GHashTable               *sessions)
{
  HipProfile profile;
  gboolean found = FALSE;
  guint left_out = 0;

  hip_coach_load_profile (self->coach, &profile, &found, NULL);
  for (guint i = 0; i < order->len; i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (sessions, order->pdata[i]));
      const char *why = left_out_because (found ? &profile : NULL, order->pdata[i]);
      g_autofree char *where = g_strdup_printf (ngettext ("In %u session", "In %u sessions", n),
                                                n);
      g_autofree char *subtitle = why != NULL ? g_strdup_printf ("%s\n%s", where, why) : NULL;
      GtkWidget *row = hip_action_row_new (hip_exercise_get_name (order->pdata[i]),
                                           subtitle != NULL ? subtitle : where);

      if (why != NULL)
        {
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
          left_out++;
        }
      adw_preferences_group_add (self->exercises_group, row);
    }
  if (left_out > 0)
    {
      g_autofree char *warning =
        g_strdup_printf (ngettext ("Your profile leaves out %u of them: ask whoever made the "
                                   "programme before you do it.",
                                   "Your profile leaves out %u of them: ask whoever made the "
                                   "programme before you do them.", left_out), left_out);

      adw_preferences_group_set_description (self->exercises_group, warning);
    }
}

/* Each exercise once, in the order the programme first prescribes it, with how many of its
 * sessions have it. */
static void
show_exercises (HipProgrammeImportDialog *self)
{
  const HipPlan *plan = self->file->plan;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) sessions = g_hash_table_new (NULL, NULL);

  for (guint s = 0; s < plan->sessions->len; s++)
    {
      const HipSession *session = plan->sessions->pdata[s];
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < session->items->len; i++)
        {
          HipExercise *exercise = ((HipPrescription *) session->items->pdata[i])->exercise;
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (sessions, exercise));

          if (n == 0)
            g_ptr_array_add (order, exercise);
          if (g_hash_table_add (seen, exercise))
            g_hash_table_insert (sessions, exercise, GUINT_TO_POINTER (n + 1));
        }
    }
  add_exercise_rows (self, order, sessions);
}

static void
show_notes (HipProgrammeImportDialog *self)
{
  const HipPlan *plan = self->file->plan;

  for (guint i = 0; i < plan->notes->len; i++)
    adw_preferences_group_add (self->notes_group, hip_text_row_new (plan->notes->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), plan->notes->len > 0);
}

static void
tell_refused (HipProgrammeImportDialog *self,
              const char               *reason)
{
  GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Was Imported"),
                                               reason);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  HipProgrammeImportDialog *self = HIP_PROGRAMME_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!hip_coach_import_programme (self->coach, self->file,
                                   gtk_switch_get_active (self->follow_switch), &id, &error))
    {
      tell_refused (self, error->message);
      return;
    }
  g_signal_emit (self, signals[IMPORTED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
hip_programme_import_dialog_constructed (GObject *object)
{
  HipProgrammeImportDialog *self = HIP_PROGRAMME_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (hip_programme_import_dialog_parent_class)->constructed (object);

  g_assert (self->coach != NULL && self->file != NULL);
  show_shape (self);
  show_own (self);
  show_exercises (self);
  show_notes (self);
}

static void
hip_programme_import_dialog_dispose (GObject *object)
{
  HipProgrammeImportDialog *self = HIP_PROGRAMME_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), HIP_TYPE_PROGRAMME_IMPORT_DIALOG);
  g_clear_object (&self->coach);
  g_clear_pointer (&self->file, hip_programme_file_free);
  G_OBJECT_CLASS (hip_programme_import_dialog_parent_class)->dispose (object);
}

static void
hip_programme_import_dialog_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  HipProgrammeImportDialog *self = HIP_PROGRAMME_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COACH:
      g_value_set_object (value, self->coach);
      break;
    case PROP_FILE:
      g_value_set_pointer (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_programme_import_dialog_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  HipProgrammeImportDialog *self = HIP_PROGRAMME_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COACH:
      self->coach = g_value_dup_object (value);
      break;
    case PROP_FILE:
      self->file = g_value_get_pointer (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_programme_import_dialog_class_init (HipProgrammeImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hip_programme_import_dialog_constructed;
  object_class->dispose = hip_programme_import_dialog_dispose;
  object_class->get_property = hip_programme_import_dialog_get_property;
  object_class->set_property = hip_programme_import_dialog_set_property;

  properties[PROP_COACH] =
    g_param_spec_object ("coach", NULL, NULL, HIP_TYPE_COACH,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* (transfer full): the dialog frees it */
  properties[PROP_FILE] =
    g_param_spec_pointer ("file", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HipProgrammeImportDialog::imported:
   * @id: the new programme's id
   *
   * The programme was added; the dialog closes.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE
                                               "/hip-programme-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HipProgrammeImportDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammeImportDialog, shape_label);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammeImportDialog, follow_switch);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammeImportDialog, own_group);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammeImportDialog, exercises_group);
  gtk_widget_class_bind_template_child (widget_class, HipProgrammeImportDialog, notes_group);
  gtk_widget_class_install_action (widget_class, "import.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hip_programme_import_dialog_init (HipProgrammeImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * hip_programme_import_dialog_new:
 * @file: (transfer full): the programme file read by hip_coach_review_programme()
 */
HipProgrammeImportDialog *
hip_programme_import_dialog_new (GtkWindow        *parent,
                                 HipCoach         *coach,
                                 HipProgrammeFile *file)
{
  return g_object_new (HIP_TYPE_PROGRAMME_IMPORT_DIALOG,
                       "transient-for", parent,
                       "coach", coach,
                       "file", file,
                       NULL);
}
