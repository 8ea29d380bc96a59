/* ama-import-minutes.c: ModernGov minutes text → one minuted agenda item
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-agenda-item.h"
#include "ama-document.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-meeting.h"
#include "ama-member.h"
#include "ama-person.h"
#include "ama-resolution.h"
#include "ama-review.h"
#include "ama-import-minutes-private.h"

/* Minutes as the council's web site prints them (seed 001):
 *
 *   Agenda item
 *   To receive the scrutiny review ...            ← purpose
 *   Consideration was given to the report ...     ← narrative
 *   ·            Establish the right balance ...  ← bullets (NBSP runs)
 *   Resolved:-  (1)  That the report ... noted.   ← resolutions
 *   (2)  That the response ...
 *   Mover:-  Councillor Clark   Seconder:-  Councillor Allcock
 *   Supporting documents:
 *
 * Text is read paragraph by paragraph (a paragraph is a run of non-blank
 * lines). Everything that is neither heading, purpose, resolution, mover
 * nor document goes to the narrative verbatim (whitespace collapsed), so
 * nothing is lost: the parser only decides where a paragraph belongs. */

typedef struct
{
  char  *text;   /* lines joined with '\n', each line trimmed */
  guint  line;   /* 1-based line of the first line */
} Para;

static void
para_clear (gpointer data)
{
  Para *p = data;

  g_free (p->text);
}

/* With @one_line, every paragraph is placed at @first_line: text made
 * from HTML has no lines of its own to point at, its element has. */
static GArray *
split_paragraphs (const char *text,
                  guint       first_line,
                  gboolean    one_line)
{
  GArray *paras = g_array_new (FALSE, TRUE, sizeof (Para));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *cur = NULL;
  guint start = 0;

  g_array_set_clear_func (paras, para_clear);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        {
          if (cur != NULL)
            {
              Para p = { g_string_free (cur, FALSE), start };
              g_array_append_val (paras, p);
              cur = NULL;
            }
          continue;
        }
      if (cur == NULL)
        {
          cur = g_string_new (NULL);
          start = one_line ? first_line : first_line + i;
        }
      else
        g_string_append_c (cur, '\n');
      g_string_append (cur, line);
    }
  if (cur != NULL)
    {
      Para p = { g_string_free (cur, FALSE), start };
      g_array_append_val (paras, p);
    }

  return paras;
}

/* A bullet paragraph: a bullet (_ama_import_bullet_at()) or, as Word
 * writes a second-level list, "o " then text. Returns the text after
 * the marker, or NULL. */
static const char *
bullet_text (const char *s)
{
  gsize n = _ama_import_bullet_at (s);

  if (n == 0 && g_str_has_prefix (s, "o "))
    n = strlen ("o ");
  if (n == 0)
    return NULL;
  return s + n + strspn (s + n, " \t");
}

/* Resolution labels: "(1)", "(a)", "(iv)", "1.", "1)", "a)", "a.". */
typedef enum
{
  LABEL_NONE,
  LABEL_PAREN,   /* (1) (a) */
  LABEL_DOT,     /* 1. a. */
  LABEL_CLOSE,   /* 1) a) */
  LABEL_DECIMAL, /* 1.1) 1.2 (a decision record's "RESOLVED that:" list) */
} LabelStyle;

/* Reads a label at the start of @s. On success returns the text after
 * it and sets @number (without punctuation) and @style. */
static const char *
read_label (const char  *s,
            char       **number,
            LabelStyle  *style)
{
  const char *p = s;
  const char *start;
  gsize n;

  if (*p == '(')
    {
      p++;
      start = p;
      while (g_ascii_isalnum (*p))
        p++;
      n = p - start;
      if (*p != ')' || n == 0 || n > 4)
        return NULL;
      /* Only numbers, single letters or roman numerals are labels:
       * "(CYPS)" is not. */
      if (!(strspn (start, "0123456789") == n
            || (n == 1 && g_ascii_islower (*start))
            || strspn (start, "ivx") == n))
        return NULL;
      *number = g_strndup (start, n);
      *style = LABEL_PAREN;
      p++;
    }
  else
    {
      start = p;
      while (g_ascii_isdigit (*p))
        p++;
      n = p - start;
      if (n == 0 && g_ascii_islower (*p))
        {
          p++;
          n = 1;
        }
      if (n == 0 || n > 2 || (*p != '.' && *p != ')'))
        return NULL;
      /* "1.1" is a paragraph number, not a resolution label — unless
       * the resolutions are numbered so from the first ("RESOLVED
       * that:" then "1.1)", "1.2"): a style of its own, which a "1."
       * list never continues into. */
      if (*p == '.' && g_ascii_isdigit (p[1]))
        {
          const char *q = p + 1;

          while (g_ascii_isdigit (*q))
            q++;
          if (q - p > 3 || (*q != ')' && *q != ' ' && *q != '\t'))
            return NULL;
          *number = g_strndup (start, q - start);
          *style = LABEL_DECIMAL;
          p = *q == ')' ? q + 1 : q;
          return p + strspn (p, " \t");
        }
      *style = *p == '.' ? LABEL_DOT : LABEL_CLOSE;
      *number = g_strndup (start, n);
      p++;
    }
  /* "(1)" alone on its line, its text on the next */
  if (*p != ' ' && *p != '\t' && *p != '\0' && *p != '\n')
    {
      g_clear_pointer (number, g_free);
      return NULL;
    }
  return p + strspn (p, " \t");
}

