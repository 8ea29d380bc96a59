/* test-import-minutes.c: minutes text (seed 001 and crafted variants)
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "import-test-util.h"

#define SEED_001 "data/seeds/001_8e6c75fe552d7dd7.txt"

static AmaAgendaItem *
only_item (AmaReview *review)
{
  g_autoptr(AmaMeeting) meeting = NULL;
  GListModel *items;

  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  items = ama_meeting_get_agenda_items (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  return g_list_model_get_item (items, 0);
}

static void
assert_resolution (AmaAgendaItem *item,
                   guint          i,
                   const char    *number,
                   const char    *text)
{
  g_autoptr(AmaResolution) r = g_list_model_get_item (ama_agenda_item_get_resolutions (item), i);

  g_assert_nonnull (r);
  g_assert_cmpstr (ama_resolution_get_number (r), ==, number);
  g_assert_cmpstr (ama_resolution_get_text (r), ==, text);
}

static void
test_seed_001 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path (SEED_001, AMA_IMPORT_FORMAT_MINUTES, NULL, &diags, &error);
  g_autoptr(AmaAgendaItem) item = NULL;
  const char *narrative;
  AmaPerson *mover, *seconder;

  g_assert_no_error (error);
  item = only_item (review);

  g_assert_cmpstr (ama_agenda_item_get_description (item), ==,
                   "To receive the scrutiny review and recommendations in respect of "
                   "Alternative Management Arrangements for Children’s Social Care.");

  /* Every narrative paragraph is there, in order, bullets as "- ". */
  narrative = ama_agenda_item_get_narrative (item);
  g_assert_true (g_str_has_prefix (narrative, "Consideration was given to the report which shared"));
  g_assert_nonnull (strstr (narrative, "the Practice Partner model would:-\n- Establish the right balance"));
  g_assert_nonnull (strstr (narrative, "rigorous external challenge.\n- Enable the good progress"));
  g_assert_nonnull (strstr (narrative, "management focus.\n- Avoid high transition"));
  g_assert_nonnull (strstr (narrative, "front line delivery.\n\nIt was acknowledged"));
  g_assert_nonnull (strstr (narrative, "It was acknowledged that the peer practice partner model"));
  g_assert_nonnull (strstr (narrative, "The Cabinet and Commissioners would be required"));
  g_assert_true (g_str_has_suffix (narrative, "congratulated all those involved in the review and its recommendations."));
  /* Word's NBSP runs after the bullet glyph are gone, not kept as spaces. */
  g_assert_null (strstr (narrative, "  "));
  g_assert_null (strstr (narrative, "·"));
  /* Neither the resolutions nor the mover leak into the narrative. */
  g_assert_null (strstr (narrative, "Resolved"));
  g_assert_null (strstr (narrative, "Mover"));

  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 2);
  assert_resolution (item, 0, "1",
                     "That the report and recommendations in respect of alternative management "
                     "arrangements for Children’s Services in Rotherham, as outlined in Section 11 "
                     "of Appendix 1, be noted.");
  assert_resolution (item, 1, "2",
                     "That the response of Cabinet and Commissioners be fed back to Improving "
                     "Lives Select Commission.");

  mover = ama_agenda_item_get_mover (item);
  seconder = ama_agenda_item_get_seconder (item);
  g_assert_cmpstr (ama_person_get_name (mover), ==, "Clark");
  g_assert_cmpstr (ama_person_get_honorific (mover), ==, "Councillor");
  g_assert_cmpstr (ama_person_get_name (seconder), ==, "Allcock");
  g_assert_cmpstr (ama_person_get_honorific (seconder), ==, "Councillor");

  /* "Supporting documents:" with nothing under it. */
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_documents (item)), ==, 0);

  /* The seed is clean: no repair of the minutes themselves. */
  g_assert_cmpuint (count_severity (diags, AMA_SEVERITY_WARNING), ==, 0);
  g_assert_cmpuint (count_severity (diags, AMA_SEVERITY_ERROR), ==, 0);

  assert_round_trip (review);
  assert_golden (review, "001.json");
}

