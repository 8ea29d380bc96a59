/* test-deadline.c: understanding "action by" text
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <ama.h>

typedef struct {
  const char      *text;
  AmaDeadlineKind  kind;
  const char      *due;        /* YYYY-MM-DD or NULL */
  AmaRecurrence    recurrence;
} Case;

/* Reference date for forms without a year: 18 October 2017 (Council). */
static const Case cases[] = {
  { "31/03/2018", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "31/03/18", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "31 March 2018", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "31st March 2018", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "2018-03-31", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "March 2018", AMA_DEADLINE_KIND_MONTH, "2018-03-31", AMA_RECURRENCE_NONE },
  { "February 2020", AMA_DEADLINE_KIND_MONTH, "2020-02-29", AMA_RECURRENCE_NONE },
  { "Sept 2018", AMA_DEADLINE_KIND_MONTH, "2018-09-30", AMA_RECURRENCE_NONE },
  { "Q1 2018/19", AMA_DEADLINE_KIND_QUARTER, "2018-06-30", AMA_RECURRENCE_NONE },
  { "Q3 2018/19", AMA_DEADLINE_KIND_QUARTER, "2018-12-31", AMA_RECURRENCE_NONE },
  { "Q4 2018/19", AMA_DEADLINE_KIND_QUARTER, "2019-03-31", AMA_RECURRENCE_NONE },
  { "2018/19", AMA_DEADLINE_KIND_FINANCIAL_YEAR, "2019-03-31", AMA_RECURRENCE_NONE },
  { "2018/2019", AMA_DEADLINE_KIND_FINANCIAL_YEAR, "2019-03-31", AMA_RECURRENCE_NONE },
  { "End of year", AMA_DEADLINE_KIND_FINANCIAL_YEAR, "2018-03-31", AMA_RECURRENCE_NONE },
  { "Annual", AMA_DEADLINE_KIND_RECURRING, NULL, AMA_RECURRENCE_YEARLY },
  { "Annual Participation", AMA_DEADLINE_KIND_RECURRING, NULL, AMA_RECURRENCE_YEARLY },
  { "Annual \nParticipation", AMA_DEADLINE_KIND_RECURRING, NULL, AMA_RECURRENCE_YEARLY },
  { "Quarterly", AMA_DEADLINE_KIND_RECURRING, NULL, AMA_RECURRENCE_QUARTERLY },
  { "Ongoing", AMA_DEADLINE_KIND_ONGOING, NULL, AMA_RECURRENCE_NONE },
  { "On-going", AMA_DEADLINE_KIND_ONGOING, NULL, AMA_RECURRENCE_NONE },
  { "Immediate", AMA_DEADLINE_KIND_IMMEDIATE, "2017-10-18", AMA_RECURRENCE_NONE },
  { "N/A", AMA_DEADLINE_KIND_NOT_APPLICABLE, NULL, AMA_RECURRENCE_NONE },
  { "-", AMA_DEADLINE_KIND_NOT_APPLICABLE, NULL, AMA_RECURRENCE_NONE },
  /* Malformed: kept, never guessed. */
  { "31/02/2018", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "Q5 2018/19", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "2018/20", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "Smarch 2018", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "when the Trust reports", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
};

static void
test_table (void)
{
  g_autoptr(GDateTime) reference = g_date_time_new_utc (2017, 10, 18, 0, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AmaDeadline) d = ama_deadline_parse (cases[i].text, reference);
      g_autofree char *due = NULL;

      g_test_message ("“%s”", cases[i].text);
      g_assert_nonnull (d);
      /* The text is kept exactly as written, whatever was understood. */
      g_assert_cmpstr (ama_deadline_get_text (d), ==, cases[i].text);
      g_assert_cmpint (ama_deadline_get_kind (d), ==, cases[i].kind);
      g_assert_cmpint (ama_deadline_get_recurrence (d), ==, cases[i].recurrence);
      if (ama_deadline_get_due (d))
        due = g_date_time_format (ama_deadline_get_due (d), "%Y-%m-%d");
      g_assert_cmpstr (due, ==, cases[i].due);
    }
}

static void
test_blank (void)
{
  g_assert_null (ama_deadline_parse (NULL, NULL));
  g_assert_null (ama_deadline_parse ("", NULL));
  g_assert_null (ama_deadline_parse ("  \n\t", NULL));
}

static void
test_no_reference (void)
{
  /* Without a reference date, "End of year" cannot be resolved. */
  g_autoptr(AmaDeadline) d = ama_deadline_parse ("End of year", NULL);

  g_assert_cmpint (ama_deadline_get_kind (d), ==, AMA_DEADLINE_KIND_UNPARSED);
  g_assert_null (ama_deadline_get_due (d));
}

static void
test_equal_and_ref (void)
{
  g_autoptr(AmaDeadline) a = ama_deadline_parse ("March 2018", NULL);
  g_autoptr(AmaDeadline) b = ama_deadline_parse ("March 2018", NULL);
  g_autoptr(AmaDeadline) c = ama_deadline_parse ("march 2018", NULL);
  AmaDeadline *r = ama_deadline_ref (a);

  g_assert_true (ama_deadline_equal (a, b));
  /* Same meaning, different text: not equal, the text is a fact. */
  g_assert_false (ama_deadline_equal (a, c));
  g_assert_true (r == a);
  ama_deadline_unref (r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deadline/table", test_table);
  g_test_add_func ("/deadline/blank", test_blank);
  g_test_add_func ("/deadline/no-reference", test_no_reference);
  g_test_add_func ("/deadline/equal-and-ref", test_equal_and_ref);

  return g_test_run ();
}
