/* ama-json-review.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "ama-json-private.h"
#include "ama-error.h"
#include "ama-review.h"
#include "ama-appraisal.h"
#include "ama-criterion.h"
#include "ama-option.h"
#include "ama-score.h"

/* The document envelope: {"format": "ama-review", "version": 1, …}
 * around the review's own members. */

static gboolean
check_envelope (JsonObject  *root,
                GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");

  if (format == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                   "$.format: missing; not a review document");
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), AMA_REVIEW_FORMAT) != 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT,
                   "$.format: expected “%s”", AMA_REVIEW_FORMAT);
      return FALSE;
    }
  if (version == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING, "$.version: missing");
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID, "$.version: expected an integer");
      return FALSE;
    }
  if (json_node_get_int (version) != AMA_REVIEW_FORMAT_VERSION)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_VERSION,
                   "$.version: version %" G_GINT64_FORMAT " is not supported (this library reads version %d)",
                   json_node_get_int (version), AMA_REVIEW_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* References inside the appraisal are checked on load, so that every
 * consumer (MCDA, reports, the tool) can rely on them: option and
 * criterion ids are unique, each score names an existing option and
 * criterion and appears once per pair, the preferred option exists, and
 * weights are not negative (a weight is a share of importance; scores
 * may be negative, as some scales run from -2 to +2). Anything else in
 * the document that names something by text (a body, an officer) is a
 * name, not a reference. */
static gboolean
check_reference (GHashTable  *ids,
                 const char  *id,
                 const char  *what,
                 guint        index,
                 const char  *member,
                 GError     **error)
{
  if (id == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                   "$.appraisal.scores[%u].%s: missing", index, member);
      return FALSE;
    }
  if (!g_hash_table_contains (ids, id))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_REFERENCE,
                   "$.appraisal.scores[%u].%s: no %s has the id “%s”", index, member, what, id);
      return FALSE;
    }
  return TRUE;
}

gboolean
_ama_json_check_appraisal (AmaAppraisal  *appraisal,
                           GError       **error)
{
  GListModel *options = ama_appraisal_get_options (appraisal);
  GListModel *criteria = ama_appraisal_get_criteria (appraisal);
  GListModel *scores = ama_appraisal_get_scores (appraisal);
  g_autoptr(GHashTable) option_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) criterion_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *preferred;

  for (guint i = 0; i < g_list_model_get_n_items (options); i++)
    {
      g_autoptr(AmaOption) option = g_list_model_get_item (options, i);
      const char *id = ama_option_get_id (option);
      gpointer first;

      if (id == NULL)
        continue;
      if (g_hash_table_lookup_extended (option_ids, id, NULL, &first))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_DUPLICATE,
                       "$.appraisal.options[%u].id: “%s” is already the id of $.appraisal.options[%u]",
                       i, id, GPOINTER_TO_UINT (first));
          return FALSE;
        }
      g_hash_table_insert (option_ids, (gpointer)id, GUINT_TO_POINTER (i));
    }

  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      g_autoptr(AmaCriterion) criterion = g_list_model_get_item (criteria, i);
      const char *id = ama_criterion_get_id (criterion);
      double weight = ama_criterion_get_weight (criterion);
      gpointer first;

      if (weight < 0)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       "$.appraisal.criteria[%u].weight: %g is negative (a weight must be 0 or more)",
                       i, weight);
          return FALSE;
        }
      if (id == NULL)
        continue;
      if (g_hash_table_lookup_extended (criterion_ids, id, NULL, &first))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_DUPLICATE,
                       "$.appraisal.criteria[%u].id: “%s” is already the id of $.appraisal.criteria[%u]",
                       i, id, GPOINTER_TO_UINT (first));
          return FALSE;
        }
      g_hash_table_insert (criterion_ids, (gpointer)id, GUINT_TO_POINTER (i));
    }

  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr(AmaScore) score = g_list_model_get_item (scores, i);
      const char *option_id = ama_score_get_option_id (score);
      const char *criterion_id = ama_score_get_criterion_id (score);
      char *pair;
      gpointer first;

      if (!check_reference (option_ids, option_id, "option", i, "option-id", error) ||
          !check_reference (criterion_ids, criterion_id, "criterion", i, "criterion-id", error))
        return FALSE;
      /* Ids may hold any character but the unit separator, which no
       * keyboard types. */
      pair = g_strconcat (option_id, "\x1f", criterion_id, NULL);
      if (g_hash_table_lookup_extended (pairs, pair, NULL, &first))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_DUPLICATE,
                       "$.appraisal.scores[%u]: option “%s” already has a score for criterion “%s” at $.appraisal.scores[%u]",
                       i, option_id, criterion_id, GPOINTER_TO_UINT (first));
          g_free (pair);
          return FALSE;
        }
      g_hash_table_insert (pairs, pair, GUINT_TO_POINTER (i));
    }

  preferred = ama_appraisal_get_preferred_option (appraisal);
  if (preferred != NULL && !g_hash_table_contains (option_ids, preferred))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_REFERENCE,
                   "$.appraisal.preferred-option: no option has the id “%s”", preferred);
      return FALSE;
    }
  return TRUE;
}

