/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The forward-only migrations of the Strong Hips database, one per schema version. Each runs in
 * one transaction and ends by setting PRAGMA user_version, so a crash leaves the old version. */
#pragma once

static const char *hip_store_migrations[] = {
  /* 1: the exercise catalogue and the user's own exercises. */
  "CREATE TABLE catalogue_state ("
  "  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
  "  version INTEGER NOT NULL CHECK (version > 0),"
  "  checksum TEXT NOT NULL"
  ") STRICT;"
  "CREATE TABLE exercise ("
  "  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),"
  "  origin TEXT NOT NULL CHECK (origin IN ('catalogue', 'user')),"
  "  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),"
  "  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
  "  summary TEXT NOT NULL DEFAULT '',"
  "  level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),"
  "  kind TEXT NOT NULL CHECK (kind IN ('reps', 'hold', 'stretch')),"
  "  unilateral INTEGER NOT NULL CHECK (unilateral IN (0, 1)),"
  "  equipment INTEGER NOT NULL CHECK (equipment BETWEEN 0 AND 511),"
  "  motion TEXT,"
  "  safety_note TEXT NOT NULL DEFAULT ''"
  ") STRICT;"
  "CREATE TABLE exercise_text ("
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('synonym', 'step', 'cue')),"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  text TEXT NOT NULL CHECK (length(text) > 0),"
  "  PRIMARY KEY (exercise_id, kind, position)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE exercise_plane ("
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,"
  "  plane TEXT NOT NULL CHECK (plane IN ('sagittal', 'frontal', 'transverse')),"
  "  PRIMARY KEY (exercise_id, plane)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE exercise_action ("
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,"
  "  action TEXT NOT NULL CHECK (action IN ('flexion', 'extension', 'abduction', 'adduction',"
  "                                         'internal-rotation', 'external-rotation')),"
  "  weight REAL NOT NULL CHECK (weight > 0 AND weight <= 1),"
  "  PRIMARY KEY (exercise_id, action)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE exercise_muscle ("
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,"
  "  muscle TEXT NOT NULL CHECK (muscle IN ('psoas-major', 'iliacus', 'rectus-femoris',"
  "    'sartorius', 'tensor-fasciae-latae', 'pectineus', 'adductor-longus', 'adductor-brevis',"
  "    'adductor-magnus', 'gracilis', 'gluteus-maximus', 'gluteus-medius', 'gluteus-minimus',"
  "    'biceps-femoris', 'semitendinosus', 'semimembranosus', 'piriformis',"
  "    'obturator-internus', 'obturator-externus', 'gemellus-superior', 'gemellus-inferior',"
  "    'quadratus-femoris', 'rectus-abdominis', 'obliques', 'transversus-abdominis',"
  "    'erector-spinae', 'multifidus', 'quadratus-lumborum', 'quadriceps')),"
  "  role TEXT NOT NULL CHECK (role IN ('primary', 'secondary', 'stabiliser')),"
  "  PRIMARY KEY (exercise_id, muscle)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE exercise_link ("
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('regression', 'progression')),"
  "  position INTEGER NOT NULL CHECK (position >= 0),"
  "  target_id TEXT NOT NULL,"
  "  PRIMARY KEY (exercise_id, kind, position)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE exercise_contraindication ("
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id) ON DELETE CASCADE,"
  "  condition TEXT NOT NULL CHECK (condition IN ('knee-pain', 'posterior-hip-replacement',"
  "                                               'anterior-hip-replacement')),"
  "  note TEXT NOT NULL,"
  "  PRIMARY KEY (exercise_id, condition)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX exercise_by_origin ON exercise (origin, retired);"
  "PRAGMA user_version = 1;",

  /* 2: the person's profile and their programmes. */
  "CREATE TABLE profile ("
  "  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
  "  level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),"
  "  equipment INTEGER NOT NULL CHECK (equipment BETWEEN 0 AND 511),"
  "  sessions_per_week INTEGER NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 7),"
  "  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 180),"
  "  pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
  "  knee_pain INTEGER NOT NULL CHECK (knee_pain IN (0, 1)),"
  "  hip_replacement TEXT NOT NULL CHECK (hip_replacement IN ('none', 'anterior', 'posterior')),"
  "  weeks INTEGER NOT NULL CHECK (weeks BETWEEN 4 AND 12),"
  "  seed INTEGER NOT NULL"
  ") STRICT;"
  "CREATE TABLE programme ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
  "  created TEXT NOT NULL,"
  "  active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),"
  "  weeks INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 12),"
  "  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 180)"
  ") STRICT;"
  /* At most one programme is the active one. */
  "CREATE UNIQUE INDEX programme_active ON programme (active) WHERE active = 1;"
  "CREATE TABLE prescription ("
  "  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,"
  "  week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 12),"
  "  session INTEGER NOT NULL CHECK (session BETWEEN 1 AND 7),"
  "  position INTEGER NOT NULL CHECK (position >= 1),"
  "  day INTEGER NOT NULL CHECK (day BETWEEN 0 AND 6),"
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id),"
  "  part TEXT NOT NULL CHECK (part IN ('warm-up', 'main', 'core', 'cool-down')),"
  "  sets INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 10),"
  "  reps INTEGER NOT NULL CHECK (reps BETWEEN 0 AND 50),"
  "  seconds INTEGER NOT NULL CHECK (seconds BETWEEN 0 AND 600),"
  "  per_side INTEGER NOT NULL CHECK (per_side IN (0, 1)),"
  "  rest_seconds INTEGER NOT NULL CHECK (rest_seconds BETWEEN 0 AND 600),"
  "  rationale TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (programme_id, week, session, position)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX prescription_by_exercise ON prescription (exercise_id);"
  "PRAGMA user_version = 2;",

  /* 3: the first-run screening and start date, a load per prescription, and where the person's
   * programme starts. Columns added with defaults, so programmes and profiles of schema 2 stay. */
  "ALTER TABLE profile ADD COLUMN start_date TEXT NOT NULL DEFAULT '' "
  "  CHECK (start_date = '' OR date(start_date) IS start_date);"
  "ALTER TABLE profile ADD COLUMN screening TEXT NOT NULL DEFAULT 'clear' "
  "  CHECK (screening IN ('clear', 'cleared-by-clinician'));"
  "ALTER TABLE prescription ADD COLUMN load TEXT NOT NULL DEFAULT '' "
  "  CHECK (length(load) <= 200);"
  "PRAGMA user_version = 3;",

  /* 4: the workout log. A workout is one performed session; each set is a row, saved the
   * moment it is entered. Check-ins hold the next-morning pain and stiffness. */
  "CREATE TABLE workout ("
  "  id INTEGER PRIMARY KEY,"
  "  programme_id INTEGER REFERENCES programme (id) ON DELETE SET NULL,"
  "  week INTEGER NOT NULL CHECK (week BETWEEN 0 AND 12),"
  "  session INTEGER NOT NULL CHECK (session BETWEEN 0 AND 7),"
  "  started TEXT NOT NULL CHECK (datetime(started) IS NOT NULL),"
  "  finished TEXT CHECK (finished IS NULL OR datetime(finished) IS NOT NULL),"
  "  pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),"
  "  pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)"
  ") STRICT;"
  "CREATE INDEX workout_by_start ON workout (started);"
  "CREATE INDEX workout_unfinished ON workout (finished) WHERE finished IS NULL;"
  "CREATE INDEX workout_by_programme ON workout (programme_id, started);"
  "CREATE TABLE workout_set ("
  "  id INTEGER PRIMARY KEY,"
  "  workout_id INTEGER NOT NULL REFERENCES workout (id) ON DELETE CASCADE,"
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id),"
  "  set_number INTEGER NOT NULL CHECK (set_number BETWEEN 1 AND 20),"
  "  side TEXT NOT NULL CHECK (side IN ('both', 'left', 'right')),"
  "  reps INTEGER NOT NULL CHECK (reps BETWEEN 0 AND 100),"
  "  seconds INTEGER NOT NULL CHECK (seconds BETWEEN 0 AND 900),"
  "  load REAL CHECK (load IS NULL OR load BETWEEN 0 AND 500),"
  "  effort INTEGER CHECK (effort BETWEEN 0 AND 10),"
  "  pain INTEGER CHECK (pain BETWEEN 0 AND 10)"
  ") STRICT;"
  "CREATE INDEX set_by_workout ON workout_set (workout_id);"
  "CREATE INDEX set_by_exercise ON workout_set (exercise_id, workout_id);"
  "CREATE TABLE checkin ("
  "  day TEXT PRIMARY KEY CHECK (date(day) IS day),"
  "  pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),"
  "  stiffness INTEGER NOT NULL CHECK (stiffness BETWEEN 0 AND 10)"
  ") STRICT;"
  /* Weekly sums the Progress page reads (schema 6 keeps them otherwise: see there). */
  "CREATE TABLE week_volume ("
  "  week TEXT NOT NULL,"
  "  action TEXT NOT NULL,"
  "  volume REAL NOT NULL,"
  "  left REAL NOT NULL,"
  "  right REAL NOT NULL,"
  "  PRIMARY KEY (week, action)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE week_set_pain ("
  "  week TEXT PRIMARY KEY,"
  "  total INTEGER NOT NULL,"
  "  count INTEGER NOT NULL"
  ") STRICT, WITHOUT ROWID;"
  /* What the adaptation rules changed after a workout, for the Today and Programme pages. */
  "CREATE TABLE adaptation ("
  "  id INTEGER PRIMARY KEY,"
  "  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,"
  "  workout_id INTEGER NOT NULL REFERENCES workout (id) ON DELETE CASCADE,"
  "  message TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 1000)"
  ") STRICT;"
  "CREATE INDEX adaptation_by_programme ON adaptation (programme_id, workout_id);"
  /* A workout's sets go before it does, while their week can still be found. */
  "CREATE TRIGGER workout_removing BEFORE DELETE ON workout BEGIN "
  "  DELETE FROM workout_set WHERE workout_id = OLD.id; "
  "END;"
  "PRAGMA user_version = 4;",

  /* 5: catalogue 2. Exercises gain where they are done, a choice of equipment and the timed
   * kind (a brisk walk): the table is built again, as SQLite's ALTER TABLE cannot change a
   * CHECK (migrate() turns foreign keys off around this one and checks them before it commits).
   * The chair is a household item now, like the floor and a wall: no profile owns it and no
   * exercise needs it. The profile keeps how long ago a hip replacement was, and a programme
   * the notes the planner wrote for it. */
  "CREATE TABLE exercise_v5 ("
  "  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),"
  "  origin TEXT NOT NULL CHECK (origin IN ('catalogue', 'user')),"
  "  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),"
  "  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
  "  summary TEXT NOT NULL DEFAULT '',"
  "  level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),"
  "  kind TEXT NOT NULL CHECK (kind IN ('reps', 'hold', 'stretch', 'timed')),"
  "  unilateral INTEGER NOT NULL CHECK (unilateral IN (0, 1)),"
  "  equipment INTEGER NOT NULL CHECK (equipment BETWEEN 0 AND 511 AND (equipment & 2) = 0),"
  "  motion TEXT,"
  "  safety_note TEXT NOT NULL DEFAULT '',"
  "  position TEXT NOT NULL DEFAULT 'standing' "
  "    CHECK (position IN ('standing', 'seated', 'floor')),"
  "  equipment_choice INTEGER NOT NULL DEFAULT 0 "
  "    CHECK (equipment_choice BETWEEN 0 AND 511 AND (equipment_choice & ~equipment) = 0)"
  ") STRICT;"
  "INSERT INTO exercise_v5 (id, origin, retired, name, summary, level, kind, unilateral, "
  "                         equipment, motion, safety_note) "
  "  SELECT id, origin, retired, name, summary, level, kind, unilateral, equipment & ~2, "
  "         motion, safety_note FROM exercise;"
  "DROP TABLE exercise;"
  "ALTER TABLE exercise_v5 RENAME TO exercise;"
  "CREATE INDEX exercise_by_origin ON exercise (origin, retired);"
  /* A deload week's walk may be longer than ten minutes. */
  "CREATE TABLE prescription_v5 ("
  "  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,"
  "  week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 12),"
  "  session INTEGER NOT NULL CHECK (session BETWEEN 1 AND 7),"
  "  position INTEGER NOT NULL CHECK (position >= 1),"
  "  day INTEGER NOT NULL CHECK (day BETWEEN 0 AND 6),"
  "  exercise_id TEXT NOT NULL REFERENCES exercise (id),"
  "  part TEXT NOT NULL CHECK (part IN ('warm-up', 'main', 'core', 'cool-down')),"
  "  sets INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 10),"
  "  reps INTEGER NOT NULL CHECK (reps BETWEEN 0 AND 50),"
  "  seconds INTEGER NOT NULL CHECK (seconds BETWEEN 0 AND 3600),"
  "  per_side INTEGER NOT NULL CHECK (per_side IN (0, 1)),"
  "  rest_seconds INTEGER NOT NULL CHECK (rest_seconds BETWEEN 0 AND 600),"
  "  rationale TEXT NOT NULL DEFAULT '',"
  "  load TEXT NOT NULL DEFAULT '' CHECK (length(load) <= 200),"
  "  PRIMARY KEY (programme_id, week, session, position)"
  ") STRICT, WITHOUT ROWID;"
  "INSERT INTO prescription_v5 SELECT programme_id, week, session, position, day, exercise_id, "
  "  part, sets, reps, seconds, per_side, rest_seconds, rationale, load FROM prescription;"
  "DROP TABLE prescription;"
  "ALTER TABLE prescription_v5 RENAME TO prescription;"
  "CREATE INDEX prescription_by_exercise ON prescription (exercise_id);"
  "UPDATE profile SET equipment = equipment & ~2;"
  "ALTER TABLE profile ADD COLUMN replacement_weeks INTEGER NOT NULL DEFAULT 0 "
  "  CHECK (replacement_weeks BETWEEN 0 AND 5200);"
  /* What the planner changed from the request, said in words, one note a line. */
  "ALTER TABLE programme ADD COLUMN notes TEXT NOT NULL DEFAULT '' "
  "  CHECK (length(notes) <= 10000);"
  /* The catalogue is written again at the next start, from catalogue 2. */
  "DELETE FROM catalogue_state;"
  "PRAGMA user_version = 5;",

  /* 6: the weekly sums are computed by the balance module's C code (hip-store-summary.c),
   * with the catalogue's weights, whenever a week's sets change; schema 4 kept them with
   * triggers that wrote the balance rule a second time, in SQL. One row a week. A week whose
   * sets changed while no catalogue was at hand (to weigh them) waits in week_stale; 'all'
   * there means every week, as after this migration. */
  "DROP TRIGGER IF EXISTS set_added;"
  "DROP TRIGGER IF EXISTS set_removed;"
  "DROP TRIGGER IF EXISTS set_changed;"
  "DROP TABLE week_volume;"
  "DROP TABLE week_set_pain;"
  "CREATE TABLE week_summary ("
  "  week TEXT PRIMARY KEY CHECK (date(week) IS week),"
  "  flexion REAL NOT NULL,"
  "  extension REAL NOT NULL,"
  "  abduction REAL NOT NULL,"
  "  adduction REAL NOT NULL,"
  "  internal_rotation REAL NOT NULL,"
  "  external_rotation REAL NOT NULL,"
  "  left REAL NOT NULL,"
  "  right REAL NOT NULL,"
  "  pain_total INTEGER NOT NULL,"
  "  pain_count INTEGER NOT NULL"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE week_stale ("
  "  week TEXT PRIMARY KEY"
  ") STRICT, WITHOUT ROWID;"
  "INSERT INTO week_stale VALUES ('all');"
  /* The catalogue's exercises keep only their rows, which logs and programmes refer to; the
   * app reads the catalogue itself. It is written again at the next start. */
  "DELETE FROM catalogue_state;"
  "PRAGMA user_version = 6;",

  /* 7: a check-in's pain or stiffness may be unknown (NULL, never 0: SCIENCE.md §3); a workout
   * may be a bad day's lighter session; and the red-flag screening's outcome is kept on its
   * own, before any profile exists, so that an emergency answer still stands after a restart
   * (§4). */
  "CREATE TABLE checkin_7 ("
  "  day TEXT PRIMARY KEY CHECK (date(day) IS day),"
  "  pain INTEGER CHECK (pain BETWEEN 0 AND 10),"
  "  stiffness INTEGER CHECK (stiffness BETWEEN 0 AND 10),"
  "  CHECK (pain IS NOT NULL OR stiffness IS NOT NULL)"
  ") STRICT;"
  "INSERT INTO checkin_7 SELECT day, pain, stiffness FROM checkin;"
  "DROP TABLE checkin;"
  "ALTER TABLE checkin_7 RENAME TO checkin;"
  "CREATE TABLE screening ("
  "  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
  "  day TEXT NOT NULL CHECK (date(day) IS day),"
  "  outcome TEXT NOT NULL CHECK (outcome IN ('clear', 'urgent', 'cleared-by-clinician',"
  "                                           'emergency')),"
  "  answers INTEGER NOT NULL CHECK (answers >= 0)"
  ") STRICT;"
  /* A step back after pain remembers what it stepped back from, until it goes without pain. */
  "ALTER TABLE prescription ADD COLUMN stepped_from TEXT;"
  /* A workout may be the lighter session offered on a bad day. */
  "ALTER TABLE workout ADD COLUMN light INTEGER NOT NULL DEFAULT 0 CHECK (light IN (0, 1));"
  /* Whoever has a profile has been through the screening already. */
  "INSERT INTO screening SELECT 1, date('now', 'localtime'), screening, 0 FROM profile;"
  "PRAGMA user_version = 7;",

  /* 8: the Patient-Specific Functional Scale (SCIENCE.md §9) and the smallest load step a
   * person can add (SCIENCE.md §2). Up to three activities are asked about at a time, in
   * positions 1–3; one no longer asked keeps its ratings and loses its position. A rating is
   * a row: an activity not rated that week has none (unknown, never 0). A week skipped is
   * remembered by the day it was skipped. */
  "ALTER TABLE profile ADD COLUMN load_step REAL NOT NULL DEFAULT 1.0 "
  "  CHECK (load_step BETWEEN 0.25 AND 10);"
  "CREATE TABLE psfs_activity ("
  "  id INTEGER PRIMARY KEY,"
  "  position INTEGER CHECK (position BETWEEN 1 AND 3),"
  "  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
  "  added TEXT NOT NULL CHECK (date(added) IS added)"
  ") STRICT;"
  "CREATE UNIQUE INDEX psfs_activity_by_position ON psfs_activity (position) "
  "  WHERE position IS NOT NULL;"
  "CREATE INDEX psfs_activity_by_name ON psfs_activity (name);"
  "CREATE TABLE psfs_rating ("
  "  activity_id INTEGER NOT NULL REFERENCES psfs_activity (id) ON DELETE CASCADE,"
  "  day TEXT NOT NULL CHECK (date(day) IS day),"
  "  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),"
  "  PRIMARY KEY (activity_id, day)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE INDEX psfs_rating_by_day ON psfs_rating (day);"
  "CREATE TABLE psfs_skip ("
  "  day TEXT PRIMARY KEY CHECK (date(day) IS day)"
  ") STRICT, WITHOUT ROWID;"
  "PRAGMA user_version = 8;",

  /* 9: the log's sums are kept by day (day_summary: the volume by hip action and side, and how
   * many sets had each pain score, 0 to 10), so that Progress can count weeks from the
   * person's own week start and give a week's median and worst pain rather than its mean.
   * Schema 6's weekly sums go; every day is summed again from its sets ('all' in day_stale).
   * planned_session is the day of each session the active programme planned, kept as
   * programmes are made, chosen, edited and dated, so that a past week's sessions planned are
   * those of the programme of the time, not of today's; it is reconstructed from the
   * programmes kept, in C, once this SQL has run (hip_store_backfill_plan()). */
  "DROP TABLE week_summary;"
  "DROP TABLE week_stale;"
  "CREATE TABLE day_summary ("
  "  day TEXT PRIMARY KEY CHECK (date(day) IS day),"
  "  flexion REAL NOT NULL,"
  "  extension REAL NOT NULL,"
  "  abduction REAL NOT NULL,"
  "  adduction REAL NOT NULL,"
  "  internal_rotation REAL NOT NULL,"
  "  external_rotation REAL NOT NULL,"
  "  left REAL NOT NULL,"
  "  right REAL NOT NULL,"
  "  pain_0 INTEGER NOT NULL CHECK (pain_0 >= 0),"
  "  pain_1 INTEGER NOT NULL CHECK (pain_1 >= 0),"
  "  pain_2 INTEGER NOT NULL CHECK (pain_2 >= 0),"
  "  pain_3 INTEGER NOT NULL CHECK (pain_3 >= 0),"
  "  pain_4 INTEGER NOT NULL CHECK (pain_4 >= 0),"
  "  pain_5 INTEGER NOT NULL CHECK (pain_5 >= 0),"
  "  pain_6 INTEGER NOT NULL CHECK (pain_6 >= 0),"
  "  pain_7 INTEGER NOT NULL CHECK (pain_7 >= 0),"
  "  pain_8 INTEGER NOT NULL CHECK (pain_8 >= 0),"
  "  pain_9 INTEGER NOT NULL CHECK (pain_9 >= 0),"
  "  pain_10 INTEGER NOT NULL CHECK (pain_10 >= 0)"
  ") STRICT, WITHOUT ROWID;"
  "CREATE TABLE day_stale ("
  "  day TEXT PRIMARY KEY"
  ") STRICT, WITHOUT ROWID;"
  "INSERT INTO day_stale VALUES ('all');"
  "CREATE TABLE planned_session ("
  "  id INTEGER PRIMARY KEY,"
  "  day TEXT NOT NULL CHECK (date(day) IS day),"
  "  programme_id INTEGER REFERENCES programme (id) ON DELETE SET NULL"
  ") STRICT;"
  "CREATE INDEX planned_session_by_day ON planned_session (day);"
  "CREATE INDEX planned_session_by_programme ON planned_session (programme_id);"
  "PRAGMA user_version = 9;",

  /* 10: a planned session the person chose to skip, so that the next one comes up. */
  "CREATE TABLE skipped_session ("
  "  programme_id INTEGER NOT NULL REFERENCES programme (id) ON DELETE CASCADE,"
  "  week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 12),"
  "  session INTEGER NOT NULL CHECK (session BETWEEN 1 AND 7),"
  "  day TEXT NOT NULL CHECK (date(day) IS day),"
  "  PRIMARY KEY (programme_id, week, session)"
  ") STRICT, WITHOUT ROWID;"
  "PRAGMA user_version = 10;",

  /* 11: a dose that pain lowered, where no easier step could take the exercise's place,
   * remembers the dose it was lowered from until two sessions without pain give it back
   * (SCIENCE.md §2), as stepped_from remembers a step back. NULL: not lowered. */
  "ALTER TABLE prescription ADD COLUMN full_sets INTEGER CHECK (full_sets BETWEEN 1 AND 10);"
  "ALTER TABLE prescription ADD COLUMN full_reps INTEGER CHECK (full_reps BETWEEN 0 AND 50);"
  /* The three are given together or not at all. */
  "ALTER TABLE prescription ADD COLUMN full_seconds INTEGER "
  "  CHECK (full_seconds BETWEEN 0 AND 3600 AND (full_sets IS NULL) = (full_seconds IS NULL) "
  "         AND (full_reps IS NULL) = (full_seconds IS NULL));"
  "PRAGMA user_version = 11;",

  /* 12: a programme's weeks are the person's weeks (hip-calendar.c). week_start is the first
   * day of them, which the app hands over from its setting (none: the locale's), so that the
   * store dates the sessions planned as the pages do, in every mode; resumed_session is a
   * missed session the person moved to a day (Do It Today), which the programme's dates are
   * then laid from. The sessions planned from today on are dated again, in C, once this SQL
   * has run (hip_store_record_plan_from_today()). */
  "CREATE TABLE week_start ("
  "  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
  "  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7)"
  ") STRICT;"
  "CREATE TABLE resumed_session ("
  "  programme_id INTEGER PRIMARY KEY REFERENCES programme (id) ON DELETE CASCADE,"
  "  week INTEGER NOT NULL CHECK (week BETWEEN 1 AND 12),"
  "  session INTEGER NOT NULL CHECK (session BETWEEN 1 AND 7),"
  "  day TEXT NOT NULL CHECK (date(day) IS day)"
  ") STRICT;"
  "PRAGMA user_version = 12;",
};

/* The migrations that build a table again, and so need foreign keys off while they run. */
static const gboolean hip_store_migration_rebuilds[] = {
  FALSE, FALSE, FALSE, FALSE, TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE,
};
