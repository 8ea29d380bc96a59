/* ama-response-clock.h
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

#include "ama-enums.h"
#include "ama-types.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

/**
 * AMA_RESPONSE_PERIOD_DEFAULT:
 *
 * The statutory response period in England and Wales, as
 * [property@Ama.Review:response-period] writes it.
 *
 * Since: 1.2
 */
#define AMA_RESPONSE_PERIOD_DEFAULT "2 months"

AMA_AVAILABLE_IN_1_2
gboolean   ama_period_parse               (const char     *text,
                                           guint          *count,
                                           AmaPeriodUnit  *unit);
AMA_AVAILABLE_IN_1_2
GDateTime *ama_period_last_day            (GDateTime      *start,
                                           guint           count,
                                           AmaPeriodUnit   unit);
AMA_AVAILABLE_IN_1_2
GDateTime *ama_review_get_response_due    (AmaReview      *self);
AMA_AVAILABLE_IN_1_2
int        ama_review_get_response_days_late (AmaReview   *self);
AMA_AVAILABLE_IN_1_2
GListModel *ama_review_get_awaiting_response (AmaReview   *self,
                                              GDateTime   *as_of);
AMA_AVAILABLE_IN_1_2
gboolean   ama_review_is_response_overdue (AmaReview      *self,
                                           GDateTime      *as_of);

G_END_DECLS
