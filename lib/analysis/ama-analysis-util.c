/* ama-analysis-util.c: helpers the validator, tracker and catalog share
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-analysis-private.h"
#include "ama-util-private.h"
#include "ama-deadline.h"
#include "ama-enums.h"
#include "ama-response.h"
#include "ama-types.h"

GDateTime *
_ama_date_only (GDateTime *dt)
{
  if (dt == NULL)
    return NULL;
  return _ama_date_new (g_date_time_get_year (dt),
                        g_date_time_get_month (dt),
                        g_date_time_get_day_of_month (dt));
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil); GDateTime's
 * years 1..9999 are all in range. */
static int
days_from_civil (int y,
                 int m,
                 int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int
_ama_days_between (GDateTime *from,
                   GDateTime *to)
{
  int y1, m1, d1, y2, m2, d2;

  /* Calendar days, as the difference of the two dates taken as
   * midnight UTC, by arithmetic on the proleptic Gregorian calendar:
   * no allocation (trackers compare dates of every update of every
   * recommendation). */
  g_date_time_get_ymd (from, &y1, &m1, &d1);
  g_date_time_get_ymd (to, &y2, &m2, &d2);
  return days_from_civil (y2, m2, d2) - days_from_civil (y1, m1, d1);
}

AmaDeadline *
_ama_response_effective_deadline (AmaResponse *response)
{
  AmaDeadline *by;

  if (response == NULL || (by = ama_response_get_action_by (response)) == NULL)
    return NULL;

  if (ama_deadline_get_kind (by) == AMA_DEADLINE_KIND_UNPARSED &&
      ama_response_get_date (response) != NULL)
    {
      AmaDeadline *again = ama_deadline_parse (ama_deadline_get_text (by),
                                               ama_response_get_date (response));
      if (again != NULL && ama_deadline_get_kind (again) != AMA_DEADLINE_KIND_UNPARSED)
        return again;
      g_clear_pointer (&again, ama_deadline_unref);
    }

  return ama_deadline_ref (by);
}

static char *
plain_name (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
_ama_names_same_but_case (const char *a,
                          const char *b)
{
  g_autofree char *pa = NULL;
  g_autofree char *pb = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  pa = plain_name (a);
  pb = plain_name (b);
  return strcmp (pa, pb) == 0;
}
