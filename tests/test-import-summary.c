/* test-import-summary.c: a council report's summary sheet (seed 003)
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "import-test-util.h"

#define SEED_003 "data/seeds/003_def302b022715938.txt"

static AmaDocument *
sheet_of (AmaReview *review)
{
  GListModel *docs = ama_review_get_documents (review);

  for (guint i = 0; i < g_list_model_get_n_items (docs); i++)
    {
      g_autoptr(AmaDocument) d = g_list_model_get_item (docs, i);
      if (ama_document_get_kind (d) == AMA_DOCUMENT_KIND_SUMMARY_SHEET)
        return g_steal_pointer (&d);
    }
  g_assert_not_reached ();
  return NULL;
}

static AmaSection *
section (AmaDocument *sheet,
         guint        i)
{
  return g_list_model_get_item (ama_document_get_sections (sheet), i);
}

static void
assert_person (GListModel *people,
               guint       i,
               const char *name,
               const char *role,
               const char *phone)
{
  g_autoptr(AmaPerson) p = g_list_model_get_item (people, i);

  g_assert_nonnull (p);
  g_assert_cmpstr (ama_person_get_name (p), ==, name);
  g_assert_cmpstr (ama_person_get_role (p), ==, role);
  g_assert_cmpstr (ama_person_get_phone (p), ==, phone);
}

static void
test_seed_003 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path (SEED_003, AMA_IMPORT_FORMAT_SUMMARY_SHEET, NULL, &diags, &error);
  g_autoptr(AmaDocument) sheet = NULL;
  g_autoptr(AmaConsideration) c0 = NULL;
  g_autoptr(AmaConsideration) c1 = NULL;
  g_autofree char *date = NULL;
  GListModel *docs, *sections;
  const char * const *strv;
  const char *title = "Scrutiny Review – Alternative Management Arrangements for Children’s Service in Rotherham";

  g_assert_no_error (error);
  sheet = sheet_of (review);

  /* Cover fields */
  g_assert_null (ama_document_get_label (sheet));
  g_assert_cmpstr (ama_document_get_body (sheet), ==, "Council");
  date = date_iso (ama_document_get_date (sheet));
  g_assert_cmpstr (date, ==, "2017-10-18");
  g_assert_cmpstr (ama_document_get_title (sheet), ==, title);
  g_assert_cmpstr (ama_review_get_title (review), ==, title);
  /* "... the Improving Lives Select Commission’s cross-party review group" */
  g_assert_cmpstr (ama_review_get_body (review), ==, "Improving Lives Select Commission");
  g_assert_cmpuint (count_diag (diags, "summary-body-inferred", NULL, NULL), ==, 1);
  g_assert_false (ama_document_get_key_decision (sheet));
  g_assert_false (ama_document_get_forward_plan (sheet));
  g_assert_false (ama_document_get_council_approval_required (sheet));
  g_assert_false (ama_document_get_exempt (sheet));
  g_assert_cmpstr (ama_document_get_director (sheet), ==, "Chief Executive");
  g_assert_cmpuint (g_list_model_get_n_items (ama_document_get_authors (sheet)), ==, 1);
  assert_person (ama_document_get_authors (sheet), 0, "Caroline Webb",
                 "Senior Scrutiny Advisor (Scrutiny and Member Development)", "01709 822765");
  strv = ama_document_get_wards (sheet);
  g_assert_nonnull (strv);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 1);
  g_assert_cmpstr (strv[0], ==, "All");

  /* Executive summary: both paragraphs on the sheet; the first, which
   * summarises the review, on the review. */
  g_assert_true (g_str_has_prefix (ama_document_get_summary (sheet), "The scrutiny report (attached as Appendix 1)"));
  g_assert_nonnull (strstr (ama_document_get_summary (sheet), "11 October 2017.\n\nThis report is presented for information"));
  g_assert_true (g_str_has_prefix (ama_document_get_summary (sheet), ama_review_get_summary (review)));
  g_assert_true (g_str_has_suffix (ama_review_get_summary (review), "Management Board on 11 October 2017."));

  strv = ama_document_get_recommendations (sheet);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 2);
  g_assert_true (g_str_has_prefix (strv[0], "That the report and recommendations in respect of"));
  g_assert_cmpstr (strv[1], ==, "That the response of Cabinet and Commissioners be fed back to "
                                "Improving Lives Select Commission.");

  /* "Background Papers: None" is an empty list, not a paper called None. */
  strv = ama_document_get_background_papers (sheet);
  g_assert_true (strv == NULL || strv[0] == NULL);

  /* Appendices: one document each, label and title apart. */
  docs = ama_review_get_documents (review);
  g_assert_cmpuint (g_list_model_get_n_items (docs), ==, 7);
  {
    static const struct { AmaDocumentKind kind; const char *label; const char *title; } want[] = {
      { AMA_DOCUMENT_KIND_APPENDIX, "Appendix 1", "Scrutiny Review - Alternative Management Arrangements for Children's Service in Rotherham" },
      { AMA_DOCUMENT_KIND_ANNEX, "Annex 1", "Full Option Appraisal" },
      { AMA_DOCUMENT_KIND_ANNEX, "Annex 2", "Terms of Reference and background information" },
      { AMA_DOCUMENT_KIND_ANNEX, "Annex 3", "Isos Partnership: 2nd Workshop Summary" },
      { AMA_DOCUMENT_KIND_ANNEX, "Annex 4", "Letters from Partners" },
      { AMA_DOCUMENT_KIND_ANNEX, "Annex 5", "Children and Young People's Plan" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (want); i++)
      {
        g_autoptr(AmaDocument) d = g_list_model_get_item (docs, i + 1);
        g_assert_cmpint (ama_document_get_kind (d), ==, want[i].kind);
        g_assert_cmpstr (ama_document_get_label (d), ==, want[i].label);
        g_assert_cmpstr (ama_document_get_title (d), ==, want[i].title);
      }
  }

  /* Considerations with dates, outcome from the executive summary; the
   * meeting the sheet is for comes last. */
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_considerations (review)), ==, 3);
  {
    g_autoptr(AmaConsideration) c2 = g_list_model_get_item (ama_review_get_considerations (review), 2);
    g_autofree char *d2 = date_iso (ama_consideration_get_date (c2));

    g_assert_cmpstr (ama_consideration_get_body (c2), ==, "Council");
    g_assert_cmpstr (d2, ==, "2017-10-18");
    g_assert_cmpstr (ama_consideration_get_outcome (c2), ==, "for information");
  }
  c0 = g_list_model_get_item (ama_review_get_considerations (review), 0);
  c1 = g_list_model_get_item (ama_review_get_considerations (review), 1);
  g_assert_cmpstr (ama_consideration_get_body (c0), ==, "Improving Lives Select Commission");
  g_clear_pointer (&date, g_free);
  date = date_iso (ama_consideration_get_date (c0));
  g_assert_cmpstr (date, ==, "2017-09-12");
  g_assert_cmpstr (ama_consideration_get_outcome (c0), ==, "approved");
  g_assert_cmpstr (ama_consideration_get_body (c1), ==, "Overview and Scrutiny Management Board");
  g_clear_pointer (&date, g_free);
  date = date_iso (ama_consideration_get_date (c1));
  g_assert_cmpstr (date, ==, "2017-10-11");
  g_assert_cmpstr (ama_consideration_get_outcome (c1), ==, "considered");
  g_assert_cmpuint (count_diag (diags, "summary-outcome-inferred", NULL, NULL), ==, 3);

  /* The report: 14 numbered sections, in order, then the signature. */
  sections = ama_document_get_sections (sheet);
  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 15);
  for (guint i = 0; i < 14; i++)
    {
      g_autoptr(AmaSection) s = section (sheet, i);
      g_autofree char *n = g_strdup_printf ("%u", i + 1);
      g_assert_cmpstr (ama_section_get_number (s), ==, n);
    }
  {
    g_autoptr(AmaSection) s1 = section (sheet, 0);
    g_autoptr(AmaSection) s3 = section (sheet, 2);
    g_autoptr(AmaSection) s7 = section (sheet, 6);
    g_autoptr(AmaSection) s9 = section (sheet, 8);
    g_autoptr(AmaSection) s14 = section (sheet, 13);
    const char *t3;

    g_assert_cmpstr (ama_section_get_title (s1), ==, "Recommendations");
    /* "- 1.1" is the converter's list mark: paragraph 1.1 on its own. */
    g_assert_true (g_str_has_prefix (ama_section_get_text (s1), "1.1 That the report"));
    g_assert_nonnull (strstr (ama_section_get_text (s1), "be noted.\n\n1.2 That the response"));
    g_assert_cmpstr (ama_section_get_title (s7), ==, "Financial and Procurement Implications");
    g_assert_nonnull (strstr (ama_section_get_text (s7), "Rotherham;\n- Avoid significant and avoidable detrimental costs"));
    g_assert_nonnull (strstr (ama_section_get_text (s7), "recharge).\n\n7.2 Whilst there would be"));
    g_assert_cmpstr (ama_section_get_title (s9), ==, "Human Resources Implications");
    g_assert_nonnull (strstr (ama_section_get_text (s9), "in this area:\n- Builds on the progress"));
    g_assert_true (g_str_has_suffix (ama_section_get_text (s9), "- Engage staff throughout the improvement journey."));

    /* The footnote marker and the footnote's text both survive. */
    t3 = ama_section_get_text (s3);
    g_assert_cmpstr (ama_section_get_title (s3), ==, "Key Issues");
    g_assert_nonnull (strstr (t3, "Alternative Management Arrangements (AMAs)¹ for children’s services"));
    g_assert_nonnull (strstr (t3, "\n\n¹ The review defined alternative management arrangements as the delivery"));
    g_assert_true (g_str_has_suffix (t3, "provided by an existing entity or entities."));
    g_assert_cmpuint (count_diag (diags, "summary-footnote", NULL, NULL), ==, 1);

    g_assert_cmpstr (ama_section_get_title (s14), ==, "Accountable Officer(s)");
  }
  {
    g_autoptr(AmaSection) sig = section (sheet, 14);
    g_assert_null (ama_section_get_number (sig));
    g_assert_cmpstr (ama_section_get_title (sig), ==, "Name and Job Title");
    g_assert_cmpstr (ama_section_get_text (sig), ==, "Caroline Webb Senior Adviser (Scrutiny and Member Development)");
  }

  /* Officers and approvals: role and name apart, N/A as written. */
  g_assert_cmpuint (g_list_model_get_n_items (ama_document_get_accountable_officers (sheet)), ==, 1);
  assert_person (ama_document_get_accountable_officers (sheet), 0, "Sharon Kemp", "Chief Executive", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ama_document_get_approvals (sheet)), ==, 3);
  assert_person (ama_document_get_approvals (sheet), 0, "Graham Saxton",
                 "Assistant Director of Finance and Customer Services", NULL);
  assert_person (ama_document_get_approvals (sheet), 1, "Neil Concannon",
                 "Service Manager - Litigation and Social Care", NULL);
  assert_person (ama_document_get_approvals (sheet), 2, "N/A",
                 "Head of Procurement (if appropriate)", NULL);
  g_assert_cmpuint (count_diag (diags, "summary-approval-not-applicable", NULL, NULL), ==, 1);

  /* The signature is the author again: reported, not a second author. */
  g_assert_true (has_diag (diags, "summary-signature", "Caroline Webb Senior Adviser"));

  g_assert_cmpstr (ama_document_get_uri (sheet), ==,
                   "http://moderngov.rotherham.gov.uk/ieDocHome.aspx?Categories=");

  /* Every line found a place. */
  g_assert_cmpuint (count_diag (diags, "summary-unplaced", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_severity (diags, AMA_SEVERITY_WARNING), ==, 0);

  assert_round_trip (review);
  assert_golden (review, "003.json");
}

