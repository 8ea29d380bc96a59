/* test-source-ref.c: AmaSourceRef, its JSON form, and what the importers
 * record in it
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "import-test-util.h"

static void
test_boxed (void)
{
  g_autoptr(AmaSourceRef) a = ama_source_ref_new ("report.pdf", 3, 12, 4, 2);
  g_autoptr(AmaSourceRef) b = ama_source_ref_copy (a);
  g_autoptr(AmaSourceRef) c = ama_source_ref_new (NULL, 0, 0, 4, 2);
  g_autoptr(AmaSourceRef) none = ama_source_ref_new ("", 0, 0, 0, 0);
  g_autofree char *s = NULL, *t = NULL, *u = NULL;
  g_autofree char *ss = NULL, *ts = NULL, *us = NULL;

  g_assert_true (a != b);
  g_assert_true (ama_source_ref_equal (a, b));
  g_assert_false (ama_source_ref_equal (a, c));
  g_assert_false (ama_source_ref_equal (a, NULL));
  g_assert_true (ama_source_ref_equal (NULL, NULL));
  g_assert_cmpstr (ama_source_ref_get_document (b), ==, "report.pdf");
  g_assert_cmpuint (ama_source_ref_get_page (b), ==, 3);
  g_assert_cmpuint (ama_source_ref_get_line (b), ==, 12);
  g_assert_cmpuint (ama_source_ref_get_row (b), ==, 4);
  g_assert_cmpuint (ama_source_ref_get_column (b), ==, 2);
  /* "" names no document */
  g_assert_null (ama_source_ref_get_document (none));

  s = ama_source_ref_to_string (a);
  t = ama_source_ref_to_string (c);
  u = ama_source_ref_to_string (none);
  g_assert_cmpstr (s, ==, "report.pdf p. 3, line 12, table row 4, column 2");
  g_assert_cmpstr (t, ==, "table row 4, column 2");
  g_assert_cmpstr (u, ==, "unknown source");
  ss = ama_source_ref_to_short_string (a);
  ts = ama_source_ref_to_short_string (c);
  us = ama_source_ref_to_short_string (none);
  g_assert_cmpstr (ss, ==, "p. 3");
  g_assert_cmpstr (ts, ==, "row 4");
  g_assert_cmpstr (us, ==, "");

  /* a GValue holds a reference, not a copy it could lose */
  {
    g_auto(GValue) v = G_VALUE_INIT;

    g_value_init (&v, AMA_TYPE_SOURCE_REF);
    g_value_set_boxed (&v, a);
    g_assert_true (ama_source_ref_equal (g_value_get_boxed (&v), a));
  }
  ama_source_ref_free (ama_source_ref_copy (c));
}

static guint notified;

static void
on_notify (void)
{
  notified++;
}

static void
test_property (void)
{
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "Do it");
  g_autoptr(AmaSourceRef) a = ama_source_ref_new ("r.tsv", 0, 4, 0, 0);
  g_autoptr(AmaSourceRef) same = ama_source_ref_new ("r.tsv", 0, 4, 0, 0);
  g_autoptr(AmaSourceRef) got = NULL;

  notified = 0;
  g_signal_connect (rec, "notify::source", G_CALLBACK (on_notify), NULL);
  g_assert_null (ama_recommendation_get_source (rec));
  ama_recommendation_set_source (rec, a);
  ama_recommendation_set_source (rec, same);   /* equal: no change */
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (rec, "source", &got, NULL);
  g_assert_true (ama_source_ref_equal (got, a));
  ama_recommendation_set_source (rec, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (ama_recommendation_get_source (rec));
}

