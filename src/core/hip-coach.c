/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "hip-catalogue.h"
#include "hip-coach.h"
#include "hip-coach-private.h"
#include "hip-enums.h"
#include "hip-plan.h"
#include "hip-planner.h"
#include "hip-store.h"
#include "hip-today.h"
#include "hip-week.h"

/**
 * HipCoach:
 *
 * The model between the pages and the store: it owns the store and the catalogue, and every
 * workflow that changes what the person has (the profile, the programme, the log) is a method
 * that says so by a signal, so that the pages showing it can follow without knowing who
 * changed it.
 */
struct _HipCoach
{
  GObject       parent_instance;

  HipStore     *store;
  HipCatalogue *catalogue;   /* read on first use */
  HipPlan      *plan;        /* the active programme, read on first use */
  gint64        plan_id;
  gboolean      plan_read;
  GDateWeekday  week_start;  /* the first day of the person's weeks */
  HipUnits      units;
  guint         default_rest;
  gboolean      rest_sound;
  gboolean      spoken_cues;
};

G_DEFINE_FINAL_TYPE (HipCoach, hip_coach, G_TYPE_OBJECT)
G_DEFINE_QUARK (hip-coach-error-quark, hip_coach_error)

enum {
  PROP_0,
  PROP_STORE,
  PROP_WEEK_START,
  PROP_UNITS,
  PROP_DEFAULT_REST,
  PROP_REST_SOUND,
  PROP_SPOKEN_CUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PROFILE_CHANGED,
  PROGRAMME_CHANGED,
  LOG_CHANGED,
  SCREENING_CHANGED,
  PSFS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hip_coach_dispose (GObject *object)
{
  HipCoach *self = HIP_COACH (object);

  g_clear_pointer (&self->plan, hip_plan_free);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (hip_coach_parent_class)->dispose (object);
}

static void
hip_coach_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  HipCoach *self = HIP_COACH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_WEEK_START:
      g_value_set_uint (value, self->week_start);
      break;
    case PROP_UNITS:
      g_value_set_enum (value, self->units);
      break;
    case PROP_DEFAULT_REST:
      g_value_set_uint (value, self->default_rest);
      break;
    case PROP_REST_SOUND:
      g_value_set_boolean (value, self->rest_sound);
      break;
    case PROP_SPOKEN_CUES:
      g_value_set_boolean (value, self->spoken_cues);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_coach_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  HipCoach *self = HIP_COACH (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      /* The week start the store dates the sessions planned by: the person's, last time. */
      self->week_start = hip_store_get_week_start (self->store);
      break;
    case PROP_WEEK_START:
      hip_coach_set_week_start (self, g_value_get_uint (value));
      break;
    case PROP_UNITS:
      hip_coach_set_units (self, g_value_get_enum (value));
      break;
    case PROP_DEFAULT_REST:
      hip_coach_set_default_rest (self, g_value_get_uint (value));
      break;
    case PROP_REST_SOUND:
      hip_coach_set_rest_sound (self, g_value_get_boolean (value));
      break;
    case PROP_SPOKEN_CUES:
      if (self->spoken_cues != g_value_get_boolean (value))
        {
          self->spoken_cues = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hip_coach_class_init (HipCoachClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hip_coach_dispose;
  object_class->get_property = hip_coach_get_property;
  object_class->set_property = hip_coach_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HIP_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * HipCoach:week-start:
   *
   * The first day of the person's weeks (a #GDateWeekday, 1 for Monday to 7 for Sunday), which
   * every week counted starts on: Progress's, the programme's weeks and their sessions' days
   * (hip-calendar.c), the weekly rating's. It starts as the one the store keeps (the locale's
   * until the application first sets another from the week-start setting).
   */
  properties[PROP_WEEK_START] =
    g_param_spec_uint ("week-start", NULL, NULL, G_DATE_MONDAY, G_DATE_SUNDAY, G_DATE_MONDAY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HipCoach:units:
   *
   * The unit the person reads and enters loads in. Loads are stored in kilograms whatever it
   * is; the pages convert what they show and read (hip-units.h). The application sets it from
   * the units setting.
   */
  properties[PROP_UNITS] =
    g_param_spec_enum ("units", NULL, NULL, HIP_TYPE_UNITS, HIP_UNITS_KILOGRAMS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HipCoach:default-rest:
   *
   * The seconds the person chose to rest between sets instead of the programme's rests, or 0
   * to rest as prescribed. The application sets it from the default-rest setting.
   */
  properties[PROP_DEFAULT_REST] =
    g_param_spec_uint ("default-rest", NULL, NULL, 0, 600, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HipCoach:rest-sound:
   *
   * Whether the end of a rest is announced by a sound. The application sets it from the
   * rest-sound setting.
   */
  properties[PROP_REST_SOUND] =
    g_param_spec_boolean ("rest-sound", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * HipCoach:spoken-cues:
   *
   * Whether the session is also said aloud: the exercise, the set, the last seconds of a rest
   * or hold. The application sets it from the spoken-cues setting.
   */
  properties[PROP_SPOKEN_CUES] =
    g_param_spec_boolean ("spoken-cues", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HipCoach::profile-changed:
   *
   * The person's profile was saved: what excludes exercises and dates sessions may differ.
   */
  signals[PROFILE_CHANGED] = g_signal_new ("profile-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /**
   * HipCoach::programme-changed:
   *
   * A programme was made, changed, renamed, deleted or made the active one.
   */
  signals[PROGRAMME_CHANGED] = g_signal_new ("programme-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /**
   * HipCoach::log-changed:
   *
   * The log changed other than by the workout under way: a workout was finished or ended,
   * a set edited, deleted or put back, a check-in saved, workouts imported.
   */
  signals[LOG_CHANGED] = g_signal_new ("log-changed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);
  /**
   * HipCoach::screening-changed:
   *
   * The red-flag questions were answered (again): a programme may now be allowed or not.
   */
  signals[SCREENING_CHANGED] = g_signal_new ("screening-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /**
   * HipCoach::psfs-changed:
   *
   * The Patient-Specific Functional Scale changed: the activities asked about, a week's
   * rating saved or skipped, ratings imported.
   */
  signals[PSFS_CHANGED] = g_signal_new ("psfs-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);
}

static void
hip_coach_init (HipCoach *self)
{
  self->week_start = hip_week_start_for_locale ();
}

HipUnits
hip_coach_get_units (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), HIP_UNITS_KILOGRAMS);

  return self->units;
}

/* Sets HipCoach:units. */
void
hip_coach_set_units (HipCoach *self,
                     HipUnits  units)
{
  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (units == HIP_UNITS_KILOGRAMS || units == HIP_UNITS_POUNDS);

  if (self->units == units)
    return;
  self->units = units;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS]);
}

guint
hip_coach_get_default_rest (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), 0);

  return self->default_rest;
}

/* Sets HipCoach:default-rest: @seconds between sets, or 0 for the programme's rests. */
void
hip_coach_set_default_rest (HipCoach *self,
                            guint     seconds)
{
  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (seconds <= 600);

  if (self->default_rest == seconds)
    return;
  self->default_rest = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFAULT_REST]);
}

/**
 * hip_coach_rest_seconds:
 * @self: a #HipCoach
 * @prescribed: the prescription's rest, in seconds
 *
 * Returns: the rest after a set: the person's own choice (HipCoach:default-rest) when they made
 *   one, else the prescription's. A prescription with no rest (a warm-up's moves follow each
 *   other) gets none either way.
 */
guint
hip_coach_rest_seconds (HipCoach *self,
                        guint     prescribed)
{
  g_return_val_if_fail (HIP_IS_COACH (self), prescribed);

  if (prescribed == 0 || self->default_rest == 0)
    return prescribed;
  return self->default_rest;
}

gboolean
hip_coach_get_rest_sound (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), TRUE);

  return self->rest_sound;
}

gboolean
hip_coach_get_spoken_cues (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  return self->spoken_cues;
}

/* Sets HipCoach:rest-sound. */
void
hip_coach_set_rest_sound (HipCoach *self,
                          gboolean  rest_sound)
{
  g_return_if_fail (HIP_IS_COACH (self));

  rest_sound = !!rest_sound;
  if (self->rest_sound == rest_sound)
    return;
  self->rest_sound = rest_sound;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REST_SOUND]);
}

