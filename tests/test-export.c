/* test-export.c: the civic-data exports of the bundled review, and OParl
 * read back
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <ama.h>
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

#define BASE "https://libama.invalid/oparl/rotherham-ama-2017/"

static AmaReview *
load_bundled (void)
{
  g_autoptr(GFile) file = g_file_new_build_filename (AMA_SOURCE_ROOT, "examples", "data",
                                                     "rotherham-ama-2017.json", NULL);
  g_autoptr(GError) error = NULL;
  AmaReview *review = ama_review_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return review;
}

static GBytes *
export_review (AmaReview *review, AmaExportFormat format)
{
  g_autoptr(AmaExporter) exporter = ama_exporter_new (format);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = ama_exporter_export_bytes (exporter, review, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static JsonNode *
parse (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  JsonNode *node = json_from_string (data, &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (data, "}\n") || g_str_has_suffix (data, "]\n"));
  (void) len;
  return node;
}

static JsonNode *
at (JsonNode *root, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) found = json_path_query (path, root, &error);
  JsonArray *matches;

  g_assert_no_error (error);
  matches = json_node_get_array (found);
  if (json_array_get_length (matches) != 1)
    g_error ("%s: %u matches", path, json_array_get_length (matches));
  return json_node_copy (json_array_get_element (matches, 0));
}

static void
assert_str_at (JsonNode *root, const char *path, const char *expected)
{
  g_autoptr(JsonNode) node = at (root, path);

  g_assert_cmpstr (json_node_get_string (node), ==, expected);
}

static gint64
int_at (JsonNode *root, const char *path)
{
  g_autoptr(JsonNode) node = at (root, path);

  return json_node_get_int (node);
}

static gboolean
bool_at (JsonNode *root, const char *path)
{
  g_autoptr(JsonNode) node = at (root, path);

  return json_node_get_boolean (node);
}

static guint
len_at (JsonNode *root, const char *path)
{
  g_autoptr(JsonNode) node = at (root, path);

  return json_array_get_length (json_node_get_array (node));
}

static void
test_oparl_structure (void)
{
  g_autoptr(AmaReview) review = load_bundled ();
  g_autoptr(GBytes) bytes = export_review (review, AMA_EXPORT_FORMAT_OPARL);
  g_autoptr(JsonNode) root = parse (bytes);

  assert_str_at (root, "$.system.type", "https://schema.oparl.org/1.1/System");
  assert_str_at (root, "$.system.oparlVersion", "https://schema.oparl.org/1.1/");
  assert_str_at (root, "$.body.data[0].id", BASE "body");
  assert_str_at (root, "$.body.data[0].name", "Rotherham Metropolitan Borough Council");
  assert_str_at (root, "$.body.data[0].meeting", BASE "meeting");
  g_assert_cmpuint (len_at (root, "$.body.data[0].legislativeTerm"), ==, 0);

  /* the commission first, with its five memberships */
  g_assert_cmpuint (len_at (root, "$.organization.data"), ==, 5);
  assert_str_at (root, "$.organization.data[0].name", "Improving Lives Select Commission");
  assert_str_at (root, "$.organization.data[0].id", BASE "organization/improving-lives-select-commission");
  g_assert_cmpuint (len_at (root, "$.organization.data[0].membership"), ==, 5);
  assert_str_at (root, "$.organization.data[3].name", "Council");

  /* persons, with their membership and role */
  g_assert_cmpuint (len_at (root, "$.person.data"), ==, 5);
  assert_str_at (root, "$.person.data[1].name", "Maggi Clark");
  assert_str_at (root, "$.person.data[1].formOfAddress", "Cllr");
  assert_str_at (root, "$.person.data[1].membership[0].role", "chair");
  assert_str_at (root, "$.person.data[1].membership[0].organization",
                 BASE "organization/improving-lives-select-commission");
  assert_str_at (root, "$.person.data[1].membership[0].person", BASE "person/maggi-clark");
  assert_str_at (root, "$.person.data[0].membership[0].role", "member");

  /* meetings: ids from date and kind; the council meeting's item */
  g_assert_cmpuint (len_at (root, "$.meeting.data"), ==, 10);
  assert_str_at (root, "$.meeting.data[0].id", BASE "meeting/2016-11-14-review-group");
  assert_str_at (root, "$.meeting.data[0].start", "2016-11-14T00:00:00Z");
  assert_str_at (root, "$.meeting.data[0]['ama:kind']", "review-group");
  g_assert_cmpuint (len_at (root, "$.meeting.data[0]['ama:topics']"), ==, 3);
  assert_str_at (root, "$.meeting.data[4].end", "2017-02-28T00:00:00Z");
  assert_str_at (root, "$.meeting.data[9].id", BASE "meeting/2017-10-18-council");
  assert_str_at (root, "$.meeting.data[9].organization[0]", BASE "organization/council");
  assert_str_at (root, "$.meeting.data[9].agendaItem[0].meeting", BASE "meeting/2017-10-18-council");
  g_assert_cmpint (int_at (root, "$.meeting.data[9].agendaItem[0].order"), ==, 1);
  assert_str_at (root, "$.meeting.data[9].agendaItem[0].name", ama_review_get_title (review));
  assert_str_at (root, "$.meeting.data[9].agendaItem[0].consultation", BASE "consultation/3");
  {
    g_autoptr(JsonNode) text = at (root, "$.meeting.data[9].agendaItem[0].resolutionText");
    g_assert_true (g_str_has_prefix (json_node_get_string (text), "1. That the report"));
    g_assert_nonnull (strstr (json_node_get_string (text), "\n2. That the response of Cabinet"));
  }
  assert_str_at (root, "$.meeting.data[9].agendaItem[0]['ama:mover'].name", "Clark");
  assert_str_at (root, "$.meeting.data[9].agendaItem[0]['ama:seconder'].name", "Allcock");
  g_assert_cmpuint (len_at (root, "$.meeting.data[9].agendaItem[0]['ama:resolutions']"), ==, 2);

  /* the report, its consultations and files; the response */
  g_assert_cmpuint (len_at (root, "$.paper.data"), ==, 2);
  assert_str_at (root, "$.paper.data[0].id", BASE "paper/report");
  assert_str_at (root, "$.paper.data[0].reference", "rotherham-ama-2017");
  assert_str_at (root, "$.paper.data[0].paperType", "Scrutiny review report");
  assert_str_at (root, "$.paper.data[0].originatorOrganization[0]",
                 BASE "organization/improving-lives-select-commission");
  assert_str_at (root, "$.paper.data[0]['ama:status']", "responded");
  g_assert_cmpuint (len_at (root, "$.paper.data[0]['ama:recommendations']"), ==, 5);
  g_assert_cmpuint (len_at (root, "$.paper.data[0].consultation"), ==, 3);
  assert_str_at (root, "$.paper.data[0].consultation[0].role", "approved");
  g_assert_true (bool_at (root, "$.paper.data[0].consultation[0].authoritative"));
  g_assert_false (bool_at (root, "$.paper.data[0].consultation[2].authoritative"));
  assert_str_at (root, "$.paper.data[0].consultation[0]['ama:date']", "2017-09-12");
  assert_str_at (root, "$.paper.data[0].consultation[2].meeting", BASE "meeting/2017-10-18-council");
  assert_str_at (root, "$.paper.data[0].consultation[2].agendaItem", BASE "agenda-item/2017-10-18-council-1");
  assert_str_at (root, "$.paper.data[0].mainFile['ama:kind']", "summary-sheet");
  g_assert_cmpuint (len_at (root, "$.paper.data[0].auxiliaryFile"), ==, 6);
  assert_str_at (root, "$.paper.data[1].paperType", "Executive response");
  assert_str_at (root, "$.paper.data[1].relatedPaper[0]", BASE "paper/report");
  assert_str_at (root, "$.paper.data[1].mainFile['ama:kind']", "response");
  g_assert_cmpint (int_at (root, "$.paper.data[1].mainFile['ama:position']"), ==, 7);
  g_assert_cmpuint (len_at (root, "$.paper.data[1]['ama:responses']"), ==, 5);
  assert_str_at (root, "$.paper.data[1]['ama:responses'][3].response.officer['name-as-written']", "lan Thomas");
}

