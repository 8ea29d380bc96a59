/* ama-criterion.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "ama-criterion.h"
#include "ama-appraisal-enums.h"
#include "ama-enum-types.h"
#include "ama-util-private.h"

/**
 * AmaCriterion:
 *
 * A criterion an appraisal scores options against.
 *
 * Since: 1.0
 */

struct _AmaCriterion
{
  GObject parent_instance;

  char *id;
  char *name;
  char *group;
  double weight;
  char *description;
  AmaCriterionDirection direction;
  double scale_min;
  double scale_max;
  gboolean must_pass;
  double pass_mark;
  char *weight_source;
  char *weighted_by;
  char *weight_dissent;
};

G_DEFINE_FINAL_TYPE (AmaCriterion, ama_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_GROUP,
  PROP_WEIGHT,
  PROP_DESCRIPTION,
  PROP_DIRECTION,
  PROP_SCALE_MIN,
  PROP_SCALE_MAX,
  PROP_MUST_PASS,
  PROP_PASS_MARK,
  PROP_WEIGHT_SOURCE,
  PROP_WEIGHTED_BY,
  PROP_WEIGHT_DISSENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_criterion_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_criterion_parent_class)->dispose (object);
}

static void
ama_criterion_finalize (GObject *object)
{
  AmaCriterion *self = (AmaCriterion *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->weight_source, g_free);
  g_clear_pointer (&self->weighted_by, g_free);
  g_clear_pointer (&self->weight_dissent, g_free);

  G_OBJECT_CLASS (ama_criterion_parent_class)->finalize (object);
}