GDateWeekday
hip_coach_get_week_start (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), G_DATE_MONDAY);

  return self->week_start;
}

/* Sets HipCoach:week-start: @week_start is the first day of the person's weeks. */
void
hip_coach_set_week_start (HipCoach     *self,
                          GDateWeekday  week_start)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HIP_IS_COACH (self));
  g_return_if_fail (g_date_valid_weekday (week_start));

  if (self->week_start == week_start)
    return;
  self->week_start = week_start;
  /* The sessions planned from today on fall on other days now: the store dates them again. */
  if (!hip_store_set_week_start (self->store, week_start, &error) &&
      !hip_store_is_read_only (self->store))
    g_warning ("Could not date the sessions planned by the new week start: %s", error->message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_START]);
}

HipCoach *
hip_coach_new (HipStore *store)
{
  g_return_val_if_fail (HIP_IS_STORE (store), NULL);

  return g_object_new (HIP_TYPE_COACH, "store", store, NULL);
}

/**
 * hip_coach_open_default:
 * @problem: (out) (transfer full) (nullable): set when the person's data could not be used,
 *   in words for them
 *
 * Opens the person's database. When that is impossible (a newer app wrote it, the disk is
 * read-only) the coach works on a private in-memory database and @problem says why nothing
 * will be kept; a damaged file is kept aside and a new one started, and @problem says where.
 *
 * Returns: (transfer full): a coach, always
 */
