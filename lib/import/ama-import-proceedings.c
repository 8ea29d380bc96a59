/* ama-import-proceedings.c: minutes and ModernGov pages as copied → meetings and items
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What a user gets by copying a minutes page, an issue history
 * (ieIssueDetails Opt=3) or the text of minutes from a PDF: single line
 * breaks, navigation at top and bottom, every council's own wording.
 * The text is read line by line, from vocabularies
 * (ama-import-vocab.c), not one council's layout:
 *
 *   Cabinet - Tuesday, 12th June, 2018 6.00 pm      ← a meeting (page title)
 *   Meeting: 28/02/2018 - Council (Item 161)          ← a meeting and its item
 *   PRESENT: Councillor A (Chairman), Councillor B    ← attendees
 *   161. MINUTES OF THE MEETING                       ← an item ("N.", "N Title",
 *   2.                                                   "N." alone then the title)
 *   Declarations of Interest
 *   RESOLVED: That ... / The Cabinet then:- (1) ...   ← resolutions
 *   It was moved by Councillor X, seconded by ...     ← mover, seconder
 *
 * Each item's lines are then read by the minutes reader
 * (_ama_import_minutes_fill_item), each line a paragraph, so resolutions,
 * mover, seconder, documents and narrative are read as for the seeds.
 */

#include "config.h"

#include <string.h>

#include "ama-agenda-item.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-meeting.h"
#include "ama-member.h"
#include "ama-person.h"
#include "ama-resolution.h"
#include "ama-review.h"
#include "ama-source-ref.h"
#include "ama-import-minutes-private.h"
#include "ama-import-proceedings-private.h"
#include "ama-import-vocab-private.h"

typedef struct
{
  AmaMeeting    *meeting;   /* owned */
  AmaAgendaItem *item;      /* owned, the item being read */
  GString       *body;      /* its lines, one paragraph each */
  guint          body_line;
  GPtrArray     *body_lines; /* the lines as read (char *), for prose forms */
  GArray        *body_linenos; /* guint: the line each of body_lines was read from */
} Current;

typedef struct
{
  AmaImportContext *ctx;
  GPtrArray        *meetings;   /* of AmaMeeting, in order */
  Current           cur;
  guint             n_items;
  guint             n_found;    /* items with a resolution, mover or seconder */
  gint64            last_number;
  guint             n_meeting_lines;
  guint             n_numbered;  /* items with a number */
  char             *pending_number;  /* "(Item 161)" of a Meeting: line */
  char             *pending_title;   /* the line before it (the issue's title) */
  char             *split_rest;      /* text after a capitals title on its line */
  GRegex           *meeting_of_re;
  GRegex           *meeting_re;
  GRegex           *title_re;
  GRegex           *lone_re;
  GRegex           *inline_re;
  GRegex           *minute_ref_re;
  GRegex           *pdf_re;
  GRegex           *people_split_re;
  GRegex           *paren_re;
  GPtrArray        *mover_res;  /* of GRegex, parallel to _ama_vocab_mover_forms */
  guint             line;       /* the line being read, for the meetings' source */
} Reader;

static gboolean
is_weekday_start (const char *s)
{
  static const char * const days[] = { "monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", NULL };

  for (guint i = 0; days[i] != NULL; i++)
    if (g_ascii_strncasecmp (s, days[i], strlen (days[i])) == 0)
      return TRUE;
  return FALSE;
}

/* The share of letters in @s that are capitals. */
static gboolean
mostly_capitals (const char *s)
{
  guint upper = 0, letters = 0;

  for (; *s != '\0'; s++)
    if (g_ascii_isalpha (*s))
      {
        letters++;
        if (g_ascii_isupper (*s))
          upper++;
      }
  return letters >= 3 && upper * 10 >= letters * 8;
}

/* "That …", "that, …" or a passive decision ("the Action Plan be
 * approved"): a line that reads as what was resolved */
static gboolean
reads_as_resolution (const char *rest)
{
  if (g_ascii_strncasecmp (rest, "that", 4) == 0 && (rest[4] == ' ' || rest[4] == ','))
    return TRUE;
  return _ama_vocab_contains (_ama_vocab_resolution_verbs, rest);
}

static void
flush_item (Reader *r)
{
  Current *c = &r->cur;
  gboolean found = FALSE;

  if (c->item == NULL)
    return;

  if (c->body->len > 0)
    {
      GListModel *res = ama_agenda_item_get_resolutions (c->item);
      guint before = g_list_model_get_n_items (res);
      GArray *places = r->ctx->places;

      /* The body is one paragraph a line (blank lines between), without
       * the blank lines the text had: the minutes reader's line for a
       * resolution is body_line + 2 × its paragraph. Its source is
       * placed on the line that paragraph was read from. */
      r->ctx->places = NULL;
      found = _ama_import_minutes_fill_item (r->ctx, c->item, c->body->str, c->body_line, NULL);
      r->ctx->places = places;
      for (guint k = before; k < g_list_model_get_n_items (res); k++)
        {
          g_autoptr(AmaResolution) reso = g_list_model_get_item (res, k);
          AmaSourceRef *source = ama_resolution_get_source (reso);
          guint line = source ? ama_source_ref_get_line (source) : 0;
          guint para = line >= c->body_line ? (line - c->body_line) / 2 : 0;

          if (para < c->body_linenos->len)
            _ama_import_set_source (r->ctx, reso, g_array_index (c->body_linenos, guint, para));
          else
            _ama_import_set_source (r->ctx, reso, c->body_line);
        }
    }

  /* Movers and seconders in the prose forms the minutes reader does not
   * know ("Mr Dunmore proposed Mrs Haldane", "Cllr A MOVED"). */
  for (guint i = 0; i < c->body_lines->len; i++)
    {
      const char *line = g_ptr_array_index (c->body_lines, i);

      for (guint k = 0; _ama_vocab_mover_forms[k].role != NULL; k++)
        {
          gboolean mover = g_str_equal (_ama_vocab_mover_forms[k].role, "mover");
          g_autoptr(GMatchInfo) m = NULL;
          g_autofree char *who = NULL;
          g_autoptr(AmaPerson) p = NULL;

          if ((mover ? ama_agenda_item_get_mover (c->item) : ama_agenda_item_get_seconder (c->item)) != NULL)
            continue;
          if (!g_regex_match (g_ptr_array_index (r->mover_res, k), line, 0, &m))
            continue;
          who = g_match_info_fetch_named (m, "who");
          p = _ama_import_parse_person (who);
          if (p == NULL)
            continue;
          if (mover)
            ama_agenda_item_set_mover (c->item, p);
          else
            ama_agenda_item_set_seconder (c->item, p);
          found = TRUE;
        }
    }

  /* A decision record writes its resolutions without "Resolved": a
   * numbered line in the passive ("1. the Action Plan be approved") or
   * a bare "That ..." is one. */
  if (g_list_model_get_n_items (ama_agenda_item_get_resolutions (c->item)) == 0)
    {
      /* A labelled list one of whose items reads as a resolution is a
       * list of resolutions: Sandwell's "(2) that, because of
       * resolution (1) above, …" between two "(n) that …", Brent's
       * "a. The Committee noted …" before "b. That …". */
      gboolean labelled_list = FALSE;

      for (guint i = 0; i < c->body_lines->len && !labelled_list; i++)
        {
          const char *rest = NULL;
          g_autofree char *label = _ama_import_parse_label (g_ptr_array_index (c->body_lines, i), &rest);

          labelled_list = label != NULL && reads_as_resolution (rest);
        }
    for (guint i = 0; i < c->body_lines->len; i++)
      {
        const char *line = g_ptr_array_index (c->body_lines, i);
        g_autofree char *label = NULL;
        const char *rest = line;
        g_autoptr(AmaResolution) res = NULL;

        label = _ama_import_parse_label (line, &rest);
        if (!(g_str_has_prefix (rest, "That ") || g_str_has_prefix (rest, "that ")
              || (label != NULL && (labelled_list || reads_as_resolution (rest)))))
          continue;
        res = ama_resolution_new (label, rest);
        _ama_import_set_source (r->ctx, res, g_array_index (c->body_linenos, guint, i));
        ama_agenda_item_add_resolution (c->item, res);
        found = TRUE;
        _ama_import_diag_line (r->ctx, AMA_SEVERITY_INFO, "minutes-resolution-inferred",
                               c->body_line, 1, NULL,
                               "“%.40s” read as a resolution (no “Resolved” before it)", rest);
      }
    }

  if (found)
    r->n_found++;
  if (ama_agenda_item_get_number (c->item) != NULL)
    r->n_numbered++;
  ama_meeting_add_agenda_item (c->meeting, c->item);
  g_clear_object (&c->item);
  g_string_truncate (c->body, 0);
  g_ptr_array_set_size (c->body_lines, 0);
  g_array_set_size (c->body_linenos, 0);
  r->n_items++;
}

