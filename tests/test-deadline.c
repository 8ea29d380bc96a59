/* test-deadline.c: understanding "action by" text
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>

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
  { "31.03.2018", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "31-03-18", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "31 Mar 18", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "1/4/2018", AMA_DEADLINE_KIND_DATE, "2018-04-01", AMA_RECURRENCE_NONE },
  { "Completed", AMA_DEADLINE_KIND_NOT_APPLICABLE, NULL, AMA_RECURRENCE_NONE },
  { "–", AMA_DEADLINE_KIND_NOT_APPLICABLE, NULL, AMA_RECURRENCE_NONE },
  { "31 March 2018.", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "End of year", AMA_DEADLINE_KIND_FINANCIAL_YEAR, "2018-03-31", AMA_RECURRENCE_NONE },
  /* "By" adds nothing to a deadline. */
  { "By March 2018", AMA_DEADLINE_KIND_MONTH, "2018-03-31", AMA_RECURRENCE_NONE },
  { "by 31/03/18", AMA_DEADLINE_KIND_DATE, "2018-03-31", AMA_RECURRENCE_NONE },
  { "Before Q1 2018/19", AMA_DEADLINE_KIND_QUARTER, "2018-06-30", AMA_RECURRENCE_NONE },
  { "End of March 2018", AMA_DEADLINE_KIND_MONTH, "2018-03-31", AMA_RECURRENCE_NONE },
  { "By end of 2018/19", AMA_DEADLINE_KIND_FINANCIAL_YEAR, "2019-03-31", AMA_RECURRENCE_NONE },
  /* Week commencing: due when the week is over. */
  { "w/c 12 March 2018", AMA_DEADLINE_KIND_DATE, "2018-03-18", AMA_RECURRENCE_NONE },
  { "Week commencing 26 February 2018", AMA_DEADLINE_KIND_DATE, "2018-03-04", AMA_RECURRENCE_NONE },
  /* A meeting: due on its date; the name stays in the text. */
  { "Cabinet – 12 October 2011", AMA_DEADLINE_KIND_DATE, "2011-10-12", AMA_RECURRENCE_NONE },
  { "Cabinet - 12 October 2011", AMA_DEADLINE_KIND_DATE, "2011-10-12", AMA_RECURRENCE_NONE },
  { "Overview and Scrutiny Management Board: 3rd May 2018", AMA_DEADLINE_KIND_DATE, "2018-05-03", AMA_RECURRENCE_NONE },
  { "Monthly", AMA_DEADLINE_KIND_RECURRING, NULL, AMA_RECURRENCE_MONTHLY },
  { "Weekly", AMA_DEADLINE_KIND_RECURRING, NULL, AMA_RECURRENCE_WEEKLY },
  /* Malformed: kept, never guessed. */
  { "By Annual", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "By", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "w/c March 2018", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "Cabinet – sometime", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "Cabinet – 31 February 2018", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "31.13.2018", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "31-03-2018x", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "32/01/2018", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "Q0 2018/19", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "2018/18", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "March", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "TBC", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
  { "\xff\xfe", AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE },
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
      /* escaped: a case is invalid UTF-8 on purpose, and TAP output must
       * stay UTF-8 for meson to read it */
      g_autofree char *shown = g_strescape (cases[i].text, NULL);

      g_test_message ("“%s”", shown);
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

typedef struct {
  const char *text;
  const char *anchor;    /* YYYY-MM-DD or NULL */
  const char *as_of;     /* YYYY-MM-DD */
  const char *next;      /* expected next due, or NULL */
  const char *previous;  /* expected previous due, or NULL */
} DueCase;

static const DueCase due_cases[] = {
  /* One-off: the due date whatever the as-of; nothing "previous". */
  { "31/03/18", NULL, "2018-04-01", "2018-03-31", NULL },
  { "Q3 2018/19", "2017-10-18", "2018-04-01", "2018-12-31", NULL },
  { "Ongoing", NULL, "2018-04-01", NULL, NULL },
  { "N/A", NULL, "2018-04-01", NULL, NULL },
  /* Yearly with no anchor: each financial year end (31 March). */
  { "Annual Participation", NULL, "2018-04-01", "2019-03-31", "2018-03-31" },
  { "Annual Participation", NULL, "2018-03-31", "2018-03-31", "2017-03-31" },
  { "Annual Participation", NULL, "2018-01-15", "2018-03-31", "2017-03-31" },
  /* Anchored on the response date: one period after it, then yearly. */
  { "Annual", "2017-10-18", "2018-04-01", "2018-10-18", NULL },
  { "Annual", "2017-10-18", "2018-10-19", "2019-10-18", "2018-10-18" },
  { "Annual", "2017-10-18", "2018-10-18", "2018-10-18", NULL },
  /* Quarterly and monthly: calendar ends, or from the anchor. */
  { "Quarterly", NULL, "2018-04-01", "2018-06-30", "2018-03-31" },
  { "Quarterly", NULL, "2018-01-01", "2018-03-31", "2017-12-31" },
  { "Quarterly", "2018-01-31", "2018-06-01", "2018-07-31", "2018-04-30" },
  { "Monthly", NULL, "2018-02-10", "2018-02-28", "2018-01-31" },
  { "Monthly", NULL, "2018-01-10", "2018-01-31", "2017-12-31" },
  { "Monthly", "2018-01-31", "2018-03-01", "2018-03-31", "2018-02-28" },
  /* Weekly: Sundays, or from the anchor. 1 April 2018 was a Sunday. */
  { "Weekly", NULL, "2018-04-01", "2018-04-01", "2018-03-25" },
  { "Weekly", NULL, "2018-04-04", "2018-04-08", "2018-04-01" },
  { "Weekly", "2018-03-28", "2018-04-04", "2018-04-04", NULL },
  { "Weekly", "2018-03-28", "2018-04-05", "2018-04-11", "2018-04-04" },
};

static GDateTime *
date_from (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return NULL;
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

static char *
iso_of (GDateTime *dt)
{
  return dt ? g_date_time_format (dt, "%Y-%m-%d") : NULL;
}

static void
test_next_due (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (due_cases); i++)
    {
      const DueCase *c = &due_cases[i];
      g_autoptr(AmaDeadline) d = ama_deadline_parse (c->text, NULL);
      g_autoptr(GDateTime) anchor = date_from (c->anchor);
      g_autoptr(GDateTime) as_of = date_from (c->as_of);
      g_autoptr(GDateTime) next = ama_deadline_next_due_from (d, anchor, as_of);
      g_autoptr(GDateTime) prev = ama_deadline_previous_due_from (d, anchor, as_of);
      g_autofree char *next_iso = iso_of (next);
      g_autofree char *prev_iso = iso_of (prev);

      g_test_message ("“%s” anchor %s as of %s", c->text, c->anchor, c->as_of);
      g_assert_cmpstr (next_iso, ==, c->next);
      g_assert_cmpstr (prev_iso, ==, c->previous);
      if (anchor == NULL)
        {
          /* The short form is the same question with no anchor. */
          g_autoptr(GDateTime) again = ama_deadline_next_due (d, as_of);
          g_autofree char *again_iso = iso_of (again);
          g_assert_cmpstr (again_iso, ==, c->next);
        }
    }
}

/* A recurring deadline that carries its own first due date counts from
 * there, whatever anchor is passed. */
static void
test_recurring_with_due (void)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (2018, 6, 30, 0, 0, 0);
  g_autoptr(AmaDeadline) d = ama_deadline_new ("Annual report", AMA_DEADLINE_KIND_RECURRING,
                                               first, AMA_RECURRENCE_YEARLY);
  g_autoptr(GDateTime) anchor = g_date_time_new_utc (2017, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) as_of = g_date_time_new_utc (2019, 7, 1, 0, 0, 0);
  g_autoptr(GDateTime) next = ama_deadline_next_due_from (d, anchor, as_of);
  g_autoptr(GDateTime) prev = ama_deadline_previous_due_from (d, anchor, as_of);
  g_autoptr(GDateTime) none = ama_deadline_next_due (d, NULL);
  g_autofree char *n = iso_of (next);
  g_autofree char *p = iso_of (prev);
  g_autofree char *f = iso_of (none);

  g_assert_cmpstr (n, ==, "2020-06-30");
  g_assert_cmpstr (p, ==, "2019-06-30");
  /* With no as-of, the first occurrence. */
  g_assert_cmpstr (f, ==, "2018-06-30");
}

/* Yearly without anchor or as-of: there is nothing to count from. */
static void
test_recurring_unanchored (void)
{
  g_autoptr(AmaDeadline) d = ama_deadline_parse ("Annual", NULL);

  g_assert_null (ama_deadline_next_due (d, NULL));
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
  g_test_add_func ("/deadline/next-due", test_next_due);
  g_test_add_func ("/deadline/recurring-with-due", test_recurring_with_due);
  g_test_add_func ("/deadline/recurring-unanchored", test_recurring_unanchored);

  return g_test_run ();
}
