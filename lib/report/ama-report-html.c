/* ama-report-html.c: the self-contained, printable HTML report
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-report-private.h"
#include "ama-agenda-item.h"
#include "ama-source-ref.h"
#include "ama-appraisal-smaa-result.h"
#include "ama-appraisal.h"
#include "ama-consideration.h"
#include "ama-criterion.h"
#include "ama-document.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-meeting.h"
#include "ama-member.h"
#include "ama-option.h"
#include "ama-person.h"
#include "ama-progress-update.h"
#include "ama-recommendation.h"
#include "ama-resolution.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-score.h"
#include "ama-types.h"
#include "ama-visit.h"

/* Everything inline: the report is mailed around and opened offline, so
 * it must not fetch anything (no fonts, no scripts, no images). Colours
 * always come with a text label, and print keeps them (A4, rows never
 * split across pages). */
static const char stylesheet[] =
  ":root{--ink:#1f2328;--muted:#57606a;--rule:#d0d7de;}\n"
  "body{font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,sans-serif;"
  "color:var(--ink);margin:0;background:#fff;}\n"
  "main{max-width:1100px;margin:0 auto;padding:24px;}\n"
  "header .authority{color:var(--muted);margin:0;}\n"
  "h1{font-size:1.6em;margin:.2em 0 .3em;}\n"
  "h2{font-size:1.25em;border-bottom:1px solid var(--rule);padding-bottom:.2em;margin-top:1.6em;}\n"
  "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.5em 0;}\n"
  "dl.facts dt{font-weight:600;}dl.facts dd{margin:0;}\n"
  "table{border-collapse:collapse;width:100%;margin:.5em 0 1em;}\n"
  "caption{text-align:left;font-weight:600;padding:.3em 0;}\n"
  "th,td{border:1px solid var(--rule);padding:.4em .5em;vertical-align:top;text-align:left;"
  "overflow-wrap:break-word;}\n"
  "thead th{background:#f6f8fa;overflow-wrap:normal;hyphens:auto;}\n"
  "table.responses{table-layout:fixed;}\n"
  "table.responses col.c-rec{width:27%;}table.responses col.c-dec{width:14%;}\n"
  "table.responses col.c-resp{width:27%;}table.responses col.c-off{width:11%;}\n"
  "table.responses col.c-by{width:10%;}table.responses col.c-prog{width:11%;}\n"
  "table.responses tbody th{font-weight:normal;}\n"
  "table.responses .badge{white-space:normal;max-width:100%;box-sizing:border-box;font-size:.92em;}\n"
  "table.responses .num{font-weight:700;}\n"
  "table.responses ul{margin:.3em 0 0 1.1em;padding:0;}\n"
  ".badge{display:inline-block;font-weight:600;padding:.1em .45em;border-radius:4px;"
  "border:1px solid;white-space:nowrap;}\n"
  /* The recorded decision (.decision > .badge) and the inferred one
   * (.inferred-X .badge) are styled separately so neither cell's class
   * leaks into the other's badge. */
  ".decision-accepted>.badge,.inferred-accepted .badge{background:#dafbe1;border-color:#1a7f37;color:#0f5323;}\n"
  ".decision-partially-accepted>.badge,.inferred-partially-accepted .badge{background:#fff8c5;border-color:#9a6700;color:#6b4500;}\n"
  ".decision-rejected>.badge,.inferred-rejected .badge{background:#ffebe9;border-color:#cf222e;color:#82071e;}\n"
  ".decision-deferred>.badge,.inferred-deferred .badge{background:#ddf4ff;border-color:#0969da;color:#0a3069;}\n"
  ".decision-noted>.badge,.inferred-noted .badge{background:#eaeef2;border-color:#57606a;color:#24292f;}\n"
  ".decision-pending>.badge{background:#fff;border-color:#8c959f;border-style:dashed;color:#57606a;}\n"
  ".inferred{display:block;margin-top:.35em;font-size:.9em;font-style:italic;color:var(--muted);}\n"
  ".inferred .badge{border-style:dashed;font-style:normal;}\n"
  ".status-completed>.badge{background:#dafbe1;border-color:#1a7f37;color:#0f5323;}\n"
  ".status-in-progress>.badge{background:#ddf4ff;border-color:#0969da;color:#0a3069;}\n"
  ".status-not-started>.badge{background:#eaeef2;border-color:#57606a;color:#24292f;}\n"
  ".status-not-achieved>.badge{background:#ffebe9;border-color:#cf222e;color:#82071e;}\n"
  ".status-superseded>.badge{background:#fbefff;border-color:#8250df;color:#512a97;}\n"
  ".status-paused>.badge{background:#fff8c5;border-color:#9a6700;color:#4d2d00;}\n"
  ".status-no-longer-feasible>.badge{background:#ffebe9;border-color:#cf222e;color:#82071e;}\n"
  ".status-implemented>.badge{background:#dafbe1;border-color:#1a7f37;color:#0f5323;}\n"
  ".status-not-implemented>.badge{background:#ffebe9;border-color:#cf222e;color:#82071e;}\n"
  ".status-no-update>.badge{background:#fff;border-color:#8c959f;border-style:dashed;color:#57606a;}\n"
  ".overdue{display:inline-block;margin-top:.3em;font-weight:700;color:#82071e;}\n"
  ".note{display:block;font-size:.9em;color:var(--muted);margin-top:.25em;}\n"
  ".nfa{font-style:italic;}\n"
  "svg.chart{max-width:100%;height:auto;font:13px system-ui,Arial,sans-serif;}\n"
  "svg.chart .value,svg.chart .legend{fill:#1f2328;}\n"
  "svg.chart rect.completed,svg.chart rect.accepted{fill:#2da44e;}\n"
  "svg.chart rect.in-progress,svg.chart rect.deferred{fill:#0969da;}\n"
  "svg.chart rect.not-started,svg.chart rect.noted{fill:#6e7781;}\n"
  "svg.chart rect.not-achieved,svg.chart rect.rejected{fill:#cf222e;}\n"
  "svg.chart rect.superseded{fill:#8250df;}\n"
  "svg.chart rect.partially-accepted{fill:#bf8700;}\n"
  "svg.chart rect.no-update,svg.chart rect.pending{fill:#afb8c1;}\n"
  "svg.chart rect.inferred{fill-opacity:.35;stroke-width:1.5;stroke-dasharray:4 2;stroke:#57606a;}\n"
  "figure{margin:1em 0;}figcaption{font-weight:600;margin-bottom:.3em;}\n"
  /* where an imported fact was read (p. 3): small, beside it, the full
   * place as its tooltip */
  ".src{color:var(--muted);font-size:.8em;font-weight:normal;white-space:nowrap;margin-left:.4em;}\n"
  "footer{color:var(--muted);font-size:.85em;margin-top:2em;border-top:1px solid var(--rule);padding-top:.5em;}\n"
  "@media print{\n"
  "  @page{size:A4;margin:15mm 12mm;}\n"
  "  @page wide{size:A4 landscape;margin:12mm 12mm;}\n"
  "  table.responses{page:wide;}\n"
  "  body{font-size:10.5pt;}\n"
  "  main{max-width:none;padding:0;}\n"
  "  *{-webkit-print-color-adjust:exact;print-color-adjust:exact;}\n"
  "  tr,figure,svg{break-inside:avoid;page-break-inside:avoid;}\n"
  "  thead{display:table-header-group;}\n"
  "  h2{break-after:avoid;page-break-after:avoid;}\n"
  "  article+article{break-before:page;page-break-before:always;}\n"
  "}\n";

