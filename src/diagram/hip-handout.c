/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The printed handout: a cover with the plan and the safety signs, then a page per session of
 * one week with each exercise's key pose, dose, two cues and a log grid for the weeks. It draws
 * on any cairo context (the print dialog's, or a PDF surface for the command line): text through
 * pango, so that it stays selectable, and the stills through librsvg, so that they stay vectors.
 * Layout is in points; each page shrinks its text until it fits the paper it is given. */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "hip-diagram.h"
#include "hip-education-topics.h"
#include "hip-exercise.h"
#include "hip-file.h"
#include "hip-handout.h"
#include "hip-vocabulary.h"

#define MARGIN        34.0
#define GAP           10.0
#define FONT          "Cantarell, Sans"
#define STILL_SIZE    480     /* the still's own units; scaled to the card */
#define MAX_STILL     150.0
#define LOG_ROW       17.0    /* a log row: room to write "12 12 10" by hand */
#define LOG_NAME_WIDTH 150.0
#define MIN_SCALE     0.6

G_DEFINE_QUARK (hip-handout-error-quark, hip_handout_error)

/* Where the next block of a page goes; with draw unset it only measures. */
typedef struct
{
  cairo_t  *cr;
  double    x;
  double    y;
  double    width;
  double    scale;   /* of the text sizes */
  gboolean  draw;
} Flow;

/* Lays out @text (markup when @markup) at @size points, @width wide, wrapping between words. */
static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             gboolean    markup,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
  PangoContext *context = pango_layout_get_context (layout);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Metrics as printed, not snapped to a screen's pixels. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Draws @text at (@x, @y) when @draw; returns its height. */
static double
put_text (cairo_t    *cr,
          gboolean    draw,
          double      x,
          double      y,
          double      width,
          const char *text,
          double      size,
          gboolean    bold)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, text, size, bold, FALSE, width);
  int height;

  pango_layout_get_size (layout, NULL, &height);
  if (draw)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return (double) height / PANGO_SCALE;
}

static void
flow_text (Flow       *flow,
           const char *text,
           double      size,
           gboolean    bold,
           double      space_after)
{
  flow->y += put_text (flow->cr, flow->draw, flow->x, flow->y, flow->width, text,
                       size * flow->scale, bold);
  flow->y += space_after * flow->scale;
}

/* A bulleted line, its text hanging after the bullet. */
static void
flow_item (Flow       *flow,
           const char *text,
           double      size)
{
  double indent = 12 * flow->scale;

  if (flow->draw)
    put_text (flow->cr, TRUE, flow->x + 2, flow->y, 0, "•", size * flow->scale, FALSE);
  flow->y += put_text (flow->cr, flow->draw, flow->x + indent, flow->y, flow->width - indent,
                       text, size * flow->scale, FALSE);
  flow->y += 2 * flow->scale;
}

/* The blocks @first to @last (inclusive) of an About Back Pain topic: the app's own words. */
static void
flow_topic (Flow       *flow,
            const char *id,
            int         first,
            int         last,
            double      size)
{
  const HipEducationTopic *topic = hip_education_topics_get (hip_education_topics_find (id));

  for (int i = 0; topic->blocks[i].text != NULL; i++)
    {
      const HipEducationBlock *block = &topic->blocks[i];

      if (i < first || (last >= 0 && i > last))
        continue;
      if (block->kind == HIP_EDUCATION_ITEM)
        flow_item (flow, _(block->text), size);
      else
        flow_text (flow, _(block->text), size, block->kind == HIP_EDUCATION_HEADING, 4);
    }
}

/* The range of blocks around the traffic lights of "Pain Is Not Damage": the paragraph that
 * introduces them, the lights, and the next-morning rule after them. */
