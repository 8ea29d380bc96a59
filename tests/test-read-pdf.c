/* test-read-pdf.c: PDF files read through the block layer
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Fixtures: the PDFs in tests/data/documents/, built once by
 * make-pdf-fixtures.py (python3-docx, then LibreOffice). The expected
 * facts below are read from that script's source text, not from the
 * importer's output. (test-import-pdf.c is the older "pdf-text" reader:
 * text someone copied out of a PDF.)
 */

#include "ama-read-private.h"
#include "import-test-util.h"

static char *
fixture (const char *name,
         gsize      *length)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data/documents", name, NULL);
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, length, NULL));
  return data;
}

/* The Cabinet response table over two landscape pages: six
 * recommendations with their decision, officer and action-by date, the
 * bullets in one response kept, the running header and the page
 * numbers gone. */
static void
test_response_table (void)
{
  static const struct {
    const char  *number;
    AmaDecision  decision;
    const char  *officer;
    const char  *action_by;   /* NULL: the cell is empty */
    const char  *text_start;
  } expected[] = {
    { "1", AMA_DECISION_ACCEPTED, "Helen Marsh", "30 April 2026",
      "That the central library opens until 7pm on Tuesdays and Thursdays." },
    { "2", AMA_DECISION_ACCEPTED, "Daniel Okafor", "31 October 2026",
      "That branch libraries share one booking system for meeting rooms." },
    { "3", AMA_DECISION_REJECTED, "Helen Marsh", NULL,
      "That Saturday afternoon opening ends at the two smallest branches." },
    { "4", AMA_DECISION_DEFERRED, "Priya Nair", "September 2026",
      "That volunteers run a homework club at each branch after school." },
    { "5", AMA_DECISION_ACCEPTED, "Daniel Okafor", "31 July 2026",
      "That opening hours are shown on every branch door and on the website in the same format." },
    { "6", AMA_DECISION_ACCEPTED, "Helen Marsh", "31 March 2027",
      "That the Commission receives a report on visitor numbers after one year." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/cabinet-response-landscape.pdf",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, &diags, &error);
  AmaResponse *response;

  g_assert_no_error (error);
  g_assert_nonnull (review);
  g_assert_true (has_diag (diags, "format-detected", "pdf"));
  g_assert_true (has_diag (diags, "document-tables-read", "1 table"));
  g_assert_true (has_diag (diags, "page-header-dropped", "Northfield Borough Council"));
  g_assert_true (has_diag (diags, "page-header-dropped", "page 2"));
  g_assert_cmpstr (ama_review_get_title (review), ==, "Library Opening Hours");
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==,
                    G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      AmaRecommendation *rec = rec_at (review, i);
      AmaDeadline *by;

      g_test_message ("recommendation %s", expected[i].number);
      g_assert_cmpstr (ama_recommendation_get_number (rec), ==, expected[i].number);
      g_assert_cmpstr (ama_recommendation_get_text (rec), ==, expected[i].text_start);
      response = ama_recommendation_get_response (rec);
      g_assert_nonnull (response);
      g_assert_cmpint (ama_response_get_decision (response), ==, expected[i].decision);
      g_assert_nonnull (ama_response_get_officer (response));
      g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (response)), ==,
                       expected[i].officer);
      by = ama_response_get_action_by (response);
      if (expected[i].action_by == NULL)
        g_assert_null (by);
      else
        {
          g_assert_nonnull (by);
          g_assert_cmpstr (ama_deadline_get_text (by), ==, expected[i].action_by);
        }
      /* nothing of the running header or footer inside a cell */
      g_assert_null (strstr (ama_response_get_text (response), "Northfield"));
      g_assert_null (strstr (ama_response_get_text (response), "Page "));
    }
  /* the bullets inside the response cell, each on its own line */
  response = ama_recommendation_get_response (rec_at (review, 1));
  g_assert_nonnull (strstr (ama_response_get_text (response),
                            "two steps:\n• the three largest branches move first;\n"
                            "• the remaining branches follow after a review."));
  /* a response that runs to the foot of page 1 in full */
  response = ama_recommendation_get_response (rec_at (review, 4));
  g_assert_true (g_str_has_suffix (ama_response_get_text (response),
                                   "New signs will be installed with the next maintenance visit."));
}

