/* ama-json-writer.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ama-json-private.h"
#include "ama-deadline.h"
#include "ama-source-ref.h"
#include "ama-enum-types.h"
#include "ama-util-private.h"
#include "ama-enums.h"
#include "ama-types.h"

/* A streaming writer: the model straight to text, with no JsonNode tree
 * in between. Building a tree (one JsonNode, JsonObject and hash table per
 * value) and walking it again with JsonGenerator cost four times the
 * generator alone (see bench/README.md); writing directly costs little
 * more than the text itself.
 *
 * The output is byte for byte what _ama_json_serialize followed by
 * _ama_json_to_string gives (json-glib's pretty printer with a two-space
 * indent), quirks included: an empty object at depth n is "{" followed
 * by 2n spaces and "}", an empty array is "[]", doubles that look like
 * integers gain ".0", and only the control characters json-glib escapes
 * are escaped. tests/test-json-writer.c holds the two paths to that.
 * One deliberate difference: json-glib 1.6 writes 1e-300 as "1e-300.0",
 * which is not JSON; here it stays "1e-300". */

/* Per-call caches (no global state): the writable properties of each
 * class met, and the enum classes, looked up once per document instead
 * of once per object — listing a class's properties walks GLib's pspec
 * pool and was a third of the time. */
struct _AmaJsonWriter
{
  GString    *out;
  GHashTable *props;  /* GType → GPtrArray of GParamSpec */
  GHashTable *enums;  /* GType → GEnumClass (a reference) */
};

AmaJsonWriter *
_ama_json_writer_new (GString *out)
{
  AmaJsonWriter *self = g_new0 (AmaJsonWriter, 1);

  self->out = out;
  self->props = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  self->enums = g_hash_table_new_full (NULL, NULL, NULL, g_type_class_unref);
  return self;
}

void
_ama_json_writer_free (AmaJsonWriter *self)
{
  g_hash_table_unref (self->props);
  g_hash_table_unref (self->enums);
  g_free (self);
}

static GPtrArray *
written_properties (AmaJsonWriter *self,
                    GObject       *object)
{
  GType type = G_OBJECT_TYPE (object);
  GPtrArray *props = g_hash_table_lookup (self->props, GSIZE_TO_POINTER (type));

  if (props == NULL)
    {
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
      props = g_ptr_array_sized_new (n_pspecs);
      for (guint i = 0; i < n_pspecs; i++)
        /* Read-only properties are derived (except collections, which
         * are read-only because they are changed through add/remove). */
        if ((pspecs[i]->flags & G_PARAM_WRITABLE) || pspecs[i]->value_type == G_TYPE_LIST_MODEL)
          g_ptr_array_add (props, pspecs[i]);
      g_hash_table_insert (self->props, GSIZE_TO_POINTER (type), props);
    }
  return props;
}

/* g_string_append_len goes through g_string_insert_len, which is built
 * for the general case and costs more than the copy for the short runs
 * a JSON document is made of: copy directly when there is room. */
static inline void
put (GString    *out,
     const char *str,
     gsize       len)
{
  if (G_LIKELY (out->len + len < out->allocated_len))
    {
      memcpy (out->str + out->len, str, len);
      out->len += len;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, str, len);
}

static inline void
put_c (GString *out,
       char     c)
{
  if (G_LIKELY (out->len + 1 < out->allocated_len))
    {
      out->str[out->len++] = c;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_c (out, c);
}

#define PUT_LITERAL(out, lit) put ((out), (lit), sizeof (lit) - 1)

/* What json-glib writes before a member or element: a newline before
 * the first, a comma and a newline before the others. */
static inline void
put_separator (GString  *out,
               gboolean  first)
{
  if (first)
    put_c (out, '\n');
  else
    PUT_LITERAL (out, ",\n");
}

static void
indent (GString *out,
        guint    level)
{
  static const char spaces[] = "                                                                ";

  for (gsize n = level * 2; n > 0;)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);
      put (out, spaces, chunk);
      n -= chunk;
    }
}

/* json-glib 1.6's json_strescape: backslash and quote, \b \f \n \r \t,
 * other bytes in 0x01–0x1e and 0x7f as \u00xx; everything else (0x1f
 * and all of UTF-8 included) verbatim. Runs of plain bytes are copied in
 * one go, which is where the speed comes from. */
