/* test-import-html.c: web pages read through the block layer
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Fixtures: tests/data/documents/html-*.html, written in our own words
 * on the structure of the ModernGov pages named in
 * tests/data/documents/README.md. The expected facts below were read
 * from the fixtures' text.
 */

#include "ama-read-private.h"
#include "import-test-util.h"

static AmaBlockDoc *
read_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "documents", name, NULL);
  g_autofree char *data = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  return _ama_read_html (data, len, name, error);
}

static AmaBlockDoc *
read_string (const char  *html,
             GError     **error)
{
  return _ama_read_html (html, strlen (html), NULL, error);
}

static AmaBlock *
block_at (AmaBlockDoc *doc,
          guint        i)
{
  g_assert_cmpuint (i, <, doc->blocks->len);
  return g_ptr_array_index (doc->blocks, i);
}

/* The first block whose text starts with @prefix, or NULL. */
static AmaBlock *
find_block (AmaBlockDoc *doc,
            const char  *prefix)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->text != NULL && g_str_has_prefix (b->text, prefix))
        return b;
    }
  return NULL;
}

static AmaMeeting *
meeting_at (AmaReview *review,
            guint      i)
{
  GListModel *meetings = ama_review_get_meetings (review);
  g_autoptr(AmaMeeting) m = NULL;

  g_assert_cmpuint (i, <, g_list_model_get_n_items (meetings));
  m = g_list_model_get_item (meetings, i);
  return m;   /* the review keeps its reference */
}

static AmaAgendaItem *
item_at (AmaMeeting *meeting,
         guint       i)
{
  GListModel *items = ama_meeting_get_agenda_items (meeting);
  g_autoptr(AmaAgendaItem) item = NULL;

  g_assert_cmpuint (i, <, g_list_model_get_n_items (items));
  item = g_list_model_get_item (items, i);
  return item;
}

static const char *
resolution_text (AmaAgendaItem *item,
                 guint          i)
{
  GListModel *res = ama_agenda_item_get_resolutions (item);
  g_autoptr(AmaResolution) r = NULL;

  g_assert_cmpuint (i, <, g_list_model_get_n_items (res));
  r = g_list_model_get_item (res, i);
  return ama_resolution_get_text (r);
}

static void
assert_date (GDateTime  *date,
             const char *expected)
{
  g_autofree char *s = NULL;

  g_assert_nonnull (date);
  s = g_date_time_format (date, "%Y-%m-%d");
  g_assert_cmpstr (s, ==, expected);
}

/* ---- the layout --------------------------------------------------- */

/* Headings, classes as styles, source lines; chrome (skip link, site
 * header, breadcrumbs, footer, mgFooter) and hidden lists dropped. */