static void
ama_criterion_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AmaCriterion *self = AMA_CRITERION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;

    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;

    case PROP_SCALE_MIN:
      g_value_set_double (value, self->scale_min);
      break;

    case PROP_SCALE_MAX:
      g_value_set_double (value, self->scale_max);
      break;

    case PROP_MUST_PASS:
      g_value_set_boolean (value, self->must_pass);
      break;

    case PROP_PASS_MARK:
      g_value_set_double (value, self->pass_mark);
      break;

    case PROP_WEIGHT_SOURCE:
      g_value_set_string (value, self->weight_source);
      break;

    case PROP_WEIGHTED_BY:
      g_value_set_string (value, self->weighted_by);
      break;

    case PROP_WEIGHT_DISSENT:
      g_value_set_string (value, self->weight_dissent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_criterion_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AmaCriterion *self = AMA_CRITERION (object);

  switch (prop_id)
    {
    case PROP_ID:
      ama_criterion_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      ama_criterion_set_name (self, g_value_get_string (value));
      break;

    case PROP_GROUP:
      ama_criterion_set_group (self, g_value_get_string (value));
      break;

    case PROP_WEIGHT:
      ama_criterion_set_weight (self, g_value_get_double (value));
      break;

    case PROP_DESCRIPTION:
      ama_criterion_set_description (self, g_value_get_string (value));
      break;

    case PROP_DIRECTION:
      ama_criterion_set_direction (self, g_value_get_enum (value));
      break;

    case PROP_SCALE_MIN:
      ama_criterion_set_scale_min (self, g_value_get_double (value));
      break;

    case PROP_SCALE_MAX:
      ama_criterion_set_scale_max (self, g_value_get_double (value));
      break;

    case PROP_MUST_PASS:
      ama_criterion_set_must_pass (self, g_value_get_boolean (value));
      break;

    case PROP_PASS_MARK:
      ama_criterion_set_pass_mark (self, g_value_get_double (value));
      break;

    case PROP_WEIGHT_SOURCE:
      ama_criterion_set_weight_source (self, g_value_get_string (value));
      break;

    case PROP_WEIGHTED_BY:
      ama_criterion_set_weighted_by (self, g_value_get_string (value));
      break;

    case PROP_WEIGHT_DISSENT:
      ama_criterion_set_weight_dissent (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_criterion_class_init (AmaCriterionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_criterion_dispose;
  object_class->finalize = ama_criterion_finalize;
  object_class->get_property = ama_criterion_get_property;
  object_class->set_property = ama_criterion_set_property;

  /**
   * AmaCriterion:id:
   *
   * A stable identifier, unique within the appraisal.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:name:
   *
   * A short name, e.g. `Robust financial management`.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:group:
   *
   * The family of criteria it belongs to, e.g. `seven-tests`.
   *
   * Since: 1.0
   */
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:weight:
   *
   * Its weight (raw; see the appraisal for normalisation).
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:description:
   *
   * The criterion in full.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:direction:
   *
   * Whether a higher score is better (a benefit) or worse (a cost).
   *
   * Since: 1.0
   */
  properties[PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL,
                       AMA_TYPE_CRITERION_DIRECTION, AMA_CRITERION_DIRECTION_BENEFIT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:scale-min:
   *
   * The bottom of the declared scoring scale (e.g. 0). Scores are read on the scale from [property@Ama.Criterion:scale-min] to [property@Ama.Criterion:scale-max]; an appraisal refuses a score outside it.
   *
   * Since: 1.0
   */
  properties[PROP_SCALE_MIN] =
    g_param_spec_double ("scale-min", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:scale-max:
   *
   * The top of the declared scoring scale (e.g. 100, or 5 on a 0–5 scale).
   *
   * Since: 1.0
   */
  properties[PROP_SCALE_MAX] =
    g_param_spec_double ("scale-max", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 100.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:must-pass:
   *
   * Whether the criterion is a must-pass gate (a statutory test, a VAT show-stopper) rather than a weighted one: an option scoring worse than [property@Ama.Criterion:pass-mark] fails the gate and is not ranked, whatever its other scores. A gate takes no part in the weighted sum.
   *
   * Since: 1.0
   */
  properties[PROP_MUST_PASS] =
    g_param_spec_boolean ("must-pass", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:pass-mark:
   *
   * For a must-pass criterion, the worst score that still passes (at least this for a benefit, at most this for a cost).
   *
   * Since: 1.0
   */
  properties[PROP_PASS_MARK] =
    g_param_spec_double ("pass-mark", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:weight-source:
   *
   * Where the weight comes from (a workshop, a report paragraph, `illustrative`).
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT_SOURCE] =
    g_param_spec_string ("weight-source", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:weighted-by:
   *
   * Who set the weight.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHTED_BY] =
    g_param_spec_string ("weighted-by", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCriterion:weight-dissent:
   *
   * Recorded dissent from the weight: who disagreed and what they would have given.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT_DISSENT] =
    g_param_spec_string ("weight-dissent", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_criterion_init (AmaCriterion *self)
{
  /* The MCDA manual's 0–100 preference scale, unless declared otherwise. */
  self->scale_max = 100.0;
}

/**
 * ama_criterion_new:
 * @id: (nullable): the initial [property@Ama.Criterion:id]
 * @name: (nullable): the initial [property@Ama.Criterion:name]
 *
 * Creates a new [class@Ama.Criterion].
 *
 * Returns: (transfer full): a new #AmaCriterion
 *
 * Since: 1.0
 */
AmaCriterion *
ama_criterion_new (const char *id, const char *name)
{
  return g_object_new (AMA_TYPE_CRITERION,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * ama_criterion_get_id:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:id].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Criterion:id]
 *
 * Since: 1.0
 */
const char *
ama_criterion_get_id (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), NULL);

  return self->id;
}

/**
 * ama_criterion_set_id:
 * @self: a #AmaCriterion
 * @id: (nullable): the new value
 *
 * Sets the [property@Ama.Criterion:id].
 *
 * Since: 1.0
 */
void
ama_criterion_set_id (AmaCriterion *self,
                     const char *id)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (!_ama_set_str (&self->id, id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * ama_criterion_get_name:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:name].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Criterion:name]
 *
 * Since: 1.0
 */
const char *
ama_criterion_get_name (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), NULL);

  return self->name;
}

/**
 * ama_criterion_set_name:
 * @self: a #AmaCriterion
 * @name: (nullable): the new value
 *
 * Sets the [property@Ama.Criterion:name].
 *
 * Since: 1.0
 */
void
ama_criterion_set_name (AmaCriterion *self,
                       const char *name)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (!_ama_set_str (&self->name, name))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * ama_criterion_get_group:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:group].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Criterion:group]
 *
 * Since: 1.0
 */
const char *
ama_criterion_get_group (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), NULL);

  return self->group;
}

/**
 * ama_criterion_set_group:
 * @self: a #AmaCriterion
 * @group: (nullable): the new value
 *
 * Sets the [property@Ama.Criterion:group].
 *
 * Since: 1.0
 */
void
ama_criterion_set_group (AmaCriterion *self,
                        const char *group)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (!_ama_set_str (&self->group, group))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}