static const guint8 needs_escape[256] = {
  [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
  [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1, [0x0e] = 1,
  [0x0f] = 1, [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1,
  [0x16] = 1, [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1,
  [0x1d] = 1, [0x1e] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

static void
write_string (GString    *out,
              const char *str)
{
  const guint8 *p = (const guint8 *)str;
  const guint8 *run = p;

  put_c (out, '"');
  for (;; p++)
    {
      guint8 c = *p;
      char buf[8];

      if (G_LIKELY (!needs_escape[c]))
        {
          if (c == 0)
            break;
          continue;
        }

      put (out, (const char *)run, p - run);
      run = p + 1;
      switch (c)
        {
        case '\\': PUT_LITERAL (out, "\\\\"); break;
        case '"': PUT_LITERAL (out, "\\\""); break;
        case '\b': PUT_LITERAL (out, "\\b"); break;
        case '\f': PUT_LITERAL (out, "\\f"); break;
        case '\n': PUT_LITERAL (out, "\\n"); break;
        case '\r': PUT_LITERAL (out, "\\r"); break;
        case '\t': PUT_LITERAL (out, "\\t"); break;
        default:
          g_snprintf (buf, sizeof buf, "\\u00%02x", (guint)c);
          put (out, buf, 6);
          break;
        }
    }
  put (out, (const char *)run, p - run);
  put_c (out, '"');
}

/* json-glib's dump_value for doubles, except that a number in exponent
 * form does not gain ".0" (json-glib 1.6 would make it invalid JSON). */
static void
write_double (GString *out,
              double   d)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_dtostr (buf, sizeof buf, d);
  g_string_append (out, buf);
  if (strchr (buf, '.') == NULL && strchr (buf, 'e') == NULL && strchr (buf, 'E') == NULL)
    PUT_LITERAL (out, ".0");
}

static void write_node (GString *out, JsonNode *node, guint level);

static void
write_json_object (GString    *out,
                   JsonObject *obj,
                   guint       level)
{
  g_autoptr(GList) names = json_object_get_members (obj);
  gboolean first = TRUE;

  put_c (out, '{');
  for (const GList *l = names; l; l = l->next)
    {
      put_separator (out, first);
      first = FALSE;
      indent (out, level + 1);
      write_string (out, l->data);
      PUT_LITERAL (out, " : ");
      write_node (out, json_object_get_member (obj, l->data), level + 1);
    }
  if (!first)
    put_c (out, '\n');
  indent (out, level);
  put_c (out, '}');
}

/* Any JSON value, as json-glib's generator writes it: used for the
 * members a newer writer added, kept verbatim. */
static void
write_node (GString  *out,
            JsonNode *node,
            guint     level)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_NULL:
      PUT_LITERAL (out, "null");
      break;

    case JSON_NODE_OBJECT:
      write_json_object (out, json_node_get_object (node), level);
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        put_c (out, '[');
        if (n == 0)
          {
            put_c (out, ']');
            break;
          }
        for (guint i = 0; i < n; i++)
          {
            put_separator (out, i == 0);
            indent (out, level + 1);
            write_node (out, json_array_get_element (array, i), level + 1);
          }
        put_c (out, '\n');
        indent (out, level);
        put_c (out, ']');
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          write_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_STRING:
          write_string (out, json_node_get_string (node));
          break;
        default:
          /* json-glib writes nothing for a value of another type. */
          break;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Opens a member: the separator json-glib would have written after the
 * previous one, the indent and the name. */
static void
begin_member (GString    *out,
              guint       level,
              gboolean   *first,
              const char *name)
{
  put_separator (out, *first);
  *first = FALSE;
  indent (out, level);
  put_c (out, '"');
  /* Property names are kebab-case ASCII: nothing to escape. */
  put (out, name, strlen (name));
  PUT_LITERAL (out, "\" : ");
}

static const char *
enum_nick (AmaJsonWriter *self,
           GType          type,
           int            value)
{
  GEnumClass *klass = g_hash_table_lookup (self->enums, GSIZE_TO_POINTER (type));
  GEnumValue *ev;

  if (klass == NULL)
    {
      klass = g_type_class_ref (type);
      g_hash_table_insert (self->enums, GSIZE_TO_POINTER (type), klass);
    }
  ev = g_enum_get_value (klass, value);
  return ev ? ev->value_nick : NULL;
}

static void
write_date (GString   *out,
            GDateTime *date)
{
  int y, m, d;

  /* The common case, a date-only value in UTC with a four-digit year,
   * without the conversion and format-string parsing; anything else
   * goes through the tree writer's own function, so the rules (time
   * kept, year padded) stay in one place. */
  g_date_time_get_ymd (date, &y, &m, &d);
  if (g_date_time_get_utc_offset (date) == 0 &&
      g_date_time_get_hour (date) == 0 && g_date_time_get_minute (date) == 0 &&
      g_date_time_get_second (date) == 0 && g_date_time_get_microsecond (date) == 0 &&
      y >= 1000 && y <= 9999)
    {
      char buf[13] = {
        '"', '0' + y / 1000, '0' + y / 100 % 10, '0' + y / 10 % 10, '0' + y % 10,
        '-', '0' + m / 10, '0' + m % 10, '-', '0' + d / 10, '0' + d % 10, '"', 0
      };
      put (out, buf, 12);
    }
  else
    {
      g_autofree char *iso = _ama_json_date_to_string (date);
      write_string (out, iso);
    }
}

static void
write_deadline (AmaJsonWriter *self,
                AmaDeadline   *deadline,
                JsonObject    *unknown,
                guint          level)
{
  GString *out = self->out;
  gboolean first = TRUE;

  put_c (out, '{');
  begin_member (out, level + 1, &first, "text");
  write_string (out, ama_deadline_get_text (deadline));
  begin_member (out, level + 1, &first, "kind");
  write_string (out, enum_nick (self, AMA_TYPE_DEADLINE_KIND, ama_deadline_get_kind (deadline)));
  if (ama_deadline_get_due (deadline) != NULL)
    {
      begin_member (out, level + 1, &first, "due");
      write_date (out, ama_deadline_get_due (deadline));
    }
  if (ama_deadline_get_recurrence (deadline) != AMA_RECURRENCE_NONE)
    {
      begin_member (out, level + 1, &first, "recurrence");
      write_string (out, enum_nick (self, AMA_TYPE_RECURRENCE, ama_deadline_get_recurrence (deadline)));
    }
  if (unknown != NULL)
    {
      /* Members a newer writer put in this deadline, kept on load. */
      g_autoptr(GList) names = json_object_get_members (unknown);
      for (const GList *l = names; l; l = l->next)
        {
          if (g_strv_contains ((const char * const[]) { "text", "kind", "due", "recurrence", NULL }, l->data))
            continue;
          begin_member (out, level + 1, &first, l->data);
          write_node (out, json_object_get_member (unknown, l->data), level + 1);
        }
    }
  put_c (out, '\n');
  indent (out, level);
  put_c (out, '}');
}

/* serialize_source in ama-json.c: the members known, in that order. */
static void
write_source (AmaJsonWriter *self,
              AmaSourceRef  *source,
              guint          level)
{
  GString *out = self->out;
  gboolean first = TRUE;
  const char *names[] = { "page", "line", "row", "column" };
  guint values[] = {
    ama_source_ref_get_page (source), ama_source_ref_get_line (source),
    ama_source_ref_get_row (source), ama_source_ref_get_column (source),
  };

  put_c (out, '{');
  if (ama_source_ref_get_document (source) != NULL)
    {
      begin_member (out, level + 1, &first, "document");
      write_string (out, ama_source_ref_get_document (source));
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (values[i] > 0)
      {
        begin_member (out, level + 1, &first, names[i]);
        g_string_append_printf (out, "%u", values[i]);
      }
  put_c (out, '\n');
  indent (out, level);
  put_c (out, '}');
}

/* One property as a member, or nothing when _ama_json_serialize would
 * leave it out (the default value). Returns whether it wrote. */
static gboolean
write_property (AmaJsonWriter *self,
                GObject       *object,
                GParamSpec    *pspec,
                const GValue  *value,
                guint          level,
                gboolean      *first)
{
  GString *out = self->out;
  GType type = pspec->value_type;
  const char *name = pspec->name;

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);
      if (s == NULL)
        return FALSE;
      begin_member (out, level, first, name);
      write_string (out, s);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!g_value_get_boolean (value))
        return FALSE;
      begin_member (out, level, first, name);
      PUT_LITERAL (out, "true");
    }
  else if (type == G_TYPE_DOUBLE)
    {
      double d = g_value_get_double (value);
      begin_member (out, level, first, name);
      if (isfinite (d))
        write_double (out, d);
      else
        PUT_LITERAL (out, "null");
    }
  else if (type == G_TYPE_UINT || type == G_TYPE_INT)
    {
      gint64 v = type == G_TYPE_UINT ? (gint64)g_value_get_uint (value) : g_value_get_int (value);
      if (v == 0)
        return FALSE;
      begin_member (out, level, first, name);
      g_string_append_printf (out, "%" G_GINT64_FORMAT, v);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      const char *nick = enum_nick (self, type, g_value_get_enum (value));
      if (nick == NULL)
        return FALSE;
      begin_member (out, level, first, name);
      write_string (out, nick);
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);
      if (strv == NULL || strv[0] == NULL)
        return FALSE;
      begin_member (out, level, first, name);
      put_c (out, '[');
      for (guint i = 0; strv[i]; i++)
        {
          put_separator (out, i == 0);
          indent (out, level + 1);
          write_string (out, strv[i]);
        }
      put_c (out, '\n');
      indent (out, level);
      put_c (out, ']');
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *dt = g_value_get_boxed (value);
      if (dt == NULL)
        return FALSE;
      begin_member (out, level, first, name);
      write_date (out, dt);
    }
  else if (type == AMA_TYPE_DEADLINE)
    {
      AmaDeadline *deadline = g_value_get_boxed (value);
      if (deadline == NULL)
        return FALSE;
      begin_member (out, level, first, name);
      write_deadline (self, deadline, _ama_json_get_deadline_extras (object, name, deadline), level);
    }
  else if (type == AMA_TYPE_SOURCE_REF)
    {
      AmaSourceRef *source = g_value_get_boxed (value);
      if (source == NULL || _ama_json_source_is_empty (source))
        return FALSE;
      begin_member (out, level, first, name);
      write_source (self, source, level);
    }
  else if (type == G_TYPE_LIST_MODEL)
    {
      GListModel *model = g_value_get_object (value);
      guint n = model ? g_list_model_get_n_items (model) : 0;
      if (n == 0)
        return FALSE;
      begin_member (out, level, first, name);
      put_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);
          put_separator (out, i == 0);
          indent (out, level + 1);
          _ama_json_write_object (self, item, level + 1, NULL);
        }
      put_c (out, '\n');
      indent (out, level);
      put_c (out, ']');
    }
  else if (g_type_is_a (type, G_TYPE_OBJECT))
    {
      GObject *child = g_value_get_object (value);
      if (child == NULL)
        return FALSE;
      begin_member (out, level, first, name);
      _ama_json_write_object (self, child, level, NULL);
    }
  else
    g_assert_not_reached ();

  return TRUE;
}

