/* ama-validation-rule.h
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

#define AMA_TYPE_VALIDATION_RULE (ama_validation_rule_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaValidationRule, ama_validation_rule, AMA, VALIDATION_RULE, GObject)
AMA_AVAILABLE_IN_ALL
const char *ama_validation_rule_get_code (AmaValidationRule *self);
AMA_AVAILABLE_IN_ALL
AmaSeverity ama_validation_rule_get_severity (AmaValidationRule *self);
AMA_AVAILABLE_IN_ALL
const char *ama_validation_rule_get_summary (AmaValidationRule *self);
G_END_DECLS
