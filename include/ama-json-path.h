/* ama-json-path.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ama-version-macros.h"

G_BEGIN_DECLS

AMA_AVAILABLE_IN_1_2
guint  ama_json_path_locate  (const char *data,
                              gssize      length,
                              const char *path);

AMA_AVAILABLE_IN_1_2
guint  ama_json_path_locate_diagnostics (const char *data,
                                         gssize      length,
                                         GListModel *diagnostics);

AMA_AVAILABLE_IN_1_2
char  *ama_date_to_iso8601   (GDateTime  *date);

G_END_DECLS
