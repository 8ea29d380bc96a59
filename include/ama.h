/* ama.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define AMA_INSIDE
/* model */
# include "ama-version.h"
# include "ama-version-macros.h"
# include "ama-enums.h"
# include "ama-enum-types.h"
# include "ama-error.h"
# include "ama-types.h"
# include "ama-deadline.h"
# include "ama-source-ref.h"
# include "ama-json-path.h"
# include "ama-enum-strings.h"
# include "ama-person.h"
# include "ama-member.h"
# include "ama-progress-update.h"
# include "ama-decision-record.h"
# include "ama-response.h"
# include "ama-recommendation.h"
# include "ama-resolution.h"
# include "ama-section.h"
# include "ama-document.h"
# include "ama-agenda-item.h"
# include "ama-meeting.h"
# include "ama-visit.h"
# include "ama-consideration.h"
# include "ama-criterion.h"
# include "ama-option.h"
# include "ama-score.h"
# include "ama-appraisal.h"
# include "ama-diagnostic.h"
# include "ama-review.h"
# include "ama-response-clock.h"
/* json */
/* import */
# include "ama-importer.h"
/* analysis: validation, tracking, catalog */
# include "ama-validation-rule.h"
# include "ama-validator.h"
# include "ama-tracking-item.h"
# include "ama-tracking-summary.h"
# include "ama-officer-actions.h"
# include "ama-tracker.h"
# include "ama-catalog.h"
# include "ama-review-merge.h"
/* analysis: appraisal */
# include "ama-appraisal-enums.h"
# include "ama-appraisal-weight.h"
# include "ama-appraisal-weight-set.h"
# include "ama-appraisal-ranking.h"
# include "ama-appraisal-stability.h"
# include "ama-appraisal-result.h"
# include "ama-appraisal-smaa-result.h"
# include "ama-appraisal-smaa.h"
/* report */
# include "ama-report-writer.h"
# include "ama-exporter.h"
/* net: the ModernGov web-service client */
# include "ama-moderngov-client.h"
#undef AMA_INSIDE

G_END_DECLS
