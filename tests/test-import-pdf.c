/* test-import-pdf.c: response tables as PDF-extracted text
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "import-test-util.h"

/* Texts compared modulo white space and typography: the Word table
 * has straight quotes where the PDF has curly ones. */
static char *
canonical (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  if (text == NULL)
    return g_string_free (out, FALSE);

  for (const char *s = text; *s; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (c == 0x2018 || c == 0x2019)
        c = '\'';
      else if (c == 0x201C || c == 0x201D)
        c = '"';
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
assert_same_text (const char *a,
                  const char *b)
{
  g_autofree char *ca = canonical (a);
  g_autofree char *cb = canonical (b);

  g_assert_cmpstr (ca, ==, cb);
}

static void
test_seed_002 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/seeds/002_14b14aa8aa9943e8.txt",
                                             AMA_IMPORT_FORMAT_UNKNOWN, RESPONSE_TABLE_REFERENCE, &diags, &error);
  AmaResponse *resp;
  AmaDeadline *by;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 5);
  g_assert_cmpstr (ama_recommendation_get_number (rec_at (review, 0)), ==, "1");

  /* bullets whose glyph was lost, one of them broken by a blank line */
  g_assert_cmpuint (g_strv_length ((GStrv) ama_recommendation_get_points (rec_at (review, 1))), ==, 3);
  g_assert_cmpstr (ama_recommendation_get_points (rec_at (review, 1))[0], ==,
                   "Establish the right balance of political ownership, oversight and "
                   "accountability for CYPS at the same time as rigorous external challenge;");
  g_assert_nonnull (find_diag (diags, "bullet-inferred", 14));

  /* wrapped "self-\nimproving" keeps its hyphen, loses the break */
  resp = ama_recommendation_get_response (rec_at (review, 0));
  g_assert_nonnull (strstr (ama_response_get_text (resp), "a self-improving culture"));

  /* the officer and the action-by fused on one line */
  resp = ama_recommendation_get_response (rec_at (review, 2));
  by = ama_response_get_action_by (resp);
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, "Ian Thomas");
  g_assert_cmpstr (ama_deadline_get_text (by), ==, "Annual Participation");
  g_assert_nonnull (find_diag (diags, "officer-action-split", 49));

  resp = ama_recommendation_get_response (rec_at (review, 1));
  g_assert_true (ama_response_get_no_further_action (resp));
  g_assert_null (ama_response_get_officer (resp));
  g_assert_nonnull (find_diag (diags, "no-further-action", 35));

  assert_golden (review, "002.json");
}

/* The Word table (000) and the PDF (002) are the same document: every
 * fact the two carry must agree. */
static void
test_000_agrees_with_002 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) tsv = import_path ("data/seeds/000_ee8d13b0d9b984ae.txt", AMA_IMPORT_FORMAT_UNKNOWN, RESPONSE_TABLE_REFERENCE, NULL, &error);
  g_autoptr(AmaReview) pdf = import_path ("data/seeds/002_14b14aa8aa9943e8.txt", AMA_IMPORT_FORMAT_UNKNOWN, RESPONSE_TABLE_REFERENCE, NULL, &error);
  GListModel *a, *b;

  g_assert_no_error (error);
  a = ama_review_get_recommendations (tsv);
  b = ama_review_get_recommendations (pdf);
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));

  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      AmaRecommendation *ra = rec_at (tsv, i), *rb = rec_at (pdf, i);
      AmaResponse *pa = ama_recommendation_get_response (ra);
      AmaResponse *pb = ama_recommendation_get_response (rb);
      const char * const *qa = ama_recommendation_get_points (ra);
      const char * const *qb = ama_recommendation_get_points (rb);
      AmaPerson *oa = ama_response_get_officer (pa), *ob = ama_response_get_officer (pb);
      AmaDeadline *da = ama_response_get_action_by (pa), *db = ama_response_get_action_by (pb);

      g_assert_cmpstr (ama_recommendation_get_number (ra), ==, ama_recommendation_get_number (rb));
      assert_same_text (ama_recommendation_get_text (ra), ama_recommendation_get_text (rb));
      g_assert_cmpuint (qa ? g_strv_length ((GStrv) qa) : 0, ==, qb ? g_strv_length ((GStrv) qb) : 0);
      for (guint j = 0; qa && qa[j]; j++)
        assert_same_text (qa[j], qb[j]);

      assert_same_text (ama_response_get_text (pa), ama_response_get_text (pb));
      g_assert_cmpint (ama_response_get_decision (pa), ==, ama_response_get_decision (pb));
      g_assert_cmpint (ama_response_get_inferred_decision (pa), ==, ama_response_get_inferred_decision (pb));
      g_assert_cmpint (ama_response_get_no_further_action (pa), ==, ama_response_get_no_further_action (pb));
      g_assert_true ((oa == NULL) == (ob == NULL));
      if (oa)
        g_assert_cmpstr (ama_person_get_name (oa), ==, ama_person_get_name (ob));
      g_assert_true ((da == NULL) == (db == NULL));
      if (da)
        g_assert_true (ama_deadline_equal (da, db));
    }
}

