/* ama-consideration.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-consideration.h"
#include "ama-util-private.h"

/**
 * AmaConsideration:
 *
 * A body's consideration of a review on a given date.
 *
 * Since: 1.0
 */

struct _AmaConsideration
{
  GObject parent_instance;

  char *body;
  GDateTime *date;
  char *outcome;
};

G_DEFINE_FINAL_TYPE (AmaConsideration, ama_consideration, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BODY,
  PROP_DATE,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_consideration_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_consideration_parent_class)->dispose (object);
}

static void
ama_consideration_finalize (GObject *object)
{
  AmaConsideration *self = (AmaConsideration *)object;

  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->outcome, g_free);

  G_OBJECT_CLASS (ama_consideration_parent_class)->finalize (object);
}

static void
ama_consideration_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AmaConsideration *self = AMA_CONSIDERATION (object);

  switch (prop_id)
    {
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_consideration_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AmaConsideration *self = AMA_CONSIDERATION (object);

  switch (prop_id)
    {
    case PROP_BODY:
      ama_consideration_set_body (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      ama_consideration_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_OUTCOME:
      ama_consideration_set_outcome (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_consideration_class_init (AmaConsiderationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_consideration_dispose;
  object_class->finalize = ama_consideration_finalize;
  object_class->get_property = ama_consideration_get_property;
  object_class->set_property = ama_consideration_set_property;

  /**
   * AmaConsideration:body:
   *
   * The committee or board.
   *
   * Since: 1.0
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaConsideration:date:
   *
   * When it considered the review.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaConsideration:outcome:
   *
   * What it did, e.g. `approved` or `for information`.
   *
   * Since: 1.0
   */
  properties[PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_consideration_init (AmaConsideration *self)
{
}

/**
 * ama_consideration_new:
 * @body: (nullable): the initial [property@Ama.Consideration:body]
 * @date: (nullable): the initial [property@Ama.Consideration:date]
 * @outcome: (nullable): the initial [property@Ama.Consideration:outcome]
 *
 * Creates a new [class@Ama.Consideration].
 *
 * Returns: (transfer full): a new #AmaConsideration
 *
 * Since: 1.0
 */
AmaConsideration *
ama_consideration_new (const char *body, GDateTime *date, const char *outcome)
{
  return g_object_new (AMA_TYPE_CONSIDERATION,
                       "body", body,
                       "date", date,
                       "outcome", outcome,
                       NULL);
}

/**
 * ama_consideration_get_body:
 * @self: a #AmaConsideration
 *
 * Gets the [property@Ama.Consideration:body].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Consideration:body]
 *
 * Since: 1.0
 */
const char *
ama_consideration_get_body (AmaConsideration *self)
{
  g_return_val_if_fail (AMA_IS_CONSIDERATION (self), NULL);

  return self->body;
}

/**
 * ama_consideration_set_body:
 * @self: a #AmaConsideration
 * @body: (nullable): the new value
 *
 * Sets the [property@Ama.Consideration:body].
 *
 * Since: 1.0
 */
void
ama_consideration_set_body (AmaConsideration *self,
                           const char *body)
{
  g_return_if_fail (AMA_IS_CONSIDERATION (self));

  if (!_ama_set_str (&self->body, body))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * ama_consideration_get_date:
 * @self: a #AmaConsideration
 *
 * Gets the [property@Ama.Consideration:date].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Consideration:date]
 *
 * Since: 1.0
 */
GDateTime *
ama_consideration_get_date (AmaConsideration *self)
{
  g_return_val_if_fail (AMA_IS_CONSIDERATION (self), NULL);

  return self->date;
}

/**
 * ama_consideration_set_date:
 * @self: a #AmaConsideration
 * @date: (nullable): the new value
 *
 * Sets the [property@Ama.Consideration:date].
 *
 * Since: 1.0
 */
void
ama_consideration_set_date (AmaConsideration *self,
                           GDateTime *date)
{
  g_return_if_fail (AMA_IS_CONSIDERATION (self));

  if (!_ama_set_date (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ama_consideration_get_outcome:
 * @self: a #AmaConsideration
 *
 * Gets the [property@Ama.Consideration:outcome].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Consideration:outcome]
 *
 * Since: 1.0
 */
const char *
ama_consideration_get_outcome (AmaConsideration *self)
{
  g_return_val_if_fail (AMA_IS_CONSIDERATION (self), NULL);

  return self->outcome;
}

/**
 * ama_consideration_set_outcome:
 * @self: a #AmaConsideration
 * @outcome: (nullable): the new value
 *
 * Sets the [property@Ama.Consideration:outcome].
 *
 * Since: 1.0
 */
void
ama_consideration_set_outcome (AmaConsideration *self,
                              const char *outcome)
{
  g_return_if_fail (AMA_IS_CONSIDERATION (self));

  if (!_ama_set_str (&self->outcome, outcome))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}
