/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The texts of About Back Pain: NICE NG59's self-management advice (SCIENCE.md §9), the pain
 * rule the app applies (§3) and the red flags of its screening (§4). Each page stays short and
 * plain: people read it on a bad day. What the app is said to do here must stay true of the
 * coach's rules; the sources are in SCIENCE-SOURCES.md. */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-education-topics.h"

#define P(text) { HIP_EDUCATION_PARAGRAPH, text }
#define H(text) { HIP_EDUCATION_HEADING, text }
#define I(text) { HIP_EDUCATION_ITEM, text }
#define END { HIP_EDUCATION_PARAGRAPH, NULL }

static const HipEducationBlock common[] = {
  P (N_("Back pain is very common. Most people have it at some point in their lives, and it is "
        "one of the main reasons people see a doctor. You are far from alone.")),
  P (N_("Most back pain is not caused by a serious disease or injury. Doctors call it "
        "non-specific back pain: the back is sore and sensitive, but no serious cause is found. "
        "Guidelines advise against routine scans for it, because scans rarely change what "
        "helps.")),
  P (N_("Back pain often eases within a few weeks, though it can come back now and then. For "
        "some people it lasts longer. Either way, there is a lot you can do yourself to feel "
        "better and keep doing the things that matter to you. The next pages explain how.")),
  P (N_("A few rare signs do need a doctor quickly. They are listed under When to Get Help.")),
  END
};

static const HipEducationBlock movement[] = {
  P (N_("Staying active is one of the best things you can do for your back. Long rest in bed "
        "tends to make the back stiffer and weaker, and can slow your recovery.")),
  P (N_("Keep up your daily activities as well as you can, even if you need to do them more "
        "slowly or in smaller parts for a while.")),
  P (N_("Walking is a simple way to stay active, and short walks spread through the day all "
        "count. In a large study, people who followed a walking programme went longer before "
        "their back pain came back.")),
  P (N_("Exercise helps most people with back pain. No single type has been shown to be clearly "
        "better than the others, so the best exercise is one you can keep doing. Strong Hips "
        "trains your hips and trunk, because strong, balanced hips support your pelvis and "
        "spine.")),
  P (N_("Start gently and build up slowly. Moving may feel stiff or sore at first. That is "
        "common, and it often eases as you warm up.")),
  END
};

static const HipEducationBlock pain_not_damage[] = {
  P (N_("Pain is your body’s alarm system. With back pain the alarm often becomes extra "
        "sensitive, so it can go off even when nothing is being harmed. Hurt does not always "
        "mean harm.")),
  P (N_("A review of studies in people with long-lasting pain found that exercise that is a "
        "little painful is not harmful (Smith 2017). You do not need to wait until the pain has "
        "gone before you start moving.")),
  P (N_("Strong Hips asks how much your back hurts during each exercise, from 0 (no pain) to 10 "
        "(the worst pain), and reads your answer like traffic lights:")),
  /* Translators: the numbers are the app's pain rule (0–3 green); keep them as they are */
  I (N_("Green, 0 to 3: fine. Carry on; the exercise can get harder over time.")),
  I (N_("Amber, 4 to 5: acceptable. Carry on, but the app keeps that exercise as it is for "
        "now.")),
  I (N_("Red, above 5: stop that exercise for today. The app then makes it easier for a "
        "while.")),
  P (N_("How you feel the next morning matters too. If your pain or stiffness is clearly worse "
        "than usual, the app does not make your next session harder.")),
  END
};

static const HipEducationBlock pacing[] = {
  P (N_("Pacing means doing about the same amount of activity each day, instead of doing a lot "
        "on a good day and then paying for it over the next few days. That pattern is sometimes "
        "called boom and bust. It can set off flare-ups and, over time, leave you doing less.")),
  P (N_("To pace yourself, find an amount of an activity that you can manage on most days, even "
        "on a bad day, without a big flare-up. Start a little below that. Then build up by "
        "small steps: for example two more minutes of walking, or one more set, every few days "
        "or each week.")),
  P (N_("Break big jobs into smaller parts with short breaks in between, and switch between "
        "different kinds of tasks. Spread the hard ones across the day and the week.")),
  P (N_("Strong Hips paces your programme the same way: each week asks a little more than the "
        "last, but only while your pain allows it, and the last week of a longer block is "
        "lighter on purpose.")),
  END
};

