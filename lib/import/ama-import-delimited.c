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
#include "ama-progress-update.h"
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
  COL_STATUS,    /* a tracker's "Status", "RAG": the latest progress */
  COL_PROGRESS,  /* a tracker's "Action taken", "Progress update" */
  COL_N_KINDS
} ColumnKind;

static const char * const kind_names[] = {
  "extra", "number", "recommendation", "decision", "response", "officer", "action-by",
  "derived", "status", "progress",
};

/* Header words of each column role, matched against the header cell
 * lower-cased with footnote markers and hyphens removed. Adding a
 * council's heading is one line. */

/* whole header: the recommendation's label ("Ref" holding SC18,
 * York's "Reference" holding "SR (25/26) 01") */
static const char * const number_headers[] = {
  "no", "no.", "ref", "ref.", "#", "number", "rec no", "rec no.", "item",
  "reference", "ref no", "ref no.", "reference no", "reference number", "rec ref",
  "id", NULL
};

/* within the header: what has been done since (a tracker's "Action
 * taken", "Progress update", "Update on progress", "Current position") */
static const char * const progress_headers[] = {
  "action taken", "actions taken", "progress", "update", "current position",
  "position statement", "work undertaken", NULL
};

/* whole header, or its opening word: the state of the work ("Status",
 * "RAG", "RAG status", "Current status") */
static const char * const status_headers[] = {
  "status", "rag", "rag status", "rag rating", "current status", "status (rag)",
  "status rag", "implementation status", NULL
};

/* Words of a date column that is not a deadline: the date the
 * committee met or the executive decided ("Date", "Meeting Date",
 * "Exec Date", "Date agreed"). Issue #14 pattern 5. */
static const char * const event_date_words[] = {
  "meeting", "committee", "exec", "executive", "cabinet", "decision", "agreed",
  "considered", "report", "scrutiny", "origin", "raised", "made", NULL
};

static gboolean
key_in (const char         *k,
        const char * const *table)
{
  for (guint i = 0; table[i] != NULL; i++)
    if (g_str_equal (k, table[i]))
      return TRUE;
  return FALSE;
}

static gboolean
key_has (const char         *k,
         const char * const *table)
{
  for (guint i = 0; table[i] != NULL; i++)
    if (strstr (k, table[i]) != NULL)
      return TRUE;
  return FALSE;
}

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

      /* a Word table's empty rows copy as no-break spaces */
      for (; *s; s = g_utf8_next_char (s))
        if (!g_unichar_isspace (g_utf8_get_char (s)) && g_utf8_get_char (s) != 0xA0)
          return FALSE;
    }

  return TRUE;
}

/* The words of a tracker's status cell and the progress each means,
 * matched on the cell's opening words after an "e.g." (York writes
 * "e.g. Paused" in its example row). RAG colours as their legends
 * define them: green achieved, amber acceptable progress, red not
 * acceptable (still in progress, for the tracker to chase). */
static const struct
{
  const char  *word;
  AmaProgress  progress;
} status_words[] = {
  { "complete",          AMA_PROGRESS_COMPLETED },     /* York "Complete" */
  { "completed",         AMA_PROGRESS_COMPLETED },
  { "actioned",          AMA_PROGRESS_COMPLETED },
  { "achieved",          AMA_PROGRESS_COMPLETED },
  { "done",              AMA_PROGRESS_COMPLETED },
  { "closed",            AMA_PROGRESS_COMPLETED },
  { "delivered",         AMA_PROGRESS_COMPLETED },
  { "green",             AMA_PROGRESS_COMPLETED },
  { "implemented",       AMA_PROGRESS_IMPLEMENTED },
  { "not implemented",   AMA_PROGRESS_NOT_IMPLEMENTED },
  { "ongoing",           AMA_PROGRESS_IN_PROGRESS },   /* York "Ongoing" */
  { "in progress",       AMA_PROGRESS_IN_PROGRESS },
  { "on track",          AMA_PROGRESS_IN_PROGRESS },
  { "underway",          AMA_PROGRESS_IN_PROGRESS },
  { "under way",         AMA_PROGRESS_IN_PROGRESS },
  { "partially",         AMA_PROGRESS_IN_PROGRESS },
  { "partly",            AMA_PROGRESS_IN_PROGRESS },
  { "amber",             AMA_PROGRESS_IN_PROGRESS },
  { "red",               AMA_PROGRESS_IN_PROGRESS },
  { "delayed",           AMA_PROGRESS_IN_PROGRESS },
  { "paused",            AMA_PROGRESS_PAUSED },        /* York "e.g. Paused" */
  { "on hold",           AMA_PROGRESS_PAUSED },
  { "stalled",           AMA_PROGRESS_PAUSED },
  { "not started",       AMA_PROGRESS_NOT_STARTED },
  { "not yet started",   AMA_PROGRESS_NOT_STARTED },
  { "superseded",        AMA_PROGRESS_SUPERSEDED },
  { "no longer feasible", AMA_PROGRESS_NO_LONGER_FEASIBLE },
  { "not achieved",      AMA_PROGRESS_NOT_ACHIEVED },
};

