/* ama-section.h
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

#define AMA_TYPE_SECTION (ama_section_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaSection, ama_section, AMA, SECTION, GObject)


AMA_AVAILABLE_IN_ALL
AmaSection *ama_section_new (const char *number, const char *title);

AMA_AVAILABLE_IN_ALL
const char *ama_section_get_number (AmaSection *self);

AMA_AVAILABLE_IN_ALL
void ama_section_set_number (AmaSection *self,
                             const char *number);

AMA_AVAILABLE_IN_ALL
const char *ama_section_get_title (AmaSection *self);

AMA_AVAILABLE_IN_ALL
void ama_section_set_title (AmaSection *self,
                            const char *title);

AMA_AVAILABLE_IN_ALL
const char *ama_section_get_text (AmaSection *self);

AMA_AVAILABLE_IN_ALL
void ama_section_set_text (AmaSection *self,
                           const char *text);

G_END_DECLS