#define esc(s) _ama_report_html_escape (out, (s))

/* " p. 3" after an imported fact, so a reader can check it against the
 * page; nothing for a fact with no recorded place. */
static void
append_source (GString      *out,
               AmaSourceRef *source)
{
  g_autofree char *place = NULL;
  g_autofree char *full = NULL;

  if (source == NULL)
    return;
  place = ama_source_ref_to_short_string (source);
  if (*place == '\0')
    return;
  full = ama_source_ref_to_string (source);
  g_string_append (out, " <span class=\"src\" title=\"");
  esc (full);
  g_string_append (out, "\">");
  esc (place);
  g_string_append (out, "</span>");
}

static void
append_facts (GString   *out,
              AmaReview *review,
              GDateTime *as_of)
{
  g_autofree char *status = _ama_enum_label (AMA_TYPE_REVIEW_STATUS, ama_review_get_status (review));
  g_autofree char *as_of_text = _ama_date_to_words (as_of);

  g_string_append (out, "<dl class=\"facts\">\n");
  if (ama_review_get_body (review) != NULL)
    {
      g_string_append (out, "<dt>Body</dt><dd>");
      esc (ama_review_get_body (review));
      g_string_append (out, "</dd>\n");
    }
  g_string_append (out, "<dt>Status</dt><dd>");
  esc (status);
  g_string_append (out, "</dd>\n");
  if (ama_review_get_id (review) != NULL)
    {
      g_string_append (out, "<dt>Review</dt><dd><code>");
      esc (ama_review_get_id (review));
      g_string_append (out, "</code></dd>\n");
    }
  {
    g_autofree char *clock = _ama_report_response_clock (review, as_of);

    if (clock != NULL)
      {
        g_string_append (out, "<dt>Response due</dt><dd>");
        esc (clock);
        g_string_append (out, "</dd>\n");
      }
  }
  if (as_of_text != NULL)
    {
      g_string_append (out, "<dt>Progress as of</dt><dd>");
      esc (as_of_text);
      g_string_append (out, "</dd>\n");
    }
  g_string_append (out, "</dl>\n");
}

