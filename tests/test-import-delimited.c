/* test-import-delimited.c: response tables as TSV and CSV
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "import-test-util.h"

static void
test_seed_000 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/seeds/000_ee8d13b0d9b984ae.txt",
                                             AMA_IMPORT_FORMAT_UNKNOWN, RESPONSE_TABLE_REFERENCE, &diags, &error);
  AmaRecommendation *rec;
  AmaResponse *resp;
  AmaPerson *officer;
  AmaDocument *doc;

  g_assert_no_error (error);
  g_assert_nonnull (review);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 5);

  /* the title line above the table */
  g_assert_cmpstr (ama_review_get_title (review), ==,
                   "Alternative Management Arrangements for Children and Young People's Services in Rotherham");
  doc = g_list_model_get_item (ama_review_get_documents (review), 0);
  g_object_unref (doc);
  g_assert_cmpint (ama_document_get_kind (doc), ==, AMA_DOCUMENT_KIND_RESPONSE);
  g_assert_true (g_str_has_prefix (ama_document_get_title (doc), "Cabinet's Response to Scrutiny Review of"));

  /* row 1 has no number: numbered by position, with a diagnostic */
  rec = rec_at (review, 0);
  g_assert_cmpstr (ama_recommendation_get_number (rec), ==, "1");
  g_assert_nonnull (find_diag (diags, "number-missing", 4));
  resp = ama_recommendation_get_response (rec);
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_PENDING);
  g_assert_cmpint (ama_response_get_inferred_decision (resp), ==, AMA_DECISION_ACCEPTED);

  /* row 2: the "2." is the number; the flattened list becomes points */
  rec = rec_at (review, 1);
  g_assert_cmpstr (ama_recommendation_get_number (rec), ==, "2");
  g_assert_cmpstr (ama_recommendation_get_text (rec), ==, "The Practice Partner model will:");
  g_assert_cmpuint (g_strv_length ((GStrv) ama_recommendation_get_points (rec)), ==, 3);
  g_assert_nonnull (find_diag (diags, "points-split", 5));
  resp = ama_recommendation_get_response (rec);
  g_assert_true (ama_response_get_no_further_action (resp));
  g_assert_null (ama_response_get_officer (resp));
  g_assert_nonnull (find_diag (diags, "no-further-action", 5));
  g_assert_nonnull (strstr (ama_diagnostic_get_message (find_diag (diags, "no-further-action", 5)),
                            "N.F.A required"));

  /* row 3: "No longer relevant" → noted; recurring action-by */
  resp = ama_recommendation_get_response (rec_at (review, 2));
  g_assert_cmpint (ama_response_get_inferred_decision (resp), ==, AMA_DECISION_NOTED);
  g_assert_cmpstr (ama_deadline_get_text (ama_response_get_action_by (resp)), ==, "Annual Participation");
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_RECURRING);

  /* rows 4 and 5 lost their blank decision cell: repaired by content,
   * and "lan Thomas" is the document's "Ian Thomas" */
  for (guint i = 3; i < 5; i++)
    {
      resp = ama_recommendation_get_response (rec_at (review, i));
      officer = ama_response_get_officer (resp);
      g_assert_cmpstr (ama_person_get_name (officer), ==, "Ian Thomas");
      g_assert_cmpstr (ama_person_get_name_as_written (officer), ==, "lan Thomas");
      g_assert_true (g_str_has_prefix (ama_response_get_text (resp), "The Department has achieved"));
      g_assert_null (ama_response_get_action_by (resp));
      g_assert_nonnull (find_diag (diags, "row-repaired", 8 + i - 3));
      g_assert_nonnull (find_diag (diags, "officer-name-normalised", 8 + i - 3));
    }
  /* a name written correctly keeps no name-as-written */
  officer = ama_response_get_officer (ama_recommendation_get_response (rec_at (review, 0)));
  g_assert_null (ama_person_get_name_as_written (officer));

  g_assert_nonnull (find_diag (diags, "format-detected", 0));
  assert_golden (review, "000.json");
}