static void
test_deterministic (void)
{
  g_autoptr(AmaReview) review = load_bundled ();
  g_autoptr(AmaExporter) exporter = ama_exporter_new (AMA_EXPORT_FORMAT_OPARL);
  g_autoptr(GError) error = NULL;

  for (AmaExportFormat f = AMA_EXPORT_FORMAT_OPARL; f <= AMA_EXPORT_FORMAT_OCD; f++)
    {
      g_autoptr(GBytes) a = export_review (review, f);
      g_autoptr(GBytes) b = export_review (review, f);
      AmaExportFormat back;

      g_assert_true (g_bytes_equal (a, b));
      g_assert_true (ama_export_format_from_string (ama_export_format_to_string (f), &back));
      g_assert_cmpint (back, ==, f);
    }
  g_assert_false (ama_export_format_from_string ("oparl2", &(AmaExportFormat) { 0 }));

  /* the base URL is every id's start; a trailing '/' is dropped */
  ama_exporter_set_base_url (exporter, "https://ris.example.org/oparl/v1/");
  g_assert_cmpstr (ama_exporter_get_base_url (exporter), ==, "https://ris.example.org/oparl/v1");
  {
    g_autoptr(GBytes) bytes = ama_exporter_export_bytes (exporter, review, &error);
    g_autoptr(JsonNode) root = NULL;

    g_assert_no_error (error);
    root = parse (bytes);
    assert_str_at (root, "$.body.data[0].id", "https://ris.example.org/oparl/v1/rotherham-ama-2017/body");
    g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "libama.invalid"));
  }
  ama_exporter_set_base_url (exporter, NULL);
  g_assert_cmpstr (ama_exporter_get_base_url (exporter), ==, "https://libama.invalid/oparl");
}

static AmaReview *
import_oparl (GBytes *bytes, GListModel **diagnostics)
{
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  AmaReview *review;

  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_OPARL);
  review = ama_importer_import_bytes (importer, bytes, &error);
  g_assert_no_error (error);
  if (diagnostics)
    *diagnostics = g_object_ref (ama_importer_get_diagnostics (importer));
  return review;
}

static void
assert_same_person (AmaPerson *a, AmaPerson *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  g_assert_cmpstr (ama_person_get_name (a), ==, ama_person_get_name (b));
  g_assert_cmpstr (ama_person_get_name_as_written (a), ==, ama_person_get_name_as_written (b));
  g_assert_cmpstr (ama_person_get_honorific (a), ==, ama_person_get_honorific (b));
  g_assert_cmpstr (ama_person_get_role (a), ==, ama_person_get_role (b));
  g_assert_cmpstr (ama_person_get_phone (a), ==, ama_person_get_phone (b));
  g_assert_cmpstr (ama_person_get_email (a), ==, ama_person_get_email (b));
}

