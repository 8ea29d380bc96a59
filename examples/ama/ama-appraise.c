/* ama-appraise.c: `ama appraise`, ranks the options of an appraisal
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama appraise ----------------------------------------------------- */

static const char *
_option_name (AmaAppraisal *appraisal,
              const char   *id)
{
  GListModel *options = ama_appraisal_get_options (appraisal);

  for (guint k = 0; k < g_list_model_get_n_items (options); k++)
    {
      g_autoptr(AmaOption) opt = g_list_model_get_item (options, k);
      if (g_strcmp0 (ama_option_get_id (opt), id) == 0 && ama_option_get_name (opt) != NULL)
        return ama_option_get_name (opt);   /* owned by the appraisal */
    }
  return id;
}

static void
print_acceptability (AmaAppraisal           *appraisal,
                     AmaAppraisalSmaaResult *smaa)
{
  const char * const *ids = ama_appraisal_smaa_result_get_option_ids (smaa);
  guint n_options = g_strv_length ((char **) ids);

  printf ("\nRank acceptability (SMAA-2, %" G_GUINT64_FORMAT " samples, seed %" G_GUINT64_FORMAT ")\n",
          ama_appraisal_smaa_result_get_n_samples (smaa), ama_appraisal_smaa_result_get_seed (smaa));
  printf ("  %-34s", "Option");
  for (guint r = 0; r < n_options && r < 8; r++)
    printf ("  rank%-2u", r + 1);
  printf ("  conf.\n");
  for (guint o = 0; o < n_options; o++)
    {
      guint n = 0;
      const double *acc = ama_appraisal_smaa_result_get_acceptability (smaa, ids[o], &n);
      const char *name = _option_name (appraisal, ids[o]);
      g_autofree char *cut = NULL;

      cut = g_utf8_strlen (name, -1) > 34 ? g_utf8_substring (name, 0, 34) : g_strdup (name);
      printf ("  %s%*s", cut, (int) (34 - g_utf8_strlen (cut, -1)), "");
      for (guint r = 0; r < n && r < 8; r++)
        printf (" %6.1f%%", acc[r] * 100.0);
      printf ("  %5.2f\n", ama_appraisal_smaa_result_get_confidence (smaa, ids[o]));
    }
  if (n_options > 8)
    printf ("  (ranks 9 to %u are in the HTML report: ama report --samples)\n", n_options);
}