static void
test_lettered_layout (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import/layout-lettered.tsv",
                                             AMA_IMPORT_FORMAT_TSV, RESPONSE_TABLE_REFERENCE, &diags, &error);
  AmaResponse *resp;
  AmaPerson *officer;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 4);
  g_assert_cmpstr (ama_review_get_title (review), ==, "Home to School Transport");

  /* the header's second line ("Lead") and the repeated header */
  g_assert_nonnull (find_diag (diags, "header-continued", 4));
  g_assert_nonnull (find_diag (diags, "header-repeated", 8));
  /* the Priority column is kept in the response text */
  g_assert_nonnull (find_diag (diags, "column-kept", 3));

  g_assert_cmpstr (ama_recommendation_get_number (rec_at (review, 0)), ==, "a");
  g_assert_cmpstr (ama_recommendation_get_number (rec_at (review, 3)), ==, "d");

  resp = ama_recommendation_get_response (rec_at (review, 0));
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_ACCEPTED);   /* "Yes" */
  g_assert_nonnull (strstr (ama_response_get_text (resp), "Priority: High"));
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_DATE);

  /* "In part"; a job title instead of a name */
  resp = ama_recommendation_get_response (rec_at (review, 1));
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_PARTIALLY_ACCEPTED);
  officer = ama_response_get_officer (resp);
  g_assert_null (ama_person_get_name (officer));
  g_assert_true (g_str_has_prefix (ama_person_get_role (officer), "Strategic Director"));
  g_assert_nonnull (find_diag (diags, "officer-is-role", 6));
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_QUARTER);

  /* "No"; two owners: the first is the officer, the cell is kept */
  resp = ama_recommendation_get_response (rec_at (review, 2));
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_REJECTED);
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, "Jane Smith");
  g_assert_nonnull (strstr (ama_response_get_text (resp), "Jane Smith / Tom Brown"));
  g_assert_nonnull (find_diag (diags, "officer-multiple", 9));

  /* an unknown decision, a meeting as timetable, a cell past the end */
  resp = ama_recommendation_get_response (rec_at (review, 3));
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_PENDING);
  g_assert_nonnull (strstr (ama_response_get_text (resp), "Maybe later"));
  g_assert_nonnull (strstr (ama_response_get_text (resp), "extra note"));
  g_assert_nonnull (find_diag (diags, "decision-unrecognised", 10));
  g_assert_nonnull (find_diag (diags, "cell-extra", 10));
  /* a meeting as the timetable: its date, with the text kept */
  g_assert_cmpstr (ama_deadline_get_text (ama_response_get_action_by (resp)), ==,
                   "Cabinet \xe2\x80\x93 12 October 2011");
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_DATE);
  /* a digit zero read for a letter O, with no other spelling to match */
  officer = ama_response_get_officer (resp);
  g_assert_cmpstr (ama_person_get_name (officer), ==, "John Baker");
  g_assert_cmpstr (ama_person_get_name_as_written (officer), ==, "J0hn Baker");
}

