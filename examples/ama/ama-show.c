/* ama-show.c: `ama show`, a review as readable text
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

static void
show_person_line (const char *label,
                  AmaPerson  *p)
{
  if (p == NULL || ama_person_get_name (p) == NULL)
    return;
  printf ("%s%s%s%s\n", label,
          ama_person_get_honorific (p) ? ama_person_get_honorific (p) : "",
          ama_person_get_honorific (p) ? " " : "",
          ama_person_get_name (p));
}

static void print_source (const char *lead, AmaSourceRef *source);

static void
show_meetings (AmaReview *review,
               gboolean   sources)
{
  GListModel *list = ama_review_get_meetings (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  printf ("\nMeetings (%u)\n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (list, i);
      g_autofree char *d = date_iso (ama_meeting_get_date (m));
      const char * const *topics = ama_meeting_get_topics (m);
      GListModel *items = ama_meeting_get_agenda_items (m);
      g_autofree char *lead = g_strdup_printf ("  %-10s  ", d);
      g_autofree char *head = g_strdup_printf ("%s%s%s%s%s",
                                               enum_nick (AMA_TYPE_MEETING_KIND, ama_meeting_get_kind (m)),
                                               ama_meeting_get_body (m) ? ", " : "",
                                               ama_meeting_get_body (m) ? ama_meeting_get_body (m) : "",
                                               ama_meeting_get_location (m) ? ", " : "",
                                               ama_meeting_get_location (m) ? ama_meeting_get_location (m) : "");

      print_wrapped (lead, "              ", head, 78);
      if (sources && ama_meeting_get_source (m) != NULL)
        print_source ("              Source: ", ama_meeting_get_source (m));
      for (guint t = 0; topics != NULL && topics[t] != NULL; t++)
        print_wrapped ("              - ", "                ", topics[t], 78);
      for (guint k = 0; k < g_list_model_get_n_items (items); k++)
        {
          g_autoptr(AmaAgendaItem) item = g_list_model_get_item (items, k);
          GListModel *res = ama_agenda_item_get_resolutions (item);
          const char *what = ama_agenda_item_get_title (item) ? ama_agenda_item_get_title (item)
                                                              : ama_agenda_item_get_description (item);
          g_autofree char *item_lead = g_strdup_printf ("              Item %s: ",
                                                   ama_agenda_item_get_number (item) ? ama_agenda_item_get_number (item) : "-");

          print_wrapped (item_lead, "                ", what ? what : "(untitled)", 78);
          if (sources && ama_agenda_item_get_source (item) != NULL)
            print_source ("                Source: ", ama_agenda_item_get_source (item));
          for (guint r = 0; r < g_list_model_get_n_items (res); r++)
            {
              g_autoptr(AmaResolution) reso = g_list_model_get_item (res, r);
              g_autofree char *rlead = g_strdup_printf ("                Resolved (%s) ",
                                                        ama_resolution_get_number (reso) ? ama_resolution_get_number (reso) : "-");
              print_wrapped (rlead, "                  ", ama_resolution_get_text (reso), 78);
              if (sources && ama_resolution_get_source (reso) != NULL)
                print_source ("                  Source: ", ama_resolution_get_source (reso));
            }
          show_person_line ("                Mover:    ", ama_agenda_item_get_mover (item));
          show_person_line ("                Seconder: ", ama_agenda_item_get_seconder (item));
        }
    }
}

static void
show_documents (AmaReview *review)
{
  GListModel *list = ama_review_get_documents (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  printf ("\nDocuments (%u)\n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaDocument) d = g_list_model_get_item (list, i);
      g_autofree char *date = date_iso (ama_document_get_date (d));
      const char * const *wards = ama_document_get_wards (d);
      const char * const *recs = ama_document_get_recommendations (d);
      g_autofree char *head = g_strdup_printf ("%s%s%s%s: %s", enum_nick (AMA_TYPE_DOCUMENT_KIND, ama_document_get_kind (d)),
                                               ama_document_get_label (d) ? " (" : "",
                                               ama_document_get_label (d) ? ama_document_get_label (d) : "",
                                               ama_document_get_label (d) ? ")" : "",
                                               ama_document_get_title (d) ? ama_document_get_title (d) : "(untitled)");

      print_wrapped ("  ", "    ", head, 78);
      if (ama_document_get_date (d) != NULL || ama_document_get_body (d) != NULL)
        printf ("    %s%s%s\n", ama_document_get_body (d) ? ama_document_get_body (d) : "",
                ama_document_get_body (d) && ama_document_get_date (d) ? ", " : "",
                ama_document_get_date (d) ? date : "");
      if (ama_document_get_kind (d) == AMA_DOCUMENT_KIND_SUMMARY_SHEET)
        printf ("    Key decision: %s; forward plan: %s; exempt: %s; council approval: %s\n",
                ama_document_get_key_decision (d) ? "yes" : "no",
                ama_document_get_forward_plan (d) ? "yes" : "no",
                ama_document_get_exempt (d) ? "yes" : "no",
                ama_document_get_council_approval_required (d) ? "required" : "not required");
      if (ama_document_get_director (d) != NULL)
        printf ("    Director: %s\n", ama_document_get_director (d));
      if (wards != NULL && wards[0] != NULL)
        {
          g_autofree char *w = g_strjoinv (", ", (char **) wards);
          printf ("    Wards: %s\n", w);
        }
      for (guint r = 0; recs != NULL && recs[r] != NULL; r++)
        print_wrapped ("    - ", "      ", recs[r], 78);
    }
}

static void
show_considerations (AmaReview *review)
{
  GListModel *list = ama_review_get_considerations (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  printf ("\nConsidered by\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaConsideration) c = g_list_model_get_item (list, i);
      g_autofree char *d = date_iso (ama_consideration_get_date (c));
      g_autofree char *lead = g_strdup_printf ("  %-10s  ", d);
      g_autofree char *line = g_strdup_printf ("%s%s%s",
                                               ama_consideration_get_body (c) ? ama_consideration_get_body (c) : "?",
                                               ama_consideration_get_outcome (c) ? ": " : "",
                                               ama_consideration_get_outcome (c) ? ama_consideration_get_outcome (c) : "");
      print_wrapped (lead, "              ", line, 78);
    }
}

/* ---- ama show --------------------------------------------------------- */