typedef enum
{
  STATE_START,
  STATE_PURPOSE,
  STATE_BODY,
  STATE_RESOLUTIONS,
  STATE_DOCUMENTS,
} State;

typedef struct
{
  AmaImportContext *ctx;
  AmaAgendaItem    *item;
  const char       *path;
  GString          *narrative;
  gboolean          narrative_bullets;   /* the last narrative block was a bullet */
  AmaResolution    *last;                /* the last resolution (borrowed) */
  GString          *last_text;           /* its text, set when the next one starts */
  gboolean          listing;             /* short lines after its ":" are its list */
  LabelStyle        style;
  gboolean          found;
  GRegex           *resolved_re;
  GRegex           *mover_re;
  GRegex           *moved_by_re;
  GRegex           *seconded_by_re;
  GRegex           *vote_re;
  GRegex           *docs_re;
  char             *owned_path;
} Reader;

static void
add_narrative (Reader     *r,
               const char *text,
               gboolean    bullet)
{
  /* A list hangs from the paragraph that introduces it ("... would:-"):
   * bullets follow on the next line, a paragraph after a blank one. */
  if (r->narrative->len > 0)
    g_string_append (r->narrative, bullet ? "\n" : "\n\n");
  if (bullet)
    g_string_append (r->narrative, "- ");
  g_string_append (r->narrative, text);
  r->narrative_bullets = bullet;
}

/* A resolution can run to many lines; its text grows in a buffer and is
 * set once, when the next resolution (or the end) comes. */
static void
flush_resolution (Reader *r)
{
  if (r->last != NULL && r->last_text != NULL)
    ama_resolution_set_text (r->last, r->last_text->str);
  if (r->last_text != NULL)
    g_string_free (r->last_text, TRUE);
  r->last_text = NULL;
}

/* Whether @text is a stem the resolutions after it complete: it ends
 * with a colon or a dash ("Resolved that:", "that:-", "Resolved: having
 * considered the report –", "Resolved that –"). */
static gboolean
is_stem (const char *text)
{
  gsize n = text ? strlen (text) : 0;

  while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t'))
    n--;
  if (n == 0)
    return FALSE;
  if (text[n - 1] == ':' || (n >= 2 && text[n - 1] == '-' && text[n - 2] == ':'))
    return TRUE;
  /* a dash after a space, not a hyphenated word */
  if (n >= 2 && text[n - 1] == '-' && text[n - 2] == ' ')
    return TRUE;
  if (n >= 3 && (memcmp (text + n - 3, "\xe2\x80\x93", 3) == 0 ||     /* – */
                 memcmp (text + n - 3, "\xe2\x80\x94", 3) == 0))     /* — */
    return TRUE;
  return FALSE;
}

/* The roman numeral after @number ("iv" → "v") when @number is one
 * (up to xx), else NULL: "(i)", "(ii)" lists are not lettered. */
static const char *
roman_after (const char *number)
{
  static const char * const romans[] = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", NULL
  };

  for (guint i = 0; number != NULL && romans[i + 1] != NULL; i++)
    if (g_str_equal (number, romans[i]))
      return romans[i + 1];
  return NULL;
}

