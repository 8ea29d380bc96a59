/* ama-json.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ama-json-private.h"
#include "ama-deadline.h"
#include "ama-source-ref.h"
#include "ama-enum-types.h"
#include "ama-error.h"
#include "ama-review.h"
#include "ama-util-private.h"
#include "ama-enums.h"
#include "ama-types.h"

/* One serialiser for every model type. Properties are the API, and JSON
 * members are named after them, so walking the GParamSpecs (in the order
 * each class installs them) gives every type the same treatment: enums
 * by nick, dates as ISO 8601, collections as arrays, and errors that
 * name the JSON path. json-glib's own GObject serialisation cannot be
 * used: it writes enums as integers and does not know GDateTime. */

#define EXTRA_QUARK (extra_members_quark ())
static G_DEFINE_QUARK (ama-json-extra-members, extra_members)

/* Members this version does not know are kept on the object that read
 * them and written back after the known ones: a newer writer's data
 * survives an older reader's load → modify → save. */
static JsonObject *
get_extras (GObject *object)
{
  return g_object_get_qdata (object, EXTRA_QUARK);
}

JsonObject *
_ama_json_get_extras (GObject *object)
{
  return get_extras (object);
}

static void add_extra (GObject *object, const char *name, JsonNode *node);

/* For the fast reader (ama-json-reader.c). */
void
_ama_json_add_extra (GObject    *object,
                     const char *name,
                     JsonNode   *node)
{
  add_extra (object, name, node);
}

static void
add_extra (GObject    *object,
           const char *name,
           JsonNode   *node)
{
  JsonObject *extras = get_extras (object);

  if (extras == NULL)
    {
      extras = json_object_new ();
      g_object_set_qdata_full (object, EXTRA_QUARK, extras,
                               (GDestroyNotify)json_object_unref);
    }
  json_object_set_member (extras, name, json_node_copy (node));
}

/* A deadline is a boxed value and cannot carry members it does not
 * know, so its object's unknown members are kept on the object holding
 * the deadline, by property name, with the deadline they came with.
 * They are written back into that property's object on save, as long
 * as the property still holds that same deadline: members that
 * described a deadline the user has since replaced are dropped with it. */
#define DEADLINE_EXTRA_QUARK (deadline_extra_members_quark ())
static G_DEFINE_QUARK (ama-json-deadline-extra-members, deadline_extra_members)

static const char * const deadline_members[] = { "text", "kind", "due", "recurrence", NULL };

typedef struct
{
  AmaDeadline *deadline;
  JsonObject  *unknown;
} DeadlineExtras;

static void
deadline_extras_free (gpointer data)
{
  DeadlineExtras *extras = data;

  ama_deadline_unref (extras->deadline);
  json_object_unref (extras->unknown);
  g_free (extras);
}

static void
keep_deadline_extras (GObject     *object,
                      const char  *property,
                      AmaDeadline *deadline,
                      JsonNode    *node)
{
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(GList) names = NULL;
  GHashTable *all;
  DeadlineExtras *extras;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  names = json_object_get_members (json_node_get_object (node));
  for (const GList *l = names; l; l = l->next)
    if (!g_strv_contains (deadline_members, l->data))
      {
        if (unknown == NULL)
          unknown = json_object_new ();
        json_object_set_member (unknown, l->data,
                                json_object_dup_member (json_node_get_object (node), l->data));
      }
  if (unknown == NULL)
    return;

  all = g_object_get_qdata (object, DEADLINE_EXTRA_QUARK);
  if (all == NULL)
    {
      all = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, deadline_extras_free);
      g_object_set_qdata_full (object, DEADLINE_EXTRA_QUARK, all,
                               (GDestroyNotify)g_hash_table_unref);
    }
  extras = g_new0 (DeadlineExtras, 1);
  extras->deadline = ama_deadline_ref (deadline);
  extras->unknown = g_steal_pointer (&unknown);
  g_hash_table_replace (all, g_strdup (property), extras);
}

/* The members kept for @deadline as the value of @property, or NULL;
 * both writers (the tree and the streaming one) ask here. */
