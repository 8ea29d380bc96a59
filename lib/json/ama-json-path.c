/* ama-json-path.c: from a JSON path to the line of a document
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-json-path.h"
#include "ama-util-private.h"

/* Validation names places by JSON path ($.recommendations[3].response);
 * people and editors want a line. */
typedef struct
{
  const char *p, *end;
  guint line;
} Scan;

static void
scan_ws (Scan *s)
{
  while (s->p < s->end && g_ascii_isspace (*s->p))
    {
      if (*s->p == '\n')
        s->line++;
      s->p++;
    }
}

static void
scan_string (Scan *s)
{
  s->p++;  /* opening quote */
  while (s->p < s->end && *s->p != '"')
    {
      if (*s->p == '\\' && s->p + 1 < s->end)
        s->p++;
      else if (*s->p == '\n')
        s->line++;
      s->p++;
    }
  if (s->p < s->end)
    s->p++;
}

static void
scan_value (Scan *s)
{
  int depth = 0;

  scan_ws (s);
  while (s->p < s->end)
    {
      char c = *s->p;

      if (c == '"')
        {
          scan_string (s);
          if (depth == 0)
            return;
          continue;
        }
      if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        {
          if (depth == 0)
            return;   /* the end of the enclosing container */
          depth--;
          s->p++;
          if (depth == 0)
            return;
          continue;
        }
      else if (depth == 0 && (c == ',' || g_ascii_isspace (c)))
        return;
      else if (c == '\n')
        s->line++;
      s->p++;
    }
}

/**
 * ama_json_path_locate:
 * @data: (array length=length) (element-type guint8): a review document (JSON)
 * @length: the length of @data in bytes, or -1 when it is nul-terminated
 * @path: a JSON path as diagnostics and errors name places, such as
 *   `$.recommendations[3].response.officer`
 *
 * Finds the line of @data where the place @path names begins, so that a
 * diagnostic can be shown as `file:line: …`. When the path goes deeper
 * than the document, the line of the deepest member that exists is
 * returned. json-glib keeps no positions, so this walks the text along
 * the path, without parsing the rest.
 *
 * Returns: the 1-based line, or 0 when @path is not a JSON path or
 *   names nothing in @data
 *
 * Since: 1.2
 */
guint
ama_json_path_locate (const char *data,
                      gssize      length,
                      const char *path)
{
  gsize len;
  Scan s;
  guint found = 0;
  const char *q;

  g_return_val_if_fail (data != NULL || length == 0, 0);

  if (path == NULL || path[0] != '$')
    return 0;
  len = length < 0 ? strlen (data) : (gsize) length;
  s.p = data;
  s.end = data + len;
  s.line = 1;
  q = path + 1;
  scan_ws (&s);
  found = s.line;

  while (*q != '\0')
    {
      scan_ws (&s);
      if (*q == '.' && s.p < s.end && *s.p == '{')
        {
          const char *key = ++q;
          gsize klen = strcspn (key, ".[");
          gboolean hit = FALSE;

          q = key + klen;
          s.p++;
          for (;;)
            {
              const char *k;
              guint key_line;

              scan_ws (&s);
              if (s.p >= s.end || *s.p != '"')
                return found;
              key_line = s.line;
              k = s.p + 1;
              scan_string (&s);
              hit = (gsize) (s.p - 1 - k) == klen && memcmp (k, key, klen) == 0;
              scan_ws (&s);
              if (s.p < s.end && *s.p == ':')
                s.p++;
              if (hit)
                {
                  found = key_line;
                  break;
                }
              scan_value (&s);
              scan_ws (&s);
              if (s.p < s.end && *s.p == ',')
                s.p++;
              else
                return found;
            }
        }
      else if (*q == '[' && s.p < s.end && *s.p == '[')
        {
          char *after = NULL;
          guint64 index = g_ascii_strtoull (q + 1, &after, 10);

          if (after == NULL || *after != ']')
            return found;
          q = after + 1;
          s.p++;
          for (guint64 i = 0; i < index; i++)
            {
              scan_value (&s);
              scan_ws (&s);
              if (s.p < s.end && *s.p == ',')
                s.p++;
              else
                return found;
            }
          scan_ws (&s);
          if (s.p >= s.end || *s.p == ']')
            return found;
          found = s.line;
        }
      else
        return found;
    }
  return found;
}

/**
 * ama_date_to_iso8601:
 * @date: (nullable): a date
 *
 * Writes @date as the review format does: `YYYY-MM-DD` (always four
 * digits of year, which GLib's `%Y` does not give for years before
 * 1000) for a date without a time of day, full ISO 8601 otherwise.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL for a %NULL @date
 *
 * Since: 1.2
 */
char *
ama_date_to_iso8601 (GDateTime *date)
{
  return _ama_date_to_iso (date);
}