/* g_object_get_property without looking the name up again in GLib's
 * pspec pool (under its lock) for every member of every object: the
 * owning class's get_property, as GLib itself ends up calling. An
 * overridden property takes GLib's way. */
static void
get_property (GObject    *object,
              GParamSpec *pspec,
              GValue     *value)
{
  GObjectClass *owner = g_type_class_peek (pspec->owner_type);

  if (G_UNLIKELY (owner == NULL || owner->get_property == NULL ||
                  g_param_spec_get_redirect_target (pspec) != NULL))
    {
      g_object_get_property (object, pspec->name, value);
      return;
    }
  owner->get_property (object, pspec->param_id, value, pspec);
}

/* Writes @object as a JSON object at depth @level. @prefix, when given,
 * is written first as already-open members (the document envelope). */
void
_ama_json_write_object (AmaJsonWriter *self,
                        GObject       *object,
                        guint          level,
                        const char    *prefix)
{
  GString *out = self->out;
  GPtrArray *props = written_properties (self, object);
  g_autoptr(GPtrArray) written = NULL;
  JsonObject *extras = _ama_json_get_extras (object);
  gboolean first = TRUE;

  put_c (out, '{');
  if (prefix != NULL)
    {
      g_string_append (out, prefix);
      first = FALSE;
    }

  /* Only an object with extras needs to know which names it wrote. */
  if (extras != NULL)
    written = g_ptr_array_new ();

  for (guint i = 0; i < props->len; i++)
    {
      GParamSpec *pspec = props->pdata[i];
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      get_property (object, pspec, &value);
      if (write_property (self, object, pspec, &value, level + 1, &first) && written)
        g_ptr_array_add (written, (gpointer)pspec->name);
    }

  if (extras != NULL)
    {
      g_autoptr(GList) names = json_object_get_members (extras);
      for (const GList *l = names; l; l = l->next)
        {
          gboolean seen = FALSE;
          for (guint i = 0; i < written->len && !seen; i++)
            seen = strcmp (written->pdata[i], l->data) == 0;
          if (seen)
            continue;
          put_separator (out, first);
          first = FALSE;
          indent (out, level + 1);
          write_string (out, l->data);
          PUT_LITERAL (out, " : ");
          write_node (out, json_object_get_member (extras, l->data), level + 1);
        }
    }

  if (!first)
    put_c (out, '\n');
  indent (out, level);
  put_c (out, '}');
}
