/* ama-resolution.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-resolution.h"
#include "ama-source-ref.h"
#include "ama-util-private.h"

/**
 * AmaResolution:
 *
 * One numbered resolution of a minuted agenda item.
 *
 * Since: 1.0
 */

struct _AmaResolution
{
  GObject parent_instance;

  char *number;
  char *text;
  AmaSourceRef *source;  /* where an importer read it; NULL when not imported */
};

G_DEFINE_FINAL_TYPE (AmaResolution, ama_resolution, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_resolution_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_resolution_parent_class)->dispose (object);
}

static void
ama_resolution_finalize (GObject *object)
{
  AmaResolution *self = (AmaResolution *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->text, g_free);

  g_clear_pointer (&self->source, ama_source_ref_unref);

  G_OBJECT_CLASS (ama_resolution_parent_class)->finalize (object);
}

static void
ama_resolution_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AmaResolution *self = AMA_RESOLUTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCE:
      g_value_set_boxed (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_resolution_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AmaResolution *self = AMA_RESOLUTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      ama_resolution_set_number (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      ama_resolution_set_text (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      ama_resolution_set_source (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_resolution_class_init (AmaResolutionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_resolution_dispose;
  object_class->finalize = ama_resolution_finalize;
  object_class->get_property = ama_resolution_get_property;
  object_class->set_property = ama_resolution_set_property;

  /**
   * AmaResolution:number:
   *
   * The label as printed, e.g. `1` for "(1)".
   *
   * Since: 1.0
   */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResolution:text:
   *
   * What was resolved.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResolution:source:
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
ama_resolution_init (AmaResolution *self)
{
}

/**
 * ama_resolution_new:
 * @number: (nullable): the initial [property@Ama.Resolution:number]
 * @text: (nullable): the initial [property@Ama.Resolution:text]
 *
 * Creates a new [class@Ama.Resolution].
 *
 * Returns: (transfer full): a new #AmaResolution
 *
 * Since: 1.0
 */
AmaResolution *
ama_resolution_new (const char *number, const char *text)
{
  return g_object_new (AMA_TYPE_RESOLUTION,
                       "number", number,
                       "text", text,
                       NULL);
}

/**
 * ama_resolution_get_number:
 * @self: a #AmaResolution
 *
 * Gets the [property@Ama.Resolution:number].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Resolution:number]
 *
 * Since: 1.0
 */
const char *
ama_resolution_get_number (AmaResolution *self)
{
  g_return_val_if_fail (AMA_IS_RESOLUTION (self), NULL);

  return self->number;
}

/**
 * ama_resolution_set_number:
 * @self: a #AmaResolution
 * @number: (nullable): the new value
 *
 * Sets the [property@Ama.Resolution:number].
 *
 * Since: 1.0
 */
void
ama_resolution_set_number (AmaResolution *self,
                          const char *number)
{
  g_return_if_fail (AMA_IS_RESOLUTION (self));

  if (!_ama_set_str (&self->number, number))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

/**
 * ama_resolution_get_text:
 * @self: a #AmaResolution
 *
 * Gets the [property@Ama.Resolution:text].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Resolution:text]
 *
 * Since: 1.0
 */
const char *
ama_resolution_get_text (AmaResolution *self)
{
  g_return_val_if_fail (AMA_IS_RESOLUTION (self), NULL);

  return self->text;
}

/**
 * ama_resolution_set_text:
 * @self: a #AmaResolution
 * @text: (nullable): the new value
 *
 * Sets the [property@Ama.Resolution:text].
 *
 * Since: 1.0
 */
void
ama_resolution_set_text (AmaResolution *self,
                        const char *text)
{
  g_return_if_fail (AMA_IS_RESOLUTION (self));

  if (!_ama_set_str (&self->text, text))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * ama_resolution_get_source:
 * @self: a #AmaResolution
 *
 * Gets where this was read from; see [property@Ama.Resolution:source].
 *
 * Returns: (transfer none) (nullable): the source, or %NULL
 *
 * Since: 1.2
 */
AmaSourceRef *
ama_resolution_get_source (AmaResolution *self)
{
  g_return_val_if_fail (AMA_IS_RESOLUTION (self), NULL);

  return self->source;
}

/**
 * ama_resolution_set_source:
 * @self: a #AmaResolution
 * @source: (nullable): where this was read from, or %NULL
 *
 * Sets where this was read from; see [property@Ama.Resolution:source].
 *
 * Since: 1.2
 */
void
ama_resolution_set_source (AmaResolution       *self,
                           AmaSourceRef *source)
{
  g_return_if_fail (AMA_IS_RESOLUTION (self));

  if (ama_source_ref_equal (self->source, source))
    return;
  g_clear_pointer (&self->source, ama_source_ref_unref);
  self->source = source ? ama_source_ref_ref (source) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}