static void
test_layout_agenda_item (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaBlockDoc) doc = read_fixture ("html-agenda-item.html", &error);
  AmaBlock *b;

  g_assert_no_error (error);
  b = block_at (doc, 0);
  g_assert_cmpint (b->kind, ==, AMA_BLOCK_HEADING);
  g_assert_cmpuint (b->level, ==, 1);
  g_assert_cmpstr (b->text, ==, "Agenda item");
  g_assert_cmpstr (b->style, ==, "mgMainTitleTxt");
  g_assert_cmpuint (b->place.line, ==, 19);
  b = block_at (doc, 1);
  g_assert_cmpint (b->kind, ==, AMA_BLOCK_HEADING);
  g_assert_cmpuint (b->level, ==, 2);
  g_assert_cmpstr (b->style, ==, "mgSubTitleTxt");
  g_assert_cmpstr (b->text, ==, "Scrutiny improvement review: action plan");
  /* the action list is drawn without bullets */
  b = block_at (doc, 2);
  g_assert_cmpint (b->kind, ==, AMA_BLOCK_LIST_ITEM);
  g_assert_null (b->marker);
  g_assert_true (g_str_has_prefix (b->text, "Meeting of Overview and Scrutiny Committee, Monday 16 October 2023"));

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *x = block_at (doc, i);

      g_assert_true (x->text == NULL || g_utf8_validate (x->text, -1, NULL));
      g_assert_null (x->text ? strstr (x->text, "Skip to main content") : NULL);
      g_assert_null (x->text ? strstr (x->text, "Back to the top") : NULL);
      g_assert_null (x->text ? strstr (x->text, "Council meetings") : NULL);   /* breadcrumbs */
      g_assert_null (x->text ? strstr (x->text, "Accessibility") : NULL);      /* site footer */
      g_assert_null (x->text ? strstr (x->text, "Draft action plan") : NULL);  /* display:none */
      g_assert_null (x->text ? strstr (x->text, "document.write") : NULL);     /* script */
      g_assert_null (x->text ? strstr (x->text, "supportLists") : NULL);       /* Word's <![if]> */
    }
  /* an article's header is content, the site's header is not */
  {
    g_autoptr(AmaBlockDoc) page = read_string ("<body><header><p>Site name</p></header>"
                                               "<article><header><h1>Notice</h1></header>"
                                               "<p>Text</p><footer><p>Published 1 May</p></footer>"
                                               "</article><footer><p>Cookies</p></footer></body>",
                                               &error);

    g_assert_no_error (error);
    g_assert_cmpuint (page->blocks->len, ==, 3);
    g_assert_cmpstr (block_at (page, 0)->text, ==, "Notice");
    g_assert_cmpstr (block_at (page, 2)->text, ==, "Published 1 May");
  }
  /* &nbsp; as spaces that do not collapse; the alt text of the pdf icon */
  g_assert_nonnull (find_block (doc, "1.    That the review letter"));
  g_assert_nonnull (find_block (doc, "6 Scrutiny improvement review: action plan pdf icon PDF 210 KB"));
  b = find_block (doc, "·");
  g_assert_nonnull (b);
  g_assert_cmpstr (b->text, ==, "·        too little consultation");
  g_assert_cmpstr (b->style, ==, "MsoListParagraph");
  b = find_block (doc, "Minutes:");
  g_assert_cmpint (b->kind, ==, AMA_BLOCK_HEADING);
  g_assert_cmpuint (b->level, ==, 3);
}

/* Lists: markers as drawn (ol type/start/value/reversed, nested ul),
 * br as line breaks, white space collapsed, entities decoded. */
static void
test_layout_lists (void)
{
  static const char page[] =
    "<!DOCTYPE html><html><body>\n"
    "<ol type=\"a\"><li>first</li><li>second\n   <b>bold</b></li></ol>\n"
    "<ol start=\"4\"><li>four</li><li value=\"9\">nine</li><li>ten</li></ol>\n"
    "<ol type=\"i\"><li>i</li><li>ii</li><li>iii</li><li>iv</li></ol>\n"
    "<ol type=\"A\" reversed><li>B</li><li>A</li></ol>\n"
    "<ul><li>outer<ul><li>inner</li></ul></li></ul>\n"
    "<p>line one<br>line   two&nbsp;&amp;&#160;three &eacute;t&eacute;</p>\n"
    "<pre>  keep   this\n  as it is</pre>\n"
    "</body></html>";
  static const struct { const char *marker; const char *text; guint level; } expected[] = {
    { "a.", "first", 0 }, { "b.", "second bold", 0 },
    { "4.", "four", 0 }, { "9.", "nine", 0 }, { "10.", "ten", 0 },
    { "i.", "i", 0 }, { "ii.", "ii", 0 }, { "iii.", "iii", 0 }, { "iv.", "iv", 0 },
    { "B.", "B", 0 }, { "A.", "A", 0 },
    { "•", "outer", 0 }, { "•", "inner", 1 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaBlockDoc) doc = read_string (page, &error);
  AmaBlock *b;

  g_assert_no_error (error);
  g_assert_cmpuint (doc->blocks->len, ==, G_N_ELEMENTS (expected) + 2);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      b = block_at (doc, i);
      g_test_message ("block %u: %s %s", i, b->marker, b->text);
      g_assert_cmpint (b->kind, ==, AMA_BLOCK_LIST_ITEM);
      g_assert_cmpstr (b->marker, ==, expected[i].marker);
      g_assert_cmpstr (b->text, ==, expected[i].text);
      g_assert_cmpuint (b->level, ==, expected[i].level);
    }
  b = block_at (doc, G_N_ELEMENTS (expected));
  g_assert_cmpint (b->kind, ==, AMA_BLOCK_PARAGRAPH);
  g_assert_cmpstr (b->text, ==, "line one\nline two & three été");
  g_assert_cmpuint (b->place.line, ==, 8);   /* the <p> (the second list item spans lines 2–3) */
  b = block_at (doc, G_N_ELEMENTS (expected) + 1);
  g_assert_cmpstr (b->text, ==, "  keep   this\n  as it is");
}