/* Heading with number and title, "RESOLVED:" on its own line, (a)/(b)
 * labels with a gap, a bullet under a resolution, votes in the
 * narrative and under a resolution, mover and seconder in prose,
 * "Resolved issues" that is narrative, supporting documents. */
static void
test_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/minutes-variants.txt",
                                             AMA_IMPORT_FORMAT_MINUTES, NULL, &diags, &error);
  g_autoptr(AmaAgendaItem) item = NULL;
  g_autoptr(AmaDocument) doc = NULL;
  g_autofree char *msg = NULL;
  const char *narrative;
  guint line = 0;

  g_assert_no_error (error);
  item = only_item (review);
  g_assert_cmpstr (ama_agenda_item_get_number (item), ==, "7");
  g_assert_cmpstr (ama_agenda_item_get_title (item), ==, "Children's Services Improvement");
  g_assert_cmpstr (ama_agenda_item_get_description (item), ==,
                   "To consider the progress report on children's services improvement.");

  narrative = ama_agenda_item_get_narrative (item);
  /* The purpose's second line is not lost. */
  g_assert_true (g_str_has_prefix (narrative, "The report was introduced by the Strategic Director."));
  g_assert_nonnull (strstr (narrative, "Resolved issues from the last meeting were noted by the Chair."));
  g_assert_nonnull (strstr (narrative, "It was moved by Councillor Smith, seconded by Councillor Mrs Jones"));
  g_assert_nonnull (strstr (narrative, "For: 5, Against: 2, Abstentions: 1"));

  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 3);
  assert_resolution (item, 0, "a", "That the progress report be noted.");
  assert_resolution (item, 1, "b", "That a further report be brought in six months.\n"
                                   "- including the performance figures");
  assert_resolution (item, 2, "d", "That the Chair write to the Minister.\n\nFor: 7, Against: 0");

  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_mover (item)), ==, "Smith");
  g_assert_cmpstr (ama_person_get_honorific (ama_agenda_item_get_mover (item)), ==, "Councillor");
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_seconder (item)), ==, "Jones");
  g_assert_cmpstr (ama_person_get_honorific (ama_agenda_item_get_seconder (item)), ==, "Councillor Mrs");

  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_documents (item)), ==, 2);
  doc = g_list_model_get_item (ama_agenda_item_get_documents (item), 1);
  g_assert_cmpstr (ama_document_get_title (doc), ==, "Appendix A - Performance figures");

  g_assert_cmpuint (count_diag (diags, "minutes-mover-from-prose", &line, NULL), ==, 2);
  g_assert_cmpuint (line, ==, 8);
  g_assert_cmpuint (count_diag (diags, "minutes-vote", &line, &msg), ==, 2);
  g_assert_cmpuint (line, ==, 10);
  g_assert_nonnull (strstr (msg, "for 5, against 2, abstentions 1"));
  g_assert_nonnull (strstr (msg, "the narrative"));
  g_assert_true (has_diag (diags, "minutes-vote", "resolution (d)"));
  g_assert_cmpuint (count_diag (diags, "minutes-resolution-numbering", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 15);
  g_assert_true (has_diag (diags, "minutes-resolution-numbering", "expected (c)"));
}

/* "ORDERED that", "Agenda item 12" with no purpose, "Mover:-" alone. */
static void
test_ordered (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/minutes-ordered.txt",
                                             AMA_IMPORT_FORMAT_MINUTES, NULL, &diags, &error);
  g_autoptr(AmaAgendaItem) item = NULL;

  g_assert_no_error (error);
  item = only_item (review);
  g_assert_cmpstr (ama_agenda_item_get_number (item), ==, "12");
  g_assert_null (ama_agenda_item_get_description (item));
  g_assert_null (ama_agenda_item_get_narrative (item));
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 1);
  assert_resolution (item, 0, NULL,
                     "that the minutes of the meeting held on 3 May 2017 be approved as a correct record.");
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_mover (item)), ==, "Read");
  g_assert_cmpstr (ama_person_get_honorific (ama_agenda_item_get_mover (item)), ==, "Cllr");
  g_assert_null (ama_agenda_item_get_seconder (item));
  g_assert_cmpuint (count_diag (diags, "minutes-no-purpose", NULL, NULL), ==, 1);
}

