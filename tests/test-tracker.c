/* test-tracker.c: status, outstanding and overdue actions as of fixed dates
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>

#include <ama.h>

static GDateTime *
day (int y, int m, int d)
{
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

static AmaReview *
load (const char *name)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "analysis", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AmaReview *review = ama_review_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return review;
}

static AmaRecommendation *
rec_at (AmaReview *review,
        guint      i)
{
  GListModel *recs = ama_review_get_recommendations (review);
  g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
  /* The review keeps it alive. */
  return rec;
}

static char *
iso (GDateTime *dt)
{
  return dt ? g_date_time_format (dt, "%Y-%m-%d") : NULL;
}

static void
test_status (void)
{
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "Do it");
  g_autoptr(GDateTime) d1 = day (2018, 3, 20);
  g_autoptr(GDateTime) d2 = day (2018, 1, 15);
  g_autoptr(AmaProgressUpdate) done = ama_progress_update_new (d1, AMA_PROGRESS_COMPLETED, "Done");
  /* Added after, dated before: order in the list does not matter. */
  g_autoptr(AmaProgressUpdate) started = ama_progress_update_new (d2, AMA_PROGRESS_IN_PROGRESS, NULL);
  g_autoptr(AmaProgressUpdate) undated = ama_progress_update_new (NULL, AMA_PROGRESS_SUPERSEDED, NULL);
  g_autoptr(GDateTime) jan1 = day (2018, 1, 1);
  g_autoptr(GDateTime) jan15 = g_date_time_new_utc (2018, 1, 15, 9, 30, 0);
  g_autoptr(GDateTime) mar19 = day (2018, 3, 19);
  g_autoptr(GDateTime) mar20 = day (2018, 3, 20);

  g_assert_cmpint (ama_recommendation_get_status (rec, NULL), ==, AMA_PROGRESS_NOT_STARTED);
  g_assert_null (ama_recommendation_get_latest_update (rec, NULL));

  ama_recommendation_add_update (rec, done);
  ama_recommendation_add_update (rec, started);
  ama_recommendation_add_update (rec, undated);

  g_assert_cmpint (ama_recommendation_get_status (rec, jan1), ==, AMA_PROGRESS_NOT_STARTED);
  /* An update counts on its own day, whatever the time of day asked. */
  g_assert_cmpint (ama_recommendation_get_status (rec, jan15), ==, AMA_PROGRESS_IN_PROGRESS);
  g_assert_cmpint (ama_recommendation_get_status (rec, mar19), ==, AMA_PROGRESS_IN_PROGRESS);
  g_assert_cmpint (ama_recommendation_get_status (rec, mar20), ==, AMA_PROGRESS_COMPLETED);
  /* The undated update cannot be placed in time and is ignored. */
  g_assert_cmpint (ama_recommendation_get_status (rec, NULL), ==, AMA_PROGRESS_COMPLETED);
  g_assert_true (ama_recommendation_get_latest_update (rec, mar19) == started);
}

typedef struct {
  int         y, m, d;
  const char *expected;   /* "number:days" joined by spaces */
} OverdueCase;

/* libraries: rec 1 due 31/03/18 (in progress), rec 2 Q3 2018/19, rec 3
 * March 2018 but completed 20 March, rec 6 Cabinet 12 February 2018. */
static const OverdueCase overdue_cases[] = {
  { 2018, 2, 12, "" },
  { 2018, 2, 13, "6:1" },
  { 2018, 3, 31, "6:47" },
  { 2018, 4, 1, "1:1 6:48" },
  { 2019, 1, 1, "1:276 2:1 6:323" },
};