static void
assert_same_date (GDateTime *a, GDateTime *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_true (g_date_time_equal (a, b));
}

static void
assert_same_strv (const char * const *a, const char * const *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_true (g_strv_equal (a, b));
}

/* Field by field: every fact of @a is in @b. */
static void
assert_same_review (AmaReview *a, AmaReview *b)
{
  GListModel *ma = ama_review_get_members (a), *mb = ama_review_get_members (b);
  GListModel *ra = ama_review_get_recommendations (a), *rb = ama_review_get_recommendations (b);
  GListModel *ga = ama_review_get_meetings (a), *gb = ama_review_get_meetings (b);
  GListModel *ca = ama_review_get_considerations (a), *cb = ama_review_get_considerations (b);
  GListModel *da = ama_review_get_documents (a), *db = ama_review_get_documents (b);

  g_assert_cmpstr (ama_review_get_id (a), ==, ama_review_get_id (b));
  g_assert_cmpstr (ama_review_get_title (a), ==, ama_review_get_title (b));
  g_assert_cmpstr (ama_review_get_authority (a), ==, ama_review_get_authority (b));
  g_assert_cmpstr (ama_review_get_body (a), ==, ama_review_get_body (b));
  g_assert_cmpstr (ama_review_get_summary (a), ==, ama_review_get_summary (b));
  g_assert_cmpstr (ama_review_get_scope (a), ==, ama_review_get_scope (b));
  g_assert_cmpint (ama_review_get_status (a), ==, ama_review_get_status (b));
  assert_same_strv (ama_review_get_terms_of_reference (a), ama_review_get_terms_of_reference (b));

  g_assert_cmpuint (g_list_model_get_n_items (ma), ==, g_list_model_get_n_items (mb));
  for (guint i = 0; i < g_list_model_get_n_items (ma); i++)
    {
      g_autoptr(AmaMember) x = g_list_model_get_item (ma, i);
      g_autoptr(AmaMember) y = g_list_model_get_item (mb, i);

      assert_same_person (ama_member_get_person (x), ama_member_get_person (y));
      g_assert_cmpint (ama_member_get_role (x), ==, ama_member_get_role (y));
      g_assert_cmpstr (ama_member_get_party (x), ==, ama_member_get_party (y));
      g_assert_cmpstr (ama_member_get_ward (x), ==, ama_member_get_ward (y));
    }

  g_assert_cmpuint (g_list_model_get_n_items (ra), ==, g_list_model_get_n_items (rb));
  for (guint i = 0; i < g_list_model_get_n_items (ra); i++)
    {
      g_autoptr(AmaRecommendation) x = g_list_model_get_item (ra, i);
      g_autoptr(AmaRecommendation) y = g_list_model_get_item (rb, i);
      AmaResponse *p = ama_recommendation_get_response (x), *q = ama_recommendation_get_response (y);
      GListModel *ua = ama_recommendation_get_updates (x), *ub = ama_recommendation_get_updates (y);

      g_assert_cmpstr (ama_recommendation_get_number (x), ==, ama_recommendation_get_number (y));
      g_assert_cmpstr (ama_recommendation_get_text (x), ==, ama_recommendation_get_text (y));
      assert_same_strv (ama_recommendation_get_points (x), ama_recommendation_get_points (y));
      g_assert_true ((p == NULL) == (q == NULL));
      if (p != NULL)
        {
          AmaDeadline *dp = ama_response_get_action_by (p), *dq = ama_response_get_action_by (q);

          g_assert_cmpint (ama_response_get_decision (p), ==, ama_response_get_decision (q));
          g_assert_cmpint (ama_response_get_inferred_decision (p), ==, ama_response_get_inferred_decision (q));
          g_assert_cmpstr (ama_response_get_text (p), ==, ama_response_get_text (q));
          assert_same_person (ama_response_get_officer (p), ama_response_get_officer (q));
          g_assert_true ((dp == NULL) == (dq == NULL));
          if (dp != NULL)
            g_assert_true (ama_deadline_equal (dp, dq));
          g_assert_cmpint (ama_response_get_no_further_action (p), ==, ama_response_get_no_further_action (q));
          assert_same_date (ama_response_get_reconsider_on (p), ama_response_get_reconsider_on (q));
          assert_same_date (ama_response_get_date (p), ama_response_get_date (q));
        }
      g_assert_cmpuint (g_list_model_get_n_items (ua), ==, g_list_model_get_n_items (ub));
      for (guint j = 0; j < g_list_model_get_n_items (ua); j++)
        {
          g_autoptr(AmaProgressUpdate) u = g_list_model_get_item (ua, j);
          g_autoptr(AmaProgressUpdate) v = g_list_model_get_item (ub, j);

          assert_same_date (ama_progress_update_get_date (u), ama_progress_update_get_date (v));
          g_assert_cmpint (ama_progress_update_get_status (u), ==, ama_progress_update_get_status (v));
          g_assert_cmpstr (ama_progress_update_get_note (u), ==, ama_progress_update_get_note (v));
        }
    }

  g_assert_cmpuint (g_list_model_get_n_items (ga), ==, g_list_model_get_n_items (gb));
  for (guint i = 0; i < g_list_model_get_n_items (ga); i++)
    {
      g_autoptr(AmaMeeting) x = g_list_model_get_item (ga, i);
      g_autoptr(AmaMeeting) y = g_list_model_get_item (gb, i);
      GListModel *ia = ama_meeting_get_agenda_items (x), *ib = ama_meeting_get_agenda_items (y);
      GListModel *aa = ama_meeting_get_attendees (x), *ab = ama_meeting_get_attendees (y);

      g_assert_cmpstr (ama_meeting_get_id (x), ==, ama_meeting_get_id (y));
      g_assert_cmpstr (ama_meeting_get_body (x), ==, ama_meeting_get_body (y));
      assert_same_date (ama_meeting_get_date (x), ama_meeting_get_date (y));
      assert_same_date (ama_meeting_get_end_date (x), ama_meeting_get_end_date (y));
      g_assert_cmpstr (ama_meeting_get_time (x), ==, ama_meeting_get_time (y));
      g_assert_cmpstr (ama_meeting_get_location (x), ==, ama_meeting_get_location (y));
      g_assert_cmpint (ama_meeting_get_kind (x), ==, ama_meeting_get_kind (y));
      g_assert_cmpstr (ama_meeting_get_status (x), ==, ama_meeting_get_status (y));
      assert_same_strv (ama_meeting_get_topics (x), ama_meeting_get_topics (y));
      g_assert_cmpuint (g_list_model_get_n_items (aa), ==, g_list_model_get_n_items (ab));
      for (guint j = 0; j < g_list_model_get_n_items (aa); j++)
        {
          g_autoptr(AmaMember) u = g_list_model_get_item (aa, j);
          g_autoptr(AmaMember) v = g_list_model_get_item (ab, j);

          assert_same_person (ama_member_get_person (u), ama_member_get_person (v));
          g_assert_cmpint (ama_member_get_role (u), ==, ama_member_get_role (v));
        }
      g_assert_cmpuint (g_list_model_get_n_items (ia), ==, g_list_model_get_n_items (ib));
      for (guint j = 0; j < g_list_model_get_n_items (ia); j++)
        {
          g_autoptr(AmaAgendaItem) u = g_list_model_get_item (ia, j);
          g_autoptr(AmaAgendaItem) v = g_list_model_get_item (ib, j);
          GListModel *sa = ama_agenda_item_get_resolutions (u), *sb = ama_agenda_item_get_resolutions (v);

          g_assert_cmpstr (ama_agenda_item_get_number (u), ==, ama_agenda_item_get_number (v));
          g_assert_cmpstr (ama_agenda_item_get_title (u), ==, ama_agenda_item_get_title (v));
          g_assert_cmpstr (ama_agenda_item_get_description (u), ==, ama_agenda_item_get_description (v));
          g_assert_cmpstr (ama_agenda_item_get_narrative (u), ==, ama_agenda_item_get_narrative (v));
          assert_same_person (ama_agenda_item_get_mover (u), ama_agenda_item_get_mover (v));
          assert_same_person (ama_agenda_item_get_seconder (u), ama_agenda_item_get_seconder (v));
          g_assert_cmpuint (g_list_model_get_n_items (sa), ==, g_list_model_get_n_items (sb));
          for (guint k = 0; k < g_list_model_get_n_items (sa); k++)
            {
              g_autoptr(AmaResolution) s = g_list_model_get_item (sa, k);
              g_autoptr(AmaResolution) t = g_list_model_get_item (sb, k);

              g_assert_cmpstr (ama_resolution_get_number (s), ==, ama_resolution_get_number (t));
              g_assert_cmpstr (ama_resolution_get_text (s), ==, ama_resolution_get_text (t));
            }
          g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_documents (u)), ==,
                            g_list_model_get_n_items (ama_agenda_item_get_documents (v)));
        }
    }

  g_assert_cmpuint (g_list_model_get_n_items (ca), ==, g_list_model_get_n_items (cb));
  for (guint i = 0; i < g_list_model_get_n_items (ca); i++)
    {
      g_autoptr(AmaConsideration) x = g_list_model_get_item (ca, i);
      g_autoptr(AmaConsideration) y = g_list_model_get_item (cb, i);

      g_assert_cmpstr (ama_consideration_get_body (x), ==, ama_consideration_get_body (y));
      assert_same_date (ama_consideration_get_date (x), ama_consideration_get_date (y));
      g_assert_cmpstr (ama_consideration_get_outcome (x), ==, ama_consideration_get_outcome (y));
    }

  g_assert_cmpuint (g_list_model_get_n_items (da), ==, g_list_model_get_n_items (db));
  for (guint i = 0; i < g_list_model_get_n_items (da); i++)
    {
      g_autoptr(AmaDocument) x = g_list_model_get_item (da, i);
      g_autoptr(AmaDocument) y = g_list_model_get_item (db, i);

      g_assert_cmpstr (ama_document_get_title (x), ==, ama_document_get_title (y));
      g_assert_cmpint (ama_document_get_kind (x), ==, ama_document_get_kind (y));
      g_assert_cmpstr (ama_document_get_label (x), ==, ama_document_get_label (y));
      g_assert_cmpstr (ama_document_get_uri (x), ==, ama_document_get_uri (y));
      assert_same_date (ama_document_get_date (x), ama_document_get_date (y));
      g_assert_cmpstr (ama_document_get_body (x), ==, ama_document_get_body (y));
      g_assert_cmpstr (ama_document_get_summary (x), ==, ama_document_get_summary (y));
      g_assert_cmpuint (g_list_model_get_n_items (ama_document_get_sections (x)), ==,
                        g_list_model_get_n_items (ama_document_get_sections (y)));
    }

  g_assert_true ((ama_review_get_appraisal (a) == NULL) == (ama_review_get_appraisal (b) == NULL));

  /* and nothing else differs either */
  {
    g_autofree char *ja = ama_review_to_data (a, NULL);
    g_autofree char *jb = ama_review_to_data (b, NULL);

    g_assert_cmpstr (ja, ==, jb);
  }
}

