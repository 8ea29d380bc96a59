/* ama-import-summary.c: a council report's summary sheet (seed 003)
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-consideration.h"
#include "ama-document.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-person.h"
#include "ama-review.h"
#include "ama-section.h"
#include "ama-import-private.h"

/* A Rotherham cover ("Summary Sheet") is a column of labels, each value
 * on the line(s) after its label, or nothing when the field is empty;
 * then the report itself in numbered sections ("1 Recommendations",
 * "- 1.1 ..."), then accountable officers and approvals. The text is
 * read in one pass into blocks (a label or a section heading and the
 * lines under it) and each block is then placed; a line that fits no
 * block is reported by "summary-unplaced" with its text. */

typedef enum
{
  F_NONE,
  F_HEADING,          /* "Summary Sheet" */
  F_COMMITTEE,
  F_TITLE,
  F_KEY_DECISION,
  F_DIRECTOR,
  F_AUTHORS,
  F_WARDS,
  F_SUMMARY,
  F_RECOMMENDATIONS,
  F_APPENDICES,
  F_BACKGROUND,
  F_CONSIDERATION,
  F_COUNCIL_APPROVAL,
  F_EXEMPT,
  F_OFFICERS,
  F_APPROVALS,
  F_SIGNATURE,
  F_PUBLISHED,
  F_SECTION,
} Field;

static const struct
{
  const char *label;   /* lower case, without trailing ':' '?' */
  Field       field;
} labels[] = {
  { "summary sheet", F_HEADING },
  { "committee name and date of committee meeting", F_COMMITTEE },
  { "report title", F_TITLE },
  { "is this a key decision and has it been included on the forward plan", F_KEY_DECISION },
  { "director approving submission of the report", F_DIRECTOR },
  { "report author(s)", F_AUTHORS },
  { "report author", F_AUTHORS },
  { "report authors", F_AUTHORS },
  { "ward(s) affected", F_WARDS },
  { "wards affected", F_WARDS },
  { "executive summary", F_SUMMARY },
  { "recommendations", F_RECOMMENDATIONS },
  { "list of appendices included", F_APPENDICES },
  { "background papers", F_BACKGROUND },
  { "consideration by any other council committee, scrutiny or advisory panel", F_CONSIDERATION },
  { "council approval required", F_COUNCIL_APPROVAL },
  { "exempt from the press and public", F_EXEMPT },
  { "accountable officer(s)", F_OFFICERS },
  { "accountable officers", F_OFFICERS },
  { "accountable officer", F_OFFICERS },
  { "approvals obtained from", F_APPROVALS },
  { "name and job title", F_SIGNATURE },
  { "this report is published on the council's website or can be found at", F_PUBLISHED },
};

typedef struct
{
  Field      field;
  guint      line;
  char      *number;   /* sections */
  char      *title;    /* sections */
  GPtrArray *values;   /* lines as written (right-trimmed); "" for a blank line */
  GArray    *lines;    /* guint per value */
} Block;

static void
block_free (gpointer data)
{
  Block *b = data;

  g_free (b->number);
  g_free (b->title);
  g_ptr_array_unref (b->values);
  g_array_unref (b->lines);
  g_free (b);
}

static Block *
block_new (Field field,
           guint line)
{
  Block *b = g_new0 (Block, 1);

  b->field = field;
  b->line = line;
  b->values = g_ptr_array_new_with_free_func (g_free);
  b->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  return b;
}

static void
block_add (Block      *b,
           const char *value,
           guint       line)
{
  g_ptr_array_add (b->values, g_strdup (value));
  g_array_append_val (b->lines, line);
}

static guint
block_line (Block *b,
            guint  i)
{
  return g_array_index (b->lines, guint, i);
}

/* Matches a label at the start of @line; *@rest gets what follows it on
 * the same line ("Name and Job Title – Caroline Webb ..."). */
/* Compares @line with a lower-case ASCII @label, ignoring case and
 * reading a curly apostrophe as a straight one. Returns where the label
 * ends in @line, or NULL. */
static const char *
skip_label (const char *line,
            const char *label)
{
  const char *p = line;

  for (const char *l = label; *l; l++)
    {
      gunichar c;

      if (*p == '\0')
        return NULL;
      c = g_utf8_get_char (p);
      if (c == 0x2019 || c == 0x2018)
        c = '\'';
      if (g_unichar_tolower (c) != (gunichar) *l)
        return NULL;
      p = g_utf8_next_char (p);
    }
  return p;
}

