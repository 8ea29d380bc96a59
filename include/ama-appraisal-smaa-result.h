/* ama-appraisal-smaa-result.h
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

#define AMA_TYPE_APPRAISAL_SMAA_RESULT (ama_appraisal_smaa_result_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAppraisalSmaaResult, ama_appraisal_smaa_result, AMA, APPRAISAL_SMAA_RESULT, GObject)

AMA_AVAILABLE_IN_ALL
guint64 ama_appraisal_smaa_result_get_n_samples (AmaAppraisalSmaaResult *self);

AMA_AVAILABLE_IN_ALL
guint64 ama_appraisal_smaa_result_get_seed (AmaAppraisalSmaaResult *self);

AMA_AVAILABLE_IN_ALL
const char * const *ama_appraisal_smaa_result_get_option_ids (AmaAppraisalSmaaResult *self);

AMA_AVAILABLE_IN_ALL
const char * const *ama_appraisal_smaa_result_get_criterion_ids (AmaAppraisalSmaaResult *self);

AMA_AVAILABLE_IN_ALL
const double *ama_appraisal_smaa_result_get_acceptability (AmaAppraisalSmaaResult *self,
                                                           const char             *option_id,
                                                           guint                  *n_ranks);

AMA_AVAILABLE_IN_ALL
const double *ama_appraisal_smaa_result_get_central_weights (AmaAppraisalSmaaResult *self,
                                                             const char             *option_id,
                                                             guint                  *n_weights);

AMA_AVAILABLE_IN_ALL
double ama_appraisal_smaa_result_get_confidence (AmaAppraisalSmaaResult *self,
                                                 const char             *option_id);

AMA_AVAILABLE_IN_ALL
guint64 ama_appraisal_smaa_result_get_rank_count (AmaAppraisalSmaaResult *self,
                                                  const char             *option_id,
                                                  guint                   rank);

AMA_AVAILABLE_IN_ALL
double ama_appraisal_smaa_result_get_standard_error (AmaAppraisalSmaaResult *self,
                                                     const char             *option_id,
                                                     guint                   rank);

G_END_DECLS