/* A review built in code with a source on each kind of object. */
static AmaReview *
review_with_sources (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "Publish the policy");
  g_autoptr(AmaResponse) response = ama_response_new ();
  g_autoptr(AmaMeeting) meeting = g_object_new (AMA_TYPE_MEETING, NULL);
  g_autoptr(AmaAgendaItem) item = g_object_new (AMA_TYPE_AGENDA_ITEM, NULL);
  g_autoptr(AmaResolution) res = ama_resolution_new ("1", "That it be noted");
  g_autoptr(AmaSourceRef) s1 = ama_source_ref_new ("report \"final\".pdf", 3, 12, 4, 2);
  g_autoptr(AmaSourceRef) s2 = ama_source_ref_new (NULL, 0, 7, 0, 0);
  g_autoptr(AmaSourceRef) s3 = ama_source_ref_new ("minutes.html", 0, 63, 0, 0);
  g_autoptr(AmaSourceRef) empty = ama_source_ref_new (NULL, 0, 0, 0, 0);

  ama_review_set_title (review, "Sources");
  ama_recommendation_set_source (rec, s1);
  ama_response_set_text (response, "Agreed");
  ama_response_set_source (response, s2);
  ama_recommendation_set_response (rec, response);
  ama_review_add_recommendation (review, rec);
  ama_resolution_set_source (res, s3);
  ama_agenda_item_add_resolution (item, res);
  ama_agenda_item_set_source (item, s3);
  ama_meeting_add_agenda_item (meeting, item);
  /* a source that knows nothing is not written */
  ama_meeting_set_source (meeting, empty);
  ama_review_add_meeting (review, meeting);
  return g_steal_pointer (&review);
}

static void
test_json_round_trip (void)
{
  g_autoptr(AmaReview) review = review_with_sources ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = ama_review_to_data (review, NULL);
  g_autoptr(AmaReview) back = NULL;
  g_autofree char *again = NULL;
  g_autoptr(AmaRecommendation) rec = NULL;
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;
  g_autoptr(AmaResolution) res = NULL;
  AmaSourceRef *s;

  g_assert_nonnull (strstr (data, "\"source\" : {\n        \"document\" : \"report \\\"final\\\".pdf\",\n"
                                  "        \"page\" : 3,\n        \"line\" : 12,\n"
                                  "        \"row\" : 4,\n        \"column\" : 2\n      }"));
  back = ama_review_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  again = ama_review_to_data (back, NULL);
  g_assert_cmpstr (again, ==, data);

  rec = g_list_model_get_item (ama_review_get_recommendations (back), 0);
  s = ama_recommendation_get_source (rec);
  g_assert_nonnull (s);
  g_assert_cmpstr (ama_source_ref_get_document (s), ==, "report \"final\".pdf");
  g_assert_cmpuint (ama_source_ref_get_page (s), ==, 3);
  g_assert_cmpuint (ama_source_ref_get_column (s), ==, 2);
  s = ama_response_get_source (ama_recommendation_get_response (rec));
  g_assert_null (ama_source_ref_get_document (s));
  g_assert_cmpuint (ama_source_ref_get_line (s), ==, 7);
  g_assert_cmpuint (ama_source_ref_get_page (s), ==, 0);
  meeting = g_list_model_get_item (ama_review_get_meetings (back), 0);
  g_assert_null (ama_meeting_get_source (meeting));
  item = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 0);
  g_assert_cmpuint (ama_source_ref_get_line (ama_agenda_item_get_source (item)), ==, 63);
  res = g_list_model_get_item (ama_agenda_item_get_resolutions (item), 0);
  g_assert_cmpstr (ama_source_ref_get_document (ama_resolution_get_source (res)), ==, "minutes.html");
}

/* The fast reader and the tree path (the one that names errors) read a
 * "source" alike: a member the fast reader does not take (null, an
 * unknown member) falls to the tree path with the same result. */
static void
test_json_forms (void)
{
  static const struct { const char *source; guint page, line; const char *doc; } forms[] = {
    { "{}", 0, 0, NULL },
    { "null", G_MAXUINT, 0, NULL },   /* no source at all */
    { "{\"page\": 2}", 2, 0, NULL },
    { "{\"line\": 9, \"document\": \"a.tsv\"}", 0, 9, "a.tsv" },
    { "{\"document\": null, \"line\": 1}", 0, 1, NULL },
    { "{\"page\": 0, \"later\": [1, 2]}", 0, 0, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *doc = g_strdup_printf (
        "{\"format\": \"ama-review\", \"version\": 1, \"title\": \"T\", "
        "\"recommendations\": [{\"number\": \"1\", \"text\": \"X\", \"source\": %s}]}",
        forms[i].source);
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);
      g_autoptr(AmaRecommendation) rec = NULL;
      AmaSourceRef *s;

      g_assert_no_error (error);
      rec = g_list_model_get_item (ama_review_get_recommendations (review), 0);
      s = ama_recommendation_get_source (rec);
      if (forms[i].page == G_MAXUINT)
        {
          g_assert_null (s);
          continue;
        }
      g_assert_nonnull (s);
      g_assert_cmpuint (ama_source_ref_get_page (s), ==, forms[i].page);
      g_assert_cmpuint (ama_source_ref_get_line (s), ==, forms[i].line);
      g_assert_cmpstr (ama_source_ref_get_document (s), ==, forms[i].doc);
    }
}

