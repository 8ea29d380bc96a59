/* ama-track.c: `ama track`, where each recommendation stands
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <string.h>

/* ---- ama track -------------------------------------------------------- */

/* Columns padded by characters, not bytes ("Ian Thomas" and "Siân
 * Jones" line up), with no trailing blanks. */
static void
print_track_row (const char *number,
                 const char *decision,
                 const char *status,
                 const char *due,
                 const char *officer,
                 const char *state)
{
  const char *cells[] = { number, decision, status, due, officer, state };
  const guint widths[] = { 4, 31, 12, 11, 20, 0 };
  g_autoptr(GString) line = g_string_new ("  ");

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      guint len = g_utf8_strlen (cells[i], -1);

      g_string_append (line, cells[i]);
      for (guint k = len; k < widths[i]; k++)
        g_string_append_c (line, ' ');
      if (i + 1 < G_N_ELEMENTS (cells))
        g_string_append_c (line, ' ');
    }
  while (line->len > 0 && line->str[line->len - 1] == ' ')
    g_string_truncate (line, line->len - 1);
  puts (line->str);
}

static gboolean
same_name (const char *name,
           const char *officer)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (name == NULL)
    return FALSE;
  a = g_utf8_casefold (name, -1);
  b = g_utf8_casefold (officer, -1);
  return g_str_equal (a, b);
}

/* --officer matches the name as corrected ("Ian Thomas") and as the
 * document wrote it ("lan Thomas"): whoever types it has either in
 * front of them. */
static gboolean
officer_matches (AmaTrackingItem *item,
                 const char      *officer)
{
  AmaPerson *person = ama_tracking_item_get_officer (item);

  if (officer == NULL)
    return TRUE;
  return same_name (ama_tracking_item_get_officer_name (item), officer) ||
         (person != NULL && same_name (ama_person_get_name_as_written (person), officer));
}

/* Each officer named once, in the order first met, for the message
 * that says --officer matched nobody. */
static void
collect_officers (GListModel *items,
                  GPtrArray  *names)
{
  for (guint k = 0; k < g_list_model_get_n_items (items); k++)
    {
      g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, k);
      const char *name = ama_tracking_item_get_officer_name (item);

      if (name != NULL && *name != '\0' &&
          !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, g_strdup (name));
    }
}

/* One escalated action: "  1  due 2017-12-01, 121 days overdue". */
static void
print_escalation (AmaTrackingItem *item,
                  gboolean         by_officer)
{
  AmaReview *review = ama_tracking_item_get_review (item);
  AmaRecommendation *rec = ama_tracking_item_get_recommendation (item);
  g_autofree char *due = date_iso (ama_tracking_item_get_due (item));
  int days = ama_tracking_item_get_days_overdue (item);
  const char *who = ama_tracking_item_get_officer_name (item);

  if (by_officer)
    printf ("    %s recommendation %s", review && ama_review_get_id (review) ? ama_review_get_id (review) : "(no id)",
            ama_recommendation_get_number (rec) ? ama_recommendation_get_number (rec) : "?");
  else
    printf ("    recommendation %s (%s)", ama_recommendation_get_number (rec) ? ama_recommendation_get_number (rec) : "?",
            who ? who : "no officer");
  printf (": due %s, %d day%s overdue\n", due, days, days == 1 ? "" : "s");
}

/* Groups @items (already oldest first) by @key, in the order each key is
 * first met, so the group with the oldest action comes first. */
static void
print_escalation_groups (GListModel *items,
                         gboolean    by_officer)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, i);
      AmaReview *review = ama_tracking_item_get_review (item);
      const char *key = by_officer ? ama_tracking_item_get_officer_name (item)
                                   : (review ? ama_review_get_id (review) : NULL);
      gboolean seen = FALSE;

      if (key == NULL)
        key = by_officer ? "(no officer)" : "(no id)";
      for (guint k = 0; k < keys->len && !seen; k++)
        seen = g_str_equal (keys->pdata[k], key);
      if (!seen)
        g_ptr_array_add (keys, g_strdup (key));
    }
  for (guint k = 0; k < keys->len; k++)
    {
      printf ("  %s\n", (const char *) keys->pdata[k]);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, i);
          AmaReview *review = ama_tracking_item_get_review (item);
          const char *key = by_officer ? ama_tracking_item_get_officer_name (item)
                                       : (review ? ama_review_get_id (review) : NULL);

          if (key == NULL)
            key = by_officer ? "(no officer)" : "(no id)";
          if (g_str_equal (key, keys->pdata[k]))
            print_escalation (item, by_officer);
        }
    }
}

