/* ama-import-annex.c: a review's background annex (seed 004)
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-appraisal.h"
#include "ama-criterion.h"
#include "ama-document.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-meeting.h"
#include "ama-member.h"
#include "ama-person.h"
#include "ama-review.h"
#include "ama-section.h"
#include "ama-types.h"
#include "ama-visit.h"
#include "ama-import-private.h"
#include "ama-util-private.h"

/* The annex arrives as Markdown-ish text converted from Word:
 *
 *   ## **Annex 2.**
 *   ### **1 Terms of Reference**         terms (bullets), scope (1.2),
 *                                        members ("Cllr X (Chair)")
 *   ## **2 Seven tests ...**             "- 2.1 **Name** full text"
 *   ### **3 The schedule of meetings**   "#### **14<sup>th</sup> November 2016**"
 *                                        then topics as bullets
 *   ## 4 Schedule of visits              "Authority <i>note</i>\tDate"
 *
 * A section the importer does not know is kept verbatim as an AmaSection
 * of the annex document; any other line that fits nowhere is reported
 * ("annex-unplaced") with its text. */

typedef enum
{
  MODE_NONE,
  MODE_TERMS,
  MODE_TESTS,
  MODE_MEETINGS,
  MODE_VISITS,
  MODE_OTHER,
} Mode;

typedef struct
{
  AmaImportContext *ctx;
  AmaDocument      *annex;          /* created on the "Annex N" heading or first unknown section */
  Mode              mode;
  /* terms of reference */
  GStrvBuilder     *terms;
  guint             n_terms;
  GString          *scope;
  GString          *intro;          /* the last "1.1 ..." paragraph, waiting for its list */
  guint             intro_line;
  gboolean          intro_used;
  /* tests */
  AmaCriterion     *criterion;      /* the last test (borrowed from the appraisal) */
  GString          *test_text;      /* its description, set when the test ends */
  char             *group;
  /* meetings */
  AmaMeeting       *meeting;        /* the current meeting (owned until added) */
  GStrvBuilder     *topics;
  GDateTime        *last_date;
  /* unknown sections */
  AmaSection       *section;        /* the current unknown section (borrowed) */
  GString          *section_text;
} Annex;

