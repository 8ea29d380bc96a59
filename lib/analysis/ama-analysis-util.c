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

char *
_ama_officer_key (const char *name)
{
  g_autofree char *folded = NULL;
  const char *src;
  gboolean ascii = TRUE;
  char *key;
  gsize len = 0;

  if (_ama_text_blank (name))
    return NULL;

  /* Names are nearly always ASCII, where case folding is just
   * lowering: skip g_utf8_casefold's copy for them (the tracker and
   * validator key every officer of every review). */
  for (const char *p = name; *p; p++)
    if ((guchar) *p >= 0x80)
      {
        ascii = FALSE;
        break;
      }
  src = ascii ? name : (folded = g_utf8_casefold (name, -1));
  /* The key is never longer than the folded name: written in place
   * rather than a character at a time through a GString. */
  key = g_malloc (strlen (src) + 1);
  for (const char *p = src; *p; p++)
    {
      char c = ascii ? g_ascii_tolower (*p) : *p;
      char next = ascii ? g_ascii_tolower (p[1]) : p[1];

      if (g_ascii_isspace (c) || c == '.')
        {
          /* Spacing and initials' full stops are not part of a name. */
          if (len > 0 && key[len - 1] != ' ')
            key[len++] = ' ';
          continue;
        }
      /* OCR reads a capital I as l, 1 or |, and m as rn. */
      if (c == 'l' || c == '1' || c == '|')
        c = 'i';
      else if (c == '0')
        c = 'o';
      else if (c == 'r' && next == 'n')
        {
          c = 'm';
          p++;
        }
      key[len++] = c;
    }
  if (len > 0 && key[len - 1] == ' ')
    len--;
  key[len] = '\0';

  return key;
}

int
_ama_officer_plausibility (const char *name)
{
  int score = 0;
  gboolean word_start = TRUE;

  if (name == NULL)
    return G_MININT;

  for (const char *p = name; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          word_start = TRUE;
          continue;
        }
      if (word_start && g_ascii_isupper (*p))
        score += 2;
      else if (word_start && g_ascii_islower (*p))
        score -= 2;
      if (g_ascii_isdigit (*p) || *p == '|')
        score -= 3;
      word_start = FALSE;
    }
  return score;
}

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

char *
_ama_date_to_text (GDateTime *date)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
  };

  char buf[32];
  char *p = buf;
  int y, m, d;

  if (date == NULL)
    return NULL;
  /* Not %B: the library's output must not depend on the user's locale.
   * Written by hand, not with printf: reports and tracking reasons
   * format several dates per finding. GDateTime's years are 1..9999. */
  g_date_time_get_ymd (date, &y, &m, &d);
  if (d >= 10)
    *p++ = '0' + d / 10;
  *p++ = '0' + d % 10;
  *p++ = ' ';
  p = g_stpcpy (p, months[m - 1]);
  *p++ = ' ';
  if (y >= 1000)
    *p++ = '0' + y / 1000;
  if (y >= 100)
    *p++ = '0' + y / 100 % 10;
  if (y >= 10)
    *p++ = '0' + y / 10 % 10;
  *p++ = '0' + y % 10;
  return g_strndup (buf, p - buf);
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

gboolean
_ama_text_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

const char *
_ama_enum_nick (GType type,
                int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);
  const char *nick = v ? v->value_nick : "unknown";

  /* Static enum classes are never finalised: the nick stays valid. */
  g_type_class_unref (klass);
  return nick;
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
