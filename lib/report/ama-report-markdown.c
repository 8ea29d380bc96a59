/* ama-report-markdown.c: GitHub-flavoured Markdown
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-report-private.h"
#include "ama-appraisal-ranking.h"
#include "ama-appraisal-result.h"
#include "ama-appraisal.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-meeting.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"

/* Text from a document must stay text: Markdown punctuation is
 * backslash-escaped, HTML is entity-escaped (GFM passes raw HTML
 * through), and inside a table a pipe would end the cell and a newline
 * the row, so they become "\|" and "<br>". */
static void
md_escape (GString    *out,
           const char *text,
           gboolean    in_table)
{
  /* Outside a table a line break is kept, so each line of the text must
   * not open a block of its own: a summary could forge headings, rules
   * and lists ("\n---", "\n- ", "\n1. ", "\n===", indented code;
   * issue #20, item 15). '#' and '>' are always escaped; at the start of
   * a line, indentation is dropped and '-', '+', '=' and the '.' or ')'
   * after a number are escaped too. */
  gboolean line_start = !in_table;

  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (line_start)
        {
          const char *q;

          if (*p == ' ' || *p == '\t')
            continue;
          line_start = FALSE;
          if (*p == '-' || *p == '+' || *p == '=')
            {
              g_string_append_c (out, '\\');
              g_string_append_c (out, *p);
              continue;
            }
          for (q = p; g_ascii_isdigit (*q); q++)
            ;
          if (q > p && (*q == '.' || *q == ')'))
            {
              g_string_append_len (out, p, q - p);
              g_string_append_c (out, '\\');
              g_string_append_c (out, *q);
              p = q;
              continue;
            }
        }
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
          line_start = !in_table;
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
append_appraisal (GString      *out,
                  AmaAppraisal *appraisal)
{
  g_autoptr(AmaAppraisalResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *rankings;

  if (appraisal == NULL || g_list_model_get_n_items (ama_appraisal_get_options (appraisal)) == 0)
    return;
  g_string_append (out, "## Options appraisal\n\n");
  result = ama_appraisal_evaluate (appraisal, NULL, &error);
  if (result == NULL)
    {
      g_autofree char *plain = _ama_report_plain_message (error->message);

      g_string_append (out, "No ranking: ");
      md_escape (out, plain, FALSE);
      g_string_append (out, "\n\n");
      return;
    }
  g_string_append (out, "| Rank | Option | Weighted score (0\u2013100) |\n| ---: | --- | ---: |\n");
  rankings = ama_appraisal_result_get_rankings (result);
  for (guint i = 0; i < g_list_model_get_n_items (rankings); i++)
    {
      g_autoptr(AmaAppraisalRanking) r = g_list_model_get_item (rankings, i);
      const char *name = ama_appraisal_ranking_get_option_name (r);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (ama_appraisal_ranking_get_failed_gate (r) != NULL)
        g_string_append (out, "| \u2013 | ");
      else
        g_string_append_printf (out, "| %u%s | ", ama_appraisal_ranking_get_rank (r),
                                ama_appraisal_ranking_get_tied (r) ? "=" : "");
      md_escape (out, name ? name : ama_appraisal_ranking_get_option_id (r), TRUE);
      if (g_strcmp0 (ama_appraisal_get_preferred_option (appraisal), ama_appraisal_ranking_get_option_id (r)) == 0)
        g_string_append (out, " (preferred)");
      g_string_append (out, " | ");
      if (ama_appraisal_ranking_get_failed_gate (r) != NULL)
        {
          g_string_append (out, "fails ");
          md_escape (out, ama_appraisal_ranking_get_failed_gate (r), TRUE);
        }
      else
        g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.1f", ama_appraisal_ranking_get_value (r)));
      g_string_append (out, " |\n");
    }
  g_string_append (out, "\n");
}

static void
append_meetings (GString   *out,
                 AmaReview *review)
{
  GListModel *meetings = ama_review_get_meetings (review);
  guint n = g_list_model_get_n_items (meetings);

  if (n == 0)
    return;
  g_string_append (out, "## Meetings\n\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (meetings, i);
      g_autofree char *date = _ama_date_to_words (ama_meeting_get_date (m));
      g_autofree char *kind = _ama_enum_label (AMA_TYPE_MEETING_KIND, ama_meeting_get_kind (m));
      const char * const *topics = ama_meeting_get_topics (m);

      g_string_append (out, "- **");
      md_escape (out, date ? date : "Date not recorded", TRUE);
      g_string_append (out, "** \u2014 ");
      md_escape (out, ama_meeting_get_body (m) ? ama_meeting_get_body (m) : kind, TRUE);
      for (guint t = 0; topics != NULL && topics[t] != NULL; t++)
        {
          g_string_append (out, t == 0 ? ": " : "; ");
          md_escape (out, topics[t], TRUE);
        }
      g_string_append (out, "\n");
    }
  g_string_append (out, "\n");
}

static void
append_review (GString          *out,
               AmaReview        *review,
               AmaReportContext *ctx)
{
  GListModel *recs = ama_review_get_recommendations (review);
  guint n = g_list_model_get_n_items (recs);
  g_autofree char *as_of = _ama_date_to_words (ctx->as_of);

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
  {
    g_autofree char *clock = _ama_report_response_clock (review, ctx->as_of);

    if (clock != NULL)
      {
        g_string_append (out, "**Response due:** ");
        md_escape (out, clock, TRUE);
        g_string_append (out, "  \n");
      }
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
      append_appraisal (out, ama_review_get_appraisal (review));
      append_meetings (out, review);
      return;
    }
  g_string_append (out, "| No. | Recommendation | Cabinet Decision | Cabinet Response | Officer Responsible | Action by (Date) | Progress |\n"
                        "| --- | --- | --- | --- | --- | --- | --- |\n");
  g_autoptr(GHashTable) spellings = NULL;   /* built once per review */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      g_autofree char *text = _ama_report_recommendation_text (rec, "\n\u2022 ");
      g_autofree char *officer = _ama_report_officer_text (response);
      g_autofree char *deadline = response ? _ama_report_deadline_text (ama_response_get_action_by (response)) : NULL;
      AmaDecision inferred, decision = _ama_report_decision (rec, &inferred);
      g_auto(AmaReportTracking) t = { 0 };

      _ama_report_tracking (rec, review, ctx->as_of, &spellings, &t);

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

  append_appraisal (out, ama_review_get_appraisal (review));
  append_meetings (out, review);
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
