/* test-review-merge.c: folding a later document into a review
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case is a held review and a later document (as review JSON,
 * their recommendations only), the diagnostic codes the merge must give,
 * and what the merged recommendations must hold, worked out by hand from
 * the rules in ama_review_merge()'s documentation. Every case is also
 * merged a second time: the saved bytes must not change.
 */

#include <ama.h>

#include <string.h>

/* A review of @recommendations (JSON array elements) and @extra, more
 * members of the review ("\"meetings\": [...]") or NULL. */
static AmaReview *
review_with (const char *recommendations,
             const char *extra)
{
  g_autofree char *json = g_strdup_printf ("{\"format\": \"ama-review\", \"version\": 1, "
                                           "\"recommendations\": [%s]%s%s}", recommendations,
                                           extra ? ", " : "", extra ? extra : "");
  g_autoptr(GError) error = NULL;
  AmaReview *review = ama_review_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  return review;
}

static AmaReview *
review_of (const char *recommendations)
{
  return review_with (recommendations, NULL);
}

/* "code,code" of the diagnostics, in order */
static char *
codes_of (GListModel *diags)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      if (s->len > 0)
        g_string_append_c (s, ',');
      g_string_append (s, ama_diagnostic_get_code (d));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
iso (GDateTime *d)
{
  return d ? g_date_time_format (d, "%Y-%m-%d") : g_strdup ("-");
}

static const char *
nick (GType type, int value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v ? v->value_nick : "?";
}

/* A recommendation as "decision|history|updates": history as
 * "decision@date;..." oldest first, updates as "status@date;...". */
