/* test-appraisal.c: weighted-sum appraisal, stability, explanations, SMAA-2
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <ama.h>

/* The test links only against libama (not libm): a square root by
 * Newton's method is plenty for standard errors. */
static double
sqrt_ (double x)
{
  double r = x > 1.0 ? x : 1.0;

  if (x <= 0.0)
    return 0.0;
  for (int i = 0; i < 200; i++)
    r = 0.5 * (r + x / r);
  return r;
}
#define sqrt(x) sqrt_ (x)
#define fabs(x) ABS (x)

/* ------------------------------------------------------------------ */
/* Building appraisals                                                 */
/* ------------------------------------------------------------------ */

static AmaCriterion *
add_criterion (AmaAppraisal *a,
               const char   *id,
               double        weight)
{
  g_autoptr(AmaCriterion) c = ama_criterion_new (id, NULL);

  ama_criterion_set_weight (c, weight);
  ama_appraisal_add_criterion (a, c);
  return c; /* the appraisal holds it */
}

static AmaOption *
add_option (AmaAppraisal *a,
            const char   *id)
{
  g_autoptr(AmaOption) o = ama_option_new (id, NULL);

  ama_appraisal_add_option (a, o);
  return o;
}

static AmaScore *
add_score (AmaAppraisal *a,
           const char   *option,
           const char   *criterion,
           double        value)
{
  g_autoptr(AmaScore) s = ama_score_new (option, criterion, value);

  ama_appraisal_add_score (a, s);
  return s;
}

/* A matrix of scores: one row per option, one column per criterion. */
static AmaAppraisal *
build (guint               n_options,
       guint               n_criteria,
       const char * const *options,
       const char * const *criteria,
       const double       *weights,
       const double       *scores)
{
  AmaAppraisal *a = ama_appraisal_new ();

  for (guint j = 0; j < n_criteria; j++)
    add_criterion (a, criteria[j], weights[j]);
  for (guint i = 0; i < n_options; i++)
    {
      add_option (a, options[i]);
      for (guint j = 0; j < n_criteria; j++)
        add_score (a, options[i], criteria[j], scores[i * n_criteria + j]);
    }
  return a;
}

static AmaAppraisalRanking *
ranking_at (AmaAppraisalResult *r,
            guint               i)
{
  AmaAppraisalRanking *ranking = g_list_model_get_item (ama_appraisal_result_get_rankings (r), i);
  g_object_unref (ranking); /* the result keeps it */
  return ranking;
}

/* ------------------------------------------------------------------ */
/* The model                                                           */
/* ------------------------------------------------------------------ */

static void
count_notify (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

/* The house contract for the new model classes: every writable property
 * notifies once on change and not again for the same value. */
static void
test_model_contract (void)
{
  GType types[] = { AMA_TYPE_APPRAISAL_WEIGHT, AMA_TYPE_APPRAISAL_WEIGHT_SET };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GObject) object = g_object_new (types[t], NULL);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs, count = 0;

      g_signal_connect (object, "notify", G_CALLBACK (count_notify), &count);
      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
      for (guint i = 0; i < n_pspecs; i++)
        {
          g_auto(GValue) value = G_VALUE_INIT;
          GParamSpec *pspec = pspecs[i];

          if (pspec->value_type == G_TYPE_LIST_MODEL)
            {
              g_assert_false (pspec->flags & G_PARAM_WRITABLE);
              continue;
            }
          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
          g_value_init (&value, pspec->value_type);
          if (pspec->value_type == G_TYPE_STRING)
            g_value_set_string (&value, "x");
          else if (pspec->value_type == G_TYPE_DOUBLE)
            g_value_set_double (&value, 2.5);
          else
            g_assert_not_reached ();
          count = 0;
          g_object_set_property (object, pspec->name, &value);
          g_object_set_property (object, pspec->name, &value);
          g_assert_cmpuint (count, ==, 1);
        }
    }
}

static void
test_score_interval (void)
{
  g_autoptr(AmaScore) s = ama_score_new ("a", "c", 3.0);

  /* A point score: both ends read as the value, and follow it. */
  g_assert_false (ama_score_has_interval (s));
  g_assert_cmpfloat (ama_score_get_low (s), ==, 3.0);
  ama_score_set_value (s, 4.0);
  g_assert_cmpfloat (ama_score_get_high (s), ==, 4.0);

  ama_score_set_interval (s, 2.0, 5.0);
  g_assert_true (ama_score_has_interval (s));
  ama_score_set_value (s, 3.0);
  g_assert_cmpfloat (ama_score_get_low (s), ==, 2.0);
  g_assert_cmpfloat (ama_score_get_high (s), ==, 5.0);
}

static void
test_weight_set_lookup (void)
{
  g_autoptr(AmaAppraisalWeightSet) ws = ama_appraisal_weight_set_new ("finance", "Finance-led");

  g_assert_null (ama_appraisal_weight_set_lookup (ws, "vat"));
  ama_appraisal_weight_set_set_weight (ws, "vat", 30);
  ama_appraisal_weight_set_set_weight (ws, "staff", 10);
  ama_appraisal_weight_set_set_weight (ws, "vat", 40); /* replaces */
  g_assert_cmpuint (g_list_model_get_n_items (ama_appraisal_weight_set_get_weights (ws)), ==, 2);
  g_assert_cmpfloat (ama_appraisal_weight_get_value (ama_appraisal_weight_set_lookup (ws, "vat")), ==, 40);
}

