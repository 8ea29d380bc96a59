/* ama-convert.c: `ama convert`, JSON and response tables into each other
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama convert ------------------------------------------------------ */

static gboolean
target_from_name (const char      *name,
                  gboolean        *json,
                  AmaReportFormat *format)
{
  *json = g_ascii_strcasecmp (name, "json") == 0;
  if (*json)
    return TRUE;
  return ama_report_format_from_string (name, format);
}

int
ama_cmd_convert (int    argc,
             char **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  gboolean bom = FALSE;
  g_autofree char *from = NULL;
  GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &to, "Target: json, csv, tsv, xlsx, markdown, html or ics (default: from OUT's extension, else json)", "FORMAT" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "Source format: auto (default), json or an importer format (tsv, csv, pdf-text, …)", "FORMAT" },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom, "Start a CSV or TSV table with a UTF-8 byte order mark, for Excel (default: none)", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT instead of standard output", "OUT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AmaImportFormat import_format = AMA_IMPORT_FORMAT_UNKNOWN;
  AmaReportFormat format = AMA_REPORT_FORMAT_CSV;
  gboolean json = TRUE;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Convert between the review document (JSON) and response tables:\n"
    "JSON to CSV/TSV (or any report format), CSV/TSV (or any importable\n"
    "document) to JSON, or JSON to JSON to re-save it normalised.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE, got %d", argc - 1);
  if (to != NULL)
    {
      if (!target_from_name (to, &json, &format))
        return usage_error (context, "--to: \u201c%s\u201d is not one of json, csv, tsv, xlsx, markdown, html, ics", to);
    }
  else
    {
      /* The target follows OUT's extension; one that names no format is
       * an error, not JSON written into "x.xlsx". */
      OutputKind kind = output_format_from_name (output, &json, &format);

      if (kind == OUTPUT_UNKNOWN)
        return usage_error (context, "-o %s: the extension names no format (json, csv, tsv, xlsx, md, html, ics); "
                            "give --to to choose", output);
      if (kind == OUTPUT_NO_EXTENSION)
        json = TRUE;
    }
  if (from != NULL && g_ascii_strcasecmp (from, "json") != 0 && g_ascii_strcasecmp (from, "auto") != 0)
    {
      import_format = ama_import_format_from_string (from);
      if (import_format == AMA_IMPORT_FORMAT_UNKNOWN)
        return usage_error (context, "--from: \u201c%s\u201d is not a known format", from);
    }

  review = load_review (argv[1], import_format, NULL, &error);
  if (review == NULL)
    {
      print_load_error (argv[1], error);
      return status_for_error (error);
    }
  if (json)
    {
      gsize len = 0;
      char *data = ama_review_to_data (review, &len);
      bytes = g_bytes_new_take (data, len);
    }
  else
    {
      g_autoptr(AmaReportWriter) writer = ama_report_writer_new (format);
      bytes = ama_report_writer_write_bytes (writer, review, NULL, &error);
    }
  if (bytes == NULL)
    {
      fprintf (stderr, "%s: error: %s\n", display_name (argv[1]), error->message);
      return EXIT_FINDINGS;
    }
  if (bom && (!json && (format == AMA_REPORT_FORMAT_CSV || format == AMA_REPORT_FORMAT_TSV)))
    bytes = with_bom (g_steal_pointer (&bytes));
  if (!write_output (output, bytes, &error))
    {
      print_write_error (output, error);
      return EXIT_TROUBLE;
    }
  return 0;
}
