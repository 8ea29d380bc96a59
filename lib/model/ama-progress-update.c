/* ama-progress-update.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-progress-update.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-util-private.h"

/**
 * AmaProgressUpdate:
 *
 * A dated report on the delivery of a recommendation.
 *
 * Since: 1.0
 */

struct _AmaProgressUpdate
{
  GObject parent_instance;

  GDateTime *date;
  AmaProgress status;
  char *note;
};

G_DEFINE_FINAL_TYPE (AmaProgressUpdate, ama_progress_update, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_STATUS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_progress_update_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_progress_update_parent_class)->dispose (object);
}

static void
ama_progress_update_finalize (GObject *object)
{
  AmaProgressUpdate *self = (AmaProgressUpdate *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (ama_progress_update_parent_class)->finalize (object);
}

static void
ama_progress_update_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AmaProgressUpdate *self = AMA_PROGRESS_UPDATE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_progress_update_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AmaProgressUpdate *self = AMA_PROGRESS_UPDATE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ama_progress_update_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      ama_progress_update_set_status (self, g_value_get_enum (value));
      break;

    case PROP_NOTE:
      ama_progress_update_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_progress_update_class_init (AmaProgressUpdateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_progress_update_dispose;
  object_class->finalize = ama_progress_update_finalize;
  object_class->get_property = ama_progress_update_get_property;
  object_class->set_property = ama_progress_update_set_property;

  /**
   * AmaProgressUpdate:date:
   *
   * The date of the update (date only).
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaProgressUpdate:status:
   *
   * The delivery status reported.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       AMA_TYPE_PROGRESS, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaProgressUpdate:note:
   *
   * What was reported.
   *
   * Since: 1.0
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_progress_update_init (AmaProgressUpdate *self)
{
}

/**
 * ama_progress_update_new:
 * @date: (nullable): the initial [property@Ama.ProgressUpdate:date]
 * @status: the initial [property@Ama.ProgressUpdate:status]
 * @note: (nullable): the initial [property@Ama.ProgressUpdate:note]
 *
 * Creates a new [class@Ama.ProgressUpdate].
 *
 * Returns: (transfer full): a new #AmaProgressUpdate
 *
 * Since: 1.0
 */
AmaProgressUpdate *
ama_progress_update_new (GDateTime *date, AmaProgress status, const char *note)
{
  return g_object_new (AMA_TYPE_PROGRESS_UPDATE,
                       "date", date,
                       "status", status,
                       "note", note,
                       NULL);
}

/**
 * ama_progress_update_get_date:
 * @self: a #AmaProgressUpdate
 *
 * Gets the [property@Ama.ProgressUpdate:date].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.ProgressUpdate:date]
 *
 * Since: 1.0
 */
GDateTime *
ama_progress_update_get_date (AmaProgressUpdate *self)
{
  g_return_val_if_fail (AMA_IS_PROGRESS_UPDATE (self), NULL);

  return self->date;
}

/**
 * ama_progress_update_set_date:
 * @self: a #AmaProgressUpdate
 * @date: (nullable): the new value
 *
 * Sets the [property@Ama.ProgressUpdate:date].
 *
 * Since: 1.0
 */
void
ama_progress_update_set_date (AmaProgressUpdate *self,
                             GDateTime *date)
{
  g_return_if_fail (AMA_IS_PROGRESS_UPDATE (self));

  if (!_ama_set_date (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ama_progress_update_get_status:
 * @self: a #AmaProgressUpdate
 *
 * Gets the [property@Ama.ProgressUpdate:status].
 *
 * Returns: the [property@Ama.ProgressUpdate:status]
 *
 * Since: 1.0
 */
AmaProgress
ama_progress_update_get_status (AmaProgressUpdate *self)
{
  g_return_val_if_fail (AMA_IS_PROGRESS_UPDATE (self), 0);

  return self->status;
}

/**
 * ama_progress_update_set_status:
 * @self: a #AmaProgressUpdate
 * @status: the new value
 *
 * Sets the [property@Ama.ProgressUpdate:status].
 *
 * Since: 1.0
 */
void
ama_progress_update_set_status (AmaProgressUpdate *self,
                               AmaProgress  status)
{
  g_return_if_fail (AMA_IS_PROGRESS_UPDATE (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * ama_progress_update_get_note:
 * @self: a #AmaProgressUpdate
 *
 * Gets the [property@Ama.ProgressUpdate:note].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.ProgressUpdate:note]
 *
 * Since: 1.0
 */
const char *
ama_progress_update_get_note (AmaProgressUpdate *self)
{
  g_return_val_if_fail (AMA_IS_PROGRESS_UPDATE (self), NULL);

  return self->note;
}

/**
 * ama_progress_update_set_note:
 * @self: a #AmaProgressUpdate
 * @note: (nullable): the new value
 *
 * Sets the [property@Ama.ProgressUpdate:note].
 *
 * Since: 1.0
 */
void
ama_progress_update_set_note (AmaProgressUpdate *self,
                             const char *note)
{
  g_return_if_fail (AMA_IS_PROGRESS_UPDATE (self));

  if (!_ama_set_str (&self->note, note))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}
