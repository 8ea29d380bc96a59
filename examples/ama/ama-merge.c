/* ama-merge.c: `ama merge`, later documents folded into a review
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama merge -------------------------------------------------------- */

int
ama_cmd_merge (int    argc,
               char **argv)
{
  g_autofree char *out_path = NULL;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, "Write the merged review to FILE (default: REVIEW, in place)", "FILE" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Leave out notes of severity info", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("REVIEW.json DOCUMENT…");
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *raw = NULL;
  const char *target;
  char *data;
  gsize len = 0;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Fold later documents (a Cabinet response, a decision, a tracker\n"
    "report; any document `ama import` reads) into REVIEW.json, matching\n"
    "recommendations by label. Decisions join each response's history,\n"
    "tracker rows become dated progress updates; nothing already in the\n"
    "review is changed, and merging a document twice changes nothing.\n"
    "Rows that match nothing and conflicts are printed as\n"
    "  DOCUMENT: severity: $.path: message [code]\n"
    "Without -o, REVIEW.json is replaced atomically; when any document\n"
    "cannot be read, nothing is written.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 3)
    return usage_error (context, "expected REVIEW.json and at least one DOCUMENT");

  if (!read_input (argv[1], &raw, &len, &error))
    {
      print_load_error (argv[1], error);
      return status_for_error (error);
    }
  if (!looks_like_review_json (raw, len))
    {
      fprintf (stderr, "%s: error: not a review document (import it first with `ama import`)\n",
               display_name (argv[1]));
      return EXIT_FINDINGS;
    }
  review = ama_review_new_from_data (raw, len, &error);
  if (review == NULL)
    {
      print_load_error (argv[1], error);
      return EXIT_FINDINGS;
    }

  for (int i = 2; i < argc; i++)
    {
      g_autoptr(GListStore) import_diags = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
      g_autoptr(AmaReview) later = NULL;
      g_autoptr(GListModel) found = NULL;
      g_autoptr(GError) local_error = NULL;

      later = load_review (argv[i], AMA_IMPORT_FORMAT_UNKNOWN, import_diags, &local_error);
      if (later == NULL)
        {
          print_load_error (argv[i], local_error);
          return EXIT_WORSE (EXIT_FINDINGS, status_for_error (local_error));
        }
      found = ama_review_merge (review, later, &local_error);
      if (found == NULL)
        {
          print_load_error (argv[i], local_error);
          return EXIT_FINDINGS;
        }
      for (guint k = 0; k < g_list_model_get_n_items (found); k++)
        {
          g_autoptr(AmaDiagnostic) d = g_list_model_get_item (found, k);

          if (quiet && ama_diagnostic_get_severity (d) == AMA_SEVERITY_INFO)
            continue;
          print_diagnostic (stderr, argv[i], d);
        }
    }

  target = out_path != NULL ? out_path : argv[1];
  data = ama_review_to_data (review, &len);
  bytes = g_bytes_new_take (data, len);
  if (!write_output (target, bytes, &error))
    {
      print_write_error (target, error);
      return EXIT_TROUBLE;
    }
  return 0;
}