/* Everything an appraisal records survives a save and a load. */
static void
test_json_round_trip (void)
{
  g_autoptr(AmaReview) review = g_object_new (AMA_TYPE_REVIEW, "title", "T", NULL);
  g_autoptr(AmaAppraisal) a = ama_appraisal_new ();
  g_autoptr(AmaAppraisalWeightSet) ws = ama_appraisal_weight_set_new ("partners", "Partners");
  g_autoptr(AmaReview) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL;
  AmaCriterion *c;
  AmaOption *o;
  AmaScore *s;
  AmaAppraisal *b;
  const char *csf[] = { "Sustainable", NULL };

  c = add_criterion (a, "vat", 2);
  ama_criterion_set_direction (c, AMA_CRITERION_DIRECTION_COST);
  ama_criterion_set_scale_min (c, 0);
  ama_criterion_set_scale_max (c, 5);
  ama_criterion_set_weight_source (c, "workshop");
  ama_criterion_set_weight_dissent (c, "Cllr X would weight it 3");
  c = add_criterion (a, "statutory", 0);
  ama_criterion_set_must_pass (c, TRUE);
  ama_criterion_set_pass_mark (c, 1);
  o = add_option (a, "bau");
  ama_option_set_role (o, AMA_OPTION_ROLE_BUSINESS_AS_USUAL);
  o = add_option (a, "trust");
  ama_option_set_status (o, AMA_OPTION_STATUS_REJECTED);
  ama_option_set_rejection_reason (o, "Fails the VAT test");
  s = add_score (a, "bau", "vat", 2);
  ama_score_set_interval (s, 1, 3);
  ama_score_set_source (s, "illustrative");
  ama_score_set_scored_by (s, "Review group");
  ama_appraisal_set_missing_scores (a, AMA_MISSING_SCORES_FULL_RANGE);
  ama_appraisal_set_critical_success_factors (a, csf);
  ama_appraisal_weight_set_set_weight (ws, "vat", 1);
  ama_appraisal_weight_set_set_stakeholder (ws, "Improvement Board partners");
  ama_appraisal_add_weight_set (a, ws);
  ama_review_set_appraisal (review, a);

  first = ama_review_to_data (review, NULL);
  g_assert_nonnull (strstr (first, "\"direction\" : \"cost\""));
  g_assert_nonnull (strstr (first, "\"missing-scores\" : \"full-range\""));
  g_assert_nonnull (strstr (first, "\"weight-sets\""));
  again = ama_review_new_from_data (first, -1, &error);
  g_assert_no_error (error);
  second = ama_review_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);

  b = ama_review_get_appraisal (again);
  s = g_list_model_get_item (ama_appraisal_get_scores (b), 0);
  g_assert_cmpfloat (ama_score_get_low (s), ==, 1);
  g_assert_cmpfloat (ama_score_get_high (s), ==, 3);
  g_assert_cmpstr (ama_score_get_scored_by (s), ==, "Review group");
  g_object_unref (s);
  o = g_list_model_get_item (ama_appraisal_get_options (b), 1);
  g_assert_cmpint (ama_option_get_status (o), ==, AMA_OPTION_STATUS_REJECTED);
  g_object_unref (o);
}

/* ------------------------------------------------------------------ */
/* Weighted sum                                                        */
/* ------------------------------------------------------------------ */

/* Two options, three criteria on 0–10; weights 5, 3, 2 (normalised 0.5,
 * 0.3, 0.2). By hand:
 *   A = (8, 2, 6): 0.5·0.8 + 0.3·0.2 + 0.2·0.6 = 0.58 → 58
 *   B = (4, 9, 5): 0.5·0.4 + 0.3·0.9 + 0.2·0.5 = 0.57 → 57
 * A beats B by 1 point: +20 on c1, −21 on c2, +2 on c3.
 * Moving w1 to t (others rescaled in proportion, c2:c3 = 3:2):
 *   A(t) = 0.8t + (1−t)(0.6·0.2 + 0.4·0.6) = 0.8t + 0.36(1−t)
 *   B(t) = 0.4t + (1−t)(0.6·0.9 + 0.4·0.5) = 0.4t + 0.74(1−t)
 *   level where 0.4t = 0.38(1−t): t = 0.38/0.78 = 19/39.
 * Moving w2: A(t) = 0.2t + (1−t)(5/7·0.8 + 2/7·0.6) = 0.2t + (1−t)·5.2/7
 *            B(t) = 0.9t + (1−t)(5/7·0.4 + 2/7·0.5) = 0.9t + (1−t)·3/7
 *   level where 0.7t = (1−t)·2.2/7: t = 2.2/7.1 = 22/71. */
