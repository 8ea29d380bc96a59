/* ama-report-ics.c: meetings and deadlines as iCalendar (RFC 5545)
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

/* libical-glib 3.0 asks its users to acknowledge that its API may change. */
#define LIBICAL_GLIB_UNSTABLE_API 1
#include <libical-glib/libical-glib.h>

#include "ama-report-private.h"
#include "ama-agenda-item.h"
#include "ama-consideration.h"
#include "ama-deadline.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-meeting.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-types.h"

/* libical does the format (folding, escaping, CRLF); this file only maps
 * the model onto components. UIDs are derived from the review id and the
 * recommendation number (or the meeting's id/date), never random, so a
 * calendar that subscribes to the file updates its entries in place. */

static ICalTime *
ical_date (GDateTime *date)
{
  ICalTime *t = i_cal_time_new_null_time ();

  i_cal_time_set_date (t, g_date_time_get_year (date), g_date_time_get_month (date),
                       g_date_time_get_day_of_month (date));
  i_cal_time_set_is_date (t, TRUE);
  return t;
}

static ICalTime *
ical_utc (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);
  ICalTime *t = i_cal_time_new_null_time ();

  i_cal_time_set_date (t, g_date_time_get_year (utc), g_date_time_get_month (utc),
                       g_date_time_get_day_of_month (utc));
  i_cal_time_set_time (t, g_date_time_get_hour (utc), g_date_time_get_minute (utc),
                       (int) g_date_time_get_seconds (utc));
  i_cal_time_set_timezone (t, i_cal_timezone_get_utc_timezone ());
  return t;
}

/* "10:00", "10.00", "2pm", "10.30 a.m.": the start time as minutes
 * after midnight, or -1 when the text is not a time of day. */
static int
parse_time_of_day (const char *text)
{
  int hour = 0, minute = 0, n = 0;
  const char *p = text;

  if (text == NULL)
    return -1;
  while (g_ascii_isspace (*p))
    p++;
  while (g_ascii_isdigit (*p) && n < 2)
    hour = hour * 10 + (*p++ - '0'), n++;
  if (n == 0)
    return -1;
  if (*p == ':' || *p == '.')
    {
      p++;
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return -1;
      minute = (p[0] - '0') * 10 + (p[1] - '0');
      p += 2;
    }
  while (g_ascii_isspace (*p))
    p++;
  if (g_ascii_tolower (p[0]) == 'a' || g_ascii_tolower (p[0]) == 'p')
    {
      gboolean pm = g_ascii_tolower (p[0]) == 'p';
      const char *q = p + 1;

      if (*q == '.')
        q++;
      if (g_ascii_tolower (*q) != 'm')
        return -1;
      q++;
      if (*q == '.')
        q++;
      p = q;
      if (hour < 1 || hour > 12)
        return -1;
      hour = hour % 12 + (pm ? 12 : 0);
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || hour > 23 || minute > 59)
    return -1;
  return hour * 60 + minute;
}

/* A UID part: letters, digits, '.', '_' and '-' kept, any other byte as
 * %XX. Escaped, not folded: "council/a" and "council-a", "2(a)" and
 * "2[a]" used to become one UID, and a calendar client merged the
 * entries (issue #20, item 13). '~' is always escaped, so it is free
 * for the duplicate counter of finish_uid(). */
static void
append_uid_part (GString    *uid,
                 const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || *p == '.' || *p == '_' || *p == '-')
        g_string_append_c (uid, *p);
      else
        g_string_append_printf (uid, "%%%02X", (guint) (guchar) *p);
    }
}

/* Ends a UID, unique within the calendar: the n-th repeat of one (a
 * number used twice, two reviews without an id) gets "~n", which no
 * escaped part can contain, so the mapping stays injective. */
static void
finish_uid (GString    *uid,
            GHashTable *seen)
{
  guint dup = GPOINTER_TO_UINT (g_hash_table_lookup (seen, uid->str));

  g_hash_table_replace (seen, g_strdup (uid->str), GUINT_TO_POINTER (dup + 1));
  if (dup > 0)
    g_string_append_printf (uid, "~%u", dup + 1);
  g_string_append (uid, "@libama");
}

