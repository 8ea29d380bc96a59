/* ama-json-path.c: from a JSON path to the line of a document
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-json-path.h"
#include "ama-diagnostic.h"
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

/* ---- many paths in one pass ------------------------------------------ */

typedef struct
{
  Scan        s;
  GString    *path;
  GHashTable *wanted;  /* every requested path and each of its prefixes */
  GHashTable *lines;   /* path → line (GUINT_TO_POINTER) */
} Walk;

static void
record (Walk  *w,
        guint  line)
{
  if (g_hash_table_contains (w->wanted, w->path->str) &&
      !g_hash_table_contains (w->lines, w->path->str))
    g_hash_table_insert (w->lines, g_strdup (w->path->str), GUINT_TO_POINTER (line));
}

/* Walks one value at w->s.p whose path is w->path, descending only
 * into what some requested path goes through: one pass over the text,
 * whatever the number of paths. */
static void
walk_value (Walk  *w,
            guint  depth)
{
  Scan *s = &w->s;
  gsize mark = w->path->len;

  scan_ws (s);
  if (s->p >= s->end)
    return;
  if (depth > 512 || !g_hash_table_contains (w->wanted, w->path->str) ||
      (*s->p != '{' && *s->p != '['))
    {
      scan_value (s);
      return;
    }
  if (*s->p == '{')
    {
      s->p++;
      for (;;)
        {
          const char *k;
          guint key_line;

          scan_ws (s);
          if (s->p >= s->end || *s->p != '"')
            break;
          key_line = s->line;
          k = s->p + 1;
          scan_string (s);
          g_string_append_c (w->path, '.');
          g_string_append_len (w->path, k, s->p - 1 - k);
          record (w, key_line);
          scan_ws (s);
          if (s->p < s->end && *s->p == ':')
            s->p++;
          walk_value (w, depth + 1);
          g_string_truncate (w->path, mark);
          scan_ws (s);
          if (s->p < s->end && *s->p == ',')
            s->p++;
          else
            break;
        }
    }
  else
    {
      s->p++;
      for (guint64 i = 0;; i++)
        {
          scan_ws (s);
          if (s->p >= s->end || *s->p == ']')
            break;
          g_string_append_printf (w->path, "[%" G_GUINT64_FORMAT "]", i);
          record (w, s->line);
          walk_value (w, depth + 1);
          g_string_truncate (w->path, mark);
          scan_ws (s);
          if (s->p < s->end && *s->p == ',')
            s->p++;
          else
            break;
        }
    }
  scan_ws (s);
  if (s->p < s->end && (*s->p == '}' || *s->p == ']'))
    s->p++;
}

/* @path and each of its prefixes ("$", "$.a", "$.a[2]") into @set. */
static void
add_prefixes (GHashTable *set,
              const char *path)
{
  for (const char *q = path + 1;; q++)
    if (*q == '.' || *q == '[' || *q == '\0')
      {
        g_hash_table_add (set, g_strndup (path, q - path));
        if (*q == '\0')
          break;
      }
}

/**
 * ama_json_path_locate_diagnostics:
 * @data: (array length=length) (element-type guint8): a review document (JSON)
 * @length: the length of @data in bytes, or -1 when it is nul-terminated
 * @diagnostics: a list of [class@Ama.Diagnostic] about @data, such as
 *   [method@Ama.Review.validate] returns
 *
 * Places each diagnostic that has a JSON path and no line on the line
 * of @data where its path begins, as [func@Ama.json_path_locate] would
 * (the deepest member that exists when the path goes deeper), but in
 * one pass over @data for all of them: a document with tens of
 * thousands of findings is placed in the time of one reading.
 *
 * Returns: how many diagnostics were given a line
 *
 * Since: 1.2
 */
guint
ama_json_path_locate_diagnostics (const char *data,
                                  gssize      length,
                                  GListModel *diagnostics)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) path = g_string_new ("$");
  guint n, placed = 0;
  Walk w;

  g_return_val_if_fail (data != NULL || length == 0, 0);
  g_return_val_if_fail (G_IS_LIST_MODEL (diagnostics), 0);

  n = g_list_model_get_n_items (diagnostics);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);
      const char *p = AMA_IS_DIAGNOSTIC (d) ? ama_diagnostic_get_path (d) : NULL;

      if (p != NULL && p[0] == '$' && ama_diagnostic_get_line (d) == 0)
        add_prefixes (wanted, p);
    }
  if (g_hash_table_size (wanted) == 0)
    return 0;

  w.s.p = data;
  w.s.end = data + (length < 0 ? strlen (data) : (gsize) length);
  w.s.line = 1;
  w.path = path;
  w.wanted = wanted;
  w.lines = lines;
  scan_ws (&w.s);
  record (&w, w.s.line);
  walk_value (&w, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);
      const char *p = AMA_IS_DIAGNOSTIC (d) ? ama_diagnostic_get_path (d) : NULL;
      g_autofree char *prefix = NULL;

      if (p == NULL || p[0] != '$' || ama_diagnostic_get_line (d) != 0)
        continue;
      /* The path, else its longest prefix that exists. */
      prefix = g_strdup (p);
      for (;;)
        {
          gpointer line;

          if (g_hash_table_lookup_extended (lines, prefix, NULL, &line))
            {
              ama_diagnostic_set_line (d, GPOINTER_TO_UINT (line));
              placed++;
              break;
            }
          {
            char *dot = strrchr (prefix, '.');
            char *bracket = strrchr (prefix, '[');
            char *cut = dot > bracket ? dot : bracket;

            if (cut == NULL || cut == prefix)
              break;
            *cut = '\0';
          }
        }
    }
  return placed;
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