static void
test_oparl_round_trip_bundled (void)
{
  g_autoptr(AmaReview) review = load_bundled ();
  g_autoptr(GBytes) first = export_review (review, AMA_EXPORT_FORMAT_OPARL);
  g_autoptr(GListModel) diagnostics = NULL;
  g_autoptr(AmaReview) back = import_oparl (first, &diagnostics);
  g_autoptr(GBytes) second = export_review (back, AMA_EXPORT_FORMAT_OPARL);

  assert_same_review (review, back);
  g_assert_true (g_bytes_equal (first, second));

  /* the only thing not kept is the System, and it is said */
  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), ==, 1);
  {
    g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, 0);
    g_assert_cmpstr (ama_diagnostic_get_code (d), ==, "oparl-ignored");
    g_assert_cmpstr (ama_diagnostic_get_path (d), ==, "$.system");
  }
}

/* What the bundled review does not have: attendees with a party, a
 * meeting's place, time and status, progress, a document without an
 * address, repeated names, agenda item documents. */
static AmaReview *
rich_review (void)
{
  AmaReview *review = ama_review_new ();
  g_autoptr(GDateTime) d1 = g_date_time_new_utc (2018, 3, 5, 0, 0, 0);
  g_autoptr(GDateTime) d2 = g_date_time_new_utc (2018, 6, 30, 0, 0, 0);
  g_autoptr(AmaPerson) smith = ama_person_new ("Jo Smith");
  g_autoptr(AmaPerson) smith2 = ama_person_new ("Jo Smith");
  g_autoptr(AmaMember) m1 = ama_member_new (smith, AMA_MEMBER_ROLE_VICE_CHAIR);
  g_autoptr(AmaMember) m2 = ama_member_new (smith2, AMA_MEMBER_ROLE_CO_OPTED);
  g_autoptr(AmaMeeting) meeting = ama_meeting_new ("Cabinet", d1);
  g_autoptr(AmaMeeting) repeat = ama_meeting_new ("Cabinet", d1);
  g_autoptr(AmaAgendaItem) item = ama_agenda_item_new ("7", "Response to the review");
  g_autoptr(AmaResolution) res = ama_resolution_new (NULL, "That the response be approved.");
  g_autoptr(AmaDocument) doc = ama_document_new (AMA_DOCUMENT_KIND_MINUTES, "Minutes");
  g_autoptr(AmaDocument) item_doc = ama_document_new (AMA_DOCUMENT_KIND_REPORT, "Cabinet report");
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "Do the thing.");
  g_autoptr(AmaRecommendation) unnumbered = ama_recommendation_new (NULL, "And another.");
  g_autoptr(AmaResponse) response = ama_response_new ();
  g_autoptr(AmaResponse) response2 = ama_response_new ();
  g_autoptr(AmaProgressUpdate) update = ama_progress_update_new (d2, AMA_PROGRESS_IN_PROGRESS, "Under way");
  g_autoptr(AmaConsideration) consideration = ama_consideration_new ("Cabinet", d1, "agreed");
  const char *topics[] = { "Response", NULL };

  ama_review_set_id (review, "Rich Review 2018");
  ama_review_set_title (review, "Rich review");
  ama_review_set_body (review, "Overview and Scrutiny Committee");
  ama_person_set_email (smith, "jo@example.invalid");
  ama_person_set_phone (smith, "01234 567890");
  ama_person_set_role (smith2, "Parent governor");
  ama_member_set_party (m1, "Green");
  ama_member_set_ward (m1, "Central");
  ama_review_add_member (review, m1);
  ama_review_add_member (review, m2);
  /* the same person a member twice: one Person, two Memberships, and
   * the review's order still m1, m2, m3 */
  {
    g_autoptr(AmaMember) m3 = ama_member_new (smith, AMA_MEMBER_ROLE_MEMBER);
    ama_review_add_member (review, m3);
  }

  ama_meeting_set_location (meeting, "Town Hall, Committee Room 1");
  ama_meeting_set_time (meeting, "10.00 a.m.");
  ama_meeting_set_status (meeting, "Cancelled");
  ama_meeting_set_kind (meeting, AMA_MEETING_KIND_CABINET);
  ama_meeting_set_end_date (meeting, d2);
  ama_meeting_set_topics (meeting, topics);
  ama_meeting_add_attendee (meeting, m1);
  ama_agenda_item_add_resolution (item, res);
  ama_agenda_item_add_document (item, item_doc);
  ama_agenda_item_set_mover (item, smith);
  ama_meeting_add_agenda_item (meeting, item);
  ama_review_add_meeting (review, meeting);
  ama_meeting_set_kind (repeat, AMA_MEETING_KIND_CABINET);
  ama_review_add_meeting (review, repeat);

  ama_document_set_label (doc, "Item 7");
  ama_review_add_document (review, doc);
  ama_review_add_consideration (review, consideration);

  ama_response_set_decision (response, AMA_DECISION_ACCEPTED);
  ama_response_set_date (response, d1);
  ama_recommendation_set_response (rec, response);
  ama_recommendation_add_update (rec, update);
  ama_review_add_recommendation (review, rec);
  ama_response_set_decision (response2, AMA_DECISION_DEFERRED);
  ama_recommendation_set_response (unnumbered, response2);
  ama_review_add_recommendation (review, unnumbered);
  return review;
}

