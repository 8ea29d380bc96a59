/* ama-appraisal-ranking.h
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

#define AMA_TYPE_APPRAISAL_RANKING (ama_appraisal_ranking_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAppraisalRanking, ama_appraisal_ranking, AMA, APPRAISAL_RANKING, GObject)

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_ranking_get_option_id (AmaAppraisalRanking *self);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_ranking_get_option_name (AmaAppraisalRanking *self);

AMA_AVAILABLE_IN_ALL
guint ama_appraisal_ranking_get_rank (AmaAppraisalRanking *self);

AMA_AVAILABLE_IN_ALL
double ama_appraisal_ranking_get_value (AmaAppraisalRanking *self);

AMA_AVAILABLE_IN_ALL
gboolean ama_appraisal_ranking_get_tied (AmaAppraisalRanking *self);

AMA_AVAILABLE_IN_ALL
const char *ama_appraisal_ranking_get_failed_gate (AmaAppraisalRanking *self);

AMA_AVAILABLE_IN_ALL
const double *ama_appraisal_ranking_get_contributions (AmaAppraisalRanking *self,
                                                       guint               *n_contributions);

AMA_AVAILABLE_IN_ALL
const double *ama_appraisal_ranking_get_preferences (AmaAppraisalRanking *self,
                                                     guint               *n_preferences);

G_END_DECLS
