/* test-validator.c: every validation rule, on small crafted reviews
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <ama.h>

#define HEAD "{\"format\":\"ama-review\",\"version\":1,"
#define ACCEPTED(extra) "{\"decision\":\"accepted\",\"date\":\"2017-11-13\"," extra "}"

typedef struct {
  const char  *name;
  const char  *doc;
  const char  *as_of;     /* YYYY-MM-DD or NULL */
  const char  *code;
  AmaSeverity  severity;
  const char  *path;
  const char  *message;   /* a substring the message must contain */
} Case;

/* One review per rule: each breaks exactly that rule and asserts the
 * diagnostic's code, severity, path and the gist of its message. */
static const Case cases[] = {
  { "response-missing",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\"}]}",
    NULL, "response-missing", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response", "no response" },
  { "decision-missing",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":{\"text\":\"Fine\"}}]}",
    NULL, "decision-missing", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.decision", "no decision is recorded" },
  { "decision-missing-inferred",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":{\"text\":\"We agree\",\"inferred-decision\":\"accepted\"}}]}",
    NULL, "decision-missing", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.decision", "implies “accepted”" },
  { "accepted-no-action",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":"
    ACCEPTED ("\"officer\":{\"name\":\"Jo Bloggs\"},\"action-by\":\"March 2018\"") "}]}",
    NULL, "accepted-no-action", AMA_SEVERITY_ERROR,
    "$.recommendations[0].response.text", "proposes no action" },
  { "accepted-no-officer",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":"
    ACCEPTED ("\"text\":\"Will do\",\"action-by\":\"March 2018\"") "}]}",
    NULL, "accepted-no-officer", AMA_SEVERITY_ERROR,
    "$.recommendations[0].response.officer", "no officer" },
  { "partially-accepted-no-officer",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":"
    "{\"decision\":\"partially-accepted\",\"text\":\"In part\",\"action-by\":\"March 2018\"}}]}",
    NULL, "accepted-no-officer", AMA_SEVERITY_ERROR,
    "$.recommendations[0].response.officer", "partially-accepted" },
  { "accepted-no-action-by",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":"
    ACCEPTED ("\"text\":\"Will do\",\"officer\":{\"name\":\"Jo Bloggs\"}") "}]}",
    NULL, "accepted-no-action-by", AMA_SEVERITY_ERROR,
    "$.recommendations[0].response.action-by", "no action-by" },
  { "rejected-no-rationale",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":{\"decision\":\"rejected\"}}]}",
    NULL, "rejected-no-rationale", AMA_SEVERITY_ERROR,
    "$.recommendations[0].response.text", "without a rationale" },
  { "deferred-no-reconsider",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":{\"decision\":\"deferred\",\"text\":\"Await the audit\"}}]}",
    NULL, "deferred-no-reconsider", AMA_SEVERITY_ERROR,
    "$.recommendations[0].response.reconsider-on", "when it will be reconsidered" },
  { "deferred-no-reason",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":{\"decision\":\"deferred\",\"reconsider-on\":\"2018-06-01\"}}]}",
    NULL, "deferred-no-reason", AMA_SEVERITY_ERROR,
    "$.recommendations[0].response.text", "without saying why" },
  { "deferred-reconsider-passed",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":{\"decision\":\"deferred\",\"text\":\"Await the audit\",\"reconsider-on\":\"2018-03-01\"}}]}",
    "2018-04-01", "deferred-reconsider-passed", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.reconsider-on", "31 days ago" },
  { "officer-name-confusable",
    HEAD "\"recommendations\":["
    "{\"number\":\"1\",\"text\":\"A\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"Ian Thomas\"}}},"
    "{\"number\":\"2\",\"text\":\"B\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"lan Thomas\"}}}]}",
    NULL, "officer-name-confusable", AMA_SEVERITY_WARNING,
    "$.recommendations[1].response.officer.name", "“lan Thomas” looks like an OCR misreading of “Ian Thomas”" },
  { "officer-name-confusable-digit",
    HEAD "\"recommendations\":["
    "{\"number\":\"1\",\"text\":\"A\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"J0 Bloggs\"}}},"
    "{\"number\":\"2\",\"text\":\"B\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"Jo Bloggs\"}}}]}",
    NULL, "officer-name-confusable", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.officer.name", "“J0 Bloggs”" },
  { "officer-name-confusable-rn",
    HEAD "\"recommendations\":["
    "{\"number\":\"1\",\"text\":\"A\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"Sam Hurne\"}}},"
    "{\"number\":\"2\",\"text\":\"B\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"Sam Hume\"}}},"
    "{\"number\":\"3\",\"text\":\"C\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"Sam Hume\"}}}]}",
    NULL, "officer-name-confusable", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.officer.name", "of “Sam Hume”" },
  { "officer-name-corrected",
    HEAD "\"recommendations\":["
    "{\"number\":\"1\",\"text\":\"A\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"Ian Thomas\",\"name-as-written\":\"lan Thomas\"}}}]}",
    NULL, "officer-name-corrected", AMA_SEVERITY_INFO,
    "$.recommendations[0].response.officer.name-as-written", "written “lan Thomas” was read as “Ian Thomas”" },
  { "recommendation-number-duplicate",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"A\"},{\"number\":\"2\",\"text\":\"B\"},{\"number\":\"2\",\"text\":\"C\"}]}",
    NULL, "recommendation-number-duplicate", AMA_SEVERITY_ERROR,
    "$.recommendations[2].number", "first at $.recommendations[1]" },
  { "recommendation-number-missing",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"A\"},{\"number\":\"2\",\"text\":\"B\"},{\"number\":\"4\",\"text\":\"C\"}]}",
    NULL, "recommendation-number-missing", AMA_SEVERITY_WARNING,
    "$.recommendations", "Recommendation 3 is missing (the numbers run 1, 2, 4)" },
  { "recommendation-number-missing-range",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"A\"},{\"number\":\"2a\",\"text\":\"B\"},{\"number\":\"900\",\"text\":\"C\"}]}",
    NULL, "recommendation-number-missing", AMA_SEVERITY_WARNING,
    "$.recommendations", "Recommendations 3 to 899 are missing (the numbers run 1, 2, 900)" },
  { "recommendation-number-empty",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"A\"},{\"text\":\"B\"}]}",
    NULL, "recommendation-number-empty", AMA_SEVERITY_WARNING,
    "$.recommendations[1].number", "#2 has no number" },
  { "recommendation-text-empty",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"  \"}]}",
    NULL, "recommendation-text-empty", AMA_SEVERITY_ERROR,
    "$.recommendations[0].text", "has no text" },
  { "action-by-before-response",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":"
    ACCEPTED ("\"text\":\"Will do\",\"officer\":{\"name\":\"Jo Bloggs\"},\"action-by\":\"31/03/2017\"") "}]}",
    NULL, "action-by-before-response", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.action-by", "(31 March 2017) is before the response date (13 November 2017)" },
  { "action-by-unparsed",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":"
    ACCEPTED ("\"text\":\"Will do\",\"officer\":{\"name\":\"Jo Bloggs\"},\"action-by\":\"when the Trust reports\"") "}]}",
    NULL, "action-by-unparsed", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.action-by", "“when the Trust reports” could not be understood" },
  { "progress-update-undated",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"updates\":[{\"status\":\"in-progress\"}]}]}",
    NULL, "progress-update-undated", AMA_SEVERITY_WARNING,
    "$.recommendations[0].updates[0].date", "update 1 has no date" },
  { "progress-update-future",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"updates\":"
    "[{\"date\":\"2018-01-01\",\"status\":\"in-progress\"},{\"date\":\"2018-05-01\",\"status\":\"completed\"}]}]}",
    "2018-04-01", "progress-update-future", AMA_SEVERITY_WARNING,
    "$.recommendations[0].updates[1].date", "dated 1 May 2018, after 1 April 2018" },
  /* The response clock: received 18 October 2017, two months beginning
   * with that day end on 17 December 2017 (LGA 2000 s.9FE). */
  { "response-overdue",
    HEAD "\"reported-to-executive\":\"2017-10-18\",\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\"}]}",
    "2017-12-20", "response-overdue", AMA_SEVERITY_ERROR,
    "$.recommendations[0].response", "due by 17 December 2017" },
  { "response-late",
    HEAD "\"reported-to-executive\":\"2017-10-18\",\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":"
    "{\"decision\":\"accepted\",\"date\":\"2018-02-19\",\"text\":\"Will do\",\"officer\":{\"name\":\"Jo Bloggs\"},\"action-by\":\"March 2018\"}}]}",
    NULL, "response-late", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.date", "64 days after the response was due by 17 December 2017" },
  { "response-period-invalid",
    HEAD "\"reported-to-executive\":\"2017-10-18\",\"response-period\":\"soon\"}",
    NULL, "response-period-invalid", AMA_SEVERITY_WARNING,
    "$.response-period", "“soon” is not a number of days, weeks or months" },
  { "decision-history-mismatch",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"response\":"
    ACCEPTED ("\"text\":\"Will do\",\"officer\":{\"name\":\"Jo Bloggs\"},\"action-by\":\"March 2018\","
              "\"history\":[{\"decision\":\"rejected\",\"date\":\"2017-11-13\"}]") "}]}",
    NULL, "decision-history-mismatch", AMA_SEVERITY_WARNING,
    "$.recommendations[0].response.decision", "latest decision in its history is “rejected”" },
  { "progress-no-reason",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"updates\":"
    "[{\"date\":\"2018-01-01\",\"status\":\"no-longer-feasible\"}]}]}",
    NULL, "progress-no-reason", AMA_SEVERITY_WARNING,
    "$.recommendations[0].updates[0].note", "no longer feasible without saying why" },
  { "appraisal-preferred-unknown",
    HEAD "\"appraisal\":{\"options\":[{\"id\":\"pip\"}],\"preferred-option\":\"trust\"}}",
    NULL, "appraisal-preferred-unknown", AMA_SEVERITY_ERROR,
    "$.appraisal.preferred-option", "“trust”" },
  { "appraisal-score-option-unknown",
    HEAD "\"appraisal\":{\"options\":[{\"id\":\"pip\"}],\"criteria\":[{\"id\":\"pace\"}],"
    "\"scores\":[{\"option-id\":\"pip\",\"criterion-id\":\"pace\",\"value\":3},{\"option-id\":\"cic\",\"criterion-id\":\"pace\",\"value\":2}]}}",
    NULL, "appraisal-score-option-unknown", AMA_SEVERITY_ERROR,
    "$.appraisal.scores[1].option-id", "“cic”" },
  { "appraisal-score-criterion-unknown",
    HEAD "\"appraisal\":{\"options\":[{\"id\":\"pip\"}],\"criteria\":[{\"id\":\"pace\"}],"
    "\"scores\":[{\"option-id\":\"pip\",\"criterion-id\":\"cost\",\"value\":3}]}}",
    NULL, "appraisal-score-criterion-unknown", AMA_SEVERITY_ERROR,
    "$.appraisal.scores[0].criterion-id", "“cost”" },
  /* As published by a council whose cross-reference broke (wording
   * ours): the broken field in the recommendation's text. */
  { "word-field-error",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"That the actions in paragraph "
    "Error! Reference source not found. be funded.\"}]}",
    NULL, "word-field-error", AMA_SEVERITY_WARNING,
    "$.recommendations[0].text", "“Error! Reference source not found.”" },
  { "word-field-error-update",
    HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"Do it\",\"updates\":"
    "[{\"date\":\"2018-01-01\",\"status\":\"in-progress\",\"note\":\"See Error! Bookmark not defined.\"}]}]}",
    NULL, "word-field-error", AMA_SEVERITY_WARNING,
    "$.recommendations[0].updates[0].note", "progress update reads “Error! Bookmark not defined.”" },
};

static const Case *
case_named (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (g_str_equal (cases[i].name, name))
      return &cases[i];
  g_assert_not_reached ();
}

static GDateTime *
date_from (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

/* The loader refuses a file whose appraisal names options or criteria that
 * do not exist (AMA_ERROR_REFERENCE), but a review built in code (by an
 * importer, or from Python) can still hold such references; that is what
 * the validator's appraisal rules are for. For those cases, build the
 * review's appraisal through the API from the same JSON. */
static AmaAppraisal *
appraisal_from_json (JsonObject *obj)
{
  AmaAppraisal *appraisal = g_object_new (AMA_TYPE_APPRAISAL, NULL);
  const char *lists[] = { "options", "criteria", "scores" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *array = json_object_has_member (obj, lists[l]) ? json_object_get_array_member (obj, lists[l]) : NULL;

      for (guint i = 0; array && i < json_array_get_length (array); i++)
        {
          JsonObject *item = json_array_get_object_element (array, i);

          if (l == 0)
            {
              g_autoptr(AmaOption) o = g_object_new (AMA_TYPE_OPTION, "id", json_object_get_string_member (item, "id"), NULL);
              ama_appraisal_add_option (appraisal, o);
            }
          else if (l == 1)
            {
              g_autoptr(AmaCriterion) c = g_object_new (AMA_TYPE_CRITERION, "id", json_object_get_string_member (item, "id"), NULL);
              ama_appraisal_add_criterion (appraisal, c);
            }
          else
            {
              g_autoptr(AmaScore) sc = g_object_new (AMA_TYPE_SCORE,
                                                     "option-id", json_object_get_string_member (item, "option-id"),
                                                     "criterion-id", json_object_get_string_member (item, "criterion-id"),
                                                     "value", json_object_get_double_member (item, "value"),
                                                     NULL);
              ama_appraisal_add_score (appraisal, sc);
            }
        }
    }
  if (json_object_has_member (obj, "preferred-option"))
    ama_appraisal_set_preferred_option (appraisal, json_object_get_string_member (obj, "preferred-option"));
  return appraisal;
}

static GListModel *
validate_doc (const char *doc,
              const char *as_of_iso)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);
  g_autoptr(GDateTime) as_of = date_from (as_of_iso);

  if (g_error_matches (error, AMA_ERROR, AMA_ERROR_REFERENCE))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(AmaAppraisal) appraisal = NULL;
      g_autofree char *rest = NULL;
      JsonObject *root;

      g_clear_error (&error);
      g_assert_true (json_parser_load_from_data (parser, doc, -1, NULL));
      root = json_node_get_object (json_parser_get_root (parser));
      appraisal = appraisal_from_json (json_object_get_object_member (root, "appraisal"));
      json_object_remove_member (root, "appraisal");
      rest = json_to_string (json_parser_get_root (parser), FALSE);
      review = ama_review_new_from_data (rest, -1, &error);
      g_assert_no_error (error);
      ama_review_set_appraisal (review, appraisal);
    }

  g_assert_no_error (error);
  return ama_review_validate (review, as_of);
}

static guint
count_code (GListModel *diags,
            const char *code)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      if (g_strcmp0 (ama_diagnostic_get_code (d), code) == 0)
        n++;
    }
  return n;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GListModel) diags = validate_doc (c->doc, c->as_of);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);

      g_test_message ("%s %s: %s", ama_diagnostic_get_code (d),
                      ama_diagnostic_get_path (d), ama_diagnostic_get_message (d));
      if (g_strcmp0 (ama_diagnostic_get_code (d), c->code) != 0)
        continue;
      g_assert_false (found);   /* the rule fires exactly once */
      found = TRUE;
      g_assert_cmpint (ama_diagnostic_get_severity (d), ==, c->severity);
      g_assert_cmpstr (ama_diagnostic_get_path (d), ==, c->path);
      g_assert_nonnull (strstr (ama_diagnostic_get_message (d), c->message));
    }
  g_assert_true (found);
}

/* The rule catalogue and the table agree: every code a tool can print
 * has a case above, and each rule's severity is the one reported. */
static void
test_every_rule_tested (void)
{
  g_autoptr(GListModel) rules = ama_validation_list_rules ();
  guint n = g_list_model_get_n_items (rules);

  g_assert_cmpuint (n, >=, 22);
  g_assert_true (g_list_model_get_item_type (rules) == AMA_TYPE_VALIDATION_RULE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaValidationRule) rule = g_list_model_get_item (rules, i);
      const char *code = ama_validation_rule_get_code (rule);
      gboolean tested = FALSE;

      g_assert_nonnull (ama_validation_rule_get_summary (rule));
      for (guint j = 0; j < G_N_ELEMENTS (cases); j++)
        if (g_strcmp0 (cases[j].code, code) == 0)
          {
            tested = TRUE;
            g_assert_cmpint (cases[j].severity, ==, ama_validation_rule_get_severity (rule));
          }
      if (!tested)
        g_error ("rule %s has no test case", code);
      g_assert_cmpint (ama_validation_get_severity (code), ==, ama_validation_rule_get_severity (rule));
    }
}

/* A complete, consistent response produces nothing at all. */
static void
test_clean (void)
{
  const char *doc = HEAD "\"recommendations\":["
    "{\"number\":\"1\",\"text\":\"A\",\"response\":" ACCEPTED ("\"text\":\"Will do\",\"officer\":{\"name\":\"Ian Thomas\"},\"action-by\":\"Q3 2018/19\"") "},"
    "{\"number\":\"2\",\"text\":\"B\",\"response\":{\"decision\":\"accepted\",\"text\":\"Done already\",\"no-further-action\":true}},"
    "{\"number\":\"3\",\"text\":\"C\",\"response\":{\"decision\":\"rejected\",\"text\":\"Too costly\"}},"
    "{\"number\":\"3a\",\"text\":\"C2\",\"response\":{\"decision\":\"deferred\",\"text\":\"After the audit\",\"action-by\":\"June 2018\"}},"
    "{\"number\":\"4\",\"text\":\"D\",\"response\":{\"decision\":\"noted\",\"text\":\"Noted\"},"
    " \"updates\":[{\"date\":\"2018-01-01\",\"status\":\"in-progress\"}]}],"
    "\"appraisal\":{\"options\":[{\"id\":\"pip\"},{\"id\":\"trust\"}],\"criteria\":[{\"id\":\"pace\"}],"
    "\"scores\":[{\"option-id\":\"trust\",\"criterion-id\":\"pace\",\"value\":1}],\"preferred-option\":\"pip\"}}";
  g_autoptr(GListModel) diags = validate_doc (doc, "2018-04-01");

  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      g_test_message ("unexpected %s %s", ama_diagnostic_get_code (d), ama_diagnostic_get_path (d));
    }
  g_assert_cmpuint (g_list_model_get_n_items (diags), ==, 0);
}