/**
 * ama_review_new_from_data:
 * @data: a review document in the JSON format (UTF-8)
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Loads a review from a JSON document. Members this version does not know
 * are kept and written back by [method@Ama.Review.to_data].
 *
 * Errors are in the %AMA_ERROR domain and name the place, e.g.
 * `$.recommendations[3].response.decision: unknown value “maybe”` or
 * `line 12, column 3: …`.
 *
 * The loader is strict where leniency would lose data on the next save:
 * a document over 64 MiB or nested deeper than 128 levels gives
 * %AMA_ERROR_LIMIT; NUL bytes, invalid UTF-8 and `\u0000` give
 * %AMA_ERROR_ENCODING; integers beyond 64 bits and numbers beyond a
 * double give %AMA_ERROR_INVALID; a member repeated within one object
 * gives %AMA_ERROR_DUPLICATE. In the appraisal, option and criterion
 * ids must be unique and each option–criterion pair scored at most once
 * (%AMA_ERROR_DUPLICATE), scores and the preferred option must name
 * existing options and criteria (%AMA_ERROR_REFERENCE), and weights
 * must not be negative (%AMA_ERROR_INVALID).
 *
 * Returns: (transfer full): a new #AmaReview, or %NULL on error
 *
 * Since: 1.0
 */
/* The tree path: json-glib's parser, then _ama_json_deserialize. It
 * decides about every document the fast reader does not take on, and
 * words every error. */
AmaReview *
_ama_json_read_review_tree (const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(JsonNode) body_node = NULL;
  g_autoptr(GList) names = NULL;
  g_autoptr(AmaReview) review = NULL;
  JsonObject *obj;

  if (!(root = _ama_json_parse (data, length, error)))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID, "$: expected an object");
      return NULL;
    }
  obj = json_node_get_object (root);
  if (!check_envelope (obj, error))
    return NULL;

  /* The review's members are the root's, less the envelope. */
  body = json_object_new ();
  names = json_object_get_members (obj);
  for (const GList *l = names; l; l = l->next)
    if (g_strcmp0 (l->data, "format") != 0 && g_strcmp0 (l->data, "version") != 0)
      json_object_set_member (body, l->data, json_object_dup_member (obj, l->data));
  body_node = json_node_init_object (json_node_alloc (), body);

  review = (AmaReview *)_ama_json_deserialize (body_node, AMA_TYPE_REVIEW, "$", error);
  if (review == NULL)
    return NULL;
  if (ama_review_get_appraisal (review) != NULL &&
      !_ama_json_check_appraisal (ama_review_get_appraisal (review), error))
    return NULL;
  return g_steal_pointer (&review);
}

AmaReview *
ama_review_new_from_data (const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(AmaReview) review = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  if (length < 0)
    length = strlen (data);

  /* The fast reader takes the documents it fully understands, straight
   * into objects; anything else (every error included) goes the tree
   * way, so results and messages are the same whichever path ran. */
  review = _ama_json_read_review_fast (data, length);
  if (review != NULL)
    {
      if (ama_review_get_appraisal (review) != NULL &&
          !_ama_json_check_appraisal (ama_review_get_appraisal (review), error))
        return NULL;
      return g_steal_pointer (&review);
    }
  return _ama_json_read_review_tree (data, length, error);
}

/**
 * ama_review_to_data:
 * @self: a #AmaReview
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the review as a JSON document (UTF-8, two-space indent, a final
 * newline). Writing, loading and writing again gives the same bytes.
 *
 * Returns: (transfer full): the document
 *
 * Since: 1.0
 */