static void
start_meeting (Reader     *r,
               const char *body,
               GDateTime  *date)
{
  flush_item (r);
  r->cur.meeting = ama_meeting_new (body, date);
  _ama_import_set_source (r->ctx, r->cur.meeting, r->line);
  g_ptr_array_add (r->meetings, r->cur.meeting);
}

static AmaMeeting *
current_meeting (Reader *r)
{
  if (r->cur.meeting == NULL)
    start_meeting (r, NULL, NULL);
  return r->cur.meeting;
}

static char *
clean_title (Reader     *r,
             const char *title)
{
  g_autofree char *t = g_regex_replace_literal (r->pdf_re, title, -1, 0, "", 0, NULL);

  return g_strdup (g_strstrip (t ? t : (char *) title));
}

static void
start_item (Reader     *r,
            const char *number,
            const char *title,
            guint       line)
{
  g_autofree char *clean = title ? clean_title (r, title) : NULL;

  current_meeting (r);
  flush_item (r);
  r->cur.item = ama_agenda_item_new (number, clean && *clean ? clean : NULL);
  _ama_import_set_source (r->ctx, r->cur.item, line);
  r->cur.body_line = line;
  if (number != NULL && g_ascii_isdigit (*number))
    r->last_number = g_ascii_strtoll (number, NULL, 10);
  g_clear_pointer (&r->pending_number, g_free);
}

/* Attendees: "Councillor A (Chairman), Councillor Mrs B", "Councillors
 * Mrs A, B and C" (a plural honorific shared), "Cllr A, Cllr B and Cllr
 * C"; parts without an honorific are kept only when none has one (job
 * titles after a name, "Leader (+ Regeneration)", are not people). */
static void
read_attendees (Reader     *r,
                const char *text)
{
  g_autofree char *plain = g_regex_replace_literal (r->paren_re, text, -1, 0, "", 0, NULL);
  g_auto(GStrv) groups = g_strsplit (plain, ";", -1);

  for (guint g = 0; groups[g] != NULL; g++)
    {
      char *group = g_strstrip (groups[g]);
      const char *shared = NULL;
      g_auto(GStrv) parts = NULL;
      gboolean any_honorific = FALSE;

      if (g_ascii_strncasecmp (group, "Councillors ", 12) == 0)
        shared = "Councillor ", group += 12;
      else if (g_ascii_strncasecmp (group, "Cllrs ", 6) == 0)
        shared = "Cllr ", group += 6;
      parts = g_regex_split (r->people_split_re, group, 0);
      for (guint i = 0; parts[i] != NULL; i++)
        if (g_str_has_prefix (g_strstrip (parts[i]), "Councillor ")
            || g_str_has_prefix (parts[i], "Cllr"))
          any_honorific = TRUE;
      for (guint i = 0; parts[i] != NULL; i++)
        {
          char *part = g_strstrip (parts[i]);
          g_autofree char *written = NULL;
          g_autoptr(AmaPerson) p = NULL;
          gsize len = strlen (part);
          gboolean honoured;

          while (len > 0 && (part[len - 1] == '.' || part[len - 1] == ','))
            part[--len] = '\0';
          if (*part == '\0')
            continue;
          /* "Councillor A (Chair), Councillors Mrs B, C and D": the
           * plural is shared from here on */
          if (g_ascii_strncasecmp (part, "Councillors ", 12) == 0)
            shared = "Councillor ", part += 12;
          else if (g_ascii_strncasecmp (part, "Cllrs ", 6) == 0)
            shared = "Cllr ", part += 6;
          /* "Councillor Redfern in the chair" */
          {
            char *chair = strstr (part, " in the chair");

            if (chair != NULL)
              *chair = '\0';
          }
          honoured = g_str_has_prefix (part, "Councillor") || g_str_has_prefix (part, "Cllr");
          if (shared == NULL && !honoured && (any_honorific || !_ama_import_looks_like_name (part)))
            continue;
          written = shared && !honoured ? g_strconcat (shared, part, NULL) : g_strdup (part);
          p = _ama_import_parse_person (written);
          if (p != NULL)
            {
              g_autoptr(AmaMember) member = ama_member_new (p, AMA_MEMBER_ROLE_MEMBER);

              ama_meeting_add_attendee (current_meeting (r), member);
            }
        }
    }
}

/* A line naming a meeting body ("Cabinet", "Cabinet Minutes", "Overview
 * and Scrutiny Committee"), but not the council's own name ("North
 * Hertfordshire District Council"). Returns the body or NULL. */
static char *
body_line (const char *line)
{
  g_autofree char *s = g_strdup (line);
  char *last;
  guint words = 1;

  if (g_str_has_suffix (s, " Minutes"))
    s[strlen (s) - strlen (" Minutes")] = '\0';
  for (const char *p = s; *p; p++)
    if (*p == ' ')
      words++;
  if (words > 8 || strstr (s, "Borough") || strstr (s, "District") || strstr (s, "County")
      || strstr (s, "City") || strstr (s, "Metropolitan") || strstr (s, "London"))
    return NULL;
  last = strrchr (s, ' ');
  last = last ? last + 1 : s;
  for (guint i = 0; _ama_vocab_body_words[i] != NULL; i++)
    if (g_ascii_strcasecmp (last, _ama_vocab_body_words[i]) == 0 && g_ascii_isupper (*s))
      return g_steal_pointer (&s);
  return NULL;
}

