/* ama-json-reader.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ama-json-private.h"
#include "ama-deadline.h"
#include "ama-source-ref.h"
#include "ama-enum-types.h"
#include "ama-review.h"
#include "ama-util-private.h"
#include "ama-enums.h"
#include "ama-types.h"

/* The fast path for loading a review: the text straight into objects,
 * with no JsonNode tree in between. json-glib's parser builds a node, an
 * object and a hash table per value, and freeing that tree again cost as
 * much as our own deserialising; at national scale (bench/README.md) the
 * tree was three quarters of the load time and most of its peak memory.
 *
 * It only ever says yes or "not me": it accepts strict RFC 8259 documents
 * whose every member it understands exactly as _ama_json_deserialize
 * does, and for anything else — a syntax error, a wrong type, an unknown
 * enum nick, a duplicate member, a lone surrogate, a raw control
 * character, an integer that does not fit — it gives up without an error
 * and the caller runs the tree path, which then decides (and words the
 * error, with its line, column and JSON path). So what loads and how
 * errors read never depend on which path ran; only the speed does.
 * Members the library does not know are the one place a tree is still
 * built: their text is handed to json-glib and kept as before. */

typedef struct
{
  const char *p;
  const char *end;
  guint       depth;
  GString    *scratch;   /* unescaped strings, NUL-terminated copies */
  GHashTable *props;     /* GType → GPtrArray of GParamSpecs met so far */
} Reader;

/* The property a member names. GLib's lookup takes the pspec pool's lock
 * and hashes the name for every member of every object; here each
 * class's properties are looked up once per read, as their names are
 * first met, and compared in place after that. (Listing a class's
 * properties up front cost more than a small file's whole load.) The
 * answer is always GLib's own: a name not seen yet goes to
 * g_object_class_find_property. */
static GParamSpec *
find_property (Reader     *r,
               GObject    *object,
               const char *name)
{
  GType type = G_OBJECT_TYPE (object);
  GPtrArray *known = g_hash_table_lookup (r->props, GSIZE_TO_POINTER (type));
  GParamSpec *pspec;

  if (known == NULL)
    {
      known = g_ptr_array_sized_new (16);
      g_hash_table_insert (r->props, GSIZE_TO_POINTER (type), known);
    }
  for (guint i = 0; i < known->len; i++)
    if (strcmp (((GParamSpec *)known->pdata[i])->name, name) == 0)
      return known->pdata[i];

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
  /* Only exact names are remembered: "terms_of_reference" finds
   * "terms-of-reference" through GLib each time. */
  if (pspec != NULL && strcmp (pspec->name, name) == 0)
    g_ptr_array_add (known, pspec);
  return pspec;
}

/* Deeper than any review document: the tree path (and its documented
 * limit) decides about the rest. */
#define FAST_MAX_DEPTH 64

static inline void
skip_ws (Reader *r)
{
  while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
    r->p++;
}

static inline gboolean
peek (Reader *r,
      char    c)
{
  skip_ws (r);
  return r->p < r->end && *r->p == c;
}

static inline gboolean
expect (Reader *r,
        char    c)
{
  if (!peek (r, c))
    return FALSE;
  r->p++;
  return TRUE;
}

static gboolean
literal (Reader     *r,
         const char *word)
{
  gsize n = strlen (word);

  skip_ws (r);
  if ((gsize)(r->end - r->p) < n || memcmp (r->p, word, n) != 0)
    return FALSE;
  r->p += n;
  return TRUE;
}

/* The value of the four hex digits at @p (a \\u escape), -1 when they
 * are not; shared with the limit check in ama-json.c. */
