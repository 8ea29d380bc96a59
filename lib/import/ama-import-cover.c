/* ama-import-cover.c: the cover of any council's committee report
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Rotherham's "Summary Sheet" has its own reader (ama-import-summary.c);
 * every other council heads a report with a few of the same facts in
 * its own words, read here from a vocabulary, not one layout:
 *
 *   To: / Committee: / Report to:            ← the meeting's body
 *   Date: 01 September 2020                  ← its date
 *   Scrutiny Committee (Economy…): 1st April 2014   ← both on one line
 *   Report of: / Report By: / Lead director: / "Report of the Head of …"
 *   Title of Report: / Report Title: / "Issue details" then the title
 *   Key decision: No / Decision type: Non-key
 *   Wards affected: (All Wards);
 *   Contact: / Report author: Andrea Woodley, Director of …
 *   Decision due: 30 Jun 2021 by Democracy and General Purposes Committee
 *   Recommendations / 2. Recommendations / Recommendations: That …:
 *     i. agree that …  (wrapped lines join the item above)
 *
 * A label's value is on its line or, when the line ends at the label,
 * on the next. The result is one summary-sheet document; the report's
 * text after the cover is kept as its one section.
 */

#include "config.h"

#include <string.h>

#include "ama-document.h"
#include "ama-error.h"
#include "ama-person.h"
#include "ama-review.h"
#include "ama-section.h"
#include "ama-import-private.h"
#include "ama-import-vocab-private.h"

typedef enum
{
  C_NONE,
  C_BODY,
  C_DATE,
  C_REPORT_OF,
  C_TITLE,
  C_KEY,
  C_WARDS,
  C_AUTHOR,
  C_DUE,        /* "30 Jun 2021 by Committee" */
  C_PURPOSE,
  C_RECOMMENDATIONS,
  C_ISSUE,      /* "Issue details": the title is the next line */
} CoverField;

/* Lower case, matched at the start of a line and followed by ':', '?'
 * or the end of the line. Longer labels first where one is the start
 * of another. */
static const struct { const char *label; CoverField field; } cover_labels[] = {
  { "title of report", C_TITLE },
  { "report title", C_TITLE },
  { "report subject", C_TITLE },
  { "subject", C_TITLE },
  { "report to", C_BODY },
  { "committee", C_BODY },
  { "meeting", C_BODY },
  { "to", C_BODY },
  { "date of meeting", C_DATE },
  { "meeting date", C_DATE },
  { "date", C_DATE },
  { "report of", C_REPORT_OF },
  { "report by", C_REPORT_OF },
  { "report from", C_REPORT_OF },
  { "lead director", C_REPORT_OF },
  { "lead officer", C_AUTHOR },
  { "report author", C_AUTHOR },
  { "author", C_AUTHOR },
  { "contact officer", C_AUTHOR },
  { "contact", C_AUTHOR },
  { "key decision", C_KEY },
  { "is this a key decision", C_KEY },
  { "decision type", C_KEY },
  { "wards affected", C_WARDS },
  { "ward(s) affected", C_WARDS },
  { "wards", C_WARDS },
  { "decision due", C_DUE },
  { "purpose of report", C_PURPOSE },
  { "purpose of the report", C_PURPOSE },
  { "purpose", C_PURPOSE },
  { "purpose/executive summary", C_PURPOSE },
  { "recommendations", C_RECOMMENDATIONS },
  { "recommendation", C_RECOMMENDATIONS },
  { "issue details", C_ISSUE },
};

/* Headings that end a recommendations list. */
static const char * const stop_headings[] = {
  "reason for the recommendation", "reasons for the recommendation",
  "reason for recommendation", "reasons for recommendation",
  "appendices", "appendix", "background", "introduction", "report",
  "executive summary", "financial implications", "implications",
  "background papers", "relevant scrutiny committee", "consultees",
  "agenda items", "decisions", NULL
};

/* The field @line opens and the text after its label (NULL when the
 * line ends at it). A section number before it ("2. Recommendations")
 * is skipped. */
