/* test-import-moderngov.c: ModernGov mgWebService.asmx responses
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "import-test-util.h"

static AmaMeeting *
meeting_at (AmaReview *review,
            guint      i)
{
  return g_list_model_get_item (ama_review_get_meetings (review), i);
}

static AmaAgendaItem *
item_at (AmaMeeting *meeting,
         guint       i)
{
  return g_list_model_get_item (ama_meeting_get_agenda_items (meeting), i);
}

/* GetMeeting from Manchester: meeting, agenda text and minutes as
 * escaped HTML, linked documents, an attendee. */
static void
test_get_meeting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/moderngov/meeting_with_minutes.xml",
                                             AMA_IMPORT_FORMAT_MODERNGOV, NULL, &diags, &error);
  g_autoptr(AmaMeeting) m = NULL;
  g_autoptr(AmaAgendaItem) i0 = NULL;
  g_autoptr(AmaAgendaItem) i1 = NULL;
  g_autoptr(AmaDocument) d0 = NULL;
  g_autoptr(AmaDocument) d1 = NULL;
  g_autoptr(AmaMember) a = NULL;
  g_autofree char *date = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
  m = meeting_at (review, 0);
  g_assert_cmpstr (ama_meeting_get_id (m), ==, "4967");
  date = date_iso (ama_meeting_get_date (m));
  g_assert_cmpstr (date, ==, "2026-02-10");
  g_assert_cmpstr (ama_meeting_get_time (m), ==, "10:00");
  g_assert_cmpstr (ama_meeting_get_status (m), ==, "Confirmed");
  g_assert_cmpstr (ama_meeting_get_location (m), ==, "Council Antechamber, Level 2, Town Hall Extension");
  g_assert_cmpint (ama_meeting_get_kind (m), ==, AMA_MEETING_KIND_COMMITTEE);
  g_assert_cmpstr (ama_meeting_get_body (m), ==, "Audit Committee");
  g_assert_cmpuint (count_diag (diags, "moderngov-body-inferred", NULL, NULL), ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_agenda_items (m)), ==, 2);
  i0 = item_at (m, 0);
  i1 = item_at (m, 1);
  g_assert_cmpstr (ama_agenda_item_get_number (i0), ==, "1");
  g_assert_cmpstr (ama_agenda_item_get_title (i0), ==, "Minutes");
  /* HTML → text: tags gone, the line break inside the span is a space. */
  g_assert_cmpstr (ama_agenda_item_get_description (i0), ==,
                   "To approve as a correct record the minutes of the meeting held on 25 November 2025.");
  g_assert_cmpstr (ama_agenda_item_get_narrative (i0), ==,
                   "To approve the minutes of the meeting held on 25 November 2025 as a correct record.");
  g_assert_cmpstr (ama_agenda_item_get_number (i1), ==, "9");
  g_assert_cmpstr (ama_agenda_item_get_title (i1), ==, "Work Programme");
  g_assert_cmpstr (ama_agenda_item_get_description (i1), ==,
                   "The report of the Governance and Scrutiny Support Unit, attached.");
  g_assert_cmpstr (ama_agenda_item_get_narrative (i1), ==,
                   "The Committee considered a report of the Governance and Scrutiny Support Unit which set "
                   "out its future Work Programme for the remainder of 2025/26 municipal year.");

  d0 = g_list_model_get_item (ama_agenda_item_get_documents (i0), 0);
  g_assert_cmpstr (ama_document_get_title (d0), ==, "6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025");
  g_assert_cmpint (ama_document_get_kind (d0), ==, AMA_DOCUMENT_KIND_MINUTES);
  g_assert_cmpstr (ama_document_get_uri (d0), ==, "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860");
  g_assert_cmpstr (ama_document_get_body (d0), ==, "Audit Committee");
  g_clear_pointer (&date, g_free);
  date = date_iso (ama_document_get_date (d0));
  g_assert_cmpstr (date, ==, "2026-02-02");
  d1 = g_list_model_get_item (ama_agenda_item_get_documents (i1), 0);
  g_assert_cmpstr (ama_document_get_title (d1), ==, "DRAFT WP  FEBRUARY 2026");
  g_assert_cmpint (ama_document_get_kind (d1), ==, AMA_DOCUMENT_KIND_OTHER);

  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_attendees (m)), ==, 1);
  a = g_list_model_get_item (ama_meeting_get_attendees (m), 0);
  g_assert_cmpstr (ama_person_get_name (ama_member_get_person (a)), ==, "Basil Curley");
  g_assert_cmpstr (ama_person_get_honorific (ama_member_get_person (a)), ==, "Councillor");
  g_assert_cmpstr (ama_person_get_role (ama_member_get_person (a)), ==, "Committee Member");
  g_assert_cmpint (ama_member_get_role (a), ==, AMA_MEMBER_ROLE_MEMBER);
  g_assert_cmpstr (ama_member_get_party (a), ==, "LAB");
  g_assert_cmpstr (ama_member_get_ward (a), ==, "Charlestown");

  /* What has no field is reported with its value, once per element. */
  g_assert_true (has_diag (diags, "moderngov-unmapped", "<meeting/meetingplannedfinishtime>"));
  g_assert_true (has_diag (diags, "moderngov-unmapped", "“2.00 pm”"));
  g_assert_true (has_diag (diags, "moderngov-unmapped", "<attendee/@attendance>"));
  g_assert_true (has_diag (diags, "moderngov-unmapped", "<agendaitem/isdecision> has no place in the model; 2 values"));
  /* Repeats of the meeting's date and time are no news. */
  g_assert_false (has_diag (diags, "moderngov-unmapped", "<agendaitem/meetingdate>"));
  g_assert_false (has_diag (diags, "moderngov-unmapped", "<linkeddoc/meetingdate>"));
  g_assert_false (has_diag (diags, "moderngov-unmapped", "<linkeddoc/decisiondate>"));
  g_assert_false (has_diag (diags, "moderngov-unmapped", "<agendaitem/meetingtime>"));
  g_assert_cmpuint (count_severity (diags, AMA_SEVERITY_WARNING), ==, 0);

  assert_round_trip (review);
  assert_golden (review, "moderngov-meeting.json");
}