/* A table from the top of page 1 over three pages: its header row,
 * repeated at the top of each page, is the table's header (not a
 * running header to drop), and every row is read once. */
static void
test_three_pages (void)
{
  static const char * const officers[] = { "Sarah Quinn", "Tom Bell", "Asha Patel" };
  static const char * const months[] = { "January", "February", "March", "April", "May",
                                         "June", "July" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/response-three-pages.pdf",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, &diags, &error);
  gsize length;
  g_autofree char *data = fixture ("response-three-pages.pdf", &length);
  g_autoptr(AmaBlockDoc) doc = _ama_read_pdf (data, length, NULL, &error);
  guint breaks = 0, tables = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *b = g_ptr_array_index (doc->blocks, i);

      breaks += b->kind == AMA_BLOCK_PAGE_BREAK;
      if (b->kind == AMA_BLOCK_TABLE)
        {
          g_autofree char *head = _ama_block_table_cell_text (b, 0, 1, FALSE);

          tables++;
          g_assert_cmpuint (b->n_rows, ==, 15);
          g_assert_cmpuint (b->n_header_rows, ==, 1);
          g_assert_cmpstr (head, ==, "Recommendation");
        }
    }
  g_assert_cmpuint (tables, ==, 1);
  g_assert_cmpuint (breaks, ==, 2);
  g_assert_false (has_diag (diags, "page-header-dropped", "Recommendation"));

  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 14);
  for (guint i = 1; i <= 14; i++)
    {
      AmaRecommendation *rec = rec_at (review, i - 1);
      AmaResponse *response = ama_recommendation_get_response (rec);
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *text = g_strdup_printf ("That the council reviews cemetery service %u and "
                                               "publishes the findings with a plan for each "
                                               "site it manages.", i);
      gboolean rejected = i % 5 == 0;

      g_test_message ("recommendation %u", i);
      g_assert_cmpstr (ama_recommendation_get_number (rec), ==, number);
      g_assert_cmpstr (ama_recommendation_get_text (rec), ==, text);
      g_assert_cmpint (ama_response_get_decision (response), ==,
                       rejected ? AMA_DECISION_REJECTED : AMA_DECISION_ACCEPTED);
      g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (response)), ==,
                       officers[i % 3]);
      g_assert_true (g_str_has_suffix (ama_response_get_text (response),
                                       "asked for their views before any change is made."));
      if (rejected)
        g_assert_null (ama_response_get_action_by (response));
      else
        {
          g_autofree char *by = g_strdup_printf ("%u %s 2027", i + 1, months[i % 7]);

          g_assert_cmpstr (ama_deadline_get_text (ama_response_get_action_by (response)), ==, by);
        }
    }
}

/* The Word fixture and LibreOffice's PDF of it give the same review,
 * byte for byte once saved (sources apart). */
static void
test_same_as_docx (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) from_docx = import_path ("data/documents/cabinet-response.docx",
                                                AMA_IMPORT_FORMAT_UNKNOWN, NULL, NULL, &error);
  g_autoptr(AmaReview) from_pdf = NULL;
  g_autofree char *a = NULL, *b = NULL;

  g_assert_no_error (error);
  from_pdf = import_path ("data/documents/cabinet-response.pdf", AMA_IMPORT_FORMAT_UNKNOWN,
                          NULL, NULL, &error);
  g_assert_no_error (error);
  /* the same facts; their sources differ (pages, lines) and are
   * tested on their own */
  clear_sources (from_docx);
  clear_sources (from_pdf);
  a = ama_review_to_data (from_docx, NULL);
  b = ama_review_to_data (from_pdf, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (from_pdf)), ==, 3);
  g_assert_cmpstr (a, ==, b);
}