HipCoach *
hip_coach_open_default (char **problem)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = hip_store_get_default_path ();
  g_autoptr(HipStore) store = hip_store_new (path, &error);

  *problem = NULL;
  if (store == NULL)
    {
      /* Expected, so not a warning. */
      g_message ("%s", error->message);
      *problem = g_strdup_printf (_("%s\nYou can browse exercises, but nothing you do in this "
                                    "session will be saved."), error->message);
      store = hip_store_new (NULL, NULL);
    }
  else if (hip_store_is_read_only (store))
    *problem = g_strdup_printf (_("Your Strong Hips data “%s” is read-only: you can look at "
                                  "everything, but nothing can be logged or changed until the "
                                  "file and its folder can be written."),
                                hip_store_get_path (store));
  else
    *problem = hip_store_describe_recovery (store);
  return hip_coach_new (store);
}

/**
 * hip_coach_is_read_only:
 *
 * Returns: whether the person's data can only be read (its file or folder is read-only):
 *   nothing can be logged or changed, and the window says so
 */
gboolean
hip_coach_is_read_only (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  return hip_store_is_read_only (self->store);
}

/* Returns: (transfer none): the store: for the coach's own files and for tests */
HipStore *
hip_coach_get_store (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  return self->store;
}

/* The built-in exercises into the store, which may be a restored backup's. */
static void
sync_catalogue (HipCoach *self)
{
  g_autoptr(GError) error = NULL;

  if (!hip_store_sync_catalogue (self->store, self->catalogue, NULL, &error))
    g_warning ("Could not store the catalogue: %s", error->message);
}

/* The built-in catalogue, synced into the store (programmes and the log refer to its
 * exercises), and the person's own exercises after it. */
static void
load_catalogue (HipCoach *self)
{
  g_autoptr(GError) error = NULL;

  self->catalogue = hip_catalogue_new_default (&error);
  if (self->catalogue == NULL)
    {
      /* Built into the program: a packaging bug, not bad input. */
      g_critical ("The exercise catalogue is broken: %s", error->message);
      self->catalogue = hip_catalogue_new ();
      return;
    }
  sync_catalogue (self);
  hip_coach_load_own_exercises (self, self->catalogue);
}

/**
 * hip_coach_get_catalogue:
 *
 * Read (and synced into the store) on first use: the first run's welcome page needs no
 * exercise, and a first start would otherwise write the whole catalogue before its first
 * frame. Whatever refers to exercises in the store comes through here first.
 *
 * Returns: (transfer none): every exercise, built-in and the person's own
 */
