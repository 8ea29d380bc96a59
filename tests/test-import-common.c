/* test-import-common.c: the helpers every importer shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-import-private.h"
#include "import-test-util.h"

typedef struct
{
  AmaImportContext ctx;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->ctx.review = ama_review_new ();
  f->ctx.diagnostics = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  f->ctx.reference = g_date_time_new_utc (2016, 10, 18, 0, 0, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->ctx.review);
  g_clear_object (&f->ctx.diagnostics);
  g_clear_pointer (&f->ctx.reference, g_date_time_unref);
}

static void
test_normalise (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;

  /* clean UTF-8: untouched, no diagnostics; curly quotes are kept */
  a = _ama_import_normalise_text (&f->ctx, "It\xe2\x80\x99s \xe2\x80\x9cGood\xe2\x80\x9d\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a, ==, "It\xe2\x80\x99s \xe2\x80\x9cGood\xe2\x80\x9d\n");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->ctx.diagnostics)), ==, 0);

  /* BOM, CRLF, lone CR, NBSP */
  b = _ama_import_normalise_text (&f->ctx, "\xef\xbb\xbf" "a\r\nb\rc\xc2\xa0" "d", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (b, ==, "a\nb\nc d");
  g_assert_nonnull (find_diag (G_LIST_MODEL (f->ctx.diagnostics), "bom-removed", 0));
  g_assert_nonnull (find_diag (G_LIST_MODEL (f->ctx.diagnostics), "line-endings-normalised", 0));
  g_assert_nonnull (find_diag (G_LIST_MODEL (f->ctx.diagnostics), "nbsp-replaced", 0));
  g_assert_cmpuint (ama_diagnostic_get_line (find_diag (G_LIST_MODEL (f->ctx.diagnostics), "nbsp-replaced", 0)), ==, 3);

  /* Latin-1 / Windows-1252 bytes */
  c = _ama_import_normalise_text (&f->ctx, "caf\xe9 \x80" "5 \x96 ok\xa0", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (c, ==, "caf\xc3\xa9 \xe2\x82\xac" "5 \xe2\x80\x93 ok ");
  g_assert_nonnull (find_diag (G_LIST_MODEL (f->ctx.diagnostics), "encoding-converted", 0));
  g_assert_cmpuint (ama_diagnostic_get_column (find_diag (G_LIST_MODEL (f->ctx.diagnostics), "encoding-converted", 0)), ==, 4);

  /* UTF-16 with a BOM (Word's "Unicode text") */
  d = _ama_import_normalise_text (&f->ctx, "\xff\xfe" "a\0\t\0b\0\n\0", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (d, ==, "a\tb\n");

  /* NUL: an error that says where */
  e = _ama_import_normalise_text (&f->ctx, "ab\ncd\0e", 8, &error);
  g_assert_null (e);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "line 2, column 3:"));
}

static void
test_dates (Fixture       *f,
            gconstpointer  data)
{
  struct {
    const char *text;
    const char *iso;
    gboolean    guessed;
  } cases[] = {
    { "18 October 2017", "2017-10-18", FALSE },
    { "14th November 2016", "2016-11-14", FALSE },
    { "18th November", "2016-11-18", TRUE },
    { "Tuesday 3rd May 2016", "2016-05-03", FALSE },
    { "3 May, 2016", "2016-05-03", FALSE },
    { "1st Sept 2017", "2017-09-01", FALSE },
    { "18/10/2017", "2017-10-18", FALSE },
    { "31/03/18", "2018-03-31", FALSE },
    { "2017-10-18", "2017-10-18", FALSE },
  };
  const char *bad[] = { "", "October 2017", "31/02/2018", "32 May 2016", "Q3 2018/19", "3 Mayday 2016", NULL };
  const char *start = NULL, *end = NULL;
  g_autoptr(GDateTime) found = NULL;
  g_autoptr(GDateTime) no_year = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean guessed = !cases[i].guessed;
      g_autoptr(GDateTime) date = _ama_import_parse_date (cases[i].text, f->ctx.reference, NULL, &guessed);
      g_autofree char *iso = NULL;

      g_assert_nonnull (date);
      iso = g_date_time_format (date, "%Y-%m-%d");
      g_assert_cmpstr (iso, ==, cases[i].iso);
      g_assert_cmpint (guessed, ==, cases[i].guessed);
    }

  for (guint i = 0; bad[i]; i++)
    {
      g_autoptr(GDateTime) date = _ama_import_parse_date (bad[i], f->ctx.reference, NULL, NULL);
      g_assert_null (date);
    }

  /* without a reference, a year-less date is not a date */
  no_year = _ama_import_parse_date ("18th November", NULL, NULL, NULL);
  g_assert_null (no_year);

  found = _ama_import_find_date ("Council \xe2\x80\x93 18 October 2017 at 2pm", NULL, &start, &end);
  g_assert_nonnull (found);
  g_assert_cmpint (g_date_time_get_day_of_month (found), ==, 18);
  g_assert_true (g_str_has_prefix (start, "18 October 2017"));
  g_assert_cmpstr (end, ==, " at 2pm");
}

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(AmaPerson) cllr = _ama_import_parse_person ("Cllr Maggi Clark");
  g_autoptr(AmaPerson) councillor = _ama_import_parse_person ("Councillor Clark");
  g_autoptr(AmaPerson) sir = _ama_import_parse_person ("Sir Ian Kennedy");
  g_autoptr(AmaPerson) mrs = _ama_import_parse_person ("Mrs. J. Smith");
  g_autoptr(AmaPerson) role = _ama_import_parse_person ("Caroline Webb, Senior Scrutiny Advisor (Scrutiny)");
  g_autoptr(AmaPerson) blank = _ama_import_parse_person ("  ");

  g_assert_cmpstr (ama_person_get_name (cllr), ==, "Maggi Clark");
  g_assert_cmpstr (ama_person_get_honorific (cllr), ==, "Cllr");
  g_assert_cmpstr (ama_person_get_name (councillor), ==, "Clark");
  g_assert_cmpstr (ama_person_get_honorific (councillor), ==, "Councillor");
  g_assert_cmpstr (ama_person_get_honorific (sir), ==, "Sir");
  g_assert_cmpstr (ama_person_get_name (mrs), ==, "J. Smith");
  g_assert_cmpstr (ama_person_get_honorific (mrs), ==, "Mrs");
  g_assert_cmpstr (ama_person_get_name (role), ==, "Caroline Webb");
  g_assert_cmpstr (ama_person_get_role (role), ==, "Senior Scrutiny Advisor (Scrutiny)");
  g_assert_null (blank);

  /* what minutes write: an office with a title of the person's own,
   * a plural office, the sentence's full stop but not an initial's */
  {
    g_autoptr(AmaPerson) titled = _ama_import_parse_person ("Cllr. Mrs Shields");
    g_autoptr(AmaPerson) plural = _ama_import_parse_person ("Councillors Cussons");
    g_autoptr(AmaPerson) ended = _ama_import_parse_person ("Councillor Clark.");
    g_autoptr(AmaPerson) initial = _ama_import_parse_person ("Councillor Smith J.");
    g_autoptr(AmaPerson) lower = _ama_import_parse_person ("cllrs. Dr. Jones");

    g_assert_cmpstr (ama_person_get_honorific (titled), ==, "Cllr Mrs");
    g_assert_cmpstr (ama_person_get_name (titled), ==, "Shields");
    g_assert_cmpstr (ama_person_get_honorific (plural), ==, "Councillor");
    g_assert_cmpstr (ama_person_get_name (plural), ==, "Cussons");
    g_assert_cmpstr (ama_person_get_name (ended), ==, "Clark");
    g_assert_cmpstr (ama_person_get_name (initial), ==, "Smith J.");
    g_assert_cmpstr (ama_person_get_honorific (lower), ==, "cllr Dr");
    g_assert_cmpstr (ama_person_get_name (lower), ==, "Jones");
  }

  g_assert_true (_ama_import_looks_like_name ("Ian Thomas"));
  g_assert_true (_ama_import_looks_like_name ("lan Thomas"));
  g_assert_true (_ama_import_looks_like_name ("Cllr Clark"));
  g_assert_false (_ama_import_looks_like_name ("Thomas"));
  g_assert_false (_ama_import_looks_like_name ("Strategic Director"));
  g_assert_false (_ama_import_looks_like_name ("Chief Executive"));
  g_assert_true (_ama_import_looks_like_name ("Commissioner Myers"));
  g_assert_false (_ama_import_looks_like_name ("Head of Service for children"));
  g_assert_false (_ama_import_looks_like_name ("We agree that this is right and proper"));

  g_assert_true (_ama_import_is_nfa ("N.F.A required"));
  g_assert_true (_ama_import_is_nfa ("NFA"));
  g_assert_true (_ama_import_is_nfa ("n f a"));
  g_assert_true (_ama_import_is_nfa ("No further action required"));
  g_assert_false (_ama_import_is_nfa ("Nfactor Smith"));
  g_assert_false (_ama_import_is_nfa ("Nick Fallon"));
}

