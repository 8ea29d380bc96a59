/* ama-review.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-review.h"
#include "ama-appraisal.h"
#include "ama-consideration.h"
#include "ama-document.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-meeting.h"
#include "ama-member.h"
#include "ama-recommendation.h"
#include "ama-types.h"
#include "ama-visit.h"
#include "ama-util-private.h"

/**
 * AmaReview:
 *
 * A scrutiny review: its group, meetings, visits, recommendations and the responses to them.
 *
 * Since: 1.0
 */

struct _AmaReview
{
  GObject parent_instance;

  char *id;
  char *title;
  char *authority;
  char *body;
  char *summary;
  AmaReviewStatus status;
  char *scope;
  GListStore *members;
  char **terms_of_reference;
  GListStore *recommendations;
  GListStore *meetings;
  GListStore *visits;
  GListStore *documents;
  GListStore *considerations;
  AmaAppraisal *appraisal;
  GDateTime *reported_to_executive;
  char *response_period;
};

G_DEFINE_FINAL_TYPE (AmaReview, ama_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_AUTHORITY,
  PROP_BODY,
  PROP_SUMMARY,
  PROP_STATUS,
  PROP_SCOPE,
  PROP_MEMBERS,
  PROP_TERMS_OF_REFERENCE,
  PROP_RECOMMENDATIONS,
  PROP_MEETINGS,
  PROP_VISITS,
  PROP_DOCUMENTS,
  PROP_CONSIDERATIONS,
  PROP_APPRAISAL,
  PROP_REPORTED_TO_EXECUTIVE,
  PROP_RESPONSE_PERIOD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_review_dispose (GObject *object)
{
  AmaReview *self = (AmaReview *)object;

  g_clear_object (&self->members);
  g_clear_object (&self->recommendations);
  g_clear_object (&self->meetings);
  g_clear_object (&self->visits);
  g_clear_object (&self->documents);
  g_clear_object (&self->considerations);
  g_clear_object (&self->appraisal);
  g_clear_pointer (&self->reported_to_executive, g_date_time_unref);
  g_clear_pointer (&self->response_period, g_free);

  G_OBJECT_CLASS (ama_review_parent_class)->dispose (object);
}

static void
ama_review_finalize (GObject *object)
{
  AmaReview *self = (AmaReview *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->authority, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->scope, g_free);
  g_clear_pointer (&self->terms_of_reference, g_strfreev);

  G_OBJECT_CLASS (ama_review_parent_class)->finalize (object);
}

static void
ama_review_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AmaReview *self = AMA_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_AUTHORITY:
      g_value_set_string (value, self->authority);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_SCOPE:
      g_value_set_string (value, self->scope);
      break;

    case PROP_MEMBERS:
      g_value_set_object (value, self->members);
      break;

    case PROP_TERMS_OF_REFERENCE:
      g_value_set_boxed (value, self->terms_of_reference);
      break;

    case PROP_RECOMMENDATIONS:
      g_value_set_object (value, self->recommendations);
      break;

    case PROP_MEETINGS:
      g_value_set_object (value, self->meetings);
      break;

    case PROP_VISITS:
      g_value_set_object (value, self->visits);
      break;

    case PROP_DOCUMENTS:
      g_value_set_object (value, self->documents);
      break;

    case PROP_CONSIDERATIONS:
      g_value_set_object (value, self->considerations);
      break;

    case PROP_APPRAISAL:
      g_value_set_object (value, self->appraisal);
      break;

    case PROP_REPORTED_TO_EXECUTIVE:
      g_value_set_boxed (value, self->reported_to_executive);
      break;

    case PROP_RESPONSE_PERIOD:
      g_value_set_string (value, self->response_period);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_review_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AmaReview *self = AMA_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      ama_review_set_id (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      ama_review_set_title (self, g_value_get_string (value));
      break;

    case PROP_AUTHORITY:
      ama_review_set_authority (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      ama_review_set_body (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      ama_review_set_summary (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      ama_review_set_status (self, g_value_get_enum (value));
      break;

    case PROP_SCOPE:
      ama_review_set_scope (self, g_value_get_string (value));
      break;

    case PROP_TERMS_OF_REFERENCE:
      ama_review_set_terms_of_reference (self, g_value_get_boxed (value));
      break;

    case PROP_APPRAISAL:
      ama_review_set_appraisal (self, g_value_get_object (value));
      break;

    case PROP_REPORTED_TO_EXECUTIVE:
      ama_review_set_reported_to_executive (self, g_value_get_boxed (value));
      break;

    case PROP_RESPONSE_PERIOD:
      ama_review_set_response_period (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_review_class_init (AmaReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_review_dispose;
  object_class->finalize = ama_review_finalize;
  object_class->get_property = ama_review_get_property;
  object_class->set_property = ama_review_set_property;

  /**
   * AmaReview:id:
   *
   * A stable identifier, e.g. `rotherham-ama-2017`.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:title:
   *
   * The review's title.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:authority:
   *
   * The council, e.g. `Rotherham Metropolitan Borough Council`.
   *
   * Since: 1.0
   */
  properties[PROP_AUTHORITY] =
    g_param_spec_string ("authority", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:body:
   *
   * The commission that ran the review.
   *
   * Since: 1.0
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:summary:
   *
   * A summary of the review.
   *
   * Since: 1.0
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:status:
   *
   * Where the review is in its life.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       AMA_TYPE_REVIEW_STATUS, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:scope:
   *
   * What the review set out to compare, beyond its terms of reference.
   *
   * Since: 1.0
   */
  properties[PROP_SCOPE] =
    g_param_spec_string ("scope", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:members:
   *
   * The review group.
   *
   * Since: 1.0
   */
  properties[PROP_MEMBERS] =
    g_param_spec_object ("members", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaReview:terms-of-reference:
   *
   * The terms of reference, one per item.
   *
   * Since: 1.0
   */
  properties[PROP_TERMS_OF_REFERENCE] =
    g_param_spec_boxed ("terms-of-reference", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:recommendations:
   *
   * The recommendations, in order.
   *
   * Since: 1.0
   */
  properties[PROP_RECOMMENDATIONS] =
    g_param_spec_object ("recommendations", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaReview:meetings:
   *
   * Meetings of the group and of the bodies that considered it.
   *
   * Since: 1.0
   */
  properties[PROP_MEETINGS] =
    g_param_spec_object ("meetings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaReview:visits:
   *
   * Visits to and calls with other councils.
   *
   * Since: 1.0
   */
  properties[PROP_VISITS] =
    g_param_spec_object ("visits", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaReview:documents:
   *
   * The review's documents.
   *
   * Since: 1.0
   */
  properties[PROP_DOCUMENTS] =
    g_param_spec_object ("documents", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaReview:considerations:
   *
   * Which bodies considered it, when.
   *
   * Since: 1.0
   */
  properties[PROP_CONSIDERATIONS] =
    g_param_spec_object ("considerations", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaReview:appraisal:
   *
   * The options appraisal, if any.
   *
   * Since: 1.0
   */
  properties[PROP_APPRAISAL] =
    g_param_spec_object ("appraisal", NULL, NULL,
                         AMA_TYPE_APPRAISAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:reported-to-executive:
   *
   * When the executive (or the authority) received the report: the date
   * of the Cabinet or Council meeting it went to, as cover sheets and
   * minutes record it. The response clock starts here (see
   * [method@Ama.Review.get_response_due]).
   *
   * Since: 1.2
   */
  properties[PROP_REPORTED_TO_EXECUTIVE] =
    g_param_spec_boxed ("reported-to-executive", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaReview:response-period:
   *
   * The period the executive has to respond in, when the council's
   * constitution sets its own: a count and a unit, “8 weeks”, “56 days”,
   * “2 months” (see [func@Ama.period_parse]). %NULL means the statutory
   * two months. Text that does not parse is kept as written (nothing read
   * is lost) and reported by validation as `response-period-invalid`;
   * the clock then falls back to two months.
   *
   * Since: 1.2
   */
  properties[PROP_RESPONSE_PERIOD] =
    g_param_spec_string ("response-period", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_review_init (AmaReview *self)
{
  self->members = g_list_store_new (AMA_TYPE_MEMBER);
  self->recommendations = g_list_store_new (AMA_TYPE_RECOMMENDATION);
  self->meetings = g_list_store_new (AMA_TYPE_MEETING);
  self->visits = g_list_store_new (AMA_TYPE_VISIT);
  self->documents = g_list_store_new (AMA_TYPE_DOCUMENT);
  self->considerations = g_list_store_new (AMA_TYPE_CONSIDERATION);
}

/**
 * ama_review_new:
 *
 * Creates a new [class@Ama.Review].
 *
 * Returns: (transfer full): a new #AmaReview
 *
 * Since: 1.0
 */
AmaReview *
ama_review_new (void)
{
  return g_object_new (AMA_TYPE_REVIEW,
                       NULL);
}

/**
 * ama_review_get_id:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:id].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Review:id]
 *
 * Since: 1.0
 */
const char *
ama_review_get_id (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->id;
}

/**
 * ama_review_set_id:
 * @self: a #AmaReview
 * @id: (nullable): the new value
 *
 * Sets the [property@Ama.Review:id].
 *
 * Since: 1.0
 */
void
ama_review_set_id (AmaReview *self,
                  const char *id)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_str (&self->id, id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * ama_review_get_title:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:title].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Review:title]
 *
 * Since: 1.0
 */
const char *
ama_review_get_title (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->title;
}

/**
 * ama_review_set_title:
 * @self: a #AmaReview
 * @title: (nullable): the new value
 *
 * Sets the [property@Ama.Review:title].
 *
 * Since: 1.0
 */
void
ama_review_set_title (AmaReview *self,
                     const char *title)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_str (&self->title, title))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * ama_review_get_authority:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:authority].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Review:authority]
 *
 * Since: 1.0
 */
const char *
ama_review_get_authority (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->authority;
}

/**
 * ama_review_set_authority:
 * @self: a #AmaReview
 * @authority: (nullable): the new value
 *
 * Sets the [property@Ama.Review:authority].
 *
 * Since: 1.0
 */
void
ama_review_set_authority (AmaReview *self,
                         const char *authority)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_str (&self->authority, authority))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHORITY]);
}

/**
 * ama_review_get_body:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:body].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Review:body]
 *
 * Since: 1.0
 */
const char *
ama_review_get_body (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->body;
}

/**
 * ama_review_set_body:
 * @self: a #AmaReview
 * @body: (nullable): the new value
 *
 * Sets the [property@Ama.Review:body].
 *
 * Since: 1.0
 */
void
ama_review_set_body (AmaReview *self,
                    const char *body)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_str (&self->body, body))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * ama_review_get_summary:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:summary].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Review:summary]
 *
 * Since: 1.0
 */
const char *
ama_review_get_summary (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->summary;
}

/**
 * ama_review_set_summary:
 * @self: a #AmaReview
 * @summary: (nullable): the new value
 *
 * Sets the [property@Ama.Review:summary].
 *
 * Since: 1.0
 */
void
ama_review_set_summary (AmaReview *self,
                       const char *summary)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_str (&self->summary, summary))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/**
 * ama_review_get_status:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:status].
 *
 * Returns: the [property@Ama.Review:status]
 *
 * Since: 1.0
 */
AmaReviewStatus
ama_review_get_status (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), 0);

  return self->status;
}

/**
 * ama_review_set_status:
 * @self: a #AmaReview
 * @status: the new value
 *
 * Sets the [property@Ama.Review:status].
 *
 * Since: 1.0
 */
void
ama_review_set_status (AmaReview *self,
                      AmaReviewStatus  status)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * ama_review_get_scope:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:scope].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Review:scope]
 *
 * Since: 1.0
 */
const char *
ama_review_get_scope (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->scope;
}

/**
 * ama_review_set_scope:
 * @self: a #AmaReview
 * @scope: (nullable): the new value
 *
 * Sets the [property@Ama.Review:scope].
 *
 * Since: 1.0
 */
void
ama_review_set_scope (AmaReview *self,
                     const char *scope)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_str (&self->scope, scope))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}

/**
 * ama_review_get_members:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:members] as a list model whose items are [class@Ama.Member]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaMember
 *
 * Since: 1.0
 */
GListModel *
ama_review_get_members (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return G_LIST_MODEL (self->members);
}

/**
 * ama_review_add_member:
 * @self: a #AmaReview
 * @member: the #AmaMember to append
 *
 * Appends @member to [property@Ama.Review:members].
 *
 * Since: 1.0
 */
void
ama_review_add_member (AmaReview *self,
                      AmaMember *member)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (AMA_IS_MEMBER (member));

  g_list_store_append (self->members, member);
}

