/* ama-text.c: the words every layer writes and reads alike
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-text-private.h"

const char * const _ama_month_names[12] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

int
_ama_month_from_word (const char *word,
                      gssize      len)
{
  gsize n;

  if (word == NULL)
    return 0;
  n = len < 0 ? strlen (word) : (gsize) len;
  for (int i = 0; i < 12; i++)
    {
      gsize full = strlen (_ama_month_names[i]);

      if ((n == full || (n == 3 && full > 3) || (n == 4 && i == 8)) &&
          g_ascii_strncasecmp (word, _ama_month_names[i], n) == 0)
        return i + 1;
    }
  return 0;
}

char *
_ama_date_to_words (GDateTime *date)
{
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
  p = g_stpcpy (p, _ama_month_names[m - 1]);
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

const char *
_ama_enum_nick (GType type,
                int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);
  const char *nick = v != NULL ? v->value_nick : "unknown";

  /* Nicks are static strings of the registered, never unloaded, type. */
  g_type_class_unref (klass);
  return nick;
}

char *
_ama_enum_label (GType type,
                 int   value)
{
  char *label = g_strdup (_ama_enum_nick (type, value));

  /* "review-group" reads as "Review group": the nick is the stable name,
   * so the label follows it without a second table to keep in step. */
  g_strdelimit (label, "-", ' ');
  if (label[0] != '\0')
    label[0] = g_ascii_toupper (label[0]);
  return label;
}

gboolean
_ama_text_formula_like (const char *text)
{
  const char *p = text;

  if (text == NULL || *text == '\0')
    return FALSE;
  if (*text == '\t' || *text == '\r')
    return TRUE;
  /* Looking only at the first byte let " =1+1", NBSP then '=' and the
   * full-width '\uff1d' through unguarded (issue #20, item 14). */
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (c == '=' || c == '+' || c == '-' || c == '@' ||
          c == 0xff1d || c == 0xff0b || c == 0xff0d || c == 0xff20 ||
          c == 0x2212 /* minus sign */ || c == 0xfe62 || c == 0xfe63 || c == 0xfe66)
        return TRUE;
      if (!g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_FORMAT &&
          c != 0xa0 && c != 0x2007 && c != 0x202f)
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return FALSE;
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
