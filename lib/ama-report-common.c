/* ama-report-common.c: wording and escaping every report format shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-report-private.h"

/* Dates compare by calendar day: a review's dates are date-only values,
 * and "as of 2018-03-31" must not call something due that day overdue. */
static int
compare_days (GDateTime *a,
              GDateTime *b)
{
  int ya = g_date_time_get_year (a), yb = g_date_time_get_year (b);
  int ma = g_date_time_get_month (a), mb = g_date_time_get_month (b);
  int da = g_date_time_get_day_of_month (a), db = g_date_time_get_day_of_month (b);

  if (ya != yb)
    return ya < yb ? -1 : 1;
  if (ma != mb)
    return ma < mb ? -1 : 1;
  if (da != db)
    return da < db ? -1 : 1;
  return 0;
}

void
_ama_report_tracking (AmaRecommendation *rec,
                      GDateTime         *as_of,
                      AmaReportTracking *out)
{
  GListModel *updates = ama_recommendation_get_updates (rec);
  AmaResponse *response = ama_recommendation_get_response (rec);
  AmaProgressUpdate *latest = NULL;
  guint n = g_list_model_get_n_items (updates);

  memset (out, 0, sizeof *out);
  out->status = AMA_REPORT_STATUS_NO_UPDATE;

  /* The latest update on or before "as of" wins; updates without a date
   * count as the latest known when they come last in the list. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaProgressUpdate) u = g_list_model_get_item (updates, i);
      GDateTime *d = ama_progress_update_get_date (u);

      if (as_of != NULL && d != NULL && compare_days (d, as_of) > 0)
        continue;
      if (latest == NULL || d == NULL ||
          ama_progress_update_get_date (latest) == NULL ||
          compare_days (d, ama_progress_update_get_date (latest)) >= 0)
        latest = u;
    }

  if (latest != NULL)
    {
      out->update = latest;
      out->status = AMA_REPORT_STATUS_NOT_STARTED + ama_progress_update_get_status (latest);
    }

  if (response != NULL)
    {
      AmaDeadline *by = ama_response_get_action_by (response);
      gboolean closed = out->status == AMA_REPORT_STATUS_COMPLETED ||
                        out->status == AMA_REPORT_STATUS_NOT_ACHIEVED ||
                        out->status == AMA_REPORT_STATUS_SUPERSEDED;

      out->no_further_action = ama_response_get_no_further_action (response);
      if (by != NULL && as_of != NULL && !closed &&
          ama_deadline_get_kind (by) != AMA_DEADLINE_KIND_RECURRING &&
          ama_deadline_get_due (by) != NULL &&
          compare_days (ama_deadline_get_due (by), as_of) < 0)
        out->overdue = TRUE;
    }
}

const char *
_ama_report_status_label (AmaReportStatus status)
{
  static const char *labels[] = {
    "No update recorded", "Not started", "In progress", "Completed",
    "Not achieved", "Superseded",
  };

  g_return_val_if_fail (status < AMA_REPORT_N_STATUS, "");
  return labels[status];
}

const char *
_ama_report_status_class (AmaReportStatus status)
{
  static const char *classes[] = {
    "no-update", "not-started", "in-progress", "completed",
    "not-achieved", "superseded",
  };

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

const char *
_ama_report_decision_nick (AmaDecision decision)
{
  GEnumClass *klass = g_type_class_ref (AMA_TYPE_DECISION);
  GEnumValue *value = g_enum_get_value (klass, decision);
  const char *nick = value ? value->value_nick : "pending";

  /* Nicks are static strings owned by the (never unloaded) enum type. */
  g_type_class_unref (klass);
  return nick;
}

char *
_ama_report_date (GDateTime *date)
{
  static const char *months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
  };

  /* Not g_date_time_format (%B): reports must read the same whatever
   * the locale of the machine that wrote them. */
  if (date == NULL)
    return NULL;
  return g_strdup_printf ("%d %s %d",
                          g_date_time_get_day_of_month (date),
                          months[g_date_time_get_month (date) - 1],
                          g_date_time_get_year (date));
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
  due = _ama_report_date (ama_deadline_get_due (deadline));
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
