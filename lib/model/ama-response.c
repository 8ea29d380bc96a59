/* ama-response.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-response.h"
#include "ama-source-ref.h"
#include "ama-deadline.h"
#include "ama-decision-record.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-person.h"
#include "ama-types.h"
#include "ama-util-private.h"

/**
 * AmaResponse:
 *
 * The executive's formal response to one recommendation.
 *
 * Since: 1.0
 */

struct _AmaResponse
{
  GObject parent_instance;

  AmaDecision decision;
  AmaDecision inferred_decision;
  char *text;
  AmaPerson *officer;
  AmaDeadline *action_by;
  gboolean no_further_action;
  GDateTime *reconsider_on;
  GDateTime *date;
  GListStore *history;
  AmaSourceRef *source;  /* where an importer read it; NULL when not imported */
};

G_DEFINE_FINAL_TYPE (AmaResponse, ama_response, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DECISION,
  PROP_INFERRED_DECISION,
  PROP_TEXT,
  PROP_OFFICER,
  PROP_ACTION_BY,
  PROP_NO_FURTHER_ACTION,
  PROP_RECONSIDER_ON,
  PROP_DATE,
  PROP_HISTORY,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_response_dispose (GObject *object)
{
  AmaResponse *self = (AmaResponse *)object;

  g_clear_object (&self->officer);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (ama_response_parent_class)->dispose (object);
}

static void
ama_response_finalize (GObject *object)
{
  AmaResponse *self = (AmaResponse *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->action_by, ama_deadline_unref);
  g_clear_pointer (&self->reconsider_on, g_date_time_unref);
  g_clear_pointer (&self->date, g_date_time_unref);

  g_clear_pointer (&self->source, ama_source_ref_unref);

  G_OBJECT_CLASS (ama_response_parent_class)->finalize (object);
}

static void
ama_response_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AmaResponse *self = AMA_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      g_value_set_enum (value, self->decision);
      break;

    case PROP_INFERRED_DECISION:
      g_value_set_enum (value, self->inferred_decision);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_OFFICER:
      g_value_set_object (value, self->officer);
      break;

    case PROP_ACTION_BY:
      g_value_set_boxed (value, self->action_by);
      break;

    case PROP_NO_FURTHER_ACTION:
      g_value_set_boolean (value, self->no_further_action);
      break;

    case PROP_RECONSIDER_ON:
      g_value_set_boxed (value, self->reconsider_on);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_SOURCE:
      g_value_set_boxed (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_response_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AmaResponse *self = AMA_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      ama_response_set_decision (self, g_value_get_enum (value));
      break;

    case PROP_INFERRED_DECISION:
      ama_response_set_inferred_decision (self, g_value_get_enum (value));
      break;

    case PROP_TEXT:
      ama_response_set_text (self, g_value_get_string (value));
      break;

    case PROP_OFFICER:
      ama_response_set_officer (self, g_value_get_object (value));
      break;

    case PROP_ACTION_BY:
      ama_response_set_action_by (self, g_value_get_boxed (value));
      break;

    case PROP_NO_FURTHER_ACTION:
      ama_response_set_no_further_action (self, g_value_get_boolean (value));
      break;

    case PROP_RECONSIDER_ON:
      ama_response_set_reconsider_on (self, g_value_get_boxed (value));
      break;

    case PROP_DATE:
      ama_response_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_SOURCE:
      ama_response_set_source (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_response_class_init (AmaResponseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_response_dispose;
  object_class->finalize = ama_response_finalize;
  object_class->get_property = ama_response_get_property;
  object_class->set_property = ama_response_set_property;

  /**
   * AmaResponse:decision:
   *
   * The decision as recorded; [enum@Ama.Decision.PENDING] when the document records none.
   *
   * Since: 1.0
   */
  properties[PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL,
                       AMA_TYPE_DECISION, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResponse:inferred-decision:
   *
   * The decision the wording implies ("We agree" → accepted); [enum@Ama.Decision.PENDING] when nothing is implied. Never overwrites [property@Ama.Response:decision].
   *
   * Since: 1.0
   */
  properties[PROP_INFERRED_DECISION] =
    g_param_spec_enum ("inferred-decision", NULL, NULL,
                       AMA_TYPE_DECISION, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResponse:text:
   *
   * The response text: proposed action, rationale, or why and when the issue will be reconsidered.
   *
   * Since: 1.0
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResponse:officer:
   *
   * The officer responsible.
   *
   * Since: 1.0
   */
  properties[PROP_OFFICER] =
    g_param_spec_object ("officer", NULL, NULL,
                         AMA_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResponse:action-by:
   *
   * When the action is due, keeping the text as written.
   *
   * Since: 1.0
   */
  properties[PROP_ACTION_BY] =
    g_param_spec_boxed ("action-by", NULL, NULL,
                        AMA_TYPE_DEADLINE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResponse:no-further-action:
   *
   * Whether the response says no further action is required ("N.F.A required").
   *
   * Since: 1.0
   */
  properties[PROP_NO_FURTHER_ACTION] =
    g_param_spec_boolean ("no-further-action", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResponse:reconsider-on:
   *
   * For a deferred recommendation, when it will be reconsidered.
   *
   * Since: 1.0
   */
  properties[PROP_RECONSIDER_ON] =
    g_param_spec_boxed ("reconsider-on", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResponse:date:
   *
   * The date of the response (the Cabinet meeting that agreed it).
   *
   * Since: 1.0
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaResponse:history:
   *
   * Every decision recorded on the recommendation, oldest first, as
   * [class@Ama.DecisionRecord]s: the Cabinet's deferral, its later
   * acceptance, the Council's endorsement. Empty for a response read
   * from a document that gives one decision and nothing more; then
   * [property@Ama.Response:decision] and [property@Ama.Response:date]
   * are the whole story. Written to JSON only when it holds something,
   * so documents without it keep their bytes.
   *
   * Since: 1.2
   */
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AmaResponse:source:
   *
   * Where an importer read this (document, page, line, table row and
   * column), so a reader can check it against the page; %NULL when it
   * was not imported or the place is not known. Saved as `"source"`.
   *
   * Since: 1.2
   */
  properties[PROP_SOURCE] =
    g_param_spec_boxed ("source", NULL, NULL,
                        AMA_TYPE_SOURCE_REF,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_response_init (AmaResponse *self)
{
  self->history = g_list_store_new (AMA_TYPE_DECISION_RECORD);
}

/**
 * ama_response_new:
 *
 * Creates a new [class@Ama.Response].
 *
 * Returns: (transfer full): a new #AmaResponse
 *
 * Since: 1.0
 */
AmaResponse *
ama_response_new (void)
{
  return g_object_new (AMA_TYPE_RESPONSE,
                       NULL);
}

/**
 * ama_response_get_decision:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:decision].
 *
 * Returns: the [property@Ama.Response:decision]
 *
 * Since: 1.0
 */
AmaDecision
ama_response_get_decision (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), 0);

  return self->decision;
}

/**
 * ama_response_set_decision:
 * @self: a #AmaResponse
 * @decision: the new value
 *
 * Sets the [property@Ama.Response:decision].
 *
 * Since: 1.0
 */
void
ama_response_set_decision (AmaResponse *self,
                          AmaDecision  decision)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));

  if (self->decision == decision)
    return;
  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

/**
 * ama_response_get_inferred_decision:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:inferred-decision].
 *
 * Returns: the [property@Ama.Response:inferred-decision]
 *
 * Since: 1.0
 */
AmaDecision
ama_response_get_inferred_decision (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), 0);

  return self->inferred_decision;
}

/**
 * ama_response_set_inferred_decision:
 * @self: a #AmaResponse
 * @inferred_decision: the new value
 *
 * Sets the [property@Ama.Response:inferred-decision].
 *
 * Since: 1.0
 */
void
ama_response_set_inferred_decision (AmaResponse *self,
                                   AmaDecision  inferred_decision)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));

  if (self->inferred_decision == inferred_decision)
    return;
  self->inferred_decision = inferred_decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INFERRED_DECISION]);
}

