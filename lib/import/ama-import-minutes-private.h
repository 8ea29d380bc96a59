/* ama-import-minutes-private.h: minutes text shared by two importers
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-import-private.h"
#include "ama-agenda-item.h"

G_BEGIN_DECLS

/* Reads the body of one minuted item (narrative paragraphs, "Resolved"
 * with numbered resolutions, vote counts, mover and seconder, supporting
 * documents) into @item. The plain-text minutes importer and the
 * ModernGov importer (whose minutes arrive as HTML, turned into
 * paragraphs first) share it so that both read minutes the same way.
 * @first_line is the line of @text's first line in the source (for
 * diagnostics); @path, when not NULL, is the item's JSON path for
 * diagnostics, and then every diagnostic names @first_line (text made
 * from HTML has no lines of its own: its element's line is the place).
 * Returns whether a resolution, mover or seconder was found. */
gboolean   _ama_import_minutes_fill_item (AmaImportContext *ctx,
                                          AmaAgendaItem    *item,
                                          const char       *text,
                                          guint             first_line,
                                          const char       *path);

/* "Councillor A (Chair); Councillors Mrs B, C and D": the people named,
 * as AmaMember (the Chair marked), in order. */
GPtrArray *_ama_import_minutes_people    (const char       *text);

G_END_DECLS
