/* ama-document.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-document.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-person.h"
#include "ama-section.h"
#include "ama-util-private.h"

/**
 * AmaDocument:
 *
 * A document belonging to a review: a report, appendix, annex, background paper or summary sheet.
 *
 * Since: 1.0
 */

struct _AmaDocument
{
  GObject parent_instance;

  char *title;
  AmaDocumentKind kind;
  char *label;
  char *uri;
  GDateTime *date;
  char *body;
  gboolean key_decision;
  gboolean forward_plan;
  char *director;
  GListStore *authors;
  char **wards;
  gboolean exempt;
  gboolean council_approval_required;
  char *summary;
  char **recommendations;
  char **background_papers;
  GListStore *approvals;
  GListStore *accountable_officers;
  GListStore *sections;
};

G_DEFINE_FINAL_TYPE (AmaDocument, ama_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KIND,
  PROP_LABEL,
  PROP_URI,
  PROP_DATE,
  PROP_BODY,
  PROP_KEY_DECISION,
  PROP_FORWARD_PLAN,
  PROP_DIRECTOR,
  PROP_AUTHORS,
  PROP_WARDS,
  PROP_EXEMPT,
  PROP_COUNCIL_APPROVAL_REQUIRED,
  PROP_SUMMARY,
  PROP_RECOMMENDATIONS,
  PROP_BACKGROUND_PAPERS,
  PROP_APPROVALS,
  PROP_ACCOUNTABLE_OFFICERS,
  PROP_SECTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_document_dispose (GObject *object)
{
  AmaDocument *self = (AmaDocument *)object;

  g_clear_object (&self->authors);
  g_clear_object (&self->approvals);
  g_clear_object (&self->accountable_officers);
  g_clear_object (&self->sections);

  G_OBJECT_CLASS (ama_document_parent_class)->dispose (object);
}

static void
ama_document_finalize (GObject *object)
{
  AmaDocument *self = (AmaDocument *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->director, g_free);
  g_clear_pointer (&self->wards, g_strfreev);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->recommendations, g_strfreev);
  g_clear_pointer (&self->background_papers, g_strfreev);

  G_OBJECT_CLASS (ama_document_parent_class)->finalize (object);
}

