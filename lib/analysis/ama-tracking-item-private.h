/* ama-tracking-item-private.h: building tracking items without GValues
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-enums.h"
#include "ama-person.h"
#include "ama-recommendation.h"
#include "ama-review.h"
#include "ama-tracking-item.h"
#include "ama-types.h"

G_BEGIN_DECLS

/* Same as g_object_new with every construct-only property, but the
 * fields are set directly (the tracker builds one item per kept
 * recommendation, and the 13 by-name GValue round trips were most of
 * that). Objects and boxed values are referenced; @officer_name and
 * @reason are taken. */
AmaTrackingItem *_ama_tracking_item_new_take (AmaReview         *review,
                                              AmaRecommendation *recommendation,
                                              AmaPerson         *officer,
                                              char              *officer_name,
                                              AmaDecision        decision,
                                              AmaProgress        status,
                                              AmaDeadline       *action_by,
                                              GDateTime         *due,
                                              GDateTime         *next_due,
                                              int                days_overdue,
                                              gboolean           outstanding,
                                              gboolean           overdue,
                                              char              *reason);

G_END_DECLS