static void
add_resolution (Reader     *r,
                const char *number,
                const char *text,
                guint       line)
{
  g_autoptr(AmaResolution) resolution = ama_resolution_new (number, text);
  GListModel *list = ama_agenda_item_get_resolutions (r->item);
  g_autofree char *expected = NULL;

  _ama_import_set_source (r->ctx, resolution, line);

  /* A gap or a repeat in the numbering usually means a resolution was
   * lost in conversion; keep what is there and say so. */
  if (r->last != NULL && number != NULL)
    {
      const char *prev = ama_resolution_get_number (r->last);

      expected = _ama_import_label_after (prev);
      /* "(ii)" after "(i)" is roman, not a letter out of place; "(i)"
       * after "(h)" stays a letter */
      if (roman_after (prev) != NULL && g_strcmp0 (roman_after (prev), number) == 0)
        g_clear_pointer (&expected, g_free);
      if (expected != NULL && g_strcmp0 (expected, number) != 0)
        _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "minutes-resolution-numbering",
                               line, 1, r->path,
                               "resolution (%s) follows (%s); expected (%s)",
                               number, ama_resolution_get_number (r->last), expected);
    }
  else if (r->last == NULL && number != NULL
           && g_strcmp0 (number, "1") != 0 && g_strcmp0 (number, "a") != 0
           && g_strcmp0 (number, "i") != 0 && !g_str_has_suffix (number, ".1"))
    _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "minutes-resolution-numbering",
                           line, 1, r->path,
                           "the first resolution is numbered (%s)", number);

  flush_resolution (r);
  ama_agenda_item_add_resolution (r->item, resolution);
  r->last = g_list_model_get_n_items (list) > 0 ? resolution : NULL;
  r->last_text = g_string_new (text);
  r->found = TRUE;
}

/* Splits "(1) That A. (2) That B." written on one line: a split happens
 * only where exactly the next label of the same parenthesised style
 * stands between spaces, so "(CYPS)" or "section (3)" in a sentence
 * that has no "(2)" before it is left alone. */
static void
add_labelled_resolutions (Reader     *r,
                          const char *number,
                          LabelStyle  style,
                          const char *text,
                          guint       line)
{
  g_autofree char *num = g_strdup (number);
  g_autofree char *rest = g_strdup (text);

  while (TRUE)
    {
      g_autofree char *expected = style == LABEL_PAREN ? _ama_import_label_after (num) : NULL;
      g_autofree char *needle = expected ? g_strdup_printf (" (%s) ", expected) : NULL;
      char *hit = needle ? strstr (rest, needle) : NULL;
      g_autofree char *head = NULL;
      char *tmp;

      if (hit == NULL)
        {
          add_resolution (r, num, g_strstrip (rest), line);
          return;
        }
      head = g_strndup (rest, hit - rest);
      add_resolution (r, num, g_strstrip (head), line);
      g_free (num);
      num = g_steal_pointer (&expected);
      tmp = g_strdup (hit + strlen (needle));
      g_free (rest);
      rest = tmp;
    }
}

static void
append_to_last (Reader     *r,
                const char *text,
                const char *separator)
{
  /* "(1)" alone on its line, its text on the next: no separator */
  if (r->last_text->len > 0)
    g_string_append (r->last_text, separator);
  g_string_append (r->last_text, text);
}


/* Whether a named group took part in the match (GRegex reports a group
 * that did not as a match at -1). */
static gboolean
group_matched (GMatchInfo *m,
               const char *name)
{
  int start = -1, end = -1;

  return g_match_info_fetch_named_pos (m, name, &start, &end) && start >= 0 && end > start;
}

/* A councillor named after @words ("moved by", "seconded by") in the
 * narrative, which stays as written. */
#define PERSON_AFTER(words) \
  "\\b(?i:" words ")\\s+((?:the\\s+)?(?:Councillor|Cllr\\.?)\\s+" \
  "(?:(?:Mrs|Mr|Ms|Miss|Dr)\\.?\\s+)?[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’-]*)*)"

typedef void (*SetPerson) (AmaAgendaItem *item,
                           AmaPerson     *person);

/* The mover or seconder (@what) that @re (a PERSON_AFTER pattern)
 * finds in @text, set with @set and reported. */
static gboolean
person_from_prose (Reader     *r,
                   GRegex     *re,
                   SetPerson   set,
                   const char *what,
                   const char *text,
                   guint       line)
{
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *who = NULL;
  g_autoptr(AmaPerson) p = NULL;

  if (!g_regex_match (re, text, 0, &m))
    return FALSE;
  who = g_match_info_fetch (m, 1);
  p = _ama_import_parse_person (who);
  set (r->item, p);
  _ama_import_diag_line (r->ctx, AMA_SEVERITY_INFO, "minutes-mover-from-prose", line, 1, r->path,
                         "%s “%s” read from the narrative, which is kept as written",
                         what, ama_person_get_name (p));
  return TRUE;
}

/* A labelled mover or seconder ("Mover:- Councillor Clark"), when
 * @text (stripped in place) names one. */
