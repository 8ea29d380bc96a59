/* ama-import-delimited.c: response tables as TSV or CSV
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-import-private.h"
#include "ama-deadline.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-importer.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-types.h"

/* A response table is a Word table copied as text (tabs) or saved as
 * CSV: an optional title line, a header row naming the columns, then
 * one row per recommendation. Councils order and name the columns as
 * they like, so columns are found by the words of their header, never
 * by position; anything a column holds that the model has no field for
 * is appended to the response text under the column's header. */

typedef enum
{
  COL_EXTRA,
  COL_NUMBER,
  COL_RECOMMENDATION,
  COL_DECISION,
  COL_RESPONSE,
  COL_OFFICER,
  COL_ACTION,
  COL_DERIVED,   /* our CSV report's Status, Due, Outstanding: skipped */
} ColumnKind;

static const char * const kind_names[] = {
  "extra", "number", "recommendation", "decision", "response", "officer", "action-by",
  "derived",
};

typedef struct
{
  GPtrArray *cells;   /* char*, raw */
  guint      line;    /* line where the record starts */
} Record;

static void
record_free (Record *r)
{
  g_ptr_array_unref (r->cells);
  g_free (r);
}

/* RFC 4180: quoted cells may hold delimiters, doubled quotes and line
 * breaks. A quote only opens a quoted cell at the start of a cell, so
 * the straight quotes inside prose ("Requiring Improvement") in an
 * unquoted TSV cell are plain text. */
static GPtrArray *
split_records (const char  *text,
               char         delimiter,
               GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  const char *p = text;
  guint line = 1;

  while (*p)
    {
      Record *r = g_new0 (Record, 1);

      r->cells = g_ptr_array_new_with_free_func (g_free);
      r->line = line;
      g_ptr_array_add (records, r);

      for (;;)
        {
          GString *cell = g_string_new (NULL);
          const char *q = p;

          /* leading spaces before an opening quote are allowed */
          while (*q == ' ')
            q++;
          if (*q == '"')
            {
              guint open_line = line;
              guint open_col = 0;

              for (const char *b = q; b > text && b[-1] != '\n'; b--)
                open_col++;
              p = q + 1;
              for (;;)
                {
                  if (*p == '\0')
                    {
                      g_string_free (cell, TRUE);
                      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                                   "line %u, column %u: quoted cell is never closed",
                                   open_line, open_col + 1);
                      return NULL;
                    }
                  if (*p == '"' && p[1] == '"')
                    {
                      g_string_append_c (cell, '"');
                      p += 2;
                    }
                  else if (*p == '"')
                    {
                      p++;
                      break;
                    }
                  else
                    {
                      if (*p == '\n')
                        line++;
                      g_string_append_c (cell, *p);
                      p++;
                    }
                }
              /* text after the closing quote is kept, not dropped */
              while (*p && *p != delimiter && *p != '\n')
                g_string_append_c (cell, *p++);
            }
          else
            {
              while (*p && *p != delimiter && *p != '\n')
                g_string_append_c (cell, *p++);
            }

          g_ptr_array_add (r->cells, g_string_free (cell, FALSE));

          if (*p == delimiter)
            {
              p++;
              continue;
            }
          if (*p == '\n')
            {
              p++;
              line++;
            }
          break;
        }
    }

  return g_steal_pointer (&records);
}

static gboolean
record_is_blank (Record *r)
{
  for (guint i = 0; i < r->cells->len; i++)
    {
      const char *s = g_ptr_array_index (r->cells, i);

      for (; *s; s++)
        if (!g_ascii_isspace (*s))
          return FALSE;
    }

  return TRUE;
}

/* "Lead\nOfficer¹" → "lead officer": joined, lower-case, footnote
 * markers (*, †, superscripts, trailing digits, "[1]") and hyphens
 * removed. */