static void
test_json_bad (void)
{
  static const struct { const char *source; const char *message; } bad[] = {
    { "3", "$.recommendations[0].source: expected an object, got an integer" },
    { "\"p. 3\"", "$.recommendations[0].source: expected an object, got a string" },
    { "{\"page\": \"3\"}", "$.recommendations[0].source.page: expected an integer, got a string" },
    { "{\"line\": 1.5}", "$.recommendations[0].source.line: expected an integer, got a number" },
    { "{\"row\": -1}", "$.recommendations[0].source.row: -1 is out of range" },
    { "{\"column\": 4294967296}", "$.recommendations[0].source.column: 4294967296 is out of range" },
    { "{\"document\": 7}", "$.recommendations[0].source.document: expected a string, got an integer" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *doc = g_strdup_printf (
        "{\"format\": \"ama-review\", \"version\": 1, \"title\": \"T\", "
        "\"recommendations\": [{\"number\": \"1\", \"text\": \"X\", \"source\": %s}]}",
        bad[i].source);
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);

      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, AMA_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad[i].message));
    }
}

/* A review saved without sources is what it was: no "source" member. */
static void
test_no_source_no_member (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "X");
  g_autofree char *data = NULL;

  ama_review_add_recommendation (review, rec);
  data = ama_review_to_data (review, NULL);
  g_assert_null (strstr (data, "source"));
}

static AmaSourceRef *
source_of (AmaReview *review,
           guint      index)
{
  g_autoptr(AmaRecommendation) rec = g_list_model_get_item (ama_review_get_recommendations (review), index);

  g_assert_nonnull (rec);
  /* the response is read from the same table row */
  g_assert_true (ama_source_ref_equal (ama_recommendation_get_source (rec),
                                       ama_response_get_source (ama_recommendation_get_response (rec))));
  return ama_recommendation_get_source (rec);
}

/* response-three-pages.pdf: 14 recommendations in one table over three
 * pages, the header repeated on each; rows 1–5 are on page 1, 6–10 on
 * page 2, 11–14 on page 3 (pdftotext -layout shows it). The table row
 * counts the header once (row 1), so recommendation n is row n + 1. */
static void
test_pdf_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/response-three-pages.pdf",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, NULL, &error);
  static const struct { guint index, page; } expect[] = {
    { 0, 1 }, { 4, 1 }, { 5, 2 }, { 9, 2 }, { 10, 3 }, { 13, 3 },
  };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 14);
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      AmaSourceRef *s = source_of (review, expect[i].index);

      g_assert_cmpstr (ama_source_ref_get_document (s), ==, "response-three-pages.pdf");
      g_assert_cmpuint (ama_source_ref_get_page (s), ==, expect[i].page);
      g_assert_cmpuint (ama_source_ref_get_row (s), ==, expect[i].index + 2);
      g_assert_cmpuint (ama_source_ref_get_line (s), >, 0);
    }
  /* the first row of page 2 is near its top, below the repeated header */
  g_assert_cmpuint (ama_source_ref_get_line (source_of (review, 5)), <,
                    ama_source_ref_get_line (source_of (review, 9)));
}

/* cabinet-response.docx: one table, header row then recommendations
 * 1–3 (rows 2–4); a .docx has no pages or lines. */