HipCatalogue *
hip_coach_get_catalogue (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  if (self->catalogue == NULL)
    load_catalogue (self);
  return self->catalogue;
}

/**
 * hip_coach_load_profile:
 * @profile: (out caller-allocates): filled when one was saved, with HipCoach:units
 * @found: (out) (optional): whether one was saved
 */
gboolean
hip_coach_load_profile (HipCoach    *self,
                        HipProfile  *profile,
                        gboolean    *found,
                        GError     **error)
{
  gboolean saved = FALSE;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (!hip_store_load_profile (self->store, profile, &saved, error))
    return FALSE;
  profile->units = self->units;
  if (found != NULL)
    *found = saved;
  return TRUE;
}

/* Saves @profile and emits HipCoach::profile-changed; on error nothing changes. */
gboolean
hip_coach_save_profile (HipCoach          *self,
                        const HipProfile  *profile,
                        GError           **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (!hip_store_save_profile (self->store, profile, error))
    return FALSE;
  g_signal_emit (self, signals[PROFILE_CHANGED], 0);
  /* The active plan carries the profile (its dates, what it excludes): it is read again, and
   * the pages that hold it are told. */
  if (self->plan_read)
    hip_coach_emit_programme_changed (self, TRUE);
  return TRUE;
}

/**
 * hip_coach_get_screening:
 * @outcome: (out): the latest screening's outcome
 * @answers: (out) (optional): the questions answered "yes" then
 *
 * Returns: whether the person has answered the red-flag questions
 */
gboolean
hip_coach_get_screening (HipCoach          *self,
                         HipScreening      *outcome,
                         HipRedFlagAnswers *answers)
{
  HipRedFlagAnswers yes = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  *outcome = HIP_SCREENING_CLEAR;
  if (!hip_store_load_screening (self->store, outcome, &yes, &found, NULL))
    found = FALSE;
  if (answers != NULL)
    *answers = yes;
  return found;
}

/**
 * hip_coach_save_screening:
 * @answers: the questions of hip_red_flags() answered "yes"
 * @cleared: the person confirms a clinician has examined them and cleared them to exercise
 *
 * Judges and keeps the answers (SCIENCE.md §4): an emergency sign blocks any programme whatever
 * @cleared says; another sign blocks it until @cleared. Emits HipCoach::screening-changed.
 *
 * Returns: the outcome, or -1 on error
 */
int
hip_coach_save_screening (HipCoach           *self,
                          HipRedFlagAnswers   answers,
                          gboolean            cleared,
                          GError            **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  HipScreening outcome = hip_screening_judge (answers);

  g_return_val_if_fail (HIP_IS_COACH (self), -1);

  if (outcome == HIP_SCREENING_URGENT && cleared)
    outcome = HIP_SCREENING_CLEARED_BY_CLINICIAN;
  if (!hip_store_save_screening (self->store, today, outcome, answers, error))
    return -1;
  g_signal_emit (self, signals[SCREENING_CHANGED], 0);
  return outcome;
}

/* Whether the latest screening allows a programme (no screening yet does not) */
gboolean
hip_coach_screening_allows_programme (HipCoach *self)
{
  HipScreening outcome;

  return hip_coach_get_screening (self, &outcome, NULL) &&
         hip_screening_allows_programme (outcome);
}

/* Writes the whole database to @path (hip_store_backup()). */
gboolean
hip_coach_backup (HipCoach    *self,
                  const char  *path,
                  GError     **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  return hip_store_backup (self->store, path, error);
}

/**
 * hip_coach_restore:
 * @kept: (out) (optional): where the data as it was is kept
 *
 * Replaces everything with the backup at @path (hip_store_restore()) and says so: the profile,
 * the screening, the programmes, the log and the functional scale may all differ.
 */
gboolean
hip_coach_restore (HipCoach    *self,
                   const char  *path,
                   char       **kept,
                   GError     **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (!hip_store_restore (self->store, path, kept, error))
    return FALSE;
  hip_coach_restored (self);
  return TRUE;
}

