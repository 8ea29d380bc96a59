/* ama-report-clock.c: the response clock in a report's words
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One sentence for HTML and Markdown alike, so that the two say the same
 * thing: when the executive's response was due, and whether it is
 * overdue, came late or came in time.
 */

#include "config.h"

#include "ama-report-private.h"
#include "ama-text-private.h"

#include "ama-response-clock.h"
#include "ama-review.h"

char *
_ama_report_response_clock (AmaReview *review,
                            GDateTime *as_of)
{
  g_autoptr(GDateTime) due = ama_review_get_response_due (review);
  g_autofree char *due_words = NULL;
  g_autofree char *received = NULL;
  GString *s;
  int late;

  if (due == NULL)
    return NULL;
  due_words = _ama_date_to_words (due);
  received = _ama_date_to_words (ama_review_get_reported_to_executive (review));
  s = g_string_new (NULL);
  g_string_append_printf (s, "%s (report to the executive %s)", due_words, received);
  late = ama_review_get_response_days_late (review);
  if (as_of != NULL && ama_review_is_response_overdue (review, as_of))
    {
      g_autoptr(GListModel) waiting = ama_review_get_awaiting_response (review, as_of);
      guint n = g_list_model_get_n_items (waiting);

      g_string_append_printf (s, ": overdue, %u recommendation%s awaiting a decision", n, n == 1 ? "" : "s");
    }
  else if (late > 0)
    g_string_append_printf (s, ": came %d day%s late", late, late == 1 ? "" : "s");
  return g_string_free (s, FALSE);
}
