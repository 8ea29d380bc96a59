/* ama-option.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-option.h"
#include "ama-appraisal-enums.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-util-private.h"

/**
 * AmaOption:
 *
 * An alternative an appraisal considers.
 *
 * Since: 1.0
 */

struct _AmaOption
{
  GObject parent_instance;

  char *id;
  char *name;
  AmaArrangement arrangement;
  char *description;
  char **strengths;
  char **risks;
  AmaOptionStatus status;
  AmaOptionRole role;
  char *rejection_reason;
};

G_DEFINE_FINAL_TYPE (AmaOption, ama_option, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ARRANGEMENT,
  PROP_DESCRIPTION,
  PROP_STRENGTHS,
  PROP_RISKS,
  PROP_STATUS,
  PROP_ROLE,
  PROP_REJECTION_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_option_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_option_parent_class)->dispose (object);
}

static void
ama_option_finalize (GObject *object)
{
  AmaOption *self = (AmaOption *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->strengths, g_strfreev);
  g_clear_pointer (&self->risks, g_strfreev);
  g_clear_pointer (&self->rejection_reason, g_free);

  G_OBJECT_CLASS (ama_option_parent_class)->finalize (object);
}

static void
ama_option_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AmaOption *self = AMA_OPTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ARRANGEMENT:
      g_value_set_enum (value, self->arrangement);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_STRENGTHS:
      g_value_set_boxed (value, self->strengths);
      break;

    case PROP_RISKS:
      g_value_set_boxed (value, self->risks);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_REJECTION_REASON:
      g_value_set_string (value, self->rejection_reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_option_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AmaOption *self = AMA_OPTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      ama_option_set_id (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      ama_option_set_name (self, g_value_get_string (value));
      break;

    case PROP_ARRANGEMENT:
      ama_option_set_arrangement (self, g_value_get_enum (value));
      break;

    case PROP_DESCRIPTION:
      ama_option_set_description (self, g_value_get_string (value));
      break;

    case PROP_STRENGTHS:
      ama_option_set_strengths (self, g_value_get_boxed (value));
      break;

    case PROP_RISKS:
      ama_option_set_risks (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      ama_option_set_status (self, g_value_get_enum (value));
      break;

    case PROP_ROLE:
      ama_option_set_role (self, g_value_get_enum (value));
      break;

    case PROP_REJECTION_REASON:
      ama_option_set_rejection_reason (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_option_class_init (AmaOptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_option_dispose;
  object_class->finalize = ama_option_finalize;
  object_class->get_property = ama_option_get_property;
  object_class->set_property = ama_option_set_property;

  /**
   * AmaOption:id:
   *
   * A stable identifier, unique within the appraisal.
   *
   * Since: 1.0
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOption:name:
   *
   * The option's name.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOption:arrangement:
   *
   * The management arrangement it stands for.
   *
   * Since: 1.0
   */
  properties[PROP_ARRANGEMENT] =
    g_param_spec_enum ("arrangement", NULL, NULL,
                       AMA_TYPE_ARRANGEMENT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOption:description:
   *
   * What the option is.
   *
   * Since: 1.0
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOption:strengths:
   *
   * Its strengths.
   *
   * Since: 1.0
   */
  properties[PROP_STRENGTHS] =
    g_param_spec_boxed ("strengths", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOption:risks:
   *
   * Its risks and challenges.
   *
   * Since: 1.0
   */
  properties[PROP_RISKS] =
    g_param_spec_boxed ("risks", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOption:status:
   *
   * Where the option stands: short-listed (appraised), long-listed, or rejected at screening.
   *
   * Since: 1.0
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       AMA_TYPE_OPTION_STATUS, AMA_OPTION_STATUS_SHORT_LIST,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOption:role:
   *
   * The part the option plays on the short list: business-as-usual, do-minimum, or an option for change.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       AMA_TYPE_OPTION_ROLE, AMA_OPTION_ROLE_DO_SOMETHING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaOption:rejection-reason:
   *
   * Why the option was screened out: the critical success factor it fails, and how. Every rejected option needs one.
   *
   * Since: 1.0
   */
  properties[PROP_REJECTION_REASON] =
    g_param_spec_string ("rejection-reason", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_option_init (AmaOption *self)
{
}

/**
 * ama_option_new:
 * @id: (nullable): the initial [property@Ama.Option:id]
 * @name: (nullable): the initial [property@Ama.Option:name]
 *
 * Creates a new [class@Ama.Option].
 *
 * Returns: (transfer full): a new #AmaOption
 *
 * Since: 1.0
 */
AmaOption *
ama_option_new (const char *id, const char *name)
{
  return g_object_new (AMA_TYPE_OPTION,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * ama_option_get_id:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:id].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Option:id]
 *
 * Since: 1.0
 */
const char *
ama_option_get_id (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), NULL);

  return self->id;
}

/**
 * ama_option_set_id:
 * @self: a #AmaOption
 * @id: (nullable): the new value
 *
 * Sets the [property@Ama.Option:id].
 *
 * Since: 1.0
 */
void
ama_option_set_id (AmaOption *self,
                  const char *id)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (!_ama_set_str (&self->id, id))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * ama_option_get_name:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:name].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Option:name]
 *
 * Since: 1.0
 */
const char *
ama_option_get_name (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), NULL);

  return self->name;
}

/**
 * ama_option_set_name:
 * @self: a #AmaOption
 * @name: (nullable): the new value
 *
 * Sets the [property@Ama.Option:name].
 *
 * Since: 1.0
 */
void
ama_option_set_name (AmaOption *self,
                    const char *name)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (!_ama_set_str (&self->name, name))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * ama_option_get_arrangement:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:arrangement].
 *
 * Returns: the [property@Ama.Option:arrangement]
 *
 * Since: 1.0
 */
AmaArrangement
ama_option_get_arrangement (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), 0);

  return self->arrangement;
}

