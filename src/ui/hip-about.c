/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The About window: who made Strong Hips, its two licences, and the studies and guidelines its
 * exercise rules rest on (SCIENCE-SOURCES.md keeps the full notes). */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-about.h"

#define WEBSITE "https://github.com/stronghips/strong-hips"

/* Names of studies are not translated; each links to the paper (a DOI) or the guideline. */
static const char *studies[] = {
  "Kendall et al. 2015, J Sci Med Sport https://doi.org/10.1016/j.jsams.2014.11.006",
  "Bade et al. 2017, J Eval Clin Pract https://doi.org/10.1111/jep.12705",
  "Jeong et al. 2015, J Phys Ther Sci https://doi.org/10.1589/jpts.27.3813",
  "Lee & Kim 2015, J Phys Ther Sci https://doi.org/10.1589/jpts.27.345",
  "Fukuda et al. 2021, Braz J Phys Ther https://pmc.ncbi.nlm.nih.gov/articles/PMC8721074",
  "Burns et al. 2021, JOSPT https://doi.org/10.2519/jospt.2021.10593",
  "de Jesus et al. 2020, Clin Rehabil https://doi.org/10.1177/0269215520941914",
  "Hayden et al. 2021, Cochrane Review https://doi.org/10.1002/14651858.CD009790.pub2",
  "DiStefano et al. 2009, JOSPT https://doi.org/10.2519/jospt.2009.2796",
  "Alvarenga et al. 2019, Acta Ortop Bras https://doi.org/10.1590/1413-785220192702202596",
  "Silbernagel et al. 2007, Am J Sports Med https://doi.org/10.1177/0363546506298279",
  NULL
};

static const char *guidelines[] = {
  "NICE NG59, Low back pain and sciatica https://www.nice.org.uk/guidance/ng59",
  "ACSM 2009, Progression Models in Resistance Training (Ratamess et al.)",
  "WHO 2020, Guidelines on Physical Activity and Sedentary Behaviour",
  "Finucane et al. 2020, International framework for red flags (JOSPT)",
  "Stratford et al. 1995, the Patient-Specific Functional Scale",
  NULL
};

/* Who made Strong Hips, in the person's language (the metainfo's developer name, translated
 * there too). */
static const char *
developers_name (void)
{
  return _("The Strong Hips developers");
}

static void
add_credits (AdwAboutWindow *about)
{
  /* A name and its link, as AdwAboutWindow reads a credit */
  g_autofree char *credit = g_strdup_printf ("%s %s", developers_name (), WEBSITE);
  const char *people[] = { credit, NULL };

  adw_about_window_set_developers (about, people);
  /* The icon, the figures' motions, the muscle map and the exercise texts */
  adw_about_window_set_artists (about, people);
  /* Translators: replace with your names, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_add_acknowledgement_section (about, _("Studies"), studies);
  adw_about_window_add_acknowledgement_section (about, _("Guidelines"), guidelines);
}

/* The code is GPL-3.0-or-later (the window's own licence); the texts and pictures have their
 * own section. */
static void
add_licences (AdwAboutWindow *about)
{
  /* Translators: the copyright line; %s is “The Strong Hips developers” as translated */
  g_autofree char *copyright = g_strdup_printf (_("© 2026 %s"), developers_name ());
  /* The section's copyright goes in its text: libadwaita 1.2 never frees a legal section's
   * own copyright string. */
  g_autofree char *artwork = g_strdup_printf ("%s\n\n%s", copyright,
    _("The exercise catalogue, the motions of the figures, the muscle map, the icons and the "
      "screenshots are licensed under the <a href=\"https://creativecommons.org/licenses/"
      "by-sa/4.0/\">Creative Commons Attribution-ShareAlike 4.0 International</a> licence."));

  adw_about_window_set_copyright (about, copyright);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_add_legal_section (about, _("Exercises, Motions and Artwork"), NULL,
                                      GTK_LICENSE_CUSTOM, artwork);
}

/**
 * hip_about_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new About window, not yet shown
 */
AdwAboutWindow *
hip_about_window_new (GtkWindow *parent)
{
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_name (about, _("Strong Hips"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, developers_name ());
  adw_about_window_set_website (about, WEBSITE);
  adw_about_window_set_issue_url (about, WEBSITE "/issues");
  adw_about_window_set_comments (about,
                                 _("Train every hip action in balance, safely and gradually. "
                                   "Strong Hips is an exercise aid, not a treatment: if you have "
                                   "back pain, follow your clinician’s advice."));
  add_credits (about);
  add_licences (about);
  return about;
}
