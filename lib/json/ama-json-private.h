/* ama-json-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ama-types.h"
#include "ama-review.h"
#include "ama-appraisal.h"

G_BEGIN_DECLS

/* Documented limits: a review document larger than this, or nested
 * deeper, is refused with AMA_ERROR_LIMIT before json-glib sees it
 * (json-glib's parser recurses without a bound).
 *  - AMA_JSON_MAX_SIZE, 64 MiB: checked on the bytes given to
 *    ama_review_new_from_data() and while reading a file (which is
 *    never read past the limit). A real review is tens of kilobytes;
 *    loading costs about ten times the document's size in memory
 *    (a 57 MB document of 300,000 recommendations: ~570 MB, 6 s), so
 *    the limit bounds a load at well under 1 GB.
 *  - AMA_JSON_MAX_DEPTH, 128 levels of objects and arrays: the format
 *    itself needs 6 (review → recommendation → response → action-by);
 *    the rest is room for unknown members.
 * Also refused before parsing (see _ama_json_check_limits()): NUL
 * bytes and invalid UTF-8, \u0000 and escapes JSON does not have,
 * integers outside 64 bits, numbers that overflow a double, text after
 * the document; and, while parsing, a member repeated in one object. */
#define AMA_JSON_MAX_SIZE  (64 * 1024 * 1024)
#define AMA_JSON_MAX_DEPTH 128

JsonNode  *_ama_json_serialize   (GObject     *object);
/* TRUE for a source reference that knows nothing: not written. */
gboolean   _ama_json_source_is_empty (AmaSourceRef *source);
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
/* The fast reader (ama-json-reader.c): a review straight from text, or
 * NULL (without an error) for anything it does not take on, which the
 * tree path then decides. */
void        _ama_json_add_extra        (GObject    *object,
                                        const char *name,
                                        JsonNode   *node);
AmaReview  *_ama_json_read_review_fast (const char *data,
                                        gsize       len);
/* What a review document's reader checks beyond each object (unique
 * option and criterion ids, scores that name them), with errors naming
 * "$.appraisal…"; for readers that build a review from other formats. */
gboolean    _ama_json_check_appraisal  (AmaAppraisal *appraisal,
                                        GError      **error);
/* The tree path alone (ama-json-review.c), for tests comparing the two. */
AmaReview  *_ama_json_read_review_tree (const char  *data,
                                        gssize       len,
                                        GError     **error);

/* The library's one safe way to replace a file (ama-json-review.c):
 * written beside it and renamed over it only when complete, so a full
 * disk or a cancellation leaves the previous file intact; a new file
 * that could not be written is removed. Errors are AMA_ERROR_IO naming
 * the file, or G_IO_ERROR_CANCELLED. Reports use it too: their
 * g_file_replace_contents() put a truncated file in place on a full
 * disk (issue #20, item 1). */
gboolean    _ama_json_save_data       (GFile         *file,
                                       const char    *data,
                                       gsize          length,
                                       gboolean       backup,
                                       GCancellable  *cancellable,
                                       GError       **error);

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

int         _ama_json_hex4               (const char  *p);

/* Reads a whole file, but no more than AMA_JSON_MAX_SIZE: a file named
 * by mistake (a disk image, /dev/zero, a FIFO that never ends) is
 * refused with AMA_ERROR_LIMIT after that many bytes instead of being
 * read into memory to the end. The review loader and the importer read
 * files through it. NUL-terminated (not counted in @length). */
char       *_ama_json_load_limited       (GFile         *file,
                                          GCancellable  *cancellable,
                                          gsize         *length,
                                          GError       **error);

G_END_DECLS