static void
person_from_label (Reader    *r,
                   SetPerson  set,
                   char      *text)
{
  g_autoptr(AmaPerson) p = NULL;

  if (text == NULL || *g_strstrip (text) == '\0')
    return;
  p = _ama_import_parse_person (text);
  set (r->item, p);
}

/* Mover and seconder, either labelled ("Mover:- Councillor Clark
 * Seconder:- Councillor Allcock") or in prose ("It was moved by
 * Councillor X, seconded by Councillor Y"). Returns TRUE when the
 * paragraph was only the labelled line (so it is fully placed). */
static gboolean
read_mover (Reader     *r,
            const char *text,
            guint       line)
{
  g_autoptr(GMatchInfo) m = NULL;
  gboolean moved, seconded;

  if (g_regex_match (r->mover_re, text, 0, &m)
      && (group_matched (m, "mover") || group_matched (m, "seconder")))
    {
      g_autofree char *mover = g_match_info_fetch_named (m, "mover");
      g_autofree char *seconder = g_match_info_fetch_named (m, "seconder");

      person_from_label (r, ama_agenda_item_set_mover, mover);
      person_from_label (r, ama_agenda_item_set_seconder, seconder);
      r->found = TRUE;
      return TRUE;
    }

  moved = person_from_prose (r, r->moved_by_re, ama_agenda_item_set_mover, "mover", text, line);
  seconded = person_from_prose (r, r->seconded_by_re, ama_agenda_item_set_seconder, "seconder",
                                text, line);
  if (moved || seconded)
    r->found = TRUE;
  return FALSE;
}

static void
report_vote (Reader     *r,
             GMatchInfo *m,
             guint       line,
             const char *where)
{
  g_autofree char *f = g_match_info_fetch_named (m, "for");
  g_autofree char *a = g_match_info_fetch_named (m, "against");
  g_autofree char *ab = g_match_info_fetch_named (m, "abst");

  _ama_import_diag_line (r->ctx, AMA_SEVERITY_INFO, "minutes-vote", line, 1, r->path,
                         "vote recorded (for %s, against %s, abstentions %s); "
                         "kept verbatim in %s", f, a, (ab && *ab) ? ab : "not stated", where);
}

static Reader *
reader_new (AmaImportContext *ctx,
            AmaAgendaItem    *item,
            const char       *path)
{
  Reader *r = g_new0 (Reader, 1);

  r->ctx = ctx;
  r->item = item;
  r->path = path;
  r->narrative = g_string_new (NULL);
  /* "Resolved:-", "Resolved:", "Resolved –", "RESOLVED", "Resolved that",
   * "ORDERED that", "Resolved (1)": the marker word needs punctuation,
   * capitals or what a resolution starts with, so narrative beginning
   * "Resolved issues..." is not mistaken for it. */
  r->resolved_re = g_regex_new ("^(?:(?<caps>RESOLVED|ORDERED|AGREED)\\b|(?i:resolved|ordered|agreed)"
                                "(?=\\s*(?::|;|–|—|-|\\(|\\d|that\\b|$)))"
                                /* Spelthorne writes "Resolved;" */
                                "\\s*(?::\\s*-|:|;|–|—|-)?\\s*(?<rest>.*)$",
                                G_REGEX_DOTALL, 0, NULL);
  r->mover_re = g_regex_new ("^(?:(?i:mover|moved)\\s*(?::\\s*-|:|–|-)\\s*(?<mover>.*?))?"
                             "\\s*(?:(?i:seconder|seconded)\\s*(?::\\s*-|:|–|-)\\s*(?<seconder>.*))?$",
                             G_REGEX_DOTALL, 0, NULL);
  r->moved_by_re = g_regex_new (PERSON_AFTER ("moved by"), 0, 0, NULL);
  r->seconded_by_re = g_regex_new (PERSON_AFTER ("seconded by"), 0, 0, NULL);
  r->vote_re = g_regex_new ("\\bFor\\s*[:=–-]?\\s*(?<for>\\d+)\\s*[,;]?\\s*Against\\s*[:=–-]?\\s*(?<against>\\d+)"
                            "(?:\\s*[,;]?\\s*(?:Abstentions?|Abstained|Abstain)\\s*[:=–-]?\\s*(?<abst>\\d+))?",
                            G_REGEX_CASELESS, 0, NULL);
  r->docs_re = g_regex_new ("^supporting documents?\\s*:?\\s*(?<rest>.*)$",
                            G_REGEX_CASELESS | G_REGEX_DOTALL, 0, NULL);
  return r;
}