/* Case and spacing are a style, not an OCR misreading; and names that
 * merely look alike ("Ian Thomas", "Alan Thomas") are different people. */
static void
test_names_not_confusable (void)
{
  const char *doc = HEAD "\"recommendations\":["
    "{\"number\":\"1\",\"text\":\"A\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"Ian Thomas\"}}},"
    "{\"number\":\"2\",\"text\":\"B\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"IAN  THOMAS\"}}},"
    "{\"number\":\"3\",\"text\":\"C\",\"response\":{\"text\":\"x\",\"officer\":{\"name\":\"Alan Thomas\"}}}]}";
  g_autoptr(GListModel) diags = validate_doc (doc, NULL);

  g_assert_cmpuint (count_code (diags, "decision-missing"), ==, 3);
  g_assert_cmpuint (count_code (diags, "officer-name-confusable"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (diags), ==, 3);
}

/* A review built in C, with no JSON loaded: enum names still resolve. */
static void
test_built_in_memory (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "Do it");
  g_autoptr(AmaResponse) response = ama_response_new ();
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaDiagnostic) d = NULL;

  ama_response_set_decision (response, AMA_DECISION_PARTIALLY_ACCEPTED);
  ama_response_set_text (response, "In part");
  ama_response_set_no_further_action (response, TRUE);
  ama_recommendation_set_response (rec, response);
  ama_review_add_recommendation (review, rec);
  diags = ama_review_validate (review, NULL);
  /* No further action: no officer or action-by needed. */
  g_assert_cmpuint (g_list_model_get_n_items (diags), ==, 0);

  ama_response_set_no_further_action (response, FALSE);
  g_clear_object (&diags);
  diags = ama_review_validate (review, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (diags), ==, 2);
  d = g_list_model_get_item (diags, 0);
  g_assert_cmpstr (ama_diagnostic_get_code (d), ==, "accepted-no-officer");
  g_assert_nonnull (strstr (ama_diagnostic_get_message (d), "is partially-accepted"));
}

