/* ama-appraisal-weight-set.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-appraisal-weight-set.h"
#include "ama-appraisal-weight.h"
#include "ama-util-private.h"

#include <math.h>

/**
 * AmaAppraisalWeightSet:
 *
 * One stakeholder's set of criterion weights.
 *
 * Since: 1.0
 */

struct _AmaAppraisalWeightSet
{
  GObject parent_instance;

  char *id;
  char *name;
  char *stakeholder;
  char *source;
  char *notes;
  GListStore *weights;
};

G_DEFINE_FINAL_TYPE (AmaAppraisalWeightSet, ama_appraisal_weight_set, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_STAKEHOLDER,
  PROP_SOURCE,
  PROP_NOTES,
  PROP_WEIGHTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_appraisal_weight_set_dispose (GObject *object)
{
  AmaAppraisalWeightSet *self = (AmaAppraisalWeightSet *)object;

  (void)self;
  g_clear_object (&self->weights);

  G_OBJECT_CLASS (ama_appraisal_weight_set_parent_class)->dispose (object);
}

static void
ama_appraisal_weight_set_finalize (GObject *object)
{
  AmaAppraisalWeightSet *self = (AmaAppraisalWeightSet *)object;

  (void)self;
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->stakeholder, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ama_appraisal_weight_set_parent_class)->finalize (object);
}

