/* ama-export-private.h: what the civic-data exporters share
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ama-review.h"

G_BEGIN_DECLS

/* One export in progress. @doc is the review as the review document
 * format writes it (_ama_json_serialize), which every exporter reads:
 * the same member names, nicks and dates the format documents, and the
 * unknown members a document carried, without a second walk of the
 * model. */
typedef struct
{
  AmaReview  *review;     /* unowned */
  JsonObject *doc;        /* the serialised review (owned) */
  char       *base;       /* base URL + "/" + the review's id part, no trailing '/' */
  char       *review_key; /* the review's id as an id part ("rotherham-ama-2017") */
} AmaExportContext;

/* An id part: ASCII letters and digits lower-cased, anything else one
 * '-', no '-' at either end; "x" for text with no letter or digit. */
char       *_ama_export_slug          (const char  *text);
/* Stable keys of the review's meetings, in order: the meeting's id when
 * it has one, else "<date>-<kind>", with "-2", "-3"… on repeats. */
GPtrArray  *_ama_export_meeting_keys  (JsonArray   *meetings);
/* A string member of @obj, or NULL. */
const char *_ama_export_str           (JsonObject  *obj,
                                       const char  *member);
/* An array member of @obj, or NULL. */
JsonArray  *_ama_export_array         (JsonObject  *obj,
                                       const char  *member);
/* Copies to @out every member of @src not named in @standard (a
 * NULL-terminated list), each named @prefix + its name. */
void        _ama_export_copy_rest     (JsonObject  *out,
                                       JsonObject  *src,
                                       const char  *prefix,
                                       const char * const *standard);

JsonNode   *_ama_export_oparl         (AmaExportContext *ctx);
JsonNode   *_ama_export_popolo        (AmaExportContext *ctx);
JsonNode   *_ama_export_ocd           (AmaExportContext *ctx);

G_END_DECLS