JsonObject *
_ama_json_get_deadline_extras (GObject     *object,
                               const char  *property,
                               AmaDeadline *deadline)
{
  GHashTable *all = g_object_get_qdata (object, DEADLINE_EXTRA_QUARK);
  DeadlineExtras *extras;

  if (all == NULL || (extras = g_hash_table_lookup (all, property)) == NULL ||
      extras->deadline != deadline)
    return NULL;
  return extras->unknown;
}

static void
restore_deadline_extras (GObject     *object,
                         const char  *property,
                         AmaDeadline *deadline,
                         JsonNode    *node)
{
  JsonObject *unknown = _ama_json_get_deadline_extras (object, property, deadline);
  JsonObject *target;
  g_autoptr(GList) names = NULL;

  if (unknown == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;
  target = json_node_get_object (node);
  names = json_object_get_members (unknown);
  for (const GList *l = names; l; l = l->next)
    if (!json_object_has_member (target, l->data))
      json_object_set_member (target, l->data, json_object_dup_member (unknown, l->data));
}

static gboolean
is_list_pspec (GParamSpec *pspec)
{
  return pspec->value_type == G_TYPE_LIST_MODEL;
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */
/* ------------------------------------------------------------------ */

/* Dates are written by _ama_date_to_iso(), which pads years to four
 * digits (year 146 written as "146-03-01" was refused on reload, found by
 * fuzz-review-json). */
static char *
date_to_json (GDateTime *date)
{
  return _ama_date_to_iso (date);
}

/* For the streaming writer (ama-json-writer.c): one rule for dates. */
char *
_ama_json_date_to_string (GDateTime *date)
{
  return date_to_json (date);
}

/* A source that knows nothing is not written (an empty object is
 * "unknown" as much as no member is). */
gboolean
_ama_json_source_is_empty (AmaSourceRef *source)
{
  return ama_source_ref_get_document (source) == NULL &&
         ama_source_ref_get_page (source) == 0 && ama_source_ref_get_line (source) == 0 &&
         ama_source_ref_get_row (source) == 0 && ama_source_ref_get_column (source) == 0;
}

/* A source reference as {"document", "page", "line", "row", "column"},
 * the members not known (NULL, 0) left out. */
static JsonNode *
serialize_source (AmaSourceRef *source)
{
  /* json_node_init_object() takes its own reference */
  g_autoptr(JsonObject) obj = json_object_new ();

  if (ama_source_ref_get_document (source) != NULL)
    json_object_set_string_member (obj, "document", ama_source_ref_get_document (source));
  if (ama_source_ref_get_page (source) > 0)
    json_object_set_int_member (obj, "page", ama_source_ref_get_page (source));
  if (ama_source_ref_get_line (source) > 0)
    json_object_set_int_member (obj, "line", ama_source_ref_get_line (source));
  if (ama_source_ref_get_row (source) > 0)
    json_object_set_int_member (obj, "row", ama_source_ref_get_row (source));
  if (ama_source_ref_get_column (source) > 0)
    json_object_set_int_member (obj, "column", ama_source_ref_get_column (source));
  return json_node_init_object (json_node_alloc (), obj);
}

static JsonNode *
serialize_deadline (AmaDeadline *deadline)
{
  g_autoptr(JsonObject) obj = json_object_new ();
  g_autoptr(GEnumClass) kinds = g_type_class_ref (AMA_TYPE_DEADLINE_KIND);
  g_autoptr(GEnumClass) periods = g_type_class_ref (AMA_TYPE_RECURRENCE);
  JsonNode *node;

  json_object_set_string_member (obj, "text", ama_deadline_get_text (deadline));
  json_object_set_string_member (obj, "kind",
                                 g_enum_get_value (kinds, ama_deadline_get_kind (deadline))->value_nick);
  if (ama_deadline_get_due (deadline) != NULL)
    {
      g_autofree char *iso = date_to_json (ama_deadline_get_due (deadline));
      json_object_set_string_member (obj, "due", iso);
    }
  if (ama_deadline_get_recurrence (deadline) != AMA_RECURRENCE_NONE)
    json_object_set_string_member (obj, "recurrence",
                                   g_enum_get_value (periods, ama_deadline_get_recurrence (deadline))->value_nick);

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (node, obj);
  return node;
}

/* Returns NULL when the value is the default and is better left out. */
static JsonNode *
serialize_value (GParamSpec   *pspec,
                 const GValue *value)
{
  GType type = pspec->value_type;
  JsonNode *node = NULL;

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);
      if (s != NULL)
        node = json_node_init_string (json_node_alloc (), s);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (g_value_get_boolean (value))
        node = json_node_init_boolean (json_node_alloc (), TRUE);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      double d = g_value_get_double (value);
      /* JSON has no NaN or infinity; setters refuse them, so this only
       * guards against a value set through some unchecked path. */
      node = isfinite (d) ? json_node_init_double (json_node_alloc (), d)
                          : json_node_init_null (json_node_alloc ());
    }
  else if (type == G_TYPE_UINT)
    {
      if (g_value_get_uint (value) != 0)
        node = json_node_init_int (json_node_alloc (), g_value_get_uint (value));
    }
  else if (type == G_TYPE_INT)
    {
      if (g_value_get_int (value) != 0)
        node = json_node_init_int (json_node_alloc (), g_value_get_int (value));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));
      if (ev != NULL)
        node = json_node_init_string (json_node_alloc (), ev->value_nick);
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);
      if (strv != NULL && strv[0] != NULL)
        {
          g_autoptr(JsonArray) array = json_array_new ();
          for (guint i = 0; strv[i]; i++)
            json_array_add_string_element (array, strv[i]);
          node = json_node_init_array (json_node_alloc (), array);
        }
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *dt = g_value_get_boxed (value);
      if (dt != NULL)
        {
          g_autofree char *iso = date_to_json (dt);
          node = json_node_init_string (json_node_alloc (), iso);
        }
    }
  else if (type == AMA_TYPE_DEADLINE)
    {
      AmaDeadline *deadline = g_value_get_boxed (value);
      if (deadline != NULL)
        node = serialize_deadline (deadline);
    }
  else if (type == AMA_TYPE_SOURCE_REF)
    {
      AmaSourceRef *source = g_value_get_boxed (value);
      if (source != NULL && !_ama_json_source_is_empty (source))
        node = serialize_source (source);
    }
  else if (type == G_TYPE_LIST_MODEL)
    {
      GListModel *model = g_value_get_object (value);
      guint n = model ? g_list_model_get_n_items (model) : 0;
      if (n > 0)
        {
          g_autoptr(JsonArray) array = json_array_new ();
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (model, i);
              json_array_add_element (array, _ama_json_serialize (item));
            }
          node = json_node_init_array (json_node_alloc (), array);
        }
    }
  else if (g_type_is_a (type, G_TYPE_OBJECT))
    {
      GObject *child = g_value_get_object (value);
      if (child != NULL)
        node = _ama_json_serialize (child);
    }
  else
    g_assert_not_reached ();

  return node;
}