/* GetMeetings: the committee's meetings, the cancelled one too. */
static void
test_get_meetings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/moderngov/meetings.xml",
                                             AMA_IMPORT_FORMAT_MODERNGOV, NULL, &diags, &error);
  g_autoptr(AmaMeeting) m0 = NULL;
  g_autoptr(AmaMeeting) m1 = NULL;
  g_autofree char *d0 = NULL;
  g_autofree char *d1 = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 2);
  m0 = meeting_at (review, 0);
  m1 = meeting_at (review, 1);
  d0 = date_iso (ama_meeting_get_date (m0));
  d1 = date_iso (ama_meeting_get_date (m1));
  g_assert_cmpstr (ama_meeting_get_body (m0), ==, "Audit Committee");
  g_assert_cmpstr (ama_meeting_get_id (m0), ==, "4966");
  g_assert_cmpstr (d0, ==, "2026-01-13");
  g_assert_cmpstr (ama_meeting_get_status (m0), ==, "Cancelled");
  g_assert_cmpstr (ama_meeting_get_time (m0), ==, "10:00");
  g_assert_cmpstr (ama_meeting_get_body (m1), ==, "Audit Committee");
  g_assert_cmpstr (ama_meeting_get_id (m1), ==, "4967");
  g_assert_cmpstr (d1, ==, "2026-02-10");
  g_assert_cmpstr (ama_meeting_get_status (m1), ==, "Confirmed");
  /* The counts agree with what was found. */
  g_assert_cmpuint (count_diag (diags, "moderngov-count-mismatch", NULL, NULL), ==, 0);
  g_assert_true (has_diag (diags, "moderngov-unmapped", "<committee/committeeid>"));

  assert_round_trip (review);
  assert_golden (review, "moderngov-meetings.json");
}

/* GetCommittees: bodies, not meetings — nothing goes in the review and
 * each committee is listed in a diagnostic. */
