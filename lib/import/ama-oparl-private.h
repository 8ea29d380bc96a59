/* ama-oparl-private.h: what the OParl exporter and importer agree on
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Object types are URLs of this namespace ("…/1.1/Meeting"). The
 * importer also takes 1.0 objects, whose properties it reads the same. */
#define AMA_OPARL_TYPE_PREFIX   "https://schema.oparl.org/1.1/"
#define AMA_OPARL_TYPE_PREFIX_1 "https://schema.oparl.org/1."

/* What OParl has no property for is written as vendor properties with
 * this prefix: "ama:" + the member's name in the review document
 * format ("ama:kind", "ama:narrative", "ama:recommendations"), so the
 * values keep the shapes data/ama-review.schema.json describes. The
 * importer strips the prefix and reads them with the review format's
 * own reader; unknown "ama:" members are kept like unknown members of
 * a review document. */
#define AMA_OPARL_EXT "ama:"

/* The paper types the exporter writes; the importer recognises its own
 * papers by them (and by their extension properties). */
#define AMA_OPARL_PAPER_REPORT   "Scrutiny review report"
#define AMA_OPARL_PAPER_RESPONSE "Executive response"

/* Limits of the importer, beyond the review format's (64 MiB, 128
 * levels): an OParl dump is flat, a few levels deep. */
#define AMA_OPARL_MAX_OBJECTS 100000

G_END_DECLS