/* Variants: both answers on the key-decision line, a Yes with detail,
 * two authors with e-mail, several wards, background papers, an
 * unlabelled appendix, an orphan footnote, an unplaced line, a
 * committee without a date. */
static void
test_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/summary-variants.txt",
                                             AMA_IMPORT_FORMAT_SUMMARY_SHEET, NULL, &diags, &error);
  g_autoptr(AmaDocument) sheet = NULL;
  const char * const *strv;
  guint line = 0;

  g_assert_no_error (error);
  sheet = sheet_of (review);
  g_assert_cmpstr (ama_document_get_body (sheet), ==, "Cabinet and Commissioners' Decision Making Meeting");
  g_assert_null (ama_document_get_date (sheet));
  g_assert_true (has_diag (diags, "summary-no-date", "Decision Making Meeting"));
  g_assert_cmpuint (count_diag (diags, "summary-no-date", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 5);

  g_assert_true (ama_document_get_key_decision (sheet));
  g_assert_false (ama_document_get_forward_plan (sheet));
  g_assert_true (ama_document_get_exempt (sheet));
  g_assert_true (has_diag (diags, "summary-answer-detail", "paragraph 3"));

  g_assert_cmpuint (g_list_model_get_n_items (ama_document_get_authors (sheet)), ==, 2);
  {
    g_autoptr(AmaPerson) a = g_list_model_get_item (ama_document_get_authors (sheet), 1);
    g_assert_cmpstr (ama_person_get_name (a), ==, "Jo Bloggs");
    g_assert_cmpstr (ama_person_get_email (a), ==, "jo.bloggs@example.gov.uk");
  }

  strv = ama_document_get_wards (sheet);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 3);
  g_assert_cmpstr (strv[2], ==, "Wath");

  strv = ama_document_get_background_papers (sheet);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 1);
  g_assert_cmpstr (strv[0], ==, "Ofsted report, 2014");

  g_assert_cmpuint (count_diag (diags, "summary-appendix-unlabelled", &line, NULL), ==, 1);
  g_assert_cmpuint (count_diag (diags, "summary-footnote-orphan", NULL, NULL), ==, 1);
  g_assert_cmpuint (count_diag (diags, "summary-unplaced", &line, NULL), ==, 1);
  g_assert_true (has_diag (diags, "summary-unplaced", "Stray remark"));
  g_assert_cmpuint (count_diag (diags, "summary-no-title", NULL, NULL), ==, 0);
}

