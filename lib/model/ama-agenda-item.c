/* ama-agenda-item.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-agenda-item.h"
#include "ama-source-ref.h"
#include "ama-document.h"
#include "ama-person.h"
#include "ama-resolution.h"
#include "ama-util-private.h"

/**
 * AmaAgendaItem:
 *
 * A minuted item on a meeting's agenda.
 *
 * Since: 1.0
 */

struct _AmaAgendaItem
{
  GObject parent_instance;

  char *number;
  char *title;
  char *description;
  char *narrative;
  GListStore *resolutions;
  AmaPerson *mover;
  AmaPerson *seconder;
  GListStore *documents;
  AmaSourceRef *source;  /* where an importer read it; NULL when not imported */
};

G_DEFINE_FINAL_TYPE (AmaAgendaItem, ama_agenda_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_NARRATIVE,
  PROP_RESOLUTIONS,
  PROP_MOVER,
  PROP_SECONDER,
  PROP_DOCUMENTS,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_agenda_item_dispose (GObject *object)
{
  AmaAgendaItem *self = (AmaAgendaItem *)object;

  g_clear_object (&self->resolutions);
  g_clear_object (&self->mover);
  g_clear_object (&self->seconder);
  g_clear_object (&self->documents);

  G_OBJECT_CLASS (ama_agenda_item_parent_class)->dispose (object);
}

static void
ama_agenda_item_finalize (GObject *object)
{
  AmaAgendaItem *self = (AmaAgendaItem *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->narrative, g_free);

  g_clear_pointer (&self->source, ama_source_ref_unref);

  G_OBJECT_CLASS (ama_agenda_item_parent_class)->finalize (object);
}

static void
ama_agenda_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AmaAgendaItem *self = AMA_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_NARRATIVE:
      g_value_set_string (value, self->narrative);
      break;

    case PROP_RESOLUTIONS:
      g_value_set_object (value, self->resolutions);
      break;

    case PROP_MOVER:
      g_value_set_object (value, self->mover);
      break;

    case PROP_SECONDER:
      g_value_set_object (value, self->seconder);
      break;

    case PROP_DOCUMENTS:
      g_value_set_object (value, self->documents);
      break;

    case PROP_SOURCE:
      g_value_set_boxed (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_agenda_item_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AmaAgendaItem *self = AMA_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      ama_agenda_item_set_number (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      ama_agenda_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      ama_agenda_item_set_description (self, g_value_get_string (value));
      break;

    case PROP_NARRATIVE:
      ama_agenda_item_set_narrative (self, g_value_get_string (value));
      break;

    case PROP_MOVER:
      ama_agenda_item_set_mover (self, g_value_get_object (value));
      break;

    case PROP_SECONDER:
      ama_agenda_item_set_seconder (self, g_value_get_object (value));
      break;

    case PROP_SOURCE:
      ama_agenda_item_set_source (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_agenda_item_class_init (AmaAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_agenda_item_dispose;
  object_class->finalize = ama_agenda_item_finalize;
  object_class->get_property = ama_agenda_item_get_property;
  object_class->set_property = ama_agenda_item_set_property;

  /**
   * AmaAgendaItem:number:
   *
   * The item number as printed.
   *
   * Since: 1.0
   */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAgendaItem:title:
   *
   * The item's title.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAgendaItem:description:
   *
   * The agenda text: what the item is for.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAgendaItem:narrative:
   *
   * The minutes' narrative, paragraphs separated by blank lines.
   *
   * Since: 1.0
   */
  properties[PROP_NARRATIVE] =
    g_param_spec_string ("narrative", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAgendaItem:resolutions:
   *
   * What was resolved, in order.
   *
   * Since: 1.0
   */
  properties[PROP_RESOLUTIONS] =
    g_param_spec_object ("resolutions", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaAgendaItem:mover:
   *
   * Who moved the resolution.
   *
   * Since: 1.0
   */
  properties[PROP_MOVER] =
    g_param_spec_object ("mover", NULL, NULL,
                         AMA_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAgendaItem:seconder:
   *
   * Who seconded it.
   *
   * Since: 1.0
   */
  properties[PROP_SECONDER] =
    g_param_spec_object ("seconder", NULL, NULL,
                         AMA_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAgendaItem:documents:
   *
   * Supporting documents.
   *
   * Since: 1.0
   */
  properties[PROP_DOCUMENTS] =
    g_param_spec_object ("documents", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaAgendaItem:source:
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
ama_agenda_item_init (AmaAgendaItem *self)
{
  self->resolutions = g_list_store_new (AMA_TYPE_RESOLUTION);
  self->documents = g_list_store_new (AMA_TYPE_DOCUMENT);
}

/**
 * ama_agenda_item_new:
 * @number: (nullable): the initial [property@Ama.AgendaItem:number]
 * @title: (nullable): the initial [property@Ama.AgendaItem:title]
 *
 * Creates a new [class@Ama.AgendaItem].
 *
 * Returns: (transfer full): a new #AmaAgendaItem
 *
 * Since: 1.0
 */
AmaAgendaItem *
ama_agenda_item_new (const char *number, const char *title)
{
  return g_object_new (AMA_TYPE_AGENDA_ITEM,
                       "number", number,
                       "title", title,
                       NULL);
}

/**
 * ama_agenda_item_get_number:
 * @self: a #AmaAgendaItem
 *
 * Gets the [property@Ama.AgendaItem:number].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AgendaItem:number]
 *
 * Since: 1.0
 */
const char *
ama_agenda_item_get_number (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return self->number;
}

/**
 * ama_agenda_item_set_number:
 * @self: a #AmaAgendaItem
 * @number: (nullable): the new value
 *
 * Sets the [property@Ama.AgendaItem:number].
 *
 * Since: 1.0
 */
void
ama_agenda_item_set_number (AmaAgendaItem *self,
                           const char *number)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));

  if (!_ama_set_str (&self->number, number))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

/**
 * ama_agenda_item_get_title:
 * @self: a #AmaAgendaItem
 *
 * Gets the [property@Ama.AgendaItem:title].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AgendaItem:title]
 *
 * Since: 1.0
 */
const char *
ama_agenda_item_get_title (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return self->title;
}

/**
 * ama_agenda_item_set_title:
 * @self: a #AmaAgendaItem
 * @title: (nullable): the new value
 *
 * Sets the [property@Ama.AgendaItem:title].
 *
 * Since: 1.0
 */
void
ama_agenda_item_set_title (AmaAgendaItem *self,
                          const char *title)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));

  if (!_ama_set_str (&self->title, title))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * ama_agenda_item_get_description:
 * @self: a #AmaAgendaItem
 *
 * Gets the [property@Ama.AgendaItem:description].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AgendaItem:description]
 *
 * Since: 1.0
 */
const char *
ama_agenda_item_get_description (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return self->description;
}

/**
 * ama_agenda_item_set_description:
 * @self: a #AmaAgendaItem
 * @description: (nullable): the new value
 *
 * Sets the [property@Ama.AgendaItem:description].
 *
 * Since: 1.0
 */
void
ama_agenda_item_set_description (AmaAgendaItem *self,
                                const char *description)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));

  if (!_ama_set_str (&self->description, description))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * ama_agenda_item_get_narrative:
 * @self: a #AmaAgendaItem
 *
 * Gets the [property@Ama.AgendaItem:narrative].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AgendaItem:narrative]
 *
 * Since: 1.0
 */
const char *
ama_agenda_item_get_narrative (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return self->narrative;
}

/**
 * ama_agenda_item_set_narrative:
 * @self: a #AmaAgendaItem
 * @narrative: (nullable): the new value
 *
 * Sets the [property@Ama.AgendaItem:narrative].
 *
 * Since: 1.0
 */
void
ama_agenda_item_set_narrative (AmaAgendaItem *self,
                              const char *narrative)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));

  if (!_ama_set_str (&self->narrative, narrative))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARRATIVE]);
}

