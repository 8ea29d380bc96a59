/* ama-json-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Documented limits: a review document larger than this, or nested
 * deeper, is refused with AMA_ERROR_LIMIT before json-glib sees it
 * (json-glib's parser recurses without a bound). */
#define AMA_JSON_MAX_SIZE  (64 * 1024 * 1024)
#define AMA_JSON_MAX_DEPTH 128

JsonNode  *_ama_json_serialize   (GObject     *object);
GObject   *_ama_json_deserialize (JsonNode    *node,
                                  GType        type,
                                  const char  *path,
                                  GError     **error);
gboolean   _ama_json_check_limits (const char *data,
                                   gsize       len,
                                   GError    **error);
JsonNode  *_ama_json_parse       (const char  *data,
                                  gssize       len,
                                  GError     **error);
char      *_ama_json_to_string   (JsonNode    *root,
                                  gsize       *len);

G_END_DECLS