/* Issue 13's "done when": the one response table as a user may hold
 * it (Word, LibreOffice's PDF of it, Word's web page, the TSV copied
 * out of Word; tests/data/documents/make-fixtures.py writes all but the
 * PDF from one list of rows) gives the same recommendations, decisions,
 * officers and dates. The expected facts are those rows. */
static void
test_same_in_every_format (void)
{
  static const char * const files[] = {
    "data/documents/cabinet-response.docx", "data/documents/cabinet-response.pdf",
    "data/documents/cabinet-response.html", "data/documents/cabinet-response.tsv",
  };
  static const struct
  {
    const char *text;
    AmaDecision decision;
    const char *response;
    const char *officer;
    const char *role;
  } rows[] = {
    { "That the Council publishes its travel policy on one web page.", AMA_DECISION_ACCEPTED,
      "The policy page will be revised by March 2019.", "Jane Porter", NULL },
    { "That eligibility letters are sent before the end of the summer term.", AMA_DECISION_REJECTED,
      "Letters depend on admissions dates set nationally.", "Mark Ellis", "Head of Access" },
    { "That drivers receive refresher safeguarding training every year.", AMA_DECISION_ACCEPTED,
      "Training will be added to contracts from September.", "Mark Ellis", "Head of Access" },
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = import_path (files[f], AMA_IMPORT_FORMAT_UNKNOWN, NULL, NULL, &error);
      GListModel *recs;

      g_test_message ("%s", files[f]);
      g_assert_no_error (error);
      recs = ama_review_get_recommendations (review);
      g_assert_cmpuint (g_list_model_get_n_items (recs), ==, G_N_ELEMENTS (rows));
      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        {
          AmaRecommendation *rec = rec_at (review, i);
          AmaResponse *response = ama_recommendation_get_response (rec);
          AmaPerson *officer = ama_response_get_officer (response);
          g_autofree char *number = g_strdup_printf ("%u", i + 1);

          g_assert_cmpstr (ama_recommendation_get_number (rec), ==, number);
          g_assert_cmpstr (ama_recommendation_get_text (rec), ==, rows[i].text);
          g_assert_cmpint (ama_response_get_decision (response), ==, rows[i].decision);
          g_assert_cmpstr (ama_response_get_text (response), ==, rows[i].response);
          g_assert_nonnull (officer);
          g_assert_cmpstr (ama_person_get_name (officer), ==, rows[i].officer);
          g_assert_cmpstr (ama_person_get_role (officer), ==, rows[i].role);
          /* the table has no action-by column: no date is invented */
          g_assert_null (ama_response_get_action_by (response));
        }
    }
}

/* Maidstone's SCRAIP layout: lettered recommendations, no number or
 * decision column, "Cabinet Member[ii]" and footnote-marked headers. */