/**
 * ama_response_get_text:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:text].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Response:text]
 *
 * Since: 1.0
 */
const char *
ama_response_get_text (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), NULL);

  return self->text;
}

/**
 * ama_response_set_text:
 * @self: a #AmaResponse
 * @text: (nullable): the new value
 *
 * Sets the [property@Ama.Response:text].
 *
 * Since: 1.0
 */
void
ama_response_set_text (AmaResponse *self,
                      const char *text)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));

  if (!_ama_set_str (&self->text, text))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * ama_response_get_officer:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:officer].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Response:officer]
 *
 * Since: 1.0
 */
AmaPerson *
ama_response_get_officer (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), NULL);

  return self->officer;
}

/**
 * ama_response_set_officer:
 * @self: a #AmaResponse
 * @officer: (nullable): the new value
 *
 * Sets the [property@Ama.Response:officer].
 *
 * Since: 1.0
 */
void
ama_response_set_officer (AmaResponse *self,
                         AmaPerson *officer)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));
  g_return_if_fail (!officer || AMA_IS_PERSON (officer));

  if (!g_set_object (&self->officer, officer))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICER]);
}

/**
 * ama_response_get_action_by:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:action-by].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Response:action-by]
 *
 * Since: 1.0
 */
AmaDeadline *
ama_response_get_action_by (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), NULL);

  return self->action_by;
}

