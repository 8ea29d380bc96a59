/* ama-import-proceedings-private.h: minutes and ModernGov pages as copied
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-import-private.h"

G_BEGIN_DECLS

/* Reads minutes text with single line breaks (a web page or a PDF as
 * copied) into one AmaMeeting per meeting ("Meeting: 28/02/2018 - Body
 * (Item 161)", a page title "Cabinet - Tuesday, 12th June, 2018", or the
 * date and body lines before the first item) and one AmaAgendaItem per
 * numbered item, each with its resolutions, mover and seconder. FALSE
 * with AMA_ERROR_PARSE when the text holds no item. */
gboolean  _ama_import_proceedings       (AmaImportContext  *ctx,
                                         const char        *text,
                                         GError           **error);

/* How much @text reads like minutes (0 = not at all; 40 and over is
 * minutes for ama_import_detect()). */
guint     _ama_import_proceedings_score (const char        *text);

/* Whether @text is a ModernGov decision record ("Decision details",
 * "Issue - decisions"), which _ama_import_proceedings() reads as one
 * meeting per decision. */
gboolean  _ama_import_proceedings_is_decision_record (const char *text);

G_END_DECLS
