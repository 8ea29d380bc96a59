/* ama-score.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "ama-score.h"
#include "ama-util-private.h"

/**
 * AmaScore:
 *
 * The score of one option against one criterion.
 *
 * Since: 1.0
 */

struct _AmaScore
{
  GObject parent_instance;

  char *option_id;
  char *criterion_id;
  double value;
  char *rationale;
  /* An interval is optional: until low or high is set, each reads as
   * the point value, so a plain score needs no extra members. */
  double low;
  double high;
  guint has_low : 1;
  guint has_high : 1;
  char *source;
  char *scored_by;
  char *dissent;
};

G_DEFINE_FINAL_TYPE (AmaScore, ama_score, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OPTION_ID,
  PROP_CRITERION_ID,
  PROP_VALUE,
  PROP_RATIONALE,
  PROP_LOW,
  PROP_HIGH,
  PROP_SOURCE,
  PROP_SCORED_BY,
  PROP_DISSENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_score_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_score_parent_class)->dispose (object);
}

static void
ama_score_finalize (GObject *object)
{
  AmaScore *self = (AmaScore *)object;

  g_clear_pointer (&self->option_id, g_free);
  g_clear_pointer (&self->criterion_id, g_free);
  g_clear_pointer (&self->rationale, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->scored_by, g_free);
  g_clear_pointer (&self->dissent, g_free);

  G_OBJECT_CLASS (ama_score_parent_class)->finalize (object);
}

