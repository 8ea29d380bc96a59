/* ama-report-common.c: wording and escaping every report format shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-report-private.h"
#include "ama-deadline.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-person.h"
#include "ama-progress-update.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-tracker.h"
#include "ama-tracker-private.h"
#include "ama-tracking-item.h"
#include "ama-types.h"

void
_ama_report_tracking (AmaRecommendation *rec,
                      AmaReview         *review,
                      GDateTime         *as_of,
                      GHashTable       **spellings,
                      AmaReportTracking *out)
{
  AmaResponse *response = ama_recommendation_get_response (rec);
  AmaProgressUpdate *latest;

  _ama_report_tracking_clear (out);

  /* The analysis layer decides what counts (latest dated update on or
   * before "as of"; overdue rules for recurring actions): the report
   * only words it, so the report and `ama track` always agree. */
  latest = ama_recommendation_get_latest_update (rec, as_of);
  out->update = latest;
  out->status = latest ? AMA_REPORT_STATUS_NOT_STARTED + ama_progress_update_get_status (latest)
                       : AMA_REPORT_STATUS_NO_UPDATE;
  out->no_further_action = response != NULL && ama_response_get_no_further_action (response);

  if (as_of != NULL)
    {
      /* @spellings carries the review's officer-spelling table from row
       * to row: rebuilt per row it made reports quadratic. */
      g_autoptr(AmaTrackingItem) item = review != NULL
        ? _ama_tracker_track_one (review, rec, as_of, spellings)
        : ama_recommendation_track (rec, review, as_of);

      out->overdue = ama_tracking_item_get_overdue (item);
      out->days_overdue = ama_tracking_item_get_days_overdue (item);
      out->outstanding = ama_tracking_item_get_outstanding (item);
      if (ama_tracking_item_get_due (item) != NULL)
        out->due = g_date_time_ref (ama_tracking_item_get_due (item));
    }
}

void
_ama_report_tracking_clear (AmaReportTracking *tracking)
{
  g_clear_pointer (&tracking->due, g_date_time_unref);
  memset (tracking, 0, sizeof *tracking);
}

const char *
_ama_report_status_label (AmaReportStatus status)
{
  static const char *labels[] = {
    "No update recorded", "Not started", "In progress", "Completed",
    "Not achieved", "Superseded", "Paused", "No longer feasible",
    "Implemented", "Not implemented",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == AMA_REPORT_N_STATUS);

  g_return_val_if_fail (status < AMA_REPORT_N_STATUS, "");
  return labels[status];
}

const char *
_ama_report_status_class (AmaReportStatus status)
{
  static const char *classes[] = {
    "no-update", "not-started", "in-progress", "completed",
    "not-achieved", "superseded", "paused", "no-longer-feasible",
    "implemented", "not-implemented",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (classes) == AMA_REPORT_N_STATUS);

  g_return_val_if_fail (status < AMA_REPORT_N_STATUS, "");
  return classes[status];
}

AmaDecision
_ama_report_decision (AmaRecommendation *rec,
                      AmaDecision       *inferred)
{
  AmaResponse *response = ama_recommendation_get_response (rec);

  *inferred = AMA_DECISION_PENDING;
  if (response == NULL)
    return AMA_DECISION_PENDING;
  if (ama_response_get_decision (response) == AMA_DECISION_PENDING)
    *inferred = ama_response_get_inferred_decision (response);
  return ama_response_get_decision (response);
}

const char *
_ama_report_decision_label (AmaDecision decision)
{
  switch (decision)
    {
    case AMA_DECISION_ACCEPTED:
      return "Accepted";
    case AMA_DECISION_PARTIALLY_ACCEPTED:
      return "Partially accepted";
    case AMA_DECISION_REJECTED:
      return "Rejected";
    case AMA_DECISION_DEFERRED:
      return "Deferred";
    case AMA_DECISION_NOTED:
      return "Noted";
    case AMA_DECISION_PENDING:
    default:
      return "No decision recorded";
    }
}

