/* ama-import-delimited.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-import-private.h"

gboolean
_ama_import_delimited (AmaImportContext *ctx,
                       const char       *text,
                       char              delimiter,
                       GError          **error)
{
  g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT, "line 1: not implemented yet");
  return FALSE;
}