static char *
strip_markup (const char *text)
{
  g_autoptr(GRegex) tags = g_regex_new ("</?(?:sup|sub|b|i|u|em|strong|span)[^>]*>", G_REGEX_CASELESS, 0, NULL);
  g_autofree char *no_tags = g_regex_replace_literal (tags, text, -1, 0, "", 0, NULL);
  g_autoptr(GString) s = g_string_new (no_tags);

  g_string_replace (s, "**", "", 0);
  g_strstrip (s->str);
  s->len = strlen (s->str);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
flush_intro (Annex *a)
{
  /* A "1.1 ..." paragraph that introduced no list is part of the scope. */
  if (a->intro != NULL && !a->intro_used)
    {
      if (a->scope->len > 0)
        g_string_append (a->scope, "\n\n");
      g_string_append (a->scope, a->intro->str);
    }
  else if (a->intro != NULL)
    _ama_import_diag_line (a->ctx, AMA_SEVERITY_INFO, "annex-list-intro", a->intro_line, 1, NULL,
                           "“%s” introduces the list after it and is not kept as text",
                           a->intro->str);
  if (a->intro != NULL)
    g_string_free (a->intro, TRUE);
  a->intro = NULL;
  a->intro_used = FALSE;
}

static void
flush_section (Annex *a)
{
  if (a->section != NULL)
    {
      g_strstrip (a->section_text->str);
      a->section_text->len = strlen (a->section_text->str);
      if (a->section_text->len > 0)
        ama_section_set_text (a->section, a->section_text->str);
      g_string_truncate (a->section_text, 0);
      a->section = NULL;
    }
}

static void
flush_meeting (Annex *a)
{
  g_auto(GStrv) topics = NULL;
  const char *kind_word = NULL;
  AmaMeetingKind kind = AMA_MEETING_KIND_REVIEW_GROUP;

  if (a->meeting == NULL)
    return;
  topics = g_strv_builder_end (a->topics);
  g_strv_builder_unref (a->topics);
  a->topics = g_strv_builder_new ();

  /* The kind follows what the topics say the meeting was: a workshop,
   * a board, or a period of visits; otherwise the review group met. */
  for (guint i = 0; topics[i] != NULL && kind_word == NULL; i++)
    if (strstr (topics[i], "Workshop") != NULL)
      kind = AMA_MEETING_KIND_WORKSHOP, kind_word = "Workshop";
  for (guint i = 0; topics[i] != NULL && kind_word == NULL; i++)
    if (strstr (topics[i], "Board") != NULL)
      kind = AMA_MEETING_KIND_BOARD, kind_word = "Board";
  for (guint i = 0; topics[i] != NULL && kind_word == NULL; i++)
    if (g_str_has_prefix (topics[i], "Visits"))
      kind = AMA_MEETING_KIND_VISITS, kind_word = "Visits";

  /* "Children's Improvement Board – high level ...": the board is the
   * body that met. */
  if (kind == AMA_MEETING_KIND_BOARD)
    for (guint i = 0; topics[i] != NULL; i++)
      {
        const char *board = strstr (topics[i], "Board");
        const char *dash = strstr (topics[i], " – ");

        if (board != NULL && dash != NULL && board + strlen ("Board") == dash)
          {
            g_autofree char *body = g_strndup (topics[i], dash - topics[i]);
            ama_meeting_set_body (a->meeting, body);
            break;
          }
      }
  ama_meeting_set_kind (a->meeting, kind);
  ama_meeting_set_topics (a->meeting, (const char * const *) topics);
  ama_review_add_meeting (a->ctx->review, a->meeting);
  g_clear_object (&a->meeting);
}

static void
ensure_annex (Annex *a)
{
  if (a->annex == NULL)
    {
      g_autoptr(AmaDocument) doc = ama_document_new (AMA_DOCUMENT_KIND_ANNEX, NULL);
      ama_review_add_document (a->ctx->review, doc);
      a->annex = doc;
    }
}

static void
unplaced (Annex      *a,
          guint       line,
          const char *text)
{
  _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-unplaced", line, 1, NULL,
                         "text fits no field: “%s”", text);
}

static void
broken_reference (Annex      *a,
                  guint       line,
                  const char *text)
{
  if (strstr (text, "Error! Reference source not found") != NULL
      || strstr (text, "Error! Bookmark not defined") != NULL)
    _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-broken-reference", line, 1, NULL,
                           "Word's broken cross-reference “Error! ...” kept as written");
}

/* ---- dates ----------------------------------------------------------- */

/* The year of a date written without one ("18th November") follows the
 * schedule: the year of the meeting before it (its start: a period of
 * visits may end after the next meeting), one more when the months wrap
 * (December → January). */
static GDateTime *
schedule_date (Annex       *a,
               const char  *text,
               GDateTime   *after,
               guint        line,
               const char **end)
{
  g_autoptr(GDateTime) ref = NULL;
  gboolean guessed = FALSE;
  GDateTime *date;

  if (after != NULL)
    ref = g_date_time_ref (after);
  else if (a->ctx->reference != NULL)
    ref = g_date_time_ref (a->ctx->reference);
  date = _ama_import_parse_date (text, ref, end, &guessed);
  if (date != NULL && guessed && after != NULL
      && g_date_time_get_month (date) < g_date_time_get_month (after))
    {
      GDateTime *next = _ama_date_new (g_date_time_get_year (date) + 1,
                                       g_date_time_get_month (date),
                                       g_date_time_get_day_of_month (date));
      g_date_time_unref (date);
      date = next;
    }
  if (date != NULL && guessed)
    {
      g_autofree char *iso = _ama_date_to_iso (date);
      _ama_import_diag_line (a->ctx, AMA_SEVERITY_INFO, "annex-year-inferred", line, 1, NULL,
                             "“%s” has no year; read as %s from the dates before it", text, iso);
    }
  return date;
}

/* "Wednesday 9th February 2017": the weekday as written must be the
 * date's; when it is not, the date is kept as written and reported. */
