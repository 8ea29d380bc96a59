/* print-review.c: print a review the way a scrutiny officer reads it
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Output goes through stdio, not g_print(): g_print() converts to the
 * locale's charset, and under the C locale that turns every “ and — of
 * the council's text into '?'.
 *
 * Build against an installed libama:
 *   cc print-review.c $(pkg-config --cflags --libs libama-1) -o print-review
 */

#include <stdio.h>
#include <stdlib.h>
#include <ama.h>

static const char *
nick (GType       type,
      int         value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? ev->value_nick : "?";
}

static char *
format_date (GDateTime *date)
{
  return date ? g_date_time_format (date, "%-d %B %Y") : g_strdup ("(no date)");
}

static void
print_recommendation (AmaRecommendation *rec)
{
  AmaResponse *response = ama_recommendation_get_response (rec);
  const char * const *points = ama_recommendation_get_points (rec);

  printf ("\nRecommendation %s\n  %s\n", ama_recommendation_get_number (rec),
           ama_recommendation_get_text (rec) ? ama_recommendation_get_text (rec) : "");
  for (guint i = 0; points && points[i]; i++)
    printf ("    • %s\n", points[i]);

  if (response == NULL)
    {
      printf ("  Response: none yet\n");
      return;
    }

  {
    AmaDecision decision = ama_response_get_decision (response);
    AmaDecision inferred = ama_response_get_inferred_decision (response);
    AmaPerson *officer = ama_response_get_officer (response);
    AmaDeadline *by = ama_response_get_action_by (response);

    if (decision == AMA_DECISION_PENDING && inferred != AMA_DECISION_PENDING)
      printf ("  Decision: none recorded (wording implies %s)\n",
               nick (AMA_TYPE_DECISION, inferred));
    else
      printf ("  Decision: %s\n", nick (AMA_TYPE_DECISION, decision));

    if (ama_response_get_text (response))
      printf ("  Response: %s\n", ama_response_get_text (response));

    if (officer && ama_person_get_name_as_written (officer))
      printf ("  Officer: %s (written “%s”)\n", ama_person_get_name (officer),
               ama_person_get_name_as_written (officer));
    else if (officer)
      printf ("  Officer: %s\n", ama_person_get_name (officer));
    else if (ama_response_get_no_further_action (response))
      printf ("  Officer: none — no further action required\n");

    if (by)
      {
        g_autofree char *due = ama_deadline_get_due (by) ? format_date (ama_deadline_get_due (by)) : NULL;
        printf ("  Action by: %s [%s%s%s]\n", ama_deadline_get_text (by),
                 nick (AMA_TYPE_DEADLINE_KIND, ama_deadline_get_kind (by)),
                 due ? ", due " : "", due ? due : "");
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AmaReview) review = NULL;
  GListModel *members, *recommendations, *considerations;

  if (argc != 2)
    {
      fprintf (stderr, "Usage: %s REVIEW.json\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  review = ama_review_new_from_file (file, NULL, &error);
  if (review == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  printf ("%s\n", ama_review_get_title (review) ? ama_review_get_title (review) : "(untitled review)");
  if (ama_review_get_authority (review))
    printf ("%s — %s\n", ama_review_get_authority (review),
             ama_review_get_body (review) ? ama_review_get_body (review) : "");

  members = ama_review_get_members (review);
  if (g_list_model_get_n_items (members) > 0)
    {
      printf ("Review group:");
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(AmaMember) m = g_list_model_get_item (members, i);
          AmaPerson *p = ama_member_get_person (m);
          printf ("%s %s%s", i ? "," : "", p ? ama_person_get_name (p) : "?",
                   ama_member_get_role (m) == AMA_MEMBER_ROLE_CHAIR ? " (Chair)" : "");
        }
      printf ("\n");
    }

  considerations = ama_review_get_considerations (review);
  for (guint i = 0; i < g_list_model_get_n_items (considerations); i++)
    {
      g_autoptr(AmaConsideration) c = g_list_model_get_item (considerations, i);
      g_autofree char *when = format_date (ama_consideration_get_date (c));
      printf ("Considered by %s on %s (%s)\n", ama_consideration_get_body (c), when,
               ama_consideration_get_outcome (c) ? ama_consideration_get_outcome (c) : "");
    }

  printf ("%u meetings, %u visits, %u documents\n",
           g_list_model_get_n_items (ama_review_get_meetings (review)),
           g_list_model_get_n_items (ama_review_get_visits (review)),
           g_list_model_get_n_items (ama_review_get_documents (review)));

  recommendations = ama_review_get_recommendations (review);
  for (guint i = 0; i < g_list_model_get_n_items (recommendations); i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recommendations, i);
      print_recommendation (rec);
    }

  return EXIT_SUCCESS;
}
