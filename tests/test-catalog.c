/* test-catalog.c: a folder of reviews, loaded and questioned as one
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>
#include <glib/gstdio.h>

#include <ama.h>

typedef struct {
  guint calls;
  guint position, removed, added;
  guint notify_n_items;
} Signals;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Signals    *s)
{
  s->calls++;
  s->position = position;
  s->removed = removed;
  s->added = added;
  /* Handlers must already see the new contents. */
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, position + added);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           Signals    *s)
{
  s->notify_n_items++;
}

static GFile *
catalog_folder (void)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "analysis", "catalog", NULL);
  return g_file_new_for_path (path);
}

static GDateTime *
day (int y, int m, int d)
{
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

static void
check_loaded (AmaCatalog *catalog)
{
  GListModel *diags = ama_catalog_get_diagnostics (catalog);
  g_autoptr(AmaReview) first = g_list_model_get_item (G_LIST_MODEL (catalog), 0);
  g_autoptr(AmaReview) second = g_list_model_get_item (G_LIST_MODEL (catalog), 1);
  g_autoptr(AmaDiagnostic) bad1 = NULL;
  g_autoptr(AmaDiagnostic) bad2 = NULL;
  GFile *file;

  /* Good files load in name order; notes.txt is not a review. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 2);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (catalog), 2));
  g_assert_cmpstr (ama_review_get_id (first), ==, "rotherham-ama-2017");
  g_assert_cmpstr (ama_review_get_id (second), ==, "libraries-2017");
  g_assert_true (ama_catalog_find_review (catalog, "libraries-2017") == second);
  g_assert_null (ama_catalog_find_review (catalog, "no-such-review"));
  file = ama_catalog_get_file (catalog, first);
  g_assert_nonnull (file);
  g_assert_true (g_str_has_suffix (g_file_peek_path (file), "a-rotherham.json"));

  /* Each bad file is a diagnostic naming the file and where it broke. */
  g_assert_cmpuint (g_list_model_get_n_items (diags), ==, 2);
  bad1 = g_list_model_get_item (diags, 0);
  bad2 = g_list_model_get_item (diags, 1);
  g_assert_cmpstr (ama_diagnostic_get_code (bad1), ==, "catalog-file-invalid");
  g_assert_cmpint (ama_diagnostic_get_severity (bad1), ==, AMA_SEVERITY_ERROR);
  g_assert_true (g_str_has_suffix (ama_diagnostic_get_path (bad1), "/c-truncated.json"));
  g_assert_nonnull (strstr (ama_diagnostic_get_message (bad1), "line 3"));
  g_assert_cmpstr (ama_diagnostic_get_code (bad2), ==, "catalog-file-invalid");
  g_assert_true (g_str_has_suffix (ama_diagnostic_get_path (bad2), "/d-future-version.json"));
  g_assert_nonnull (strstr (ama_diagnostic_get_message (bad2), "$.version"));
}

static void
test_load_folder (void)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(GFile) folder = catalog_folder ();
  g_autoptr(GError) error = NULL;
  Signals s = { 0 };
  guint n_items = 0;

  g_signal_connect (catalog, "items-changed", G_CALLBACK (on_items_changed), &s);
  g_signal_connect (catalog, "notify::n-items", G_CALLBACK (on_notify), &s);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (catalog)) == AMA_TYPE_REVIEW);
  g_assert_true (ama_catalog_load_folder (catalog, folder, NULL, &error));
  g_assert_no_error (error);
  check_loaded (catalog);

  /* The whole folder arrives in one signal. */
  g_assert_cmpuint (s.calls, ==, 1);
  g_assert_cmpuint (s.position, ==, 0);
  g_assert_cmpuint (s.removed, ==, 0);
  g_assert_cmpuint (s.added, ==, 2);
  g_assert_cmpuint (s.notify_n_items, ==, 1);
  g_object_get (catalog, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 2);

  /* Loading again refreshes in place: each file replaces its review. */
  {
    g_autoptr(AmaReview) old_first = g_list_model_get_item (G_LIST_MODEL (catalog), 0);
    g_autoptr(AmaReview) new_first = NULL;

    g_assert_true (ama_catalog_load_folder (catalog, folder, NULL, &error));
    g_assert_no_error (error);
    check_loaded (catalog);
    g_assert_cmpuint (s.calls, ==, 3);
    g_assert_cmpuint (s.position, ==, 1);
    g_assert_cmpuint (s.removed, ==, 1);
    g_assert_cmpuint (s.added, ==, 1);
    g_assert_cmpuint (s.notify_n_items, ==, 1);
    new_first = g_list_model_get_item (G_LIST_MODEL (catalog), 0);
    g_assert_true (new_first != old_first);
    g_assert_null (ama_catalog_get_file (catalog, old_first));
  }
}

