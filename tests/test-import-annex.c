/* test-import-annex.c: a review's background annex (seed 004)
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "import-test-util.h"

#define SEED_004 "data/seeds/004_e3b56b85edf5e86c.txt"

static void
assert_member (AmaReview     *review,
               guint          i,
               const char    *name,
               const char    *honorific,
               AmaMemberRole  role)
{
  g_autoptr(AmaMember) m = g_list_model_get_item (ama_review_get_members (review), i);

  g_assert_nonnull (m);
  g_assert_cmpstr (ama_person_get_name (ama_member_get_person (m)), ==, name);
  g_assert_cmpstr (ama_person_get_honorific (ama_member_get_person (m)), ==, honorific);
  g_assert_cmpint (ama_member_get_role (m), ==, role);
}

static void
test_seed_004 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path (SEED_004, AMA_IMPORT_FORMAT_ANNEX, NULL, &diags, &error);
  g_autoptr(AmaDocument) annex = NULL;
  const char * const *terms;
  AmaAppraisal *appraisal;
  GListModel *criteria, *meetings, *visits;
  guint line = 0;

  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_documents (review)), ==, 1);
  annex = g_list_model_get_item (ama_review_get_documents (review), 0);
  g_assert_cmpint (ama_document_get_kind (annex), ==, AMA_DOCUMENT_KIND_ANNEX);
  g_assert_cmpstr (ama_document_get_label (annex), ==, "Annex 2");
  g_assert_cmpuint (g_list_model_get_n_items (ama_document_get_sections (annex)), ==, 0);

  /* 1 Terms of reference: bullets → terms, 1.2 → scope, members. */
  terms = ama_review_get_terms_of_reference (review);
  g_assert_cmpuint (g_strv_length ((char **) terms), ==, 2);
  g_assert_true (g_str_has_prefix (terms[0], "To identify the strengths and weaknesses of alternative management"));
  g_assert_true (g_str_has_suffix (terms[0], "sustained service improvement in different areas."));
  g_assert_true (g_str_has_prefix (terms[1], "On the basis of this evidence, to make recommendations"));
  g_assert_true (g_str_has_prefix (ama_review_get_scope (review), "The review compared and contrasted AMAs of social care"));
  g_assert_true (g_str_has_suffix (ama_review_get_scope (review), "set out to the Department for Education (detailed below)."));

  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_members (review)), ==, 5);
  assert_member (review, 0, "Leon Allcock", "Cllr", AMA_MEMBER_ROLE_MEMBER);
  assert_member (review, 1, "Maggi Clark", "Cllr", AMA_MEMBER_ROLE_CHAIR);
  assert_member (review, 2, "Victoria Cusworth", "Cllr", AMA_MEMBER_ROLE_MEMBER);
  assert_member (review, 3, "Jayne Senior", "Cllr", AMA_MEMBER_ROLE_MEMBER);
  assert_member (review, 4, "Peter Short", "Cllr", AMA_MEMBER_ROLE_MEMBER);

  /* 2 The seven tests → criteria with stable ids. */
  appraisal = ama_review_get_appraisal (review);
  g_assert_nonnull (appraisal);
  g_assert_cmpstr (ama_appraisal_get_notes (appraisal), ==,
                   "Seven tests Children and Young People's services (as set out by Commissioner Newsam)");
  criteria = ama_appraisal_get_criteria (appraisal);
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 7);
  {
    static const char *const names[] = {
      "Well-functioning corporate services",
      "Stable and capable leadership",
      "Continued improvement in the quality and effectiveness of practice",
      "Strong and supportive partnerships",
      "Robust financial management",
      "A compelling strategy for the workforce",
      "Effective performance information and quality assurance",
    };
    for (guint i = 0; i < 7; i++)
      {
        g_autoptr(AmaCriterion) c = g_list_model_get_item (criteria, i);
        g_autofree char *id = g_strdup_printf ("seven-tests-%u", i + 1);

        g_assert_cmpstr (ama_criterion_get_id (c), ==, id);
        g_assert_cmpstr (ama_criterion_get_name (c), ==, names[i]);
        g_assert_cmpstr (ama_criterion_get_group (c), ==, "seven-tests");
        /* The full text, bold markers gone, name first. */
        g_assert_true (g_str_has_prefix (ama_criterion_get_description (c), names[i]));
        g_assert_null (strstr (ama_criterion_get_description (c), "**"));
      }
  }
  {
    g_autoptr(AmaCriterion) t4 = g_list_model_get_item (criteria, 3);
    g_autoptr(AmaCriterion) t7 = g_list_model_get_item (criteria, 6);
    const char *d4 = ama_criterion_get_description (t4);

    /* The paragraph the page break split is one again, and the one
     * after it is kept as its own paragraph. */
    g_assert_nonnull (strstr (d4, "with excellent representation across the system, including young people"));
    g_assert_nonnull (strstr (d4, "Embedding Early Help"));
    g_assert_true (g_str_has_suffix (d4, "evidenced through improved outcomes."));
    g_assert_true (g_str_has_suffix (ama_criterion_get_description (t7), "the transformation programme for "
                                     "children's social care services understood and delivering."));
  }
  g_assert_cmpuint (count_diag (diags, "annex-paragraph-rejoined", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 29);

  /* 3 The schedule: dates with the year from context, kinds, topics. */
  meetings = ama_review_get_meetings (review);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 9);
  {
    static const struct { const char *date; const char *end; AmaMeetingKind kind; guint topics; } want[] = {
      { "2016-11-14", NULL, AMA_MEETING_KIND_REVIEW_GROUP, 3 },
      { "2016-11-18", NULL, AMA_MEETING_KIND_REVIEW_GROUP, 2 },
      { "2016-11-30", NULL, AMA_MEETING_KIND_WORKSHOP, 1 },
      { "2016-12-13", NULL, AMA_MEETING_KIND_REVIEW_GROUP, 2 },
      { "2017-01-23", "2017-02-28", AMA_MEETING_KIND_VISITS, 1 },
      { "2017-02-17", NULL, AMA_MEETING_KIND_WORKSHOP, 1 },
      { "2017-03-13", NULL, AMA_MEETING_KIND_REVIEW_GROUP, 2 },
      { "2017-03-15", NULL, AMA_MEETING_KIND_BOARD, 1 },
      { "2017-04-10", NULL, AMA_MEETING_KIND_REVIEW_GROUP, 2 },
    };
    for (guint i = 0; i < G_N_ELEMENTS (want); i++)
      {
        g_autoptr(AmaMeeting) m = g_list_model_get_item (meetings, i);
        g_autofree char *d = date_iso (ama_meeting_get_date (m));
        g_autofree char *e = date_iso (ama_meeting_get_end_date (m));

        g_assert_cmpstr (d, ==, want[i].date);
        g_assert_cmpstr (e, ==, want[i].end);
        g_assert_cmpint (ama_meeting_get_kind (m), ==, want[i].kind);
        g_assert_cmpuint (g_strv_length ((char **) ama_meeting_get_topics (m)), ==, want[i].topics);
      }
  }
  {
    g_autoptr(AmaMeeting) m0 = g_list_model_get_item (meetings, 0);
    g_autoptr(AmaMeeting) m1 = g_list_model_get_item (meetings, 1);

    g_autoptr(AmaMeeting) m7 = g_list_model_get_item (meetings, 7);

    g_assert_cmpstr (ama_meeting_get_topics (m0)[1], ==, "outline of policy context - \"Putting Children First\";");
    g_assert_null (ama_meeting_get_body (m0));
    /* The board named in the topic is the body that met. */
    g_assert_cmpstr (ama_meeting_get_body (m7), ==, "Children's Improvement Board");
    /* Word's broken cross-reference stays as written, and is reported. */
    g_assert_cmpstr (ama_meeting_get_topics (m1)[1], ==,
                     "consider available literature (detailed in Section 13Error! Reference source not found.)");
  }
  g_assert_cmpuint (count_diag (diags, "annex-broken-reference", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 48);
  g_assert_cmpuint (count_diag (diags, "annex-year-inferred", NULL, NULL), ==, 7);
  g_assert_true (has_diag (diags, "annex-year-inferred", "“18th November” has no year; read as 2016-11-18"));
  g_assert_true (has_diag (diags, "annex-year-inferred", "“17th February” has no year; read as 2017-02-17"));

  /* 4 The visits: authority, arrangement, note, date, mode. */
  visits = ama_review_get_visits (review);
  g_assert_cmpuint (g_list_model_get_n_items (visits), ==, 10);
  {
    static const struct {
      const char *authority; AmaArrangement arrangement; const char *note;
      const char *date; const char *date_text; AmaVisitMode mode;
    } want[] = {
      { "London Borough of Richmond upon Thames", AMA_ARRANGEMENT_COMMUNITY_INTEREST_COMPANY,
        "Community Interest Company with neighbouring authority", "2016-04-19", "Tuesday 19th April 2016", AMA_VISIT_MODE_IN_PERSON },
      { "Royal Borough of Windsor and Maidenhead", AMA_ARRANGEMENT_COMMUNITY_INTEREST_COMPANY,
        "Transferring to Community Interest Company with neighbouring authorities", "2016-05-03", "Tuesday 3rd May 2016", AMA_VISIT_MODE_IN_PERSON },
      { "Slough Borough Council", AMA_ARRANGEMENT_TRUST, "DfE Trust", "2016-05-03", "Tuesday 3rd May 2016", AMA_VISIT_MODE_IN_PERSON },
      { "Hampshire County Council", AMA_ARRANGEMENT_AGENCY_ARRANGEMENT, "Agency Arrangement", "2016-06-01",
        "Wednesday 1st June (tele-conference) 2016", AMA_VISIT_MODE_TELECONFERENCE },
      { "London Borough of Kingston upon Thames", AMA_ARRANGEMENT_COMMUNITY_INTEREST_COMPANY,
        "Community Interest Company with neighbouring authority", "2016-06-15",
        "Wednesday 15th June (tele-conference) 2016", AMA_VISIT_MODE_TELECONFERENCE },
      { "Doncaster Council and Doncaster Children's Trust", AMA_ARRANGEMENT_TRUST,
        "Neighbouring Authority – DfE trust", "2017-01-23", "Monday 23rd January 2017", AMA_VISIT_MODE_IN_PERSON },
      { "Cornwall Council", AMA_ARRANGEMENT_SECTOR_LED_IMPROVEMENT, "Sector Led Improvement", "2017-02-06",
        "Monday 6th February (tele-conference) 2017", AMA_VISIT_MODE_TELECONFERENCE },
      { "Birmingham City Council", AMA_ARRANGEMENT_WHOLLY_OWNED_COMPANY, "Wholly owned company (shadow arrangements)",
        "2017-02-09", "Wednesday 9th February 2017", AMA_VISIT_MODE_IN_PERSON },
      { "Leeds City Council", AMA_ARRANGEMENT_SECTOR_LED_IMPROVEMENT, "Sector Led Improvement", "2017-02-23",
        "Thursday 23rd February 2017", AMA_VISIT_MODE_IN_PERSON },
      { "London Borough of Bromley", AMA_ARRANGEMENT_INTERVENTION, "Intervention (Commissioner)", "2017-03-07",
        "Tuesday 7th March (tele-conference) 2017", AMA_VISIT_MODE_TELECONFERENCE },
    };
    for (guint i = 0; i < G_N_ELEMENTS (want); i++)
      {
        g_autoptr(AmaVisit) v = g_list_model_get_item (visits, i);
        g_autofree char *d = date_iso (ama_visit_get_date (v));

        g_assert_cmpstr (ama_visit_get_authority (v), ==, want[i].authority);
        g_assert_cmpint (ama_visit_get_arrangement (v), ==, want[i].arrangement);
        g_assert_cmpstr (ama_visit_get_arrangement_note (v), ==, want[i].note);
        g_assert_cmpstr (d, ==, want[i].date);
        g_assert_cmpstr (ama_visit_get_date_text (v), ==, want[i].date_text);
        g_assert_cmpint (ama_visit_get_mode (v), ==, want[i].mode);
      }
  }
  /* "Wednesday 9th February 2017" was a Thursday: kept, reported once. */
  g_assert_cmpuint (count_diag (diags, "annex-weekday-mismatch", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 92);
  g_assert_true (has_diag (diags, "annex-weekday-mismatch", "was a Thursday"));

  /* The list introductions are reported, nothing else is left over. */
  g_assert_cmpuint (count_diag (diags, "annex-list-intro", NULL, NULL), ==, 4);
  g_assert_cmpuint (count_diag (diags, "annex-unplaced", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_diag (diags, "annex-arrangement-other", NULL, NULL), ==, 0);
  g_assert_cmpuint (count_severity (diags, AMA_SEVERITY_WARNING), ==, 2);

  assert_round_trip (review);
  assert_golden (review, "004.json");
}

/* An appendix instead of an annex, a vice-chair called "Councillor", a
 * stray line, a test without a bold name, December → January, a
 * heading that is no date, visits in plain tab-separated cells, an
 * arrangement the model does not name, a visit date not understood,
 * and an unknown section kept as written. */
static void
test_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/annex-variants.txt",
                                             AMA_IMPORT_FORMAT_ANNEX, NULL, &diags, &error);
  g_autoptr(AmaDocument) doc = NULL;
  g_autoptr(AmaSection) section = NULL;
  g_autoptr(AmaMeeting) m1 = NULL;
  g_autoptr(AmaMeeting) m2 = NULL;
  g_autoptr(AmaVisit) v0 = NULL;
  g_autoptr(AmaVisit) v1 = NULL;
  g_autoptr(AmaCriterion) c = NULL;
  g_autofree char *d = NULL;
  guint line = 0;

  g_assert_no_error (error);

  doc = g_list_model_get_item (ama_review_get_documents (review), 0);
  g_assert_cmpint (ama_document_get_kind (doc), ==, AMA_DOCUMENT_KIND_APPENDIX);
  g_assert_cmpstr (ama_document_get_label (doc), ==, "Appendix 3");
  section = g_list_model_get_item (ama_document_get_sections (doc), 0);
  g_assert_cmpstr (ama_section_get_number (section), ==, "5");
  g_assert_cmpstr (ama_section_get_title (section), ==, "Budget");
  g_assert_cmpstr (ama_section_get_text (section), ==, "The budget was £10,000.");
  g_assert_cmpuint (count_diag (diags, "annex-section-kept", NULL, NULL), ==, 1);

  assert_member (review, 0, "Ann Smith", "Councillor", AMA_MEMBER_ROLE_VICE_CHAIR);
  assert_member (review, 1, "Bob Jones", "Cllr", AMA_MEMBER_ROLE_MEMBER);
  g_assert_cmpuint (count_diag (diags, "annex-unplaced", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 14);
  g_assert_true (has_diag (diags, "annex-unplaced", "A stray sentence in the terms."));

  c = g_list_model_get_item (ama_appraisal_get_criteria (ama_review_get_appraisal (review)), 0);
  g_assert_cmpstr (ama_criterion_get_id (c), ==, "five-tests-1");
  g_assert_null (ama_criterion_get_name (c));
  g_assert_cmpstr (ama_criterion_get_group (c), ==, "five-tests");
  g_assert_cmpstr (ama_criterion_get_description (c), ==, "Plain test without a bold name.");
  g_assert_cmpuint (count_diag (diags, "annex-test-unnamed", NULL, NULL), ==, 1);

  m1 = g_list_model_get_item (ama_review_get_meetings (review), 1);
  d = date_iso (ama_meeting_get_date (m1));
  g_assert_cmpstr (d, ==, "2019-01-15");
  m2 = g_list_model_get_item (ama_review_get_meetings (review), 2);
  g_assert_null (ama_meeting_get_date (m2));
  g_assert_cmpstr (ama_meeting_get_topics (m2)[0], ==, "Sometime in spring");
  g_assert_cmpstr (ama_meeting_get_topics (m2)[1], ==, "Undated topic");

  v0 = g_list_model_get_item (ama_review_get_visits (review), 0);
  v1 = g_list_model_get_item (ama_review_get_visits (review), 1);
  g_assert_cmpstr (ama_visit_get_authority (v0), ==, "Sheffield City Council");
  g_assert_cmpint (ama_visit_get_arrangement (v0), ==, AMA_ARRANGEMENT_OTHER);
  g_assert_cmpstr (ama_visit_get_arrangement_note (v0), ==, "Shared service with a neighbour");
  g_clear_pointer (&d, g_free);
  d = date_iso (ama_visit_get_date (v0));
  g_assert_cmpstr (d, ==, "2019-06-07");
  g_assert_null (ama_visit_get_date (v1));
  g_assert_cmpstr (ama_visit_get_date_text (v1), ==, "sometime");

  /* A flattened row: the date found by its weekday, the rest kept as
   * the authority, the arrangement read from it. */
  {
    g_autoptr(AmaVisit) v2 = g_list_model_get_item (ama_review_get_visits (review), 2);
    g_autofree char *d2 = date_iso (ama_visit_get_date (v2));

    g_assert_cmpstr (ama_visit_get_authority (v2), ==, "Slough Borough Council DfE Trust");
    g_assert_cmpint (ama_visit_get_arrangement (v2), ==, AMA_ARRANGEMENT_TRUST);
    g_assert_null (ama_visit_get_arrangement_note (v2));
    g_assert_cmpstr (d2, ==, "2016-05-03");
    g_assert_cmpstr (ama_visit_get_date_text (v2), ==, "Tuesday 3rd May 2016");
    g_assert_cmpuint (count_diag (diags, "annex-visit-unsplit", &line, NULL), ==, 1);
    g_assert_cmpuint (line, ==, 38);
  }
  g_assert_cmpuint (count_diag (diags, "annex-arrangement-other", NULL, NULL), ==, 1);
  g_assert_cmpuint (count_diag (diags, "annex-bad-date", NULL, NULL), ==, 2);
  g_assert_cmpuint (count_diag (diags, "annex-year-inferred", NULL, NULL), ==, 1);
  /* "Monday 2nd December 2018" was a Sunday: a meeting's heading is
   * checked like a visit's date. */
  g_assert_cmpuint (count_diag (diags, "annex-weekday-mismatch", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 22);
  g_assert_true (has_diag (diags, "annex-weekday-mismatch", "was a Sunday"));
}

/* Everything the annex gives agrees with the bundled review, except the
 * workshops' body ("Isos Partnership" is named only in seed 003). */
static void
test_agrees_with_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path (SEED_004, AMA_IMPORT_FORMAT_ANNEX, NULL, NULL, &error);
  g_autoptr(JsonNode) imported = NULL;
  g_autoptr(JsonNode) bundled = bundled_review ();

  g_assert_no_error (error);
  /* the bundled review was not imported: its meetings have no source */
  for (guint i = 0; i < g_list_model_get_n_items (ama_review_get_meetings (review)); i++)
    {
      g_autoptr(AmaMeeting) meeting = g_list_model_get_item (ama_review_get_meetings (review), i);

      g_assert_nonnull (ama_meeting_get_source (meeting));
      ama_meeting_set_source (meeting, NULL);
    }
  imported = review_node (review);
  assert_agrees (imported, "$.scope", bundled, NULL);
  assert_agrees (imported, "$.members", bundled, NULL);
  assert_agrees (imported, "$.terms-of-reference", bundled, NULL);
  assert_agrees (imported, "$.visits", bundled, NULL);
  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *p = g_strdup_printf ("$.meetings[%u]", i);

      if (i == 2 || i == 5)
        {
          g_autofree char *d = g_strdup_printf ("$.meetings[%u].date", i);
          g_autofree char *k = g_strdup_printf ("$.meetings[%u].kind", i);
          g_autofree char *t = g_strdup_printf ("$.meetings[%u].topics", i);
          assert_agrees (imported, d, bundled, NULL);
          assert_agrees (imported, k, bundled, NULL);
          assert_agrees (imported, t, bundled, NULL);
        }
      else
        assert_agrees (imported, p, bundled, NULL);
    }
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *p = g_strdup_printf ("$.appraisal.criteria[%u]", i);
      assert_agrees (imported, p, bundled, NULL);
    }
}

