/* ama-appraisal-stability.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ama-types.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

#define AMA_TYPE_APPRAISAL_STABILITY (ama_appraisal_stability_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAppraisalStability, ama_appraisal_stability, AMA, APPRAISAL_STABILITY, GObject)

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_stability_get_criterion_id (AmaAppraisalStability *self);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_stability_get_criterion_name (AmaAppraisalStability *self);

AMA_AVAILABLE_IN_ALL
double ama_appraisal_stability_get_weight (AmaAppraisalStability *self);

AMA_AVAILABLE_IN_ALL
double ama_appraisal_stability_get_lower (AmaAppraisalStability *self);

AMA_AVAILABLE_IN_ALL
double ama_appraisal_stability_get_upper (AmaAppraisalStability *self);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_stability_get_lower_option_id (AmaAppraisalStability *self);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_stability_get_upper_option_id (AmaAppraisalStability *self);

AMA_AVAILABLE_IN_ALL
double ama_appraisal_stability_get_change (AmaAppraisalStability *self);

G_END_DECLS