/* Tables: th rows as header rows, colspan/rowspan merged, cells with
 * several paragraphs, a layout table (mgItemTable) unwrapped. */
static void
test_layout_tables (void)
{
  static const char page[] =
    "<html><body>\n"
    "<table><thead><tr><th>No.</th><th>Recommendation</th><th>Officer</th></tr></thead>\n"
    "<tbody><tr><td>1</td><td><p>Do A.</p><p>Then B.</p></td><td rowspan=\"2\">Ann Lee</td></tr>\n"
    "<tr><td>2</td><td>Do C.</td></tr>\n"
    "<tr><td colspan=\"3\">Note across</td></tr></tbody></table>\n"
    "<table class=\"mgItemTable\"><tr><td class=\"mgItemNumberCell\">5.</td>"
    "<td><p class=\"mgAiTitleTxt\">Title</p><p>Body</p></td></tr></table>\n"
    "</body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaBlockDoc) doc = read_string (page, &error);
  g_autofree char *cell = NULL;
  g_autofree char *covered = NULL;
  AmaBlock *t;
  AmaTableCell *c;

  g_assert_no_error (error);
  t = block_at (doc, 0);
  g_assert_cmpint (t->kind, ==, AMA_BLOCK_TABLE);
  g_assert_cmpuint (t->n_rows, ==, 4);
  g_assert_cmpuint (t->n_columns, ==, 3);
  g_assert_cmpuint (t->n_header_rows, ==, 1);
  cell = _ama_block_table_cell_text (t, 1, 1, FALSE);
  g_assert_cmpstr (cell, ==, "Do A.\nThen B.");
  c = _ama_block_table_cell (t, 1, 2);
  g_assert_cmpuint (c->row_span, ==, 2);
  g_assert_cmpuint (c->place.line, ==, 3);
  c = _ama_block_table_cell (t, 2, 2);
  g_assert_true (c->covered);
  covered = _ama_block_table_cell_text (t, 2, 2, TRUE);
  g_assert_cmpstr (covered, ==, "Ann Lee");
  c = _ama_block_table_cell (t, 3, 0);
  g_assert_cmpuint (c->col_span, ==, 3);
  g_assert_true (_ama_block_table_cell (t, 3, 2)->covered);

  /* the item table: its cells in reading order */
  g_assert_cmpuint (doc->blocks->len, ==, 4);
  g_assert_cmpstr (block_at (doc, 1)->text, ==, "5.");
  g_assert_cmpstr (block_at (doc, 2)->text, ==, "Title");
  g_assert_cmpstr (block_at (doc, 2)->style, ==, "mgAiTitleTxt");
  g_assert_cmpstr (block_at (doc, 3)->text, ==, "Body");
}

/* ---- charsets ------------------------------------------------------ */

