/* test-import-docx.c: Word documents (.docx) read through the block layer
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Fixtures: tests/data/documents/, built by make-fixtures.py.
 */

#include "import-test-util.h"

/* A Cabinet response table in a Word document becomes a review, the
 * format detected from the zip, the title from the heading above. */
static void
test_response_table (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/cabinet-response.docx",
                                             AMA_IMPORT_FORMAT_UNKNOWN, NULL, &diags, &error);
  AmaRecommendation *second;
  AmaResponse *response;

  g_assert_no_error (error);
  g_assert_nonnull (review);
  g_assert_true (has_diag (diags, "document-tables-read", "1 table"));
  g_assert_cmpstr (ama_review_get_title (review), ==, "Home to School Transport");
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  second = rec_at (review, 1);
  g_assert_cmpstr (ama_recommendation_get_number (second), ==, "2");
  g_assert_cmpstr (ama_recommendation_get_text (second), ==,
                   "That eligibility letters are sent before the end of the summer term.");
  response = ama_recommendation_get_response (second);
  g_assert_nonnull (response);
  g_assert_cmpint (ama_response_get_decision (response), ==, AMA_DECISION_REJECTED);
}

/* An officer cell merged down (w:vMerge) belongs to every row it spans. */
static void
test_merged_officer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_path ("data/documents/merged-officer.docx",
                                             AMA_IMPORT_FORMAT_DOCX, NULL, NULL, &error);
  const char *expected[] = { "Ann Lee", "Tom Hart", "Tom Hart" };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      AmaResponse *response = ama_recommendation_get_response (rec_at (review, i));
      AmaPerson *officer = ama_response_get_officer (response);

      g_assert_nonnull (officer);
      g_assert_cmpstr (ama_person_get_name (officer), ==, expected[i]);
    }
  g_assert_cmpint (ama_response_get_decision (ama_recommendation_get_response (rec_at (review, 2))),
                   ==, AMA_DECISION_REJECTED);
}

static void
test_detect (void)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data/documents/cabinet-response.docx", NULL);
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpint (ama_import_detect (data, len), ==, AMA_IMPORT_FORMAT_DOCX);
  g_assert_cmpint (ama_import_format_from_string ("docx"), ==, AMA_IMPORT_FORMAT_DOCX);
  g_assert_cmpstr (ama_import_format_to_string (AMA_IMPORT_FORMAT_DOCX), ==, "docx");
}

/* Each bad input fails with its own code and names the place. */
static void
test_bad_inputs (void)
{
  static const struct { const char *path; int code; const char *place; } cases[] = {
    { "data/documents/bad-truncated.docx", AMA_ERROR_PARSE, "zip archive" },
    { "data/documents/bad-no-document.docx", AMA_ERROR_MISSING, "word/document.xml" },
    { "data/documents/bad-malformed.docx", AMA_ERROR_PARSE, "word/document.xml: line 2" },
    { "data/documents/bad-bomb.docx", AMA_ERROR_LIMIT, "word/document.xml" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = import_path (cases[i].path, AMA_IMPORT_FORMAT_DOCX,
                                                 NULL, NULL, &error);

      g_test_message ("%s", cases[i].path);
      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].place));
    }
}

/* The zip layer, by damaging a real .docx in memory: each fault is an
 * error naming the member or the byte, and a header field the reader
 * does not need (a member's DOS date) is no fault at all. */
static guint8 *
load_docx (gsize *len)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data/documents/cabinet-response.docx", NULL);
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, len, NULL));
  return (guint8 *) data;
}

/* The central directory entry of @name in @data, or NULL. */
static guint8 *
central_entry (guint8     *data,
               gsize       len,
               const char *name)
{
  gsize n = strlen (name);

  for (gsize i = 0; i + 46 + n <= len; i++)
    if (memcmp (data + i, "PK\001\002", 4) == 0 &&
        (gsize) (data[i + 28] | data[i + 29] << 8) == n &&
        memcmp (data + i + 46, name, n) == 0)
      return data + i;
  return NULL;
}

static AmaReview *
import_bytes (const guint8  *data,
              gsize          len,
              GError       **error)
{
  g_autoptr(AmaImporter) importer = ama_importer_new ();

  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_DOCX);
  return ama_importer_import_data (importer, (const char *) data, len, error);
}

static void
test_zip_damage (void)
{
  gsize len;
  g_autofree guint8 *pristine = load_docx (&len);
  g_autofree guint8 *data = g_memdup2 (pristine, len);
  guint8 *entry = central_entry (data, len, "word/document.xml");
  guint32 local;
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;

  g_assert_nonnull (entry);
  local = entry[42] | entry[43] << 8 | entry[44] << 16 | (guint32) entry[45] << 24;

  /* An impossible DOS date and time (month 15, hour 31): ignored. */
  entry[12] = 0xff; entry[13] = 0xff; entry[14] = 0xff; entry[15] = 0xff;
  review = import_bytes (data, len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_recommendations (review)), ==, 3);
  g_clear_object (&review);

  /* A flipped byte in the compressed body: inflate or the CRC finds it. */
  memcpy (data, pristine, len);
  data[local + 30 + 17 + 40] ^= 0x55;
  review = import_bytes (data, len, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "word/document.xml: "));
  g_test_message ("flipped byte: %s", error->message);
  g_clear_error (&error);

  /* The encryption flag. */
  memcpy (data, pristine, len);
  entry[8] |= 1;
  review = import_bytes (data, len, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "word/document.xml: the zip member is encrypted"));
  g_clear_error (&error);

  /* An unknown compression method. */
  memcpy (data, pristine, len);
  entry[10] = 14;
  review = import_bytes (data, len, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "compression method 14"));
  g_clear_error (&error);

  /* The local header's signature overwritten. */
  memcpy (data, pristine, len);
  data[local] = 'X';
  review = import_bytes (data, len, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "word/document.xml: no local header at byte"));
  g_clear_error (&error);

  /* A declared size deflate could never reach from its compressed size. */
  memcpy (data, pristine, len);
  entry[24] = 0; entry[25] = 0; entry[26] = 0xff; entry[27] = 0x03;
  review = import_bytes (data, len, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "more than deflate can produce"));
  g_clear_error (&error);

  /* Every truncation of the archive is an error, never a crash or a
   * review read from half a table. */
  for (gsize cut = 0; cut < len; cut += 97)
    {
      review = import_bytes (pristine, cut, &error);
      g_assert_null (review);
      g_assert_nonnull (error);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/docx/response-table", test_response_table);
  g_test_add_func ("/import/docx/merged-officer", test_merged_officer);
  g_test_add_func ("/import/docx/detect", test_detect);
  g_test_add_func ("/import/docx/bad-inputs", test_bad_inputs);
  g_test_add_func ("/import/docx/zip-damage", test_zip_damage);
  return g_test_run ();
}