static void
test_hand_computed (void)
{
  const char *options[] = { "A", "B" };
  const char *criteria[] = { "c1", "c2", "c3" };
  const double weights[] = { 5, 3, 2 };
  const double scores[] = { 8, 2, 6,
                            4, 9, 5 };
  g_autoptr(AmaAppraisal) a = build (2, 3, options, criteria, weights, scores);
  g_autoptr(AmaAppraisalResult) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *diff = NULL;
  AmaAppraisalStability *st;
  const double *contrib, *w;
  guint n;

  for (guint j = 0; j < 3; j++)
    {
      AmaCriterion *c = g_list_model_get_item (ama_appraisal_get_criteria (a), j);
      ama_criterion_set_scale_max (c, 10);
      g_object_unref (c);
    }
  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_no_error (error);

  w = ama_appraisal_result_get_weights (r, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat_with_epsilon (w[0], 0.5, 1e-15);

  g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ranking_at (r, 0)), ==, "A");
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ranking_at (r, 0)), 58.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ranking_at (r, 1)), 57.0, 1e-12);
  g_assert_cmpuint (ama_appraisal_ranking_get_rank (ranking_at (r, 1)), ==, 2);
  g_assert_false (ama_appraisal_ranking_get_tied (ranking_at (r, 0)));
  contrib = ama_appraisal_ranking_get_contributions (ranking_at (r, 1), &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpfloat_with_epsilon (contrib[1], 27.0, 1e-12);

  diff = ama_appraisal_result_compare (r, "A", "B", &n, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (diff[0], 20.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (diff[1], -21.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (diff[2], 2.0, 1e-12);

  st = g_list_model_get_item (ama_appraisal_result_get_stability (r), 0);
  g_assert_cmpfloat_with_epsilon (ama_appraisal_stability_get_lower (st), 19.0 / 39.0, 1e-14);
  g_assert_cmpstr (ama_appraisal_stability_get_lower_option_id (st), ==, "B");
  g_assert_null (ama_appraisal_stability_get_upper_option_id (st));
  g_assert_cmpfloat (ama_appraisal_stability_get_upper (st), ==, 1.0);
  g_object_unref (st);

  st = g_list_model_get_item (ama_appraisal_result_get_stability (r), 1);
  g_assert_cmpfloat_with_epsilon (ama_appraisal_stability_get_upper (st), 22.0 / 71.0, 1e-14);
  g_assert_cmpstr (ama_appraisal_stability_get_upper_option_id (st), ==, "B");
  g_assert_null (ama_appraisal_stability_get_lower_option_id (st));
  g_object_unref (st);

  /* The critical weight: c1 must fall 0.5 − 19/39 = 0.0128…, c2 must
   * rise 22/71 − 0.3 = 0.0098…: c2 is the most sensitive. */
  st = ama_appraisal_result_get_critical (r);
  g_assert_cmpstr (ama_appraisal_stability_get_criterion_id (st), ==, "c2");
  g_assert_cmpfloat_with_epsilon (ama_appraisal_stability_get_change (st), 22.0 / 71.0 - 0.3, 1e-14);

  g_assert_null (ama_appraisal_result_compare (r, "A", "Z", &n, &error));
  g_assert_error (error, AMA_ERROR, AMA_ERROR_REFERENCE);
}

/* The stability points are exact: re-ranking with the weight moved to
 * just short of and just past each crossover keeps and changes the
 * winner, for a larger random appraisal. */
static void
test_stability_exact (void)
{
  g_autoptr(AmaAppraisal) a = ama_appraisal_new ();
  g_autoptr(AmaAppraisalResult) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  const char *winner;
  guint n_crit = 6, n_opt = 5, checked = 0;

  for (guint j = 0; j < n_crit; j++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", j);
      add_criterion (a, id, g_rand_double_range (rand, 1, 10));
    }
  for (guint i = 0; i < n_opt; i++)
    {
      g_autofree char *id = g_strdup_printf ("o%u", i);
      add_option (a, id);
      for (guint j = 0; j < n_crit; j++)
        {
          g_autofree char *cid = g_strdup_printf ("c%u", j);
          add_score (a, id, cid, g_rand_double_range (rand, 0, 100));
        }
    }
  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_no_error (error);
  winner = ama_appraisal_ranking_get_option_id (ama_appraisal_result_get_winner (r));

  for (guint k = 0; k < n_crit; k++)
    {
      g_autoptr(AmaAppraisalStability) st = g_list_model_get_item (ama_appraisal_result_get_stability (r), k);
      guint n;
      const double *w = ama_appraisal_result_get_weights (r, &n);

      for (int side = 0; side < 2; side++)
        {
          const char *taker = side ? ama_appraisal_stability_get_upper_option_id (st)
                                   : ama_appraisal_stability_get_lower_option_id (st);
          double t = side ? ama_appraisal_stability_get_upper (st) : ama_appraisal_stability_get_lower (st);
          double step = side ? 1e-9 : -1e-9;

          if (taker == NULL)
            continue;
          for (int beyond = 0; beyond < 2; beyond++)
            {
              g_autoptr(AmaAppraisalWeightSet) ws = ama_appraisal_weight_set_new ("moved", NULL);
              g_autoptr(AmaAppraisalResult) moved = NULL;
              double tt = t + (beyond ? step : -step);

              for (guint j = 0; j < n; j++)
                {
                  g_autofree char *cid = g_strdup_printf ("c%u", j);
                  ama_appraisal_weight_set_set_weight (ws, cid, j == k ? tt : w[j] * (1 - tt) / (1 - w[k]));
                }
              moved = ama_appraisal_evaluate (a, ws, &error);
              g_assert_no_error (error);
              g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ama_appraisal_result_get_winner (moved)),
                               ==, beyond ? taker : winner);
              checked++;
            }
        }
    }
  g_assert_cmpuint (checked, >=, 4);
}

/* Wikipedia, "Weighted sum model" (the worked example after Triantaphyllou,
 * Multi-Criteria Decision Making Methods, 2000): weights 0.20, 0.15, 0.40,
 * 0.25; A1 = (25, 20, 15, 30), A2 = (10, 30, 20, 30), A3 = (30, 10, 30,
 * 10); published WSM scores A1 = 21.50, A2 = 22.00, A3 = 22.00. Scores
 * are on a 0–100 scale, so our 0–100 totals are the published figures. */
static void
test_published_wsm (void)
{
  const char *options[] = { "A1", "A2", "A3" };
  const char *criteria[] = { "C1", "C2", "C3", "C4" };
  const double weights[] = { 0.20, 0.15, 0.40, 0.25 };
  const double scores[] = { 25, 20, 15, 30,
                            10, 30, 20, 30,
                            30, 10, 30, 10 };
  g_autoptr(AmaAppraisal) a = build (3, 4, options, criteria, weights, scores);
  g_autoptr(AmaAppraisalResult) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ranking_at (r, 0)), ==, "A2");
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ranking_at (r, 0)), 22.00, 1e-9);
  g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ranking_at (r, 1)), ==, "A3");
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ranking_at (r, 1)), 22.00, 1e-9);
  g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ranking_at (r, 2)), ==, "A1");
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ranking_at (r, 2)), 21.50, 1e-9);

  /* A2 and A3 tie: they share rank 1, and A1 is third, not second. */
  g_assert_cmpuint (ama_appraisal_ranking_get_rank (ranking_at (r, 0)), ==, 1);
  g_assert_cmpuint (ama_appraisal_ranking_get_rank (ranking_at (r, 1)), ==, 1);
  g_assert_true (ama_appraisal_ranking_get_tied (ranking_at (r, 1)));
  g_assert_cmpuint (ama_appraisal_ranking_get_rank (ranking_at (r, 2)), ==, 3);

  text = ama_appraisal_result_explain (r);
  g_assert_nonnull (strstr (text, "A2 ranks first with 22.0 out of 100, level with A3"));
  g_assert_nonnull (strstr (text, "More weight on C2 would favour A2; more on C1 would favour A3."));
}

/* Cost criteria turn round; scales other than 0–100 are honoured. */
static void
test_direction_and_scale (void)
{
  g_autoptr(AmaAppraisal) a = ama_appraisal_new ();
  g_autoptr(AmaAppraisalResult) r = NULL;
  g_autoptr(GError) error = NULL;
  AmaCriterion *cost = add_criterion (a, "cost", 1);
  AmaCriterion *quality = add_criterion (a, "quality", 1);
  const double *prefs;
  guint n;

  ama_criterion_set_direction (cost, AMA_CRITERION_DIRECTION_COST);
  ama_criterion_set_scale_min (cost, 100);
  ama_criterion_set_scale_max (cost, 200);
  ama_criterion_set_scale_max (quality, 5);
  add_option (a, "cheap");
  add_option (a, "good");
  add_score (a, "cheap", "cost", 120);   /* preference 0.8 */
  add_score (a, "cheap", "quality", 1);  /* 0.2 */
  add_score (a, "good", "cost", 190);    /* 0.1 */
  add_score (a, "good", "quality", 5);   /* 1.0 */

  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ranking_at (r, 0)), ==, "good");
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ranking_at (r, 0)), 55.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ranking_at (r, 1)), 50.0, 1e-12);
  prefs = ama_appraisal_ranking_get_preferences (ranking_at (r, 1), &n);
  g_assert_cmpfloat_with_epsilon (prefs[0], 80.0, 1e-12);
}