JsonNode *
_ama_json_serialize (GObject *object)
{
  g_autoptr(JsonObject) obj = json_object_new ();
  g_autofree GParamSpec **pspecs = NULL;
  JsonObject *extras;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      JsonNode *node;

      /* Read-only properties are derived (except collections, which are
       * read-only because they are changed through add/remove). */
      if (!(pspecs[i]->flags & G_PARAM_WRITABLE) && !is_list_pspec (pspecs[i]))
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      node = serialize_value (pspecs[i], &value);
      if (node != NULL && pspecs[i]->value_type == AMA_TYPE_DEADLINE)
        restore_deadline_extras (object, pspecs[i]->name, g_value_get_boxed (&value), node);
      if (node != NULL)
        json_object_set_member (obj, pspecs[i]->name, node);
    }

  if ((extras = get_extras (object)) != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (extras);
      for (const GList *l = names; l; l = l->next)
        if (!json_object_has_member (obj, l->data))
          json_object_set_member (obj, l->data,
                                  json_object_dup_member (extras, l->data));
    }

  return json_node_init_object (json_node_alloc (), obj);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */
/* ------------------------------------------------------------------ */

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return "an object";
    case JSON_NODE_ARRAY: return "an array";
    case JSON_NODE_NULL: return "null";
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64: return "an integer";
        case G_TYPE_DOUBLE: return "a number";
        case G_TYPE_BOOLEAN: return "a boolean";
        case G_TYPE_STRING: return "a string";
        default: return "a value";
        }
    default:
      return "a value";
    }
}