static void
test_overdue_as_of (void)
{
  g_autoptr(AmaReview) review = load ("catalog/b-libraries.json");

  for (guint i = 0; i < G_N_ELEMENTS (overdue_cases); i++)
    {
      const OverdueCase *c = &overdue_cases[i];
      g_autoptr(GDateTime) as_of = day (c->y, c->m, c->d);
      g_autoptr(GListModel) overdue = ama_review_get_overdue (review, as_of, NULL);
      g_autoptr(GString) got = g_string_new (NULL);

      for (guint j = 0; j < g_list_model_get_n_items (overdue); j++)
        {
          g_autoptr(AmaTrackingItem) item = g_list_model_get_item (overdue, j);

          g_assert_true (ama_tracking_item_get_overdue (item));
          g_assert_true (ama_tracking_item_get_outstanding (item));
          g_assert_true (ama_tracking_item_get_review (item) == review);
          g_string_append_printf (got, "%s%s:%d", got->len ? " " : "",
                                  ama_recommendation_get_number (ama_tracking_item_get_recommendation (item)),
                                  ama_tracking_item_get_days_overdue (item));
        }
      g_test_message ("%d-%02d-%02d: %s", c->y, c->m, c->d, got->str);
      g_assert_cmpstr (got->str, ==, c->expected);
    }
}

static void
test_overdue_details (void)
{
  g_autoptr(AmaReview) review = load ("catalog/b-libraries.json");
  g_autoptr(GDateTime) as_of = day (2018, 4, 1);
  g_autoptr(GListModel) overdue = ama_review_get_overdue (review, as_of, NULL);
  g_autoptr(AmaTrackingItem) first = g_list_model_get_item (overdue, 0);
  g_autoptr(AmaTrackingItem) second = g_list_model_get_item (overdue, 1);
  g_autofree char *due1 = iso (ama_tracking_item_get_due (first));
  g_autofree char *due2 = iso (ama_tracking_item_get_due (second));

  g_assert_cmpstr (ama_tracking_item_get_officer_name (first), ==, "Ian Thomas");
  g_assert_cmpstr (ama_person_get_name (ama_tracking_item_get_officer (first)), ==, "Ian Thomas");
  g_assert_cmpint (ama_tracking_item_get_decision (first), ==, AMA_DECISION_ACCEPTED);
  g_assert_cmpint (ama_tracking_item_get_status (first), ==, AMA_PROGRESS_IN_PROGRESS);
  g_assert_cmpstr (due1, ==, "2018-03-31");
  g_assert_cmpstr (ama_tracking_item_get_reason (first), ==,
                   "Due 31 March 2018 (“31/03/18”), 1 day overdue; in progress since 15 January 2018");

  g_assert_cmpstr (ama_tracking_item_get_officer_name (second), ==, "Sam Patel");
  g_assert_cmpint (ama_tracking_item_get_decision (second), ==, AMA_DECISION_PARTIALLY_ACCEPTED);
  g_assert_cmpstr (due2, ==, "2018-02-12");
  g_assert_cmpstr (ama_tracking_item_get_reason (second), ==,
                   "Due 12 February 2018 (“Cabinet – 12 February 2018”), 48 days overdue; no progress reported");
  g_assert_null (ama_tracking_item_get_next_due (second));
}

/* Everything about one review on one date: who is open, who is closed
 * and why. */
static void
test_track_all (void)
{
  g_autoptr(AmaReview) review = load ("catalog/b-libraries.json");
  g_autoptr(GDateTime) as_of = day (2018, 4, 1);
  g_autoptr(GListModel) items = ama_review_track (review, as_of);
  g_autoptr(GListModel) outstanding = ama_review_get_outstanding (review, as_of, NULL);
  static const struct { gboolean outstanding; const char *reason; } want[] = {
    { TRUE, "Due 31 March 2018" },
    { TRUE, "not yet due" },
    { FALSE, "Closed: completed on 20 March 2018" },
    { FALSE, "Rejected" },
    { FALSE, "Deferred" },
    { TRUE, "48 days overdue" },
    { TRUE, "Ongoing: no due date" },
  };

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, i);

      g_test_message ("%u: %s", i, ama_tracking_item_get_reason (item));
      g_assert_cmpint (ama_tracking_item_get_outstanding (item), ==, want[i].outstanding);
      g_assert_nonnull (strstr (ama_tracking_item_get_reason (item), want[i].reason));
    }
  g_assert_cmpuint (g_list_model_get_n_items (outstanding), ==, 4);
}

