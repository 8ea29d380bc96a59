/* ama-names-private.h: who is one person, whatever the spelling
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The importer (which repairs "lan Thomas" to "Ian Thomas"), the
 * validator (which warns about two spellings of one officer), the
 * tracker and the catalogue (which group actions by officer) must agree
 * on who is one officer: they all key names with _ama_name_key() and
 * choose among spellings with _ama_name_penalty().
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The key of a name with what OCR and typing confuse folded together:
 * case; runs of spaces and initials' full stops; I, l, 1 and | read as
 * one letter; 0 as o; "rn" as m; "vv" as w. "lan  Thomas", "Ian
 * Thomas" and "IAN THOMAS" share a key. NULL for blank text. */
char  *_ama_name_key      (const char *name);

/* How implausible a spelling is as a person's name: a word starting in
 * lower case, a digit or '|' (what OCR produces), a capital I inside a
 * word before a lower-case letter. 0 for "Ian Thomas"; larger is worse;
 * G_MAXINT for NULL. Of two spellings with one key, the lower wins. */
int    _ama_name_penalty  (const char *name);

G_END_DECLS