static void
reader_free (Reader *r)
{
  g_string_free (r->narrative, TRUE);
  g_regex_unref (r->resolved_re);
  g_regex_unref (r->mover_re);
  g_regex_unref (r->moved_by_re);
  g_regex_unref (r->seconded_by_re);
  g_regex_unref (r->vote_re);
  g_regex_unref (r->docs_re);
  g_free (r->owned_path);
  if (r->last_text != NULL)
    g_string_free (r->last_text, TRUE);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reader, reader_free)

static void
add_documents (Reader     *r,
               const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *title = g_strstrip (lines[i]);
      const char *b = bullet_text (title);
      g_autoptr(AmaDocument) doc = NULL;

      if (b != NULL)
        title = b;
      if (*title == '\0')
        continue;
      doc = ama_document_new (AMA_DOCUMENT_KIND_OTHER, title);
      ama_agenda_item_add_document (r->item, doc);
    }
}

/* One line of a resolution block: a labelled line starts a resolution
 * (splitting "(1) ... (2) ..." run together), a vote or a bullet is
 * added to the last one, other text continues the last one's sentence
 * (a wrapped line) or, with no resolution yet, is an unnumbered one. */
static void
read_resolution_line (Reader     *r,
                      const char *text,
                      guint       line,
                      gboolean    new_paragraph)
{
  g_autofree char *number = NULL;
  g_autoptr(GMatchInfo) m = NULL;
  const char *bullet = bullet_text (text);
  const char *after;
  LabelStyle style;

  after = read_label (text, &number, &style);
  if (after != NULL && (r->style == LABEL_NONE || style == r->style))
    {
      /* "Resolved that the Cabinet be asked to:" is a stem the labelled
       * resolutions complete, not a resolution of its own. */
      if (r->style == LABEL_NONE && r->last != NULL && !is_stem (r->last_text->str))
        _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "minutes-resolution-numbering",
                               line, 1, r->path,
                               "numbered resolution (%s) follows an unnumbered one", number);
      r->style = style;
      r->listing = FALSE;
      add_labelled_resolutions (r, number, style, after, line);
      return;
    }

  if (r->last == NULL)
    {
      add_resolution (r, NULL, text, line);
      return;
    }

  if (g_regex_match (r->vote_re, text, 0, &m))
    {
      g_autofree char *where = g_strdup_printf ("resolution (%s)",
                                                ama_resolution_get_number (r->last)
                                                  ? ama_resolution_get_number (r->last) : "unnumbered");
      append_to_last (r, text, new_paragraph ? "\n\n" : "\n");
      report_vote (r, m, line, where);
      return;
    }
  if (bullet != NULL)
    append_to_last (r, bullet, "\n- ");
  else if (r->listing)
    append_to_last (r, text, "\n");
  else if (r->style == LABEL_NONE && g_str_has_prefix (text, "That "))
    add_resolution (r, NULL, text, line);
  else
    append_to_last (r, text, new_paragraph ? "\n\n" : " ");
}

static void
read_resolution_lines (Reader     *r,
                       const char *text,
                       guint       line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      read_resolution_line (r, lines[i], line + i, i == 0);
}

/* Whether a paragraph met while reading resolutions still belongs to
 * them: a labelled line, a vote, a bullet, lower-case continuation or,
 * after unnumbered ones, the next "That ...". */
static gboolean
continues_resolutions (Reader     *r,
                       const char *text)
{
  g_autofree char *number = NULL;
  LabelStyle style;

  if (read_label (text, &number, &style) != NULL)
    return r->style == LABEL_NONE || style == r->style;
  if (r->last == NULL)
    return FALSE;
  if (bullet_text (text) != NULL || g_ascii_islower (*text)
      || g_regex_match (r->vote_re, text, 0, NULL))
    return TRUE;
  /* "… be allocated as follows:" then one short line a seat ("Cllr
   * Kate Steele", "1 x Conservative Group member"): the list is the
   * resolution's, and the labelled resolutions after it still are
   * resolutions. A long line ends the list. */
  if (g_utf8_strlen (text, -1) <= 100 &&
      (r->listing || (r->last_text != NULL && is_stem (r->last_text->str))))
    {
      r->listing = TRUE;
      return TRUE;
    }
  r->listing = FALSE;
  return r->style == LABEL_NONE && g_str_has_prefix (text, "That ");
}

/* "Councillor Sansome (in the Chair); Councillors Mrs Shields, Cussons,
 * Hawkins and Wainwright": groups separated by ';', a plural title
 * ("Councillors") shared by every name after it, names separated by
 * commas and "and", each keeping a title of its own ("Mrs"). Returns
 * the members found (AmaMember), the Chair marked. */
