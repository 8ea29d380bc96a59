/* test-report.c: the report layer's outputs, byte for byte where it matters
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <ama.h>
#include <glib/gstdio.h>
#include <string.h>
#include <time.h>

static GDateTime *
date (int y, int m, int d)
{
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

/* A review whose texts would break every output if it were not escaped. */
static AmaReview *
hostile_review (void)
{
  AmaReview *review = ama_review_new ();
  g_autoptr(AmaRecommendation) r1 = ama_recommendation_new ("1", "<script>window.__pwned = 1</script> Do it.");
  g_autoptr(AmaRecommendation) r2 = ama_recommendation_new ("2", "<img src=x onerror=alert(1)> Then | this\nand that.");
  g_autoptr(AmaResponse) a = ama_response_new ();
  g_autoptr(AmaResponse) b = ama_response_new ();
  g_autoptr(AmaPerson) officer = ama_person_new ("@admin");
  g_autoptr(GDateTime) due = date (2018, 3, 31);
  g_autoptr(AmaDeadline) by = ama_deadline_new ("31/03/2018", AMA_DEADLINE_KIND_DATE, due, AMA_RECURRENCE_NONE);
  g_autoptr(AmaDeadline) yearly = ama_deadline_new ("Annual Participation", AMA_DEADLINE_KIND_RECURRING, NULL,
                                                    AMA_RECURRENCE_YEARLY);
  g_autoptr(GDateTime) responded = date (2017, 10, 18);
  const char *points[] = { "first | point", NULL };

  ama_review_set_id (review, "hostile");
  ama_review_set_title (review, "A <b>bold</b> & \"quoted\" title");

  ama_response_set_decision (a, AMA_DECISION_ACCEPTED);
  ama_response_set_text (a, "=HYPERLINK(\"http://example.invalid\")");
  ama_response_set_officer (a, officer);
  ama_response_set_action_by (a, by);
  ama_recommendation_set_response (r1, a);
  ama_review_add_recommendation (review, r1);

  ama_response_set_inferred_decision (b, AMA_DECISION_REJECTED);
  ama_response_set_text (b, "+1 | no\nthanks");
  ama_response_set_action_by (b, yearly);
  ama_response_set_date (b, responded);
  ama_recommendation_set_points (r2, points);
  ama_recommendation_set_response (r2, b);
  ama_review_add_recommendation (review, r2);
  return review;
}

