/* ama-decision-record.h
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

#define AMA_TYPE_DECISION_RECORD (ama_decision_record_get_type ())

AMA_AVAILABLE_IN_1_2
G_DECLARE_FINAL_TYPE (AmaDecisionRecord, ama_decision_record, AMA, DECISION_RECORD, GObject)

AMA_AVAILABLE_IN_1_2
AmaDecisionRecord *ama_decision_record_new        (AmaDecision        decision,
                                                   GDateTime         *date);
AMA_AVAILABLE_IN_1_2
AmaDecision        ama_decision_record_get_decision (AmaDecisionRecord *self);
AMA_AVAILABLE_IN_1_2
void               ama_decision_record_set_decision (AmaDecisionRecord *self,
                                                   AmaDecision        decision);
AMA_AVAILABLE_IN_1_2
GDateTime         *ama_decision_record_get_date   (AmaDecisionRecord *self);
AMA_AVAILABLE_IN_1_2
void               ama_decision_record_set_date   (AmaDecisionRecord *self,
                                                   GDateTime         *date);
AMA_AVAILABLE_IN_1_2
const char        *ama_decision_record_get_body   (AmaDecisionRecord *self);
AMA_AVAILABLE_IN_1_2
void               ama_decision_record_set_body   (AmaDecisionRecord *self,
                                                   const char        *body);
AMA_AVAILABLE_IN_1_2
const char        *ama_decision_record_get_reference (AmaDecisionRecord *self);
AMA_AVAILABLE_IN_1_2
void               ama_decision_record_set_reference (AmaDecisionRecord *self,
                                                   const char        *reference);
AMA_AVAILABLE_IN_1_2
const char        *ama_decision_record_get_source (AmaDecisionRecord *self);
AMA_AVAILABLE_IN_1_2
void               ama_decision_record_set_source (AmaDecisionRecord *self,
                                                   const char        *source);
AMA_AVAILABLE_IN_1_2
const char        *ama_decision_record_get_note   (AmaDecisionRecord *self);
AMA_AVAILABLE_IN_1_2
void               ama_decision_record_set_note   (AmaDecisionRecord *self,
                                                   const char        *note);
AMA_AVAILABLE_IN_1_2
gboolean           ama_decision_record_equal      (AmaDecisionRecord *self,
                                                   AmaDecisionRecord *other);

G_END_DECLS