static void
test_no_title (void)
{
  const char *text = "Summary Sheet\n\nExecutive Summary\n\nA short one.\n\nWard(s) Affected\n\nAll\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_SUMMARY_SHEET, &diags, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ama_review_get_summary (review), ==, "A short one.");
  g_assert_cmpuint (count_diag (diags, "summary-no-title", NULL, NULL), ==, 1);
}

/* The sheet's document, the appendices, the considerations it lists,
 * the review's title and summary agree with the bundled review. */
static void
test_agrees_with_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path (SEED_003, AMA_IMPORT_FORMAT_SUMMARY_SHEET, NULL, NULL, &error);
  g_autoptr(JsonNode) imported = NULL;
  g_autoptr(JsonNode) bundled = bundled_review ();

  g_assert_no_error (error);
  imported = review_node (review);
  assert_agrees (imported, "$.title", bundled, NULL);
  assert_agrees (imported, "$.summary", bundled, NULL);
  assert_agrees (imported, "$.body", bundled, NULL);
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *p = g_strdup_printf ("$.documents[%u]", i);
      assert_agrees (imported, p, bundled, NULL);
    }
  assert_agrees (imported, "$.considerations[0]", bundled, NULL);
  assert_agrees (imported, "$.considerations[1]", bundled, NULL);
  assert_agrees (imported, "$.considerations[2]", bundled, NULL);
  assert_agrees (imported, "$.considerations", bundled, NULL);
}

