/* ama-report-svg.c: the charts of the HTML report, drawn as inline SVG
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "ama-report-private.h"

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

static double
score_for (AmaAppraisal *appraisal,
           const char   *option_id,
           const char   *criterion_id,
           gboolean     *found)
{
  GListModel *scores = ama_appraisal_get_scores (appraisal);
  guint n = g_list_model_get_n_items (scores);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaScore) s = g_list_model_get_item (scores, i);

      if (g_strcmp0 (ama_score_get_option_id (s), option_id) == 0 &&
          g_strcmp0 (ama_score_get_criterion_id (s), criterion_id) == 0)
        {
          *found = TRUE;
          return ama_score_get_value (s);
        }
    }
  *found = FALSE;
  return 0.0;
}

gboolean
_ama_report_svg_stacked_scores (GString      *out,
                                AmaAppraisal *appraisal,
                                const char   *id)
{
  GListModel *options, *criteria;
  guint n_options, n_criteria;
  gboolean any_weight = FALSE;
  g_autofree double *contrib = NULL;
  double max_total = 0.0;
  guint height, legend_rows;

  if (appraisal == NULL)
    return FALSE;

  options = ama_appraisal_get_options (appraisal);
  criteria = ama_appraisal_get_criteria (appraisal);
  n_options = g_list_model_get_n_items (options);
  n_criteria = g_list_model_get_n_items (criteria);
  if (n_options == 0 || n_criteria == 0 ||
      g_list_model_get_n_items (ama_appraisal_get_scores (appraisal)) == 0)
    return FALSE;

  for (guint c = 0; c < n_criteria; c++)
    {
      g_autoptr(AmaCriterion) crit = g_list_model_get_item (criteria, c);
      if (ama_criterion_get_weight (crit) > 0.0)
        any_weight = TRUE;
    }

  /* Each segment is the criterion's weighted score; with no weights set
   * every criterion counts once, as the raw scores were given. Negative
   * contributions cannot be stacked and are drawn as zero (their value
   * stays in the segment's title and in the score table). */
  contrib = g_new0 (double, (gsize) n_options * n_criteria);
  for (guint o = 0; o < n_options; o++)
    {
      g_autoptr(AmaOption) opt = g_list_model_get_item (options, o);
      double total = 0.0;

      for (guint c = 0; c < n_criteria; c++)
        {
          g_autoptr(AmaCriterion) crit = g_list_model_get_item (criteria, c);
          gboolean found;
          double v = score_for (appraisal, ama_option_get_id (opt),
                                ama_criterion_get_id (crit), &found);
          double w = any_weight ? ama_criterion_get_weight (crit) : 1.0;
          double x = found && isfinite (v * w) ? v * w : 0.0;

          contrib[o * n_criteria + c] = x;
          if (x > 0.0)
            total += x;
        }
      max_total = MAX (max_total, total);
    }
  if (max_total <= 0.0)
    max_total = 1.0;

  legend_rows = (n_criteria + 2) / 3;
  height = 30 + n_options * (BAR_HEIGHT + BAR_GAP) + 20 + legend_rows * 20 + 10;

  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" "
                          "viewBox=\"0 0 %d %u\" width=\"%d\" height=\"%u\" role=\"img\" "
                          "aria-labelledby=\"%s-title\">\n"
                          "<title id=\"%s-title\">%s score of each option, stacked by criterion</title>\n",
                          CHART_WIDTH, height, CHART_WIDTH, height, id, id,
                          any_weight ? "Weighted" : "Total");

  for (guint o = 0; o < n_options; o++)
    {
      g_autoptr(AmaOption) opt = g_list_model_get_item (options, o);
      const char *name = ama_option_get_name (opt) ? ama_option_get_name (opt) : ama_option_get_id (opt);
      double y = 30 + o * (BAR_HEIGHT + BAR_GAP);
      double x = LABEL_WIDTH, total = 0.0;
      gboolean preferred = g_strcmp0 (ama_appraisal_get_preferred_option (appraisal),
                                      ama_option_get_id (opt)) == 0;

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

      for (guint c = 0; c < n_criteria; c++)
        {
          g_autoptr(AmaCriterion) crit = g_list_model_get_item (criteria, c);
          double v = contrib[o * n_criteria + c];
          double w = v > 0.0 ? v / max_total * (CHART_WIDTH - LABEL_WIDTH - 60) : 0.0;

          if (v > 0.0)
            total += v;
          if (w <= 0.0)
            continue;
          g_string_append_printf (out,
                                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#fff\">"
                                  "<title>",
                                  x, y, w, BAR_HEIGHT, palette[c % G_N_ELEMENTS (palette)]);
          _ama_report_html_escape (out, name);
          g_string_append (out, " \u2014 ");
          _ama_report_html_escape (out, ama_criterion_get_name (crit) ? ama_criterion_get_name (crit)
                                                                      : ama_criterion_get_id (crit));
          g_string_append (out, ": ");
          append_number (out, v);
          g_string_append (out, "</title></rect>\n");
          x += w;
        }
      g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\" class=\"value\">", x + 6, y + BAR_HEIGHT * 0.7);
      append_number (out, total);
      g_string_append (out, "</text></g>\n");
    }

  /* Legend: three columns under the bars. */
  for (guint c = 0; c < n_criteria; c++)
    {
      g_autoptr(AmaCriterion) crit = g_list_model_get_item (criteria, c);
      double lx = 10 + (c % 3) * (CHART_WIDTH / 3);
      double ly = 30 + n_options * (BAR_HEIGHT + BAR_GAP) + 20 + (c / 3) * 20;

      g_string_append_printf (out,
                              "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                              "<text x=\"%.1f\" y=\"%.1f\" class=\"legend\">",
                              lx, ly - 10, palette[c % G_N_ELEMENTS (palette)], lx + 18, ly);
      append_label (out, ama_criterion_get_name (crit) ? ama_criterion_get_name (crit)
                                                       : ama_criterion_get_id (crit), 34);
      g_string_append (out, "</text>\n");
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