static void
check_weekday (Annex      *a,
               const char *text,
               GDateTime  *date,
               guint       line)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  int actual;

  if (date == NULL)
    return;
  actual = g_date_time_get_day_of_week (date);
  for (guint i = 0; i < G_N_ELEMENTS (_ama_import_day_names); i++)
    if (g_str_has_prefix (lower, _ama_import_day_names[i]) && (int) i + 1 != actual)
      {
        g_autofree char *iso = _ama_date_to_iso (date);
        g_autofree char *real = g_date_time_format (date, "%A");
        _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-weekday-mismatch", line, 1, NULL,
                               "“%s”: %s was a %s; the date is kept as written", text, iso, real);
      }
}

/* ---- sections -------------------------------------------------------- */

static void
start_meeting (Annex      *a,
               const char *heading,
               guint       line)
{
  g_autofree char *text = strip_markup (heading);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end_date = NULL;
  g_autoptr(GRegex) range = g_regex_new ("^(.*?)\\s*(?:–|—|\\s-\\s|\\sto\\s)\\s*(.*)$", 0, 0, NULL);
  g_autoptr(GMatchInfo) m = NULL;
  const char *end = NULL;

  flush_meeting (a);
  a->meeting = g_object_new (AMA_TYPE_MEETING, NULL);
  _ama_import_set_source (a->ctx, a->meeting, line);

  /* "23rd January – 28th February 2017": the year is on the end date;
   * the start takes it (one less if its month comes later). */
  if (g_regex_match (range, text, 0, &m))
    {
      g_autofree char *first = g_match_info_fetch (m, 1);
      g_autofree char *second = g_match_info_fetch (m, 2);
      const char *e1 = NULL, *e2 = NULL;
      gboolean g1 = FALSE;

      end_date = _ama_import_parse_date (second, NULL, &e2, NULL);
      if (end_date == NULL)
        end_date = schedule_date (a, second, a->last_date, line, &e2);
      if (end_date != NULL)
        {
          start = _ama_import_parse_date (first, end_date, &e1, &g1);
          if (start != NULL && g_date_time_compare (start, end_date) > 0)
            {
              GDateTime *prev = _ama_date_new (g_date_time_get_year (start) - 1,
                                               g_date_time_get_month (start),
                                               g_date_time_get_day_of_month (start));
              g_date_time_unref (start);
              start = prev;
            }
        }
      if (start == NULL || end_date == NULL || *e2 != '\0')
        {
          g_clear_pointer (&start, g_date_time_unref);
          g_clear_pointer (&end_date, g_date_time_unref);
        }
    }
  if (start == NULL)
    {
      start = schedule_date (a, text, a->last_date, line, &end);
      if (start != NULL && end != NULL && *end != '\0')
        _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-unplaced", line, 1, NULL,
                               "text after the meeting date: “%s”", end);
    }

  if (start == NULL)
    {
      _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-bad-date", line, 1, NULL,
                             "meeting heading “%s” is not a date; kept as a topic", text);
      g_strv_builder_add (a->topics, text);
      return;
    }
  if (end_date == NULL)
    check_weekday (a, text, start, line);
  ama_meeting_set_date (a->meeting, start);
  ama_meeting_set_end_date (a->meeting, end_date);
  g_clear_pointer (&a->last_date, g_date_time_unref);
  a->last_date = g_date_time_ref (start);
}

static AmaArrangement
arrangement_from_note (const char *note)
{
  static const struct { const char *word; AmaArrangement arrangement; } map[] = {
    { "community interest company", AMA_ARRANGEMENT_COMMUNITY_INTEREST_COMPANY },
    { "cic", AMA_ARRANGEMENT_COMMUNITY_INTEREST_COMPANY },
    { "wholly owned", AMA_ARRANGEMENT_WHOLLY_OWNED_COMPANY },
    { "wholly-owned", AMA_ARRANGEMENT_WHOLLY_OWNED_COMPANY },
    { "trust", AMA_ARRANGEMENT_TRUST },
    { "agency arrangement", AMA_ARRANGEMENT_AGENCY_ARRANGEMENT },
    { "sector led", AMA_ARRANGEMENT_SECTOR_LED_IMPROVEMENT },
    { "sector-led", AMA_ARRANGEMENT_SECTOR_LED_IMPROVEMENT },
    { "intervention", AMA_ARRANGEMENT_INTERVENTION },
    { "practice partner", AMA_ARRANGEMENT_PRACTICE_PARTNER },
    { "in-house", AMA_ARRANGEMENT_IN_HOUSE },
    { "in house", AMA_ARRANGEMENT_IN_HOUSE },
  };
  g_autofree char *lower = g_utf8_strdown (note, -1);

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      const char *hit = strstr (lower, map[i].word);
      gsize n = strlen (map[i].word);

      /* Whole words only: "cic" must not match inside "policy". */
      if (hit != NULL && (hit == lower || !g_ascii_isalpha (hit[-1]))
          && !g_ascii_isalpha (hit[n]))
        return map[i].arrangement;
    }
  return AMA_ARRANGEMENT_OTHER;
}

