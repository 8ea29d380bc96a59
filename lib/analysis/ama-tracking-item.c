/* ama-tracking-item.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-deadline.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-person.h"
#include "ama-recommendation.h"
#include "ama-review.h"
#include "ama-types.h"
#include "ama-tracking-item.h"
#include "ama-tracking-item-private.h"

/**
 * AmaTrackingItem:
 *
 * Where one recommendation stands on a given date: who owns it, when
 * it is (next) due, whether it is outstanding or overdue, and why.
 *
 * Tracking items are results: the tracker creates them for an "as of"
 * date the caller passes (see [method@Ama.Review.track]).
 *
 * Since: 1.0
 */

struct _AmaTrackingItem
{
  GObject parent_instance;

  AmaReview *review;
  AmaRecommendation *recommendation;
  AmaPerson *officer;
  char *officer_name;
  AmaDecision decision;
  AmaProgress status;
  AmaDeadline *action_by;
  GDateTime *due;
  GDateTime *next_due;
  int days_overdue;
  gboolean outstanding;
  gboolean overdue;
  char *reason;
};

G_DEFINE_FINAL_TYPE (AmaTrackingItem, ama_tracking_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_RECOMMENDATION,
  PROP_OFFICER,
  PROP_OFFICER_NAME,
  PROP_DECISION,
  PROP_STATUS,
  PROP_ACTION_BY,
  PROP_DUE,
  PROP_NEXT_DUE,
  PROP_DAYS_OVERDUE,
  PROP_OUTSTANDING,
  PROP_OVERDUE,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_tracking_item_finalize (GObject *object)
{
  AmaTrackingItem *self = (AmaTrackingItem *)object;

  g_clear_object (&self->review);
  g_clear_object (&self->recommendation);
  g_clear_object (&self->officer);
  g_clear_pointer (&self->officer_name, g_free);
  g_clear_pointer (&self->action_by, ama_deadline_unref);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->next_due, g_date_time_unref);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (ama_tracking_item_parent_class)->finalize (object);
}