/**
 * ama_response_set_action_by:
 * @self: a #AmaResponse
 * @action_by: (nullable): the new value
 *
 * Sets the [property@Ama.Response:action-by].
 *
 * Since: 1.0
 */
void
ama_response_set_action_by (AmaResponse *self,
                           AmaDeadline *action_by)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));

  if (self->action_by == action_by)
    return;
  g_clear_pointer (&self->action_by, ama_deadline_unref);
  self->action_by = action_by ? ama_deadline_ref (action_by) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_BY]);
}

/**
 * ama_response_get_no_further_action:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:no-further-action].
 *
 * Returns: the [property@Ama.Response:no-further-action]
 *
 * Since: 1.0
 */
gboolean
ama_response_get_no_further_action (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), FALSE);

  return self->no_further_action;
}

/**
 * ama_response_set_no_further_action:
 * @self: a #AmaResponse
 * @no_further_action: the new value
 *
 * Sets the [property@Ama.Response:no-further-action].
 *
 * Since: 1.0
 */
void
ama_response_set_no_further_action (AmaResponse *self,
                                   gboolean  no_further_action)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));

  no_further_action = !!no_further_action;
  if (self->no_further_action == no_further_action)
    return;
  self->no_further_action = no_further_action;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NO_FURTHER_ACTION]);
}

/**
 * ama_response_get_reconsider_on:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:reconsider-on].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Response:reconsider-on]
 *
 * Since: 1.0
 */
GDateTime *
ama_response_get_reconsider_on (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), NULL);

  return self->reconsider_on;
}

/**
 * ama_response_set_reconsider_on:
 * @self: a #AmaResponse
 * @reconsider_on: (nullable): the new value
 *
 * Sets the [property@Ama.Response:reconsider-on].
 *
 * Since: 1.0
 */
void
ama_response_set_reconsider_on (AmaResponse *self,
                               GDateTime *reconsider_on)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));

  if (!_ama_set_date (&self->reconsider_on, reconsider_on))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECONSIDER_ON]);
}

/**
 * ama_response_get_date:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:date].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Response:date]
 *
 * Since: 1.0
 */
GDateTime *
ama_response_get_date (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), NULL);

  return self->date;
}

/**
 * ama_response_set_date:
 * @self: a #AmaResponse
 * @date: (nullable): the new value
 *
 * Sets the [property@Ama.Response:date].
 *
 * Since: 1.0
 */
void
ama_response_set_date (AmaResponse *self,
                      GDateTime *date)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));

  if (!_ama_set_date (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * ama_response_get_history:
 * @self: a #AmaResponse
 *
 * Gets the [property@Ama.Response:history], oldest first.
 *
 * Returns: (transfer none): a #GListModel of #AmaDecisionRecord
 *
 * Since: 1.2
 */
GListModel *
ama_response_get_history (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), NULL);

  return G_LIST_MODEL (self->history);
}