int
_ama_json_hex4 (const char *p)
{
  int v = 0;

  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* Bytes that end a plain run inside a string: the quote, the backslash
 * and control characters (refused: RFC 8259 wants them escaped). Bytes
 * from 0x80 are plain; the string is validated as UTF-8 once, if it had
 * any. */
static const guint8 string_stop[256] = {
  [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
  [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1, [0x0e] = 1, [0x0f] = 1,
  [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
  [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1,
  ['"'] = 2, ['\\'] = 3,
};

#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Eight bytes at a time while none of them can end a run (the classic
 * "has a zero byte" bit tricks): text is most of a review document, and
 * this is where reading it spends its time. */
static inline const char *
skip_plain (const char *p,
            const char *end,
            guint64    *high)
{
  while (end - p >= 8)
    {
      guint64 x, q, b;

      memcpy (&x, p, 8);
      q = x ^ (ONES * '"');
      b = x ^ (ONES * '\\');
      if ((((x - ONES * 0x20) & ~x) | ((q - ONES) & ~q) | ((b - ONES) & ~b)) & HIGHS)
        break;
      *high |= x;
      p += 8;
    }
  return p;
}

/* Reads a string into r->scratch (NUL-terminated; *len set). */
static gboolean
read_string (Reader *r,
             gsize  *len)
{
  const char *run;
  guint64 high = 0;

  if (!expect (r, '"'))
    return FALSE;
  g_string_truncate (r->scratch, 0);
  run = r->p;

  for (;;)
    {
      const char *p = r->p;
      guint8 stop;

      for (;;)
        {
          p = skip_plain (p, r->end, &high);
          if (p >= r->end)
            return FALSE;
          if ((stop = string_stop[(guint8)*p]) != 0)
            break;
          high |= (guint8)*p++;
        }
      g_string_append_len (r->scratch, run, p - run);
      if (stop == 1)
        return FALSE;
      if (stop == 2)
        {
          r->p = p + 1;
          break;
        }

      /* A backslash escape. */
      if (r->end - p < 2)
        return FALSE;
      switch (p[1])
        {
        case '"': g_string_append_c (r->scratch, '"'); p += 2; break;
        case '\\': g_string_append_c (r->scratch, '\\'); p += 2; break;
        case '/': g_string_append_c (r->scratch, '/'); p += 2; break;
        case 'b': g_string_append_c (r->scratch, '\b'); p += 2; break;
        case 'f': g_string_append_c (r->scratch, '\f'); p += 2; break;
        case 'n': g_string_append_c (r->scratch, '\n'); p += 2; break;
        case 'r': g_string_append_c (r->scratch, '\r'); p += 2; break;
        case 't': g_string_append_c (r->scratch, '\t'); p += 2; break;
        case 'u':
          {
            int u;
            if (r->end - p < 6 || (u = _ama_json_hex4 (p + 2)) < 0)
              return FALSE;
            p += 6;
            if (u >= 0xd800 && u < 0xdc00)
              {
                int lo;
                if (r->end - p < 6 || p[0] != '\\' || p[1] != 'u' ||
                    (lo = _ama_json_hex4 (p + 2)) < 0xdc00 || lo >= 0xe000)
                  return FALSE;
                p += 6;
                u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
              }
            else if ((u >= 0xdc00 && u < 0xe000) || u == 0)
              return FALSE;   /* lone low surrogate; NUL inside a string */
            g_string_append_unichar (r->scratch, u);
          }
          break;
        default:
          return FALSE;
        }
      run = r->p = p;
    }

  if ((high & HIGHS) && !g_utf8_validate_len (r->scratch->str, r->scratch->len, NULL))
    return FALSE;
  *len = r->scratch->len;
  return TRUE;
}

/* A number token (RFC 8259 grammar); *is_int when it has neither a
 * fraction nor an exponent. */
static gboolean
scan_number (Reader      *r,
             const char **start,
             gboolean    *is_int)
{
  const char *p;

  skip_ws (r);
  p = *start = r->p;
  *is_int = TRUE;
  if (p < r->end && *p == '-')
    p++;
  if (p >= r->end || !g_ascii_isdigit (*p))
    return FALSE;
  if (*p == '0')
    p++;
  else
    while (p < r->end && g_ascii_isdigit (*p))
      p++;
  if (p < r->end && *p == '.')
    {
      *is_int = FALSE;
      p++;
      if (p >= r->end || !g_ascii_isdigit (*p))
        return FALSE;
      while (p < r->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < r->end && (*p == 'e' || *p == 'E'))
    {
      *is_int = FALSE;
      p++;
      if (p < r->end && (*p == '+' || *p == '-'))
        p++;
      if (p >= r->end || !g_ascii_isdigit (*p))
        return FALSE;
      while (p < r->end && g_ascii_isdigit (*p))
        p++;
    }
  r->p = p;
  return TRUE;
}

static gboolean
read_number (Reader   *r,
             gboolean *is_int,
             gint64   *i,
             double   *d)
{
  const char *start;
  char *endp;

  if (!scan_number (r, &start, is_int))
    return FALSE;
  g_string_truncate (r->scratch, 0);
  g_string_append_len (r->scratch, start, r->p - start);
  if (*is_int)
    {
      guint64 magnitude;
      const char *digits = r->scratch->str + (start[0] == '-');

      /* Anything that does not fit an int64 is left to json-glib. */
      if (!g_ascii_string_to_unsigned (digits, 10, 0, G_MAXINT64, &magnitude, NULL))
        return FALSE;
      *i = start[0] == '-' ? -(gint64)magnitude : (gint64)magnitude;
      *d = (double)*i;
      return TRUE;
    }
  *d = g_ascii_strtod (r->scratch->str, &endp);
  return *endp == '\0' && isfinite (*d);
}

/* Checks the syntax of any value and returns its text, for members the
 * library does not know. */
static gboolean
skip_value (Reader *r)
{
  gsize len;

  skip_ws (r);
  if (r->p >= r->end)
    return FALSE;
  switch (*r->p)
    {
    case '"':
      return read_string (r, &len);
    case 't':
      return literal (r, "true");
    case 'f':
      return literal (r, "false");
    case 'n':
      return literal (r, "null");
    case '[':
      r->p++;
      if (++r->depth > FAST_MAX_DEPTH)
        return FALSE;
      if (!peek (r, ']'))
        do
          if (!skip_value (r))
            return FALSE;
        while (expect (r, ','));
      r->depth--;
      return expect (r, ']');
    case '{':
      r->p++;
      if (++r->depth > FAST_MAX_DEPTH)
        return FALSE;
      if (!peek (r, '}'))
        do
          if (!read_string (r, &len) || !expect (r, ':') || !skip_value (r))
            return FALSE;
        while (expect (r, ','));
      r->depth--;
      return expect (r, '}');
    default:
      {
        const char *start;
        gboolean is_int;
        return scan_number (r, &start, &is_int);
      }
    }
}

/* An unknown member, kept as before: its text through json-glib. A name
 * given twice at this level makes the tree path decide. */
static gboolean
read_extra (Reader     *r,
            GObject    *object,
            const char *name)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *extras = _ama_json_get_extras (object);
  const char *start;

  if (extras != NULL && json_object_has_member (extras, name))
    return FALSE;
  skip_ws (r);
  start = r->p;
  if (!skip_value (r))
    return FALSE;
  /* The tree path's own parse, with its checks (duplicate members in
   * nested objects among them). */
  root = _ama_json_parse (start, r->p - start, NULL);
  if (root == NULL)
    return FALSE;
  _ama_json_add_extra (object, name, root);
  return TRUE;
}

static GObject *read_object (Reader *r, GType type);

static gboolean
read_enum_value (Reader *r,
                 GType   type,
                 int    *out)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;
  gsize len;

  if (!read_string (r, &len))
    return FALSE;
  klass = g_type_class_ref (type);
  ev = g_enum_get_value_by_nick (klass, r->scratch->str);
  if (ev == NULL)
    return FALSE;
  *out = ev->value;
  return TRUE;
}

static GDateTime *
read_date_value (Reader *r)
{
  const char *t;
  gsize len;

  if (!read_string (r, &len))
    return NULL;
  t = r->scratch->str;
  /* YYYY-MM-DD in digits: what _ama_date_from_iso's sscanf reads, with
   * the same result (including NULL for 30 February), without sscanf. */
  if (len == 10 && t[4] == '-' && t[7] == '-' &&
      g_ascii_isdigit (t[0]) && g_ascii_isdigit (t[1]) && g_ascii_isdigit (t[2]) && g_ascii_isdigit (t[3]) &&
      g_ascii_isdigit (t[5]) && g_ascii_isdigit (t[6]) && g_ascii_isdigit (t[8]) && g_ascii_isdigit (t[9]))
    return _ama_date_new ((t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0'),
                          (t[5] - '0') * 10 + (t[6] - '0'),
                          (t[8] - '0') * 10 + (t[9] - '0'));
  return _ama_date_from_iso (t);
}

/* read_deadline in ama-json.c, for the forms it accepts: a bare string
 * (understood now), or an object with "text" and optionally "kind",
 * "due" and "recurrence". */
static AmaDeadline *
read_deadline_value (Reader *r)
{
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) due = NULL;
  int kind = AMA_DEADLINE_KIND_UNPARSED;
  int recurrence = AMA_RECURRENCE_NONE;
  gboolean have_kind = FALSE, have_due = FALSE, have_recurrence = FALSE;
  AmaDeadline *parsed;
  gsize len;

  if (peek (r, '"'))
    {
      if (!read_string (r, &len))
        return NULL;
      parsed = ama_deadline_parse (r->scratch->str, NULL);
      return parsed ? parsed : ama_deadline_new (r->scratch->str, AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE);
    }
  if (!expect (r, '{'))
    return NULL;
  if (!peek (r, '}'))
    do
      {
        if (!read_string (r, &len) || !expect (r, ':'))
          return NULL;
        if (strcmp (r->scratch->str, "text") == 0 && text == NULL)
          {
            if (!read_string (r, &len))
              return NULL;
            text = g_strndup (r->scratch->str, len);
          }
        else if (strcmp (r->scratch->str, "kind") == 0 && !have_kind)
          {
            if (!read_enum_value (r, AMA_TYPE_DEADLINE_KIND, &kind))
              return NULL;
            have_kind = TRUE;
          }
        else if (strcmp (r->scratch->str, "due") == 0 && !have_due)
          {
            if (!(due = read_date_value (r)))
              return NULL;
            have_due = TRUE;
          }
        else if (strcmp (r->scratch->str, "recurrence") == 0 && !have_recurrence)
          {
            if (!read_enum_value (r, AMA_TYPE_RECURRENCE, &recurrence))
              return NULL;
            have_recurrence = TRUE;
          }
        else
          return NULL;   /* other or repeated members: the tree path decides */
      }
    while (expect (r, ','));
  if (!expect (r, '}') || text == NULL)
    return NULL;

  if (!have_kind)
    {
      /* No kind recorded: the tree path ignores due and recurrence then. */
      parsed = ama_deadline_parse (text, NULL);
      return parsed ? parsed : ama_deadline_new (text, AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE);
    }
  return ama_deadline_new (text, kind, due, recurrence);
}

/* read_source in ama-json.c, for the form it writes: an object of
 * "document" (a string) and "page", "line", "row", "column" (integers
 * 0..G_MAXUINT), each at most once. Anything else (null, unknown or
 * repeated members, a wrong type) goes to the tree path, which decides
 * and names the error. */
static AmaSourceRef *
read_source_value (Reader *r)
{
  static const char * const numbers[] = { "page", "line", "row", "column" };
  g_autofree char *document = NULL;
  guint values[G_N_ELEMENTS (numbers)] = { 0, };
  gboolean seen[G_N_ELEMENTS (numbers)] = { FALSE, };
  gsize len;

  if (!expect (r, '{'))
    return NULL;
  if (!peek (r, '}'))
    do
      {
        guint i;

        if (!read_string (r, &len) || !expect (r, ':'))
          return NULL;
        if (strcmp (r->scratch->str, "document") == 0 && document == NULL)
          {
            if (!read_string (r, &len))
              return NULL;
            document = g_strndup (r->scratch->str, len);
            continue;
          }
        for (i = 0; i < G_N_ELEMENTS (numbers); i++)
          if (strcmp (r->scratch->str, numbers[i]) == 0)
            break;
        if (i == G_N_ELEMENTS (numbers) || seen[i])
          return NULL;
        {
          gboolean is_int;
          gint64 v;
          double d;

          if (!read_number (r, &is_int, &v, &d) || !is_int || v < 0 || v > G_MAXUINT)
            return NULL;
          values[i] = (guint) v;
          seen[i] = TRUE;
        }
      }
    while (expect (r, ','));
  if (!expect (r, '}'))
    return NULL;
  return ama_source_ref_new (document, values[0], values[1], values[2], values[3]);
}

/* read_value in ama-json.c, on text. */
static gboolean
read_property (Reader     *r,
               GParamSpec *pspec,
               GValue     *value)
{
  GType type = pspec->value_type;
  gsize len;

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    {
      if (peek (r, 'n'))
        return literal (r, "null");
      if (!read_string (r, &len))
        return FALSE;
      g_value_take_string (value, g_strndup (r->scratch->str, len));
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (peek (r, 't') && literal (r, "true"))
        g_value_set_boolean (value, TRUE);
      else if (peek (r, 'f') && literal (r, "false"))
        g_value_set_boolean (value, FALSE);
      else
        return FALSE;
    }
  else if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *dspec = G_PARAM_SPEC_DOUBLE (pspec);
      gboolean is_int;
      gint64 i;
      double d;

      if (!read_number (r, &is_int, &i, &d) || d < dspec->minimum || d > dspec->maximum)
        return FALSE;
      g_value_set_double (value, d);
    }
  else if (type == G_TYPE_UINT || type == G_TYPE_INT)
    {
      gboolean is_int;
      gint64 v;
      double d;

      if (!read_number (r, &is_int, &v, &d) || !is_int ||
          (type == G_TYPE_UINT ? (v < 0 || v > G_MAXUINT) : (v < G_MININT || v > G_MAXINT)))
        return FALSE;
      if (type == G_TYPE_UINT)
        g_value_set_uint (value, (guint)v);
      else
        g_value_set_int (value, (int)v);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int v;
      if (!read_enum_value (r, type, &v))
        return FALSE;
      g_value_set_enum (value, v);
    }
  else if (type == G_TYPE_STRV)
    {
      g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

      if (!expect (r, '['))
        return FALSE;
      if (!peek (r, ']'))
        do
          {
            if (!read_string (r, &len))
              return FALSE;
            g_ptr_array_add (strings, g_strndup (r->scratch->str, len));
          }
        while (expect (r, ','));
      if (!expect (r, ']'))
        return FALSE;
      g_ptr_array_add (strings, NULL);
      g_value_take_boxed (value, g_ptr_array_steal (strings, NULL));
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *dt = read_date_value (r);
      if (dt == NULL)
        return FALSE;
      g_value_take_boxed (value, dt);
    }
  else if (type == AMA_TYPE_DEADLINE)
    {
      AmaDeadline *deadline = read_deadline_value (r);
      if (deadline == NULL)
        return FALSE;
      g_value_take_boxed (value, deadline);
    }
  else if (type == AMA_TYPE_SOURCE_REF)
    {
      AmaSourceRef *source = read_source_value (r);
      if (source == NULL)
        return FALSE;
      g_value_take_boxed (value, source);
    }
  else if (g_type_is_a (type, G_TYPE_OBJECT))
    {
      GObject *child;
      if (peek (r, 'n'))
        return literal (r, "null");
      if (!(child = read_object (r, type)))
        return FALSE;
      g_value_take_object (value, child);
    }
  else
    return FALSE;

  return TRUE;
}

/* read_list in ama-json.c, on text. */
static gboolean
read_list (Reader     *r,
           GObject    *object,
           GParamSpec *pspec)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GType item_type;

  if (!expect (r, '['))
    return FALSE;
  g_object_get (object, pspec->name, &model, NULL);
  if (!G_IS_LIST_STORE (model))
    return FALSE;
  item_type = g_list_model_get_item_type (model);

  if (!peek (r, ']'))
    do
      {
        GObject *item = read_object (r, item_type);
        if (item == NULL)
          return FALSE;
        g_ptr_array_add (items, item);
      }
    while (expect (r, ','));
  if (!expect (r, ']'))
    return FALSE;

  g_list_store_splice (G_LIST_STORE (model), g_list_model_get_n_items (model), 0,
                       items->pdata, items->len);
  return TRUE;
}

/* One member of an object of a model type: a property, or kept as an
 * unknown member. @seen holds the properties set so far, to leave a
 * duplicate to the tree path. */
/* The properties an object's members have set so far, to leave a
 * duplicate to the tree path (which refuses it). */
typedef struct
{
  GParamSpec *pspecs[48];
  guint       n;
} Seen;

/* g_object_set_property, less what it does for callers it cannot trust:
 * look the name up again, validate the value, freeze and thaw the notify
 * queue. The library's own classes, values this file produced and
 * checked, no one connected yet: the class's set_property (the public
 * setter, which notifies as usual) is all that is left. Construct-only
 * and overridden properties still take GLib's way. */
static void
set_property (GObject      *object,
              GParamSpec   *pspec,
              const GValue *value)
{
  GObjectClass *owner;

  if (G_UNLIKELY ((pspec->flags & G_PARAM_CONSTRUCT_ONLY) ||
                  (owner = g_type_class_peek (pspec->owner_type)) == NULL ||
                  owner->set_property == NULL ||
                  G_VALUE_TYPE (value) != pspec->value_type))
    {
      g_object_set_property (object, pspec->name, value);
      return;
    }
  owner->set_property (object, pspec->param_id, value, pspec);
}

static gboolean
read_member (Reader     *r,
             GObject    *object,
             const char *name,
             Seen       *seen)
{
  GParamSpec *pspec = find_property (r, object, name);

  if (pspec != NULL && (pspec->value_type == G_TYPE_LIST_MODEL || (pspec->flags & G_PARAM_WRITABLE)))
    {
      for (guint i = 0; i < seen->n; i++)
        if (seen->pspecs[i] == pspec)
          return FALSE;
      if (seen->n == G_N_ELEMENTS (seen->pspecs))
        return FALSE;
      seen->pspecs[seen->n++] = pspec;
    }
  else
    {
      /* @name lives in the scratch buffer, which reading the value
       * reuses. */
      g_autofree char *copy = g_strdup (name);
      return read_extra (r, object, copy);
    }

  if (pspec != NULL && pspec->value_type == G_TYPE_LIST_MODEL)
    return read_list (r, object, pspec);
  if (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE))
    {
      g_auto(GValue) value = G_VALUE_INIT;
      if (!read_property (r, pspec, &value))
        return FALSE;
      set_property (object, pspec, &value);
      return TRUE;
    }
  return FALSE;
}