static char *
header_key (const char *cell)
{
  g_autofree char *joined = _ama_import_join_lines (cell);
  GString *out = g_string_new (NULL);
  const char *s = joined;

  while (*s)
    {
      gunichar c = g_utf8_get_char (s);

      /* hyphens go too: "Recom-\nmendation" was split by the wrap */
      if (c == '*' || c == '-' || c == 0x2020 || c == 0x2021 || c == 0xB9 || c == 0xB2 ||
          c == 0xB3 || (c >= 0x2070 && c <= 0x2079))
        ;
      else if (c == '[' && g_ascii_isdigit (s[1]) && strchr (s, ']'))
        s = strchr (s, ']');
      else
        g_string_append_unichar (out, g_unichar_tolower (c));
      s = g_utf8_next_char (s);
    }

  /* "Response1" */
  while (out->len > 1 && g_ascii_isdigit (out->str[out->len - 1]) &&
         g_ascii_isalpha (out->str[out->len - 2]))
    g_string_truncate (out, out->len - 1);
  g_strstrip (out->str);
  out->len = strlen (out->str);

  return g_string_free (out, FALSE);
}

/* -1 when the cell does not read as a header at all */
static int
classify_header (const char *cell)
{
  g_autofree char *k = header_key (cell);

  if (*k == '\0')
    return -1;
  if (g_str_equal (k, "no") || g_str_equal (k, "no.") || g_str_equal (k, "ref") ||
      g_str_equal (k, "ref.") || g_str_equal (k, "#") || g_str_equal (k, "number") ||
      g_str_equal (k, "rec no") || g_str_equal (k, "rec no.") || g_str_equal (k, "item"))
    return COL_NUMBER;
  if (strstr (k, "decision"))
    return COL_DECISION;
  if (strstr (k, "response") || strstr (k, "comment"))
    return COL_RESPONSE;
  if (strstr (k, "officer") || strstr (k, "responsib") || strstr (k, "lead") ||
      strstr (k, "owner"))
    return COL_OFFICER;
  if (strstr (k, "action by") || strstr (k, "date") || strstr (k, "timescale") ||
      strstr (k, "timetable") || strstr (k, "deadline") || strstr (k, "by when") ||
      strstr (k, "target") || g_str_equal (k, "when") || strstr (k, "completion"))
    return COL_ACTION;
  if (strstr (k, "recommendation"))
    return COL_RECOMMENDATION;
  if (strstr (k, "agreed") || strstr (k, "accepted") || strstr (k, "yes/no") ||
      strstr (k, "agree"))
    return COL_DECISION;
  /* a short label is an extra column ("Priority", "Cabinet Member");
   * prose is not a header */
  if (strlen (k) <= 40 && !strchr (k, '.'))
    return COL_EXTRA;

  return -1;
}

typedef struct
{
  GPtrArray *headers;   /* char*, cleaned header text */
  GArray    *kinds;     /* ColumnKind */
} Columns;

static void
columns_classify (Columns *cols)
{
  gboolean seen[COL_ACTION + 1] = { FALSE };

  g_array_set_size (cols->kinds, 0);
  for (guint i = 0; i < cols->headers->len; i++)
    {
      int kind = classify_header (g_ptr_array_index (cols->headers, i));

      if (kind < 0)
        kind = COL_EXTRA;
      /* a second column of a kind already seen is kept as an extra */
      if (kind != COL_EXTRA && seen[kind])
        kind = COL_EXTRA;
      seen[kind] = TRUE;
      g_array_append_val (cols->kinds, kind);
    }

  /* libama's own CSV report adds what its tracker derived ("Status",
   * "Due", "Outstanding", in that order, right after the action-by
   * column). Read back, they would pollute the response text; the
   * tracker derives them again. A council's own "Status" column, alone
   * or elsewhere, is kept as usual. */
  for (guint i = 1; i + 2 < cols->headers->len; i++)
    if (g_array_index (cols->kinds, ColumnKind, i - 1) == COL_ACTION &&
        g_str_equal (g_ptr_array_index (cols->headers, i), "Status") &&
        g_str_equal (g_ptr_array_index (cols->headers, i + 1), "Due") &&
        g_str_equal (g_ptr_array_index (cols->headers, i + 2), "Outstanding"))
      for (guint k = i; k < i + 3; k++)
        g_array_index (cols->kinds, ColumnKind, k) = COL_DERIVED;
}

static int
column_of_kind (Columns    *cols,
                ColumnKind  kind)
{
  for (guint i = 0; i < cols->kinds->len; i++)
    if (g_array_index (cols->kinds, ColumnKind, i) == kind)
      return i;

  return -1;
}