static void add_visit (Annex      *a,
                       const char *authority,
                       const char *note,
                       const char *date_text,
                       guint       line,
                       const char *flat);

static void
read_visit (Annex      *a,
            const char *raw,
            guint       line)
{
  g_autoptr(GRegex) italic = g_regex_new ("^(.*?)\\s*<i>(.*?)</i>\\s*(.*)$", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *authority = NULL;
  g_autofree char *note = NULL;
  g_autofree char *date_text = NULL;

  if (g_regex_match (italic, raw, 0, &m))
    {
      authority = g_match_info_fetch (m, 1);
      note = g_match_info_fetch (m, 2);
      date_text = g_match_info_fetch (m, 3);
    }
  else
    {
      g_auto(GStrv) cells = g_strsplit (raw, "\t", -1);
      guint n = g_strv_length (cells);

      if (n < 2)
        {
          unplaced (a, line, raw);
          return;
        }
      authority = g_strdup (cells[0]);
      note = n > 2 ? g_strdup (cells[1]) : NULL;
      date_text = g_strdup (cells[n - 1]);
      for (guint i = 2; i + 1 < n; i++)
        if (*g_strstrip (cells[i]) != '\0')
          unplaced (a, line, cells[i]);
    }
  g_strstrip (authority);
  g_strstrip (date_text);
  if (note != NULL && *g_strstrip (note) == '\0')
    g_clear_pointer (&note, g_free);
  add_visit (a, authority, note, date_text, line, NULL);
}

/* One visit. The arrangement is read from @note, or from @flat (the
 * authority and arrangement run together) when there is no note. */
static void
add_visit (Annex      *a,
           const char *authority,
           const char *note,
           const char *date_text,
           guint       line,
           const char *flat)
{
  g_autoptr(GRegex) paren = g_regex_new ("\\s*\\(([^)]*)\\)", 0, 0, NULL);
  g_autofree char *bare_date = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(AmaVisit) visit = NULL;
  AmaArrangement arrangement;
  const char *end = NULL;
  const char *source = note ? note : flat;

  arrangement = source ? arrangement_from_note (source) : AMA_ARRANGEMENT_OTHER;
  if (arrangement == AMA_ARRANGEMENT_OTHER)
    _ama_import_diag_line (a->ctx, AMA_SEVERITY_INFO, "annex-arrangement-other", line, 1, NULL,
                           "arrangement “%s” of %s is not one the model names; "
                           "kept as the note", note ? note : "", authority);

  visit = ama_visit_new (authority, arrangement);
  ama_visit_set_arrangement_note (visit, note);
  ama_visit_set_date_text (visit, date_text);

  /* "(tele-conference)" says how; without it the date reads plainly. */
  lower = g_ascii_strdown (date_text, -1);
  if (strstr (lower, "tele") != NULL || strstr (lower, "phone") != NULL || strstr (lower, "call") != NULL)
    ama_visit_set_mode (visit, AMA_VISIT_MODE_TELECONFERENCE);
  bare_date = g_regex_replace_literal (paren, date_text, -1, 0, "", 0, NULL);
  date = _ama_import_parse_date (bare_date, a->ctx->reference, &end, NULL);
  if (date == NULL)
    _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-bad-date", line, 1, NULL,
                           "visit date “%s” not understood; kept as written", date_text);
  else
    check_weekday (a, bare_date, date, line);
  ama_visit_set_date (visit, date);
  ama_review_add_visit (a->ctx->review, visit);
}

/* The test being read keeps its text in a buffer (a long one grows
 * line by line) and takes it when the next test or section begins. */