static CoverField
cover_label (const char  *line,
             const char **value)
{
  const char *s = line;

  while (g_ascii_isdigit (*s) || (*s == '.' && s != line))
    s++;
  if (s != line)
    {
      if (!g_ascii_isspace (*s))
        s = line;
      while (g_ascii_isspace (*s))
        s++;
    }
  for (guint i = 0; i < G_N_ELEMENTS (cover_labels); i++)
    {
      gsize n = strlen (cover_labels[i].label);
      const char *after = s + n;

      if (g_ascii_strncasecmp (s, cover_labels[i].label, n) != 0)
        continue;
      while (*after == ' ')
        after++;
      if (*after != ':' && *after != '?' && *after != '\0')
        continue;
      while (*after == ':' || *after == '?' || *after == ' ')
        after++;
      *value = *after != '\0' ? after : NULL;
      return cover_labels[i].field;
    }
  *value = NULL;
  return C_NONE;
}

/* "Report of the Head of Democratic Services": the label run into its
 * value, without a colon. */
static const char *
report_of_prose (const char *line)
{
  if (g_ascii_strncasecmp (line, "report of the ", 14) == 0)
    return line + 14;
  return NULL;
}

static gboolean
has_label (const char *line)
{
  const char *rest;
  g_autofree char *label = _ama_import_parse_label (line, &rest);

  return label != NULL;
}

static gboolean
is_stop (const char *line)
{
  g_autofree char *lower = g_ascii_strdown (line, -1);
  char *s = lower;
  gsize n;

  while (g_ascii_isdigit (*s) || *s == '.')
    s++;
  g_strstrip (s);
  n = strlen (s);
  while (n > 0 && (s[n - 1] == ':' || s[n - 1] == 's'))
    s[--n] = '\0';
  for (guint i = 0; stop_headings[i] != NULL; i++)
    {
      g_autofree char *h = g_strdup (stop_headings[i]);
      gsize hn = strlen (h);

      while (hn > 0 && h[hn - 1] == 's')
        h[--hn] = '\0';
      if (g_str_equal (s, h))
        return TRUE;
    }
  return FALSE;
}

/* "Homes and Safe Communities Scrutiny Committee: 17th January, 2018":
 * a body (it names a committee, council, cabinet…) and a date. */
static gboolean
body_and_date (GDateTime         *reference,
               const char        *line,
               char             **body,
               GDateTime        **date)
{
  const char *colon = strrchr (line, ':');
  g_autofree char *b = NULL;
  g_autofree char *lower = NULL;
  const char *end = NULL;
  g_autoptr(GDateTime) d = NULL;
  gboolean named = FALSE;

  if (colon == NULL || colon == line)
    return FALSE;
  d = _ama_import_parse_date (colon + 1 + strspn (colon + 1, " "), reference, &end, NULL);
  if (d == NULL || end == NULL || end[strspn (end, " .")] != '\0')
    return FALSE;
  b = g_strstrip (g_strndup (line, colon - line));
  lower = g_ascii_strdown (b, -1);
  for (guint i = 0; _ama_vocab_body_words[i] != NULL && !named; i++)
    named = strstr (lower, _ama_vocab_body_words[i]) != NULL;
  if (!named)
    return FALSE;
  *body = g_steal_pointer (&b);
  *date = g_steal_pointer (&d);
  return TRUE;
}

guint
_ama_import_cover_sheet_score (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 200);
  guint seen = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *value;
      const char *line = g_strstrip (lines[i]);
      CoverField f = cover_label (line, &value);
      g_autofree char *body = NULL;
      g_autoptr(GDateTime) date = NULL;

      /* A report's body has "Recommendations" too: only its purpose
       * counts, as one of the cover's fields. */
      if (f == C_RECOMMENDATIONS)
        continue;
      if (f != C_NONE)
        seen |= 1u << f;
      else if (report_of_prose (line) != NULL)
        seen |= 1u << C_REPORT_OF;
      else if (body_and_date (NULL, line, &body, &date))
        seen |= (1u << C_BODY) | (1u << C_DATE);
    }
  return (guint) __builtin_popcount (seen);
}

typedef struct
{
  AmaImportContext *ctx;
  AmaDocument      *doc;
  GPtrArray        *recs;      /* of char * */
  gboolean          labelled;  /* the recommendations carry labels */
  GString          *rest;      /* the report after the cover */
  guint             n_fields;
} Cover;