/**
 * ama_option_set_arrangement:
 * @self: a #AmaOption
 * @arrangement: the new value
 *
 * Sets the [property@Ama.Option:arrangement].
 *
 * Since: 1.0
 */
void
ama_option_set_arrangement (AmaOption *self,
                           AmaArrangement  arrangement)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (self->arrangement == arrangement)
    return;
  self->arrangement = arrangement;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARRANGEMENT]);
}

/**
 * ama_option_get_description:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:description].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Option:description]
 *
 * Since: 1.0
 */
const char *
ama_option_get_description (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), NULL);

  return self->description;
}

/**
 * ama_option_set_description:
 * @self: a #AmaOption
 * @description: (nullable): the new value
 *
 * Sets the [property@Ama.Option:description].
 *
 * Since: 1.0
 */
void
ama_option_set_description (AmaOption *self,
                           const char *description)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (!_ama_set_str (&self->description, description))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * ama_option_get_strengths:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:strengths].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Option:strengths]
 *
 * Since: 1.0
 */
const char * const *
ama_option_get_strengths (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), NULL);

  return (const char * const *)self->strengths;
}

/**
 * ama_option_set_strengths:
 * @self: a #AmaOption
 * @strengths: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Option:strengths].
 *
 * Since: 1.0
 */
void
ama_option_set_strengths (AmaOption *self,
                         const char * const *strengths)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (!_ama_set_strv (&self->strengths, strengths))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTHS]);
}

/**
 * ama_option_get_risks:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:risks].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Option:risks]
 *
 * Since: 1.0
 */
const char * const *
ama_option_get_risks (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), NULL);

  return (const char * const *)self->risks;
}

/**
 * ama_option_set_risks:
 * @self: a #AmaOption
 * @risks: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Option:risks].
 *
 * Since: 1.0
 */
void
ama_option_set_risks (AmaOption *self,
                     const char * const *risks)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (!_ama_set_strv (&self->risks, risks))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RISKS]);
}

/**
 * ama_option_get_status:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:status].
 *
 * Returns: the [property@Ama.Option:status]
 *
 * Since: 1.0
 */
AmaOptionStatus
ama_option_get_status (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), AMA_OPTION_STATUS_SHORT_LIST);

  return self->status;
}

/**
 * ama_option_set_status:
 * @self: a #AmaOption
 * @status: the new value
 *
 * Sets the [property@Ama.Option:status].
 *
 * Since: 1.0
 */
void
ama_option_set_status (AmaOption *self,
                       AmaOptionStatus status)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/**
 * ama_option_get_role:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:role].
 *
 * Returns: the [property@Ama.Option:role]
 *
 * Since: 1.0
 */
AmaOptionRole
ama_option_get_role (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), AMA_OPTION_ROLE_DO_SOMETHING);

  return self->role;
}

/**
 * ama_option_set_role:
 * @self: a #AmaOption
 * @role: the new value
 *
 * Sets the [property@Ama.Option:role].
 *
 * Since: 1.0
 */
void
ama_option_set_role (AmaOption *self,
                     AmaOptionRole role)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (self->role == role)
    return;
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * ama_option_get_rejection_reason:
 * @self: a #AmaOption
 *
 * Gets the [property@Ama.Option:rejection-reason].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Option:rejection-reason]
 *
 * Since: 1.0
 */
const char *
ama_option_get_rejection_reason (AmaOption *self)
{
  g_return_val_if_fail (AMA_IS_OPTION (self), NULL);

  return self->rejection_reason;
}

/**
 * ama_option_set_rejection_reason:
 * @self: a #AmaOption
 * @rejection_reason: (nullable): the new value
 *
 * Sets the [property@Ama.Option:rejection-reason].
 *
 * Since: 1.0
 */
void
ama_option_set_rejection_reason (AmaOption *self,
                                 const char *rejection_reason)
{
  g_return_if_fail (AMA_IS_OPTION (self));

  if (!_ama_set_str (&self->rejection_reason, rejection_reason))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REJECTION_REASON]);
}