static void
ama_score_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AmaScore *self = AMA_SCORE (object);

  switch (prop_id)
    {
    case PROP_OPTION_ID:
      g_value_set_string (value, self->option_id);
      break;

    case PROP_CRITERION_ID:
      g_value_set_string (value, self->criterion_id);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_RATIONALE:
      g_value_set_string (value, self->rationale);
      break;

    case PROP_LOW:
      g_value_set_double (value, ama_score_get_low (self));
      break;

    case PROP_HIGH:
      g_value_set_double (value, ama_score_get_high (self));
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_SCORED_BY:
      g_value_set_string (value, self->scored_by);
      break;

    case PROP_DISSENT:
      g_value_set_string (value, self->dissent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_score_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  AmaScore *self = AMA_SCORE (object);

  switch (prop_id)
    {
    case PROP_OPTION_ID:
      ama_score_set_option_id (self, g_value_get_string (value));
      break;

    case PROP_CRITERION_ID:
      ama_score_set_criterion_id (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      ama_score_set_value (self, g_value_get_double (value));
      break;

    case PROP_RATIONALE:
      ama_score_set_rationale (self, g_value_get_string (value));
      break;

    case PROP_LOW:
      ama_score_set_low (self, g_value_get_double (value));
      break;

    case PROP_HIGH:
      ama_score_set_high (self, g_value_get_double (value));
      break;

    case PROP_SOURCE:
      ama_score_set_source (self, g_value_get_string (value));
      break;

    case PROP_SCORED_BY:
      ama_score_set_scored_by (self, g_value_get_string (value));
      break;

    case PROP_DISSENT:
      ama_score_set_dissent (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_score_class_init (AmaScoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_score_dispose;
  object_class->finalize = ama_score_finalize;
  object_class->get_property = ama_score_get_property;
  object_class->set_property = ama_score_set_property;

  /**
   * AmaScore:option-id:
   *
   * The [property@Ama.Option:id] scored.
   *
   * Since: 1.0
   */
  properties[PROP_OPTION_ID] =
    g_param_spec_string ("option-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaScore:criterion-id:
   *
   * The [property@Ama.Criterion:id] scored against.
   *
   * Since: 1.0
   */
  properties[PROP_CRITERION_ID] =
    g_param_spec_string ("criterion-id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaScore:value:
   *
   * The score.
   *
   * Since: 1.0
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaScore:rationale:
   *
   * Why it was given.
   *
   * Since: 1.0
   */
  properties[PROP_RATIONALE] =
    g_param_spec_string ("rationale", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaScore:low:
   *
   * The low end of the score's uncertainty interval, on the criterion's scale. Until it is set it reads as [property@Ama.Score:value] (a point score), without a notification of its own when the value changes.
   *
   * Since: 1.0
   */
  properties[PROP_LOW] =
    g_param_spec_double ("low", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaScore:high:
   *
   * The high end of the score's uncertainty interval, on the criterion's scale. Until it is set it reads as [property@Ama.Score:value] (a point score), without a notification of its own when the value changes.
   *
   * Since: 1.0
   */
  properties[PROP_HIGH] =
    g_param_spec_double ("high", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaScore:source:
   *
   * Where the score comes from: the evidence, a document, or `illustrative`.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaScore:scored-by:
   *
   * Who gave the score.
   *
   * Since: 1.0
   */
  properties[PROP_SCORED_BY] =
    g_param_spec_string ("scored-by", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaScore:dissent:
   *
   * Recorded dissent from the score: who disagreed and what they would have given.
   *
   * Since: 1.0
   */
  properties[PROP_DISSENT] =
    g_param_spec_string ("dissent", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_score_init (AmaScore *self)
{
}

/**
 * ama_score_new:
 * @option_id: (nullable): the initial [property@Ama.Score:option-id]
 * @criterion_id: (nullable): the initial [property@Ama.Score:criterion-id]
 * @value: the initial [property@Ama.Score:value]
 *
 * Creates a new [class@Ama.Score].
 *
 * Returns: (transfer full): a new #AmaScore
 *
 * Since: 1.0
 */
AmaScore *
ama_score_new (const char *option_id, const char *criterion_id, double value)
{
  return g_object_new (AMA_TYPE_SCORE,
                       "option-id", option_id,
                       "criterion-id", criterion_id,
                       "value", value,
                       NULL);
}

/**
 * ama_score_get_option_id:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:option-id].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Score:option-id]
 *
 * Since: 1.0
 */
const char *
ama_score_get_option_id (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), NULL);

  return self->option_id;
}

/**
 * ama_score_set_option_id:
 * @self: a #AmaScore
 * @option_id: (nullable): the new value
 *
 * Sets the [property@Ama.Score:option-id].
 *
 * Since: 1.0
 */
void
ama_score_set_option_id (AmaScore *self,
                        const char *option_id)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  if (!_ama_set_str (&self->option_id, option_id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTION_ID]);
}

/**
 * ama_score_get_criterion_id:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:criterion-id].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Score:criterion-id]
 *
 * Since: 1.0
 */
const char *
ama_score_get_criterion_id (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), NULL);

  return self->criterion_id;
}

/**
 * ama_score_set_criterion_id:
 * @self: a #AmaScore
 * @criterion_id: (nullable): the new value
 *
 * Sets the [property@Ama.Score:criterion-id].
 *
 * Since: 1.0
 */
void
ama_score_set_criterion_id (AmaScore *self,
                           const char *criterion_id)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  if (!_ama_set_str (&self->criterion_id, criterion_id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CRITERION_ID]);
}

/**
 * ama_score_get_value:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:value].
 *
 * Returns: the [property@Ama.Score:value]
 *
 * Since: 1.0
 */
double
ama_score_get_value (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), 0.0);

  return self->value;
}

/**
 * ama_score_set_value:
 * @self: a #AmaScore
 * @value: the new value
 *
 * Sets the [property@Ama.Score:value].
 *
 * Since: 1.0
 */
void
ama_score_set_value (AmaScore *self,
                    double  value)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  if (self->value == value)
    return;
  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

/**
 * ama_score_get_rationale:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:rationale].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Score:rationale]
 *
 * Since: 1.0
 */
const char *
ama_score_get_rationale (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), NULL);

  return self->rationale;
}

/**
 * ama_score_set_rationale:
 * @self: a #AmaScore
 * @rationale: (nullable): the new value
 *
 * Sets the [property@Ama.Score:rationale].
 *
 * Since: 1.0
 */
void
ama_score_set_rationale (AmaScore *self,
                        const char *rationale)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  if (!_ama_set_str (&self->rationale, rationale))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATIONALE]);
}

/**
 * ama_score_get_low:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:low].
 *
 * Returns: the [property@Ama.Score:low]
 *
 * Since: 1.0
 */
double
ama_score_get_low (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), 0.0);

  return self->has_low ? self->low : self->value;
}