static void
ama_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AmaDocument *self = AMA_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_KEY_DECISION:
      g_value_set_boolean (value, self->key_decision);
      break;

    case PROP_FORWARD_PLAN:
      g_value_set_boolean (value, self->forward_plan);
      break;

    case PROP_DIRECTOR:
      g_value_set_string (value, self->director);
      break;

    case PROP_AUTHORS:
      g_value_set_object (value, self->authors);
      break;

    case PROP_WARDS:
      g_value_set_boxed (value, self->wards);
      break;

    case PROP_EXEMPT:
      g_value_set_boolean (value, self->exempt);
      break;

    case PROP_COUNCIL_APPROVAL_REQUIRED:
      g_value_set_boolean (value, self->council_approval_required);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_RECOMMENDATIONS:
      g_value_set_boxed (value, self->recommendations);
      break;

    case PROP_BACKGROUND_PAPERS:
      g_value_set_boxed (value, self->background_papers);
      break;

    case PROP_APPROVALS:
      g_value_set_object (value, self->approvals);
      break;

    case PROP_ACCOUNTABLE_OFFICERS:
      g_value_set_object (value, self->accountable_officers);
      break;

    case PROP_SECTIONS:
      g_value_set_object (value, self->sections);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_document_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AmaDocument *self = AMA_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ama_document_set_title (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      ama_document_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_LABEL:
      ama_document_set_label (self, g_value_get_string (value));
      break;

    case PROP_URI:
      ama_document_set_uri (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      ama_document_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_BODY:
      ama_document_set_body (self, g_value_get_string (value));
      break;

    case PROP_KEY_DECISION:
      ama_document_set_key_decision (self, g_value_get_boolean (value));
      break;

    case PROP_FORWARD_PLAN:
      ama_document_set_forward_plan (self, g_value_get_boolean (value));
      break;

    case PROP_DIRECTOR:
      ama_document_set_director (self, g_value_get_string (value));
      break;

    case PROP_WARDS:
      ama_document_set_wards (self, g_value_get_boxed (value));
      break;

    case PROP_EXEMPT:
      ama_document_set_exempt (self, g_value_get_boolean (value));
      break;

    case PROP_COUNCIL_APPROVAL_REQUIRED:
      ama_document_set_council_approval_required (self, g_value_get_boolean (value));
      break;

    case PROP_SUMMARY:
      ama_document_set_summary (self, g_value_get_string (value));
      break;

    case PROP_RECOMMENDATIONS:
      ama_document_set_recommendations (self, g_value_get_boxed (value));
      break;

    case PROP_BACKGROUND_PAPERS:
      ama_document_set_background_papers (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_document_class_init (AmaDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_document_dispose;
  object_class->finalize = ama_document_finalize;
  object_class->get_property = ama_document_get_property;
  object_class->set_property = ama_document_set_property;

  /**
   * AmaDocument:title:
   *
   * The title.
   *
   * Since: 1.0
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:kind:
   *
   * What kind of document it is.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       AMA_TYPE_DOCUMENT_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:label:
   *
   * The label it is cited by, e.g. `Annex 2`.
   *
   * Since: 1.0
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:uri:
   *
   * Where it is published.
   *
   * Since: 1.0
   */
  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:date:
   *
   * The date of the document or of the meeting it was written for.
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:body:
   *
   * The committee the document was written for.
   *
   * Since: 1.0
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:key-decision:
   *
   * Summary sheet: whether this is a key decision.
   *
   * Since: 1.0
   */
  properties[PROP_KEY_DECISION] =
    g_param_spec_boolean ("key-decision", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:forward-plan:
   *
   * Summary sheet: whether it was included on the Forward Plan.
   *
   * Since: 1.0
   */
  properties[PROP_FORWARD_PLAN] =
    g_param_spec_boolean ("forward-plan", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:director:
   *
   * Summary sheet: the director approving submission.
   *
   * Since: 1.0
   */
  properties[PROP_DIRECTOR] =
    g_param_spec_string ("director", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:authors:
   *
   * Summary sheet: the report's authors.
   *
   * Since: 1.0
   */
  properties[PROP_AUTHORS] =
    g_param_spec_object ("authors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaDocument:wards:
   *
   * Summary sheet: the wards affected.
   *
   * Since: 1.0
   */
  properties[PROP_WARDS] =
    g_param_spec_boxed ("wards", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:exempt:
   *
   * Summary sheet: whether it is exempt from the press and public.
   *
   * Since: 1.0
   */
  properties[PROP_EXEMPT] =
    g_param_spec_boolean ("exempt", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:council-approval-required:
   *
   * Summary sheet: whether council approval is required.
   *
   * Since: 1.0
   */
  properties[PROP_COUNCIL_APPROVAL_REQUIRED] =
    g_param_spec_boolean ("council-approval-required", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:summary:
   *
   * The executive summary.
   *
   * Since: 1.0
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:recommendations:
   *
   * The report's own recommendations, in order.
   *
   * Since: 1.0
   */
  properties[PROP_RECOMMENDATIONS] =
    g_param_spec_boxed ("recommendations", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:background-papers:
   *
   * Background papers listed.
   *
   * Since: 1.0
   */
  properties[PROP_BACKGROUND_PAPERS] =
    g_param_spec_boxed ("background-papers", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDocument:approvals:
   *
   * Approvals obtained, each as a person with the approving role.
   *
   * Since: 1.0
   */
  properties[PROP_APPROVALS] =
    g_param_spec_object ("approvals", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaDocument:accountable-officers:
   *
   * The accountable officers.
   *
   * Since: 1.0
   */
  properties[PROP_ACCOUNTABLE_OFFICERS] =
    g_param_spec_object ("accountable-officers", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaDocument:sections:
   *
   * The numbered sections of the report.
   *
   * Since: 1.0
   */
  properties[PROP_SECTIONS] =
    g_param_spec_object ("sections", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_document_init (AmaDocument *self)
{
  self->authors = g_list_store_new (AMA_TYPE_PERSON);
  self->approvals = g_list_store_new (AMA_TYPE_PERSON);
  self->accountable_officers = g_list_store_new (AMA_TYPE_PERSON);
  self->sections = g_list_store_new (AMA_TYPE_SECTION);
}

/**
 * ama_document_new:
 * @kind: the initial [property@Ama.Document:kind]
 * @title: (nullable): the initial [property@Ama.Document:title]
 *
 * Creates a new [class@Ama.Document].
 *
 * Returns: (transfer full): a new #AmaDocument
 *
 * Since: 1.0
 */
AmaDocument *
ama_document_new (AmaDocumentKind kind, const char *title)
{
  return g_object_new (AMA_TYPE_DOCUMENT,
                       "kind", kind,
                       "title", title,
                       NULL);
}

/**
 * ama_document_get_title:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:title].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:title]
 *
 * Since: 1.0
 */
const char *
ama_document_get_title (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return self->title;
}

/**
 * ama_document_set_title:
 * @self: a #AmaDocument
 * @title: (nullable): the new value
 *
 * Sets the [property@Ama.Document:title].
 *
 * Since: 1.0
 */
void
ama_document_set_title (AmaDocument *self,
                       const char *title)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_str (&self->title, title))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * ama_document_get_kind:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:kind].
 *
 * Returns: the [property@Ama.Document:kind]
 *
 * Since: 1.0
 */
AmaDocumentKind
ama_document_get_kind (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), 0);

  return self->kind;
}

/**
 * ama_document_set_kind:
 * @self: a #AmaDocument
 * @kind: the new value
 *
 * Sets the [property@Ama.Document:kind].
 *
 * Since: 1.0
 */
void
ama_document_set_kind (AmaDocument *self,
                      AmaDocumentKind  kind)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * ama_document_get_label:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:label].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:label]
 *
 * Since: 1.0
 */
const char *
ama_document_get_label (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return self->label;
}

/**
 * ama_document_set_label:
 * @self: a #AmaDocument
 * @label: (nullable): the new value
 *
 * Sets the [property@Ama.Document:label].
 *
 * Since: 1.0
 */
void
ama_document_set_label (AmaDocument *self,
                       const char *label)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_str (&self->label, label))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/**
 * ama_document_get_uri:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:uri].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:uri]
 *
 * Since: 1.0
 */
const char *
ama_document_get_uri (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return self->uri;
}

/**
 * ama_document_set_uri:
 * @self: a #AmaDocument
 * @uri: (nullable): the new value
 *
 * Sets the [property@Ama.Document:uri].
 *
 * Since: 1.0
 */
void
ama_document_set_uri (AmaDocument *self,
                     const char *uri)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_str (&self->uri, uri))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);
}

/**
 * ama_document_get_date:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:date].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:date]
 *
 * Since: 1.0
 */
GDateTime *
ama_document_get_date (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return self->date;
}

/**
 * ama_document_set_date:
 * @self: a #AmaDocument
 * @date: (nullable): the new value
 *
 * Sets the [property@Ama.Document:date].
 *
 * Since: 1.0
 */
void
ama_document_set_date (AmaDocument *self,
                      GDateTime *date)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_date (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ama_document_get_body:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:body].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:body]
 *
 * Since: 1.0
 */
const char *
ama_document_get_body (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return self->body;
}

/**
 * ama_document_set_body:
 * @self: a #AmaDocument
 * @body: (nullable): the new value
 *
 * Sets the [property@Ama.Document:body].
 *
 * Since: 1.0
 */
void
ama_document_set_body (AmaDocument *self,
                      const char *body)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_str (&self->body, body))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * ama_document_get_key_decision:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:key-decision].
 *
 * Returns: the [property@Ama.Document:key-decision]
 *
 * Since: 1.0
 */
gboolean
ama_document_get_key_decision (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), FALSE);

  return self->key_decision;
}

/**
 * ama_document_set_key_decision:
 * @self: a #AmaDocument
 * @key_decision: the new value
 *
 * Sets the [property@Ama.Document:key-decision].
 *
 * Since: 1.0
 */
void
ama_document_set_key_decision (AmaDocument *self,
                              gboolean  key_decision)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  key_decision = !!key_decision;
  if (self->key_decision == key_decision)
    return;
  self->key_decision = key_decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY_DECISION]);
}