/* A value on its label's line after a colon. */
static void
test_inline_values (void)
{
  const char *text = "Summary Sheet\n\nReport Title: Budget Review\n\n"
                     "Director Approving Submission of the Report: Strategic Director\n\n"
                     "Ward(s) Affected:\n\nAll\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_SUMMARY_SHEET, &diags, &error);
  g_autoptr(AmaDocument) sheet = NULL;

  g_assert_no_error (error);
  sheet = sheet_of (review);
  g_assert_cmpstr (ama_document_get_title (sheet), ==, "Budget Review");
  g_assert_cmpstr (ama_document_get_director (sheet), ==, "Strategic Director");
  g_assert_cmpstr (ama_document_get_wards (sheet)[0], ==, "All");
  g_assert_cmpuint (count_diag (diags, "summary-unplaced", NULL, NULL), ==, 0);
}

static void
test_not_a_sheet (void)
{
  assert_not_of_format ("Dear Sir,\n\nThank you for your letter.\n", AMA_IMPORT_FORMAT_SUMMARY_SHEET);
}

/* CRLF with a BOM, or Windows-1252 bytes: the same review. */
static void
test_saved_by_windows (void)
{
  assert_same_when_saved_by_windows (SEED_003, AMA_IMPORT_FORMAT_SUMMARY_SHEET, NULL);
  assert_same_when_saved_by_windows (SEED_003, AMA_IMPORT_FORMAT_SUMMARY_SHEET, "CP1252");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/summary/seed-003", test_seed_003);
  g_test_add_func ("/import/summary/variants", test_variants);
  g_test_add_func ("/import/summary/no-title", test_no_title);
  g_test_add_func ("/import/summary/agrees-with-bundled", test_agrees_with_bundled);
  g_test_add_func ("/import/summary/inline-values", test_inline_values);
  g_test_add_func ("/import/summary/not-a-sheet", test_not_a_sheet);

  g_test_add_func ("/import/summary/saved-by-windows", test_saved_by_windows);

  return g_test_run ();
}
