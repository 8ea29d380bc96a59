/* ama-import-private.h: what every importer shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama.h"

G_BEGIN_DECLS

/* One import in progress. Each format's parser fills @review with what
 * the document covers and reports, through _ama_import_diag(), every
 * repair it made and every piece of text it could not place (text that
 * fits no field is kept verbatim somewhere or reported, never dropped). */
typedef struct
{
  AmaReview  *review;       /* the result being built (owned) */
  GListStore *diagnostics;  /* of AmaDiagnostic (owned) */
  GDateTime  *reference;    /* context for dates written without a year; may be NULL */
} AmaImportContext;

void      _ama_import_diag (AmaImportContext *ctx,
                            AmaSeverity       severity,
                            const char       *code,
                            guint             line,
                            guint             column,
                            const char       *path,
                            const char       *format,
                            ...) G_GNUC_PRINTF (7, 8);

/* Returns UTF-8 text with a BOM removed, CRLF/CR as LF, non-breaking
 * spaces as spaces and Latin-1 / Windows-1252 bytes converted (each
 * conversion reported as a diagnostic); NUL bytes are an
 * AMA_ERROR_ENCODING error naming line and column. */
char     *_ama_import_normalise_text (AmaImportContext *ctx,
                                      const char       *data,
                                      gssize            length,
                                      GError          **error);

/* One per format. Each takes normalised text (except ModernGov XML,
 * which takes the raw bytes for libxml2) and returns FALSE with an
 * AMA_ERROR (AMA_ERROR_PARSE naming the line) when the text is not of
 * its format at all. */
gboolean  _ama_import_delimited   (AmaImportContext *ctx,
                                   const char       *text,
                                   char              delimiter,
                                   GError          **error);
gboolean  _ama_import_pdf_text    (AmaImportContext *ctx,
                                   const char       *text,
                                   GError          **error);
gboolean  _ama_import_minutes     (AmaImportContext *ctx,
                                   const char       *text,
                                   GError          **error);
gboolean  _ama_import_summary_sheet (AmaImportContext *ctx,
                                     const char       *text,
                                     GError          **error);
gboolean  _ama_import_annex       (AmaImportContext *ctx,
                                   const char       *text,
                                   GError          **error);
gboolean  _ama_import_moderngov   (AmaImportContext *ctx,
                                   const char       *data,
                                   gsize             length,
                                   GError          **error);

G_END_DECLS