/* "Resolved –" with "1." labels in separate paragraphs, seconder only. */
static void
test_numbered_dot (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/minutes-numbered.txt",
                                             AMA_IMPORT_FORMAT_MINUTES, NULL, NULL, &error);
  g_autoptr(AmaAgendaItem) item = NULL;

  g_assert_no_error (error);
  item = only_item (review);
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 2);
  assert_resolution (item, 0, "1", "That the annual report be noted.");
  assert_resolution (item, 1, "2", "That it be published on the Council's website.");
  g_assert_null (ama_agenda_item_get_mover (item));
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_seconder (item)), ==, "Allcock");
}

/* "(1) ... (2) ..." on one line split; "(CYPS)" is not a label. */
static void
test_inline_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/minutes-inline.txt",
                                             AMA_IMPORT_FORMAT_MINUTES, NULL, NULL, &error);
  g_autoptr(AmaAgendaItem) item = NULL;

  g_assert_no_error (error);
  item = only_item (review);
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 2);
  assert_resolution (item, 0, "1", "That the response be received (CYPS).");
  assert_resolution (item, 1, "2", "That progress be reported in March.");
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_mover (item)), ==, "Clark");
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_seconder (item)), ==, "Allcock");
}

/* Lower-case "a)" labels and "Resolved that" without punctuation. */
static void
test_letter_close_labels (void)
{
  const char *text = "Agenda item\n\nTo agree the work programme.\n\n"
                     "Resolved that:\n\na) the work programme be agreed;\n\nb) it be reviewed in June.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_MINUTES, &diags, &error);
  g_autoptr(AmaAgendaItem) item = NULL;

  g_assert_no_error (error);
  item = only_item (review);
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 3);
  /* "that:" is the stem the lettered resolutions complete; kept. */
  assert_resolution (item, 0, NULL, "that:");
  assert_resolution (item, 1, "a", "the work programme be agreed;");
  assert_resolution (item, 2, "b", "it be reviewed in June.");
  g_assert_cmpuint (count_diag (diags, "minutes-resolution-numbering", NULL, NULL), ==, 0);

  /* Without a stem, a numbered resolution after an unnumbered one is
   * reported. */
  {
    const char *text2 = "Agenda item\n\nTo agree.\n\nResolved: That A be agreed.\n\n(2) That B be agreed.\n";
    g_autoptr(GListModel) d2 = NULL;
    g_autoptr(AmaReview) r2 = import_text (text2, AMA_IMPORT_FORMAT_MINUTES, &d2, &error);

    g_assert_no_error (error);
    g_assert_true (has_diag (d2, "minutes-resolution-numbering", "follows an unnumbered one"));
  }
}

/* Stems ending in a dash, roman labels, a label alone on its line:
 * shapes of ModernGov minutes such as Slough's "Resolved –  That …"
 * (http://democracy.slough.gov.uk/mgAi.aspx?ID=48707) and Sandwell's
 * "(1)          that …" lists
 * (https://sandwell.moderngov.co.uk/mgDecisionDetails.aspx?IId=336&Opt=1),
 * written in our words. */
static void
test_dash_stem_roman_labels (void)
{
  const char *text = "Agenda item\n\nTo consider the parking review.\n\n"
                     "Resolved that \xe2\x80\x93\n\n(i) the review be received;\n\n"
                     "(ii) the charges be held for a year;\n\n(iii) a report come back in May.\n";
  const char *alone = "Agenda item\n\nTo consider the parking review.\n\n"
                      "Resolved: having considered the report -\n\n(1)\nthat the review be received;\n\n"
                      "(2)\nthat the charges be held.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_MINUTES, &diags, &error);
  g_autoptr(AmaAgendaItem) item = NULL;

  g_assert_no_error (error);
  item = only_item (review);
  /* the stem, then (i) (ii) (iii) with no "expected (j)" */
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 4);
  assert_resolution (item, 1, "i", "the review be received;");
  assert_resolution (item, 2, "ii", "the charges be held for a year;");
  assert_resolution (item, 3, "iii", "a report come back in May.");
  g_assert_cmpuint (count_diag (diags, "minutes-resolution-numbering", NULL, NULL), ==, 0);

  g_clear_object (&item);
  g_clear_object (&review);
  g_clear_object (&diags);
  review = import_text (alone, AMA_IMPORT_FORMAT_MINUTES, &diags, &error);
  g_assert_no_error (error);
  item = only_item (review);
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)), ==, 3);
  /* the text on the line after "(1)" starts the resolution */
  assert_resolution (item, 1, "1", "that the review be received;");
  assert_resolution (item, 2, "2", "that the charges be held.");
  g_assert_cmpuint (count_diag (diags, "minutes-resolution-numbering", NULL, NULL), ==, 0);
}

