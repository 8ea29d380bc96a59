/* ama-import-vocab.c: the words councils use, one table each
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * To read a new council's wording, add one line to the table it
 * belongs to; each entry names, in a comment, a council that writes it
 * when it came from a corpus document (tests/corpus/).
 */

#include "config.h"

#include <string.h>

#include "ama-import-vocab-private.h"

const char * const _ama_vocab_resolution_openers[] = {
  "resolved",            /* Rotherham "Resolved:-", York "RESOLVED:", Greenwich "Resolved –" */
  "it was resolved",
  "and resolved",
  "ordered",
  "agreed",              /* "AGREED:" */
  "decision",            /* ModernGov decision pages "Decision:", Chichester "Decision" */
  "decisions",
  "decided",
  "the cabinet then",    /* Stockport "The Cabinet then:-" */
  "the committee then",
  "the council then",
  "the panel then",
  "the board then",
  "the executive then",
  NULL
};

const char * const _ama_vocab_resolution_verbs[] = {
  "be noted",
  "be approved",
  "be agreed",
  "be accepted",
  "be received",
  "be endorsed",
  "be adopted",
  "be confirmed",
  "be reported",
  "be referred",
  "be made",
  "be appointed",
  "be elected",
  NULL
};

const char * const _ama_vocab_present_labels[] = {
  "present",                    /* Hammersmith "PRESENT", North Herts "PRESENT:" */
  "members present",
  "councillors present",
  "committee members present",  /* Lewisham */
  "attendance details",         /* Stockton */
  "attendees",
  "attendance",
  NULL
};

const char * const _ama_vocab_present_stops[] = {
  "in attendance",
  "also present",
  "also in attendance",
  "apologies",
  "apologies for absence",
  "officers",
  "officers present",
  "officers in attendance",
  "absent",
  "item description",          /* Stockton's table header */
  "item",
  "items",
  NULL
};

const char * const _ama_vocab_page_furniture[] = {
  "back to the top of the page",
  "back to top",
  "contact us",
  "accessibility",
  "privacy",
  "cookies",
  "skip to content",
  "additional documents",
  NULL
};

const char * const _ama_vocab_body_words[] = {
  "cabinet",
  "council",
  "executive",
  "committee",
  "sub-committee",
  "panel",
  "board",
  "commission",
  "forum",
  NULL
};

const AmaVocabPersonForm _ama_vocab_mover_forms[] = {
  { "mover",    "\\b(?i:moved by|proposed by)\\s+(?<who>" AMA_VOCAB_HONOURED_NAME ")" },
  { "seconder", "\\b(?i:seconded by)\\s+(?<who>" AMA_VOCAB_HONOURED_NAME ")" },
  /* Lewisham "Cllr Bellamy MOVED, Cllr Dacre SECONDED" */
  { "mover",    "(?<who>" AMA_VOCAB_HONOURED_NAME ")\\s+(?:MOVED|moved)\\b" },
  { "seconder", "(?<who>" AMA_VOCAB_HONOURED_NAME ")\\s+(?:SECONDED|seconded)\\b" },
  /* Chichester "Mr Dunmore proposed Mrs Haldane" */
  { "mover",    "^(?<who>" AMA_VOCAB_HONOURED_NAME ")\\s+(?:proposed|moved)\\b" },
  { NULL, NULL }
};

/* Length of @phrase when @line opens with it followed by a boundary
 * (end, space, punctuation), else 0. */
static gsize
opens_with (const char *line,
            const char *phrase)
{
  gsize n = strlen (phrase);

  if (g_ascii_strncasecmp (line, phrase, n) != 0)
    return 0;
  if (line[n] != '\0' && (g_ascii_isalnum (line[n]) || line[n] == '_'))
    return 0;
  return n;
}

gboolean
_ama_vocab_line_opens (const char * const *table,
                       const char         *line,
                       const char        **rest)
{
  gsize best = 0;

  for (guint i = 0; table[i] != NULL; i++)
    best = MAX (best, opens_with (line, table[i]));
  if (best == 0)
    return FALSE;
  if (rest != NULL)
    *rest = line + best;
  return TRUE;
}

gboolean
_ama_vocab_line_is (const char * const *table,
                    const char         *line)
{
  gsize len = strlen (line);

  if (table == _ama_vocab_page_furniture && g_str_has_prefix (line, "©"))
    return TRUE;
  while (len > 0 && (line[len - 1] == ':' || line[len - 1] == ' ' || line[len - 1] == '-'))
    len--;
  for (guint i = 0; table[i] != NULL; i++)
    if (strlen (table[i]) == len && g_ascii_strncasecmp (line, table[i], len) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_ama_vocab_contains (const char * const *table,
                     const char         *text)
{
  for (guint i = 0; table[i] != NULL; i++)
    {
      gsize n = strlen (table[i]);

      for (const char *p = text; *p != '\0'; p++)
        if ((p == text || !g_ascii_isalnum (p[-1]))
            && opens_with (p, table[i]) == n)
          return TRUE;
    }
  return FALSE;
}
