/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hip-balance.h"

G_BEGIN_DECLS

#define HIP_TYPE_BALANCE_WHEEL (hip_balance_wheel_get_type ())

G_DECLARE_FINAL_TYPE (HipBalanceWheel, hip_balance_wheel, HIP, BALANCE_WHEEL, GtkWidget)

GtkWidget *hip_balance_wheel_new         (void);
void       hip_balance_wheel_set_balance (HipBalanceWheel  *self,
                                          const HipBalance *balance,
                                          guint             exempt);
gboolean   hip_balance_wheel_in_band     (HipBalanceWheel  *self,
                                          HipAction         action);

G_END_DECLS
