/* ama-review-merge.h: folding a later document into a review
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

AMA_AVAILABLE_IN_1_2
GListModel *ama_review_merge (AmaReview  *self,
                              AmaReview  *later,
                              GError    **error);

G_END_DECLS
