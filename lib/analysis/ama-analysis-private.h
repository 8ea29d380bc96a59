/* ama-analysis-private.h: helpers the validator, tracker and catalog share
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-names-private.h"
#include "ama-response.h"
#include "ama-text-private.h"
#include "ama-types.h"

G_BEGIN_DECLS

/* The calendar date of @dt in its own time zone, as midnight UTC. */
GDateTime   *_ama_date_only          (GDateTime   *dt);

/* Whole days from @from to @to (negative when @to is earlier); both are
 * reduced to dates first. */
int          _ama_days_between       (GDateTime   *from,
                                      GDateTime   *to);

/* The response's action-by, understood in the context of the response
 * date when the stored form could not be ("End of year" needs to know
 * which year). Transfer full; NULL when there is no action-by. */
AmaDeadline *_ama_response_effective_deadline (AmaResponse *response);

/* TRUE when @a and @b are the same name but for case and spacing. */
gboolean     _ama_names_same_but_case (const char *a,
                                       const char *b);

G_END_DECLS