/* Without an as-of date, the rules that depend on time stay silent. */
static void
test_no_as_of (void)
{
  g_autoptr(GListModel) a = validate_doc (case_named ("deferred-reconsider-passed")->doc, NULL);
  g_autoptr(GListModel) b = validate_doc (case_named ("progress-update-future")->doc, NULL);

  g_assert_cmpuint (count_code (a, "deferred-reconsider-passed"), ==, 0);
  g_assert_cmpuint (count_code (b, "progress-update-future"), ==, 0);
}

/* "End of year" is stored unparsed (no year to anchor it); with the
 * response date it is understood, so it is not reported as unparsed. */
static void
test_end_of_year_uses_response_date (void)
{
  const char *doc = HEAD "\"recommendations\":[{\"number\":\"1\",\"text\":\"A\",\"response\":"
    ACCEPTED ("\"text\":\"Will do\",\"officer\":{\"name\":\"Jo Bloggs\"},\"action-by\":\"End of year\"") "}]}";
  g_autoptr(GListModel) diags = validate_doc (doc, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (diags), ==, 0);
}

/* Rotherham, seed 000: five recommendations, no decision recorded for
 * any, "Ian Thomas" twice and "lan Thomas" twice. */
static void
test_rotherham (void)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "analysis",
                                            "rotherham-response-000.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_file (file, NULL, &error);
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaDiagnostic) first = NULL;

  g_assert_no_error (error);
  diags = ama_review_validate (review, NULL);

  g_assert_cmpuint (count_code (diags, "decision-missing"), ==, 5);
  g_assert_cmpuint (count_code (diags, "officer-name-confusable"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (diags), ==, 7);

  first = g_list_model_get_item (diags, 0);
  g_assert_cmpstr (ama_diagnostic_get_path (first), ==, "$.recommendations[0].response.decision");
  g_assert_nonnull (strstr (ama_diagnostic_get_message (first), "implies “accepted”"));

  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      if (g_strcmp0 (ama_diagnostic_get_code (d), "officer-name-confusable") != 0)
        continue;
      g_assert_true (g_str_equal (ama_diagnostic_get_path (d), "$.recommendations[3].response.officer.name") ||
                     g_str_equal (ama_diagnostic_get_path (d), "$.recommendations[4].response.officer.name"));
      g_assert_nonnull (strstr (ama_diagnostic_get_message (d), "“lan Thomas”"));
    }
}