static void
test_oparl_round_trip_rich (void)
{
  g_autoptr(AmaReview) review = rich_review ();
  g_autoptr(GBytes) first = export_review (review, AMA_EXPORT_FORMAT_OPARL);
  g_autoptr(JsonNode) root = parse (first);
  g_autoptr(AmaReview) back = import_oparl (first, NULL);
  g_autoptr(GBytes) second = export_review (back, AMA_EXPORT_FORMAT_OPARL);

  /* two people of one name are two Persons */
  assert_str_at (root, "$.person.data[0].id", "https://libama.invalid/oparl/rich-review-2018/person/jo-smith");
  assert_str_at (root, "$.person.data[1].id", "https://libama.invalid/oparl/rich-review-2018/person/jo-smith-2");
  assert_str_at (root, "$.person.data[0].email[0]", "jo@example.invalid");
  assert_str_at (root, "$.person.data[1].status[0]", "Parent governor");
  assert_str_at (root, "$.person.data[0].membership[0]['ama:party']", "Green");
  g_assert_cmpuint (len_at (root, "$.person.data[0].membership"), ==, 2);
  g_assert_cmpint (int_at (root, "$.person.data[0].membership[1]['ama:position']"), ==, 2);
  /* a repeated meeting gets its own id */
  assert_str_at (root, "$.meeting.data[1].id", "https://libama.invalid/oparl/rich-review-2018/meeting/2018-03-05-cabinet-2");
  assert_str_at (root, "$.meeting.data[0].meetingState", "Cancelled");
  g_assert_true (bool_at (root, "$.meeting.data[0].cancelled"));
  assert_str_at (root, "$.meeting.data[0].location.description", "Town Hall, Committee Room 1");
  assert_str_at (root, "$.meeting.data[0].participant[0]", "https://libama.invalid/oparl/rich-review-2018/person/jo-smith");
  assert_str_at (root, "$.meeting.data[0].agendaItem[0].resolutionText", "That the response be approved.");
  assert_str_at (root, "$.meeting.data[0].agendaItem[0].auxiliaryFile[0].name", "Cabinet report");
  /* a document without an address is reached through its own id */
  assert_str_at (root, "$.paper.data[0].mainFile.accessUrl", "https://libama.invalid/oparl/rich-review-2018/file/1");
  assert_str_at (root, "$.paper.data[0].consultation[0].meeting",
                 "https://libama.invalid/oparl/rich-review-2018/meeting/2018-03-05-cabinet");
  g_assert_true (bool_at (root, "$.paper.data[0].consultation[0].authoritative"));
  g_assert_cmpint (int_at (root, "$.paper.data[1]['ama:responses'][1]['recommendation-index']"), ==, 1);

  assert_same_review (review, back);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_popolo_and_ocd (void)
{
  g_autoptr(AmaReview) review = rich_review ();
  g_autoptr(GBytes) popolo = export_review (review, AMA_EXPORT_FORMAT_POPOLO);
  g_autoptr(GBytes) ocd = export_review (review, AMA_EXPORT_FORMAT_OCD);
  g_autoptr(JsonNode) p = parse (popolo);
  g_autoptr(JsonNode) o = parse (ocd);

  /* the party as an organization the membership is on behalf of */
  assert_str_at (p, "$.organizations[0].name", "Overview and Scrutiny Committee");
  assert_str_at (p, "$.organizations[1].classification", "party");
  assert_str_at (p, "$.memberships[0].on_behalf_of_id", "https://libama.invalid/oparl/rich-review-2018/party/green");
  assert_str_at (p, "$.memberships[0].role", "vice-chair");
  assert_str_at (p, "$.memberships[0]['ama:ward']", "Central");
  assert_str_at (p, "$.persons[0].contact_details[0].value", "01234 567890");
  assert_str_at (p, "$.motions[0].creator_id", "https://libama.invalid/oparl/rich-review-2018/person/jo-smith");
  assert_str_at (p, "$.motions[0].legislative_session_id", "https://libama.invalid/oparl/rich-review-2018/event/2018-03-05-cabinet");
  assert_str_at (p, "$.events[0].classification", "cabinet");

  g_assert_cmpuint (json_array_get_length (json_node_get_array (o)), ==, 2);
  assert_str_at (o, "$[0].status", "cancelled");
  assert_str_at (o, "$[0].extras['ama:status']", "Cancelled");
  assert_str_at (o, "$[0].location.name", "Town Hall, Committee Room 1");
  assert_str_at (o, "$[0].participants[1].name", "Jo Smith");
  assert_str_at (o, "$[0].documents[0].note", "Cabinet report");
  assert_str_at (o, "$[0].agenda[0].notes[0]", "That the response be approved.");
  {
    g_autoptr(JsonNode) a = at (o, "$[0].id");
    g_autoptr(JsonNode) b = at (o, "$[1].id");
    g_assert_cmpstr (json_node_get_string (a), !=, json_node_get_string (b));
  }
}

static void
test_export_file (void)
{
  g_autoptr(AmaReview) review = load_bundled ();
  g_autoptr(AmaExporter) exporter = ama_exporter_new (AMA_EXPORT_FORMAT_POPOLO);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ama-export-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) bad = NULL;
  g_autoptr(GBytes) bytes = export_review (review, AMA_EXPORT_FORMAT_POPOLO);
  gsize len;

  g_assert_no_error (error);
  path = g_build_filename (dir, "out.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (ama_exporter_export_file (exporter, review, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  bad = g_file_new_build_filename (dir, "no-such-folder", "out.json", NULL);
  g_assert_false (ama_exporter_export_file (exporter, review, bad, NULL, &error));
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));

  g_unlink (path);
  g_rmdir (dir);
}

