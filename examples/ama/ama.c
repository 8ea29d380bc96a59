/* ama.c: the reference command-line tool for libama
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Subcommands in the style of git and gio: this file holds the command
 * table, `ama help` and main(); each command is its own file,
 * ama-<command>.c, and what they share is ama-tool.c. Exit status: 0
 * success, 1 findings (validation errors, overdue actions), 2 trouble
 * (bad usage, a file that could not be read or written). Everything the tool
 * prints comes from the library's public API: the tool is also an
 * example of it.
 */

#include "ama-tool.h"

#include <locale.h>

/* ---- ama help and dispatch ------------------------------------------ */

static void
print_usage (FILE *out)
{
  guint n;
  const Command *cmds = commands (&n);

  fprintf (out,
           "Usage:\n  ama COMMAND [OPTION\u2026] [ARGUMENT\u2026]\n\n"
           "Read, check, track and report on council scrutiny reviews.\n\n"
           "Commands:\n");
  for (guint i = 0; i < n; i++)
    fprintf (out, "  %-10s %s\n", cmds[i].name, cmds[i].summary);
  fprintf (out,
           "\nUse \u201cama COMMAND --help\u201d (or \u201cama help COMMAND\u201d) for a command\u2019s options.\n"
           "A FILE of \u201c-\u201d is standard input.\n"
           "Exit status: 0 success, 1 findings, 2 trouble (bad usage, a file\n"
           "that could not be read or written).\n");
}

static const Command *
find_command (const char *name)
{
  guint n;
  const Command *cmds = commands (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (cmds[i].name, name) == 0)
      return &cmds[i];
  return NULL;
}

static int
run_command (const Command *cmd,
             int            argc,
             char         **argv)
{
  g_autofree char *prgname = g_strdup_printf ("ama %s", cmd->name);

  /* GOptionContext's usage line then reads "ama report [OPTION…] FILE". */
  int status;

  g_set_prgname (prgname);
  status = cmd->run (argc, argv);
  /* What a command printed may still sit in stdio's buffer, and a
   * failed write (`ama show r.json > /dev/full`) is only seen here: it
   * used to exit 0 (issue #20, item 16). */
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      fprintf (stderr, "%s: error: cannot write to standard output\n", prgname);
      return status != 0 ? status : EXIT_FINDINGS;
    }
  return status;
}

int
ama_cmd_help (int    argc,
          char **argv)
{
  const Command *cmd;
  char *help_argv[] = { NULL, (char *) "--help", NULL };

  if (argc < 2)
    {
      print_usage (stdout);
      return 0;
    }
  cmd = find_command (argv[1]);
  if (cmd == NULL || cmd->run == ama_cmd_help)
    {
      fprintf (stderr, "ama help: no command \u201c%s\u201d\n", argv[1]);
      return EXIT_USAGE;
    }
  help_argv[0] = argv[1];
  return run_command (cmd, 2, help_argv);
}

const Command *
commands (guint *n)
{
  static const Command table[] = {
    { "import",   "Import a council document into the review format (JSON)", ama_cmd_import },
    { "merge",    "Fold later documents (responses, decisions, trackers) into a review", ama_cmd_merge },
    { "validate", "Check review documents; print file:line: severity: message", ama_cmd_validate },
    { "show",     "Print a review as readable text", ama_cmd_show },
    { "report",   "Write an HTML, Markdown, CSV or TSV report", ama_cmd_report },
    { "track",    "Print where each recommendation stands", ama_cmd_track },
    { "appraise", "Rank the options of a review's appraisal", ama_cmd_appraise },
    { "ics",      "Write meetings and deadlines as iCalendar", ama_cmd_ics },
    { "convert",  "Convert between JSON and CSV/TSV response tables", ama_cmd_convert },
    { "export",   "Write a review as OParl, Popolo or Open Civic Data", ama_cmd_export },
    { "fetch",    "Fetch a committee's meetings from a council's ModernGov site", ama_cmd_fetch },
    { "help",     "Show help for a command", ama_cmd_help },
  };

  *n = G_N_ELEMENTS (table);
  return table;
}

int
main (int    argc,
      char **argv)
{
  const Command *cmd;

  setlocale (LC_ALL, "");
  g_set_prgname ("ama");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (stdout);
      return 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("ama (libama) %s\n", AMA_VERSION_S);
      return 0;
    }
  cmd = find_command (argv[1]);
  if (cmd == NULL)
    {
      fprintf (stderr, "ama: \u201c%s\u201d is not a command\n\n", argv[1]);
      print_usage (stderr);
      return EXIT_USAGE;
    }
  return run_command (cmd, argc - 1, argv + 1);
}
