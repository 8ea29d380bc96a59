/* ama-appraisal-smaa-result.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ama-appraisal-smaa-result.h"
#include "ama-appraisal-smaa.h"
#include "ama-appraisal-smaa-result-private.h"

/**
 * AmaAppraisalSmaaResult:
 *
 * The outcome of an SMAA-2 run ([class@Ama.AppraisalSmaa]) over the
 * options that pass every must-pass gate:
 *
 * - rank acceptability indices: for each option, the share of the
 *   admissible weights (and scores) under which it takes each rank;
 * - central weight vectors: for each option, the mean of the weights
 *   that make it first — the "typical" preferences that favour it;
 * - confidence factors: how often an option is first when its central
 *   weights are used and only the scores vary.
 *
 * Options that tie share the better rank. Read-only.
 *
 * Since: 1.0
 */

struct _AmaAppraisalSmaaResult
{
  GObject parent_instance;

  char **option_ids;
  char **criterion_ids;
  guint m, n;
  guint64 seed;
  AmaSmaaOutcome o;
  double *acceptability; /* m × m */
};

G_DEFINE_FINAL_TYPE (AmaAppraisalSmaaResult, ama_appraisal_smaa_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_SAMPLES,
  PROP_SEED,
  PROP_OPTION_IDS,
  PROP_CRITERION_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_appraisal_smaa_result_finalize (GObject *object)
{
  AmaAppraisalSmaaResult *self = (AmaAppraisalSmaaResult *)object;

  g_clear_pointer (&self->option_ids, g_strfreev);
  g_clear_pointer (&self->criterion_ids, g_strfreev);
  g_clear_pointer (&self->acceptability, g_free);
  _ama_smaa_outcome_clear (&self->o);

  G_OBJECT_CLASS (ama_appraisal_smaa_result_parent_class)->finalize (object);
}

static void
ama_appraisal_smaa_result_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  AmaAppraisalSmaaResult *self = AMA_APPRAISAL_SMAA_RESULT (object);

  switch (prop_id)
    {
    case PROP_N_SAMPLES:
      g_value_set_uint64 (value, self->o.n_samples);
      break;

    case PROP_SEED:
      g_value_set_uint64 (value, self->seed);
      break;

    case PROP_OPTION_IDS:
      g_value_set_boxed (value, self->option_ids);
      break;

    case PROP_CRITERION_IDS:
      g_value_set_boxed (value, self->criterion_ids);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_smaa_result_class_init (AmaAppraisalSmaaResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_appraisal_smaa_result_finalize;
  object_class->get_property = ama_appraisal_smaa_result_get_property;

  /**
   * AmaAppraisalSmaaResult:n-samples:
   *
   * The number of Monte Carlo samples drawn.
   *
   * Since: 1.0
   */
  properties[PROP_N_SAMPLES] =
    g_param_spec_uint64 ("n-samples", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalSmaaResult:seed:
   *
   * The seed the samples were drawn with: the same seed gives the same
   * result, whatever the number of threads.
   *
   * Since: 1.0
   */
  properties[PROP_SEED] =
    g_param_spec_uint64 ("seed", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalSmaaResult:option-ids:
   *
   * The options analysed, in the appraisal's order (those passing every
   * must-pass gate).
   *
   * Since: 1.0
   */
  properties[PROP_OPTION_IDS] =
    g_param_spec_boxed ("option-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalSmaaResult:criterion-ids:
   *
   * The weighted criteria, in the order of the central weight vectors.
   *
   * Since: 1.0
   */
  properties[PROP_CRITERION_IDS] =
    g_param_spec_boxed ("criterion-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_appraisal_smaa_result_init (AmaAppraisalSmaaResult *self)
{
}

AmaAppraisalSmaaResult *
_ama_appraisal_smaa_result_new (char          **option_ids,
                                char          **criterion_ids,
                                guint64         seed,
                                AmaSmaaOutcome *outcome)
{
  AmaAppraisalSmaaResult *self = g_object_new (AMA_TYPE_APPRAISAL_SMAA_RESULT, NULL);

  self->option_ids = g_strdupv (option_ids);
  self->criterion_ids = g_strdupv (criterion_ids);
  self->m = g_strv_length (option_ids);
  self->n = g_strv_length (criterion_ids);
  self->seed = seed;
  self->o = *outcome;
  memset (outcome, 0, sizeof *outcome);

  self->acceptability = g_new (double, MAX ((gsize)self->m * self->m, 1));
  for (gsize k = 0; k < (gsize)self->m * self->m; k++)
    self->acceptability[k] = (double)self->o.rank_counts[k] / (double)self->o.n_samples;
  return self;
}

static gboolean
find_option (AmaAppraisalSmaaResult *self,
             const char             *option_id,
             guint                  *out)
{
  for (guint i = 0; i < self->m; i++)
    if (g_strcmp0 (self->option_ids[i], option_id) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ama_appraisal_smaa_result_get_n_samples:
 * @self: a #AmaAppraisalSmaaResult
 *
 * Gets the [property@Ama.AppraisalSmaaResult:n-samples].
 *
 * Returns: the number of samples
 *
 * Since: 1.0
 */
guint64
ama_appraisal_smaa_result_get_n_samples (AmaAppraisalSmaaResult *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), 0);
  return self->o.n_samples;
}

/**
 * ama_appraisal_smaa_result_get_seed:
 * @self: a #AmaAppraisalSmaaResult
 *
 * Gets the [property@Ama.AppraisalSmaaResult:seed].
 *
 * Returns: the seed
 *
 * Since: 1.0
 */
guint64
ama_appraisal_smaa_result_get_seed (AmaAppraisalSmaaResult *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), 0);
  return self->seed;
}

/**
 * ama_appraisal_smaa_result_get_option_ids:
 * @self: a #AmaAppraisalSmaaResult
 *
 * Gets the [property@Ama.AppraisalSmaaResult:option-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the option ids
 *
 * Since: 1.0
 */
const char * const *
ama_appraisal_smaa_result_get_option_ids (AmaAppraisalSmaaResult *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), NULL);
  return (const char * const *)self->option_ids;
}

/**
 * ama_appraisal_smaa_result_get_criterion_ids:
 * @self: a #AmaAppraisalSmaaResult
 *
 * Gets the [property@Ama.AppraisalSmaaResult:criterion-ids].
 *
 * Returns: (transfer none) (array zero-terminated=1): the criterion ids
 *
 * Since: 1.0
 */
const char * const *
ama_appraisal_smaa_result_get_criterion_ids (AmaAppraisalSmaaResult *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), NULL);
  return (const char * const *)self->criterion_ids;
}