char *
ama_review_to_data (AmaReview *self,
                    gsize     *length)
{
  AmaJsonWriter *writer;
  GString *out;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  /* Written straight from the objects (ama-json-writer.c): the same
   * bytes as building a JsonNode tree and running JsonGenerator over it,
   * at a fraction of the time and memory. The envelope members come
   * first, then the review's own. */
  out = g_string_sized_new (4096);
  writer = _ama_json_writer_new (out);
  _ama_json_write_object (writer, G_OBJECT (self), 0,
                          "\n  \"format\" : \"" AMA_REVIEW_FORMAT "\",\n"
                          "  \"version\" : " G_STRINGIFY (AMA_REVIEW_FORMAT_VERSION));
  _ama_json_writer_free (writer);
  g_string_append_c (out, '\n');
  if (length)
    *length = out->len;
  return g_string_free (out, FALSE);
}

static void
set_io_error (GError     **error,
              GFile       *file,
              GError      *io_error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  /* Cancellation stays G_IO_ERROR_CANCELLED, as callers test for it. */
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (io_error));
  else
    g_set_error (error, AMA_ERROR, AMA_ERROR_IO, "%s: %s", name, io_error->message);
}

char *
_ama_json_load_limited (GFile         *file,
                        GCancellable  *cancellable,
                        gsize         *length,
                        GError       **error)
{
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  g_autofree guint8 *chunk = NULL;
  const gsize chunk_size = 64 * 1024;

  in = g_file_read (file, cancellable, error);
  if (in == NULL)
    return NULL;

  buffer = g_byte_array_new ();
  chunk = g_malloc (chunk_size);
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), chunk, chunk_size, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (buffer->len + (gsize)n > AMA_JSON_MAX_SIZE)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                       "document is larger than the limit of %d bytes", AMA_JSON_MAX_SIZE);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, n);
    }

  *length = buffer->len;
  /* Nul-terminated like g_file_load_contents(), not counted in length. */
  g_byte_array_append (buffer, (const guint8 *)"", 1);
  return (char *)g_byte_array_free (g_steal_pointer (&buffer), FALSE);
}

/**
 * ama_review_new_from_file:
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads a review from a JSON file. See [ctor@Ama.Review.new_from_data].
 * A file that cannot be read gives %AMA_ERROR_IO; cancellation gives
 * %G_IO_ERROR_CANCELLED.
 *
 * Returns: (transfer full): a new #AmaReview, or %NULL on error
 *
 * Since: 1.0
 */
AmaReview *
ama_review_new_from_file (GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  AmaReview *review;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = _ama_json_load_limited (file, cancellable, &length, &local_error);
  if (contents == NULL)
    {
      if (g_error_matches (local_error, AMA_ERROR, AMA_ERROR_LIMIT))
        {
          g_autofree char *name = g_file_get_parse_name (file);
          g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT, "%s: %s", name, local_error->message);
        }
      else
        set_io_error (error, file, local_error);
      return NULL;
    }

  review = ama_review_new_from_data (contents, length, &local_error);
  if (review == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
    }
  return review;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  AmaReview *review = ama_review_new_from_file (task_data, cancellable, &error);

  if (review == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, review, g_object_unref);
}

/**
 * ama_review_new_from_file_async:
 * @file: the file to read
 * @io_priority: the I/O priority, e.g. %G_PRIORITY_DEFAULT
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the review is loaded
 * @user_data: data for @callback
 *
 * Loads a review from a file in a worker thread. Finish with
 * [ctor@Ama.Review.new_from_file_finish].
 *
 * Since: 1.0
 */
void
ama_review_new_from_file_async (GFile               *file,
                                int                  io_priority,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ama_review_new_from_file_async);
  g_task_set_priority (task, io_priority);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * ama_review_new_from_file_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes [func@Ama.Review.new_from_file_async].
 *
 * Returns: (transfer full): a new #AmaReview, or %NULL on error
 *
 * Since: 1.0
 */
AmaReview *
ama_review_new_from_file_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ama_review_new_from_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