/**
 * ama_review_remove_member:
 * @self: a #AmaReview
 * @member: the #AmaMember to remove
 *
 * Removes @member from [property@Ama.Review:members].
 *
 * Returns: %TRUE if @member was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_review_remove_member (AmaReview *self,
                         AmaMember *member)
{
  guint position;

  g_return_val_if_fail (AMA_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (AMA_IS_MEMBER (member), FALSE);

  if (!g_list_store_find (self->members, member, &position))
    return FALSE;

  g_list_store_remove (self->members, position);
  return TRUE;
}

/**
 * ama_review_get_terms_of_reference:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:terms-of-reference].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Review:terms-of-reference]
 *
 * Since: 1.0
 */
const char * const *
ama_review_get_terms_of_reference (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return (const char * const *)self->terms_of_reference;
}

/**
 * ama_review_set_terms_of_reference:
 * @self: a #AmaReview
 * @terms_of_reference: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Review:terms-of-reference].
 *
 * Since: 1.0
 */
void
ama_review_set_terms_of_reference (AmaReview *self,
                                  const char * const *terms_of_reference)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_strv (&self->terms_of_reference, terms_of_reference))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERMS_OF_REFERENCE]);
}

/**
 * ama_review_get_recommendations:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:recommendations] as a list model whose items are [class@Ama.Recommendation]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaRecommendation
 *
 * Since: 1.0
 */
