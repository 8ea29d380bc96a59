/* ama-json-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ama-types.h"

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

/* The streaming writer (ama-json-writer.c): the same bytes as
 * _ama_json_to_string (_ama_json_serialize (object)), without the tree. */
typedef struct _AmaJsonWriter AmaJsonWriter;

JsonObject    *_ama_json_get_extras   (GObject       *object);
JsonObject    *_ama_json_get_deadline_extras (GObject     *object,
                                              const char  *property,
                                              AmaDeadline *deadline);
char          *_ama_json_date_to_string (GDateTime   *date);
AmaJsonWriter *_ama_json_writer_new   (GString       *out);
void           _ama_json_writer_free  (AmaJsonWriter *self);
void           _ama_json_write_object (AmaJsonWriter *self,
                                       GObject       *object,
                                       guint          level,
                                       const char    *prefix);

G_END_DECLS