static void
test_cabinet_member_csv (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import/layout-cabinet-member.csv",
                                             AMA_IMPORT_FORMAT_UNKNOWN, RESPONSE_TABLE_REFERENCE, &diags, &error);
  AmaRecommendation *rec;
  AmaResponse *resp;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 4);

  /* no decision column: "Agreed - this will be provided" records it */
  rec = rec_at (review, 0);
  resp = ama_recommendation_get_response (rec);
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_ACCEPTED);
  g_assert_nonnull (find_diag (diags, "decision-from-response", 2));
  /* a multi-line quoted cell keeps its line break */
  g_assert_true (g_str_has_prefix (ama_response_get_text (resp),
                                   "Agreed - this will be provided from April.\nFunding is in the budget."));
  g_assert_nonnull (strstr (ama_response_get_text (resp), "Cabinet Member: Cllr Alan Jones"));
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_MONTH);

  /* doubled quotes and a comma inside a quoted cell; the row after a
   * multi-line cell is numbered from its own line */
  rec = rec_at (review, 1);
  g_assert_cmpstr (ama_recommendation_get_text (rec), ==,
                   "That \"community hubs\" are considered, with partners");
  resp = ama_recommendation_get_response (rec);
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_REJECTED);
  g_assert_nonnull (find_diag (diags, "decision-from-response", 4));
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_ONGOING);

  resp = ama_recommendation_get_response (rec_at (review, 2));
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_NOTED);
  /* "Completed" in the Timetable column is the work's status, not a
   * deadline (as Maidstone's SCRAIP writes it) */
  g_assert_null (ama_response_get_action_by (resp));
  {
    g_autoptr(AmaProgressUpdate) done = g_list_model_get_item (ama_recommendation_get_updates (rec_at (review, 2)), 0);

    g_assert_cmpint (ama_progress_update_get_status (done), ==, AMA_PROGRESS_COMPLETED);
    g_assert_cmpstr (ama_progress_update_get_note (done), ==, "Completed");
  }

  /* a timetable no rule reads is kept as written, and reported */
  resp = ama_recommendation_get_response (rec_at (review, 3));
  g_assert_cmpstr (ama_deadline_get_text (ama_response_get_action_by (resp)), ==, "Spring 2019");
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_UNPARSED);
  g_assert_nonnull (find_diag (diags, "deadline-unparsed", 6));
}

static void
test_encoding (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import/encoding-crlf-bom-cp1252.tsv",
                                             AMA_IMPORT_FORMAT_UNKNOWN, RESPONSE_TABLE_REFERENCE, &diags, &error);
  AmaRecommendation *rec;
  AmaResponse *resp;

  g_assert_no_error (error);
  rec = rec_at (review, 0);
  g_assert_cmpstr (ama_recommendation_get_text (rec), ==, "That the caf\xc3\xa9 reopens.");
  resp = ama_recommendation_get_response (rec);
  /* Windows-1252 curly quotes converted and kept; NBSP is a space */
  g_assert_cmpstr (ama_response_get_text (resp), ==,
                   "We agree \xe2\x80\x9c" "fully\xe2\x80\x9d. It will reopen.");
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, "Sarah O\xe2\x80\x99" "Brien");
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_ACCEPTED);

  g_assert_nonnull (find_diag (diags, "bom-removed", 1));
  g_assert_nonnull (find_diag (diags, "encoding-converted", 2));
  g_assert_cmpuint (ama_diagnostic_get_column (find_diag (diags, "encoding-converted", 2)), ==, 16);
  g_assert_nonnull (find_diag (diags, "line-endings-normalised", 0));
  g_assert_nonnull (find_diag (diags, "nbsp-replaced", 2));
}

static void
test_unquoted_multiline (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import/unquoted-multiline.tsv",
                                             AMA_IMPORT_FORMAT_TSV, RESPONSE_TABLE_REFERENCE, &diags, &error);
  AmaResponse *resp;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 2);
  resp = ama_recommendation_get_response (rec_at (review, 0));
  g_assert_cmpstr (ama_response_get_text (resp), ==,
                   "A review will start in April.\nIt will report to Cabinet.");
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, "Sam Ellis");
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_MONTH);
  g_assert_nonnull (find_diag (diags, "row-joined", 3));
  g_assert_null (find_diag (diags, "row-repaired", 0));
}

