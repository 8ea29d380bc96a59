/* ama-report-private.h: what the report formats share
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-appraisal-smaa-result.h"
#include "ama-appraisal.h"
#include "ama-enums.h"
#include "ama-progress-update.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-types.h"
#include "ama-text-private.h"
#include "ama-enum-types.h"

G_BEGIN_DECLS

/* What every format needs to know besides the reviews themselves. */
typedef struct
{
  GDateTime  *as_of;              /* may be NULL: then nothing is "overdue" */
  AmaAppraisalSmaaResult *smaa;   /* may be NULL: no rank acceptability */
} AmaReportContext;

/* Where a recommendation stands, as the tracker (analysis layer) sees it. */
typedef enum
{
  AMA_REPORT_STATUS_NO_UPDATE,
  AMA_REPORT_STATUS_NOT_STARTED,
  AMA_REPORT_STATUS_IN_PROGRESS,
  AMA_REPORT_STATUS_COMPLETED,
  AMA_REPORT_STATUS_NOT_ACHIEVED,
  AMA_REPORT_STATUS_SUPERSEDED,
  /* AmaProgress's later statuses, in its order (one vocabulary) */
  AMA_REPORT_STATUS_PAUSED,
  AMA_REPORT_STATUS_NO_LONGER_FEASIBLE,
  AMA_REPORT_STATUS_IMPLEMENTED,
  AMA_REPORT_STATUS_NOT_IMPLEMENTED,
  AMA_REPORT_N_STATUS
} AmaReportStatus;

typedef struct
{
  AmaReportStatus    status;
  AmaProgressUpdate *update;     /* the latest update counted (unowned), or NULL */
  gboolean           overdue;    /* outstanding and due before "as of" */
  int                days_overdue;
  gboolean           outstanding; /* accepted (or dated) and not closed */
  GDateTime         *due;         /* the due date the tracker judged by (owned), or NULL */
  gboolean           no_further_action;
} AmaReportTracking;

void         _ama_report_tracking_clear (AmaReportTracking *tracking);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AmaReportTracking, _ama_report_tracking_clear)

void         _ama_report_tracking      (AmaRecommendation *rec,
                                        AmaReview         *review,
                                        GDateTime         *as_of,
                                        GHashTable       **spellings,
                                        AmaReportTracking *out);
const char  *_ama_report_status_label  (AmaReportStatus    status);
const char  *_ama_report_status_class  (AmaReportStatus    status);

/* The decision as a reader should see it: the recorded decision, or
 * "No decision recorded" (with *inferred set to what the wording implies,
 * AMA_DECISION_PENDING when nothing is implied). */
AmaDecision  _ama_report_decision      (AmaRecommendation *rec,
                                        AmaDecision       *inferred);
const char  *_ama_report_decision_label (AmaDecision       decision);

/* "Annual Participation (recurs yearly)", "31/03/2018 (due 2018-03-31)";
 * NULL when there is no action-by. */
char        *_ama_report_deadline_text (AmaDeadline       *deadline);
/* The officer's name, with the name as written when it differs. */
char        *_ama_report_officer_text  (AmaResponse       *response);
/* A library error message in a committee's words: the JSON path it
 * starts with ("$.appraisal.scores[2].value: …") becomes "Score 3,
 * value: …". */
char        *_ama_report_plain_message (const char        *message);
/* Recommendation text followed by its points, one per line. */
char        *_ama_report_recommendation_text (AmaRecommendation *rec,
                                              const char        *point_separator);

/* Escapes text for HTML element content and attribute values alike, and
 * drops control characters HTML cannot carry. */
void         _ama_report_html_escape   (GString           *out,
                                        const char        *text);

/* SVG charts drawn into @out (inline in HTML). Each draws nothing and
 * returns FALSE when there is nothing to chart. */
gboolean     _ama_report_svg_stacked_scores (GString      *out,
                                             AmaAppraisal *appraisal,
                                             const char   *id,
                                             GError      **error);
gboolean     _ama_report_svg_acceptability (GString                *out,
                                            AmaAppraisal           *appraisal,
                                            AmaAppraisalSmaaResult *smaa,
                                            const char             *id);
gboolean     _ama_report_smaa_matches  (AmaAppraisal           *appraisal,
                                        AmaAppraisalSmaaResult *smaa);
const char  *_ama_report_option_name   (AmaAppraisal           *appraisal,
                                        const char             *option_id);
gboolean     _ama_report_svg_counts    (GString           *out,
                                        const char        *id,
                                        const char        *title,
                                        const char * const *labels,
                                        const char * const *classes,
                                        const guint       *counts,
                                        guint              n);

/* One writer per format; each appends the whole document to @out. */
gboolean     _ama_report_html          (GString           *out,
                                        GListModel        *reviews,
                                        AmaReportContext  *ctx,
                                        GError           **error);
gboolean     _ama_report_markdown      (GString           *out,
                                        GListModel        *reviews,
                                        AmaReportContext  *ctx,
                                        GError           **error);
/* The response table, header row first: each row a NULL-terminated
 * array of cells (the council's five columns, then Status, Due and
 * Outstanding). CSV, TSV and XLSX each write these rows. */
GPtrArray   *_ama_report_table_rows    (AmaReview         *review,
                                        AmaReportContext  *ctx);
/* The table rows as an .xlsx workbook (ama-report-xlsx.c). */
gboolean     _ama_report_xlsx          (GString           *out,
                                        AmaReview         *review,
                                        AmaReportContext  *ctx,
                                        GError           **error);
gboolean     _ama_report_table         (GString           *out,
                                        AmaReview         *review,
                                        char               delimiter,
                                        AmaReportContext  *ctx,
                                        GError           **error);
gboolean     _ama_report_icalendar     (GString           *out,
                                        GListModel        *reviews,
                                        AmaReportContext  *ctx,
                                        GError           **error);
/* "17 December 2017 (report to the executive 18 October 2017): came 64
 * days late", or NULL without reported-to-executive (ama-report-clock.c). */
char        *_ama_report_response_clock (AmaReview        *review,
                                         GDateTime        *as_of);

G_END_DECLS
