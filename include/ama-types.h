/* ama-types.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <glib.h>

#include "ama-enums.h"
#include "ama-enum-types.h"

G_BEGIN_DECLS

/* Forward declarations, so that each class header can name the others
 * without including them (the model refers to itself in many
 * directions: a review holds meetings that hold agenda items that hold
 * documents, a review holds documents too). */
typedef struct _AmaAgendaItem      AmaAgendaItem;
typedef struct _AmaAppraisal       AmaAppraisal;
typedef struct _AmaConsideration   AmaConsideration;
typedef struct _AmaCriterion       AmaCriterion;
typedef struct _AmaDeadline        AmaDeadline;
typedef struct _AmaSourceRef       AmaSourceRef;
typedef struct _AmaDiagnostic      AmaDiagnostic;
typedef struct _AmaDocument        AmaDocument;
typedef struct _AmaMeeting         AmaMeeting;
typedef struct _AmaMember          AmaMember;
typedef struct _AmaOption          AmaOption;
typedef struct _AmaPerson          AmaPerson;
typedef struct _AmaProgressUpdate  AmaProgressUpdate;
typedef struct _AmaRecommendation  AmaRecommendation;
typedef struct _AmaResolution      AmaResolution;
typedef struct _AmaResponse        AmaResponse;
typedef struct _AmaDecisionRecord  AmaDecisionRecord;
typedef struct _AmaReview          AmaReview;
typedef struct _AmaScore           AmaScore;
typedef struct _AmaSection         AmaSection;
typedef struct _AmaVisit           AmaVisit;

G_END_DECLS
