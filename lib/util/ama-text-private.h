/* ama-text-private.h: the words every layer writes and reads alike
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One table of month names, one writer of dates in words, one reader of
 * a month's name, one label for an enum value: the importer, the
 * deadline parser, the tracker and the reports all use these, so they
 * cannot drift apart.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* "January" … "December". */
extern const char * const _ama_month_names[12];

/* The month a word names, 1–12, or 0: the full name, its three-letter
 * abbreviation, or "Sept", in any case ("mar", "March", "SEPT"). @len is
 * the word's length in bytes (-1: nul-terminated). */
int          _ama_month_from_word (const char *word,
                                   gssize      len);

/* "18 October 2017": a date in words, the same whatever the locale (not
 * %B); NULL for NULL. */
char        *_ama_date_to_words   (GDateTime  *date);

/* The nick of an enum value ("accepted"), "unknown" when @value is not one; a
 * static string of the (never unloaded) type. */
const char  *_ama_enum_nick       (GType       type,
                                   int         value);

/* The nick as a label: "review-group" reads "Review group". */
char        *_ama_enum_label      (GType       type,
                                   int         value);

/* TRUE for NULL or text of white space only. */
gboolean     _ama_text_blank      (const char *text);

/* TRUE when a spreadsheet could run @text as a formula: after any white
 * space (ASCII, NBSP and other Unicode spaces, zero-width format
 * characters), it begins with '=', '+', '-', '@' or their full-width
 * forms, or it begins with a tab or carriage return. Shared by the
 * CSV/TSV writer (which guards such cells with an apostrophe) and the
 * delimited reader (which removes that apostrophe), so the two agree. */
gboolean     _ama_text_formula_like (const char *text);

G_END_DECLS