/* A resolution opener from the vocabulary, written the way the minutes
 * reader knows ("RESOLVED: rest"); NULL when @line opens none. An
 * opener needs punctuation, "that"/"to", or capitals or the end of the
 * line after it, so "Decisions on X were..." is narrative. */
static char *
opener_line (const char *line)
{
  const char *rest = NULL;
  const char *p;
  g_autofree char *head = NULL;
  gboolean caps;

  if (!_ama_vocab_line_opens (_ama_vocab_resolution_openers, line, &rest))
    {
      /* "... and it was RESOLVED to:", "... seconded by Cllr B and RESOLVED:" */
      const char *hit = strstr (line, "RESOLVED");

      if (hit == NULL || hit == line)
        return NULL;
      rest = hit + strlen ("RESOLVED");
      head = g_strndup (line, rest - line);
    }
  else
    head = g_strndup (line, rest - line);
  caps = mostly_capitals (head);
  p = rest + strspn (rest, " \t");
  if (*p == ':' || g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—") || *p == '-')
    {
      while (*p == ':' || *p == '-' || *p == ' ')
        p++;
      if (g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—"))
        p += strlen ("–");
      p += strspn (p, " :-");
    }
  else if (g_ascii_strncasecmp (p, "that ", 5) == 0 || g_ascii_strncasecmp (p, "that:", 5) == 0)
    ;
  else if (g_ascii_strncasecmp (p, "to", 2) == 0 && (p[2] == ':' || p[2] == ' ' || p[2] == '\0'))
    {
      p += 2;
      p += strspn (p, " :-");
      if (*p == '\0')
        return g_strdup ("RESOLVED:");
    }
  else if (*p == '\0' && (caps || g_ascii_strncasecmp (head, "resolved", 8) == 0))
    ;
  else if (*p == '(' && caps)
    ;
  else
    return NULL;
  /* "RESOLVED: to:", "RESOLVED that:": the resolutions follow */
  if (g_ascii_strcasecmp (p, "to:") == 0 || g_ascii_strcasecmp (p, "that:") == 0 ||
      g_ascii_strcasecmp (p, "that:-") == 0 || g_ascii_strcasecmp (p, "to:-") == 0)
    return g_strdup ("RESOLVED:");
  return g_strconcat ("RESOLVED: ", p, NULL);
}

/* Whether @line opens a resolution, without keeping the normalised text. */
static gboolean
is_opener_line (const char *line)
{
  g_autofree char *opener = opener_line (line);

  return opener != NULL;
}

static void
add_body_line (Reader     *r,
               const char *line,
               guint       lineno)
{
  Current *c = &r->cur;
  g_autofree char *opener = opener_line (line);

  if (c->item == NULL)
    {
      g_autofree char *num = g_steal_pointer (&r->pending_number);
      g_autofree char *title = g_steal_pointer (&r->pending_title);

      start_item (r, num, title, lineno);
    }
  if (c->body->len == 0)
    c->body_line = lineno;
  else
    g_string_append (c->body, "\n\n");
  g_string_append (c->body, opener ? opener : line);
  g_ptr_array_add (c->body_lines, g_strdup (line));
  g_array_append_val (c->body_linenos, lineno);
}

/* Whether "N Title" / "N. TITLE" on @line starts an item. */
static gboolean
inline_heading (Reader      *r,
                const char  *line,
                char       **number,
                char       **title)
{
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *num = NULL;
  g_autofree char *t = NULL;
  gint64 n;
  gsize len;

  if (!g_regex_match (r->inline_re, line, 0, &m))
    return FALSE;
  num = g_match_info_fetch_named (m, "num");
  t = g_match_info_fetch_named (m, "title");
  n = g_ascii_strtoll (num, NULL, 10);
  len = strlen (t);
  if (g_str_has_prefix (t, "That ") || g_str_has_prefix (t, "To "))
    return FALSE;
  /* A parish council's "1. Apologies – Ref 24/104: Councillors …": the
   * title, the minute's reference, then the item's text */
  {
    g_autoptr(GMatchInfo) rm = NULL;
    int start, end;

    if (g_regex_match (r->minute_ref_re, t, 0, &rm) &&
        g_match_info_fetch_pos (rm, 0, &start, &end) && start >= 3)
      {
        r->split_rest = g_strdup (t + end);
        *number = g_steal_pointer (&num);
        *title = g_strndup (t, start);
        return TRUE;
      }
  }
  /* "234 MINUTES – Resolved – That ...", "235 PUBLIC REQUESTS TO SPEAK
   * No requests had been received.": a title in capitals, then the
   * item's first line. */
  if (!mostly_capitals (t))
    {
      const char *p = t, *cut = NULL;
      guint caps_words = 0;

      while (*p != '\0')
        {
          const char *w = p;
          gboolean caps = TRUE, letters = FALSE;

          while (*p != '\0' && *p != ' ')
            {
              if (g_ascii_islower (*p))
                caps = FALSE;
              if (g_ascii_isalpha (*p))
                letters = TRUE;
              p++;
            }
          if (!caps || (!letters && !g_str_has_prefix (w, "&") && !g_str_has_prefix (w, "-")))
            {
              p = w;   /* the item's text starts at this word */
              break;
            }
          if (letters)
            caps_words++;
          cut = p;
          while (*p == ' ')
            p++;
        }
      if (caps_words >= 1 && cut != NULL && cut - t >= 4 && *p != '\0'
          && (g_ascii_isupper (*p) || g_str_has_prefix (p, "–") || g_str_has_prefix (p, "-")))
        {
          const char *after = p;

          if (g_str_has_prefix (after, "–"))
            after += strlen ("–");
          else if (*after == '-')
            after++;
          after += strspn (after, " ");
          r->split_rest = g_strdup (after);
          *number = g_steal_pointer (&num);
          *title = g_strndup (t, cut - t);
          return TRUE;
        }
    }
  if (r->pending_number != NULL && g_str_equal (r->pending_number, num))
    ;
  else if (strstr (t, "pdf icon") != NULL || (mostly_capitals (t) && len > 3))
    ;
  else if (len < 120 && t[len - 1] != '.' && t[len - 1] != ';' && t[len - 1] != ','
           && t[len - 1] != ':' && (r->last_number == 0 || n > r->last_number)
           && r->n_items + (r->cur.item ? 1 : 0) > 0 && n > 1)
    ;
  else
    return FALSE;
  *number = g_steal_pointer (&num);
  *title = g_steal_pointer (&t);
  return TRUE;
}

static Reader *
reader_new (AmaImportContext *ctx)
{
  Reader *r = g_new0 (Reader, 1);

  r->ctx = ctx;
  r->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  r->cur.body = g_string_new (NULL);
  r->cur.body_lines = g_ptr_array_new_with_free_func (g_free);
  r->cur.body_linenos = g_array_new (FALSE, FALSE, sizeof (guint));
  r->meeting_re = g_regex_new ("^Meeting\\s*:\\s*(?<date>\\d{1,2}/\\d{1,2}/\\d{2,4})\\s*[-–—]\\s*"
                               "(?<body>.+?)(?:\\s+-\\s+Expired\\b.*?)?\\s*\\(Item\\s*(?<item>[^)]+)\\)\\s*$",
                               0, 0, NULL);
  r->meeting_of_re = g_regex_new ("^Meeting of (?<body>.+?),\\s*(?<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b.*?\\d{4}).*\\(Item\\s*(?<item>[^)]+?)\\.?\\)\\s*$",
                                  0, 0, NULL);
  r->title_re = g_regex_new ("^(?<body>[A-Z][^–—]*?)\\s+[-–—]\\s+(?<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b.*\\d{4}.*)$",
                             0, 0, NULL);
  /* "2." or Oxfordshire's minute numbers "1/19" (item 1 of 2019) */
  r->lone_re = g_regex_new ("^(?<num>\\d{1,3}[a-z]?(?:/\\d{2})?)\\.?$", 0, 0, NULL);
  r->inline_re = g_regex_new ("^(?<num>\\d{1,3}[a-z]?(?:/\\d{2,4})?)(?:\\.\\s*|\\s+)(?!\\d)(?<title>[A-Z‘'\"].*)$", 0, 0, NULL);
  r->minute_ref_re = g_regex_new ("\\s+[-–]\\s+Ref\\.?\\s*[\\w/.-]+\\s*:\\s*", 0, 0, NULL);
  r->pdf_re = g_regex_new ("\\s*pdf icon\\b.*$", G_REGEX_CASELESS, 0, NULL);
  r->people_split_re = g_regex_new ("\\s*(?:,|\\band\\b|&)\\s*", 0, 0, NULL);
  r->paren_re = g_regex_new ("\\s*\\([^)]*\\)?", 0, 0, NULL);
  r->mover_res = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);
  for (guint k = 0; _ama_vocab_mover_forms[k].role != NULL; k++)
    g_ptr_array_add (r->mover_res, g_regex_new (_ama_vocab_mover_forms[k].pattern, 0, 0, NULL));
  return r;
}

static void
reader_free (Reader *r)
{
  g_clear_object (&r->cur.item);
  g_string_free (r->cur.body, TRUE);
  g_ptr_array_unref (r->cur.body_lines);
  g_array_unref (r->cur.body_linenos);
  g_ptr_array_unref (r->meetings);
  g_free (r->pending_number);
  g_free (r->pending_title);
  g_free (r->split_rest);
  g_regex_unref (r->meeting_of_re);
  g_regex_unref (r->meeting_re);
  g_regex_unref (r->title_re);
  g_regex_unref (r->lone_re);
  g_regex_unref (r->inline_re);
  g_regex_unref (r->minute_ref_re);
  g_regex_unref (r->pdf_re);
  g_regex_unref (r->people_split_re);
  g_regex_unref (r->paren_re);
  g_ptr_array_unref (r->mover_res);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Reader, reader_free)

/* Whether a line of @raw is ModernGov's "Minutes:" section heading. */
static gboolean
has_minutes_label (char **raw)
{
  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_autofree char *line = _ama_import_clean_line (raw[i]);

      if (g_str_equal (line, "Minutes:"))
        return TRUE;
    }
  return FALSE;
}

