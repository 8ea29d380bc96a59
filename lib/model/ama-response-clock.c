/* ama-response-clock.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-response-clock.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-util-private.h"

/* The response clock.
 *
 * The rule. In England an executive (or the authority) that receives a
 * report or recommendations of an overview and scrutiny committee must
 * consider them and respond, saying what action (if any) it proposes to
 * take, "within 2 months beginning with the date on which" it received
 * them: Local Government Act 2000 s.9FE, inserted by the Localism Act
 * 2011 Sch. 2; the same words are in the Local Authorities (Overview and
 * Scrutiny Committees) (England) Regulations 2009 reg. 6(1). In Wales
 * s.21B of the 2000 Act sets the same two months. Many constitutions set
 * their own period ("within eight weeks"), which
 * [property@Ama.Review:response-period] records.
 *
 * Counting. A period "beginning with" a date includes that date, so two
 * months beginning with 18 October end on 17 December: the day before
 * the corresponding date in the last month. When the last month has no
 * corresponding date (two months beginning with 31 December: there is no
 * 31 February) the period ends on the last day of that month, the
 * corresponding-date rule of Dodds v Walker [1981] 1 WLR 1027 (HL).
 * Periods in days and weeks are counted the same way: 56 days beginning
 * with 1 March end on 25 April. The response is in time when it is
 * decided on or before that last day. */

/**
 * ama_period_parse:
 * @text: a period as councils write it: “2 months”, “eight weeks”,
 *   “56 days”, “1 month”
 * @count: (out) (optional): the number of units
 * @unit: (out) (optional): the unit
 *
 * Reads a period of days, weeks or calendar months. The count is digits
 * or a number word from one to twelve; the unit is singular or plural;
 * case and surrounding space do not matter.
 *
 * Returns: %TRUE when @text is a period; %FALSE leaves the outputs unset
 *
 * Since: 1.2
 */
gboolean
ama_period_parse (const char    *text,
                  guint         *count,
                  AmaPeriodUnit *unit)
{
  static const char * const words[] = {
    "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve",
  };
  g_autofree char *lower = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 n = 0;
  AmaPeriodUnit u;
  const char *w;

  if (text == NULL)
    return FALSE;
  lower = g_strstrip (g_ascii_strdown (text, -1));
  parts = g_strsplit_set (lower, " \t", -1);
  /* Exactly two words once runs of spaces are dropped. */
  {
    guint k = 0;
    for (guint i = 0; parts[i] != NULL; i++)
      if (*parts[i] != '\0')
        {
          if (k != i)
            {
              g_free (parts[k]);
              parts[k] = parts[i];
              parts[i] = g_strdup ("");
            }
          k++;
        }
    if (k != 2)
      return FALSE;
  }

  if (!g_ascii_string_to_unsigned (parts[0], 10, 1, 3660, &n, NULL))
    {
      n = 0;
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (strcmp (parts[0], words[i]) == 0)
          n = i + 1;
      if (n == 0)
        return FALSE;
    }

  w = parts[1];
  if (strcmp (w, "day") == 0 || strcmp (w, "days") == 0)
    u = AMA_PERIOD_UNIT_DAYS;
  else if (strcmp (w, "week") == 0 || strcmp (w, "weeks") == 0)
    u = AMA_PERIOD_UNIT_WEEKS;
  else if (strcmp (w, "month") == 0 || strcmp (w, "months") == 0)
    u = AMA_PERIOD_UNIT_MONTHS;
  else
    return FALSE;

  if (count != NULL)
    *count = (guint) n;
  if (unit != NULL)
    *unit = u;
  return TRUE;
}

/**
 * ama_period_last_day:
 * @start: the first day of the period (the date the report was received)
 * @count: the number of units, at least one
 * @unit: the unit
 *
 * The last day of a period of @count units beginning with @start, counted
 * as the statute counts the response period: the period includes @start,
 * so it ends the day before the corresponding date; a month with no
 * corresponding date ends the period on its last day. Two months
 * beginning with 18 October 2017 end on 17 December 2017; beginning with
 * 31 December 2023, on 29 February 2024.
 *
 * Returns: (transfer full) (nullable): the last day (midnight UTC), or
 *   %NULL when @count is zero or the date would leave the calendar
 *
 * Since: 1.2
 */