static void
test_quoted_header_cells (void)
{
  /* a header cell broken over two lines inside quotes, with a
   * footnote marker; a header row repeated after a page break */
  const char *csv = "\"Recom-\nmendation\",\"Lead\nOfficer\u00b2\",\"Target\ndate *\",Response\n"
                    "1. Do it,Ian Thomas,31/03/2019,Agreed\n"
                    "Recommendation,Lead Officer,Target date,Response\n"
                    "2. Do more,Ian Thomas,Q1 2019/20,Noted\n";
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  AmaResponse *resp;

  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_CSV);
  review = ama_importer_import_data (importer, csv, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 2);
  resp = ama_recommendation_get_response (rec_at (review, 1));
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, "Ian Thomas");
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_QUARTER);
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_NOTED);
  g_assert_cmpstr (ama_recommendation_get_text (rec_at (review, 1)), ==, "Do more");
  g_assert_nonnull (find_diag (ama_importer_get_diagnostics (importer), "header-repeated", 6));
}

static void
test_errors (void)
{
  struct {
    const char      *file;
    AmaImportFormat  format;
    int              code;
    const char      *where;
  } cases[] = {
    { "data/import/nul-byte.tsv", AMA_IMPORT_FORMAT_UNKNOWN, AMA_ERROR_ENCODING, "line 2, column 17" },
    { "data/import/unterminated-quote.csv", AMA_IMPORT_FORMAT_CSV, AMA_ERROR_PARSE, "line 2, column 1" },
    { "data/seeds/002_14b14aa8aa9943e8.txt", AMA_IMPORT_FORMAT_TSV, AMA_ERROR_PARSE, "line 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = import_path (cases[i].file, cases[i].format, RESPONSE_TABLE_REFERENCE, NULL, &error);

      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].where));
    }
}

static void
test_inline_cases (void)
{
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  GListModel *diags;
  AmaResponse *resp;

  /* no Recommendation column; footnote markers in headers; text above */
  const char *no_rec = "Draft 2\nFor information\nNo.,Response\xc2\xb9,Officer [1]\n1,Accepted,Ian Thomas\n";
  /* a header row cannot be found */
  const char *no_header = "just,some,words\nand,more,words\n";
  /* a header and no rows */
  const char *empty = "Recommendation\tResponse\tOfficer\n\n\n";
  /* a decision with more to say; a response with no decision column
   * that merely opens with an agreeing clause records nothing */
  const char *more = "Recommendation\tDecision\tResponse\n1. Do it\tAccepted, subject to funding\tWe agree that it helps.\n";

  g_autoptr(GDateTime) reference = g_date_time_new_utc (2017, 10, 18, 0, 0, 0);

  ama_importer_set_reference_date (importer, reference);
  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_CSV);
  review = ama_importer_import_data (importer, no_rec, -1, &error);
  g_assert_no_error (error);
  diags = ama_importer_get_diagnostics (importer);
  g_assert_nonnull (find_diag (diags, "column-missing", 3));
  g_assert_nonnull (find_diag (diags, "text-before-table", 2));
  g_assert_cmpstr (ama_review_get_title (review), ==, "Draft 2");
  resp = ama_recommendation_get_response (rec_at (review, 0));
  g_assert_cmpstr (ama_response_get_text (resp), ==, "Accepted");
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, "Ian Thomas");
  g_clear_object (&review);

  review = ama_importer_import_data (importer, no_header, -1, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "line 1: no header row"));
  g_clear_error (&error);

  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_TSV);
  review = ama_importer_import_data (importer, empty, -1, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  g_clear_error (&error);

  review = ama_importer_import_data (importer, more, -1, &error);
  g_assert_no_error (error);
  diags = ama_importer_get_diagnostics (importer);
  resp = ama_recommendation_get_response (rec_at (review, 0));
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_ACCEPTED);
  g_assert_nonnull (strstr (ama_response_get_text (resp), "Decision: Accepted, subject to funding"));
  g_assert_nonnull (find_diag (diags, "decision-unrecognised", 2));
  g_clear_object (&review);

  /* a deferral names the date it will be reconsidered, year from the
   * reference date */
  review = ama_importer_import_data (importer,
                                     "Recommendation\tDecision\tResponse\n"
                                     "1. Do it\tDeferred\tTo be reconsidered on 18th November.\n",
                                     -1, &error);
  g_assert_no_error (error);
  diags = ama_importer_get_diagnostics (importer);
  resp = ama_recommendation_get_response (rec_at (review, 0));
  g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_DEFERRED);
  g_assert_nonnull (ama_response_get_reconsider_on (resp));
  g_assert_cmpint (g_date_time_get_year (ama_response_get_reconsider_on (resp)), ==, 2017);
  g_assert_cmpint (g_date_time_get_month (ama_response_get_reconsider_on (resp)), ==, 11);
  g_assert_nonnull (find_diag (diags, "reconsider-on-found", 2));
  /* the format was given: no detection diagnostic */
  g_assert_null (find_diag (diags, "format-detected", 0));
  g_clear_object (&review);
}

