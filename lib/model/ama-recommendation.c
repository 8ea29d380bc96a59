/* ama-recommendation.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-recommendation.h"
#include "ama-source-ref.h"
#include "ama-progress-update.h"
#include "ama-response.h"
#include "ama-util-private.h"

/**
 * AmaRecommendation:
 *
 * One numbered recommendation of a review.
 *
 * Since: 1.0
 */

struct _AmaRecommendation
{
  GObject parent_instance;

  char *number;
  char *text;
  char **points;
  AmaResponse *response;
  GListStore *updates;
  AmaSourceRef *source;  /* where an importer read it; NULL when not imported */
};

G_DEFINE_FINAL_TYPE (AmaRecommendation, ama_recommendation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_POINTS,
  PROP_RESPONSE,
  PROP_UPDATES,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_recommendation_dispose (GObject *object)
{
  AmaRecommendation *self = (AmaRecommendation *)object;

  g_clear_object (&self->response);
  g_clear_object (&self->updates);

  G_OBJECT_CLASS (ama_recommendation_parent_class)->dispose (object);
}

static void
ama_recommendation_finalize (GObject *object)
{
  AmaRecommendation *self = (AmaRecommendation *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->points, g_strfreev);

  g_clear_pointer (&self->source, ama_source_ref_unref);

  G_OBJECT_CLASS (ama_recommendation_parent_class)->finalize (object);
}

static void
ama_recommendation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AmaRecommendation *self = AMA_RECOMMENDATION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_POINTS:
      g_value_set_boxed (value, self->points);
      break;

    case PROP_RESPONSE:
      g_value_set_object (value, self->response);
      break;

    case PROP_UPDATES:
      g_value_set_object (value, self->updates);
      break;

    case PROP_SOURCE:
      g_value_set_boxed (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_recommendation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AmaRecommendation *self = AMA_RECOMMENDATION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      ama_recommendation_set_number (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      ama_recommendation_set_text (self, g_value_get_string (value));
      break;

    case PROP_POINTS:
      ama_recommendation_set_points (self, g_value_get_boxed (value));
      break;

    case PROP_RESPONSE:
      ama_recommendation_set_response (self, g_value_get_object (value));
      break;

    case PROP_SOURCE:
      ama_recommendation_set_source (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_recommendation_class_init (AmaRecommendationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_recommendation_dispose;
  object_class->finalize = ama_recommendation_finalize;
  object_class->get_property = ama_recommendation_get_property;
  object_class->set_property = ama_recommendation_set_property;

  /**
   * AmaRecommendation:number:
   *
   * The label as printed: `1`, `3a`, `B`.
   *
   * Since: 1.0
   */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaRecommendation:text:
   *
   * The recommendation's text, without its bullet points.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaRecommendation:points:
   *
   * The bullet points that follow the text, in order.
   *
   * Since: 1.0
   */
  properties[PROP_POINTS] =
    g_param_spec_boxed ("points", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaRecommendation:response:
   *
   * The executive's response, if any.
   *
   * Since: 1.0
   */
  properties[PROP_RESPONSE] =
    g_param_spec_object ("response", NULL, NULL,
                         AMA_TYPE_RESPONSE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaRecommendation:updates:
   *
   * Dated progress updates, oldest first.
   *
   * Since: 1.0
   */
  properties[PROP_UPDATES] =
    g_param_spec_object ("updates", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaRecommendation:source:
   *
   * Where an importer read this (document, page, line, table row and
   * column), so a reader can check it against the page; %NULL when it
   * was not imported or the place is not known. Saved as `"source"`.
   *
   * Since: 1.2
   */
  properties[PROP_SOURCE] =
    g_param_spec_boxed ("source", NULL, NULL,
                        AMA_TYPE_SOURCE_REF,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_recommendation_init (AmaRecommendation *self)
{
  self->updates = g_list_store_new (AMA_TYPE_PROGRESS_UPDATE);
}

/**
 * ama_recommendation_new:
 * @number: (nullable): the initial [property@Ama.Recommendation:number]
 * @text: (nullable): the initial [property@Ama.Recommendation:text]
 *
 * Creates a new [class@Ama.Recommendation].
 *
 * Returns: (transfer full): a new #AmaRecommendation
 *
 * Since: 1.0
 */
AmaRecommendation *
ama_recommendation_new (const char *number, const char *text)
{
  return g_object_new (AMA_TYPE_RECOMMENDATION,
                       "number", number,
                       "text", text,
                       NULL);
}

/**
 * ama_recommendation_get_number:
 * @self: a #AmaRecommendation
 *
 * Gets the [property@Ama.Recommendation:number].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Recommendation:number]
 *
 * Since: 1.0
 */
const char *
ama_recommendation_get_number (AmaRecommendation *self)
{
  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), NULL);

  return self->number;
}

/**
 * ama_recommendation_set_number:
 * @self: a #AmaRecommendation
 * @number: (nullable): the new value
 *
 * Sets the [property@Ama.Recommendation:number].
 *
 * Since: 1.0
 */
void
ama_recommendation_set_number (AmaRecommendation *self,
                              const char *number)
{
  g_return_if_fail (AMA_IS_RECOMMENDATION (self));

  if (!_ama_set_str (&self->number, number))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

/**
 * ama_recommendation_get_text:
 * @self: a #AmaRecommendation
 *
 * Gets the [property@Ama.Recommendation:text].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Recommendation:text]
 *
 * Since: 1.0
 */
const char *
ama_recommendation_get_text (AmaRecommendation *self)
{
  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), NULL);

  return self->text;
}

/**
 * ama_recommendation_set_text:
 * @self: a #AmaRecommendation
 * @text: (nullable): the new value
 *
 * Sets the [property@Ama.Recommendation:text].
 *
 * Since: 1.0
 */
void
ama_recommendation_set_text (AmaRecommendation *self,
                            const char *text)
{
  g_return_if_fail (AMA_IS_RECOMMENDATION (self));

  if (!_ama_set_str (&self->text, text))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * ama_recommendation_get_points:
 * @self: a #AmaRecommendation
 *
 * Gets the [property@Ama.Recommendation:points].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Recommendation:points]
 *
 * Since: 1.0
 */
const char * const *
ama_recommendation_get_points (AmaRecommendation *self)
{
  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), NULL);

  return (const char * const *)self->points;
}

/**
 * ama_recommendation_set_points:
 * @self: a #AmaRecommendation
 * @points: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Recommendation:points].
 *
 * Since: 1.0
 */
void
ama_recommendation_set_points (AmaRecommendation *self,
                              const char * const *points)
{
  g_return_if_fail (AMA_IS_RECOMMENDATION (self));

  if (!_ama_set_strv (&self->points, points))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POINTS]);
}

/**
 * ama_recommendation_get_response:
 * @self: a #AmaRecommendation
 *
 * Gets the [property@Ama.Recommendation:response].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Recommendation:response]
 *
 * Since: 1.0
 */
AmaResponse *
ama_recommendation_get_response (AmaRecommendation *self)
{
  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), NULL);

  return self->response;
}