/* TRUE when @cell opens with a status word; *@progress is its meaning */
static gboolean
parse_status (const char  *cell,
              AmaProgress *progress)
{
  const char *s = cell;
  gsize best = 0;

  while (*s == ' ')
    s++;
  if (g_ascii_strncasecmp (s, "e.g.", 4) == 0)
    s += 4;
  while (*s == ' ')
    s++;
  for (guint i = 0; i < G_N_ELEMENTS (status_words); i++)
    {
      gsize n = strlen (status_words[i].word);

      if (n > best && g_ascii_strncasecmp (s, status_words[i].word, n) == 0 &&
          !g_ascii_isalnum (s[n]))
        {
          best = n;
          *progress = status_words[i].progress;
        }
    }
  return best > 0;
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
  if (key_in (k, number_headers))
    return COL_NUMBER;
  /* "Decision date" is when it was decided, not the decision */
  if (strstr (k, "decision") && !strstr (k, "date"))
    return COL_DECISION;
  if (strstr (k, "response") || strstr (k, "comment"))
    return COL_RESPONSE;
  if (key_has (k, progress_headers))
    return COL_PROGRESS;
  if (key_in (k, status_headers))
    return COL_STATUS;
  /* the date of a meeting: kept, never a deadline ("Date" alone is
   * placed by columns_classify()) */
  if (strstr (k, "date") && key_has (k, event_date_words))
    return COL_EXTRA;
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

static int
column_of_kind (Columns    *cols,
                ColumnKind  kind)
{
  for (guint i = 0; i < cols->kinds->len; i++)
    if (g_array_index (cols->kinds, ColumnKind, i) == kind)
      return i;

  return -1;
}

static void
columns_classify (Columns *cols)
{
  gboolean seen[COL_N_KINDS] = { FALSE };

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

  /* "Date" alone before the recommendation is when it was made (York's
   * tracker: "Reference, Origin, Date, Area, Recommendation"); after
   * it, when the work is due */
  {
    int c_rec = column_of_kind (cols, COL_RECOMMENDATION);

    for (guint i = 0; c_rec >= 0 && i < (guint) c_rec; i++)
      {
        g_autofree char *k = header_key (g_ptr_array_index (cols->headers, i));

        if (g_str_equal (k, "date") && g_array_index (cols->kinds, ColumnKind, i) == COL_ACTION)
          {
            g_array_index (cols->kinds, ColumnKind, i) = COL_EXTRA;
            /* a later date column may be the deadline after all */
            for (guint j = i + 1; j < cols->headers->len; j++)
              if (g_array_index (cols->kinds, ColumnKind, j) == COL_EXTRA &&
                  classify_header (g_ptr_array_index (cols->headers, j)) == COL_ACTION)
                {
                  g_array_index (cols->kinds, ColumnKind, j) = COL_ACTION;
                  break;
                }
          }
      }
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
    case COL_STATUS:
      {
        AmaProgress p;
        return !is_long (cell) && parse_status (cell, &p) ? 3 : -1;
      }
    case COL_PROGRESS:
      return is_long (cell) ? 1 : 0;
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
  int c_num, c_rec, c_dec, c_resp, c_off, c_act, c_status, c_prog;
  gboolean seen_row = FALSE;

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
  c_status = column_of_kind (&cols, COL_STATUS);
  c_prog = column_of_kind (&cols, COL_PROGRESS);

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
      AmaProgress done = AMA_PROGRESS_NOT_STARTED;

      if (record_is_blank (r))
        {
          seen_row = seen_row || position > 0;
          continue;
        }

      /* After the rows and an empty line, lines of one cell in a table
       * of several columns are the notes under the table (York's "Key"
       * explaining each column), not recommendations. */
      if (seen_row && r->cells->len == 1 && header_cells->len > 2)
        {
          guint kept = 0;

          for (guint rj = ri; rj < records->len; rj++)
            if (!record_is_blank (g_ptr_array_index (records, rj)))
              kept++;
          _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "text-after-table", r->line, 1, NULL,
                                 "%u line%s of text after the table (a key or notes) not "
                                 "read as recommendations", kept, kept == 1 ? "" : "s");
          break;
        }

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
              gsize len;

              /* "3." and "3)" lose their punctuation; "SR (25/26) 01"
               * and "OS/24/01" are kept whole */
              label = g_strstrip (g_strdup (CELL (c_num)));
              len = strlen (label);
              while (len > 0 && (label[len - 1] == '.' ||
                                 (label[len - 1] == ')' && strchr (label, '(') == NULL)))
                label[--len] = '\0';
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

      if (*CELL (c_act) && c_status < 0 && parse_status (CELL (c_act), &done) &&
          (done == AMA_PROGRESS_COMPLETED || done == AMA_PROGRESS_IMPLEMENTED))
        {
          /* "Completed" written in the Timetable column (Maidstone's
           * SCRAIP): the work is done, there is no deadline left */
          g_autoptr(AmaProgressUpdate) update = ama_progress_update_new (NULL, done, CELL (c_act));

          ama_recommendation_add_update (rec, update);
          _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "action-by-is-status", r->line, c_act + 1, NULL,
                                 "\"%s\" in the %s column is a status, not a deadline; read as "
                                 "a progress update", CELL (c_act),
                                 (const char *) g_ptr_array_index (header_cells, c_act));
        }
      else if (*CELL (c_act))
        {
          g_autoptr(AmaDeadline) deadline = ama_deadline_parse (CELL (c_act), ctx->reference);
          const char *last_line = strrchr (CELL (c_act), '\n');

          /* "Meeting held by⏎28 February 2014": the date is the last
           * line; the whole cell is kept in the response */
          if (deadline != NULL && ama_deadline_get_kind (deadline) == AMA_DEADLINE_KIND_UNPARSED &&
              last_line != NULL)
            {
              g_autoptr(AmaDeadline) dated = ama_deadline_parse (last_line + 1, ctx->reference);

              if (dated != NULL && ama_deadline_get_kind (dated) == AMA_DEADLINE_KIND_DATE)
                {
                  _ama_import_append_note (response, g_ptr_array_index (header_cells, c_act), CELL (c_act));
                  _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "deadline-last-line", r->line, c_act + 1, NULL,
                                         "action-by \"%s\": the date on its last line is the "
                                         "deadline; the cell is kept in the response text", CELL (c_act));
                  g_clear_pointer (&deadline, ama_deadline_unref);
                  deadline = g_steal_pointer (&dated);
                }
            }

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

      /* A tracker's Status and Action taken: the latest progress, not
       * a decision (undated: the table says when nothing was done) */
      if (*CELL (c_status) || *CELL (c_prog))
        {
          AmaProgress progress = AMA_PROGRESS_IN_PROGRESS;
          g_autoptr(AmaProgressUpdate) update = NULL;
          const char *note = *CELL (c_prog) ? CELL (c_prog) : CELL (c_status);

          if (*CELL (c_status) && !parse_status (CELL (c_status), &progress))
            _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "status-unrecognised", r->line, c_status + 1,
                                   NULL, "status \"%s\" is not a known status; read as in progress",
                                   CELL (c_status));
          else if (!*CELL (c_status))
            _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "status-missing", r->line, c_prog + 1, NULL,
                                   "progress without a status; read as in progress");
          update = ama_progress_update_new (NULL, progress, note);
          ama_recommendation_add_update (rec, update);
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