GPtrArray *
_ama_import_minutes_people (const char *text)
{
  g_autoptr(GRegex) names = g_regex_new ("\\s*(?:,|\\band\\b|&)\\s*", 0, 0, NULL);
  g_autoptr(GRegex) chair = g_regex_new ("\\s*\\((?:in the )?(Chair|Vice[- ]Chair)(?:man|person)?\\)\\s*",
                                         G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) office = g_regex_new ("^(?:the\\s+)?((?:Deputy\\s+)?(?:Lord\\s+)?Mayor)(?:\\s*\\((.+)\\))?$",
                                          G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) om = NULL;
  g_autofree char *pending_office = NULL;
  g_auto(GStrv) groups = g_strsplit (text, ";", -1);
  GPtrArray *members = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint g = 0; groups[g] != NULL; g++)
    {
      char *group = g_strstrip (groups[g]);
      const char *shared = NULL;
      g_auto(GStrv) parts = NULL;
      gsize len = strlen (group);

      while (len > 0 && (group[len - 1] == '.' || group[len - 1] == ','))
        group[--len] = '\0';
      if (g_str_has_prefix (group, "Councillors "))
        shared = "Councillor ", group += strlen ("Councillors ");
      else if (g_str_has_prefix (group, "Cllrs "))
        shared = "Cllr ", group += strlen ("Cllrs ");
      else if (g_str_has_prefix (group, "Cllrs. "))
        shared = "Cllr ", group += strlen ("Cllrs. ");

      parts = g_regex_split (names, group, 0);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_autoptr(GMatchInfo) m = NULL;
          g_autofree char *written = NULL;
          g_autoptr(AmaPerson) person = NULL;
          AmaMemberRole role = AMA_MEMBER_ROLE_MEMBER;
          char *name = g_strstrip (parts[i]);

          if (*name == '\0')
            continue;
          if (g_regex_match (chair, name, 0, &m))
            {
              g_autofree char *what = g_match_info_fetch (m, 1);
              int start;

              role = g_ascii_strncasecmp (what, "vice", 4) == 0 ? AMA_MEMBER_ROLE_VICE_CHAIR
                                                                : AMA_MEMBER_ROLE_CHAIR;
              g_match_info_fetch_pos (m, 0, &start, NULL);
              name[start] = '\0';
            }
          /* "The Mayor, Councillor Sansome" or "The Mayor (Councillor
           * Sansome)": an office held by the next person named. */
          if (g_regex_match (office, name, 0, &om))
            {
              g_autofree char *inner = g_match_info_fetch (om, 2);

              g_free (pending_office);
              pending_office = g_match_info_fetch (om, 1);
              g_clear_pointer (&om, g_match_info_free);
              if (inner == NULL || *inner == '\0')
                continue;
              written = g_strdup (inner);
            }
          else
            written = g_strconcat (shared ? shared : "", name, NULL);
          g_clear_pointer (&om, g_match_info_free);
          person = _ama_import_parse_person (written);
          if (person == NULL)
            person = ama_person_new (NULL);
          if (pending_office != NULL)
            ama_person_set_role (person, pending_office);
          g_clear_pointer (&pending_office, g_free);
          g_ptr_array_add (members, ama_member_new (person, role));
        }
    }
  return members;
}

/* One paragraph of an item's body. */
static void
read_paragraph (Reader     *r,
                State      *state,
                const char *raw,
                guint       line)
{
  g_autofree char *text = _ama_import_clean_cell (raw);
  g_autoptr(GMatchInfo) m = NULL;
  const char *bullet = bullet_text (text);

  if (*state == STATE_DOCUMENTS)
    {
      /* Titles listed after "Supporting documents:" until the end. */
      add_documents (r, text);
      return;
    }

  if (g_regex_match (r->docs_re, text, 0, &m))
    {
      g_autofree char *rest = g_match_info_fetch_named (m, "rest");

      add_documents (r, rest);
      *state = STATE_DOCUMENTS;
      return;
    }
  g_clear_pointer (&m, g_match_info_free);

  if (read_mover (r, text, line))
    return;


  if (g_regex_match (r->resolved_re, text, 0, &m))
    {
      g_autofree char *rest = g_match_info_fetch_named (m, "rest");

      *state = STATE_RESOLUTIONS;
      flush_resolution (r);
      r->last = NULL;
      r->listing = FALSE;
      r->style = LABEL_NONE;
      /* "RESOLVED:" alone on its line: the resolutions start below. */
      if (*rest == '\n')
        read_resolution_lines (r, rest + 1, line + 1);
      else
        read_resolution_lines (r, rest, line);
      return;
    }
  g_clear_pointer (&m, g_match_info_free);

  if (*state == STATE_RESOLUTIONS)
    {
      if (continues_resolutions (r, text))
        {
          read_resolution_lines (r, text, line);
          return;
        }
      *state = STATE_BODY;
    }

  if (g_regex_match (r->vote_re, text, 0, &m))
    report_vote (r, m, line, "the narrative");

  if (bullet != NULL)
    add_narrative (r, bullet, TRUE);
  else
    add_narrative (r, text, FALSE);
}

