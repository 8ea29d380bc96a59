/* ama-report-svg.c: the charts of the HTML report, drawn as inline SVG
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "ama-report-private.h"
#include "ama-appraisal-ranking.h"
#include "ama-appraisal-result.h"
#include "ama-appraisal-smaa-result.h"
#include "ama-appraisal.h"
#include "ama-criterion.h"
#include "ama-error.h"
#include "ama-option.h"

/* A palette that stays distinguishable for the common colour-vision
 * deficiencies (Okabe–Ito, then Tol's muted scheme). Colour is never the
 * only carrier: every segment has a <title> and the legend names it. */
static const char *palette[] = {
  "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
  "#F0E442", "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
};

#define CHART_WIDTH 720
#define LABEL_WIDTH 220
#define BAR_HEIGHT 22
#define BAR_GAP 10

static void
append_label (GString    *out,
              const char *text,
              guint       max_chars)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);

  /* SVG text does not wrap: long names are cut and the full name stays in
   * the element's <title>. */
  if (g_utf8_strlen (valid, -1) > (glong) max_chars)
    {
      g_autofree char *cut = g_utf8_substring (valid, 0, max_chars - 1);
      _ama_report_html_escape (out, cut);
      g_string_append (out, "\u2026");
    }
  else
    _ama_report_html_escape (out, valid);
}

static void
append_number (GString *out,
               double   v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* Locale-independent: "1.5", never "1,5". */
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.4g", v));
}

static const char *
criterion_name (AmaAppraisal *appraisal,
                const char   *id)
{
  GListModel *criteria = ama_appraisal_get_criteria (appraisal);

  for (guint c = 0; c < g_list_model_get_n_items (criteria); c++)
    {
      g_autoptr(AmaCriterion) crit = g_list_model_get_item (criteria, c);

      if (g_strcmp0 (ama_criterion_get_id (crit), id) == 0 && ama_criterion_get_name (crit) != NULL)
        return ama_criterion_get_name (crit);  /* owned by the appraisal */
    }
  return id;
}

gboolean
_ama_report_svg_stacked_scores (GString      *out,
                                AmaAppraisal *appraisal,
                                const char   *id,
                                GError      **error)
{
  g_autoptr(AmaAppraisalResult) result = NULL;
  const char * const *crit_ids;
  GListModel *rankings;
  guint n_rankings, n_criteria, height, legend_rows;
  const double bar_space = CHART_WIDTH - LABEL_WIDTH - 60;

  /* The library's own appraisal does the arithmetic (scales,
   * directions, normalised weights, gates): the chart draws what
   * ama_appraisal_evaluate() says, so it cannot disagree with it. */
  result = ama_appraisal_evaluate (appraisal, NULL, error);
  if (result == NULL)
    return FALSE;

  crit_ids = ama_appraisal_result_get_criterion_ids (result);
  n_criteria = crit_ids ? g_strv_length ((char **) crit_ids) : 0;
  rankings = ama_appraisal_result_get_rankings (result);
  n_rankings = g_list_model_get_n_items (rankings);
  if (n_rankings == 0 || n_criteria == 0)
    {
      g_set_error_literal (error, AMA_ERROR, AMA_ERROR_MISSING,
                           "the appraisal has no weighted criteria or no options to chart");
      return FALSE;
    }

  legend_rows = (n_criteria + 2) / 3;
  height = 30 + n_rankings * (BAR_HEIGHT + BAR_GAP) + 20 + legend_rows * 20 + 10;

  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
                          "viewBox=\"0 0 %d %u\" width=\"%d\" height=\"%u\" role=\"img\" "
                          "aria-labelledby=\"%s-title\">\n"
                          "<title id=\"%s-title\">Weighted score of each option (0 to 100), stacked by criterion</title>\n",
                          CHART_WIDTH, height, CHART_WIDTH, height, id, id);

  /* Axis ticks at 0, 25, 50, 75, 100. */
  for (int tick = 0; tick <= 100; tick += 25)
    {
      double x = LABEL_WIDTH + tick / 100.0 * bar_space;
      g_string_append_printf (out,
                              "<line x1=\"%.1f\" y1=\"18\" x2=\"%.1f\" y2=\"%u\" stroke=\"#d0d7de\"/>"
                              "<text x=\"%.1f\" y=\"14\" text-anchor=\"middle\" class=\"value\">%d</text>\n",
                              x, x, 30 + n_rankings * (BAR_HEIGHT + BAR_GAP) - BAR_GAP, x, tick);
    }

  for (guint o = 0; o < n_rankings; o++)
    {
      g_autoptr(AmaAppraisalRanking) r = g_list_model_get_item (rankings, o);
      const char *name = ama_appraisal_ranking_get_option_name (r) ? ama_appraisal_ranking_get_option_name (r)
                                                                   : ama_appraisal_ranking_get_option_id (r);
      const char *gate = ama_appraisal_ranking_get_failed_gate (r);
      gboolean preferred = g_strcmp0 (ama_appraisal_get_preferred_option (appraisal),
                                      ama_appraisal_ranking_get_option_id (r)) == 0;
      double y = 30 + o * (BAR_HEIGHT + BAR_GAP);
      double x = LABEL_WIDTH;
      guint n_contrib = 0;
      const double *contrib = ama_appraisal_ranking_get_contributions (r, &n_contrib);

      g_string_append (out, "<g class=\"bar\"><title>");
      _ama_report_html_escape (out, name);
      g_string_append (out, "</title>");
      g_string_append_printf (out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\"%s>",
                              LABEL_WIDTH - 8, y + BAR_HEIGHT * 0.7,
                              preferred ? " font-weight=\"bold\"" : "");
      append_label (out, name, 30);
      if (preferred)
        g_string_append (out, " \u2605");
      g_string_append (out, "</text>\n");

      for (guint c = 0; c < n_contrib && c < n_criteria; c++)
        {
          double v = contrib[c];
          double w = isfinite (v) && v > 0.0 ? v / 100.0 * bar_space : 0.0;

          if (w <= 0.0)
            continue;
          g_string_append_printf (out,
                                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#fff\">"
                                  "<title>",
                                  x, y, w, BAR_HEIGHT, palette[c % G_N_ELEMENTS (palette)]);
          _ama_report_html_escape (out, name);
          g_string_append (out, " \u2014 ");
          _ama_report_html_escape (out, criterion_name (appraisal, crit_ids[c]));
          g_string_append (out, ": ");
          append_number (out, v);
          g_string_append (out, "</title></rect>\n");
          x += w;
        }
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" class=\"value\">", x + 6, y + BAR_HEIGHT * 0.7);
      if (gate != NULL)
        {
          g_string_append (out, "fails ");
          append_label (out, criterion_name (appraisal, gate), 24);
        }
      else
        append_number (out, ama_appraisal_ranking_get_value (r));
      g_string_append (out, "</text></g>\n");
    }

  /* Legend: three columns under the bars. */
  for (guint c = 0; c < n_criteria; c++)
    {
      double lx = 10 + (c % 3) * (CHART_WIDTH / 3);
      double ly = 30 + n_rankings * (BAR_HEIGHT + BAR_GAP) + 20 + (c / 3) * 20;

      g_string_append_printf (out,
                              "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                              "<text x=\"%.1f\" y=\"%.1f\" class=\"legend\">",
                              lx, ly - 10, palette[c % G_N_ELEMENTS (palette)], lx + 18, ly);
      append_label (out, criterion_name (appraisal, crit_ids[c]), 34);
      g_string_append (out, "</text>\n");
    }

  g_string_append (out, "</svg>\n");
  return TRUE;
}

