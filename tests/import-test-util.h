/* import-test-util.h: what the importer tests share
 *
 * One set of helpers for every tests/test-import-*.c: import a file or a
 * text through the public AmaImporter, look diagnostics up, compare with
 * the golden files. A helper needed by two import tests belongs here.
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <ama.h>
#include <json-glib/json-glib.h>

/* Imports @path (relative to tests/) as @format through the public
 * AmaImporter; @reference ("YYYY-MM-DD", or NULL for none) is the
 * importer's reference date; *@diagnostics gets its diagnostics. */
static inline AmaReview *
import_path (const char       *path,
             AmaImportFormat   format,
             const char       *reference,
             GListModel      **diagnostics,
             GError          **error)
{
  g_autofree char *full = g_build_filename (AMA_TEST_SRCDIR, path, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (full);
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  AmaReview *review;

  ama_importer_set_format (importer, format);
  if (reference != NULL)
    {
      guint y, m, d;
      g_autoptr(GDateTime) date = NULL;

      g_assert_cmpint (sscanf (reference, "%u-%u-%u", &y, &m, &d), ==, 3);
      date = g_date_time_new_utc (y, m, d, 0, 0, 0);
      ama_importer_set_reference_date (importer, date);
    }
  review = ama_importer_import_file (importer, file, NULL, error);
  if (diagnostics != NULL)
    *diagnostics = g_object_ref (ama_importer_get_diagnostics (importer));
  return review;
}

/* Forgets where each recommendation and response was read from, for
 * tests that compare two containers of one table (a .docx and its PDF
 * give the same facts from different pages and lines). */
static inline void
clear_sources (AmaReview *review)
{
  GListModel *recs = ama_review_get_recommendations (review);

  for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);

      ama_recommendation_set_source (rec, NULL);
      if (ama_recommendation_get_response (rec) != NULL)
        ama_response_set_source (ama_recommendation_get_response (rec), NULL);
    }
}

/* The date the Rotherham response tables (seeds 000 and 002) were
 * written against: their partial dates ("18th November") take its year. */
#define RESPONSE_TABLE_REFERENCE "2017-10-18"

static inline AmaReview *
import_text (const char       *text,
             AmaImportFormat   format,
             GListModel      **diagnostics,
             GError          **error)
{
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  AmaReview *review;

  ama_importer_set_format (importer, format);
  review = ama_importer_import_data (importer, text, -1, error);
  if (diagnostics != NULL)
    *diagnostics = g_object_ref (ama_importer_get_diagnostics (importer));
  return review;
}

/* @text is not of @format at all: no review, and an AMA_ERROR_PARSE
 * that says where. */
static inline void
assert_not_of_format (const char      *text,
                      AmaImportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = import_text (text, format, NULL, &error);

  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "line 1"));
}

/* The file as saved by Windows: with a BOM and CRLF, or, when
 * @codepage is set, re-encoded to it (e.g. "CP1252") without a BOM. The
 * importer must read either exactly like the UTF-8 original. */
static inline void
assert_same_when_saved_by_windows (const char      *path,
                                   AmaImportFormat  format,
                                   const char      *codepage)
{
  g_autofree char *full = g_build_filename (AMA_TEST_SRCDIR, path, NULL);
  g_autofree char *text = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) windows = NULL;
  g_autoptr(AmaReview) plain = NULL;
  g_autoptr(AmaReview) other = NULL;
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  gsize len;

  g_file_get_contents (full, &text, NULL, &error);
  g_assert_no_error (error);
  if (codepage != NULL)
    {
      g_autofree char *converted = g_convert (text, -1, codepage, "UTF-8", NULL, &len, &error);
      g_assert_no_error (error);
      windows = g_string_new_len (converted, len);
    }
  else
    {
      windows = g_string_new ("\xEF\xBB\xBF");
      g_string_append (windows, text);
      g_string_replace (windows, "\n", "\r\n", 0);
    }

  plain = import_text (text, format, NULL, &error);
  g_assert_no_error (error);
  ama_importer_set_format (importer, format);
  other = ama_importer_import_data (importer, windows->str, windows->len, &error);
  g_assert_no_error (error);
  a = ama_review_to_data (plain, NULL);
  b = ama_review_to_data (other, NULL);
  g_assert_cmpstr (a, ==, b);
}

/* The number of diagnostics with @code; the first one's line in
 * *@line and message in *@message when asked. */
static inline guint
count_diag (GListModel  *diagnostics,
            const char  *code,
            guint       *line,
            char       **message)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);

      if (g_strcmp0 (ama_diagnostic_get_code (d), code) != 0)
        continue;
      if (n == 0 && line != NULL)
        *line = ama_diagnostic_get_line (d);
      if (n == 0 && message != NULL)
        *message = g_strdup (ama_diagnostic_get_message (d));
      n++;
    }
  return n;
}

/* The first diagnostic with @code, on @line unless @line is 0, whose
 * message contains @needle unless @needle is NULL; or NULL. The list
 * keeps it alive. */