GListModel *
ama_review_get_recommendations (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return G_LIST_MODEL (self->recommendations);
}

/**
 * ama_review_add_recommendation:
 * @self: a #AmaReview
 * @recommendation: the #AmaRecommendation to append
 *
 * Appends @recommendation to [property@Ama.Review:recommendations].
 *
 * Since: 1.0
 */
void
ama_review_add_recommendation (AmaReview *self,
                              AmaRecommendation *recommendation)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (AMA_IS_RECOMMENDATION (recommendation));

  g_list_store_append (self->recommendations, recommendation);
}

/**
 * ama_review_remove_recommendation:
 * @self: a #AmaReview
 * @recommendation: the #AmaRecommendation to remove
 *
 * Removes @recommendation from [property@Ama.Review:recommendations].
 *
 * Returns: %TRUE if @recommendation was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_review_remove_recommendation (AmaReview *self,
                                 AmaRecommendation *recommendation)
{
  guint position;

  g_return_val_if_fail (AMA_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (AMA_IS_RECOMMENDATION (recommendation), FALSE);

  if (!g_list_store_find (self->recommendations, recommendation, &position))
    return FALSE;

  g_list_store_remove (self->recommendations, position);
  return TRUE;
}

/**
 * ama_review_get_meetings:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:meetings] as a list model whose items are [class@Ama.Meeting]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaMeeting
 *
 * Since: 1.0
 */