static char *
render (AmaReview       *review,
        AmaReportFormat  format,
        GDateTime       *as_of)
{
  g_autoptr(AmaReportWriter) writer = ama_report_writer_new (format);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  ama_report_writer_set_as_of (writer, as_of);
  bytes = ama_report_writer_write_bytes (writer, review, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_true (g_utf8_validate (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_neutralise_cell (void)
{
  struct { const char *in, *out; } cases[] = {
    { "=SUM(A1:A2)", "'=SUM(A1:A2)" },
    { "+44 1709", "'+44 1709" },
    { "-", "'-" },
    { "@admin", "'@admin" },
    { "\t=1", "'\t=1" },
    { "\r=1", "'\r=1" },
    { "Ian Thomas", "Ian Thomas" },
    { "1. =not a formula", "1. =not a formula" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = ama_report_neutralise_cell (cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].out);
    }
  {
    g_autofree char *got = ama_report_neutralise_cell (NULL);
    g_assert_cmpstr (got, ==, "");
  }
}

static void
test_html_escapes_everything (void)
{
  g_autoptr(AmaReview) review = hostile_review ();
  g_autofree char *html = render (review, AMA_REPORT_FORMAT_HTML, NULL);

  /* No element from a document survives: the only tags are ours. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;window.__pwned = 1&lt;/script&gt; Do it."));
  g_assert_nonnull (strstr (html, "&lt;img src=x onerror=alert(1)&gt;"));
  g_assert_nonnull (strstr (html, "A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title"));

  /* Self-contained: nothing is fetched. */
  g_assert_false (g_regex_match_simple ("<[a-zA-Z][^>]*\\s(src|href)=", html, 0, 0));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "@import"));
  g_assert_nonnull (strstr (html, "Content-Security-Policy"));
}

static void
test_html_table_structure (void)
{
  g_autoptr(AmaReview) review = hostile_review ();
  g_autoptr(GDateTime) as_of = date (2018, 6, 30);
  g_autofree char *html = render (review, AMA_REPORT_FORMAT_HTML, as_of);

  g_assert_nonnull (strstr (html, "<caption>Cabinet\u2019s response to the recommendations"));
  /* The council's columns, in its order, then progress. */
  g_assert_nonnull (strstr (html,
                            "<th scope=\"col\">Recommendation</th>"
                            "<th scope=\"col\">Cabinet Decision (Accepted/ Rejected/ Deferred)</th>"
                            "<th scope=\"col\">Cabinet Response</th>"
                            "<th scope=\"col\">Officer Responsible</th>"
                            "<th scope=\"col\">Action by (Date)</th>"
                            "<th scope=\"col\">Progress</th>"));
  /* One row header per recommendation in the response table (the
   * meetings and scores tables add none here). */
  g_assert_cmpuint (count (html, "<th scope=\"row\"><span class=\"num\">"), ==, 2);

  /* A recorded decision is labelled; a blank one says so and marks the
   * inference as inferred. */
  g_assert_nonnull (strstr (html, "data-decision=\"accepted\"><span class=\"badge\">Accepted</span>"));
  g_assert_nonnull (strstr (html, "data-decision=\"pending\"><span class=\"badge\">No decision recorded</span>"));
  g_assert_nonnull (strstr (html, "data-inferred=\"rejected\">Inferred from the response: "
                                  "<span class=\"badge\">Rejected</span>"));

  /* 31 March 2018 to 30 June 2018 with no progress update. */
  g_assert_nonnull (strstr (html, "Overdue by 91 days"));
  /* The annual action, anchored on the response (18 October 2017), is
   * outstanding and next due a year on. */
  g_assert_nonnull (strstr (html, "Outstanding, due 18 October 2018"));

  /* The decisions chart keeps the blank as the headline and shows the
   * wording's implication beneath it, hollow and labelled. */
  g_assert_nonnull (strstr (html, "\u21b3 wording implies Rejected</text><rect class=\"inferred rejected\""));

  /* Charts are inline SVG with accessible titles. */
  g_assert_cmpuint (count (html, "<svg xmlns=\"http://www.w3.org/2000/svg\""), ==, 2);
  g_assert_nonnull (strstr (html, "role=\"img\""));

  /* Printable on A4. */
  g_assert_nonnull (strstr (html, "@page{size:A4"));
}

static void
test_markdown_table (void)
{
  g_autoptr(AmaReview) review = hostile_review ();
  g_autofree char *md = render (review, AMA_REPORT_FORMAT_MARKDOWN, NULL);
  g_auto(GStrv) lines = g_strsplit (md, "\n", -1);
  guint rows = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint pipes = 0;

      if (lines[i][0] != '|')
        continue;
      rows++;
      /* Every row has exactly 8 unescaped pipes: 7 cells. */
      for (const char *p = lines[i]; *p; p++)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '|')
            pipes++;
        }
      g_assert_cmpuint (pipes, ==, 8);
    }
  g_assert_cmpuint (rows, ==, 2 + 2);   /* header, rule, two recommendations */
  g_assert_nonnull (strstr (md, "Then \\| this<br>and that."));
  g_assert_nonnull (strstr (md, "&lt;script&gt;"));
  g_assert_null (strstr (md, "<script"));
  g_assert_nonnull (strstr (md, "**No decision recorded**<br>*inferred: Rejected*"));
}