/* ---- members appointed ------------------------------------------------ */

/* The honorifics that start a line naming a councillor in a list of
 * seats ("Cllr Kate Steele", "Councillor C. Barnes"). */
static gboolean
is_honoured_line (const char *line)
{
  static const char * const titles[] = {
    "Cllr ", "Cllr. ", "Councillor ", "Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", NULL
  };

  for (guint i = 0; titles[i] != NULL; i++)
    if (g_str_has_prefix (line, titles[i]))
      return TRUE;
  return FALSE;
}

static void
add_member_once (AmaImportContext *ctx,
                 AmaMember        *member,
                 guint            *added)
{
  GListModel *members = ama_review_get_members (ctx->review);
  AmaPerson *person = ama_member_get_person (member);
  const char *name = person ? ama_person_get_name (person) : NULL;

  if (name == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(AmaMember) m = g_list_model_get_item (members, i);
      AmaPerson *p = ama_member_get_person (m);

      if (p != NULL && g_strcmp0 (ama_person_get_name (p), name) == 0)
        return;
    }
  ama_review_add_member (ctx->review, member);
  (*added)++;
}

/* A task group is set up in a resolution that names its members: "That
 * Mrs Ashdown, Mr Barrington … be appointed to the Task and Finish
 * Group", or "… the seats be allocated as follows:" / "The members …
 * agreed were:" with one councillor a line. They are the review's
 * members. */
static void
members_from_resolutions (Reader *r)
{
  g_autoptr(GRegex) appointed = g_regex_new ("^(?:that\\s+)?(?<names>.+?)\\s+be\\s+(?:appointed|nominated)\\s+(?:to|as)\\b",
                                             G_REGEX_CASELESS, 0, NULL);
  guint added = 0;

  for (guint i = 0; i < r->meetings->len; i++)
    {
      GListModel *items = ama_meeting_get_agenda_items (g_ptr_array_index (r->meetings, i));

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(AmaAgendaItem) item = g_list_model_get_item (items, j);
          GListModel *resolutions = ama_agenda_item_get_resolutions (item);

          for (guint k = 0; k < g_list_model_get_n_items (resolutions); k++)
            {
              g_autoptr(AmaResolution) res = g_list_model_get_item (resolutions, k);
              const char *text = ama_resolution_get_text (res);
              const char *colon = text ? strstr (text, ":\n") : NULL;
              g_autoptr(GMatchInfo) m = NULL;

              if (text == NULL)
                continue;
              if (colon != NULL)
                {
                  g_auto(GStrv) lines = g_strsplit (colon + 2, "\n", -1);

                  for (guint l = 0; lines[l] != NULL; l++)
                    {
                      g_autoptr(GPtrArray) people = NULL;

                      if (!is_honoured_line (g_strstrip (lines[l])))
                        continue;
                      people = _ama_import_minutes_people (lines[l]);
                      for (guint p = 0; p < people->len; p++)
                        add_member_once (r->ctx, g_ptr_array_index (people, p), &added);
                    }
                }
              else if (g_regex_match (appointed, text, 0, &m))
                {
                  g_autofree char *names = g_match_info_fetch_named (m, "names");
                  g_autoptr(GPtrArray) people = NULL;

                  /* Only a list of councillors, not "the Chief Executive". */
                  if (!is_honoured_line (names) && !g_str_has_prefix (names, "Councillors "))
                    continue;
                  people = _ama_import_minutes_people (names);
                  for (guint p = 0; p < people->len; p++)
                    add_member_once (r->ctx, g_ptr_array_index (people, p), &added);
                }
            }
        }
    }
  if (added > 0)
    _ama_import_diag (r->ctx, AMA_SEVERITY_INFO, "members-appointed", 0, 0, NULL,
                      "%u member%s read from the resolution that appoints them",
                      added, added == 1 ? "" : "s");
}

/* ---- decision records ------------------------------------------------- */