static void
test_add_remove (void)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(AmaReview) a = ama_review_new ();
  g_autoptr(AmaReview) b = ama_review_new ();
  g_autoptr(AmaReview) c = ama_review_new ();
  g_autoptr(AmaReview) stranger = ama_review_new ();
  Signals s = { 0 };

  g_signal_connect (catalog, "items-changed", G_CALLBACK (on_items_changed), &s);
  g_signal_connect (catalog, "notify::n-items", G_CALLBACK (on_notify), &s);

  ama_catalog_add_review (catalog, a);
  ama_catalog_add_review (catalog, b);
  ama_catalog_add_review (catalog, c);
  g_assert_cmpuint (s.calls, ==, 3);
  g_assert_cmpuint (s.position, ==, 2);
  g_assert_cmpuint (s.added, ==, 1);
  g_assert_cmpuint (s.notify_n_items, ==, 3);
  g_assert_null (ama_catalog_get_file (catalog, a));

  /* Adding twice changes nothing and says nothing. */
  ama_catalog_add_review (catalog, b);
  g_assert_cmpuint (s.calls, ==, 3);

  g_assert_true (ama_catalog_remove_review (catalog, b));
  g_assert_cmpuint (s.calls, ==, 4);
  g_assert_cmpuint (s.position, ==, 1);
  g_assert_cmpuint (s.removed, ==, 1);
  g_assert_cmpuint (s.added, ==, 0);
  g_assert_cmpuint (s.notify_n_items, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 2);
  {
    g_autoptr(AmaReview) second = g_list_model_get_item (G_LIST_MODEL (catalog), 1);
    g_assert_true (second == c);
  }

  g_assert_false (ama_catalog_remove_review (catalog, stranger));
  g_assert_cmpuint (s.calls, ==, 4);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **error = user_data;

  ama_catalog_load_folder_finish (AMA_CATALOG (source), result, error);
  /* Reviews are in the catalog by the time the callback runs. */
  if (*error == NULL)
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (source)), ==, 2);
  g_main_context_wakeup (NULL);
  g_object_set_data (source, "done", GINT_TO_POINTER (1));
}

static void
test_load_folder_async (void)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(GFile) folder = catalog_folder ();
  GError *error = NULL;
  Signals s = { 0 };

  g_signal_connect (catalog, "items-changed", G_CALLBACK (on_items_changed), &s);
  ama_catalog_load_folder_async (catalog, folder, G_PRIORITY_DEFAULT, NULL, on_loaded, &error);
  /* Nothing changes until the main context runs. */
  g_assert_cmpuint (s.calls, ==, 0);
  while (g_object_get_data (G_OBJECT (catalog), "done") == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (error);
  g_assert_cmpuint (s.calls, ==, 1);
  check_loaded (catalog);
}

