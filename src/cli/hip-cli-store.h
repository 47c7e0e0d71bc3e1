/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hip-store.h"

G_BEGIN_DECLS

HipStore *hip_cli_open_store (gboolean reads_data);

G_END_DECLS