static void
set_value (Cover      *c,
           CoverField  field,
           const char *value,
           guint       line)
{
  g_autofree char *v = g_strstrip (g_strdup (value));

  switch (field)
    {
    case C_BODY:
      if (ama_document_get_body (c->doc) == NULL)
        ama_document_set_body (c->doc, v);
      break;
    case C_DATE:
      {
        g_autoptr(GDateTime) d = _ama_import_parse_date (v, c->ctx->reference, NULL, NULL);

        if (d != NULL && ama_document_get_date (c->doc) == NULL)
          ama_document_set_date (c->doc, d);
        else if (d == NULL)
          _ama_import_diag_line (c->ctx, AMA_SEVERITY_WARNING, "cover-date-unread", line, 1, NULL,
                                 "“%s” is not a date; the cover's date is left unset", v);
        break;
      }
    case C_REPORT_OF:
      if (ama_document_get_director (c->doc) == NULL)
        ama_document_set_director (c->doc, v);
      break;
    case C_TITLE:
      if (ama_document_get_title (c->doc) == NULL)
        ama_document_set_title (c->doc, v);
      break;
    case C_KEY:
      {
        g_autofree char *lower = g_ascii_strdown (v, -1);

        if (g_str_has_prefix (lower, "no") || g_str_has_prefix (lower, "non"))
          ama_document_set_key_decision (c->doc, FALSE);
        else if (g_str_has_prefix (lower, "yes") || g_str_has_prefix (lower, "key"))
          ama_document_set_key_decision (c->doc, TRUE);
        break;
      }
    case C_WARDS:
      {
        g_auto(GStrv) parts = g_strsplit_set (v, ";,", -1);
        g_autoptr(GPtrArray) wards = g_ptr_array_new_with_free_func (g_free);

        for (guint i = 0; parts[i] != NULL; i++)
          {
            char *w = g_strstrip (g_strdelimit (parts[i], "()", ' '));

            if (*w != '\0')
              g_ptr_array_add (wards, g_strdup (w));
          }
        g_ptr_array_add (wards, NULL);
        ama_document_set_wards (c->doc, (const char * const *) wards->pdata);
        break;
      }
    case C_AUTHOR:
      {
        /* "Andrea Woodley, Director of … Email: … Tel: …": the name is
         * before the first comma. */
        g_autofree char *name = g_strndup (v, strcspn (v, ",("));
        g_autoptr(AmaPerson) p = _ama_import_parse_person (g_strstrip (name));

        if (p != NULL)
          ama_document_add_author (c->doc, p);
        break;
      }
    case C_DUE:
      {
        /* "30 Jun 2021 by Democracy and General Purposes Committee" */
        const char *end = NULL;
        g_autoptr(GDateTime) d = _ama_import_parse_date (v, c->ctx->reference, &end, NULL);

        if (d != NULL && ama_document_get_date (c->doc) == NULL)
          ama_document_set_date (c->doc, d);
        if (end != NULL && g_str_has_prefix (end, " by ") && ama_document_get_body (c->doc) == NULL)
          ama_document_set_body (c->doc, end + 4);
        break;
      }
    case C_PURPOSE:
      if (ama_document_get_summary (c->doc) == NULL)
        ama_document_set_summary (c->doc, v);
      break;
    case C_RECOMMENDATIONS:
    case C_ISSUE:
    case C_NONE:
    default:
      break;
    }
  c->n_fields++;
}

/* One line inside the recommendations: an introduction ("Members are
 * asked to:") is skipped, a labelled line starts an item, an unlabelled
 * one starts an item of an unlabelled list or continues the labelled
 * item above. */
static void
add_recommendation_line (Cover      *c,
                         const char *line)
{
  const char *rest = line;
  g_autofree char *label = NULL;
  gsize n = strlen (line);

  if (n > 0 && line[n - 1] == ':')
    return;
  /* "ii. agree that …" and "2.1 That …": roman numerals and section
   * numbers, which the label parser leaves (it would take "i." for a
   * letter and "ii." for a word). */
  if (g_regex_match_simple ("^(?:\\(?[ivx]{1,5}[.)]|\\d+\\.\\d+\\.?)\\s", line, 0, 0))
    {
      label = g_strndup (line, strcspn (line, " "));
      rest = line + strlen (label);
      while (*rest == ' ')
        rest++;
    }
  else if (g_str_has_prefix (line, "• ") || g_str_has_prefix (line, "· ") || g_str_has_prefix (line, "- "))
    rest = line + strcspn (line, " ") + 1;
  else
    label = _ama_import_parse_label (line, &rest);
  /* "2.1 Members are asked to:" was skipped; "2.2 …" is prose. */
  if (label != NULL)
    c->labelled = TRUE;
  if (label == NULL && c->labelled && c->recs->len > 0)
    {
      char *last = g_ptr_array_index (c->recs, c->recs->len - 1);

      c->recs->pdata[c->recs->len - 1] = g_strconcat (last, " ", rest, NULL);
      g_free (last);
      return;
    }
  g_ptr_array_add (c->recs, g_strdup (rest));
}

