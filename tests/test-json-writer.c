/* test-json-writer.c: the streaming writer gives the same bytes as the
 * JsonNode tree + JsonGenerator path it replaced
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <ama.h>
#include "ama-json-private.h"

/* What ama_review_to_data wrote before the streaming writer: the review
 * serialised to a tree, wrapped in the envelope, pretty-printed by
 * json-glib. */
static char *
tree_to_data (AmaReview *review)
{
  g_autoptr(JsonNode) body = _ama_json_serialize (G_OBJECT (review));
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) root_node = NULL;
  g_autoptr(GList) names = NULL;
  JsonObject *obj = json_node_get_object (body);

  json_object_set_string_member (root, "format", AMA_REVIEW_FORMAT);
  json_object_set_int_member (root, "version", AMA_REVIEW_FORMAT_VERSION);
  names = json_object_get_members (obj);
  for (const GList *l = names; l; l = l->next)
    json_object_set_member (root, l->data, json_object_dup_member (obj, l->data));
  root_node = json_node_init_object (json_node_alloc (), root);
  return _ama_json_to_string (root_node, NULL);
}

static void
assert_same (AmaReview *review)
{
  g_autofree char *tree = tree_to_data (review);
  g_autofree char *streamed = ama_review_to_data (review, NULL);

  g_assert_cmpstr (streamed, ==, tree);
}

/* Every byte json-glib might escape, in values and in member names. */
static char *
awkward_string (void)
{
  GString *s = g_string_new ("quote \" backslash \\ slash / ");
  for (int c = 1; c < 0x80; c++)
    g_string_append_c (s, (char)c);
  g_string_append (s, " é “curly” ‘single’ — 日本 😀");
  return g_string_free (s, FALSE);
}

static void
test_empty_review (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  assert_same (review);
}

/* Sources, with every member, some, none (not written), an awkward
 * document name: both writers agree. */
static void
test_sources (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autofree char *awkward = awkward_string ();
  AmaSourceRef *sources[] = {
    ama_source_ref_new (awkward, 3, 12, 4, 2),
    ama_source_ref_new (NULL, 0, 7, 0, 0),
    ama_source_ref_new ("a.pdf", G_MAXUINT, 0, 0, 1),
    ama_source_ref_new (NULL, 0, 0, 0, 0),
  };

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "X");
      g_autoptr(AmaResponse) response = ama_response_new ();

      ama_recommendation_set_source (rec, sources[i]);
      ama_response_set_source (response, sources[(i + 1) % G_N_ELEMENTS (sources)]);
      ama_recommendation_set_response (rec, response);
      ama_review_add_recommendation (review, rec);
    }
  assert_same (review);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    ama_source_ref_unref (sources[i]);
}

static void
test_full_model (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("3a", "Do it");
  g_autoptr(AmaRecommendation) bare = ama_recommendation_new (NULL, NULL);
  g_autoptr(AmaResponse) response = ama_response_new ();
  g_autoptr(AmaPerson) officer = ama_person_new ("Ian Thomas");
  g_autoptr(AmaPerson) nobody = ama_person_new (NULL);
  g_autoptr(AmaMember) member = NULL;
  g_autoptr(AmaDeadline) annual = ama_deadline_parse ("Annual Participation", NULL);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 10, 18, 0, 0, 0);
  g_autoptr(AmaProgressUpdate) update = ama_progress_update_new (date, AMA_PROGRESS_COMPLETED, "Done");
  g_autoptr(AmaConsideration) consideration = ama_consideration_new ("Cabinet", date, "approved");
  g_autofree char *awkward = awkward_string ();
  const char *points[] = { "one", awkward, "", NULL };

  ama_review_set_title (review, awkward);
  ama_review_set_status (review, AMA_REVIEW_STATUS_MONITORING);
  ama_review_set_terms_of_reference (review, points);
  ama_person_set_name_as_written (officer, "lan Thomas");
  ama_response_set_decision (response, AMA_DECISION_DEFERRED);
  ama_response_set_officer (response, officer);
  ama_response_set_action_by (response, annual);
  ama_response_set_no_further_action (response, TRUE);
  ama_response_set_reconsider_on (response, date);
  ama_recommendation_set_points (rec, points);
  ama_recommendation_set_response (rec, response);
  ama_recommendation_add_update (rec, update);
  ama_review_add_recommendation (review, rec);
  ama_review_add_recommendation (review, bare);
  member = ama_member_new (nobody, AMA_MEMBER_ROLE_CHAIR);
  ama_review_add_member (review, member);
  ama_review_add_consideration (review, consideration);

  assert_same (review);
}

