/* ama-appraisal.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-appraisal.h"
#include "ama-appraisal-enums.h"
#include "ama-appraisal-weight-set.h"
#include "ama-criterion.h"
#include "ama-enum-types.h"
#include "ama-option.h"
#include "ama-score.h"
#include "ama-util-private.h"

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

