/* ama-report-markdown.c: GitHub-flavoured Markdown
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-report-private.h"

/* Text from a document must stay text: Markdown punctuation is
 * backslash-escaped, HTML is entity-escaped (GFM passes raw HTML
 * through), and inside a table a pipe would end the cell and a newline
 * the row, so they become "\|" and "<br>". */
static void
md_escape (GString    *out,
           const char *text,
           gboolean    in_table)
{
  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': case '`': case '*': case '_': case '[': case ']':
        case '#': case '|': case '~': case '!':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '\r':
          break;
        case '\n':
          g_string_append (out, in_table ? "<br>" : "\n");
          break;
        case '\t':
          g_string_append_c (out, ' ');
          break;
        default:
          if ((guchar) *p < 0x20)
            break;
          g_string_append_c (out, *p);
        }
    }
}

static void
append_review (GString          *out,
               AmaReview        *review,
               AmaReportContext *ctx)
{
  GListModel *recs = ama_review_get_recommendations (review);
  guint n = g_list_model_get_n_items (recs);
  g_autofree char *as_of = _ama_report_date (ctx->as_of);

  g_string_append (out, "# ");
  md_escape (out, ama_review_get_title (review) ? ama_review_get_title (review) : "Untitled review", TRUE);
  g_string_append (out, "\n\n");
  if (ama_review_get_authority (review) != NULL)
    {
      g_string_append (out, "**Authority:** ");
      md_escape (out, ama_review_get_authority (review), TRUE);
      g_string_append (out, "  \n");
    }
  if (ama_review_get_body (review) != NULL)
    {
      g_string_append (out, "**Body:** ");
      md_escape (out, ama_review_get_body (review), TRUE);
      g_string_append (out, "  \n");
    }
  if (as_of != NULL)
    g_string_append_printf (out, "**Progress as of:** %s  \n", as_of);
  g_string_append (out, "\n");

  if (ama_review_get_summary (review) != NULL)
    {
      g_string_append (out, "## Summary\n\n");
      md_escape (out, ama_review_get_summary (review), FALSE);
      g_string_append (out, "\n\n");
    }

  g_string_append (out, "## Recommendations and responses\n\n");
  if (n == 0)
    {
      g_string_append (out, "This review has no recommendations.\n\n");
      return;
    }
  g_string_append (out, "| No. | Recommendation | Cabinet Decision | Cabinet Response | Officer Responsible | Action by (Date) | Progress |\n"
                        "| --- | --- | --- | --- | --- | --- | --- |\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      g_autofree char *text = _ama_report_recommendation_text (rec, "\n\u2022 ");
      g_autofree char *officer = _ama_report_officer_text (response);
      g_autofree char *deadline = response ? _ama_report_deadline_text (ama_response_get_action_by (response)) : NULL;
      AmaDecision inferred, decision = _ama_report_decision (rec, &inferred);
      AmaReportTracking t;

      _ama_report_tracking (rec, review, ctx->as_of, &t);

      g_string_append (out, "| ");
      md_escape (out, ama_recommendation_get_number (rec), TRUE);
      g_string_append (out, " | ");
      md_escape (out, text, TRUE);
      g_string_append (out, " | **");
      g_string_append (out, _ama_report_decision_label (decision));
      g_string_append (out, "**");
      if (decision == AMA_DECISION_PENDING && inferred != AMA_DECISION_PENDING)
        g_string_append_printf (out, "<br>*inferred: %s*", _ama_report_decision_label (inferred));
      g_string_append (out, " | ");
      if (response != NULL)
        md_escape (out, ama_response_get_text (response), TRUE);
      g_string_append (out, " | ");
      md_escape (out, officer, TRUE);
      if (t.no_further_action)
        g_string_append_printf (out, "%s*No further action required*", officer ? "<br>" : "");
      g_string_append (out, " | ");
      md_escape (out, deadline, TRUE);
      g_string_append (out, " | ");
      g_string_append (out, _ama_report_status_label (t.status));
      if (t.overdue)
        g_string_append (out, " **(overdue)**");
      g_string_append (out, " |\n");
    }
  g_string_append (out, "\n");
}

gboolean
_ama_report_markdown (GString          *out,
                      GListModel       *reviews,
                      AmaReportContext *ctx,
                      GError          **error)
{
  guint n = g_list_model_get_n_items (reviews);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaReview) review = g_list_model_get_item (reviews, i);

      if (i > 0)
        g_string_append (out, "---\n\n");
      append_review (out, review, ctx);
    }
  return TRUE;
}
