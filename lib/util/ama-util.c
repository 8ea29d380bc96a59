/* ama-util.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ama-util-private.h"

gboolean
_ama_set_str (char       **dest,
              const char  *src)
{
  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;

  g_free (*dest);
  *dest = g_strdup (src);
  return TRUE;
}

gboolean
_ama_set_strv (char               ***dest,
               const char * const   *src)
{
  /* NULL and an empty vector mean the same: no items. Keeping one
   * representation (NULL) makes load → save → load stable. */
  if (src != NULL && src[0] == NULL)
    src = NULL;

  if (*dest == NULL && src == NULL)
    return FALSE;
  if (*dest != NULL && src != NULL &&
      g_strv_equal ((const char * const *)*dest, src))
    return FALSE;

  g_strfreev (*dest);
  *dest = g_strdupv ((char **)src);
  return TRUE;
}

gboolean
_ama_date_equal (GDateTime *a,
                 GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_time_equal (a, b);
}

gboolean
_ama_set_date (GDateTime **dest,
               GDateTime  *src)
{
  if (_ama_date_equal (*dest, src))
    return FALSE;

  g_clear_pointer (dest, g_date_time_unref);
  if (src != NULL)
    *dest = g_date_time_ref (src);
  return TRUE;
}

GDateTime *
_ama_date_new (int year,
               int month,
               int day)
{
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

GDateTime *
_ama_date_end_of_month (int year,
                        int month)
{
  if (month < 1 || month > 12 || !g_date_valid_year (year))
    return NULL;
  return _ama_date_new (year, month, g_date_get_days_in_month (month, year));
}

char *
_ama_date_to_iso (GDateTime *date)
{
  g_autoptr(GDateTime) utc = NULL;

  if (date == NULL)
    return NULL;

  /* A date-only value is written as a date; anything carrying a time
   * keeps it, so nothing a caller set is lost on save. */
  utc = g_date_time_to_utc (date);
  if (g_date_time_get_hour (utc) == 0 &&
      g_date_time_get_minute (utc) == 0 &&
      g_date_time_get_seconds (utc) == 0.0)
    /* Four-digit years, as ISO 8601 wants: GLib's %Y writes year 146
     * as "146", which no reader takes back (found by fuzzing). */
    return g_strdup_printf ("%04d-%02d-%02d", g_date_time_get_year (utc),
                            g_date_time_get_month (utc),
                            g_date_time_get_day_of_month (utc));
  return g_date_time_format_iso8601 (date);
}

GDateTime *
_ama_date_from_iso (const char *text)
{
  int y, m, d;
  char tail;

  if (text == NULL)
    return NULL;

  if (strlen (text) == 10 &&
      sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 &&
      text[4] == '-' && text[7] == '-' &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[8]))
    return _ama_date_new (y, m, d);

  return g_date_time_new_from_iso8601 (text, NULL);
}
