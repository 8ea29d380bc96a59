/* ama-section.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-section.h"
#include "ama-util-private.h"

/**
 * AmaSection:
 *
 * A numbered section of a report.
 *
 * Since: 1.0
 */

struct _AmaSection
{
  GObject parent_instance;

  char *number;
  char *title;
  char *text;
};

G_DEFINE_FINAL_TYPE (AmaSection, ama_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_section_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_section_parent_class)->dispose (object);
}

static void
ama_section_finalize (GObject *object)
{
  AmaSection *self = (AmaSection *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (ama_section_parent_class)->finalize (object);
}

static void
ama_section_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AmaSection *self = AMA_SECTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_section_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AmaSection *self = AMA_SECTION (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      ama_section_set_number (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      ama_section_set_title (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      ama_section_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_section_class_init (AmaSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_section_dispose;
  object_class->finalize = ama_section_finalize;
  object_class->get_property = ama_section_get_property;
  object_class->set_property = ama_section_set_property;

  /**
   * AmaSection:number:
   *
   * The section number as printed, e.g. `7`.
   *
   * Since: 1.0
   */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaSection:title:
   *
   * The heading.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaSection:text:
   *
   * The section's text with its paragraph numbers kept.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_section_init (AmaSection *self)
{
}

/**
 * ama_section_new:
 * @number: (nullable): the initial [property@Ama.Section:number]
 * @title: (nullable): the initial [property@Ama.Section:title]
 *
 * Creates a new [class@Ama.Section].
 *
 * Returns: (transfer full): a new #AmaSection
 *
 * Since: 1.0
 */
AmaSection *
ama_section_new (const char *number, const char *title)
{
  return g_object_new (AMA_TYPE_SECTION,
                       "number", number,
                       "title", title,
                       NULL);
}

/**
 * ama_section_get_number:
 * @self: a #AmaSection
 *
 * Gets the [property@Ama.Section:number].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Section:number]
 *
 * Since: 1.0
 */
const char *
ama_section_get_number (AmaSection *self)
{
  g_return_val_if_fail (AMA_IS_SECTION (self), NULL);

  return self->number;
}

/**
 * ama_section_set_number:
 * @self: a #AmaSection
 * @number: (nullable): the new value
 *
 * Sets the [property@Ama.Section:number].
 *
 * Since: 1.0
 */
void
ama_section_set_number (AmaSection *self,
                       const char *number)
{
  g_return_if_fail (AMA_IS_SECTION (self));

  if (!_ama_set_str (&self->number, number))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

/**
 * ama_section_get_title:
 * @self: a #AmaSection
 *
 * Gets the [property@Ama.Section:title].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Section:title]
 *
 * Since: 1.0
 */
const char *
ama_section_get_title (AmaSection *self)
{
  g_return_val_if_fail (AMA_IS_SECTION (self), NULL);

  return self->title;
}

/**
 * ama_section_set_title:
 * @self: a #AmaSection
 * @title: (nullable): the new value
 *
 * Sets the [property@Ama.Section:title].
 *
 * Since: 1.0
 */
void
ama_section_set_title (AmaSection *self,
                      const char *title)
{
  g_return_if_fail (AMA_IS_SECTION (self));

  if (!_ama_set_str (&self->title, title))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * ama_section_get_text:
 * @self: a #AmaSection
 *
 * Gets the [property@Ama.Section:text].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Section:text]
 *
 * Since: 1.0
 */
const char *
ama_section_get_text (AmaSection *self)
{
  g_return_val_if_fail (AMA_IS_SECTION (self), NULL);

  return self->text;
}

/**
 * ama_section_set_text:
 * @self: a #AmaSection
 * @text: (nullable): the new value
 *
 * Sets the [property@Ama.Section:text].
 *
 * Since: 1.0
 */
void
ama_section_set_text (AmaSection *self,
                     const char *text)
{
  g_return_if_fail (AMA_IS_SECTION (self));

  if (!_ama_set_str (&self->text, text))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