static void
test_get_committees (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/moderngov/committees.xml",
                                             AMA_IMPORT_FORMAT_MODERNGOV, NULL, &diags, &error);
  guint line = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_considerations (review)), ==, 0);
  g_assert_cmpuint (count_diag (diags, "moderngov-committee", &line, NULL), ==, 3);
  g_assert_cmpuint (line, ==, 4);
  g_assert_true (has_diag (diags, "moderngov-committee",
                           "312 “Appointment Sub Committee for Director of Adult Social Services” "
                           "(Governance and Decision Making Committees, expired)"));
  g_assert_true (has_diag (diags, "moderngov-committee", "163 “Art Galleries Committee”"));
  g_assert_true (has_diag (diags, "moderngov-committee", "144 “Audit Committee”"));
  g_assert_cmpuint (count_diag (diags, "moderngov-count-mismatch", NULL, NULL), ==, 0);
  assert_golden (review, "moderngov-committees.json");
}

/* Minutes in HTML read like minutes text: resolutions, prose mover and
 * seconder, vote; entities decoded, script dropped; the bad date and
 * time, the room, the roles, a nameless attendee. */
static void
test_crafted_meeting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/moderngov-resolved.xml",
                                             AMA_IMPORT_FORMAT_MODERNGOV, NULL, &diags, &error);
  g_autoptr(AmaMeeting) m = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;
  g_autoptr(AmaResolution) r0 = NULL;
  g_autoptr(AmaResolution) r1 = NULL;
  g_autoptr(AmaMember) chair = NULL;
  g_autoptr(AmaMember) vice = NULL;
  g_autoptr(AmaMember) nameless = NULL;
  g_autofree char *json = NULL;
  guint line = 0;

  g_assert_no_error (error);
  m = meeting_at (review, 0);
  g_assert_null (ama_meeting_get_date (m));
  g_assert_cmpuint (count_diag (diags, "moderngov-bad-date", NULL, NULL), ==, 1);
  g_assert_true (has_diag (diags, "moderngov-bad-date", "31/02/2026"));
  g_assert_cmpstr (ama_meeting_get_time (m), ==, "ten o'clock");
  g_assert_cmpuint (count_diag (diags, "moderngov-bad-time", NULL, NULL), ==, 1);
  g_assert_cmpstr (ama_meeting_get_location (m), ==, "Committee Room 1, Town Hall");

  item = item_at (m, 0);
  g_assert_cmpstr (ama_agenda_item_get_number (item), ==, "5");
  g_assert_cmpstr (ama_agenda_item_get_description (item), ==, "To consider the review group’s report.");
  g_assert_cmpstr (ama_agenda_item_get_narrative (item), ==,
                   "The Committee considered the report.\n\n"
                   "It was moved by Councillor Ann Smith, seconded by Councillor Bob Jones.\n\n"
                   "Presented By: Councillor Clark");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 2);
  r0 = g_list_model_get_item (ama_agenda_item_get_resolutions (item), 0);
  r1 = g_list_model_get_item (ama_agenda_item_get_resolutions (item), 1);
  g_assert_cmpstr (ama_resolution_get_number (r0), ==, "1");
  g_assert_cmpstr (ama_resolution_get_text (r0), ==, "To note the report.");
  g_assert_cmpstr (ama_resolution_get_number (r1), ==, "2");
  g_assert_cmpstr (ama_resolution_get_text (r1), ==, "To ask for a further report in June.\n- with costs\n\nFor: 6, Against: 1");
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_mover (item)), ==, "Ann Smith");
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_seconder (item)), ==, "Bob Jones");
  g_assert_cmpuint (count_diag (diags, "minutes-vote", NULL, NULL), ==, 1);
  /* Diagnostics on minutes point at the <minutesnonemptyhtmlbody>. */
  g_assert_cmpuint (count_diag (diags, "minutes-mover-from-prose", &line, NULL), ==, 2);
  g_assert_cmpuint (line, ==, 16);
  g_assert_true (has_diag (diags, "minutes-mover-from-prose", "line 16:"));

  json = ama_review_to_data (review, NULL);
  g_assert_null (strstr (json, "alert"));

  chair = g_list_model_get_item (ama_meeting_get_attendees (m), 0);
  vice = g_list_model_get_item (ama_meeting_get_attendees (m), 1);
  nameless = g_list_model_get_item (ama_meeting_get_attendees (m), 2);
  g_assert_cmpint (ama_member_get_role (chair), ==, AMA_MEMBER_ROLE_CHAIR);
  g_assert_cmpstr (ama_member_get_ward (chair), ==, "Boston Castle");
  g_assert_cmpint (ama_member_get_role (vice), ==, AMA_MEMBER_ROLE_VICE_CHAIR);
  g_assert_cmpint (ama_member_get_role (nameless), ==, AMA_MEMBER_ROLE_CO_OPTED);
  g_assert_null (ama_person_get_name (ama_member_get_person (nameless)));
  g_assert_cmpuint (count_diag (diags, "moderngov-attendee-unnamed", NULL, NULL), ==, 1);
  /* Apologies: listed, reported, not an attendee. */
  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_attendees (m)), ==, 3);
  g_assert_true (has_diag (diags, "moderngov-not-attending", "Councillor Peter Short (Committee Member)"));
}

