/* ama-names.c: who is one person, whatever the spelling
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-names-private.h"
#include "ama-text-private.h"

char *
_ama_name_key (const char *name)
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
      /* OCR reads a capital I as l, 1 or |, o as 0, m as rn, w as vv. */
      if (c == 'l' || c == '1' || c == '|')
        c = 'i';
      else if (c == '0')
        c = 'o';
      else if (c == 'r' && next == 'n')
        {
          c = 'm';
          p++;
        }
      else if (c == 'v' && next == 'v')
        {
          c = 'w';
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
_ama_name_penalty (const char *name)
{
  int penalty = 0;
  gboolean word_start = TRUE;

  if (name == NULL)
    return G_MAXINT;

  /* Lower-case word starts, digits and capitals inside words are what
   * OCR produces, not what parents choose. */
  for (const char *s = name; *s; s++)
    {
      if (g_ascii_isspace (*s) || *s == '-' || *s == '\'')
        {
          word_start = TRUE;
          continue;
        }
      if (word_start && g_ascii_islower (*s))
        penalty += 3;
      if (g_ascii_isdigit (*s) || *s == '|')
        penalty += 3;
      if (!word_start && *s == 'I' && g_ascii_islower (s[1]))
        penalty += 1;
      word_start = FALSE;
    }

  return penalty;
}