/* Minute numbers with the year ("14/14 TITLE IN CAPITALS") on a copied
 * page with single line breaks, as Fenland's older ModernGov pages
 * write them
 * (https://fenland.gov.uk/localgov/CeListDocuments.aspx?CommitteeId=156&DF=24%2F07%2F2014&MeetingId=580&Ver=2;
 * tests/corpus/fenland-minutes-1), in our words. */
static void
test_year_minute_numbers (void)
{
  const char *text = "Council\nThursday, 24th July, 2014 4.00 pm\n"
                     "Item Number Item/Description\n"
                     "21/14 MINUTES OF THE LAST MEETING\n"
                     "The minutes were agreed and signed.\n"
                     "22/14 LIBRARY OPENING HOURS\n"
                     "It was proposed by Councillor Hart, seconded by Councillor Mrs Lyle and resolved that the new hours be approved.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_MINUTES, &diags, &error);
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) first = NULL;
  g_autoptr(AmaAgendaItem) second = NULL;
  GListModel *items;

  g_assert_no_error (error);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  items = ama_meeting_get_agenda_items (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  first = g_list_model_get_item (items, 0);
  second = g_list_model_get_item (items, 1);
  g_assert_cmpstr (ama_agenda_item_get_number (first), ==, "21/14");
  g_assert_cmpstr (ama_agenda_item_get_number (second), ==, "22/14");
  g_assert_true (g_str_has_prefix (ama_agenda_item_get_title (second), "LIBRARY OPENING HOURS"));
}

/* A parish council's items: "N. Title – Ref YY/NNN: text", as Keelby
 * Parish Council writes them
 * (https://keelby.parish.lincolnshire.gov.uk/council-business/2024-parish-council-minutes-meetings-1/7;
 * tests/corpus/keelby-minutes-1), in our words. */
static void
test_minute_reference_items (void)
{
  const char *text = "Minutes of the Parish Council Meeting\n\n"
                     "1. Apologies \xe2\x80\x93 Ref 25/011: Councillor P Hale.\n\n"
                     "2. Approval of the grass cutting contract - Ref 25/012:\n\n"
                     "Proposed and seconded; all in favour.  It was therefore RESOLVED that the contract be approved.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_MINUTES, &diags, &error);
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) first = NULL;
  g_autoptr(AmaAgendaItem) second = NULL;
  GListModel *items;

  g_assert_no_error (error);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  items = ama_meeting_get_agenda_items (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  first = g_list_model_get_item (items, 0);
  second = g_list_model_get_item (items, 1);
  g_assert_cmpstr (ama_agenda_item_get_number (first), ==, "1");
  g_assert_cmpstr (ama_agenda_item_get_title (first), ==, "Apologies");
  g_assert_cmpstr (ama_agenda_item_get_title (second), ==, "Approval of the grass cutting contract");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (second)), ==, 1);
}

/* "Present:-" with a Chair and a membership list sharing one title:
 * "Councillors Mrs Shields, Cussons, Hawkins and Wainwright" is four
 * people, each a Councillor, Shields also "Mrs". */