static void
test_scraip (void)
{
  static const char * const numbers[] = { "a", "b", "c", "d" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/scraip.pdf",
                                             AMA_IMPORT_FORMAT_PDF, NULL, &diags, &error);
  AmaResponse *response;
  AmaDiagnostic *unparsed;

  g_assert_no_error (error);
  /* the table reader's diagnostics name the page and the table row, not
   * a line of the text it was handed */
  unparsed = find_diag (diags, "deadline-unparsed", 0);
  g_assert_nonnull (unparsed);
  g_assert_true (g_str_has_prefix (ama_diagnostic_get_message (unparsed), "page 1, line "));
  g_assert_nonnull (strstr (ama_diagnostic_get_message (unparsed), "(table row 2): action-by"));
  g_assert_cmpuint (ama_diagnostic_get_line (unparsed), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (ama_recommendation_get_number (rec_at (review, i)), ==, numbers[i]);
  g_assert_cmpstr (ama_recommendation_get_text (rec_at (review, 0)), ==,
                   "A survey of allotment holders is carried out to find out how many "
                   "plots are not cultivated;");
  response = ama_recommendation_get_response (rec_at (review, 1));
  g_assert_cmpint (ama_response_get_decision (response), ==, AMA_DECISION_ACCEPTED);
  g_assert_cmpstr (ama_person_get_name (ama_response_get_officer (response)), ==, "Owen Fletcher");
  response = ama_recommendation_get_response (rec_at (review, 2));
  g_assert_cmpint (ama_response_get_decision (response), ==, AMA_DECISION_REJECTED);
  g_assert_null (ama_response_get_officer (response));
  g_assert_nonnull (strstr (ama_response_get_text (response), "Councillor Reid / The Leader"));
}

/* The blocks themselves: places, the page break after a table that
 * crosses pages, the header row, the notes. */
static void
test_blocks (void)
{
  gsize length;
  g_autofree char *data = fixture ("cabinet-response-landscape.pdf", &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaBlockDoc) doc = _ama_read_pdf (data, length, "x.pdf", &error);
  AmaBlock *heading, *table = NULL, *last;
  gboolean page_break = FALSE;
  guint dropped = 0;
  g_autofree char *cell = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (doc->format, ==, "pdf");
  g_assert_cmpstr (doc->uri, ==, "x.pdf");
  heading = g_ptr_array_index (doc->blocks, 0);
  g_assert_cmpint (heading->kind, ==, AMA_BLOCK_HEADING);
  g_assert_cmpstr (heading->text, ==,
                   "Cabinet’s Response to Scrutiny Review of Library Opening Hours");
  g_assert_cmpuint (heading->place.page, ==, 1);
  g_assert_cmpuint (heading->level, ==, 1);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->kind == AMA_BLOCK_TABLE && table == NULL)
        table = b;
      if (b->kind == AMA_BLOCK_PAGE_BREAK)
        {
          g_assert_cmpuint (b->place.page, ==, 2);
          page_break = TRUE;
        }
      if (b->text != NULL)
        {
          g_assert_null (strstr (b->text, "Northfield Borough Council"));
          g_assert_false (g_str_has_prefix (b->text, "Page "));
        }
    }
  g_assert_true (page_break);
  g_assert_nonnull (table);
  g_assert_cmpuint (table->n_columns, ==, 6);
  g_assert_cmpuint (table->n_rows, ==, 7);
  g_assert_cmpuint (table->n_header_rows, ==, 1);
  g_assert_cmpuint (table->place.page, ==, 1);
  cell = _ama_block_table_cell_text (table, 0, 2, FALSE);
  g_assert_cmpstr (cell, ==, "Cabinet Decision (Accepted/ Rejected/ Deferred)");
  /* the last row's cells are on page 2 */
  g_assert_cmpuint (_ama_block_table_cell (table, 6, 1)->place.page, ==, 2);
  g_assert_cmpuint (_ama_block_table_cell (table, 6, 1)->place.row, ==, 7);
  g_assert_cmpuint (_ama_block_table_cell (table, 6, 1)->place.column, ==, 2);
  last = g_ptr_array_index (doc->blocks, doc->blocks->len - 1);
  g_assert_cmpint (last->kind, ==, AMA_BLOCK_PARAGRAPH);
  g_assert_cmpstr (last->text, ==, "Signed on behalf of the Cabinet, 9 March 2026.");
  g_assert_cmpuint (last->place.page, ==, 2);
  g_assert_cmpuint (last->place.line, >, 0);
  for (guint i = 0; i < doc->notes->len; i++)
    {
      AmaBlockNote *note = g_ptr_array_index (doc->notes, i);

      g_assert_cmpstr (note->code, ==, "page-header-dropped");
      g_assert_cmpuint (note->place.page, >=, 1);
      dropped++;
    }
  /* the header once, a page number on each of the two pages */
  g_assert_cmpuint (dropped, ==, 3);
}