/**
 * ama_response_add_decision_record:
 * @self: a #AmaResponse
 * @record: the #AmaDecisionRecord to add
 *
 * Adds @record to the [property@Ama.Response:history] in date order: after
 * every record dated on or before it (an undated record goes last, as
 * the newest thing read). A record equal to one already held (see
 * [method@Ama.DecisionRecord.equal]) is not added twice.
 *
 * When @record ends up last, its decision becomes
 * [property@Ama.Response:decision]: the decision of a response is the
 * latest one taken. When the response has no
 * [property@Ama.Response:date] yet, the date of its first decision other
 * than pending fills it.
 *
 * Returns: %TRUE if @record was added, %FALSE if the history already
 *   held the same decision
 *
 * Since: 1.2
 */
gboolean
ama_response_add_decision_record (AmaResponse       *self,
                                  AmaDecisionRecord *record)
{
  guint n, position;
  GDateTime *date;

  g_return_val_if_fail (AMA_IS_RESPONSE (self), FALSE);
  g_return_val_if_fail (AMA_IS_DECISION_RECORD (record), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->history));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaDecisionRecord) held = g_list_model_get_item (G_LIST_MODEL (self->history), i);
      if (ama_decision_record_equal (held, record))
        return FALSE;
    }

  date = ama_decision_record_get_date (record);
  position = n;
  if (date != NULL)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(AmaDecisionRecord) held = g_list_model_get_item (G_LIST_MODEL (self->history), i);
        GDateTime *held_date = ama_decision_record_get_date (held);

        if (held_date != NULL && g_date_time_compare (held_date, date) > 0)
          {
            position = i;
            break;
          }
      }
  g_list_store_insert (self->history, position, record);

  if (position == n)
    ama_response_set_decision (self, ama_decision_record_get_decision (record));
  if (self->date == NULL && date != NULL &&
      ama_decision_record_get_decision (record) != AMA_DECISION_PENDING)
    ama_response_set_date (self, date);
  return TRUE;
}

/**
 * ama_response_get_decided_on:
 * @self: a #AmaResponse
 *
 * When the executive first decided something other than pending on the
 * recommendation: the date of the earliest such dated record in the
 * [property@Ama.Response:history], or, with no history, the
 * [property@Ama.Response:date] when a decision is recorded. This is the
 * date the response clock stops on (see
 * [method@Ama.Review.get_response_due]); a later change of mind does not
 * make a response late.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL when no dated
 *   decision is recorded
 *
 * Since: 1.2
 */
GDateTime *
ama_response_get_decided_on (AmaResponse *self)
{
  guint n;

  g_return_val_if_fail (AMA_IS_RESPONSE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->history));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaDecisionRecord) held = g_list_model_get_item (G_LIST_MODEL (self->history), i);
      /* The store holds a reference, so the date outlives this loop. */
      if (ama_decision_record_get_decision (held) != AMA_DECISION_PENDING &&
          ama_decision_record_get_date (held) != NULL)
        return ama_decision_record_get_date (held);
    }
  if (self->decision != AMA_DECISION_PENDING)
    return self->date;
  return NULL;
}

/**
 * ama_response_get_source:
 * @self: a #AmaResponse
 *
 * Gets where this was read from; see [property@Ama.Response:source].
 *
 * Returns: (transfer none) (nullable): the source, or %NULL
 *
 * Since: 1.2
 */
AmaSourceRef *
ama_response_get_source (AmaResponse *self)
{
  g_return_val_if_fail (AMA_IS_RESPONSE (self), NULL);

  return self->source;
}

/**
 * ama_response_set_source:
 * @self: a #AmaResponse
 * @source: (nullable): where this was read from, or %NULL
 *
 * Sets where this was read from; see [property@Ama.Response:source].
 *
 * Since: 1.2
 */
void
ama_response_set_source (AmaResponse       *self,
                         AmaSourceRef *source)
{
  g_return_if_fail (AMA_IS_RESPONSE (self));

  if (ama_source_ref_equal (self->source, source))
    return;
  g_clear_pointer (&self->source, ama_source_ref_unref);
  self->source = source ? ama_source_ref_ref (source) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}