static char *
summary_of (AmaRecommendation *rec)
{
  g_autoptr(GString) s = g_string_new (NULL);
  AmaResponse *resp = ama_recommendation_get_response (rec);
  GListModel *updates = ama_recommendation_get_updates (rec);

  if (resp != NULL)
    {
      GListModel *history = ama_response_get_history (resp);

      g_string_append (s, nick (AMA_TYPE_DECISION, ama_response_get_decision (resp)));
      g_string_append_c (s, '|');
      for (guint i = 0; i < g_list_model_get_n_items (history); i++)
        {
          g_autoptr(AmaDecisionRecord) r = g_list_model_get_item (history, i);
          g_autofree char *d = iso (ama_decision_record_get_date (r));

          g_string_append_printf (s, "%s%s@%s", i ? ";" : "",
                                  nick (AMA_TYPE_DECISION, ama_decision_record_get_decision (r)), d);
        }
    }
  else
    g_string_append (s, "none|");
  g_string_append_c (s, '|');
  for (guint i = 0; i < g_list_model_get_n_items (updates); i++)
    {
      g_autoptr(AmaProgressUpdate) u = g_list_model_get_item (updates, i);
      g_autofree char *d = iso (ama_progress_update_get_date (u));

      g_string_append_printf (s, "%s%s@%s", i ? ";" : "",
                              nick (AMA_TYPE_PROGRESS, ama_progress_update_get_status (u)), d);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

typedef struct
{
  const char *name;
  const char *held;
  const char *later;
  const char *later_extra;  /* more members of the later document */
  const char *codes;      /* diagnostics of the first merge */
  const char *expect[3];  /* summary_of each held recommendation */
} MergeCase;

static const MergeCase cases[] = {
  { "labels-normalised",
    "{\"number\": \"1\", \"text\": \"a\"}, {\"number\": \"2\", \"text\": \"b\"}, {\"number\": \"3a\", \"text\": \"c\"}",
    "{\"number\": \"R1\", \"response\": {\"decision\": \"accepted\", \"date\": \"2018-02-19\"}},"
    "{\"number\": \"Recommendation 2\", \"response\": {\"decision\": \"rejected\", \"date\": \"2018-02-19\"}},"
    "{\"number\": \"3A.\", \"response\": {\"decision\": \"deferred\", \"date\": \"2018-02-19\"}}",
    NULL,
    "",
    { "accepted|accepted@2018-02-19|", "rejected|rejected@2018-02-19|", "deferred|deferred@2018-02-19|" } },

  { "unmatched-row",
    "{\"number\": \"1\", \"text\": \"a\"}",
    "{\"number\": \"7\", \"response\": {\"decision\": \"accepted\", \"date\": \"2018-02-19\"}}",
    NULL,
    "merge-unmatched",
    { "none||" } },

  /* a deferral held without history, accepted later: both kept, oldest first */
  { "deferred-then-accepted",
    "{\"number\": \"1\", \"text\": \"a\", \"response\": {\"decision\": \"deferred\", \"date\": \"2018-02-19\", \"text\": \"Deferred to June.\"}}",
    "{\"number\": \"1\", \"response\": {\"decision\": \"accepted\", \"date\": \"2018-06-18\", \"text\": \"Deferred to June.\"}}",
    NULL,
    "",
    { "accepted|deferred@2018-02-19;accepted@2018-06-18|" } },

  /* an older decision arriving later goes before the held one; the held
   * decision, being the latest, stays the decision */
  { "older-decision-placed-first",
    "{\"number\": \"1\", \"text\": \"a\", \"response\": {\"decision\": \"accepted\", \"date\": \"2018-06-18\", "
    "  \"history\": [{\"decision\": \"accepted\", \"date\": \"2018-06-18\"}]}}",
    "{\"number\": \"1\", \"response\": {\"decision\": \"deferred\", \"date\": \"2018-02-19\"}}",
    NULL,
    "",
    { "accepted|deferred@2018-02-19;accepted@2018-06-18|" } },

  { "same-day-conflict",
    "{\"number\": \"1\", \"text\": \"a\", \"response\": {\"decision\": \"accepted\", \"date\": \"2018-02-19\", "
    "  \"history\": [{\"decision\": \"accepted\", \"date\": \"2018-02-19\"}]}}",
    "{\"number\": \"1\", \"response\": {\"decision\": \"rejected\", \"date\": \"2018-02-19\"}}",
    NULL,
    "merge-conflict",
    { "accepted|accepted@2018-02-19|" } },

  { "undated-conflict",
    "{\"number\": \"1\", \"text\": \"a\", \"response\": {\"decision\": \"accepted\", \"date\": \"2018-02-19\"}}",
    "{\"number\": \"1\", \"response\": {\"decision\": \"rejected\"}}",
    NULL,
    "merge-conflict",
    { "accepted||" } },

  /* pending held, an undated decision later: the first decision known */
  { "undated-on-pending",
    "{\"number\": \"1\", \"text\": \"a\", \"response\": {\"decision\": \"pending\"}}",
    "{\"number\": \"1\", \"response\": {\"decision\": \"accepted\"}}",
    NULL,
    "",
    { "accepted|accepted@-|" } },

  { "officer-conflict-kept",
    "{\"number\": \"1\", \"text\": \"a\", \"response\": {\"decision\": \"pending\", \"officer\": {\"name\": \"Ian Thomas\"}}}",
    "{\"number\": \"1\", \"response\": {\"decision\": \"pending\", \"officer\": {\"name\": \"Mel Meggs\"}}}",
    NULL,
    "merge-conflict",
    { "pending||" } },

  /* tracker rows: the status read from the words, the date from the
   * document's meeting when the row has none */
  { "tracker-rows-dated-by-meeting",
    "{\"number\": \"1\", \"text\": \"a\", \"response\": {\"decision\": \"accepted\", \"text\": \"We agree.\"}},"
    "{\"number\": \"2\", \"text\": \"b\", \"response\": {\"decision\": \"accepted\", \"text\": \"We agree.\"}},"
    "{\"number\": \"3\", \"text\": \"c\", \"response\": {\"decision\": \"accepted\", \"text\": \"We agree.\"}}",
    "{\"number\": \"1\", \"response\": {\"text\": \"Completed - adopted in May.\"}},"
    "{\"number\": \"2\", \"response\": {\"text\": \"No longer feasible: the funding ended.\"}},"
    "{\"number\": \"3\", \"response\": {\"text\": \"The board meets quarterly.\"}}",
    "\"meetings\": [{\"date\": \"2018-10-01\", \"kind\": \"committee\"}, {\"date\": \"2019-03-04\", \"kind\": \"committee\"}]",
    "merge-status-assumed",
    { "accepted||completed@2019-03-04", "accepted||no-longer-feasible@2019-03-04", "accepted||in-progress@2019-03-04" } },

  { "tracker-row-undated",
    "{\"number\": \"1\", \"text\": \"a\", \"response\": {\"decision\": \"accepted\", \"text\": \"We agree.\"}}",
    "{\"number\": \"1\", \"response\": {\"text\": \"Paused until the restructure.\"}}",
    NULL,
    "merge-undated",
    { "accepted||paused@-" } },

  /* the later document's own updates join, without repeats */
  { "updates-joined",
    "{\"number\": \"1\", \"text\": \"a\", \"updates\": [{\"date\": \"2018-09-01\", \"status\": \"in-progress\", \"note\": \"Started.\"}]}",
    "{\"number\": \"1\", \"updates\": [{\"date\": \"2018-09-01\", \"status\": \"in-progress\", \"note\": \"Started.\"},"
    "  {\"date\": \"2019-03-01\", \"status\": \"implemented\", \"note\": \"Closed.\"}]}",
    NULL,
    "",
    { "none||in-progress@2018-09-01;implemented@2019-03-01" } },
};

static void
test_merge_case (gconstpointer data)
{
  const MergeCase *c = data;
  g_autoptr(AmaReview) held = review_of (c->held);
  g_autoptr(AmaReview) later = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *codes = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  GListModel *recs;
  gsize len1 = 0, len2 = 0;

  later = review_with (c->later, c->later_extra);

  diags = ama_review_merge (held, later, &error);
  g_assert_no_error (error);
  g_assert_nonnull (diags);
  codes = codes_of (diags);
  g_assert_cmpstr (codes, ==, c->codes);

  recs = ama_review_get_recommendations (held);
  for (guint i = 0; i < G_N_ELEMENTS (c->expect) && c->expect[i] != NULL; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      g_autofree char *summary = summary_of (rec);

      g_assert_cmpstr (summary, ==, c->expect[i]);
    }

  /* nothing held is lost: the held texts are unchanged */
  {
    g_autoptr(AmaReview) before = review_of (c->held);
    GListModel *before_recs = ama_review_get_recommendations (before);

    g_assert_cmpuint (g_list_model_get_n_items (before_recs), ==, g_list_model_get_n_items (recs));
    for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
      {
        g_autoptr(AmaRecommendation) a = g_list_model_get_item (before_recs, i);
        g_autoptr(AmaRecommendation) b = g_list_model_get_item (recs, i);
        AmaResponse *ra = ama_recommendation_get_response (a);
        AmaResponse *rb = ama_recommendation_get_response (b);

        g_assert_cmpstr (ama_recommendation_get_text (a), ==, ama_recommendation_get_text (b));
        if (ra != NULL)
          {
            g_assert_nonnull (rb);
            g_assert_cmpstr (ama_response_get_text (ra), ==, ama_response_get_text (rb));
            g_assert_cmpuint (g_list_model_get_n_items (ama_recommendation_get_updates (a)), <=,
                              g_list_model_get_n_items (ama_recommendation_get_updates (b)));
          }
      }
  }

  /* idempotent: the same document again changes no byte */
  first = ama_review_to_data (held, &len1);
  again = ama_review_merge (held, later, &error);
  g_assert_no_error (error);
  second = ama_review_to_data (held, &len2);
  g_assert_cmpmem (first, len1, second, len2);
  /* and what the merge wrote loads again */
  {
    g_autoptr(AmaReview) reloaded = ama_review_new_from_data (first, (gssize) len1, &error);
    g_assert_no_error (error);
  }
}

static void
test_merge_empty_later (void)
{
  g_autoptr(AmaReview) held = review_of ("{\"number\": \"1\", \"text\": \"a\"}");
  g_autoptr(AmaReview) later = ama_review_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = ama_review_merge (held, later, &error);

  g_assert_null (diags);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_MISSING);
}

/* The bundled Rotherham review, its response as a later Cabinet
 * decision: merged twice into a copy, the bytes of both are the same,
 * and the five recommendations gain one dated decision each. */
static void
test_merge_bundled (void)
{
  g_autofree char *path = g_build_filename (AMA_SOURCE_ROOT, "examples", "data",
                                            "rotherham-ama-2017.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) held = ama_review_new_from_file (file, NULL, &error);
  g_autoptr(AmaReview) later = review_of (
    "{\"number\": \"R1\", \"response\": {\"decision\": \"accepted\", \"date\": \"2019-01-14\"}},"
    "{\"number\": \"R6\", \"response\": {\"decision\": \"accepted\", \"date\": \"2019-01-14\"}}");
  g_autoptr(GListModel) d1 = NULL;
  g_autoptr(GListModel) d2 = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *codes = NULL;
  gsize la = 0, lb = 0;

  g_assert_no_error (error);
  d1 = ama_review_merge (held, later, &error);
  g_assert_no_error (error);
  codes = codes_of (d1);
  g_assert_cmpstr (codes, ==, "merge-unmatched");
  a = ama_review_to_data (held, &la);
  d2 = ama_review_merge (held, later, &error);
  b = ama_review_to_data (held, &lb);
  g_assert_cmpmem (a, la, b, lb);
  {
    g_autoptr(AmaRecommendation) rec = g_list_model_get_item (ama_review_get_recommendations (held), 0);
    AmaResponse *resp = ama_recommendation_get_response (rec);

    g_assert_cmpint (ama_response_get_decision (resp), ==, AMA_DECISION_ACCEPTED);
    g_assert_cmpuint (g_list_model_get_n_items (ama_response_get_history (resp)), >=, 1);
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/merge/%s", cases[i].name);
      g_test_add_data_func (name, &cases[i], test_merge_case);
    }
  g_test_add_func ("/merge/empty-later", test_merge_empty_later);
  g_test_add_func ("/merge/bundled", test_merge_bundled);

  return g_test_run ();
}
