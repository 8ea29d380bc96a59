/* ama-option.h
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
#include "ama-appraisal-enums.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

#define AMA_TYPE_OPTION (ama_option_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaOption, ama_option, AMA, OPTION, GObject)


AMA_AVAILABLE_IN_ALL
AmaOption *ama_option_new (const char *id, const char *name);

AMA_AVAILABLE_IN_ALL
const char *ama_option_get_id (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_id (AmaOption *self,
                        const char *id);

AMA_AVAILABLE_IN_ALL
const char *ama_option_get_name (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_name (AmaOption *self,
                          const char *name);

AMA_AVAILABLE_IN_ALL
AmaArrangement ama_option_get_arrangement (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_arrangement (AmaOption *self,
                                 AmaArrangement arrangement);

AMA_AVAILABLE_IN_ALL
const char *ama_option_get_description (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_description (AmaOption *self,
                                 const char *description);

AMA_AVAILABLE_IN_ALL
const char * const *ama_option_get_strengths (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_strengths (AmaOption *self,
                               const char * const *strengths);

AMA_AVAILABLE_IN_ALL
const char * const *ama_option_get_risks (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_risks (AmaOption *self,
                           const char * const *risks);

AMA_AVAILABLE_IN_ALL
AmaOptionStatus ama_option_get_status (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_status (AmaOption *self,
                           AmaOptionStatus status);

AMA_AVAILABLE_IN_ALL
AmaOptionRole ama_option_get_role (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_role (AmaOption *self,
                         AmaOptionRole role);

AMA_AVAILABLE_IN_ALL
const char *ama_option_get_rejection_reason (AmaOption *self);

AMA_AVAILABLE_IN_ALL
void ama_option_set_rejection_reason (AmaOption *self,
                                     const char *rejection_reason);

G_END_DECLS
