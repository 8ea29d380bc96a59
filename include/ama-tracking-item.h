/* ama-tracking-item.h
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

#define AMA_TYPE_TRACKING_ITEM (ama_tracking_item_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaTrackingItem, ama_tracking_item, AMA, TRACKING_ITEM, GObject)
AMA_AVAILABLE_IN_ALL
AmaReview *ama_tracking_item_get_review (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
AmaRecommendation *ama_tracking_item_get_recommendation (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
AmaPerson *ama_tracking_item_get_officer (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
const char *ama_tracking_item_get_officer_name (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
AmaDecision ama_tracking_item_get_decision (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
AmaProgress ama_tracking_item_get_status (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
AmaDeadline *ama_tracking_item_get_action_by (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
GDateTime *ama_tracking_item_get_due (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
GDateTime *ama_tracking_item_get_next_due (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
int ama_tracking_item_get_days_overdue (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
gboolean ama_tracking_item_get_outstanding (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
gboolean ama_tracking_item_get_overdue (AmaTrackingItem *self);
AMA_AVAILABLE_IN_ALL
const char *ama_tracking_item_get_reason (AmaTrackingItem *self);
G_END_DECLS