static void
stop_rule_blocks (int *first,
                  int *last)
{
  const HipEducationTopic *topic =
    hip_education_topics_get (hip_education_topics_find ("pain-not-damage"));

  *first = *last = -1;
  for (int i = 0; topic->blocks[i].text != NULL; i++)
    if (topic->blocks[i].kind == HIP_EDUCATION_ITEM)
      {
        if (*first < 0)
          *first = i;
        *last = i;
      }
  g_assert (*first > 0);
  *first -= 1;
  if (topic->blocks[*last + 1].text != NULL)
    *last += 1;
}

/**
 * hip_handout_n_weeks:
 * @plan: a plan
 *
 * Returns: the number of weeks @plan has sessions in (its last week)
 */
guint
hip_handout_n_weeks (const HipPlan *plan)
{
  guint weeks = 0;

  for (guint i = 0; i < plan->sessions->len; i++)
    weeks = MAX (weeks, ((HipSession *) plan->sessions->pdata[i])->week);
  return weeks;
}

/**
 * hip_handout_check:
 * @handout: a handout
 * @error: set, in words a person can read, when it cannot be printed
 *
 * Returns: %TRUE when @handout's week is one of its plan's, with sessions
 */
gboolean
hip_handout_check (const HipHandout  *handout,
                   GError           **error)
{
  guint weeks;

  g_return_val_if_fail (handout != NULL && handout->plan != NULL, FALSE);

  weeks = hip_handout_n_weeks (handout->plan);
  if (weeks == 0)
    {
      g_set_error (error, HIP_HANDOUT_ERROR, HIP_HANDOUT_ERROR_EMPTY,
                   _("The programme has no sessions to print"));
      return FALSE;
    }
  if (handout->week < 1 || handout->week > weeks ||
      hip_plan_sessions_in_week (handout->plan, handout->week) == 0)
    {
      g_set_error (error, HIP_HANDOUT_ERROR, HIP_HANDOUT_ERROR_WEEK,
                   g_dngettext (GETTEXT_PACKAGE, "There is no week %u: the programme has %u week",
                                "There is no week %u: the programme has weeks 1 to %u", weeks),
                   handout->week, weeks);
      return FALSE;
    }
  return TRUE;
}

/**
 * hip_handout_n_pages:
 * @handout: a handout whose week hip_handout_check() accepted
 *
 * Returns: the cover and one page a session of the week
 */
guint
hip_handout_n_pages (const HipHandout *handout)
{
  g_return_val_if_fail (handout != NULL && handout->plan != NULL, 0);

  return 1 + hip_plan_sessions_in_week (handout->plan, handout->week);
}

/* The dose as the programme page says it, and the load as written in the plan. */
static char *
describe_dose (const HipPrescription *p)
{
  g_autofree char *dose = hip_prescription_format_dose (p);

  if (p->load != NULL && *p->load != '\0')
    return g_strdup_printf ("%s · %s", dose, p->load);
  return g_steal_pointer (&dose);
}

/* The week's hip volume by action, and what the balance rules say, in words. */
static char *
describe_balance (const HipPlan *plan,
                  guint          week)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GString) shares = g_string_new (NULL);
  HipBalance balance;
  double total;
  gboolean all_passed = TRUE;

  hip_plan_week_balance (plan, week, &balance);
  total = hip_balance_total (&balance);
  for (guint a = 0; a < HIP_N_ACTIONS && total > 0; a++)
    {
      if (shares->len > 0)
        g_string_append (shares, ", ");
      /* Translators: a hip action's share of the week's hip work, e.g. “Flexion 15 %” */
      g_string_append_printf (shares, _("%s %.0f %%"), hip_action_get_label (a),
                              100 * balance.actions[a] / total);
    }
  /* Translators: %s lists each hip action's share, e.g. “Flexion 15 %, Extension 20 %, …” */
  g_string_append_printf (text, _("How this week’s hip work is shared: %s."), shares->str);
  for (HipRule rule = 0; rule < HIP_N_RULES; rule++)
    {
      g_autoptr(HipVerdict) verdict = hip_balance_check_except (&balance, rule, plan->exempt);

      if (!verdict->passed)
        {
          g_string_append_printf (text, " %s", verdict->message);
          all_passed = FALSE;
        }
    }
  if (all_passed)
    g_string_append_printf (text, " %s",
                            _("Every hip action is trained, in all three planes, and each "
                              "action is in balance with its opposite."));
  return g_string_free (text, FALSE);
}

