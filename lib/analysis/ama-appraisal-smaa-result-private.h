/* ama-appraisal-smaa-result-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-appraisal-smaa-result.h"
#include "ama-appraisal-sampler-private.h"

G_BEGIN_DECLS

/* Takes the outcome's arrays; copies the ids. */
AmaAppraisalSmaaResult *_ama_appraisal_smaa_result_new (char          **option_ids,
                                                        char          **criterion_ids,
                                                        guint64         seed,
                                                        AmaSmaaOutcome *outcome);

G_END_DECLS