G_DEFINE_FLAGS_TYPE (AmaSaveFlags, ama_save_flags,
                     G_DEFINE_ENUM_VALUE (AMA_SAVE_FLAGS_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (AMA_SAVE_FLAGS_BACKUP, "backup"))

/* Closes a replace stream without committing it. GIO's local replace
 * writes to a temporary file and renames it over the original in
 * close() — even after a failed write: g_file_replace_contents() with a
 * full disk left the officer's tracker file truncated to what fitted
 * (found by tests/test-save-faults.c). Closing with a cancelled
 * GCancellable makes GIO drop the temporary file and keep the original. */
static void
abandon_stream (GOutputStream *out)
{
  g_autoptr(GCancellable) abandon = g_cancellable_new ();

  g_cancellable_cancel (abandon);
  g_output_stream_close (out, abandon, NULL);
}

/* Where a save to @file really goes. GIO's local replace renames a
 * temporary file over the target only when it can; through a symlink,
 * over a file with several hard links, or in a folder that cannot take
 * the temporary file it writes in place, and a full disk or a kill
 * during the write then leaves a torn file (issue 20, item 2). So:
 * a symlink is followed and its target replaced atomically (the link
 * stays a link); a file with several names is written in place, since
 * a rename would split the names, but only after GIO has kept a
 * complete copy as FILE~ (*@force_backup); a folder that is not
 * writable is refused, since neither is possible there. */
static GFile *
save_target (GFile     *file,
             gboolean  *force_backup,
             GError   **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  GStatBuf st;

  *force_backup = FALSE;
  if (path == NULL)
    return g_object_ref (file);   /* not a local file: GIO's own rules */

  target = realpath (path, NULL);
  if (target == NULL)
    {
      /* A new file, or a link to one: follow links by hand, a few. */
      target = g_strdup (path);
      for (guint hops = 0; hops < 8; hops++)
        {
          g_autofree char *link = g_file_read_link (target, NULL);
          g_autofree char *base = NULL;

          if (link == NULL)
            break;
          base = g_path_get_dirname (target);
          g_free (target);
          target = g_path_is_absolute (link) ? g_steal_pointer (&link)
                                             : g_build_filename (base, link, NULL);
        }
    }
  if (g_stat (target, &st) == 0 && S_ISREG (st.st_mode) && st.st_nlink > 1)
    *force_backup = TRUE;
  dir = g_path_get_dirname (target);
  if (access (dir, W_OK) != 0 && errno != ENOENT)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_IO,
                   "%s: cannot be saved safely: its folder %s is not writable, so the "
                   "file could only be overwritten in place, and a failed save would "
                   "leave it torn; save it elsewhere", path, dir);
      return NULL;
    }
  return g_file_new_for_path (target);
}