static void
flush_test (Annex *a)
{
  if (a->criterion != NULL && a->test_text != NULL)
    ama_criterion_set_description (a->criterion, a->test_text->str);
  if (a->test_text != NULL)
    g_string_free (a->test_text, TRUE);
  a->test_text = NULL;
  a->criterion = NULL;
}

/* A visit whose cells ran together when the table was flattened
 * ("Slough Borough Council DfE Trust Tuesday 3rd May 2016"): the date
 * starts at the weekday; authority and arrangement cannot be told apart
 * in what comes before it, so it all stays the authority, the
 * arrangement is read from it and the split is reported. */
static gboolean
read_flat_visit (Annex      *a,
                 const char *text,
                 guint       line)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  const char *day = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (_ama_import_day_names); i++)
    {
      const char *hit = strstr (lower, _ama_import_day_names[i]);

      while (hit != NULL && hit != lower && hit[-1] != ' ')
        hit = strstr (hit + 1, _ama_import_day_names[i]);
      if (hit != NULL && hit != lower && (day == NULL || hit < day))
        day = hit;
    }
  if (day == NULL)
    return FALSE;
  {
    gsize at = day - lower;
    g_autofree char *before = g_strndup (text, at);
    g_autofree char *bare = NULL;
    g_autoptr(GRegex) paren = g_regex_new ("\\s*\\([^)]*\\)", 0, 0, NULL);
    g_autoptr(GDateTime) date = NULL;

    bare = g_regex_replace_literal (paren, text + at, -1, 0, "", 0, NULL);
    date = _ama_import_parse_date (bare, a->ctx->reference, NULL, NULL);
    if (date == NULL)
      return FALSE;
    g_strstrip (before);
    add_visit (a, before, NULL, text + at, line, before);
  }
  _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-visit-unsplit", line, 1, NULL,
                         "authority and arrangement run together in “%s”; kept as the "
                         "authority", text);
  return TRUE;
}