static const char *
handout_name (const HipHandout *handout)
{
  return handout->name != NULL ? handout->name : _("Your Strong Hips Programme");
}

/* The plan on the cover: its level, weeks, sessions a week and minutes, and the week printed;
 * each count with its own plural. */
static char *
cover_summary (const HipHandout *handout,
               guint             n_sessions)
{
  const HipPlan *plan = handout->plan;
  guint n_weeks = hip_handout_n_weeks (plan);
  g_autofree char *weeks = NULL;
  g_autofree char *sessions = NULL;
  g_autofree char *minutes = NULL;

  /* Translators: on the handout's cover, the weeks of the programme */
  weeks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", n_weeks),
                           n_weeks);
  /* Translators: on the handout's cover, the sessions of the week printed */
  sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session a week",
                                           "%u sessions a week", n_sessions), n_sessions);
  /* Translators: on the handout's cover, the minutes of each session */
  minutes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u minute a session",
                                          "about %u minutes a session", plan->profile.minutes),
                             plan->profile.minutes);
  /* Translators: the plan on the handout's cover: a level, then the weeks, sessions and
   * minutes above (“6 weeks”, “3 sessions a week”, “about 30 minutes a session”), and the
   * week printed */
  return g_strdup_printf (_("%s level · %s · %s · %s. This handout is for week %u."),
                          hip_level_get_label (plan->profile.level), weeks, sessions, minutes,
                          handout->week);
}

/* One session of the printed week: its number, its day, how many exercises and minutes. */
static char *
session_line (HipSession *session)
{
  guint n = session->items->len, minutes = hip_session_minutes (session);
  g_autofree char *exercises = NULL;
  g_autofree char *about = NULL;

  /* Translators: how many exercises a session of the printed week has */
  exercises = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises", n),
                               n);
  /* Translators: how long a session of the printed week takes */
  about = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u minute", "about %u minutes",
                                        minutes), minutes);
  /* Translators: one session of the printed week: its number, the day of the week it falls
   * on (1 = the first), then “8 exercises” and “about 25 minutes” */
  return g_strdup_printf (_("Session %u: day %u, %s, %s"), session->session, session->day + 1,
                          exercises, about);
}

static void
flow_cover (const HipHandout *handout,
            Flow             *flow)
{
  const HipPlan *plan = handout->plan;
  guint n_sessions = hip_plan_sessions_in_week (plan, handout->week);
  g_autofree char *summary = NULL;
  g_autofree char *balance = describe_balance (plan, handout->week);
  int first, last;

  flow_text (flow, handout_name (handout), 24, TRUE, 4);
  /* Translators: under the handout's title */
  flow_text (flow, _("Strong Hips: your exercise plan to print"), 12, FALSE, 14);

  summary = cover_summary (handout, n_sessions);
  flow_text (flow, summary, 11, FALSE, 6);
  for (guint i = 0; i < n_sessions; i++)
    {
      HipSession *session = hip_plan_get_session (plan, handout->week, i + 1);
      g_autofree char *line = NULL;

      line = session_line (session);
      flow_item (flow, line, 10.5);
    }
  flow->y += 8 * flow->scale;

  flow_text (flow, _("Balance Across the Hip’s Actions"), 14, TRUE, 4);
  flow_text (flow, balance, 10.5, FALSE, 4);
  for (guint i = 0; i < plan->notes->len; i++)
    flow_item (flow, plan->notes->pdata[i], 10.5);
  flow->y += 8 * flow->scale;

  flow_text (flow, _("Safety Signs"), 16, TRUE, 4);
  flow_text (flow, _("When to Stop an Exercise"), 12.5, TRUE, 3);
  stop_rule_blocks (&first, &last);
  flow_topic (flow, "pain-not-damage", first, last, 10);
  flow->y += 6 * flow->scale;
  flow_text (flow, _("When to Get Help"), 12.5, TRUE, 3);
  flow_topic (flow, "get-help", 0, -1, 10);
}

