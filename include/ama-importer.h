/* ama-importer.h
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

#include "ama-enums.h"
#include "ama-types.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

/**
 * AmaImportFormat:
 * @AMA_IMPORT_FORMAT_UNKNOWN: not known; for [class@Ama.Importer] this
 *   means "detect from the content"
 * @AMA_IMPORT_FORMAT_TSV: a response table saved as tab-separated text
 *   (a Word table copied as text)
 * @AMA_IMPORT_FORMAT_CSV: a response table as RFC 4180 comma-separated values
 * @AMA_IMPORT_FORMAT_PDF_TEXT: text extracted from a PDF response table
 *   (one cell after another, wrapped lines)
 * @AMA_IMPORT_FORMAT_MINUTES: meeting minutes of the item ("Resolved:-")
 * @AMA_IMPORT_FORMAT_SUMMARY_SHEET: a report's summary sheet (key decision,
 *   forward plan, director, authors, wards)
 * @AMA_IMPORT_FORMAT_ANNEX: a review report or its annex (members, meetings,
 *   visits, options, recommendations)
 * @AMA_IMPORT_FORMAT_MODERNGOV: ModernGov XML web-service output
 * @AMA_IMPORT_FORMAT_OPARL: OParl 1.0/1.1 JSON: single objects (Body,
 *   Meeting, Paper, Person, …), list pages and documents holding several
 *   (as [class@Ama.Exporter] writes them). Since: 1.2
 * @AMA_IMPORT_FORMAT_DOCX: a Word document (.docx): its response table,
 *   or its text read as minutes, a summary sheet, an annex or numbered
 *   recommendations (Since: 1.2)
 * @AMA_IMPORT_FORMAT_PDF: a PDF file (its text layer, read with
 *   poppler): its response table, or its text read as minutes, a summary
 *   sheet, an annex or numbered recommendations; running headers and page
 *   numbers dropped. A scan without text or an encrypted PDF is
 *   %AMA_ERROR_UNSUPPORTED (Since: 1.2)
 * @AMA_IMPORT_FORMAT_HTML: a web page (a saved ModernGov agenda item,
 *   issue history, decision record or minutes page, or any HTML): its
 *   response table, or its text read as minutes, a summary sheet, an
 *   annex or numbered recommendations (Since: 1.2)
 *
 * The source formats an [class@Ama.Importer] reads. The nicks
 * ("tsv", "pdf-text", "summary-sheet"…) are stable names.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_IMPORT_FORMAT_UNKNOWN,
  AMA_IMPORT_FORMAT_TSV,
  AMA_IMPORT_FORMAT_CSV,
  AMA_IMPORT_FORMAT_PDF_TEXT,
  AMA_IMPORT_FORMAT_MINUTES,
  AMA_IMPORT_FORMAT_SUMMARY_SHEET,
  AMA_IMPORT_FORMAT_ANNEX,
  AMA_IMPORT_FORMAT_MODERNGOV,
  AMA_IMPORT_FORMAT_OPARL,
  AMA_IMPORT_FORMAT_DOCX,
  AMA_IMPORT_FORMAT_PDF,
  AMA_IMPORT_FORMAT_HTML,
} AmaImportFormat;

#define AMA_TYPE_IMPORTER (ama_importer_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaImporter, ama_importer, AMA, IMPORTER, GObject)

AMA_AVAILABLE_IN_ALL
AmaImporter     *ama_importer_new                  (void);

AMA_AVAILABLE_IN_ALL
AmaImportFormat  ama_importer_get_format           (AmaImporter          *self);

AMA_AVAILABLE_IN_ALL
void             ama_importer_set_format           (AmaImporter          *self,
                                                    AmaImportFormat       format);

AMA_AVAILABLE_IN_ALL
GDateTime       *ama_importer_get_reference_date   (AmaImporter          *self);

AMA_AVAILABLE_IN_ALL
void             ama_importer_set_reference_date   (AmaImporter          *self,
                                                    GDateTime            *reference_date);

AMA_AVAILABLE_IN_ALL
GListModel      *ama_importer_get_diagnostics      (AmaImporter          *self);

AMA_AVAILABLE_IN_ALL
AmaReview       *ama_importer_import_data          (AmaImporter          *self,
                                                    const char           *data,
                                                    gssize                length,
                                                    GError              **error);

AMA_AVAILABLE_IN_ALL
AmaReview       *ama_importer_import_bytes         (AmaImporter          *self,
                                                    GBytes               *bytes,
                                                    GError              **error);

AMA_AVAILABLE_IN_ALL
AmaReview       *ama_importer_import_file          (AmaImporter          *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GError              **error);

AMA_AVAILABLE_IN_ALL
void             ama_importer_import_file_async    (AmaImporter          *self,
                                                    GFile                *file,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);

AMA_AVAILABLE_IN_ALL
AmaReview       *ama_importer_import_file_finish   (AmaImporter          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

AMA_AVAILABLE_IN_ALL
AmaImportFormat  ama_import_detect                 (const char           *data,
                                                    gssize                length);

AMA_AVAILABLE_IN_ALL
AmaImportFormat  ama_import_format_from_string     (const char           *name);

AMA_AVAILABLE_IN_ALL
const char      *ama_import_format_to_string       (AmaImportFormat       format);

AMA_AVAILABLE_IN_ALL
AmaDecision      ama_decision_infer                (const char           *text);

AMA_AVAILABLE_IN_1_2
const char      *ama_importer_get_document_name    (AmaImporter          *self);
AMA_AVAILABLE_IN_1_2
void             ama_importer_set_document_name    (AmaImporter          *self,
                                                    const char           *document_name);

G_END_DECLS