/* How many cells of @r name a known column */
static guint
header_score (Record *r,
              gboolean *has_recommendation)
{
  guint score = 0;

  *has_recommendation = FALSE;
  for (guint i = 0; i < r->cells->len; i++)
    {
      int kind = classify_header (g_ptr_array_index (r->cells, i));

      if (kind > COL_EXTRA)
        score++;
      if (kind == COL_RECOMMENDATION || kind == COL_RESPONSE)
        *has_recommendation = TRUE;
    }

  return score;
}

/* ---- fitting a short row to the columns ---------------------------- */

static gboolean
is_long (const char *cell)
{
  return g_utf8_strlen (cell, -1) > 60;
}

/* How well @cell fits a column of @kind: used to decide which cell of a
 * row with a missing (not empty) cell went where. */
static int
fit (const char *cell,
     ColumnKind  kind)
{
  g_autoptr(AmaDeadline) deadline = NULL;
  const char *rest;
  g_autofree char *label = NULL;

  if (*cell == '\0')
    return 0;

  switch (kind)
    {
    case COL_NUMBER:
      label = _ama_import_parse_label (cell, &rest);
      return label && *rest == '\0' ? 4 : -4;
    case COL_RECOMMENDATION:
      label = _ama_import_parse_label (cell, &rest);
      return (label ? 3 : 0) + (is_long (cell) ? 1 : -1);
    case COL_RESPONSE:
      return is_long (cell) ? 1 : 0;
    case COL_DECISION:
      if (is_long (cell))
        return -2;
      return _ama_import_decision_prefix (cell, NULL) != AMA_DECISION_PENDING ? 3 : -1;
    case COL_OFFICER:
      if (is_long (cell))
        return -3;
      return (_ama_import_looks_like_name (cell) || _ama_import_is_nfa (cell)) ? 3 : 0;
    case COL_ACTION:
      if (is_long (cell))
        return -3;
      deadline = ama_deadline_parse (cell, NULL);
      return deadline && ama_deadline_get_kind (deadline) != AMA_DEADLINE_KIND_UNPARSED ? 3 : -1;
    case COL_EXTRA:
    default:
      return 0;
    }
}

/* Order-preserving assignment of @k cells to @n > @k columns that fits
 * best; returns for each column the index of its cell or -1. */
static int *
fit_row (GPtrArray *cells,
         Columns   *cols)
{
  guint k = cells->len, n = cols->kinds->len;
  g_autofree int *score = g_new0 (int, (k + 1) * (n + 1));
  int *assign = g_new (int, n);
  guint i, j;

#define S(a, b) score[(a) * (n + 1) + (b)]
  /* S(i, j): best score placing the first i cells in the first j columns */
  for (i = 1; i <= k; i++)
    for (j = 0; j <= n; j++)
      S (i, j) = G_MININT / 2;
  for (j = 0; j <= n; j++)
    S (0, j) = 0;
  for (i = 1; i <= k; i++)
    for (j = i; j <= n; j++)
      {
        int take = S (i - 1, j - 1) +
                   fit (g_ptr_array_index (cells, i - 1), g_array_index (cols->kinds, ColumnKind, j - 1));
        int skip = j > i ? S (i, j - 1) : G_MININT / 2;
        /* ties go to taking: missing cells are assumed to be late */
        S (i, j) = MAX (take, skip);
      }

  for (j = 0; j < n; j++)
    assign[j] = -1;
  i = k;
  j = n;
  while (i > 0)
    {
      int take = S (i - 1, j - 1) +
                 fit (g_ptr_array_index (cells, i - 1), g_array_index (cols->kinds, ColumnKind, j - 1));
      if (S (i, j) == take)
        {
          assign[j - 1] = i - 1;
          i--;
        }
      j--;
    }
#undef S

  return assign;
}

/* "The model will: Establish …; Enable …; and Avoid …." → a lead
 * sentence and its points, as the printed report sets them out as
 * bullets which the table flattened into one paragraph. */
