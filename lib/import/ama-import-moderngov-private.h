/* ama-import-moderngov-private.h: ModernGov responses for the web client
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One <committee> of a GetCommittees response. A review has no place
 * for a committee list (the importer only reports it as diagnostics),
 * so the web client (lib/net) reads it through here: the same parser,
 * with the same safety (no entity expansion, nothing fetched). */
typedef struct
{
  char     *id;
  char     *title;
  char     *category;
  gboolean  deleted;
  gboolean  expired;
  guint     line;
} AmaModernGovCommitteeInfo;

void       _ama_moderngov_committee_info_free (AmaModernGovCommitteeInfo *info);

/* The committees of a GetCommittees response, in document order (a
 * GPtrArray of AmaModernGovCommitteeInfo that frees them); NULL with an
 * AMA_ERROR_PARSE naming line and column when @data is not well-formed
 * XML or its root is not <committees>. */
GPtrArray *_ama_import_moderngov_committees   (const char  *data,
                                               gsize        length,
                                               GError     **error);

G_END_DECLS
