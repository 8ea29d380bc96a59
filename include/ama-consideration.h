/* ama-consideration.h
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

#define AMA_TYPE_CONSIDERATION (ama_consideration_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaConsideration, ama_consideration, AMA, CONSIDERATION, GObject)


AMA_AVAILABLE_IN_ALL
AmaConsideration *ama_consideration_new (const char *body, GDateTime *date, const char *outcome);

AMA_AVAILABLE_IN_ALL
const char *ama_consideration_get_body (AmaConsideration *self);

AMA_AVAILABLE_IN_ALL
void ama_consideration_set_body (AmaConsideration *self,
                                 const char *body);

AMA_AVAILABLE_IN_ALL
GDateTime *ama_consideration_get_date (AmaConsideration *self);

AMA_AVAILABLE_IN_ALL
void ama_consideration_set_date (AmaConsideration *self,
                                 GDateTime *date);

AMA_AVAILABLE_IN_ALL
const char *ama_consideration_get_outcome (AmaConsideration *self);

AMA_AVAILABLE_IN_ALL
void ama_consideration_set_outcome (AmaConsideration *self,
                                    const char *outcome);

G_END_DECLS
