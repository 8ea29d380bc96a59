/* ama-moderngov-committee.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-moderngov-client.h"
#include "ama-net-private.h"

/**
 * AmaModernGovCommittee:
 *
 * One committee of a council's ModernGov site, as its web service's
 * `GetCommittees` lists it; returned by
 * [method@Ama.ModernGovClient.fetch_committees]. A review has no place
 * for a list of committees, so this small read-only object carries it:
 * its [property@Ama.ModernGovCommittee:id] is what
 * [method@Ama.ModernGovClient.fetch_meetings] takes.
 *
 * Since: 1.2
 */

struct _AmaModernGovCommittee
{
  GObject   parent_instance;

  char     *id;
  char     *title;
  char     *category;
  gboolean  deleted;
  gboolean  expired;
};

G_DEFINE_FINAL_TYPE (AmaModernGovCommittee, ama_moderngov_committee, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_CATEGORY,
  PROP_DELETED,
  PROP_EXPIRED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_moderngov_committee_finalize (GObject *object)
{
  AmaModernGovCommittee *self = AMA_MODERNGOV_COMMITTEE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->category, g_free);

  G_OBJECT_CLASS (ama_moderngov_committee_parent_class)->finalize (object);
}

static void
ama_moderngov_committee_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  AmaModernGovCommittee *self = AMA_MODERNGOV_COMMITTEE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_DELETED:
      g_value_set_boolean (value, self->deleted);
      break;
    case PROP_EXPIRED:
      g_value_set_boolean (value, self->expired);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_moderngov_committee_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  AmaModernGovCommittee *self = AMA_MODERNGOV_COMMITTEE (object);

  /* Construct-only: set once, by the client, from the response. */
  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;
    case PROP_CATEGORY:
      self->category = g_value_dup_string (value);
      break;
    case PROP_DELETED:
      self->deleted = g_value_get_boolean (value);
      break;
    case PROP_EXPIRED:
      self->expired = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_moderngov_committee_class_init (AmaModernGovCommitteeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ama_moderngov_committee_finalize;
  object_class->get_property = ama_moderngov_committee_get_property;
  object_class->set_property = ama_moderngov_committee_set_property;

  /**
   * AmaModernGovCommittee:id:
   *
   * The committee's number on the council's site (`<committeeid>`,
   * "144"), as [method@Ama.ModernGovClient.fetch_meetings] takes it.
   *
   * Since: 1.2
   */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * AmaModernGovCommittee:title:
   *
   * The committee's name ("Audit Committee").
   *
   * Since: 1.2
   */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * AmaModernGovCommittee:category:
   *
   * The site's grouping of the committee, when it gives one.
   *
   * Since: 1.2
   */
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, NULL, flags);
  /**
   * AmaModernGovCommittee:deleted:
   *
   * Whether the site marks the committee deleted.
   *
   * Since: 1.2
   */
  properties[PROP_DELETED] = g_param_spec_boolean ("deleted", NULL, NULL, FALSE, flags);
  /**
   * AmaModernGovCommittee:expired:
   *
   * Whether the site marks the committee expired (it no longer meets).
   *
   * Since: 1.2
   */
  properties[PROP_EXPIRED] = g_param_spec_boolean ("expired", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_moderngov_committee_init (AmaModernGovCommittee *self)
{
}

AmaModernGovCommittee *
_ama_moderngov_committee_new (const AmaModernGovCommitteeInfo *info)
{
  return g_object_new (AMA_TYPE_MODERNGOV_COMMITTEE,
                       "id", info->id,
                       "title", info->title,
                       "category", info->category,
                       "deleted", info->deleted,
                       "expired", info->expired,
                       NULL);
}

/**
 * ama_moderngov_committee_get_id:
 * @self: a committee
 *
 * Gets the committee's number on the council's site.
 *
 * Returns: (nullable): the id, or %NULL when the response gave none
 *
 * Since: 1.2
 */
const char *
ama_moderngov_committee_get_id (AmaModernGovCommittee *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_COMMITTEE (self), NULL);
  return self->id;
}

/**
 * ama_moderngov_committee_get_title:
 * @self: a committee
 *
 * Gets the committee's name.
 *
 * Returns: (nullable): the title
 *
 * Since: 1.2
 */
const char *
ama_moderngov_committee_get_title (AmaModernGovCommittee *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_COMMITTEE (self), NULL);
  return self->title;
}

/**
 * ama_moderngov_committee_get_category:
 * @self: a committee
 *
 * Gets the site's grouping of the committee.
 *
 * Returns: (nullable): the category
 *
 * Since: 1.2
 */
const char *
ama_moderngov_committee_get_category (AmaModernGovCommittee *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_COMMITTEE (self), NULL);
  return self->category;
}

/**
 * ama_moderngov_committee_get_deleted:
 * @self: a committee
 *
 * Gets whether the site marks the committee deleted.
 *
 * Returns: %TRUE when deleted
 *
 * Since: 1.2
 */
gboolean
ama_moderngov_committee_get_deleted (AmaModernGovCommittee *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_COMMITTEE (self), FALSE);
  return self->deleted;
}

/**
 * ama_moderngov_committee_get_expired:
 * @self: a committee
 *
 * Gets whether the site marks the committee expired.
 *
 * Returns: %TRUE when expired
 *
 * Since: 1.2
 */
gboolean
ama_moderngov_committee_get_expired (AmaModernGovCommittee *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_COMMITTEE (self), FALSE);
  return self->expired;
}