static void
test_ocr_names (Fixture       *f,
                gconstpointer  data)
{
  const char *names[] = { "Ian Thomas", "lan Thomas", "Jon Stonehouse", "J0n Stonehouse",
                          "Ian Thornas", "Sam Ellis", NULL };
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; names[i]; i++)
    {
      guint line = 10 + i;
      g_ptr_array_add (people, ama_person_new (names[i]));
      g_array_append_val (lines, line);
    }

  _ama_import_normalise_people (&f->ctx, people, lines);

#define NAME(i) ama_person_get_name (g_ptr_array_index (people, i))
#define WRITTEN(i) ama_person_get_name_as_written (g_ptr_array_index (people, i))
  g_assert_cmpstr (NAME (0), ==, "Ian Thomas");
  g_assert_null (WRITTEN (0));
  g_assert_cmpstr (NAME (1), ==, "Ian Thomas");
  g_assert_cmpstr (WRITTEN (1), ==, "lan Thomas");
  g_assert_cmpstr (NAME (3), ==, "Jon Stonehouse");
  g_assert_cmpstr (WRITTEN (3), ==, "J0n Stonehouse");
  /* rn read for m */
  g_assert_cmpstr (NAME (4), ==, "Ian Thomas");
  g_assert_cmpstr (WRITTEN (4), ==, "Ian Thornas");
  /* a name with no look-alike stays as it is */
  g_assert_cmpstr (NAME (5), ==, "Sam Ellis");
  g_assert_null (WRITTEN (5));