/* Matches a label at the start of @line; *@rest gets what follows it on
 * the same line ("Name and Job Title – Caroline Webb ..."). */
static Field
match_label (const char  *line,
             const char **rest)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const char *after = skip_label (line, labels[i].label);

      if (after == NULL)
        continue;
      gboolean colon;

      /* Only punctuation or a dash may follow a whole-line label; a value
       * on the label's line needs a colon ("Report author(s): Jo
       * Bloggs"), except for the signature and the publication note,
       * which always carry theirs inline. */
      while (*after == ' ' || *after == '?')
        after++;
      colon = *after == ':';
      while (*after == ' ' || *after == ':' || *after == '?' || *after == '-')
        after++;
      if (g_str_has_prefix (after, "–") || g_str_has_prefix (after, "—"))
        after += strlen ("–");
      while (*after == ' ' || *after == '-')
        after++;
      if (*after != '\0' && !colon && labels[i].field != F_SIGNATURE && labels[i].field != F_PUBLISHED)
        continue;
      *rest = after;
      return labels[i].field;
    }
  *rest = NULL;
  return F_NONE;
}

/* "- 1.1 text" → TRUE; "1 Recommendations", "14 Accountable Officer(s)":
 * a section heading is a small number, a space and a short capitalised
 * title without a final full stop, numbered one more than the last. */
static gboolean
match_section (const char *line,
               guint       expected,
               char      **number,
               char      **title)
{
  guint64 n;
  const char *p = line;
  gsize len;

  while (g_ascii_isdigit (*p))
    p++;
  if (p == line || p - line > 2 || *p != ' ')
    return FALSE;
  n = g_ascii_strtoull (line, NULL, 10);
  if (n != expected)
    return FALSE;
  p++;
  len = strlen (p);
  if (!g_ascii_isupper (*p) || len > 90 || p[len - 1] == '.')
    return FALSE;
  *number = g_strndup (line, strchr (line, ' ') - line);
  *title = g_strdup (p);
  return TRUE;
}

static char *
rstrip_dup (const char *s)
{
  char *copy = g_strdup (s);

  return g_strchomp (copy);
}

/* The values of a block as text: lines joined by '\n', runs of blank
 * lines as one blank line (a paragraph break). */