/**
 * ama_score_set_low:
 * @self: a #AmaScore
 * @low: the new value
 *
 * Sets the [property@Ama.Score:low].
 *
 * Since: 1.0
 */
void
ama_score_set_low (AmaScore *self,
                   double low)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  g_return_if_fail (isfinite (low));

  /* Pinning an end that only followed the value is a change too: from
   * now on it stays when the value moves. */
  if (self->has_low && self->low == low)
    return;
  self->low = low;
  self->has_low = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOW]);
}

/**
 * ama_score_get_high:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:high].
 *
 * Returns: the [property@Ama.Score:high]
 *
 * Since: 1.0
 */
double
ama_score_get_high (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), 0.0);

  return self->has_high ? self->high : self->value;
}

/**
 * ama_score_set_high:
 * @self: a #AmaScore
 * @high: the new value
 *
 * Sets the [property@Ama.Score:high].
 *
 * Since: 1.0
 */
void
ama_score_set_high (AmaScore *self,
                    double high)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  g_return_if_fail (isfinite (high));

  /* Pinning an end that only followed the value is a change too: from
   * now on it stays when the value moves. */
  if (self->has_high && self->high == high)
    return;
  self->high = high;
  self->has_high = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH]);
}

/**
 * ama_score_get_source:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:source].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Score:source]
 *
 * Since: 1.0
 */
const char *
ama_score_get_source (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), NULL);

  return self->source;
}

/**
 * ama_score_set_source:
 * @self: a #AmaScore
 * @source: (nullable): the new value
 *
 * Sets the [property@Ama.Score:source].
 *
 * Since: 1.0
 */
void
ama_score_set_source (AmaScore *self,
                      const char *source)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  if (!_ama_set_str (&self->source, source))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * ama_score_get_scored_by:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:scored-by].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Score:scored-by]
 *
 * Since: 1.0
 */
const char *
ama_score_get_scored_by (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), NULL);

  return self->scored_by;
}

/**
 * ama_score_set_scored_by:
 * @self: a #AmaScore
 * @scored_by: (nullable): the new value
 *
 * Sets the [property@Ama.Score:scored-by].
 *
 * Since: 1.0
 */
void
ama_score_set_scored_by (AmaScore *self,
                         const char *scored_by)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  if (!_ama_set_str (&self->scored_by, scored_by))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORED_BY]);
}

/**
 * ama_score_get_dissent:
 * @self: a #AmaScore
 *
 * Gets the [property@Ama.Score:dissent].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Score:dissent]
 *
 * Since: 1.0
 */
const char *
ama_score_get_dissent (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), NULL);

  return self->dissent;
}

/**
 * ama_score_set_dissent:
 * @self: a #AmaScore
 * @dissent: (nullable): the new value
 *
 * Sets the [property@Ama.Score:dissent].
 *
 * Since: 1.0
 */
void
ama_score_set_dissent (AmaScore *self,
                       const char *dissent)
{
  g_return_if_fail (AMA_IS_SCORE (self));

  if (!_ama_set_str (&self->dissent, dissent))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISSENT]);
}

/**
 * ama_score_has_interval:
 * @self: a #AmaScore
 *
 * Whether the score is an interval rather than a point, that is whether
 * [property@Ama.Score:low] is below [property@Ama.Score:high].
 *
 * Returns: %TRUE if the score has a non-empty uncertainty interval
 *
 * Since: 1.0
 */
gboolean
ama_score_has_interval (AmaScore *self)
{
  g_return_val_if_fail (AMA_IS_SCORE (self), FALSE);

  return ama_score_get_low (self) < ama_score_get_high (self);
}

/**
 * ama_score_set_interval:
 * @self: a #AmaScore
 * @low: the low end, on the criterion's scale
 * @high: the high end, at least @low
 *
 * Sets both ends of the score's uncertainty interval.
 *
 * Since: 1.0
 */
void
ama_score_set_interval (AmaScore *self,
                        double    low,
                        double    high)
{
  g_return_if_fail (AMA_IS_SCORE (self));
  g_return_if_fail (isfinite (low) && isfinite (high) && low <= high);

  g_object_freeze_notify (G_OBJECT (self));
  ama_score_set_low (self, low);
  ama_score_set_high (self, high);
  g_object_thaw_notify (G_OBJECT (self));
}
