/* ama-visit.h
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

#define AMA_TYPE_VISIT (ama_visit_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaVisit, ama_visit, AMA, VISIT, GObject)


AMA_AVAILABLE_IN_ALL
AmaVisit *ama_visit_new (const char *authority, AmaArrangement arrangement);

AMA_AVAILABLE_IN_ALL
const char *ama_visit_get_authority (AmaVisit *self);

AMA_AVAILABLE_IN_ALL
void ama_visit_set_authority (AmaVisit *self,
                              const char *authority);

AMA_AVAILABLE_IN_ALL
AmaArrangement ama_visit_get_arrangement (AmaVisit *self);

AMA_AVAILABLE_IN_ALL
void ama_visit_set_arrangement (AmaVisit *self,
                                AmaArrangement arrangement);

AMA_AVAILABLE_IN_ALL
const char *ama_visit_get_arrangement_note (AmaVisit *self);

AMA_AVAILABLE_IN_ALL
void ama_visit_set_arrangement_note (AmaVisit *self,
                                     const char *arrangement_note);

AMA_AVAILABLE_IN_ALL
GDateTime *ama_visit_get_date (AmaVisit *self);

AMA_AVAILABLE_IN_ALL
void ama_visit_set_date (AmaVisit *self,
                         GDateTime *date);

AMA_AVAILABLE_IN_ALL
const char *ama_visit_get_date_text (AmaVisit *self);

AMA_AVAILABLE_IN_ALL
void ama_visit_set_date_text (AmaVisit *self,
                              const char *date_text);

AMA_AVAILABLE_IN_ALL
AmaVisitMode ama_visit_get_mode (AmaVisit *self);

AMA_AVAILABLE_IN_ALL
void ama_visit_set_mode (AmaVisit *self,
                         AmaVisitMode mode);

G_END_DECLS