static void
test_csv_and_tsv (void)
{
  g_autoptr(AmaReview) review = hostile_review ();
  g_autofree char *csv = render (review, AMA_REPORT_FORMAT_CSV, NULL);
  g_autofree char *tsv = render (review, AMA_REPORT_FORMAT_TSV, NULL);
  g_autoptr(GDateTime) june = g_date_time_new_utc (2018, 6, 1, 0, 0, 0);
  g_autofree char *tracked = render (review, AMA_REPORT_FORMAT_TSV, june);
  g_auto(GStrv) tsv_lines = NULL;
  g_auto(GStrv) tracked_lines = NULL;
  g_auto(GStrv) row = NULL;

  g_assert_true (g_str_has_prefix (csv, "Recommendation,Cabinet Decision (Accepted/ Rejected/ Deferred),"
                                        "Cabinet Response,Officer Responsible,Action by (Date),Status,Due,Outstanding\r\n"));
  /* Quoted because of the quotes; neutralised because of the '='. */
  g_assert_nonnull (strstr (csv, ",Accepted,\"'=HYPERLINK(\"\"http://example.invalid\"\")\",'@admin,31/03/2018,"));
  /* A blank decision stays blank: the inference is not the council's. */
  g_assert_nonnull (strstr (csv, ",,\"'+1 | no\nthanks\",,Annual Participation,"));
  g_assert_nonnull (strstr (csv, "\r\n\"2. <img src=x onerror=alert(1)> Then | this\nand that. first | point\","));
  g_assert_null (strstr (csv, "Inferred"));

  tsv_lines = g_strsplit (tsv, "\n", -1);
  g_assert_cmpuint (g_strv_length (tsv_lines), ==, 1 + 2 + 1);   /* header, 2 rows, final "" */
  for (guint i = 0; i < 3; i++)
    {
      g_auto(GStrv) cells = g_strsplit (tsv_lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (cells), ==, 8);
    }
  g_assert_nonnull (strstr (tsv, "\t'+1 | no thanks\t"));
  g_assert_true (g_str_has_prefix (tsv_lines[0], "Recommendation\t") &&
                 g_str_has_suffix (tsv_lines[0], "\tAction by (Date)\tStatus\tDue\tOutstanding"));

  /* The tracker's columns: the first recommendation, accepted with
   * action by 31/03/2018 and no update, seen on 1 June 2018. */
  tracked_lines = g_strsplit (tracked, "\n", -1);
  row = g_strsplit (tracked_lines[1], "\t", -1);
  g_assert_cmpuint (g_strv_length (row), ==, 8);
  g_assert_cmpstr (row[4], ==, "31/03/2018");
  g_assert_cmpstr (row[5], ==, "No update recorded");
  g_assert_cmpstr (row[6], ==, "2018-03-31");
  g_assert_cmpstr (row[7], ==, "Yes, 62 days overdue");

  /* Read back, the three are skipped, not appended to the response. */
  {
    g_autoptr(AmaImporter) importer = ama_importer_new ();
    g_autoptr(GError) error = NULL;
    g_autoptr(AmaReview) back = ama_importer_import_data (importer, tracked, -1, &error);
    g_autoptr(AmaRecommendation) first = NULL;
    const char *text;

    g_assert_no_error (error);
    first = g_list_model_get_item (ama_review_get_recommendations (back), 0);
    text = ama_response_get_text (ama_recommendation_get_response (first));
    g_assert_null (strstr (text, "Status:"));
    g_assert_null (strstr (text, "Outstanding"));
  }
}

static void
test_table_needs_one_review (void)
{
  g_autoptr(AmaReportWriter) writer = ama_report_writer_new (AMA_REPORT_FORMAT_CSV);
  g_autoptr(GListStore) reviews = g_list_store_new (AMA_TYPE_REVIEW);
  g_autoptr(AmaReview) a = hostile_review ();
  g_autoptr(AmaReview) b = hostile_review ();
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_list_store_append (reviews, a);
  g_list_store_append (reviews, b);
  g_assert_false (ama_report_writer_write_reviews (writer, G_LIST_MODEL (reviews), out, NULL, &error));
  g_assert_error (error, AMA_ERROR, AMA_ERROR_INVALID);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), ==, 0);
}

