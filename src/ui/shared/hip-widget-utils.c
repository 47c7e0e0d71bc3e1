/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "hip-log.h"
#include "hip-widget-utils.h"

/* Our GtkWidget subclasses parent their template's root directly (with a layout manager), so
 * they must unparent it themselves when disposed. */
void
hip_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/**
 * hip_wrapped_label_new:
 * @text: plain text
 *
 * A label for a sentence or a paragraph, wrapped between words. Its minimum width is a few
 * words, not the longest one: libadwaita's labels wrap at any character, and GTK measures their
 * minimum width with one character a line, which Pango 1.50 shapes line by line. A page of
 * such text cost a tenth of the time to the window's first frame.
 */
GtkWidget *
hip_wrapped_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/**
 * hip_action_row_new:
 * @title: plain text
 * @subtitle: (nullable): plain text
 *
 * An #AdwActionRow whose texts are shown as written: exercise names, catalogue and user text
 * are not Pango markup.
 */
GtkWidget *
hip_action_row_new (const char *title,
                    const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/**
 * hip_text_row_new:
 * @text: plain text
 *
 * A boxed-list row that only says something: a paragraph, wrapped between words, where an
 * #AdwActionRow's title would sit in a horizontal box beside room for suffixes.
 */
GtkWidget *
hip_text_row_new (const char *text)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *label = hip_wrapped_label_new (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (label, 15);
  gtk_widget_set_margin_bottom (label, 15);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  return row;
}

/* A spin button from @lower to @upper on @row of @grid, after its label (which has a
 * mnemonic): the fields of a dialog. */
GtkWidget *
hip_grid_add_spin (GtkGrid    *grid,
                   int         row,
                   const char *label,
                   double      value,
                   double      lower,
                   double      upper,
                   double      step)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), spin);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, spin, 1, row, 1, 1);
  return spin;
}

/* Shows @fields in @dialog, which answers Cancel or @response (labelled @label, the suggested
 * default). */
void
hip_dialog_ask (AdwMessageDialog *dialog,
                GtkWidget        *fields,
                const char       *response,
                const char       *label)
{
  adw_message_dialog_set_extra_child (dialog, fields);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
}

/* @colour, with its alpha multiplied by @alpha, as @cr's source: for widgets drawn with cairo
 * in theme colours. */
void
hip_cairo_set_colour (cairo_t       *cr,
                      const GdkRGBA *colour,
                      double         alpha)
{
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha * alpha);
}

static gboolean
empty_output_cb (GtkSpinButton *spin)
{
  if (gtk_spin_button_get_value (spin) >= 0)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static int
empty_input_cb (GtkSpinButton *spin,
                double        *new_value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));

  if (*text != '\0')
    return FALSE;
  *new_value = HIP_LOG_NONE;
  return TRUE;
}

/**
 * hip_spin_button_allow_empty:
 *
 * Lets @spin (of whole numbers from 0) be empty, and makes it so: a pain the person did not
 * enter is unknown, never 0 (SCIENCE.md §3). Empty reads as %HIP_LOG_NONE; one step down from
 * 0 empties it again.
 */
void
hip_spin_button_allow_empty (GtkSpinButton *spin)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);

  gtk_adjustment_set_lower (adjustment, HIP_LOG_NONE);
  g_signal_connect (spin, "output", G_CALLBACK (empty_output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (empty_input_cb), NULL);
  gtk_spin_button_set_value (spin, HIP_LOG_NONE);
  /* The value may already have been shown: show it empty now. */
  empty_output_cb (spin);
}

/**
 * hip_icon_button_new:
 * @label: what it does, shown as its tooltip and read as its name
 *
 * Returns: (transfer floating): a flat button with an icon and a name a screen reader reads
 */