static void
test_gates (void)
{
  const char *options[] = { "best", "safe" };
  const char *criteria[] = { "value", "legal" };
  const double weights[] = { 1, 0 };
  const double scores[] = { 90, 0,
                            40, 1 };
  g_autoptr(AmaAppraisal) a = build (2, 2, options, criteria, weights, scores);
  g_autoptr(AmaAppraisalResult) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AmaCriterion *legal = g_list_model_get_item (ama_appraisal_get_criteria (a), 1);

  ama_criterion_set_name (legal, "Statutory duties met");
  ama_criterion_set_must_pass (legal, TRUE);
  ama_criterion_set_pass_mark (legal, 1);
  ama_criterion_set_scale_max (legal, 1);
  g_object_unref (legal);

  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_no_error (error);
  /* The gate is not a weighted criterion: one column only. */
  g_assert_cmpuint (g_strv_length ((char **)ama_appraisal_result_get_criterion_ids (r)), ==, 1);
  g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ama_appraisal_result_get_winner (r)), ==, "safe");
  g_assert_cmpuint (ama_appraisal_ranking_get_rank (ranking_at (r, 1)), ==, 0);
  g_assert_cmpstr (ama_appraisal_ranking_get_failed_gate (ranking_at (r, 1)), ==, "legal");
  text = ama_appraisal_result_explain (r);
  g_assert_nonnull (strstr (text, "best is not ranked: it fails the must-pass test “Statutory duties met”."));
}

static void
test_missing_scores (void)
{
  const char *options[] = { "a", "b" };
  const char *criteria[] = { "x", "y" };
  const double weights[] = { 1, 1 };
  const double scores[] = { 60, 60,
                            50, 0 };
  g_autoptr(AmaAppraisal) a = build (2, 2, options, criteria, weights, scores);
  g_autoptr(AmaAppraisalResult) r = NULL;
  g_autoptr(GError) error = NULL;

  /* Remove b's score on y: a blank, not a zero. */
  {
    g_autoptr(AmaScore) blank = g_list_model_get_item (ama_appraisal_get_scores (a), 3);
    ama_appraisal_remove_score (a, blank);
  }

  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_null (r);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_MISSING);
  g_assert_cmpstr (error->message, ==,
                   "$.appraisal.scores: option “b” has no score on criterion “y” (the missing-scores policy is “error”)");
  g_clear_error (&error);

  ama_appraisal_set_missing_scores (a, AMA_MISSING_SCORES_WORST);
  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ama_appraisal_result_lookup (r, "b")), 25.0, 1e-12);
  g_clear_object (&r);

  ama_appraisal_set_missing_scores (a, AMA_MISSING_SCORES_MIDPOINT);
  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (ama_appraisal_ranking_get_value (ama_appraisal_result_lookup (r, "b")), 50.0, 1e-12);
}

typedef struct
{
  const char *what;
  int code;
  const char *message;
} BadCase;

static void
test_errors (void)
{
  const BadCase cases[] = {
    { "unknown-option", AMA_ERROR_REFERENCE, "$.appraisal.scores[4].option-id: no option “zz”" },
    { "unknown-criterion", AMA_ERROR_REFERENCE, "$.appraisal.scores[4].criterion-id: no criterion “zz”" },
    { "duplicate-score", AMA_ERROR_DUPLICATE, "$.appraisal.scores[4]: option “a” is already scored on criterion “x” (scores[0])" },
    { "off-scale", AMA_ERROR_INVALID, "$.appraisal.scores[0].value: 101 is outside the scale [0, 100] of criterion “x”" },
    { "bad-interval", AMA_ERROR_INVALID, "$.appraisal.scores[0]: the interval [70, 80] must contain the value 60 and lie on the scale [0, 100]" },
    { "negative-weight", AMA_ERROR_INVALID, "$.appraisal.criteria[1].weight: -1 is not a weight (must be zero or more)" },
    { "zero-weights", AMA_ERROR_INVALID, "$.appraisal.criteria: the weights of the weighted criteria sum to zero" },
    { "duplicate-option", AMA_ERROR_DUPLICATE, "$.appraisal.options[2].id: duplicate option id “a”" },
    { "bad-scale", AMA_ERROR_INVALID, "$.appraisal.criteria[0]: scale-min 100 must be below scale-max 100" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      const char *options[] = { "a", "b" };
      const char *criteria[] = { "x", "y" };
      const double weights[] = { 1, 1 };
      const double scores[] = { 60, 60, 50, 40 };
      g_autoptr(AmaAppraisal) a = build (2, 2, options, criteria, weights, scores);
      g_autoptr(AmaAppraisalResult) r = NULL;
      g_autoptr(GError) error = NULL;
      AmaCriterion *x = g_list_model_get_item (ama_appraisal_get_criteria (a), 0);
      AmaCriterion *y = g_list_model_get_item (ama_appraisal_get_criteria (a), 1);
      AmaScore *first = g_list_model_get_item (ama_appraisal_get_scores (a), 0);
      const char *what = cases[k].what;

      if (g_str_equal (what, "unknown-option"))
        add_score (a, "zz", "x", 1);
      else if (g_str_equal (what, "unknown-criterion"))
        add_score (a, "a", "zz", 1);
      else if (g_str_equal (what, "duplicate-score"))
        add_score (a, "a", "x", 1);
      else if (g_str_equal (what, "off-scale"))
        ama_score_set_value (first, 101);
      else if (g_str_equal (what, "bad-interval"))
        ama_score_set_interval (first, 70, 80);
      else if (g_str_equal (what, "negative-weight"))
        ama_criterion_set_weight (y, -1);
      else if (g_str_equal (what, "zero-weights"))
        ama_criterion_set_weight (x, 0), ama_criterion_set_weight (y, 0);
      else if (g_str_equal (what, "duplicate-option"))
        add_option (a, "a");
      else if (g_str_equal (what, "bad-scale"))
        ama_criterion_set_scale_min (x, 100);
      g_object_unref (x);
      g_object_unref (y);
      g_object_unref (first);

      g_test_message ("%s", what);
      r = ama_appraisal_evaluate (a, NULL, &error);
      g_assert_null (r);
      g_assert_error (error, AMA_ERROR, cases[k].code);
      g_assert_cmpstr (error->message, ==, cases[k].message);
    }
}

static void
test_explain (void)
{
  const char *options[] = { "pp", "trust", "bau" };
  const char *criteria[] = { "quality", "cost", "staff" };
  const double weights[] = { 50, 30, 20 };
  const double scores[] = { 80, 70, 60,
                            70, 30, 80,
                            40, 90, 40 };
  g_autoptr(AmaAppraisal) a = build (3, 3, options, criteria, weights, scores);
  g_autoptr(AmaAppraisalResult) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AmaOption *pp = g_list_model_get_item (ama_appraisal_get_options (a), 0);
  AmaCriterion *q = g_list_model_get_item (ama_appraisal_get_criteria (a), 0);

  ama_option_set_name (pp, "Practice partner");
  ama_criterion_set_name (q, "Quality of practice");
  g_object_unref (pp);
  g_object_unref (q);

  /* pp = 40 + 21 + 12 = 73; trust = 35 + 9 + 16 = 60; bau = 20 + 27 + 8 = 55. */
  r = ama_appraisal_evaluate (a, NULL, &error);
  g_assert_no_error (error);
  text = ama_appraisal_result_explain (r);
  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "Practice partner ranks first with 73.0 out of 100, 13.0 points ahead of trust (60.0). "
                                         "Its lead comes mainly from cost (+12.0), Quality of practice (+5.0). "
                                         "trust does better on staff (-4.0). "
                                         "The result is most sensitive to the weight on "));
}