/* Rotherham rec 3: no decision, "Annual Participation", no response
 * date. With nothing to count from, the year ends on 31 March. */
static void
test_recurring (void)
{
  g_autoptr(AmaReview) review = load ("rotherham-response-000.json");
  AmaRecommendation *rec = rec_at (review, 2);
  g_autoptr(GDateTime) mar31 = day (2018, 3, 31);
  g_autoptr(GDateTime) apr1 = day (2018, 4, 1);
  g_autoptr(GDateTime) jun1 = day (2018, 6, 1);
  g_autoptr(GDateTime) resp = day (2017, 10, 18);
  g_autoptr(GDateTime) nov1 = day (2018, 11, 1);
  g_autoptr(AmaTrackingItem) before = ama_recommendation_track (rec, review, mar31);
  g_autoptr(AmaTrackingItem) after = ama_recommendation_track (rec, review, apr1);
  g_autoptr(AmaTrackingItem) reported = NULL;
  g_autoptr(AmaTrackingItem) anchored = NULL;
  g_autoptr(AmaTrackingItem) anchored_late = NULL;
  g_autoptr(AmaProgressUpdate) update = ama_progress_update_new (jun1, AMA_PROGRESS_COMPLETED, "Took part");
  g_autofree char *next = NULL;
  g_autofree char *due = NULL;

  /* With no response date nothing says when the commitment began: it
   * is due by the end of the current financial year, never overdue. */
  g_assert_true (ama_tracking_item_get_outstanding (before));
  g_assert_false (ama_tracking_item_get_overdue (before));
  due = iso (ama_tracking_item_get_due (before));
  g_assert_cmpstr (due, ==, "2018-03-31");
  g_clear_pointer (&due, g_free);

  g_assert_true (ama_tracking_item_get_outstanding (after));
  g_assert_false (ama_tracking_item_get_overdue (after));
  g_assert_cmpint (ama_tracking_item_get_days_overdue (after), ==, 0);
  g_assert_cmpint (ama_tracking_item_get_decision (after), ==, AMA_DECISION_PENDING);
  g_assert_cmpstr (ama_tracking_item_get_officer_name (after), ==, "Ian Thomas");
  next = iso (ama_tracking_item_get_next_due (after));
  due = iso (ama_tracking_item_get_due (after));
  g_assert_cmpstr (next, ==, "2019-03-31");
  g_assert_cmpstr (due, ==, "2019-03-31");
  g_assert_nonnull (strstr (ama_tracking_item_get_reason (after), "No decision recorded"));
  g_assert_nonnull (strstr (ama_tracking_item_get_reason (after), "“Annual Participation”"));
  g_assert_nonnull (strstr (ama_tracking_item_get_reason (after), "no response date"));

  /* With a response date, the year counts from it. */
  ama_response_set_date (ama_recommendation_get_response (rec), resp);
  anchored = ama_recommendation_track (rec, review, apr1);
  g_assert_false (ama_tracking_item_get_overdue (anchored));
  g_clear_pointer (&next, g_free);
  next = iso (ama_tracking_item_get_next_due (anchored));
  g_assert_cmpstr (next, ==, "2018-10-18");
  anchored_late = ama_recommendation_track (rec, review, nov1);
  g_assert_true (ama_tracking_item_get_overdue (anchored_late));
  g_assert_cmpint (ama_tracking_item_get_days_overdue (anchored_late), ==, 14);
  g_clear_pointer (&due, g_free);
  due = iso (ama_tracking_item_get_due (anchored_late));
  g_assert_cmpstr (due, ==, "2018-10-18");
  g_assert_nonnull (strstr (ama_tracking_item_get_reason (anchored_late), "no progress update for that cycle; 14 days overdue; next due 18 October 2019"));

  /* An update in that cycle reports on it; "completed" does not close
   * a recurring commitment. */
  ama_recommendation_add_update (rec, update);
  reported = ama_recommendation_track (rec, review, nov1);
  g_assert_true (ama_tracking_item_get_outstanding (reported));
  g_assert_false (ama_tracking_item_get_overdue (reported));
  g_assert_cmpint (ama_tracking_item_get_status (reported), ==, AMA_PROGRESS_COMPLETED);
}

