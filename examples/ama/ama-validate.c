/* ama-validate.c: `ama validate`, checks reviews, one line a finding
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama validate ----------------------------------------------------- */

int
ama_cmd_validate (int    argc,
              char **argv)
{
  g_autofree char *as_of_text = NULL;
  gboolean strict = FALSE, quiet = FALSE;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, "Judge dates as of DATE (YYYY-MM-DD; default today)", "DATE" },
    { "strict", 's', 0, G_OPTION_ARG_NONE, &strict, "Warnings are findings too (exit status 1)", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Leave out findings of severity info (repairs, notes)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER…");
  g_autoptr(GDateTime) as_of = NULL;
  guint errors = 0, warnings = 0, files_bad = 0, unreadable = 0, n_files;
  g_auto(GStrv) files = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Check review documents against the rules of the format and of\n"
    "scrutiny practice, printing each finding as\n"
    "  file:line: severity: message [code]\n"
    "(without a line, the JSON path names the place). Exit status 1 when\n"
    "any file has an error (or, with --strict, a warning).");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, "expected at least one FILE");
  as_of = as_of_or_today (as_of_text, context, &status);
  if (as_of == NULL)
    return status;

  files = files_from_args (argc, argv, &status);
  n_files = g_strv_length (files);
  for (guint f = 0; f < n_files; f++)
    {
      const char *path = files[f];
      g_autoptr(GListStore) diags = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
      g_autoptr(AmaReview) review = NULL;
      g_autoptr(GListModel) found = NULL;
      g_autoptr(GError) load_error = NULL;

      progress (f + 1, n_files, path);
      review = load_review (path, AMA_IMPORT_FORMAT_UNKNOWN, diags, &load_error);
      if (review == NULL)
        {
          progress_clear ();
          if (status_for_error (load_error) == EXIT_TROUBLE)
            {
              /* Not read at all: no finding about the document, trouble
               * with the run, said where trouble goes. */
              print_load_error (path, load_error);
              status = EXIT_TROUBLE;
              unreadable++;
              continue;
            }
          /* A document that does not load is an error at the place the
           * loader names (its message carries line or JSON path). */
          print_load_error_to (stdout, path, load_error);
          errors++;
          files_bad++;
          continue;
        }
      found = ama_review_validate (review, as_of);
      {
        g_autofree char *data = NULL;
        gsize len = 0;
        /* Standard input was read once already; its findings keep their paths. */
        gboolean is_json = !g_str_equal (path, "-") && read_input (path, &data, &len, NULL) &&
                           looks_like_review_json (data, len);

        /* Place a JSON document's findings on their lines, all in one
         * pass over the text (issue 20, item 8: one scan a finding was
         * findings × size); for an imported document the path refers
         * to the import, not to the text, so it stays a path. */
        if (is_json)
          ama_json_path_locate_diagnostics (data, (gssize) len, found);
        for (guint k = 0; k < g_list_model_get_n_items (found); k++)
          {
            g_autoptr(AmaDiagnostic) d = g_list_model_get_item (found, k);

            g_list_store_append (diags, d);
          }
      }
      {
        gboolean bad = FALSE;
        for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (diags)); k++)
          {
            g_autoptr(AmaDiagnostic) d = g_list_model_get_item (G_LIST_MODEL (diags), k);
            AmaSeverity sev = ama_diagnostic_get_severity (d);

            if (sev == AMA_SEVERITY_ERROR)
              errors++, bad = TRUE;
            else if (sev == AMA_SEVERITY_WARNING)
              warnings++, bad = bad || strict;
            if (quiet && sev == AMA_SEVERITY_INFO)
              continue;
            progress_clear ();
            print_diagnostic (stdout, path, d);
          }
        if (bad)
          files_bad++;
      }
    }
  progress_clear ();
  fflush (stdout);
  fprintf (stderr, "%u file%s checked: %u error%s, %u warning%s",
           n_files - unreadable, n_files - unreadable == 1 ? "" : "s", errors, errors == 1 ? "" : "s",
           warnings, warnings == 1 ? "" : "s");
  if (unreadable > 0)
    fprintf (stderr, "; %u file%s could not be read", unreadable, unreadable == 1 ? "" : "s");
  fputc ('\n', stderr);
  return EXIT_WORSE (status, files_bad > 0 ? EXIT_FINDINGS : 0);
}