/**
 * ama_appraisal_smaa_result_get_acceptability:
 * @self: a #AmaAppraisalSmaaResult
 * @option_id: an option id
 * @n_ranks: (out): the number of ranks (the number of options analysed)
 *
 * Gets an option's rank acceptability indices b¹, b², …: element r is
 * the share of samples in which the option took rank r + 1. The first
 * is its chance of being preferred.
 *
 * Returns: (transfer none) (array length=n_ranks) (nullable): the
 *   indices, or %NULL (and 0) when the option was not analysed
 *
 * Since: 1.0
 */
const double *
ama_appraisal_smaa_result_get_acceptability (AmaAppraisalSmaaResult *self,
                                             const char             *option_id,
                                             guint                  *n_ranks)
{
  guint i;

  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), NULL);
  g_return_val_if_fail (option_id != NULL && n_ranks != NULL, NULL);

  *n_ranks = 0;
  if (!find_option (self, option_id, &i))
    return NULL;
  *n_ranks = self->m;
  return self->acceptability + (gsize)i * self->m;
}

/**
 * ama_appraisal_smaa_result_get_central_weights:
 * @self: a #AmaAppraisalSmaaResult
 * @option_id: an option id
 * @n_weights: (out): the number of weights (the weighted criteria)
 *
 * Gets an option's central weight vector: the mean of the sampled
 * weights under which it was first, in the order of
 * [property@Ama.AppraisalSmaaResult:criterion-ids]. All zero when the
 * option was never first.
 *
 * Returns: (transfer none) (array length=n_weights) (nullable): the
 *   weights, or %NULL (and 0) when the option was not analysed
 *
 * Since: 1.0
 */