/**
 * ama_document_get_forward_plan:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:forward-plan].
 *
 * Returns: the [property@Ama.Document:forward-plan]
 *
 * Since: 1.0
 */
gboolean
ama_document_get_forward_plan (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), FALSE);

  return self->forward_plan;
}

/**
 * ama_document_set_forward_plan:
 * @self: a #AmaDocument
 * @forward_plan: the new value
 *
 * Sets the [property@Ama.Document:forward-plan].
 *
 * Since: 1.0
 */
void
ama_document_set_forward_plan (AmaDocument *self,
                              gboolean  forward_plan)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  forward_plan = !!forward_plan;
  if (self->forward_plan == forward_plan)
    return;
  self->forward_plan = forward_plan;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORWARD_PLAN]);
}

/**
 * ama_document_get_director:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:director].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:director]
 *
 * Since: 1.0
 */
const char *
ama_document_get_director (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return self->director;
}

/**
 * ama_document_set_director:
 * @self: a #AmaDocument
 * @director: (nullable): the new value
 *
 * Sets the [property@Ama.Document:director].
 *
 * Since: 1.0
 */
void
ama_document_set_director (AmaDocument *self,
                          const char *director)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_str (&self->director, director))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTOR]);
}

/**
 * ama_document_get_authors:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:authors] as a list model whose items are [class@Ama.Person]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaPerson
 *
 * Since: 1.0
 */
