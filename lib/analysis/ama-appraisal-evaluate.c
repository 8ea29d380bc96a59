/* ama-appraisal-evaluate.c: the appraisal's evaluation and process checks
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * AmaAppraisal (lib/model/) only holds the data; ranking it needs the
 * matrix and the result of this layer, so its evaluating methods live
 * here, on the analysis side of the layer boundary.
 */

#include "config.h"

#include "ama-appraisal.h"
#include "ama-appraisal-result.h"
#include "ama-appraisal-weight-set.h"
#include "ama-criterion.h"
#include "ama-diagnostic.h"
#include "ama-option.h"
#include "ama-score.h"
#include "ama-appraisal-matrix-private.h"
#include "ama-appraisal-result-private.h"
#include "ama-appraisal-enums.h"
#include "ama-enums.h"

/**
 * ama_appraisal_evaluate:
 * @self: a #AmaAppraisal
 * @weight_set: (nullable): a set of weights to use instead of the
 *   criteria's own [property@Ama.Criterion:weight]s
 * @error: return location for a #GError
 *
 * Ranks the short-listed options by weighted sum (SMART): each score is
 * placed on 0–1 by its criterion's scale and direction, the weights of
 * the weighted criteria are normalised to sum to one, and an option's
 * total (reported on 0–100) is the sum of weight × preference value.
 * Options that fail a must-pass criterion are not ranked.
 *
 * The appraisal is checked first; the error names the member at fault
 * as a JSON path (`$.appraisal.scores[4].value: 7 is outside the scale
 * [0, 5] of criterion “vat”`): %AMA_ERROR_MISSING for a missing score
 * under the %AMA_MISSING_SCORES_ERROR policy or a weight set without a
 * weight for some criterion, %AMA_ERROR_REFERENCE for a score naming an
 * unknown option or criterion, %AMA_ERROR_DUPLICATE for a repeated id or
 * a second score for the same pair, %AMA_ERROR_INVALID for a score off
 * its scale, a bad interval, a negative weight or weights summing to zero.
 *
 * Returns: (transfer full): the result
 *
 * Since: 1.0
 */
AmaAppraisalResult *
ama_appraisal_evaluate (AmaAppraisal           *self,
                        AmaAppraisalWeightSet  *weight_set,
                        GError                **error)
{
  AmaAppraisalMatrix *m;

  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);
  g_return_val_if_fail (weight_set == NULL || AMA_IS_APPRAISAL_WEIGHT_SET (weight_set), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((m = _ama_appraisal_matrix_new (self, weight_set, error)) == NULL)
    return NULL;
  return _ama_appraisal_result_new (m, weight_set ? ama_appraisal_weight_set_get_id (weight_set) : NULL);
}

