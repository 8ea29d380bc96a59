/* ama-report.c: `ama report`, HTML, Markdown, CSV or TSV reports
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama report ------------------------------------------------------- */

int
ama_cmd_report (int    argc,
            char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  gboolean bom = FALSE;
  g_autofree char *as_of_text = NULL;
  gint64 samples = 0, seed = 1;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "Output format: html, markdown, csv, tsv or xlsx (default: from OUT's extension, else html)", "FORMAT" },
    { "samples", 'n', 0, G_OPTION_ARG_INT64, &samples, "Add the rank acceptability of an SMAA with N samples (HTML)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the SMAA sampler (default 1)", "S" },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom, "Start a CSV or TSV table with a UTF-8 byte order mark, for Excel (default: none)", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT instead of standard output", "OUT" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, "Report progress as of DATE (YYYY-MM-DD; default today)", "DATE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER…");
  g_autoptr(GListStore) reviews = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_auto(GStrv) files = NULL;
  guint n_files;
  g_autoptr(AmaReportWriter) writer = NULL;
  g_autoptr(GDateTime) as_of = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AmaReportFormat format = AMA_REPORT_FORMAT_HTML;
  gboolean json = FALSE;
  guint n_failed = 0;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Write a review as a report: one self-contained HTML file (printable,\n"
    "with charts), GitHub-flavoured Markdown, or the response table as CSV\n"
    "or TSV in the council's own columns. CSV/TSV cells that begin with\n"
    "=, +, - or @ get a leading ' so spreadsheets do not run them.\n"
    "Several files (or a folder) make one HTML page or Markdown file.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, "expected at least one FILE");
  if (samples < 0 || seed < 0)
    return usage_error (context, "--samples and --seed must not be negative");
  /* The library takes at most 2^32 samples (issue #20, item 10). */
  if ((guint64) samples > (G_GUINT64_CONSTANT (1) << 32))
    return usage_error (context, "--samples must be at most %" G_GUINT64_FORMAT,
                        G_GUINT64_CONSTANT (1) << 32);
  if (format_name != NULL &&
      (!ama_report_format_from_string (format_name, &format) || format == AMA_REPORT_FORMAT_ICALENDAR))
    return usage_error (context, "--format: \u201c%s\u201d is not one of html, markdown, csv, tsv, xlsx%s",
                        format_name, format == AMA_REPORT_FORMAT_ICALENDAR ? " (use \u201cama ics\u201d)" : "");
  if (format_name == NULL)
    {
      /* "-o report.md" asks for Markdown; "-o report.pdf" for something
       * this command does not write, which is said, not ignored. */
      AmaReportFormat by_name = AMA_REPORT_FORMAT_HTML;
      OutputKind kind = output_format_from_name (output, &json, &by_name);

      if (kind == OUTPUT_UNKNOWN || (kind == OUTPUT_KNOWN && (json || by_name == AMA_REPORT_FORMAT_ICALENDAR)))
        return usage_error (context, "-o %s: the extension names no report format (html, md, csv, tsv, xlsx)%s; "
                            "give --format to choose", output,
                            json ? "; use \u201cama convert\u201d for JSON"
                                 : kind == OUTPUT_KNOWN ? "; use \u201cama ics\u201d for a calendar" : "");
      if (kind == OUTPUT_KNOWN)
        format = by_name;
    }
  as_of = as_of_or_today (as_of_text, context, &status);
  if (as_of == NULL)
    return status;

  files = files_from_args (argc, argv, &status);
  n_files = g_strv_length (files);
  if (n_files != 1 && (format == AMA_REPORT_FORMAT_CSV || format == AMA_REPORT_FORMAT_TSV ||
                       format == AMA_REPORT_FORMAT_XLSX))
    return usage_error (context, "a %s response table holds one review; got %u files",
                        format == AMA_REPORT_FORMAT_CSV ? "CSV" : format == AMA_REPORT_FORMAT_TSV ? "TSV" : "XLSX",
                        n_files);
  if (n_files != 1 && samples > 0)
    return usage_error (context, "--samples analyses one review's appraisal; got %u files", n_files);

  if (output_is_input (output, files))
    return usage_error (context, "the output \u201c%s\u201d is one of the inputs; refusing to overwrite it", output);
  /* A file that does not load is said and left out: the report of the
   * others is still written, and the exit status says one was bad. */
  reviews = load_reviews (files, &status, &n_failed);
  if (g_list_model_get_n_items (G_LIST_MODEL (reviews)) == 0)
    {
      if (status == 0)
        return usage_error (context, "the folders given hold no files");
      fprintf (stderr, "%s: no report written: no file could be used\n", g_get_prgname ());
      return status;
    }

  writer = ama_report_writer_new (format);
  ama_report_writer_set_as_of (writer, as_of);
  if (samples > 0)
    {
      g_autoptr(AmaReview) review = g_list_model_get_item (G_LIST_MODEL (reviews), 0);

      if (ama_review_get_appraisal (review) == NULL)
        {
          fprintf (stderr, "%s: error: no rank acceptability: the review has no options appraisal\n",
                   display_name (files[0]));
          status = EXIT_WORSE (status, EXIT_FINDINGS);
        }
      else
        {
          g_autoptr(AmaAppraisalSmaaResult) smaa = run_smaa (ama_review_get_appraisal (review), (guint64) samples,
                                                             (guint64) seed, &error);
          /* The report is still written, without the analysis. */
          if (smaa == NULL)
            {
              fprintf (stderr, "%s: error: no rank acceptability: %s\n", display_name (files[0]), error->message);
              g_clear_error (&error);
              status = EXIT_WORSE (status, EXIT_FINDINGS);
            }
          ama_report_writer_set_smaa_result (writer, smaa);
        }
    }
  stream = g_memory_output_stream_new_resizable ();
  if (ama_report_writer_write_reviews (writer, G_LIST_MODEL (reviews), stream, NULL, &error) &&
      g_output_stream_close (stream, NULL, &error))
    bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  if (bytes == NULL)
    {
      fprintf (stderr, "%s: error: %s\n", g_get_prgname (), error->message);
      return EXIT_WORSE (status, EXIT_FINDINGS);
    }
  if (bom && (format == AMA_REPORT_FORMAT_CSV || format == AMA_REPORT_FORMAT_TSV))
    bytes = with_bom (g_steal_pointer (&bytes));
  if (!write_output (output, bytes, &error))
    {
      print_write_error (output, error);
      return EXIT_TROUBLE;
    }
  if (n_failed > 0)
    fprintf (stderr, "%s: report written without %u of %u file%s (named above)\n", g_get_prgname (),
             n_failed, n_files, n_files == 1 ? "" : "s");
  return status;
}