#undef NAME
#undef WRITTEN

  g_assert_cmpuint (ama_diagnostic_get_line (find_diag (G_LIST_MODEL (f->ctx.diagnostics), "officer-name-normalised", 0)), ==, 11);
}

static void
test_officer_cells (Fixture       *f,
                    gconstpointer  data)
{
  struct {
    const char *cell;
    const char *name;
    const char *role;
    gboolean    nfa;
    const char *code;
    const char *note;
  } cases[] = {
    { "Cllr Alan Jones", "Alan Jones", NULL, FALSE, NULL, NULL },
    { "N.F.A required", NULL, NULL, TRUE, "no-further-action", NULL },
    { "Chief Executive", NULL, "Chief Executive", FALSE, "officer-is-role", NULL },
    { "Ian Thomas and Jon Stonehouse", "Ian Thomas", NULL, FALSE, "officer-multiple",
      "Lead: Ian Thomas and Jon Stonehouse" },
    { "Head of Safeguarding and Quality", NULL, "Head of Safeguarding and Quality", FALSE,
      "officer-is-role", NULL },
    { "TBC", NULL, NULL, FALSE, "officer-none", "Lead: TBC" },
    { "n/a", NULL, NULL, FALSE, "officer-none", "Lead: n/a" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AmaResponse) response = ama_response_new ();
      AmaPerson *officer;

      g_list_store_remove_all (f->ctx.diagnostics);
      _ama_import_officer_cell (&f->ctx, response, cases[i].cell, "Lead", 7, NULL, NULL);
      officer = ama_response_get_officer (response);
      if (cases[i].name || cases[i].role)
        {
          g_assert_nonnull (officer);
          g_assert_cmpstr (ama_person_get_name (officer), ==, cases[i].name);
          g_assert_cmpstr (ama_person_get_role (officer), ==, cases[i].role);
        }
      else
        g_assert_null (officer);
      g_assert_cmpint (ama_response_get_no_further_action (response), ==, cases[i].nfa);
      g_assert_cmpstr (ama_response_get_text (response), ==, cases[i].note);
      if (cases[i].code)
        {
          g_assert_nonnull (find_diag (G_LIST_MODEL (f->ctx.diagnostics), cases[i].code, 0));
          g_assert_cmpuint (ama_diagnostic_get_line (find_diag (G_LIST_MODEL (f->ctx.diagnostics), cases[i].code, 0)), ==, 7);
        }
      else
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->ctx.diagnostics)), ==, 0);
    }
}