/* A ModernGov decision record as copied from the browser, in its two
 * pages:
 *
 *   Decision details                       Issue - decisions
 *   <the issue's title>                    <the issue's title>
 *   Decision Maker: Cabinet                12/09/2019 - <title>   ← a decision
 *   Decision status: …                     <its text: purpose, then what
 *   Purpose: / Decision: / Reasons …:       was decided, "a. …", "That …">
 *   Date of decision: 17/09/2019
 *   Decided at meeting: 17/09/2019 - Overview and Scrutiny Committee
 *   Accompanying Documents: …
 *
 * Each decision is one meeting (the decision maker, the date) with one
 * item: the purpose is its description, the decision section its body
 * (read by the minutes reader, so "RESOLVED – That …" and numbered
 * resolutions are read as in minutes), the other sections its
 * narrative, as labelled. */
typedef enum
{
  DR_NONE,
  DR_VALUE,       /* "Label: value", kept in the narrative */
  DR_MAKER,
  DR_DATE,
  DR_MEETING,
  DR_PURPOSE,
  DR_DECISION,
  DR_PROSE,       /* a section kept in the narrative */
  DR_DOCUMENTS,
  DR_SKIP,        /* a link's text ("Original text") */
} DrField;

static const struct { const char *label; DrField field; } decision_labels[] = {
  { "decision maker:", DR_MAKER },
  { "date of decision:", DR_DATE },
  { "decided at meeting:", DR_MEETING },
  { "made at meeting:", DR_MEETING },
  { "purpose:", DR_PURPOSE },
  { "decision:", DR_DECISION },
  { "decisions:", DR_DECISION },
  { "reasons for the decision:", DR_PROSE },
  { "reasons for decision:", DR_PROSE },
  { "reason for decisions:", DR_PROSE },
  { "reason for decision:", DR_PROSE },
  { "reason for the decision:", DR_PROSE },
  { "alternative options considered:", DR_PROSE },
  { "alternative options rejected:", DR_PROSE },
  { "other options:", DR_PROSE },
  { "this decision has been called in by:", DR_PROSE },
  { "accompanying documents:", DR_DOCUMENTS },
  { "background papers:", DR_DOCUMENTS },
  { "decision status:", DR_VALUE },
  { "is key decision?:", DR_VALUE },
  { "is subject to call in?:", DR_VALUE },
  { "publication date:", DR_VALUE },
  { "effective from:", DR_VALUE },
  { "report author:", DR_VALUE },
  { "lead officer:", DR_VALUE },
  { "cabinet member:", DR_VALUE },
  { "portfolio holder:", DR_VALUE },
  { "wards affected:", DR_VALUE },
  { "eligible for call-in to:", DR_VALUE },
  { "conflict of interest:", DR_VALUE },
  { "dispensation granted:", DR_VALUE },
  { "note:", DR_VALUE },
  { "original text", DR_SKIP },
};

/* The field @line opens, with *@value the text after the label. */
static DrField
decision_label (const char  *line,
                const char **value)
{
  for (guint i = 0; i < G_N_ELEMENTS (decision_labels); i++)
    {
      const char *label = decision_labels[i].label;
      gsize n = strlen (label);
      const char *after = NULL;

      if (g_ascii_strncasecmp (line, label, n) == 0)
        after = line + n;
      /* Dorset's "Decision Maker (Name and Title):": a bracketed
       * gloss between the label's words and its colon */
      else if (n > 1 && label[n - 1] == ':' && g_ascii_strncasecmp (line, label, n - 1) == 0 &&
               line[n - 1] == ' ' && line[n] == '(')
        {
          const char *close = strchr (line + n, ')');

          if (close != NULL && close[1] == ':')
            after = close + 2;
        }
      if (after != NULL)
        {
          *value = after;
          while (g_ascii_isspace (**value))
            (*value)++;
          return decision_labels[i].field;
        }
    }
  return DR_NONE;
}

/* "12/09/2019 - Recommendations Tracker": a decision of an issue's
 * decisions page. */
static GDateTime *
dated_title (Reader      *r,
             const char  *line,
             const char **title)
{
  const char *end = NULL;
  g_autoptr(GDateTime) date = NULL;

  if (!g_ascii_isdigit (line[0]))
    return NULL;
  date = _ama_import_parse_date (line, r->ctx->reference, &end, NULL);
  if (date == NULL || end == NULL || !(g_str_has_prefix (end, " - ") || g_str_has_prefix (end, " – ")))
    return NULL;
  *title = end + (end[1] == '-' ? 3 : strlen (" – "));
  return g_steal_pointer (&date);
}

gboolean
_ama_import_proceedings_is_decision_record (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 400);
  guint labels = 0;
  gboolean details = FALSE, issue = FALSE, dated = FALSE;
  /* labels counted once each: a minutes page ("Agenda, decisions and
   * minutes") repeats "Decision:" under every item */
  gboolean seen[G_N_ELEMENTS (decision_labels)] = { FALSE, };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      const char *value;

      if (g_ascii_strcasecmp (line, "decision details") == 0)
        details = TRUE;
      else if (g_ascii_strcasecmp (line, "issue - decisions") == 0)
        issue = TRUE;
      else if (issue && g_ascii_isdigit (line[0]) && g_regex_match_simple (
                 "^\\d{1,2}/\\d{1,2}/\\d{4} [-–] \\S", line, 0, 0))
        dated = TRUE;
      else if (decision_label (line, &value) != DR_NONE && decision_label (line, &value) != DR_SKIP)
        for (guint k = 0; k < G_N_ELEMENTS (decision_labels); k++)
          if (!seen[k] && g_ascii_strncasecmp (line, decision_labels[k].label,
                                               strlen (decision_labels[k].label)) == 0)
            {
              seen[k] = TRUE;
              labels++;
              break;
            }
    }
  return labels >= 3 || (details && labels >= 1) || (issue && dated);
}

typedef struct
{
  GDateTime *date;
  char      *maker;
  char      *meeting_body;
  char      *title;
  guint      line;
  GString   *purpose;
  GPtrArray *decision;   /* of char *, the lines */
  guint      decision_line;
  GString   *narrative;
  GPtrArray *documents;  /* of char * */
} Decision;

static void
decision_clear (Decision *d)
{
  g_clear_pointer (&d->date, g_date_time_unref);
  g_clear_pointer (&d->maker, g_free);
  g_clear_pointer (&d->meeting_body, g_free);
  g_clear_pointer (&d->title, g_free);
  if (d->purpose)
    g_string_free (d->purpose, TRUE);
  if (d->narrative)
    g_string_free (d->narrative, TRUE);
  g_clear_pointer (&d->decision, g_ptr_array_unref);
  g_clear_pointer (&d->documents, g_ptr_array_unref);
  memset (d, 0, sizeof *d);
}

static void
decision_start (Decision   *d,
                const char *title,
                guint       line)
{
  decision_clear (d);
  d->title = g_strdup (title);
  d->line = line;
  d->purpose = g_string_new (NULL);
  d->narrative = g_string_new (NULL);
  d->decision = g_ptr_array_new_with_free_func (g_free);
  d->documents = g_ptr_array_new_with_free_func (g_free);
}

static void
append_para (GString    *s,
             const char *text)
{
  if (s->len > 0)
    g_string_append (s, "\n\n");
  g_string_append (s, text);
}

