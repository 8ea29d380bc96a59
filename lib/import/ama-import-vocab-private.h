/* ama-import-vocab-private.h: the words councils use, one table each
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every interpreter reads documents through these tables rather than
 * through one council's template, so adding a council's wording is one
 * line in lib/import/ama-import-vocab.c. Each table is NULL-terminated;
 * matching is case-insensitive on the opening words of a trimmed line
 * unless a table says otherwise.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Words that open the resolutions of a minuted item: "Resolved:-",
 * "RESOLVED –", "The Cabinet then:-", "Decision:", "AGREED:",
 * "ORDERED that", "it was RESOLVED to". A line opening with one, then
 * punctuation, "that", "to" or the end of the line, starts the
 * resolutions. */
extern const char * const _ama_vocab_resolution_openers[];

/* The passive a resolution is written in when no opener precedes it (a
 * decision record's "1. the Action Plan be approved"): a numbered line
 * holding one of these is a resolution. */
extern const char * const _ama_vocab_resolution_verbs[];

/* Labels of the list of members present: "PRESENT:", "Attendance
 * Details", "Committee members present:". */
extern const char * const _ama_vocab_present_labels[];

/* Labels that end that list: "In Attendance:", "Apologies", "Officers
 * present". */
extern const char * const _ama_vocab_present_stops[];

/* Lines of a web page's navigation and footer, which end the last
 * item: "Back to the top of the page", "Contact us", "©". Matched
 * against the whole line. */
extern const char * const _ama_vocab_page_furniture[];

/* Last words of the name of a meeting body: "Cabinet", "Council",
 * "Scrutiny Committee", "Overview Board". */
extern const char * const _ama_vocab_body_words[];

/* Mover and seconder in prose, as GRegex patterns with the named group
 * "who" (the person, with an honorific) and "role" ("mover" or
 * "seconder" is given by the table entry). */
typedef struct
{
  const char *role;     /* "mover" or "seconder" */
  const char *pattern;  /* PCRE; (?<who>...) is the person */
} AmaVocabPersonForm;

extern const AmaVocabPersonForm _ama_vocab_mover_forms[];

/* A person's name with an honorific, for the patterns above. */
#define AMA_VOCAB_HONOURED_NAME \
  "(?:(?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)+" \
  "[A-Z][\\w'’.]*(?:\\s+(?:-\\s+)?[A-Z][\\w'’-]*)*"

/* Whether @line opens with one of @table's phrases followed by a word
 * boundary; *@rest (optional) receives the text after the phrase. */
gboolean _ama_vocab_line_opens (const char * const *table,
                                const char         *line,
                                const char        **rest);

/* Whether @line equals one of @table's entries (case-insensitively,
 * ignoring a final ':'), or opens with "©" for the furniture table. */
gboolean _ama_vocab_line_is    (const char * const *table,
                                const char         *line);

/* Whether @text contains one of @table's phrases as whole words. */
gboolean _ama_vocab_contains   (const char * const *table,
                                const char         *text);

G_END_DECLS