static GObject *
read_object (Reader *r,
             GType   type)
{
  g_autoptr(GObject) object = NULL;
  Seen seen = { { NULL }, 0 };
  gsize len;

  if (!expect (r, '{') || ++r->depth > FAST_MAX_DEPTH)
    return NULL;
  object = g_object_new (type, NULL);
  if (!peek (r, '}'))
    do
      {
        if (!read_string (r, &len) || !expect (r, ':'))
          return NULL;
        if (len == 0 || memchr (r->scratch->str, '\0', len))
          return NULL;   /* json-glib has opinions on empty names */
        if (!read_member (r, object, r->scratch->str, &seen))
          return NULL;
      }
    while (expect (r, ','));
  if (!expect (r, '}'))
    return NULL;
  r->depth--;
  return g_steal_pointer (&object);
}

AmaReview *
_ama_json_read_review_fast (const char *data,
                            gsize       len)
{
  g_autoptr(GString) scratch = g_string_sized_new (1024);
  g_autoptr(AmaReview) review = NULL;
  Seen seen = { { NULL }, 0 };
  g_autoptr(GHashTable) props = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  Reader r = { data, data + len, 0, scratch, props };
  gboolean have_format = FALSE, have_version = FALSE;
  gsize n;

  if (len > AMA_JSON_MAX_SIZE || !expect (&r, '{'))
    return NULL;
  r.depth = 1;
  review = ama_review_new ();

  if (!peek (&r, '}'))
    do
      {
        g_autofree char *name = NULL;
        if (!read_string (&r, &n) || !expect (&r, ':'))
          return NULL;
        if (n == 0)
          return NULL;
        name = g_strndup (scratch->str, n);
        if (strcmp (name, "format") == 0)
          {
            if (have_format || !read_string (&r, &n) || strcmp (scratch->str, AMA_REVIEW_FORMAT) != 0)
              return NULL;
            have_format = TRUE;
          }
        else if (strcmp (name, "version") == 0)
          {
            gboolean is_int;
            gint64 v;
            double d;
            if (have_version || !read_number (&r, &is_int, &v, &d) || !is_int || v != AMA_REVIEW_FORMAT_VERSION)
              return NULL;
            have_version = TRUE;
          }
        else if (!read_member (&r, G_OBJECT (review), name, &seen))
          return NULL;
      }
    while (expect (&r, ','));
  if (!expect (&r, '}') || !have_format || !have_version)
    return NULL;
  skip_ws (&r);
  if (r.p != r.end)
    return NULL;

  return g_steal_pointer (&review);
}