/* A recommendation tracker (tests/data/import/layout-tracker.tsv, in
 * our words, laid out as City of York Council's "Scrutiny
 * Recommendation Tracker", Annex A to Corporate Scrutiny Committee
 * 2 March 2026; tests/corpus/york-tracker-1): references with the
 * municipal year in brackets, a committee "Date" before the
 * recommendation and an "Exec Date" (neither a deadline), owners as
 * slash-joined initials, "Action taken" and "Status" columns, empty
 * rows of no-break spaces and a Key under the table. */
static void
test_tracker_layout (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import/layout-tracker.tsv",
                                             AMA_IMPORT_FORMAT_TSV, RESPONSE_TABLE_REFERENCE, &diags, &error);
  const char *labels[] = { "SR (24/25) 07", "SR (24/25) 08", "SR (22/23) 11" };
  const AmaProgress status[] = { AMA_PROGRESS_COMPLETED, AMA_PROGRESS_IN_PROGRESS, AMA_PROGRESS_PAUSED };
  const char *notes[] = { "Steps agreed:", "Routes shared", "Halted while" };
  const char *officers[] = { "KD", "KD", "LS" };

  g_assert_no_error (error);
  /* the empty rows and the Key are not recommendations */
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  g_assert_nonnull (find_diag (diags, "text-after-table", 12));

  for (guint i = 0; i < 3; i++)
    {
      AmaRecommendation *rec = rec_at (review, i);
      AmaResponse *resp = ama_recommendation_get_response (rec);
      GListModel *updates = ama_recommendation_get_updates (rec);
      g_autoptr(AmaProgressUpdate) update = NULL;

      g_assert_cmpstr (ama_recommendation_get_number (rec), ==, labels[i]);
      /* the committee's and the executive's dates are no deadline */
      g_assert_null (ama_response_get_action_by (resp));
      g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (resp)), ==, officers[i]);
      /* Status and Action taken are progress, not a decision */
      g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_PENDING);
      g_assert_cmpuint (g_list_model_get_n_items (updates), ==, 1);
      update = g_list_model_get_item (updates, 0);
      g_assert_cmpint (ama_progress_update_get_status (update), ==, status[i]);
      g_assert_true (g_str_has_prefix (ama_progress_update_get_note (update), notes[i]));
      g_assert_null (strstr (ama_response_get_text (resp), "Action taken:"));
    }
  /* several owners by their initials: split, the cell kept */
  g_assert_nonnull (find_diag (diags, "officer-multiple", 4));
}

/* The same tracker selected in a browser and copied: one line per
 * cell, the Action taken cell over four lines with bullets (as
 * tests/corpus/york-tracker-1/document.txt). Read as the table. */
