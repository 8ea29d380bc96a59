/* ama-analysis-private.h: helpers the validator, tracker and catalog share
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-response.h"
#include "ama-types.h"

G_BEGIN_DECLS

/* A key under which names that differ only by OCR-like confusion
 * (l/I/1/|, 0/O, rn/m), case or spacing compare equal: "lan Thomas" and
 * "Ian Thomas" share one. NULL for NULL or blank. */
char        *_ama_officer_key        (const char  *name);

/* How plausible a spelling is as the intended one: higher is better
 * (each word capitalised, no digits inside words). Used to pick which
 * of two confusable spellings to report as the odd one out. */
int          _ama_officer_plausibility (const char *name);

/* The calendar date of @dt in its own time zone, as midnight UTC. */
GDateTime   *_ama_date_only          (GDateTime   *dt);

/* Whole days from @from to @to (negative when @to is earlier); both are
 * reduced to dates first. */
int          _ama_days_between       (GDateTime   *from,
                                      GDateTime   *to);

/* "31 March 2018" */
char        *_ama_date_to_text       (GDateTime   *date);

/* The response's action-by, understood in the context of the response
 * date when the stored form could not be ("End of year" needs to know
 * which year). Transfer full; NULL when there is no action-by. */
AmaDeadline *_ama_response_effective_deadline (AmaResponse *response);

/* The stable nick of an enum value ("partially-accepted"). */
const char  *_ama_enum_nick          (GType        type,
                                      int          value);

/* TRUE when @a and @b are the same name but for case and spacing. */
gboolean     _ama_names_same_but_case (const char *a,
                                       const char *b);

/* TRUE when @text is NULL or only white space. */
gboolean     _ama_text_blank         (const char  *text);

G_END_DECLS
