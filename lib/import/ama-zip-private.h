/* ama-zip-private.h: the members of a zip archive held in memory
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Office documents (.docx, .xlsx) are zip archives. This reads one from
 * memory — central directory, stored and deflated members, ZIP64 sizes
 * — and nothing else (no writing, no encryption, no multi-disk sets).
 * Every failure is a GError naming the member and the byte; nothing is
 * printed or logged, whatever the input.
 *
 * Private to the library.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _AmaZip AmaZip;

/* Reads the central directory of the archive in @data (which must
 * outlive the result). More than @max_entries members is an
 * AMA_ERROR_LIMIT error. */
AmaZip  *_ama_zip_open       (const char  *data,
                              gsize        length,
                              guint        max_entries,
                              GError     **error);
void     _ama_zip_free       (AmaZip      *zip);
guint    _ama_zip_n_entries  (AmaZip      *zip);
/* The member called @name, inflated and its CRC checked; NULL with no
 * error when there is no such member. A member larger than @max_size
 * (as declared or as inflated) is an AMA_ERROR_LIMIT error. */
GBytes  *_ama_zip_read       (AmaZip      *zip,
                              const char  *name,
                              gsize        max_size,
                              GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AmaZip, _ama_zip_free)

G_END_DECLS