static void
test_counts_and_unknown_elements (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/moderngov-counts.xml",
                                             AMA_IMPORT_FORMAT_MODERNGOV, NULL, &diags, &error);
  g_autoptr(AmaMeeting) m = NULL;
  guint line = 0;

  g_assert_no_error (error);
  m = meeting_at (review, 0);
  g_assert_cmpstr (ama_meeting_get_time (m), ==, "12:30");
  g_assert_cmpstr (ama_meeting_get_body (m), ==, "Cabinet");
  g_assert_cmpint (ama_meeting_get_kind (m), ==, AMA_MEETING_KIND_CABINET);
  g_assert_cmpuint (count_diag (diags, "moderngov-count-mismatch", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 3);
  g_assert_true (has_diag (diags, "moderngov-count-mismatch", "says 3 but 1 were found"));
  g_assert_true (has_diag (diags, "moderngov-unmapped", "<meeting/futurefield>"));
  g_assert_true (has_diag (diags, "moderngov-unmapped", "Kept in a diagnostic"));
}

/* XXE: an external entity naming a local file is never read, neither
 * into a field nor into a message; the DTD and the reference are
 * reported. */
static void
test_xxe (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ama-xxe-XXXXXX", NULL);
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *dtd = g_build_filename (dir, "evil.dtd", NULL);
  g_autofree char *doc = NULL;
  g_autofree char *doc2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(GListModel) diags2 = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaReview) review2 = NULL;
  g_autoptr(AmaMeeting) m = NULL;
  g_autofree char *json = NULL;

  g_assert_nonnull (dir);
  g_file_set_contents (secret, "TOPSECRET-4711", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (dtd, "<!ENTITY leak SYSTEM \"file://", -1, &error);
  g_assert_no_error (error);

  doc = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE meeting [ <!ENTITY xxe SYSTEM \"file://%s\"> ]>\n"
                         "<meeting>\n"
                         "  <meetingid>1</meetingid>\n"
                         "  <meetinglocation>&xxe;</meetinglocation>\n"
                         "</meeting>\n", secret);
  review = import_text (doc, AMA_IMPORT_FORMAT_MODERNGOV, &diags, &error);
  g_assert_no_error (error);
  m = meeting_at (review, 0);
  g_assert_null (ama_meeting_get_location (m));
  json = ama_review_to_data (review, NULL);
  g_assert_null (strstr (json, "TOPSECRET"));
  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      g_assert_null (strstr (ama_diagnostic_get_message (d), "TOPSECRET"));
    }
  g_assert_cmpuint (count_diag (diags, "moderngov-dtd-ignored", NULL, NULL), ==, 1);
  g_assert_true (has_diag (diags, "moderngov-entity-ignored", "&xxe;"));

  /* An external DTD is not loaded either (it would define entities). */
  doc2 = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<!DOCTYPE meeting SYSTEM \"file://%s\">\n"
                          "<meeting><meetingid>2</meetingid></meeting>\n", dtd);
  review2 = import_text (doc2, AMA_IMPORT_FORMAT_MODERNGOV, &diags2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_diag (diags2, "moderngov-dtd-ignored", NULL, NULL), ==, 1);

  g_remove (secret);
  g_remove (dtd);
  g_rmdir (dir);
}

