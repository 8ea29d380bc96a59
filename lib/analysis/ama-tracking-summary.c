/* ama-tracking-summary.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-tracking-summary.h"

/**
 * AmaTrackingSummary:
 *
 * Counts that summarise the state of recommendations on a given date:
 * decisions by kind, delivery status, outstanding and overdue actions.
 *
 * Since: 1.0
 */

struct _AmaTrackingSummary
{
  GObject parent_instance;

  guint total;
  guint pending;
  guint accepted;
  guint partially_accepted;
  guint rejected;
  guint deferred;
  guint noted;
  guint not_started;
  guint in_progress;
  guint completed;
  guint not_achieved;
  guint superseded;
  guint outstanding;
  guint overdue;
  double completed_share;
};

G_DEFINE_FINAL_TYPE (AmaTrackingSummary, ama_tracking_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TOTAL,
  PROP_PENDING,
  PROP_ACCEPTED,
  PROP_PARTIALLY_ACCEPTED,
  PROP_REJECTED,
  PROP_DEFERRED,
  PROP_NOTED,
  PROP_NOT_STARTED,
  PROP_IN_PROGRESS,
  PROP_COMPLETED,
  PROP_NOT_ACHIEVED,
  PROP_SUPERSEDED,
  PROP_OUTSTANDING,
  PROP_OVERDUE,
  PROP_COMPLETED_SHARE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_tracking_summary_finalize (GObject *object)
{

  G_OBJECT_CLASS (ama_tracking_summary_parent_class)->finalize (object);
}

static void
ama_tracking_summary_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AmaTrackingSummary *self = AMA_TRACKING_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;

    case PROP_PENDING:
      g_value_set_uint (value, self->pending);
      break;

    case PROP_ACCEPTED:
      g_value_set_uint (value, self->accepted);
      break;

    case PROP_PARTIALLY_ACCEPTED:
      g_value_set_uint (value, self->partially_accepted);
      break;

    case PROP_REJECTED:
      g_value_set_uint (value, self->rejected);
      break;

    case PROP_DEFERRED:
      g_value_set_uint (value, self->deferred);
      break;

    case PROP_NOTED:
      g_value_set_uint (value, self->noted);
      break;

    case PROP_NOT_STARTED:
      g_value_set_uint (value, self->not_started);
      break;

    case PROP_IN_PROGRESS:
      g_value_set_uint (value, self->in_progress);
      break;

    case PROP_COMPLETED:
      g_value_set_uint (value, self->completed);
      break;

    case PROP_NOT_ACHIEVED:
      g_value_set_uint (value, self->not_achieved);
      break;

    case PROP_SUPERSEDED:
      g_value_set_uint (value, self->superseded);
      break;

    case PROP_OUTSTANDING:
      g_value_set_uint (value, self->outstanding);
      break;

    case PROP_OVERDUE:
      g_value_set_uint (value, self->overdue);
      break;

    case PROP_COMPLETED_SHARE:
      g_value_set_double (value, self->completed_share);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_tracking_summary_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AmaTrackingSummary *self = AMA_TRACKING_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_TOTAL:
      self->total = g_value_get_uint (value);
      break;

    case PROP_PENDING:
      self->pending = g_value_get_uint (value);
      break;

    case PROP_ACCEPTED:
      self->accepted = g_value_get_uint (value);
      break;

    case PROP_PARTIALLY_ACCEPTED:
      self->partially_accepted = g_value_get_uint (value);
      break;

    case PROP_REJECTED:
      self->rejected = g_value_get_uint (value);
      break;

    case PROP_DEFERRED:
      self->deferred = g_value_get_uint (value);
      break;

    case PROP_NOTED:
      self->noted = g_value_get_uint (value);
      break;

    case PROP_NOT_STARTED:
      self->not_started = g_value_get_uint (value);
      break;

    case PROP_IN_PROGRESS:
      self->in_progress = g_value_get_uint (value);
      break;

    case PROP_COMPLETED:
      self->completed = g_value_get_uint (value);
      break;

    case PROP_NOT_ACHIEVED:
      self->not_achieved = g_value_get_uint (value);
      break;

    case PROP_SUPERSEDED:
      self->superseded = g_value_get_uint (value);
      break;

    case PROP_OUTSTANDING:
      self->outstanding = g_value_get_uint (value);
      break;

    case PROP_OVERDUE:
      self->overdue = g_value_get_uint (value);
      break;

    case PROP_COMPLETED_SHARE:
      self->completed_share = g_value_get_double (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_tracking_summary_class_init (AmaTrackingSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_tracking_summary_finalize;
  object_class->get_property = ama_tracking_summary_get_property;
  object_class->set_property = ama_tracking_summary_set_property;

  /**
   * AmaTrackingSummary:total:
   *
   * How many recommendations were counted.
   *
   * Since: 1.0
   */
  properties[PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:pending:
   *
   * Recommendations with no decision recorded.
   *
   * Since: 1.0
   */
  properties[PROP_PENDING] =
    g_param_spec_uint ("pending", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:accepted:
   *
   * Recommendations accepted.
   *
   * Since: 1.0
   */
  properties[PROP_ACCEPTED] =
    g_param_spec_uint ("accepted", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:partially-accepted:
   *
   * Recommendations accepted in part.
   *
   * Since: 1.0
   */
  properties[PROP_PARTIALLY_ACCEPTED] =
    g_param_spec_uint ("partially-accepted", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:rejected:
   *
   * Recommendations rejected.
   *
   * Since: 1.0
   */
  properties[PROP_REJECTED] =
    g_param_spec_uint ("rejected", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:deferred:
   *
   * Recommendations deferred.
   *
   * Since: 1.0
   */
  properties[PROP_DEFERRED] =
    g_param_spec_uint ("deferred", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:noted:
   *
   * Recommendations noted.
   *
   * Since: 1.0
   */
  properties[PROP_NOTED] =
    g_param_spec_uint ("noted", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:not-started:
   *
   * Recommendations with no progress reported.
   *
   * Since: 1.0
   */
  properties[PROP_NOT_STARTED] =
    g_param_spec_uint ("not-started", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:in-progress:
   *
   * Recommendations in progress.
   *
   * Since: 1.0
   */
  properties[PROP_IN_PROGRESS] =
    g_param_spec_uint ("in-progress", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:completed:
   *
   * Recommendations completed.
   *
   * Since: 1.0
   */
  properties[PROP_COMPLETED] =
    g_param_spec_uint ("completed", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:not-achieved:
   *
   * Recommendations closed as not achieved.
   *
   * Since: 1.0
   */
  properties[PROP_NOT_ACHIEVED] =
    g_param_spec_uint ("not-achieved", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:superseded:
   *
   * Recommendations superseded.
   *
   * Since: 1.0
   */
  properties[PROP_SUPERSEDED] =
    g_param_spec_uint ("superseded", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:outstanding:
   *
   * Actions still open (see [property@Ama.TrackingItem:outstanding]).
   *
   * Since: 1.0
   */
  properties[PROP_OUTSTANDING] =
    g_param_spec_uint ("outstanding", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:overdue:
   *
   * Actions overdue.
   *
   * Since: 1.0
   */
  properties[PROP_OVERDUE] =
    g_param_spec_uint ("overdue", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaTrackingSummary:completed-share:
   *
   * The share (0 to 1) of accepted and partially accepted
   * recommendations that are completed; 0 when none was accepted.
   *
   * Since: 1.0
   */
  properties[PROP_COMPLETED_SHARE] =
    g_param_spec_double ("completed-share", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_tracking_summary_init (AmaTrackingSummary *self)
{
}

/**
 * ama_tracking_summary_get_total:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:total].
 *
 * Returns: the [property@Ama.TrackingSummary:total]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_total (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->total;
}

/**
 * ama_tracking_summary_get_pending:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:pending].
 *
 * Returns: the [property@Ama.TrackingSummary:pending]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_pending (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->pending;
}

/**
 * ama_tracking_summary_get_accepted:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:accepted].
 *
 * Returns: the [property@Ama.TrackingSummary:accepted]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_accepted (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->accepted;
}

/**
 * ama_tracking_summary_get_partially_accepted:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:partially-accepted].
 *
 * Returns: the [property@Ama.TrackingSummary:partially-accepted]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_partially_accepted (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->partially_accepted;
}

/**
 * ama_tracking_summary_get_rejected:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:rejected].
 *
 * Returns: the [property@Ama.TrackingSummary:rejected]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_rejected (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->rejected;
}

/**
 * ama_tracking_summary_get_deferred:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:deferred].
 *
 * Returns: the [property@Ama.TrackingSummary:deferred]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_deferred (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->deferred;
}

/**
 * ama_tracking_summary_get_noted:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:noted].
 *
 * Returns: the [property@Ama.TrackingSummary:noted]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_noted (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->noted;
}

/**
 * ama_tracking_summary_get_not_started:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:not-started].
 *
 * Returns: the [property@Ama.TrackingSummary:not-started]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_not_started (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->not_started;
}

/**
 * ama_tracking_summary_get_in_progress:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:in-progress].
 *
 * Returns: the [property@Ama.TrackingSummary:in-progress]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_in_progress (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->in_progress;
}

/**
 * ama_tracking_summary_get_completed:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:completed].
 *
 * Returns: the [property@Ama.TrackingSummary:completed]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_completed (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->completed;
}

/**
 * ama_tracking_summary_get_not_achieved:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:not-achieved].
 *
 * Returns: the [property@Ama.TrackingSummary:not-achieved]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_not_achieved (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->not_achieved;
}

/**
 * ama_tracking_summary_get_superseded:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:superseded].
 *
 * Returns: the [property@Ama.TrackingSummary:superseded]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_superseded (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->superseded;
}

/**
 * ama_tracking_summary_get_outstanding:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:outstanding].
 *
 * Returns: the [property@Ama.TrackingSummary:outstanding]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_outstanding (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->outstanding;
}

/**
 * ama_tracking_summary_get_overdue:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:overdue].
 *
 * Returns: the [property@Ama.TrackingSummary:overdue]
 *
 * Since: 1.0
 */
guint
ama_tracking_summary_get_overdue (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0);

  return self->overdue;
}

/**
 * ama_tracking_summary_get_completed_share:
 * @self: a #AmaTrackingSummary
 *
 * Gets the [property@Ama.TrackingSummary:completed-share].
 *
 * Returns: the [property@Ama.TrackingSummary:completed-share]
 *
 * Since: 1.0
 */
double
ama_tracking_summary_get_completed_share (AmaTrackingSummary *self)
{
  g_return_val_if_fail (AMA_IS_TRACKING_SUMMARY (self), 0.0);

  return self->completed_share;
}