/* Draws the cover, its text as large as the page allows. */
static void
draw_cover (const HipHandout *handout,
            cairo_t          *cr,
            double            width,
            double            height)
{
  Flow flow = { cr, MARGIN, MARGIN, width - 2 * MARGIN, 1.0, FALSE };

  for (;;)
    {
      flow.y = MARGIN;
      flow_cover (handout, &flow);
      if (flow.y <= height - MARGIN || flow.scale <= MIN_SCALE)
        break;
      flow.scale *= 0.95;
    }
  flow.y = MARGIN;
  flow.draw = TRUE;
  cairo_set_source_rgb (cr, 0, 0, 0);
  flow_cover (handout, &flow);
}

/* The exercise's key pose as vectors, @side points square at (@x, @y). */
static void
draw_still (const HipHandout *handout,
            HipExercise      *exercise,
            cairo_t          *cr,
            double            x,
            double            y,
            double            side)
{
  const char *motion_id = hip_exercise_get_motion (exercise);
  HipMotion *motion = NULL;

  if (motion_id != NULL && handout->motions != NULL)
    motion = hip_motion_library_lookup (handout->motions, motion_id);
  cairo_save (cr);
  if (motion != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *svg = NULL;
      HipDiagramView view;

      hip_diagram_view_init (&view, motion);
      view.title = hip_exercise_get_name (exercise);
      view.planes = hip_exercise_get_planes (exercise);
      svg = hip_diagram_still_figure_svg (motion, &view, hip_motion_get_still_time (motion),
                                          STILL_SIZE);
      /* The plane's sheet may reach past the still's square: keep it off the text beside it. */
      cairo_rectangle (cr, x, y, side, side);
      cairo_clip (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, side / STILL_SIZE, side / STILL_SIZE);
      if (!hip_figure_render_svg (svg, strlen (svg), cr, STILL_SIZE, &error))
        g_warning ("Could not draw the diagram of %s: %s", hip_exercise_get_id (exercise),
                   error->message);
      cairo_restore (cr);
      cairo_save (cr);
    }
  else
    {
      /* An own exercise may have no motion: say so rather than leave a square to puzzle over. */
      double height;

      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      height = put_text (cr, FALSE, x, y, side - 8, _("No diagram: follow the steps"), 8, FALSE);
      put_text (cr, TRUE, x + 4, y + (side - height) / 2, side - 8,
                _("No diagram: follow the steps"), 8, FALSE);
    }
  cairo_rectangle (cr, x, y, side, side);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The text beside a still: number and name, part and dose, two cues; a cue that would reach
 * below @limit is left out rather than drawn over the next card. Returns its height. */
static double
card_text (cairo_t               *cr,
           gboolean               draw,
           double                 x,
           double                 y,
           double                 width,
           double                 limit,
           guint                  number,
           const HipPrescription *p,
           double                 scale)
{
  const char * const *cues = hip_exercise_get_cues (p->exercise);
  g_autofree char *name = g_strdup_printf ("%u. %s", number, hip_exercise_get_name (p->exercise));
  g_autofree char *dose = describe_dose (p);
  g_autofree char *part_dose = g_strdup_printf ("%s: %s", hip_part_get_label (p->part), dose);
  double top = y;

  y += put_text (cr, draw, x, y, width, name, 11.5 * scale, TRUE);
  y += put_text (cr, draw, x, y, width, part_dose, 10 * scale, FALSE) + 2 * scale;
  for (guint i = 0; cues != NULL && cues[i] != NULL && i < 2; i++)
    {
      double indent = 9 * scale;
      double height = put_text (cr, FALSE, x + indent, y, width - indent, cues[i], 9.5 * scale,
                                FALSE);

      if (y + height - top > limit)
        break;
      if (draw)
        {
          put_text (cr, TRUE, x, y, 0, "•", 9.5 * scale, FALSE);
          put_text (cr, TRUE, x + indent, y, width - indent, cues[i], 9.5 * scale, FALSE);
        }
      y += height + 1 * scale;
    }
  return y - top;
}

static void
draw_card (const HipHandout      *handout,
           cairo_t               *cr,
           double                 x,
           double                 y,
           double                 width,
           double                 height,
           guint                  number,
           const HipPrescription *p)
{
  double side = MIN (height, MAX_STILL);
  double text_x = x + side + GAP;
  double text_width = width - side - GAP;
  double scale = 1.0;

  /* A long name or cue gets smaller type rather than running into the next card. */
  while (scale > MIN_SCALE &&
         card_text (cr, FALSE, text_x, y, text_width, G_MAXDOUBLE, number, p, scale) > height)
    scale *= 0.94;
  draw_still (handout, p->exercise, cr, x, y, side);
  cairo_set_source_rgb (cr, 0, 0, 0);
  card_text (cr, TRUE, text_x, y, text_width, height, number, p, scale);
}

/* The log: a row an exercise, a column a week, the printed week's shaded. */
static void
draw_log (const HipHandout *handout,
          const HipSession *session,
          cairo_t          *cr,
          double            x,
          double            y,
          double            width)
{
  guint weeks = hip_handout_n_weeks (handout->plan);
  double name_width = MIN (LOG_NAME_WIDTH, width / 3);
  double cell = (width - name_width) / weeks;
  guint rows = session->items->len + 1;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
  cairo_rectangle (cr, x + name_width + (handout->week - 1) * cell, y, cell, rows * LOG_ROW);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  /* Translators: the log grid's first header cell, over the exercises' names */
  put_text (cr, TRUE, x + 3, y + 3, name_width - 6, _("Week"), 9, TRUE);
  for (guint w = 1; w <= weeks; w++)
    {
      g_autofree char *label = g_strdup_printf ("%u", w);
      g_autoptr(PangoLayout) layout = make_layout (cr, label, 9, TRUE, FALSE, cell);

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      cairo_move_to (cr, x + name_width + (w - 1) * cell, y + 3);
      pango_cairo_show_layout (cr, layout);
    }
  for (guint i = 0; i < session->items->len; i++)
    {
      HipPrescription *p = session->items->pdata[i];
      g_autofree char *label = g_strdup_printf ("%u. %s", i + 1,
                                                hip_exercise_get_name (p->exercise));
      g_autoptr(PangoLayout) layout = make_layout (cr, label, 8.5, FALSE, FALSE, name_width - 6);

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, x + 3, y + (i + 1) * LOG_ROW + 3.5);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_set_line_width (cr, 0.6);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  for (guint r = 0; r <= rows; r++)
    {
      cairo_move_to (cr, x, y + r * LOG_ROW);
      cairo_line_to (cr, x + width, y + r * LOG_ROW);
    }
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x, y + rows * LOG_ROW);
  for (guint w = 0; w <= weeks; w++)
    {
      cairo_move_to (cr, x + name_width + w * cell, y);
      cairo_line_to (cr, x + name_width + w * cell, y + rows * LOG_ROW);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_session (const HipHandout *handout,
              const HipSession *session,
              cairo_t          *cr,
              double            width,
              double            height)
{
  guint n = session->items->len;
  guint columns = n > 5 ? 2 : 1;
  guint rows = (n + columns - 1) / columns;
  double inner = width - 2 * MARGIN;
  double column_width = (inner - (columns - 1) * GAP) / columns;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  double log_caption, log_height, cards_top, card_height;
  double y = MARGIN;

  cairo_set_source_rgb (cr, 0, 0, 0);
  /* Translators: a session page's title on the printed handout */
  title = g_strdup_printf (_("Week %u · Session %u"), session->week, session->session);
  y += put_text (cr, TRUE, MARGIN, y, inner, title, 18, TRUE);
  {
    guint minutes = hip_session_minutes (session);
    g_autofree char *about = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u minute",
                                                           "about %u minutes", minutes),
                                              minutes);

    /* Translators: under a session page's title: the programme, the day of the week (1 = the
     * first) and “about 25 minutes” */
    subtitle = g_strdup_printf (_("%s · day %u · %s"), handout_name (handout), session->day + 1,
                                about);
  }
  y += put_text (cr, TRUE, MARGIN, y, inner, subtitle, 10.5, FALSE) + GAP;
  cards_top = y;

  log_caption = put_text (cr, FALSE, 0, 0, inner,
                          _("Your log: in each week’s column, write what you did in each set "
                            "(repetitions or seconds) and your pain from 0 to 10."), 9, FALSE);
  log_height = log_caption + 3 + (n + 1) * LOG_ROW;
  card_height = (height - MARGIN - log_height - GAP - cards_top - (rows - 1) * GAP) / rows;
  card_height = MIN (card_height, MAX_STILL);

  for (guint i = 0; i < n; i++)
    {
      guint column = i / rows;
      guint row = i % rows;

      draw_card (handout, cr, MARGIN + column * (column_width + GAP),
                 cards_top + row * (card_height + GAP), column_width, card_height, i + 1,
                 session->items->pdata[i]);
    }

  y = height - MARGIN - log_height;
  cairo_set_source_rgb (cr, 0, 0, 0);
  y += put_text (cr, TRUE, MARGIN, y, inner,
                 _("Your log: in each week’s column, write what you did in each set "
                   "(repetitions or seconds) and your pain from 0 to 10."), 9, FALSE) + 3;
  draw_log (handout, session, cr, MARGIN, y, inner);
}