static void
append_badge (GString    *out,
              const char *label)
{
  g_string_append (out, "<span class=\"badge\">");
  esc (label);
  g_string_append (out, "</span>");
}

static void
append_decision_cell (GString           *out,
                      AmaRecommendation *rec)
{
  AmaDecision inferred;
  AmaDecision decision = _ama_report_decision (rec, &inferred);

  g_string_append_printf (out, "<td class=\"decision decision-%s\" data-decision=\"%s\">",
                          _ama_enum_nick (AMA_TYPE_DECISION, decision), _ama_enum_nick (AMA_TYPE_DECISION, decision));
  append_badge (out, _ama_report_decision_label (decision));
  if (decision == AMA_DECISION_PENDING && inferred != AMA_DECISION_PENDING)
    {
      /* The council left the cell blank: what the wording implies is
       * shown, but marked as our inference, never as their decision. */
      g_string_append_printf (out, "<span class=\"inferred inferred-%s\" data-inferred=\"%s\">"
                                   "Inferred from the response: ",
                              _ama_enum_nick (AMA_TYPE_DECISION, inferred), _ama_enum_nick (AMA_TYPE_DECISION, inferred));
      append_badge (out, _ama_report_decision_label (inferred));
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</td>\n");
}

static void
append_status_cell (GString           *out,
                    AmaReportTracking *t)
{
  g_string_append_printf (out, "<td class=\"status status-%s\">", _ama_report_status_class (t->status));
  append_badge (out, _ama_report_status_label (t->status));
  if (t->update != NULL)
    {
      g_autofree char *date = _ama_date_to_words (ama_progress_update_get_date (t->update));
      const char *note = ama_progress_update_get_note (t->update);

      if (date != NULL)
        {
          g_string_append (out, "<span class=\"note\">Updated ");
          esc (date);
          g_string_append (out, "</span>");
        }
      if (note != NULL && *note != '\0')
        {
          g_string_append (out, "<span class=\"note\">");
          esc (note);
          g_string_append (out, "</span>");
        }
    }
  if (t->outstanding && !t->overdue && t->due != NULL)
    {
      g_autofree char *due = _ama_date_to_words (t->due);
      g_string_append (out, "<span class=\"note\">Outstanding, due ");
      esc (due);
      g_string_append (out, "</span>");
    }
  if (t->overdue)
    g_string_append_printf (out, "<br><span class=\"overdue\">\u26a0 Overdue by %d day%s</span>",
                            t->days_overdue, t->days_overdue == 1 ? "" : "s");
  g_string_append (out, "</td>\n");
}

static void
append_response_table (GString   *out,
                       AmaReview *review,
                       guint      index,
                       GDateTime *as_of,
                       guint     *decision_counts,
                       guint     *inferred_counts,
                       guint     *status_counts)
{
  GListModel *recs = ama_review_get_recommendations (review);
  guint n = g_list_model_get_n_items (recs);

  g_string_append (out, "<table class=\"responses\">\n<caption>Cabinet\u2019s response to the recommendations");
  if (ama_review_get_title (review) != NULL)
    {
      g_string_append (out, " of \u201c");
      esc (ama_review_get_title (review));
      g_string_append (out, "\u201d");
    }
  g_string_append (out, "</caption>\n<colgroup><col class=\"c-rec\"><col class=\"c-dec\"><col class=\"c-resp\">"
                        "<col class=\"c-off\"><col class=\"c-by\"><col class=\"c-prog\"></colgroup>\n<thead><tr>"
                        "<th scope=\"col\">Recommendation</th>"
                        "<th scope=\"col\">Cabinet Decision (Accepted/ Rejected/ Deferred)</th>"
                        "<th scope=\"col\">Cabinet Response</th>"
                        "<th scope=\"col\">Officer Responsible</th>"
                        "<th scope=\"col\">Action by (Date)</th>"
                        "<th scope=\"col\">Progress</th>"
                        "</tr></thead>\n<tbody>\n");

  g_autoptr(GHashTable) spellings = NULL;   /* built once per review */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      const char * const *points = ama_recommendation_get_points (rec);
      g_autofree char *officer = _ama_report_officer_text (response);
      g_autofree char *deadline = NULL;
      g_auto(AmaReportTracking) t = { 0 };
      AmaDecision inferred, decision = _ama_report_decision (rec, &inferred);

      _ama_report_tracking (rec, review, as_of, &spellings, &t);
      decision_counts[decision]++;
      if (decision == AMA_DECISION_PENDING && inferred != AMA_DECISION_PENDING)
        inferred_counts[inferred]++;
      status_counts[t.status]++;

      /* An id per row for links into the report (#rec-0-3): review and
       * row position, unique even when a document repeats a number. */
      g_string_append_printf (out, "<tr id=\"rec-%u-%u\">\n<th scope=\"row\"><span class=\"num\">", index, i + 1);
      esc (ama_recommendation_get_number (rec));
      g_string_append (out, ".</span> ");
      esc (ama_recommendation_get_text (rec));
      if (points != NULL && points[0] != NULL)
        {
          g_string_append (out, "<ul>");
          for (guint p = 0; points[p] != NULL; p++)
            {
              g_string_append (out, "<li>");
              esc (points[p]);
              g_string_append (out, "</li>");
            }
          g_string_append (out, "</ul>");
        }
      append_source (out, ama_recommendation_get_source (rec));
      g_string_append (out, "</th>\n");

      append_decision_cell (out, rec);

      g_string_append (out, "<td class=\"response\">");
      if (response != NULL && ama_response_get_text (response) != NULL)
        esc (ama_response_get_text (response));
      else
        g_string_append (out, "<span class=\"note\">No response recorded</span>");
      g_string_append (out, "</td>\n<td class=\"officer\">");
      if (officer != NULL)
        esc (officer);
      if (t.no_further_action)
        g_string_append_printf (out, "%s<span class=\"nfa\">No further action required</span>",
                                officer != NULL ? "<br>" : "");
      g_string_append (out, "</td>\n<td class=\"action-by\">");
      if (response != NULL && (deadline = _ama_report_deadline_text (ama_response_get_action_by (response))) != NULL)
        esc (deadline);
      g_string_append (out, "</td>\n");
      append_status_cell (out, &t);
      g_string_append (out, "</tr>\n");
    }
  if (n == 0)
    g_string_append (out, "<tr><td colspan=\"6\">This review has no recommendations.</td></tr>\n");
  g_string_append (out, "</tbody>\n</table>\n");
}