static void
test_present (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/minutes-present.txt",
                                             AMA_IMPORT_FORMAT_MINUTES, NULL, &diags, &error);
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;
  GListModel *attendees;
  static const struct { const char *name; const char *honorific; AmaMemberRole role; } want[] = {
    { "Sansome", "Councillor", AMA_MEMBER_ROLE_CHAIR },
    { "Shields", "Councillor Mrs", AMA_MEMBER_ROLE_MEMBER },
    { "Cussons", "Councillor", AMA_MEMBER_ROLE_MEMBER },
    { "Hawkins", "Councillor", AMA_MEMBER_ROLE_MEMBER },
    { "Wainwright", "Councillor", AMA_MEMBER_ROLE_MEMBER },
  };

  g_assert_no_error (error);
  item = only_item (review);
  /* The attendance paragraph is not mistaken for the purpose. */
  g_assert_cmpstr (ama_agenda_item_get_description (item), ==, "To note the report.");
  g_assert_null (ama_agenda_item_get_narrative (item));
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  attendees = ama_meeting_get_attendees (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (attendees), ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autoptr(AmaMember) m = g_list_model_get_item (attendees, i);
      g_assert_cmpstr (ama_person_get_name (ama_member_get_person (m)), ==, want[i].name);
      g_assert_cmpstr (ama_person_get_honorific (ama_member_get_person (m)), ==, want[i].honorific);
      g_assert_cmpint (ama_member_get_role (m), ==, want[i].role);
    }
  g_assert_true (has_diag (diags, "minutes-attendees", "5 attendees"));
}

/* Printed minutes of a whole meeting: attendance with the Mayor in the
 * Chair, then items headed "N. TITLE IN CAPITALS", one after another. */
static void
test_whole_meeting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/import-b/minutes-meeting.txt",
                                             AMA_IMPORT_FORMAT_MINUTES, NULL, &diags, &error);
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaMember) mayor = NULL;
  g_autoptr(AmaAgendaItem) i0 = NULL;
  g_autoptr(AmaAgendaItem) i1 = NULL;
  g_autoptr(AmaAgendaItem) i2 = NULL;
  guint line = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);

  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_attendees (meeting)), ==, 4);
  mayor = g_list_model_get_item (ama_meeting_get_attendees (meeting), 0);
  g_assert_cmpstr (ama_person_get_name (ama_member_get_person (mayor)), ==, "Sansome");
  g_assert_cmpstr (ama_person_get_role (ama_member_get_person (mayor)), ==, "Mayor");
  g_assert_cmpint (ama_member_get_role (mayor), ==, AMA_MEMBER_ROLE_CHAIR);

  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_agenda_items (meeting)), ==, 3);
  i0 = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 0);
  i1 = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 1);
  i2 = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 2);
  g_assert_cmpstr (ama_agenda_item_get_number (i0), ==, "1");
  g_assert_cmpstr (ama_agenda_item_get_title (i0), ==, "APOLOGIES FOR ABSENCE");
  g_assert_cmpstr (ama_agenda_item_get_narrative (i0), ==,
                   "Apologies for absence were received from Councillors Cussons and Hawkins.");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (i0)), ==, 0);
  g_assert_cmpstr (ama_agenda_item_get_title (i1), ==, "MINUTES OF THE PREVIOUS MEETING");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (i1)), ==, 1);
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_mover (i1)), ==, "Read");
  g_assert_cmpstr (ama_person_get_name (ama_agenda_item_get_seconder (i1)), ==, "Watson");
  g_assert_cmpstr (ama_agenda_item_get_number (i2), ==, "3");
  g_assert_cmpstr (ama_agenda_item_get_description (i2), ==, "To receive the scrutiny review and recommendations.");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_resolutions (i2)), ==, 2);
  g_assert_null (ama_agenda_item_get_mover (i2));

  /* Apologies decide nothing: information, not a warning. */
  g_assert_cmpuint (count_diag (diags, "minutes-no-resolution", &line, NULL), ==, 1);
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (count_severity (diags, AMA_SEVERITY_WARNING), ==, 0);
  g_assert_cmpuint (count_diag (diags, "minutes-no-purpose", NULL, NULL), ==, 0);
}

/* A heading with the purpose on the next line, no blank between. */
static void
test_heading_then_purpose (void)
{
  const char *text = "Agenda item 7: Budget\nTo agree the budget.\n\nResolved:- That the budget be agreed.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_MINUTES, NULL, &error);
  g_autoptr(AmaAgendaItem) item = NULL;

  g_assert_no_error (error);
  item = only_item (review);
  g_assert_cmpstr (ama_agenda_item_get_number (item), ==, "7");
  g_assert_cmpstr (ama_agenda_item_get_title (item), ==, "Budget");
  g_assert_cmpstr (ama_agenda_item_get_description (item), ==, "To agree the budget.");
  assert_resolution (item, 0, NULL, "That the budget be agreed.");
}

