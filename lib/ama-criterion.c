/* ama-criterion.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-criterion.h"
#include "ama.h"
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
};

G_DEFINE_FINAL_TYPE (AmaCriterion, ama_criterion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_GROUP,
  PROP_WEIGHT,
  PROP_DESCRIPTION,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_criterion_init (AmaCriterion *self)
{
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