static void
test_several_reviews_one_document (void)
{
  g_autoptr(GListStore) reviews = g_list_store_new (AMA_TYPE_REVIEW);
  g_autoptr(AmaReview) a = hostile_review ();
  g_autoptr(AmaReview) b = hostile_review ();
  g_autoptr(GObject) not_a_review = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GListStore) mixed = g_list_store_new (G_TYPE_OBJECT);
  AmaReportFormat formats[] = { AMA_REPORT_FORMAT_HTML, AMA_REPORT_FORMAT_MARKDOWN };

  ama_review_set_id (b, "second");
  ama_review_set_title (b, "The second review");
  g_list_store_append (reviews, a);
  g_list_store_append (reviews, b);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(AmaReportWriter) writer = ama_report_writer_new (formats[f]);
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      g_assert_true (ama_report_writer_write_reviews (writer, G_LIST_MODEL (reviews), out, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));   /* NUL-terminate */
      g_assert_true (g_output_stream_close (out, NULL, NULL));
      text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
      g_assert_nonnull (strstr (text, "The second review"));
      if (formats[f] == AMA_REPORT_FORMAT_HTML)
        {
          /* One page, one article per review, one set of chart ids each. */
          g_assert_cmpuint (count (text, "<article class=\"review\">"), ==, 2);
          g_assert_cmpuint (count (text, "<!DOCTYPE html>"), ==, 1);
          g_assert_nonnull (strstr (text, "id=\"chart-decisions-0-title\""));
          g_assert_nonnull (strstr (text, "id=\"chart-decisions-1-title\""));
        }
      else
        g_assert_cmpuint (count (text, "\n# "), ==, 1);   /* the second title; the first starts the file */
    }

  /* A list holding something else is refused, naming the item. */
  g_list_store_append (mixed, a);
  g_list_store_append (mixed, not_a_review);
  {
    g_autoptr(AmaReportWriter) writer = ama_report_writer_new (AMA_REPORT_FORMAT_HTML);
    g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
    g_autoptr(GError) error = NULL;

    g_assert_false (ama_report_writer_write_reviews (writer, G_LIST_MODEL (mixed), out, NULL, &error));
    g_assert_error (error, AMA_ERROR, AMA_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "item 1"));
  }
}

/* Random text from an alphabet of everything that matters to some output
 * format, put in every field a report prints. */
static char *
random_text (GRand *rand)
{
  static const char *pieces[] = {
    "<", ">", "&", "\"", "'", "|", "\n", "\r", "\t", "=", "+", "-", "@", "\\", "`", "*", "_",
    "[", "]", "#", "script", "img", " ", "a", "\u00e9", "\u2014", "\U0001F600", ";", ",", ":",
    "</td>", "<!--", "]]>", "\x01",
  };
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, 24);

  for (guint i = 0; i < n; i++)
    g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  return g_string_free (s, FALSE);
}

static void
test_random_text_never_makes_markup (void)
{
  static const char *allowed[] = {
    "html", "head", "meta", "title", "style", "body", "main", "article", "header", "p", "h1", "h2",
    "dl", "dt", "dd", "code", "section", "table", "caption", "colgroup", "col", "thead", "tbody",
    "tr", "th", "td", "span", "ul", "ol", "li", "br", "svg", "g", "text", "rect", "line", "figure",
    "figcaption", "strong", "footer", NULL,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20171018);

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(AmaReview) review = ama_review_new ();
      g_autoptr(GDateTime) day = date (2017, 1 + round % 12, 1 + round % 28);
      g_autofree char *html = NULL;
      g_autofree char *md = NULL;
      g_autofree char *csv = NULL;
      g_autofree char *title = random_text (rand);
      g_autofree char *id = random_text (rand);

      ama_review_set_title (review, title);
      ama_review_set_id (review, id);
      for (guint r = 0; r < 3; r++)
        {
          g_autofree char *number = random_text (rand);
          g_autofree char *text = random_text (rand);
          g_autofree char *rtext = random_text (rand);
          g_autofree char *name = random_text (rand);
          g_autofree char *by = random_text (rand);
          g_autofree char *point = random_text (rand);
          const char *points[] = { point, NULL };
          g_autoptr(AmaRecommendation) rec = ama_recommendation_new (number, text);
          g_autoptr(AmaResponse) resp = ama_response_new ();
          g_autoptr(AmaPerson) officer = ama_person_new (name);
          g_autoptr(AmaDeadline) deadline = ama_deadline_new (by, AMA_DEADLINE_KIND_DATE, day, AMA_RECURRENCE_NONE);
          g_autoptr(AmaMeeting) meeting = ama_meeting_new (name, day);

          ama_recommendation_set_points (rec, points);
          ama_response_set_text (resp, rtext);
          ama_response_set_decision (resp, g_rand_int_range (rand, 0, AMA_DECISION_NOTED + 1));
          ama_response_set_officer (resp, officer);
          ama_response_set_action_by (resp, deadline);
          ama_recommendation_set_response (rec, resp);
          ama_review_add_recommendation (review, rec);
          ama_meeting_set_location (meeting, rtext);
          ama_meeting_set_time (meeting, by);
          ama_review_add_meeting (review, meeting);
        }

      html = render (review, AMA_REPORT_FORMAT_HTML, day);
      /* Every tag in the output is one of ours. */
      for (const char *p = strchr (html, '<'); p != NULL; p = strchr (p + 1, '<'))
        {
          const char *q = p + 1;
          g_autofree char *name = NULL;
          gboolean known = FALSE;

          if (*q == '/')
            q++;
          if (*q == '!')
            continue;   /* <!DOCTYPE html> */
          name = g_strndup (q, strspn (q, "abcdefghijklmnopqrstuvwxyz0123456789"));
          for (guint k = 0; allowed[k] != NULL && !known; k++)
            known = g_str_equal (name, allowed[k]);
          if (!known)
            g_error ("round %u: unexpected markup <%s in %.80s", round, name, p);
        }
      g_assert_null (strstr (html, "\x01"));

      md = render (review, AMA_REPORT_FORMAT_MARKDOWN, day);
      g_assert_null (strstr (md, "<s"));   /* no <script>, <span> from text */
      csv = render (review, AMA_REPORT_FORMAT_CSV, NULL);
      (void) csv;   /* valid UTF-8, checked by render () */
      {
        g_autofree char *ics = render (review, AMA_REPORT_FORMAT_ICALENDAR, day);
        g_assert_true (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\n"));
      }
    }
}