static gboolean
split_points (const char  *text,
              char       **lead,
              GStrv       *points)
{
  const char *colon = strstr (text, ": ");
  g_autoptr(GStrvBuilder) builder = NULL;
  const char *s;
  guint n = 0;

  if (colon == NULL || strchr (colon, '\n') != NULL)
    return FALSE;
  for (s = colon; (s = strstr (s, "; ")) != NULL; s += 2)
    n++;
  if (n < 1 || strstr (colon + 2, ": ") != NULL)
    return FALSE;

  builder = g_strv_builder_new ();
  s = colon + 2;
  for (;;)
    {
      const char *semi = strstr (s, "; ");
      g_autofree char *item = NULL;

      if (semi == NULL)
        {
          item = g_strstrip (g_strdup (s));
          g_strv_builder_add (builder, item);
          break;
        }
      /* keep "; and" with the point it closes, as the report prints it */
      if (g_str_has_prefix (semi + 2, "and "))
        {
          item = g_strndup (s, semi + 5 - s);
          s = semi + 6;
        }
      else
        {
          item = g_strndup (s, semi + 1 - s);
          s = semi + 2;
        }
      g_strv_builder_add (builder, g_strstrip (item));
    }

  *lead = g_strndup (text, colon + 1 - text);
  *points = g_strv_builder_end (builder);

  return TRUE;
}