GDateTime *
ama_period_last_day (GDateTime     *start,
                     guint          count,
                     AmaPeriodUnit  unit)
{
  int y, m, d;
  GDate date;

  g_return_val_if_fail (start != NULL, NULL);

  if (count == 0 || count > 3660)
    return NULL;
  g_date_time_get_ymd (start, &y, &m, &d);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);

  switch (unit)
    {
    case AMA_PERIOD_UNIT_DAYS:
    case AMA_PERIOD_UNIT_WEEKS:
      {
        guint days = unit == AMA_PERIOD_UNIT_WEEKS ? count * 7 : count;
        if (g_date_get_julian (&date) + days - 1 > G_MAXUINT32 ||
            y + days / 365 + 1 > 9999)
          return NULL;
        g_date_add_days (&date, days - 1);
      }
      break;

    case AMA_PERIOD_UNIT_MONTHS:
      {
        int total = (y * 12 + (m - 1)) + (int) count;
        int ty = total / 12, tm = total % 12 + 1;

        if (ty > 9999)
          return NULL;
        if (d > g_date_get_days_in_month (tm, ty))
          /* No corresponding date: the period ends with the month. */
          g_date_set_dmy (&date, g_date_get_days_in_month (tm, ty), tm, ty);
        else
          {
            g_date_set_dmy (&date, d, tm, ty);
            g_date_subtract_days (&date, 1);
          }
      }
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  return _ama_date_new (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

/**
 * ama_review_get_response_due:
 * @self: a #AmaReview
 *
 * The last day on which the executive's response is in time: the last
 * day of the [property@Ama.Review:response-period] (two calendar months
 * when unset or unreadable, the statutory rule) beginning with
 * [property@Ama.Review:reported-to-executive]. See
 * [func@Ama.period_last_day] for how the days are counted.
 *
 * Returns: (transfer full) (nullable): the due date, or %NULL when the
 *   review does not say when the executive received the report
 *
 * Since: 1.2
 */
GDateTime *
ama_review_get_response_due (AmaReview *self)
{
  GDateTime *received;
  guint count = 2;
  AmaPeriodUnit unit = AMA_PERIOD_UNIT_MONTHS;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  received = ama_review_get_reported_to_executive (self);
  if (received == NULL)
    return NULL;
  if (!ama_period_parse (ama_review_get_response_period (self), &count, &unit))
    {
      count = 2;
      unit = AMA_PERIOD_UNIT_MONTHS;
    }
  return ama_period_last_day (received, count, unit);
}

static int
days_between (GDateTime *from,
              GDateTime *to)
{
  int y, m, d;
  GDate a, b;

  g_date_time_get_ymd (from, &y, &m, &d);
  g_date_clear (&a, 1);
  g_date_set_dmy (&a, d, m, y);
  g_date_time_get_ymd (to, &y, &m, &d);
  g_date_clear (&b, 1);
  g_date_set_dmy (&b, d, m, y);
  return g_date_days_between (&a, &b);
}

/**
 * ama_review_get_response_days_late:
 * @self: a #AmaReview
 *
 * How many days after the due date (see
 * [method@Ama.Review.get_response_due]) the latest recommendation was
 * first decided ([method@Ama.Response.get_decided_on]). A response
 * considered by Cabinet on 19 February 2018 to a report received on 18
 * October 2017 is 64 days late.
 *
 * Returns: the days late, or 0 when the response was in time, is not
 *   made yet, or the review has no due date
 *
 * Since: 1.2
 */
int
ama_review_get_response_days_late (AmaReview *self)
{
  g_autoptr(GDateTime) due = NULL;
  GListModel *recs;
  int late = 0;

  g_return_val_if_fail (AMA_IS_REVIEW (self), 0);

  due = ama_review_get_response_due (self);
  if (due == NULL)
    return 0;
  recs = ama_review_get_recommendations (self);
  for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      GDateTime *decided = response ? ama_response_get_decided_on (response) : NULL;

      if (decided != NULL)
        late = MAX (late, days_between (due, decided));
    }
  return late;
}

/**
 * ama_review_get_awaiting_response:
 * @self: a #AmaReview
 * @as_of: the date to ask about
 *
 * The recommendations whose response is overdue on @as_of: @as_of is
 * after the due date (see [method@Ama.Review.get_response_due]) and no
 * decision is recorded on them (the decision is pending and no history
 * says otherwise).
 *
 * Returns: (transfer full): a #GListModel of #AmaRecommendation, in the
 *   review's order; empty when nothing is overdue or the review has no
 *   due date
 *
 * Since: 1.2
 */
GListModel *
ama_review_get_awaiting_response (AmaReview *self,
                                  GDateTime *as_of)
{
  g_autoptr(GListStore) out = g_list_store_new (AMA_TYPE_RECOMMENDATION);
  g_autoptr(GDateTime) due = NULL;
  GListModel *recs;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  due = ama_review_get_response_due (self);
  if (due == NULL || days_between (due, as_of) <= 0)
    return G_LIST_MODEL (g_steal_pointer (&out));

  recs = ama_review_get_recommendations (self);
  for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);

      if (response == NULL ||
          (ama_response_get_decision (response) == AMA_DECISION_PENDING &&
           ama_response_get_decided_on (response) == NULL))
        g_list_store_append (out, rec);
    }
  return G_LIST_MODEL (g_steal_pointer (&out));
}

/**
 * ama_review_is_response_overdue:
 * @self: a #AmaReview
 * @as_of: the date to ask about
 *
 * Whether, on @as_of, the review is waiting for its response past the
 * due date: some recommendation is in
 * [method@Ama.Review.get_awaiting_response].
 *
 * Returns: %TRUE when the response is overdue
 *
 * Since: 1.2
 */
gboolean
ama_review_is_response_overdue (AmaReview *self,
                                GDateTime *as_of)
{
  g_autoptr(GListModel) waiting = NULL;

  g_return_val_if_fail (AMA_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (as_of != NULL, FALSE);

  waiting = ama_review_get_awaiting_response (self, as_of);
  return g_list_model_get_n_items (waiting) > 0;
}