static void
append_counts_charts (GString *out,
                      guint    index,
                      guint   *decision_counts,
                      guint   *inferred_counts,
                      guint   *status_counts)
{
  const char *decision_labels[] = {
    "No decision recorded", "Accepted", "Partially accepted", "Rejected", "Deferred", "Noted",
  };
  const char *decision_classes[] = {
    "pending", "accepted", "partially-accepted", "rejected", "deferred", "noted",
  };
  const char *implied_labels[] = {
    NULL, "\u21b3 wording implies Accepted", "\u21b3 wording implies Partially accepted",
    "\u21b3 wording implies Rejected", "\u21b3 wording implies Deferred", "\u21b3 wording implies Noted",
  };
  const char *implied_classes[] = {
    NULL, "inferred accepted", "inferred partially-accepted", "inferred rejected",
    "inferred deferred", "inferred noted",
  };
  const char *labels[G_N_ELEMENTS (decision_labels) * 2];
  const char *classes[G_N_ELEMENTS (decision_labels) * 2];
  guint counts[G_N_ELEMENTS (decision_labels) * 2];
  guint n = 0;
  const char *status_labels[AMA_REPORT_N_STATUS];
  const char *status_classes[AMA_REPORT_N_STATUS];
  guint status_shown[AMA_REPORT_N_STATUS];
  guint n_status = 0;
  g_autofree char *id_d = g_strdup_printf ("chart-decisions-%u", index);
  g_autofree char *id_s = g_strdup_printf ("chart-status-%u", index);

  /* Under "No decision recorded", what the wording of those responses
   * implies, drawn hollow and labelled as such: the council's blank
   * stays the headline, our reading of it is visibly secondary. */
  for (guint d = 0; d < G_N_ELEMENTS (decision_labels); d++)
    {
      labels[n] = decision_labels[d];
      classes[n] = decision_classes[d];
      counts[n++] = decision_counts[d];
      if (d == AMA_DECISION_PENDING)
        for (guint k = 1; k < G_N_ELEMENTS (implied_labels); k++)
          if (inferred_counts[k] > 0)
            {
              labels[n] = implied_labels[k];
              classes[n] = implied_classes[k];
              counts[n++] = inferred_counts[k];
            }
    }

  /* The later statuses (paused and the closed ones) get a bar only when
   * a recommendation has them: most reviews never use them. */
  for (guint s = 0; s < AMA_REPORT_N_STATUS; s++)
    {
      if (s >= AMA_REPORT_STATUS_PAUSED && status_counts[s] == 0)
        continue;
      status_labels[n_status] = _ama_report_status_label (s);
      status_classes[n_status] = _ama_report_status_class (s);
      status_shown[n_status++] = status_counts[s];
    }

  g_string_append_printf (out, "<section class=\"charts\" id=\"charts-%u\">\n<h2>Decisions and progress</h2>\n", index);
  g_string_append (out, "<figure><figcaption>Decisions</figcaption>\n");
  if (!_ama_report_svg_counts (out, id_d, "Number of recommendations by decision",
                               labels, classes, counts, n))
    g_string_append (out, "<p>No recommendations.</p>\n");
  g_string_append (out, "</figure>\n<figure><figcaption>Progress</figcaption>\n");
  if (!_ama_report_svg_counts (out, id_s, "Number of recommendations by progress status",
                               status_labels, status_classes, status_shown, n_status))
    g_string_append (out, "<p>No recommendations.</p>\n");
  g_string_append (out, "</figure>\n</section>\n");
}