/* Bad OParl: each error names the place in the input. */
static void
test_bad_oparl (void)
{
#define M "{\"id\":\"m\",\"type\":\"https://schema.oparl.org/1.1/Meeting\""
#define P "{\"id\":\"p\",\"type\":\"https://schema.oparl.org/1.1/Paper\",\"paperType\":\"Scrutiny review report\""
  static const struct {
    const char *input;
    int code;
    const char *message;
  } cases[] = {
    { "{\"type\": 7}", AMA_ERROR_INVALID, "$.type: expected a string" },
    { "[{\"foo\": 1}]", AMA_ERROR_UNSUPPORTED_FORMAT, "$: no OParl object (an object whose type is https://schema.oparl.org/1.x/…)" },
    { "{\"data\": {}}", AMA_ERROR_INVALID, "$.data: expected an array" },
    { "{\"data\": [], \"links\": {\"next\": 3}}", AMA_ERROR_INVALID, "$.links.next: expected a string" },
    { "{\"meeting\": {\"data\": [" M ",\"start\":\"18 October 2017\"}]}}", AMA_ERROR_INVALID,
      "$.meeting.data[0].start: “18 October 2017” is not a date (YYYY-MM-DD) or date-time" },
    { "[" M ",\"agendaItem\":{}}]", AMA_ERROR_INVALID, "$[0].agendaItem: expected an array" },
    { "[" M ",\"agendaItem\":[{\"order\":\"1\"}]}]", AMA_ERROR_INVALID, "$[0].agendaItem[0].order: expected an integer" },
    { "[" M ",\"agendaItem\":[3]}]", AMA_ERROR_INVALID, "$[0].agendaItem[0]: expected an object" },
    { "[" M ",\"cancelled\":\"no\"}]", AMA_ERROR_INVALID, "$[0].cancelled: expected true or false" },
    { "[" M ",\"participant\":[1]}]", AMA_ERROR_INVALID, "$[0].participant[0]: expected a string" },
    { "[" M ",\"ama:kind\":\"picnic\"}]", AMA_ERROR_INVALID,
      "$[0].ama:kind: unknown value “picnic” (expected one of: other, review-group, workshop, visits, board, committee, cabinet, council)" },
    { P ",\"ama:recommendations\":[{\"number\":1}]}", AMA_ERROR_INVALID,
      "$.ama:recommendations[0].number: expected a string, got an integer" },
    { P ",\"mainFile\":{\"id\":\"f\",\"accessUrl\":\"x\",\"ama:position\":-1}}", AMA_ERROR_INVALID,
      "$.mainFile.ama:position: expected an integer of 0 or more" },
    { P ",\"consultation\":[{\"role\":false}]}", AMA_ERROR_INVALID, "$.consultation[0].role: expected a string" },
    { P ",\"ama:appraisal\":{\"criteria\":[{\"id\":\"a\"},{\"id\":\"a\"}]}}", AMA_ERROR_DUPLICATE,
      "$.ama:appraisal.criteria[1].id: “a” is already the id of $.ama:appraisal.criteria[0]" },
    { "[" P ",\"ama:recommendations\":[{\"number\":\"1\"}]},"
      "{\"id\":\"r\",\"type\":\"https://schema.oparl.org/1.1/Paper\",\"ama:responses\":[{\"recommendation\":\"9\"}]}]",
      AMA_ERROR_REFERENCE, "$[1].ama:responses[0].recommendation: no recommendation numbered “9” in the report's ama:recommendations" },
    { "[" P ",\"ama:recommendations\":[{\"number\":\"1\"}]},"
      "{\"id\":\"r\",\"type\":\"https://schema.oparl.org/1.1/Paper\",\"ama:responses\":[{\"recommendation\":\"1\",\"response\":{\"decision\":\"maybe\"}}]}]",
      AMA_ERROR_INVALID, NULL },
    { "[" M ",\"participant\":[\"x\"]},{\"id\":\"x\",\"type\":\"https://schema.oparl.org/1.1/Person\",\"phone\":\"0\"}]",
      AMA_ERROR_INVALID, "$[1].phone: expected an array" },
    { "{\"a\": [1, 2,]}", AMA_ERROR_PARSE, NULL },
    { "{\"a\": 1, \"a\": 2}", AMA_ERROR_DUPLICATE, NULL },
    { "", AMA_ERROR_PARSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AmaImporter) importer = ama_importer_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = NULL;

      ama_importer_set_format (importer, AMA_IMPORT_FORMAT_OPARL);
      review = ama_importer_import_data (importer, cases[i].input, -1, &error);
      g_test_message ("case %u: %s", i, error ? error->message : "(no error)");
      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      else
        g_assert_true (error->message[0] == '$' || g_str_has_prefix (error->message, "line "));
    }
  /* the response's own reader names the place inside the extension */
  {
    g_autoptr(AmaImporter) importer = ama_importer_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(AmaReview) review = NULL;

    review = ama_importer_import_data (importer, cases[16].input, -1, &error);
    g_assert_true (g_str_has_prefix (error->message, "$[1].ama:responses[0].response.decision: "));
  }
  /* nesting past the limit is refused before parsing */
  {
    g_autoptr(GString) deep = g_string_new ("{\"type\":\"https://schema.oparl.org/1.1/Body\",\"x\":");
    g_autoptr(AmaImporter) importer = ama_importer_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(AmaReview) review = NULL;

    for (guint i = 0; i < 200; i++)
      g_string_append_c (deep, '[');
    for (guint i = 0; i < 200; i++)
      g_string_append_c (deep, ']');
    g_string_append_c (deep, '}');
    review = ama_importer_import_data (importer, deep->str, deep->len, &error);
    g_assert_null (review);
    g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
  }
#undef M
#undef P
}

