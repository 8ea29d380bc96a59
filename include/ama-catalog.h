/* ama-catalog.h
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
#include "ama-tracking-summary.h"

G_BEGIN_DECLS

#define AMA_TYPE_CATALOG (ama_catalog_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaCatalog, ama_catalog, AMA, CATALOG, GObject)

AMA_AVAILABLE_IN_ALL
AmaCatalog         *ama_catalog_new                 (void);
AMA_AVAILABLE_IN_ALL
void                ama_catalog_add_review          (AmaCatalog          *self,
                                                     AmaReview           *review);
AMA_AVAILABLE_IN_ALL
gboolean            ama_catalog_remove_review       (AmaCatalog          *self,
                                                     AmaReview           *review);
AMA_AVAILABLE_IN_ALL
AmaReview          *ama_catalog_find_review         (AmaCatalog          *self,
                                                     const char          *id);
AMA_AVAILABLE_IN_ALL
GFile              *ama_catalog_get_file            (AmaCatalog          *self,
                                                     AmaReview           *review);
AMA_AVAILABLE_IN_ALL
GListModel         *ama_catalog_get_diagnostics     (AmaCatalog          *self);
AMA_AVAILABLE_IN_ALL
gboolean            ama_catalog_load_folder         (AmaCatalog          *self,
                                                     GFile               *folder,
                                                     GCancellable        *cancellable,
                                                     GError             **error);
AMA_AVAILABLE_IN_ALL
void                ama_catalog_load_folder_async   (AmaCatalog          *self,
                                                     GFile               *folder,
                                                     int                  io_priority,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
AMA_AVAILABLE_IN_ALL
gboolean            ama_catalog_load_folder_finish  (AmaCatalog          *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
AMA_AVAILABLE_IN_ALL
GListModel         *ama_catalog_validate            (AmaCatalog          *self,
                                                     GDateTime           *as_of);
AMA_AVAILABLE_IN_ALL
GListModel         *ama_catalog_track               (AmaCatalog          *self,
                                                     GDateTime           *as_of);
AMA_AVAILABLE_IN_ALL
GListModel         *ama_catalog_get_outstanding     (AmaCatalog          *self,
                                                     GDateTime           *as_of,
                                                     const char          *officer);
AMA_AVAILABLE_IN_ALL
GListModel         *ama_catalog_get_overdue         (AmaCatalog          *self,
                                                     GDateTime           *as_of,
                                                     const char          *officer);
AMA_AVAILABLE_IN_ALL
GListModel         *ama_catalog_group_by_officer    (AmaCatalog          *self,
                                                     GDateTime           *as_of);
AMA_AVAILABLE_IN_ALL
AmaTrackingSummary *ama_catalog_summarize           (AmaCatalog          *self,
                                                     GDateTime           *as_of);
AMA_AVAILABLE_IN_1_2
GListModel         *ama_catalog_get_overdue_responses (AmaCatalog        *self,
                                                       GDateTime         *as_of,
                                                       GListModel       **late);
AMA_AVAILABLE_IN_1_2
GListModel         *ama_catalog_get_escalations     (AmaCatalog          *self,
                                                     GDateTime           *as_of,
                                                     guint                days);

G_END_DECLS