static void
ama_tracking_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AmaTrackingItem *self = AMA_TRACKING_ITEM (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;

    case PROP_RECOMMENDATION:
      g_value_set_object (value, self->recommendation);
      break;

    case PROP_OFFICER:
      g_value_set_object (value, self->officer);
      break;

    case PROP_OFFICER_NAME:
      g_value_set_string (value, self->officer_name);
      break;

    case PROP_DECISION:
      g_value_set_enum (value, self->decision);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_ACTION_BY:
      g_value_set_boxed (value, self->action_by);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;

    case PROP_NEXT_DUE:
      g_value_set_boxed (value, self->next_due);
      break;

    case PROP_DAYS_OVERDUE:
      g_value_set_int (value, self->days_overdue);
      break;

    case PROP_OUTSTANDING:
      g_value_set_boolean (value, self->outstanding);
      break;

    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_tracking_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AmaTrackingItem *self = AMA_TRACKING_ITEM (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      self->review = g_value_dup_object (value);
      break;

    case PROP_RECOMMENDATION:
      self->recommendation = g_value_dup_object (value);
      break;

    case PROP_OFFICER:
      self->officer = g_value_dup_object (value);
      break;

    case PROP_OFFICER_NAME:
      self->officer_name = g_value_dup_string (value);
      break;

    case PROP_DECISION:
      self->decision = g_value_get_enum (value);
      break;

    case PROP_STATUS:
      self->status = g_value_get_enum (value);
      break;

    case PROP_ACTION_BY:
      self->action_by = g_value_dup_boxed (value);
      break;

    case PROP_DUE:
      self->due = g_value_dup_boxed (value);
      break;

    case PROP_NEXT_DUE:
      self->next_due = g_value_dup_boxed (value);
      break;

    case PROP_DAYS_OVERDUE:
      self->days_overdue = g_value_get_int (value);
      break;

    case PROP_OUTSTANDING:
      self->outstanding = g_value_get_boolean (value);
      break;

    case PROP_OVERDUE:
      self->overdue = g_value_get_boolean (value);
      break;

    case PROP_REASON:
      self->reason = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_tracking_item_class_init (AmaTrackingItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_tracking_item_finalize;
  object_class->get_property = ama_tracking_item_get_property;
  object_class->set_property = ama_tracking_item_set_property;

  /**
   * AmaTrackingItem:review:
   *
   * The review the recommendation belongs to.
   *
   * Since: 1.0
   */
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, AMA_TYPE_REVIEW, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:recommendation:
   *
   * The recommendation tracked.
   *
   * Since: 1.0
   */
  properties[PROP_RECOMMENDATION] =
    g_param_spec_object ("recommendation", NULL, NULL, AMA_TYPE_RECOMMENDATION, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:officer:
   *
   * The officer responsible, as recorded, if any.
   *
   * Since: 1.0
   */
  properties[PROP_OFFICER] =
    g_param_spec_object ("officer", NULL, NULL, AMA_TYPE_PERSON, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:officer-name:
   *
   * The officer's name as the tracker groups it: OCR-like variants
   * ("lan Thomas") are reported under the most plausible spelling used
   * for the same person in the review ("Ian Thomas").
   *
   * Since: 1.0
   */
  properties[PROP_OFFICER_NAME] =
    g_param_spec_string ("officer-name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:decision:
   *
   * The decision recorded (pending when none).
   *
   * Since: 1.0
   */
  properties[PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL, AMA_TYPE_DECISION, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:status:
   *
   * The delivery status as of the date asked about.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, AMA_TYPE_PROGRESS, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:action-by:
   *
   * The deadline as understood, if any.
   *
   * Since: 1.0
   */
  properties[PROP_ACTION_BY] =
    g_param_spec_boxed ("action-by", NULL, NULL, AMA_TYPE_DEADLINE, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:due:
   *
   * The date the action was, or is, due: for a one-off deadline its due
   * date; for a recurring one the occurrence that made it overdue, or the
   * next occurrence when it is not overdue.
   *
   * Since: 1.0
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE_TIME, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:next-due:
   *
   * For a recurring action, the next occurrence on or after the date
   * asked about.
   *
   * Since: 1.0
   */
  properties[PROP_NEXT_DUE] =
    g_param_spec_boxed ("next-due", NULL, NULL, G_TYPE_DATE_TIME, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:days-overdue:
   *
   * Whole days past the due date (0 when not overdue).
   *
   * Since: 1.0
   */
  properties[PROP_DAYS_OVERDUE] =
    g_param_spec_int ("days-overdue", NULL, NULL, G_MININT, G_MAXINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:outstanding:
   *
   * Whether the action is still open: agreed (or pending with an
   * action-by) and not completed, superseded or closed as not achieved.
   *
   * Since: 1.0
   */
  properties[PROP_OUTSTANDING] =
    g_param_spec_boolean ("outstanding", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:overdue:
   *
   * Whether the action is outstanding and its due date has passed.
   *
   * Since: 1.0
   */
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingItem:reason:
   *
   * Why the item is (or is not) outstanding or overdue, in a sentence.
   *
   * Since: 1.0
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_tracking_item_init (AmaTrackingItem *self)
{
}

/**
 * ama_tracking_item_get_review:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:review].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.TrackingItem:review]
 *
 * Since: 1.0
 */
AmaReview *
ama_tracking_item_get_review (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), NULL);

  return self->review;
}

/**
 * ama_tracking_item_get_recommendation:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:recommendation].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.TrackingItem:recommendation]
 *
 * Since: 1.0
 */
AmaRecommendation *
ama_tracking_item_get_recommendation (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), NULL);

  return self->recommendation;
}

/**
 * ama_tracking_item_get_officer:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:officer].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.TrackingItem:officer]
 *
 * Since: 1.0
 */
AmaPerson *
ama_tracking_item_get_officer (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), NULL);

  return self->officer;
}

/**
 * ama_tracking_item_get_officer_name:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:officer-name].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.TrackingItem:officer-name]
 *
 * Since: 1.0
 */
const char *
ama_tracking_item_get_officer_name (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), NULL);

  return self->officer_name;
}

/**
 * ama_tracking_item_get_decision:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:decision].
 *
 * Returns: the [property@Ama.TrackingItem:decision]
 *
 * Since: 1.0
 */
AmaDecision
ama_tracking_item_get_decision (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), 0);

  return self->decision;
}

/**
 * ama_tracking_item_get_status:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:status].
 *
 * Returns: the [property@Ama.TrackingItem:status]
 *
 * Since: 1.0
 */
AmaProgress
ama_tracking_item_get_status (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), 0);

  return self->status;
}