/**
 * ama_appraisal_evaluate_weight_sets:
 * @self: a #AmaAppraisal
 * @error: return location for a #GError
 *
 * Ranks the options once with the criteria's own weights and once with
 * each of the [property@Ama.Appraisal:weight-sets], so that stakeholders'
 * weightings can be compared side by side ("would the answer change if
 * we weighted things differently?").
 *
 * Returns: (transfer full): a #GListModel of #AmaAppraisalResult: first
 *   the criteria's own weights, then one per weight set in order
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_evaluate_weight_sets (AmaAppraisal  *self,
                                    GError       **error)
{
  g_autoptr(GListStore) results = NULL;
  g_autoptr(AmaAppraisalResult) own = NULL;
  guint n;

  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  results = g_list_store_new (AMA_TYPE_APPRAISAL_RESULT);
  if ((own = ama_appraisal_evaluate (self, NULL, error)) == NULL)
    return NULL;
  g_list_store_append (results, own);

  n = g_list_model_get_n_items (ama_appraisal_get_weight_sets (self));
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(AmaAppraisalWeightSet) ws = g_list_model_get_item (ama_appraisal_get_weight_sets (self), k);
      g_autoptr(AmaAppraisalResult) r = NULL;
      g_autoptr(GError) local_error = NULL;

      if ((r = ama_appraisal_evaluate (self, ws, &local_error)) == NULL)
        {
          g_set_error (error, local_error->domain, local_error->code,
                       "$.appraisal.weight-sets[%u]: %s", k, local_error->message);
          return NULL;
        }
      g_list_store_append (results, r);
    }
  return G_LIST_MODEL (g_steal_pointer (&results));
}

static void
add_diagnostic (GListStore  *store,
                AmaSeverity  severity,
                const char  *code,
                char        *path,
                char        *message)
{
  g_autoptr(AmaDiagnostic) d = ama_diagnostic_new (severity, code, message);

  ama_diagnostic_set_path (d, path);
  g_list_store_append (store, d);
  g_free (path);
  g_free (message);
}

static gboolean
is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/**
 * ama_appraisal_check_process:
 * @self: a #AmaAppraisal
 *
 * Checks the appraisal against the process the Treasury Green Book and
 * the MCDA manual describe, without judging its numbers:
 *
 * - every option rejected at screening records why (`appraisal-rejection-reason`, error);
 * - the short list keeps a business-as-usual and a do-minimum option
 *   beside the options for change (`appraisal-no-business-as-usual`,
 *   `appraisal-no-do-minimum`, warnings);
 * - rejections are made against declared critical success factors
 *   (`appraisal-no-critical-success-factors`, warning);
 * - every score and every weight says where it comes from
 *   (`appraisal-score-provenance`, `appraisal-weight-provenance`, warnings);
 * - the preferred option is one of the options, on the short list
 *   (`appraisal-preferred-option`, error).
 *
 * Returns: (transfer full): a #GListModel of #AmaDiagnostic, empty when
 *   nothing is wrong
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_check_process (AmaAppraisal *self)
{
  g_autoptr(GListStore) out = NULL;
  GListModel *options, *criteria, *scores;
  gboolean has_bau = FALSE, has_min = FALSE, has_rejected = FALSE, preferred_found = FALSE;
  guint n;

  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);

  out = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  options = ama_appraisal_get_options (self);
  criteria = ama_appraisal_get_criteria (self);
  scores = ama_appraisal_get_scores (self);

  n = g_list_model_get_n_items (options);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaOption) o = g_list_model_get_item (options, i);
      AmaOptionStatus status = ama_option_get_status (o);

      if (status == AMA_OPTION_STATUS_REJECTED)
        {
          has_rejected = TRUE;
          if (is_blank (ama_option_get_rejection_reason (o)))
            add_diagnostic (out, AMA_SEVERITY_ERROR, "appraisal-rejection-reason",
                            g_strdup_printf ("$.appraisal.options[%u].rejection-reason", i),
                            g_strdup_printf ("option “%s” was rejected at screening without a recorded reason",
                                             ama_option_get_id (o)));
        }
      else if (status == AMA_OPTION_STATUS_SHORT_LIST)
        {
          if (ama_option_get_role (o) == AMA_OPTION_ROLE_BUSINESS_AS_USUAL)
            has_bau = TRUE;
          else if (ama_option_get_role (o) == AMA_OPTION_ROLE_DO_MINIMUM)
            has_min = TRUE;
        }
      if (ama_appraisal_get_preferred_option (self) != NULL && g_strcmp0 (ama_option_get_id (o), ama_appraisal_get_preferred_option (self)) == 0)
        {
          preferred_found = TRUE;
          if (status != AMA_OPTION_STATUS_SHORT_LIST)
            add_diagnostic (out, AMA_SEVERITY_ERROR, "appraisal-preferred-option",
                            g_strdup ("$.appraisal.preferred-option"),
                            g_strdup_printf ("the preferred option “%s” is not on the short list",
                                             ama_appraisal_get_preferred_option (self)));
        }
    }
  if (n > 0 && !has_bau)
    add_diagnostic (out, AMA_SEVERITY_WARNING, "appraisal-no-business-as-usual",
                    g_strdup ("$.appraisal.options"),
                    g_strdup ("the short list has no business-as-usual option to compare against"));
  if (n > 0 && !has_min)
    add_diagnostic (out, AMA_SEVERITY_WARNING, "appraisal-no-do-minimum",
                    g_strdup ("$.appraisal.options"),
                    g_strdup ("the short list has no do-minimum option"));
  if (has_rejected && (ama_appraisal_get_critical_success_factors (self) == NULL || ama_appraisal_get_critical_success_factors (self)[0] == NULL))
    add_diagnostic (out, AMA_SEVERITY_WARNING, "appraisal-no-critical-success-factors",
                    g_strdup ("$.appraisal.critical-success-factors"),
                    g_strdup ("options were rejected at screening but no critical success factors are recorded"));
  if (ama_appraisal_get_preferred_option (self) != NULL && !preferred_found)
    add_diagnostic (out, AMA_SEVERITY_ERROR, "appraisal-preferred-option",
                    g_strdup ("$.appraisal.preferred-option"),
                    g_strdup_printf ("the preferred option “%s” is not one of the options",
                                     ama_appraisal_get_preferred_option (self)));

  n = g_list_model_get_n_items (criteria);
  for (guint j = 0; j < n; j++)
    {
      g_autoptr(AmaCriterion) c = g_list_model_get_item (criteria, j);
      if (!ama_criterion_get_must_pass (c) && is_blank (ama_criterion_get_weight_source (c)))
        add_diagnostic (out, AMA_SEVERITY_WARNING, "appraisal-weight-provenance",
                        g_strdup_printf ("$.appraisal.criteria[%u].weight-source", j),
                        g_strdup_printf ("the weight of criterion “%s” does not say where it comes from",
                                         ama_criterion_get_id (c)));
    }

  n = g_list_model_get_n_items (scores);
  for (guint s = 0; s < n; s++)
    {
      g_autoptr(AmaScore) sc = g_list_model_get_item (scores, s);
      if (is_blank (ama_score_get_source (sc)))
        add_diagnostic (out, AMA_SEVERITY_WARNING, "appraisal-score-provenance",
                        g_strdup_printf ("$.appraisal.scores[%u].source", s),
                        g_strdup_printf ("the score of “%s” on “%s” does not say where it comes from",
                                         ama_score_get_option_id (sc), ama_score_get_criterion_id (sc)));
    }

  return G_LIST_MODEL (g_steal_pointer (&out));
}
