/* ama-validator.h
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

AMA_AVAILABLE_IN_ALL
GListModel *ama_review_validate       (AmaReview  *self,
                                       GDateTime  *as_of);
AMA_AVAILABLE_IN_ALL
GListModel *ama_validation_list_rules (void);
AMA_AVAILABLE_IN_ALL
AmaSeverity ama_validation_get_severity (const char *code);

G_END_DECLS
