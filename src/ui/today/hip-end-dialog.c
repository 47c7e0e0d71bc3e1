/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ending a workout before its end, from the player or from Today's unfinished session. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-end-dialog.h"
#include "hip-log.h"
#include "hip-widget-utils.h"

/**
 * hip_end_dialog_new:
 * @n_sets: the sets logged so far
 *
 * Asks before a workout ends early. With sets logged, it asks for the pain just after and
 * answers "end"; with none, the session would not count as done, and it answers "discard"
 * (SCIENCE.md §3: nothing is counted that did not happen). Either way "cancel" goes on.
 */
AdwMessageDialog *
hip_end_dialog_new (GtkWindow *parent,
                    guint      n_sets)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  GtkSpinButton *pain;

  if (n_sets == 0)
    {
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("End Without Any Sets?"),
        _("Nothing was logged, so this session does not count as done: it stays next on "
          "Today.")));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Keep Going"),
                                        "discard", _("_End Session"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      return dialog;
    }
  body = g_strdup_printf (g_dngettext (NULL, "Your %u set is saved. What is left counts as "
                                       "skipped.",
                                       "Your %u sets are saved. What is left counts as "
                                       "skipped.", n_sets), n_sets);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("End the Workout?"), body));
  adw_message_dialog_set_extra_child (dialog, hip_pain_field_new (_("Back _pain now, 0–10"),
                                                                   &pain));
  g_object_set_data (G_OBJECT (dialog), "pain", pain);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Keep Going"),
                                    "end", _("_End Workout"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "end", ADW_RESPONSE_SUGGESTED);
  return dialog;
}

/* Returns: the pain entered in @dialog, or %HIP_LOG_NONE */
int
hip_end_dialog_get_pain (AdwMessageDialog *dialog)
{
  GtkSpinButton *pain = g_object_get_data (G_OBJECT (dialog), "pain");

  return pain != NULL ? hip_spin_button_get_optional (pain) : HIP_LOG_NONE;
}