static char *
block_text (Block *b)
{
  GString *s = g_string_new (NULL);
  gboolean blank = FALSE;

  for (guint i = 0; i < b->values->len; i++)
    {
      const char *v = g_ptr_array_index (b->values, i);

      if (*v == '\0')
        {
          blank = TRUE;
          continue;
        }
      if (s->len > 0)
        g_string_append (s, blank ? "\n\n" : "\n");
      g_string_append (s, v);
      blank = FALSE;
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static char *
trim_dup (const char *s)
{
  char *copy = g_strdup (s);

  return g_strstrip (copy);
}

typedef struct
{
  AmaImportContext *ctx;
  AmaDocument      *sheet;
  char             *summary;     /* executive summary, for consideration outcomes */
  GPtrArray        *authors;     /* AmaPerson, to compare the signature */
} Sheet;

static void
unplaced (Sheet      *s,
          Block      *b,
          guint       i,
          const char *why)
{
  const char *v = g_ptr_array_index (b->values, i);

  _ama_import_diag_line (s->ctx, AMA_SEVERITY_WARNING, "summary-unplaced", block_line (b, i), 1, NULL,
                         "%s: “%s”", why, v);
}

/* Yes/No fields. Returns the number of answers read into @answers
 * (at most two: "Key Decision" and "Forward Plan" share one label). */
static guint
read_yes_no (const char *text,
             gboolean    answers[2])
{
  g_autoptr(GRegex) re = g_regex_new ("\\b(yes|no)\\b", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) m = NULL;
  guint n = 0;

  g_regex_match (re, text, 0, &m);
  while (g_match_info_matches (m) && n < 2)
    {
      g_autofree char *w = g_match_info_fetch (m, 1);
      answers[n++] = g_ascii_tolower (*w) == 'y';
      g_match_info_next (m, NULL);
    }
  return n;
}

/* Values under a Yes/No label: the first non-blank line answers; the
 * report's title repeated as its heading may follow the last cover
 * field and is no loss; anything else is reported. */
static gboolean
place_yes_no (Sheet    *s,
              Block    *b,
              gboolean  answers[2],
              guint    *n_answers)
{
  gboolean answered = FALSE;

  *n_answers = 0;
  for (guint i = 0; i < b->values->len; i++)
    {
      const char *v = g_ptr_array_index (b->values, i);
      g_autofree char *t = trim_dup (v);

      if (*t == '\0')
        continue;
      if (!answered)
        {
          *n_answers = read_yes_no (t, answers);
          answered = TRUE;
          if (*n_answers == 0)
            unplaced (s, b, i, "no Yes or No in the answer");
          else if (g_ascii_strcasecmp (t, "yes") != 0 && g_ascii_strcasecmp (t, "no") != 0)
            _ama_import_diag_line (s->ctx, AMA_SEVERITY_INFO, "summary-answer-detail", block_line (b, i), 1,
                                   NULL, "only the Yes/No of “%s” is kept in a field", t);
          continue;
        }
      if (g_strcmp0 (t, ama_document_get_title (s->sheet)) == 0)
        continue;
      unplaced (s, b, i, "text after a Yes/No answer");
    }
  return *n_answers > 0;
}

/* "Council – 18 October 2017" → "Council": the text before the date
 * (all of it when @date_start is NULL) without the dash or comma that
 * separated the two. */
static char *
body_before_date (const char *text,
                  const char *date_start)
{
  static const char *const separators[] = { "–", "—", "-", ",", NULL };
  char *body = date_start ? g_strndup (text, date_start - text) : g_strdup (text);
  gboolean again = TRUE;

  g_strchomp (body);
  while (again)
    {
      again = FALSE;
      for (guint i = 0; separators[i] != NULL; i++)
        if (g_str_has_suffix (body, separators[i]))
          {
            body[strlen (body) - strlen (separators[i])] = '\0';
            g_strchomp (body);
            again = TRUE;
          }
    }
  return body;
}

static void
place_committee (Sheet *s,
                 Block *b)
{
  g_autofree char *text = block_text (b);
  const char *start = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *body = NULL;

  if (text == NULL)
    return;
  date = _ama_import_find_date (text, s->ctx->reference, &start, NULL);
  if (date != NULL)
    {
      body = body_before_date (text, start);
      ama_document_set_date (s->sheet, date);
    }
  else
    {
      body = g_strdup (text);
      guint line = b->line;

      /* Point at the value, not at its label. */
      for (guint i = 0; i < b->values->len; i++)
        if (*(const char *) g_ptr_array_index (b->values, i) != '\0')
          {
            line = block_line (b, i);
            break;
          }
      _ama_import_diag_line (s->ctx, AMA_SEVERITY_WARNING, "summary-no-date", line, 1, NULL,
                             "no date in “%s”; kept as the committee's name", text);
    }
  ama_document_set_body (s->sheet, body);
}

static void
place_authors (Sheet *s,
               Block *b)
{
  g_autoptr(GRegex) phone = g_regex_new ("^(?:(?:tel|telephone|phone|t)\\s*[.:]?\\s*)?([+0-9][0-9 ()-]{6,})$",
                                         G_REGEX_CASELESS, 0, NULL);
  AmaPerson *current = NULL;

  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));
      g_autoptr(GMatchInfo) m = NULL;

      if (*t == '\0')
        continue;
      if (g_regex_match (phone, t, 0, &m))
        {
          g_autofree char *number = g_match_info_fetch (m, 1);

          if (current != NULL && ama_person_get_phone (current) == NULL)
            {
              ama_person_set_phone (current, g_strstrip (number));
              continue;
            }
        }
      else if (strchr (t, '@') != NULL && strchr (t, ' ') == NULL)
        {
          if (current != NULL && ama_person_get_email (current) == NULL)
            {
              ama_person_set_email (current, t);
              continue;
            }
        }
      else
        {
          g_autoptr(AmaPerson) p = _ama_import_parse_person (t);

          if (p != NULL)
            {
              ama_document_add_author (s->sheet, p);
              g_ptr_array_add (s->authors, g_object_ref (p));
              current = p;
              continue;
            }
        }
      unplaced (s, b, i, "not an author's name, phone or e-mail");
    }
}