/* After a restore (here or on a worker's connection, hip-coach-async.c): everything may
 * differ, so everything is read again and said to have changed. */
void
hip_coach_restored (HipCoach *self)
{
  /* A backup of another day may hold another set of own exercises and an older catalogue. */
  if (self->catalogue != NULL)
    {
      hip_catalogue_remove_own (self->catalogue);
      sync_catalogue (self);
      hip_coach_load_own_exercises (self, self->catalogue);
    }
  g_signal_emit (self, signals[PROFILE_CHANGED], 0);
  g_signal_emit (self, signals[SCREENING_CHANGED], 0);
  hip_coach_emit_programme_changed (self, TRUE);
  g_signal_emit (self, signals[LOG_CHANGED], 0);
  hip_coach_emit_psfs_changed (self);
}

/**
 * hip_coach_auto_backup:
 * @today: YYYY-MM-DD
 *
 * Keeps a weekly copy of the whole database in `backups/` beside it, the last four
 * (hip_store_auto_backup()). Nothing for a database kept in memory.
 */
gboolean
hip_coach_auto_backup (HipCoach    *self,
                       const char  *today,
                       GError     **error)
{
  const char *path = hip_store_get_path (self->store);
  g_autofree char *parent = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (path == NULL)
    return TRUE;
  parent = g_path_get_dirname (path);
  dir = g_build_filename (parent, "backups", NULL);
  return hip_store_auto_backup (self->store, dir, today, 4, NULL, error);
}

/* Whether the person has been through the first run (screening and profile) */
gboolean
hip_coach_has_profile (HipCoach *self)
{
  HipProfile profile;
  gboolean found = FALSE;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  return hip_store_load_profile (self->store, &profile, &found, NULL) && found;
}

gboolean
hip_coach_has_programme (HipCoach *self)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  return hip_store_get_active_programme (self->store, NULL) != 0;
}

void
hip_coach_emit_log_changed (HipCoach *self)
{
  g_signal_emit (self, signals[LOG_CHANGED], 0);
}

void
hip_coach_emit_psfs_changed (HipCoach *self)
{
  g_signal_emit (self, signals[PSFS_CHANGED], 0);
}

/* The active programme changed in the store (another was chosen, made or deleted, or an edit
 * could not be saved): it is read again when next asked for, and the pages are told. */
void
hip_coach_emit_programme_changed (HipCoach *self,
                                  gboolean  reread)
{
  if (reread)
    {
      g_clear_pointer (&self->plan, hip_plan_free);
      self->plan_id = 0;
      self->plan_read = FALSE;
    }
  g_signal_emit (self, signals[PROGRAMME_CHANGED], 0);
}

/* Loads programme @id for use: the person's current profile (what it excludes, the start
 * date, the usual pain) with the block's weeks, minutes and sessions as the programme has
 * them. */
static HipPlan *
load_plan (HipStore      *store,
           HipCatalogue  *catalogue,
           gint64         id,
           GError       **error)
{
  HipPlan *plan = hip_store_load_programme (store, id, catalogue, error);
  HipProfile profile;
  gboolean found = FALSE;

  if (plan == NULL)
    return NULL;
  hip_profile_init (&profile);
  hip_store_load_profile (store, &profile, &found, NULL);
  profile.weeks = plan->profile.weeks;
  profile.minutes = plan->profile.minutes;
  profile.sessions_per_week = plan->profile.sessions_per_week;
  plan->profile = profile;
  plan->exempt = hip_planner_find_exempt (&profile, G_LIST_MODEL (catalogue), &plan->no_core);
  return plan;
}

/**
 * hip_coach_get_plan:
 * @id: (out) (optional): the active programme's id, or 0 when there is none
 *
 * The one active programme every page shows: the Programme page edits it in place and saves
 * it with hip_coach_save_plan(); a finished workout adapts it. It is replaced (and the old
 * one freed) when HipCoach::programme-changed is emitted, so do not keep it past that.
 *
 * Returns: (transfer none) (nullable): the active programme, or %NULL when there is none (or
 *   it could not be read, which is reported once)
 */