static gboolean
type_error (GError     **error,
            const char  *path,
            const char  *expected,
            JsonNode    *node)
{
  g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
               "%s: expected %s, got %s", path, expected, node_type_name (node));
  return FALSE;
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 ||
          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

static gboolean
read_enum (JsonNode    *node,
           GType        type,
           const char  *path,
           int         *out,
           GError     **error)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) expected = NULL;
  GEnumValue *ev;

  if (!is_string (node))
    return type_error (error, path, "a string", node);

  klass = g_type_class_ref (type);
  ev = g_enum_get_value_by_nick (klass, json_node_get_string (node));
  if (ev != NULL)
    {
      *out = ev->value;
      return TRUE;
    }

  expected = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (expected, "%s%s", i ? ", " : "", klass->values[i].value_nick);
  g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
               "%s: unknown value “%s” (expected one of: %s)",
               path, json_node_get_string (node), expected->str);
  return FALSE;
}

static gboolean
read_date (JsonNode    *node,
           const char  *path,
           GDateTime  **out,
           GError     **error)
{
  if (!is_string (node))
    return type_error (error, path, "a date string (YYYY-MM-DD)", node);

  *out = _ama_date_from_iso (json_node_get_string (node));
  if (*out == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s: “%s” is not a valid date (expected YYYY-MM-DD)",
                   path, json_node_get_string (node));
      return FALSE;
    }
  return TRUE;
}

/* "source": every member optional (an absent one is not known); the
 * numbers are 1-based, 0 is accepted as "not known". Members this
 * version does not know are ignored: a source is a note about where a
 * fact came from, and a newer writer's extra detail is no reason to
 * refuse the review. */
static AmaSourceRef *
read_source (JsonNode    *node,
             const char  *path,
             GError     **error)
{
  static const char * const numbers[] = { "page", "line", "row", "column" };
  guint values[G_N_ELEMENTS (numbers)] = { 0, };
  const char *document = NULL;
  JsonObject *obj;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return type_error (error, path, "an object", node), NULL;
  obj = json_node_get_object (node);
  if ((member = json_object_get_member (obj, "document")) != NULL &&
      !JSON_NODE_HOLDS_NULL (member))
    {
      if (!is_string (member))
        {
          g_autofree char *p = g_strconcat (path, ".document", NULL);
          return type_error (error, p, "a string", member), NULL;
        }
      document = json_node_get_string (member);
    }
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *p = NULL;
      gint64 v;

      if ((member = json_object_get_member (obj, numbers[i])) == NULL)
        continue;
      p = g_strconcat (path, ".", numbers[i], NULL);
      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64)
        return type_error (error, p, "an integer", member), NULL;
      v = json_node_get_int (member);
      if (v < 0 || v > G_MAXUINT)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       "%s: %" G_GINT64_FORMAT " is out of range", p, v);
          return NULL;
        }
      values[i] = (guint) v;
    }
  return ama_source_ref_new (document, values[0], values[1], values[2], values[3]);
}