static void
place_wards (Sheet *s,
             Block *b)
{
  g_autofree char *text = block_text (b);
  g_autoptr(GRegex) sep = g_regex_new ("\\s*(?:,|;|\\n|\\band\\b)\\s*", 0, 0, NULL);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) wards = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  if (text == NULL)
    return;
  parts = g_regex_split (sep, text, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (wards, parts[i]);
  result = g_strv_builder_end (wards);
  ama_document_set_wards (s->sheet, (const char * const *) result);
}

/* "1. That ..." lines: the number goes (the order keeps it), a line
 * without a number continues the one before. */
static void
place_recommendations (Sheet *s,
                       Block *b)
{
  g_autoptr(GRegex) num = g_regex_new ("^(?:\\(?\\d{1,2}[.)]|[-•·])\\s+(.*)$", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GStrvBuilder) recs = g_strv_builder_new ();
  g_autoptr(GString) cur = NULL;
  g_auto(GStrv) result = NULL;

  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));
      g_autoptr(GMatchInfo) m = NULL;

      if (*t == '\0')
        continue;
      if (g_regex_match (num, t, 0, &m) || cur == NULL)
        {
          g_autofree char *text = g_match_info_matches (m) ? g_match_info_fetch (m, 1) : g_strdup (t);

          if (cur != NULL)
            {
              g_strv_builder_add (recs, cur->str);
              g_string_free (g_steal_pointer (&cur), TRUE);
            }
          cur = g_string_new (text);
        }
      else
        {
          g_string_append_c (cur, ' ');
          g_string_append (cur, t);
        }
    }
  if (cur == NULL)
    return;
  g_strv_builder_add (recs, cur->str);
  result = g_strv_builder_end (recs);
  ama_document_set_recommendations (s->sheet, (const char * const *) result);
}

static void
place_appendices (Sheet *s,
                  Block *b)
{
  g_autoptr(GRegex) re = g_regex_new ("^((Appendix|Appendices|Annexe?|Schedule)\\s+[0-9A-Z]{1,3})\\b\\s*[–—:.-]?\\s*(.*)$",
                                      G_REGEX_CASELESS, 0, NULL);

  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));
      g_autoptr(GMatchInfo) m = NULL;
      g_autoptr(AmaDocument) doc = NULL;

      if (*t == '\0' || g_ascii_strcasecmp (t, "none") == 0)
        continue;
      if (g_regex_match (re, t, 0, &m))
        {
          g_autofree char *label = g_match_info_fetch (m, 1);
          g_autofree char *kind = g_match_info_fetch (m, 2);
          g_autofree char *title = g_match_info_fetch (m, 3);

          doc = ama_document_new (g_ascii_strncasecmp (kind, "Annex", 5) == 0 ? AMA_DOCUMENT_KIND_ANNEX
                                                                                : AMA_DOCUMENT_KIND_APPENDIX,
                                  *title ? title : NULL);
          ama_document_set_label (doc, label);
        }
      else
        {
          doc = ama_document_new (AMA_DOCUMENT_KIND_APPENDIX, t);
          _ama_import_diag_line (s->ctx, AMA_SEVERITY_INFO, "summary-appendix-unlabelled", block_line (b, i), 1,
                                 NULL, "appendix “%s” has no “Appendix N” or “Annex N” label", t);
        }
      ama_review_add_document (s->ctx->review, doc);
    }
}

static void
place_background (Sheet *s,
                  Block *b)
{
  g_autoptr(GStrvBuilder) papers = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));

      /* "None" is the sheet saying there are none: an empty list. */
      if (*t == '\0' || g_ascii_strcasecmp (t, "none") == 0 || g_ascii_strcasecmp (t, "none.") == 0)
        continue;
      g_strv_builder_add (papers, t);
    }
  result = g_strv_builder_end (papers);
  ama_document_set_background_papers (s->sheet, (const char * const *) result);
}

/* What the executive summary says a body did with the report:
 * "approved by Improving Lives Select Commission", "considered by
 * Overview and Scrutiny Management Board". */
