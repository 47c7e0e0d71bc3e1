/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "hip-motion.h"
#include "hip-vocabulary.h"

/**
 * HipMotion:
 *
 * A movement as data: keyframes of joint angles (and efforts of the working muscles) that are
 * eased into each other. A motion loops: its last key returns to its first pose.
 */

typedef struct
{
  double   time;
  HipPose  pose;
  double   efforts[HIP_N_MUSCLES];
  char    *caption;
  char    *move;
  HipPlane plane;
  gboolean key_pose;
} Key;

struct _HipMotion
{
  GObject   parent_instance;

  char     *id;
  HipPlane  camera;
  GArray   *keys;      /* of Key, by time */
};

G_DEFINE_FINAL_TYPE (HipMotion, hip_motion, G_TYPE_OBJECT)

G_DEFINE_QUARK (hip-motion-error-quark, hip_motion_error)

static void
clear_key (gpointer data)
{
  Key *key = data;

  g_free (key->caption);
  g_free (key->move);
}

static void
hip_motion_finalize (GObject *object)
{
  HipMotion *self = (HipMotion *) object;

  g_free (self->id);
  g_array_unref (self->keys);

  G_OBJECT_CLASS (hip_motion_parent_class)->finalize (object);
}

static void
hip_motion_class_init (HipMotionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hip_motion_finalize;
}

static void
hip_motion_init (HipMotion *self)
{
  self->keys = g_array_new (FALSE, TRUE, sizeof (Key));
  g_array_set_clear_func (self->keys, clear_key);
}

const char *
hip_motion_get_id (HipMotion *self)
{
  g_return_val_if_fail (HIP_IS_MOTION (self), NULL);
  return self->id;
}

double
hip_motion_get_duration (HipMotion *self)
{
  g_return_val_if_fail (HIP_IS_MOTION (self), 0);
  return g_array_index (self->keys, Key, self->keys->len - 1).time;
}

/* The plane whose camera shows this motion best. */
HipPlane
hip_motion_get_camera (HipMotion *self)
{
  g_return_val_if_fail (HIP_IS_MOTION (self), HIP_PLANE_SAGITTAL);
  return self->camera;
}

guint
hip_motion_get_n_keys (HipMotion *self)
{
  g_return_val_if_fail (HIP_IS_MOTION (self), 0);
  return self->keys->len;
}

double
hip_motion_get_key_time (HipMotion *self,
                         guint      key)
{
  g_return_val_if_fail (HIP_IS_MOTION (self), 0);
  g_return_val_if_fail (key < self->keys->len, 0);
  return g_array_index (self->keys, Key, key).time;
}

/* Key poses are the positions worth a still: the bottom of a lunge, the top of a bridge. */
gboolean
hip_motion_is_key_pose (HipMotion *self,
                        guint      key)
{
  g_return_val_if_fail (HIP_IS_MOTION (self), FALSE);
  g_return_val_if_fail (key < self->keys->len, FALSE);
  return g_array_index (self->keys, Key, key).key_pose;
}

/* The time of the first key pose: what a card shows. */
double
hip_motion_get_still_time (HipMotion *self)
{
  g_return_val_if_fail (HIP_IS_MOTION (self), 0);

  for (guint k = 0; k < self->keys->len; k++)
    if (g_array_index (self->keys, Key, k).key_pose)
      return g_array_index (self->keys, Key, k).time;
  return 0;
}

/* Slow in, slow out: movement starts and stops gently, as a person's does. */
static double
ease (double u)
{
  return u * u * (3 - 2 * u);
}

/* Index of the last key at or before @time. */
static guint
find_key (HipMotion *self,
          double     time)
{
  guint lo = 0, hi = self->keys->len - 1;

  while (lo < hi)
    {
      guint mid = (lo + hi + 1) / 2;

      if (g_array_index (self->keys, Key, mid).time <= time)
        lo = mid;
      else
        hi = mid - 1;
    }
  return lo;
}

/**
 * hip_motion_evaluate:
 * @self: a #HipMotion
 * @time: seconds; wraps around the duration, so the motion loops
 * @pose: (out): the joint angles at @time
 * @state: (out) (optional): efforts, caption, move and plane at @time
 */
