/* ama-read-private.h: container readers that produce blocks
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-blocks-private.h"

G_BEGIN_DECLS

/* A Word .docx held in memory. AMA_ERROR_PARSE (not a zip, damaged
 * member, malformed XML with line and column), AMA_ERROR_MISSING (no
 * word/document.xml), AMA_ERROR_LIMIT (member too big, too many
 * entries, tables nested too deep); every message names the zip member. */
AmaBlockDoc *_ama_read_docx (const char  *data,
                             gsize        length,
                             const char  *uri,
                             GError     **error);

/* A PDF held in memory (poppler-glib), its text rebuilt into lines,
 * paragraphs and tables from the glyph boxes. AMA_ERROR_PARSE (not a
 * PDF, damaged, truncated: the message gives poppler's reason and the
 * byte or page), AMA_ERROR_UNSUPPORTED (encrypted; no text layer, a scan
 * that needs OCR), AMA_ERROR_LIMIT (more than 2,000 pages, 200,000
 * characters on a page, 8 Mi characters in all, a table of more than
 * 20,000 rows). Running headers, footers and page numbers are dropped
 * with a "page-header-dropped" note, pages without text noted as
 * "page-no-text". */
/* "%PDF-" within the first KiB, where PDF readers look for it (some
 * generators write junk first): detection and the reader agree. */
gboolean     _ama_read_pdf_has_magic (const char *data,
                                      gsize       length);
AmaBlockDoc *_ama_read_pdf  (const char  *data,
                             gsize        length,
                             const char  *uri,
                             GError     **error);

/* A web page held in memory (a saved ModernGov page, any HTML),
 * decoded by its byte-order mark, declared charset or content (blocks
 * are UTF-8; every guess is a note). AMA_ERROR_LIMIT (elements or
 * tables nested too deep, a table too big; the message names the
 * source line), AMA_ERROR_ENCODING (a UTF-16 page that cannot be
 * decoded), AMA_ERROR_PARSE (nothing that parses as HTML). */
AmaBlockDoc *_ama_read_html (const char  *data,
                             gsize        length,
                             const char  *uri,
                             GError     **error);

G_END_DECLS
