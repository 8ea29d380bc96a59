/* ama-appraisal-ranking-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-appraisal-ranking.h"

G_BEGIN_DECLS

/* Takes @contributions and @preferences (each @n doubles, may be NULL
 * when @n is 0). A @rank of 0 means not ranked: it failed @failed_gate. */
AmaAppraisalRanking *_ama_appraisal_ranking_new (const char *option_id,
                                                 const char *option_name,
                                                 guint       rank,
                                                 double      value,
                                                 gboolean    tied,
                                                 const char *failed_gate,
                                                 double     *contributions,
                                                 double     *preferences,
                                                 guint       n);

G_END_DECLS