static AmaDeadline *
read_deadline (JsonNode    *node,
               const char  *path,
               GError     **error)
{
  JsonObject *obj;
  JsonNode *member;
  g_autoptr(GDateTime) due = NULL;
  int kind = AMA_DEADLINE_KIND_UNPARSED;
  int recurrence = AMA_RECURRENCE_NONE;
  const char *text;

  /* A bare string is accepted too: hand-written files may say
   * "action-by": "March 2018" and let the library understand it. */
  if (is_string (node))
    {
      AmaDeadline *parsed = ama_deadline_parse (json_node_get_string (node), NULL);
      if (parsed == NULL)
        parsed = ama_deadline_new (json_node_get_string (node), AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE);
      return parsed;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return type_error (error, path, "an object or a string", node), NULL;

  obj = json_node_get_object (node);
  if (!(member = json_object_get_member (obj, "text")))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING, "%s: missing member “text”", path);
      return NULL;
    }
  if (!is_string (member))
    {
      g_autofree char *p = g_strconcat (path, ".text", NULL);
      return type_error (error, p, "a string", member), NULL;
    }
  text = json_node_get_string (member);

  if (!json_object_has_member (obj, "kind"))
    {
      /* No kind recorded: understand the text now. */
      AmaDeadline *parsed = ama_deadline_parse (text, NULL);
      return parsed ? parsed : ama_deadline_new (text, AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE);
    }

  {
    g_autofree char *p = g_strconcat (path, ".kind", NULL);
    if (!read_enum (json_object_get_member (obj, "kind"), AMA_TYPE_DEADLINE_KIND, p, &kind, error))
      return NULL;
  }
  if ((member = json_object_get_member (obj, "due")))
    {
      g_autofree char *p = g_strconcat (path, ".due", NULL);
      if (!read_date (member, p, &due, error))
        return NULL;
    }
  if ((member = json_object_get_member (obj, "recurrence")))
    {
      g_autofree char *p = g_strconcat (path, ".recurrence", NULL);
      if (!read_enum (member, AMA_TYPE_RECURRENCE, p, &recurrence, error))
        return NULL;
    }

  return ama_deadline_new (text, kind, due, recurrence);
}

static gboolean
read_value (JsonNode    *node,
            GParamSpec  *pspec,
            const char  *path,
            GValue      *value,
            GError     **error)
{
  GType type = pspec->value_type;

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    {
      if (JSON_NODE_HOLDS_NULL (node))
        return TRUE;
      if (!is_string (node))
        return type_error (error, path, "a string", node);
      g_value_set_string (value, json_node_get_string (node));
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return type_error (error, path, "a boolean", node);
      g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (type == G_TYPE_DOUBLE)
    {
      double d;
      GParamSpecDouble *dspec = G_PARAM_SPEC_DOUBLE (pspec);

      if (!is_number (node))
        return type_error (error, path, "a number", node);
      d = json_node_get_double (node);
      if (!isfinite (d) || d < dspec->minimum || d > dspec->maximum)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       "%s: %g is out of range [%g, %g]", path, d, dspec->minimum, dspec->maximum);
          return FALSE;
        }
      g_value_set_double (value, d);
    }
  else if (type == G_TYPE_UINT || type == G_TYPE_INT)
    {
      gint64 v;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        return type_error (error, path, "an integer", node);
      v = json_node_get_int (node);
      if (type == G_TYPE_UINT ? (v < 0 || v > G_MAXUINT) : (v < G_MININT || v > G_MAXINT))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       "%s: %" G_GINT64_FORMAT " is out of range", path, v);
          return FALSE;
        }
      if (type == G_TYPE_UINT)
        g_value_set_uint (value, (guint)v);
      else
        g_value_set_int (value, (int)v);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int v;
      if (!read_enum (node, type, path, &v, error))
        return FALSE;
      g_value_set_enum (value, v);
    }
  else if (type == G_TYPE_STRV)
    {
      JsonArray *array;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return type_error (error, path, "an array of strings", node);
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          if (!is_string (element))
            {
              g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);
              return type_error (error, p, "a string", element);
            }
          g_strv_builder_add (builder, json_node_get_string (element));
        }
      g_value_take_boxed (value, g_strv_builder_end (builder));
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *dt = NULL;
      if (!read_date (node, path, &dt, error))
        return FALSE;
      g_value_take_boxed (value, dt);
    }
  else if (type == AMA_TYPE_DEADLINE)
    {
      AmaDeadline *deadline = read_deadline (node, path, error);
      if (deadline == NULL)
        return FALSE;
      g_value_take_boxed (value, deadline);
    }
  else if (type == AMA_TYPE_SOURCE_REF)
    {
      AmaSourceRef *source;
      if (JSON_NODE_HOLDS_NULL (node))
        return TRUE;
      source = read_source (node, path, error);
      if (source == NULL)
        return FALSE;
      g_value_take_boxed (value, source);
    }
  else if (g_type_is_a (type, G_TYPE_OBJECT))
    {
      GObject *child;
      if (JSON_NODE_HOLDS_NULL (node))
        return TRUE;
      child = _ama_json_deserialize (node, type, path, error);
      if (child == NULL)
        return FALSE;
      g_value_take_object (value, child);
    }
  else
    g_assert_not_reached ();

  return TRUE;
}

