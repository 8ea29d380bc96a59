/* ama-meeting.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-meeting.h"
#include "ama-source-ref.h"
#include "ama-agenda-item.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-member.h"
#include "ama-util-private.h"

/**
 * AmaMeeting:
 *
 * A meeting of a committee, commission or review group.
 *
 * Since: 1.0
 */

struct _AmaMeeting
{
  GObject parent_instance;

  char *id;
  char *body;
  GDateTime *date;
  GDateTime *end_date;
  char *time;
  char *location;
  AmaMeetingKind kind;
  char *status;
  char **topics;
  GListStore *agenda_items;
  GListStore *attendees;
  AmaSourceRef *source;  /* where an importer read it; NULL when not imported */
};

G_DEFINE_FINAL_TYPE (AmaMeeting, ama_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_BODY,
  PROP_DATE,
  PROP_END_DATE,
  PROP_TIME,
  PROP_LOCATION,
  PROP_KIND,
  PROP_STATUS,
  PROP_TOPICS,
  PROP_AGENDA_ITEMS,
  PROP_ATTENDEES,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_meeting_dispose (GObject *object)
{
  AmaMeeting *self = (AmaMeeting *)object;

  g_clear_object (&self->agenda_items);
  g_clear_object (&self->attendees);

  G_OBJECT_CLASS (ama_meeting_parent_class)->dispose (object);
}

static void
ama_meeting_finalize (GObject *object)
{
  AmaMeeting *self = (AmaMeeting *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->end_date, g_date_time_unref);
  g_clear_pointer (&self->time, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->topics, g_strfreev);

  g_clear_pointer (&self->source, ama_source_ref_unref);

  G_OBJECT_CLASS (ama_meeting_parent_class)->finalize (object);
}

static void
ama_meeting_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AmaMeeting *self = AMA_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_END_DATE:
      g_value_set_boxed (value, self->end_date);
      break;

    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_TOPICS:
      g_value_set_boxed (value, self->topics);
      break;

    case PROP_AGENDA_ITEMS:
      g_value_set_object (value, self->agenda_items);
      break;

    case PROP_ATTENDEES:
      g_value_set_object (value, self->attendees);
      break;

    case PROP_SOURCE:
      g_value_set_boxed (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_meeting_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  AmaMeeting *self = AMA_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      ama_meeting_set_id (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      ama_meeting_set_body (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      ama_meeting_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_END_DATE:
      ama_meeting_set_end_date (self, g_value_get_boxed (value));
      break;

    case PROP_TIME:
      ama_meeting_set_time (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      ama_meeting_set_location (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      ama_meeting_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      ama_meeting_set_status (self, g_value_get_string (value));
      break;

    case PROP_TOPICS:
      ama_meeting_set_topics (self, g_value_get_boxed (value));
      break;

    case PROP_SOURCE:
      ama_meeting_set_source (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_meeting_class_init (AmaMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_meeting_dispose;
  object_class->finalize = ama_meeting_finalize;
  object_class->get_property = ama_meeting_get_property;
  object_class->set_property = ama_meeting_set_property;

  /**
   * AmaMeeting:id:
   *
   * An identifier, e.g. the ModernGov meeting id.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:body:
   *
   * The committee or group that met.
   *
   * Since: 1.0
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:date:
   *
   * The date (date only).
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:end-date:
   *
   * For a period such as a programme of visits, its last day.
   *
   * Since: 1.0
   */
  properties[PROP_END_DATE] =
    g_param_spec_boxed ("end-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:time:
   *
   * The start time, `HH:MM` in 24-hour form.
   *
   * Since: 1.0
   */
  properties[PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:location:
   *
   * Where it was held.
   *
   * Since: 1.0
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:kind:
   *
   * What kind of meeting it was.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       AMA_TYPE_MEETING_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:status:
   *
   * The meeting's status as published, e.g. `Confirmed` or `Cancelled`.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:topics:
   *
   * The subjects discussed, in order.
   *
   * Since: 1.0
   */
  properties[PROP_TOPICS] =
    g_param_spec_boxed ("topics", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMeeting:agenda-items:
   *
   * The agenda items, in order.
   *
   * Since: 1.0
   */
  properties[PROP_AGENDA_ITEMS] =
    g_param_spec_object ("agenda-items", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaMeeting:attendees:
   *
   * Who attended.
   *
   * Since: 1.0
   */
  properties[PROP_ATTENDEES] =
    g_param_spec_object ("attendees", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaMeeting:source:
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
ama_meeting_init (AmaMeeting *self)
{
  self->agenda_items = g_list_store_new (AMA_TYPE_AGENDA_ITEM);
  self->attendees = g_list_store_new (AMA_TYPE_MEMBER);
}

/**
 * ama_meeting_new:
 * @body: (nullable): the initial [property@Ama.Meeting:body]
 * @date: (nullable): the initial [property@Ama.Meeting:date]
 *
 * Creates a new [class@Ama.Meeting].
 *
 * Returns: (transfer full): a new #AmaMeeting
 *
 * Since: 1.0
 */
AmaMeeting *
ama_meeting_new (const char *body, GDateTime *date)
{
  return g_object_new (AMA_TYPE_MEETING,
                       "body", body,
                       "date", date,
                       NULL);
}

/**
 * ama_meeting_get_id:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:id].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Meeting:id]
 *
 * Since: 1.0
 */
const char *
ama_meeting_get_id (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return self->id;
}

/**
 * ama_meeting_set_id:
 * @self: a #AmaMeeting
 * @id: (nullable): the new value
 *
 * Sets the [property@Ama.Meeting:id].
 *
 * Since: 1.0
 */
void
ama_meeting_set_id (AmaMeeting *self,
                   const char *id)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (!_ama_set_str (&self->id, id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * ama_meeting_get_body:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:body].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Meeting:body]
 *
 * Since: 1.0
 */
const char *
ama_meeting_get_body (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return self->body;
}

/**
 * ama_meeting_set_body:
 * @self: a #AmaMeeting
 * @body: (nullable): the new value
 *
 * Sets the [property@Ama.Meeting:body].
 *
 * Since: 1.0
 */
void
ama_meeting_set_body (AmaMeeting *self,
                     const char *body)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (!_ama_set_str (&self->body, body))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * ama_meeting_get_date:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:date].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Meeting:date]
 *
 * Since: 1.0
 */
GDateTime *
ama_meeting_get_date (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return self->date;
}

/**
 * ama_meeting_set_date:
 * @self: a #AmaMeeting
 * @date: (nullable): the new value
 *
 * Sets the [property@Ama.Meeting:date].
 *
 * Since: 1.0
 */
void
ama_meeting_set_date (AmaMeeting *self,
                     GDateTime *date)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (!_ama_set_date (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ama_meeting_get_end_date:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:end-date].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Meeting:end-date]
 *
 * Since: 1.0
 */
GDateTime *
ama_meeting_get_end_date (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return self->end_date;
}

/**
 * ama_meeting_set_end_date:
 * @self: a #AmaMeeting
 * @end_date: (nullable): the new value
 *
 * Sets the [property@Ama.Meeting:end-date].
 *
 * Since: 1.0
 */
void
ama_meeting_set_end_date (AmaMeeting *self,
                         GDateTime *end_date)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (!_ama_set_date (&self->end_date, end_date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

/**
 * ama_meeting_get_time:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:time].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Meeting:time]
 *
 * Since: 1.0
 */
const char *
ama_meeting_get_time (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return self->time;
}

/**
 * ama_meeting_set_time:
 * @self: a #AmaMeeting
 * @time: (nullable): the new value
 *
 * Sets the [property@Ama.Meeting:time].
 *
 * Since: 1.0
 */
void
ama_meeting_set_time (AmaMeeting *self,
                     const char *time)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (!_ama_set_str (&self->time, time))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

/**
 * ama_meeting_get_location:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:location].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Meeting:location]
 *
 * Since: 1.0
 */
const char *
ama_meeting_get_location (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return self->location;
}

/**
 * ama_meeting_set_location:
 * @self: a #AmaMeeting
 * @location: (nullable): the new value
 *
 * Sets the [property@Ama.Meeting:location].
 *
 * Since: 1.0
 */
void
ama_meeting_set_location (AmaMeeting *self,
                         const char *location)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (!_ama_set_str (&self->location, location))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

/**
 * ama_meeting_get_kind:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:kind].
 *
 * Returns: the [property@Ama.Meeting:kind]
 *
 * Since: 1.0
 */
AmaMeetingKind
ama_meeting_get_kind (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), 0);

  return self->kind;
}

/**
 * ama_meeting_set_kind:
 * @self: a #AmaMeeting
 * @kind: the new value
 *
 * Sets the [property@Ama.Meeting:kind].
 *
 * Since: 1.0
 */
void
ama_meeting_set_kind (AmaMeeting *self,
                     AmaMeetingKind  kind)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * ama_meeting_get_status:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:status].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Meeting:status]
 *
 * Since: 1.0
 */
const char *
ama_meeting_get_status (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return self->status;
}

/**
 * ama_meeting_set_status:
 * @self: a #AmaMeeting
 * @status: (nullable): the new value
 *
 * Sets the [property@Ama.Meeting:status].
 *
 * Since: 1.0
 */
void
ama_meeting_set_status (AmaMeeting *self,
                       const char *status)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (!_ama_set_str (&self->status, status))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * ama_meeting_get_topics:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:topics].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Meeting:topics]
 *
 * Since: 1.0
 */
const char * const *
ama_meeting_get_topics (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return (const char * const *)self->topics;
}

/**
 * ama_meeting_set_topics:
 * @self: a #AmaMeeting
 * @topics: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Meeting:topics].
 *
 * Since: 1.0
 */
void
ama_meeting_set_topics (AmaMeeting *self,
                       const char * const *topics)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (!_ama_set_strv (&self->topics, topics))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPICS]);
}

/**
 * ama_meeting_get_agenda_items:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:agenda-items] as a list model whose items are [class@Ama.AgendaItem]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaAgendaItem
 *
 * Since: 1.0
 */
GListModel *
ama_meeting_get_agenda_items (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->agenda_items);
}

/**
 * ama_meeting_add_agenda_item:
 * @self: a #AmaMeeting
 * @agenda_item: the #AmaAgendaItem to append
 *
 * Appends @agenda_item to [property@Ama.Meeting:agenda-items].
 *
 * Since: 1.0
 */
void
ama_meeting_add_agenda_item (AmaMeeting *self,
                            AmaAgendaItem *agenda_item)
{
  g_return_if_fail (AMA_IS_MEETING (self));
  g_return_if_fail (AMA_IS_AGENDA_ITEM (agenda_item));

  g_list_store_append (self->agenda_items, agenda_item);
}

/**
 * ama_meeting_remove_agenda_item:
 * @self: a #AmaMeeting
 * @agenda_item: the #AmaAgendaItem to remove
 *
 * Removes @agenda_item from [property@Ama.Meeting:agenda-items].
 *
 * Returns: %TRUE if @agenda_item was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_meeting_remove_agenda_item (AmaMeeting *self,
                               AmaAgendaItem *agenda_item)
{
  guint position;

  g_return_val_if_fail (AMA_IS_MEETING (self), FALSE);
  g_return_val_if_fail (AMA_IS_AGENDA_ITEM (agenda_item), FALSE);

  if (!g_list_store_find (self->agenda_items, agenda_item, &position))
    return FALSE;

  g_list_store_remove (self->agenda_items, position);
  return TRUE;
}

/**
 * ama_meeting_get_attendees:
 * @self: a #AmaMeeting
 *
 * Gets the [property@Ama.Meeting:attendees] as a list model whose items are [class@Ama.Member]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaMember
 *
 * Since: 1.0
 */
GListModel *
ama_meeting_get_attendees (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->attendees);
}

/**
 * ama_meeting_add_attendee:
 * @self: a #AmaMeeting
 * @attendee: the #AmaMember to append
 *
 * Appends @attendee to [property@Ama.Meeting:attendees].
 *
 * Since: 1.0
 */
void
ama_meeting_add_attendee (AmaMeeting *self,
                         AmaMember *attendee)
{
  g_return_if_fail (AMA_IS_MEETING (self));
  g_return_if_fail (AMA_IS_MEMBER (attendee));

  g_list_store_append (self->attendees, attendee);
}

/**
 * ama_meeting_remove_attendee:
 * @self: a #AmaMeeting
 * @attendee: the #AmaMember to remove
 *
 * Removes @attendee from [property@Ama.Meeting:attendees].
 *
 * Returns: %TRUE if @attendee was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_meeting_remove_attendee (AmaMeeting *self,
                            AmaMember *attendee)
{
  guint position;

  g_return_val_if_fail (AMA_IS_MEETING (self), FALSE);
  g_return_val_if_fail (AMA_IS_MEMBER (attendee), FALSE);

  if (!g_list_store_find (self->attendees, attendee, &position))
    return FALSE;

  g_list_store_remove (self->attendees, position);
  return TRUE;
}

/**
 * ama_meeting_get_source:
 * @self: a #AmaMeeting
 *
 * Gets where this was read from; see [property@Ama.Meeting:source].
 *
 * Returns: (transfer none) (nullable): the source, or %NULL
 *
 * Since: 1.2
 */
AmaSourceRef *
ama_meeting_get_source (AmaMeeting *self)
{
  g_return_val_if_fail (AMA_IS_MEETING (self), NULL);

  return self->source;
}

/**
 * ama_meeting_set_source:
 * @self: a #AmaMeeting
 * @source: (nullable): where this was read from, or %NULL
 *
 * Sets where this was read from; see [property@Ama.Meeting:source].
 *
 * Since: 1.2
 */
void
ama_meeting_set_source (AmaMeeting       *self,
                        AmaSourceRef *source)
{
  g_return_if_fail (AMA_IS_MEETING (self));

  if (ama_source_ref_equal (self->source, source))
    return;
  g_clear_pointer (&self->source, ama_source_ref_unref);
  self->source = source ? ama_source_ref_ref (source) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}
