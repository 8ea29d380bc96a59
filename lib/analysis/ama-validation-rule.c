/* ama-validation-rule.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-validation-rule.h"

/**
 * AmaValidationRule:
 *
 * One rule the validator applies: its stable code, how serious a
 * breach is, and what it checks. [func@Ama.validation_list_rules] lists
 * them all so tools can document the codes they print.
 *
 * Since: 1.0
 */

struct _AmaValidationRule
{
  GObject parent_instance;

  char *code;
  AmaSeverity severity;
  char *summary;
};

G_DEFINE_FINAL_TYPE (AmaValidationRule, ama_validation_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_SEVERITY,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_validation_rule_finalize (GObject *object)
{
  AmaValidationRule *self = (AmaValidationRule *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (ama_validation_rule_parent_class)->finalize (object);
}

static void
ama_validation_rule_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AmaValidationRule *self = AMA_VALIDATION_RULE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_validation_rule_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AmaValidationRule *self = AMA_VALIDATION_RULE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;

    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;

    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_validation_rule_class_init (AmaValidationRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_validation_rule_finalize;
  object_class->get_property = ama_validation_rule_get_property;
  object_class->set_property = ama_validation_rule_set_property;

  /**
   * AmaValidationRule:code:
   *
   * The stable code diagnostics carry, e.g. `accepted-no-officer`.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaValidationRule:severity:
   *
   * The severity of diagnostics with this code.
   *
   * Since: 1.0
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, AMA_TYPE_SEVERITY, 0, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaValidationRule:summary:
   *
   * What the rule checks, in one sentence.
   *
   * Since: 1.0
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_validation_rule_init (AmaValidationRule *self)
{
}

/**
 * ama_validation_rule_get_code:
 * @self: a #AmaValidationRule
 *
 * Gets the [property@Ama.ValidationRule:code].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.ValidationRule:code]
 *
 * Since: 1.0
 */
const char *
ama_validation_rule_get_code (AmaValidationRule *self)
{
  g_return_val_if_fail (AMA_IS_VALIDATION_RULE (self), NULL);

  return self->code;
}

/**
 * ama_validation_rule_get_severity:
 * @self: a #AmaValidationRule
 *
 * Gets the [property@Ama.ValidationRule:severity].
 *
 * Returns: the [property@Ama.ValidationRule:severity]
 *
 * Since: 1.0
 */
AmaSeverity
ama_validation_rule_get_severity (AmaValidationRule *self)
{
  g_return_val_if_fail (AMA_IS_VALIDATION_RULE (self), 0);

  return self->severity;
}

/**
 * ama_validation_rule_get_summary:
 * @self: a #AmaValidationRule
 *
 * Gets the [property@Ama.ValidationRule:summary].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.ValidationRule:summary]
 *
 * Since: 1.0
 */
const char *
ama_validation_rule_get_summary (AmaValidationRule *self)
{
  g_return_val_if_fail (AMA_IS_VALIDATION_RULE (self), NULL);

  return self->summary;
}