GListModel *
ama_document_get_authors (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->authors);
}

/**
 * ama_document_add_author:
 * @self: a #AmaDocument
 * @author: the #AmaPerson to append
 *
 * Appends @author to [property@Ama.Document:authors].
 *
 * Since: 1.0
 */
void
ama_document_add_author (AmaDocument *self,
                        AmaPerson *author)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));
  g_return_if_fail (AMA_IS_PERSON (author));

  g_list_store_append (self->authors, author);
}

/**
 * ama_document_remove_author:
 * @self: a #AmaDocument
 * @author: the #AmaPerson to remove
 *
 * Removes @author from [property@Ama.Document:authors].
 *
 * Returns: %TRUE if @author was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_document_remove_author (AmaDocument *self,
                           AmaPerson *author)
{
  guint position;

  g_return_val_if_fail (AMA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (AMA_IS_PERSON (author), FALSE);

  if (!g_list_store_find (self->authors, author, &position))
    return FALSE;

  g_list_store_remove (self->authors, position);
  return TRUE;
}

/**
 * ama_document_get_wards:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:wards].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:wards]
 *
 * Since: 1.0
 */
const char * const *
ama_document_get_wards (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return (const char * const *)self->wards;
}

/**
 * ama_document_set_wards:
 * @self: a #AmaDocument
 * @wards: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Document:wards].
 *
 * Since: 1.0
 */
void
ama_document_set_wards (AmaDocument *self,
                       const char * const *wards)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_strv (&self->wards, wards))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARDS]);
}

/**
 * ama_document_get_exempt:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:exempt].
 *
 * Returns: the [property@Ama.Document:exempt]
 *
 * Since: 1.0
 */
gboolean
ama_document_get_exempt (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), FALSE);

  return self->exempt;
}

/**
 * ama_document_set_exempt:
 * @self: a #AmaDocument
 * @exempt: the new value
 *
 * Sets the [property@Ama.Document:exempt].
 *
 * Since: 1.0
 */
void
ama_document_set_exempt (AmaDocument *self,
                        gboolean  exempt)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  exempt = !!exempt;
  if (self->exempt == exempt)
    return;
  self->exempt = exempt;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXEMPT]);
}

/**
 * ama_document_get_council_approval_required:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:council-approval-required].
 *
 * Returns: the [property@Ama.Document:council-approval-required]
 *
 * Since: 1.0
 */
gboolean
ama_document_get_council_approval_required (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), FALSE);

  return self->council_approval_required;
}

/**
 * ama_document_set_council_approval_required:
 * @self: a #AmaDocument
 * @council_approval_required: the new value
 *
 * Sets the [property@Ama.Document:council-approval-required].
 *
 * Since: 1.0
 */
void
ama_document_set_council_approval_required (AmaDocument *self,
                                           gboolean  council_approval_required)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  council_approval_required = !!council_approval_required;
  if (self->council_approval_required == council_approval_required)
    return;
  self->council_approval_required = council_approval_required;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNCIL_APPROVAL_REQUIRED]);
}

/**
 * ama_document_get_summary:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:summary].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:summary]
 *
 * Since: 1.0
 */
const char *
ama_document_get_summary (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return self->summary;
}

/**
 * ama_document_set_summary:
 * @self: a #AmaDocument
 * @summary: (nullable): the new value
 *
 * Sets the [property@Ama.Document:summary].
 *
 * Since: 1.0
 */
void
ama_document_set_summary (AmaDocument *self,
                         const char *summary)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_str (&self->summary, summary))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/**
 * ama_document_get_recommendations:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:recommendations].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:recommendations]
 *
 * Since: 1.0
 */
const char * const *
ama_document_get_recommendations (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return (const char * const *)self->recommendations;
}

/**
 * ama_document_set_recommendations:
 * @self: a #AmaDocument
 * @recommendations: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Document:recommendations].
 *
 * Since: 1.0
 */
void
ama_document_set_recommendations (AmaDocument *self,
                                 const char * const *recommendations)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_strv (&self->recommendations, recommendations))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDATIONS]);
}

/**
 * ama_document_get_background_papers:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:background-papers].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Document:background-papers]
 *
 * Since: 1.0
 */
const char * const *
ama_document_get_background_papers (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return (const char * const *)self->background_papers;
}

/**
 * ama_document_set_background_papers:
 * @self: a #AmaDocument
 * @background_papers: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the [property@Ama.Document:background-papers].
 *
 * Since: 1.0
 */
