/* ama-appraisal-enums.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* The enums of the options appraisal. As in ama-enums.h, one value a
 * line (glib-mkenums only sees that form) and the derived nicks are the
 * stable JSON names: append, never reorder. */

/**
 * AmaCriterionDirection:
 * @AMA_CRITERION_DIRECTION_BENEFIT: more is better (a higher score is preferred)
 * @AMA_CRITERION_DIRECTION_COST: less is better (e.g. transition cost, VAT exposure)
 *
 * Which end of a criterion's scale is preferred. Scores are turned into
 * preference values on 0–1 by the scale: `(x − min) / (max − min)` for a
 * benefit, `(max − x) / (max − min)` for a cost.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_CRITERION_DIRECTION_BENEFIT,
  AMA_CRITERION_DIRECTION_COST,
} AmaCriterionDirection;

/**
 * AmaMissingScores:
 * @AMA_MISSING_SCORES_ERROR: a missing score is an error (%AMA_ERROR_MISSING)
 * @AMA_MISSING_SCORES_WORST: a missing score counts as the worst end of the scale
 * @AMA_MISSING_SCORES_MIDPOINT: a missing score counts as the middle of the scale
 * @AMA_MISSING_SCORES_FULL_RANGE: a missing score is unknown anywhere on the
 *   scale: the middle in a weighted sum, uniform over the whole scale in SMAA
 *
 * What an appraisal does when an option has no score on a criterion.
 * There is deliberately no "zero" policy: a blank is not a score.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_MISSING_SCORES_ERROR,
  AMA_MISSING_SCORES_WORST,
  AMA_MISSING_SCORES_MIDPOINT,
  AMA_MISSING_SCORES_FULL_RANGE,
} AmaMissingScores;

/**
 * AmaOptionStatus:
 * @AMA_OPTION_STATUS_SHORT_LIST: on the short list: appraised and ranked
 * @AMA_OPTION_STATUS_LONG_LIST: on the long list, not yet screened
 * @AMA_OPTION_STATUS_REJECTED: screened out of the long list against the
 *   critical success factors; [property@Ama.Option:rejection-reason] says why
 *
 * Where an option stands in the appraisal process (Green Book: long list,
 * screening, short list).
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_OPTION_STATUS_SHORT_LIST,
  AMA_OPTION_STATUS_LONG_LIST,
  AMA_OPTION_STATUS_REJECTED,
} AmaOptionStatus;

/**
 * AmaOptionRole:
 * @AMA_OPTION_ROLE_DO_SOMETHING: an option for change
 * @AMA_OPTION_ROLE_BUSINESS_AS_USUAL: the business-as-usual baseline
 * @AMA_OPTION_ROLE_DO_MINIMUM: the least that meets the core requirements
 *
 * The part an option plays on the short list. A Green Book short list
 * keeps business-as-usual and do-minimum beside the options for change.
 *
 * Since: 1.0
 */
typedef enum
{
  AMA_OPTION_ROLE_DO_SOMETHING,
  AMA_OPTION_ROLE_BUSINESS_AS_USUAL,
  AMA_OPTION_ROLE_DO_MINIMUM,
} AmaOptionRole;

G_END_DECLS
