/* ama-import.c: `ama import`, council documents into the review format
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama import ------------------------------------------------------- */

/* "$[2].meeting.data[0]" of the joined pages as "FILE: $.meeting.data[0]". */
static void
print_oparl_place (FILE       *out,
                   GPtrArray  *paths,
                   const char *text)
{
  guint index = 0;
  int consumed = 0;

  if (text != NULL && sscanf (text, "$[%u]%n", &index, &consumed) == 1 && consumed > 0 &&
      index < paths->len)
    fprintf (out, "%s: $%s", (const char *) g_ptr_array_index (paths, index), text + consumed);
  else
    fprintf (out, "%s", text ? text : "");
}

/* The files of @folder as the pages of one OParl dump: their JSON joined
 * into one array, imported at once, so that objects on one page can
 * refer to objects on another. */
static int
import_oparl_folder (const char *folder,
                     const char *out_path,
                     gboolean    quiet)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GString) joined = g_string_new ("[\n");
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GListModel *diags;
  gsize len = 0;
  char *data;

  paths = list_folder (folder, &error);
  if (paths == NULL)
    {
      fprintf (stderr, "%s: error: %s\n", folder, error->message);
      return EXIT_FINDINGS;
    }
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (g_ptr_array_index (paths, i), &contents, &length, &error))
        {
          fprintf (stderr, "%s: error: %s\n", (const char *) g_ptr_array_index (paths, i), error->message);
          return EXIT_FINDINGS;
        }
      if (i > 0)
        g_string_append (joined, ",\n");
      g_string_append_len (joined, contents, length);
    }
  g_string_append (joined, "\n]\n");

  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_OPARL);
  review = ama_importer_import_data (importer, joined->str, joined->len, &error);
  diags = ama_importer_get_diagnostics (importer);
  for (guint i = 0; !quiet && i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);

      print_oparl_place (stderr, paths, ama_diagnostic_get_path (d));
      fprintf (stderr, ": %s: %s [%s]\n", severity_name (ama_diagnostic_get_severity (d)),
               ama_diagnostic_get_message (d), ama_diagnostic_get_code (d));
    }
  if (review == NULL)
    {
      print_oparl_place (stderr, paths, error->message);
      fprintf (stderr, "\n");
      return EXIT_FINDINGS;
    }
  data = ama_review_to_data (review, &len);
  bytes = g_bytes_new_take (data, len);
  if (!write_output (out_path, bytes, &error))
    {
      fprintf (stderr, "%s: error: %s\n", out_path ? out_path : "-", error->message);
      return EXIT_FINDINGS;
    }
  return 0;
}

static gboolean
has_page_extension (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") ||
         g_str_has_suffix (lower, ".aspx");
}

/* "x" for "folder/x.tsv": the name an imported file's review takes. */
static char *
output_stem (const char *path)
{
  char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return base;
}

static int
import_one (const char      *path,
            const char      *out_path,
            AmaImportFormat  format,
            GDateTime       *reference,
            gboolean         quiet)
{
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *input = NULL;
  GListModel *diags;
  gsize len = 0;
  char *data;

  ama_importer_set_format (importer, format);
  if (reference != NULL)
    ama_importer_set_reference_date (importer, reference);
  if (!read_input (path, &input, &len, &error))
    {
      progress_clear ();
      print_load_error (path, error);
      return EXIT_TROUBLE;
    }
  /* a saved web page that opens with a fragment rather than <html> */
  if (format == AMA_IMPORT_FORMAT_UNKNOWN && has_page_extension (path) &&
      ama_import_detect (input, len) == AMA_IMPORT_FORMAT_MODERNGOV)
    ama_importer_set_format (importer, AMA_IMPORT_FORMAT_HTML);
  set_document_name (importer, path);
  review = ama_importer_import_data (importer, input, len, &error);
  diags = ama_importer_get_diagnostics (importer);
  for (guint i = 0; !quiet && i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      progress_clear ();
      print_diagnostic (stderr, path, d);
    }
  if (review == NULL)
    {
      progress_clear ();
      print_load_error (path, error);
      return status_for_error (error);
    }
  data = ama_review_to_data (review, &len);
  bytes = g_bytes_new_take (data, len);
  if (!write_output (out_path, bytes, &error))
    {
      print_write_error (out_path, error);
      return EXIT_TROUBLE;
    }
  return 0;
}

