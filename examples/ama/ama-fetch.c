/* ama-fetch.c: `ama fetch`, a committee's meetings from a council's
 * ModernGov web service
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama fetch --------------------------------------------------------- */

static gboolean
is_number (const char *text)
{
  return text != NULL && *text != '\0' && strspn (text, "0123456789") == strlen (text);
}

static void
print_error (const char *what,
             GError     *error)
{
  progress_clear ();
  fprintf (stderr, "%s: error: %s\n", what, error->message);
}

/* The committee's id: given as one, or found by its title (any case). */
static char *
resolve_committee (AmaModernGovClient  *client,
                   const char          *committee,
                   gboolean             list_only,
                   GError             **error)
{
  g_autoptr(GListModel) list = NULL;
  guint n;

  if (!list_only && is_number (committee))
    return g_strdup (committee);
  list = ama_moderngov_client_fetch_committees (client, NULL, error);
  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaModernGovCommittee) c = g_list_model_get_item (list, i);
      const char *title = ama_moderngov_committee_get_title (c);

      if (list_only)
        printf ("%s\t%s%s\n", ama_moderngov_committee_get_id (c), title ? title : "",
                ama_moderngov_committee_get_expired (c) ? " (expired)" : "");
      else if (title != NULL && g_utf8_collate (title, committee) == 0)
        return g_strdup (ama_moderngov_committee_get_id (c));
      else if (title != NULL)
        {
          g_autofree char *a = g_utf8_casefold (title, -1);
          g_autofree char *b = g_utf8_casefold (committee, -1);

          if (g_str_equal (a, b))
            return g_strdup (ama_moderngov_committee_get_id (c));
        }
    }
  if (list_only)
    return g_strdup ("");
  g_set_error (error, AMA_ERROR, AMA_ERROR_REFERENCE,
               "no committee is called \u201c%s\u201d (%u committees; "
               "--list-committees lists them)", committee, n);
  return NULL;
}

/* A file already there is replaced only when it holds the same meeting:
 * two meetings never share a file, and a file that is not a review is
 * never overwritten. */
static gboolean
may_write (const char  *path,
           const char  *meeting_id,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AmaReview) old = NULL;
  g_autoptr(GError) local = NULL;
  GListModel *meetings;
  gboolean same = FALSE;

  if (!g_file_query_exists (file, NULL))
    return TRUE;
  old = ama_review_new_from_file (file, NULL, &local);
  if (old != NULL)
    {
      meetings = ama_review_get_meetings (old);
      if (g_list_model_get_n_items (meetings) == 1)
        {
          g_autoptr(AmaMeeting) m = g_list_model_get_item (meetings, 0);
          same = g_strcmp0 (ama_meeting_get_id (m), meeting_id) == 0;
        }
    }
  if (!same)
    g_set_error (error, AMA_ERROR, AMA_ERROR_DUPLICATE,
                 "%s is there already and does not hold meeting %s; not overwritten",
                 path, meeting_id);
  return same;
}

/* Fetches one meeting into OUT/meeting-<id>.json. */
static gboolean
fetch_one (AmaModernGovClient *client,
           const char         *meeting_id,
           const char         *output,
           gboolean            verbose)
{
  g_autoptr(GListModel) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_strdup_printf ("meeting-%s.json", meeting_id);
  g_autofree char *path = g_build_filename (output, name, NULL);
  g_autofree char *query = g_strdup_printf ("lMeetingId=%s", meeting_id);
  g_autofree char *url = ama_moderngov_client_get_method_url (client, "GetMeeting", query);
  gsize len = 0;
  char *data;

  review = ama_moderngov_client_fetch_meeting (client, meeting_id, &diagnostics, NULL, &error);
  for (guint i = 0; diagnostics != NULL && i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);

      if (verbose || ama_diagnostic_get_severity (d) != AMA_SEVERITY_INFO)
        {
          progress_clear ();
          print_diagnostic (stderr, url, d);
        }
    }
  if (review == NULL)
    {
      g_autofree char *what = g_strdup_printf ("meeting %s", meeting_id);
      print_error (what, error);
      return FALSE;
    }
  if (g_list_model_get_n_items (ama_review_get_meetings (review)) == 1)
    meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  if (meeting == NULL || g_strcmp0 (ama_meeting_get_id (meeting), meeting_id) != 0)
    {
      progress_clear ();
      fprintf (stderr, "%s: error: the answer is not meeting %s\n", url, meeting_id);
      return FALSE;
    }

  /* The review of one meeting: named by it, for the body that met. */
  if (ama_review_get_id (review) == NULL)
    {
      g_autofree char *id = g_strdup_printf ("meeting-%s", meeting_id);
      ama_review_set_id (review, id);
    }
  if (ama_review_get_body (review) == NULL)
    ama_review_set_body (review, ama_meeting_get_body (meeting));
  if (ama_review_get_title (review) == NULL && ama_meeting_get_date (meeting) != NULL)
    {
      g_autofree char *date = g_date_time_format (ama_meeting_get_date (meeting), "%Y-%m-%d");
      g_autofree char *title = g_strdup_printf ("%s, %s", ama_meeting_get_body (meeting)
                                                ? ama_meeting_get_body (meeting) : "Meeting", date);
      ama_review_set_title (review, title);
    }

  if (!may_write (path, meeting_id, &error))
    {
      print_error (path, error);
      return FALSE;
    }
  data = ama_review_to_data (review, &len);
  bytes = g_bytes_new_take (data, len);
  if (!write_output (path, bytes, &error))
    {
      print_error (path, error);
      return FALSE;
    }
  return TRUE;
}

