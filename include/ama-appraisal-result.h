/* ama-appraisal-result.h
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
#include "ama-appraisal-ranking.h"
#include "ama-appraisal-stability.h"

G_BEGIN_DECLS

#define AMA_TYPE_APPRAISAL_RESULT (ama_appraisal_result_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAppraisalResult, ama_appraisal_result, AMA, APPRAISAL_RESULT, GObject)

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_result_get_weight_set_id (AmaAppraisalResult *self);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_result_get_rankings (AmaAppraisalResult *self);

AMA_AVAILABLE_IN_ALL
GListModel *ama_appraisal_result_get_stability (AmaAppraisalResult *self);

AMA_AVAILABLE_IN_ALL
const char * const *ama_appraisal_result_get_criterion_ids (AmaAppraisalResult *self);

AMA_AVAILABLE_IN_ALL
const double *ama_appraisal_result_get_weights (AmaAppraisalResult *self,
                                                guint              *n_weights);

AMA_AVAILABLE_IN_ALL
AmaAppraisalRanking *ama_appraisal_result_get_winner (AmaAppraisalResult *self);

AMA_AVAILABLE_IN_ALL
AmaAppraisalRanking *ama_appraisal_result_lookup (AmaAppraisalResult *self,
                                                  const char         *option_id);

AMA_AVAILABLE_IN_ALL
double *ama_appraisal_result_compare (AmaAppraisalResult *self,
                                      const char         *option_a,
                                      const char         *option_b,
                                      guint              *n_differences,
                                      GError            **error);

AMA_AVAILABLE_IN_ALL
AmaAppraisalStability *ama_appraisal_result_get_critical (AmaAppraisalResult *self);

AMA_AVAILABLE_IN_ALL
char *ama_appraisal_result_explain (AmaAppraisalResult *self);

G_END_DECLS
