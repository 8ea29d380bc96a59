/* ama-tracker-private.h: tracking shared by reviews and catalogs
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-review.h"
#include "ama-tracking-summary.h"

G_BEGIN_DECLS

/* Which recommendations to build items for: deciding from plain data
 * first spares building items that a filter would drop. */
typedef enum
{
  TRACK_ALL,
  TRACK_OUTSTANDING,
  TRACK_OVERDUE,
} TrackWant;

/* Appends to @into an AmaTrackingItem for each recommendation of
 * @review that @want keeps (TRACK_OVERDUE: only the overdue ones). */
void                _ama_tracker_track_review_want (AmaReview  *review,
                                                    GDateTime  *as_of,
                                                    TrackWant   want,
                                                    GListStore *into);
/* Appends one AmaTrackingItem per recommendation of @review to @into. */
void                _ama_tracker_track_review (AmaReview  *review,
                                               GDateTime  *as_of,
                                               GListStore *into);
/* One recommendation's item, like ama_recommendation_track(), with the
 * officer-spelling table of @review kept in *@spellings (NULL at first,
 * freed by the caller with g_hash_table_unref): a report over every
 * recommendation builds it once instead of once per row, which made
 * HTML/Markdown/ICS reports quadratic (issue #20, item 7). */
AmaTrackingItem    *_ama_tracker_track_one    (AmaReview          *review,
                                               AmaRecommendation  *rec,
                                               GDateTime          *as_of,
                                               GHashTable        **spellings);
/* The items of @items that are outstanding (or overdue, with
 * @overdue_only) and, when @officer is set, owned by that officer
 * (compared as OCR-confusable keys). */
GListModel         *_ama_tracker_filter       (GListModel *items,
                                               gboolean    overdue_only,
                                               const char *officer);
GListModel         *_ama_tracker_group        (GListModel *items);
AmaTrackingSummary *_ama_tracker_summarize    (GListModel *items);

G_END_DECLS