HipPlan *
hip_coach_get_plan (HipCoach *self,
                    gint64   *id)
{
  g_return_val_if_fail (HIP_IS_COACH (self), NULL);

  if (!self->plan_read)
    {
      g_autoptr(GError) error = NULL;
      gint64 active = hip_store_get_active_programme (self->store, &error);

      self->plan_read = TRUE;
      if (active != 0)
        self->plan = load_plan (self->store, hip_coach_get_catalogue (self), active, &error);
      if (error != NULL)
        g_warning ("Could not read the programme: %s", error->message);
      self->plan_id = self->plan != NULL ? active : 0;
    }
  /* The progression steps and speaks in the person's unit of the moment. */
  if (self->plan != NULL)
    self->plan->profile.units = self->units;
  if (id != NULL)
    *id = self->plan_id;
  return self->plan;
}

/**
 * hip_coach_save_plan:
 *
 * Stores the person's edit of the active programme (a swap, an added or removed exercise, a
 * dose, a fix), made in place in hip_coach_get_plan()'s plan. When it cannot be stored, the
 * stored programme is read again, so that what is shown is what is stored.
 */
gboolean
hip_coach_save_plan (HipCoach  *self,
                     GError   **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);

  if (!hip_store_update_programme (self->store, self->plan_id, self->plan, error))
    {
      hip_coach_emit_programme_changed (self, TRUE);
      return FALSE;
    }
  hip_coach_emit_programme_changed (self, FALSE);
  return TRUE;
}

static char *
new_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* Translators: the day a programme was made, as g_date_time_format() writes it */
  g_autofree char *day = g_date_time_format (now, _("%-d %B %Y"));

  /* Translators: the name of a new programme, with the day it was made */
  return g_strdup_printf (_("Programme of %s"), day);
}

static gboolean
has_programmes (HipCoach *self)
{
  g_autoptr(GPtrArray) programmes = hip_store_list_programmes (self->store, NULL);

  return programmes != NULL && programmes->len > 0;
}

/**
 * hip_coach_generate_programme:
 * @id: (out) (optional): the new programme's id
 *
 * Makes a programme from the profile, saves it as the active one (the previous programmes are
 * kept) and emits HipCoach::programme-changed. A second programme gets a new seed, so it is
 * not the same plan again. Fails with %HIP_COACH_ERROR_NO_PROFILE before the first run, and
 * with %HIP_COACH_ERROR_SCREENING while the red-flag screening does not allow a programme.
 *
 * The plan's notes (what was changed from the request) are kept with it.
 */
gboolean
hip_coach_generate_programme (HipCoach  *self,
                              gint64    *id,
                              GError   **error)
{
  g_autoptr(HipPlan) plan = NULL;
  g_autofree char *name = new_name ();
  HipProfile profile;
  gboolean found = FALSE;
  gint64 new_id = 0;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (!hip_store_load_profile (self->store, &profile, &found, error))
    return FALSE;
  if (!found)
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_NO_PROFILE,
                           _("A programme is made from your profile: answer its questions first."));
      return FALSE;
    }
  if (!hip_coach_screening_allows_programme (self))
    {
      g_set_error_literal (error, HIP_COACH_ERROR, HIP_COACH_ERROR_SCREENING,
                           _("A programme is made once the warning signs have been checked."));
      return FALSE;
    }
  if (has_programmes (self))
    {
      profile.seed = g_random_int ();
      if (!hip_store_save_profile (self->store, &profile, error))
        return FALSE;
    }
  plan = hip_planner_generate (&profile, G_LIST_MODEL (hip_coach_get_catalogue (self)));
  if (!hip_store_save_programme (self->store, plan, name, TRUE, &new_id, error))
    return FALSE;
  if (id != NULL)
    *id = new_id;
  hip_coach_emit_programme_changed (self, TRUE);
  return TRUE;
}

/**
 * hip_coach_import_csv:
 * @n_sets: (out) (optional): how many sets were added
 *
 * Adds the workouts in @path (README.md's CSV format) to the log, with the functional
 * scale's activities and ratings when the file has them, all or none; emits
 * HipCoach::log-changed when any workouts were added, and HipCoach::psfs-changed when any of
 * the scale was.
 */