/* Two tests numbered alike (found by fuzzing): both are kept, the second
 * criterion gets a distinct id, and the review saves and loads again. */
static void
test_duplicate_test_numbers (void)
{
  const char *text =
    "## **Annex 2.**\n\n"
    "## **2 Seven tests**\n\n"
    "- 2.1 **Stable leadership** at every level.\n"
    "- 2.1 **Robust finance** for the service.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_ANNEX, &diags, &error);
  g_autoptr(AmaReview) again = NULL;
  g_autoptr(AmaCriterion) first = NULL;
  g_autoptr(AmaCriterion) second = NULL;
  g_autofree char *data = NULL;
  GListModel *criteria;

  g_assert_no_error (error);
  criteria = ama_appraisal_get_criteria (ama_review_get_appraisal (review));
  g_assert_cmpuint (g_list_model_get_n_items (criteria), ==, 2);
  first = g_list_model_get_item (criteria, 0);
  second = g_list_model_get_item (criteria, 1);
  g_assert_cmpstr (ama_criterion_get_name (first), ==, "Stable leadership");
  g_assert_cmpstr (ama_criterion_get_name (second), ==, "Robust finance");
  g_assert_cmpstr (ama_criterion_get_id (first), !=, ama_criterion_get_id (second));
  g_assert_true (g_str_has_suffix (ama_criterion_get_id (second), "-1-2"));
  g_assert_cmpuint (count_diag (diags, "annex-test-duplicate", NULL, NULL), ==, 1);

  data = ama_review_to_data (review, NULL);
  again = ama_review_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
}

static void
test_not_an_annex (void)
{
  assert_not_of_format ("Just a letter.\n\nRegards.\n", AMA_IMPORT_FORMAT_ANNEX);
}

/* CRLF with a BOM, or Windows-1252 bytes: the same review. */
static void
test_saved_by_windows (void)
{
  assert_same_when_saved_by_windows (SEED_004, AMA_IMPORT_FORMAT_ANNEX, NULL);
  assert_same_when_saved_by_windows (SEED_004, AMA_IMPORT_FORMAT_ANNEX, "CP1252");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/annex/seed-004", test_seed_004);
  g_test_add_func ("/import/annex/variants", test_variants);
  g_test_add_func ("/import/annex/agrees-with-bundled", test_agrees_with_bundled);
  g_test_add_func ("/import/annex/duplicate-test-numbers", test_duplicate_test_numbers);
  g_test_add_func ("/import/annex/not-an-annex", test_not_an_annex);

  g_test_add_func ("/import/annex/saved-by-windows", test_saved_by_windows);

  return g_test_run ();
}