const char *
_ama_report_option_name (AmaAppraisal *appraisal,
                         const char   *option_id)
{
  GListModel *options = ama_appraisal_get_options (appraisal);

  for (guint i = 0; i < g_list_model_get_n_items (options); i++)
    {
      g_autoptr(AmaOption) opt = g_list_model_get_item (options, i);

      if (g_strcmp0 (ama_option_get_id (opt), option_id) == 0 && ama_option_get_name (opt) != NULL)
        return ama_option_get_name (opt);   /* owned by the appraisal */
    }
  return option_id;
}

/* The analysis belongs to this appraisal when every option it ranked is
 * one of the appraisal's. */
gboolean
_ama_report_smaa_matches (AmaAppraisal           *appraisal,
                          AmaAppraisalSmaaResult *smaa)
{
  const char * const *ids;
  GListModel *options;

  if (appraisal == NULL || smaa == NULL)
    return FALSE;
  ids = ama_appraisal_smaa_result_get_option_ids (smaa);
  if (ids == NULL || ids[0] == NULL)
    return FALSE;
  options = ama_appraisal_get_options (appraisal);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint k = 0; k < g_list_model_get_n_items (options) && !found; k++)
        {
          g_autoptr(AmaOption) opt = g_list_model_get_item (options, k);
          found = g_strcmp0 (ama_option_get_id (opt), ids[i]) == 0;
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* Rank 1 darkest: a sequential ramp reads as "better" without a legend,
 * and the legend names each rank anyway. */
static const char *rank_ramp[] = {
  "#08519c", "#3182bd", "#6baed6", "#9ecae1", "#c6dbef", "#deebf7",
  "#eef4fb", "#f7fbff",
};

gboolean
_ama_report_svg_acceptability (GString                *out,
                               AmaAppraisal           *appraisal,
                               AmaAppraisalSmaaResult *smaa,
                               const char             *id)
{
  const char * const *ids = ama_appraisal_smaa_result_get_option_ids (smaa);
  guint n_options = ids ? g_strv_length ((char **) ids) : 0;
  const double bar_space = CHART_WIDTH - LABEL_WIDTH - 60;
  guint n_ranks = n_options, height, legend_rows;

  if (n_options == 0)
    return FALSE;

  legend_rows = (n_ranks + 5) / 6;
  height = 30 + n_options * (BAR_HEIGHT + BAR_GAP) + 20 + legend_rows * 20 + 10;
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
                          "viewBox=\"0 0 %d %u\" width=\"%d\" height=\"%u\" role=\"img\" "
                          "aria-labelledby=\"%s-title\">\n"
                          "<title id=\"%s-title\">Rank acceptability: the share of %" G_GUINT64_FORMAT
                          " weight samples in which each option took each rank</title>\n",
                          CHART_WIDTH, height, CHART_WIDTH, height, id, id,
                          ama_appraisal_smaa_result_get_n_samples (smaa));

  for (int tick = 0; tick <= 100; tick += 25)
    {
      double x = LABEL_WIDTH + tick / 100.0 * bar_space;
      g_string_append_printf (out,
                              "<text x=\"%.1f\" y=\"14\" text-anchor=\"middle\" class=\"value\">%d%%</text>\n",
                              x, tick);
    }

  for (guint o = 0; o < n_options; o++)
    {
      const char *name = _ama_report_option_name (appraisal, ids[o]);
      guint n = 0;
      const double *acc = ama_appraisal_smaa_result_get_acceptability (smaa, ids[o], &n);
      double y = 30 + o * (BAR_HEIGHT + BAR_GAP);
      double x = LABEL_WIDTH;

      g_string_append (out, "<g class=\"bar\"><title>");
      _ama_report_html_escape (out, name);
      g_string_append_printf (out, "</title><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">",
                              LABEL_WIDTH - 8, y + BAR_HEIGHT * 0.7);
      append_label (out, name, 30);
      g_string_append (out, "</text>\n");
      for (guint r = 0; r < n && acc != NULL; r++)
        {
          double w = isfinite (acc[r]) && acc[r] > 0.0 ? acc[r] * bar_space : 0.0;

          if (w <= 0.0)
            continue;
          g_string_append_printf (out,
                                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
                                  "stroke=\"#fff\"><title>",
                                  x, y, w, BAR_HEIGHT, rank_ramp[MIN (r, G_N_ELEMENTS (rank_ramp) - 1)]);
          _ama_report_html_escape (out, name);
          g_string_append_printf (out, " \u2014 rank %u: ", r + 1);
          append_number (out, acc[r] * 100.0);
          g_string_append (out, "%</title></rect>\n");
          x += w;
        }
      g_string_append (out, "</g>\n");
    }

  for (guint r = 0; r < n_ranks; r++)
    {
      double lx = 10 + (r % 6) * (CHART_WIDTH / 6);
      double ly = 30 + n_options * (BAR_HEIGHT + BAR_GAP) + 20 + (r / 6) * 20;

      g_string_append_printf (out,
                              "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\" stroke=\"#8c959f\"/>"
                              "<text x=\"%.1f\" y=\"%.1f\" class=\"legend\">Rank %u</text>\n",
                              lx, ly - 10, rank_ramp[MIN (r, G_N_ELEMENTS (rank_ramp) - 1)], lx + 18, ly, r + 1);
    }
  g_string_append (out, "</svg>\n");
  return TRUE;
}