/* "[report.pdf p. 3, line 12, table row 4]", for a reader to check the
 * fact against the page. */
static void
print_source (const char   *lead,
              AmaSourceRef *source)
{
  g_autofree char *text = source ? ama_source_ref_to_string (source) : NULL;

  printf ("%s[%s]\n", lead, text ? text : "source not recorded");
}

int
ama_cmd_show (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list;
  AmaAppraisal *appraisal;
  gboolean sources = FALSE;
  int status = 0;
  GOptionEntry entries[] = {
    { "sources", 0, 0, G_OPTION_ARG_NONE, &sources,
      "Print where each recommendation and response was read from (document, page, line, table row)", NULL },
    { NULL }
  };

  g_option_context_set_summary (context,
    "Print a review as readable text: what it is, who sat on it, each\n"
    "recommendation with the executive's response, and its meetings.\n"
    "FILE is a review document (JSON) or any document the importers read.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE, got %d", argc - 1);

  review = load_review (argv[1], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
  if (review == NULL)
    {
      print_load_error (argv[1], error);
      return status_for_error (error);
    }

  print_wrapped ("", "", ama_review_get_title (review) ? ama_review_get_title (review) : "(untitled review)", 78);
  if (ama_review_get_id (review))
    printf ("  Id:         %s\n", ama_review_get_id (review));
  if (ama_review_get_authority (review))
    printf ("  Authority:  %s\n", ama_review_get_authority (review));
  if (ama_review_get_body (review))
    printf ("  Body:       %s\n", ama_review_get_body (review));
  printf ("  Status:     %s\n", enum_nick (AMA_TYPE_REVIEW_STATUS, ama_review_get_status (review)));
  {
    g_autoptr(GDateTime) today = g_date_time_new_now_utc ();
    g_autofree char *clock = response_clock (review, today);

    if (clock != NULL)
      printf ("  Response:   due %s\n", clock);
  }

  list = ama_review_get_members (review);
  if (g_list_model_get_n_items (list) > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(AmaMember) m = g_list_model_get_item (list, i);
          AmaPerson *p = ama_member_get_person (m);
          if (i > 0)
            g_string_append (names, ", ");
          g_string_append (names, p && ama_person_get_name (p) ? ama_person_get_name (p) : "?");
          if (ama_member_get_role (m) == AMA_MEMBER_ROLE_CHAIR)
            g_string_append (names, " (Chair)");
        }
      print_wrapped ("  Members:    ", "              ", names->str, 78);
    }

  list = ama_review_get_meetings (review);
  if (g_list_model_get_n_items (list) > 0)
    {
      g_autoptr(AmaMeeting) first = g_list_model_get_item (list, 0);
      g_autoptr(AmaMeeting) last = g_list_model_get_item (list, g_list_model_get_n_items (list) - 1);
      g_autofree char *a = date_iso (ama_meeting_get_date (first));
      g_autofree char *b = date_iso (ama_meeting_get_date (last));
      printf ("  Meetings:   %u, %s to %s\n", g_list_model_get_n_items (list), a, b);
    }
  list = ama_review_get_visits (review);
  if (g_list_model_get_n_items (list) > 0)
    printf ("  Visits:     %u\n", g_list_model_get_n_items (list));

  appraisal = ama_review_get_appraisal (review);
  if (appraisal != NULL)
    printf ("  Appraisal:  %u options, %u criteria%s%s\n",
            g_list_model_get_n_items (ama_appraisal_get_options (appraisal)),
            g_list_model_get_n_items (ama_appraisal_get_criteria (appraisal)),
            ama_appraisal_get_preferred_option (appraisal) ? ", preferred: " : "",
            ama_appraisal_get_preferred_option (appraisal) ? ama_appraisal_get_preferred_option (appraisal) : "");

  if (ama_review_get_summary (review) != NULL)
    {
      printf ("\n");
      print_wrapped ("  ", "  ", ama_review_get_summary (review), 78);
    }

  show_documents (review);
  show_meetings (review, sources);
  show_considerations (review);

  list = ama_review_get_recommendations (review);
  printf ("\nRecommendations (%u)\n", g_list_model_get_n_items (list));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (list, i);
      AmaResponse *resp = ama_recommendation_get_response (rec);
      const char * const *points = ama_recommendation_get_points (rec);
      g_autofree char *lead = g_strdup_printf ("\n%4s. ", ama_recommendation_get_number (rec)
                                                      ? ama_recommendation_get_number (rec) : "?");

      print_wrapped (lead, "      ", ama_recommendation_get_text (rec), 78);
      for (guint p = 0; points != NULL && points[p] != NULL; p++)
        print_wrapped ("      - ", "        ", points[p], 78);
      if (sources)
        print_source ("      Source:    ", ama_recommendation_get_source (rec));
      if (resp == NULL)
        {
          printf ("      Response:  none recorded\n");
          continue;
        }
      if (ama_response_get_decision (resp) == AMA_DECISION_PENDING)
        {
          if (ama_response_get_inferred_decision (resp) != AMA_DECISION_PENDING)
            printf ("      Decision:  no decision recorded (the wording implies %s)\n",
                    enum_nick (AMA_TYPE_DECISION, ama_response_get_inferred_decision (resp)));
          else
            printf ("      Decision:  no decision recorded\n");
        }
      else
        printf ("      Decision:  %s\n", enum_nick (AMA_TYPE_DECISION, ama_response_get_decision (resp)));
      if (ama_response_get_text (resp))
        print_wrapped ("      Response:  ", "                 ", ama_response_get_text (resp), 78);
      if (ama_response_get_officer (resp))
        {
          AmaPerson *o = ama_response_get_officer (resp);
          if (ama_person_get_name_as_written (o) && g_strcmp0 (ama_person_get_name_as_written (o), ama_person_get_name (o)) != 0)
            printf ("      Officer:   %s (written \u201c%s\u201d)\n", ama_person_get_name (o), ama_person_get_name_as_written (o));
          else
            printf ("      Officer:   %s\n", ama_person_get_name (o));
        }
      if (ama_response_get_no_further_action (resp))
        printf ("      No further action required\n");
      if (ama_response_get_action_by (resp))
        {
          AmaDeadline *by = ama_response_get_action_by (resp);
          g_autofree char *due = date_iso (ama_deadline_get_due (by));
          printf ("      Action by: %s (%s%s%s)\n", ama_deadline_get_text (by),
                  enum_nick (AMA_TYPE_DEADLINE_KIND, ama_deadline_get_kind (by)),
                  ama_deadline_get_due (by) ? ", due " : "",
                  ama_deadline_get_due (by) ? due : "");
        }
      /* the response's own place when it is not the recommendation's
       * (a numbered report: the response follows the paragraph) */
      if (sources && !ama_source_ref_equal (ama_response_get_source (resp),
                                            ama_recommendation_get_source (rec)))
        print_source ("      Response source: ", ama_response_get_source (resp));
    }
  return 0;
}
