/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests ask of hip-balance-wheel beyond its public header. */
#pragma once

#include "hip-balance-wheel.h"

G_BEGIN_DECLS

/* Where an action's weighted sets stand against its band. */
typedef enum
{
  HIP_BALANCE_IN_BAND,
  HIP_BALANCE_TOO_LITTLE,
  HIP_BALANCE_TOO_MUCH,
  HIP_BALANCE_NOT_TRAINED,  /* the profile leaves it out */
} HipBalanceVerdict;

double            hip_balance_wheel_get_volume   (HipBalanceWheel  *self,
                                                  HipAction         action);
HipBalanceVerdict hip_balance_wheel_get_verdict  (HipBalanceWheel  *self,
                                                  HipAction         action);
void              hip_balance_wheel_get_vertices (HipBalanceWheel  *self,
                                                  graphene_point_t  points[HIP_N_ACTIONS],
                                                  double            angles[HIP_N_ACTIONS]);

G_END_DECLS