/* Stakeholders who weight differently can prefer different options. */
static void
test_weight_sets (void)
{
  const char *options[] = { "A", "B" };
  const char *criteria[] = { "money", "people" };
  const double weights[] = { 1, 1 };
  const double scores[] = { 90, 20,
                            30, 70 };
  g_autoptr(AmaAppraisal) a = build (2, 2, options, criteria, weights, scores);
  g_autoptr(AmaAppraisalWeightSet) finance = ama_appraisal_weight_set_new ("finance", "Finance-led");
  g_autoptr(AmaAppraisalWeightSet) staff = ama_appraisal_weight_set_new ("staff", "Workforce-led");
  g_autoptr(AmaAppraisalWeightSet) partial = ama_appraisal_weight_set_new ("partial", NULL);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;
  AmaAppraisalResult *r;

  ama_appraisal_weight_set_set_weight (finance, "money", 3);
  ama_appraisal_weight_set_set_weight (finance, "people", 1);
  ama_appraisal_weight_set_set_weight (staff, "money", 1);
  ama_appraisal_weight_set_set_weight (staff, "people", 3);
  ama_appraisal_add_weight_set (a, finance);
  ama_appraisal_add_weight_set (a, staff);

  results = ama_appraisal_evaluate_weight_sets (a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 3);
  r = g_list_model_get_item (results, 0);
  g_assert_null (ama_appraisal_result_get_weight_set_id (r));
  g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ama_appraisal_result_get_winner (r)), ==, "A");
  g_object_unref (r);
  r = g_list_model_get_item (results, 2);
  g_assert_cmpstr (ama_appraisal_result_get_weight_set_id (r), ==, "staff");
  g_assert_cmpstr (ama_appraisal_ranking_get_option_id (ama_appraisal_result_get_winner (r)), ==, "B");
  g_object_unref (r);

  ama_appraisal_weight_set_set_weight (partial, "money", 1);
  ama_appraisal_add_weight_set (a, partial);
  g_clear_object (&results);
  results = ama_appraisal_evaluate_weight_sets (a, &error);
  g_assert_null (results);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_MISSING);
  g_assert_cmpstr (error->message, ==, "$.appraisal.weight-sets[2]: weight set “partial”: no weight for criterion “people”");
}

static gboolean
has_code (GListModel *diags,
          const char *code,
          const char *path)
{
  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      if (g_str_equal (ama_diagnostic_get_code (d), code) &&
          (path == NULL || g_strcmp0 (ama_diagnostic_get_path (d), path) == 0))
        return TRUE;
    }
  return FALSE;
}

static void
test_process (void)
{
  g_autoptr(AmaAppraisal) a = ama_appraisal_new ();
  g_autoptr(GListModel) diags = NULL;
  AmaOption *o;
  AmaCriterion *c;
  AmaScore *s;
  const char *csf[] = { "Sustainable improvement", NULL };

  c = add_criterion (a, "quality", 1);
  add_option (a, "pp");
  o = add_option (a, "cic");
  ama_option_set_status (o, AMA_OPTION_STATUS_REJECTED);
  s = add_score (a, "pp", "quality", 50);
  ama_appraisal_set_preferred_option (a, "trust");

  diags = ama_appraisal_check_process (a);
  g_assert_true (has_code (diags, "appraisal-rejection-reason", "$.appraisal.options[1].rejection-reason"));
  g_assert_true (has_code (diags, "appraisal-no-business-as-usual", NULL));
  g_assert_true (has_code (diags, "appraisal-no-do-minimum", NULL));
  g_assert_true (has_code (diags, "appraisal-no-critical-success-factors", NULL));
  g_assert_true (has_code (diags, "appraisal-preferred-option", "$.appraisal.preferred-option"));
  g_assert_true (has_code (diags, "appraisal-weight-provenance", "$.appraisal.criteria[0].weight-source"));
  g_assert_true (has_code (diags, "appraisal-score-provenance", "$.appraisal.scores[0].source"));
  g_clear_object (&diags);

  /* Put everything right: nothing to report. */
  ama_option_set_rejection_reason (o, "Fails the VAT critical success factor");
  o = add_option (a, "bau");
  ama_option_set_role (o, AMA_OPTION_ROLE_BUSINESS_AS_USUAL);
  o = add_option (a, "min");
  ama_option_set_role (o, AMA_OPTION_ROLE_DO_MINIMUM);
  ama_appraisal_set_critical_success_factors (a, csf);
  ama_appraisal_set_preferred_option (a, "pp");
  ama_criterion_set_weight_source (c, "workshop 17 February 2017");
  ama_score_set_source (s, "illustrative");
  diags = ama_appraisal_check_process (a);
  g_assert_cmpuint (g_list_model_get_n_items (diags), ==, 0);
}

/* ------------------------------------------------------------------ */
/* SMAA-2                                                              */
/* ------------------------------------------------------------------ */

/* A = (100, 0), B = (30, 30) on two criteria: with w1 uniform on [0, 1],
 * A is first exactly when w1 > 0.3, so b¹(A) = 0.7; its central weights
 * are E[w | w1 > 0.3] = (0.65, 0.35) and B's are (0.15, 0.85). */
static AmaAppraisal *
two_by_two (void)
{
  const char *options[] = { "A", "B" };
  const char *criteria[] = { "c1", "c2" };
  const double weights[] = { 1, 1 };
  const double scores[] = { 100, 0,
                            30, 30 };
  return build (2, 2, options, criteria, weights, scores);
}