static void
test_closed_and_nfa (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(GDateTime) as_of = day (2018, 4, 1);
  g_autoptr(GDateTime) feb = day (2018, 2, 1);
  g_autoptr(AmaDeadline) by = ama_deadline_parse ("31/12/2017", NULL);
  const AmaProgress closing[] = { AMA_PROGRESS_SUPERSEDED, AMA_PROGRESS_NOT_ACHIEVED, AMA_PROGRESS_IN_PROGRESS };
  g_autoptr(GListModel) overdue = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (closing); i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new (number, "Do it");
      g_autoptr(AmaResponse) response = ama_response_new ();
      g_autoptr(AmaProgressUpdate) update = ama_progress_update_new (feb, closing[i], NULL);

      ama_response_set_decision (response, AMA_DECISION_ACCEPTED);
      ama_response_set_action_by (response, by);
      ama_recommendation_set_response (rec, response);
      ama_recommendation_add_update (rec, update);
      ama_review_add_recommendation (review, rec);
    }
  {
    /* Accepted, late, but no further action is needed. */
    g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("4", "Do it");
    g_autoptr(AmaResponse) response = ama_response_new ();

    ama_response_set_decision (response, AMA_DECISION_ACCEPTED);
    ama_response_set_action_by (response, by);
    ama_response_set_no_further_action (response, TRUE);
    ama_recommendation_set_response (rec, response);
    ama_review_add_recommendation (review, rec);
  }

  overdue = ama_review_get_overdue (review, as_of, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (overdue), ==, 1);
  {
    g_autoptr(AmaTrackingItem) item = g_list_model_get_item (overdue, 0);
    g_assert_cmpstr (ama_recommendation_get_number (ama_tracking_item_get_recommendation (item)), ==, "3");
    /* No officer: still overdue, owned by nobody. */
    g_assert_null (ama_tracking_item_get_officer (item));
    g_assert_null (ama_tracking_item_get_officer_name (item));
    g_assert_cmpint (ama_tracking_item_get_days_overdue (item), ==, 91);
  }
}

static AmaRecommendation *
accepted (const char *number,
          const char *officer,
          const char *action_by)
{
  AmaRecommendation *rec = ama_recommendation_new (number, "Do it");
  g_autoptr(AmaResponse) response = ama_response_new ();
  g_autoptr(AmaPerson) person = ama_person_new (officer);
  g_autoptr(AmaDeadline) by = ama_deadline_parse (action_by, NULL);

  ama_response_set_decision (response, AMA_DECISION_ACCEPTED);
  ama_response_set_text (response, "Will do");
  ama_response_set_officer (response, person);
  ama_response_set_action_by (response, by);
  ama_recommendation_set_response (rec, response);
  return rec;
}

