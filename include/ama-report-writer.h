/* ama-report-writer.h
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

#include "ama-types.h"
#include "ama-appraisal-smaa-result.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

/**
 * AmaReportFormat:
 * @AMA_REPORT_FORMAT_HTML: one self-contained HTML file (inline CSS and
 *   SVG charts, no network), printable on A4
 * @AMA_REPORT_FORMAT_MARKDOWN: GitHub-flavoured Markdown with tables
 * @AMA_REPORT_FORMAT_CSV: the response table as RFC 4180 comma-separated
 *   values, in the council's own columns
 * @AMA_REPORT_FORMAT_TSV: the response table as tab-separated values
 * @AMA_REPORT_FORMAT_ICALENDAR: meetings as events and action-by deadlines
 *   as to-dos (RFC 5545)
 * @AMA_REPORT_FORMAT_XLSX: the response table (the CSV's columns) as an
 *   Excel workbook; every cell is text, never a formula, so no guard
 *   apostrophe is needed (Since: 1.2)
 *
 * The outputs an [class@Ama.ReportWriter] produces. The nicks ("html",
 * "markdown", "csv", "tsv", "icalendar", "xlsx") are stable names.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_REPORT_FORMAT_HTML,
  AMA_REPORT_FORMAT_MARKDOWN,
  AMA_REPORT_FORMAT_CSV,
  AMA_REPORT_FORMAT_TSV,
  AMA_REPORT_FORMAT_ICALENDAR,
  AMA_REPORT_FORMAT_XLSX,
} AmaReportFormat;

#define AMA_TYPE_REPORT_WRITER (ama_report_writer_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaReportWriter, ama_report_writer, AMA, REPORT_WRITER, GObject)

AMA_AVAILABLE_IN_ALL
AmaReportWriter *ama_report_writer_new            (AmaReportFormat   format);
AMA_AVAILABLE_IN_ALL
AmaReportFormat  ama_report_writer_get_format     (AmaReportWriter  *self);
AMA_AVAILABLE_IN_ALL
void             ama_report_writer_set_format     (AmaReportWriter  *self,
                                                   AmaReportFormat   format);
AMA_AVAILABLE_IN_ALL
GDateTime       *ama_report_writer_get_as_of      (AmaReportWriter  *self);
AMA_AVAILABLE_IN_ALL
void             ama_report_writer_set_as_of      (AmaReportWriter  *self,
                                                   GDateTime        *as_of);
AMA_AVAILABLE_IN_ALL
AmaAppraisalSmaaResult *ama_report_writer_get_smaa_result (AmaReportWriter        *self);
AMA_AVAILABLE_IN_ALL
void             ama_report_writer_set_smaa_result (AmaReportWriter        *self,
                                                    AmaAppraisalSmaaResult *smaa_result);
AMA_AVAILABLE_IN_ALL
gboolean         ama_report_writer_write          (AmaReportWriter  *self,
                                                   AmaReview        *review,
                                                   GOutputStream    *stream,
                                                   GCancellable     *cancellable,
                                                   GError          **error);
AMA_AVAILABLE_IN_ALL
gboolean         ama_report_writer_write_reviews  (AmaReportWriter  *self,
                                                   GListModel       *reviews,
                                                   GOutputStream    *stream,
                                                   GCancellable     *cancellable,
                                                   GError          **error);
AMA_AVAILABLE_IN_ALL
GBytes          *ama_report_writer_write_bytes    (AmaReportWriter  *self,
                                                   AmaReview        *review,
                                                   GCancellable     *cancellable,
                                                   GError          **error);
AMA_AVAILABLE_IN_ALL
gboolean         ama_report_writer_write_file     (AmaReportWriter  *self,
                                                   AmaReview        *review,
                                                   GFile            *file,
                                                   GCancellable     *cancellable,
                                                   GError          **error);

AMA_AVAILABLE_IN_ALL
void             ama_report_writer_write_file_async  (AmaReportWriter     *self,
                                                      AmaReview           *review,
                                                      GFile               *file,
                                                      int                  io_priority,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
AMA_AVAILABLE_IN_ALL
gboolean         ama_report_writer_write_file_finish (AmaReportWriter     *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

AMA_AVAILABLE_IN_ALL
gboolean         ama_report_format_from_string    (const char       *name,
                                                   AmaReportFormat  *format);
AMA_AVAILABLE_IN_ALL
const char      *ama_report_format_to_string      (AmaReportFormat   format);

AMA_AVAILABLE_IN_ALL
char            *ama_report_neutralise_cell       (const char       *text);

G_END_DECLS
