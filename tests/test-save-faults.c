/* test-save-faults.c: saving never loses the previous file, and keeps
 * what this version does not understand
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <ama.h>

#include "fault-write.h"

/* A full disk is simulated by fault-write.c: writes to regular files
 * fail with ENOSPC after a budget of bytes, at every point of the
 * document (nothing written, one byte, half, all but the last byte). */

typedef struct
{
  char *dir;
  GFile *file;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ama-save-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "tracker.json", NULL);
  f->file = g_file_new_for_path (f->path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  fault_write_set_budget (-1);
  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_clear_object (&f->file);
  g_free (f->path);
  g_free (f->dir);
}

static AmaReview *
make_review (const char *title,
             guint       n_recommendations)
{
  AmaReview *review = g_object_new (AMA_TYPE_REVIEW, "title", title, NULL);

  for (guint i = 0; i < n_recommendations; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *text = g_strdup_printf ("Recommendation %u of the review “%s”", i + 1, title);
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new (number, text);
      ama_review_add_recommendation (review, rec);
    }
  return review;
}

static char *
read_file (const char *path)
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return g_steal_pointer (&contents);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/* The folder holds exactly @expected (sorted): no temporary file left. */
static void
assert_dir_holds (Fixture    *f,
                  const char *expected)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  const char *name;

  while ((name = g_dir_read_name (dir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (" ", (char **)names->pdata);
  g_assert_cmpstr (joined, ==, expected);
}

static void
assert_io_error (GError  *error,
                 Fixture *f)
{
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  /* The message names the file, then says what went wrong. */
  g_assert_true (g_str_has_prefix (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "No space left on device"));
}

static void
test_full_disk_keeps_original (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(AmaReview) old_review = make_review ("Old", 3);
  g_autoptr(AmaReview) new_review = make_review ("New", 40);
  g_autofree char *old_data = ama_review_to_data (old_review, NULL);
  gsize new_len;
  g_autofree char *new_data = ama_review_to_data (new_review, &new_len);
  long long budgets[] = { 0, 1, 100, (long long)new_len / 2, (long long)new_len - 1 };
  g_autoptr(GError) error = NULL;

  g_assert_true (ama_review_save_to_file (old_review, f->file, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (budgets); i++)
    {
      g_autofree char *now = NULL;

      g_test_message ("disk full after %lld of %" G_GSIZE_FORMAT " bytes", budgets[i], new_len);
      fault_write_set_budget (budgets[i]);
      g_assert_false (ama_review_save_to_file (new_review, f->file, NULL, &error));
      fault_write_set_budget (-1);
      assert_io_error (error, f);
      g_clear_error (&error);

      now = read_file (f->path);
      g_assert_cmpstr (now, ==, old_data);
      assert_dir_holds (f, "tracker.json");
    }

  /* With space again, the save goes through. */
  g_assert_true (ama_review_save_to_file (new_review, f->file, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *now = read_file (f->path);
    g_assert_cmpstr (now, ==, new_data);
  }
}

static void
test_full_disk_new_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(AmaReview) review = make_review ("New", 10);
  g_autoptr(GError) error = NULL;

  fault_write_set_budget (10);
  g_assert_false (ama_review_save_to_file (review, f->file, NULL, &error));
  fault_write_set_budget (-1);
  assert_io_error (error, f);
  /* No truncated file that a later load would choke on. */
  assert_dir_holds (f, "");
}

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(AmaReview) a = make_review ("A", 1);
  g_autoptr(AmaReview) b = make_review ("B", 2);
  g_autoptr(AmaReview) c = make_review ("C", 3);
  g_autofree char *a_data = ama_review_to_data (a, NULL);
  g_autofree char *b_data = ama_review_to_data (b, NULL);
  g_autofree char *c_data = ama_review_to_data (c, NULL);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;
  g_autofree char *kept = NULL;

  /* Nothing to back up yet: no backup appears. */
  g_assert_true (ama_review_save_to_file_full (a, f->file, AMA_SAVE_FLAGS_BACKUP, NULL, &error));
  g_assert_no_error (error);
  assert_dir_holds (f, "tracker.json");

  g_assert_true (ama_review_save_to_file_full (b, f->file, AMA_SAVE_FLAGS_BACKUP, NULL, &error));
  g_assert_no_error (error);
  now = read_file (f->path);
  kept = read_file (backup);
  g_assert_cmpstr (now, ==, b_data);
  g_assert_cmpstr (kept, ==, a_data);

  /* A failed save touches neither the file nor its backup. */
  fault_write_set_budget (50);
  g_assert_false (ama_review_save_to_file_full (c, f->file, AMA_SAVE_FLAGS_BACKUP, NULL, &error));
  fault_write_set_budget (-1);
  assert_io_error (error, f);
  g_clear_error (&error);
  g_free (now);
  g_free (kept);
  now = read_file (f->path);
  kept = read_file (backup);
  g_assert_cmpstr (now, ==, b_data);
  g_assert_cmpstr (kept, ==, a_data);
  assert_dir_holds (f, "tracker.json tracker.json~");

  /* The next good save moves the backup on by one version. */
  g_assert_true (ama_review_save_to_file_full (c, f->file, AMA_SAVE_FLAGS_BACKUP, NULL, &error));
  g_assert_no_error (error);
  g_free (now);
  g_free (kept);
  now = read_file (f->path);
  kept = read_file (backup);
  g_assert_cmpstr (now, ==, c_data);
  g_assert_cmpstr (kept, ==, b_data);

  /* Without the flag the backup is left as it was. */
  g_assert_true (ama_review_save_to_file_full (a, f->file, AMA_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_free (kept);
  kept = read_file (backup);
  g_assert_cmpstr (kept, ==, b_data);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AmaReview) a = make_review ("A", 1);
  g_autoptr(AmaReview) b = make_review ("B", 2);
  g_autofree char *a_data = ama_review_to_data (a, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;

  g_assert_true (ama_review_save_to_file (a, f->file, NULL, &error));
  g_cancellable_cancel (cancellable);
  g_assert_false (ama_review_save_to_file (b, f->file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  now = read_file (f->path);
  g_assert_cmpstr (now, ==, a_data);
  assert_dir_holds (f, "tracker.json");
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(AmaReview) a = make_review ("A", 1);
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "tracker.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (ama_review_save_to_file (a, file, NULL, &error));
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, path));
  assert_dir_holds (f, "");
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (ama_review_save_to_file_full_finish (AMA_REVIEW (source), result, error));
}

static void
test_async_full_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(AmaReview) a = make_review ("A", 1);
  g_autoptr(AmaReview) b = make_review ("B", 30);
  g_autofree char *a_data = ama_review_to_data (a, NULL);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *now = NULL;

  g_assert_true (ama_review_save_to_file (a, f->file, NULL, &error));
  fault_write_set_budget (200);
  ama_review_save_to_file_full_async (b, f->file, AMA_SAVE_FLAGS_BACKUP, G_PRIORITY_DEFAULT,
                                      NULL, on_saved, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  fault_write_set_budget (-1);
  assert_io_error (error, f);
  now = read_file (f->path);
  g_assert_cmpstr (now, ==, a_data);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* What a newer libama (or another tool) wrote survives an older one's
 * load → modify → save → load, wherever it sits: at the root, in a
 * nested object, in an appraisal option, in a deadline (a boxed value,
 * not an object that can carry them itself). */
static void
test_unknown_members_survive_save (Fixture       *f,
                                   gconstpointer  data)
{
  const char *doc =
    "{\"format\":\"ama-review\",\"version\":1,\"title\":\"T\","
    "\"x-root\":{\"list\":[1,2.5,\"three\",null,true],\"n\":{\"deep\":{}}},"
    "\"recommendations\":[{\"number\":\"1\",\"x-rag\":\"amber\","
    "  \"response\":{\"decision\":\"accepted\",\"x-owner-id\":42,"
    "    \"action-by\":{\"text\":\"March 2018\",\"kind\":\"month\",\"due\":\"2018-03-31\",\"x-confidence\":0.5},"
    "    \"officer\":{\"name\":\"Ian Thomas\",\"x-staff-number\":\"E123\"}}}],"
    "\"appraisal\":{\"options\":[{\"id\":\"a\",\"x-cost\":{\"gbp\":1000000}}],\"x-method\":\"smaa\"}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);
  g_autoptr(AmaReview) again = NULL;
  g_autoptr(AmaRecommendation) added = ama_recommendation_new ("2", "Added after loading");
  g_autoptr(JsonNode) before = NULL;
  g_autoptr(JsonNode) after = NULL;
  g_autofree char *saved = NULL;
  const char *member_paths[] = {
    "$['x-root']",
    "$.recommendations[0]['x-rag']",
    "$.recommendations[0].response['x-owner-id']",
    "$.recommendations[0].response['action-by']['x-confidence']",
    "$.recommendations[0].response.officer['x-staff-number']",
    "$.appraisal.options[0]['x-cost']",
    "$.appraisal['x-method']",
  };

  g_assert_no_error (error);

  /* Modify, then save to a file and load it back. */
  g_object_set (review, "title", "Changed", NULL);
  ama_review_add_recommendation (review, added);
  g_assert_true (ama_review_save_to_file (review, f->file, NULL, &error));
  g_assert_no_error (error);
  again = ama_review_new_from_file (f->file, NULL, &error);
  g_assert_no_error (error);

  before = json_from_string (doc, &error);
  g_assert_no_error (error);
  saved = read_file (f->path);
  after = json_from_string (saved, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (member_paths); i++)
    {
      g_autoptr(JsonNode) want = json_path_query (member_paths[i], before, &error);
      g_autoptr(JsonNode) got = NULL;

      g_assert_no_error (error);
      got = json_path_query (member_paths[i], after, &error);
      g_assert_no_error (error);
      g_test_message ("%s", member_paths[i]);
      g_assert_cmpuint (json_array_get_length (json_node_get_array (want)), ==, 1);
      g_assert_true (json_node_equal (want, got));
    }

  /* And the change was saved too. */
  {
    g_autofree char *title = NULL;
    g_object_get (again, "title", &title, NULL);
    g_assert_cmpstr (title, ==, "Changed");
    g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (again)), ==, 2);
  }
}

/* Members that described a deadline go when the deadline is replaced,
 * and stay while it is not. */
static void
test_replaced_deadline_drops_its_members (void)
{
  const char *doc =
    "{\"format\":\"ama-review\",\"version\":1,\"recommendations\":["
    "{\"number\":\"1\",\"response\":{\"action-by\":{\"text\":\"March 2018\",\"x-confidence\":0.5}}},"
    "{\"number\":\"2\",\"response\":{\"action-by\":{\"text\":\"April 2018\",\"x-confidence\":0.25}}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_review_new_from_data (doc, -1, &error);
  g_autoptr(AmaRecommendation) first = NULL;
  g_autoptr(AmaDeadline) later = ama_deadline_parse ("June 2018", NULL);
  g_autofree char *out = NULL;

  g_assert_no_error (error);
  first = g_list_model_get_item (ama_review_get_recommendations (review), 0);
  ama_response_set_action_by (ama_recommendation_get_response (first), later);
  out = ama_review_to_data (review, NULL);
  g_assert_null (strstr (out, "0.5"));
  g_assert_nonnull (strstr (out, "\"x-confidence\" : 0.25"));
}

/* Issue #20, item 1: the report writer went through
 * g_file_replace_contents(), which put the partial file in place when
 * the disk filled up. Now it keeps the previous report, sync or not. */
static void
on_report_written (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (ama_report_writer_write_file_finish (AMA_REPORT_WRITER (source), result, error));
}

static void
test_report_full_disk_keeps_original (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(AmaReview) old_review = make_review ("Old", 3);
  g_autoptr(AmaReview) new_review = make_review ("New", 40);
  AmaReportFormat formats[] = { AMA_REPORT_FORMAT_HTML, AMA_REPORT_FORMAT_CSV, AMA_REPORT_FORMAT_ICALENDAR };

  for (guint k = 0; k < G_N_ELEMENTS (formats); k++)
    for (guint async = 0; async < 2; async++)
      {
        g_autoptr(AmaReportWriter) writer = ama_report_writer_new (formats[k]);
        g_autoptr(GBytes) old_bytes = ama_report_writer_write_bytes (writer, old_review, NULL, NULL);
        g_autoptr(GError) error = NULL;
        g_autofree char *old_data = g_strndup (g_bytes_get_data (old_bytes, NULL), g_bytes_get_size (old_bytes));
        g_autofree char *now = NULL;

        g_assert_true (ama_report_writer_write_file (writer, old_review, f->file, NULL, &error));
        g_assert_no_error (error);

        fault_write_set_budget (100);
        if (async)
          {
            ama_report_writer_write_file_async (writer, new_review, f->file, G_PRIORITY_DEFAULT,
                                                NULL, on_report_written, &error);
            while (error == NULL)
              g_main_context_iteration (NULL, TRUE);
          }
        else
          g_assert_false (ama_report_writer_write_file (writer, new_review, f->file, NULL, &error));
        fault_write_set_budget (-1);
        assert_io_error (error, f);

        now = read_file (f->path);
        g_assert_cmpstr (now, ==, old_data);
        assert_dir_holds (f, "tracker.json");
      }
}

/* Through a symlink (a tracker kept in a shared folder, linked from
 * the officer's own): GIO writes a link's target in place, so a full
 * disk tore it. The target is now replaced atomically and the link
 * stays a link. */
static void
test_full_disk_through_symlink (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(AmaReview) old_review = make_review ("Old", 3);
  g_autoptr(AmaReview) new_review = make_review ("New", 40);
  g_autofree char *old_data = ama_review_to_data (old_review, NULL);
  gsize new_len;
  g_autofree char *new_data = ama_review_to_data (new_review, &new_len);
  g_autofree char *link = g_build_filename (f->dir, "link.json", NULL);
  g_autoptr(GFile) link_file = g_file_new_for_path (link);
  long long budgets[] = { 0, 1, (long long) new_len / 2, (long long) new_len - 1 };
  g_autoptr(GError) error = NULL;

  g_assert_true (ama_review_save_to_file (old_review, f->file, NULL, &error));
  g_assert_cmpint (symlink ("tracker.json", link), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (budgets); i++)
    {
      g_autofree char *now = NULL;

      fault_write_set_budget (budgets[i]);
      g_assert_false (ama_review_save_to_file (new_review, link_file, NULL, &error));
      fault_write_set_budget (-1);
      g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
      g_clear_error (&error);
      now = read_file (f->path);
      g_assert_cmpstr (now, ==, old_data);
      assert_dir_holds (f, "link.json tracker.json");
    }

  g_assert_true (ama_review_save_to_file (new_review, link_file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  {
    g_autofree char *now = read_file (f->path);

    g_assert_cmpstr (now, ==, new_data);
  }
}

/* A file with two names cannot be renamed over without splitting them,
 * so it is written in place; a complete copy FILE~ is made first, so a
 * failed save always leaves the old review somewhere whole. */
static void
test_full_disk_hard_link (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(AmaReview) old_review = make_review ("Old", 3);
  g_autoptr(AmaReview) new_review = make_review ("New", 40);
  g_autofree char *old_data = ama_review_to_data (old_review, NULL);
  gsize new_len;
  g_autofree char *new_data = ama_review_to_data (new_review, &new_len);
  g_autofree char *other = g_build_filename (f->dir, "other.json", NULL);
  g_autofree char *backup = g_strconcat (f->path, "~", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ama_review_save_to_file (old_review, f->file, NULL, &error));
  g_assert_cmpint (link (f->path, other), ==, 0);

  fault_write_set_budget ((long long) new_len / 2 + (long long) strlen (old_data));
  g_assert_false (ama_review_save_to_file (new_review, f->file, NULL, &error));
  fault_write_set_budget (-1);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  g_clear_error (&error);
  {
    g_autofree char *kept = read_file (backup);

    g_assert_cmpstr (kept, ==, old_data);
  }

  g_assert_true (ama_review_save_to_file (new_review, f->file, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *a = read_file (f->path);
    g_autofree char *b = read_file (other);

    /* Both names still name one file, which holds the new review. */
    g_assert_cmpstr (a, ==, new_data);
    g_assert_cmpstr (b, ==, new_data);
  }
}

/* A folder nobody may write to: neither a temporary file nor a backup
 * can be made there, so the save is refused before the file is
 * touched. (Root may write anywhere: the check is then skipped.) */
static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AmaReview) old_review = make_review ("Old", 3);
  g_autoptr(AmaReview) new_review = make_review ("New", 4);
  g_autofree char *old_data = ama_review_to_data (old_review, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ama_review_save_to_file (old_review, f->file, NULL, &error));
  if (geteuid () == 0)
    {
      g_test_skip ("root may write to any folder");
      return;
    }
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_assert_false (ama_review_save_to_file (new_review, f->file, NULL, &error));
  g_chmod (f->dir, 0755);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "is not writable"));
  {
    g_autofree char *now = read_file (f->path);

    g_assert_cmpstr (now, ==, old_data);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/save/full-disk-keeps-original", Fixture, NULL,
              fixture_set_up, test_full_disk_keeps_original, fixture_tear_down);
  g_test_add ("/save/full-disk-new-file", Fixture, NULL,
              fixture_set_up, test_full_disk_new_file, fixture_tear_down);
  g_test_add ("/save/full-disk-through-symlink", Fixture, NULL,
              fixture_set_up, test_full_disk_through_symlink, fixture_tear_down);
  g_test_add ("/save/full-disk-hard-link", Fixture, NULL,
              fixture_set_up, test_full_disk_hard_link, fixture_tear_down);
  g_test_add ("/save/read-only-folder", Fixture, NULL,
              fixture_set_up, test_read_only_folder, fixture_tear_down);
  g_test_add ("/save/backup", Fixture, NULL,
              fixture_set_up, test_backup, fixture_tear_down);
  g_test_add ("/save/cancelled", Fixture, NULL,
              fixture_set_up, test_cancelled, fixture_tear_down);
  g_test_add ("/save/missing-folder", Fixture, NULL,
              fixture_set_up, test_missing_folder, fixture_tear_down);
  g_test_add ("/save/async-full-disk", Fixture, NULL,
              fixture_set_up, test_async_full_disk, fixture_tear_down);
  g_test_add ("/save/unknown-members-survive", Fixture, NULL,
              fixture_set_up, test_unknown_members_survive_save, fixture_tear_down);

  g_test_add ("/save/report-full-disk-keeps-original", Fixture, NULL,
              fixture_set_up, test_report_full_disk_keeps_original, fixture_tear_down);

  g_test_add_func ("/save/replaced-deadline-drops-its-members",
                   test_replaced_deadline_drops_its_members);

  return g_test_run ();
}
