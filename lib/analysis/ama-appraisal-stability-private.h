/* ama-appraisal-stability-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-appraisal-stability.h"

G_BEGIN_DECLS

AmaAppraisalStability *_ama_appraisal_stability_new (const char *criterion_id,
                                                     const char *criterion_name,
                                                     double      weight,
                                                     double      lower,
                                                     const char *lower_option_id,
                                                     double      upper,
                                                     const char *upper_option_id);

G_END_DECLS