gboolean
_ama_json_save_data (GFile         *file,
                     const char    *data,
                     gsize          length,
                     gboolean       backup,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) target = NULL;
  gboolean existed, force_backup;

  target = save_target (file, &force_backup, error);
  if (target == NULL)
    return FALSE;
  file = target;   /* borrowed from here on */
  backup = backup || force_backup;

  /* A new file is written in place by GIO (there is nothing to keep
   * safe), so after a failure the partial file is removed instead. */
  existed = g_file_query_exists (file, cancellable);

  out = g_file_replace (file, NULL, backup,
                        G_FILE_CREATE_NONE, cancellable, &local_error);
  if (out == NULL)
    {
      set_io_error (error, file, local_error);
      return FALSE;
    }

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, length, NULL,
                                  cancellable, &local_error))
    {
      abandon_stream (G_OUTPUT_STREAM (out));
      if (!existed)
        g_file_delete (file, NULL, NULL);
      set_io_error (error, file, local_error);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, &local_error))
    {
      /* The data did not reach the disk (fsync or rename failed); the
       * original, if any, is still in place. */
      if (!existed)
        g_file_delete (file, NULL, NULL);
      set_io_error (error, file, local_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * ama_review_save_to_file:
 * @self: a #AmaReview
 * @file: where to save
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves the review as JSON. The file is replaced atomically: the document
 * is written to a temporary file beside it and renamed over it, so a
 * failed write (a full disk, a cancellation) leaves the previous file
 * intact and gives %AMA_ERROR_IO (or %G_IO_ERROR_CANCELLED). A new file
 * that could not be written completely is removed.
 *
 * A review that would not load again (an edit the loader refuses: a
 * negative weight, a score naming no option) is not saved: the error
 * has the loader's code and names the place.
 *
 * A symlink is followed: its target is replaced (the link stays). A
 * file with several hard links is written in place, so that every name
 * keeps showing it, after a complete copy `FILE~` is made. A file in a
 * folder that is not writable cannot be replaced safely and is refused
 * with %AMA_ERROR_IO.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
ama_review_save_to_file (AmaReview     *self,
                         GFile         *file,
                         GCancellable  *cancellable,
                         GError       **error)
{
  return ama_review_save_to_file_full (self, file, AMA_SAVE_FLAGS_NONE, cancellable, error);
}

/**
 * ama_review_save_to_file_full:
 * @self: a #AmaReview
 * @file: where to save
 * @flags: options, e.g. %AMA_SAVE_FLAGS_BACKUP
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves the review as JSON, like [method@Ama.Review.save_to_file], with
 * options. With %AMA_SAVE_FLAGS_BACKUP the previous version is kept as
 * `FILE~` once the new one is safely written; a failed save changes
 * neither the file nor its backup.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
ama_review_save_to_file_full (AmaReview     *self,
                              GFile         *file,
                              AmaSaveFlags   flags,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (AMA_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = ama_review_to_data (self, &length);

  /* Whatever saves must load (issue 20, item 4): an edit through the
   * API (a negative weight, a score left naming a renamed option, a
   * duplicate id) used to save, and the file was then refused by the
   * loader. The loader's own rules are the check: a document it would
   * refuse is not written, and the error says why and where. */
  {
    g_autoptr(GError) load_error = NULL;
    g_autoptr(AmaReview) again = ama_review_new_from_data (data, (gssize) length, &load_error);

    if (again == NULL)
      {
        g_autofree char *name = g_file_get_parse_name (file);

        g_set_error (error, AMA_ERROR, load_error->code,
                     "%s: not saved: the review would not load again: %s", name, load_error->message);
        return FALSE;
      }
  }
  return _ama_json_save_data (file, data, length, (flags & AMA_SAVE_FLAGS_BACKUP) != 0, cancellable, error);
}

typedef struct
{
  GFile        *file;
  AmaSaveFlags  flags;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_free (save);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (!ama_review_save_to_file_full (source_object, save->file, save->flags, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
save_async (AmaReview           *self,
            GFile               *file,
            AmaSaveFlags         flags,
            int                  io_priority,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data,
            gpointer             source_tag)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save = g_new0 (SaveData, 1);

  save->file = g_object_ref (file);
  save->flags = flags;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_priority (task, io_priority);
  g_task_set_task_data (task, save, save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * ama_review_save_to_file_full_async:
 * @self: a #AmaReview
 * @file: where to save
 * @flags: options, e.g. %AMA_SAVE_FLAGS_BACKUP
 * @io_priority: the I/O priority, e.g. %G_PRIORITY_DEFAULT
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the review is saved
 * @user_data: data for @callback
 *
 * Saves the review in a worker thread; see
 * [method@Ama.Review.save_to_file_full]. Do not change the review until
 * @callback runs. Finish with [method@Ama.Review.save_to_file_full_finish].
 *
 * Since: 1.0
 */
void
ama_review_save_to_file_full_async (AmaReview           *self,
                                    GFile               *file,
                                    AmaSaveFlags         flags,
                                    int                  io_priority,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  save_async (self, file, flags, io_priority, cancellable, callback, user_data,
              ama_review_save_to_file_full_async);
}

/**
 * ama_review_save_to_file_full_finish:
 * @self: a #AmaReview
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.Review.save_to_file_full_async].
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
ama_review_save_to_file_full_finish (AmaReview     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ama_review_save_to_file_full_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ama_review_save_to_file_async:
 * @self: a #AmaReview
 * @file: where to save
 * @io_priority: the I/O priority, e.g. %G_PRIORITY_DEFAULT
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the review is saved
 * @user_data: data for @callback
 *
 * Saves the review in a worker thread; see
 * [method@Ama.Review.save_to_file]. Do not change the review until
 * @callback runs.
 *
 * Since: 1.0
 */
void
ama_review_save_to_file_async (AmaReview           *self,
                               GFile               *file,
                               int                  io_priority,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (AMA_IS_REVIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  save_async (self, file, AMA_SAVE_FLAGS_NONE, io_priority, cancellable, callback, user_data,
              ama_review_save_to_file_async);
}

/**
 * ama_review_save_to_file_finish:
 * @self: a #AmaReview
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.Review.save_to_file_async].
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
ama_review_save_to_file_finish (AmaReview     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