gboolean
_ama_import_cover_sheet (AmaImportContext  *ctx,
                         const char        *text,
                         GError           **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(AmaDocument) doc = ama_document_new (AMA_DOCUMENT_KIND_SUMMARY_SHEET, NULL);
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) rest = g_string_new (NULL);
  Cover c = { ctx, doc, recs, FALSE, rest, 0 };
  CoverField pending = C_NONE;
  gboolean in_recs = FALSE, want_title = FALSE, done_cover = FALSE;
  guint n_labels = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = _ama_import_clean_cell (lines[i]);
      const char *value = NULL;
      g_autofree char *body = NULL;
      g_autoptr(GDateTime) date = NULL;
      CoverField f;

      g_strdelimit (line, "\v\t", ' ');
      g_strstrip (line);
      if (*line == '\0' || _ama_vocab_line_is (_ama_vocab_page_furniture, line))
        continue;

      f = done_cover ? C_NONE : cover_label (line, &value);
      if (in_recs)
        {
          if (f != C_NONE || is_stop (line)
              || (c.labelled && g_ascii_isdigit (line[0]) && !has_label (line)))
            {
              in_recs = FALSE;
              done_cover = c.recs->len > 0;
              if (done_cover)
                f = C_NONE;
            }
          else
            {
              add_recommendation_line (&c, line);
              continue;
            }
        }
      if (done_cover)
        {
          if (rest->len > 0)
            g_string_append_c (rest, '\n');
          g_string_append (rest, line);
          continue;
        }
      if (want_title && f == C_NONE)
        {
          set_value (&c, C_TITLE, line, i + 1);
          want_title = FALSE;
          continue;
        }
      if (pending != C_NONE && f == C_NONE)
        {
          set_value (&c, pending, line, i + 1);
          pending = C_NONE;
          continue;
        }
      pending = C_NONE;
      if (f == C_RECOMMENDATIONS)
        {
          n_labels++;
          in_recs = TRUE;
          if (value != NULL)
            add_recommendation_line (&c, value);
          continue;
        }
      if (f == C_ISSUE)
        {
          want_title = TRUE;
          continue;
        }
      if (f != C_NONE)
        {
          n_labels++;
          if (value != NULL)
            set_value (&c, f, value, i + 1);
          else
            pending = f;
          continue;
        }
      if ((value = report_of_prose (line)) != NULL && ama_document_get_director (doc) == NULL)
        {
          n_labels++;
          set_value (&c, C_REPORT_OF, value, i + 1);
          /* Vale of Glamorgan: the title is the line after. */
          want_title = ama_document_get_title (doc) == NULL;
          continue;
        }
      if (ama_document_get_body (doc) == NULL && body_and_date (ctx->reference, line, &body, &date))
        {
          n_labels++;
          ama_document_set_body (doc, body);
          if (ama_document_get_date (doc) == NULL)
            ama_document_set_date (doc, date);
          continue;
        }
      /* Prose of the cover that fits no field (a description, a logo's
       * caption): kept with the report's text. */
      if (rest->len > 0)
        g_string_append_c (rest, '\n');
      g_string_append (rest, line);
    }

  if (n_labels < 3 || (ama_document_get_title (doc) == NULL && ama_document_get_body (doc) == NULL))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1, column 1: not a report cover: %u of its labels (“Report of:”, "
                   "“Date:”, “Title of Report:”, …) found, and %s", n_labels,
                   ama_document_get_title (doc) == NULL ? "no title" : "no meeting");
      return FALSE;
    }
  if (recs->len > 0)
    {
      g_ptr_array_add (recs, NULL);
      ama_document_set_recommendations (doc, (const char * const *) recs->pdata);
    }
  if (rest->len > 0)
    {
      g_autoptr(AmaSection) section = ama_section_new (NULL, NULL);

      ama_section_set_text (section, rest->str);
      ama_document_add_section (doc, section);
    }
  if (ama_review_get_title (ctx->review) == NULL && ama_document_get_title (doc) != NULL)
    ama_review_set_title (ctx->review, ama_document_get_title (doc));
  ama_review_add_document (ctx->review, doc);
  _ama_import_diag (ctx, AMA_SEVERITY_INFO, "cover-read", 0, 0, NULL,
                    "a report cover: %u labels, %u recommendation%s", n_labels,
                    recs->len > 0 ? recs->len - 1 : 0, recs->len == 2 ? "" : "s");
  return TRUE;
}