void
ama_document_set_background_papers (AmaDocument *self,
                                   const char * const *background_papers)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));

  if (!_ama_set_strv (&self->background_papers, background_papers))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACKGROUND_PAPERS]);
}

/**
 * ama_document_get_approvals:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:approvals] as a list model whose items are [class@Ama.Person]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaPerson
 *
 * Since: 1.0
 */
GListModel *
ama_document_get_approvals (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->approvals);
}

/**
 * ama_document_add_approval:
 * @self: a #AmaDocument
 * @approval: the #AmaPerson to append
 *
 * Appends @approval to [property@Ama.Document:approvals].
 *
 * Since: 1.0
 */
void
ama_document_add_approval (AmaDocument *self,
                          AmaPerson *approval)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));
  g_return_if_fail (AMA_IS_PERSON (approval));

  g_list_store_append (self->approvals, approval);
}

/**
 * ama_document_remove_approval:
 * @self: a #AmaDocument
 * @approval: the #AmaPerson to remove
 *
 * Removes @approval from [property@Ama.Document:approvals].
 *
 * Returns: %TRUE if @approval was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_document_remove_approval (AmaDocument *self,
                             AmaPerson *approval)
{
  guint position;

  g_return_val_if_fail (AMA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (AMA_IS_PERSON (approval), FALSE);

  if (!g_list_store_find (self->approvals, approval, &position))
    return FALSE;

  g_list_store_remove (self->approvals, position);
  return TRUE;
}

/**
 * ama_document_get_accountable_officers:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:accountable-officers] as a list model whose items are [class@Ama.Person]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaPerson
 *
 * Since: 1.0
 */
GListModel *
ama_document_get_accountable_officers (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->accountable_officers);
}

/**
 * ama_document_add_accountable_officer:
 * @self: a #AmaDocument
 * @accountable_officer: the #AmaPerson to append
 *
 * Appends @accountable_officer to [property@Ama.Document:accountable-officers].
 *
 * Since: 1.0
 */
void
ama_document_add_accountable_officer (AmaDocument *self,
                                     AmaPerson *accountable_officer)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));
  g_return_if_fail (AMA_IS_PERSON (accountable_officer));

  g_list_store_append (self->accountable_officers, accountable_officer);
}

/**
 * ama_document_remove_accountable_officer:
 * @self: a #AmaDocument
 * @accountable_officer: the #AmaPerson to remove
 *
 * Removes @accountable_officer from [property@Ama.Document:accountable-officers].
 *
 * Returns: %TRUE if @accountable_officer was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_document_remove_accountable_officer (AmaDocument *self,
                                        AmaPerson *accountable_officer)
{
  guint position;

  g_return_val_if_fail (AMA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (AMA_IS_PERSON (accountable_officer), FALSE);

  if (!g_list_store_find (self->accountable_officers, accountable_officer, &position))
    return FALSE;

  g_list_store_remove (self->accountable_officers, position);
  return TRUE;
}

/**
 * ama_document_get_sections:
 * @self: a #AmaDocument
 *
 * Gets the [property@Ama.Document:sections] as a list model whose items are [class@Ama.Section]s.
 *
 * Returns: (transfer none): a #GListModel of #AmaSection
 *
 * Since: 1.0
 */
GListModel *
ama_document_get_sections (AmaDocument *self)
{
  g_return_val_if_fail (AMA_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->sections);
}

/**
 * ama_document_add_section:
 * @self: a #AmaDocument
 * @section: the #AmaSection to append
 *
 * Appends @section to [property@Ama.Document:sections].
 *
 * Since: 1.0
 */
void
ama_document_add_section (AmaDocument *self,
                         AmaSection *section)
{
  g_return_if_fail (AMA_IS_DOCUMENT (self));
  g_return_if_fail (AMA_IS_SECTION (section));

  g_list_store_append (self->sections, section);
}

/**
 * ama_document_remove_section:
 * @self: a #AmaDocument
 * @section: the #AmaSection to remove
 *
 * Removes @section from [property@Ama.Document:sections].
 *
 * Returns: %TRUE if @section was found and removed
 *
 * Since: 1.0
 */
gboolean
ama_document_remove_section (AmaDocument *self,
                            AmaSection *section)
{
  guint position;

  g_return_val_if_fail (AMA_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (AMA_IS_SECTION (section), FALSE);

  if (!g_list_store_find (self->sections, section, &position))
    return FALSE;

  g_list_store_remove (self->sections, position);
  return TRUE;
}
