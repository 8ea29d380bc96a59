/* ama-officer-actions.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-tracking-item.h"
#include "ama-officer-actions.h"

/**
 * AmaOfficerActions:
 *
 * The actions one officer owns: every outstanding [class@Ama.TrackingItem]
 * whose officer has this name, OCR-like variants of the name included.
 *
 * Since: 1.0
 */

struct _AmaOfficerActions
{
  GObject parent_instance;

  char *name;
  GListModel *items;
  guint overdue_count;
};

G_DEFINE_FINAL_TYPE (AmaOfficerActions, ama_officer_actions, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ITEMS,
  PROP_OVERDUE_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_officer_actions_finalize (GObject *object)
{
  AmaOfficerActions *self = (AmaOfficerActions *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (ama_officer_actions_parent_class)->finalize (object);
}

static void
ama_officer_actions_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AmaOfficerActions *self = AMA_OFFICER_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;

    case PROP_OVERDUE_COUNT:
      g_value_set_uint (value, self->overdue_count);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_officer_actions_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AmaOfficerActions *self = AMA_OFFICER_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_ITEMS:
      /* Keep the empty list from init when none is given. */
      if (g_value_get_object (value) != NULL)
        {
          g_clear_object (&self->items);
          self->items = g_value_dup_object (value);
        }
      break;

    case PROP_OVERDUE_COUNT:
      self->overdue_count = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_officer_actions_class_init (AmaOfficerActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_officer_actions_finalize;
  object_class->get_property = ama_officer_actions_get_property;
  object_class->set_property = ama_officer_actions_set_property;

  /**
   * AmaOfficerActions:name:
   *
   * The officer's name, in its most plausible spelling.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOfficerActions:items:
   *
   * The officer's outstanding actions, a list of [class@Ama.TrackingItem]s.
   *
   * Since: 1.0
   */
  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOfficerActions:overdue-count:
   *
   * How many of the actions are overdue.
   *
   * Since: 1.0
   */
  properties[PROP_OVERDUE_COUNT] =
    g_param_spec_uint ("overdue-count", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_officer_actions_init (AmaOfficerActions *self)
{
  self->items = G_LIST_MODEL (g_list_store_new (AMA_TYPE_TRACKING_ITEM));
}

/**
 * ama_officer_actions_get_name:
 * @self: a #AmaOfficerActions
 *
 * Gets the [property@Ama.OfficerActions:name].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.OfficerActions:name]
 *
 * Since: 1.0
 */
const char *
ama_officer_actions_get_name (AmaOfficerActions *self)
{
  g_return_val_if_fail (AMA_IS_OFFICER_ACTIONS (self), NULL);

  return self->name;
}

/**
 * ama_officer_actions_get_items:
 * @self: a #AmaOfficerActions
 *
 * Gets the [property@Ama.OfficerActions:items].
 *
 * Returns: (transfer none): the [property@Ama.OfficerActions:items]
 *
 * Since: 1.0
 */
GListModel *
ama_officer_actions_get_items (AmaOfficerActions *self)
{
  g_return_val_if_fail (AMA_IS_OFFICER_ACTIONS (self), NULL);

  return self->items;
}

/**
 * ama_officer_actions_get_overdue_count:
 * @self: a #AmaOfficerActions
 *
 * Gets the [property@Ama.OfficerActions:overdue-count].
 *
 * Returns: the [property@Ama.OfficerActions:overdue-count]
 *
 * Since: 1.0
 */
guint
ama_officer_actions_get_overdue_count (AmaOfficerActions *self)
{
  g_return_val_if_fail (AMA_IS_OFFICER_ACTIONS (self), 0);

  return self->overdue_count;
}
