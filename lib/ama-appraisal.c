/* ama-appraisal.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-appraisal.h"
#include "ama.h"
#include "ama-util-private.h"
#include "ama-appraisal-matrix-private.h"
#include "ama-appraisal-result-private.h"

/**
 * AmaAppraisal:
 *
 * An options appraisal: options scored against weighted criteria.
 *
 * Since: 1.0
 */

struct _AmaAppraisal
{
  GObject parent_instance;

  GListStore *options;
  GListStore *criteria;
  GListStore *scores;
  char *preferred_option;
  char *notes;
  AmaMissingScores missing_scores;
  char **critical_success_factors;
  GListStore *weight_sets;
};

G_DEFINE_FINAL_TYPE (AmaAppraisal, ama_appraisal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OPTIONS,
  PROP_CRITERIA,
  PROP_SCORES,
  PROP_PREFERRED_OPTION,
  PROP_NOTES,
  PROP_MISSING_SCORES,
  PROP_CRITICAL_SUCCESS_FACTORS,
  PROP_WEIGHT_SETS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_appraisal_dispose (GObject *object)
{
  AmaAppraisal *self = (AmaAppraisal *)object;

  g_clear_object (&self->options);
  g_clear_object (&self->criteria);
  g_clear_object (&self->scores);
  g_clear_object (&self->weight_sets);

  G_OBJECT_CLASS (ama_appraisal_parent_class)->dispose (object);
}

static void
ama_appraisal_finalize (GObject *object)
{
  AmaAppraisal *self = (AmaAppraisal *)object;

  g_clear_pointer (&self->preferred_option, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->critical_success_factors, g_strfreev);

  G_OBJECT_CLASS (ama_appraisal_parent_class)->finalize (object);
}

static void
ama_appraisal_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AmaAppraisal *self = AMA_APPRAISAL (object);

  switch (prop_id)
    {
    case PROP_OPTIONS:
      g_value_set_object (value, self->options);
      break;

    case PROP_CRITERIA:
      g_value_set_object (value, self->criteria);
      break;

    case PROP_SCORES:
      g_value_set_object (value, self->scores);
      break;

    case PROP_PREFERRED_OPTION:
      g_value_set_string (value, self->preferred_option);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_MISSING_SCORES:
      g_value_set_enum (value, self->missing_scores);
      break;

    case PROP_CRITICAL_SUCCESS_FACTORS:
      g_value_set_boxed (value, self->critical_success_factors);
      break;

    case PROP_WEIGHT_SETS:
      g_value_set_object (value, self->weight_sets);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AmaAppraisal *self = AMA_APPRAISAL (object);

  switch (prop_id)
    {
    case PROP_PREFERRED_OPTION:
      ama_appraisal_set_preferred_option (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      ama_appraisal_set_notes (self, g_value_get_string (value));
      break;

    case PROP_MISSING_SCORES:
      ama_appraisal_set_missing_scores (self, g_value_get_enum (value));
      break;

    case PROP_CRITICAL_SUCCESS_FACTORS:
      ama_appraisal_set_critical_success_factors (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_class_init (AmaAppraisalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_appraisal_dispose;
  object_class->finalize = ama_appraisal_finalize;
  object_class->get_property = ama_appraisal_get_property;
  object_class->set_property = ama_appraisal_set_property;

  /**
   * AmaAppraisal:options:
   *
   * The options, in order.
   *
   * Since: 1.0
   */
  properties[PROP_OPTIONS] =
    g_param_spec_object ("options", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaAppraisal:criteria:
   *
   * The criteria, in order.
   *
   * Since: 1.0
   */
  properties[PROP_CRITERIA] =
    g_param_spec_object ("criteria", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaAppraisal:scores:
   *
   * The scores given.
   *
   * Since: 1.0
   */
  properties[PROP_SCORES] =
    g_param_spec_object ("scores", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaAppraisal:preferred-option:
   *
   * The id of the option the review preferred.
   *
   * Since: 1.0
   */
  properties[PROP_PREFERRED_OPTION] =
    g_param_spec_string ("preferred-option", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisal:notes:
   *
   * Notes on the appraisal, e.g. where scores come from.
   *
   * Since: 1.0
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisal:missing-scores:
   *
   * What to do when a short-listed option has no score on a criterion. The default is an error: a blank is never read as zero.
   *
   * Since: 1.0
   */
  properties[PROP_MISSING_SCORES] =
    g_param_spec_enum ("missing-scores", NULL, NULL,
                       AMA_TYPE_MISSING_SCORES, AMA_MISSING_SCORES_ERROR,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisal:critical-success-factors:
   *
   * The critical success factors the long list was screened against.
   *
   * Since: 1.0
   */
  properties[PROP_CRITICAL_SUCCESS_FACTORS] =
    g_param_spec_boxed ("critical-success-factors", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisal:weight-sets:
   *
   * Alternative sets of weights, e.g. one per stakeholder, to compare with the criteria's own weights.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT_SETS] =
    g_param_spec_object ("weight-sets", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_appraisal_init (AmaAppraisal *self)
{
  self->weight_sets = g_list_store_new (AMA_TYPE_APPRAISAL_WEIGHT_SET);
  self->options = g_list_store_new (AMA_TYPE_OPTION);
  self->criteria = g_list_store_new (AMA_TYPE_CRITERION);
  self->scores = g_list_store_new (AMA_TYPE_SCORE);
}

/**
 * ama_appraisal_new:
 *
 * Creates a new [class@Ama.Appraisal].
 *
 * Returns: (transfer full): a new #AmaAppraisal
 *
 * Since: 1.0
 */
AmaAppraisal *
ama_appraisal_new (void)
{
  return g_object_new (AMA_TYPE_APPRAISAL,
                       NULL);
}

/**
 * ama_appraisal_get_options:
 * @self: a #AmaAppraisal
 *
 * Gets the [property@Ama.Appraisal:options] as a list model whose items are [class@Ama.Option]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaOption
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_get_options (AmaAppraisal *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);

  return G_LIST_MODEL (self->options);
}

/**
 * ama_appraisal_add_option:
 * @self: a #AmaAppraisal
 * @option: the #AmaOption to append
 *
 * Appends @option to [property@Ama.Appraisal:options].
 *
 * Since: 1.0
 */
void
ama_appraisal_add_option (AmaAppraisal *self,
                         AmaOption *option)
{
  g_return_if_fail (AMA_IS_APPRAISAL (self));
  g_return_if_fail (AMA_IS_OPTION (option));

  g_list_store_append (self->options, option);
}

/**
 * ama_appraisal_remove_option:
 * @self: a #AmaAppraisal
 * @option: the #AmaOption to remove
 *
 * Removes @option from [property@Ama.Appraisal:options].
 *
 * Returns: %TRUE if @option was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_appraisal_remove_option (AmaAppraisal *self,
                            AmaOption *option)
{
  guint position;

  g_return_val_if_fail (AMA_IS_APPRAISAL (self), FALSE);
  g_return_val_if_fail (AMA_IS_OPTION (option), FALSE);

  if (!g_list_store_find (self->options, option, &position))
    return FALSE;

  g_list_store_remove (self->options, position);
  return TRUE;
}

/**
 * ama_appraisal_get_criteria:
 * @self: a #AmaAppraisal
 *
 * Gets the [property@Ama.Appraisal:criteria] as a list model whose items are [class@Ama.Criterion]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaCriterion
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_get_criteria (AmaAppraisal *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);

  return G_LIST_MODEL (self->criteria);
}

/**
 * ama_appraisal_add_criterion:
 * @self: a #AmaAppraisal
 * @criterion: the #AmaCriterion to append
 *
 * Appends @criterion to [property@Ama.Appraisal:criteria].
 *
 * Since: 1.0
 */
void
ama_appraisal_add_criterion (AmaAppraisal *self,
                            AmaCriterion *criterion)
{
  g_return_if_fail (AMA_IS_APPRAISAL (self));
  g_return_if_fail (AMA_IS_CRITERION (criterion));

  g_list_store_append (self->criteria, criterion);
}

/**
 * ama_appraisal_remove_criterion:
 * @self: a #AmaAppraisal
 * @criterion: the #AmaCriterion to remove
 *
 * Removes @criterion from [property@Ama.Appraisal:criteria].
 *
 * Returns: %TRUE if @criterion was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_appraisal_remove_criterion (AmaAppraisal *self,
                               AmaCriterion *criterion)
{
  guint position;

  g_return_val_if_fail (AMA_IS_APPRAISAL (self), FALSE);
  g_return_val_if_fail (AMA_IS_CRITERION (criterion), FALSE);

  if (!g_list_store_find (self->criteria, criterion, &position))
    return FALSE;

  g_list_store_remove (self->criteria, position);
  return TRUE;
}

/**
 * ama_appraisal_get_scores:
 * @self: a #AmaAppraisal
 *
 * Gets the [property@Ama.Appraisal:scores] as a list model whose items are [class@Ama.Score]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaScore
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_get_scores (AmaAppraisal *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);

  return G_LIST_MODEL (self->scores);
}

/**
 * ama_appraisal_add_score:
 * @self: a #AmaAppraisal
 * @score: the #AmaScore to append
 *
 * Appends @score to [property@Ama.Appraisal:scores].
 *
 * Since: 1.0
 */
void
ama_appraisal_add_score (AmaAppraisal *self,
                        AmaScore *score)
{
  g_return_if_fail (AMA_IS_APPRAISAL (self));
  g_return_if_fail (AMA_IS_SCORE (score));

  g_list_store_append (self->scores, score);
}

/**
 * ama_appraisal_remove_score:
 * @self: a #AmaAppraisal
 * @score: the #AmaScore to remove
 *
 * Removes @score from [property@Ama.Appraisal:scores].
 *
 * Returns: %TRUE if @score was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_appraisal_remove_score (AmaAppraisal *self,
                           AmaScore *score)
{
  guint position;

  g_return_val_if_fail (AMA_IS_APPRAISAL (self), FALSE);
  g_return_val_if_fail (AMA_IS_SCORE (score), FALSE);

  if (!g_list_store_find (self->scores, score, &position))
    return FALSE;

  g_list_store_remove (self->scores, position);
  return TRUE;
}

/**
 * ama_appraisal_get_preferred_option:
 * @self: a #AmaAppraisal
 *
 * Gets the [property@Ama.Appraisal:preferred-option].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Appraisal:preferred-option]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_get_preferred_option (AmaAppraisal *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);

  return self->preferred_option;
}

/**
 * ama_appraisal_set_preferred_option:
 * @self: a #AmaAppraisal
 * @preferred_option: (nullable): the new value
 *
 * Sets the [property@Ama.Appraisal:preferred-option].
 *
 * Since: 1.0
 */
void
ama_appraisal_set_preferred_option (AmaAppraisal *self,
                                   const char *preferred_option)
{
  g_return_if_fail (AMA_IS_APPRAISAL (self));

  if (!_ama_set_str (&self->preferred_option, preferred_option))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERRED_OPTION]);
}

/**
 * ama_appraisal_get_notes:
 * @self: a #AmaAppraisal
 *
 * Gets the [property@Ama.Appraisal:notes].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Appraisal:notes]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_get_notes (AmaAppraisal *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);

  return self->notes;
}

/**
 * ama_appraisal_set_notes:
 * @self: a #AmaAppraisal
 * @notes: (nullable): the new value
 *
 * Sets the [property@Ama.Appraisal:notes].
 *
 * Since: 1.0
 */
void
ama_appraisal_set_notes (AmaAppraisal *self,
                        const char *notes)
{
  g_return_if_fail (AMA_IS_APPRAISAL (self));

  if (!_ama_set_str (&self->notes, notes))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * ama_appraisal_get_missing_scores:
 * @self: a #AmaAppraisal
 *
 * Gets the [property@Ama.Appraisal:missing-scores].
 *
 * Returns: the [property@Ama.Appraisal:missing-scores]
 *
 * Since: 1.0
 */
AmaMissingScores
ama_appraisal_get_missing_scores (AmaAppraisal *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL (self), AMA_MISSING_SCORES_ERROR);

  return self->missing_scores;
}

/**
 * ama_appraisal_set_missing_scores:
 * @self: a #AmaAppraisal
 * @missing_scores: the new value
 *
 * Sets the [property@Ama.Appraisal:missing-scores].
 *
 * Since: 1.0
 */
void
ama_appraisal_set_missing_scores (AmaAppraisal *self,
                                  AmaMissingScores missing_scores)
{
  g_return_if_fail (AMA_IS_APPRAISAL (self));

  if (self->missing_scores == missing_scores)
    return;
  self->missing_scores = missing_scores;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING_SCORES]);
}

/**
 * ama_appraisal_get_critical_success_factors:
 * @self: a #AmaAppraisal
 *
 * Gets the [property@Ama.Appraisal:critical-success-factors].
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the [property@Ama.Appraisal:critical-success-factors]
 *
 * Since: 1.0
 */
const char * const *
ama_appraisal_get_critical_success_factors (AmaAppraisal *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);

  return (const char * const *)self->critical_success_factors;
}

/**
 * ama_appraisal_set_critical_success_factors:
 * @self: a #AmaAppraisal
 * @critical_success_factors: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Appraisal:critical-success-factors].
 *
 * Since: 1.0
 */
void
ama_appraisal_set_critical_success_factors (AmaAppraisal *self,
                                            const char * const *critical_success_factors)
{
  g_return_if_fail (AMA_IS_APPRAISAL (self));

  if (!_ama_set_strv (&self->critical_success_factors, critical_success_factors))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITICAL_SUCCESS_FACTORS]);
}

/**
 * ama_appraisal_get_weight_sets:
 * @self: a #AmaAppraisal
 *
 * Gets the [property@Ama.Appraisal:weight-sets] as a list model whose items are [class@Ama.AppraisalWeightSet]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaAppraisalWeightSet
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_get_weight_sets (AmaAppraisal *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL (self), NULL);

  return G_LIST_MODEL (self->weight_sets);
}

/**
 * ama_appraisal_add_weight_set:
 * @self: a #AmaAppraisal
 * @weight_set: the #AmaAppraisalWeightSet to append
 *
 * Appends @weight_set to [property@Ama.Appraisal:weight-sets].
 *
 * Since: 1.0
 */
void
ama_appraisal_add_weight_set (AmaAppraisal *self,
                             AmaAppraisalWeightSet *weight_set)
{
  g_return_if_fail (AMA_IS_APPRAISAL (self));
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (weight_set));

  g_list_store_append (self->weight_sets, weight_set);
}

/**
 * ama_appraisal_remove_weight_set:
 * @self: a #AmaAppraisal
 * @weight_set: the #AmaAppraisalWeightSet to remove
 *
 * Removes @weight_set from [property@Ama.Appraisal:weight-sets].
 *
 * Returns: %TRUE if @weight_set was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_appraisal_remove_weight_set (AmaAppraisal *self,
                                AmaAppraisalWeightSet *weight_set)
{
  guint position;

  g_return_val_if_fail (AMA_IS_APPRAISAL (self), FALSE);
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (weight_set), FALSE);

  if (!g_list_store_find (self->weight_sets, weight_set, &position))
    return FALSE;

  g_list_store_remove (self->weight_sets, position);
  return TRUE;
}

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

  n = g_list_model_get_n_items (G_LIST_MODEL (self->weight_sets));
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(AmaAppraisalWeightSet) ws = g_list_model_get_item (G_LIST_MODEL (self->weight_sets), k);
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
  options = G_LIST_MODEL (self->options);
  criteria = G_LIST_MODEL (self->criteria);
  scores = G_LIST_MODEL (self->scores);

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
      if (self->preferred_option != NULL && g_strcmp0 (ama_option_get_id (o), self->preferred_option) == 0)
        {
          preferred_found = TRUE;
          if (status != AMA_OPTION_STATUS_SHORT_LIST)
            add_diagnostic (out, AMA_SEVERITY_ERROR, "appraisal-preferred-option",
                            g_strdup ("$.appraisal.preferred-option"),
                            g_strdup_printf ("the preferred option “%s” is not on the short list",
                                             self->preferred_option));
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
  if (has_rejected && (self->critical_success_factors == NULL || self->critical_success_factors[0] == NULL))
    add_diagnostic (out, AMA_SEVERITY_WARNING, "appraisal-no-critical-success-factors",
                    g_strdup ("$.appraisal.critical-success-factors"),
                    g_strdup ("options were rejected at screening but no critical success factors are recorded"));
  if (self->preferred_option != NULL && !preferred_found)
    add_diagnostic (out, AMA_SEVERITY_ERROR, "appraisal-preferred-option",
                    g_strdup ("$.appraisal.preferred-option"),
                    g_strdup_printf ("the preferred option “%s” is not one of the options",
                                     self->preferred_option));

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