GListModel *
ama_review_get_meetings (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

/**
 * ama_review_add_meeting:
 * @self: a #AmaReview
 * @meeting: the #AmaMeeting to append
 *
 * Appends @meeting to [property@Ama.Review:meetings].
 *
 * Since: 1.0
 */
void
ama_review_add_meeting (AmaReview *self,
                       AmaMeeting *meeting)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (AMA_IS_MEETING (meeting));

  g_list_store_append (self->meetings, meeting);
}

/**
 * ama_review_remove_meeting:
 * @self: a #AmaReview
 * @meeting: the #AmaMeeting to remove
 *
 * Removes @meeting from [property@Ama.Review:meetings].
 *
 * Returns: %TRUE if @meeting was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_review_remove_meeting (AmaReview *self,
                          AmaMeeting *meeting)
{
  guint position;

  g_return_val_if_fail (AMA_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (AMA_IS_MEETING (meeting), FALSE);

  if (!g_list_store_find (self->meetings, meeting, &position))
    return FALSE;

  g_list_store_remove (self->meetings, position);
  return TRUE;
}

/**
 * ama_review_get_visits:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:visits] as a list model whose items are [class@Ama.Visit]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaVisit
 *
 * Since: 1.0
 */
GListModel *
ama_review_get_visits (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return G_LIST_MODEL (self->visits);
}

/**
 * ama_review_add_visit:
 * @self: a #AmaReview
 * @visit: the #AmaVisit to append
 *
 * Appends @visit to [property@Ama.Review:visits].
 *
 * Since: 1.0
 */
void
ama_review_add_visit (AmaReview *self,
                     AmaVisit *visit)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (AMA_IS_VISIT (visit));

  g_list_store_append (self->visits, visit);
}

/**
 * ama_review_remove_visit:
 * @self: a #AmaReview
 * @visit: the #AmaVisit to remove
 *
 * Removes @visit from [property@Ama.Review:visits].
 *
 * Returns: %TRUE if @visit was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_review_remove_visit (AmaReview *self,
                        AmaVisit *visit)
{
  guint position;

  g_return_val_if_fail (AMA_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (AMA_IS_VISIT (visit), FALSE);

  if (!g_list_store_find (self->visits, visit, &position))
    return FALSE;

  g_list_store_remove (self->visits, position);
  return TRUE;
}

/**
 * ama_review_get_documents:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:documents] as a list model whose items are [class@Ama.Document]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaDocument
 *
 * Since: 1.0
 */
GListModel *
ama_review_get_documents (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return G_LIST_MODEL (self->documents);
}