static void
ama_appraisal_weight_set_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  AmaAppraisalWeightSet *self = AMA_APPRAISAL_WEIGHT_SET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_STAKEHOLDER:
      g_value_set_string (value, self->stakeholder);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_WEIGHTS:
      g_value_set_object (value, self->weights);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_weight_set_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  AmaAppraisalWeightSet *self = AMA_APPRAISAL_WEIGHT_SET (object);

  switch (prop_id)
    {
    case PROP_ID:
      ama_appraisal_weight_set_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      ama_appraisal_weight_set_set_name (self, g_value_get_string (value));
      break;

    case PROP_STAKEHOLDER:
      ama_appraisal_weight_set_set_stakeholder (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      ama_appraisal_weight_set_set_source (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      ama_appraisal_weight_set_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_weight_set_class_init (AmaAppraisalWeightSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_appraisal_weight_set_dispose;
  object_class->finalize = ama_appraisal_weight_set_finalize;
  object_class->get_property = ama_appraisal_weight_set_get_property;
  object_class->set_property = ama_appraisal_weight_set_set_property;

  /**
   * AmaAppraisalWeightSet:id:
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
   * AmaAppraisalWeightSet:name:
   *
   * A short name, e.g. `Finance-led`.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalWeightSet:stakeholder:
   *
   * Whose weights these are, e.g. `Improvement Board partners`.
   *
   * Since: 1.0
   */
  properties[PROP_STAKEHOLDER] =
    g_param_spec_string ("stakeholder", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalWeightSet:source:
   *
   * Where the weights come from: a workshop, a document, or `illustrative`.
   *
   * Since: 1.0
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalWeightSet:notes:
   *
   * Notes, e.g. how the weights were elicited (swing weighting, points allocation).
   *
   * Since: 1.0
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalWeightSet:weights:
   *
   * The weights, one per criterion. Raw: they are normalised to sum to one over the weighted criteria when used.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHTS] =
    g_param_spec_object ("weights", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_appraisal_weight_set_init (AmaAppraisalWeightSet *self)
{
  self->weights = g_list_store_new (AMA_TYPE_APPRAISAL_WEIGHT);
}

/**
 * ama_appraisal_weight_set_get_id:
 * @self: a #AmaAppraisalWeightSet
 *
 * Gets the [property@Ama.AppraisalWeightSet:id].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AppraisalWeightSet:id]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_weight_set_get_id (AmaAppraisalWeightSet *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self), NULL);

  return self->id;
}

/**
 * ama_appraisal_weight_set_set_id:
 * @self: a #AmaAppraisalWeightSet
 * @id: (nullable): the new value
 *
 * Sets the [property@Ama.AppraisalWeightSet:id].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_set_id (AmaAppraisalWeightSet *self,
                                 const char *id)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self));

  if (!_ama_set_str (&self->id, id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * ama_appraisal_weight_set_get_name:
 * @self: a #AmaAppraisalWeightSet
 *
 * Gets the [property@Ama.AppraisalWeightSet:name].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AppraisalWeightSet:name]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_weight_set_get_name (AmaAppraisalWeightSet *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self), NULL);

  return self->name;
}

/**
 * ama_appraisal_weight_set_set_name:
 * @self: a #AmaAppraisalWeightSet
 * @name: (nullable): the new value
 *
 * Sets the [property@Ama.AppraisalWeightSet:name].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_set_name (AmaAppraisalWeightSet *self,
                                   const char *name)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self));

  if (!_ama_set_str (&self->name, name))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * ama_appraisal_weight_set_get_stakeholder:
 * @self: a #AmaAppraisalWeightSet
 *
 * Gets the [property@Ama.AppraisalWeightSet:stakeholder].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AppraisalWeightSet:stakeholder]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_weight_set_get_stakeholder (AmaAppraisalWeightSet *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self), NULL);

  return self->stakeholder;
}

/**
 * ama_appraisal_weight_set_set_stakeholder:
 * @self: a #AmaAppraisalWeightSet
 * @stakeholder: (nullable): the new value
 *
 * Sets the [property@Ama.AppraisalWeightSet:stakeholder].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_set_stakeholder (AmaAppraisalWeightSet *self,
                                          const char *stakeholder)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self));

  if (!_ama_set_str (&self->stakeholder, stakeholder))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAKEHOLDER]);
}

/**
 * ama_appraisal_weight_set_get_source:
 * @self: a #AmaAppraisalWeightSet
 *
 * Gets the [property@Ama.AppraisalWeightSet:source].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AppraisalWeightSet:source]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_weight_set_get_source (AmaAppraisalWeightSet *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self), NULL);

  return self->source;
}

/**
 * ama_appraisal_weight_set_set_source:
 * @self: a #AmaAppraisalWeightSet
 * @source: (nullable): the new value
 *
 * Sets the [property@Ama.AppraisalWeightSet:source].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_set_source (AmaAppraisalWeightSet *self,
                                     const char *source)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self));

  if (!_ama_set_str (&self->source, source))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * ama_appraisal_weight_set_get_notes:
 * @self: a #AmaAppraisalWeightSet
 *
 * Gets the [property@Ama.AppraisalWeightSet:notes].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AppraisalWeightSet:notes]
 *
 * Since: 1.0
 */
const char *
ama_appraisal_weight_set_get_notes (AmaAppraisalWeightSet *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self), NULL);

  return self->notes;
}

/**
 * ama_appraisal_weight_set_set_notes:
 * @self: a #AmaAppraisalWeightSet
 * @notes: (nullable): the new value
 *
 * Sets the [property@Ama.AppraisalWeightSet:notes].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_set_notes (AmaAppraisalWeightSet *self,
                                    const char *notes)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self));

  if (!_ama_set_str (&self->notes, notes))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * ama_appraisal_weight_set_get_weights:
 * @self: a #AmaAppraisalWeightSet
 *
 * Gets the [property@Ama.AppraisalWeightSet:weights] as a list model whose items are [class@Ama.AppraisalWeight]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaAppraisalWeight
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_weight_set_get_weights (AmaAppraisalWeightSet *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self), NULL);

  return G_LIST_MODEL (self->weights);
}

/**
 * ama_appraisal_weight_set_add_weight:
 * @self: a #AmaAppraisalWeightSet
 * @weight: the #AmaAppraisalWeight to append
 *
 * Appends @weight to [property@Ama.AppraisalWeightSet:weights].
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_add_weight (AmaAppraisalWeightSet *self,
                                    AmaAppraisalWeight *weight)
{
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self));
  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT (weight));

  g_list_store_append (self->weights, weight);
}

/**
 * ama_appraisal_weight_set_remove_weight:
 * @self: a #AmaAppraisalWeightSet
 * @weight: the #AmaAppraisalWeight to remove
 *
 * Removes @weight from [property@Ama.AppraisalWeightSet:weights].
 *
 * Returns: %TRUE if @weight was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_appraisal_weight_set_remove_weight (AmaAppraisalWeightSet *self,
                                       AmaAppraisalWeight *weight)
{
  guint position;

  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self), FALSE);
  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT (weight), FALSE);

  if (!g_list_store_find (self->weights, weight, &position))
    return FALSE;

  g_list_store_remove (self->weights, position);
  return TRUE;
}

/**
 * ama_appraisal_weight_set_new:
 * @id: (nullable): the initial [property@Ama.AppraisalWeightSet:id]
 * @name: (nullable): the initial [property@Ama.AppraisalWeightSet:name]
 *
 * Creates a new, empty [class@Ama.AppraisalWeightSet].
 *
 * Returns: (transfer full): a new #AmaAppraisalWeightSet
 *
 * Since: 1.0
 */
AmaAppraisalWeightSet *
ama_appraisal_weight_set_new (const char *id,
                              const char *name)
{
  return g_object_new (AMA_TYPE_APPRAISAL_WEIGHT_SET,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * ama_appraisal_weight_set_lookup:
 * @self: a #AmaAppraisalWeightSet
 * @criterion_id: a [property@Ama.Criterion:id]
 *
 * Finds the weight this set gives @criterion_id.
 *
 * Returns: (transfer none) (nullable): the #AmaAppraisalWeight, or %NULL
 *   when the set does not weight @criterion_id
 *
 * Since: 1.0
 */
AmaAppraisalWeight *
ama_appraisal_weight_set_lookup (AmaAppraisalWeightSet *self,
                                 const char            *criterion_id)
{
  guint n;

  g_return_val_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self), NULL);
  g_return_val_if_fail (criterion_id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->weights));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaAppraisalWeight) w = g_list_model_get_item (G_LIST_MODEL (self->weights), i);
      if (g_strcmp0 (ama_appraisal_weight_get_criterion_id (w), criterion_id) == 0)
        return w; /* the store still holds a reference */
    }
  return NULL;
}

/**
 * ama_appraisal_weight_set_set_weight:
 * @self: a #AmaAppraisalWeightSet
 * @criterion_id: a [property@Ama.Criterion:id]
 * @value: the raw weight, at least zero
 *
 * Sets the weight for @criterion_id, replacing the value of an existing
 * [class@Ama.AppraisalWeight] for it or appending a new one.
 *
 * Since: 1.0
 */
void
ama_appraisal_weight_set_set_weight (AmaAppraisalWeightSet *self,
                                     const char            *criterion_id,
                                     double                 value)
{
  AmaAppraisalWeight *existing;
  g_autoptr(AmaAppraisalWeight) w = NULL;

  g_return_if_fail (AMA_IS_APPRAISAL_WEIGHT_SET (self));
  g_return_if_fail (criterion_id != NULL);
  g_return_if_fail (isfinite (value) && value >= 0.0);

  if ((existing = ama_appraisal_weight_set_lookup (self, criterion_id)) != NULL)
    {
      ama_appraisal_weight_set_value (existing, value);
      return;
    }
  w = ama_appraisal_weight_new (criterion_id, value);
  g_list_store_append (self->weights, w);
}