gboolean
_ama_report_svg_counts (GString            *out,
                        const char         *id,
                        const char         *title,
                        const char * const *labels,
                        const char * const *classes,
                        const guint        *counts,
                        guint               n)
{
  guint max = 0, height;

  for (guint i = 0; i < n; i++)
    max = MAX (max, counts[i]);
  if (max == 0)
    return FALSE;

  height = 30 + n * (BAR_HEIGHT + BAR_GAP);
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
                          "viewBox=\"0 0 %d %u\" width=\"%d\" height=\"%u\" role=\"img\" "
                          "aria-labelledby=\"%s-title\">\n<title id=\"%s-title\">",
                          CHART_WIDTH, height, CHART_WIDTH, height, id, id);
  _ama_report_html_escape (out, title);
  g_string_append (out, "</title>\n");

  for (guint i = 0; i < n; i++)
    {
      double y = 20 + i * (BAR_HEIGHT + BAR_GAP);
      double w = (double) counts[i] / max * (CHART_WIDTH - LABEL_WIDTH - 60);

      g_string_append (out, "<g><title>");
      _ama_report_html_escape (out, labels[i]);
      g_string_append_printf (out, ": %u</title><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">",
                              counts[i], LABEL_WIDTH - 8, y + BAR_HEIGHT * 0.7);
      _ama_report_html_escape (out, labels[i]);
      g_string_append (out, "</text>");
      if (counts[i] > 0)
        g_string_append_printf (out,
                                "<rect class=\"%s\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"/>",
                                classes[i], LABEL_WIDTH, y, w, BAR_HEIGHT);
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" class=\"value\">%u</text></g>\n",
                              LABEL_WIDTH + w + 6, y + BAR_HEIGHT * 0.7, counts[i]);
    }
  g_string_append (out, "</svg>\n");
  return TRUE;
}