static void
test_decisions (void)
{
  struct {
    const char  *text;
    AmaDecision  decision;
  } cases[] = {
    { "We agree that a PiP model has made a contribution", AMA_DECISION_ACCEPTED },
    { "Agreed", AMA_DECISION_ACCEPTED },
    { "agreed - this will be provided", AMA_DECISION_ACCEPTED },
    { "Accepted", AMA_DECISION_ACCEPTED },
    { "Yes", AMA_DECISION_ACCEPTED },
    { "Not agreed", AMA_DECISION_REJECTED },
    { "Rejected", AMA_DECISION_REJECTED },
    { "No", AMA_DECISION_REJECTED },
    { "No - it is too costly", AMA_DECISION_REJECTED },
    { "No action is needed", AMA_DECISION_PENDING },
    { "Partially", AMA_DECISION_PARTIALLY_ACCEPTED },
    { "Partially accepted", AMA_DECISION_PARTIALLY_ACCEPTED },
    { "In part", AMA_DECISION_PARTIALLY_ACCEPTED },
    { "Agreed in part", AMA_DECISION_PARTIALLY_ACCEPTED },
    { "Accepted (in part)", AMA_DECISION_PARTIALLY_ACCEPTED },
    { "Noted", AMA_DECISION_NOTED },
    { "Deferred until April", AMA_DECISION_DEFERRED },
    { "No longer relevant given the recent 'Good' rating", AMA_DECISION_NOTED },
    { "Now that the service is good", AMA_DECISION_PENDING },
    { "Agreement was reached", AMA_DECISION_PENDING },
    { "The Department has achieved a Good rating", AMA_DECISION_PENDING },
    { "", AMA_DECISION_PENDING },
    { NULL, AMA_DECISION_PENDING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (ama_decision_infer (cases[i].text), ==, cases[i].decision);

  /* only a decision standing alone is recorded from a response */
  g_assert_cmpint (_ama_import_decision_opening ("Agreed - this will be provided"), ==, AMA_DECISION_ACCEPTED);
  g_assert_cmpint (_ama_import_decision_opening ("Not agreed."), ==, AMA_DECISION_REJECTED);
  g_assert_cmpint (_ama_import_decision_opening ("We agree that it helps"), ==, AMA_DECISION_PENDING);
}

static void
test_labels_and_lines (void)
{
  struct {
    const char *text;
    const char *label;
    const char *rest;
  } cases[] = {
    { "2. The model", "2", "The model" },
    { " 3) Then", "3", "Then" },
    { "3a. Sub", "3a", "Sub" },
    { "(b) Lettered", "b", "Lettered" },
    { "c) Lettered", "c", "Lettered" },
    { "E. Upper", "E", "Upper" },
    { "R4 Prefixed", NULL, NULL },
    { "Recommendation 5: Spelt", "5", "Spelt" },
    { "A Practice Partner", NULL, NULL },
    { "2.5 million", NULL, NULL },
  };
  g_autofree char *joined = NULL;
  g_autofree char *cell = NULL;
  g_autofree char *n1 = NULL, *n2 = NULL, *n3 = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *rest;
      g_autofree char *label = _ama_import_parse_label (cases[i].text, &rest);

      g_assert_cmpstr (label, ==, cases[i].label);
      if (label)
        g_assert_cmpstr (rest, ==, cases[i].rest);
    }

  n1 = _ama_import_next_label ("1", 2);
  n2 = _ama_import_next_label ("b", 3);
  n3 = _ama_import_next_label (NULL, 4);
  g_assert_cmpstr (n1, ==, "2");
  g_assert_cmpstr (n2, ==, "c");
  g_assert_cmpstr (n3, ==, "4");
  /* minutes' resolutions: no successor is no expectation */
  {
    g_autofree char *z = _ama_import_label_after ("z");
    g_autofree char *roman = _ama_import_label_after ("iv");
    g_autofree char *twelve = _ama_import_label_after ("11");
    g_autofree char *decimal = _ama_import_label_after ("1.9");

    g_assert_null (z);
    g_assert_null (roman);
    g_assert_cmpstr (twelve, ==, "12");
    g_assert_cmpstr (decimal, ==, "1.10");
    g_assert_null (_ama_import_label_after (NULL));
  }

  g_assert_cmpuint (_ama_import_bullet_at ("\xef\x82\xb7 play areas;"), ==, 3);
  g_assert_cmpuint (_ama_import_bullet_at ("\xe2\x80\xa2 sports"), ==, 3);
  g_assert_cmpuint (_ama_import_bullet_at ("- sports"), ==, 2);
  g_assert_cmpuint (_ama_import_bullet_at ("-2 degrees"), ==, 0);
  g_assert_cmpuint (_ama_import_bullet_at ("o sports"), ==, 0);

  joined = _ama_import_join_lines ("a self-\nimproving  culture \nwill - be\n");
  g_assert_cmpstr (joined, ==, "a self-improving culture will - be");
  cell = _ama_import_clean_cell ("  two   spaces \v line\n\n");
  g_assert_cmpstr (cell, ==, "two spaces\nline");
}

/* A SCRAIP's notes and minutes prose mention "recommendation" in
 * sentences with commas; a sentence is not a CSV header row. A ModernGov
 * decision record (structure of ieDecisionDetails.aspx pages, e.g.
 * https://democracy.sholland.gov.uk/ieDecisionDetails.aspx?Id=902,
 * wording our own) numbers its resolutions: they are read as the
 * decision of one meeting, never as numbered recommendations. */
static void
test_detect_prose_and_decisions (void)
{
  static const char prose[] =
    "Notes on this plan\n"
    "If a recommendation is turned down, give the reason, and leave the date, owner blank.\n";
  static const char header[] = "No,Recommendation,Response,Lead officer\n1,Do it,Agreed,A Person\n";
  static const char record[] =
    "Decision details\n"
    "Market Hall Task Group Report\n"
    "Decision Maker: Cabinet\n"
    "Is subject to call in?: Yes\n"
    "Purpose:\n"
    "To hear what the task group found.\n"
    "Decision:\n"
    "1. That the task group's proposals be taken forward.\n"
    "2. That officers report back in the spring.\n"
    "Reasons for the decision:\n"
    "The market needs a plan before the lease ends.\n"
    "Date of decision: 03/05/2022\n"
    "Decided at meeting: 03/05/2022 - Cabinet Committee\n"
    "Accompanying Documents:\n"
    "Market Hall Task Group Report PDF 120 KB\n"
    "Back to top\n"
    "Contact us\n";
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  AmaMeeting *meeting;
  AmaAgendaItem *item;
  AmaResolution *second;

  g_assert_cmpint (ama_import_detect (prose, -1), ==, AMA_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (ama_import_detect (header, -1), ==, AMA_IMPORT_FORMAT_CSV);
  g_assert_cmpint (ama_import_detect (record, -1), ==, AMA_IMPORT_FORMAT_MINUTES);

  review = ama_importer_import_data (importer, record, strlen (record), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  g_object_unref (meeting);
  /* The meeting the decision was made at, not the decision maker. */
  g_assert_cmpstr (ama_meeting_get_body (meeting), ==, "Cabinet Committee");
  g_assert_cmpint (g_date_time_get_day_of_month (ama_meeting_get_date (meeting)), ==, 3);
  g_assert_cmpint (g_date_time_get_month (ama_meeting_get_date (meeting)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_agenda_items (meeting)), ==, 1);
  item = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 0);
  g_object_unref (item);
  g_assert_cmpstr (ama_agenda_item_get_title (item), ==, "Market Hall Task Group Report");
  g_assert_cmpstr (ama_agenda_item_get_description (item), ==, "To hear what the task group found.");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 2);
  second = g_list_model_get_item (ama_agenda_item_get_resolutions (item), 1);
  g_object_unref (second);
  g_assert_true (g_str_has_prefix (ama_resolution_get_text (second), "That officers report back"));
  /* Nothing is dropped: the reasons and the labelled values are kept. */
  g_assert_nonnull (strstr (ama_agenda_item_get_narrative (item), "Reasons for the decision:"));
  g_assert_nonnull (strstr (ama_agenda_item_get_narrative (item), "before the lease ends"));
  g_assert_nonnull (strstr (ama_agenda_item_get_narrative (item), "Is subject to call in?: Yes"));
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_documents (item)), ==, 1);
}