static void
test_charset (void)
{
  static const struct { const char *bytes; gsize len; const char *text; const char *note; } cases[] = {
    /* declared windows-1252: 0x92 is a right quote */
    { "<html><head><meta charset=\"windows-1252\"></head><body><p>O\x92Neill</p></body></html>", 0,
      "O’Neill", "encoding-converted" },
    /* http-equiv, ISO-8859-1 read as windows-1252 (as browsers do) */
    { "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
      "</head><body><p>\x93quoted\x94 caf\xe9</p></body></html>", 0, "“quoted” café", "encoding-converted" },
    /* declared UTF-8, but a windows-1252 byte: converted, with a note */
    { "<html><head><meta charset=utf-8></head><body><p>caf\xe9 ok \xc3\xa9</p></body></html>", 0,
      "café ok é", "encoding-converted" },
    /* a UTF-8 byte-order mark and nothing declared */
    { "\xEF\xBB\xBF<p>\xc2\xa3" "5</p>", 0, "£5", NULL },
    /* UTF-16LE with its mark */
    { "\xFF\xFE<\0p\0>\0h\0\xe9\0<\0/\0p\0>\0", 18, "hé", "encoding-converted" },
    /* a charset iconv does not know: read as UTF-8, with a note */
    { "<meta charset=\"x-no-such-charset\"><p>plain</p>", 0, "plain", "encoding-unknown" },
    /* NUL bytes */
    { "<p>a\0b</p>", 10, "a\xEF\xBF\xBD" "b", "nul-replaced" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len = cases[i].len ? cases[i].len : strlen (cases[i].bytes);
      g_autoptr(AmaBlockDoc) doc = _ama_read_html (cases[i].bytes, len, NULL, &error);
      gboolean noted = FALSE;
      AmaBlock *b;

      g_test_message ("case %u", i);
      g_assert_no_error (error);
      g_assert_cmpuint (doc->blocks->len, ==, 1);
      b = block_at (doc, 0);
      g_assert_cmpstr (b->text, ==, cases[i].text);
      for (guint k = 0; k < doc->notes->len; k++)
        {
          AmaBlockNote *n = g_ptr_array_index (doc->notes, k);

          if (cases[i].note != NULL && g_str_equal (n->code, cases[i].note))
            noted = TRUE;
        }
      g_assert_true (cases[i].note == NULL ? doc->notes->len == 0 : noted);
    }
}

/* ---- importing ----------------------------------------------------- */

/* A Word-saved response table (windows-1252, MsoTableGrid, a Lead
 * Officer cell merged down) becomes a review. */
static void
test_response_table (void)
{
  static const struct { const char *text; AmaDecision decision; const char *response;
                        const char *officer; const char *due; } expected[] = {
    { "That the Council maps the streets", AMA_DECISION_ACCEPTED,
      "A street survey will be carried out", "Head of Highways", "2024-10-31" },
    { "That a “pavement first” pilot", AMA_DECISION_DEFERRED,
      "To be looked at again", "Head of Highways", "2025-03-31" },
    { "That fixed penalty income", AMA_DECISION_REJECTED,
      "Penalty income is already committed", "Parking Manager", NULL },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/html-response-table.html",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, &diags, &error);

  g_assert_no_error (error);
  g_assert_true (has_diag (diags, "document-tables-read", "1 table"));
  g_assert_true (has_diag (diags, "encoding-converted", "windows-1252"));
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      AmaRecommendation *rec = rec_at (review, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      AmaPerson *officer = ama_response_get_officer (response);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *who = NULL;

      g_assert_cmpstr (ama_recommendation_get_number (rec), ==, number);
      g_assert_true (g_str_has_prefix (ama_recommendation_get_text (rec), expected[i].text));
      g_assert_cmpint (ama_response_get_decision (response), ==, expected[i].decision);
      g_assert_true (g_str_has_prefix (ama_response_get_text (response), expected[i].response));
      g_assert_nonnull (officer);
      who = g_strdup_printf ("%s %s", ama_person_get_name (officer) ? ama_person_get_name (officer) : "",
                             ama_person_get_role (officer) ? ama_person_get_role (officer) : "");
      g_assert_nonnull (strstr (who, expected[i].officer));
      if (expected[i].due != NULL)
        {
          AmaDeadline *d = ama_response_get_action_by (response);

          g_assert_nonnull (d);
          assert_date (ama_deadline_get_due (d), expected[i].due);
        }
    }
}

/* An agenda item page (mgAi.aspx): one meeting, its item and the six
 * numbered resolutions, the bulleted grounds inside the fourth. */
static void
test_agenda_item (void)
{
  static const char * const resolutions[] = {
    "That the review letter from the Centre", "That the draft action plan",
    "That, on call-in, the committee", "That a decision may be called in",
    "That a timetable be drawn up", "That the scrutiny team keep a monitor",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/html-agenda-item.html",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, NULL, &error);
  AmaMeeting *meeting;
  AmaAgendaItem *item;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 0);
  meeting = meeting_at (review, 0);
  assert_date (ama_meeting_get_date (meeting), "2023-10-16");
  g_assert_cmpstr (ama_meeting_get_body (meeting), ==, "Overview and Scrutiny Committee");
  item = item_at (meeting, 0);
  g_assert_cmpstr (ama_agenda_item_get_number (item), ==, "6");
  g_assert_cmpstr (ama_agenda_item_get_title (item), ==, "Scrutiny improvement review: action plan");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==,
                    G_N_ELEMENTS (resolutions));
  for (guint i = 0; i < G_N_ELEMENTS (resolutions); i++)
    g_assert_true (g_str_has_prefix (resolution_text (item, i), resolutions[i]));
}

/* A minutes page (ieListDocuments) in an HTML5 site template: the
 * meeting from the page title, items numbered "1/19", mover and
 * seconder in prose, resolutions in a lettered list. */
static void
test_minutes (void)
{
  static const char * const titles[] = {
    "Minutes", "Questions from County Councillors",
    "Cabinet Response to Scrutiny Review of Home to School Transport",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/html-minutes.html",
                                             AMA_IMPORT_FORMAT_HTML, NULL, NULL, &error);
  AmaMeeting *meeting;
  AmaAgendaItem *item;
  GListModel *res;
  gboolean agree = FALSE, report = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
  meeting = meeting_at (review, 0);
  assert_date (ama_meeting_get_date (meeting), "2019-01-22");
  g_assert_cmpstr (ama_meeting_get_body (meeting), ==, "Cabinet");
  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_agenda_items (meeting)), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *number = g_strdup_printf ("%u/19", i + 1);

      item = item_at (meeting, i);
      g_assert_cmpstr (ama_agenda_item_get_number (item), ==, number);
      g_assert_cmpstr (ama_agenda_item_get_title (item), ==, titles[i]);
    }
  item = item_at (meeting, 2);
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_mover (item)), ==, "Lane");
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_seconder (item)), ==, "Reyes");
  /* "RESOLVED: to:" opens the lettered list, is not a resolution */
  res = ama_agenda_item_get_resolutions (item);
  g_assert_cmpuint (g_list_model_get_n_items (res), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (res); i++)
    {
      const char *t = resolution_text (item, i);

      agree |= g_str_has_prefix (t, "agree the response to the scrutiny review");
      report |= g_str_has_prefix (t, "ask officers to report progress");
    }
  g_assert_true (agree && report);
}