/* `ama track --escalate DAYS`: what is overdue by more than DAYS across
 * every file given, per officer and per review, oldest first (one
 * AmaCatalog call). Exit status 1 when anything is to be escalated. */
static int
track_escalate (GStrv      files,
                GDateTime *as_of,
                guint      days,
                int        status)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(GListModel) items = NULL;
  g_autofree char *as_of_iso = date_iso (as_of);
  guint n_loaded = 0, n;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = load_review (files[i], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);

      if (review == NULL)
        {
          fflush (stdout);
          print_load_error (files[i], error);
          status = EXIT_WORSE (status, status_for_error (error));
          continue;
        }
      ama_catalog_add_review (catalog, review);
      n_loaded++;
    }
  if (n_loaded == 0)
    return status;

  items = ama_catalog_get_escalations (catalog, as_of, days);
  n = g_list_model_get_n_items (items);
  printf ("Overdue by more than %u day%s (as of %s): %u\n", days, days == 1 ? "" : "s", as_of_iso, n);
  if (n > 0)
    {
      printf ("By officer\n");
      print_escalation_groups (items, TRUE);
      printf ("By review\n");
      print_escalation_groups (items, FALSE);
    }
  return EXIT_WORSE (status, n > 0 ? EXIT_FINDINGS : 0);
}

/* `ama track --overdue-responses`: the reviews waiting for a response
 * past its due date, and those whose response came late, across every
 * file given (one AmaCatalog call). Exit status 1 when any is waiting. */
static int
track_responses (GStrv      files,
                 GDateTime *as_of,
                 int        status)
{
  g_autoptr(AmaCatalog) catalog = ama_catalog_new ();
  g_autoptr(GListModel) waiting = NULL;
  g_autoptr(GListModel) late = NULL;
  g_autofree char *as_of_iso = date_iso (as_of);
  guint n_loaded = 0;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = load_review (files[i], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);

      if (review == NULL)
        {
          fflush (stdout);
          print_load_error (files[i], error);
          status = EXIT_WORSE (status, status_for_error (error));
          continue;
        }
      ama_catalog_add_review (catalog, review);
      n_loaded++;
    }
  if (n_loaded == 0)
    return status;

  waiting = ama_catalog_get_overdue_responses (catalog, as_of, &late);
  printf ("Waiting for a response past the due date (as of %s): %u\n", as_of_iso,
          g_list_model_get_n_items (waiting));
  for (guint i = 0; i < g_list_model_get_n_items (waiting); i++)
    {
      g_autoptr(AmaReview) review = g_list_model_get_item (waiting, i);
      g_autoptr(GDateTime) due = ama_review_get_response_due (review);
      g_autoptr(GListModel) awaiting = ama_review_get_awaiting_response (review, as_of);
      g_autofree char *due_iso = date_iso (due);
      int days = (int) (g_date_time_difference (as_of, due) / G_TIME_SPAN_DAY);

      printf ("  %s \u2014 %s: due %s, %d day%s overdue, %u recommendation%s awaiting a decision\n",
              ama_review_get_id (review) ? ama_review_get_id (review) : "(no id)",
              ama_review_get_title (review) ? ama_review_get_title (review) : "(untitled)",
              due_iso, days, days == 1 ? "" : "s", g_list_model_get_n_items (awaiting),
              g_list_model_get_n_items (awaiting) == 1 ? "" : "s");
    }
  printf ("Responses that came late: %u\n", g_list_model_get_n_items (late));
  for (guint i = 0; i < g_list_model_get_n_items (late); i++)
    {
      g_autoptr(AmaReview) review = g_list_model_get_item (late, i);
      g_autoptr(GDateTime) due = ama_review_get_response_due (review);
      g_autofree char *due_iso = date_iso (due);
      int days = ama_review_get_response_days_late (review);

      printf ("  %s \u2014 %s: due %s, %d day%s late\n",
              ama_review_get_id (review) ? ama_review_get_id (review) : "(no id)",
              ama_review_get_title (review) ? ama_review_get_title (review) : "(untitled)",
              due_iso, days, days == 1 ? "" : "s");
    }
  return EXIT_WORSE (status, g_list_model_get_n_items (waiting) > 0 ? EXIT_FINDINGS : 0);
}