/**
 * hip_handout_draw_page:
 * @handout: a handout whose week hip_handout_check() accepted
 * @cr: where to draw, in points from the paper's top left corner
 * @width: the paper's width in points
 * @height: its height
 * @page: 0 for the cover, then a session each
 *
 * Draws one page of the handout.
 */
void
hip_handout_draw_page (const HipHandout *handout,
                       cairo_t          *cr,
                       double            width,
                       double            height,
                       guint             page)
{
  HipSession *session;

  g_return_if_fail (handout != NULL && handout->plan != NULL);
  g_return_if_fail (page < hip_handout_n_pages (handout));

  cairo_save (cr);
  if (page == 0)
    draw_cover (handout, cr, width, height);
  else if ((session = hip_plan_get_session (handout->plan, handout->week, page)) != NULL)
    draw_session (handout, session, cr, width, height);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * hip_handout_write_pdf:
 * @handout: a handout
 * @path: the PDF file to write, replaced whole or not at all
 * @error: set, naming the file, when it could not be written
 *
 * Writes @handout as a PDF on A4 paper.
 *
 * Returns: %TRUE when written
 */
gboolean
hip_handout_write_pdf (const HipHandout  *handout,
                       const char        *path,
                       GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (handout != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!hip_handout_check (handout, error))
    return FALSE;
  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, HIP_HANDOUT_A4_WIDTH,
                                                 HIP_HANDOUT_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, handout_name (handout));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Strong Hips");
  cr = cairo_create (surface);
  for (guint page = 0; page < hip_handout_n_pages (handout); page++)
    {
      hip_handout_draw_page (handout, cr, HIP_HANDOUT_A4_WIDTH, HIP_HANDOUT_A4_HEIGHT, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HIP_HANDOUT_ERROR, HIP_HANDOUT_ERROR_WRITE, "%s: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (!hip_file_write (path, bytes->data, bytes->len, &local_error))
    {
      g_set_error_literal (error, HIP_HANDOUT_ERROR, HIP_HANDOUT_ERROR_WRITE,
                           local_error->message);
      return FALSE;
    }
  return TRUE;
}