/* The decision read so far as a meeting with one item. */
static void
decision_flush (Reader   *r,
                Decision *d,
                gboolean  dated_page)
{
  g_autoptr(AmaAgendaItem) item = NULL;
  guint n_resolutions;

  if (d->title == NULL)
    return;
  r->line = d->line;
  start_meeting (r, d->meeting_body ? d->meeting_body : d->maker, d->date);
  r->n_meeting_lines++;
  start_item (r, NULL, d->title, d->line);
  item = g_object_ref (r->cur.item);
  if (d->purpose->len > 0)
    ama_agenda_item_set_description (item, d->purpose->str);
  for (guint i = 0; i < d->decision->len; i++)
    add_body_line (r, g_ptr_array_index (d->decision, i), d->decision_line + i);
  if (d->documents->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (d->documents, NULL);
      joined = g_strjoinv ("\n", (char **) d->documents->pdata);
      g_ptr_array_set_size (d->documents, d->documents->len - 1);
      if (r->cur.item == NULL)
        start_item (r, NULL, d->title, d->line);
      g_string_append_printf (r->cur.body, "%sSupporting documents:\n%s",
                              r->cur.body->len > 0 ? "\n\n" : "", joined);
    }
  flush_item (r);

  /* An issue's decisions page writes what was decided without
   * "Resolved": its labelled paragraphs ("a. …", "b. That …") when it
   * has any, else each paragraph after the purpose ("This item was
   * deferred so that …"). The rest stays the narrative. */
  n_resolutions = g_list_model_get_n_items (ama_agenda_item_get_resolutions (item));
  if (dated_page && n_resolutions == 0 && d->decision->len > 0)
    {
      g_autoptr(GString) rest = g_string_new (NULL);
      gboolean labelled = FALSE;

      for (guint i = 0; i < d->decision->len && !labelled; i++)
        {
          const char *after = NULL;
          g_autofree char *label = _ama_import_parse_label (g_ptr_array_index (d->decision, i), &after);

          labelled = label != NULL;
        }
      for (guint i = 0; i < d->decision->len; i++)
        {
          const char *text = g_ptr_array_index (d->decision, i);
          const char *after = text;
          g_autofree char *label = _ama_import_parse_label (text, &after);
          g_autoptr(AmaResolution) res = NULL;

          if (i == 0 && d->decision->len > 1 && g_str_has_prefix (text, "To "))
            {
              ama_agenda_item_set_description (item, text);
              continue;
            }
          if (labelled && label == NULL)
            {
              append_para (rest, text);
              continue;
            }
          res = ama_resolution_new (label, after);
          _ama_import_set_source (r->ctx, res, d->decision_line + i);
          ama_agenda_item_add_resolution (item, res);
          _ama_import_diag_line (r->ctx, AMA_SEVERITY_INFO, "decision-text-as-resolution",
                                 d->decision_line + i, 1, NULL,
                                 "“%.40s” read as what was decided (the decision's text)", after);
        }
      ama_agenda_item_set_narrative (item, rest->len > 0 ? rest->str : NULL);
    }
  /* Text that is in no item field is kept in the narrative, labelled. */
  if (d->narrative->len > 0)
    {
      const char *had = ama_agenda_item_get_narrative (item);
      g_autofree char *all = had && *had ? g_strconcat (had, "\n\n", d->narrative->str, NULL)
                                         : g_strdup (d->narrative->str);

      ama_agenda_item_set_narrative (item, all);
    }
  decision_clear (d);
}

static gboolean
read_decision_record (Reader      *r,
                      char       **raw,
                      GError     **error)
{
  Decision d = { 0, };
  DrField section = DR_NONE, awaiting = DR_NONE;
  gboolean dated_page = FALSE, want_title = FALSE;
  const char *pending_label = NULL;
  guint n_decisions = 0;

  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_autofree char *line = _ama_import_clean_line (raw[i]);
      guint lineno = i + 1;
      const char *value = NULL;
      const char *title = NULL;
      g_autoptr(GDateTime) date = NULL;
      DrField field;

      if (*line == '\0')
        continue;
      if (g_ascii_strcasecmp (line, "decision details") == 0
          || g_ascii_strcasecmp (line, "issue - decisions") == 0)
        {
          decision_flush (r, &d, dated_page);
          dated_page = g_ascii_strncasecmp (line, "issue", 5) == 0;
          want_title = TRUE;
          section = DR_NONE;
          continue;
        }
      if (_ama_vocab_line_is (_ama_vocab_page_furniture, line))
        {
          /* The footer ends the record. */
          if (d.title != NULL)
            section = DR_SKIP;
          continue;
        }
      if (want_title)
        {
          want_title = FALSE;
          if (!dated_page && decision_label (line, &value) == DR_NONE)
            {
              decision_start (&d, line, lineno);
              n_decisions++;
            }
          continue;
        }
      if (dated_page && (date = dated_title (r, line, &title)) != NULL)
        {
          decision_flush (r, &d, dated_page);
          decision_start (&d, title, lineno);
          d.date = g_steal_pointer (&date);
          d.decision_line = lineno + 1;
          section = DR_DECISION;
          n_decisions++;
          continue;
        }
      if (d.title == NULL)
        continue;   /* navigation before the record */

      field = decision_label (line, &value);
      /* "Decision Maker (Name and Title):" with its value on the next
       * line (Dorset): the next line that is no label is the value */
      if (awaiting != DR_NONE && field == DR_NONE)
        {
          field = awaiting;
          value = line;
        }
      awaiting = DR_NONE;
      if ((field == DR_MAKER || field == DR_DATE) && *value == '\0')
        {
          awaiting = field;
          continue;
        }
      switch (field)
        {
        case DR_MAKER:
          g_free (d.maker);
          d.maker = g_strdup (value);
          continue;
        case DR_DATE:
          if (d.date == NULL)
            d.date = _ama_import_parse_date (value, r->ctx->reference, NULL, NULL);
          continue;
        case DR_MEETING:
          {
            const char *body = NULL;
            g_autoptr(GDateTime) when = dated_title (r, value, &body);

            if (when != NULL)
              {
                g_clear_pointer (&d.date, g_date_time_unref);
                d.date = g_steal_pointer (&when);
                g_free (d.meeting_body);
                d.meeting_body = g_strdup (body);
              }
            else
              {
                append_para (d.narrative, line);
                _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "decision-meeting-unread",
                                       lineno, 1, NULL,
                                       "“%s”: no “date - body” after the label; kept in the narrative",
                                       line);
              }
            continue;
          }
        case DR_VALUE:
          append_para (d.narrative, line);
          continue;
        case DR_SKIP:
          continue;
        case DR_PURPOSE:
        case DR_DECISION:
        case DR_PROSE:
        case DR_DOCUMENTS:
          section = field;
          pending_label = field == DR_PROSE ? line : NULL;
          if (field == DR_DECISION)
            d.decision_line = lineno + 1;
          if (field == DR_PROSE)
            append_para (d.narrative, line);
          if (*value == '\0')
            continue;
          line[0] = '\0';
          memmove (line, value, strlen (value) + 1);
          break;
        case DR_NONE:
        default:
          break;
        }

      switch (section)
        {
        case DR_PURPOSE:
          append_para (d.purpose, line);
          break;
        case DR_DECISION:
          if (d.decision->len == 0)
            d.decision_line = lineno;
          g_ptr_array_add (d.decision, g_strdup (line));
          break;
        case DR_DOCUMENTS:
          g_ptr_array_add (d.documents, g_strdup (line));
          break;
        case DR_SKIP:
          break;
        case DR_PROSE:
        case DR_NONE:
        default:
          /* Prose of a section, or before any (Copeland writes the
           * minute after the purpose, unlabelled): the narrative. */
          if (pending_label != NULL && section == DR_PROSE && field != DR_NONE)
            break;
          if (section == DR_NONE && d.purpose->len > 0)
            append_para (d.purpose, line);
          else
            append_para (d.narrative, line);
          break;
        }
    }
  decision_flush (r, &d, dated_page);

  if (n_decisions == 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1, column 1: a decision record without its title "
                   "(no line after “Decision details” or dated decision)");
      return FALSE;
    }
  for (guint i = 0; i < r->meetings->len; i++)
    ama_review_add_meeting (r->ctx->review, g_ptr_array_index (r->meetings, i));
  _ama_import_diag (r->ctx, AMA_SEVERITY_INFO, "decision-records", 0, 0, NULL,
                    "%u decision%s read", n_decisions, n_decisions == 1 ? "" : "s");
  return TRUE;
}