/**
 * ama_recommendation_set_response:
 * @self: a #AmaRecommendation
 * @response: (nullable): the new value
 *
 * Sets the [property@Ama.Recommendation:response].
 *
 * Since: 1.0
 */
void
ama_recommendation_set_response (AmaRecommendation *self,
                                AmaResponse *response)
{
  g_return_if_fail (AMA_IS_RECOMMENDATION (self));
  g_return_if_fail (!response || AMA_IS_RESPONSE (response));

  if (!g_set_object (&self->response, response))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSE]);
}

/**
 * ama_recommendation_get_updates:
 * @self: a #AmaRecommendation
 *
 * Gets the [property@Ama.Recommendation:updates] as a list model whose items are [class@Ama.ProgressUpdate]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaProgressUpdate
 *
 * Since: 1.0
 */
GListModel *
ama_recommendation_get_updates (AmaRecommendation *self)
{
  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), NULL);

  return G_LIST_MODEL (self->updates);
}

/**
 * ama_recommendation_add_update:
 * @self: a #AmaRecommendation
 * @update: the #AmaProgressUpdate to append
 *
 * Appends @update to [property@Ama.Recommendation:updates].
 *
 * Since: 1.0
 */
void
ama_recommendation_add_update (AmaRecommendation *self,
                              AmaProgressUpdate *update)
{
  g_return_if_fail (AMA_IS_RECOMMENDATION (self));
  g_return_if_fail (AMA_IS_PROGRESS_UPDATE (update));

  g_list_store_append (self->updates, update);
}

/**
 * ama_recommendation_remove_update:
 * @self: a #AmaRecommendation
 * @update: the #AmaProgressUpdate to remove
 *
 * Removes @update from [property@Ama.Recommendation:updates].
 *
 * Returns: %TRUE if @update was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_recommendation_remove_update (AmaRecommendation *self,
                                 AmaProgressUpdate *update)
{
  guint position;

  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), FALSE);
  g_return_val_if_fail (AMA_IS_PROGRESS_UPDATE (update), FALSE);

  if (!g_list_store_find (self->updates, update, &position))
    return FALSE;

  g_list_store_remove (self->updates, position);
  return TRUE;
}

/**
 * ama_recommendation_get_source:
 * @self: a #AmaRecommendation
 *
 * Gets where this was read from; see [property@Ama.Recommendation:source].
 *
 * Returns: (transfer none) (nullable): the source, or %NULL
 *
 * Since: 1.2
 */
AmaSourceRef *
ama_recommendation_get_source (AmaRecommendation *self)
{
  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), NULL);

  return self->source;
}

/**
 * ama_recommendation_set_source:
 * @self: a #AmaRecommendation
 * @source: (nullable): where this was read from, or %NULL
 *
 * Sets where this was read from; see [property@Ama.Recommendation:source].
 *
 * Since: 1.2
 */
void
ama_recommendation_set_source (AmaRecommendation       *self,
                               AmaSourceRef *source)
{
  g_return_if_fail (AMA_IS_RECOMMENDATION (self));

  if (ama_source_ref_equal (self->source, source))
    return;
  g_clear_pointer (&self->source, ama_source_ref_unref);
  self->source = source ? ama_source_ref_ref (source) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}
