/* ama-response.h
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

#define AMA_TYPE_RESPONSE (ama_response_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaResponse, ama_response, AMA, RESPONSE, GObject)


AMA_AVAILABLE_IN_ALL
AmaResponse *ama_response_new (void);

AMA_AVAILABLE_IN_ALL
AmaDecision ama_response_get_decision (AmaResponse *self);

AMA_AVAILABLE_IN_ALL
void ama_response_set_decision (AmaResponse *self,
                                AmaDecision decision);

AMA_AVAILABLE_IN_ALL
AmaDecision ama_response_get_inferred_decision (AmaResponse *self);

AMA_AVAILABLE_IN_ALL
void ama_response_set_inferred_decision (AmaResponse *self,
                                         AmaDecision inferred_decision);

AMA_AVAILABLE_IN_ALL
const char *ama_response_get_text (AmaResponse *self);

AMA_AVAILABLE_IN_ALL
void ama_response_set_text (AmaResponse *self,
                            const char *text);

AMA_AVAILABLE_IN_ALL
AmaPerson *ama_response_get_officer (AmaResponse *self);

AMA_AVAILABLE_IN_ALL
void ama_response_set_officer (AmaResponse *self,
                               AmaPerson *officer);

AMA_AVAILABLE_IN_ALL
AmaDeadline *ama_response_get_action_by (AmaResponse *self);

AMA_AVAILABLE_IN_ALL
void ama_response_set_action_by (AmaResponse *self,
                                 AmaDeadline *action_by);

AMA_AVAILABLE_IN_ALL
gboolean ama_response_get_no_further_action (AmaResponse *self);

AMA_AVAILABLE_IN_ALL
void ama_response_set_no_further_action (AmaResponse *self,
                                         gboolean no_further_action);

AMA_AVAILABLE_IN_ALL
GDateTime *ama_response_get_reconsider_on (AmaResponse *self);

AMA_AVAILABLE_IN_ALL
void ama_response_set_reconsider_on (AmaResponse *self,
                                     GDateTime *reconsider_on);

AMA_AVAILABLE_IN_ALL
GDateTime *ama_response_get_date (AmaResponse *self);

AMA_AVAILABLE_IN_ALL
void ama_response_set_date (AmaResponse *self,
                            GDateTime *date);

AMA_AVAILABLE_IN_1_2
GListModel *ama_response_get_history (AmaResponse *self);

AMA_AVAILABLE_IN_1_2
gboolean ama_response_add_decision_record (AmaResponse       *self,
                                           AmaDecisionRecord *record);

AMA_AVAILABLE_IN_1_2
GDateTime *ama_response_get_decided_on (AmaResponse *self);

AMA_AVAILABLE_IN_1_2
AmaSourceRef *ama_response_get_source (AmaResponse *self);

AMA_AVAILABLE_IN_1_2
void ama_response_set_source (AmaResponse *self,
                              AmaSourceRef *source);

G_END_DECLS