/* An issue's decisions page (structure of
 * https://democracy.brent.gov.uk/mgIssueHistoryHome.aspx pages,
 * "Issue - decisions", wording our own): each "date - title" line is a
 * decision; its lettered paragraphs are what was decided, the others
 * narrative; a decision in plain prose is read after its purpose. */
static void
test_issue_decisions (void)
{
  static const char page[] =
    "Home\n"
    "Issue - decisions\n"
    "Library Opening Hours\n"
    "14/03/2023 - Library Opening Hours\n"
    "The Chair introduced the tracker of the panel's recommendations.\n"
    "a.   The panel noted the progress made on its earlier recommendations.\n"
    "b.   That, in April, the Chair would present the review to Cabinet.\n"
    "02/05/2023 - Library Opening Hours\n"
    "To receive the review and the proposed response.\n"
    "This item was deferred to the next meeting.\n"
    "Back to top\n";
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  GListModel *meetings;
  g_autoptr(AmaMeeting) first = NULL, second = NULL;
  AmaAgendaItem *item;

  g_assert_cmpint (ama_import_detect (page, -1), ==, AMA_IMPORT_FORMAT_MINUTES);
  review = ama_importer_import_data (importer, page, strlen (page), &error);
  g_assert_no_error (error);
  meetings = ama_review_get_meetings (review);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, 2);
  first = g_list_model_get_item (meetings, 0);
  second = g_list_model_get_item (meetings, 1);
  g_assert_cmpint (g_date_time_get_month (ama_meeting_get_date (first)), ==, 3);
  item = g_list_model_get_item (ama_meeting_get_agenda_items (first), 0);
  g_object_unref (item);
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 2);
  g_assert_nonnull (strstr (ama_agenda_item_get_narrative (item), "The Chair introduced"));
  item = g_list_model_get_item (ama_meeting_get_agenda_items (second), 0);
  g_object_unref (item);
  g_assert_cmpstr (ama_agenda_item_get_description (item), ==,
                   "To receive the review and the proposed response.");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 1);

  /* A record whose title is missing (a label where the title should
   * be, or no "Decision details" at all) is an error, not a review of
   * an untitled decision. */
  for (guint i = 0; i < 2; i++)
    {
      const char *text = i == 0 ? "Decision details\nDecision Maker: Cabinet\n"
                                  "Date of decision: 03/05/2022\n"
                                : "Decision Maker: Cabinet\nDecision status: Approved\n"
                                  "Date of decision: 03/05/2022\n";

      g_clear_object (&review);
      review = ama_importer_import_data (importer, text, -1, &error);
      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
      g_assert_nonnull (strstr (error->message, "decision record without its title"));
      g_clear_error (&error);
    }
}

