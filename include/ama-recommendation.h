/* ama-recommendation.h
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

#define AMA_TYPE_RECOMMENDATION (ama_recommendation_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaRecommendation, ama_recommendation, AMA, RECOMMENDATION, GObject)


AMA_AVAILABLE_IN_ALL
AmaRecommendation *ama_recommendation_new (const char *number, const char *text);

AMA_AVAILABLE_IN_ALL
const char *ama_recommendation_get_number (AmaRecommendation *self);

AMA_AVAILABLE_IN_ALL
void ama_recommendation_set_number (AmaRecommendation *self,
                                    const char *number);

AMA_AVAILABLE_IN_ALL
const char *ama_recommendation_get_text (AmaRecommendation *self);

AMA_AVAILABLE_IN_ALL
void ama_recommendation_set_text (AmaRecommendation *self,
                                  const char *text);

AMA_AVAILABLE_IN_ALL
const char * const *ama_recommendation_get_points (AmaRecommendation *self);

AMA_AVAILABLE_IN_ALL
void ama_recommendation_set_points (AmaRecommendation *self,
                                    const char * const *points);

AMA_AVAILABLE_IN_ALL
AmaResponse *ama_recommendation_get_response (AmaRecommendation *self);

AMA_AVAILABLE_IN_ALL
void ama_recommendation_set_response (AmaRecommendation *self,
                                      AmaResponse *response);

AMA_AVAILABLE_IN_ALL
GListModel *ama_recommendation_get_updates (AmaRecommendation *self);

AMA_AVAILABLE_IN_ALL
void ama_recommendation_add_update (AmaRecommendation *self,
                                    AmaProgressUpdate *update);

AMA_AVAILABLE_IN_ALL
gboolean ama_recommendation_remove_update (AmaRecommendation *self,
                                           AmaProgressUpdate *update);

AMA_AVAILABLE_IN_1_2
AmaSourceRef *ama_recommendation_get_source (AmaRecommendation *self);

AMA_AVAILABLE_IN_1_2
void ama_recommendation_set_source (AmaRecommendation *self,
                                    AmaSourceRef *source);

G_END_DECLS