static gboolean
read_list (JsonNode    *node,
           GObject     *object,
           GParamSpec  *pspec,
           const char  *path,
           GError     **error)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  GType item_type;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return type_error (error, path, "an array", node);

  g_object_get (object, pspec->name, &model, NULL);
  /* Every collection of the model is a GListStore behind its
   * GListModel getter; that is this file's private knowledge. */
  g_assert (G_IS_LIST_STORE (model));
  item_type = g_list_model_get_item_type (model);

  array = json_node_get_array (node);
  items = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);
      GObject *item = _ama_json_deserialize (json_array_get_element (array, i), item_type, p, error);
      if (item == NULL)
        return FALSE;
      g_ptr_array_add (items, item);
    }
  /* One splice, one items-changed. */
  g_list_store_splice (G_LIST_STORE (model), g_list_model_get_n_items (model), 0,
                       items->pdata, items->len);
  return TRUE;
}

GObject *
_ama_json_deserialize (JsonNode    *node,
                       GType        type,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GObject) object = NULL;
  g_autoptr(GList) names = NULL;
  GObjectClass *klass;
  JsonObject *obj;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return type_error (error, path, "an object", node), NULL;

  object = g_object_new (type, NULL);
  klass = G_OBJECT_GET_CLASS (object);
  obj = json_node_get_object (node);
  names = json_object_get_members (obj);

  for (const GList *l = names; l; l = l->next)
    {
      const char *name = l->data;
      JsonNode *member = json_object_get_member (obj, name);
      GParamSpec *pspec = g_object_class_find_property (klass, name);
      g_autofree char *p = g_strdup_printf ("%s.%s", path, name);

      if (pspec != NULL && is_list_pspec (pspec))
        {
          if (!read_list (member, object, pspec, p, error))
            return NULL;
        }
      else if (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE))
        {
          g_auto(GValue) value = G_VALUE_INIT;
          if (!read_value (member, pspec, p, &value, error))
            return NULL;
          g_object_set_property (object, name, &value);
          if (pspec->value_type == AMA_TYPE_DEADLINE)
            keep_deadline_extras (object, name, g_value_get_boxed (&value), member);
        }
      else
        add_extra (object, name, member);
    }

  return g_steal_pointer (&object);
}

/* ------------------------------------------------------------------ */
/* Documents                                                           */
/* ------------------------------------------------------------------ */

/* The column of byte @offset, counted in characters from the start of
 * its line (the text is valid UTF-8 by the time this is asked). */
static guint
column_of (const char *data,
           gsize       line_start,
           gsize       offset)
{
  return (guint)g_utf8_strlen (data + line_start, offset - line_start) + 1;
}

/* Checks a number token as written: json-glib silently wraps an integer
 * beyond 64 bits (2^64 reads as -1) and turns 1e400 into infinity,
 * which it then writes back as "inf.0", not JSON. Either would change
 * the officer's data on the next save, so both are refused. */