GtkWidget *
hip_icon_button_new (const char *icon_name,
                     const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

/**
 * hip_format_date:
 * @format: a translated g_date_time_format() pattern
 *
 * Returns: (transfer full): @date written with @format, e.g. _("%A %-d %B") for "Tuesday 8
 *   December" (patterns with %-d, not %e, leave no padding space)
 */
char *
hip_format_date (const GDate *date,
                 const char  *format)
{
  g_autoptr(GDateTime) noon = g_date_time_new_local (g_date_get_year (date),
                                                     g_date_get_month (date),
                                                     g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (noon, format);
}

/**
 * hip_clock_settings_new:
 *
 * GNOME's interface settings, for the person's clock format (`clock-format`, "12h" or "24h"),
 * where that schema is installed.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL without the schema
 */
GSettings *
hip_clock_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "clock-format"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/* Returns: whether @clock (from hip_clock_settings_new(), or %NULL: 24 hours) says 12 hours */
gboolean
hip_clock_uses_12_hours (GSettings *clock)
{
  g_autofree char *format = NULL;

  g_return_val_if_fail (clock == NULL || G_IS_SETTINGS (clock), FALSE);

  if (clock == NULL)
    return FALSE;
  format = g_settings_get_string (clock, "clock-format");
  return g_str_equal (format, "12h");
}

/**
 * hip_format_time_of_day:
 * @minutes: after midnight, 0–1439
 * @twelve_hours: whether on a 12-hour clock
 *
 * Returns: (transfer full): "6:05 PM", or "18:05"
 */
char *
hip_format_time_of_day (guint    minutes,
                        gboolean twelve_hours)
{
  guint hour = minutes / 60 % 24;

  if (!twelve_hours)
    /* Translators: a time of day on a 24-hour clock, the hour and the minutes: "18:05" */
    return g_strdup_printf (_("%02u:%02u"), hour, minutes % 60);
  /* Translators: a time of day on a 12-hour clock: the hour, the minutes, then "AM" or "PM" as
   * translated elsewhere: "6:05 PM" */
  return g_strdup_printf (_("%u:%02u %s"), hour % 12 == 0 ? 12 : hour % 12, minutes % 60,
                          hip_time_period (hour >= 12));
}

/* Returns: "AM", or "PM" when @afternoon, translated */
const char *
hip_time_period (gboolean afternoon)
{
  /* Translators: the two halves of a day on a 12-hour clock, as in "6:05 AM" and "6:05 PM" */
  return afternoon ? C_("time of day", "PM") : C_("time of day", "AM");
}

/**
 * hip_pain_field_new:
 * @label: the field's label, with a mnemonic
 * @spin: (out) (transfer none): the field's spin button, empty (unknown) to start with
 *
 * Returns: (transfer floating): a centred pain field, 0–10, for a dialog's extra child
 */
GtkWidget *
hip_pain_field_new (const char     *label,
                    GtkSpinButton **spin)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  *spin = GTK_SPIN_BUTTON (hip_grid_add_spin (GTK_GRID (grid), 0, label, 0, 0, 10, 1));
  hip_spin_button_allow_empty (*spin);
  return grid;
}

/* Returns: what @spin (see hip_spin_button_allow_empty()) holds, or %HIP_LOG_NONE when empty */
int
hip_spin_button_get_optional (GtkSpinButton *spin)
{
  /* What was typed and not yet confirmed with Enter counts too. */
  gtk_spin_button_update (spin);
  return MAX (gtk_spin_button_get_value_as_int (spin), HIP_LOG_NONE);
}

/**
 * hip_button_fix_name:
 *
 * GTK 4.8 names a button with a mnemonic twice to a screen reader: its raw label ("_Start")
 * and then its label's text ("Start"), as "_Start Start". Without the raw one, the name is the
 * label's text alone, read once.
 */
void
hip_button_fix_name (GtkButton *button)
{
  if (gtk_button_get_use_underline (button) && gtk_button_get_label (button) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/**
 * hip_expander_row_fix_name:
 *
 * libadwaita 1.2's expander row reads as its inner lists' type ("GtkListBox GtkListBox") to a
 * screen reader: it is named as its title, without a mnemonic's underline.
 */
void
hip_expander_row_fix_name (AdwExpanderRow *row)
{
  g_autoptr(GString) name = g_string_new (NULL);
  gboolean underline;

  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));

  underline = adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row));
  for (const char *p = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)); *p != '\0'; p++)
    {
      /* "_D" is D underlined, "__" an underscore. */
      if (underline && *p == '_' && *++p == '\0')
        break;
      g_string_append_c (name, *p);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str,
                                  -1);
}

/* libadwaita 1.2 gives a toast's close button, an icon alone, neither a name nor a tooltip: a
 * screen reader says "button" and nothing else. The toast's widget is made only as the toast
 * is shown (after those queued before it), so it is named as it appears. */
static void
name_toast_close_button (GtkButton *button)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (button));

  if (parent == NULL || g_strcmp0 (G_OBJECT_TYPE_NAME (parent), "AdwToastWidget") != 0 ||
      g_strcmp0 (gtk_button_get_icon_name (button), "window-close-symbolic") != 0)
    return;
  /* Translators: the tooltip and accessible name of the button that closes a toast */
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), _("Dismiss"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Dismiss"), -1);
}

static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_values,
          const GValue          *values,
          gpointer               data)
{
  GObject *object = g_value_get_object (&values[0]);

  if (GTK_IS_BUTTON (object))
    {
      hip_button_fix_name (GTK_BUTTON (object));
      name_toast_close_button (GTK_BUTTON (object));
    }
  return TRUE;
}

/* Names every button right as it appears on screen (see hip_button_fix_name()): in templates,
 * in code and in libadwaita's dialogs alike; and a toast's close button. */
void
hip_accessible_names_init (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      /* The signal exists once the class does. */
      g_autoptr(GTypeClass) widget_class = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, map_hook, NULL,
                                  NULL);
      g_once_init_leave (&done, 1);
    }
}

/**
 * hip_file_chooser_new:
 * @filter_name: what the files of @suffix are, for the chooser's filter
 * @save_as: (nullable): the name offered for a file to write, or %NULL to open one
 *
 * A file chooser for one kind of file, as every Open and Save of the app shows it.
 *
 * Returns: (transfer full): the chooser, to be shown once its "response" is connected
 */
GtkFileChooserNative *
hip_file_chooser_new (GtkWindow  *parent,
                      const char *title,
                      const char *accept,
                      const char *filter_name,
                      const char *suffix,
                      const char *save_as)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, parent,
                                 save_as == NULL ? GTK_FILE_CHOOSER_ACTION_OPEN
                                                 : GTK_FILE_CHOOSER_ACTION_SAVE,
                                 accept, NULL);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (save_as != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), save_as);
  return chooser;
}

/* Returns: (transfer full) (nullable): the file chosen, or %NULL when @response is not Accept */
char *
hip_file_chooser_get_path (GtkNativeDialog *chooser,
                           int              response)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (response != GTK_RESPONSE_ACCEPT || file == NULL)
    return NULL;
  return g_file_get_path (file);
}
