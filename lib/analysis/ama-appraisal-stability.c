/* ama-appraisal-stability.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "ama-appraisal-stability.h"
#include "ama-appraisal.h"
#include "ama-appraisal-stability-private.h"

/**
 * AmaAppraisalStability:
 *
 * How far one criterion's weight can move before the weighted-sum
 * winner changes, and which option takes over.
 *
 * The weight is moved while the other weights are rescaled in proportion,
 * so they still sum to one. Each option's total is then linear in the
 * weight, so the points where another option draws level are found
 * exactly, in closed form, rather than by searching a grid.
 *
 * Since: 1.0
 */

struct _AmaAppraisalStability
{
  GObject parent_instance;

  char *criterion_id;
  char *criterion_name;
  double weight;
  double lower;
  double upper;
  char *lower_option_id;
  char *upper_option_id;
  double change;
};

G_DEFINE_FINAL_TYPE (AmaAppraisalStability, ama_appraisal_stability, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CRITERION_ID,
  PROP_CRITERION_NAME,
  PROP_WEIGHT,
  PROP_LOWER,
  PROP_UPPER,
  PROP_LOWER_OPTION_ID,
  PROP_UPPER_OPTION_ID,
  PROP_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_appraisal_stability_finalize (GObject *object)
{
  AmaAppraisalStability *self = (AmaAppraisalStability *)object;

  g_clear_pointer (&self->criterion_id, g_free);
  g_clear_pointer (&self->criterion_name, g_free);
  g_clear_pointer (&self->lower_option_id, g_free);
  g_clear_pointer (&self->upper_option_id, g_free);

  G_OBJECT_CLASS (ama_appraisal_stability_parent_class)->finalize (object);
}

static void
ama_appraisal_stability_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  AmaAppraisalStability *self = AMA_APPRAISAL_STABILITY (object);

  switch (prop_id)
    {
    case PROP_CRITERION_ID:
      g_value_set_string (value, self->criterion_id);
      break;

    case PROP_CRITERION_NAME:
      g_value_set_string (value, self->criterion_name);
      break;

    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;

    case PROP_LOWER:
      g_value_set_double (value, self->lower);
      break;

    case PROP_UPPER:
      g_value_set_double (value, self->upper);
      break;

    case PROP_LOWER_OPTION_ID:
      g_value_set_string (value, self->lower_option_id);
      break;

    case PROP_UPPER_OPTION_ID:
      g_value_set_string (value, self->upper_option_id);
      break;

    case PROP_CHANGE:
      g_value_set_double (value, self->change);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_stability_class_init (AmaAppraisalStabilityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_appraisal_stability_finalize;
  object_class->get_property = ama_appraisal_stability_get_property;

  /**
   * AmaAppraisalStability:criterion-id:
   *
   * The [property@Ama.Criterion:id] whose weight is moved.
   *
   * Since: 1.0
   */
  properties[PROP_CRITERION_ID] =
    g_param_spec_string ("criterion-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalStability:criterion-name:
   *
   * The criterion's name (its id when it has none), for display.
   *
   * Since: 1.0
   */
  properties[PROP_CRITERION_NAME] =
    g_param_spec_string ("criterion-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalStability:weight:
   *
   * The criterion's current normalised weight, 0–1.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalStability:lower:
   *
   * How low the weight can go (the others rescaled in proportion so that all still sum to one) with the same option first. When [property@Ama.AppraisalStability:lower-option-id] is %NULL the winner holds all the way down to 0.
   *
   * Since: 1.0
   */
  properties[PROP_LOWER] =
    g_param_spec_double ("lower", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalStability:upper:
   *
   * How high the weight can go with the same option first. When [property@Ama.AppraisalStability:upper-option-id] is %NULL the winner holds all the way up to 1.
   *
   * Since: 1.0
   */
  properties[PROP_UPPER] =
    g_param_spec_double ("upper", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalStability:lower-option-id:
   *
   * The option that draws level with the winner when the weight falls to [property@Ama.AppraisalStability:lower] and takes over below it, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_LOWER_OPTION_ID] =
    g_param_spec_string ("lower-option-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalStability:upper-option-id:
   *
   * The option that draws level with the winner when the weight rises to [property@Ama.AppraisalStability:upper] and takes over above it, or %NULL.
   *
   * Since: 1.0
   */
  properties[PROP_UPPER_OPTION_ID] =
    g_param_spec_string ("upper-option-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalStability:change:
   *
   * The smallest change of this weight alone, in either direction, that changes the winner (on the 0–1 weight scale), or -1 when no change of this weight alone does.
   *
   * Since: 1.0
   */
  properties[PROP_CHANGE] =
    g_param_spec_double ("change", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_appraisal_stability_init (AmaAppraisalStability *self)
{
}

AmaAppraisalStability *
_ama_appraisal_stability_new (const char *criterion_id,
                              const char *criterion_name,
                              double      weight,
                              double      lower,
                              const char *lower_option_id,
                              double      upper,
                              const char *upper_option_id)
{
  AmaAppraisalStability *self = g_object_new (AMA_TYPE_APPRAISAL_STABILITY, NULL);

  self->criterion_id = g_strdup (criterion_id);
  self->criterion_name = g_strdup (criterion_name);
  self->weight = weight;
  self->lower = lower;
  self->upper = upper;
  self->lower_option_id = g_strdup (lower_option_id);
  self->upper_option_id = g_strdup (upper_option_id);
  self->change = -1.0;
  if (lower_option_id != NULL)
    self->change = weight - lower;
  if (upper_option_id != NULL && (self->change < 0.0 || upper - weight < self->change))
    self->change = upper - weight;
  return self;
}

/**
 * ama_appraisal_stability_get_criterion_id:
 * @self: a #AmaAppraisalStability
 *
 * Gets the [property@Ama.AppraisalStability:criterion-id].
 *
 * Returns: (transfer none): the criterion's id
 *
 * Since: 1.0
 */
const char *
ama_appraisal_stability_get_criterion_id (AmaAppraisalStability *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_STABILITY (self), NULL);
  return self->criterion_id;
}

/**
 * ama_appraisal_stability_get_criterion_name:
 * @self: a #AmaAppraisalStability
 *
 * Gets the [property@Ama.AppraisalStability:criterion-name].
 *
 * Returns: (transfer none): the criterion's name
 *
 * Since: 1.0
 */
const char *
ama_appraisal_stability_get_criterion_name (AmaAppraisalStability *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_STABILITY (self), NULL);
  return self->criterion_name;
}

/**
 * ama_appraisal_stability_get_weight:
 * @self: a #AmaAppraisalStability
 *
 * Gets the [property@Ama.AppraisalStability:weight].
 *
 * Returns: the weight
 *
 * Since: 1.0
 */
double
ama_appraisal_stability_get_weight (AmaAppraisalStability *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_STABILITY (self), 0.0);
  return self->weight;
}

/**
 * ama_appraisal_stability_get_lower:
 * @self: a #AmaAppraisalStability
 *
 * Gets the [property@Ama.AppraisalStability:lower].
 *
 * Returns: the lower end of the stability interval
 *
 * Since: 1.0
 */
double
ama_appraisal_stability_get_lower (AmaAppraisalStability *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_STABILITY (self), 0.0);
  return self->lower;
}

/**
 * ama_appraisal_stability_get_upper:
 * @self: a #AmaAppraisalStability
 *
 * Gets the [property@Ama.AppraisalStability:upper].
 *
 * Returns: the upper end of the stability interval
 *
 * Since: 1.0
 */
double
ama_appraisal_stability_get_upper (AmaAppraisalStability *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_STABILITY (self), 0.0);
  return self->upper;
}

/**
 * ama_appraisal_stability_get_lower_option_id:
 * @self: a #AmaAppraisalStability
 *
 * Gets the [property@Ama.AppraisalStability:lower-option-id].
 *
 * Returns: (transfer none) (nullable): the option taking over, or %NULL
 *
 * Since: 1.0
 */
const char *
ama_appraisal_stability_get_lower_option_id (AmaAppraisalStability *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_STABILITY (self), NULL);
  return self->lower_option_id;
}

/**
 * ama_appraisal_stability_get_upper_option_id:
 * @self: a #AmaAppraisalStability
 *
 * Gets the [property@Ama.AppraisalStability:upper-option-id].
 *
 * Returns: (transfer none) (nullable): the option taking over, or %NULL
 *
 * Since: 1.0
 */
const char *
ama_appraisal_stability_get_upper_option_id (AmaAppraisalStability *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_STABILITY (self), NULL);
  return self->upper_option_id;
}

/**
 * ama_appraisal_stability_get_change:
 * @self: a #AmaAppraisalStability
 *
 * Gets the [property@Ama.AppraisalStability:change].
 *
 * Returns: the critical change, or -1
 *
 * Since: 1.0
 */
double
ama_appraisal_stability_get_change (AmaAppraisalStability *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_STABILITY (self), 0.0);
  return self->change;
}