static void
test_detect (void)
{
  gsize length;
  g_autofree char *data = fixture ("scraip.pdf", &length);
  static const char junk_first[] = "\r\n\r\n%PDF-1.4\n";

  g_assert_cmpint (ama_import_detect (data, length), ==, AMA_IMPORT_FORMAT_PDF);
  g_assert_cmpint (ama_import_detect (junk_first, -1), ==, AMA_IMPORT_FORMAT_PDF);
  g_assert_cmpint (ama_import_format_from_string ("pdf"), ==, AMA_IMPORT_FORMAT_PDF);
  g_assert_cmpstr (ama_import_format_to_string (AMA_IMPORT_FORMAT_PDF), ==, "pdf");
  /* pdf-text is still its own format */
  g_assert_cmpint (ama_import_format_from_string ("pdf-text"), ==, AMA_IMPORT_FORMAT_PDF_TEXT);
}

/* Each bad input fails with its own code, names the place, and logs
 * nothing (the suite runs with fatal warnings). */
static void
test_bad_inputs (void)
{
  static const struct { const char *path; int code; const char *place; } cases[] = {
    { "data/documents/bad-encrypted.pdf", AMA_ERROR_UNSUPPORTED, "encrypted" },
    { "data/documents/bad-scan-no-text.pdf", AMA_ERROR_UNSUPPORTED,
      "page 1: no text layer (a scanned image?)" },
    { "data/documents/bad-truncated.pdf", AMA_ERROR_PARSE, "damaged or truncated" },
    { "data/documents/bad-garbage.pdf", AMA_ERROR_PARSE, "byte 4105" },
    /* a text file said to be a PDF */
    { "data/seeds/000_ee8d13b0d9b984ae.txt", AMA_ERROR_PARSE, "byte 0: not a PDF" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = import_path (cases[i].path, AMA_IMPORT_FORMAT_PDF,
                                                 NULL, NULL, &error);

      g_test_message ("%s: %s", cases[i].path, error ? error->message : "(no error)");
      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].place));
    }
}

/* Short and hostile byte strings after the magic, read from memory. */
static void
test_bad_bytes (void)
{
  static const char * const inputs[] = {
    "%PDF-",
    "%PDF-1.7\n",
    "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n"
    "startxref\n0\n%%EOF\n",
    "%PDF-1.7\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 1 >> endobj\n"
    "trailer << /Root 1 0 R >>\n%%EOF\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaBlockDoc) doc = _ama_read_pdf (inputs[i], strlen (inputs[i]), NULL, &error);

      g_test_message ("input %u: %s", i, error ? error->message : "(no error)");
      g_assert_null (doc);
      g_assert_nonnull (error);
      g_assert_true (error->domain == AMA_ERROR);
      g_assert_true (error->code == AMA_ERROR_PARSE || error->code == AMA_ERROR_UNSUPPORTED);
    }
}

/* A minimal well-formed PDF of @n_pages pages, with a correct
 * cross-reference table; the first page shows @text (in Helvetica) when
 * given, the others are empty. */