static void
test_oparl_detect_and_lists (void)
{
  static const char page1[] =
    "{\"data\": [{\"id\": \"https://x.example/m/1\", \"type\": \"https://schema.oparl.org/1.0/Meeting\","
    " \"start\": \"2014-05-06T18:30:00+02:00\", \"organization\": [\"https://x.example/o/1\"],"
    " \"participant\": [\"https://x.example/p/1\", \"https://x.example/p/404\"]}],"
    " \"pagination\": {}, \"links\": {\"next\": \"https://x.example/m?page=2\"}}";
  static const char dump[] =
    "[{\"data\": [{\"id\": \"https://x.example/o/1\", \"type\": \"https://schema.oparl.org/1.1/Organization\","
    " \"name\": \"Finanzausschuss\"}]},"
    " {\"id\": \"https://x.example/p/1\", \"type\": \"https://schema.oparl.org/1.1/Person\","
    " \"givenName\": \"Max\", \"familyName\": \"Muster\", \"formOfAddress\": \"Herr\"},"
    " %s]";
  g_autofree char *text = g_strdup_printf (dump, page1);
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaMember) attendee = NULL;
  GListModel *diagnostics;
  gboolean next_seen = FALSE, unresolved_seen = FALSE;

  g_assert_cmpint (ama_import_detect (text, -1), ==, AMA_IMPORT_FORMAT_OPARL);
  g_assert_cmpint (ama_import_format_from_string ("oparl"), ==, AMA_IMPORT_FORMAT_OPARL);
  g_assert_cmpstr (ama_import_format_to_string (AMA_IMPORT_FORMAT_OPARL), ==, "oparl");

  review = ama_importer_import_data (importer, text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  g_assert_cmpstr (ama_meeting_get_body (meeting), ==, "Finanzausschuss");
  g_assert_cmpstr (ama_meeting_get_time (meeting), ==, "18:30");
  g_assert_cmpint (g_date_time_get_day_of_month (ama_meeting_get_date (meeting)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_attendees (meeting)), ==, 1);
  attendee = g_list_model_get_item (ama_meeting_get_attendees (meeting), 0);
  g_assert_cmpstr (ama_person_get_name (ama_member_get_person (attendee)), ==, "Max Muster");
  g_assert_cmpstr (ama_person_get_honorific (ama_member_get_person (attendee)), ==, "Herr");

  diagnostics = ama_importer_get_diagnostics (importer);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);

      if (g_str_equal (ama_diagnostic_get_code (d), "oparl-next-page"))
        {
          next_seen = TRUE;
          g_assert_cmpstr (ama_diagnostic_get_path (d), ==, "$[2]");
        }
      if (g_str_equal (ama_diagnostic_get_code (d), "oparl-unresolved"))
        {
          unresolved_seen = TRUE;
          g_assert_cmpstr (ama_diagnostic_get_path (d), ==, "$[2].data[0].participant[1]");
        }
    }
  g_assert_true (next_seen);
  g_assert_true (unresolved_seen);
}