static AmaAppraisalSmaaResult *
run_smaa (AmaAppraisal *a,
          guint64       n,
          guint64       seed,
          guint         threads)
{
  g_autoptr(AmaAppraisalSmaa) smaa = ama_appraisal_smaa_new (a);
  g_autoptr(GError) error = NULL;
  AmaAppraisalSmaaResult *r;

  ama_appraisal_smaa_set_n_samples (smaa, n);
  ama_appraisal_smaa_set_seed (smaa, seed);
  ama_appraisal_smaa_set_n_threads (smaa, threads);
  r = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_no_error (error);
  return r;
}

static void
assert_within (double value,
               double expected,
               double se)
{
  /* Four standard errors: with a fixed seed this either always passes
   * or always fails, and a correct sampler passes. */
  g_assert_cmpfloat (fabs (value - expected), <=, 4.0 * se + 1e-12);
}

static void
test_smaa_analytic (void)
{
  g_autoptr(AmaAppraisal) a = two_by_two ();
  g_autoptr(AmaAppraisalSmaaResult) r = run_smaa (a, 200000, 1, 0);
  const double *b, *cw;
  guint n;

  b = ama_appraisal_smaa_result_get_acceptability (r, "A", &n);
  g_assert_cmpuint (n, ==, 2);
  assert_within (b[0], 0.7, sqrt (0.21 / 200000));
  g_assert_cmpfloat_with_epsilon (b[0] + b[1], 1.0, 1e-15);
  g_assert_cmpfloat_with_epsilon (ama_appraisal_smaa_result_get_standard_error (r, "A", 1), sqrt (b[0] * b[1] / 200000), 1e-12);

  /* E[w1 | w1 > 0.3]: w1 uniform on (0.3, 1), sd 0.202, n ≈ 140000. */
  cw = ama_appraisal_smaa_result_get_central_weights (r, "A", &n);
  g_assert_cmpuint (n, ==, 2);
  assert_within (cw[0], 0.65, 0.202 / sqrt (140000));
  g_assert_cmpfloat_with_epsilon (cw[0] + cw[1], 1.0, 1e-12);
  cw = ama_appraisal_smaa_result_get_central_weights (r, "B", &n);
  assert_within (cw[0], 0.15, 0.0866 / sqrt (60000));

  /* Point scores: each option's central weights make it first. */
  g_assert_cmpfloat (ama_appraisal_smaa_result_get_confidence (r, "A"), ==, 1.0);
  g_assert_cmpfloat (ama_appraisal_smaa_result_get_confidence (r, "B"), ==, 1.0);
  g_assert_null (ama_appraisal_smaa_result_get_acceptability (r, "Z", &n));
  g_assert_cmpuint (n, ==, 0);
}

/* n options each best on its own criterion: option i is first exactly
 * when w_i is the largest weight, probability 1/n by symmetry. */
static void
test_smaa_symmetric (void)
{
  const char *options[] = { "o1", "o2", "o3", "o4" };
  const char *criteria[] = { "c1", "c2", "c3", "c4" };
  const double weights[] = { 1, 1, 1, 1 };
  const double scores[] = { 100, 0, 0, 0,
                            0, 100, 0, 0,
                            0, 0, 100, 0,
                            0, 0, 0, 100 };
  g_autoptr(AmaAppraisal) a = build (4, 4, options, criteria, weights, scores);
  g_autoptr(AmaAppraisalSmaaResult) r = run_smaa (a, 100000, 3, 2);

  for (guint i = 0; i < 4; i++)
    {
      guint n;
      const double *b = ama_appraisal_smaa_result_get_acceptability (r, options[i], &n);
      for (guint k = 0; k < 4; k++)
        assert_within (b[k], 0.25, sqrt (0.25 * 0.75 / 100000));
    }
}

/* The error of an acceptability index against its exact value shrinks as
 * 1/√N: within four standard errors at every N, and the standard error
 * itself falls by half when N grows fourfold. */
static void
test_smaa_convergence (void)
{
  g_autoptr(AmaAppraisal) a = two_by_two ();
  double previous_se = 1.0;

  for (guint64 n = 10000; n <= 640000; n *= 4)
    {
      g_autoptr(AmaAppraisalSmaaResult) r = run_smaa (a, n, 11, 0);
      guint k;
      double b = ama_appraisal_smaa_result_get_acceptability (r, "A", &k)[0];
      double se = ama_appraisal_smaa_result_get_standard_error (r, "A", 1);

      assert_within (b, 0.7, sqrt (0.21 / n));
      g_assert_cmpfloat (se, <, previous_se * 0.51);
      previous_se = se;
    }
}

static void
assert_same_result (AmaAppraisalSmaaResult *x,
                    AmaAppraisalSmaaResult *y)
{
  const char * const *ids = ama_appraisal_smaa_result_get_option_ids (x);

  for (guint i = 0; ids[i]; i++)
    {
      guint n, n2;
      const double *cx = ama_appraisal_smaa_result_get_central_weights (x, ids[i], &n);
      const double *cy = ama_appraisal_smaa_result_get_central_weights (y, ids[i], &n2);

      g_assert_cmpuint (n, ==, n2);
      for (guint r = 1; ids[r - 1]; r++)
        g_assert_cmpuint (ama_appraisal_smaa_result_get_rank_count (x, ids[i], r), ==,
                          ama_appraisal_smaa_result_get_rank_count (y, ids[i], r));
      g_assert_cmpmem (cx, n * sizeof (double), cy, n2 * sizeof (double));
      g_assert_cmpfloat (ama_appraisal_smaa_result_get_confidence (x, ids[i]), ==,
                         ama_appraisal_smaa_result_get_confidence (y, ids[i]));
    }
}

static AmaAppraisal *
random_appraisal (guint32 seed,
                  guint   n_opt,
                  guint   n_crit,
                  gboolean intervals)
{
  AmaAppraisal *a = ama_appraisal_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint j = 0; j < n_crit; j++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", j);
      add_criterion (a, id, 1);
    }
  for (guint i = 0; i < n_opt; i++)
    {
      g_autofree char *id = g_strdup_printf ("o%u", i);
      add_option (a, id);
      for (guint j = 0; j < n_crit; j++)
        {
          g_autofree char *cid = g_strdup_printf ("c%u", j);
          double v = g_rand_double_range (rand, 10, 90);
          AmaScore *s = add_score (a, id, cid, v);
          if (intervals && (i + j) % 3 == 0)
            ama_score_set_interval (s, v - 10, v + 10);
        }
    }
  return a;
}

