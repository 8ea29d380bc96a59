/* ama-error.h
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

#include "ama-version-macros.h"

G_BEGIN_DECLS

/**
 * AMA_ERROR:
 *
 * The error domain of libama. Errors in it carry an [enum@Ama.Error] code.
 *
 * Since: 1.0
 */
#define AMA_ERROR (ama_error_quark ())

/**
 * AmaError:
 * @AMA_ERROR_PARSE: the input is not well-formed (bad JSON, bad table)
 * @AMA_ERROR_INVALID: a value has the wrong type or an impossible value
 * @AMA_ERROR_MISSING: a required member or field is absent
 * @AMA_ERROR_UNSUPPORTED_VERSION: the document's version is not supported
 * @AMA_ERROR_UNSUPPORTED_FORMAT: the document is not of a known format
 * @AMA_ERROR_IO: reading or writing failed
 * @AMA_ERROR_ENCODING: the text is not valid UTF-8 (or contains NUL bytes)
 * @AMA_ERROR_LIMIT: the input exceeds a documented limit (size, depth)
 * @AMA_ERROR_REFERENCE: an identifier refers to an object that does not exist
 * @AMA_ERROR_DUPLICATE: an identifier that must be unique is repeated
 * @AMA_ERROR_UNSUPPORTED: the document is of a known format but uses a
 *   feature libama cannot read (a scanned PDF with no text layer, which
 *   needs OCR; an encrypted PDF or Word file). Since: 1.2
 * @AMA_ERROR_NETWORK: a request to a server failed (the message names the
 *   URL and, where there was one, the HTTP status). Since: 1.2
 * @AMA_ERROR_AMBIGUOUS: the document fits no interpreter well enough to
 *   be read without guessing; the message names the best candidates and
 *   why each falls short. Since: 1.2
 *
 * Error codes in the %AMA_ERROR domain. Every message says where the
 * problem is (a line and column, or a JSON path such as
 * `$.recommendations[3].response.decision`) and what it is.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_ERROR_PARSE,
  AMA_ERROR_INVALID,
  AMA_ERROR_MISSING,
  AMA_ERROR_UNSUPPORTED_VERSION,
  AMA_ERROR_UNSUPPORTED_FORMAT,
  AMA_ERROR_IO,
  AMA_ERROR_ENCODING,
  AMA_ERROR_LIMIT,
  AMA_ERROR_REFERENCE,
  AMA_ERROR_DUPLICATE,
  AMA_ERROR_UNSUPPORTED,
  AMA_ERROR_NETWORK,
  AMA_ERROR_AMBIGUOUS,
} AmaError;

AMA_AVAILABLE_IN_ALL
GQuark ama_error_quark (void);

G_END_DECLS