static void
test_spec_examples (void)
{
  static const char * const names[] = {
    "Body-01.json", "File-01.json", "Location-01.json", "Meeting-01.json",
    "Organization-01.json", "Paper-01.json", "Person-01.json", "System-01.json",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "oparl", "examples", names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(AmaImporter) importer = ama_importer_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = ama_importer_import_file (importer, file, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (review);
      if (g_str_equal (names[i], "Paper-01.json"))
        {
          g_autoptr(AmaConsideration) c = NULL;

          g_assert_cmpstr (ama_review_get_title (review), ==, "Antwort auf Anfrage 1200/2014");
          g_assert_cmpstr (ama_review_get_id (review), ==, "1234/2014");
          g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_documents (review)), ==, 2);
          g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_considerations (review)), ==, 1);
          c = g_list_model_get_item (ama_review_get_considerations (review), 0);
          g_assert_nonnull (ama_consideration_get_outcome (c));
        }
      if (g_str_equal (names[i], "Body-01.json"))
        g_assert_cmpstr (ama_review_get_authority (review), ==, "Stadt Köln, kreisfreie Stadt");
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/oparl/structure", test_oparl_structure);
  g_test_add_func ("/export/deterministic", test_deterministic);
  g_test_add_func ("/export/oparl/round-trip-bundled", test_oparl_round_trip_bundled);
  g_test_add_func ("/export/oparl/round-trip-rich", test_oparl_round_trip_rich);
  g_test_add_func ("/export/popolo-and-ocd", test_popolo_and_ocd);
  g_test_add_func ("/export/file", test_export_file);
  g_test_add_func ("/import/oparl/bad", test_bad_oparl);
  g_test_add_func ("/import/oparl/detect-and-lists", test_oparl_detect_and_lists);
  g_test_add_func ("/import/oparl/spec-examples", test_spec_examples);

  return g_test_run ();
}