/* Same seed, same numbers — bit for bit — whatever the thread count. */
static void
test_smaa_threads (void)
{
  for (int intervals = 0; intervals < 2; intervals++)
    {
      g_autoptr(AmaAppraisal) a = random_appraisal (5, 6, 5, intervals);
      g_autoptr(AmaAppraisalSmaaResult) one = run_smaa (a, 50001, 99, 1);
      g_autoptr(AmaAppraisalSmaaResult) two = run_smaa (a, 50001, 99, 2);
      g_autoptr(AmaAppraisalSmaaResult) three = run_smaa (a, 50001, 99, 3);
      g_autoptr(AmaAppraisalSmaaResult) other = run_smaa (a, 50001, 100, 2);

      assert_same_result (one, two);
      assert_same_result (one, three);
      g_assert_cmpuint (ama_appraisal_smaa_result_get_seed (two), ==, 99);
      g_assert_cmpuint (ama_appraisal_smaa_result_get_n_samples (two), ==, 50001);
      /* A different seed draws different samples. */
      g_assert_cmpuint (ama_appraisal_smaa_result_get_rank_count (one, "o0", 1), !=,
                        ama_appraisal_smaa_result_get_rank_count (other, "o0", 1));
    }
}

static void
cancel_on_progress (AmaAppraisalSmaa *smaa,
                    double            fraction,
                    GCancellable     *cancellable)
{
  if (fraction >= 0.1)
    g_cancellable_cancel (cancellable);
}

static void
count_progress (AmaAppraisalSmaa *smaa,
                double            fraction,
                double           *last)
{
  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
test_smaa_cancel (void)
{
  g_autoptr(AmaAppraisal) a = two_by_two ();
  g_autoptr(AmaAppraisalSmaa) smaa = ama_appraisal_smaa_new (a);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(AmaAppraisalSmaaResult) r = NULL;
  g_autoptr(GError) error = NULL;
  double last = 0.0;
  gulong id;

  ama_appraisal_smaa_set_n_samples (smaa, 4000000);
  ama_appraisal_smaa_set_n_threads (smaa, 2);

  /* Cancelled from the progress signal, part-way through. */
  id = g_signal_connect (smaa, "progress", G_CALLBACK (cancel_on_progress), cancellable);
  r = ama_appraisal_smaa_run (smaa, cancellable, &error);
  g_assert_null (r);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_signal_handler_disconnect (smaa, id);

  /* Already cancelled: nothing runs. */
  r = ama_appraisal_smaa_run (smaa, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Progress rises to 1. */
  ama_appraisal_smaa_set_n_samples (smaa, 100000);
  g_signal_connect (smaa, "progress", G_CALLBACK (count_progress), &last);
  r = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
}

typedef struct
{
  GMainLoop *loop;
  AmaAppraisalSmaaResult *result;
  GError *error;
  guint n_progress;
  GThread *main_thread;
} AsyncState;

static void
on_async_progress (AmaAppraisalSmaa *smaa,
                   double            fraction,
                   AsyncState       *state)
{
  /* Delivered in the caller's main context, not a worker thread. */
  g_assert_true (g_thread_self () == state->main_thread);
  state->n_progress++;
}

static void
on_async_done (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  AsyncState *state = user_data;

  state->result = ama_appraisal_smaa_run_finish (AMA_APPRAISAL_SMAA (source), res, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_smaa_async (void)
{
  g_autoptr(AmaAppraisal) a = random_appraisal (9, 5, 4, TRUE);
  g_autoptr(AmaAppraisalSmaa) smaa = ama_appraisal_smaa_new (a);
  g_autoptr(AmaAppraisalSmaaResult) sync = run_smaa (a, 300000, 4, 1);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncState state = { loop, NULL, NULL, 0, g_thread_self () };

  ama_appraisal_smaa_set_n_samples (smaa, 300000);
  ama_appraisal_smaa_set_seed (smaa, 4);
  g_signal_connect (smaa, "progress", G_CALLBACK (on_async_progress), &state);
  ama_appraisal_smaa_run_async (smaa, NULL, on_async_done, &state);
  g_main_loop_run (loop);

  g_assert_no_error (state.error);
  g_assert_nonnull (state.result);
  g_assert_cmpuint (state.n_progress, >, 0);
  assert_same_result (sync, state.result);
  g_object_unref (state.result);
}

/* A rank order w1 ≥ w2 puts w1 at or above 1/2, so A (first when
 * w1 > 0.3) is always first. Bounds 0.2 ≤ w1 ≤ 0.4 leave w1 uniform on
 * [0.2, 0.4]: A is first half the time. */
static void
test_smaa_constraints (void)
{
  g_autoptr(AmaAppraisal) a = two_by_two ();
  g_autoptr(AmaAppraisalSmaa) smaa = ama_appraisal_smaa_new (a);
  g_autoptr(AmaAppraisalSmaaResult) r = NULL;
  g_autoptr(GError) error = NULL;
  const char *order[] = { "c1", "c2", NULL };
  const char *bad_order[] = { "c1", "nope", NULL };
  const double *b, *cw;
  guint n;

  ama_appraisal_smaa_set_n_samples (smaa, 100000);
  ama_appraisal_smaa_set_rank_order (smaa, order);
  r = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_no_error (error);
  b = ama_appraisal_smaa_result_get_acceptability (r, "A", &n);
  g_assert_cmpfloat (b[0], ==, 1.0);
  cw = ama_appraisal_smaa_result_get_central_weights (r, "A", &n);
  assert_within (cw[0], 0.75, 0.1443 / sqrt (100000));
  g_clear_object (&r);

  ama_appraisal_smaa_set_rank_order (smaa, NULL);
  ama_appraisal_smaa_set_weight_bounds (smaa, "c1", 0.2, 0.4);
  r = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_no_error (error);
  b = ama_appraisal_smaa_result_get_acceptability (r, "A", &n);
  assert_within (b[0], 0.5, sqrt (0.25 / 100000));
  cw = ama_appraisal_smaa_result_get_central_weights (r, "A", &n);
  g_assert_cmpfloat (cw[0], >=, 0.3);
  g_assert_cmpfloat (cw[0], <=, 0.4);
  g_clear_object (&r);

  ama_appraisal_smaa_set_weight_bounds (smaa, "c2", 0.9, 1.0);
  r = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "weight bounds: no weights summing to one fit them (the lower bounds sum to 1.1, the upper to 1.4)");
  g_clear_error (&error);

  /* Feasible, but only on a set of measure zero: rejection gives up. */
  ama_appraisal_smaa_set_weight_bounds (smaa, "c1", 0.25, 0.25);
  ama_appraisal_smaa_set_weight_bounds (smaa, "c2", 0.75, 0.75);
  r = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "the weight constraints leave almost none of the weight simplex"));
  g_clear_error (&error);

  ama_appraisal_smaa_clear_weight_bounds (smaa);
  ama_appraisal_smaa_set_rank_order (smaa, bad_order);
  r = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_REFERENCE);
  g_assert_cmpstr (error->message, ==, "rank-order[1]: no weighted criterion “nope”");
}

