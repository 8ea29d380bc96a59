/* test-json.c: the review document format, round trips and every error
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <ama.h>

#define HEAD "{\"format\":\"ama-review\",\"version\":1,"

static void
test_round_trip_bytes (void)
{
  g_autoptr(AmaReview) review = g_object_new (AMA_TYPE_REVIEW, "title", "T", NULL);
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("3a", "Do it");
  g_autoptr(AmaResponse) response = g_object_new (AMA_TYPE_RESPONSE,
                                                  "decision", AMA_DECISION_DEFERRED,
                                                  "no-further-action", TRUE,
                                                  NULL);
  g_autoptr(AmaDeadline) by = ama_deadline_parse ("Annual Participation", NULL);
  g_autoptr(AmaReview) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  const char *points[] = { "one", "two", NULL };

  ama_response_set_action_by (response, by);
  ama_recommendation_set_points (rec, points);
  ama_recommendation_set_response (rec, response);
  ama_review_add_recommendation (review, rec);

  first = ama_review_to_data (review, NULL);
  again = ama_review_new_from_data (first, -1, &error);
  g_assert_no_error (error);
  second = ama_review_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);

  g_assert_nonnull (strstr (first, "\"decision\" : \"deferred\""));
  g_assert_nonnull (strstr (first, "\"kind\" : \"recurring\""));
  g_assert_nonnull (strstr (first, "\"recurrence\" : \"yearly\""));
}

static void
test_unknown_members_survive (void)
{
  const char *doc = HEAD "\"title\":\"T\",\"x-future\":{\"a\":[1,2]},"
                    "\"recommendations\":[{\"number\":\"1\",\"x-rag\":\"amber\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);
  g_autofree char *out = NULL;
  g_autoptr(AmaReview) again = NULL;
  g_autofree char *out2 = NULL;

  g_assert_no_error (error);
  /* Modify, save: what this version does not know is still there. */
  g_object_set (review, "title", "Changed", NULL);
  out = ama_review_to_data (review, NULL);
  g_assert_nonnull (strstr (out, "\"x-future\""));
  g_assert_nonnull (strstr (out, "\"x-rag\" : \"amber\""));
  g_assert_nonnull (strstr (out, "\"Changed\""));

  again = ama_review_new_from_data (out, -1, &error);
  g_assert_no_error (error);
  out2 = ama_review_to_data (again, NULL);
  g_assert_cmpstr (out, ==, out2);
}

typedef struct {
  const char *doc;
  int         code;
  const char *message;   /* a substring the message must contain */
} BadCase;

static const BadCase bad[] = {
  { "", AMA_ERROR_PARSE, "empty" },
  { "{", AMA_ERROR_PARSE, "1:" },
  { "[]", AMA_ERROR_INVALID, "$: expected an object" },
  { "{\"version\":1}", AMA_ERROR_MISSING, "$.format" },
  { "{\"format\":\"ama-memo\",\"version\":1}", AMA_ERROR_UNSUPPORTED_FORMAT, "$.format" },
  { "{\"format\":\"ama-review\"}", AMA_ERROR_MISSING, "$.version" },
  { "{\"format\":\"ama-review\",\"version\":\"1\"}", AMA_ERROR_INVALID, "$.version" },
  { "{\"format\":\"ama-review\",\"version\":2}", AMA_ERROR_UNSUPPORTED_VERSION, "version 2" },
  { HEAD "\"title\":3}", AMA_ERROR_INVALID, "$.title: expected a string, got an integer" },
  { HEAD "\"status\":\"finished\"}", AMA_ERROR_INVALID, "$.status: unknown value “finished”" },
  { HEAD "\"recommendations\":{}}", AMA_ERROR_INVALID, "$.recommendations: expected an array, got an object" },
  { HEAD "\"recommendations\":[1]}", AMA_ERROR_INVALID, "$.recommendations[0]: expected an object" },
  { HEAD "\"recommendations\":[{},{},{},{\"response\":{\"decision\":\"maybe\"}}]}", AMA_ERROR_INVALID,
    "$.recommendations[3].response.decision: unknown value “maybe”" },
  { HEAD "\"recommendations\":[{\"points\":[\"a\",2]}]}", AMA_ERROR_INVALID, "$.recommendations[0].points[1]: expected a string" },
  { HEAD "\"considerations\":[{\"date\":\"2017-02-30\"}]}", AMA_ERROR_INVALID, "$.considerations[0].date: “2017-02-30” is not a valid date" },
  { HEAD "\"considerations\":[{\"date\":20170212}]}", AMA_ERROR_INVALID, "$.considerations[0].date: expected a date string" },
  { HEAD "\"recommendations\":[{\"response\":{\"no-further-action\":\"yes\"}}]}", AMA_ERROR_INVALID, "no-further-action: expected a boolean" },
  { HEAD "\"recommendations\":[{\"response\":{\"action-by\":{\"kind\":\"date\"}}}]}", AMA_ERROR_MISSING, "action-by: missing member “text”" },
  { HEAD "\"recommendations\":[{\"response\":{\"action-by\":{\"text\":\"x\",\"kind\":\"soon\"}}}]}", AMA_ERROR_INVALID, "action-by.kind: unknown value" },
  { HEAD "\"recommendations\":[{\"response\":{\"action-by\":{\"text\":\"x\",\"kind\":\"date\",\"due\":\"31/03/2018\"}}}]}", AMA_ERROR_INVALID, "action-by.due" },
  { HEAD "\"recommendations\":[{\"response\":{\"action-by\":7}}]}", AMA_ERROR_INVALID, "action-by: expected an object or a string" },
  { HEAD "\"appraisal\":{\"criteria\":[{\"weight\":\"heavy\"}]}}", AMA_ERROR_INVALID, "$.appraisal.criteria[0].weight: expected a number" },
  { HEAD "\"appraisal\":[]}", AMA_ERROR_INVALID, "$.appraisal: expected an object, got an array" },
  { HEAD "\"members\":[{\"person\":\"Cllr Clark\"}]}", AMA_ERROR_INVALID, "$.members[0].person: expected an object, got a string" },
  { HEAD "\"members\":[{\"role\":\"boss\"}]}", AMA_ERROR_INVALID, "$.members[0].role: unknown value “boss” (expected one of: member, chair," },
};

