/* ama-meeting.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ama-types.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

#define AMA_TYPE_MEETING (ama_meeting_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaMeeting, ama_meeting, AMA, MEETING, GObject)


AMA_AVAILABLE_IN_ALL
AmaMeeting *ama_meeting_new (const char *body, GDateTime *date);

AMA_AVAILABLE_IN_ALL
const char *ama_meeting_get_id (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_id (AmaMeeting *self,
                         const char *id);

AMA_AVAILABLE_IN_ALL
const char *ama_meeting_get_body (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_body (AmaMeeting *self,
                           const char *body);

AMA_AVAILABLE_IN_ALL
GDateTime *ama_meeting_get_date (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_date (AmaMeeting *self,
                           GDateTime *date);

AMA_AVAILABLE_IN_ALL
GDateTime *ama_meeting_get_end_date (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_end_date (AmaMeeting *self,
                               GDateTime *end_date);

AMA_AVAILABLE_IN_ALL
const char *ama_meeting_get_time (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_time (AmaMeeting *self,
                           const char *time);

AMA_AVAILABLE_IN_ALL
const char *ama_meeting_get_location (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_location (AmaMeeting *self,
                               const char *location);

AMA_AVAILABLE_IN_ALL
AmaMeetingKind ama_meeting_get_kind (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_kind (AmaMeeting *self,
                           AmaMeetingKind kind);

AMA_AVAILABLE_IN_ALL
const char *ama_meeting_get_status (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_status (AmaMeeting *self,
                             const char *status);

AMA_AVAILABLE_IN_ALL
const char * const *ama_meeting_get_topics (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_set_topics (AmaMeeting *self,
                             const char * const *topics);

AMA_AVAILABLE_IN_ALL
GListModel *ama_meeting_get_agenda_items (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_add_agenda_item (AmaMeeting *self,
                                  AmaAgendaItem *agenda_item);

AMA_AVAILABLE_IN_ALL
gboolean ama_meeting_remove_agenda_item (AmaMeeting *self,
                                         AmaAgendaItem *agenda_item);

AMA_AVAILABLE_IN_ALL
GListModel *ama_meeting_get_attendees (AmaMeeting *self);

AMA_AVAILABLE_IN_ALL
void ama_meeting_add_attendee (AmaMeeting *self,
                               AmaMember *attendee);

AMA_AVAILABLE_IN_ALL
gboolean ama_meeting_remove_attendee (AmaMeeting *self,
                                      AmaMember *attendee);

AMA_AVAILABLE_IN_1_2
AmaSourceRef *ama_meeting_get_source (AmaMeeting *self);

AMA_AVAILABLE_IN_1_2
void ama_meeting_set_source (AmaMeeting *self,
                             AmaSourceRef *source);

G_END_DECLS