static void
reader_finish (Reader *r)
{
  flush_resolution (r);
  if (r->narrative->len > 0)
    ama_agenda_item_set_narrative (r->item, r->narrative->str);
}

gboolean
_ama_import_minutes_fill_item (AmaImportContext *ctx,
                               AmaAgendaItem    *item,
                               const char       *text,
                               guint             first_line,
                               const char       *path)
{
  g_autoptr(Reader) r = reader_new (ctx, item, path);
  g_autoptr(GArray) paras = split_paragraphs (text, first_line, path != NULL);
  State state = STATE_BODY;

  for (guint i = 0; i < paras->len; i++)
    {
      Para *p = &g_array_index (paras, Para, i);
      read_paragraph (r, &state, p->text, p->line);
    }
  reader_finish (r);
  return r->found;
}

/* An item's heading: "Agenda item", "Agenda item 7", "Agenda Item 7:
 * Title" (the council's web page of one item), or "12. SCRUTINY REVIEW –
 * ALTERNATIVE MANAGEMENT ARRANGEMENTS" (printed minutes of a whole
 * meeting: a number and a title in capitals on one line). A bare number
 * line is too easily a page number, a numbered sentence a resolution. */
static gboolean
read_heading (GRegex      *agenda_re,
              GRegex      *caps_re,
              const char  *text,
              char       **number,
              char       **title)
{
  g_autoptr(GMatchInfo) m = NULL;
  gboolean hit = g_regex_match (agenda_re, text, 0, &m);

  if (!hit)
    {
      g_clear_pointer (&m, g_match_info_free);
      hit = g_regex_match (caps_re, text, 0, &m);
    }
  if (hit)
    {
      *number = g_match_info_fetch_named (m, "num");
      *title = g_match_info_fetch_named (m, "title");
      if (*number != NULL && **number == '\0')
        g_clear_pointer (number, g_free);
      if (*title != NULL && *g_strstrip (*title) == '\0')
        g_clear_pointer (title, g_free);
      return TRUE;
    }
  return FALSE;
}

/* The item read so far joins the meeting, with what it lacks reported. */
static void
finish_item (AmaImportContext *ctx,
             AmaMeeting       *meeting,
             AmaAgendaItem    *item,
             Reader           *r,
             guint             index,
             guint             line,
             gboolean          only)
{
  g_autofree char *path = NULL;

  reader_finish (r);
  /* An item with a title says what it is; one without a title or a
   * purpose does not. */
  if (ama_agenda_item_get_description (item) == NULL && ama_agenda_item_get_title (item) == NULL)
    {
      path = g_strdup_printf ("$.meetings[0].agenda-items[%u].description", index);
      _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "minutes-no-purpose", line, 1, path,
                             "the item has no purpose paragraph (“To ...”); "
                             "its first paragraph is kept in the narrative");
      g_clear_pointer (&path, g_free);
    }
  /* Apologies, declarations, announcements: in the minutes of a whole
   * meeting many items decide nothing (information); the one item of an
   * item's page deciding nothing is worth a warning. */
  if (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)) == 0)
    {
      path = g_strdup_printf ("$.meetings[0].agenda-items[%u].resolutions", index);
      _ama_import_diag_line (ctx, only ? AMA_SEVERITY_WARNING : AMA_SEVERITY_INFO,
                             "minutes-no-resolution", line, 1, path,
                             "no “Resolved” found; the item records no decision");
    }
  ama_meeting_add_agenda_item (meeting, item);
}

