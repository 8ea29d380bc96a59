/* ama-score.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-score.h"
#include "ama.h"
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
};

G_DEFINE_FINAL_TYPE (AmaScore, ama_score, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_OPTION_ID,
  PROP_CRITERION_ID,
  PROP_VALUE,
  PROP_RATIONALE,
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
