/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SQL that keeps the weekly sums of the workout log (schema 4's triggers) and rebuilds
 * them: one text for both, so they cannot disagree. */
#pragma once

/* The Monday of a workout's day, and a set's share of a side (one-sided sets are logged per
 * side, each half a set of the week's volume, as the balance counts them). */
#define HIP_SUMMARY_WEEK "date(substr(w.started, 1, 10), 'weekday 0', '-6 days')"
#define HIP_SUMMARY_SHARE(row) \
  "(CASE " row ".side WHEN 'both' THEN 1.0 ELSE 0.5 END)"
#define HIP_SUMMARY_LEFT(row) \
  "(CASE " row ".side WHEN 'right' THEN 0.0 ELSE 0.5 END)"
#define HIP_SUMMARY_RIGHT(row) \
  "(CASE " row ".side WHEN 'left' THEN 0.0 ELSE 0.5 END)"

#define HIP_SUMMARY_ADD(row) \
  "INSERT INTO week_volume (week, action, volume, left, right) " \
  "SELECT " HIP_SUMMARY_WEEK ", a.action, a.weight * " HIP_SUMMARY_SHARE (row) ", " \
  "       a.weight * " HIP_SUMMARY_LEFT (row) ", a.weight * " HIP_SUMMARY_RIGHT (row) " " \
  "FROM workout w, exercise_action a " \
  "WHERE w.id = " row ".workout_id AND a.exercise_id = " row ".exercise_id " \
  "ON CONFLICT (week, action) DO UPDATE SET volume = volume + excluded.volume, " \
  "  left = left + excluded.left, right = right + excluded.right; " \
  "INSERT INTO week_set_pain (week, total, count) " \
  "SELECT " HIP_SUMMARY_WEEK ", " row ".pain, 1 FROM workout w " \
  "WHERE w.id = " row ".workout_id AND " row ".pain IS NOT NULL " \
  "ON CONFLICT (week) DO UPDATE SET total = total + excluded.total, count = count + 1; "

#define HIP_SUMMARY_REMOVE(row) \
  "UPDATE week_volume SET volume = volume - a.weight * " HIP_SUMMARY_SHARE (row) ", " \
  "  left = left - a.weight * " HIP_SUMMARY_LEFT (row) ", " \
  "  right = right - a.weight * " HIP_SUMMARY_RIGHT (row) " " \
  "FROM workout w, exercise_action a " \
  "WHERE w.id = " row ".workout_id AND a.exercise_id = " row ".exercise_id " \
  "  AND week_volume.week = " HIP_SUMMARY_WEEK " AND week_volume.action = a.action; " \
  "UPDATE week_set_pain SET total = total - " row ".pain, count = count - 1 " \
  "FROM workout w WHERE w.id = " row ".workout_id AND " row ".pain IS NOT NULL " \
  "  AND week_set_pain.week = " HIP_SUMMARY_WEEK "; "