int
ama_cmd_appraise (int    argc,
              char **argv)
{
  gint64 samples = 0;
  gint64 seed = 1;
  g_autofree char *weight_set = NULL;
  GOptionEntry entries[] = {
    { "samples", 'n', 0, G_OPTION_ARG_INT64, &samples, "Also run SMAA with N weight samples (default 0: weighted sum only)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the SMAA sampler (default 1): the same seed gives the same result", "S" },
    { "weight-set", 'w', 0, G_OPTION_ARG_STRING, &weight_set, "Rank with the weight set ID instead of the criteria's weights", "ID" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaAppraisalResult) result = NULL;
  g_autoptr(GError) error = NULL;
  AmaAppraisalWeightSet *ws = NULL;
  AmaAppraisal *appraisal;
  GListModel *rankings;
  g_autofree char *explanation = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Rank the options of the review's appraisal by weighted sum, showing\n"
    "what each criterion contributed, and explain the result.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE, got %d", argc - 1);
  if (samples < 0)
    return usage_error (context, "--samples must not be negative");
  /* The library takes at most 2^32 samples; beyond it the setter used to
   * warn and the default run instead, with exit 0 (issue #20, item 10). */
  if ((guint64) samples > (G_GUINT64_CONSTANT (1) << 32))
    return usage_error (context, "--samples must be at most %" G_GUINT64_FORMAT,
                        G_GUINT64_CONSTANT (1) << 32);
  if (seed < 0)
    return usage_error (context, "--seed must not be negative");

  review = load_review (argv[1], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
  if (review == NULL)
    {
      print_load_error (argv[1], error);
      return status_for_error (error);
    }
  appraisal = ama_review_get_appraisal (review);
  if (appraisal == NULL)
    {
      fprintf (stderr, "%s: error: the review has no options appraisal\n", argv[1]);
      return EXIT_FINDINGS;
    }
  if (weight_set != NULL)
    {
      GListModel *sets = ama_appraisal_get_weight_sets (appraisal);
      for (guint i = 0; i < g_list_model_get_n_items (sets) && ws == NULL; i++)
        {
          g_autoptr(AmaAppraisalWeightSet) s = g_list_model_get_item (sets, i);
          if (g_strcmp0 (ama_appraisal_weight_set_get_id (s), weight_set) == 0)
            ws = s;   /* the appraisal keeps it alive */
        }
      if (ws == NULL)
        {
          fprintf (stderr, "%s: error: no weight set \u201c%s\u201d in the appraisal\n", argv[1], weight_set);
          return EXIT_FINDINGS;
        }
    }

  printf ("%s\n  %u options, %u criteria%s%s\n\n",
          ama_review_get_title (review) ? ama_review_get_title (review) : argv[1],
          g_list_model_get_n_items (ama_appraisal_get_options (appraisal)),
          g_list_model_get_n_items (ama_appraisal_get_criteria (appraisal)),
          ama_appraisal_get_preferred_option (appraisal) ? "; the review preferred " : "",
          ama_appraisal_get_preferred_option (appraisal)
            ? _option_name (appraisal, ama_appraisal_get_preferred_option (appraisal)) : "");

  /* The weighted sum needs weights; SMAA samples them, so an appraisal
   * without published weights can still be analysed with --samples. */
  result = ama_appraisal_evaluate (appraisal, ws, &error);
  if (result == NULL)
    {
      fflush (stdout);
      fprintf (stderr, "%s: %s: %s\n", argv[1], samples > 0 ? "note" : "error", error->message);
      if (samples == 0)
        {
          /* Say why, in the review's own words when it has them. */
          if (ama_appraisal_get_notes (appraisal) != NULL)
            print_wrapped ("No ranking. ", "", ama_appraisal_get_notes (appraisal), 78);
          return EXIT_FINDINGS;
        }
      g_clear_error (&error);
    }
  else
    {
      rankings = ama_appraisal_result_get_rankings (result);
      printf ("Weighted sum (0\u2013100)%s%s\n", ws ? ", weight set " : "", ws ? weight_set : "");
      for (guint i = 0; i < g_list_model_get_n_items (rankings); i++)
        {
          g_autoptr(AmaAppraisalRanking) r = g_list_model_get_item (rankings, i);
          const char *name = ama_appraisal_ranking_get_option_name (r);

          if (ama_appraisal_ranking_get_failed_gate (r) != NULL)
            printf ("   -  %-40s fails %s\n", name ? name : ama_appraisal_ranking_get_option_id (r),
                    ama_appraisal_ranking_get_failed_gate (r));
          else
            printf ("  %2u%s %-40s %6.1f\n", ama_appraisal_ranking_get_rank (r),
                    ama_appraisal_ranking_get_tied (r) ? "=" : ".",
                    name ? name : ama_appraisal_ranking_get_option_id (r),
                    ama_appraisal_ranking_get_value (r));
        }
      explanation = ama_appraisal_result_explain (result);
      if (explanation != NULL)
        {
          printf ("\n");
          print_wrapped ("", "", explanation, 78);
        }
    }

  if (samples > 0)
    {
      g_autoptr(AmaAppraisalSmaaResult) smaa = run_smaa (appraisal, (guint64) samples, (guint64) seed, &error);

      if (smaa == NULL)
        {
          fprintf (stderr, "%s: error: %s\n", argv[1], error->message);
          return EXIT_FINDINGS;
        }
      print_acceptability (appraisal, smaa);
    }
  return 0;
}
