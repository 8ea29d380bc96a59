/* ama-appraisal-result-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-appraisal-result.h"
#include "ama-appraisal-matrix-private.h"

G_BEGIN_DECLS

/* Two totals closer than this (on the 0–1 scale) are a tie: the sums of
 * products differ only by rounding. */
#define AMA_APPRAISAL_TIE_EPSILON 1e-9

/* Takes @matrix. */
AmaAppraisalResult *_ama_appraisal_result_new (AmaAppraisalMatrix *matrix,
                                               const char         *weight_set_id);

G_END_DECLS
