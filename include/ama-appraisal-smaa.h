/* ama-appraisal-smaa.h
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
#include "ama-appraisal-smaa-result.h"

G_BEGIN_DECLS

#define AMA_TYPE_APPRAISAL_SMAA (ama_appraisal_smaa_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAppraisalSmaa, ama_appraisal_smaa, AMA, APPRAISAL_SMAA, GObject)

AMA_AVAILABLE_IN_ALL
AmaAppraisalSmaa *ama_appraisal_smaa_new (AmaAppraisal *appraisal);

AMA_AVAILABLE_IN_ALL
AmaAppraisal *ama_appraisal_smaa_get_appraisal (AmaAppraisalSmaa *self);

AMA_AVAILABLE_IN_ALL
guint64 ama_appraisal_smaa_get_n_samples (AmaAppraisalSmaa *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_smaa_set_n_samples (AmaAppraisalSmaa *self,
                                       guint64           n_samples);

AMA_AVAILABLE_IN_ALL
guint64 ama_appraisal_smaa_get_seed (AmaAppraisalSmaa *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_smaa_set_seed (AmaAppraisalSmaa *self,
                                  guint64           seed);

AMA_AVAILABLE_IN_ALL
guint ama_appraisal_smaa_get_n_threads (AmaAppraisalSmaa *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_smaa_set_n_threads (AmaAppraisalSmaa *self,
                                       guint             n_threads);

AMA_AVAILABLE_IN_ALL
const char * const *ama_appraisal_smaa_get_rank_order (AmaAppraisalSmaa *self);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_smaa_set_rank_order (AmaAppraisalSmaa   *self,
                                        const char * const *rank_order);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_smaa_set_weight_bounds (AmaAppraisalSmaa *self,
                                           const char       *criterion_id,
                                           double            low,
                                           double            high);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_smaa_clear_weight_bounds (AmaAppraisalSmaa *self);

AMA_AVAILABLE_IN_ALL
AmaAppraisalSmaaResult *ama_appraisal_smaa_run (AmaAppraisalSmaa  *self,
                                                GCancellable      *cancellable,
                                                GError           **error);

AMA_AVAILABLE_IN_ALL
void ama_appraisal_smaa_run_async (AmaAppraisalSmaa    *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);

AMA_AVAILABLE_IN_ALL
AmaAppraisalSmaaResult *ama_appraisal_smaa_run_finish (AmaAppraisalSmaa  *self,
                                                       GAsyncResult      *result,
                                                       GError           **error);

G_END_DECLS
