/* ama-visit.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-visit.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-types.h"
#include "ama-util-private.h"

/**
 * AmaVisit:
 *
 * A visit to, or call with, another council to learn from its arrangement.
 *
 * Since: 1.0
 */

struct _AmaVisit
{
  GObject parent_instance;

  char *authority;
  AmaArrangement arrangement;
  char *arrangement_note;
  GDateTime *date;
  char *date_text;
  AmaVisitMode mode;
};

G_DEFINE_FINAL_TYPE (AmaVisit, ama_visit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AUTHORITY,
  PROP_ARRANGEMENT,
  PROP_ARRANGEMENT_NOTE,
  PROP_DATE,
  PROP_DATE_TEXT,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_visit_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_visit_parent_class)->dispose (object);
}

static void
ama_visit_finalize (GObject *object)
{
  AmaVisit *self = (AmaVisit *)object;

  g_clear_pointer (&self->authority, g_free);
  g_clear_pointer (&self->arrangement_note, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->date_text, g_free);

  G_OBJECT_CLASS (ama_visit_parent_class)->finalize (object);
}

static void
ama_visit_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AmaVisit *self = AMA_VISIT (object);

  switch (prop_id)
    {
    case PROP_AUTHORITY:
      g_value_set_string (value, self->authority);
      break;

    case PROP_ARRANGEMENT:
      g_value_set_enum (value, self->arrangement);
      break;

    case PROP_ARRANGEMENT_NOTE:
      g_value_set_string (value, self->arrangement_note);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_DATE_TEXT:
      g_value_set_string (value, self->date_text);
      break;

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_visit_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  AmaVisit *self = AMA_VISIT (object);

  switch (prop_id)
    {
    case PROP_AUTHORITY:
      ama_visit_set_authority (self, g_value_get_string (value));
      break;

    case PROP_ARRANGEMENT:
      ama_visit_set_arrangement (self, g_value_get_enum (value));
      break;

    case PROP_ARRANGEMENT_NOTE:
      ama_visit_set_arrangement_note (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      ama_visit_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_DATE_TEXT:
      ama_visit_set_date_text (self, g_value_get_string (value));
      break;

    case PROP_MODE:
      ama_visit_set_mode (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_visit_class_init (AmaVisitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_visit_dispose;
  object_class->finalize = ama_visit_finalize;
  object_class->get_property = ama_visit_get_property;
  object_class->set_property = ama_visit_set_property;

  /**
   * AmaVisit:authority:
   *
   * The council visited.
   *
   * Since: 1.0
   */
  properties[PROP_AUTHORITY] =
    g_param_spec_string ("authority", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaVisit:arrangement:
   *
   * The management arrangement it runs.
   *
   * Since: 1.0
   */
  properties[PROP_ARRANGEMENT] =
    g_param_spec_enum ("arrangement", NULL, NULL,
                       AMA_TYPE_ARRANGEMENT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaVisit:arrangement-note:
   *
   * The arrangement as the source described it, verbatim.
   *
   * Since: 1.0
   */
  properties[PROP_ARRANGEMENT_NOTE] =
    g_param_spec_string ("arrangement-note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaVisit:date:
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
   * AmaVisit:date-text:
   *
   * The date as written, kept when it says more than the date (e.g. a weekday).
   *
   * Since: 1.0
   */
  properties[PROP_DATE_TEXT] =
    g_param_spec_string ("date-text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaVisit:mode:
   *
   * In person or by tele-conference.
   *
   * Since: 1.0
   */
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       AMA_TYPE_VISIT_MODE, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_visit_init (AmaVisit *self)
{
}

/**
 * ama_visit_new:
 * @authority: (nullable): the initial [property@Ama.Visit:authority]
 * @arrangement: the initial [property@Ama.Visit:arrangement]
 *
 * Creates a new [class@Ama.Visit].
 *
 * Returns: (transfer full): a new #AmaVisit
 *
 * Since: 1.0
 */
AmaVisit *
ama_visit_new (const char *authority, AmaArrangement arrangement)
{
  return g_object_new (AMA_TYPE_VISIT,
                       "authority", authority,
                       "arrangement", arrangement,
                       NULL);
}

/**
 * ama_visit_get_authority:
 * @self: a #AmaVisit
 *
 * Gets the [property@Ama.Visit:authority].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Visit:authority]
 *
 * Since: 1.0
 */
const char *
ama_visit_get_authority (AmaVisit *self)
{
  g_return_val_if_fail (AMA_IS_VISIT (self), NULL);

  return self->authority;
}

/**
 * ama_visit_set_authority:
 * @self: a #AmaVisit
 * @authority: (nullable): the new value
 *
 * Sets the [property@Ama.Visit:authority].
 *
 * Since: 1.0
 */
void
ama_visit_set_authority (AmaVisit *self,
                        const char *authority)
{
  g_return_if_fail (AMA_IS_VISIT (self));

  if (!_ama_set_str (&self->authority, authority))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHORITY]);
}

/**
 * ama_visit_get_arrangement:
 * @self: a #AmaVisit
 *
 * Gets the [property@Ama.Visit:arrangement].
 *
 * Returns: the [property@Ama.Visit:arrangement]
 *
 * Since: 1.0
 */
AmaArrangement
ama_visit_get_arrangement (AmaVisit *self)
{
  g_return_val_if_fail (AMA_IS_VISIT (self), 0);

  return self->arrangement;
}

/**
 * ama_visit_set_arrangement:
 * @self: a #AmaVisit
 * @arrangement: the new value
 *
 * Sets the [property@Ama.Visit:arrangement].
 *
 * Since: 1.0
 */
void
ama_visit_set_arrangement (AmaVisit *self,
                          AmaArrangement  arrangement)
{
  g_return_if_fail (AMA_IS_VISIT (self));

  if (self->arrangement == arrangement)
    return;
  self->arrangement = arrangement;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARRANGEMENT]);
}

/**
 * ama_visit_get_arrangement_note:
 * @self: a #AmaVisit
 *
 * Gets the [property@Ama.Visit:arrangement-note].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Visit:arrangement-note]
 *
 * Since: 1.0
 */
const char *
ama_visit_get_arrangement_note (AmaVisit *self)
{
  g_return_val_if_fail (AMA_IS_VISIT (self), NULL);

  return self->arrangement_note;
}

/**
 * ama_visit_set_arrangement_note:
 * @self: a #AmaVisit
 * @arrangement_note: (nullable): the new value
 *
 * Sets the [property@Ama.Visit:arrangement-note].
 *
 * Since: 1.0
 */
void
ama_visit_set_arrangement_note (AmaVisit *self,
                               const char *arrangement_note)
{
  g_return_if_fail (AMA_IS_VISIT (self));

  if (!_ama_set_str (&self->arrangement_note, arrangement_note))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARRANGEMENT_NOTE]);
}

/**
 * ama_visit_get_date:
 * @self: a #AmaVisit
 *
 * Gets the [property@Ama.Visit:date].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Visit:date]
 *
 * Since: 1.0
 */
GDateTime *
ama_visit_get_date (AmaVisit *self)
{
  g_return_val_if_fail (AMA_IS_VISIT (self), NULL);

  return self->date;
}

/**
 * ama_visit_set_date:
 * @self: a #AmaVisit
 * @date: (nullable): the new value
 *
 * Sets the [property@Ama.Visit:date].
 *
 * Since: 1.0
 */
void
ama_visit_set_date (AmaVisit *self,
                   GDateTime *date)
{
  g_return_if_fail (AMA_IS_VISIT (self));

  if (!_ama_set_date (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ama_visit_get_date_text:
 * @self: a #AmaVisit
 *
 * Gets the [property@Ama.Visit:date-text].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Visit:date-text]
 *
 * Since: 1.0
 */
const char *
ama_visit_get_date_text (AmaVisit *self)
{
  g_return_val_if_fail (AMA_IS_VISIT (self), NULL);

  return self->date_text;
}

/**
 * ama_visit_set_date_text:
 * @self: a #AmaVisit
 * @date_text: (nullable): the new value
 *
 * Sets the [property@Ama.Visit:date-text].
 *
 * Since: 1.0
 */
void
ama_visit_set_date_text (AmaVisit *self,
                        const char *date_text)
{
  g_return_if_fail (AMA_IS_VISIT (self));

  if (!_ama_set_str (&self->date_text, date_text))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_TEXT]);
}

/**
 * ama_visit_get_mode:
 * @self: a #AmaVisit
 *
 * Gets the [property@Ama.Visit:mode].
 *
 * Returns: the [property@Ama.Visit:mode]
 *
 * Since: 1.0
 */
AmaVisitMode
ama_visit_get_mode (AmaVisit *self)
{
  g_return_val_if_fail (AMA_IS_VISIT (self), 0);

  return self->mode;
}

/**
 * ama_visit_set_mode:
 * @self: a #AmaVisit
 * @mode: the new value
 *
 * Sets the [property@Ama.Visit:mode].
 *
 * Since: 1.0
 */
void
ama_visit_set_mode (AmaVisit *self,
                   AmaVisitMode  mode)
{
  g_return_if_fail (AMA_IS_VISIT (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}
