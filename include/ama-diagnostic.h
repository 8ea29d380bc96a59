/* ama-diagnostic.h
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

#define AMA_TYPE_DIAGNOSTIC (ama_diagnostic_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaDiagnostic, ama_diagnostic, AMA, DIAGNOSTIC, GObject)


AMA_AVAILABLE_IN_ALL
AmaDiagnostic *ama_diagnostic_new (AmaSeverity severity, const char *code, const char *message);

AMA_AVAILABLE_IN_ALL
AmaSeverity ama_diagnostic_get_severity (AmaDiagnostic *self);

AMA_AVAILABLE_IN_ALL
void ama_diagnostic_set_severity (AmaDiagnostic *self,
                                  AmaSeverity severity);

AMA_AVAILABLE_IN_ALL
const char *ama_diagnostic_get_code (AmaDiagnostic *self);

AMA_AVAILABLE_IN_ALL
void ama_diagnostic_set_code (AmaDiagnostic *self,
                              const char *code);

AMA_AVAILABLE_IN_ALL
const char *ama_diagnostic_get_path (AmaDiagnostic *self);

AMA_AVAILABLE_IN_ALL
void ama_diagnostic_set_path (AmaDiagnostic *self,
                              const char *path);

AMA_AVAILABLE_IN_ALL
const char *ama_diagnostic_get_message (AmaDiagnostic *self);

AMA_AVAILABLE_IN_ALL
void ama_diagnostic_set_message (AmaDiagnostic *self,
                                 const char *message);

AMA_AVAILABLE_IN_ALL
guint ama_diagnostic_get_line (AmaDiagnostic *self);

AMA_AVAILABLE_IN_ALL
void ama_diagnostic_set_line (AmaDiagnostic *self,
                              guint line);

AMA_AVAILABLE_IN_ALL
guint ama_diagnostic_get_column (AmaDiagnostic *self);

AMA_AVAILABLE_IN_ALL
void ama_diagnostic_set_column (AmaDiagnostic *self,
                                guint column);

G_END_DECLS
