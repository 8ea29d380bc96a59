/* ama-net-private.h: what the web-service client's files share
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-moderngov-client.h"
#include "ama-import-moderngov-private.h"

G_BEGIN_DECLS

AmaModernGovCommittee *_ama_moderngov_committee_new (const AmaModernGovCommitteeInfo *info);

G_END_DECLS