/* Billion laughs: references are never expanded, so the result stays
 * small whatever libxml2 decides about the declarations. */
static void
test_entity_expansion (void)
{
  g_autoptr(GString) doc = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE meeting [\n"
                                         "<!ENTITY lol0 \"lol\">\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;

  for (guint i = 1; i < 10; i++)
    g_string_append_printf (doc, "<!ENTITY lol%u \"&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;&lol%u;\">\n",
                            i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
  g_string_append (doc, "]>\n<meeting><meetinglocation>&lol9;</meetinglocation></meeting>\n");

  review = import_text (doc->str, AMA_IMPORT_FORMAT_MODERNGOV, NULL, &error);
  if (review == NULL)
    g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  else
    {
      g_autofree char *json = ama_review_to_data (review, NULL);
      g_assert_cmpuint (strlen (json), <, 4096);
    }
}

static void
test_malformed (void)
{
  static const struct { const char *xml; const char *where; } cases[] = {
    { "<meeting><meetingid>1</meeting>", "line 1, column " },
    { "<?xml version=\"1.0\"?>\n<meeting>\n  <meetingid>1</meetingid>\n  <x>\n</meeting>\n", "line 5, column " },
    { "", "line 1, column 1" },
    { "<meeting attr=\"unterminated></meeting>", "line 1, column " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = import_text (cases[i].xml, AMA_IMPORT_FORMAT_MODERNGOV, NULL, &error);

      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, cases[i].where));
    }
}

/* Imports on several threads at once give each the same result: the
 * importer keeps no state outside its parser context. */
static gpointer
import_many (gpointer data)
{
  const char *expected = data;

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = import_path ("data/moderngov/meeting_with_minutes.xml",
                                                 AMA_IMPORT_FORMAT_MODERNGOV, NULL, NULL, &error);
      g_autoptr(AmaReview) bad = import_text ("<meeting>\n<x></meeting>", AMA_IMPORT_FORMAT_MODERNGOV,
                                              NULL, NULL);
      g_autofree char *json = NULL;

      if (review == NULL || bad != NULL)
        return GINT_TO_POINTER (FALSE);
      json = ama_review_to_data (review, NULL);
      if (strcmp (json, expected) != 0)
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/moderngov/meeting_with_minutes.xml",
                                             AMA_IMPORT_FORMAT_MODERNGOV, NULL, NULL, &error);
  g_autofree char *expected = NULL;
  GThread *threads[4];

  g_assert_no_error (error);
  expected = ama_review_to_data (review, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("import", import_many, expected);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

static void
test_unknown_root (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_text ("<?xml version=\"1.0\"?>\n<rss><channel/></rss>\n",
                                             AMA_IMPORT_FORMAT_MODERNGOV, NULL, &error);

  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_assert_nonnull (strstr (error->message, "<rss>"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/moderngov/get-meeting", test_get_meeting);
  g_test_add_func ("/import/moderngov/get-meetings", test_get_meetings);
  g_test_add_func ("/import/moderngov/get-committees", test_get_committees);
  g_test_add_func ("/import/moderngov/crafted-meeting", test_crafted_meeting);
  g_test_add_func ("/import/moderngov/counts-and-unknown", test_counts_and_unknown_elements);
  g_test_add_func ("/import/moderngov/xxe", test_xxe);
  g_test_add_func ("/import/moderngov/entity-expansion", test_entity_expansion);
  g_test_add_func ("/import/moderngov/malformed", test_malformed);
  g_test_add_func ("/import/moderngov/unknown-root", test_unknown_root);
  g_test_add_func ("/import/moderngov/threads", test_threads);

  return g_test_run ();
}