void
hip_motion_evaluate (HipMotion      *self,
                     double          time,
                     HipPose        *pose,
                     HipMotionState *state)
{
  double duration = hip_motion_get_duration (self);
  const Key *a, *b;
  double u = 0;
  guint k;

  /* fmod is exact; adding the duration to every time would round, and a key's own time could
   * then fall just before the key, with the previous key's move and caption. */
  if (duration > 0)
    {
      time = fmod (time, duration);
      if (time < 0)
        time += duration;
    }
  else
    time = 0;

  k = find_key (self, time);
  a = &g_array_index (self->keys, Key, k);
  b = k + 1 < self->keys->len ? &g_array_index (self->keys, Key, k + 1) : a;
  if (b->time > a->time)
    u = ease ((time - a->time) / (b->time - a->time));

  for (guint d = 0; d < HIP_N_DOFS; d++)
    pose->dof[d] = a->pose.dof[d] + (b->pose.dof[d] - a->pose.dof[d]) * u;

  if (state == NULL)
    return;

  for (guint m = 0; m < HIP_N_MUSCLES; m++)
    state->efforts[m] = a->efforts[m] + (b->efforts[m] - a->efforts[m]) * u;
  /* Text holds from the key that set it until the next key that sets it. */
  state->caption = NULL;
  state->move = NULL;
  state->move_start = 0;
  for (int i = k; i >= 0 && (state->caption == NULL || state->move == NULL); i--)
    {
      const Key *key = &g_array_index (self->keys, Key, i);

      if (state->caption == NULL && key->caption != NULL)
        state->caption = key->caption;
      if (state->move == NULL && key->move != NULL)
        {
          state->move = key->move;
          state->plane = key->plane;
          state->move_start = key->time;
        }
    }
  if (state->move == NULL)
    state->plane = a->plane;
}

/* ---- parsing -------------------------------------------------------------------------------- */

typedef struct
{
  GHashTable *motions;
  HipMotion  *motion;     /* being read */
  Key        *key;        /* being read */
} ParseState;

static gboolean
invalid (GMarkupParseContext  *context,
         GError              **error,
         const char           *message,
         const char           *detail)
{
  int line;

  g_markup_parse_context_get_position (context, &line, NULL);
  g_set_error (error, HIP_MOTION_ERROR, 0, "line %d: %s “%s”", line, message, detail);
  return FALSE;
}

static gboolean
parse_number (GMarkupParseContext  *context,
              const char           *name,
              const char           *text,
              double               *value,
              GError              **error)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (*value))
    return invalid (context, error, "not a number:", name);
  return TRUE;
}

static gboolean
parse_plane (GMarkupParseContext  *context,
             const char           *text,
             HipPlane             *plane,
             GError              **error)
{
  int value;

  if (!hip_enum_from_nick (HIP_TYPE_PLANE, text, &value))
    return invalid (context, error, "unknown plane", text);
  *plane = value;
  return TRUE;
}

/* Reads a key's attributes into @key; on an error, what it holds is the caller's to clear. */
static gboolean
read_key (ParseState           *state,
          GMarkupParseContext  *context,
          const char          **names,
          const char          **values,
          Key                  *key,
          GError              **error)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      HipDof dof;

      if (strcmp (names[i], "t") == 0)
        {
          if (!parse_number (context, names[i], values[i], &key->time, error))
            return FALSE;
        }
      else if (strcmp (names[i], "key-pose") == 0)
        key->key_pose = strcmp (values[i], "true") == 0;
      else if (strcmp (names[i], "caption") == 0)
        {
          g_free (key->caption);
          key->caption = g_strdup (g_dgettext (GETTEXT_PACKAGE, values[i]));
        }
      else if (strcmp (names[i], "move") == 0)
        {
          g_free (key->move);
          key->move = g_strdup (g_dgettext (GETTEXT_PACKAGE, values[i]));
        }
      else if (strcmp (names[i], "plane") == 0)
        {
          if (!parse_plane (context, values[i], &key->plane, error))
            return FALSE;
        }
      else if (hip_dof_from_name (names[i], &dof))
        {
          if (!parse_number (context, names[i], values[i], &key->pose.dof[dof], error))
            return FALSE;
        }
      else
        return invalid (context, error, "unknown key attribute", names[i]);
    }

  if (state->motion->keys->len > 0 &&
      key->time <= g_array_index (state->motion->keys, Key, state->motion->keys->len - 1).time)
    return invalid (context, error, "key times must increase in", state->motion->id);
  if (state->motion->keys->len == 0 && key->time != 0)
    return invalid (context, error, "the first key must be at t=0 in", state->motion->id);
  return TRUE;
}

static gboolean
start_key (ParseState           *state,
           GMarkupParseContext  *context,
           const char          **names,
           const char          **values,
           GError              **error)
{
  Key key = { .time = -1, .plane = state->motion->camera };

  /* The caption and move read before an error are freed with it, not leaked. */
  if (!read_key (state, context, names, values, &key, error))
    {
      clear_key (&key);
      return FALSE;
    }
  g_array_append_val (state->motion->keys, key);
  state->key = &g_array_index (state->motion->keys, Key, state->motion->keys->len - 1);
  return TRUE;
}

static gboolean
start_effort (ParseState           *state,
              GMarkupParseContext  *context,
              const char          **names,
              const char          **values,
              GError              **error)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      int muscle;
      double value;

      if (!hip_enum_from_nick (HIP_TYPE_MUSCLE, names[i], &muscle))
        return invalid (context, error, "unknown muscle", names[i]);
      if (!parse_number (context, names[i], values[i], &value, error))
        return FALSE;
      if (value < 0 || value > 1)
        return invalid (context, error, "effort must be within 0…1:", names[i]);
      state->key->efforts[muscle] = value;
    }
  return TRUE;
}

