/* ama-report-table.c: the response table as CSV or TSV
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-report-private.h"
#include "ama-deadline.h"
#include "ama-enums.h"
#include "ama-person.h"
#include "ama-recommendation.h"
#include "ama-report-writer.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-types.h"

/* The council's own column headings (seed 000), so the file reads like
 * the paper and the importer recognises it. */
static const char *headings[] = {
  "Recommendation",
  "Cabinet Decision (Accepted/ Rejected/ Deferred)",
  "Cabinet Response",
  "Officer Responsible",
  "Action by (Date)",
  /* Ours, after the council's: what the tracker makes of each row, for
   * a spreadsheet user to sort and filter by (issue 18). The importer
   * reads these three back as nothing: they are derived. */
  "Status",
  "Due",
  "Outstanding",
};

/**
 * ama_report_neutralise_cell:
 * @text: (nullable): the text of a spreadsheet cell
 *
 * Protects a cell against formula injection: a spreadsheet treats a cell
 * beginning with `=`, `+`, `-` or `@` (also after white space such as
 * spaces or a no-break space, in their full-width forms, or after a tab
 * or carriage return) as a formula, so such text gets a leading
 * apostrophe, which spreadsheets show as text and hide. Text that itself
 * begins with an apostrophe gets one more, so that reading it back keeps
 * the one it had. Every cell the CSV and TSV reports write passes through this
 * function; the importer removes the apostrophe when it reads such a
 * table back (diagnostic `formula-guard-removed`), so a round trip is
 * exact.
 *
 * Returns: (transfer full): the text, with `'` prepended when needed; an
 *   empty string for %NULL
 *
 * Since: 1.0
 */
char *
ama_report_neutralise_cell (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (text[0] == '\'' || _ama_text_formula_like (text))
    return g_strconcat ("'", text, NULL);
  return g_strdup (text);
}

static void
append_cell (GString    *out,
             const char *text,
             char        delimiter)
{
  g_autofree char *safe = ama_report_neutralise_cell (text);

  if (delimiter == '\t')
    {
      /* TSV has no quoting: a tab or line break inside a cell would
       * split it, so both become spaces. */
      for (const char *p = safe; *p != '\0'; p++)
        g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
      return;
    }

  /* RFC 4180: quote a field holding the delimiter, a quote or a line
   * break, doubling the quotes inside. */
  if (strpbrk (safe, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = safe; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, safe);
}

static void
end_row (GString *out,
         char     delimiter)
{
  /* RFC 4180 records end in CRLF; TSV follows the platform's LF. */
  g_string_append (out, delimiter == ',' ? "\r\n" : "\n");
}

gboolean
_ama_report_table (GString          *out,
                   AmaReview        *review,
                   char              delimiter,
                   AmaReportContext *ctx,
                   GError          **error)
{
  GListModel *recs = ama_review_get_recommendations (review);
  guint n = g_list_model_get_n_items (recs);
  g_autoptr(GHashTable) spellings = NULL;   /* built once per review */

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    {
      if (c > 0)
        g_string_append_c (out, delimiter);
      append_cell (out, headings[c], delimiter);
    }
  end_row (out, delimiter);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      AmaDeadline *by = response ? ama_response_get_action_by (response) : NULL;
      /* Points continue the text as the council writes them (seed 000:
       * "will: Establish …; Enable …; and Avoid …"), which is also the
       * shape the importer splits back into points. */
      g_autofree char *body = _ama_report_recommendation_text (rec, " ");
      g_autofree char *first = g_strdup_printf ("%s. %s",
                                                ama_recommendation_get_number (rec) ? ama_recommendation_get_number (rec) : "",
                                                body);
      const char *officer = NULL;
      AmaDecision decision = response ? ama_response_get_decision (response) : AMA_DECISION_PENDING;
      g_auto(AmaReportTracking) t = { 0 };
      g_autofree char *due = NULL;
      g_autofree char *outstanding = NULL;

      _ama_report_tracking (rec, review, ctx->as_of, &spellings, &t);
      due = t.due ? g_date_time_format (t.due, "%Y-%m-%d") : NULL;
      /* "Yes, 12 days overdue" only with an as-of date to count from. */
      if (t.overdue)
        outstanding = g_strdup_printf ("Yes, %d day%s overdue", t.days_overdue,
                                       t.days_overdue == 1 ? "" : "s");
      else
        outstanding = g_strdup (t.outstanding ? "Yes" : "No");

      if (response != NULL && ama_response_get_officer (response) != NULL)
        officer = ama_person_get_name (ama_response_get_officer (response));
      else if (response != NULL && ama_response_get_no_further_action (response))
        officer = "N.F.A required";   /* the council's own wording */

      append_cell (out, first, delimiter);
      g_string_append_c (out, delimiter);
      /* A blank decision stays blank: the inference is ours, not theirs. */
      append_cell (out, decision == AMA_DECISION_PENDING ? "" : _ama_report_decision_label (decision), delimiter);
      g_string_append_c (out, delimiter);
      append_cell (out, response ? ama_response_get_text (response) : NULL, delimiter);
      g_string_append_c (out, delimiter);
      append_cell (out, officer, delimiter);
      g_string_append_c (out, delimiter);
      append_cell (out, by ? ama_deadline_get_text (by) : NULL, delimiter);
      g_string_append_c (out, delimiter);
      append_cell (out, _ama_report_status_label (t.status), delimiter);
      g_string_append_c (out, delimiter);
      append_cell (out, due, delimiter);
      g_string_append_c (out, delimiter);
      append_cell (out, outstanding, delimiter);
      end_row (out, delimiter);
    }
  return TRUE;
}