/* "- 2.1 **Well-functioning corporate services** which prioritises ...". */
static gboolean
find_criterion (AmaAppraisal *appraisal,
                const char   *id)
{
  GListModel *criteria = ama_appraisal_get_criteria (appraisal);

  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(AmaCriterion) c = g_list_model_get_item (criteria, i);
      if (g_strcmp0 (ama_criterion_get_id (c), id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
read_test (Annex      *a,
           const char *number,
           const char *text,
           guint       line)
{
  g_autoptr(GRegex) bold = g_regex_new ("\\*\\*(.+?)\\*\\*", 0, 0, NULL);
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *name = NULL;
  g_autofree char *desc = strip_markup (text);
  g_autofree char *id = NULL;
  const char *dot = strrchr (number, '.');
  g_autoptr(AmaCriterion) criterion = NULL;
  AmaAppraisal *appraisal = ama_review_get_appraisal (a->ctx->review);

  if (g_regex_match (bold, text, 0, &m))
    {
      gsize len;

      name = g_match_info_fetch (m, 1);
      g_strstrip (name);
      len = strlen (name);
      while (len > 0 && (name[len - 1] == '.' || name[len - 1] == ',' || name[len - 1] == ':'))
        name[--len] = '\0';
    }
  else
    _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-test-unnamed", line, 1, NULL,
                           "test %s has no bold name; its text is kept as the description", number);

  flush_test (a);
  if (appraisal == NULL)
    {
      g_autoptr(AmaAppraisal) fresh = ama_appraisal_new ();
      ama_review_set_appraisal (a->ctx->review, fresh);
      appraisal = fresh;
    }
  /* "2.1" is test 1 of its group: "seven-tests-1" stays the same
   * whatever the section number and does not clash with criteria of
   * other groups. */
  id = g_strdup_printf ("%s-%s", a->group ? a->group : "tests", dot ? dot + 1 : number);
  /* Criterion ids must be unique (the loader refuses a document whose
   * ids repeat), but a document can number two tests alike ("2.1"
   * twice, a copy-paste slip): the second gets "-2" and a warning, so
   * the import saves and loads again with both tests kept. */
  if (find_criterion (appraisal, id))
    {
      g_autofree char *base = g_steal_pointer (&id);
      for (guint n = 2; id == NULL || find_criterion (appraisal, id); n++)
        {
          g_free (id);
          id = g_strdup_printf ("%s-%u", base, n);
        }
      _ama_import_diag_line (a->ctx, AMA_SEVERITY_WARNING, "annex-test-duplicate", line, 1, NULL,
                             "test %s is numbered like an earlier test; its criterion id is “%s”",
                             number, id);
    }
  criterion = ama_criterion_new (id, name);
  ama_criterion_set_group (criterion, a->group);
  ama_appraisal_add_criterion (appraisal, criterion);
  a->criterion = criterion;
  a->test_text = g_string_new (desc);
}

/* A line after a test's first: a wrapped line continues the sentence;
 * after a blank line, text in lower case is the same paragraph split by
 * a page break in the source (joined, reported), other text a new
 * paragraph of the test. */
static void
continue_test (Annex      *a,
               const char *text,
               guint       line,
               gboolean    after_blank)
{
  g_autofree char *clean = strip_markup (text);

  if (!after_blank)
    g_string_append_c (a->test_text, ' ');
  else if (g_unichar_islower (g_utf8_get_char (clean)))
    {
      g_string_append_c (a->test_text, ' ');
      _ama_import_diag_line (a->ctx, AMA_SEVERITY_INFO, "annex-paragraph-rejoined", line, 1, NULL,
                             "paragraph split by a page break joined to test %s",
                             ama_criterion_get_id (a->criterion));
    }
  else
    g_string_append (a->test_text, "\n\n");
  g_string_append (a->test_text, clean);
}

static void
read_member (Annex      *a,
             const char *text,
             guint       line)
{
  g_autoptr(GRegex) role = g_regex_new ("\\s*\\((Chair|Chairman|Chairperson|Vice[- ]Chair|Co-opted(?: member)?)\\)\\s*$",
                                        G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *name = g_strdup (text);
  g_autoptr(AmaPerson) person = NULL;
  g_autoptr(AmaMember) member = NULL;
  AmaMemberRole r = AMA_MEMBER_ROLE_MEMBER;

  if (g_regex_match (role, text, 0, &m))
    {
      g_autofree char *word = g_match_info_fetch (m, 1);
      int start;

      g_match_info_fetch_pos (m, 0, &start, NULL);
      name[start] = '\0';
      if (g_ascii_strncasecmp (word, "vice", 4) == 0)
        r = AMA_MEMBER_ROLE_VICE_CHAIR;
      else if (g_ascii_strncasecmp (word, "co", 2) == 0)
        r = AMA_MEMBER_ROLE_CO_OPTED;
      else
        r = AMA_MEMBER_ROLE_CHAIR;
    }
  person = _ama_import_parse_person (name);
  if (person == NULL)
    {
      unplaced (a, line, text);
      return;
    }
  member = ama_member_new (person, r);
  ama_review_add_member (a->ctx->review, member);
}

static gboolean
looks_like_member (const char *text)
{
  return g_str_has_prefix (text, "Cllr") || g_str_has_prefix (text, "Councillor");
}

static Mode
mode_for (const char *title)
{
  g_autofree char *lower = g_utf8_strdown (title, -1);

  if (strstr (lower, "terms of reference"))
    return MODE_TERMS;
  if (strstr (lower, "tests") || strstr (lower, "criteria"))
    return MODE_TESTS;
  if (strstr (lower, "schedule of meetings") || strstr (lower, "meetings"))
    return MODE_MEETINGS;
  if (strstr (lower, "visits"))
    return MODE_VISITS;
  return MODE_OTHER;
}

static char *
group_for (const char *title)
{
  g_autofree char *lower = g_utf8_strdown (title, -1);
  static const char *const numbers[] = { "seven", "six", "five", "four", "three", "eight",
                                         "nine", "ten", NULL };

  for (guint i = 0; numbers[i] != NULL; i++)
    {
      g_autofree char *needle = g_strconcat (numbers[i], " tests", NULL);
      if (strstr (lower, needle))
        return g_strconcat (numbers[i], "-tests", NULL);
    }
  return g_strdup ("tests");
}

static void
start_section (Annex      *a,
               const char *number,
               const char *title,
               guint       line)
{
  flush_intro (a);
  flush_test (a);
  flush_meeting (a);
  flush_section (a);
  a->mode = mode_for (title);

  if (a->mode == MODE_TESTS)
    {
      AmaAppraisal *appraisal = ama_review_get_appraisal (a->ctx->review);

      g_free (a->group);
      a->group = group_for (title);
      if (appraisal == NULL)
        {
          g_autoptr(AmaAppraisal) fresh = ama_appraisal_new ();
          ama_review_set_appraisal (a->ctx->review, fresh);
          appraisal = fresh;
        }
      /* Where the tests come from ("as set out by Commissioner Newsam")
       * is in the heading only: keep it as the appraisal's note. */
      if (ama_appraisal_get_notes (appraisal) == NULL)
        ama_appraisal_set_notes (appraisal, title);
      else
        _ama_import_diag_line (a->ctx, AMA_SEVERITY_INFO, "annex-unplaced", line, 1, NULL,
                               "heading “%s” not kept: the appraisal already has notes", title);
    }
  else if (a->mode == MODE_OTHER)
    {
      g_autoptr(AmaSection) section = ama_section_new (number, title);

      ensure_annex (a);
      ama_document_add_section (a->annex, section);
      a->section = section;
      _ama_import_diag_line (a->ctx, AMA_SEVERITY_INFO, "annex-section-kept", line, 1, NULL,
                             "section %s “%s” is kept verbatim as a section of the annex",
                             number, title);
    }
}

gboolean
_ama_import_annex (AmaImportContext  *ctx,
                   const char        *text,
                   GError           **error)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) section_re = g_regex_new ("^(\\d{1,2})\\.?\\s+(\\S.*)$", 0, 0, NULL);
  g_autoptr(GRegex) para_re = g_regex_new ("^(\\d{1,2}\\.\\d{1,2})\\.?\\s+(.*)$", 0, 0, NULL);
  g_autoptr(GRegex) annex_re = g_regex_new ("^(Annexe?|Appendix)\\s+([0-9A-Z]{1,3})\\.?$", G_REGEX_CASELESS, 0, NULL);
  Annex a = { 0 };
  guint n_sections = 0;
  gboolean placed_any = FALSE;
  gboolean prev_blank = FALSE;

  g_return_val_if_fail (ctx != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  a.ctx = ctx;
  a.terms = g_strv_builder_new ();
  a.scope = g_string_new (NULL);
  a.topics = g_strv_builder_new ();
  a.section_text = g_string_new (NULL);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint line = i + 1;
      char *raw = g_strchomp (lines[i]);
      const char *t = raw + strspn (raw, " \t");
      g_autoptr(GMatchInfo) m = NULL;
      g_autofree char *clean = NULL;
      gboolean bullet = FALSE;
      gboolean after_blank = prev_blank;

      prev_blank = (*t == '\0');
      if (*t == '\0')
        {
          if (a.section != NULL)
            g_string_append (a.section_text, "\n");
          continue;
        }

      if (*t == '#')
        {
          g_autofree char *heading = strip_markup (t + strspn (t, "#"));

          if (g_regex_match (annex_re, heading, 0, &m))
            {
              g_autofree char *kind = g_match_info_fetch (m, 1);
              g_autofree char *num = g_match_info_fetch (m, 2);
              g_autofree char *label = g_strdup_printf ("%s %s", kind, num);

              ensure_annex (&a);
              ama_document_set_label (a.annex, label);
              if (g_ascii_strncasecmp (kind, "Appendix", 8) == 0)
                ama_document_set_kind (a.annex, AMA_DOCUMENT_KIND_APPENDIX);
              placed_any = TRUE;
              continue;
            }
          g_clear_pointer (&m, g_match_info_free);
          /* In the schedule a heading that is a date is a meeting, even
           * one that starts with a number ("2 December"). */
          if (a.mode == MODE_MEETINGS)
            {
              g_autoptr(GDateTime) probe = _ama_import_parse_date (heading, a.last_date ? a.last_date : ctx->reference,
                                                                   NULL, NULL);
              if (probe != NULL || !g_regex_match (section_re, heading, 0, NULL))
                {
                  if (!g_regex_match (para_re, heading, 0, NULL))
                    {
                      start_meeting (&a, heading, line);
                      continue;
                    }
                }
            }
          if (g_regex_match (section_re, heading, 0, &m))
            {
              g_autofree char *num = g_match_info_fetch (m, 1);
              g_autofree char *title = g_match_info_fetch (m, 2);

              start_section (&a, num, title, line);
              n_sections++;
              continue;
            }
          g_clear_pointer (&m, g_match_info_free);
          /* "### 4.1 Outline of visits/discussion programme:" */
          if (g_regex_match (para_re, heading, 0, NULL) && a.mode != MODE_OTHER)
            {
              _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "annex-list-intro", line, 1, NULL,
                                     "“%s” introduces the list after it and is not kept as text",
                                     heading);
              continue;
            }
          if (a.section != NULL)
            {
              g_string_append_printf (a.section_text, "%s\n", heading);
              continue;
            }
          unplaced (&a, line, heading);
          continue;
        }

      if (a.section != NULL)
        {
          /* Unknown sections keep their text as written. */
          g_string_append_printf (a.section_text, "%s\n", t);
          continue;
        }

      if (g_str_has_prefix (t, "- ") || g_str_has_prefix (t, "* ") || g_str_has_prefix (t, "• "))
        {
          bullet = TRUE;
          t += g_str_has_prefix (t, "• ") ? strlen ("• ") : 2;
          t += strspn (t, " ");
        }
      broken_reference (&a, line, t);

      switch (a.mode)
        {
        case MODE_TERMS:
          if (bullet)
            {
              clean = strip_markup (t);
              if (looks_like_member (clean))
                read_member (&a, clean, line);
              else
                {
                  g_strv_builder_add (a.terms, clean);
                  a.n_terms++;
                }
              a.intro_used = TRUE;
              placed_any = TRUE;
            }
          else if (g_regex_match (para_re, t, 0, &m))
            {
              g_autofree char *first = g_match_info_fetch (m, 2);

              flush_intro (&a);
              a.intro = g_string_new (first);
              a.intro_line = line;
            }
          else if (a.intro != NULL && !a.intro_used)
            {
              /* A wrapped line of the same paragraph. */
              g_string_append_c (a.intro, ' ');
              g_string_append (a.intro, t);
            }
          else
            unplaced (&a, line, t);
          break;

        case MODE_TESTS:
          if (g_regex_match (para_re, t, 0, &m))
            {
              g_autofree char *num = g_match_info_fetch (m, 1);
              g_autofree char *rest = g_match_info_fetch (m, 2);

              read_test (&a, num, rest, line);
              placed_any = TRUE;
            }
          else if (a.criterion != NULL)
            continue_test (&a, t, line, after_blank);
          else
            unplaced (&a, line, t);
          break;

        case MODE_MEETINGS:
          if (bullet && a.meeting != NULL)
            {
              clean = strip_markup (t);
              g_strv_builder_add (a.topics, clean);
              placed_any = TRUE;
            }
          else if (g_regex_match (para_re, t, 0, &m) && a.meeting == NULL)
            _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "annex-list-intro", line, 1, NULL,
                                   "“%s” introduces the list after it and is not kept as text", t);
          else
            unplaced (&a, line, t);
          break;

        case MODE_VISITS:
          if (strchr (t, '\t') != NULL || strstr (t, "<i>") != NULL)
            {
              read_visit (&a, t, line);
              placed_any = TRUE;
            }
          else if (read_flat_visit (&a, t, line))
            placed_any = TRUE;
          else
            unplaced (&a, line, t);
          break;

        case MODE_NONE:
        case MODE_OTHER:
        default:
          unplaced (&a, line, t);
          break;
        }
    }

  flush_intro (&a);
  flush_test (&a);
  flush_meeting (&a);
  flush_section (&a);

  if (a.n_terms > 0)
    {
      g_auto(GStrv) terms = g_strv_builder_end (a.terms);
      ama_review_set_terms_of_reference (ctx->review, (const char * const *) terms);
    }
  if (a.scope->len > 0)
    ama_review_set_scope (ctx->review, a.scope->str);

  g_strv_builder_unref (a.terms);
  g_strv_builder_unref (a.topics);
  g_string_free (a.scope, TRUE);
  g_string_free (a.section_text, TRUE);
  g_free (a.group);
  g_clear_pointer (&a.last_date, g_date_time_unref);

  if (!placed_any && n_sections == 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1, column 1: not a review annex: no “Annex N” heading, "
                   "numbered section, terms of reference or schedule found");
      return FALSE;
    }
  return TRUE;
}
