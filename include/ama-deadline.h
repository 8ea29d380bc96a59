/* ama-deadline.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <glib-object.h>

#include "ama-types.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

#define AMA_TYPE_DEADLINE (ama_deadline_get_type ())

AMA_AVAILABLE_IN_ALL
GType            ama_deadline_get_type       (void) G_GNUC_CONST;
AMA_AVAILABLE_IN_ALL
AmaDeadline     *ama_deadline_new            (const char      *text,
                                              AmaDeadlineKind  kind,
                                              GDateTime       *due,
                                              AmaRecurrence    recurrence);
AMA_AVAILABLE_IN_ALL
AmaDeadline     *ama_deadline_parse          (const char      *text,
                                              GDateTime       *reference);
AMA_AVAILABLE_IN_ALL
AmaDeadline     *ama_deadline_ref            (AmaDeadline     *self);
AMA_AVAILABLE_IN_ALL
void             ama_deadline_unref          (AmaDeadline     *self);
AMA_AVAILABLE_IN_ALL
const char      *ama_deadline_get_text       (AmaDeadline     *self);
AMA_AVAILABLE_IN_ALL
AmaDeadlineKind  ama_deadline_get_kind       (AmaDeadline     *self);
AMA_AVAILABLE_IN_ALL
GDateTime       *ama_deadline_get_due        (AmaDeadline     *self);
AMA_AVAILABLE_IN_ALL
AmaRecurrence    ama_deadline_get_recurrence (AmaDeadline     *self);
AMA_AVAILABLE_IN_ALL
gboolean         ama_deadline_equal          (AmaDeadline     *a,
                                              AmaDeadline     *b);

AMA_AVAILABLE_IN_ALL
GDateTime       *ama_deadline_next_due       (AmaDeadline     *self,
                                              GDateTime       *as_of);
AMA_AVAILABLE_IN_ALL
GDateTime       *ama_deadline_next_due_from  (AmaDeadline     *self,
                                              GDateTime       *anchor,
                                              GDateTime       *as_of);
AMA_AVAILABLE_IN_ALL
GDateTime       *ama_deadline_previous_due_from (AmaDeadline  *self,
                                                 GDateTime    *anchor,
                                                 GDateTime    *as_of);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AmaDeadline, ama_deadline_unref)

G_END_DECLS