gboolean
_ama_import_minutes (AmaImportContext  *ctx,
                     const char        *text,
                     GError           **error)
{
  g_autoptr(GArray) paras = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(Reader) r = NULL;
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRegex) agenda_re = g_regex_new ("^agenda item\\b\\s*(?<num>\\d+[a-z]?)?\\s*[.:)–—-]?\\s*(?<title>.*)$",
                                             G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) present_re = g_regex_new ("^(?:present|in attendance)\\s*(?::\\s*-|:|–|-)\\s*(?<rest>.+)$",
                                              G_REGEX_CASELESS | G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) caps_re = g_regex_new ("^(?<num>\\d{1,3}[a-z]?)\\.?\\s+(?<title>[A-Z][A-Z0-9 ,'’&()/:–—-]*[A-Z0-9)])$",
                                           0, 0, NULL);
  gboolean heading = FALSE;
  gboolean found = FALSE;
  guint n_items = 0;
  guint item_line = 1;
  State state = STATE_START;

  g_return_val_if_fail (ctx != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  meeting = g_object_new (AMA_TYPE_MEETING, NULL);
  _ama_import_set_source (ctx, meeting, 1);
  paras = split_paragraphs (text, 1, FALSE);

  for (guint i = 0; i < paras->len; i++)
    {
      Para *p = &g_array_index (paras, Para, i);
      g_autofree char *collapsed = _ama_import_clean_cell (p->text);
      g_autofree char *number = NULL;
      g_autofree char *title = NULL;
      g_autofree char *first_line = NULL;
      g_autoptr(GMatchInfo) pm = NULL;
      const char *nl = strchr (collapsed, '\n');
      gboolean is_heading;

      /* A heading is one line; what follows it without a blank line is
       * the item's first paragraph. */
      first_line = nl ? g_strndup (collapsed, nl - collapsed) : g_strdup (collapsed);
      is_heading = read_heading (agenda_re, caps_re, first_line, &number, &title);
      if (is_heading && nl != NULL)
        {
          Para rest = { g_strdup (nl + 1), p->line + 1 };

          g_array_insert_val (paras, i + 1, rest);
          p = &g_array_index (paras, Para, i);   /* the array may have moved */
        }

      /* "Present:-" names the meeting's attendees wherever it stands
       * (usually before the first item). */
      if (!is_heading && g_regex_match (present_re, collapsed, 0, &pm))
        {
          g_autofree char *rest = g_match_info_fetch_named (pm, "rest");
          g_autoptr(GPtrArray) people = _ama_import_minutes_people (rest);

          for (guint k = 0; k < people->len; k++)
            g_ptr_array_add (attendees, g_object_ref (g_ptr_array_index (people, k)));
          _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "minutes-attendees", p->line, 1, "$.meetings[0].attendees",
                                 "%u attendee%s read from “%s”",
                                 people->len, people->len == 1 ? "" : "s", collapsed);
          continue;
        }

      /* A heading ends the item before it: minutes of a whole meeting
       * are one item after another. */
      if (is_heading || item == NULL)
        {
          if (item != NULL)
            {
              found |= r->found;
              finish_item (ctx, meeting, item, r, n_items++, item_line, FALSE);
              g_clear_object (&item);
              g_clear_pointer (&r, reader_free);
            }
          item = g_object_new (AMA_TYPE_AGENDA_ITEM, NULL);
          _ama_import_set_source (ctx, item, p->line);
          {
            g_autofree char *path = g_strdup_printf ("$.meetings[0].agenda-items[%u]", n_items);
            r = reader_new (ctx, item, NULL);
            r->owned_path = g_steal_pointer (&path);
            r->path = r->owned_path;
          }
          item_line = p->line;
          state = STATE_PURPOSE;
          if (is_heading)
            {
              heading = TRUE;
              ama_agenda_item_set_number (item, number);
              ama_agenda_item_set_title (item, title);
              continue;
            }
        }

      if (state == STATE_PURPOSE)
        {
          state = STATE_BODY;
          /* The purpose is the item's first paragraph when it says what
           * the item is for ("To receive ..."); its first line is the
           * description, further lines stay in the narrative. */
          if (g_str_has_prefix (collapsed, "To "))
            {
              const char *nl = strchr (collapsed, '\n');
              g_autofree char *first = nl ? g_strndup (collapsed, nl - collapsed) : g_strdup (collapsed);

              ama_agenda_item_set_description (item, first);
              if (nl != NULL)
                add_narrative (r, nl + 1, FALSE);
              continue;
            }
        }
      read_paragraph (r, &state, p->text, p->line);
    }

  if (item != NULL)
    {
      found |= r->found;
      if (!heading && !found)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                       "line 1, column 1: not minutes text: no “Agenda item” heading, "
                       "resolution, mover or seconder found");
          return FALSE;
        }
      finish_item (ctx, meeting, item, r, n_items, item_line, n_items == 0);
      n_items++;
    }
  else
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1, column 1: not minutes text: the text is empty");
      return FALSE;
    }

  for (guint i = 0; i < attendees->len; i++)
    ama_meeting_add_attendee (meeting, g_ptr_array_index (attendees, i));
  ama_review_add_meeting (ctx->review, meeting);
  return TRUE;
}