int
ama_cmd_track (int    argc,
           char **argv)
{
  g_autofree char *as_of_text = NULL;
  g_autofree char *officer = NULL;
  gboolean outstanding_only = FALSE, by_officer = FALSE, responses = FALSE;
  int escalate = -1;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, "Report where things stand on DATE (YYYY-MM-DD; default today)", "DATE" },
    { "officer", 0, 0, G_OPTION_ARG_STRING, &officer, "Only the actions of the officer NAME", "NAME" },
    { "outstanding", 0, 0, G_OPTION_ARG_NONE, &outstanding_only, "Only actions still outstanding", NULL },
    { "by-officer", 0, 0, G_OPTION_ARG_NONE, &by_officer, "Also list the outstanding actions under each officer", NULL },
    { "escalate", 0, 0, G_OPTION_ARG_INT, &escalate, "Only list what is overdue by more than DAYS days, per officer and per review, oldest first", "DAYS" },
    { "overdue-responses", 0, 0, G_OPTION_ARG_NONE, &responses, "Only list the reviews waiting for the executive's response past its due date, and those whose response came late", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER…");
  g_auto(GStrv) files = NULL;
  g_autoptr(GDateTime) as_of = NULL;
  g_autofree char *as_of_iso = NULL;
  guint total = 0, outstanding = 0, overdue = 0, completed = 0, shown = 0, n_failed = 0, n_loaded = 0, matched = 0;
  g_autoptr(GPtrArray) officers = g_ptr_array_new_with_free_func (g_free);
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Print where each recommendation stands: the decision, the delivery\n"
    "status from the progress updates, the officer and the due date, then\n"
    "a summary. An action is outstanding when accepted (or due) and not\n"
    "closed, overdue when outstanding past its due date. Exit status 1\n"
    "when anything shown is overdue.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, "expected at least one FILE");
  as_of = as_of_or_today (as_of_text, context, &status);
  if (as_of == NULL)
    return status;
  as_of_iso = date_iso (as_of);
  files = files_from_args (argc, argv, &status);
  if (escalate < -1 || (escalate >= 0 && responses))
    return usage_error (context, escalate < -1 ? "--escalate: DAYS must be 0 or more"
                                               : "--escalate and --overdue-responses are separate questions");
  if (escalate >= 0)
    return track_escalate (files, as_of, (guint) escalate, status);
  if (responses)
    return track_responses (files, as_of, status);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(AmaReview) review = NULL;
      g_autoptr(GListModel) items = NULL;
      g_autoptr(GError) error = NULL;
      gboolean header = FALSE;

      progress (i + 1, g_strv_length (files), files[i]);
      review = load_review (files[i], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
      progress_clear ();
      if (review == NULL)
        {
          /* Said, and the other files are still tracked. */
          fflush (stdout);
          print_load_error (files[i], error);
          status = EXIT_WORSE (status, status_for_error (error));
          n_failed++;
          continue;
        }
      n_loaded++;
      items = ama_review_track (review, as_of);
      collect_officers (items, officers);
      for (guint k = 0; k < g_list_model_get_n_items (items); k++)
        {
          g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, k);
          AmaRecommendation *rec = ama_tracking_item_get_recommendation (item);
          AmaResponse *resp = ama_recommendation_get_response (rec);
          g_autofree char *due = date_iso (ama_tracking_item_get_due (item));
          g_autofree char *decision = NULL;
          g_autofree char *state = NULL;

          if (!officer_matches (item, officer))
            continue;
          matched++;
          if (outstanding_only && !ama_tracking_item_get_outstanding (item))
            continue;
          if (!header)
            {
              printf ("%s \u2014 %s, as of %s\n",
                      ama_review_get_id (review) ? ama_review_get_id (review) : display_name (files[i]),
                      ama_review_get_title (review) ? ama_review_get_title (review) : "(untitled)",
                      as_of_iso);
              {
                g_autofree char *clock = response_clock (review, as_of);
                if (clock != NULL)
                  printf ("Response due %s\n", clock);
              }
              print_track_row ("No.", "Decision", "Status", "Due", "Officer", "");
              header = TRUE;
            }
          if (ama_tracking_item_get_decision (item) == AMA_DECISION_PENDING && resp != NULL &&
              ama_response_get_inferred_decision (resp) != AMA_DECISION_PENDING)
            decision = g_strdup_printf ("none recorded (reads %s)",
                                        enum_nick (AMA_TYPE_DECISION, ama_response_get_inferred_decision (resp)));
          else
            decision = g_strdup (ama_tracking_item_get_decision (item) == AMA_DECISION_PENDING
                                   ? "none recorded"
                                   : enum_nick (AMA_TYPE_DECISION, ama_tracking_item_get_decision (item)));
          if (ama_tracking_item_get_overdue (item))
            state = g_strdup_printf ("OVERDUE %d day%s", ama_tracking_item_get_days_overdue (item),
                                     ama_tracking_item_get_days_overdue (item) == 1 ? "" : "s");
          else if (ama_tracking_item_get_outstanding (item))
            state = g_strdup ("outstanding");
          else
            state = g_strdup ("");
          print_track_row (ama_recommendation_get_number (rec) ? ama_recommendation_get_number (rec) : "?",
                           decision,
                           enum_nick (AMA_TYPE_PROGRESS, ama_tracking_item_get_status (item)),
                           due,
                           ama_tracking_item_get_officer_name (item) ? ama_tracking_item_get_officer_name (item) : "-",
                           state);
          if (ama_tracking_item_get_reason (item) != NULL && ama_tracking_item_get_overdue (item))
            print_wrapped ("       ", "       ", ama_tracking_item_get_reason (item), 78);
          shown++;
          total++;
          if (ama_tracking_item_get_outstanding (item))
            outstanding++;
          if (ama_tracking_item_get_overdue (item))
            overdue++;
          if (ama_tracking_item_get_status (item) == AMA_PROGRESS_COMPLETED ||
              ama_tracking_item_get_status (item) == AMA_PROGRESS_IMPLEMENTED)
            completed++;
        }
      if (header)
        printf ("\n");

      if (by_officer)
        {
          g_autoptr(GListModel) groups = ama_review_group_by_officer (review, as_of);

          for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
            {
              g_autoptr(AmaOfficerActions) group = g_list_model_get_item (groups, g);
              GListModel *actions = ama_officer_actions_get_items (group);
              g_autoptr(GString) numbers = g_string_new (NULL);

              if (officer != NULL)
                {
                  gboolean match = same_name (ama_officer_actions_get_name (group), officer);

                  for (guint k = 0; !match && k < g_list_model_get_n_items (actions); k++)
                    {
                      g_autoptr(AmaTrackingItem) it = g_list_model_get_item (actions, k);
                      match = officer_matches (it, officer);
                    }
                  if (!match)
                    continue;
                }
              for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
                {
                  g_autoptr(AmaTrackingItem) it = g_list_model_get_item (actions, k);
                  g_string_append_printf (numbers, "%s%s", k ? ", " : "",
                                          ama_recommendation_get_number (ama_tracking_item_get_recommendation (it)));
                }
              printf ("  %-24s %u outstanding (%s), %u overdue\n", ama_officer_actions_get_name (group),
                      g_list_model_get_n_items (actions), numbers->str,
                      ama_officer_actions_get_overdue_count (group));
            }
          if (g_list_model_get_n_items (groups) > 0)
            printf ("\n");
        }
    }

  if (n_loaded > 0)
    printf ("%u recommendation%s: %u completed, %u outstanding, %u overdue (as of %s%s%s)\n",
            total, total == 1 ? "" : "s", completed, outstanding, overdue, as_of_iso,
            officer ? ", officer " : "", officer ? officer : "");
  if (n_failed > 0)
    {
      fflush (stdout);
      fprintf (stderr, "%s: %u of %u file%s could not be tracked (named above)\n", g_get_prgname (),
               n_failed, n_failed + n_loaded, n_failed + n_loaded == 1 ? "" : "s");
    }
  if (officer != NULL && matched == 0 && n_loaded > 0)
    {
      /* A name that matches nobody is most often a typing slip: show
       * the names there are. */
      fflush (stdout);
      fprintf (stderr, "%s: --officer: no action of \u201c%s\u201d", g_get_prgname (), officer);
      if (officers->len > 0)
        {
          fprintf (stderr, "; the officers named are:\n");
          for (guint k = 0; k < officers->len; k++)
            fprintf (stderr, "  %s\n", (const char *) g_ptr_array_index (officers, k));
        }
      else
        fprintf (stderr, "; no officer is named\n");
      return EXIT_USAGE;
    }
  return EXIT_WORSE (status, overdue > 0 ? EXIT_FINDINGS : 0);
}