static void
test_icalendar_uids_are_stable (void)
{
  g_autoptr(AmaReview) review = hostile_review ();
  g_autoptr(GDateTime) as_of = date (2018, 6, 30);
  g_autofree char *one = render (review, AMA_REPORT_FORMAT_ICALENDAR, as_of);
  g_autofree char *two = render (review, AMA_REPORT_FORMAT_ICALENDAR, as_of);

  /* Same input, same bytes: nothing random, no clock. */
  g_assert_cmpstr (one, ==, two);
  g_assert_nonnull (strstr (one, "UID:hostile/recommendation-1@libama\r\n"));
  g_assert_nonnull (strstr (one, "UID:hostile/recommendation-2@libama\r\n"));
  g_assert_nonnull (strstr (one, "DUE;VALUE=DATE:20180331\r\n"));
  g_assert_nonnull (strstr (one, "RRULE:FREQ=YEARLY\r\n"));
  g_assert_nonnull (strstr (one, "DTSTAMP:20180630T000000Z\r\n"));
  g_assert_cmpuint (count (one, "BEGIN:VTODO"), ==, 2);
}

static void
test_format_names (void)
{
  const char *names[] = { "html", "markdown", "csv", "tsv", "icalendar" };
  AmaReportFormat f;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (ama_report_format_from_string (names[i], &f));
      g_assert_cmpint (f, ==, (AmaReportFormat) i);
      g_assert_cmpstr (ama_report_format_to_string (f), ==, names[i]);
    }
  g_assert_true (ama_report_format_from_string ("md", &f));
  g_assert_cmpint (f, ==, AMA_REPORT_FORMAT_MARKDOWN);
  g_assert_true (ama_report_format_from_string ("ics", &f));
  g_assert_cmpint (f, ==, AMA_REPORT_FORMAT_ICALENDAR);
  g_assert_false (ama_report_format_from_string ("pdf", &f));
  g_assert_false (ama_report_format_from_string (NULL, &f));
}

static void
test_write_file (void)
{
  g_autoptr(AmaReview) review = hostile_review ();
  g_autoptr(AmaReportWriter) writer = ama_report_writer_new (AMA_REPORT_FORMAT_MARKDOWN);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ama-report-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "report.md", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (ama_report_writer_write_file (writer, review, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# A &lt;b&gt;bold"));

  /* A folder that does not exist: an AMA_ERROR_IO naming the file. */
  missing = g_file_new_build_filename (dir, "no", "such", "report.md", NULL);
  g_assert_false (ama_report_writer_write_file (writer, review, missing, NULL, &error));
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "report.md"));

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  GMainLoop *loop;
  gboolean ok;
  GError *error;
} AsyncWrite;

static void
write_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncWrite *w = user_data;

  w->ok = ama_report_writer_write_file_finish (AMA_REPORT_WRITER (source), result, &w->error);
  g_main_loop_quit (w->loop);
}