/* The bundled Rotherham review (examples/data), as the data layer wrote
 * it: the Cabinet's decisions of 19 February 2018 came 64 days after the
 * response was due (report to Council 18 October 2017, two months), and
 * the validator says so for each of the five; so is the "lan Thomas"
 * spelling, whether the data kept it as the name (a warning) or
 * corrected it and kept the original in name-as-written (information). */
static void
test_bundled_rotherham (void)
{
  g_autofree char *path = g_build_filename (AMA_SOURCE_ROOT, "examples", "data",
                                            "rotherham-ama-2017.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_file (file, NULL, &error);
  g_autoptr(GListModel) diags = NULL;
  guint lan = 0;

  g_assert_no_error (error);
  diags = ama_review_validate (review, NULL);
  g_assert_cmpuint (count_code (diags, "decision-missing"), ==, 0);
  g_assert_cmpuint (count_code (diags, "response-late"), ==, 5);
  g_assert_cmpint (ama_review_get_response_days_late (review), ==, 64);
  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);

      if (g_str_equal (ama_diagnostic_get_code (d), "response-late"))
        g_assert_nonnull (strstr (ama_diagnostic_get_message (d), "64 days after"));
    }
  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      const char *code = ama_diagnostic_get_code (d);

      if (g_str_equal (code, "officer-name-corrected") ||
          g_str_equal (code, "officer-name-confusable"))
        {
          g_assert_nonnull (strstr (ama_diagnostic_get_message (d), "“lan Thomas”"));
          g_assert_true (g_str_has_prefix (ama_diagnostic_get_path (d), "$.recommendations[3].") ||
                         g_str_has_prefix (ama_diagnostic_get_path (d), "$.recommendations[4]."));
          lan++;
        }
    }
  g_assert_cmpuint (lan, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/validator/rule/%s", cases[i].name);
      g_test_add_data_func (name, &cases[i], test_case);
    }
  g_test_add_func ("/validator/every-rule-tested", test_every_rule_tested);
  g_test_add_func ("/validator/clean", test_clean);
  g_test_add_func ("/validator/no-as-of", test_no_as_of);
  g_test_add_func ("/validator/names-not-confusable", test_names_not_confusable);
  g_test_add_func ("/validator/built-in-memory", test_built_in_memory);
  g_test_add_func ("/validator/end-of-year", test_end_of_year_uses_response_date);
  g_test_add_func ("/validator/rotherham", test_rotherham);
  g_test_add_func ("/validator/bundled-rotherham", test_bundled_rotherham);

  return g_test_run ();
}