/**
 * ama_agenda_item_get_resolutions:
 * @self: a #AmaAgendaItem
 *
 * Gets the [property@Ama.AgendaItem:resolutions] as a list model whose items are [class@Ama.Resolution]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaResolution
 *
 * Since: 1.0
 */
GListModel *
ama_agenda_item_get_resolutions (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->resolutions);
}

/**
 * ama_agenda_item_add_resolution:
 * @self: a #AmaAgendaItem
 * @resolution: the #AmaResolution to append
 *
 * Appends @resolution to [property@Ama.AgendaItem:resolutions].
 *
 * Since: 1.0
 */
void
ama_agenda_item_add_resolution (AmaAgendaItem *self,
                               AmaResolution *resolution)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));
  g_return_if_fail (AMA_IS_RESOLUTION (resolution));

  g_list_store_append (self->resolutions, resolution);
}

/**
 * ama_agenda_item_remove_resolution:
 * @self: a #AmaAgendaItem
 * @resolution: the #AmaResolution to remove
 *
 * Removes @resolution from [property@Ama.AgendaItem:resolutions].
 *
 * Returns: %TRUE if @resolution was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_agenda_item_remove_resolution (AmaAgendaItem *self,
                                  AmaResolution *resolution)
{
  guint position;

  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (AMA_IS_RESOLUTION (resolution), FALSE);

  if (!g_list_store_find (self->resolutions, resolution, &position))
    return FALSE;

  g_list_store_remove (self->resolutions, position);
  return TRUE;
}

/**
 * ama_agenda_item_get_mover:
 * @self: a #AmaAgendaItem
 *
 * Gets the [property@Ama.AgendaItem:mover].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AgendaItem:mover]
 *
 * Since: 1.0
 */
