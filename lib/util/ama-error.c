/* ama-error.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-error.h"

/**
 * ama_error_quark:
 *
 * Gets the quark of the %AMA_ERROR domain.
 *
 * Returns: the error quark
 *
 * Since: 1.0
 */
G_DEFINE_QUARK (ama-error-quark, ama_error)
