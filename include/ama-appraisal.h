/* ama-appraisal.h
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
#include "ama-appraisal-enums.h"
#include "ama-appraisal-weight-set.h"
#include "ama-appraisal-result.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

#define AMA_TYPE_APPRAISAL (ama_appraisal_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAppraisal, ama_appraisal, AMA, APPRAISAL, GObject)


AMA_AVAILABLE_IN_ALL
AmaAppraisal *ama_appraisal_new (void);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_get_options (AmaAppraisal *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_add_option (AmaAppraisal *self,
                               AmaOption *option);

AMA_AVAILABLE_IN_ALL
gboolean ama_appraisal_remove_option (AmaAppraisal *self,
                                      AmaOption *option);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_get_criteria (AmaAppraisal *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_add_criterion (AmaAppraisal *self,
                                  AmaCriterion *criterion);

AMA_AVAILABLE_IN_ALL
gboolean ama_appraisal_remove_criterion (AmaAppraisal *self,
                                         AmaCriterion *criterion);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_get_scores (AmaAppraisal *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_add_score (AmaAppraisal *self,
                              AmaScore *score);

AMA_AVAILABLE_IN_ALL
gboolean ama_appraisal_remove_score (AmaAppraisal *self,
                                     AmaScore *score);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_get_preferred_option (AmaAppraisal *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_set_preferred_option (AmaAppraisal *self,
                                         const char *preferred_option);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_get_notes (AmaAppraisal *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_set_notes (AmaAppraisal *self,
                              const char *notes);

AMA_AVAILABLE_IN_ALL
AmaMissingScores ama_appraisal_get_missing_scores (AmaAppraisal *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_set_missing_scores (AmaAppraisal *self,
                                      AmaMissingScores missing_scores);

AMA_AVAILABLE_IN_ALL
const char * const *ama_appraisal_get_critical_success_factors (AmaAppraisal *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_set_critical_success_factors (AmaAppraisal *self,
                                                const char * const *critical_success_factors);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_get_weight_sets (AmaAppraisal *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_add_weight_set (AmaAppraisal *self,
                                 AmaAppraisalWeightSet *weight_set);

AMA_AVAILABLE_IN_ALL
gboolean ama_appraisal_remove_weight_set (AmaAppraisal *self,
                                     AmaAppraisalWeightSet *weight_set);

AMA_AVAILABLE_IN_ALL
AmaAppraisalResult *ama_appraisal_evaluate (AmaAppraisal           *self,
                                            AmaAppraisalWeightSet  *weight_set,
                                            GError                **error);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_evaluate_weight_sets (AmaAppraisal  *self,
                                                GError       **error);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_check_process (AmaAppraisal *self);

G_END_DECLS