gboolean
hip_coach_import_csv (HipCoach    *self,
                      const char  *path,
                      guint       *n_sets,
                      GError     **error)
{
  guint added = 0, psfs = 0;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  /* The file names exercises by id: the catalogue must be in the store first. */
  hip_coach_get_catalogue (self);
  if (!hip_store_import_csv (self->store, path, &added, &psfs, error))
    return FALSE;
  if (n_sets != NULL)
    *n_sets = added;
  if (added > 0)
    g_signal_emit (self, signals[LOG_CHANGED], 0);
  if (psfs > 0)
    g_signal_emit (self, signals[PSFS_CHANGED], 0);
  return TRUE;
}

/* Writes the whole log to @path (README.md's CSV format), replacing it only when complete. */
gboolean
hip_coach_export_csv (HipCoach    *self,
                      const char  *path,
                      guint       *n_sets,
                      GError     **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  return hip_store_export_csv (self->store, path, n_sets, error);
}

/**
 * hip_coach_start_workout:
 * @workout: the session to start (programme, week, session, pain before); its id and start
 *   time are filled in
 */
gboolean
hip_coach_start_workout (HipCoach    *self,
                         HipWorkout  *workout,
                         GError     **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  return hip_store_start_workout (self->store, workout, error);
}

/**
 * hip_coach_log_set:
 * @set: a set of a started workout; its id is filled in
 *
 * Saves @set the moment it is done, so a closed or killed app loses nothing.
 */
gboolean
hip_coach_log_set (HipCoach      *self,
                   HipLoggedSet  *set,
                   GError       **error)
{
  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  return hip_store_log_set (self->store, set, error);
}

/**
 * hip_coach_finish_workout:
 * @pain_after: back pain just after, 0–10, or %HIP_LOG_NONE
 * @changes: (out) (optional) (transfer full) (element-type utf8): what changed in the coming
 *   sessions and why, one line an exercise; empty when nothing did
 *
 * Finishes the workout; when it was a session of the active programme, applies SCIENCE.md's
 * progression and pain rules to the coming sessions from what was logged and stores the
 * changed programme. Emits HipCoach::log-changed, and HipCoach::programme-changed when the
 * programme changed.
 */
gboolean
hip_coach_finish_workout (HipCoach   *self,
                          gint64      workout_id,
                          int         pain_after,
                          GPtrArray **changes,
                          GError    **error)
{
  g_autoptr(HipWorkout) workout = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  GError *adapt_error = NULL;
  gint64 plan_id = 0;
  HipPlan *plan;

  g_return_val_if_fail (HIP_IS_COACH (self), FALSE);

  if (!hip_store_finish_workout (self->store, workout_id, pain_after, error))
    return FALSE;
  workout = hip_store_load_workout (self->store, workout_id, error);
  if (workout == NULL)
    return FALSE;
  plan = hip_coach_get_plan (self, &plan_id);
  /* A bad day's lighter session says nothing about the programme's dose: it stays. */
  if (plan != NULL && workout->programme_id == plan_id && !workout->light)
    {
      /* The mornings after it are acted on as their check-ins are saved. */
      messages = hip_today_adapt_after_workout (self->store, plan,
                                                G_LIST_MODEL (hip_coach_get_catalogue (self)),
                                                workout, 0, &adapt_error);
      /* The workout is finished and its sets kept either way. */
      if (adapt_error != NULL)
        {
          g_propagate_error (error, adapt_error);
          hip_coach_emit_programme_changed (self, TRUE);
          return FALSE;
        }
      if (!hip_store_save_adaptations (self->store, plan_id, plan, workout_id, messages, error))
        {
          hip_coach_emit_programme_changed (self, TRUE);
          return FALSE;
        }
    }
  if (messages != NULL && messages->len > 0)
    hip_coach_emit_programme_changed (self, FALSE);
  g_signal_emit (self, signals[LOG_CHANGED], 0);
  if (changes != NULL)
    *changes = messages != NULL ? g_steal_pointer (&messages)
                                : g_ptr_array_new_with_free_func (g_free);
  return TRUE;
}