/**
 * ama_review_add_document:
 * @self: a #AmaReview
 * @document: the #AmaDocument to append
 *
 * Appends @document to [property@Ama.Review:documents].
 *
 * Since: 1.0
 */
void
ama_review_add_document (AmaReview *self,
                        AmaDocument *document)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (AMA_IS_DOCUMENT (document));

  g_list_store_append (self->documents, document);
}

/**
 * ama_review_remove_document:
 * @self: a #AmaReview
 * @document: the #AmaDocument to remove
 *
 * Removes @document from [property@Ama.Review:documents].
 *
 * Returns: %TRUE if @document was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_review_remove_document (AmaReview *self,
                           AmaDocument *document)
{
  guint position;

  g_return_val_if_fail (AMA_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (AMA_IS_DOCUMENT (document), FALSE);

  if (!g_list_store_find (self->documents, document, &position))
    return FALSE;

  g_list_store_remove (self->documents, position);
  return TRUE;
}

/**
 * ama_review_get_considerations:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:considerations] as a list model whose items are [class@Ama.Consideration]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaConsideration
 *
 * Since: 1.0
 */
GListModel *
ama_review_get_considerations (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return G_LIST_MODEL (self->considerations);
}

/**
 * ama_review_add_consideration:
 * @self: a #AmaReview
 * @consideration: the #AmaConsideration to append
 *
 * Appends @consideration to [property@Ama.Review:considerations].
 *
 * Since: 1.0
 */
void
ama_review_add_consideration (AmaReview *self,
                             AmaConsideration *consideration)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (AMA_IS_CONSIDERATION (consideration));

  g_list_store_append (self->considerations, consideration);
}

/**
 * ama_review_remove_consideration:
 * @self: a #AmaReview
 * @consideration: the #AmaConsideration to remove
 *
 * Removes @consideration from [property@Ama.Review:considerations].
 *
 * Returns: %TRUE if @consideration was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_review_remove_consideration (AmaReview *self,
                                AmaConsideration *consideration)
{
  guint position;

  g_return_val_if_fail (AMA_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (AMA_IS_CONSIDERATION (consideration), FALSE);

  if (!g_list_store_find (self->considerations, consideration, &position))
    return FALSE;

  g_list_store_remove (self->considerations, position);
  return TRUE;
}

/**
 * ama_review_get_appraisal:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:appraisal].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Review:appraisal]
 *
 * Since: 1.0
 */
AmaAppraisal *
ama_review_get_appraisal (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->appraisal;
}

/**
 * ama_review_set_appraisal:
 * @self: a #AmaReview
 * @appraisal: (nullable): the new value
 *
 * Sets the [property@Ama.Review:appraisal].
 *
 * Since: 1.0
 */
void
ama_review_set_appraisal (AmaReview *self,
                         AmaAppraisal *appraisal)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (!appraisal || AMA_IS_APPRAISAL (appraisal));

  if (!g_set_object (&self->appraisal, appraisal))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPRAISAL]);
}

/**
 * ama_review_get_reported_to_executive:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:reported-to-executive].
 *
 * Returns: (transfer none) (nullable): the date the executive received the report
 *
 * Since: 1.2
 */
GDateTime *
ama_review_get_reported_to_executive (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->reported_to_executive;
}

/**
 * ama_review_set_reported_to_executive:
 * @self: a #AmaReview
 * @date: (nullable): the new value
 *
 * Sets the [property@Ama.Review:reported-to-executive].
 *
 * Since: 1.2
 */
void
ama_review_set_reported_to_executive (AmaReview *self,
                                      GDateTime *date)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_date (&self->reported_to_executive, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORTED_TO_EXECUTIVE]);
}

/**
 * ama_review_get_response_period:
 * @self: a #AmaReview
 *
 * Gets the [property@Ama.Review:response-period].
 *
 * Returns: (transfer none) (nullable): the period as written, or %NULL
 *   for the statutory two months
 *
 * Since: 1.2
 */
const char *
ama_review_get_response_period (AmaReview *self)
{
  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  return self->response_period;
}

/**
 * ama_review_set_response_period:
 * @self: a #AmaReview
 * @period: (nullable): the new value, such as “8 weeks”
 *
 * Sets the [property@Ama.Review:response-period].
 *
 * Since: 1.2
 */
void
ama_review_set_response_period (AmaReview  *self,
                                const char *period)
{
  g_return_if_fail (AMA_IS_REVIEW (self));

  if (!_ama_set_str (&self->response_period, period))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSE_PERIOD]);
}