gboolean
_ama_import_proceedings (AmaImportContext  *ctx,
                         const char        *text,
                         GError           **error)
{
  g_autoptr(Reader) r = reader_new (ctx);
  g_auto(GStrv) raw = g_strsplit (text, "\n", -1);
  g_autofree char *body_guess = NULL;
  g_autoptr(GDateTime) date_guess = NULL;
  gboolean in_present = FALSE;
  gboolean in_furniture = FALSE;
  gboolean caps_title = FALSE;
  g_autofree char *prev = NULL;       /* the line before this one */
  g_autofree char *prev_next = NULL;

  g_return_val_if_fail (ctx != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (_ama_import_proceedings_is_decision_record (text))
    return read_decision_record (r, raw, error);

  for (guint i = 0; raw[i] != NULL; i++)
    {
      g_autofree char *line = _ama_import_clean_line (raw[i]);
      g_autoptr(GMatchInfo) m = NULL;
      g_autofree char *number = NULL;
      g_autofree char *title = NULL;
      const char *rest = NULL;
      guint lineno = i + 1;

      r->line = lineno;
      if (*line == '\0')
        continue;

      if (_ama_vocab_line_is (_ama_vocab_page_furniture, line))
        {
          /* The footer ends the last item; navigation at the top is
           * skipped the same way. */
          if (r->cur.item != NULL && !g_str_has_prefix (line, "Additional"))
            in_furniture = TRUE;
          continue;
        }
      if (in_furniture)
        continue;
      g_free (prev);
      prev = prev_next;
      prev_next = g_strdup (line);

      /* "Meeting: 28/02/2018 - Council Meeting (Item 161)" */
      if (g_regex_match (r->meeting_re, line, 0, &m))
        {
          g_autofree char *d = g_match_info_fetch_named (m, "date");
          g_autofree char *b = g_match_info_fetch_named (m, "body");
          g_autoptr(GDateTime) date = _ama_import_parse_date (d, ctx->reference, NULL, NULL);

          start_meeting (r, b, date);
          r->n_meeting_lines++;
          g_free (r->pending_number);
          r->pending_number = g_match_info_fetch_named (m, "item");
          g_strstrip (r->pending_number);
          r->last_number = 0;
          in_present = FALSE;
          continue;
        }
      g_clear_pointer (&m, g_match_info_free);

      /* "Meeting of Council, Tuesday, 23rd November, 2021 7.00 pm (Item 9.)"
       * (an agenda item's page): the line before is the item's title. */
      if (g_regex_match (r->meeting_of_re, line, 0, &m))
        {
          g_autofree char *b = g_match_info_fetch_named (m, "body");
          g_autofree char *d = g_match_info_fetch_named (m, "date");
          g_autoptr(GDateTime) date = _ama_import_find_date (d, ctx->reference, NULL, NULL);

          start_meeting (r, b, date);
          r->n_meeting_lines++;
          g_free (r->pending_number);
          r->pending_number = g_match_info_fetch_named (m, "item");
          g_free (r->pending_title);
          r->pending_title = g_steal_pointer (&prev);
          r->last_number = 0;
          continue;
        }
      g_clear_pointer (&m, g_match_info_free);

      /* "Corporate Scrutiny Panel – 30 January 2014" */
      if (r->meetings->len == 0 && r->cur.item == NULL)
        {
          const char *dash = strstr (line, " – ");
          g_autofree char *b = dash ? g_strndup (line, dash - line) : NULL;
          g_autofree char *body = b ? body_line (b) : NULL;
          const char *end = NULL;
          g_autoptr(GDateTime) date = body ? _ama_import_parse_date (dash + strlen (" – "), ctx->reference, &end, NULL) : NULL;

          if (date != NULL)
            {
              start_meeting (r, body, date);
              continue;
            }
        }

      /* "Cabinet - Tuesday, 12th June, 2018 6.00 pm" */
      if (r->meetings->len == 0 && g_regex_match (r->title_re, line, 0, &m))
        {
          g_autofree char *b = g_match_info_fetch_named (m, "body");
          g_autofree char *d = g_match_info_fetch_named (m, "date");
          g_autoptr(GDateTime) date = _ama_import_find_date (d, ctx->reference, NULL, NULL);
          const char *comma = strrchr (b, ',');

          if (date != NULL)
            {
              /* "Annual, Council": the body is the last part */
              start_meeting (r, comma ? comma + 1 + strspn (comma + 1, " ") : b, date);
              continue;
            }
        }
      g_clear_pointer (&m, g_match_info_free);

      /* Before the first item: the meeting's date and body lines. */
      if (r->cur.item == NULL && r->n_items == 0)
        {
          g_autofree char *b = body_line (line);

          if (b != NULL && !in_present)
            {
              g_free (body_guess);
              body_guess = g_steal_pointer (&b);
              continue;
            }
          if (date_guess == NULL && (is_weekday_start (line) || g_ascii_isdigit (*line)) && strlen (line) < 60)
            {
              const char *end = NULL;
              GDateTime *d = _ama_import_find_date (line, ctx->reference, NULL, &end);

              if (d != NULL && (is_weekday_start (line) || end - line + 10 >= (gssize) strlen (line)))
                {
                  date_guess = d;
                  continue;
                }
              g_clear_pointer (&d, g_date_time_unref);
            }
        }

      /* Attendees */
      if (_ama_vocab_line_opens (_ama_vocab_present_labels, line, &rest))
        {
          rest += strspn (rest, " :-–");
          if (g_str_has_prefix (rest, "–"))
            rest += strlen ("–");
          in_present = TRUE;
          if (*rest != '\0')
            read_attendees (r, rest);
          continue;
        }
      if (in_present)
        {
          if (_ama_vocab_line_opens (_ama_vocab_present_stops, line, NULL)
              || (strstr (line, "Councillor") == NULL && strstr (line, "Cllr") == NULL))
            in_present = FALSE;
          else
            {
              read_attendees (r, line);
              continue;
            }
        }
      if (_ama_vocab_line_opens (_ama_vocab_present_stops, line, NULL) && r->cur.item == NULL)
        continue;

      /* "2." alone, the title on the next line (ModernGov's item table) */
      g_clear_pointer (&m, g_match_info_free);
      if (g_regex_match (r->lone_re, line, 0, &m))
        {
          guint j = i + 1;
          g_autofree char *next = NULL;

          while (raw[j] != NULL && *g_strstrip (raw[j]) == '\0')
            j++;
          if (raw[j] != NULL && g_ascii_isupper (*raw[j]) && !g_str_has_prefix (raw[j], "That "))
            {
              number = g_match_info_fetch_named (m, "num");
              next = _ama_import_clean_cell (raw[j]);
              if (r->meetings->len == 0 && (body_guess || date_guess))
                start_meeting (r, body_guess, date_guess);
              start_item (r, number, next, lineno);
              caps_title = FALSE;
              i = j;
              continue;
            }
        }
      if (inline_heading (r, line, &number, &title))
        {
          if (r->meetings->len == 0 && (body_guess || date_guess))
            start_meeting (r, body_guess, date_guess);
          start_item (r, number, title, lineno);
          caps_title = mostly_capitals (title) && r->split_rest == NULL;
          if (r->split_rest != NULL)
            {
              g_autofree char *after = g_steal_pointer (&r->split_rest);

              if (*after != '\0')
                add_body_line (r, after, lineno);
            }
          continue;
        }
      /* a capitals title carried onto the next lines */
      if (caps_title && r->cur.item != NULL && r->cur.body->len == 0 && mostly_capitals (line)
          && !is_opener_line (line))
        {
          g_autofree char *joined = g_strconcat (ama_agenda_item_get_title (r->cur.item), " ", line, NULL);

          ama_agenda_item_set_title (r->cur.item, joined);
          continue;
        }
      caps_title = FALSE;

      if (r->cur.item == NULL && r->pending_number == NULL && !is_opener_line (line))
        continue;   /* the page's heading and navigation before the first item */
      if (r->meetings->len == 0)
        start_meeting (r, body_guess, date_guess);
      add_body_line (r, line, lineno);
    }
  flush_item (r);

  if (r->n_items == 0 || (r->n_found == 0 && r->n_items < 2 && r->n_meeting_lines == 0))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1, column 1: not minutes: %s",
                   r->n_items == 0 ? "no numbered item, “Meeting:” line or resolution found"
                                   : "one item without a resolution, mover or seconder");
      return FALSE;
    }

  /* Items found without numbers or "Meeting:" lines are guesses (a
   * table of decisions whose rows lost their columns): refuse rather
   * than write a wrong review. One unnumbered item that resolves under
   * a "Minutes:" heading is an agenda item's own page (its number is
   * in the page's link, which a copy may leave out). */
  if (r->n_meeting_lines == 0 && r->n_numbered * 2 < r->n_items
      && !(r->n_items == 1 && r->n_found == 1 && has_minutes_label (raw)))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_AMBIGUOUS,
                   "line 1, column 1: ambiguous: read as minutes only %u of %u items have a "
                   "number (the best candidate, minutes, does not fit well; the next, "
                   "pdf-text, finds no numbered recommendations); the layout may be a "
                   "table of decisions copied without its columns",
                   r->n_numbered, r->n_items);
      return FALSE;
    }

  for (guint i = 0; i < r->meetings->len; i++)
    {
      AmaMeeting *meeting = g_ptr_array_index (r->meetings, i);

      if (ama_meeting_get_date (meeting) == NULL && date_guess != NULL && i == 0)
        ama_meeting_set_date (meeting, date_guess);
      if (ama_meeting_get_body (meeting) == NULL && body_guess != NULL && i == 0)
        ama_meeting_set_body (meeting, body_guess);
      if (g_list_model_get_n_items (ama_meeting_get_agenda_items (meeting)) == 0
          && ama_meeting_get_date (meeting) == NULL)
        continue;
      ama_review_add_meeting (ctx->review, meeting);
    }
  members_from_resolutions (r);
  _ama_import_diag (ctx, AMA_SEVERITY_INFO, "minutes-items", 0, 0, NULL,
                    "%u meeting%s, %u item%s (%u deciding)", r->meetings->len,
                    r->meetings->len == 1 ? "" : "s", r->n_items, r->n_items == 1 ? "" : "s",
                    r->n_found);
  return TRUE;
}

