/* ama-appraisal-weight-set.h
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
#include "ama-appraisal-weight.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

#define AMA_TYPE_APPRAISAL_WEIGHT_SET (ama_appraisal_weight_set_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAppraisalWeightSet, ama_appraisal_weight_set, AMA, APPRAISAL_WEIGHT_SET, GObject)

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_weight_set_get_id (AmaAppraisalWeightSet *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_set_id (AmaAppraisalWeightSet *self,
                                     const char *id);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_weight_set_get_name (AmaAppraisalWeightSet *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_set_name (AmaAppraisalWeightSet *self,
                                       const char *name);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_weight_set_get_stakeholder (AmaAppraisalWeightSet *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_set_stakeholder (AmaAppraisalWeightSet *self,
                                              const char *stakeholder);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_weight_set_get_source (AmaAppraisalWeightSet *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_set_source (AmaAppraisalWeightSet *self,
                                         const char *source);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_weight_set_get_notes (AmaAppraisalWeightSet *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_set_notes (AmaAppraisalWeightSet *self,
                                        const char *notes);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_weight_set_get_weights (AmaAppraisalWeightSet *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_add_weight (AmaAppraisalWeightSet *self,
                                        AmaAppraisalWeight *weight);

AMA_AVAILABLE_IN_ALL
gboolean ama_appraisal_weight_set_remove_weight (AmaAppraisalWeightSet *self,
                                            AmaAppraisalWeight *weight);

AMA_AVAILABLE_IN_ALL
AmaAppraisalWeightSet *ama_appraisal_weight_set_new (const char *id,
                                                     const char *name);

AMA_AVAILABLE_IN_ALL
AmaAppraisalWeight *ama_appraisal_weight_set_lookup (AmaAppraisalWeightSet *self,
                                                     const char            *criterion_id);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_weight_set_set_weight (AmaAppraisalWeightSet *self,
                                          const char            *criterion_id,
                                          double                 value);

G_END_DECLS