static gboolean
check_number (const char  *token,
              gsize        token_len,
              guint        line,
              guint        column,
              GError     **error)
{
  g_autofree char *text = g_strndup (token, MIN (token_len, 64));
  g_autofree char *full = g_strndup (token, token_len);
  gboolean is_integer = strpbrk (full, ".eE") == NULL;

  if (is_integer)
    {
      gint64 v;
      g_autoptr(GError) local_error = NULL;
      /* Only a well-formed integer is judged here; anything else is a
       * syntax error that json-glib reports with its own words. */
      if (!g_ascii_string_to_signed (full, 10, G_MININT64, G_MAXINT64, &v, &local_error) &&
          g_error_matches (local_error, G_NUMBER_PARSER_ERROR, G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       "line %u, column %u: integer %s%s is out of range (64 bits)",
                       line, column, text, token_len > 64 ? "…" : "");
          return FALSE;
        }
    }
  else
    {
      double d = g_ascii_strtod (full, NULL);
      if (!isfinite (d))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       "line %u, column %u: number %s%s is out of range",
                       line, column, text, token_len > 64 ? "…" : "");
          return FALSE;
        }
    }
  return TRUE;
}

/* A linear scan before json-glib sees the text, for what json-glib
 * would accept silently or handle badly: documents over the size limit,
 * NUL bytes and invalid UTF-8, nesting deeper than the depth limit
 * (json-glib recurses once per level with no bound), "\u0000" escapes
 * (json-glib cuts the string there) and numbers that do not fit. It
 * follows strings and escapes only as far as it needs to; json-glib
 * still judges the syntax. */
gboolean
_ama_json_check_limits (const char  *data,
                        gsize        len,
                        GError     **error)
{
  guint depth = 0, line = 1;
  gsize line_start = 0;
  gboolean in_string = FALSE;
  gboolean root_closed = FALSE;

  if (len > AMA_JSON_MAX_SIZE)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "document is %" G_GSIZE_FORMAT " bytes; the limit is %d bytes",
                   len, AMA_JSON_MAX_SIZE);
      return FALSE;
    }

  {
    /* g_utf8_validate() stops at a NUL byte too; tell the two apart. */
    const char *end = NULL;
    if (!g_utf8_validate (data, len, &end))
      {
        guint bad_line = 1;
        gsize bad_line_start = 0;
        for (const char *p = data; p < end; p++)
          if (*p == '\n')
            bad_line++, bad_line_start = p - data + 1;
        g_set_error (error, AMA_ERROR, AMA_ERROR_ENCODING,
                     "line %u, column %u: %s", bad_line,
                     column_of (data, bad_line_start, end - data),
                     *end == '\0' ? "NUL byte in document" : "invalid UTF-8");
        return FALSE;
      }
  }

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      if (c == '\n')
        {
          line++;
          line_start = i + 1;
          continue;
        }
      if (root_closed && !g_ascii_isspace (c))
        {
          /* json-glib stops at the end of the first value and ignores
           * the rest: a second document pasted below the first would
           * vanish on the next save. */
          g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                       "line %u, column %u: unexpected text after the end of the document",
                       line, column_of (data, line_start, i));
          return FALSE;
        }
      if (in_string)
        {
          if (c == '\\')
            {
              char next = i + 1 < len ? data[i + 1] : '\0';

              if (next == 'u' && i + 5 < len && strncmp (data + i + 2, "0000", 4) == 0)
                {
                  g_set_error (error, AMA_ERROR, AMA_ERROR_ENCODING,
                               "line %u, column %u: \\u0000 (a NUL character) in a string",
                               line, column_of (data, line_start, i));
                  return FALSE;
                }
              /* json-glib's scanner also takes C escapes JSON does not
               * have: "\261" became the byte 0xB1, a string that is not
               * UTF-8, written back as such and unreadable after the
               * next save (found by fuzz-review-json). */
              if (next == '\0' || strchr ("\"\\/bfnrtu", next) == NULL ||
                  (next == 'u' && (i + 5 >= len ||
                                   !g_ascii_isxdigit (data[i + 2]) || !g_ascii_isxdigit (data[i + 3]) ||
                                   !g_ascii_isxdigit (data[i + 4]) || !g_ascii_isxdigit (data[i + 5]))))
                {
                  g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                               "line %u, column %u: invalid escape in a string (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
                               line, column_of (data, line_start, i));
                  return FALSE;
                }
              /* A UTF-16 surrogate must come as a pair: json-glib turns a
               * lone one ("\ud800") into bytes that are not UTF-8, which
               * save but never load again (found by fuzz-review-json). */
              if (next == 'u')
                {
                  int u = _ama_json_hex4 (data + i + 2);
                  gboolean ok = u < 0xd800 || u >= 0xe000;

                  if (u >= 0xd800 && u < 0xdc00 && i + 11 < len &&
                      data[i + 6] == '\\' && data[i + 7] == 'u')
                    {
                      int lo = _ama_json_hex4 (data + i + 8);

                      ok = lo >= 0xdc00 && lo < 0xe000;
                    }
                  if (!ok)
                    {
                      g_set_error (error, AMA_ERROR, AMA_ERROR_ENCODING,
                                   "line %u, column %u: \\u%.4s is half of a UTF-16 surrogate pair",
                                   line, column_of (data, line_start, i), data + i + 2);
                      return FALSE;
                    }
                  /* The low half is checked here; skip it. */
                  if (u >= 0xd800 && u < 0xdc00)
                    i += 6;
                }
              i++;
            }
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > AMA_JSON_MAX_DEPTH)
            {
              g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                           "line %u, column %u: nesting deeper than %d levels",
                           line, column_of (data, line_start, i), AMA_JSON_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        {
          if (--depth == 0)
            root_closed = TRUE;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize start = i;
          while (i + 1 < len && strchr ("0123456789+-.eE", data[i + 1]) != NULL && data[i + 1] != '\0')
            i++;
          if (!check_number (data + start, i - start + 1, line,
                             column_of (data, line_start, start), error))
            return FALSE;
        }
    }

  return TRUE;
}