/* A decision record (ieDecisionDetails): one meeting from "Decided at
 * meeting:", the item from the title, its numbered decisions read as
 * resolutions, not recommendations. */
static void
test_decision_record (void)
{
  static const char page[] =
    "<!DOCTYPE html><html><body><div id=\"modgov\">"
      "<h1 class=\"mgMainTitleTxt\">Decision details</h1>"
      "<h2 class=\"mgSubTitleTxt\">Scrutiny review of allotments: response</h2>"
      "<div class=\"mgContent\"><h3 class=\"mgSubSubTitleTxt\">Decision:</h3>"
      "<div class=\"WordSection1\"><p>1. That the response be approved.</p>"
      "<p>2. That progress be reported in six months.</p></div>"
      "<p><span class=\"mgLabel\">Decision Maker: </span><a href=\"#\">Cabinet</a></p>"
      "<p><span class=\"mgLabel\">Date of decision: </span>04/03/2024</p>"
      "<p><span class=\"mgLabel\">Decided at meeting: </span><a href=\"#\">04/03/2024 - Cabinet</a></p>"
      "</div></div></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (page, AMA_IMPORT_FORMAT_UNKNOWN, &diags, &error);
  AmaMeeting *meeting;
  AmaAgendaItem *item;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 0);
  meeting = meeting_at (review, 0);
  assert_date (ama_meeting_get_date (meeting), "2024-03-04");
  g_assert_cmpstr (ama_meeting_get_body (meeting), ==, "Cabinet");
  item = item_at (meeting, 0);
  g_assert_cmpstr (ama_agenda_item_get_title (item), ==, "Scrutiny review of allotments: response");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 2);
  g_assert_cmpstr (resolution_text (item, 0), ==, "That the response be approved.");
  g_assert_cmpstr (resolution_text (item, 1), ==, "That progress be reported in six months.");
}

/* The fixture: "RESOLVED that:" above decisions numbered "1.1)" and
 * "1.2" (as the source numbers them). */
static void
test_decision_record_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/html-decision-record.html",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, NULL, &error);
  AmaMeeting *meeting;
  AmaAgendaItem *item;
  GListModel *res;
  g_autoptr(AmaResolution) first = NULL;

  g_assert_no_error (error);
  meeting = meeting_at (review, 0);
  assert_date (ama_meeting_get_date (meeting), "2025-12-10");
  g_assert_cmpstr (ama_meeting_get_body (meeting), ==, "Cabinet");
  item = item_at (meeting, 0);
  g_assert_true (g_str_has_prefix (ama_agenda_item_get_title (item),
                                   "Response to Recommendations from Policy Review Committee"));
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 0);
  res = ama_agenda_item_get_resolutions (item);
  g_assert_cmpuint (g_list_model_get_n_items (res), ==, 2);
  first = g_list_model_get_item (res, 0);
  g_assert_cmpstr (ama_resolution_get_number (first), ==, "1.1");
  g_assert_true (g_str_has_prefix (resolution_text (item, 0), "the officers’ responses"));
  g_assert_true (g_str_has_prefix (resolution_text (item, 1), "That Cabinet weighed the call"));
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 0);
}