/* Unknown members of every JSON kind, at every level, kept verbatim;
 * doubles that json-glib writes with ".0" or in exponent form; empty
 * objects and arrays (json-glib writes an empty object at depth n as
 * "{" + 2n spaces + "}"). */
static void
test_extras (void)
{
  const char *doc =
    "{\"format\":\"ama-review\",\"version\":1,\"title\":\"T\","
    "\"x-int\":-42,\"x-double\":2.0,\"x-small\":1.5e-300,\"x-big\":1.5e300,\"x-pi\":3.141592653589793,"
    "\"x-bool\":false,\"x-null\":null,\"x-empty-object\":{},\"x-empty-array\":[],"
    "\"x-nested\":{\"a\":[1,[],{},{\"b\":{}}],\"c\\\"d\":\"e\\u0001\\u001f\\u007f\\n\"},"
    "\"recommendations\":[{\"number\":\"1\",\"x-rag\":\"amber\",\"x-list\":[{},[[]]],"
    "\"response\":{\"decision\":\"accepted\",\"x-score\":0.5,"
    "\"officer\":{\"name\":\"A\",\"x-grade\":{}},"
    "\"action-by\":{\"text\":\"March 2018\",\"kind\":\"month\",\"due\":\"2018-03-31\"}}}],"
    "\"appraisal\":{\"criteria\":[{\"id\":\"c1\",\"weight\":0.25},{\"id\":\"c2\",\"weight\":1}]}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);

  g_assert_no_error (error);
  assert_same (review);
}

/* Dates off the fast path: short years (padded to four digits), a time
 * of day (kept), an offset other than UTC. */
static void
test_odd_dates (void)
{
  const char *doc =
    "{\"format\":\"ama-review\",\"version\":1,\"recommendations\":[{\"number\":\"1\","
    "\"updates\":[{\"date\":\"0146-03-01\"},{\"date\":\"2018-06-01T09:30:00+01:00\"}],"
    "\"response\":{\"date\":\"0009-01-01T10:00:00Z\",\"reconsider-on\":\"2019-01-01\","
    "\"action-by\":{\"text\":\"x\",\"kind\":\"date\",\"due\":\"0099-12-31\"}}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);

  g_assert_no_error (error);
  assert_same (review);
}

/* The one place the writer differs on purpose: json-glib 1.6 appends
 * ".0" to a double that prints without a dot even when it has an
 * exponent, writing "1e-300.0", which no JSON parser (its own included)
 * reads back. The writer keeps such a number valid, so the document
 * round-trips. */
static void
test_exponent_double (void)
{
  const char *doc = "{\"format\":\"ama-review\",\"version\":1,\"x-tiny\":1e-300,\"x-huge\":1e+22}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);
  g_autoptr(AmaReview) again = NULL;
  g_autofree char *out = NULL;
  g_autofree char *out2 = NULL;

  g_assert_no_error (error);
  out = ama_review_to_data (review, NULL);
  g_assert_nonnull (strstr (out, "\"x-tiny\" : 1e-300,\n"));
  g_assert_nonnull (strstr (out, "\"x-huge\" : 1e+22\n"));
  again = ama_review_new_from_data (out, -1, &error);
  g_assert_no_error (error);
  out2 = ama_review_to_data (again, NULL);
  g_assert_cmpstr (out, ==, out2);
}

/* Both writers on the Rotherham-shaped corpus the benchmark uses would
 * be the strongest check; the generator is not reachable from here, so
 * build a few hundred varied recommendations instead. */
static void
test_many (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", i);
      g_autofree char *text = g_strnfill (g_rand_int_range (rand, 0, 400), 'a' + i % 26);
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new (n, text);
      g_autoptr(AmaResponse) response = ama_response_new ();
      ama_response_set_decision (response, g_rand_int_range (rand, 0, 6));
      if (i % 3)
        ama_response_set_text (response, text);
      ama_recommendation_set_response (rec, response);
      ama_review_add_recommendation (review, rec);
    }
  assert_same (review);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-writer/empty", test_empty_review);
  g_test_add_func ("/json-writer/full-model", test_full_model);
  g_test_add_func ("/json-writer/sources", test_sources);
  g_test_add_func ("/json-writer/extras", test_extras);
  g_test_add_func ("/json-writer/many", test_many);
  g_test_add_func ("/json-writer/odd-dates", test_odd_dates);
  g_test_add_func ("/json-writer/exponent-double", test_exponent_double);
  return g_test_run ();
}