/* json-glib keeps the last of two members with the same name and says
 * nothing; in a tracker file that hides an edit. Its parser announces
 * each member after adding it to the object, so a member that did not
 * make the object grow replaced one of the same name. */
typedef struct
{
  GHashTable *counts;  /* JsonObject* → members announced so far */
  char       *duplicate;
  guint       line;
  guint       column;
} MemberCheck;

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *name,
                  gpointer    user_data)
{
  MemberCheck *check = user_data;
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (check->counts, object)) + 1;

  g_hash_table_insert (check->counts, object, GUINT_TO_POINTER (count));
  if (check->duplicate == NULL && json_object_get_size (object) < count)
    {
      check->duplicate = g_strdup (name);
      check->line = json_parser_get_current_line (parser);
      check->column = json_parser_get_current_pos (parser);
    }
}

/* json-glib's messages start "<data>:LINE:COLUMN: "; say it the way
 * every other libama error does. */
static char *
rephrase_parse_error (const char *message)
{
  guint line, column;
  int consumed = 0;

  if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    return g_strdup_printf ("line %u, column %u: %s", line, column, message + consumed);
  return g_strdup (message);
}

JsonNode *
_ama_json_parse (const char  *data,
                 gssize       len,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autofree char *duplicate = NULL;
  MemberCheck check = { 0, };
  gboolean loaded;

  if (len < 0)
    len = strlen (data);

  if (!_ama_json_check_limits (data, len, error))
    return NULL;

  counts = g_hash_table_new (NULL, NULL);
  check.counts = counts;
  parser = json_parser_new_immutable ();
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &check);
  loaded = json_parser_load_from_data (parser, data, len, &local_error);
  g_signal_handlers_disconnect_by_data (parser, &check);
  duplicate = g_steal_pointer (&check.duplicate);

  if (!loaded)
    {
      g_autofree char *message = rephrase_parse_error (local_error->message);
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE, "%s", message);
      return NULL;
    }
  if (duplicate != NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_DUPLICATE,
                   "line %u, column %u: member “%s” appears twice in the same object",
                   check.line, check.column, duplicate);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE, "line 1: empty document");
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

char *
_ama_json_to_string (JsonNode *root,
                     gsize    *len)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) out = g_string_new (NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  if (len)
    *len = out->len;
  return g_string_free (g_steal_pointer (&out), FALSE);
}
