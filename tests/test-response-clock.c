/* test-response-clock.c: the statutory response clock and decision history
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Expected dates are worked from the rule, not from the code: a period
 * "beginning with" the day the executive received the report includes
 * that day (LGA 2000 s.9FE; the 2009 England Regulations, reg. 6(1)), so
 * months end the day before the corresponding date, or on the last day
 * of a month that has no corresponding date (Dodds v Walker).
 */

#include <ama.h>

static GDateTime *
date (int y, int m, int d)
{
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

static char *
iso (GDateTime *d)
{
  return d ? g_date_time_format (d, "%Y-%m-%d") : NULL;
}

static void
test_parse (void)
{
  const struct { const char *text; gboolean ok; guint count; AmaPeriodUnit unit; } cases[] = {
    { "2 months", TRUE, 2, AMA_PERIOD_UNIT_MONTHS },
    { "8 weeks", TRUE, 8, AMA_PERIOD_UNIT_WEEKS },
    { "28 days", TRUE, 28, AMA_PERIOD_UNIT_DAYS },
    { "two months", TRUE, 2, AMA_PERIOD_UNIT_MONTHS },
    { "1 month", TRUE, 1, AMA_PERIOD_UNIT_MONTHS },
    { "soon", FALSE, 0, 0 },
    { "", FALSE, 0, 0 },
    { "months", FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint count = 0;
      AmaPeriodUnit unit = 0;

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (ama_period_parse (cases[i].text, &count, &unit), ==, cases[i].ok);
      if (cases[i].ok)
        {
          g_assert_cmpuint (count, ==, cases[i].count);
          g_assert_cmpint (unit, ==, cases[i].unit);
        }
    }
}

static void
test_last_day (void)
{
  const struct { int y, m, d; guint count; AmaPeriodUnit unit; const char *last; } cases[] = {
    { 2017, 10, 18, 2, AMA_PERIOD_UNIT_MONTHS, "2017-12-17" },  /* Rotherham's report */
    { 2017, 11, 1, 2, AMA_PERIOD_UNIT_MONTHS, "2017-12-31" },
    { 2019, 12, 31, 2, AMA_PERIOD_UNIT_MONTHS, "2020-02-29" },  /* no 31 February; leap year */
    { 2018, 12, 31, 2, AMA_PERIOD_UNIT_MONTHS, "2019-02-28" },
    { 2017, 12, 20, 2, AMA_PERIOD_UNIT_MONTHS, "2018-02-19" },  /* across the year */
    { 2017, 10, 18, 8, AMA_PERIOD_UNIT_WEEKS, "2017-12-12" },   /* 56 days, the first included */
    { 2017, 10, 18, 30, AMA_PERIOD_UNIT_DAYS, "2017-11-16" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = date (cases[i].y, cases[i].m, cases[i].d);
      g_autoptr(GDateTime) last = ama_period_last_day (start, cases[i].count, cases[i].unit);
      g_autofree char *got = iso (last);

      g_assert_cmpstr (got, ==, cases[i].last);
    }
}

/* The review's clock: due date, how late the executive was, who is still
 * waiting, and the period the review sets for itself. */
static void
test_review_clock (void)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(GDateTime) received = date (2017, 10, 18);
  g_autoptr(GDateTime) before = date (2017, 12, 17);
  g_autoptr(GDateTime) after = date (2017, 12, 18);
  g_autoptr(AmaRecommendation) decided = ama_recommendation_new ("1", "Publish the plan.");
  g_autoptr(AmaRecommendation) waiting = ama_recommendation_new ("2", "Train the staff.");
  g_autoptr(AmaResponse) response = ama_response_new ();
  g_autoptr(GDateTime) cabinet = date (2018, 2, 19);
  g_autoptr(AmaDecisionRecord) record = ama_decision_record_new (AMA_DECISION_ACCEPTED, cabinet);
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GListModel) awaiting = NULL;
  g_autofree char *due_text = NULL;

  /* No date received: no clock. */
  g_assert_null (ama_review_get_response_due (review));

  ama_review_set_reported_to_executive (review, received);
  due = ama_review_get_response_due (review);
  due_text = iso (due);
  g_assert_cmpstr (due_text, ==, "2017-12-17");

  g_assert_true (ama_response_add_decision_record (response, record));
  g_assert_cmpint (ama_response_get_decision (response), ==, AMA_DECISION_ACCEPTED);
  ama_recommendation_set_response (decided, response);
  ama_review_add_recommendation (review, decided);
  ama_review_add_recommendation (review, waiting);

  /* 17 December 2017 → 19 February 2018: 64 days late. */
  g_assert_cmpint (ama_review_get_response_days_late (review), ==, 64);
  g_assert_false (ama_review_is_response_overdue (review, before));
  g_assert_true (ama_review_is_response_overdue (review, after));
  awaiting = ama_review_get_awaiting_response (review, after);
  g_assert_cmpuint (g_list_model_get_n_items (awaiting), ==, 1);
  {
    g_autoptr(AmaRecommendation) first = g_list_model_get_item (awaiting, 0);
    g_assert_cmpstr (ama_recommendation_get_number (first), ==, "2");
  }

  /* A review's own period replaces the statutory one. */
  g_clear_pointer (&due, g_date_time_unref);
  g_clear_pointer (&due_text, g_free);
  ama_review_set_response_period (review, "8 weeks");
  due = ama_review_get_response_due (review);
  due_text = iso (due);
  g_assert_cmpstr (due_text, ==, "2017-12-12");
}

/* History stays oldest first whatever order records arrive in, a record
 * given twice is kept once, and the latest sets the decision. */
static void
test_history (void)
{
  g_autoptr(AmaResponse) response = ama_response_new ();
  g_autoptr(GDateTime) d1 = date (2017, 12, 4);
  g_autoptr(GDateTime) d2 = date (2018, 2, 19);
  g_autoptr(AmaDecisionRecord) deferred = ama_decision_record_new (AMA_DECISION_DEFERRED, d1);
  g_autoptr(AmaDecisionRecord) accepted = ama_decision_record_new (AMA_DECISION_ACCEPTED, d2);
  g_autoptr(AmaDecisionRecord) again = ama_decision_record_new (AMA_DECISION_ACCEPTED, d2);
  GListModel *history = ama_response_get_history (response);
  g_autofree char *decided = NULL;

  g_assert_true (ama_response_add_decision_record (response, accepted));
  g_assert_true (ama_response_add_decision_record (response, deferred));
  g_assert_false (ama_response_add_decision_record (response, again));
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  {
    g_autoptr(AmaDecisionRecord) first = g_list_model_get_item (history, 0);
    g_autoptr(AmaDecisionRecord) second = g_list_model_get_item (history, 1);

    g_assert_cmpint (ama_decision_record_get_decision (first), ==, AMA_DECISION_DEFERRED);
    g_assert_cmpint (ama_decision_record_get_decision (second), ==, AMA_DECISION_ACCEPTED);
  }
  /* The older record, added last, does not undo the later decision. */
  g_assert_cmpint (ama_response_get_decision (response), ==, AMA_DECISION_ACCEPTED);
  /* The clock stops at the first decision. */
  decided = iso (ama_response_get_decided_on (response));
  g_assert_cmpstr (decided, ==, "2017-12-04");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/response-clock/parse", test_parse);
  g_test_add_func ("/response-clock/last-day", test_last_day);
  g_test_add_func ("/response-clock/review", test_review_clock);
  g_test_add_func ("/response-clock/history", test_history);

  return g_test_run ();
}
