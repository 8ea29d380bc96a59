/* ama-diagnostic.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-diagnostic.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-util-private.h"

/**
 * AmaDiagnostic:
 *
 * A finding about a document: a repair an importer made, or a problem validation found.
 *
 * Since: 1.0
 */

struct _AmaDiagnostic
{
  GObject parent_instance;

  AmaSeverity severity;
  char *code;
  char *path;
  char *message;
  guint line;
  guint column;
};

G_DEFINE_FINAL_TYPE (AmaDiagnostic, ama_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_PATH,
  PROP_MESSAGE,
  PROP_LINE,
  PROP_COLUMN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_diagnostic_dispose (GObject *object)
{

  G_OBJECT_CLASS (ama_diagnostic_parent_class)->dispose (object);
}

static void
ama_diagnostic_finalize (GObject *object)
{
  AmaDiagnostic *self = (AmaDiagnostic *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (ama_diagnostic_parent_class)->finalize (object);
}

static void
ama_diagnostic_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AmaDiagnostic *self = AMA_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;

    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_diagnostic_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AmaDiagnostic *self = AMA_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      ama_diagnostic_set_severity (self, g_value_get_enum (value));
      break;

    case PROP_CODE:
      ama_diagnostic_set_code (self, g_value_get_string (value));
      break;

    case PROP_PATH:
      ama_diagnostic_set_path (self, g_value_get_string (value));
      break;

    case PROP_MESSAGE:
      ama_diagnostic_set_message (self, g_value_get_string (value));
      break;

    case PROP_LINE:
      ama_diagnostic_set_line (self, g_value_get_uint (value));
      break;

    case PROP_COLUMN:
      ama_diagnostic_set_column (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_diagnostic_class_init (AmaDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_diagnostic_dispose;
  object_class->finalize = ama_diagnostic_finalize;
  object_class->get_property = ama_diagnostic_get_property;
  object_class->set_property = ama_diagnostic_set_property;

  /**
   * AmaDiagnostic:severity:
   *
   * How serious it is.
   *
   * Since: 1.0
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       AMA_TYPE_SEVERITY, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDiagnostic:code:
   *
   * A stable code, e.g. `response-missing-officer`.
   *
   * Since: 1.0
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDiagnostic:path:
   *
   * The JSON path of the object concerned, e.g. `$.recommendations[3].response`.
   *
   * Since: 1.0
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDiagnostic:message:
   *
   * A sentence saying what was found.
   *
   * Since: 1.0
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDiagnostic:line:
   *
   * The line in the source (1-based), or 0 when not known.
   *
   * Since: 1.0
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaDiagnostic:column:
   *
   * The column in the source (1-based), or 0 when not known.
   *
   * Since: 1.0
   */
  properties[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_diagnostic_init (AmaDiagnostic *self)
{
}

/**
 * ama_diagnostic_new:
 * @severity: the initial [property@Ama.Diagnostic:severity]
 * @code: (nullable): the initial [property@Ama.Diagnostic:code]
 * @message: (nullable): the initial [property@Ama.Diagnostic:message]
 *
 * Creates a new [class@Ama.Diagnostic].
 *
 * Returns: (transfer full): a new #AmaDiagnostic
 *
 * Since: 1.0
 */
AmaDiagnostic *
ama_diagnostic_new (AmaSeverity severity, const char *code, const char *message)
{
  return g_object_new (AMA_TYPE_DIAGNOSTIC,
                       "severity", severity,
                       "code", code,
                       "message", message,
                       NULL);
}

/**
 * ama_diagnostic_get_severity:
 * @self: a #AmaDiagnostic
 *
 * Gets the [property@Ama.Diagnostic:severity].
 *
 * Returns: the [property@Ama.Diagnostic:severity]
 *
 * Since: 1.0
 */
AmaSeverity
ama_diagnostic_get_severity (AmaDiagnostic *self)
{
  g_return_val_if_fail (AMA_IS_DIAGNOSTIC (self), 0);

  return self->severity;
}

/**
 * ama_diagnostic_set_severity:
 * @self: a #AmaDiagnostic
 * @severity: the new value
 *
 * Sets the [property@Ama.Diagnostic:severity].
 *
 * Since: 1.0
 */
void
ama_diagnostic_set_severity (AmaDiagnostic *self,
                            AmaSeverity  severity)
{
  g_return_if_fail (AMA_IS_DIAGNOSTIC (self));

  if (self->severity == severity)
    return;
  self->severity = severity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

/**
 * ama_diagnostic_get_code:
 * @self: a #AmaDiagnostic
 *
 * Gets the [property@Ama.Diagnostic:code].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Diagnostic:code]
 *
 * Since: 1.0
 */
const char *
ama_diagnostic_get_code (AmaDiagnostic *self)
{
  g_return_val_if_fail (AMA_IS_DIAGNOSTIC (self), NULL);

  return self->code;
}

/**
 * ama_diagnostic_set_code:
 * @self: a #AmaDiagnostic
 * @code: (nullable): the new value
 *
 * Sets the [property@Ama.Diagnostic:code].
 *
 * Since: 1.0
 */
void
ama_diagnostic_set_code (AmaDiagnostic *self,
                        const char *code)
{
  g_return_if_fail (AMA_IS_DIAGNOSTIC (self));

  if (!_ama_set_str (&self->code, code))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODE]);
}

/**
 * ama_diagnostic_get_path:
 * @self: a #AmaDiagnostic
 *
 * Gets the [property@Ama.Diagnostic:path].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Diagnostic:path]
 *
 * Since: 1.0
 */
const char *
ama_diagnostic_get_path (AmaDiagnostic *self)
{
  g_return_val_if_fail (AMA_IS_DIAGNOSTIC (self), NULL);

  return self->path;
}

/**
 * ama_diagnostic_set_path:
 * @self: a #AmaDiagnostic
 * @path: (nullable): the new value
 *
 * Sets the [property@Ama.Diagnostic:path].
 *
 * Since: 1.0
 */
void
ama_diagnostic_set_path (AmaDiagnostic *self,
                        const char *path)
{
  g_return_if_fail (AMA_IS_DIAGNOSTIC (self));

  if (!_ama_set_str (&self->path, path))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

/**
 * ama_diagnostic_get_message:
 * @self: a #AmaDiagnostic
 *
 * Gets the [property@Ama.Diagnostic:message].
 *
 * Returns: (transfer none) (nullable): the [property@Ama.Diagnostic:message]
 *
 * Since: 1.0
 */
const char *
ama_diagnostic_get_message (AmaDiagnostic *self)
{
  g_return_val_if_fail (AMA_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}

/**
 * ama_diagnostic_set_message:
 * @self: a #AmaDiagnostic
 * @message: (nullable): the new value
 *
 * Sets the [property@Ama.Diagnostic:message].
 *
 * Since: 1.0
 */
void
ama_diagnostic_set_message (AmaDiagnostic *self,
                           const char *message)
{
  g_return_if_fail (AMA_IS_DIAGNOSTIC (self));

  if (!_ama_set_str (&self->message, message))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

/**
 * ama_diagnostic_get_line:
 * @self: a #AmaDiagnostic
 *
 * Gets the [property@Ama.Diagnostic:line].
 *
 * Returns: the [property@Ama.Diagnostic:line]
 *
 * Since: 1.0
 */
guint
ama_diagnostic_get_line (AmaDiagnostic *self)
{
  g_return_val_if_fail (AMA_IS_DIAGNOSTIC (self), 0);

  return self->line;
}

/**
 * ama_diagnostic_set_line:
 * @self: a #AmaDiagnostic
 * @line: the new value
 *
 * Sets the [property@Ama.Diagnostic:line].
 *
 * Since: 1.0
 */
void
ama_diagnostic_set_line (AmaDiagnostic *self,
                        guint  line)
{
  g_return_if_fail (AMA_IS_DIAGNOSTIC (self));

  if (self->line == line)
    return;
  self->line = line;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
}

/**
 * ama_diagnostic_get_column:
 * @self: a #AmaDiagnostic
 *
 * Gets the [property@Ama.Diagnostic:column].
 *
 * Returns: the [property@Ama.Diagnostic:column]
 *
 * Since: 1.0
 */
guint
ama_diagnostic_get_column (AmaDiagnostic *self)
{
  g_return_val_if_fail (AMA_IS_DIAGNOSTIC (self), 0);

  return self->column;
}

/**
 * ama_diagnostic_set_column:
 * @self: a #AmaDiagnostic
 * @column: the new value
 *
 * Sets the [property@Ama.Diagnostic:column].
 *
 * Since: 1.0
 */
void
ama_diagnostic_set_column (AmaDiagnostic *self,
                          guint  column)
{
  g_return_if_fail (AMA_IS_DIAGNOSTIC (self));

  if (self->column == column)
    return;
  self->column = column;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN]);
}