static void
append_acceptability (GString                *out,
                      AmaAppraisal           *appraisal,
                      AmaAppraisalSmaaResult *smaa,
                      guint                   index)
{
  const char * const *ids = ama_appraisal_smaa_result_get_option_ids (smaa);
  guint n_options = g_strv_length ((char **) ids);
  g_autofree char *id = g_strdup_printf ("chart-acceptability-%u", index);

  g_string_append (out, "<figure><figcaption>Rank acceptability (SMAA)</figcaption>\n");
  _ama_report_svg_acceptability (out, appraisal, smaa, id);
  g_string_append (out, "</figure>\n");

  /* The same numbers as a table: the chart's accessible twin. */
  g_string_append_printf (out, "<table class=\"acceptability\">\n<caption>Share of %" G_GUINT64_FORMAT
                               " samples (seed %" G_GUINT64_FORMAT ") in which each option took each rank</caption>\n"
                               "<thead><tr><th scope=\"col\">Option</th>",
                          ama_appraisal_smaa_result_get_n_samples (smaa),
                          ama_appraisal_smaa_result_get_seed (smaa));
  for (guint r = 0; r < n_options; r++)
    g_string_append_printf (out, "<th scope=\"col\">Rank %u</th>", r + 1);
  g_string_append (out, "<th scope=\"col\">Confidence</th></tr></thead>\n<tbody>\n");
  for (guint o = 0; o < n_options; o++)
    {
      guint n = 0;
      const double *acc = ama_appraisal_smaa_result_get_acceptability (smaa, ids[o], &n);

      g_string_append (out, "<tr><th scope=\"row\">");
      esc (_ama_report_option_name (appraisal, ids[o]));
      g_string_append (out, "</th>");
      for (guint r = 0; r < n_options; r++)
        g_string_append_printf (out, "<td>%.1f%%</td>", acc != NULL && r < n ? acc[r] * 100.0 : 0.0);
      g_string_append_printf (out, "<td>%.2f</td></tr>\n",
                              ama_appraisal_smaa_result_get_confidence (smaa, ids[o]));
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

static void
append_appraisal (GString                *out,
                  AmaAppraisal           *appraisal,
                  AmaAppraisalSmaaResult *smaa,
                  guint                   index)
{
  GListModel *options = ama_appraisal_get_options (appraisal);
  GListModel *criteria = ama_appraisal_get_criteria (appraisal);
  GListModel *scores = ama_appraisal_get_scores (appraisal);
  guint n_options = g_list_model_get_n_items (options);
  guint n_criteria = g_list_model_get_n_items (criteria);
  g_autofree char *id = g_strdup_printf ("chart-appraisal-%u", index);
  g_autoptr(GError) chart_error = NULL;

  if (n_options == 0)
    return;

  g_string_append_printf (out, "<section class=\"appraisal\" id=\"appraisal-%u\">\n<h2>Options appraisal</h2>\n", index);
  g_string_append (out, "<figure><figcaption>Scores by option, stacked by criterion</figcaption>\n");
  if (!_ama_report_svg_stacked_scores (out, appraisal, id, &chart_error))
    {
      g_autofree char *plain = _ama_report_plain_message (chart_error->message);

      g_string_append (out, "<p class=\"note\">No chart: ");
      esc (plain);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</figure>\n");

  if (_ama_report_smaa_matches (appraisal, smaa))
    append_acceptability (out, appraisal, smaa, index);

  if (n_criteria > 0 && g_list_model_get_n_items (scores) > 0)
    {
      /* The same numbers as a table: the chart's accessible twin. */
      g_string_append (out, "<table class=\"scores\">\n<caption>Scores of each option against each criterion</caption>\n"
                            "<thead><tr><th scope=\"col\">Option</th>");
      for (guint c = 0; c < n_criteria; c++)
        {
          g_autoptr(AmaCriterion) crit = g_list_model_get_item (criteria, c);
          g_string_append (out, "<th scope=\"col\">");
          esc (ama_criterion_get_name (crit) ? ama_criterion_get_name (crit) : ama_criterion_get_id (crit));
          if (ama_criterion_get_weight (crit) > 0)
            {
              char buf[G_ASCII_DTOSTR_BUF_SIZE];
              g_string_append_printf (out, " <span class=\"note\">weight %s</span>",
                                      g_ascii_formatd (buf, sizeof buf, "%.3g", ama_criterion_get_weight (crit)));
            }
          g_string_append (out, "</th>");
        }
      g_string_append (out, "</tr></thead>\n<tbody>\n");
      for (guint o = 0; o < n_options; o++)
        {
          g_autoptr(AmaOption) opt = g_list_model_get_item (options, o);

          g_string_append (out, "<tr><th scope=\"row\">");
          esc (ama_option_get_name (opt) ? ama_option_get_name (opt) : ama_option_get_id (opt));
          if (g_strcmp0 (ama_appraisal_get_preferred_option (appraisal), ama_option_get_id (opt)) == 0)
            g_string_append (out, " <strong>(preferred)</strong>");
          g_string_append (out, "</th>");
          for (guint c = 0; c < n_criteria; c++)
            {
              g_autoptr(AmaCriterion) crit = g_list_model_get_item (criteria, c);
              gboolean found = FALSE;

              g_string_append (out, "<td>");
              for (guint s = 0; s < g_list_model_get_n_items (scores) && !found; s++)
                {
                  g_autoptr(AmaScore) sc = g_list_model_get_item (scores, s);
                  if (g_strcmp0 (ama_score_get_option_id (sc), ama_option_get_id (opt)) == 0 &&
                      g_strcmp0 (ama_score_get_criterion_id (sc), ama_criterion_get_id (crit)) == 0)
                    {
                      char buf[G_ASCII_DTOSTR_BUF_SIZE];
                      found = TRUE;
                      g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.4g", ama_score_get_value (sc)));
                      if (ama_score_get_rationale (sc) != NULL)
                        {
                          g_string_append (out, "<span class=\"note\">");
                          esc (ama_score_get_rationale (sc));
                          g_string_append (out, "</span>");
                        }
                    }
                }
              if (!found)
                g_string_append (out, "<span class=\"note\">not scored</span>");
              g_string_append (out, "</td>");
            }
          g_string_append (out, "</tr>\n");
        }
      g_string_append (out, "</tbody>\n</table>\n");
    }
  if (ama_appraisal_get_notes (appraisal) != NULL)
    {
      g_string_append (out, "<p>");
      esc (ama_appraisal_get_notes (appraisal));
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</section>\n");
}

static void
append_members (GString   *out,
                AmaReview *review)
{
  GListModel *members = ama_review_get_members (review);
  guint n = g_list_model_get_n_items (members);

  if (n == 0)
    return;
  g_string_append (out, "<section class=\"members\">\n<h2>Review group</h2>\n<ul>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaMember) m = g_list_model_get_item (members, i);
      AmaPerson *p = ama_member_get_person (m);

      g_string_append (out, "<li>");
      if (p != NULL)
        {
          if (ama_person_get_honorific (p) != NULL)
            {
              esc (ama_person_get_honorific (p));
              g_string_append_c (out, ' ');
            }
          esc (ama_person_get_name (p));
        }
      if (ama_member_get_role (m) != AMA_MEMBER_ROLE_MEMBER)
        {
          g_autofree char *role = _ama_enum_label (AMA_TYPE_MEMBER_ROLE, ama_member_get_role (m));
          g_string_append (out, " (");
          esc (role);
          g_string_append (out, ")");
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</section>\n");
}

static void
append_person (GString    *out,
               const char *label,
               AmaPerson  *p)
{
  if (p == NULL || ama_person_get_name (p) == NULL)
    return;
  g_string_append (out, "<span class=\"note\">");
  esc (label);
  if (ama_person_get_honorific (p) != NULL)
    {
      esc (ama_person_get_honorific (p));
      g_string_append_c (out, ' ');
    }
  esc (ama_person_get_name (p));
  g_string_append (out, "</span>");
}

static void
append_agenda_items (GString    *out,
                     GListModel *items)
{
  for (guint k = 0; k < g_list_model_get_n_items (items); k++)
    {
      g_autoptr(AmaAgendaItem) item = g_list_model_get_item (items, k);
      GListModel *res = ama_agenda_item_get_resolutions (item);
      const char *what = ama_agenda_item_get_title (item) ? ama_agenda_item_get_title (item)
                                                          : ama_agenda_item_get_description (item);

      g_string_append (out, "<p class=\"agenda-item\"><strong>Item");
      if (ama_agenda_item_get_number (item) != NULL)
        {
          g_string_append_c (out, ' ');
          esc (ama_agenda_item_get_number (item));
        }
      g_string_append (out, ":</strong> ");
      esc (what ? what : "(untitled)");
      g_string_append (out, "</p>");
      if (g_list_model_get_n_items (res) > 0)
        {
          g_string_append (out, "<p>Resolved:</p><ol class=\"resolutions\">");
          for (guint r = 0; r < g_list_model_get_n_items (res); r++)
            {
              g_autoptr(AmaResolution) reso = g_list_model_get_item (res, r);
              g_string_append (out, "<li>");
              esc (ama_resolution_get_text (reso));
              append_source (out, ama_resolution_get_source (reso));
              g_string_append (out, "</li>");
            }
          g_string_append (out, "</ol>");
        }
      append_person (out, "Mover: ", ama_agenda_item_get_mover (item));
      append_person (out, "Seconder: ", ama_agenda_item_get_seconder (item));
    }
}

static void
append_meetings (GString   *out,
                 AmaReview *review)
{
  GListModel *meetings = ama_review_get_meetings (review);
  guint n = g_list_model_get_n_items (meetings);

  if (n == 0)
    return;
  g_string_append (out, "<section class=\"meetings\">\n<h2>Meetings</h2>\n<table>\n"
                        "<caption>Meetings of the review and the bodies that considered it</caption>\n"
                        "<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Meeting</th>"
                        "<th scope=\"col\">Topics and business</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (meetings, i);
      g_autofree char *date = _ama_date_to_words (ama_meeting_get_date (m));
      g_autofree char *kind = _ama_enum_label (AMA_TYPE_MEETING_KIND, ama_meeting_get_kind (m));
      const char * const *topics = ama_meeting_get_topics (m);

      g_string_append (out, "<tr><th scope=\"row\">");
      esc (date ? date : "Date not recorded");
      if (ama_meeting_get_time (m) != NULL)
        {
          g_string_append (out, ", ");
          esc (ama_meeting_get_time (m));
        }
      g_string_append (out, "</th><td>");
      esc (ama_meeting_get_body (m) ? ama_meeting_get_body (m) : kind);
      if (ama_meeting_get_location (m) != NULL)
        {
          g_string_append (out, "<span class=\"note\">");
          esc (ama_meeting_get_location (m));
          g_string_append (out, "</span>");
        }
      g_string_append (out, "</td><td>");
      if (topics != NULL && topics[0] != NULL)
        {
          g_string_append (out, "<ul>");
          for (guint t = 0; topics[t] != NULL; t++)
            {
              g_string_append (out, "<li>");
              esc (topics[t]);
              g_string_append (out, "</li>");
            }
          g_string_append (out, "</ul>");
        }
      append_agenda_items (out, ama_meeting_get_agenda_items (m));
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</section>\n");
}

static void
append_visits (GString   *out,
               AmaReview *review)
{
  GListModel *list = ama_review_get_visits (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  g_string_append (out, "<section class=\"visits\">\n<h2>Visits and calls</h2>\n<table>\n"
                        "<caption>Councils the review group visited or called, and how each runs its service</caption>\n"
                        "<thead><tr><th scope=\"col\">Authority</th><th scope=\"col\">Arrangement</th>"
                        "<th scope=\"col\">When</th><th scope=\"col\">How</th></tr></thead>\n<tbody>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaVisit) v = g_list_model_get_item (list, i);
      g_autofree char *arrangement = _ama_enum_label (AMA_TYPE_ARRANGEMENT, ama_visit_get_arrangement (v));
      g_autofree char *mode = _ama_enum_label (AMA_TYPE_VISIT_MODE, ama_visit_get_mode (v));
      g_autofree char *date = _ama_date_to_words (ama_visit_get_date (v));

      g_string_append (out, "<tr><th scope=\"row\">");
      esc (ama_visit_get_authority (v) ? ama_visit_get_authority (v) : "Not recorded");
      g_string_append (out, "</th><td>");
      esc (arrangement);
      if (ama_visit_get_arrangement_note (v) != NULL)
        {
          g_string_append (out, "<span class=\"note\">");
          esc (ama_visit_get_arrangement_note (v));
          g_string_append (out, "</span>");
        }
      g_string_append (out, "</td><td>");
      esc (date ? date : ama_visit_get_date_text (v));
      g_string_append (out, "</td><td>");
      esc (mode);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</section>\n");
}

static void
append_documents (GString   *out,
                  AmaReview *review)
{
  GListModel *list = ama_review_get_documents (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  g_string_append (out, "<section class=\"documents\">\n<h2>Documents</h2>\n<ul>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaDocument) d = g_list_model_get_item (list, i);
      g_autofree char *kind = _ama_enum_label (AMA_TYPE_DOCUMENT_KIND, ama_document_get_kind (d));
      g_autofree char *date = _ama_date_to_words (ama_document_get_date (d));

      /* The URI is shown, never linked: the report makes no requests and
       * a document's URI is text from a document like any other. */
      g_string_append (out, "<li>");
      esc (ama_document_get_label (d) ? ama_document_get_label (d) : kind);
      g_string_append (out, ": ");
      esc (ama_document_get_title (d) ? ama_document_get_title (d) : "(untitled)");
      if (date != NULL || ama_document_get_body (d) != NULL)
        {
          g_string_append (out, " <span class=\"note\">");
          esc (ama_document_get_body (d));
          if (date != NULL && ama_document_get_body (d) != NULL)
            g_string_append (out, ", ");
          esc (date);
          g_string_append (out, "</span>");
        }
      if (ama_document_get_uri (d) != NULL)
        {
          g_string_append (out, " <span class=\"note\"><code>");
          esc (ama_document_get_uri (d));
          g_string_append (out, "</code></span>");
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</section>\n");
}

static void
append_considerations (GString   *out,
                       AmaReview *review)
{
  GListModel *list = ama_review_get_considerations (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  g_string_append (out, "<section class=\"considerations\">\n<h2>Consideration</h2>\n<ul>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaConsideration) c = g_list_model_get_item (list, i);
      g_autofree char *date = _ama_date_to_words (ama_consideration_get_date (c));

      g_string_append (out, "<li>");
      esc (ama_consideration_get_body (c));
      if (date != NULL)
        {
          g_string_append (out, ", ");
          esc (date);
        }
      if (ama_consideration_get_outcome (c) != NULL)
        {
          g_string_append (out, ": ");
          esc (ama_consideration_get_outcome (c));
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</section>\n");
}

static void
append_review (GString          *out,
               AmaReview        *review,
               guint             index,
               AmaReportContext *ctx)
{
  GDateTime *as_of = ctx->as_of;
  guint decision_counts[AMA_DECISION_NOTED + 1] = { 0 };
  guint inferred_counts[AMA_DECISION_NOTED + 1] = { 0 };
  guint status_counts[AMA_REPORT_N_STATUS] = { 0 };
  AmaAppraisal *appraisal = ama_review_get_appraisal (review);

  g_string_append (out, "<article class=\"review\">\n<header>\n");
  if (ama_review_get_authority (review) != NULL)
    {
      g_string_append (out, "<p class=\"authority\">");
      esc (ama_review_get_authority (review));
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "<h1>");
  esc (ama_review_get_title (review) ? ama_review_get_title (review) : "Untitled review");
  g_string_append (out, "</h1>\n");
  append_facts (out, review, as_of);
  g_string_append (out, "</header>\n");

  if (ama_review_get_summary (review) != NULL)
    {
      g_string_append (out, "<section class=\"summary\">\n<h2>Summary</h2>\n<p>");
      esc (ama_review_get_summary (review));
      g_string_append (out, "</p>\n</section>\n");
    }

  g_string_append (out, "<section class=\"recommendations\">\n<h2>Recommendations and responses</h2>\n");
  append_response_table (out, review, index, as_of, decision_counts, inferred_counts, status_counts);
  g_string_append (out, "</section>\n");

  /* Charts of nothing say nothing: minutes or a summary sheet alone
   * carry no recommendations. */
  if (g_list_model_get_n_items (ama_review_get_recommendations (review)) > 0)
    append_counts_charts (out, index, decision_counts, inferred_counts, status_counts);
  if (appraisal != NULL)
    append_appraisal (out, appraisal, ctx->smaa, index);
  append_members (out, review);
  append_meetings (out, review);
  append_visits (out, review);
  append_considerations (out, review);
  append_documents (out, review);
  g_string_append (out, "</article>\n");
}

gboolean
_ama_report_html (GString          *out,
                  GListModel       *reviews,
                  AmaReportContext *ctx,
                  GError          **error)
{
  guint n = g_list_model_get_n_items (reviews);
  g_autoptr(AmaReview) first = n > 0 ? g_list_model_get_item (reviews, 0) : NULL;

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        /* Nothing may load from anywhere: the CSP makes
                         * that a promise the browser keeps. */
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'; img-src data:\">\n"
                        "<meta name=\"generator\" content=\"libama " PACKAGE_VERSION "\">\n<title>");
  if (n == 1 && ama_review_get_title (first) != NULL)
    esc (ama_review_get_title (first));
  else
    g_string_append (out, "Scrutiny reviews");
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, stylesheet);
  g_string_append (out, "</style>\n</head>\n<body>\n<main>\n");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaReview) review = g_list_model_get_item (reviews, i);
      append_review (out, review, i, ctx);
    }

  g_string_append (out, "<footer>Written by libama " PACKAGE_VERSION
                        ". Decisions marked \u201cInferred\u201d were not recorded by the council;"
                        " they are read from the wording of the response.</footer>\n"
                        "</main>\n</body>\n</html>\n");
  return TRUE;
}
