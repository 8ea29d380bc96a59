/* ama-import.c: `ama import`, council documents into the review format
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama import ------------------------------------------------------- */

static int
import_one (const char      *path,
            const char      *out_path,
            AmaImportFormat  format,
            GDateTime       *reference,
            gboolean         quiet)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GListModel *diags;
  gsize len = 0;
  char *data;

  ama_importer_set_format (importer, format);
  if (reference != NULL)
    ama_importer_set_reference_date (importer, reference);
  review = ama_importer_import_file (importer, file, NULL, &error);
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
      return EXIT_FINDINGS;
    }
  data = ama_review_to_data (review, &len);
  bytes = g_bytes_new_take (data, len);
  if (!write_output (out_path, bytes, &error))
    {
      progress_clear ();
      fprintf (stderr, "%s: error: %s\n", out_path ? out_path : "-", error->message);
      return EXIT_FINDINGS;
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
      "Source format: auto (default), tsv, csv, pdf-text, minutes, summary, annex, moderngov or docx", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the review to OUT.json (for a folder: into the folder OUT)", "OUT" },
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
    "Given a FOLDER, imports each file in it into OUT/<name>.json.");
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
  if (g_file_query_file_type (input, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(GPtrArray) paths = NULL;
      g_autoptr(GFile) out_dir = NULL;
      g_autoptr(GError) error = NULL;
      int result = 0;

      if (output == NULL)
        return usage_error (context, "importing a folder needs -o OUT (a folder)");
      out_dir = g_file_new_for_commandline_arg (output);
      if (!g_file_make_directory_with_parents (out_dir, NULL, &error) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          fprintf (stderr, "%s: error: %s\n", output, error->message);
          return EXIT_FINDINGS;
        }
      g_clear_error (&error);

      paths = list_folder (argv[1], &error);
      if (paths == NULL)
        {
          fprintf (stderr, "%s: error: %s\n", argv[1], error->message);
          return EXIT_FINDINGS;
        }
      for (guint i = 0; i < paths->len; i++)
        {
          const char *in_path = g_ptr_array_index (paths, i);
          g_autofree char *base = g_path_get_basename (in_path);
          g_autofree char *out_name = NULL;
          g_autofree char *out_path = NULL;
          char *dot = strrchr (base, '.');

          progress (i + 1, paths->len, base);
          if (dot != NULL && dot != base)
            *dot = '\0';
          out_name = g_strconcat (base, ".json", NULL);
          out_path = g_build_filename (output, out_name, NULL);
          if (import_one (in_path, out_path, format, reference, quiet) != 0)
            result = EXIT_FINDINGS;
        }
      progress_clear ();
      return result;
    }

  return import_one (argv[1], output, format, reference, quiet);
}