static void
test_load_errors (void)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autofree char *missing_path = g_build_filename (AMA_TEST_SRCDIR, "data", "analysis", "no-such-folder", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) folder = catalog_folder ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Signals s = { 0 };

  g_signal_connect (catalog, "items-changed", G_CALLBACK (on_items_changed), &s);

  g_assert_false (ama_catalog_load_folder (catalog, missing, NULL, &error));
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (ama_catalog_load_folder (catalog, folder, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* A failed load adds nothing. */
  g_assert_cmpuint (s.calls, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 0);
}

/* The headline question: what is overdue on 1 April 2018, and who owns
 * it, across a folder of reviews? */
static void
test_overdue_across_reviews (void)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(GFile) folder = catalog_folder ();
  g_autoptr(GDateTime) as_of = day (2018, 4, 1);
  g_autoptr(GListModel) overdue = NULL;
  g_autoptr(GListModel) ian_overdue = NULL;
  g_autoptr(GListModel) ian_open = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(AmaTrackingSummary) summary = NULL;
  static const struct { const char *review, *number, *officer; int days; const char *reason; } want[] = {
    { "libraries-2017", "1", "Ian Thomas", 1,
      "Due 31 March 2018 (“31/03/18”), 1 day overdue; in progress since 15 January 2018" },
    { "libraries-2017", "6", "Sam Patel", 48,
      "Due 12 February 2018 (“Cabinet – 12 February 2018”), 48 days overdue; no progress reported" },
  };

  g_assert_true (ama_catalog_load_folder (catalog, folder, NULL, NULL));

  overdue = ama_catalog_get_overdue (catalog, as_of, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (overdue), ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autoptr(AmaTrackingItem) item = g_list_model_get_item (overdue, i);

      g_assert_cmpstr (ama_review_get_id (ama_tracking_item_get_review (item)), ==, want[i].review);
      g_assert_cmpstr (ama_recommendation_get_number (ama_tracking_item_get_recommendation (item)), ==, want[i].number);
      g_assert_cmpstr (ama_tracking_item_get_officer_name (item), ==, want[i].officer);
      g_assert_cmpint (ama_tracking_item_get_days_overdue (item), ==, want[i].days);
      g_assert_cmpstr (ama_tracking_item_get_reason (item), ==, want[i].reason);
    }

  /* One officer, every review. */
  ian_overdue = ama_catalog_get_overdue (catalog, as_of, "Ian Thomas");
  g_assert_cmpuint (g_list_model_get_n_items (ian_overdue), ==, 1);
  ian_open = ama_catalog_get_outstanding (catalog, as_of, "Ian Thomas");
  g_assert_cmpuint (g_list_model_get_n_items (ian_open), ==, 2);
  {
    g_autoptr(AmaTrackingItem) item = g_list_model_get_item (ian_open, 0);
    g_assert_cmpstr (ama_review_get_id (ama_tracking_item_get_review (item)), ==, "rotherham-ama-2017");
    g_assert_cmpstr (ama_recommendation_get_number (ama_tracking_item_get_recommendation (item)), ==, "3");
  }

  groups = ama_catalog_group_by_officer (catalog, as_of);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 3);
  {
    g_autoptr(AmaOfficerActions) ian = g_list_model_get_item (groups, 0);
    g_assert_cmpstr (ama_officer_actions_get_name (ian), ==, "Ian Thomas");
    g_assert_cmpuint (g_list_model_get_n_items (ama_officer_actions_get_items (ian)), ==, 2);
    g_assert_cmpuint (ama_officer_actions_get_overdue_count (ian), ==, 1);
  }

  summary = ama_catalog_summarize (catalog, as_of);
  g_assert_cmpuint (ama_tracking_summary_get_total (summary), ==, 12);
  g_assert_cmpuint (ama_tracking_summary_get_pending (summary), ==, 5);
  g_assert_cmpuint (ama_tracking_summary_get_overdue (summary), ==, 2);
  g_assert_cmpuint (ama_tracking_summary_get_outstanding (summary), ==, 5);
}

static void
test_validate_across_reviews (void)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(GFile) folder = catalog_folder ();
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) extra = ama_review_new ();
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "");
  guint confusable = 0, pending = 0, in_memory = 0;

  g_assert_true (ama_catalog_load_folder (catalog, folder, NULL, NULL));
  ama_review_add_recommendation (extra, rec);
  ama_review_set_id (extra, "extra");
  ama_catalog_add_review (catalog, extra);

  diags = ama_catalog_validate (catalog, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      const char *path = ama_diagnostic_get_path (d);

      if (g_str_equal (ama_diagnostic_get_code (d), "officer-name-confusable"))
        {
          confusable++;
          g_assert_nonnull (strstr (path, "a-rotherham.json#$.recommendations["));
        }
      else if (g_str_equal (ama_diagnostic_get_code (d), "decision-missing"))
        pending++;
      else if (g_str_equal (ama_diagnostic_get_code (d), "recommendation-text-empty"))
        {
          in_memory++;
          g_assert_cmpstr (path, ==, "extra#$.recommendations[0].text");
        }
    }
  g_assert_cmpuint (confusable, ==, 2);
  g_assert_cmpuint (pending, ==, 5);
  g_assert_cmpuint (in_memory, ==, 1);
}

/* "lan Thomas" used consistently in one review is still a misreading of
 * the "Ian Thomas" another review uses. */
