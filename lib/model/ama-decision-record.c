/* ama-decision-record.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-decision-record.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-util-private.h"

/**
 * AmaDecisionRecord:
 *
 * One decision recorded on a recommendation: what was decided, when, by
 * whom, at which meeting and read from which document. A response keeps
 * every one of them, oldest first (see [method@Ama.Response.get_history]):
 * a recommendation deferred by Cabinet in March and accepted in July has
 * two, and [property@Ama.Response:decision] is the later.
 *
 * Since: 1.2
 */

struct _AmaDecisionRecord
{
  GObject parent_instance;

  AmaDecision decision;
  GDateTime *date;
  char *body;
  char *reference;
  char *source;
  char *note;
};

G_DEFINE_FINAL_TYPE (AmaDecisionRecord, ama_decision_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DECISION,
  PROP_DATE,
  PROP_BODY,
  PROP_REFERENCE,
  PROP_SOURCE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_decision_record_finalize (GObject *object)
{
  AmaDecisionRecord *self = (AmaDecisionRecord *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (ama_decision_record_parent_class)->finalize (object);
}

static void
ama_decision_record_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AmaDecisionRecord *self = AMA_DECISION_RECORD (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      g_value_set_enum (value, self->decision);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_decision_record_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AmaDecisionRecord *self = AMA_DECISION_RECORD (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      ama_decision_record_set_decision (self, g_value_get_enum (value));
      break;

    case PROP_DATE:
      ama_decision_record_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_BODY:
      ama_decision_record_set_body (self, g_value_get_string (value));
      break;

    case PROP_REFERENCE:
      ama_decision_record_set_reference (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      ama_decision_record_set_source (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      ama_decision_record_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_decision_record_class_init (AmaDecisionRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_decision_record_finalize;
  object_class->get_property = ama_decision_record_get_property;
  object_class->set_property = ama_decision_record_set_property;

  /**
   * AmaDecisionRecord:decision:
   *
   * The decision taken on this occasion.
   *
   * Since: 1.2
   */
  properties[PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL,
                       AMA_TYPE_DECISION, AMA_DECISION_PENDING,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDecisionRecord:date:
   *
   * When it was taken (date only), or %NULL when the document does not say.
   *
   * Since: 1.2
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDecisionRecord:body:
   *
   * Who took it: “Cabinet”, “Council”, a portfolio holder.
   *
   * Since: 1.2
   */
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDecisionRecord:reference:
   *
   * The meeting or item it was taken at, as the council writes it (“Minute 123”, “Item 7, 19 February 2018”).
   *
   * Since: 1.2
   */
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDecisionRecord:source:
   *
   * The document it was read from (a file name or URL).
   *
   * Since: 1.2
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDecisionRecord:note:
   *
   * What the decision said, in a few words (the reason for a deferral, the condition of a partial acceptance).
   *
   * Since: 1.2
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_decision_record_init (AmaDecisionRecord *self)
{
}

/**
 * ama_decision_record_new:
 * @decision: the decision taken
 * @date: (nullable): when it was taken
 *
 * Creates a new [class@Ama.DecisionRecord].
 *
 * Returns: (transfer full): a new #AmaDecisionRecord
 *
 * Since: 1.2
 */
AmaDecisionRecord *
ama_decision_record_new (AmaDecision  decision,
                         GDateTime   *date)
{
  return g_object_new (AMA_TYPE_DECISION_RECORD,
                       "decision", decision,
                       "date", date,
                       NULL);
}

/**
 * ama_decision_record_get_decision:
 * @self: a #AmaDecisionRecord
 *
 * Gets the [property@Ama.DecisionRecord:decision].
 *
 * Returns: the [property@Ama.DecisionRecord:decision]
 *
 * Since: 1.2
 */
AmaDecision
ama_decision_record_get_decision (AmaDecisionRecord *self)
{
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (self), AMA_DECISION_PENDING);

  return self->decision;
}

/**
 * ama_decision_record_set_decision:
 * @self: a #AmaDecisionRecord
 * @decision: the new value
 *
 * Sets the [property@Ama.DecisionRecord:decision].
 *
 * Since: 1.2
 */
void
ama_decision_record_set_decision (AmaDecisionRecord *self,
                                  AmaDecision decision)
{
  g_return_if_fail (AMA_IS_DECISION_RECORD (self));

  if (self->decision == decision)
    return;
  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

/**
 * ama_decision_record_get_date:
 * @self: a #AmaDecisionRecord
 *
 * Gets the [property@Ama.DecisionRecord:date].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.DecisionRecord:date]
 *
 * Since: 1.2
 */
GDateTime *
ama_decision_record_get_date (AmaDecisionRecord *self)
{
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (self), NULL);

  return self->date;
}

/**
 * ama_decision_record_set_date:
 * @self: a #AmaDecisionRecord
 * @date: (nullable): the new value
 *
 * Sets the [property@Ama.DecisionRecord:date].
 *
 * Since: 1.2
 */
void
ama_decision_record_set_date (AmaDecisionRecord *self,
                              GDateTime *date)
{
  g_return_if_fail (AMA_IS_DECISION_RECORD (self));

  if (!_ama_set_date (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ama_decision_record_get_body:
 * @self: a #AmaDecisionRecord
 *
 * Gets the [property@Ama.DecisionRecord:body].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.DecisionRecord:body]
 *
 * Since: 1.2
 */
const char *
ama_decision_record_get_body (AmaDecisionRecord *self)
{
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (self), NULL);

  return self->body;
}

/**
 * ama_decision_record_set_body:
 * @self: a #AmaDecisionRecord
 * @body: (nullable): the new value
 *
 * Sets the [property@Ama.DecisionRecord:body].
 *
 * Since: 1.2
 */
void
ama_decision_record_set_body (AmaDecisionRecord *self,
                              const char *body)
{
  g_return_if_fail (AMA_IS_DECISION_RECORD (self));

  if (!_ama_set_str (&self->body, body))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * ama_decision_record_get_reference:
 * @self: a #AmaDecisionRecord
 *
 * Gets the [property@Ama.DecisionRecord:reference].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.DecisionRecord:reference]
 *
 * Since: 1.2
 */
const char *
ama_decision_record_get_reference (AmaDecisionRecord *self)
{
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (self), NULL);

  return self->reference;
}

/**
 * ama_decision_record_set_reference:
 * @self: a #AmaDecisionRecord
 * @reference: (nullable): the new value
 *
 * Sets the [property@Ama.DecisionRecord:reference].
 *
 * Since: 1.2
 */
void
ama_decision_record_set_reference (AmaDecisionRecord *self,
                                   const char *reference)
{
  g_return_if_fail (AMA_IS_DECISION_RECORD (self));

  if (!_ama_set_str (&self->reference, reference))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

/**
 * ama_decision_record_get_source:
 * @self: a #AmaDecisionRecord
 *
 * Gets the [property@Ama.DecisionRecord:source].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.DecisionRecord:source]
 *
 * Since: 1.2
 */
const char *
ama_decision_record_get_source (AmaDecisionRecord *self)
{
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (self), NULL);

  return self->source;
}

/**
 * ama_decision_record_set_source:
 * @self: a #AmaDecisionRecord
 * @source: (nullable): the new value
 *
 * Sets the [property@Ama.DecisionRecord:source].
 *
 * Since: 1.2
 */
void
ama_decision_record_set_source (AmaDecisionRecord *self,
                                const char *source)
{
  g_return_if_fail (AMA_IS_DECISION_RECORD (self));

  if (!_ama_set_str (&self->source, source))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * ama_decision_record_get_note:
 * @self: a #AmaDecisionRecord
 *
 * Gets the [property@Ama.DecisionRecord:note].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.DecisionRecord:note]
 *
 * Since: 1.2
 */
const char *
ama_decision_record_get_note (AmaDecisionRecord *self)
{
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (self), NULL);

  return self->note;
}

/**
 * ama_decision_record_set_note:
 * @self: a #AmaDecisionRecord
 * @note: (nullable): the new value
 *
 * Sets the [property@Ama.DecisionRecord:note].
 *
 * Since: 1.2
 */
void
ama_decision_record_set_note (AmaDecisionRecord *self,
                              const char *note)
{
  g_return_if_fail (AMA_IS_DECISION_RECORD (self));

  if (!_ama_set_str (&self->note, note))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * ama_decision_record_equal:
 * @self: a #AmaDecisionRecord
 * @other: another #AmaDecisionRecord
 *
 * Whether the two records say the same thing: the same decision on the
 * same date (or both undated), by the same body at the same reference
 * where both records name one (a tracker that says only “accepted, 19
 * February 2018” agrees with the minutes that add “Cabinet, Minute
 * 123”). The source and note are not compared: the same Cabinet decision read
 * once from the minutes and once from a tracker report is one decision,
 * which is what lets [method@Ama.Response.add_decision_record] take the
 * same decision from two documents without recording it twice.
 *
 * Returns: %TRUE when they record the same decision
 *
 * Since: 1.2
 */
gboolean
ama_decision_record_equal (AmaDecisionRecord *self,
                           AmaDecisionRecord *other)
{
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (self), FALSE);
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (other), FALSE);

  return self->decision == other->decision &&
         _ama_date_equal (self->date, other->date) &&
         (self->body == NULL || other->body == NULL ||
          g_strcmp0 (self->body, other->body) == 0) &&
         (self->reference == NULL || other->reference == NULL ||
          g_strcmp0 (self->reference, other->reference) == 0);
}