static void
test_per_officer (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(GDateTime) as_of = day (2018, 4, 1);
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GListModel) ians = NULL;
  const char *spec[][3] = {
    { "1", "lan Thomas", "31/01/2018" },
    { "2", "Jane Smith", "Q3 2018/19" },
    { "3", "Ian Thomas", "March 2018" },
    { "4", "Ian  Thomas", "2018/19" },
    { "5", "Adam Brown", "31/12/2017" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (spec); i++)
    {
      g_autoptr(AmaRecommendation) rec = accepted (spec[i][0], spec[i][1], spec[i][2]);
      ama_review_add_recommendation (review, rec);
    }

  groups = ama_review_group_by_officer (review, as_of);
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 3);
  {
    g_autoptr(AmaOfficerActions) adam = g_list_model_get_item (groups, 0);
    g_autoptr(AmaOfficerActions) ian = g_list_model_get_item (groups, 1);
    g_autoptr(AmaOfficerActions) jane = g_list_model_get_item (groups, 2);

    g_assert_cmpstr (ama_officer_actions_get_name (adam), ==, "Adam Brown");
    g_assert_cmpuint (ama_officer_actions_get_overdue_count (adam), ==, 1);
    /* "lan Thomas" and "Ian  Thomas" are Ian Thomas. */
    g_assert_cmpstr (ama_officer_actions_get_name (ian), ==, "Ian Thomas");
    g_assert_cmpuint (g_list_model_get_n_items (ama_officer_actions_get_items (ian)), ==, 3);
    g_assert_cmpuint (ama_officer_actions_get_overdue_count (ian), ==, 2);
    g_assert_cmpstr (ama_officer_actions_get_name (jane), ==, "Jane Smith");
    g_assert_cmpuint (ama_officer_actions_get_overdue_count (jane), ==, 0);
  }

  /* Asking for the misspelling finds the person. */
  ians = ama_review_get_overdue (review, as_of, "lan thomas");
  g_assert_cmpuint (g_list_model_get_n_items (ians), ==, 2);
  {
    g_autoptr(AmaTrackingItem) item = g_list_model_get_item (ians, 0);
    g_assert_cmpstr (ama_tracking_item_get_officer_name (item), ==, "Ian Thomas");
    g_assert_cmpstr (ama_person_get_name (ama_tracking_item_get_officer (item)), ==, "lan Thomas");
  }
}

static void
test_summary (void)
{
  g_autoptr(AmaReview) review = load ("catalog/b-libraries.json");
  g_autoptr(GDateTime) as_of = day (2018, 4, 1);
  g_autoptr(AmaTrackingSummary) s = ama_review_summarize (review, as_of);

  g_assert_cmpuint (ama_tracking_summary_get_total (s), ==, 7);
  g_assert_cmpuint (ama_tracking_summary_get_pending (s), ==, 0);
  g_assert_cmpuint (ama_tracking_summary_get_accepted (s), ==, 4);
  g_assert_cmpuint (ama_tracking_summary_get_partially_accepted (s), ==, 1);
  g_assert_cmpuint (ama_tracking_summary_get_rejected (s), ==, 1);
  g_assert_cmpuint (ama_tracking_summary_get_deferred (s), ==, 1);
  g_assert_cmpuint (ama_tracking_summary_get_noted (s), ==, 0);
  g_assert_cmpuint (ama_tracking_summary_get_not_started (s), ==, 5);
  g_assert_cmpuint (ama_tracking_summary_get_in_progress (s), ==, 1);
  g_assert_cmpuint (ama_tracking_summary_get_completed (s), ==, 1);
  g_assert_cmpuint (ama_tracking_summary_get_outstanding (s), ==, 4);
  g_assert_cmpuint (ama_tracking_summary_get_overdue (s), ==, 2);
  /* One of five accepted or partially accepted is completed. */
  g_assert_cmpfloat_with_epsilon (ama_tracking_summary_get_completed_share (s), 0.2, 1e-9);
}

static void
test_summary_empty (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(GDateTime) as_of = day (2018, 4, 1);
  g_autoptr(AmaTrackingSummary) s = ama_review_summarize (review, as_of);

  g_assert_cmpuint (ama_tracking_summary_get_total (s), ==, 0);
  g_assert_cmpfloat (ama_tracking_summary_get_completed_share (s), ==, 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tracker/status", test_status);
  g_test_add_func ("/tracker/overdue-as-of", test_overdue_as_of);
  g_test_add_func ("/tracker/overdue-details", test_overdue_details);
  g_test_add_func ("/tracker/track-all", test_track_all);
  g_test_add_func ("/tracker/recurring", test_recurring);
  g_test_add_func ("/tracker/closed-and-nfa", test_closed_and_nfa);
  g_test_add_func ("/tracker/per-officer", test_per_officer);
  g_test_add_func ("/tracker/summary", test_summary);
  g_test_add_func ("/tracker/summary-empty", test_summary_empty);

  return g_test_run ();
}