static char *
outcome_for (Sheet      *s,
             const char *body)
{
  static const struct { const char *verb; const char *outcome; } verbs[] = {
    { "approved by ", "approved" },
    { "endorsed by ", "endorsed" },
    { "considered by ", "considered" },
    { "noted by ", "noted" },
  };

  if (s->summary == NULL || body == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      g_autofree char *needle = g_strconcat (verbs[i].verb, body, NULL);
      if (strstr (s->summary, needle) != NULL)
        return g_strdup (verbs[i].outcome);
    }
  return NULL;
}

static void
place_considerations (Sheet *s,
                      Block *b)
{
  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));
      const char *start = NULL;
      g_autoptr(GDateTime) date = NULL;
      g_autofree char *body = NULL;
      g_autofree char *outcome = NULL;
      g_autoptr(AmaConsideration) c = NULL;

      if (*t == '\0' || g_ascii_strcasecmp (t, "none") == 0)
        continue;
      date = _ama_import_find_date (t, s->ctx->reference, &start, NULL);
      body = body_before_date (t, date ? start : NULL);
      if (date == NULL)
        _ama_import_diag_line (s->ctx, AMA_SEVERITY_WARNING, "summary-no-date", block_line (b, i), 1, NULL,
                               "no date in consideration “%s”", t);
      outcome = outcome_for (s, body);
      if (outcome != NULL)
        _ama_import_diag_line (s->ctx, AMA_SEVERITY_INFO, "summary-outcome-inferred", block_line (b, i), 1, NULL,
                               "outcome “%s” for %s taken from the executive summary",
                               outcome, body);
      c = ama_consideration_new (body, date, outcome);
      ama_review_add_consideration (s->ctx->review, c);
    }
}

static void
place_officers (Sheet *s,
                Block *b)
{
  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));
      g_autoptr(AmaPerson) p = NULL;

      if (*t == '\0')
        continue;
      p = _ama_import_parse_person (t);
      if (p != NULL)
        ama_document_add_accountable_officer (s->sheet, p);
      else
        unplaced (s, b, i, "not an accountable officer");
    }
}

/* "Assistant Director of Finance and Customer Services: Graham Saxton",
 * "Head of Procurement (if appropriate): N/A" — the role before the last
 * colon, the name (or "N/A", kept as written) after it. */
static void
place_approvals (Sheet *s,
                 Block *b)
{
  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));
      char *colon;
      g_autoptr(AmaPerson) p = NULL;

      if (*t == '\0')
        continue;
      colon = strrchr (t, ':');
      if (colon == NULL)
        {
          unplaced (s, b, i, "approval without “Role: Name”");
          continue;
        }
      *colon = '\0';
      p = ama_person_new (g_strstrip (colon + 1));
      ama_person_set_role (p, g_strstrip (t));
      ama_document_add_approval (s->sheet, p);
      if (g_ascii_strcasecmp (ama_person_get_name (p), "N/A") == 0)
        _ama_import_diag_line (s->ctx, AMA_SEVERITY_INFO, "summary-approval-not-applicable",
                               block_line (b, i), 1, NULL,
                               "approval by “%s” marked N/A; kept as written", t);
    }
}

/* "Name and Job Title – Caroline Webb Senior Adviser (...)": the report
 * author signing; the same person is not added twice. */
static void
place_signature (Sheet      *s,
                 const char *text,
                 guint       line)
{
  for (guint i = 0; i < s->authors->len; i++)
    {
      AmaPerson *a = g_ptr_array_index (s->authors, i);
      const char *name = ama_person_get_name (a);

      if (name != NULL && g_str_has_prefix (text, name))
        {
          _ama_import_diag_line (s->ctx, AMA_SEVERITY_INFO, "summary-signature", line, 1, NULL,
                                 "signed by the report's author %s; the signature "
                                 "(“%s”) is kept as a section", name, text);
          return;
        }
    }
  {
    g_autoptr(AmaPerson) p = _ama_import_parse_person (text);
    if (p != NULL)
      {
        ama_document_add_author (s->sheet, p);
        _ama_import_diag_line (s->ctx, AMA_SEVERITY_INFO, "summary-signature", line, 1, NULL,
                               "signatory “%s” added as an author", text);
      }
  }
}

