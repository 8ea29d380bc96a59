/* ama-ics.c: `ama ics`, meetings and deadlines as iCalendar
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama ics ---------------------------------------------------------- */

int
ama_cmd_ics (int    argc,
         char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *as_of_text = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT.ics instead of standard output", "OUT.ics" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, "Date of the calendar (DTSTAMP) and of to-do status (YYYY-MM-DD; default today)", "DATE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER…");
  g_auto(GStrv) files = NULL;
  g_autoptr(GListStore) reviews = NULL;
  g_autoptr(AmaReportWriter) writer = NULL;
  g_autoptr(GDateTime) as_of = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean json = FALSE;
  AmaReportFormat format = AMA_REPORT_FORMAT_ICALENDAR;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Write the meetings of the reviews as calendar events and their\n"
    "action-by deadlines as to-dos with due dates (recurring ones repeat),\n"
    "in one iCalendar (RFC 5545) file. UIDs come from the review id and the\n"
    "recommendation number, so re-importing updates entries in place.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, "expected at least one FILE");
  as_of = as_of_or_today (as_of_text, context, &status);
  if (as_of == NULL)
    return status;

  if (output_format_from_name (output, &json, &format) != OUTPUT_NO_EXTENSION &&
      (json || format != AMA_REPORT_FORMAT_ICALENDAR))
    return usage_error (context, "-o %s: a calendar is written to a .ics file", output);

  /* A file that does not load is said and left out; the calendar of the
   * others is still written, and the exit status says one was bad. */
  files = files_from_args (argc, argv, &status);
  if (output_is_input (output, files))
    return usage_error (context, "the output \u201c%s\u201d is one of the inputs; refusing to overwrite it", output);
  reviews = load_reviews (files, &status, NULL);
  if (g_list_model_get_n_items (G_LIST_MODEL (reviews)) == 0)
    {
      if (status == 0)
        return usage_error (context, "the folders given hold no files");
      return status;
    }

  writer = ama_report_writer_new (AMA_REPORT_FORMAT_ICALENDAR);
  ama_report_writer_set_as_of (writer, as_of);
  stream = g_memory_output_stream_new_resizable ();
  if (!ama_report_writer_write_reviews (writer, G_LIST_MODEL (reviews), stream, NULL, &error) ||
      !g_output_stream_close (stream, NULL, &error))
    {
      fprintf (stderr, "ama ics: error: %s\n", error->message);
      return EXIT_WORSE (status, EXIT_FINDINGS);
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  if (!write_output (output, bytes, &error))
    {
      print_write_error (output, error);
      return EXIT_TROUBLE;
    }
  return status;
}
