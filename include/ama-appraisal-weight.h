/* ama-appraisal-weight.h
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

#define AMA_TYPE_APPRAISAL_WEIGHT (ama_appraisal_weight_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAppraisalWeight, ama_appraisal_weight, AMA, APPRAISAL_WEIGHT, GObject)

AMA_AVAILABLE_IN_ALL
AmaAppraisalWeight *ama_appraisal_weight_new (const char *criterion_id,
                                              double      value);


AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_weight_get_criterion_id (AmaAppraisalWeight *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_criterion_id (AmaAppraisalWeight *self,
                                           const char *criterion_id);

AMA_AVAILABLE_IN_ALL
double ama_appraisal_weight_get_value (AmaAppraisalWeight *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_value (AmaAppraisalWeight *self,
                                    double value);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_weight_get_rationale (AmaAppraisalWeight *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_rationale (AmaAppraisalWeight *self,
                                        const char *rationale);

G_END_DECLS