/* One criterion, so weights do not matter: A's score is uniform on
 * [0, 100], B scores 50. A is first half the time, and with its central
 * weights still only half the time: confidence 0.5. */
static void
test_smaa_intervals (void)
{
  g_autoptr(AmaAppraisal) a = ama_appraisal_new ();
  g_autoptr(AmaAppraisalSmaaResult) r = NULL;
  AmaScore *s;
  const double *b;
  guint n;

  add_criterion (a, "only", 1);
  add_option (a, "A");
  add_option (a, "B");
  s = add_score (a, "A", "only", 50);
  ama_score_set_interval (s, 0, 100);
  add_score (a, "B", "only", 50);

  r = run_smaa (a, 100000, 5, 2);
  b = ama_appraisal_smaa_result_get_acceptability (r, "A", &n);
  assert_within (b[0], 0.5, sqrt (0.25 / 100000));
  assert_within (ama_appraisal_smaa_result_get_confidence (r, "A"), 0.5, sqrt (0.25 / 100000));
  g_clear_object (&r);

  /* A missing score under the full-range policy is the same interval. */
  ama_appraisal_remove_score (a, s);
  ama_appraisal_set_missing_scores (a, AMA_MISSING_SCORES_FULL_RANGE);
  r = run_smaa (a, 100000, 5, 2);
  b = ama_appraisal_smaa_result_get_acceptability (r, "A", &n);
  assert_within (b[0], 0.5, sqrt (0.25 / 100000));
}

/* The batched SIMD kernel (point scores, free weights) against the plain
 * per-sample path, which a bound that excludes nothing ([0, 1]) selects:
 * different streams, the same distribution, so the estimates agree to
 * within their Monte Carlo error. */
static void
test_smaa_kernels_agree (void)
{
  g_autoptr(AmaAppraisal) a = random_appraisal (33, 8, 10, FALSE);
  g_autoptr(AmaAppraisalSmaa) smaa = ama_appraisal_smaa_new (a);
  g_autoptr(AmaAppraisalSmaaResult) fast = NULL, plain = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *ids;
  guint64 n = 200000;

  ama_appraisal_smaa_set_n_samples (smaa, n);
  fast = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_no_error (error);
  ama_appraisal_smaa_set_weight_bounds (smaa, "c0", 0.0, 1.0);
  plain = ama_appraisal_smaa_run (smaa, NULL, &error);
  g_assert_no_error (error);

  ids = ama_appraisal_smaa_result_get_option_ids (fast);
  for (guint i = 0; ids[i]; i++)
    {
      guint k;
      const double *bf = ama_appraisal_smaa_result_get_acceptability (fast, ids[i], &k);
      const double *bp = ama_appraisal_smaa_result_get_acceptability (plain, ids[i], &k);
      const double *cf = ama_appraisal_smaa_result_get_central_weights (fast, ids[i], &k);
      const double *cp = ama_appraisal_smaa_result_get_central_weights (plain, ids[i], &k);

      for (guint r = 0; r < 8; r++)
        {
          double b = (bf[r] + bp[r]) / 2;
          /* The difference of two independent estimates: √2 standard errors. */
          assert_within (bf[r], bp[r], 1.5 * sqrt (b * (1 - b) / n) + 1e-9);
        }
      if (bf[0] > 0.05)
        for (guint j = 0; j < k; j++)
          g_assert_cmpfloat (fabs (cf[j] - cp[j]), <, 0.01);
    }
}

/* A small run of the benchmark's shape (8 options, 10 criteria). */
static void
test_smaa_smoke (void)
{
  g_autoptr(AmaAppraisal) a = random_appraisal (21, 8, 10, FALSE);
  g_autoptr(AmaAppraisalSmaaResult) r = run_smaa (a, 20000, 0, 0);
  const char * const *ids = ama_appraisal_smaa_result_get_option_ids (r);

  for (guint rank = 1; rank <= 8; rank++)
    {
      double total = 0.0;
      for (guint i = 0; ids[i]; i++)
        {
          guint n;
          total += ama_appraisal_smaa_result_get_acceptability (r, ids[i], &n)[rank - 1];
        }
      g_assert_cmpfloat_with_epsilon (total, 1.0, 1e-12);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/appraisal/model/contract", test_model_contract);
  g_test_add_func ("/appraisal/model/score-interval", test_score_interval);
  g_test_add_func ("/appraisal/model/weight-set", test_weight_set_lookup);
  g_test_add_func ("/appraisal/model/json-round-trip", test_json_round_trip);
  g_test_add_func ("/appraisal/weighted-sum/hand-computed", test_hand_computed);
  g_test_add_func ("/appraisal/weighted-sum/published-wsm", test_published_wsm);
  g_test_add_func ("/appraisal/weighted-sum/direction-and-scale", test_direction_and_scale);
  g_test_add_func ("/appraisal/weighted-sum/gates", test_gates);
  g_test_add_func ("/appraisal/weighted-sum/missing-scores", test_missing_scores);
  g_test_add_func ("/appraisal/weighted-sum/errors", test_errors);
  g_test_add_func ("/appraisal/weighted-sum/weight-sets", test_weight_sets);
  g_test_add_func ("/appraisal/stability/exact", test_stability_exact);
  g_test_add_func ("/appraisal/explain", test_explain);
  g_test_add_func ("/appraisal/process", test_process);
  g_test_add_func ("/appraisal/smaa/analytic", test_smaa_analytic);
  g_test_add_func ("/appraisal/smaa/symmetric", test_smaa_symmetric);
  g_test_add_func ("/appraisal/smaa/convergence", test_smaa_convergence);
  g_test_add_func ("/appraisal/smaa/threads", test_smaa_threads);
  g_test_add_func ("/appraisal/smaa/cancel", test_smaa_cancel);
  g_test_add_func ("/appraisal/smaa/async", test_smaa_async);
  g_test_add_func ("/appraisal/smaa/constraints", test_smaa_constraints);
  g_test_add_func ("/appraisal/smaa/intervals", test_smaa_intervals);
  g_test_add_func ("/appraisal/smaa/kernels-agree", test_smaa_kernels_agree);
  g_test_add_func ("/appraisal/smaa/smoke", test_smaa_smoke);

  return g_test_run ();
}