AmaPerson *
ama_agenda_item_get_mover (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return self->mover;
}

/**
 * ama_agenda_item_set_mover:
 * @self: a #AmaAgendaItem
 * @mover: (nullable): the new value
 *
 * Sets the [property@Ama.AgendaItem:mover].
 *
 * Since: 1.0
 */
void
ama_agenda_item_set_mover (AmaAgendaItem *self,
                          AmaPerson *mover)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));
  g_return_if_fail (!mover || AMA_IS_PERSON (mover));

  if (!g_set_object (&self->mover, mover))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOVER]);
}

/**
 * ama_agenda_item_get_seconder:
 * @self: a #AmaAgendaItem
 *
 * Gets the [property@Ama.AgendaItem:seconder].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.AgendaItem:seconder]
 *
 * Since: 1.0
 */
AmaPerson *
ama_agenda_item_get_seconder (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return self->seconder;
}

/**
 * ama_agenda_item_set_seconder:
 * @self: a #AmaAgendaItem
 * @seconder: (nullable): the new value
 *
 * Sets the [property@Ama.AgendaItem:seconder].
 *
 * Since: 1.0
 */
void
ama_agenda_item_set_seconder (AmaAgendaItem *self,
                             AmaPerson *seconder)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));
  g_return_if_fail (!seconder || AMA_IS_PERSON (seconder));

  if (!g_set_object (&self->seconder, seconder))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDER]);
}

/**
 * ama_agenda_item_get_documents:
 * @self: a #AmaAgendaItem
 *
 * Gets the [property@Ama.AgendaItem:documents] as a list model whose items are [class@Ama.Document]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaDocument
 *
 * Since: 1.0
 */
GListModel *
ama_agenda_item_get_documents (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->documents);
}

/**
 * ama_agenda_item_add_document:
 * @self: a #AmaAgendaItem
 * @document: the #AmaDocument to append
 *
 * Appends @document to [property@Ama.AgendaItem:documents].
 *
 * Since: 1.0
 */
void
ama_agenda_item_add_document (AmaAgendaItem *self,
                             AmaDocument *document)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));
  g_return_if_fail (AMA_IS_DOCUMENT (document));

  g_list_store_append (self->documents, document);
}

/**
 * ama_agenda_item_remove_document:
 * @self: a #AmaAgendaItem
 * @document: the #AmaDocument to remove
 *
 * Removes @document from [property@Ama.AgendaItem:documents].
 *
 * Returns: %TRUE if @document was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_agenda_item_remove_document (AmaAgendaItem *self,
                                AmaDocument *document)
{
  guint position;

  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (AMA_IS_DOCUMENT (document), FALSE);

  if (!g_list_store_find (self->documents, document, &position))
    return FALSE;

  g_list_store_remove (self->documents, position);
  return TRUE;
}

/**
 * ama_agenda_item_get_source:
 * @self: a #AmaAgendaItem
 *
 * Gets where this was read from; see [property@Ama.AgendaItem:source].
 *
 * Returns: (transfer none) (nullable): the source, or %NULL
 *
 * Since: 1.2
 */
AmaSourceRef *
ama_agenda_item_get_source (AmaAgendaItem *self)
{
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (self), NULL);

  return self->source;
}

/**
 * ama_agenda_item_set_source:
 * @self: a #AmaAgendaItem
 * @source: (nullable): where this was read from, or %NULL
 *
 * Sets where this was read from; see [property@Ama.AgendaItem:source].
 *
 * Since: 1.2
 */
void
ama_agenda_item_set_source (AmaAgendaItem       *self,
                            AmaSourceRef *source)
{
  g_return_if_fail (AMA_IS_AGENDA_ITEM (self));

  if (ama_source_ref_equal (self->source, source))
    return;
  g_clear_pointer (&self->source, ama_source_ref_unref);
  self->source = source ? ama_source_ref_ref (source) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}