/* Dorset's officer decision records label the decision maker "Decision
 * Maker (Name and Title):" with the name on the next line
 * (https://moderngov.dorsetcouncil.gov.uk/mgDelegatedDecisions.aspx?&RP=0&K=0&V=1&DM=0&HD=0&DS=2&Next=true&META=mgdelegateddecisions&DR=27%2f03%2f2020-10%2f04%2f2020),
 * in our words. */
static void
test_decision_maker_next_line (void)
{
  static const char record[] =
    "Decision details\n"
    "Seasonal beach rules\n"
    "Decision:\n"
    "That the seasonal rules be suspended this year.\n"
    "Decision Maker (Name and Title):\n"
    "\n"
    "Sam Ure, Executive Director for Place\n"
    "Date of decision: 06/04/2020\n";
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;

  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_MINUTES);
  review = ama_importer_import_data (importer, record, -1, &error);
  g_assert_no_error (error);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  /* the maker is the meeting's body, not a line of the decision */
  g_assert_cmpstr (ama_meeting_get_body (meeting), ==, "Sam Ure, Executive Director for Place");
  item = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 0);
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 1);
}

/* An issue's decisions page whose resolutions are "(n)   that …" with
 * no "Resolved", one opening "that, because of resolution (1) above"
 * (Sandwell, https://sandwell.moderngov.co.uk/mgDecisionDetails.aspx?IId=336&Opt=1;
 * tests/corpus/sandwell-decision-record-1), in our words: the whole
 * labelled list is read. */