static void
place_published (Sheet *s,
                 Block *b)
{
  g_autoptr(GRegex) url = g_regex_new ("<?((?:https?|ftp)://[^\\s>]+)>?", G_REGEX_CASELESS, 0, NULL);

  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));
      g_autoptr(GMatchInfo) m = NULL;

      if (*t == '\0')
        continue;
      if (g_regex_match (url, t, 0, &m) && ama_document_get_uri (s->sheet) == NULL)
        {
          g_autofree char *u = g_match_info_fetch (m, 1);
          ama_document_set_uri (s->sheet, u);
        }
      else
        unplaced (s, b, i, "text after the publication note");
    }
}

/* Footnotes: a line opening with a superscript digit ("¹ The review
 * defined ...") is the note to a marker in the text ("(AMAs)¹"). Both
 * stay in the section's text where they stand; the pairing is reported
 * so nothing depends on reading it. */
static void
check_footnotes (Sheet      *s,
                 Block      *b,
                 const char *text)
{
  static const char *const sups[] = { "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", NULL };

  for (guint i = 0; i < b->values->len; i++)
    {
      const char *v = g_ptr_array_index (b->values, i);

      for (guint k = 0; sups[k] != NULL; k++)
        {
          const char *first;

          if (!g_str_has_prefix (v, sups[k]))
            continue;
          first = strstr (text, sups[k]);
          /* The marker is an earlier occurrence than the note itself. */
          if (first != NULL && strstr (text, v) != first)
            _ama_import_diag_line (s->ctx, AMA_SEVERITY_INFO, "summary-footnote", block_line (b, i), 1, NULL,
                                   "footnote %s kept in section %s after its marker",
                                   sups[k], b->number);
          else
            _ama_import_diag_line (s->ctx, AMA_SEVERITY_WARNING, "summary-footnote-orphan",
                                   block_line (b, i), 1, NULL,
                                   "footnote %s has no marker in section %s; kept in its text",
                                   sups[k], b->number);
        }
    }
}

/* A report section's text as the council wrote it, less the converter's
 * list marks: "- 3.1 This report ..." is paragraph 3.1 (its own
 * paragraph), " - Establish ..." a bullet hanging from the line before
 * it, other lines kept, a blank line between paragraphs. */
