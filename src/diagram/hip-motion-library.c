/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "hip-motion-library.h"

/**
 * HipMotionLibrary:
 *
 * The motions of the built-in catalogue, read on first use: a start on Today draws no figure.
 * One library is made by the application and handed to every view that draws a figure.
 */
struct _HipMotionLibrary
{
  GObject     parent_instance;

  GHashTable *motions;   /* id → HipMotion, or NULL until first use */
  gboolean    failed;
};

G_DEFINE_FINAL_TYPE (HipMotionLibrary, hip_motion_library, G_TYPE_OBJECT)

static void
hip_motion_library_finalize (GObject *object)
{
  HipMotionLibrary *self = HIP_MOTION_LIBRARY (object);

  g_clear_pointer (&self->motions, g_hash_table_unref);
  G_OBJECT_CLASS (hip_motion_library_parent_class)->finalize (object);
}

static void
hip_motion_library_class_init (HipMotionLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hip_motion_library_finalize;
}

static void
hip_motion_library_init (HipMotionLibrary *self)
{
}

HipMotionLibrary *
hip_motion_library_new (void)
{
  return g_object_new (HIP_TYPE_MOTION_LIBRARY, NULL);
}

/**
 * hip_motion_library_lookup:
 * @id: (nullable): a motion id, as an exercise names it
 *
 * Returns: (transfer none) (nullable): the motion with @id, or %NULL when there is none (or the
 *   built-in motions could not be read, which is reported once)
 */
HipMotion *
hip_motion_library_lookup (HipMotionLibrary *self,
                           const char       *id)
{
  g_return_val_if_fail (HIP_IS_MOTION_LIBRARY (self), NULL);

  if (self->motions == NULL && !self->failed)
    {
      g_autoptr(GError) error = NULL;

      self->motions = hip_motion_load_default (&error);
      if (self->motions == NULL)
        {
          /* The motions are built into the program: this is a packaging bug, not bad input. */
          g_critical ("The motions are broken: %s", error->message);
          self->failed = TRUE;
        }
    }
  return self->motions != NULL && id != NULL ? g_hash_table_lookup (self->motions, id) : NULL;
}
