/* test-import-docx.c: Word documents (.docx) read through the block layer
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Fixtures: tests/data/documents/, built by make-fixtures.py.
 */

#include "import-test-util.h"

/* A Cabinet response table in a Word document becomes a review, the
 * format detected from the zip, the title from the heading above. */
static void
test_response_table (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/cabinet-response.docx",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, &diags, &error);
  AmaRecommendation *second;
  AmaResponse *response;

  g_assert_no_error (error);
  g_assert_nonnull (review);
  g_assert_true (has_diag (diags, "document-tables-read", "1 table"));
  g_assert_cmpstr (ama_review_get_title (review), ==, "Home to School Transport");
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  second = rec_at (review, 1);
  g_assert_cmpstr (ama_recommendation_get_number (second), ==, "2");
  g_assert_cmpstr (ama_recommendation_get_text (second), ==,
                   "That eligibility letters are sent before the end of the summer term.");
  response = ama_recommendation_get_response (second);
  g_assert_nonnull (response);
  g_assert_cmpint (ama_response_get_decision (response), ==, AMA_DECISION_REJECTED);
}

/* An officer cell merged down (w:vMerge) belongs to every row it spans. */
static void
test_merged_officer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/merged-officer.docx",
                                             AMA_IMPORT_FORMAT_DOCX, NULL, NULL, &error);
  const char *expected[] = { "Ann Lee", "Tom Hart", "Tom Hart" };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      AmaResponse *response = ama_recommendation_get_response (rec_at (review, i));
      AmaPerson *officer = ama_response_get_officer (response);

      g_assert_nonnull (officer);
      g_assert_cmpstr (ama_person_get_name (officer), ==, expected[i]);
    }
  g_assert_cmpint (ama_response_get_decision (ama_recommendation_get_response (rec_at (review, 2))),
                   ==, AMA_DECISION_REJECTED);
}

static void
test_detect (void)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data/documents/cabinet-response.docx", NULL);
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpint (ama_import_detect (data, len), ==, AMA_IMPORT_FORMAT_DOCX);
  g_assert_cmpint (ama_import_format_from_string ("docx"), ==, AMA_IMPORT_FORMAT_DOCX);
  g_assert_cmpstr (ama_import_format_to_string (AMA_IMPORT_FORMAT_DOCX), ==, "docx");
}

/* Each bad input fails with its own code and names the place. */
static void
test_bad_inputs (void)
{
  static const struct { const char *path; int code; const char *place; } cases[] = {
    { "data/documents/bad-truncated.docx", AMA_ERROR_PARSE, "zip archive" },
    { "data/documents/bad-no-document.docx", AMA_ERROR_MISSING, "word/document.xml" },
    { "data/documents/bad-malformed.docx", AMA_ERROR_PARSE, "word/document.xml: line 2" },
    { "data/documents/bad-bomb.docx", AMA_ERROR_LIMIT, "word/document.xml" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = import_path (cases[i].path, AMA_IMPORT_FORMAT_DOCX,
                                                 NULL, NULL, &error);

      g_test_message ("%s", cases[i].path);
      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].place));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/docx/response-table", test_response_table);
  g_test_add_func ("/import/docx/merged-officer", test_merged_officer);
  g_test_add_func ("/import/docx/detect", test_detect);
  g_test_add_func ("/import/docx/bad-inputs", test_bad_inputs);
  return g_test_run ();
}
