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
static const char * const headings[] = {
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
  NULL
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

GPtrArray *
_ama_report_table_rows (AmaReview        *review,
                        AmaReportContext *ctx)
{
  GListModel *recs = ama_review_get_recommendations (review);
  guint n = g_list_model_get_n_items (recs);
  g_autoptr(GHashTable) spellings = NULL;   /* built once per review */
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_ptr_array_add (rows, g_strdupv ((char **) headings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      AmaDeadline *by = response ? ama_response_get_action_by (response) : NULL;
      /* Points continue the text as the council writes them (seed 000:
       * "will: Establish …; Enable …; and Avoid …"), which is also the
       * shape the importer splits back into points. */
      g_autofree char *body = _ama_report_recommendation_text (rec, " ");
      const char *officer = NULL;
      AmaDecision decision = response ? ama_response_get_decision (response) : AMA_DECISION_PENDING;
      g_auto(AmaReportTracking) t = { 0 };
      char **row = g_new0 (char *, G_N_ELEMENTS (headings));

      if (response != NULL && ama_response_get_officer (response) != NULL)
        officer = ama_person_get_name (ama_response_get_officer (response));
      else if (response != NULL && ama_response_get_no_further_action (response))
        officer = "N.F.A required";   /* the council's own wording */

      _ama_report_tracking (rec, review, ctx->as_of, &spellings, &t);
      row[0] = g_strdup_printf ("%s. %s",
                                ama_recommendation_get_number (rec) ? ama_recommendation_get_number (rec) : "",
                                body);
      /* A blank decision stays blank: the inference is ours, not theirs. */
      row[1] = g_strdup (decision == AMA_DECISION_PENDING ? "" : _ama_report_decision_label (decision));
      row[2] = g_strdup (response && ama_response_get_text (response) ? ama_response_get_text (response) : "");
      row[3] = g_strdup (officer ? officer : "");
      row[4] = g_strdup (by ? ama_deadline_get_text (by) : "");
      row[5] = g_strdup (_ama_report_status_label (t.status));
      row[6] = t.due ? g_date_time_format (t.due, "%Y-%m-%d") : g_strdup ("");
      /* "Yes, 12 days overdue" only with an as-of date to count from. */
      if (t.overdue)
        row[7] = g_strdup_printf ("Yes, %d day%s overdue", t.days_overdue,
                                  t.days_overdue == 1 ? "" : "s");
      else
        row[7] = g_strdup (t.outstanding ? "Yes" : "No");
      g_ptr_array_add (rows, row);
    }
  return rows;
}

gboolean
_ama_report_table (GString          *out,
                   AmaReview        *review,
                   char              delimiter,
                   AmaReportContext *ctx,
                   GError          **error)
{
  g_autoptr(GPtrArray) rows = _ama_report_table_rows (review, ctx);

  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      for (guint c = 0; row[c] != NULL; c++)
        {
          if (c > 0)
            g_string_append_c (out, delimiter);
          append_cell (out, row[c], delimiter);
        }
      end_row (out, delimiter);
    }
  return TRUE;
}
