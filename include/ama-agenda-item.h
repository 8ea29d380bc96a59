/* ama-agenda-item.h
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

#define AMA_TYPE_AGENDA_ITEM (ama_agenda_item_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaAgendaItem, ama_agenda_item, AMA, AGENDA_ITEM, GObject)


AMA_AVAILABLE_IN_ALL
AmaAgendaItem *ama_agenda_item_new (const char *number, const char *title);

AMA_AVAILABLE_IN_ALL
const char *ama_agenda_item_get_number (AmaAgendaItem *self);

AMA_AVAILABLE_IN_ALL
void ama_agenda_item_set_number (AmaAgendaItem *self,
                                 const char *number);

AMA_AVAILABLE_IN_ALL
const char *ama_agenda_item_get_title (AmaAgendaItem *self);

AMA_AVAILABLE_IN_ALL
void ama_agenda_item_set_title (AmaAgendaItem *self,
                                const char *title);

AMA_AVAILABLE_IN_ALL
const char *ama_agenda_item_get_description (AmaAgendaItem *self);

AMA_AVAILABLE_IN_ALL
void ama_agenda_item_set_description (AmaAgendaItem *self,
                                      const char *description);

AMA_AVAILABLE_IN_ALL
const char *ama_agenda_item_get_narrative (AmaAgendaItem *self);

AMA_AVAILABLE_IN_ALL
void ama_agenda_item_set_narrative (AmaAgendaItem *self,
                                    const char *narrative);

AMA_AVAILABLE_IN_ALL
GListModel *ama_agenda_item_get_resolutions (AmaAgendaItem *self);

AMA_AVAILABLE_IN_ALL
void ama_agenda_item_add_resolution (AmaAgendaItem *self,
                                     AmaResolution *resolution);

AMA_AVAILABLE_IN_ALL
gboolean ama_agenda_item_remove_resolution (AmaAgendaItem *self,
                                            AmaResolution *resolution);

AMA_AVAILABLE_IN_ALL
AmaPerson *ama_agenda_item_get_mover (AmaAgendaItem *self);

AMA_AVAILABLE_IN_ALL
void ama_agenda_item_set_mover (AmaAgendaItem *self,
                                AmaPerson *mover);

AMA_AVAILABLE_IN_ALL
AmaPerson *ama_agenda_item_get_seconder (AmaAgendaItem *self);

AMA_AVAILABLE_IN_ALL
void ama_agenda_item_set_seconder (AmaAgendaItem *self,
                                   AmaPerson *seconder);

AMA_AVAILABLE_IN_ALL
GListModel *ama_agenda_item_get_documents (AmaAgendaItem *self);

AMA_AVAILABLE_IN_ALL
void ama_agenda_item_add_document (AmaAgendaItem *self,
                                   AmaDocument *document);

AMA_AVAILABLE_IN_ALL
gboolean ama_agenda_item_remove_document (AmaAgendaItem *self,
                                          AmaDocument *document);

AMA_AVAILABLE_IN_1_2
AmaSourceRef *ama_agenda_item_get_source (AmaAgendaItem *self);

AMA_AVAILABLE_IN_1_2
void ama_agenda_item_set_source (AmaAgendaItem *self,
                                 AmaSourceRef *source);

G_END_DECLS