static void
test_labelled_decision_list (void)
{
  static const char page[] =
    "Issue - decisions\n"
    "Minutes of the last meeting\n"
    "24/06/2021 - Minutes of the last meeting\n"
    "Members asked for the minutes to come back later.\n"
    "(1)          that the minutes come back to a later meeting;\n"
    "(2)          that, because of resolution (1) above, they do not go to Council in July;\n"
    "(3)          that an extra meeting be held.\n";
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;
  g_autoptr(AmaResolution) second = NULL;

  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_MINUTES);
  review = ama_importer_import_data (importer, page, -1, &error);
  g_assert_no_error (error);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  item = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 0);
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 3);
  second = g_list_model_get_item (ama_agenda_item_get_resolutions (item), 1);
  g_assert_cmpstr (ama_resolution_get_number (second), ==, "2");
  g_assert_true (g_str_has_prefix (ama_resolution_get_text (second), "that, because of"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/import/common/normalise", Fixture, NULL, fixture_setup, test_normalise, fixture_teardown);
  g_test_add ("/import/common/dates", Fixture, NULL, fixture_setup, test_dates, fixture_teardown);
  g_test_add ("/import/common/people", Fixture, NULL, fixture_setup, test_people, fixture_teardown);
  g_test_add ("/import/common/ocr-names", Fixture, NULL, fixture_setup, test_ocr_names, fixture_teardown);
  g_test_add ("/import/common/officer-cells", Fixture, NULL, fixture_setup, test_officer_cells, fixture_teardown);
  g_test_add_func ("/import/common/decisions", test_decisions);
  g_test_add_func ("/import/common/detect-prose-and-decisions", test_detect_prose_and_decisions);
  g_test_add_func ("/import/common/issue-decisions", test_issue_decisions);
  g_test_add_func ("/import/common/labels-and-lines", test_labels_and_lines);
  g_test_add_func ("/import/common/decision-maker-next-line", test_decision_maker_next_line);
  g_test_add_func ("/import/common/labelled-decision-list", test_labelled_decision_list);

  return g_test_run ();
}
