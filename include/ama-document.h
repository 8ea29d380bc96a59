/* ama-document.h
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

#define AMA_TYPE_DOCUMENT (ama_document_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaDocument, ama_document, AMA, DOCUMENT, GObject)


AMA_AVAILABLE_IN_ALL
AmaDocument *ama_document_new (AmaDocumentKind kind, const char *title);

AMA_AVAILABLE_IN_ALL
const char *ama_document_get_title (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_title (AmaDocument *self,
                             const char *title);

AMA_AVAILABLE_IN_ALL
AmaDocumentKind ama_document_get_kind (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_kind (AmaDocument *self,
                            AmaDocumentKind kind);

AMA_AVAILABLE_IN_ALL
const char *ama_document_get_label (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_label (AmaDocument *self,
                             const char *label);

AMA_AVAILABLE_IN_ALL
const char *ama_document_get_uri (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_uri (AmaDocument *self,
                           const char *uri);

AMA_AVAILABLE_IN_ALL
GDateTime *ama_document_get_date (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_date (AmaDocument *self,
                            GDateTime *date);

AMA_AVAILABLE_IN_ALL
const char *ama_document_get_body (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_body (AmaDocument *self,
                            const char *body);

AMA_AVAILABLE_IN_ALL
gboolean ama_document_get_key_decision (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_key_decision (AmaDocument *self,
                                    gboolean key_decision);

AMA_AVAILABLE_IN_ALL
gboolean ama_document_get_forward_plan (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_forward_plan (AmaDocument *self,
                                    gboolean forward_plan);

AMA_AVAILABLE_IN_ALL
const char *ama_document_get_director (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_director (AmaDocument *self,
                                const char *director);

AMA_AVAILABLE_IN_ALL
GListModel *ama_document_get_authors (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_add_author (AmaDocument *self,
                              AmaPerson *author);

AMA_AVAILABLE_IN_ALL
gboolean ama_document_remove_author (AmaDocument *self,
                                     AmaPerson *author);

AMA_AVAILABLE_IN_ALL
const char * const *ama_document_get_wards (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_wards (AmaDocument *self,
                             const char * const *wards);

AMA_AVAILABLE_IN_ALL
gboolean ama_document_get_exempt (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_exempt (AmaDocument *self,
                              gboolean exempt);

AMA_AVAILABLE_IN_ALL
gboolean ama_document_get_council_approval_required (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_council_approval_required (AmaDocument *self,
                                                 gboolean council_approval_required);

AMA_AVAILABLE_IN_ALL
const char *ama_document_get_summary (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_summary (AmaDocument *self,
                               const char *summary);

AMA_AVAILABLE_IN_ALL
const char * const *ama_document_get_recommendations (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_recommendations (AmaDocument *self,
                                       const char * const *recommendations);

AMA_AVAILABLE_IN_ALL
const char * const *ama_document_get_background_papers (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_set_background_papers (AmaDocument *self,
                                         const char * const *background_papers);

AMA_AVAILABLE_IN_ALL
GListModel *ama_document_get_approvals (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_add_approval (AmaDocument *self,
                                AmaPerson *approval);

AMA_AVAILABLE_IN_ALL
gboolean ama_document_remove_approval (AmaDocument *self,
                                       AmaPerson *approval);

AMA_AVAILABLE_IN_ALL
GListModel *ama_document_get_accountable_officers (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_add_accountable_officer (AmaDocument *self,
                                           AmaPerson *accountable_officer);

AMA_AVAILABLE_IN_ALL
gboolean ama_document_remove_accountable_officer (AmaDocument *self,
                                                  AmaPerson *accountable_officer);

AMA_AVAILABLE_IN_ALL
GListModel *ama_document_get_sections (AmaDocument *self);

AMA_AVAILABLE_IN_ALL
void ama_document_add_section (AmaDocument *self,
                               AmaSection *section);

AMA_AVAILABLE_IN_ALL
gboolean ama_document_remove_section (AmaDocument *self,
                                      AmaSection *section);

G_END_DECLS