static void
test_no_resolution (void)
{
  const char *text = "Agenda item 3\n\nTo receive a presentation.\n\nMembers asked questions.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_text (text, AMA_IMPORT_FORMAT_MINUTES, &diags, &error);
  g_autoptr(AmaAgendaItem) item = NULL;

  g_assert_no_error (error);
  item = only_item (review);
  g_assert_cmpstr (ama_agenda_item_get_narrative (item), ==, "Members asked questions.");
  g_assert_cmpuint (count_diag (diags, "minutes-no-resolution", NULL, NULL), ==, 1);
}

/* What seed 001 says agrees with the bundled review (whose meeting of
 * Council also has the body, date and title the summary sheet gives:
 * the minutes text names none of them). */
static void
test_agrees_with_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path (SEED_001, AMA_IMPORT_FORMAT_MINUTES, NULL, NULL, &error);
  g_autoptr(JsonNode) imported = NULL;
  g_autoptr(JsonNode) bundled = bundled_review ();
  static const char *const fields[] = { "description", "narrative", "resolutions", "mover", "seconder" };

  g_assert_no_error (error);
  {
    /* the bundled review was not imported: its resolutions have no source */
    g_autoptr(AmaMeeting) meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
    g_autoptr(AmaAgendaItem) item = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 0);
    GListModel *resolutions = ama_agenda_item_get_resolutions (item);

    for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
      {
        g_autoptr(AmaResolution) res = g_list_model_get_item (resolutions, i);

        g_assert_nonnull (ama_resolution_get_source (res));
        ama_resolution_set_source (res, NULL);
      }
  }
  imported = review_node (review);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *ip = g_strdup_printf ("$.meetings[0].agenda-items[0].%s", fields[i]);
      g_autofree char *bp = g_strdup_printf ("$.meetings[9].agenda-items[0].%s", fields[i]);
      assert_agrees (imported, ip, bundled, bp);
    }
}

static void
test_not_minutes (void)
{
  assert_not_of_format ("Shopping list\n\nEggs and milk.\n", AMA_IMPORT_FORMAT_MINUTES);
}

/* CRLF with a BOM, or Windows-1252 bytes: the same review. */
static void
test_saved_by_windows (void)
{
  assert_same_when_saved_by_windows (SEED_001, AMA_IMPORT_FORMAT_MINUTES, NULL);
  assert_same_when_saved_by_windows (SEED_001, AMA_IMPORT_FORMAT_MINUTES, "CP1252");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/minutes/seed-001", test_seed_001);
  g_test_add_func ("/import/minutes/variants", test_variants);
  g_test_add_func ("/import/minutes/ordered", test_ordered);
  g_test_add_func ("/import/minutes/numbered-dot", test_numbered_dot);
  g_test_add_func ("/import/minutes/inline-labels", test_inline_labels);
  g_test_add_func ("/import/minutes/letter-close-labels", test_letter_close_labels);
  g_test_add_func ("/import/minutes/dash-stem-roman-labels", test_dash_stem_roman_labels);
  g_test_add_func ("/import/minutes/year-minute-numbers", test_year_minute_numbers);
  g_test_add_func ("/import/minutes/minute-reference-items", test_minute_reference_items);
  g_test_add_func ("/import/minutes/present", test_present);
  g_test_add_func ("/import/minutes/whole-meeting", test_whole_meeting);
  g_test_add_func ("/import/minutes/heading-then-purpose", test_heading_then_purpose);
  g_test_add_func ("/import/minutes/no-resolution", test_no_resolution);
  g_test_add_func ("/import/minutes/agrees-with-bundled", test_agrees_with_bundled);
  g_test_add_func ("/import/minutes/not-minutes", test_not_minutes);

  g_test_add_func ("/import/minutes/saved-by-windows", test_saved_by_windows);

  return g_test_run ();
}