static inline AmaDiagnostic *
find_diag_with (GListModel *diagnostics,
                const char *code,
                guint       line,
                const char *needle)
{
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);

      if (g_strcmp0 (ama_diagnostic_get_code (d), code) == 0
          && (line == 0 || ama_diagnostic_get_line (d) == line)
          && (needle == NULL || strstr (ama_diagnostic_get_message (d), needle) != NULL))
        return d;
    }

  return NULL;
}

/* The first diagnostic with @code (on @line, unless @line is 0). */
static inline AmaDiagnostic *
find_diag (GListModel *diagnostics,
           const char *code,
           guint       line)
{
  return find_diag_with (diagnostics, code, line, NULL);
}

/* A diagnostic with @code whose message contains @needle. */
static inline gboolean
has_diag (GListModel *diagnostics,
          const char *code,
          const char *needle)
{
  return find_diag_with (diagnostics, code, 0, needle) != NULL;
}

static inline guint
count_severity (GListModel  *diagnostics,
                AmaSeverity  severity)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);
      n += ama_diagnostic_get_severity (d) == severity;
    }
  return n;
}

/* The review's recommendation @i; the review keeps it alive. */
static inline AmaRecommendation *
rec_at (AmaReview *review,
        guint      i)
{
  g_autoptr(AmaRecommendation) rec = g_list_model_get_item (ama_review_get_recommendations (review), i);

  return rec;
}

static inline char *
date_iso (GDateTime *date)
{
  return date ? g_date_time_format (date, "%Y-%m-%d") : NULL;
}

/* The review as JSON must equal the golden file tests/data/golden/@name,
 * which the code produced and a person reviewed. AMA_UPDATE_GOLDEN=1
 * (tests/update-golden.sh) rewrites the file instead; then review the
 * diff before committing. The file's final newline is not compared. */
static inline void
assert_golden (AmaReview  *review,
               const char *name)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "golden", name, NULL);
  g_autofree char *json = ama_review_to_data (review, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (g_getenv ("AMA_UPDATE_GOLDEN"), "1") == 0)
    {
      g_file_set_contents (path, json, -1, &error);
      g_assert_no_error (error);
      return;
    }
  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_strchomp (expected);
  g_strchomp (json);
  if (strcmp (json, expected) != 0)
    {
      /* Show where they part, not two whole documents. */
      gsize i = 0;
      g_autofree char *got = NULL;
      g_autofree char *want = NULL;

      while (json[i] && json[i] == expected[i])
        i++;
      got = g_strndup (json + (i > 40 ? i - 40 : 0), 120);
      want = g_strndup (expected + (i > 40 ? i - 40 : 0), 120);
      g_test_message ("%s differs at byte %" G_GSIZE_FORMAT ":\n got: %s\nwant: %s", name, i, got, want);
      g_test_fail ();
    }
}

/* A review that went through JSON and back is the same review: what an
 * importer builds can be saved. */
static inline void
assert_round_trip (AmaReview *review)
{
  g_autofree char *first = ama_review_to_data (review, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) again = ama_review_new_from_data (first, -1, &error);
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  second = ama_review_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
}

/* ---- agreement with the bundled Rotherham review -------------------- */

/* The bundled examples/data/rotherham-ama-2017.json, built by hand from
 * the same seeds: where an import covers a field, both must agree. */
static inline JsonNode *
bundled_review (void)
{
  g_autofree char *path = g_build_filename (AMA_SOURCE_ROOT, "examples", "data",
                                            "rotherham-ama-2017.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static inline JsonNode *
review_node (AmaReview *review)
{
  g_autofree char *json = ama_review_to_data (review, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* The node at @path (a JSONPath naming exactly one node), or NULL. */
static inline JsonNode *
node_at (JsonNode   *root,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) found = json_path_query (path, root, &error);
  JsonArray *array;

  g_assert_no_error (error);
  array = json_node_get_array (found);
  if (json_array_get_length (array) == 0)
    return NULL;
  return json_node_copy (json_array_get_element (array, 0));
}

/* The imported node at @ipath equals the bundled node at @bpath. */
static inline void
assert_agrees (JsonNode   *imported,
               const char *ipath,
               JsonNode   *bundled,
               const char *bpath)
{
  g_autoptr(JsonNode) a = node_at (imported, ipath);
  g_autoptr(JsonNode) b = node_at (bundled, bpath ? bpath : ipath);

  if (a == NULL || b == NULL || !json_node_equal (a, b))
    {
      g_autofree char *sa = a ? json_to_string (a, FALSE) : g_strdup ("(missing)");
      g_autofree char *sb = b ? json_to_string (b, FALSE) : g_strdup ("(missing)");

      if (strlen (sa) > 300)
        sa[300] = '\0';
      if (strlen (sb) > 300)
        sb[300] = '\0';
      g_test_message ("import %s ≠ bundled %s\n import:  %s\n bundled: %s",
                      ipath, bpath ? bpath : ipath, sa, sb);
      g_test_fail ();
    }
}