static GString *
pdf_with_pages (guint       n_pages,
                const char *text)
{
  GString *pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize xref;
  gsize off;

  off = pdf->len;
  g_array_append_val (offsets, off);
  g_string_append (pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
  off = pdf->len;
  g_array_append_val (offsets, off);
  g_string_append (pdf, "2 0 obj << /Type /Pages /Kids [");
  for (guint i = 0; i < n_pages; i++)
    g_string_append_printf (pdf, "%u 0 R ", i + 3);
  g_string_append_printf (pdf, "] /Count %u >> endobj\n", n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      off = pdf->len;
      g_array_append_val (offsets, off);
      if (i == 0 && text != NULL)
        g_string_append_printf (pdf, "%u 0 obj << /Type /Page /Parent 2 0 R "
                                "/MediaBox [0 0 400 200] /Contents %u 0 R /Resources "
                                "<< /Font << /F1 %u 0 R >> >> >> endobj\n",
                                i + 3, n_pages + 3, n_pages + 4);
      else
        g_string_append_printf (pdf, "%u 0 obj << /Type /Page /Parent 2 0 R "
                                "/MediaBox [0 0 200 200] >> endobj\n", i + 3);
    }
  if (text != NULL)
    {
      g_autofree char *stream = g_strdup_printf ("BT /F1 12 Tf 20 150 Td (%s) Tj ET", text);

      off = pdf->len;
      g_array_append_val (offsets, off);
      g_string_append_printf (pdf, "%u 0 obj << /Length %" G_GSIZE_FORMAT " >> stream\n%s\n"
                              "endstream endobj\n", n_pages + 3, strlen (stream), stream);
      off = pdf->len;
      g_array_append_val (offsets, off);
      g_string_append_printf (pdf, "%u 0 obj << /Type /Font /Subtype /Type1 "
                              "/BaseFont /Helvetica >> endobj\n", n_pages + 4);
    }
  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", offsets->len + 1);
  for (guint i = 0; i < offsets->len; i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_MODIFIER "u 00000 n \n",
                            g_array_index (offsets, gsize, i));
  g_string_append_printf (pdf, "trailer << /Size %u /Root 1 0 R >>\nstartxref\n%"
                          G_GSIZE_FORMAT "\n%%%%EOF\n", offsets->len + 1, xref);
  return pdf;
}

/* Pages without text are a scan; more pages than the limit is
 * AMA_ERROR_LIMIT before any page is read. */
static void
test_page_limit (void)
{
  g_autoptr(GString) few = pdf_with_pages (3, NULL);
  g_autoptr(GString) many = pdf_with_pages (2001, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaBlockDoc) doc = _ama_read_pdf (few->str, few->len, NULL, &error);

  g_assert_null (doc);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "page 1: no text layer"));
  g_clear_error (&error);

  doc = _ama_read_pdf (many->str, many->len, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "more than 2000 pages"));
}

/* A page without text among pages with text is noted, not fatal; the
 * text of the others is read. */
static void
test_page_without_text (void)
{
  g_autoptr(GString) pdf = pdf_with_pages (2, "1. That the council plants more trees.");
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaBlockDoc) doc = _ama_read_pdf (pdf->str, pdf->len, NULL, &error);
  AmaBlock *first;
  AmaBlockNote *note;

  g_assert_no_error (error);
  first = g_ptr_array_index (doc->blocks, 0);
  g_assert_cmpint (first->kind, ==, AMA_BLOCK_PARAGRAPH);
  g_assert_cmpstr (first->text, ==, "1. That the council plants more trees.");
  g_assert_cmpuint (first->place.page, ==, 1);
  g_assert_cmpuint (first->place.line, ==, 1);
  g_assert_cmpuint (doc->notes->len, ==, 1);
  note = g_ptr_array_index (doc->notes, 0);
  g_assert_cmpstr (note->code, ==, "page-no-text");
  g_assert_cmpuint (note->place.page, ==, 2);
  g_assert_nonnull (strstr (note->message, "page 2: no text layer"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/pdf-file/response-table", test_response_table);
  g_test_add_func ("/import/pdf-file/three-pages", test_three_pages);
  g_test_add_func ("/import/pdf-file/same-as-docx", test_same_as_docx);
  g_test_add_func ("/import/pdf-file/same-in-every-format", test_same_in_every_format);
  g_test_add_func ("/import/pdf-file/scraip", test_scraip);
  g_test_add_func ("/import/pdf-file/blocks", test_blocks);
  g_test_add_func ("/import/pdf-file/detect", test_detect);
  g_test_add_func ("/import/pdf-file/bad-inputs", test_bad_inputs);
  g_test_add_func ("/import/pdf-file/bad-bytes", test_bad_bytes);
  g_test_add_func ("/import/pdf-file/page-limit", test_page_limit);
  g_test_add_func ("/import/pdf-file/page-without-text", test_page_without_text);
  return g_test_run ();
}
