/* ama-moderngov-client.h
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

#define AMA_TYPE_MODERNGOV_COMMITTEE (ama_moderngov_committee_get_type ())

AMA_AVAILABLE_IN_1_2
G_DECLARE_FINAL_TYPE (AmaModernGovCommittee, ama_moderngov_committee, AMA, MODERNGOV_COMMITTEE, GObject)

AMA_AVAILABLE_IN_1_2
const char *ama_moderngov_committee_get_id       (AmaModernGovCommittee *self);
AMA_AVAILABLE_IN_1_2
const char *ama_moderngov_committee_get_title    (AmaModernGovCommittee *self);
AMA_AVAILABLE_IN_1_2
const char *ama_moderngov_committee_get_category (AmaModernGovCommittee *self);
AMA_AVAILABLE_IN_1_2
gboolean    ama_moderngov_committee_get_deleted  (AmaModernGovCommittee *self);
AMA_AVAILABLE_IN_1_2
gboolean    ama_moderngov_committee_get_expired  (AmaModernGovCommittee *self);

#define AMA_TYPE_MODERNGOV_CLIENT (ama_moderngov_client_get_type ())

AMA_AVAILABLE_IN_1_2
G_DECLARE_FINAL_TYPE (AmaModernGovClient, ama_moderngov_client, AMA, MODERNGOV_CLIENT, GObject)

AMA_AVAILABLE_IN_1_2
AmaModernGovClient *ama_moderngov_client_new                   (const char          *base_url);

AMA_AVAILABLE_IN_1_2
const char         *ama_moderngov_client_get_base_url          (AmaModernGovClient  *self);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_set_base_url          (AmaModernGovClient  *self,
                                                                const char          *base_url);
AMA_AVAILABLE_IN_1_2
const char         *ama_moderngov_client_get_user_agent        (AmaModernGovClient  *self);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_set_user_agent        (AmaModernGovClient  *self,
                                                                const char          *user_agent);
AMA_AVAILABLE_IN_1_2
guint               ama_moderngov_client_get_timeout           (AmaModernGovClient  *self);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_set_timeout           (AmaModernGovClient  *self,
                                                                guint                timeout);
AMA_AVAILABLE_IN_1_2
guint64             ama_moderngov_client_get_max_response_size (AmaModernGovClient  *self);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_set_max_response_size (AmaModernGovClient  *self,
                                                                guint64              max_response_size);
AMA_AVAILABLE_IN_1_2
guint               ama_moderngov_client_get_max_redirects     (AmaModernGovClient  *self);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_set_max_redirects     (AmaModernGovClient  *self,
                                                                guint                max_redirects);
AMA_AVAILABLE_IN_1_2
guint               ama_moderngov_client_get_max_retries       (AmaModernGovClient  *self);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_set_max_retries       (AmaModernGovClient  *self,
                                                                guint                max_retries);
AMA_AVAILABLE_IN_1_2
guint               ama_moderngov_client_get_min_interval      (AmaModernGovClient  *self);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_set_min_interval      (AmaModernGovClient  *self,
                                                                guint                min_interval);

AMA_AVAILABLE_IN_1_2
char               *ama_moderngov_client_get_method_url        (AmaModernGovClient  *self,
                                                                const char          *method,
                                                                const char          *query);

AMA_AVAILABLE_IN_1_2
GBytes             *ama_moderngov_client_fetch_url             (AmaModernGovClient  *self,
                                                                const char          *url,
                                                                GCancellable        *cancellable,
                                                                GError             **error);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_fetch_url_async       (AmaModernGovClient  *self,
                                                                const char          *url,
                                                                GCancellable        *cancellable,
                                                                GAsyncReadyCallback  callback,
                                                                gpointer             user_data);
AMA_AVAILABLE_IN_1_2
GBytes             *ama_moderngov_client_fetch_url_finish      (AmaModernGovClient  *self,
                                                                GAsyncResult        *result,
                                                                GError             **error);

AMA_AVAILABLE_IN_1_2
GListModel         *ama_moderngov_client_fetch_committees      (AmaModernGovClient  *self,
                                                                GCancellable        *cancellable,
                                                                GError             **error);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_fetch_committees_async (AmaModernGovClient *self,
                                                                GCancellable        *cancellable,
                                                                GAsyncReadyCallback  callback,
                                                                gpointer             user_data);
AMA_AVAILABLE_IN_1_2
GListModel         *ama_moderngov_client_fetch_committees_finish (AmaModernGovClient *self,
                                                                GAsyncResult        *result,
                                                                GError             **error);

AMA_AVAILABLE_IN_1_2
GListModel         *ama_moderngov_client_fetch_meetings        (AmaModernGovClient  *self,
                                                                const char          *committee_id,
                                                                GDateTime           *from,
                                                                GDateTime           *to,
                                                                GCancellable        *cancellable,
                                                                GError             **error);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_fetch_meetings_async  (AmaModernGovClient  *self,
                                                                const char          *committee_id,
                                                                GDateTime           *from,
                                                                GDateTime           *to,
                                                                GCancellable        *cancellable,
                                                                GAsyncReadyCallback  callback,
                                                                gpointer             user_data);
AMA_AVAILABLE_IN_1_2
GListModel         *ama_moderngov_client_fetch_meetings_finish (AmaModernGovClient  *self,
                                                                GAsyncResult        *result,
                                                                GError             **error);

AMA_AVAILABLE_IN_1_2
AmaReview          *ama_moderngov_client_fetch_meeting         (AmaModernGovClient  *self,
                                                                const char          *meeting_id,
                                                                GListModel         **diagnostics,
                                                                GCancellable        *cancellable,
                                                                GError             **error);
AMA_AVAILABLE_IN_1_2
void                ama_moderngov_client_fetch_meeting_async   (AmaModernGovClient  *self,
                                                                const char          *meeting_id,
                                                                GCancellable        *cancellable,
                                                                GAsyncReadyCallback  callback,
                                                                gpointer             user_data);
AMA_AVAILABLE_IN_1_2
AmaReview          *ama_moderngov_client_fetch_meeting_finish  (AmaModernGovClient  *self,
                                                                GAsyncResult        *result,
                                                                GListModel         **diagnostics,
                                                                GError             **error);

G_END_DECLS
