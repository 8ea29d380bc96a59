/* ama-tracker.h
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
#include "ama-tracking-item.h"
#include "ama-tracking-summary.h"

G_BEGIN_DECLS

AMA_AVAILABLE_IN_ALL
AmaProgress        ama_recommendation_get_status        (AmaRecommendation *self,
                                                         GDateTime         *as_of);
AMA_AVAILABLE_IN_ALL
AmaProgressUpdate *ama_recommendation_get_latest_update (AmaRecommendation *self,
                                                         GDateTime         *as_of);
AMA_AVAILABLE_IN_ALL
AmaTrackingItem   *ama_recommendation_track             (AmaRecommendation *self,
                                                         AmaReview         *review,
                                                         GDateTime         *as_of);
AMA_AVAILABLE_IN_ALL
GListModel        *ama_review_track                     (AmaReview         *self,
                                                         GDateTime         *as_of);
AMA_AVAILABLE_IN_ALL
GListModel        *ama_review_get_outstanding           (AmaReview         *self,
                                                         GDateTime         *as_of,
                                                         const char        *officer);
AMA_AVAILABLE_IN_ALL
GListModel        *ama_review_get_overdue               (AmaReview         *self,
                                                         GDateTime         *as_of,
                                                         const char        *officer);
AMA_AVAILABLE_IN_ALL
GListModel        *ama_review_group_by_officer          (AmaReview         *self,
                                                         GDateTime         *as_of);
AMA_AVAILABLE_IN_ALL
AmaTrackingSummary *ama_review_summarize                (AmaReview         *self,
                                                         GDateTime         *as_of);

G_END_DECLS