/* ---- a table copied one cell per line --------------------------------- */

/* A Word or PDF table selected and copied from a browser or a reader
 * gives one line per cell: the header cells, then each row's cells, a
 * cell with paragraphs or bullets taking several lines (York's tracker
 * copied as text). The header is a run of short lines that all name
 * columns, at least three of a known role and one the recommendation;
 * each row starts with a line shaped like the first row's label
 * ("SR (25/26) 01", "3."), and a row with more lines than columns gives
 * the surplus to the cells its lines continue (bullets, a line after a
 * colon). */

static gboolean
line_blank (const char *line)
{
  for (const char *s = line; *s; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (!g_unichar_isspace (c) && c != 0xA0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
line_is_bullet (const char *line)
{
  while (*line == ' ')
    line++;
  return g_str_has_prefix (line, "\xc2\xb7") || g_str_has_prefix (line, "\xe2\x80\xa2") ||
         g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "\xe2\x80\x93 ") ||
         g_str_has_prefix (line, "o ") || g_str_has_prefix (line, "*");
}

/* Whether @line goes on the cell @prev started rather than starting a cell */
static gboolean
line_continues (const char *prev,
                const char *line)
{
  gsize n = strlen (prev);

  while (n > 0 && prev[n - 1] == ' ')
    n--;
  if (line_is_bullet (line))
    return TRUE;
  if (n > 0 && prev[n - 1] == ':')
    return TRUE;
  if (line_is_bullet (prev))
    return TRUE;   /* the sentence closing a list */
  return g_unichar_islower (g_utf8_get_char (line));
}

/* "SR (25/26) 01" → "SR (99/99) 99": a label's shape */
static char *
label_shape (const char *line)
{
  char *s = g_strstrip (g_strdup (line));

  for (char *p = s; *p; p++)
    if (g_ascii_isdigit (*p))
      *p = '9';
  return s;
}

/* Best split of @lines [@from, @to) into @n consecutive cells for
 * @cols; returns the start line of each cell. */
static guint *
split_row_lines (char      **lines,
                 guint       from,
                 guint       to,
                 Columns    *cols)
{
  guint k = to - from, n = cols->kinds->len;
  g_autofree int *best = g_new (int, (k + 1) * (n + 1));
  g_autofree guint *choice = g_new0 (guint, (k + 1) * (n + 1));
  guint *starts = g_new0 (guint, n + 1);

#define B(i, j) best[(i) * (n + 1) + (j)]
#define C(i, j) choice[(i) * (n + 1) + (j)]
  for (guint i = 0; i <= k; i++)
    for (guint j = 0; j <= n; j++)
      B (i, j) = G_MININT / 2;
  B (0, 0) = 0;
  /* B(i, j): the first i lines in the first j cells, each cell >= 1 line */
  for (guint j = 1; j <= n; j++)
    for (guint i = j; i <= k; i++)
      for (guint s = j - 1; s < i; s++)
        {
          g_autoptr(GString) cell = g_string_new (NULL);
          int score;

          if (B (s, j - 1) <= G_MININT / 2)
            continue;
          score = 0;
          for (guint l = s; l < i; l++)
            {
              if (l > s)
                {
                  g_string_append_c (cell, '\n');
                  score += line_continues (lines[from + l - 1], lines[from + l]) ? 2 : -3;
                }
              g_string_append (cell, g_strstrip (lines[from + l]));
            }
          score += fit (cell->str, g_array_index (cols->kinds, ColumnKind, j - 1));
          if (B (s, j - 1) + score > B (i, j))
            {
              B (i, j) = B (s, j - 1) + score;
              C (i, j) = s;
            }
        }
  {
    guint i = k;

    starts[n] = to;
    for (guint j = n; j > 0; j--)
      {
        starts[j - 1] = from + C (i, j);
        i = C (i, j);
      }
  }
#undef B
#undef C
  return starts;
}

char *
_ama_import_cells_on_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) header_cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (ColumnKind));
  Columns cols = { header_cells, kinds };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *shape = NULL;
  guint n_lines = g_strv_length (lines);
  guint start = 0, len = 0, known = 0, i;
  gboolean has_rec = FALSE;

  for (i = 0; i < n_lines; i++)
    g_strchomp (lines[i]);

  /* the header: the longest run of lines that all read as headers */
  for (i = 0; i < n_lines && i < 200; i++)
    {
      guint j, k = 0;
      gboolean rec = FALSE;

      guint last = i;

      for (j = i; j < n_lines; j++)
        {
          int kind = line_blank (lines[j]) || g_utf8_strlen (lines[j], -1) > 30
                     ? -1 : classify_header (lines[j]);

          if (kind < 0)
            break;
          if (kind > COL_EXTRA)
            {
              k++;
              last = j + 1;
            }
          if (kind == COL_RECOMMENDATION)
            rec = TRUE;
        }
      /* the first row's short cells ("SR (25/26) 01", "CRP") read as
       * headers too: the header ends with its last known column */
      j = last;
      if (rec && k >= 3 && j - i >= 4 && j - i > len)
        {
          start = i;
          len = j - i;
          known = k;
          has_rec = rec;
        }
    }
  if (!has_rec || known < 3)
    return NULL;

  for (i = 0; i < start; i++)
    if (!line_blank (lines[i]))
      {
        g_string_append (out, g_strstrip (lines[i]));
        g_string_append_c (out, '\n');
      }
  for (i = start; i < start + len; i++)
    {
      g_ptr_array_add (header_cells, g_strdup (lines[i]));
      g_string_append (out, lines[i]);
      g_string_append_c (out, i + 1 < start + len ? '\t' : '\n');
    }
  columns_classify (&cols);

  i = start + len;
  if (i >= n_lines || line_blank (lines[i]))
    return NULL;
  shape = label_shape (lines[i]);
  if (g_utf8_strlen (shape, -1) > 20)
    return NULL;

  while (i < n_lines && !line_blank (lines[i]))
    {
      guint end = i + 1;
      g_autofree guint *starts = NULL;

      /* the row ends where the next row's label or a blank line is */
      while (end < n_lines && !line_blank (lines[end]))
        {
          g_autofree char *s = label_shape (lines[end]);

          if (g_str_equal (s, shape))
            break;
          end++;
        }
      if (end - i < header_cells->len)
        return NULL;   /* cells missing: not this layout */
      starts = split_row_lines (lines, i, end, &cols);
      for (guint c = 0; c < header_cells->len; c++)
        {
          g_autoptr(GString) cell = g_string_new (NULL);

          for (guint l = starts[c]; l < starts[c + 1]; l++)
            {
              if (cell->len)
                g_string_append_c (cell, '\n');
              g_string_append (cell, g_strstrip (lines[l]));
            }
          if (starts[c + 1] - starts[c] > 1)
            {
              /* quoted, as a spreadsheet writes a cell with line breaks */
              g_autofree char *q = NULL;
              g_auto(GStrv) parts = g_strsplit (cell->str, "\"", -1);

              q = g_strjoinv ("\"\"", parts);
              g_string_append_printf (out, "\"%s\"", q);
            }
          else
            g_string_append (out, cell->str);
          g_string_append_c (out, c + 1 < header_cells->len ? '\t' : '\n');
        }
      i = end;
    }
  /* what follows (a key, notes) stays below the table */
  g_string_append_c (out, '\n');
  for (; i < n_lines; i++)
    if (!line_blank (lines[i]))
      {
        g_autofree char *flat = g_strdup (lines[i]);

        g_strdelimit (flat, "\t\"", ' ');
        g_string_append (out, g_strstrip (flat));
        g_string_append_c (out, '\n');
      }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
