/* ama-appraisal-ranking.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-appraisal-ranking.h"
#include "ama-appraisal.h"
#include "ama-appraisal-ranking-private.h"

/**
 * AmaAppraisalRanking:
 *
 * Where one option came in a weighted-sum appraisal, and why: its total
 * value (0–100) and what each weighted criterion contributed to it.
 *
 * Rankings are results: every property is read-only. Options that tie
 * share a rank (1, 1, 3: "standard competition" ranking) and are marked
 * [property@Ama.AppraisalRanking:tied]. An option that fails a must-pass
 * gate has rank 0 and names the gate in
 * [property@Ama.AppraisalRanking:failed-gate].
 *
 * Since: 1.0
 */

struct _AmaAppraisalRanking
{
  GObject parent_instance;

  char *option_id;
  char *option_name;
  guint rank;
  double value;
  gboolean tied;
  char *failed_gate;
  double *contributions;
  double *preferences;
  guint n;
};

G_DEFINE_FINAL_TYPE (AmaAppraisalRanking, ama_appraisal_ranking, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OPTION_ID,
  PROP_OPTION_NAME,
  PROP_RANK,
  PROP_VALUE,
  PROP_TIED,
  PROP_FAILED_GATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_appraisal_ranking_finalize (GObject *object)
{
  AmaAppraisalRanking *self = (AmaAppraisalRanking *)object;

  g_clear_pointer (&self->option_id, g_free);
  g_clear_pointer (&self->option_name, g_free);
  g_clear_pointer (&self->failed_gate, g_free);
  g_clear_pointer (&self->contributions, g_free);
  g_clear_pointer (&self->preferences, g_free);

  G_OBJECT_CLASS (ama_appraisal_ranking_parent_class)->finalize (object);
}

static void
ama_appraisal_ranking_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AmaAppraisalRanking *self = AMA_APPRAISAL_RANKING (object);

  switch (prop_id)
    {
    case PROP_OPTION_ID:
      g_value_set_string (value, self->option_id);
      break;

    case PROP_OPTION_NAME:
      g_value_set_string (value, self->option_name);
      break;

    case PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_TIED:
      g_value_set_boolean (value, self->tied);
      break;

    case PROP_FAILED_GATE:
      g_value_set_string (value, self->failed_gate);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_ranking_class_init (AmaAppraisalRankingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_appraisal_ranking_finalize;
  object_class->get_property = ama_appraisal_ranking_get_property;

  /**
   * AmaAppraisalRanking:option-id:
   *
   * The [property@Ama.Option:id] ranked.
   *
   * Since: 1.0
   */
  properties[PROP_OPTION_ID] =
    g_param_spec_string ("option-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalRanking:option-name:
   *
   * The option's name (its id when it has none), for display.
   *
   * Since: 1.0
   */
  properties[PROP_OPTION_NAME] =
    g_param_spec_string ("option-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalRanking:rank:
   *
   * The rank, 1 for the best; tied options share a rank. 0 when the
   * option failed a must-pass gate and was not ranked.
   *
   * Since: 1.0
   */
  properties[PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalRanking:value:
   *
   * The weighted total on 0–100: the sum of the contributions.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalRanking:tied:
   *
   * Whether another option has exactly the same total.
   *
   * Since: 1.0
   */
  properties[PROP_TIED] =
    g_param_spec_boolean ("tied", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalRanking:failed-gate:
   *
   * The id of the must-pass criterion the option failed, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_FAILED_GATE] =
    g_param_spec_string ("failed-gate", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_appraisal_ranking_init (AmaAppraisalRanking *self)
{
}

AmaAppraisalRanking *
_ama_appraisal_ranking_new (const char *option_id,
                            const char *option_name,
                            guint       rank,
                            double      value,
                            gboolean    tied,
                            const char *failed_gate,
                            double     *contributions,
                            double     *preferences,
                            guint       n)
{
  AmaAppraisalRanking *self = g_object_new (AMA_TYPE_APPRAISAL_RANKING, NULL);

  self->option_id = g_strdup (option_id);
  self->option_name = g_strdup (option_name);
  self->rank = rank;
  self->value = value;
  self->tied = tied;
  self->failed_gate = g_strdup (failed_gate);
  self->contributions = contributions;
  self->preferences = preferences;
  self->n = n;
  return self;
}

/**
 * ama_appraisal_ranking_get_option_id:
 * @self: a #AmaAppraisalRanking
 *
 * Gets the [property@Ama.AppraisalRanking:option-id].
 *
 * Returns: (transfer none): the option's id
 *
 * Since: 1.0
 */
const char *
ama_appraisal_ranking_get_option_id (AmaAppraisalRanking *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RANKING (self), NULL);
  return self->option_id;
}

/**
 * ama_appraisal_ranking_get_option_name:
 * @self: a #AmaAppraisalRanking
 *
 * Gets the [property@Ama.AppraisalRanking:option-name].
 *
 * Returns: (transfer none): the option's name, or its id when unnamed
 *
 * Since: 1.0
 */
const char *
ama_appraisal_ranking_get_option_name (AmaAppraisalRanking *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RANKING (self), NULL);
  return self->option_name;
}

/**
 * ama_appraisal_ranking_get_rank:
 * @self: a #AmaAppraisalRanking
 *
 * Gets the [property@Ama.AppraisalRanking:rank].
 *
 * Returns: the rank (1 is best), or 0 when the option failed a gate
 *
 * Since: 1.0
 */
guint
ama_appraisal_ranking_get_rank (AmaAppraisalRanking *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RANKING (self), 0);
  return self->rank;
}

/**
 * ama_appraisal_ranking_get_value:
 * @self: a #AmaAppraisalRanking
 *
 * Gets the [property@Ama.AppraisalRanking:value].
 *
 * Returns: the weighted total, 0–100
 *
 * Since: 1.0
 */
double
ama_appraisal_ranking_get_value (AmaAppraisalRanking *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RANKING (self), 0.0);
  return self->value;
}

/**
 * ama_appraisal_ranking_get_tied:
 * @self: a #AmaAppraisalRanking
 *
 * Gets the [property@Ama.AppraisalRanking:tied].
 *
 * Returns: %TRUE if another option has the same total
 *
 * Since: 1.0
 */
gboolean
ama_appraisal_ranking_get_tied (AmaAppraisalRanking *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RANKING (self), FALSE);
  return self->tied;
}

/**
 * ama_appraisal_ranking_get_failed_gate:
 * @self: a #AmaAppraisalRanking
 *
 * Gets the [property@Ama.AppraisalRanking:failed-gate].
 *
 * Returns: (transfer none) (nullable): the id of the gate failed, or %NULL
 *
 * Since: 1.0
 */
const char *
ama_appraisal_ranking_get_failed_gate (AmaAppraisalRanking *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RANKING (self), NULL);
  return self->failed_gate;
}

/**
 * ama_appraisal_ranking_get_contributions:
 * @self: a #AmaAppraisalRanking
 * @n_contributions: (out): the number of contributions, one per weighted
 *   criterion in the order of [method@Ama.AppraisalResult.get_criterion_ids]
 *
 * Gets what each weighted criterion contributed to the total: its
 * normalised weight times the option's preference value, on 0–100. They
 * sum to [property@Ama.AppraisalRanking:value]. Empty for an option that
 * failed a gate.
 *
 * Returns: (transfer none) (array length=n_contributions): the contributions
 *
 * Since: 1.0
 */
const double *
ama_appraisal_ranking_get_contributions (AmaAppraisalRanking *self,
                                         guint               *n_contributions)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RANKING (self), NULL);
  g_return_val_if_fail (n_contributions != NULL, NULL);

  *n_contributions = self->n;
  return self->contributions;
}

/**
 * ama_appraisal_ranking_get_preferences:
 * @self: a #AmaAppraisalRanking
 * @n_preferences: (out): the number of values, one per weighted criterion
 *
 * Gets the option's preference value on each weighted criterion: its
 * score placed on 0–100 by the criterion's scale and direction (0 the
 * worst end of the scale, 100 the best), before weighting.
 *
 * Returns: (transfer none) (array length=n_preferences): the preference values
 *
 * Since: 1.0
 */
const double *
ama_appraisal_ranking_get_preferences (AmaAppraisalRanking *self,
                                       guint               *n_preferences)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RANKING (self), NULL);
  g_return_val_if_fail (n_preferences != NULL, NULL);

  *n_preferences = self->n;
  return self->preferences;
}