/* A minutes page whose every item has a "Decision:" (as Westminster's
 * "Agenda, decisions and minutes" pages do) is minutes, not a decision
 * record: the fixture's item table repeated. */
static void
test_minutes_with_decisions (void)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "documents", "html-minutes.html", NULL);
  g_autofree char *page = NULL;
  g_autoptr(GString) big = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &page, NULL, NULL));
  /* the third item (the one with Decision:) four times over */
  start = strstr (page, "<tr>\n<td class=\"mgItemNumberCell\" ><p class=\"mgAiTitleTxt\"><a name=\"AI21003\">");
  end = strstr (page, "</table>");
  g_assert_true (start != NULL && end != NULL && start < end);
  big = g_string_new_len (page, start - page);
  for (guint i = 0; i < 4; i++)
    g_string_append_len (big, start, end - start);
  g_string_append (big, end);
  review = import_text (big->str, AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
  g_assert_no_error (error);
  /* items 1/19 and 2/19, then the four copies of 3/19 */
  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_agenda_items (meeting_at (review, 0))), ==, 6);
  for (guint i = 2; i < 6; i++)
    {
      AmaAgendaItem *item = item_at (meeting_at (review, 0), i);

      g_assert_cmpstr (ama_agenda_item_get_number (item), ==, "3/19");
      g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 2);
    }
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 0);
}