/**
 * ama_criterion_get_weight:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:weight].
 *
 * Returns: the [property@Ama.Criterion:weight]
 *
 * Since: 1.0
 */
double
ama_criterion_get_weight (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), 0.0);

  return self->weight;
}

/**
 * ama_criterion_set_weight:
 * @self: a #AmaCriterion
 * @weight: the new value
 *
 * Sets the [property@Ama.Criterion:weight].
 *
 * Since: 1.0
 */
void
ama_criterion_set_weight (AmaCriterion *self,
                         double  weight)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (self->weight == weight)
    return;
  self->weight = weight;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

/**
 * ama_criterion_get_description:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:description].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Criterion:description]
 *
 * Since: 1.0
 */
const char *
ama_criterion_get_description (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), NULL);

  return self->description;
}

/**
 * ama_criterion_set_description:
 * @self: a #AmaCriterion
 * @description: (nullable): the new value
 *
 * Sets the [property@Ama.Criterion:description].
 *
 * Since: 1.0
 */
void
ama_criterion_set_description (AmaCriterion *self,
                              const char *description)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (!_ama_set_str (&self->description, description))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * ama_criterion_get_direction:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:direction].
 *
 * Returns: the [property@Ama.Criterion:direction]
 *
 * Since: 1.0
 */
AmaCriterionDirection
ama_criterion_get_direction (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), AMA_CRITERION_DIRECTION_BENEFIT);

  return self->direction;
}

/**
 * ama_criterion_set_direction:
 * @self: a #AmaCriterion
 * @direction: the new value
 *
 * Sets the [property@Ama.Criterion:direction].
 *
 * Since: 1.0
 */
void
ama_criterion_set_direction (AmaCriterion *self,
                             AmaCriterionDirection direction)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (self->direction == direction)
    return;
  self->direction = direction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTION]);
}

/**
 * ama_criterion_get_scale_min:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:scale-min].
 *
 * Returns: the [property@Ama.Criterion:scale-min]
 *
 * Since: 1.0
 */
double
ama_criterion_get_scale_min (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), 0.0);

  return self->scale_min;
}

/**
 * ama_criterion_set_scale_min:
 * @self: a #AmaCriterion
 * @scale_min: the new value
 *
 * Sets the [property@Ama.Criterion:scale-min].
 *
 * Since: 1.0
 */
void
ama_criterion_set_scale_min (AmaCriterion *self,
                             double scale_min)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  g_return_if_fail (isfinite (scale_min));

  if (self->scale_min == scale_min)
    return;
  self->scale_min = scale_min;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MIN]);
}

/**
 * ama_criterion_get_scale_max:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:scale-max].
 *
 * Returns: the [property@Ama.Criterion:scale-max]
 *
 * Since: 1.0
 */
double
ama_criterion_get_scale_max (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), 0.0);

  return self->scale_max;
}

/**
 * ama_criterion_set_scale_max:
 * @self: a #AmaCriterion
 * @scale_max: the new value
 *
 * Sets the [property@Ama.Criterion:scale-max].
 *
 * Since: 1.0
 */