static gboolean
start_motion (ParseState           *state,
              GMarkupParseContext  *context,
              const char          **names,
              const char          **values,
              GError              **error)
{
  const char *id = NULL, *camera = "sagittal";
  g_autoptr(HipMotion) motion = g_object_new (HIP_TYPE_MOTION, NULL);

  if (!g_markup_collect_attributes ("motion", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "id", &id,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                    "camera", &camera,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;
  if (g_hash_table_contains (state->motions, id))
    return invalid (context, error, "two motions share the id", id);
  if (!parse_plane (context, camera, &motion->camera, error))
    return FALSE;

  motion->id = g_strdup (id);
  state->motion = g_steal_pointer (&motion);
  return TRUE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  ParseState *state = user_data;

  if (strcmp (element, "motion") == 0)
    start_motion (state, context, names, values, error);
  else if (strcmp (element, "key") == 0 && state->motion != NULL)
    start_key (state, context, names, values, error);
  else if (strcmp (element, "effort") == 0 && state->key != NULL)
    start_effort (state, context, names, values, error);
  else if (strcmp (element, "motions") != 0)
    invalid (context, error, "unexpected element", element);
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  ParseState *state = user_data;

  if (strcmp (element, "key") == 0)
    state->key = NULL;
  else if (strcmp (element, "motion") == 0 && state->motion != NULL)
    {
      HipMotion *motion = g_steal_pointer (&state->motion);

      g_hash_table_insert (state->motions, motion->id, motion);
      if (motion->keys->len < 2)
        invalid (context, error, "a motion needs at least two keys:", motion->id);
    }
}

/**
 * hip_motion_parse_library:
 * @xml: a motions document
 * @error: where an error goes, with its line number
 *
 * Returns: (transfer full) (element-type utf8 HipMotion): motions by id
 */
/* How far each leg moves in [@from, @to]: the ranges of its hip and knee angles, summed. */
static void
leg_ranges (HipMotion *self,
            double     from,
            double     to,
            double    *left,
            double    *right)
{
  static const HipDof legs[2][4] = {
    { HIP_DOF_HIP_L_FLEX, HIP_DOF_HIP_L_ABD, HIP_DOF_HIP_L_ROT, HIP_DOF_KNEE_L_FLEX },
    { HIP_DOF_HIP_R_FLEX, HIP_DOF_HIP_R_ABD, HIP_DOF_HIP_R_ROT, HIP_DOF_KNEE_R_FLEX },
  };
  double low[2][4], high[2][4];
  const guint samples = 24;

  for (guint i = 0; i <= samples; i++)
    {
      HipPose pose;
      HipMotionState state;

      hip_motion_evaluate (self, from + (to - from) * i / samples, &pose, &state);
      for (guint side = 0; side < 2; side++)
        for (guint d = 0; d < 4; d++)
          {
            double v = pose.dof[legs[side][d]];

            low[side][d] = i == 0 ? v : MIN (low[side][d], v);
            high[side][d] = i == 0 ? v : MAX (high[side][d], v);
          }
    }
  *left = *right = 0;
  for (guint d = 0; d < 4; d++)
    {
      *left += high[0][d] - low[0][d];
      *right += high[1][d] - low[1][d];
    }
}

/**
 * hip_motion_get_working_side:
 * @from: the start of the stretch of the loop to judge, in seconds
 * @to: its end
 *
 * Returns: the leg that moves in [@from, @to] (%HIP_SIDE_LEFT or %HIP_SIDE_RIGHT), or
 *   %HIP_SIDE_BOTH when both move alike (a squat) or neither does (a plank): a one-sided set is
 *   shown on its own side by mirroring a figure that works the other one
 */
HipSide
hip_motion_get_working_side (HipMotion *self,
                             double     from,
                             double     to)
{
  double left, right;

  g_return_val_if_fail (HIP_IS_MOTION (self), HIP_SIDE_BOTH);

  leg_ranges (self, from, to, &left, &right);
  /* Degrees: a leg that moves twice as far, and visibly, is the working one. */
  if (right > 2 * left + 10)
    return HIP_SIDE_RIGHT;
  if (left > 2 * right + 10)
    return HIP_SIDE_LEFT;
  return HIP_SIDE_BOTH;
}

GHashTable *
hip_motion_parse_library (GBytes  *xml,
                          GError **error)
{
  static const GMarkupParser parser = { start_element, end_element, NULL, NULL, NULL };
  g_autoptr(GHashTable) motions = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         g_object_unref);
  ParseState state = { .motions = motions };
  g_autoptr(GMarkupParseContext) context =
    g_markup_parse_context_new (&parser, 0, &state, NULL);
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);
  gboolean ok;

  ok = g_markup_parse_context_parse (context, data, len, error) &&
       g_markup_parse_context_end_parse (context, error);
  g_clear_object (&state.motion);
  return ok ? g_steal_pointer (&motions) : NULL;
}

/* Returns: (transfer full): the motions shipped in the application's resources */
GHashTable *
hip_motion_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (HIP_MOTIONS_RESOURCE, 0, error);

  return bytes != NULL ? hip_motion_parse_library (bytes, error) : NULL;
}
