/* ama-source-ref.h
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

#define AMA_TYPE_SOURCE_REF (ama_source_ref_get_type ())

AMA_AVAILABLE_IN_1_2
GType         ama_source_ref_get_type     (void) G_GNUC_CONST;
AMA_AVAILABLE_IN_1_2
AmaSourceRef *ama_source_ref_new          (const char   *document,
                                           guint         page,
                                           guint         line,
                                           guint         row,
                                           guint         column);
AMA_AVAILABLE_IN_1_2
AmaSourceRef *ama_source_ref_copy         (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
AmaSourceRef *ama_source_ref_ref          (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
void          ama_source_ref_unref        (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
void          ama_source_ref_free         (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
const char   *ama_source_ref_get_document (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
guint         ama_source_ref_get_page     (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
guint         ama_source_ref_get_line     (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
guint         ama_source_ref_get_row      (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
guint         ama_source_ref_get_column   (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
gboolean      ama_source_ref_equal        (AmaSourceRef *a,
                                           AmaSourceRef *b);
AMA_AVAILABLE_IN_1_2
char         *ama_source_ref_to_string    (AmaSourceRef *self);
AMA_AVAILABLE_IN_1_2
char         *ama_source_ref_to_short_string (AmaSourceRef *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AmaSourceRef, ama_source_ref_unref)

G_END_DECLS