static void
test_docx_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/cabinet-response.docx",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      AmaSourceRef *s = source_of (review, i);

      g_assert_cmpstr (ama_source_ref_get_document (s), ==, "cabinet-response.docx");
      g_assert_cmpuint (ama_source_ref_get_page (s), ==, 0);
      /* a paragraph index is no place a reader can find: the row is */
      g_assert_cmpuint (ama_source_ref_get_line (s), ==, 0);
      g_assert_cmpuint (ama_source_ref_get_row (s), ==, i + 2);
    }
}

/* html-response-table.html: the <tr> of recommendations 1, 2 and 3
 * open on source lines 52, 78 and 97, their first cells on the next
 * line. */
static void
test_html_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/html-response-table.html",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, NULL, &error);
  static const guint lines[] = { 53, 79, 98 };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      AmaSourceRef *s = source_of (review, i);

      g_assert_cmpstr (ama_source_ref_get_document (s), ==, "html-response-table.html");
      g_assert_cmpuint (ama_source_ref_get_line (s), ==, lines[i]);
      g_assert_cmpuint (ama_source_ref_get_row (s), ==, i + 2);
    }
}

/* html-minutes.html: the meeting's title h2 is on source line 18, item
 * 3/19's number cell on line 51, and its resolutions' <li>s on lines
 * 65 and 66 (the "RESOLVED: to:" paragraph above them on 63). */
static void
test_html_minutes_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/html-minutes.html",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, NULL, &error);
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;
  GListModel *res;

  g_assert_no_error (error);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  g_assert_cmpuint (ama_source_ref_get_line (ama_meeting_get_source (meeting)), ==, 18);
  item = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 2);
  g_assert_cmpstr (ama_agenda_item_get_number (item), ==, "3/19");
  g_assert_cmpuint (ama_source_ref_get_line (ama_agenda_item_get_source (item)), ==, 51);
  res = ama_agenda_item_get_resolutions (item);
  g_assert_cmpuint (g_list_model_get_n_items (res), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(AmaResolution) r = g_list_model_get_item (res, i);
      AmaSourceRef *s = ama_resolution_get_source (r);

      g_assert_cmpstr (ama_source_ref_get_document (s), ==, "html-minutes.html");
      g_assert_cmpuint (ama_source_ref_get_line (s), ==, 65 + i);
    }
}

/* A TSV names its lines; the importer given data (not a file) names the
 * document only when told. */
static void
test_tsv_lines (void)
{
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  const char *tsv =
    "Recommendation\tCabinet Decision\tResponse\tOfficer Responsible\tAction By\n"
    "1. That the policy is published.\tAccepted\tIt will be.\tJane Porter\tMarch 2019\n"
    "\n"
    "2. That letters are sent early.\tRejected\tThey cannot be.\tTom Bell\tn/a\n";
  AmaSourceRef *s;

  ama_importer_set_document_name (importer, "response.tsv");
  g_assert_cmpstr (ama_importer_get_document_name (importer), ==, "response.tsv");
  review = ama_importer_import_data (importer, tsv, -1, &error);
  g_assert_no_error (error);
  s = source_of (review, 0);
  g_assert_cmpstr (ama_source_ref_get_document (s), ==, "response.tsv");
  g_assert_cmpuint (ama_source_ref_get_line (s), ==, 2);
  g_assert_cmpuint (ama_source_ref_get_page (s), ==, 0);
  s = source_of (review, 1);
  g_assert_cmpuint (ama_source_ref_get_line (s), ==, 4);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/source-ref/boxed", test_boxed);
  g_test_add_func ("/source-ref/property", test_property);
  g_test_add_func ("/source-ref/json-round-trip", test_json_round_trip);
  g_test_add_func ("/source-ref/json-forms", test_json_forms);
  g_test_add_func ("/source-ref/json-bad", test_json_bad);
  g_test_add_func ("/source-ref/no-source-no-member", test_no_source_no_member);
  g_test_add_func ("/source-ref/import/pdf-pages", test_pdf_pages);
  g_test_add_func ("/source-ref/import/docx-rows", test_docx_rows);
  g_test_add_func ("/source-ref/import/html-lines", test_html_lines);
  g_test_add_func ("/source-ref/import/html-minutes-lines", test_html_minutes_lines);
  g_test_add_func ("/source-ref/import/tsv-lines", test_tsv_lines);

  return g_test_run ();
}