static void
test_tracker_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import/layout-tracker-lines.txt",
                                             AMA_IMPORT_FORMAT_UNKNOWN, RESPONSE_TABLE_REFERENCE, &diags, &error);
  g_autoptr(AmaProgressUpdate) first = NULL;
  g_autoptr(AmaProgressUpdate) last = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (find_diag (diags, "table-from-lines", 0));
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  g_assert_cmpstr (ama_recommendation_get_number (rec_at (review, 2)), ==, "SR (22/23) 11");
  g_assert_true (g_str_has_prefix (ama_recommendation_get_text (rec_at (review, 0)), "That the bus shelter"));
  first = g_list_model_get_item (ama_recommendation_get_updates (rec_at (review, 0)), 0);
  /* the bulleted lines stay in their cell */
  g_assert_true (g_str_has_prefix (ama_progress_update_get_note (first), "Steps agreed:"));
  g_assert_nonnull (strstr (ama_progress_update_get_note (first), "Both steps done"));
  g_assert_cmpint (ama_progress_update_get_status (first), ==, AMA_PROGRESS_COMPLETED);
  last = g_list_model_get_item (ama_recommendation_get_updates (rec_at (review, 2)), 0);
  g_assert_cmpint (ama_progress_update_get_status (last), ==, AMA_PROGRESS_PAUSED);
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (
                     ama_recommendation_get_response (rec_at (review, 2)))), ==, "LS");

  /* prose with no header run is still refused */
  g_clear_object (&review);
  g_clear_error (&error);
  g_clear_object (&diags);
  review = import_text ("Reference\nThe committee met.\nStatus\n", AMA_IMPORT_FORMAT_UNKNOWN, &diags, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT);
}

/* Maidstone's SCRAIP (tests/corpus/maidstone-response-table-3): its
 * Timetable column holds "Completed" where the work is done and
 * "Meeting held by" with the date on the cell's next line. */
static void
test_timetable_cells (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  const char *tsv = "Recommendation\tResponse\tTimetable\tLead Officer\n"
                    "a)    Set up a focus group;\tAgreed\t\"Meeting held by\n28 February 2014\"\tAnna Berry\n"
                    "b)    Refresh the plan.\tAgreed\tCompleted\tAnna Berry\n";
  g_autoptr(AmaReview) review = import_text (tsv, AMA_IMPORT_FORMAT_TSV, &diags, &error);
  AmaResponse *resp;
  g_autoptr(AmaProgressUpdate) update = NULL;

  g_assert_no_error (error);
  resp = ama_recommendation_get_response (rec_at (review, 0));
  g_assert_cmpint (ama_deadline_get_kind (ama_response_get_action_by (resp)), ==, AMA_DEADLINE_KIND_DATE);
  {
    g_autofree char *due = g_date_time_format (ama_deadline_get_due (ama_response_get_action_by (resp)), "%F");
    g_assert_cmpstr (due, ==, "2014-02-28");
  }
  g_assert_nonnull (strstr (ama_response_get_text (resp), "Meeting held by"));
  g_assert_nonnull (find_diag (diags, "deadline-last-line", 2));

  resp = ama_recommendation_get_response (rec_at (review, 1));
  g_assert_null (ama_response_get_action_by (resp));
  update = g_list_model_get_item (ama_recommendation_get_updates (rec_at (review, 1)), 0);
  g_assert_cmpint (ama_progress_update_get_status (update), ==, AMA_PROGRESS_COMPLETED);
  g_assert_nonnull (find_diag (diags, "action-by-is-status", 4));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/delimited/seed-000", test_seed_000);
  g_test_add_func ("/import/delimited/lettered-layout", test_lettered_layout);
  g_test_add_func ("/import/delimited/cabinet-member-csv", test_cabinet_member_csv);
  g_test_add_func ("/import/delimited/encoding", test_encoding);
  g_test_add_func ("/import/delimited/unquoted-multiline", test_unquoted_multiline);
  g_test_add_func ("/import/delimited/quoted-header-cells", test_quoted_header_cells);
  g_test_add_func ("/import/delimited/tracker-layout", test_tracker_layout);
  g_test_add_func ("/import/delimited/tracker-lines", test_tracker_lines);
  g_test_add_func ("/import/delimited/timetable-cells", test_timetable_cells);
  g_test_add_func ("/import/delimited/errors", test_errors);
  g_test_add_func ("/import/delimited/inline", test_inline_cases);

  return g_test_run ();
}