char *
_ama_report_deadline_text (AmaDeadline *deadline)
{
  static const char *periods[] = { NULL, "weekly", "monthly", "quarterly", "yearly" };
  g_autofree char *due = NULL;
  const char *text;
  AmaRecurrence recurrence;

  if (deadline == NULL)
    return NULL;

  text = ama_deadline_get_text (deadline);
  if (text == NULL || *text == '\0')
    text = "(no text)";
  due = _ama_date_to_words (ama_deadline_get_due (deadline));
  recurrence = ama_deadline_get_recurrence (deadline);

  if (recurrence != AMA_RECURRENCE_NONE && recurrence < G_N_ELEMENTS (periods))
    {
      if (due != NULL)
        return g_strdup_printf ("%s (recurs %s from %s)", text, periods[recurrence], due);
      return g_strdup_printf ("%s (recurs %s)", text, periods[recurrence]);
    }
  if (due != NULL)
    return g_strdup_printf ("%s (due %s)", text, due);
  return g_strdup (text);
}

char *
_ama_report_officer_text (AmaResponse *response)
{
  AmaPerson *officer;
  const char *name, *written;

  if (response == NULL || (officer = ama_response_get_officer (response)) == NULL)
    return NULL;

  name = ama_person_get_name (officer);
  written = ama_person_get_name_as_written (officer);
  if (name == NULL || *name == '\0')
    return g_strdup (written);
  if (written != NULL && *written != '\0' && g_strcmp0 (written, name) != 0)
    return g_strdup_printf ("%s (written \u201c%s\u201d)", name, written);
  return g_strdup (name);
}

char *
_ama_report_recommendation_text (AmaRecommendation *rec,
                                 const char        *point_separator)
{
  GString *s = g_string_new (ama_recommendation_get_text (rec));
  const char * const *points = ama_recommendation_get_points (rec);

  for (guint i = 0; points != NULL && points[i] != NULL; i++)
    {
      g_string_append (s, point_separator);
      g_string_append (s, points[i]);
    }
  return g_string_free (s, FALSE);
}

void
_ama_report_html_escape (GString    *out,
                         const char *text)
{
  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        default:
          /* C0 controls other than tab and newline are not allowed in
           * HTML text; the model's strings are UTF-8 already. */
          if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n')
            break;
          g_string_append_c (out, *p);
        }
    }
}

char *
_ama_report_plain_message (const char *message)
{
  static const struct { const char *plural, *singular; } names[] = {
    { "criteria", "criterion" }, { "options", "option" }, { "scores", "score" },
    { "weight-sets", "weight set" }, { "recommendations", "recommendation" },
    { "updates", "progress update" }, { "meetings", "meeting" },
  };
  const char *colon;
  g_autofree char *path = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (!g_str_has_prefix (message, "$.") || (colon = strstr (message, ": ")) == NULL)
    return g_strdup (message);
  path = g_strndup (message + 2, colon - message - 2);
  parts = g_strsplit (path, ".", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = parts[i];
      char *bracket = strchr (part, '[');
      guint64 index = 0;
      const char *word = part;

      /* "appraisal" is the section the message is printed in. */
      if (i == 0 && parts[1] != NULL && g_str_equal (part, "appraisal"))
        continue;
      if (bracket != NULL)
        {
          *bracket = '\0';
          index = g_ascii_strtoull (bracket + 1, NULL, 10) + 1;
          for (guint k = 0; k < G_N_ELEMENTS (names); k++)
            if (g_str_equal (part, names[k].plural))
              word = names[k].singular;
        }
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, word);
      if (bracket != NULL)
        g_string_append_printf (out, " %" G_GUINT64_FORMAT, index);
    }
  g_strdelimit (out->str, "-", ' ');
  if (out->len > 0)
    out->str[0] = g_ascii_toupper (out->str[0]);
  g_string_append (out, colon);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