static void
test_bullets_and_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import/pdf-bullets.txt", AMA_IMPORT_FORMAT_UNKNOWN, RESPONSE_TABLE_REFERENCE, &diags, &error);
  AmaRecommendation *rec;
  AmaResponse *resp;
  const char * const *points;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  g_assert_cmpstr (ama_review_get_title (review), ==, "Parks");
  g_assert_nonnull (find_diag (diags, "text-before-table", 3));

  /* U+F0B7 bullets */
  rec = rec_at (review, 0);
  g_assert_cmpstr (ama_recommendation_get_text (rec), ==, "That the parks strategy is refreshed to include:");
  points = ama_recommendation_get_points (rec);
  g_assert_cmpstr (points[0], ==, "play areas;");
  g_assert_cmpstr (points[1], ==, "sports pitches.");
  g_assert_null (points[2]);

  /* "Agreed." opening the response records the decision */
  resp = ama_recommendation_get_response (rec);
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_ACCEPTED);
  g_assert_nonnull (find_diag (diags, "decision-from-response", 5));
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, "Peter Green");
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_DATE);

  /* a page number between recommendations is skipped, not text */
  g_assert_nonnull (find_diag (diags, "page-artefact", 15));
  rec = rec_at (review, 1);
  resp = ama_recommendation_get_response (rec);
  g_assert_cmpstr (ama_response_get_text (resp), ==, "Deferred until the budget is set.");
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_PENDING);
  g_assert_cmpint (ama_response_get_inferred_decision (resp), ==, AMA_DECISION_DEFERRED);

  /* the last recommendation has no response at all */
  rec = rec_at (review, 2);
  g_assert_null (ama_recommendation_get_response (rec));
  g_assert_nonnull (find_diag (diags, "response-missing", 24));
}

static void
test_two_paragraphs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import/pdf-two-paragraphs.txt", AMA_IMPORT_FORMAT_PDF_TEXT, RESPONSE_TABLE_REFERENCE, &diags, &error);
  AmaResponse *resp;

  g_assert_no_error (error);
  /* the second paragraph is wrapped at the recommendation's width */
  g_assert_cmpstr (ama_recommendation_get_text (rec_at (review, 0)), ==,
                   "That the council sets up a review of home care charges. "
                   "The review should report by the end of the year.");
  g_assert_nonnull (find_diag (diags, "paragraph-by-width", 4));
  resp = ama_recommendation_get_response (rec_at (review, 0));
  g_assert_true (g_str_has_prefix (ama_response_get_text (resp), "Agreed. A review"));
  g_assert_true (g_str_has_suffix (ama_response_get_text (resp), "in the autumn."));
  /* officer and action-by as two separate blocks */
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, "Ruth Hale");
  g_assert_cmpstr (ama_deadline_get_text (ama_response_get_action_by (resp)), ==, "December 2018");

  resp = ama_recommendation_get_response (rec_at (review, 1));
  g_assert_cmpstr (ama_response_get_text (resp), ==, "Agreed.");
  g_assert_null (ama_response_get_action_by (resp));
}

static void
test_not_pdf_text (void)
{
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;

  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_PDF_TEXT);
  review = ama_importer_import_data (importer, "Nothing numbered here.\n", -1, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "line 1:"));
  g_clear_error (&error);

  /* auto-detection that finds nothing */
  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_UNKNOWN);
  review = ama_importer_import_data (importer, "Nothing numbered here.\n", -1, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT);
}

static void
import_async_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  AmaReview **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = ama_importer_import_file_finish (AMA_IMPORTER (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "seeds", "002_14b14aa8aa9943e8.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  AmaReview *review = NULL;

  ama_importer_import_file_async (importer, file, NULL, import_async_cb, &review);
  while (review == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 5);
  g_assert_nonnull (find_diag (ama_importer_get_diagnostics (importer), "officer-action-split", 0));
  g_object_unref (review);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/pdf/seed-002", test_seed_002);
  g_test_add_func ("/import/pdf/agrees-with-000", test_000_agrees_with_002);
  g_test_add_func ("/import/pdf/bullets-and-pages", test_bullets_and_pages);
  g_test_add_func ("/import/pdf/two-paragraphs", test_two_paragraphs);
  g_test_add_func ("/import/pdf/not-pdf-text", test_not_pdf_text);
  g_test_add_func ("/import/pdf/async", test_async);

  return g_test_run ();
}