int
ama_cmd_import (int    argc,
            char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *reference_text = NULL;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "Source format: auto (default), tsv, csv, pdf-text, minutes, summary, annex, moderngov, oparl, docx, pdf or html", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the review to OUT.json (for a folder: into the folder OUT; default: standard output)", "OUT" },
    { "reference-date", 0, 0, G_OPTION_ARG_STRING, &reference_text,
      "Date that places dates written without a year (YYYY-MM-DD)", "DATE" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Do not print the importer's diagnostics", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER");
  g_autoptr(GDateTime) reference = NULL;
  g_autoptr(GFile) input = NULL;
  AmaImportFormat format = AMA_IMPORT_FORMAT_UNKNOWN;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Import a council document (a response table as TSV, CSV or PDF text,\n"
    "minutes, a summary sheet, a review report or annex, ModernGov XML)\n"
    "into the review document format (JSON). Every repair the importer\n"
    "made is printed to stderr as file:line: severity: message.\n"
    "Given a FOLDER, imports each file in it into OUT/<name>.json; with\n"
    "--format oparl, the files of a FOLDER are the pages of one OParl\n"
    "dump and make one review (OUT is then a file).");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE or FOLDER, got %d", argc - 1);
  if (format_name != NULL && g_ascii_strcasecmp (format_name, "auto") != 0)
    {
      format = ama_import_format_from_string (format_name);
      if (format == AMA_IMPORT_FORMAT_UNKNOWN)
        return usage_error (context, "--format: \u201c%s\u201d is not a known format", format_name);
    }
  if (reference_text != NULL && (reference = parse_date (reference_text)) == NULL)
    return usage_error (context, "--reference-date: \u201c%s\u201d is not a date (YYYY-MM-DD)", reference_text);

  input = g_file_new_for_commandline_arg (argv[1]);
  if (format == AMA_IMPORT_FORMAT_OPARL && !g_str_equal (argv[1], "-") &&
      g_file_query_file_type (input, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    return import_oparl_folder (argv[1], output, quiet);
  if (!g_str_equal (argv[1], "-") &&
      g_file_query_file_type (input, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(GPtrArray) paths = NULL;
      g_autoptr(GFile) out_dir = NULL;
      g_autoptr(GError) error = NULL;
      guint imported = 0, failed = 0;
      int result = 0;

      if (output == NULL)
        return usage_error (context, "importing a folder needs -o OUT (a folder)");
      out_dir = g_file_new_for_commandline_arg (output);
      if (!g_file_make_directory_with_parents (out_dir, NULL, &error) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          fprintf (stderr, "%s: error: cannot make the folder: %s\n", output, error->message);
          return EXIT_TROUBLE;
        }
      g_clear_error (&error);

      paths = list_folder (argv[1], &error);
      if (paths == NULL)
        {
          fprintf (stderr, "%s: error: %s\n", argv[1], error->message);
          return EXIT_TROUBLE;
        }
      /* x.txt, x.tsv and x.csv would all be OUT/x.json, each over the
       * last: a name shared by several inputs keeps its extension
       * (x.txt.json, x.tsv.json). And an output that is one of the
       * inputs (-o the input folder, holding x.json) is never written. */
      {
        g_autoptr(GHashTable) stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        g_autoptr(GHashTable) inputs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

        for (guint i = 0; i < paths->len; i++)
          {
            const char *in_path = g_ptr_array_index (paths, i);
            g_autofree char *stem = output_stem (in_path);
            guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (stems, stem));

            g_hash_table_insert (stems, g_steal_pointer (&stem), GUINT_TO_POINTER (seen + 1));
            g_hash_table_add (inputs, g_canonicalize_filename (in_path, NULL));
          }
      for (guint i = 0; i < paths->len; i++)
        {
          const char *in_path = g_ptr_array_index (paths, i);
          g_autofree char *base = g_path_get_basename (in_path);
          g_autofree char *stem = output_stem (in_path);
          g_autofree char *out_name = NULL;
          g_autofree char *out_path = NULL;
          g_autofree char *canonical = NULL;

          progress (i + 1, paths->len, base);
          out_name = g_strconcat (GPOINTER_TO_UINT (g_hash_table_lookup (stems, stem)) > 1 ? base : stem,
                                  ".json", NULL);
          out_path = g_build_filename (output, out_name, NULL);
          canonical = g_canonicalize_filename (out_path, NULL);
          if (g_hash_table_contains (inputs, canonical))
            {
              progress_clear ();
              fprintf (stderr, "%s: error: not written: it is one of the files being imported; "
                       "give another -o folder\n", out_path);
              status = EXIT_TROUBLE;
            }
          else
            status = import_one (in_path, out_path, format, reference, quiet);
          result = EXIT_WORSE (result, status);
          if (status == 0)
            imported++;
          else
            failed++;
        }
      }
      progress_clear ();
      /* A folder ends with what became of it, so a long run's last line
       * answers "did it all go in?". */
      if (!quiet || failed > 0)
        fprintf (stderr, "%u file%s imported into %s, %u failed\n", imported, imported == 1 ? "" : "s",
                 output, failed);
      return result;
    }
  {
    gboolean json = FALSE;
    AmaReportFormat ignored;

    if (output_format_from_name (output, &json, &ignored) != OUTPUT_NO_EXTENSION && !json)
      return usage_error (context, "-o %s: an import writes the review document, OUT.json "
                          "(\u201cama convert\u201d writes the other formats)", output);
  }

  return import_one (argv[1], output, format, reference, quiet);
}
