/* ama-review.h
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

#define AMA_TYPE_REVIEW (ama_review_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaReview, ama_review, AMA, REVIEW, GObject)


AMA_AVAILABLE_IN_ALL
AmaReview *ama_review_new (void);

AMA_AVAILABLE_IN_ALL
const char *ama_review_get_id (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_id (AmaReview *self,
                        const char *id);

AMA_AVAILABLE_IN_ALL
const char *ama_review_get_title (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_title (AmaReview *self,
                           const char *title);

AMA_AVAILABLE_IN_ALL
const char *ama_review_get_authority (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_authority (AmaReview *self,
                               const char *authority);

AMA_AVAILABLE_IN_ALL
const char *ama_review_get_body (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_body (AmaReview *self,
                          const char *body);

AMA_AVAILABLE_IN_ALL
const char *ama_review_get_summary (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_summary (AmaReview *self,
                             const char *summary);

AMA_AVAILABLE_IN_ALL
AmaReviewStatus ama_review_get_status (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_status (AmaReview *self,
                            AmaReviewStatus status);

AMA_AVAILABLE_IN_ALL
const char *ama_review_get_scope (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_scope (AmaReview *self,
                           const char *scope);

AMA_AVAILABLE_IN_ALL
GListModel *ama_review_get_members (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_add_member (AmaReview *self,
                            AmaMember *member);

AMA_AVAILABLE_IN_ALL
gboolean ama_review_remove_member (AmaReview *self,
                                   AmaMember *member);

AMA_AVAILABLE_IN_ALL
const char * const *ama_review_get_terms_of_reference (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_terms_of_reference (AmaReview *self,
                                        const char * const *terms_of_reference);

AMA_AVAILABLE_IN_ALL
GListModel *ama_review_get_recommendations (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_add_recommendation (AmaReview *self,
                                    AmaRecommendation *recommendation);

AMA_AVAILABLE_IN_ALL
gboolean ama_review_remove_recommendation (AmaReview *self,
                                           AmaRecommendation *recommendation);

AMA_AVAILABLE_IN_ALL
GListModel *ama_review_get_meetings (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_add_meeting (AmaReview *self,
                             AmaMeeting *meeting);

AMA_AVAILABLE_IN_ALL
gboolean ama_review_remove_meeting (AmaReview *self,
                                    AmaMeeting *meeting);

AMA_AVAILABLE_IN_ALL
GListModel *ama_review_get_visits (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_add_visit (AmaReview *self,
                           AmaVisit *visit);

AMA_AVAILABLE_IN_ALL
gboolean ama_review_remove_visit (AmaReview *self,
                                  AmaVisit *visit);

AMA_AVAILABLE_IN_ALL
GListModel *ama_review_get_documents (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_add_document (AmaReview *self,
                              AmaDocument *document);

AMA_AVAILABLE_IN_ALL
gboolean ama_review_remove_document (AmaReview *self,
                                     AmaDocument *document);

AMA_AVAILABLE_IN_ALL
GListModel *ama_review_get_considerations (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_add_consideration (AmaReview *self,
                                   AmaConsideration *consideration);

AMA_AVAILABLE_IN_ALL
gboolean ama_review_remove_consideration (AmaReview *self,
                                          AmaConsideration *consideration);

AMA_AVAILABLE_IN_ALL
AmaAppraisal *ama_review_get_appraisal (AmaReview *self);

AMA_AVAILABLE_IN_ALL
void ama_review_set_appraisal (AmaReview *self,
                               AmaAppraisal *appraisal);

AMA_AVAILABLE_IN_1_2
GDateTime *ama_review_get_reported_to_executive (AmaReview *self);

AMA_AVAILABLE_IN_1_2
void ama_review_set_reported_to_executive (AmaReview *self,
                                           GDateTime *date);

AMA_AVAILABLE_IN_1_2
const char *ama_review_get_response_period (AmaReview *self);

AMA_AVAILABLE_IN_1_2
void ama_review_set_response_period (AmaReview  *self,
                                     const char *period);

/* Loading and saving (the JSON format, see the reference manual). */

/**
 * AMA_REVIEW_FORMAT:
 *
 * The value of the `format` member of a review document.
 *
 * Since: 1.0
 */
#define AMA_REVIEW_FORMAT "ama-review"

/**
 * AMA_REVIEW_FORMAT_VERSION:
 *
 * The newest `version` of the review document format this library reads
 * and the one it writes.
 *
 * Since: 1.0
 */
#define AMA_REVIEW_FORMAT_VERSION 1

AMA_AVAILABLE_IN_ALL
AmaReview *ama_review_new_from_data     (const char           *data,
                                         gssize                length,
                                         GError              **error);
AMA_AVAILABLE_IN_ALL
AmaReview *ama_review_new_from_file     (GFile                *file,
                                         GCancellable         *cancellable,
                                         GError              **error);
AMA_AVAILABLE_IN_ALL
void       ama_review_new_from_file_async (GFile              *file,
                                         int                   io_priority,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
AMA_AVAILABLE_IN_ALL
AmaReview *ama_review_new_from_file_finish (GAsyncResult      *result,
                                         GError              **error);
AMA_AVAILABLE_IN_ALL
char      *ama_review_to_data           (AmaReview            *self,
                                         gsize                *length);
AMA_AVAILABLE_IN_ALL
gboolean   ama_review_save_to_file      (AmaReview            *self,
                                         GFile                *file,
                                         GCancellable         *cancellable,
                                         GError              **error);
AMA_AVAILABLE_IN_ALL
void       ama_review_save_to_file_async (AmaReview           *self,
                                         GFile                *file,
                                         int                   io_priority,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
AMA_AVAILABLE_IN_ALL
gboolean   ama_review_save_to_file_finish (AmaReview          *self,
                                         GAsyncResult         *result,
                                         GError              **error);

/* saving with options */

/**
 * AmaSaveFlags:
 * @AMA_SAVE_FLAGS_NONE: no options
 * @AMA_SAVE_FLAGS_BACKUP: keep the previous version of the file beside
 *   it, named after it with `~` appended (`review.json~`), replacing
 *   any older backup
 *
 * Options for [method@Ama.Review.save_to_file_full].
 *
 * Since: 1.0
 */
typedef enum /*< flags >*/
{
  AMA_SAVE_FLAGS_NONE = 0,
  AMA_SAVE_FLAGS_BACKUP = 1 << 0,
} AmaSaveFlags;

#define AMA_TYPE_SAVE_FLAGS (ama_save_flags_get_type ())

AMA_AVAILABLE_IN_ALL
GType      ama_save_flags_get_type      (void) G_GNUC_CONST;
AMA_AVAILABLE_IN_ALL
gboolean   ama_review_save_to_file_full (AmaReview            *self,
                                         GFile                *file,
                                         AmaSaveFlags          flags,
                                         GCancellable         *cancellable,
                                         GError              **error);
AMA_AVAILABLE_IN_ALL
void       ama_review_save_to_file_full_async (AmaReview      *self,
                                         GFile                *file,
                                         AmaSaveFlags          flags,
                                         int                   io_priority,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
AMA_AVAILABLE_IN_ALL
gboolean   ama_review_save_to_file_full_finish (AmaReview     *self,
                                         GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