static gboolean
write_async (AmaReportWriter *writer,
             AmaReview       *review,
             GFile           *file,
             GCancellable    *cancellable,
             GError         **error)
{
  AsyncWrite w = { g_main_loop_new (NULL, FALSE), FALSE, NULL };

  ama_report_writer_write_file_async (writer, review, file, G_PRIORITY_DEFAULT, cancellable, write_done, &w);
  g_main_loop_run (w.loop);
  g_main_loop_unref (w.loop);
  if (w.error != NULL)
    g_propagate_error (error, w.error);
  return w.ok;
}

static void
test_write_file_async (void)
{
  g_autoptr(AmaReview) review = hostile_review ();
  g_autoptr(AmaReportWriter) writer = ama_report_writer_new (AMA_REPORT_FORMAT_HTML);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ama-report-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_assert_no_error (error);
  path = g_build_filename (dir, "report.html", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (write_async (writer, review, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  expected = render (review, AMA_REPORT_FORMAT_HTML, NULL);
  g_assert_cmpstr (contents, ==, expected);   /* the same bytes as the sync call */

  missing = g_file_new_build_filename (dir, "no", "such", "report.html", NULL);
  g_assert_false (write_async (writer, review, missing, NULL, &error));
  g_assert_error (error, AMA_ERROR, AMA_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "report.html"));
  g_clear_error (&error);

  g_cancellable_cancel (cancelled);
  g_assert_false (write_async (writer, review, file, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_unlink (path);
  g_rmdir (dir);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_writer_properties (void)
{
  g_autoptr(AmaReportWriter) writer = ama_report_writer_new (AMA_REPORT_FORMAT_TSV);
  g_autoptr(GDateTime) d = date (2018, 1, 1);
  g_autoptr(GDateTime) same = date (2018, 1, 1);
  guint notified = 0;

  g_signal_connect (writer, "notify", G_CALLBACK (count_notify), &notified);

  g_assert_cmpint (ama_report_writer_get_format (writer), ==, AMA_REPORT_FORMAT_TSV);
  ama_report_writer_set_format (writer, AMA_REPORT_FORMAT_TSV);
  g_assert_cmpuint (notified, ==, 0);
  ama_report_writer_set_format (writer, AMA_REPORT_FORMAT_HTML);
  g_assert_cmpuint (notified, ==, 1);

  ama_report_writer_set_as_of (writer, d);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (g_date_time_equal (ama_report_writer_get_as_of (writer), d));
  ama_report_writer_set_as_of (writer, same);   /* equal: no change, no notify */
  g_assert_cmpuint (notified, ==, 2);
  ama_report_writer_set_as_of (writer, NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_null (ama_report_writer_get_as_of (writer));
}

/* Issue #20, item 14: the guard looked only at the first byte. */
static void
test_neutralise_cell_hidden_formulas (void)
{
  struct { const char *in, *out; } cases[] = {
    { " =1+1", "' =1+1" },
    { "\u00a0=1+1", "'\u00a0=1+1" },
    { "\u200b=1+1", "'\u200b=1+1" },
    { "\uff1d1+1", "'\uff1d1+1" },
    { "\uff0b1", "'\uff0b1" },
    { "  @SUM(A1)", "'  @SUM(A1)" },
    { "'=1+1", "''=1+1" },
    { "'plain", "''plain" },
    { "   plain", "   plain" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = ama_report_neutralise_cell (cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

/* Written as CSV and read back, a response keeps its text exactly: a
 * literal "'=1+1" used to come back as "=1+1". */
static void
test_csv_round_trip_keeps_apostrophes (void)
{
  const char *texts[] = { "'=1+1", "'plain", "=1+1", "''=3", "@x" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(AmaReview) review = ama_review_new ();
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("1", "Publish the plan.");
      g_autoptr(AmaResponse) response = ama_response_new ();
      g_autoptr(AmaImporter) importer = ama_importer_new ();
      g_autoptr(AmaReview) back = NULL;
      g_autoptr(AmaRecommendation) got = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *csv = NULL;

      ama_response_set_decision (response, AMA_DECISION_ACCEPTED);
      ama_response_set_text (response, texts[i]);
      ama_recommendation_set_response (rec, response);
      ama_review_add_recommendation (review, rec);
      csv = render (review, AMA_REPORT_FORMAT_CSV, NULL);

      ama_importer_set_format (importer, AMA_IMPORT_FORMAT_CSV);
      back = ama_importer_import_data (importer, csv, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (back)), ==, 1);
      got = g_list_model_get_item (ama_review_get_recommendations (back), 0);
      g_assert_nonnull (ama_recommendation_get_response (got));
      g_assert_cmpstr (ama_response_get_text (ama_recommendation_get_response (got)), ==, texts[i]);
    }
}

/* Issue #20, item 15: outside tables a line break is kept, and a
 * summary could forge headings, rules and lists. */
static void
test_markdown_summary_forges_no_blocks (void)
{
  g_autoptr(AmaReview) review = hostile_review ();
  g_autofree char *md = NULL;

  ama_review_set_summary (review, "First line.\n---\n- forged item\n+ another\n1. forged\n2) also\n===\n    code\n# heading");
  md = render (review, AMA_REPORT_FORMAT_MARKDOWN, NULL);
  g_assert_null (strstr (md, "\n---\n"));
  g_assert_null (strstr (md, "\n- forged"));
  g_assert_null (strstr (md, "\n+ another"));
  g_assert_null (strstr (md, "\n1. forged"));
  g_assert_null (strstr (md, "\n2) also"));
  g_assert_null (strstr (md, "\n===\n"));
  g_assert_null (strstr (md, "\n    code"));
  g_assert_null (strstr (md, "\n# heading"));
  g_assert_nonnull (strstr (md, "\n\\- forged item\n"));
  g_assert_nonnull (strstr (md, "\n1\\. forged\n"));
}

static void
collect_uids (const char *ics,
              GPtrArray  *uids)
{
  for (const char *p = strstr (ics, "\r\nUID:"); p != NULL; p = strstr (p + 1, "\r\nUID:"))
    {
      const char *start = p + 6;
      const char *end = strstr (start, "\r\n");

      g_ptr_array_add (uids, g_strndup (start, end - start));
    }
}

/* Issue #20, item 13: "2(a)" and "2[a]", ids "council/a" and
 * "council-a", two reviews without an id all shared UIDs. */
static void
test_icalendar_uids_are_injective (void)
{
  const char *ids[] = { "council/a", "council-a", NULL, NULL, "council%2Fa" };
  const char *numbers[] = { "2(a)", "2[a]", "2-a", "2%28a%29", "2(a)" };
  g_autoptr(GListStore) reviews = g_list_store_new (AMA_TYPE_REVIEW);
  g_autoptr(AmaReportWriter) writer = ama_report_writer_new (AMA_REPORT_FORMAT_ICALENDAR);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GPtrArray) uids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) distinct = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) as_of = date (2018, 6, 30);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  for (guint r = 0; r < G_N_ELEMENTS (ids); r++)
    {
      g_autoptr(AmaReview) review = ama_review_new ();

      if (ids[r] != NULL)
        ama_review_set_id (review, ids[r]);
      for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
        {
          g_autoptr(AmaRecommendation) rec = ama_recommendation_new (numbers[i], "Do it.");
          g_autoptr(AmaResponse) response = ama_response_new ();
          g_autoptr(GDateTime) due = date (2018, 3, 31);
          g_autoptr(AmaDeadline) by = ama_deadline_new ("31/03/2018", AMA_DEADLINE_KIND_DATE, due,
                                                        AMA_RECURRENCE_NONE);

          ama_response_set_decision (response, AMA_DECISION_ACCEPTED);
          ama_response_set_action_by (response, by);
          ama_recommendation_set_response (rec, response);
          ama_review_add_recommendation (review, rec);
        }
      g_list_store_append (reviews, review);
    }

  ama_report_writer_set_as_of (writer, as_of);
  g_assert_true (ama_report_writer_write_reviews (writer, G_LIST_MODEL (reviews), out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));

  collect_uids (text, uids);
  g_assert_cmpuint (uids->len, ==, G_N_ELEMENTS (ids) * G_N_ELEMENTS (numbers));
  for (guint i = 0; i < uids->len; i++)
    g_hash_table_add (distinct, g_ptr_array_index (uids, i));
  g_assert_cmpuint (g_hash_table_size (distinct), ==, uids->len);
}

static AmaReview *
review_of_size (guint n)
{
  AmaReview *review = ama_review_new ();

  ama_review_set_id (review, "big");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Officer %u", i % 500);
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new (number, "Publish the plan.");
      g_autoptr(AmaResponse) response = ama_response_new ();
      g_autoptr(AmaPerson) officer = ama_person_new (name);
      g_autoptr(GDateTime) due = date (2018, 3, 31);
      g_autoptr(AmaDeadline) by = ama_deadline_new ("31/03/2018", AMA_DEADLINE_KIND_DATE, due, AMA_RECURRENCE_NONE);

      ama_response_set_decision (response, AMA_DECISION_ACCEPTED);
      ama_response_set_officer (response, officer);
      ama_response_set_action_by (response, by);
      ama_recommendation_set_response (rec, response);
      ama_review_add_recommendation (review, rec);
    }
  return review;
}

/* Best of three, in CPU seconds. */
static double
render_cpu_seconds (AmaReview       *review,
                    AmaReportFormat  format,
                    GDateTime       *as_of)
{
  double best = G_MAXDOUBLE;

  for (guint r = 0; r < 3; r++)
    {
      struct timespec t0, t1;
      g_autofree char *text = NULL;

      clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t0);
      text = render (review, format, as_of);
      clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &t1);
      best = MIN (best, (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    }
  return best;
}

/* Issue #20, item 7: each row rebuilt the officer-spelling table over
 * every recommendation, so a report took time quadratic in its size
 * (10k rows 8.5 s, 20k 61 s). Not a speed target, a growth check: eight
 * times the rows must cost well under the 64 times a quadratic report
 * takes, measured as a ratio in the same run so the machine's speed (or
 * valgrind) does not matter. Linear code is near 8. */
static void
test_reports_are_linear (void)
{
  AmaReportFormat formats[] = { AMA_REPORT_FORMAT_HTML, AMA_REPORT_FORMAT_MARKDOWN, AMA_REPORT_FORMAT_ICALENDAR };
  g_autoptr(GDateTime) as_of = date (2018, 6, 30);
  g_autoptr(AmaReview) small = review_of_size (1000);
  g_autoptr(AmaReview) large = review_of_size (8000);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      double t_small = render_cpu_seconds (small, formats[f], as_of);
      double t_large = render_cpu_seconds (large, formats[f], as_of);
      double ratio = t_large / MAX (t_small, 1e-6);

      g_test_message ("format %u: 1000 rows %.3f s, 8000 rows %.3f s, ratio %.1f", f, t_small, t_large, ratio);
      g_assert_cmpfloat (ratio, <, 24.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/neutralise-cell", test_neutralise_cell);
  g_test_add_func ("/report/neutralise-cell/hidden-formulas", test_neutralise_cell_hidden_formulas);
  g_test_add_func ("/report/csv/round-trip-apostrophes", test_csv_round_trip_keeps_apostrophes);
  g_test_add_func ("/report/markdown/summary-forges-no-blocks", test_markdown_summary_forges_no_blocks);
  g_test_add_func ("/report/icalendar/injective-uids", test_icalendar_uids_are_injective);
  g_test_add_func ("/report/linear-in-recommendations", test_reports_are_linear);
  g_test_add_func ("/report/html/escapes-everything", test_html_escapes_everything);
  g_test_add_func ("/report/html/table-structure", test_html_table_structure);
  g_test_add_func ("/report/markdown/table", test_markdown_table);
  g_test_add_func ("/report/csv-tsv", test_csv_and_tsv);
  g_test_add_func ("/report/table-needs-one-review", test_table_needs_one_review);
  g_test_add_func ("/report/icalendar/stable-uids", test_icalendar_uids_are_stable);
  g_test_add_func ("/report/several-reviews", test_several_reviews_one_document);
  g_test_add_func ("/report/random-text", test_random_text_never_makes_markup);
  g_test_add_func ("/report/format-names", test_format_names);
  g_test_add_func ("/report/write-file", test_write_file);
  g_test_add_func ("/report/write-file-async", test_write_file_async);
  g_test_add_func ("/report/writer-properties", test_writer_properties);

  return g_test_run ();
}
