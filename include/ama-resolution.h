/* ama-resolution.h
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

#define AMA_TYPE_RESOLUTION (ama_resolution_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaResolution, ama_resolution, AMA, RESOLUTION, GObject)


AMA_AVAILABLE_IN_ALL
AmaResolution *ama_resolution_new (const char *number, const char *text);

AMA_AVAILABLE_IN_ALL
const char *ama_resolution_get_number (AmaResolution *self);

AMA_AVAILABLE_IN_ALL
void ama_resolution_set_number (AmaResolution *self,
                                const char *number);

AMA_AVAILABLE_IN_ALL
const char *ama_resolution_get_text (AmaResolution *self);

AMA_AVAILABLE_IN_ALL
void ama_resolution_set_text (AmaResolution *self,
                              const char *text);

AMA_AVAILABLE_IN_1_2
AmaSourceRef *ama_resolution_get_source (AmaResolution *self);

AMA_AVAILABLE_IN_1_2
void ama_resolution_set_source (AmaResolution *self,
                                AmaSourceRef *source);

G_END_DECLS