static void
test_bad_documents (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = NULL;

      g_test_message ("%s", bad[i].doc);
      review = ama_review_new_from_data (bad[i].doc, -1, &error);
      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, bad[i].code);
      if (strstr (error->message, bad[i].message) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, bad[i].message);
    }
}

static void
test_limits (void)
{
  g_autoptr(GString) deep = g_string_new (HEAD "\"x\":");
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  const char nul_doc[] = HEAD "\"title\":\"a\0b\"}";

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, '[');
  review = ama_review_new_from_data (deep->str, deep->len, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
  g_clear_error (&error);

  review = ama_review_new_from_data (nul_doc, sizeof nul_doc - 1, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_ENCODING);
  g_clear_error (&error);

  review = ama_review_new_from_data (HEAD "\"title\":\"caf\xe9\"}", -1, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "line 1, column"));
}

static void
test_file_io (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ama-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "review.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/review.json");
  g_autoptr(AmaReview) review = g_object_new (AMA_TYPE_REVIEW, "title", "Saved", NULL);
  g_autoptr(AmaReview) loaded = NULL;

  g_assert_no_error (error);
  g_assert_true (ama_review_save_to_file (review, file, NULL, &error));
  g_assert_no_error (error);
  loaded = ama_review_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ama_review_get_title (loaded), ==, "Saved");
  g_clear_object (&loaded);

  loaded = ama_review_new_from_file (missing, NULL, &error);
  g_assert_null (loaded);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/review.json"));
  g_clear_error (&error);

  /* A failed save (the folder is gone) leaves no file and says where. */
  g_assert_false (ama_review_save_to_file (review, missing, NULL, &error));
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);

  g_remove (path);
  g_rmdir (dir);
}

typedef struct {
  gboolean   done;
  AmaReview *review;
  GError    *error;
} AsyncState;

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncState *state = user_data;

  state->review = ama_review_new_from_file_finish (result, &state->error);
  state->done = TRUE;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncState *state = user_data;

  ama_review_save_to_file_finish (AMA_REVIEW (source), result, &state->error);
  state->done = TRUE;
}

static void
test_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ama-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "review.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AmaReview) review = g_object_new (AMA_TYPE_REVIEW, "title", "Async", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { 0 };

  ama_review_save_to_file_async (review, file, G_PRIORITY_DEFAULT, NULL, saved_cb, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (state.error);

  memset (&state, 0, sizeof state);
  ama_review_new_from_file_async (file, G_PRIORITY_DEFAULT, NULL, loaded_cb, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (state.error);
  g_assert_cmpstr (ama_review_get_title (state.review), ==, "Async");
  g_clear_object (&state.review);

  /* Cancelled: G_IO_ERROR_CANCELLED, not AMA_ERROR_IO. */
  g_cancellable_cancel (cancellable);
  memset (&state, 0, sizeof state);
  ama_review_new_from_file_async (file, G_PRIORITY_DEFAULT, cancellable, loaded_cb, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (state.review);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/round-trip-bytes", test_round_trip_bytes);
  g_test_add_func ("/json/unknown-members-survive", test_unknown_members_survive);
  g_test_add_func ("/json/bad-documents", test_bad_documents);
  g_test_add_func ("/json/limits", test_limits);
  g_test_add_func ("/json/file-io", test_file_io);
  g_test_add_func ("/json/async", test_async);

  return g_test_run ();
}