void
ama_criterion_set_scale_max (AmaCriterion *self,
                             double scale_max)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  g_return_if_fail (isfinite (scale_max));

  if (self->scale_max == scale_max)
    return;
  self->scale_max = scale_max;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE_MAX]);
}

/**
 * ama_criterion_get_must_pass:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:must-pass].
 *
 * Returns: the [property@Ama.Criterion:must-pass]
 *
 * Since: 1.0
 */
gboolean
ama_criterion_get_must_pass (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), FALSE);

  return self->must_pass;
}

/**
 * ama_criterion_set_must_pass:
 * @self: a #AmaCriterion
 * @must_pass: the new value
 *
 * Sets the [property@Ama.Criterion:must-pass].
 *
 * Since: 1.0
 */
void
ama_criterion_set_must_pass (AmaCriterion *self,
                             gboolean must_pass)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  must_pass = !!must_pass;
  if (self->must_pass == must_pass)
    return;
  self->must_pass = must_pass;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUST_PASS]);
}

/**
 * ama_criterion_get_pass_mark:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:pass-mark].
 *
 * Returns: the [property@Ama.Criterion:pass-mark]
 *
 * Since: 1.0
 */
double
ama_criterion_get_pass_mark (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), 0.0);

  return self->pass_mark;
}

/**
 * ama_criterion_set_pass_mark:
 * @self: a #AmaCriterion
 * @pass_mark: the new value
 *
 * Sets the [property@Ama.Criterion:pass-mark].
 *
 * Since: 1.0
 */
void
ama_criterion_set_pass_mark (AmaCriterion *self,
                             double pass_mark)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  g_return_if_fail (isfinite (pass_mark));

  if (self->pass_mark == pass_mark)
    return;
  self->pass_mark = pass_mark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PASS_MARK]);
}

/**
 * ama_criterion_get_weight_source:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:weight-source].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Criterion:weight-source]
 *
 * Since: 1.0
 */
const char *
ama_criterion_get_weight_source (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), NULL);

  return self->weight_source;
}

/**
 * ama_criterion_set_weight_source:
 * @self: a #AmaCriterion
 * @weight_source: (nullable): the new value
 *
 * Sets the [property@Ama.Criterion:weight-source].
 *
 * Since: 1.0
 */
void
ama_criterion_set_weight_source (AmaCriterion *self,
                                 const char *weight_source)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (!_ama_set_str (&self->weight_source, weight_source))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT_SOURCE]);
}

/**
 * ama_criterion_get_weighted_by:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:weighted-by].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Criterion:weighted-by]
 *
 * Since: 1.0
 */
const char *
ama_criterion_get_weighted_by (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), NULL);

  return self->weighted_by;
}

/**
 * ama_criterion_set_weighted_by:
 * @self: a #AmaCriterion
 * @weighted_by: (nullable): the new value
 *
 * Sets the [property@Ama.Criterion:weighted-by].
 *
 * Since: 1.0
 */
void
ama_criterion_set_weighted_by (AmaCriterion *self,
                               const char *weighted_by)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (!_ama_set_str (&self->weighted_by, weighted_by))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHTED_BY]);
}

/**
 * ama_criterion_get_weight_dissent:
 * @self: a #AmaCriterion
 *
 * Gets the [property@Ama.Criterion:weight-dissent].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Criterion:weight-dissent]
 *
 * Since: 1.0
 */
const char *
ama_criterion_get_weight_dissent (AmaCriterion *self)
{
  g_return_val_if_fail (AMA_IS_CRITERION (self), NULL);

  return self->weight_dissent;
}

/**
 * ama_criterion_set_weight_dissent:
 * @self: a #AmaCriterion
 * @weight_dissent: (nullable): the new value
 *
 * Sets the [property@Ama.Criterion:weight-dissent].
 *
 * Since: 1.0
 */
void
ama_criterion_set_weight_dissent (AmaCriterion *self,
                                  const char *weight_dissent)
{
  g_return_if_fail (AMA_IS_CRITERION (self));

  if (!_ama_set_str (&self->weight_dissent, weight_dissent))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT_DISSENT]);
}
