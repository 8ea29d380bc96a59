/* ama-appraisal-weight.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "ama-appraisal-weight.h"
#include "ama-appraisal-weight-set.h"
#include "ama-appraisal.h"
#include "ama-util-private.h"

/**
 * AmaAppraisalWeight:
 *
 * A weight for one criterion inside an [class@Ama.AppraisalWeightSet].
 *
 * Since: 1.0
 */

struct _AmaAppraisalWeight
{
  GObject parent_instance;

  char *criterion_id;
  double value;
  char *rationale;
};

G_DEFINE_FINAL_TYPE (AmaAppraisalWeight, ama_appraisal_weight, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CRITERION_ID,
  PROP_VALUE,
  PROP_RATIONALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_appraisal_weight_dispose (GObject *object)
{
  AmaAppraisalWeight *self = (AmaAppraisalWeight *)object;

  (void)self;

  G_OBJECT_CLASS (ama_appraisal_weight_parent_class)->dispose (object);
}

static void
ama_appraisal_weight_finalize (GObject *object)
{
  AmaAppraisalWeight *self = (AmaAppraisalWeight *)object;

  (void)self;
  g_clear_pointer (&self->criterion_id, g_free);
  g_clear_pointer (&self->rationale, g_free);

  G_OBJECT_CLASS (ama_appraisal_weight_parent_class)->finalize (object);
}

static void
ama_appraisal_weight_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AmaAppraisalWeight *self = AMA_APPRAISAL_WEIGHT (object);

  switch (prop_id)
    {
    case PROP_CRITERION_ID:
      g_value_set_string (value, self->criterion_id);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_RATIONALE:
      g_value_set_string (value, self->rationale);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_weight_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AmaAppraisalWeight *self = AMA_APPRAISAL_WEIGHT (object);

  switch (prop_id)
    {
    case PROP_CRITERION_ID:
      ama_appraisal_weight_set_criterion_id (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      ama_appraisal_weight_set_value (self, g_value_get_double (value));
      break;

    case PROP_RATIONALE:
      ama_appraisal_weight_set_rationale (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_weight_class_init (AmaAppraisalWeightClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_appraisal_weight_dispose;
  object_class->finalize = ama_appraisal_weight_finalize;
  object_class->get_property = ama_appraisal_weight_get_property;
  object_class->set_property = ama_appraisal_weight_set_property;

  /**
   * AmaAppraisalWeight:criterion-id:
   *
   * The [property@Ama.Criterion:id] weighted.
   *
   * Since: 1.0
   */
  properties[PROP_CRITERION_ID] =
    g_param_spec_string ("criterion-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalWeight:value:
   *
   * The raw (or swing) weight, at least zero.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalWeight:rationale:
   *
   * Why this weight.
   *
   * Since: 1.0
   */
  properties[PROP_RATIONALE] =
    g_param_spec_string ("rationale", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_appraisal_weight_init (AmaAppraisalWeight *self)
{
}

/**
 * ama_appraisal_weight_new:
 * @criterion_id: (nullable): the initial [property@Ama.AppraisalWeight:criterion-id]
 * @value: the initial [property@Ama.AppraisalWeight:value], at least zero
 *
 * Creates a new [class@Ama.AppraisalWeight].
 *
 * Returns: (transfer full): a new #AmaAppraisalWeight
 *
 * Since: 1.0
 */
AmaAppraisalWeight *
ama_appraisal_weight_new (const char *criterion_id,
                          double      value)
{
  return g_object_new (AMA_TYPE_APPRAISAL_WEIGHT,
                       "criterion-id", criterion_id,
                       "value", value,
                       NULL);
}

/**
 * ama_appraisal_weight_get_criterion_id:
 * @self: a #AmaAppraisalWeight
 *
 * Gets the [property@Ama.AppraisalWeight:criterion-id].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AppraisalWeight:criterion-id]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_weight_get_criterion_id (AmaAppraisalWeight *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT (self), NULL);

  return self->criterion_id;
}

/**
 * ama_appraisal_weight_set_criterion_id:
 * @self: a #AmaAppraisalWeight
 * @criterion_id: (nullable): the new value
 *
 * Sets the [property@Ama.AppraisalWeight:criterion-id].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_criterion_id (AmaAppraisalWeight *self,
                                       const char *criterion_id)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT (self));

  if (!_ama_set_str (&self->criterion_id, criterion_id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITERION_ID]);
}

/**
 * ama_appraisal_weight_get_value:
 * @self: a #AmaAppraisalWeight
 *
 * Gets the [property@Ama.AppraisalWeight:value].
 *
 * Returns: the [property@Ama.AppraisalWeight:value]
 *
 * Since: 1.0
 */
double
ama_appraisal_weight_get_value (AmaAppraisalWeight *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT (self), 0.0);

  return self->value;
}

/**
 * ama_appraisal_weight_set_value:
 * @self: a #AmaAppraisalWeight
 * @value: the new value
 *
 * Sets the [property@Ama.AppraisalWeight:value].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_value (AmaAppraisalWeight *self,
                                double value)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT (self));

  g_return_if_fail (isfinite (value) && value >= 0.0);

  if (self->value == value)
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * ama_appraisal_weight_get_rationale:
 * @self: a #AmaAppraisalWeight
 *
 * Gets the [property@Ama.AppraisalWeight:rationale].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AppraisalWeight:rationale]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_weight_get_rationale (AmaAppraisalWeight *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT (self), NULL);

  return self->rationale;
}

/**
 * ama_appraisal_weight_set_rationale:
 * @self: a #AmaAppraisalWeight
 * @rationale: (nullable): the new value
 *
 * Sets the [property@Ama.AppraisalWeight:rationale].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_rationale (AmaAppraisalWeight *self,
                                    const char *rationale)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT (self));

  if (!_ama_set_str (&self->rationale, rationale))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATIONALE]);
}
