/* ama-member.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-member.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-person.h"
#include "ama-util-private.h"

/**
 * AmaMember:
 *
 * A member of a review group, commission or meeting.
 *
 * Since: 1.0
 */

struct _AmaMember
{
  GObject parent_instance;

  AmaPerson *person;
  AmaMemberRole role;
  char *party;
  char *ward;
};

G_DEFINE_FINAL_TYPE (AmaMember, ama_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_ROLE,
  PROP_PARTY,
  PROP_WARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_member_dispose (GObject *object)
{
  AmaMember *self = (AmaMember *)object;

  g_clear_object (&self->person);

  G_OBJECT_CLASS (ama_member_parent_class)->dispose (object);
}

static void
ama_member_finalize (GObject *object)
{
  AmaMember *self = (AmaMember *)object;

  g_clear_pointer (&self->party, g_free);
  g_clear_pointer (&self->ward, g_free);

  G_OBJECT_CLASS (ama_member_parent_class)->finalize (object);
}

static void
ama_member_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AmaMember *self = AMA_MEMBER (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;

    case PROP_WARD:
      g_value_set_string (value, self->ward);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_member_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AmaMember *self = AMA_MEMBER (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      ama_member_set_person (self, g_value_get_object (value));
      break;

    case PROP_ROLE:
      ama_member_set_role (self, g_value_get_enum (value));
      break;

    case PROP_PARTY:
      ama_member_set_party (self, g_value_get_string (value));
      break;

    case PROP_WARD:
      ama_member_set_ward (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_member_class_init (AmaMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_member_dispose;
  object_class->finalize = ama_member_finalize;
  object_class->get_property = ama_member_get_property;
  object_class->set_property = ama_member_set_property;

  /**
   * AmaMember:person:
   *
   * The person.
   *
   * Since: 1.0
   */
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         AMA_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMember:role:
   *
   * The role in the group.
   *
   * Since: 1.0
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       AMA_TYPE_MEMBER_ROLE, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMember:party:
   *
   * Political party, as written.
   *
   * Since: 1.0
   */
  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaMember:ward:
   *
   * Ward represented, as written.
   *
   * Since: 1.0
   */
  properties[PROP_WARD] =
    g_param_spec_string ("ward", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_member_init (AmaMember *self)
{
}

/**
 * ama_member_new:
 * @person: (nullable): the initial [property@Ama.Member:person]
 * @role: the initial [property@Ama.Member:role]
 *
 * Creates a new [class@Ama.Member].
 *
 * Returns: (transfer full): a new #AmaMember
 *
 * Since: 1.0
 */
AmaMember *
ama_member_new (AmaPerson *person, AmaMemberRole role)
{
  return g_object_new (AMA_TYPE_MEMBER,
                       "person", person,
                       "role", role,
                       NULL);
}

/**
 * ama_member_get_person:
 * @self: a #AmaMember
 *
 * Gets the [property@Ama.Member:person].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Member:person]
 *
 * Since: 1.0
 */
AmaPerson *
ama_member_get_person (AmaMember *self)
{
  g_return_val_if_fail (AMA_IS_MEMBER (self), NULL);

  return self->person;
}

/**
 * ama_member_set_person:
 * @self: a #AmaMember
 * @person: (nullable): the new value
 *
 * Sets the [property@Ama.Member:person].
 *
 * Since: 1.0
 */
void
ama_member_set_person (AmaMember *self,
                      AmaPerson *person)
{
  g_return_if_fail (AMA_IS_MEMBER (self));
  g_return_if_fail (!person || AMA_IS_PERSON (person));

  if (!g_set_object (&self->person, person))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}

/**
 * ama_member_get_role:
 * @self: a #AmaMember
 *
 * Gets the [property@Ama.Member:role].
 *
 * Returns: the [property@Ama.Member:role]
 *
 * Since: 1.0
 */
AmaMemberRole
ama_member_get_role (AmaMember *self)
{
  g_return_val_if_fail (AMA_IS_MEMBER (self), 0);

  return self->role;
}

/**
 * ama_member_set_role:
 * @self: a #AmaMember
 * @role: the new value
 *
 * Sets the [property@Ama.Member:role].
 *
 * Since: 1.0
 */
void
ama_member_set_role (AmaMember *self,
                    AmaMemberRole  role)
{
  g_return_if_fail (AMA_IS_MEMBER (self));

  if (self->role == role)
    return;
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

/**
 * ama_member_get_party:
 * @self: a #AmaMember
 *
 * Gets the [property@Ama.Member:party].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Member:party]
 *
 * Since: 1.0
 */
const char *
ama_member_get_party (AmaMember *self)
{
  g_return_val_if_fail (AMA_IS_MEMBER (self), NULL);

  return self->party;
}

/**
 * ama_member_set_party:
 * @self: a #AmaMember
 * @party: (nullable): the new value
 *
 * Sets the [property@Ama.Member:party].
 *
 * Since: 1.0
 */
void
ama_member_set_party (AmaMember *self,
                     const char *party)
{
  g_return_if_fail (AMA_IS_MEMBER (self));

  if (!_ama_set_str (&self->party, party))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}

/**
 * ama_member_get_ward:
 * @self: a #AmaMember
 *
 * Gets the [property@Ama.Member:ward].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Member:ward]
 *
 * Since: 1.0
 */
const char *
ama_member_get_ward (AmaMember *self)
{
  g_return_val_if_fail (AMA_IS_MEMBER (self), NULL);

  return self->ward;
}

/**
 * ama_member_set_ward:
 * @self: a #AmaMember
 * @ward: (nullable): the new value
 *
 * Sets the [property@Ama.Member:ward].
 *
 * Since: 1.0
 */
void
ama_member_set_ward (AmaMember *self,
                    const char *ward)
{
  g_return_if_fail (AMA_IS_MEMBER (self));

  if (!_ama_set_str (&self->ward, ward))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARD]);
}