static const HipEducationBlock flare_up[] = {
  P (N_("Most people with back pain have flare-ups: days when the pain is much worse than "
        "usual. They are common, and they usually settle within a few days or weeks. A flare-up "
        "rarely means new damage. On a bad day:")),
  I (N_("Keep moving gently. Short walks and easy movements are better than lying still.")),
  I (N_("Make your session shorter and lighter: fewer sets, and the easiest version of each "
        "exercise.")),
  I (N_("Try heat, such as a warm shower or a wrapped hot-water bottle.")),
  I (N_("Rest in a position of ease, such as on your side with a pillow between your knees, "
        "and change position often.")),
  P (N_("When your pain before a session is much higher than usual, Strong Hips offers a "
        "lighter session of gentle mobility and the easiest exercises, or a rest day. When your "
        "back is worse the next morning, it holds your exercises where they are.")),
  P (N_("As the flare-up settles, go back to your usual amounts step by step. If it does not "
        "settle, keeps getting worse, or comes with a sign listed under When to Get Help, see "
        "a doctor.")),
  END
};

/* SCIENCE.md §4: the emergency signs first and alone, then the urgent ones. Never "usually
 * nothing serious" here, and no country's own number or service. */
static const HipEducationBlock get_help[] = {
  /* Translators: do not name a country's number or service (such as 911 or 999): the same
   * text is read everywhere */
  H (N_("Call your local emergency number or go to an emergency department now if you have "
        "any of these:")),
  I (N_("Numbness or a changed feeling between your legs or around your buttocks (the “saddle” "
        "area), such as when you wipe")),
  I (N_("New problems with your bladder or bowels: not being able to pass urine, or losing "
        "control of urine or stools")),
  I (N_("New problems with sex, such as loss of feeling")),
  I (N_("Pain like sciatica running down both legs")),
  I (N_("Weakness in your legs that is getting worse")),
  P (N_("These can be signs of cauda equina syndrome, pressure on the nerves at the bottom of "
        "the spine. It needs treatment straight away: do not wait to see if it passes.")),
  H (N_("See a doctor soon, today if you can, if you have back pain with any of these:")),
  I (N_("A fever, or feeling unwell")),
  I (N_("Cancer, now or in the past, or weight loss you cannot explain")),
  I (N_("Constant pain at night that rest or a change of position does not ease")),
  I (N_("A recent fall or accident, or a minor one if you have weak bones or take steroids")),
  I (N_("A weakened immune system, a recent infection, or injecting drugs")),
  I (N_("New numbness or weakness in one leg")),
  I (N_("Back pain for the first time under the age of 20 or over 50")),
  P (N_("Also see a doctor, though it is not urgent, if your pain keeps getting worse for weeks, "
        "or if you are under 45 and stiff for over half an hour each morning.")),
  END
};

/* Names and years as SCIENCE-SOURCES.md gives them, so that a reader can look them up. */
static const HipEducationBlock sources[] = {
  P (N_("These pages rest on the guidelines and studies below. You can look them up by name, "
        "or show them to a health professional.")),
  I (N_("NICE guideline NG59 (2016, updated 2020), Low back pain and sciatica in over 16s: "
        "staying active, exercise and self-management.")),
  I (N_("American College of Physicians guideline (Qaseem and others, 2017): exercise is among "
        "the first treatments to try.")),
  I (N_("Cochrane reviews (Saragiotto and others, 2016; Hayden and others, 2021): exercise "
        "helps, and no one type is clearly best.")),
  I (N_("The WalkBack trial (Pocovi and others, 2024): walking kept back pain away for longer.")),
  I (N_("Smith and others (2017), British Journal of Sports Medicine: mildly painful exercise "
        "is not harmful.")),
  I (N_("Silbernagel and others (2007): the pain traffic lights used to guide exercise.")),
  I (N_("International framework for red flags (Finucane and others, 2020): the warning signs "
        "under When to Get Help.")),
  I (N_("American College of Sports Medicine position stand (2009): building up exercise by "
        "small steps.")),
  P (N_("Strong Hips is an exercise aid, not a treatment. It does not replace advice from a "
        "health professional who knows you.")),
  END
};

static const HipEducationTopic topics[] = {
  { "common", N_("Back Pain Is Common"), N_("And it is usually not serious"), common },
  { "movement", N_("Movement Helps"), N_("Staying active, gentle exercise and walking"),
    movement },
  { "pain-not-damage", N_("Pain Is Not Damage"), N_("Hurt does not always mean harm"),
    pain_not_damage },
  { "pacing", N_("Pacing"), N_("Steady amounts, built up by small steps"), pacing },
  { "flare-up", N_("A Plan for a Bad Day"), N_("What to do when your back flares up"), flare_up },
  { "get-help", N_("When to Get Help"), N_("Signs that need a doctor"), get_help },
  { "sources", N_("Sources"), N_("The guidelines and studies behind these pages"), sources },
};

guint
hip_education_topics_get_n (void)
{
  return G_N_ELEMENTS (topics);
}

/* Returns: (transfer none): the topic at @index, in reading order */
const HipEducationTopic *
hip_education_topics_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (topics), NULL);

  return &topics[index];
}

/* Returns: the index of the topic called @id, or -1 */
int
hip_education_topics_find (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    if (g_strcmp0 (topics[i].id, id) == 0)
      return i;
  return -1;
}