gboolean
_ama_import_delimited (AmaImportContext *ctx,
                       const char       *text,
                       char              delimiter,
                       GError          **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) people_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) header_cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (ColumnKind));
  g_autofree char *prev_label = NULL;
  Columns cols = { header_cells, kinds };
  const char *format_name = delimiter == '\t' ? "TSV" : "CSV";
  g_autofree char *title = NULL;
  Record *header = NULL;
  guint hi = 0, position = 0;
  int c_num, c_rec, c_dec, c_resp, c_off, c_act;

  records = split_records (text, delimiter, error);
  if (records == NULL)
    return FALSE;

  /* The header row: the first row naming a recommendation or response
   * column and at least one other known column */
  for (hi = 0; hi < records->len && hi < 50; hi++)
    {
      Record *r = g_ptr_array_index (records, hi);
      gboolean has_rec;

      if (header_score (r, &has_rec) >= 2 && has_rec)
        {
          header = r;
          break;
        }
    }

  if (header == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1: no header row found: a %s response table needs a "
                   "row naming its columns (Recommendation, Response, Officer…)",
                   format_name);
      return FALSE;
    }

  /* Above the header: the title ("Cabinet's Response to Scrutiny Review
   * of …") and anything else, reported */
  for (guint i = 0; i < hi; i++)
    {
      Record *r = g_ptr_array_index (records, i);
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint c = 0; c < r->cells->len; c++)
        {
          g_autofree char *cell = _ama_import_join_lines (g_ptr_array_index (r->cells, c));
          g_strstrip (cell);
          if (*cell)
            {
              if (joined->len)
                g_string_append_c (joined, ' ');
              g_string_append (joined, cell);
            }
        }
      if (joined->len == 0)
        continue;
      if (title == NULL)
        title = g_strdup (joined->str);
      else
        _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "text-before-table", r->line, 1, NULL,
                               "text above the table kept only here: \"%s\"", joined->str);
    }

  if (title != NULL)
    _ama_import_response_title (ctx, title);

  for (guint c = 0; c < header->cells->len; c++)
    g_ptr_array_add (header_cells, _ama_import_join_lines (g_ptr_array_index (header->cells, c)));
  /* trailing empty header cells come from trailing delimiters */
  while (header_cells->len > 0 &&
         *(char *) g_ptr_array_index (header_cells, header_cells->len - 1) == '\0')
    g_ptr_array_remove_index (header_cells, header_cells->len - 1);

  /* A header split over two rows ("Lead" / "Officer"): the next row
   * holds only short words and no recommendation */
  if (hi + 1 < records->len)
    {
      Record *next = g_ptr_array_index (records, hi + 1);
      gboolean header_like = !record_is_blank (next);

      for (guint c = 0; header_like && c < next->cells->len; c++)
        {
          g_autofree char *cell = _ama_import_join_lines (g_ptr_array_index (next->cells, c));
          const char *rest;
          g_autofree char *label = _ama_import_parse_label (cell, &rest);
          guint words = 0;

          g_strstrip (cell);
          for (const char *s = cell; *s; s++)
            if (*s == ' ')
              words++;
          if (*cell && (label != NULL || words > 3 || c >= header_cells->len ||
                        _ama_import_looks_like_name (cell) ||
                        _ama_import_decision_prefix (cell, NULL) != AMA_DECISION_PENDING))
            header_like = FALSE;
        }
      if (header_like)
        {
          for (guint c = 0; c < next->cells->len; c++)
            {
              g_autofree char *cell = _ama_import_join_lines (g_ptr_array_index (next->cells, c));
              char **slot = (char **) &g_ptr_array_index (header_cells, c);

              g_strstrip (cell);
              if (*cell)
                {
                  char *joined = g_strconcat (*slot, **slot ? " " : "", cell, NULL);
                  g_free (*slot);
                  *slot = joined;
                }
            }
          _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "header-continued", next->line, 1, NULL,
                                 "read as the second line of the header row above");
          hi++;
        }
    }

  columns_classify (&cols);
  c_num = column_of_kind (&cols, COL_NUMBER);
  c_rec = column_of_kind (&cols, COL_RECOMMENDATION);
  c_dec = column_of_kind (&cols, COL_DECISION);
  c_resp = column_of_kind (&cols, COL_RESPONSE);
  c_off = column_of_kind (&cols, COL_OFFICER);
  c_act = column_of_kind (&cols, COL_ACTION);

  if (c_rec < 0)
    {
      /* "No. | Response | …" with no recommendation text: the number
       * column is the only key */
      _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "column-missing", header->line, 1, NULL,
                             "no Recommendation column; recommendations have "
                             "only their numbers");
    }

  for (guint c = 0; c < kinds->len; c++)
    if (g_array_index (kinds, ColumnKind, c) == COL_DERIVED)
      {
        _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "report-columns-skipped", header->line, c + 1, NULL,
                               "columns \"Status\", \"Due\" and \"Outstanding\" are libama's "
                               "report of the tracker's view; not read (the tracker derives them)");
        break;
      }
  for (guint c = 0; c < kinds->len; c++)
    if (g_array_index (kinds, ColumnKind, c) == COL_EXTRA &&
        *(char *) g_ptr_array_index (header_cells, c) != '\0')
      _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "column-kept", header->line, c + 1, NULL,
                             "column \"%s\" has no field of its own; its cells "
                             "are appended to each response's text as \"%s: …\"",
                             (const char *) g_ptr_array_index (header_cells, c),
                             (const char *) g_ptr_array_index (header_cells, c));

  /* A cell with line breaks copied out of Word without quotes splits
   * its row in two: "rec\tdecision\tresponse, first line" then
   * "second line\tofficer\tdate". Two consecutive short rows whose cells
   * add up to the columns (sharing the broken cell) are joined. */
  for (guint ri = hi + 1; ri + 1 < records->len; ri++)
    {
      Record *r = g_ptr_array_index (records, ri);
      Record *next = g_ptr_array_index (records, ri + 1);
      guint n = header_cells->len;
      const char *rest;
      g_autofree char *label = NULL;
      g_autofree char *first = NULL;

      if (record_is_blank (r) || record_is_blank (next) ||
          r->cells->len >= n || r->cells->len + next->cells->len - 1 != n)
        continue;
      first = _ama_import_clean_cell (g_ptr_array_index (next->cells, 0));
      label = _ama_import_parse_label (first, &rest);
      if (label != NULL || *first == '\0')
        continue;

      {
        char **last = (char **) &g_ptr_array_index (r->cells, r->cells->len - 1);
        char *joined = g_strconcat (*last, "\n", (const char *) g_ptr_array_index (next->cells, 0), NULL);

        g_free (*last);
        *last = joined;
        for (guint c = 1; c < next->cells->len; c++)
          g_ptr_array_add (r->cells, g_strdup (g_ptr_array_index (next->cells, c)));
        _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "row-joined", next->line, 1, NULL,
                               "continues the cell above (a line break in an "
                               "unquoted cell); joined to the row on line %u", r->line);
        g_ptr_array_remove_index (records, ri + 1);
      }
    }

  for (guint ri = hi + 1; ri < records->len; ri++)
    {
      Record *r = g_ptr_array_index (records, ri);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(AmaRecommendation) rec = NULL;
      g_autoptr(AmaResponse) response = NULL;
      g_autofree int *assign = NULL;
      g_autofree char *label = NULL;
      g_autofree char *rec_text = NULL;
      guint n = header_cells->len;
      gboolean has_response = FALSE;
      guint matches = 0;

      if (record_is_blank (r))
        continue;

      /* the header repeated (a table continued over a page) */
      for (guint c = 0; c < r->cells->len && c < n; c++)
        {
          g_autofree char *cell = _ama_import_join_lines (g_ptr_array_index (r->cells, c));
          g_autofree char *a = header_key (cell);
          g_autofree char *b = header_key (g_ptr_array_index (header_cells, c));

          if (*a && g_str_equal (a, b))
            matches++;
        }
      if (matches >= 2)
        {
          _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "header-repeated", r->line, 1, NULL,
                                 "header row repeated inside the table; skipped");
          continue;
        }

      for (guint c = 0; c < r->cells->len; c++)
        {
          const char *raw = g_ptr_array_index (r->cells, c);

          /* The CSV/TSV writers guard a cell that a spreadsheet would run
           * as a formula ("=…", "+…", "-…", "@…") with a leading
           * apostrophe (ama_report_neutralise_cell()); spreadsheets hide
           * it, and so does reading the table back, or every round trip
           * would add one. Said, since the cell's text changes. The
           * writer also guards text that begins with an apostrophe
           * ("''x" is read as "'x"), or "'=1+1" came back as "=1+1". */
          if (raw[0] == '\'' && (raw[1] == '\'' || _ama_text_formula_like (raw + 1)))
            {
              _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "formula-guard-removed", r->line, 1, NULL,
                                     "cell %u begins with the apostrophe that guards a formula-like text; read without it",
                                     c + 1);
              raw++;
            }
          g_ptr_array_add (cells, _ama_import_clean_cell (raw));
        }

      /* cells beyond the header: empty ones are trailing delimiters,
       * others are kept in the response */
      while (cells->len > n && *(char *) g_ptr_array_index (cells, cells->len - 1) == '\0')
        g_ptr_array_remove_index (cells, cells->len - 1);

      if (cells->len < n)
        {
          g_autoptr(GString) taken = g_string_new (NULL);
          g_autoptr(GString) missing = g_string_new (NULL);

          assign = fit_row (cells, &cols);
          for (guint c = 0; c < n; c++)
            {
              GString *s = assign[c] >= 0 ? taken : missing;
              if (s->len)
                g_string_append (s, ", ");
              g_string_append (s, (const char *) g_ptr_array_index (header_cells, c));
            }
          _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "row-repaired", r->line, 1, NULL,
                                 "row has %u cells for %u columns; its cells were "
                                 "matched to columns by content: %s (missing: %s)",
                                 cells->len, n, taken->str, missing->str);
        }
      else
        {
          assign = g_new (int, n);
          for (guint c = 0; c < n; c++)
            assign[c] = c;
        }

