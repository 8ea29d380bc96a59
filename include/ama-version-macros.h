/* ama-version-macros.h
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

#include "ama-version.h"

#ifndef _AMA_EXTERN
# define _AMA_EXTERN __attribute__((visibility ("default"))) extern
#endif

/**
 * AMA_DEPRECATED_FOR:
 * @f: the function to use instead
 *
 * Marks a symbol as deprecated in favour of @f; the compiler warns when
 * it is used, unless `AMA_DISABLE_DEPRECATION_WARNINGS` is defined.
 */

/**
 * AMA_UNAVAILABLE:
 * @maj: the major version that introduced the symbol
 * @min: the minor version that introduced the symbol
 *
 * Marks a symbol as not available in the version of libama the
 * application is limited to.
 */
#ifdef AMA_DISABLE_DEPRECATION_WARNINGS
# define AMA_DEPRECATED _AMA_EXTERN
# define AMA_DEPRECATED_FOR(f) _AMA_EXTERN
# define AMA_UNAVAILABLE(maj,min) _AMA_EXTERN
#else
# define AMA_DEPRECATED G_DEPRECATED _AMA_EXTERN
# define AMA_DEPRECATED_FOR(f) G_DEPRECATED_FOR (f) _AMA_EXTERN
# define AMA_UNAVAILABLE(maj,min) G_UNAVAILABLE (maj, min) _AMA_EXTERN
#endif

#define AMA_VERSION_1_0 (G_ENCODE_VERSION (1, 0))
#define AMA_VERSION_1_2 (G_ENCODE_VERSION (1, 2))

#if (AMA_MINOR_VERSION == 99)
# define AMA_VERSION_CUR_STABLE (G_ENCODE_VERSION (AMA_MAJOR_VERSION + 1, 0))
#elif (AMA_MINOR_VERSION % 2)
# define AMA_VERSION_CUR_STABLE (G_ENCODE_VERSION (AMA_MAJOR_VERSION, AMA_MINOR_VERSION + 1))
#else
# define AMA_VERSION_CUR_STABLE (G_ENCODE_VERSION (AMA_MAJOR_VERSION, AMA_MINOR_VERSION))
#endif

/* Every symbol of the first stable series; later series add their own
 * AMA_AVAILABLE_IN_x_y so that users can pin AMA_VERSION_MAX_ALLOWED. */
#define AMA_AVAILABLE_IN_ALL _AMA_EXTERN
#define AMA_AVAILABLE_IN_1_0 _AMA_EXTERN
/* The 1.2 series (developed as 1.1.x): the document readers, the
 * ModernGov client, the civic-data exporters, decision history. */
#define AMA_AVAILABLE_IN_1_2 _AMA_EXTERN