/* Pages that fit no interpreter are errors naming why, never a review. */
static void
test_refused (void)
{
  static const struct { const char *page; int code; const char *words; } cases[] = {
    /* a list of meetings (ieListMeetings): nothing to import */
    { "<!DOCTYPE html><html><body><div id=\"modgov\">"
      "<h1 class=\"mgMainTitleTxt\">Browse meetings</h1><h2 class=\"mgSubTitleTxt\">Cabinet</h2>"
      "<div class=\"mgContent\"><p>This page lists the meetings for Cabinet.</p>"
      "<ul class=\"mgCalendarList\"><li><a href=\"#\">14 Jan 2025 6.30 pm</a></li></ul>"
      "</div></div></body></html>",
      AMA_ERROR_UNSUPPORTED_FORMAT, "html" },
    /* a list of decisions (mgDelegatedDecisions): each with its labels */
    { "<html><body><div id=\"modgov\"><h1 class=\"mgMainTitleTxt\">Search decisions</h1>"
      "<h3 class=\"mgSubSubTitleTxt\">21/09/2023 - Election of Chair</h3>"
      "<p><span class=\"mgLabel\">Decision Maker: </span>Task Group</p>"
      "<p><span class=\"mgLabel\">Made at meeting: </span>21/09/2023 - Task Group</p>"
      "<h3 class=\"mgSubSubTitleTxt\">21/09/2023 - Scoping report</h3>"
      "<p><span class=\"mgLabel\">Decision Maker: </span>Task Group</p>"
      "<p><span class=\"mgLabel\">Made at meeting: </span>21/09/2023 - Task Group</p>"
      "</div></body></html>",
      AMA_ERROR_UNSUPPORTED_FORMAT, "html" },
    /* an empty page */
    { "<html></html>", AMA_ERROR_UNSUPPORTED_FORMAT, "html" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = import_text (cases[i].page, AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);

      g_test_message ("case %u: %s", i, error ? error->message : "imported");
      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }
}

static void
test_detect (void)
{
  static const struct { const char *data; AmaImportFormat format; } cases[] = {
    { "<!DOCTYPE html><html><body></body></html>", AMA_IMPORT_FORMAT_HTML },
    { "\xEF\xBB\xBF  \n<!doctype HTML>\n<p>x", AMA_IMPORT_FORMAT_HTML },
    { "<?xml version=\"1.0\"?>\n<!-- saved -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", AMA_IMPORT_FORMAT_HTML },
    { "<HTML><BODY>", AMA_IMPORT_FORMAT_HTML },
    { "<div id=\"modgov\">", AMA_IMPORT_FORMAT_HTML },
    { "<?xml version=\"1.0\"?><meeting><id>1</id></meeting>", AMA_IMPORT_FORMAT_MODERNGOV },
    { "<getCommitteesResult/>", AMA_IMPORT_FORMAT_MODERNGOV },
    { "<!DOCTYPE meeting SYSTEM \"x\"><meeting/>", AMA_IMPORT_FORMAT_MODERNGOV },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      g_assert_cmpint (ama_import_detect (cases[i].data, -1), ==, cases[i].format);
    }
  /* UTF-16 with its mark: decoded to tell, then read */
  {
    static const char utf16[] = "\xFF\xFE<\0h\0t\0m\0l\0>\0<\0p\0>\0R\0E\0S\0O\0L\0V\0E\0D\0:\0";
    g_autoptr(AmaBlockDoc) doc = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (ama_import_detect (utf16, sizeof utf16 - 1), ==, AMA_IMPORT_FORMAT_HTML);
    doc = _ama_read_html (utf16, sizeof utf16 - 1, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (block_at (doc, 0)->text, ==, "RESOLVED:");
  }
  g_assert_cmpint (ama_import_format_from_string ("html"), ==, AMA_IMPORT_FORMAT_HTML);
  g_assert_cmpstr (ama_import_format_to_string (AMA_IMPORT_FORMAT_HTML), ==, "html");
}

/* A page saved as .aspx that opens with a fragment is HTML by its name
 * (through import_file), ModernGov XML by its content alone. */
static void
test_file_name (void)
{
  static const char fragment[] =
    "<a name=\"top\"></a><p>Meeting: 12/06/2018 - Cabinet (Item 5)</p>\n"
    "<p>5 Budget monitoring</p>\n"
    "<p>RESOLVED: That the report be noted.</p>\n";
  g_autofree char *dir = g_dir_make_tmp ("ama-html-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "mgAi.aspx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaReview) as_xml = NULL;

  g_assert_true (g_file_set_contents (path, fragment, -1, NULL));
  g_assert_cmpint (ama_import_detect (fragment, -1), ==, AMA_IMPORT_FORMAT_MODERNGOV);
  review = ama_importer_import_file (importer, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (review);
  as_xml = ama_importer_import_data (importer, fragment, -1, &error);
  g_assert_null (as_xml);
  g_assert_nonnull (error);
  g_unlink (path);
  g_rmdir (dir);
}

/* ---- bad input ---------------------------------------------------- */

static void
test_bad_input (void)
{
  g_autoptr(GString) deep = g_string_new ("<html><body>");
  g_autoptr(GString) wide = g_string_new ("<table><tr>");
  g_autoptr(GString) nested = g_string_new ("<html><body>");
  g_autoptr(GByteArray) junk = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaBlockDoc) doc = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (13);

  /* 1 MB of nested divs: the depth limit, naming the line */
  while (deep->len < 1024 * 1024)
    g_string_append (deep, "<div>\n");
  doc = read_string (deep->str, &error);
  g_assert_null (doc);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "nested deeper than"));
  g_assert_true (g_str_has_prefix (error->message, "line "));
  g_clear_error (&error);

  /* tables nested 20 deep (within the element limit) */
  for (guint i = 0; i < 20; i++)
    g_string_append (nested, "<table><tr><td>");
  g_string_append (nested, "x");
  doc = read_string (nested->str, &error);
  g_assert_null (doc);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "tables nested deeper"));
  g_clear_error (&error);

  /* a row of 600 cells */
  for (guint i = 0; i < 600; i++)
    g_string_append (wide, "<td>c</td>");
  doc = read_string (wide->str, &error);
  g_assert_null (doc);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "wider than 512"));
  g_clear_error (&error);

  /* 5,000 one-cell rows under a row of 500 cells: too many cells */
  {
    g_autoptr(GString) tall = g_string_new ("<table><tr>");

    for (guint i = 0; i < 500; i++)
      g_string_append (tall, "<td>c");
    for (guint i = 0; i < 5000; i++)
      g_string_append (tall, "<tr><td>r");
    doc = read_string (tall->str, &error);
    g_assert_null (doc);
    g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
    g_assert_nonnull (strstr (error->message, "cells"));
    g_clear_error (&error);
  }

  /* unterminated tags and a huge colspan/rowspan: read, clipped */
  doc = read_string ("<html><body><p>Hello <b>world<table><tr><td>a<td colspan=99999 rowspan=0>b"
                     "<tr><td>c</td></table><p>after <!-- unterminated comment", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (block_at (doc, 0)->text, ==, "Hello world");
  g_assert_cmpint (block_at (doc, 1)->kind, ==, AMA_BLOCK_TABLE);
  g_assert_cmpuint (block_at (doc, 1)->n_columns, ==, 512);
  g_clear_pointer (&doc, _ama_block_doc_free);

  /* binary junk: blocks that are UTF-8, and an import error */
  for (guint i = 0; i < 64 * 1024; i++)
    {
      guint8 b = (guint8) g_rand_int_range (rand, 0, 256);

      g_byte_array_append (junk, &b, 1);
    }
  doc = _ama_read_html ((const char *) junk->data, junk->len, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *b = block_at (doc, i);

      g_assert_true (b->text == NULL || g_utf8_validate (b->text, -1, NULL));
    }
  g_clear_pointer (&doc, _ama_block_doc_free);
  {
    g_autoptr(AmaImporter) importer = ama_importer_new ();
    g_autoptr(AmaReview) review = NULL;

    ama_importer_set_format (importer, AMA_IMPORT_FORMAT_HTML);
    review = ama_importer_import_data (importer, (const char *) junk->data, junk->len, &error);
    g_assert_null (review);
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  /* UTF-16 with its mark but an odd byte count */
  doc = _ama_read_html ("\xFF\xFE<\0p", 5, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_ENCODING);
  g_clear_error (&error);

  /* nothing at all */
  doc = _ama_read_html ("", 0, NULL, &error);
  g_assert_true (doc == NULL || doc->blocks->len == 0);
  g_clear_error (&error);
}

/* A row's diagnostic names the page's source line and the table row,
 * not the line of the rows the table interpreter was handed. */
static void
test_diagnostic_places (void)
{
  static const char page[] =
    "<html><body>\n"
    "<h1>Response</h1>\n"
    "<table>\n"
    "<tr><td>No.</td><td>Recommendation</td><td>Response</td><td>Lead Officer</td></tr>\n"
    "<tr><td>1</td><td>That the parks strategy is refreshed.</td><td>Agreed - in May.</td><td>Ann Lee</td></tr>\n"
    "<tr><td>2</td><td>That play areas are inspected.</td><td>Not agreed.</td><td>Tom Hart</td></tr>\n"
    "</table>\n"
    "</body></html>\n";
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *diags;
  guint seen = 0;

  review = ama_importer_import_data (importer, page, -1, &error);
  g_assert_no_error (error);
  diags = ama_importer_get_diagnostics (importer);
  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      g_autofree char *row = NULL;

      if (!g_str_equal (ama_diagnostic_get_code (d), "decision-from-response"))
        continue;
      /* the rows of recommendations 1 and 2: table rows 2 and 3, on
       * lines 5 and 6 of the page */
      row = g_strdup_printf ("table row %u: ", seen + 2);
      g_assert_cmpuint (ama_diagnostic_get_line (d), ==, seen + 5);
      g_assert_true (g_str_has_prefix (ama_diagnostic_get_message (d), row));
      seen++;
    }
  g_assert_cmpuint (seen, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/html/layout/agenda-item", test_layout_agenda_item);
  g_test_add_func ("/import/html/layout/lists", test_layout_lists);
  g_test_add_func ("/import/html/layout/tables", test_layout_tables);
  g_test_add_func ("/import/html/charset", test_charset);
  g_test_add_func ("/import/html/response-table", test_response_table);
  g_test_add_func ("/import/html/agenda-item", test_agenda_item);
  g_test_add_func ("/import/html/minutes", test_minutes);
  g_test_add_func ("/import/html/minutes-with-decisions", test_minutes_with_decisions);
  g_test_add_func ("/import/html/decision-record", test_decision_record);
  g_test_add_func ("/import/html/decision-record-page", test_decision_record_page);
  g_test_add_func ("/import/html/refused", test_refused);
  g_test_add_func ("/import/html/detect", test_detect);
  g_test_add_func ("/import/html/file-name", test_file_name);
  g_test_add_func ("/import/html/bad-input", test_bad_input);
  g_test_add_func ("/import/html/diagnostic-places", test_diagnostic_places);
  return g_test_run ();
}