static char *
section_text (Block *b)
{
  g_autoptr(GRegex) numbered = g_regex_new ("^-?\\s*(\\d{1,2}\\.\\d{1,2}\\s.*)$", 0, 0, NULL);
  GString *s = g_string_new (NULL);
  gboolean blank = FALSE;

  for (guint i = 0; i < b->values->len; i++)
    {
      g_autofree char *t = trim_dup (g_ptr_array_index (b->values, i));
      g_autoptr(GMatchInfo) m = NULL;
      const char *sep;

      if (*t == '\0')
        {
          blank = TRUE;
          continue;
        }
      if (g_regex_match (numbered, t, 0, &m))
        {
          g_autofree char *para = g_match_info_fetch (m, 1);
          g_free (t);
          t = g_steal_pointer (&para);
          sep = "\n\n";
        }
      else if (g_str_has_prefix (t, "- ") || g_str_has_prefix (t, "• "))
        sep = "\n";
      else
        sep = blank ? "\n\n" : "\n";
      if (s->len > 0)
        g_string_append (s, sep);
      g_string_append (s, t);
      blank = FALSE;
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static void
place_section (Sheet *s,
               Block *b)
{
  g_autofree char *text = section_text (b);
  g_autoptr(AmaSection) section = ama_section_new (b->number, b->title);

  ama_section_set_text (section, text);
  ama_document_add_section (s->sheet, section);
  if (text != NULL)
    check_footnotes (s, b, text);
}

gboolean
_ama_import_summary_sheet (AmaImportContext  *ctx,
                           const char        *text,
                           GError           **error)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (block_free);
  g_autoptr(AmaDocument) sheet = NULL;
  g_autoptr(GPtrArray) authors = g_ptr_array_new_with_free_func (g_object_unref);
  Sheet s = { ctx, NULL, NULL, NULL };
  Block *cur = NULL;
  Block *orphan;
  guint n_labels = 0;
  guint next_section = 1;
  guint committee_line = 1;
  gboolean seen_heading = FALSE;

  g_return_val_if_fail (ctx != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  /* Lines before the first label belong to no field. */
  orphan = block_new (F_NONE, 1);
  g_ptr_array_add (blocks, orphan);
  cur = orphan;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint line = i + 1;
      g_autofree char *value = rstrip_dup (lines[i]);
      g_autofree char *t = trim_dup (value);
      g_autofree char *number = NULL;
      g_autofree char *title = NULL;
      const char *rest = NULL;
      Field f;

      if (*t == '\0')
        {
          block_add (cur, "", line);
          continue;
        }
      f = match_label (t, &rest);
      if (f != F_NONE)
        {
          Block *b = block_new (f, line);

          if (f == F_HEADING)
            seen_heading = TRUE;
          n_labels++;
          g_ptr_array_add (blocks, b);
          cur = b;
          if (rest != NULL && *rest != '\0')
            block_add (cur, rest, line);
          continue;
        }
      if (match_section (t, next_section, &number, &title))
        {
          Block *b;
          const char *sub = NULL;
          Field sf = match_label (title, &sub);

          /* "14 Accountable Officer(s)" is a section and a field. */
          b = block_new (sf == F_OFFICERS ? F_OFFICERS : F_SECTION, line);
          b->number = g_steal_pointer (&number);
          b->title = g_steal_pointer (&title);
          g_ptr_array_add (blocks, b);
          cur = b;
          next_section++;
          continue;
        }
      block_add (cur, value, line);
    }

  if (n_labels < 3 || (!seen_heading && n_labels < 5))
    {
      /* Not Rotherham's sheet: another council's cover, if it is one. */
      if (!seen_heading && _ama_import_cover_sheet_score (text) >= 3)
        return _ama_import_cover_sheet (ctx, text, error);
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1, column 1: not a summary sheet: %u of its labels "
                   "(“Report Title”, “Executive Summary”, ...) found", n_labels);
      return FALSE;
    }

  sheet = ama_document_new (AMA_DOCUMENT_KIND_SUMMARY_SHEET, NULL);
  s.sheet = sheet;
  s.authors = authors;
  ama_review_add_document (ctx->review, sheet);

  /* Title and executive summary first: other fields refer to them. */
  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);
      g_autofree char *bt = NULL;

      if (b->field != F_TITLE && b->field != F_SUMMARY)
        continue;
      bt = block_text (b);
      if (bt == NULL)
        continue;
      if (b->field == F_TITLE)
        {
          g_autofree char *one = g_strdelimit (g_strdup (bt), "\n", ' ');
          ama_document_set_title (sheet, one);
          if (ama_review_get_title (ctx->review) == NULL)
            ama_review_set_title (ctx->review, one);
        }
      else
        {
          ama_document_set_summary (sheet, bt);
          /* The first paragraph summarises the review; the ones after it
           * say what this meeting is asked to do with it, which belongs
           * to the sheet (kept there in full), not to the review. */
          if (ama_review_get_summary (ctx->review) == NULL)
            {
              const char *para = strstr (bt, "\n\n");
              g_autofree char *first = para ? g_strndup (bt, para - bt) : g_strdup (bt);
              ama_review_set_summary (ctx->review, first);
            }
          g_free (s.summary);
          s.summary = g_strdup (bt);

          /* "the Improving Lives Select Commission’s cross-party review
           * group": the summary names the body whose review this is. */
          if (ama_review_get_body (ctx->review) == NULL)
            {
              g_autoptr(GRegex) owner = g_regex_new ("\\b((?:[A-Z][\\w-]*\\s+)+?(?:Commission|Committee|Board|Panel))"
                                                     "(?:’|')s\\s+(?:cross-party\\s+)?(?:scrutiny\\s+)?review\\s+group",
                                                     0, 0, NULL);
              g_autoptr(GMatchInfo) m = NULL;

              if (g_regex_match (owner, bt, 0, &m))
                {
                  g_autofree char *body = g_match_info_fetch (m, 1);

                  ama_review_set_body (ctx->review, body);
                  _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "summary-body-inferred", b->line, 1, "$.body",
                                         "the review's body “%s” is taken from the executive "
                                         "summary (“%s’s ... review group”)", body, body);
                }
            }
        }
    }

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);
      gboolean answers[2] = { FALSE, FALSE };
      guint n = 0;
      g_autofree char *bt = NULL;

      switch (b->field)
        {
        case F_NONE:
          for (guint k = 0; k < b->values->len; k++)
            if (*(const char *) g_ptr_array_index (b->values, k) != '\0')
              unplaced (&s, b, k, "text before the first label");
          break;
        case F_HEADING:
        case F_TITLE:
        case F_SUMMARY:
          for (guint k = 0; b->field == F_HEADING && k < b->values->len; k++)
            if (*(const char *) g_ptr_array_index (b->values, k) != '\0')
              unplaced (&s, b, k, "text under the sheet's heading");
          break;
        case F_COMMITTEE:
          committee_line = b->line;
          place_committee (&s, b);
          break;
        case F_KEY_DECISION:
          if (place_yes_no (&s, b, answers, &n))
            {
              ama_document_set_key_decision (sheet, answers[0]);
              ama_document_set_forward_plan (sheet, n > 1 ? answers[1] : answers[0]);
            }
          break;
        case F_DIRECTOR:
          bt = block_text (b);
          if (bt != NULL)
            ama_document_set_director (sheet, g_strdelimit (bt, "\n", ' '));
          break;
        case F_AUTHORS:
          place_authors (&s, b);
          break;
        case F_WARDS:
          place_wards (&s, b);
          break;
        case F_RECOMMENDATIONS:
          place_recommendations (&s, b);
          break;
        case F_APPENDICES:
          place_appendices (&s, b);
          break;
        case F_BACKGROUND:
          place_background (&s, b);
          break;
        case F_CONSIDERATION:
          place_considerations (&s, b);
          break;
        case F_COUNCIL_APPROVAL:
          if (place_yes_no (&s, b, answers, &n))
            ama_document_set_council_approval_required (sheet, answers[0]);
          break;
        case F_EXEMPT:
          if (place_yes_no (&s, b, answers, &n))
            ama_document_set_exempt (sheet, answers[0]);
          break;
        case F_OFFICERS:
          if (b->number != NULL)
            place_section (&s, b);
          place_officers (&s, b);
          break;
        case F_APPROVALS:
          place_approvals (&s, b);
          break;
        case F_SIGNATURE:
          /* The signature block is kept as written, as a section with
           * its label for a title (its job title differs from the
           * author's line); it adds an author only when it names one
           * the sheet did not. */
          bt = block_text (b);
          if (bt != NULL)
            {
              g_autoptr(AmaSection) sig = ama_section_new (NULL, "Name and Job Title");
              ama_section_set_text (sig, bt);
              ama_document_add_section (sheet, sig);
            }
          for (guint k = 0; k < b->values->len; k++)
            {
              g_autofree char *t = trim_dup (g_ptr_array_index (b->values, k));
              if (*t != '\0')
                place_signature (&s, t, block_line (b, k));
            }
          break;
        case F_PUBLISHED:
          place_published (&s, b);
          break;
        case F_SECTION:
          place_section (&s, b);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  /* The meeting the sheet is written for considers the report too, after
   * the bodies the sheet lists; what for, the executive summary says
   * ("This report is presented for information"). */
  if (ama_document_get_body (sheet) != NULL && ama_document_get_date (sheet) != NULL)
    {
      static const char *const purposes[] = { "for information", "for decision", "for approval",
                                              "for noting", "for consideration", NULL };
      g_autoptr(AmaConsideration) c = NULL;
      const char *outcome = NULL;

      for (guint i = 0; s.summary != NULL && purposes[i] != NULL; i++)
        {
          g_autofree char *needle = g_strconcat ("presented ", purposes[i], NULL);
          if (strstr (s.summary, needle) != NULL)
            {
              outcome = purposes[i];
              break;
            }
        }
      if (outcome != NULL)
        _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "summary-outcome-inferred", committee_line, 1, NULL,
                               "outcome “%s” for %s taken from the executive summary",
                               outcome, ama_document_get_body (sheet));
      c = ama_consideration_new (ama_document_get_body (sheet), ama_document_get_date (sheet), outcome);
      ama_review_add_consideration (ctx->review, c);
    }

  if (ama_document_get_title (sheet) == NULL)
    _ama_import_diag (ctx, AMA_SEVERITY_WARNING, "summary-no-title", 1, 1, NULL,
                      "line 1: the sheet has no report title");
  g_free (s.summary);
  return TRUE;
}