/**
 * ama_tracking_item_get_action_by:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:action-by].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.TrackingItem:action-by]
 *
 * Since: 1.0
 */
AmaDeadline *
ama_tracking_item_get_action_by (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), NULL);

  return self->action_by;
}

/**
 * ama_tracking_item_get_due:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:due].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.TrackingItem:due]
 *
 * Since: 1.0
 */
GDateTime *
ama_tracking_item_get_due (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), NULL);

  return self->due;
}

/**
 * ama_tracking_item_get_next_due:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:next-due].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.TrackingItem:next-due]
 *
 * Since: 1.0
 */
GDateTime *
ama_tracking_item_get_next_due (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), NULL);

  return self->next_due;
}

/**
 * ama_tracking_item_get_days_overdue:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:days-overdue].
 *
 * Returns: the [property@Ama.TrackingItem:days-overdue]
 *
 * Since: 1.0
 */
int
ama_tracking_item_get_days_overdue (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), 0);

  return self->days_overdue;
}

/**
 * ama_tracking_item_get_outstanding:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:outstanding].
 *
 * Returns: the [property@Ama.TrackingItem:outstanding]
 *
 * Since: 1.0
 */
gboolean
ama_tracking_item_get_outstanding (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), FALSE);

  return self->outstanding;
}

/**
 * ama_tracking_item_get_overdue:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:overdue].
 *
 * Returns: the [property@Ama.TrackingItem:overdue]
 *
 * Since: 1.0
 */
gboolean
ama_tracking_item_get_overdue (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), FALSE);

  return self->overdue;
}

/**
 * ama_tracking_item_get_reason:
 * @self: a #AmaTrackingItem
 *
 * Gets the [property@Ama.TrackingItem:reason].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.TrackingItem:reason]
 *
 * Since: 1.0
 */
const char *
ama_tracking_item_get_reason (AmaTrackingItem *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_ITEM (self), NULL);

  return self->reason;
}

AmaTrackingItem *
_ama_tracking_item_new_take (AmaReview         *review,
                             AmaRecommendation *recommendation,
                             AmaPerson         *officer,
                             char              *officer_name,
                             AmaDecision        decision,
                             AmaProgress        status,
                             AmaDeadline       *action_by,
                             GDateTime         *due,
                             GDateTime         *next_due,
                             int                days_overdue,
                             gboolean           outstanding,
                             gboolean           overdue,
                             char              *reason)
{
  AmaTrackingItem *self = g_object_new (AMA_TYPE_TRACKING_ITEM, NULL);

  /* The construct-only defaults are all NULL/0: nothing to free. */
  self->review = review ? g_object_ref (review) : NULL;
  self->recommendation = recommendation ? g_object_ref (recommendation) : NULL;
  self->officer = officer ? g_object_ref (officer) : NULL;
  self->officer_name = officer_name;
  self->decision = decision;
  self->status = status;
  self->action_by = action_by ? ama_deadline_ref (action_by) : NULL;
  self->due = due ? g_date_time_ref (due) : NULL;
  self->next_due = next_due ? g_date_time_ref (next_due) : NULL;
  self->days_overdue = days_overdue;
  self->outstanding = outstanding;
  self->overdue = overdue;
  self->reason = reason;
  return self;
}