static void
keep_latest (GDateTime **latest,
             GDateTime  *d)
{
  if (d != NULL && (*latest == NULL || g_date_time_compare (d, *latest) > 0))
    *latest = d;
}

/* The newest date the review mentions: the time stamp when the caller
 * gives no "as of" (so output depends on the input only), and the anchor
 * of a recurring action that has no date of its own. */
static GDateTime *
latest_date (AmaReview *review)
{
  GDateTime *latest = NULL;
  GListModel *list;

  list = ama_review_get_meetings (review);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (list, i);
      keep_latest (&latest, ama_meeting_get_date (m));
    }
  list = ama_review_get_considerations (review);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AmaConsideration) c = g_list_model_get_item (list, i);
      keep_latest (&latest, ama_consideration_get_date (c));
    }
  list = ama_review_get_recommendations (review);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AmaRecommendation) r = g_list_model_get_item (list, i);
      if (ama_recommendation_get_response (r) != NULL)
        keep_latest (&latest, ama_response_get_date (ama_recommendation_get_response (r)));
    }
  return latest;
}

/* What a meeting was for, in a few words: its topics, else the titles
 * of its agenda items, joined and cut at 100 characters. NULL when the
 * document says neither. */
static char *
meeting_subject (AmaMeeting *meeting)
{
  const char * const *topics = ama_meeting_get_topics (meeting);
  GListModel *items = ama_meeting_get_agenda_items (meeting);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint k = 0; topics != NULL && topics[k] != NULL; k++)
    {
      gsize len = strlen (topics[k]);

      /* A list's own "…;" or "." would double the separator. */
      while (len > 0 && strchr ("; ,.", topics[k][len - 1]) != NULL)
        len--;
      if (len > 0)
        {
          if (out->len > 0)
            g_string_append (out, "; ");
          g_string_append_len (out, topics[k], (gssize) len);
        }
    }
  if (out->len == 0 && items != NULL)
    for (guint k = 0; k < g_list_model_get_n_items (items); k++)
      {
        g_autoptr(AmaAgendaItem) item = g_list_model_get_item (items, k);
        const char *title = ama_agenda_item_get_title (item);

        if (title != NULL && *title != '\0')
          g_string_append_printf (out, "%s%s", out->len ? "; " : "", title);
      }
  if (out->len == 0)
    return NULL;
  if (g_utf8_strlen (out->str, -1) > 100)
    {
      g_autofree char *cut = g_utf8_substring (out->str, 0, 99);
      return g_strconcat (cut, "\u2026", NULL);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Each event is titled by what it was for ("Review group: visit to the
 * Multi-Agency Safeguarding Hub"), so a calendar of a review's eight
 * meetings does not read as one title eight times; the review itself
 * goes in the description. Without topics or agenda, the review title. */
static char *
meeting_summary (AmaReview  *review,
                 AmaMeeting *meeting)
{
  g_autofree char *kind = _ama_enum_label (AMA_TYPE_MEETING_KIND, ama_meeting_get_kind (meeting));
  g_autofree char *subject = meeting_subject (meeting);
  const char *body = ama_meeting_get_body (meeting);
  const char *who = body ? body : kind;

  if (subject != NULL)
    return g_strdup_printf ("%s: %s", who, subject);
  if (ama_review_get_title (review) != NULL)
    return g_strdup_printf ("%s: %s", who, ama_review_get_title (review));
  return g_strdup (who);
}

static void
add_meetings (ICalComponent *cal,
              AmaReview     *review,
              const char    *review_uid,
              ICalTime      *stamp,
              GHashTable    *seen)
{
  GListModel *meetings = ama_review_get_meetings (review);
  guint n = g_list_model_get_n_items (meetings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (meetings, i);
      GDateTime *date = ama_meeting_get_date (m);
      GDateTime *end = ama_meeting_get_end_date (m) ? ama_meeting_get_end_date (m) : date;
      g_autoptr(GDateTime) end_excl = NULL;
      g_autoptr(GString) uid = g_string_new (review_uid);
      g_autoptr(GString) desc = g_string_new (NULL);
      g_autofree char *summary = NULL;
      const char * const *topics = ama_meeting_get_topics (m);
      ICalComponent *ev;
      ICalTime *t;
      int minutes;

      if (date == NULL)
        continue;   /* a calendar entry needs a date */

      g_string_append (uid, "/meeting-");
      if (ama_meeting_get_id (m) != NULL)
        append_uid_part (uid, ama_meeting_get_id (m));
      else
        {
          g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
          GEnumClass *klass = g_type_class_ref (AMA_TYPE_MEETING_KIND);
          GEnumValue *v = g_enum_get_value (klass, ama_meeting_get_kind (m));

          g_string_append_printf (uid, "%s-%s", day, v ? v->value_nick : "other");
          g_type_class_unref (klass);
        }
      /* Two meetings of one kind on one day stay distinct. */
      finish_uid (uid, seen);

      ev = i_cal_component_new_vevent ();
      i_cal_component_set_uid (ev, uid->str);
      i_cal_component_set_dtstamp (ev, stamp);
      t = ical_date (date);
      minutes = ama_meeting_get_end_date (m) == NULL ? parse_time_of_day (ama_meeting_get_time (m)) : -1;
      if (minutes >= 0)
        {
          /* A one-day meeting with a start time: a timed event in
           * floating time (RFC 5545 §3.3.5), as the agenda states it —
           * the document names no time zone, so none is invented. Its
           * length is not known, so it has no DTEND. */
          i_cal_time_set_is_date (t, FALSE);
          i_cal_time_set_time (t, minutes / 60, minutes % 60, 0);
          i_cal_component_set_dtstart (ev, t);
          g_object_unref (t);
        }
      else
        {
          i_cal_component_set_dtstart (ev, t);
          g_object_unref (t);
          /* All-day events end on the day after (DTEND is exclusive). */
          end_excl = g_date_time_add_days (end, 1);
          t = ical_date (end_excl);
          i_cal_component_set_dtend (ev, t);
          g_object_unref (t);
        }
      summary = meeting_summary (review, m);
      i_cal_component_set_summary (ev, summary);
      if (ama_meeting_get_location (m) != NULL)
        i_cal_component_set_location (ev, ama_meeting_get_location (m));
      if (ama_meeting_get_time (m) != NULL && minutes < 0)
        g_string_append_printf (desc, "Time: %s\n", ama_meeting_get_time (m));
      if (ama_review_get_title (review) != NULL)
        g_string_append_printf (desc, "Review: %s\n", ama_review_get_title (review));
      for (guint k = 0; topics != NULL && topics[k] != NULL; k++)
        g_string_append_printf (desc, "- %s\n", topics[k]);
      if (desc->len > 0)
        {
          g_string_truncate (desc, desc->len - 1);
          i_cal_component_set_description (ev, desc->str);
        }
      i_cal_component_take_component (cal, ev);
    }
}

static ICalRecurrenceFrequency
frequency_for (AmaRecurrence r,
               int          *interval)
{
  *interval = 1;
  switch (r)
    {
    case AMA_RECURRENCE_WEEKLY:
      return I_CAL_WEEKLY_RECURRENCE;
    case AMA_RECURRENCE_MONTHLY:
      return I_CAL_MONTHLY_RECURRENCE;
    case AMA_RECURRENCE_QUARTERLY:
      *interval = 3;
      return I_CAL_MONTHLY_RECURRENCE;
    case AMA_RECURRENCE_YEARLY:
      return I_CAL_YEARLY_RECURRENCE;
    case AMA_RECURRENCE_NONE:
    default:
      return I_CAL_NO_RECURRENCE;
    }
}

static GDateTime *
add_period (GDateTime    *d,
            AmaRecurrence r,
            int           sign)
{
  switch (r)
    {
    case AMA_RECURRENCE_WEEKLY:
      return g_date_time_add_weeks (d, sign);
    case AMA_RECURRENCE_MONTHLY:
      return g_date_time_add_months (d, sign);
    case AMA_RECURRENCE_QUARTERLY:
      return g_date_time_add_months (d, 3 * sign);
    case AMA_RECURRENCE_YEARLY:
    case AMA_RECURRENCE_NONE:
    default:
      return g_date_time_add_years (d, sign);
    }
}

static void
add_todos (ICalComponent    *cal,
           AmaReview        *review,
           const char       *review_uid,
           ICalTime         *stamp,
           GHashTable       *seen,
           AmaReportContext *ctx)
{
  GListModel *recs = ama_review_get_recommendations (review);
  guint n = g_list_model_get_n_items (recs);
  GDateTime *review_anchor = latest_date (review);

  g_autoptr(GHashTable) spellings = NULL;   /* built once per review */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      AmaDeadline *by = response ? ama_response_get_action_by (response) : NULL;
      AmaRecurrence recurrence;
      GDateTime *due, *anchor, *from;
      g_autoptr(GDateTime) first_due = NULL;
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(GString) uid = g_string_new (review_uid);
      g_autoptr(GString) desc = g_string_new (NULL);
      g_autofree char *summary = NULL;
      g_autofree char *officer = NULL;
      g_autofree char *text = NULL;
      g_auto(AmaReportTracking) tracking = { 0 };
      ICalComponent *todo;
      ICalTime *t;

      if (by == NULL)
        continue;
      recurrence = ama_deadline_get_recurrence (by);
      due = ama_deadline_get_due (by);
      if (due == NULL && recurrence == AMA_RECURRENCE_NONE)
        continue;   /* "Ongoing", "N/A": nothing to put in a calendar */

      /* The first occurrence by the library's own rule (the tracker uses
       * the same): its due date; else one period after the response;
       * else the council calendar (31 March for "annual") — counted from
       * the response, else the newest date of the review, else "as of". */
      anchor = ama_response_get_date (response);
      from = anchor ? anchor : review_anchor ? review_anchor : ctx->as_of;
      first_due = ama_deadline_next_due_from (by, anchor, from);
      if (first_due == NULL)
        continue;
      g_string_append (uid, "/recommendation-");
      append_uid_part (uid, ama_recommendation_get_number (rec) ? ama_recommendation_get_number (rec) : "");
      finish_uid (uid, seen);

      todo = i_cal_component_new_vtodo ();
      i_cal_component_set_uid (todo, uid->str);
      i_cal_component_set_dtstamp (todo, stamp);

      text = _ama_report_recommendation_text (rec, "\n- ");
      summary = g_strdup_printf ("Recommendation %s: %s", ama_recommendation_get_number (rec),
                                 ama_recommendation_get_text (rec) ? ama_recommendation_get_text (rec) : "");
      if (g_utf8_strlen (summary, -1) > 100)
        {
          g_autofree char *cut = g_utf8_substring (summary, 0, 99);
          g_free (summary);
          summary = g_strconcat (cut, "\u2026", NULL);
        }
      i_cal_component_set_summary (todo, summary);

      g_string_append_printf (desc, "%s\n", text);
      if (ama_response_get_text (response) != NULL)
        g_string_append_printf (desc, "\nResponse: %s\n", ama_response_get_text (response));
      g_string_append_printf (desc, "Action by: %s", ama_deadline_get_text (by) ? ama_deadline_get_text (by) : "");
      if (ama_review_get_title (review) != NULL)
        g_string_append_printf (desc, "\nReview: %s", ama_review_get_title (review));
      i_cal_component_set_description (todo, desc->str);

      officer = _ama_report_officer_text (response);
      if (officer != NULL)
        i_cal_component_take_property (todo, i_cal_property_new_contact (officer));

      if (recurrence != AMA_RECURRENCE_NONE)
        {
          int interval;
          ICalRecurrenceFrequency freq = frequency_for (recurrence, &interval);
          ICalRecurrence *rrule = i_cal_recurrence_new ();

          /* RFC 5545 anchors a recurring to-do on DTSTART: each
           * occurrence runs one period, due at its end. */
          start = add_period (first_due, recurrence, -1);
          t = ical_date (start);
          i_cal_component_set_dtstart (todo, t);
          g_object_unref (t);
          i_cal_recurrence_set_freq (rrule, freq);
          i_cal_recurrence_set_interval (rrule, interval);
          i_cal_component_take_property (todo, i_cal_property_new_rrule (rrule));
          g_object_unref (rrule);
        }
      t = ical_date (first_due);
      i_cal_component_set_due (todo, t);
      g_object_unref (t);

      _ama_report_tracking (rec, review, ctx->as_of, &spellings, &tracking);
      switch (tracking.status)
        {
        case AMA_REPORT_STATUS_COMPLETED:
        case AMA_REPORT_STATUS_IMPLEMENTED:
          i_cal_component_set_status (todo, I_CAL_STATUS_COMPLETED);
          break;
        case AMA_REPORT_STATUS_IN_PROGRESS:
          i_cal_component_set_status (todo, I_CAL_STATUS_INPROCESS);
          break;
        case AMA_REPORT_STATUS_NOT_ACHIEVED:
        case AMA_REPORT_STATUS_SUPERSEDED:
        case AMA_REPORT_STATUS_NO_LONGER_FEASIBLE:
        case AMA_REPORT_STATUS_NOT_IMPLEMENTED:
          i_cal_component_set_status (todo, I_CAL_STATUS_CANCELLED);
          break;
        case AMA_REPORT_STATUS_NO_UPDATE:
        case AMA_REPORT_STATUS_NOT_STARTED:
        case AMA_REPORT_STATUS_PAUSED:
        case AMA_REPORT_N_STATUS:
        default:
          i_cal_component_set_status (todo, I_CAL_STATUS_NEEDSACTION);
        }
      i_cal_component_take_component (cal, todo);
    }
}

gboolean
_ama_report_icalendar (GString          *out,
                       GListModel       *reviews,
                       AmaReportContext *ctx,
                       GError          **error)
{
  ICalComponent *cal = i_cal_component_new_vcalendar ();
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (reviews);

  i_cal_component_take_property (cal, i_cal_property_new_prodid ("-//libama//libama " PACKAGE_VERSION "//EN"));
  i_cal_component_take_property (cal, i_cal_property_new_version ("2.0"));
  i_cal_component_take_property (cal, i_cal_property_new_calscale ("GREGORIAN"));
  /* No METHOD: this is a calendar file (RFC 5545), not an iTIP message
   * (RFC 5546), whose PUBLISH would require an ORGANIZER per event that
   * a council document does not name. */

  /* The name calendar applications show for a subscribed file (a
   * widely read extension; RFC 7986's NAME is not in libical 3.0). */
  {
    g_autoptr(AmaReview) first = n > 0 ? g_list_model_get_item (reviews, 0) : NULL;
    ICalProperty *name = i_cal_property_new_x (n == 1 && ama_review_get_title (first) != NULL
                                                 ? ama_review_get_title (first)
                                                 : "Scrutiny reviews");

    i_cal_property_set_x_name (name, "X-WR-CALNAME");
    i_cal_component_take_property (cal, name);
  }

  /* Every UID of the calendar, so that none repeats across reviews. */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = 0; r < n; r++)
    {
      g_autoptr(AmaReview) review = g_list_model_get_item (reviews, r);
      g_autoptr(GString) review_uid = g_string_new (NULL);
      g_autoptr(GDateTime) fallback = NULL;
      ICalTime *stamp;
      GDateTime *when = ctx->as_of;

      append_uid_part (review_uid, ama_review_get_id (review) ? ama_review_get_id (review) : "review");
      /* DTSTAMP is required; with no "as of" it is the newest date in
       * the review, so the same input always gives the same file. */
      if (when == NULL)
        when = latest_date (review);
      if (when == NULL)
        when = fallback = g_date_time_new_utc (2000, 1, 1, 0, 0, 0);
      stamp = ical_utc (when);

      add_meetings (cal, review, review_uid->str, stamp, seen);
      add_todos (cal, review, review_uid->str, stamp, seen, ctx);
      g_object_unref (stamp);
    }

  text = i_cal_component_as_ical_string (cal);
  g_object_unref (cal);
  if (text == NULL)
    {
      g_set_error_literal (error, AMA_ERROR, AMA_ERROR_INVALID,
                           "libical could not write the calendar");
      return FALSE;
    }
  g_string_append (out, text);
  return TRUE;
}