int
ama_cmd_fetch (int    argc,
               char **argv)
{
  g_autofree char *committee = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *output = NULL;
  gboolean list_committees = FALSE;
  gboolean verbose = FALSE;
  int min_interval = 1000;
  int timeout = 60;
  GOptionEntry entries[] = {
    { "committee", 'c', 0, G_OPTION_ARG_STRING, &committee,
      "The committee: its id or its title", "ID|NAME" },
    { "meeting", 'm', 0, G_OPTION_ARG_STRING, &meeting,
      "One meeting, by its id", "ID" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      "Meetings on or after this day (YYYY-MM-DD)", "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      "Meetings on or before this day (YYYY-MM-DD)", "DATE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write OUT/meeting-<id>.json for each meeting", "OUT" },
    { "list-committees", 0, 0, G_OPTION_ARG_NONE, &list_committees,
      "Print the council's committees (id, tab, title) and stop", NULL },
    { "min-interval", 0, 0, G_OPTION_ARG_INT, &min_interval,
      "Milliseconds between two requests (default 1000)", "MS" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout,
      "Seconds one response may take (default 60)", "S" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      "Print the importer's info diagnostics too", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("BASE-URL");
  g_autoptr(AmaModernGovClient) client = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) out_dir = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autofree char *committee_id = NULL;
  int status = 0;
  guint failed = 0;
  guint n;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Fetch meetings from a council's ModernGov web service (BASE-URL is the\n"
    "site, such as https://democracy.example.gov.uk) and write one review\n"
    "(JSON) per meeting, with its agenda items, minutes, resolutions, linked\n"
    "documents and attendees, as OUT/meeting-<id>.json. A file already there\n"
    "is replaced only when it holds the same meeting. Requests go one at a\n"
    "time, --min-interval apart; 429 and 502-504 are retried.\n"
    "Exit status: 0 every meeting written, 1 some failed (each is reported),\n"
    "2 bad usage or a server that gives no meeting list.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one BASE-URL, got %d", argc - 1);
  if (!list_committees && (committee == NULL) == (meeting == NULL))
    return usage_error (context, "give one of --committee ID|NAME and --meeting ID");
  if (meeting != NULL && !is_number (meeting))
    return usage_error (context, "--meeting: \u201c%s\u201d is not a meeting id (a number)", meeting);
  if (meeting != NULL && (from_text != NULL || to_text != NULL))
    return usage_error (context, "--from and --to go with --committee, not --meeting");
  if (from_text != NULL && (from = parse_date (from_text)) == NULL)
    return usage_error (context, "--from: \u201c%s\u201d is not a date (YYYY-MM-DD)", from_text);
  if (to_text != NULL && (to = parse_date (to_text)) == NULL)
    return usage_error (context, "--to: \u201c%s\u201d is not a date (YYYY-MM-DD)", to_text);
  if (from != NULL && to != NULL && g_date_time_compare (from, to) > 0)
    return usage_error (context, "--from %s is after --to %s", from_text, to_text);
  if (min_interval < 0 || min_interval > 3600 * 1000)
    return usage_error (context, "--min-interval: %d is not 0 to 3600000 milliseconds", min_interval);
  if (timeout < 0)
    return usage_error (context, "--timeout: %d is not a number of seconds", timeout);
  if (!list_committees && output == NULL)
    return usage_error (context, "-o OUT (a folder) is needed");
  if (!g_str_has_prefix (argv[1], "http://") && !g_str_has_prefix (argv[1], "https://"))
    return usage_error (context, "\u201c%s\u201d is not an http:// or https:// URL", argv[1]);

  client = ama_moderngov_client_new (argv[1]);
  ama_moderngov_client_set_min_interval (client, (guint) min_interval);
  ama_moderngov_client_set_timeout (client, (guint) timeout);

  if (list_committees)
    {
      g_autofree char *done = resolve_committee (client, NULL, TRUE, &error);
      if (done == NULL)
        {
          print_error (argv[1], error);
          return EXIT_USAGE;
        }
      return 0;
    }

  out_dir = g_file_new_for_commandline_arg (output);
  if (!g_file_make_directory_with_parents (out_dir, NULL, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      print_error (output, error);
      return EXIT_FINDINGS;
    }
  g_clear_error (&error);

  if (meeting != NULL)
    return fetch_one (client, meeting, output, verbose) ? 0 : EXIT_FINDINGS;

  /* Without the committee or its meeting list nothing can be fetched:
   * the server is unusable for this request. */
  committee_id = resolve_committee (client, committee, FALSE, &error);
  if (committee_id == NULL)
    {
      print_error (argv[1], error);
      return EXIT_USAGE;
    }
  meetings = ama_moderngov_client_fetch_meetings (client, committee_id, from, to, NULL, &error);
  if (meetings == NULL)
    {
      print_error (argv[1], error);
      return EXIT_USAGE;
    }

  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (meetings, i);
      const char *id = ama_meeting_get_id (m);
      g_autofree char *what = g_strdup_printf ("meeting %s", id ? id : "?");

      progress (i + 1, n, what);
      if (!is_number (id))
        {
          progress_clear ();
          fprintf (stderr, "%s: error: a meeting of committee %s has no id; skipped\n",
                   argv[1], committee_id);
          failed++;
          continue;
        }
      if (!fetch_one (client, id, output, verbose))
        failed++;
    }
  progress_clear ();
  if (failed > 0)
    fprintf (stderr, "%s: %u of %u meetings could not be fetched\n", argv[1], failed, n);
  return failed > 0 ? EXIT_FINDINGS : 0;
}
