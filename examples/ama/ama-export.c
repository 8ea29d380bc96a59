/* ama-export.c: `ama export`, reviews in the civic-data standards
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama export ------------------------------------------------------- */

static int
export_one (AmaExporter *exporter,
            const char  *path,
            const char  *out_path)
{
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  review = load_review (path, AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
  if (review == NULL)
    {
      progress_clear ();
      print_load_error (path, error);
      return status_for_error (error);
    }
  bytes = ama_exporter_export_bytes (exporter, review, &error);
  if (bytes == NULL || !write_output (out_path, bytes, &error))
    {
      progress_clear ();
      fprintf (stderr, "%s: error: %s\n", out_path ? out_path : path, error->message);
      return bytes == NULL ? EXIT_FINDINGS : EXIT_TROUBLE;   /* not exportable, or not writable */
    }
  return 0;
}

int
ama_cmd_export (int    argc,
                char **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autofree char *base_url = NULL;
  GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &to, "Standard: oparl, popolo or ocd", "STANDARD" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to OUT instead of standard output (for a folder: into the folder OUT)", "OUT" },
    { "base-url", 0, 0, G_OPTION_ARG_STRING, &base_url,
      "URL every id starts with (default https://libama.invalid/oparl)", "URL" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER");
  g_autoptr(AmaExporter) exporter = NULL;
  g_autoptr(GFile) input = NULL;
  AmaExportFormat format;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Write a review in a civic-data standard: OParl 1.1 (System, Body,\n"
    "Organization, Person, Membership, Meeting, AgendaItem, Paper,\n"
    "Consultation, File), Popolo (persons, organizations, memberships,\n"
    "events, motions) or Open Civic Data events. What the standard has no\n"
    "property for (recommendations, responses, action-by dates, the\n"
    "appraisal) is written as \"ama:\" extension properties.\n"
    "Given a FOLDER, exports each review in it into OUT/<name>.json.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE or FOLDER, got %d", argc - 1);
  if (to == NULL)
    return usage_error (context, "--to is required: oparl, popolo or ocd");
  if (!ama_export_format_from_string (to, &format))
    return usage_error (context, "--to: \u201c%s\u201d is not one of oparl, popolo, ocd", to);
  if (base_url != NULL && !g_str_has_prefix (base_url, "http://") && !g_str_has_prefix (base_url, "https://"))
    return usage_error (context, "--base-url: \u201c%s\u201d is not an http(s) URL", base_url);

  exporter = ama_exporter_new (format);
  if (base_url != NULL)
    ama_exporter_set_base_url (exporter, base_url);

  input = g_file_new_for_commandline_arg (argv[1]);
  if (g_file_query_file_type (input, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(GPtrArray) paths = NULL;
      g_autoptr(GFile) out_dir = NULL;
      g_autoptr(GError) error = NULL;
      int result = 0;

      if (output == NULL)
        return usage_error (context, "exporting a folder needs -o OUT (a folder)");
      out_dir = g_file_new_for_commandline_arg (output);
      if (!g_file_make_directory_with_parents (out_dir, NULL, &error) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          fprintf (stderr, "%s: error: %s\n", output, error->message);
          return EXIT_TROUBLE;
        }
      g_clear_error (&error);
      paths = list_folder (argv[1], &error);
      if (paths == NULL)
        {
          fprintf (stderr, "%s: error: %s\n", argv[1], error->message);
          return EXIT_TROUBLE;
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
          out_name = g_strdup_printf ("%s.%s.json", base, ama_export_format_to_string (format));
          out_path = g_build_filename (output, out_name, NULL);
          result = EXIT_WORSE (result, export_one (exporter, in_path, out_path));
        }
      progress_clear ();
      return result;
    }

  return export_one (exporter, argv[1], output);
}