const double *
ama_appraisal_smaa_result_get_central_weights (AmaAppraisalSmaaResult *self,
                                               const char             *option_id,
                                               guint                  *n_weights)
{
  guint i;

  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), NULL);
  g_return_val_if_fail (option_id != NULL && n_weights != NULL, NULL);

  *n_weights = 0;
  if (!find_option (self, option_id, &i))
    return NULL;
  *n_weights = self->n;
  return self->o.central_weights + (gsize)i * self->n;
}

/**
 * ama_appraisal_smaa_result_get_confidence:
 * @self: a #AmaAppraisalSmaaResult
 * @option_id: an option id
 *
 * Gets an option's confidence factor: the share of score draws in which
 * it is first when its central weights are used. With point scores it is
 * 1 or 0. A low factor means the scores are too uncertain to tell, even
 * for someone whose preferences favour the option.
 *
 * Returns: the confidence factor on 0–1; 0 for an option never first or
 *   not analysed
 *
 * Since: 1.0
 */
double
ama_appraisal_smaa_result_get_confidence (AmaAppraisalSmaaResult *self,
                                          const char             *option_id)
{
  guint i;

  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), 0.0);
  g_return_val_if_fail (option_id != NULL, 0.0);

  if (!find_option (self, option_id, &i))
    return 0.0;
  return self->o.confidence[i];
}

/**
 * ama_appraisal_smaa_result_get_rank_count:
 * @self: a #AmaAppraisalSmaaResult
 * @option_id: an option id
 * @rank: a rank, 1 for the best
 *
 * Gets how many samples put the option at @rank (the integer behind the
 * acceptability index).
 *
 * Returns: the count; 0 for an option not analysed or a rank out of range
 *
 * Since: 1.0
 */
guint64
ama_appraisal_smaa_result_get_rank_count (AmaAppraisalSmaaResult *self,
                                          const char             *option_id,
                                          guint                   rank)
{
  guint i;

  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), 0);
  g_return_val_if_fail (option_id != NULL, 0);

  if (!find_option (self, option_id, &i) || rank < 1 || rank > self->m)
    return 0;
  return self->o.rank_counts[(gsize)i * self->m + rank - 1];
}

/**
 * ama_appraisal_smaa_result_get_standard_error:
 * @self: a #AmaAppraisalSmaaResult
 * @option_id: an option id
 * @rank: a rank, 1 for the best
 *
 * Gets the Monte Carlo standard error of an acceptability index,
 * √(b(1 − b)/N): the samples are independent, so it falls as 1/√N.
 *
 * Returns: the standard error; 0 for an option not analysed or a rank
 *   out of range
 *
 * Since: 1.0
 */
double
ama_appraisal_smaa_result_get_standard_error (AmaAppraisalSmaaResult *self,
                                              const char             *option_id,
                                              guint                   rank)
{
  guint i;
  double b;

  g_return_val_if_fail (AMA_IS_APPRAISAL_SMAA_RESULT (self), 0.0);
  g_return_val_if_fail (option_id != NULL, 0.0);

  if (!find_option (self, option_id, &i) || rank < 1 || rank > self->m)
    return 0.0;
  b = self->acceptability[(gsize)i * self->m + rank - 1];
  return sqrt (b * (1.0 - b) / (double)self->o.n_samples);
}