static void
test_officer_names_across_reviews (void)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(GListModel) diags = NULL;
  const char *names[] = { "Ian Thomas", "lan Thomas", "IAN THOMAS" };
  guint hits = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(AmaReview) review = ama_review_new ();
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "Do it");
      g_autoptr(AmaResponse) response = ama_response_new ();
      g_autoptr(AmaPerson) officer = ama_person_new (names[i]);
      g_autofree char *id = g_strdup_printf ("r%u", i);

      ama_response_set_decision (response, AMA_DECISION_REJECTED);
      ama_response_set_text (response, "No");
      ama_response_set_officer (response, officer);
      ama_recommendation_set_response (rec, response);
      ama_review_add_recommendation (review, rec);
      ama_review_set_id (review, id);
      ama_catalog_add_review (catalog, review);
    }

  diags = ama_catalog_validate (catalog, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);

      g_test_message ("%s %s %s", ama_diagnostic_get_code (d), ama_diagnostic_get_path (d),
                      ama_diagnostic_get_message (d));
      g_assert_cmpstr (ama_diagnostic_get_code (d), ==, "officer-name-confusable");
      g_assert_cmpint (ama_diagnostic_get_severity (d), ==, AMA_SEVERITY_WARNING);
      g_assert_cmpstr (ama_diagnostic_get_path (d), ==, "r1#$.recommendations[0].response.officer.name");
      g_assert_nonnull (strstr (ama_diagnostic_get_message (d), "of “Ian Thomas”, used in r0"));
      hits++;
    }
  g_assert_cmpuint (hits, ==, 1);
}

/* Reloading a folder whose files changed (issue 20, item 19): a review
 * whose file was deleted, or became corrupt, leaves the catalog instead
 * of being kept from the last load; each is said in a diagnostic. */
static void
test_reload_drops_gone_and_broken (void)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ama-catalog-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *c = g_build_filename (dir, "c.json", NULL);
  GListModel *diags;
  g_autoptr(AmaReview) kept = NULL;
  gboolean removed = FALSE, invalid = FALSE;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (a, "{\"format\":\"ama-review\",\"version\":1,\"id\":\"a\"}", -1, NULL));
  g_assert_true (g_file_set_contents (b, "{\"format\":\"ama-review\",\"version\":1,\"id\":\"b\"}", -1, NULL));
  g_assert_true (g_file_set_contents (c, "{\"format\":\"ama-review\",\"version\":1,\"id\":\"c\"}", -1, NULL));
  g_assert_true (ama_catalog_load_folder (catalog, folder, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 3);

  g_assert_cmpint (g_unlink (a), ==, 0);
  g_assert_true (g_file_set_contents (b, "{\"format\":\"ama-review\",", -1, NULL));
  g_assert_true (ama_catalog_load_folder (catalog, folder, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 1);
  kept = g_list_model_get_item (G_LIST_MODEL (catalog), 0);
  g_assert_cmpstr (ama_review_get_id (kept), ==, "c");
  g_assert_null (ama_catalog_find_review (catalog, "a"));
  g_assert_null (ama_catalog_find_review (catalog, "b"));
  diags = ama_catalog_get_diagnostics (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);

      if (g_str_equal (ama_diagnostic_get_code (d), "catalog-file-removed"))
        removed = g_str_has_suffix (ama_diagnostic_get_path (d), "/a.json");
      if (g_str_equal (ama_diagnostic_get_code (d), "catalog-file-invalid"))
        invalid = g_str_has_suffix (ama_diagnostic_get_path (d), "/b.json");
    }
  g_assert_true (removed);
  g_assert_true (invalid);

  g_unlink (b);
  g_unlink (c);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/load-folder", test_load_folder);
  g_test_add_func ("/catalog/load-folder-async", test_load_folder_async);
  g_test_add_func ("/catalog/load-errors", test_load_errors);
  g_test_add_func ("/catalog/reload-drops-gone-and-broken", test_reload_drops_gone_and_broken);
  g_test_add_func ("/catalog/add-remove", test_add_remove);
  g_test_add_func ("/catalog/overdue-across-reviews", test_overdue_across_reviews);
  g_test_add_func ("/catalog/validate-across-reviews", test_validate_across_reviews);
  g_test_add_func ("/catalog/officer-names-across-reviews", test_officer_names_across_reviews);

  return g_test_run ();
}