/* How much @text reads like minutes or a ModernGov page: resolution
 * openers, "Meeting:" lines, numbered items, mover/seconder forms. */
guint
_ama_import_proceedings_score (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", 4000);
  guint openers = 0, meetings = 0, movers = 0, present = 0, lone = 0, minutes = 0;
  guint meeting_links = 0, agenda = 0, votes = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *opener = NULL;
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        continue;
      opener = opener_line (line);
      if (opener != NULL)
        openers++;
      if (g_str_has_prefix (line, "Meeting:") && strstr (line, "(Item") != NULL)
        meetings++;
      /* an agenda item page's link "Meeting of Cabinet, Monday … (Item
       * 6.)": weaker, since every agenda item page has one, minuted or
       * not */
      if (g_str_has_prefix (line, "Meeting of ") && strstr (line, "(Item") != NULL)
        meeting_links++;
      if (strstr (line, "Mover:") || strstr (line, "Seconder:") || strstr (line, "moved by")
          || strstr (line, "seconded by") || strstr (line, "MOVED") || strstr (line, "SECONDED"))
        movers++;
      if (_ama_vocab_line_opens (_ama_vocab_present_labels, line, NULL))
        present++;
      /* ModernGov's item table copied: "2." alone, then the title */
      if (g_ascii_isdigit (*line) && strspn (line, "0123456789") + 1 == strlen (line)
          && line[strlen (line) - 1] == '.')
        lone++;
      if (g_str_equal (line, "Minutes:"))
        minutes++;
      /* "Agenda item" / "Agenda Item 7: Title", and a vote's tally
       * ("For: 5, Against: 2"): each a little more minutes */
      if (g_ascii_strncasecmp (line, "agenda item", 11) == 0)
        agenda++;
      if (g_ascii_strncasecmp (line, "for:", 4) == 0 && strstr (line, "gainst") != NULL)
        votes++;
    }
  return MIN (openers, 5u) * 20 + MIN (meetings, 3u) * 40 + MIN (meeting_links, 1u) * 20
         + MIN (movers, 3u) * 10
         + MIN (present, 1u) * 20 + MIN (lone, 4u) * 10 + MIN (minutes, 1u) * 10
         /* a page's "Minutes:" section that resolves: an agenda item
          * page as copied (Chichester), whose report recommendations
          * above it are numbered but are not the review's */
         + (minutes > 0 && openers > 0 ? 10 : 0)
         + MIN (agenda, 1u) * 10 + MIN (votes, 1u) * 10;
}
