/* ama-person.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-person.h"
#include "ama-util-private.h"

/**
 * AmaPerson:
 *
 * A person named in a document: officer, member, author, mover.
 *
 * Since: 1.0
 */

struct _AmaPerson
{
  GObject parent_instance;

  char *name;
  char *name_as_written;
  char *honorific;
  char *role;
  char *organisation;
  char *phone;
  char *email;
};

G_DEFINE_FINAL_TYPE (AmaPerson, ama_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_NAME_AS_WRITTEN,
  PROP_HONORIFIC,
  PROP_ROLE,
  PROP_ORGANISATION,
  PROP_PHONE,
  PROP_EMAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_person_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_person_parent_class)->dispose (object);
}

static void
ama_person_finalize (GObject *object)
{
  AmaPerson *self = (AmaPerson *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->name_as_written, g_free);
  g_clear_pointer (&self->honorific, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->organisation, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);

  G_OBJECT_CLASS (ama_person_parent_class)->finalize (object);
}

static void
ama_person_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AmaPerson *self = AMA_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_NAME_AS_WRITTEN:
      g_value_set_string (value, self->name_as_written);
      break;

    case PROP_HONORIFIC:
      g_value_set_string (value, self->honorific);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_person_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AmaPerson *self = AMA_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ama_person_set_name (self, g_value_get_string (value));
      break;

    case PROP_NAME_AS_WRITTEN:
      ama_person_set_name_as_written (self, g_value_get_string (value));
      break;

    case PROP_HONORIFIC:
      ama_person_set_honorific (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      ama_person_set_role (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION:
      ama_person_set_organisation (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      ama_person_set_phone (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      ama_person_set_email (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_person_class_init (AmaPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_person_dispose;
  object_class->finalize = ama_person_finalize;
  object_class->get_property = ama_person_get_property;
  object_class->set_property = ama_person_set_property;

  /**
   * AmaPerson:name:
   *
   * The normalised name, e.g. `Ian Thomas`.
   *
   * Since: 1.0
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaPerson:name-as-written:
   *
   * The name exactly as the source wrote it, when it differs from [property@Ama.Person:name] (e.g. `lan Thomas`).
   *
   * Since: 1.0
   */
  properties[PROP_NAME_AS_WRITTEN] =
    g_param_spec_string ("name-as-written", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaPerson:honorific:
   *
   * A title such as `Cllr`, `Councillor` or `Sir`.
   *
   * Since: 1.0
   */
  properties[PROP_HONORIFIC] =
    g_param_spec_string ("honorific", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaPerson:role:
   *
   * A job title or role, e.g. `Senior Scrutiny Advisor`.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaPerson:organisation:
   *
   * The organisation or team the person belongs to.
   *
   * Since: 1.0
   */
  properties[PROP_ORGANISATION] =
    g_param_spec_string ("organisation", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaPerson:phone:
   *
   * A telephone number as written.
   *
   * Since: 1.0
   */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaPerson:email:
   *
   * An e-mail address.
   *
   * Since: 1.0
   */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_person_init (AmaPerson *self)
{
}

/**
 * ama_person_new:
 * @name: (nullable): the initial [property@Ama.Person:name]
 *
 * Creates a new [class@Ama.Person].
 *
 * Returns: (transfer full): a new #AmaPerson
 *
 * Since: 1.0
 */
AmaPerson *
ama_person_new (const char *name)
{
  return g_object_new (AMA_TYPE_PERSON,
                       "name", name,
                       NULL);
}

/**
 * ama_person_get_name:
 * @self: a #AmaPerson
 *
 * Gets the [property@Ama.Person:name].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Person:name]
 *
 * Since: 1.0
 */
const char *
ama_person_get_name (AmaPerson *self)
{
  g_return_val_if_fail (AMA_IS_PERSON (self), NULL);

  return self->name;
}

/**
 * ama_person_set_name:
 * @self: a #AmaPerson
 * @name: (nullable): the new value
 *
 * Sets the [property@Ama.Person:name].
 *
 * Since: 1.0
 */
void
ama_person_set_name (AmaPerson *self,
                    const char *name)
{
  g_return_if_fail (AMA_IS_PERSON (self));

  if (!_ama_set_str (&self->name, name))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * ama_person_get_name_as_written:
 * @self: a #AmaPerson
 *
 * Gets the [property@Ama.Person:name-as-written].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Person:name-as-written]
 *
 * Since: 1.0
 */
const char *
ama_person_get_name_as_written (AmaPerson *self)
{
  g_return_val_if_fail (AMA_IS_PERSON (self), NULL);

  return self->name_as_written;
}

/**
 * ama_person_set_name_as_written:
 * @self: a #AmaPerson
 * @name_as_written: (nullable): the new value
 *
 * Sets the [property@Ama.Person:name-as-written].
 *
 * Since: 1.0
 */
void
ama_person_set_name_as_written (AmaPerson *self,
                               const char *name_as_written)
{
  g_return_if_fail (AMA_IS_PERSON (self));

  if (!_ama_set_str (&self->name_as_written, name_as_written))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_AS_WRITTEN]);
}

/**
 * ama_person_get_honorific:
 * @self: a #AmaPerson
 *
 * Gets the [property@Ama.Person:honorific].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Person:honorific]
 *
 * Since: 1.0
 */
const char *
ama_person_get_honorific (AmaPerson *self)
{
  g_return_val_if_fail (AMA_IS_PERSON (self), NULL);

  return self->honorific;
}

/**
 * ama_person_set_honorific:
 * @self: a #AmaPerson
 * @honorific: (nullable): the new value
 *
 * Sets the [property@Ama.Person:honorific].
 *
 * Since: 1.0
 */
void
ama_person_set_honorific (AmaPerson *self,
                         const char *honorific)
{
  g_return_if_fail (AMA_IS_PERSON (self));

  if (!_ama_set_str (&self->honorific, honorific))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HONORIFIC]);
}

/**
 * ama_person_get_role:
 * @self: a #AmaPerson
 *
 * Gets the [property@Ama.Person:role].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Person:role]
 *
 * Since: 1.0
 */
const char *
ama_person_get_role (AmaPerson *self)
{
  g_return_val_if_fail (AMA_IS_PERSON (self), NULL);

  return self->role;
}

/**
 * ama_person_set_role:
 * @self: a #AmaPerson
 * @role: (nullable): the new value
 *
 * Sets the [property@Ama.Person:role].
 *
 * Since: 1.0
 */
void
ama_person_set_role (AmaPerson *self,
                    const char *role)
{
  g_return_if_fail (AMA_IS_PERSON (self));

  if (!_ama_set_str (&self->role, role))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * ama_person_get_organisation:
 * @self: a #AmaPerson
 *
 * Gets the [property@Ama.Person:organisation].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Person:organisation]
 *
 * Since: 1.0
 */
const char *
ama_person_get_organisation (AmaPerson *self)
{
  g_return_val_if_fail (AMA_IS_PERSON (self), NULL);

  return self->organisation;
}

/**
 * ama_person_set_organisation:
 * @self: a #AmaPerson
 * @organisation: (nullable): the new value
 *
 * Sets the [property@Ama.Person:organisation].
 *
 * Since: 1.0
 */
void
ama_person_set_organisation (AmaPerson *self,
                            const char *organisation)
{
  g_return_if_fail (AMA_IS_PERSON (self));

  if (!_ama_set_str (&self->organisation, organisation))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISATION]);
}

/**
 * ama_person_get_phone:
 * @self: a #AmaPerson
 *
 * Gets the [property@Ama.Person:phone].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Person:phone]
 *
 * Since: 1.0
 */
const char *
ama_person_get_phone (AmaPerson *self)
{
  g_return_val_if_fail (AMA_IS_PERSON (self), NULL);

  return self->phone;
}

/**
 * ama_person_set_phone:
 * @self: a #AmaPerson
 * @phone: (nullable): the new value
 *
 * Sets the [property@Ama.Person:phone].
 *
 * Since: 1.0
 */
void
ama_person_set_phone (AmaPerson *self,
                     const char *phone)
{
  g_return_if_fail (AMA_IS_PERSON (self));

  if (!_ama_set_str (&self->phone, phone))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

/**
 * ama_person_get_email:
 * @self: a #AmaPerson
 *
 * Gets the [property@Ama.Person:email].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Person:email]
 *
 * Since: 1.0
 */
const char *
ama_person_get_email (AmaPerson *self)
{
  g_return_val_if_fail (AMA_IS_PERSON (self), NULL);

  return self->email;
}

/**
 * ama_person_set_email:
 * @self: a #AmaPerson
 * @email: (nullable): the new value
 *
 * Sets the [property@Ama.Person:email].
 *
 * Since: 1.0
 */
void
ama_person_set_email (AmaPerson *self,
                     const char *email)
{
  g_return_if_fail (AMA_IS_PERSON (self));

  if (!_ama_set_str (&self->email, email))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}