#define CELL(col) ((col) >= 0 && assign[(col)] >= 0 ? \
                   (const char *) g_ptr_array_index (cells, assign[(col)]) : "")

      /* the number: its own column, or the start of the recommendation */
      rec_text = g_strdup (CELL (c_rec));
      if (c_num >= 0 && *CELL (c_num))
        {
          const char *rest;
          label = _ama_import_parse_label (CELL (c_num), &rest);
          if (label == NULL || *rest)
            {
              g_free (label);
              label = g_strdup (CELL (c_num));
              g_strdelimit (label, ".)", ' ');
              g_strstrip (label);
            }
        }
      else
        {
          const char *rest;
          label = _ama_import_parse_label (rec_text, &rest);
          if (label != NULL)
            {
              char *stripped = g_strdup (rest);
              g_free (rec_text);
              rec_text = stripped;
            }
        }

      position++;
      if (label == NULL)
        {
          label = _ama_import_next_label (prev_label, position);
          _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "number-missing", r->line, 1, NULL,
                                 "recommendation has no number; numbered %s by "
                                 "its position", label);
        }
      g_free (prev_label);
      prev_label = g_strdup (label);

      rec = ama_recommendation_new (label, NULL);
      _ama_import_set_source (ctx, rec, r->line);
      {
        g_autofree char *lead = NULL;
        g_auto(GStrv) points = NULL;

        if (split_points (rec_text, &lead, &points))
          {
            ama_recommendation_set_text (rec, lead);
            ama_recommendation_set_points (rec, (const char * const *) points);
            _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "points-split", r->line, 1, NULL,
                                   "recommendation %s lists %u points after its "
                                   "colon; they are kept as points", label, g_strv_length (points));
          }
        else
          ama_recommendation_set_text (rec, rec_text);
      }

      response = ama_response_new ();
      _ama_import_set_source (ctx, response, r->line);

      if (*CELL (c_resp))
        {
          ama_response_set_text (response, CELL (c_resp));
          ama_response_set_inferred_decision (response, ama_decision_infer (CELL (c_resp)));
          has_response = TRUE;
        }

      if (*CELL (c_dec))
        {
          const char *rest;
          AmaDecision d = _ama_import_decision_prefix (CELL (c_dec), &rest);

          while (*rest && (g_ascii_isspace (*rest) || g_ascii_ispunct (*rest)))
            rest++;
          if (d != AMA_DECISION_PENDING)
            ama_response_set_decision (response, d);
          if (d == AMA_DECISION_PENDING || *rest)
            {
              _ama_import_append_note (response, g_ptr_array_index (header_cells, c_dec), CELL (c_dec));
              _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "decision-unrecognised", r->line, 0, NULL,
                                     "decision \"%s\" %s; the cell is kept in the "
                                     "response text", CELL (c_dec),
                                     d == AMA_DECISION_PENDING ? "is not a known decision"
                                                               : "says more than the decision");
            }
          has_response = TRUE;
        }
      else if (c_dec < 0 && *CELL (c_resp))
        {
          /* No decision column: "Agreed - this will be provided" */
          AmaDecision d = _ama_import_decision_opening (CELL (c_resp));

          if (d != AMA_DECISION_PENDING)
            {
              ama_response_set_decision (response, d);
              _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "decision-from-response", r->line, 0, NULL,
                                     "no decision column; the decision is taken from "
                                     "the opening word of the response");
            }
        }

      if (*CELL (c_off))
        {
          _ama_import_officer_cell (ctx, response, CELL (c_off),
                                    g_ptr_array_index (header_cells, c_off),
                                    r->line, people, people_lines);
          has_response = TRUE;
        }

      if (*CELL (c_act))
        {
          g_autoptr(AmaDeadline) deadline = ama_deadline_parse (CELL (c_act), ctx->reference);

          if (deadline != NULL)
            {
              ama_response_set_action_by (response, deadline);
              if (ama_deadline_get_kind (deadline) == AMA_DEADLINE_KIND_UNPARSED)
                _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "deadline-unparsed", r->line, 0, NULL,
                                       "action-by \"%s\" is not a date or period; "
                                       "kept as written", CELL (c_act));
              has_response = TRUE;
            }
        }

      for (guint c = 0; c < n; c++)
        {
          const char *cell = CELL ((int) c);

          if (g_array_index (kinds, ColumnKind, c) != COL_EXTRA || *cell == '\0')
            continue;
          _ama_import_append_note (response, g_ptr_array_index (header_cells, c), cell);
          has_response = TRUE;
        }

      for (guint c = n; c < cells->len; c++)
        {
          const char *cell = g_ptr_array_index (cells, c);

          if (*cell == '\0')
            continue;
          _ama_import_append_note (response, NULL, cell);
          _ama_import_diag (ctx, AMA_SEVERITY_WARNING, "cell-extra", r->line, c + 1, NULL,
                            "line %u, column %u: cell beyond the last column kept in "
                            "the response text: \"%s\"", r->line, c + 1, cell);
          has_response = TRUE;
        }
#undef CELL

      if (has_response)
        {
          _ama_import_finish_response (ctx, response, r->line);
          ama_recommendation_set_response (rec, response);
        }
      ama_review_add_recommendation (ctx->review, rec);
    }

  if (position == 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line %u: the table has a header row but no recommendations",
                   header->line);
      return FALSE;
    }

  _ama_import_normalise_people (ctx, people, people_lines);
  (void) kind_names;

  return TRUE;
}
