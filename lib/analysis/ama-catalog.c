/* ama-catalog.c: many reviews, asked the same questions at once
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-diagnostic.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-person.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-response-clock.h"
#include "ama-tracking-item.h"
#include "ama-tracking-summary.h"
#include "ama-validator.h"
#include "ama-catalog.h"
#include "ama-analysis-private.h"
#include "ama-tracker-private.h"

/**
 * AmaCatalog:
 *
 * A list of [class@Ama.Review]s, typically every review document in a
 * folder, that answers tracking and validation questions across all of
 * them: "what is overdue on 1 April 2018, and who owns it?"
 *
 * A catalog is a [iface@Gio.ListModel] of reviews, so it can back a GTK
 * list view directly; [method@Ama.Catalog.add_review],
 * [method@Ama.Catalog.remove_review] and loading emit
 * [signal@Gio.ListModel::items-changed].
 *
 * ```python
 * catalog = Ama.Catalog.new()
 * catalog.load_folder(Gio.File.new_for_path("reviews"), None)
 * as_of = GLib.DateTime.new_utc(2018, 4, 1, 0, 0, 0)
 * for item in catalog.get_overdue(as_of, None):
 *     print(item.props.officer_name, item.props.reason)
 * ```
 *
 * Since: 1.0
 */

struct _AmaCatalog
{
  GObject     parent_instance;

  GPtrArray  *reviews;      /* of AmaReview, owned */
  GHashTable *files;        /* AmaReview* → GFile*, for reviews loaded from disk */
  GListStore *diagnostics;  /* of AmaDiagnostic: the last load's findings */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AmaCatalog, ama_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_DIAGNOSTICS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
ama_catalog_get_item_type (GListModel *model)
{
  return AMA_TYPE_REVIEW;
}

static guint
ama_catalog_get_n_items (GListModel *model)
{
  return AMA_CATALOG (model)->reviews->len;
}

static gpointer
ama_catalog_get_item (GListModel *model,
                      guint       position)
{
  AmaCatalog *self = AMA_CATALOG (model);

  if (position >= self->reviews->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->reviews, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ama_catalog_get_item_type;
  iface->get_n_items = ama_catalog_get_n_items;
  iface->get_item = ama_catalog_get_item;
}

/* As gliststore.c does: the signal first, so handlers see the new
 * contents, then the property. */
static void
items_changed (AmaCatalog *self,
               guint       position,
               guint       removed,
               guint       added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
ama_catalog_dispose (GObject *object)
{
  AmaCatalog *self = AMA_CATALOG (object);

  g_clear_pointer (&self->files, g_hash_table_unref);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);
  g_clear_object (&self->diagnostics);

  G_OBJECT_CLASS (ama_catalog_parent_class)->dispose (object);
}

static void
ama_catalog_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AmaCatalog *self = AMA_CATALOG (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->reviews->len);
      break;

    case PROP_DIAGNOSTICS:
      g_value_set_object (value, self->diagnostics);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_catalog_class_init (AmaCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_catalog_dispose;
  object_class->get_property = ama_catalog_get_property;

  /**
   * AmaCatalog:n-items:
   *
   * The number of reviews in the catalog.
   *
   * Since: 1.0
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaCatalog:diagnostics:
   *
   * What the most recent [method@Ama.Catalog.load_folder] found wrong:
   * one [class@Ama.Diagnostic] (code `catalog-file-invalid`, severity
   * error, path the file's path) per file that could not be loaded.
   *
   * Since: 1.0
   */
  properties[PROP_DIAGNOSTICS] =
    g_param_spec_object ("diagnostics", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_catalog_init (AmaCatalog *self)
{
  self->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  self->files = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->diagnostics = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
}

/**
 * ama_catalog_new:
 *
 * Creates an empty catalog.
 *
 * Returns: (transfer full): a new #AmaCatalog
 *
 * Since: 1.0
 */
AmaCatalog *
ama_catalog_new (void)
{
  return g_object_new (AMA_TYPE_CATALOG, NULL);
}

/**
 * ama_catalog_add_review:
 * @self: a #AmaCatalog
 * @review: the review to add
 *
 * Appends a review. Adding a review that is already in the catalog does
 * nothing.
 *
 * Since: 1.0
 */
void
ama_catalog_add_review (AmaCatalog *self,
                        AmaReview  *review)
{
  g_return_if_fail (AMA_IS_CATALOG (self));
  g_return_if_fail (AMA_IS_REVIEW (review));

  if (g_ptr_array_find (self->reviews, review, NULL))
    return;
  g_ptr_array_add (self->reviews, g_object_ref (review));
  items_changed (self, self->reviews->len - 1, 0, 1);
}

/**
 * ama_catalog_remove_review:
 * @self: a #AmaCatalog
 * @review: the review to remove
 *
 * Removes a review.
 *
 * Returns: %TRUE if @review was in the catalog
 *
 * Since: 1.0
 */
gboolean
ama_catalog_remove_review (AmaCatalog *self,
                           AmaReview  *review)
{
  guint position;

  g_return_val_if_fail (AMA_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (AMA_IS_REVIEW (review), FALSE);

  if (!g_ptr_array_find (self->reviews, review, &position))
    return FALSE;
  g_hash_table_remove (self->files, review);
  g_ptr_array_remove_index (self->reviews, position);
  items_changed (self, position, 1, 0);
  return TRUE;
}

/**
 * ama_catalog_find_review:
 * @self: a #AmaCatalog
 * @id: a review id
 *
 * Finds the first review whose [property@Ama.Review:id] is @id.
 *
 * Returns: (transfer none) (nullable): the review, or %NULL
 *
 * Since: 1.0
 */
AmaReview *
ama_catalog_find_review (AmaCatalog *self,
                         const char *id)
{
  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->reviews->len; i++)
    if (g_strcmp0 (ama_review_get_id (self->reviews->pdata[i]), id) == 0)
      return self->reviews->pdata[i];
  return NULL;
}

/**
 * ama_catalog_get_file:
 * @self: a #AmaCatalog
 * @review: a review in the catalog
 *
 * Gets the file a review was loaded from.
 *
 * Returns: (transfer none) (nullable): the file, or %NULL when the
 *   review was added in memory
 *
 * Since: 1.0
 */
GFile *
ama_catalog_get_file (AmaCatalog *self,
                      AmaReview  *review)
{
  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (AMA_IS_REVIEW (review), NULL);

  return g_hash_table_lookup (self->files, review);
}

/**
 * ama_catalog_get_diagnostics:
 * @self: a #AmaCatalog
 *
 * Gets the [property@Ama.Catalog:diagnostics].
 *
 * Returns: (transfer none): a list of [class@Ama.Diagnostic]s
 *
 * Since: 1.0
 */
GListModel *
ama_catalog_get_diagnostics (AmaCatalog *self)
{
  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */
/* ------------------------------------------------------------------ */

typedef struct
{
  GFile     *folder;
  GPtrArray *reviews;      /* AmaReview */
  GPtrArray *files;        /* GFile, parallel to @reviews */
  GPtrArray *diagnostics;  /* AmaDiagnostic */
} LoadResult;

static void
load_result_free (LoadResult *r)
{
  g_clear_object (&r->folder);
  g_ptr_array_unref (r->reviews);
  g_ptr_array_unref (r->files);
  g_ptr_array_unref (r->diagnostics);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
display_path (GFile *file)
{
  char *path = g_file_get_path (file);
  return path ? path : g_file_get_uri (file);
}

/* Reads every "*.json" file of @folder, in name order. A file that
 * cannot be read or is not a valid review becomes a diagnostic and the
 * load goes on: one bad document must not hide a folder of good ones.
 * Only an unreadable folder or cancellation fails the whole load. */
static LoadResult *
load_folder_sync (GFile         *folder,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *folder_name = display_path (folder);

  result->folder = g_object_ref (folder);
  result->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  result->files = g_ptr_array_new_with_free_func (g_object_unref);
  result->diagnostics = g_ptr_array_new_with_free_func (g_object_unref);

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NONE,
                                        cancellable, &local_error);
  if (children == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, AMA_ERROR, AMA_ERROR_IO,
                     "Cannot read the folder “%s”: %s", folder_name, local_error->message);
      return NULL;
    }

  for (;;)
    {
      GFileInfo *info = NULL;
      const char *name;

      if (!g_file_enumerator_iterate (children, &info, NULL, cancellable, &local_error))
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, AMA_ERROR, AMA_ERROR_IO,
                         "Cannot list the folder “%s”: %s", folder_name, local_error->message);
          return NULL;
        }
      if (info == NULL)
        break;
      name = g_file_info_get_name (info);
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR &&
          g_file_info_get_file_type (info) != G_FILE_TYPE_SYMBOLIC_LINK)
        continue;
      if (!g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".JSON"))
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }

  /* Directory order is arbitrary; name order makes results repeatable. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (folder, names->pdata[i]);
      g_autoptr(GError) file_error = NULL;
      g_autoptr(AmaReview) review = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      review = ama_review_new_from_file (file, cancellable, &file_error);
      if (review != NULL)
        {
          g_ptr_array_add (result->reviews, g_steal_pointer (&review));
          g_ptr_array_add (result->files, g_steal_pointer (&file));
        }
      else if (g_error_matches (file_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&file_error));
          return NULL;
        }
      else
        {
          g_autofree char *path = display_path (file);
          AmaDiagnostic *diag = ama_diagnostic_new (AMA_SEVERITY_ERROR,
                                                    "catalog-file-invalid",
                                                    file_error->message);
          ama_diagnostic_set_path (diag, path);
          g_ptr_array_add (result->diagnostics, diag);
        }
    }

  return g_steal_pointer (&result);
}

static int
find_file (AmaCatalog *self,
           GFile      *file)
{
  for (guint i = 0; i < self->reviews->len; i++)
    {
      GFile *known = g_hash_table_lookup (self->files, self->reviews->pdata[i]);
      if (known != NULL && g_file_equal (known, file))
        return (int) i;
    }
  return -1;
}

static void
apply_load (AmaCatalog *self,
            LoadResult *result)
{
  guint position = self->reviews->len;
  guint added = 0;

  g_list_store_remove_all (self->diagnostics);
  for (guint i = 0; i < result->diagnostics->len; i++)
    g_list_store_append (self->diagnostics, result->diagnostics->pdata[i]);

  for (guint i = 0; i < result->reviews->len; i++)
    {
      AmaReview *review = result->reviews->pdata[i];
      GFile *file = result->files->pdata[i];
      int known = find_file (self, file);

      if (known >= 0)
        {
          /* Loading a folder again refreshes it: a file already in the
           * catalog is replaced in place, never counted twice. */
          AmaReview *old = self->reviews->pdata[known];

          g_hash_table_remove (self->files, old);
          self->reviews->pdata[known] = g_object_ref (review);
          g_object_unref (old);
          g_hash_table_insert (self->files, review, g_object_ref (file));
          items_changed (self, known, 1, 1);
          continue;
        }

      g_ptr_array_add (self->reviews, g_object_ref (review));
      g_hash_table_insert (self->files, review, g_object_ref (file));
      added++;
    }

  /* New files arrive in one signal: a view re-lays out once. */
  if (added > 0)
    items_changed (self, position, 0, added);

  /* A review loaded from this folder before whose file is now gone, or
   * no longer a valid review (reported above), leaves the catalog: a
   * refresh must not keep answering from stale data. */
  for (guint i = self->reviews->len; i-- > 0;)
    {
      AmaReview *review = self->reviews->pdata[i];
      GFile *file = g_hash_table_lookup (self->files, review);
      g_autoptr(GFile) parent = file ? g_file_get_parent (file) : NULL;
      gboolean loaded = FALSE;

      if (parent == NULL || !g_file_equal (parent, result->folder))
        continue;
      for (guint k = 0; k < result->files->len && !loaded; k++)
        loaded = g_file_equal (result->files->pdata[k], file);
      if (loaded)
        continue;
      if (!g_file_query_exists (file, NULL))
        {
          g_autofree char *path = display_path (file);
          g_autoptr(AmaDiagnostic) diag = ama_diagnostic_new (AMA_SEVERITY_INFO, "catalog-file-removed",
                                                              "the file is gone; its review left the catalog");

          ama_diagnostic_set_path (diag, path);
          g_list_store_append (self->diagnostics, diag);
        }
      g_hash_table_remove (self->files, review);
      g_ptr_array_remove_index (self->reviews, i);
      items_changed (self, i, 1, 0);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIAGNOSTICS]);
}

/**
 * ama_catalog_load_folder:
 * @self: a #AmaCatalog
 * @folder: a folder of review documents
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Loads every `*.json` file in @folder (not its subfolders), in name
 * order, and appends the reviews to the catalog with a single
 * [signal@Gio.ListModel::items-changed]. A file the catalog already
 * holds (loading the same folder again) is reloaded and replaces its
 * old review in place, so a refresh never counts a review twice; a
 * review loaded from @folder before whose file is now gone (diagnostic
 * `catalog-file-removed`) or no longer a valid review leaves the
 * catalog, so a refresh never answers from stale data.
 *
 * A file that cannot be read or is not a valid review document does not
 * stop the load: it is reported in [property@Ama.Catalog:diagnostics]
 * (code `catalog-file-invalid`, path the file's path, message the
 * loader's error, which names the place in the file) and the other
 * files are still loaded. The diagnostics are replaced at each load.
 *
 * Returns: %TRUE when the folder was read, even if some files were
 *   bad; %FALSE with @error set (%AMA_ERROR_IO, or %G_IO_ERROR_CANCELLED)
 *   when the folder cannot be listed or the load was cancelled, in
 *   which case nothing is added
 *
 * Since: 1.0
 */
gboolean
ama_catalog_load_folder (AmaCatalog    *self,
                         GFile         *folder,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(LoadResult) result = NULL;

  g_return_val_if_fail (AMA_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  result = load_folder_sync (folder, cancellable, error);
  if (result == NULL)
    return FALSE;
  apply_load (self, result);
  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LoadResult *result = load_folder_sync (task_data, cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

/* Runs on the caller's main context: the catalog is only ever changed
 * there, so items-changed reaches views on the thread they live on. */
static void
load_thread_done (GObject      *source_object,
                  GAsyncResult *inner,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AmaCatalog *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(LoadResult) result = g_task_propagate_pointer (G_TASK (inner), &error);

  if (result == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  apply_load (self, result);
  g_task_return_boolean (task, TRUE);
}

/**
 * ama_catalog_load_folder_async:
 * @self: a #AmaCatalog
 * @folder: a folder of review documents
 * @io_priority: the I/O priority, e.g. %G_PRIORITY_DEFAULT
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async) (closure user_data): called when done
 * @user_data: data for @callback
 *
 * Loads a folder as [method@Ama.Catalog.load_folder] does, reading and
 * parsing in a worker thread. The reviews are added, and
 * [signal@Gio.ListModel::items-changed] emitted, on the thread-default
 * main context of the caller just before @callback runs. Finish with
 * [method@Ama.Catalog.load_folder_finish].
 *
 * Since: 1.0
 */
void
ama_catalog_load_folder_async (AmaCatalog          *self,
                               GFile               *folder,
                               int                  io_priority,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) inner = NULL;

  g_return_if_fail (AMA_IS_CATALOG (self));
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ama_catalog_load_folder_async);
  g_task_set_priority (task, io_priority);

  inner = g_task_new (NULL, cancellable, load_thread_done, g_steal_pointer (&task));
  g_task_set_priority (inner, io_priority);
  g_task_set_task_data (inner, g_object_ref (folder), g_object_unref);
  g_task_run_in_thread (inner, load_thread);
}

/**
 * ama_catalog_load_folder_finish:
 * @self: a #AmaCatalog
 * @result: the #GAsyncResult passed to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.Catalog.load_folder_async].
 *
 * Returns: %TRUE when the folder was read (bad files are in
 *   [property@Ama.Catalog:diagnostics]), %FALSE with @error set otherwise
 *
 * Since: 1.0
 */
gboolean
ama_catalog_load_folder_finish (AmaCatalog    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (AMA_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ama_catalog_load_folder_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ------------------------------------------------------------------ */
/* Questions across reviews                                            */
/* ------------------------------------------------------------------ */

typedef struct
{
  char  *spelling;
  guint  count;
  int    score;
  char  *source;    /* where it was first used */
} Spelling;

static void
spelling_free (gpointer data)
{
  Spelling *sp = data;
  g_free (sp->spelling);
  g_free (sp->source);
  g_free (sp);
}

static const char *
officer_name_at (AmaRecommendation *rec)
{
  AmaResponse *response = ama_recommendation_get_response (rec);
  AmaPerson *officer = response ? ama_response_get_officer (response) : NULL;

  return officer ? ama_person_get_name (officer) : NULL;
}

/* key → the most plausible spelling of an officer across all reviews. */
static GHashTable *
catalog_spellings (AmaCatalog  *self,
                   char       **sources)
{
  GHashTable *best = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, spelling_free);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->reviews->len; i++)
    {
      GListModel *recs = ama_review_get_recommendations (self->reviews->pdata[i]);

      for (guint j = 0; j < g_list_model_get_n_items (recs); j++)
        {
          g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, j);
          const char *name = officer_name_at (rec);
          g_autofree char *key = _ama_name_key (name);
          guint count;
          Spelling *current;
          int score;

          if (key == NULL)
            continue;
          count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1;
          g_hash_table_replace (counts, g_strdup (name), GUINT_TO_POINTER (count));
          score = (-_ama_name_penalty (name));
          current = g_hash_table_lookup (best, key);
          if (current != NULL && g_strcmp0 (current->spelling, name) == 0)
            current->count = count;
          else if (current == NULL || score > current->score ||
                   (score == current->score && count > current->count))
            {
              Spelling *sp = g_new0 (Spelling, 1);
              sp->spelling = g_strdup (name);
              sp->count = count;
              sp->score = score;
              sp->source = g_strdup (sources[i]);
              g_hash_table_replace (best, g_steal_pointer (&key), sp);
            }
        }
    }
  return best;
}

/**
 * ama_catalog_validate:
 * @self: a #AmaCatalog
 * @as_of: (nullable): as for [method@Ama.Review.validate]
 *
 * Validates every review, as [method@Ama.Review.validate] does, and
 * compares officers' names across reviews too: an officer written
 * "lan Thomas" in one review and "Ian Thomas" in another is reported
 * with `officer-name-confusable`, as within one review.
 *
 * So that a finding can be traced to its document, each path is
 * prefixed with the review's file path (or, for a review added in
 * memory, its id, or `review[N]` for its position) and `#`:
 * `/data/rotherham.json#$.recommendations[3].response.officer.name`.
 *
 * Returns: (transfer full): a list of [class@Ama.Diagnostic]s
 *
 * Since: 1.0
 */
GListModel *
ama_catalog_validate (AmaCatalog *self,
                      GDateTime  *as_of)
{
  GListStore *out;
  g_auto(GStrv) sources = NULL;
  g_autoptr(GHashTable) spellings = NULL;

  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);

  out = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  sources = g_new0 (char *, self->reviews->len + 1);
  for (guint i = 0; i < self->reviews->len; i++)
    {
      AmaReview *review = self->reviews->pdata[i];
      GFile *file = g_hash_table_lookup (self->files, review);

      if (file != NULL)
        sources[i] = display_path (file);
      else if (!_ama_text_blank (ama_review_get_id (review)))
        sources[i] = g_strdup (ama_review_get_id (review));
      else
        sources[i] = g_strdup_printf ("review[%u]", i);
    }
  spellings = catalog_spellings (self, sources);

  for (guint i = 0; i < self->reviews->len; i++)
    {
      AmaReview *review = self->reviews->pdata[i];
      g_autoptr(GListModel) found = ama_review_validate (review, as_of);
      g_autoptr(GHashTable) flagged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GListModel *recs = ama_review_get_recommendations (review);

      for (guint j = 0; j < g_list_model_get_n_items (found); j++)
        {
          g_autoptr(AmaDiagnostic) diag = g_list_model_get_item (found, j);
          g_autofree char *path = g_strconcat (sources[i], "#", ama_diagnostic_get_path (diag), NULL);

          if (g_strcmp0 (ama_diagnostic_get_code (diag), "officer-name-confusable") == 0)
            g_hash_table_add (flagged, g_strdup (ama_diagnostic_get_path (diag)));
          ama_diagnostic_set_path (diag, path);
          g_list_store_append (out, diag);
        }

      /* Across reviews: a spelling this review uses consistently may
       * still be a misreading of the one the other reviews use. */
      for (guint j = 0; j < g_list_model_get_n_items (recs); j++)
        {
          g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, j);
          const char *name = officer_name_at (rec);
          g_autofree char *key = _ama_name_key (name);
          g_autofree char *local = NULL;
          g_autofree char *path = NULL;
          g_autoptr(AmaDiagnostic) diag = NULL;
          g_autofree char *message = NULL;
          Spelling *best;

          if (key == NULL || (best = g_hash_table_lookup (spellings, key)) == NULL)
            continue;
          if (_ama_names_same_but_case (best->spelling, name))
            continue;
          local = g_strdup_printf ("$.recommendations[%u].response.officer.name", j);
          if (g_hash_table_contains (flagged, local))
            continue;
          path = g_strconcat (sources[i], "#", local, NULL);
          message = g_strdup_printf ("Recommendation %s: the officer “%s” looks like an OCR misreading of “%s”, used in %s",
                                     ama_recommendation_get_number (rec) ? ama_recommendation_get_number (rec) : "",
                                     name, best->spelling, best->source);
          diag = ama_diagnostic_new (ama_validation_get_severity ("officer-name-confusable"),
                                     "officer-name-confusable", message);
          ama_diagnostic_set_path (diag, path);
          g_list_store_append (out, diag);
        }
    }
  return G_LIST_MODEL (out);
}

/**
 * ama_catalog_track:
 * @self: a #AmaCatalog
 * @as_of: the date to ask about
 *
 * Tracks every recommendation of every review on @as_of, review by
 * review in catalog order; see [method@Ama.Recommendation.track].
 *
 * Returns: (transfer full): a list of [class@Ama.TrackingItem]s
 *
 * Since: 1.0
 */
GListModel *
ama_catalog_track (AmaCatalog *self,
                   GDateTime  *as_of)
{
  GListStore *out;

  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  out = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
  for (guint i = 0; i < self->reviews->len; i++)
    _ama_tracker_track_review (self->reviews->pdata[i], as_of, out);
  return G_LIST_MODEL (out);
}

/**
 * ama_catalog_get_outstanding:
 * @self: a #AmaCatalog
 * @as_of: the date to ask about
 * @officer: (nullable): only actions this officer owns, in any review;
 *   names are compared ignoring case and OCR-like confusion
 *
 * Lists the actions still open on @as_of across every review.
 *
 * Returns: (transfer full): a list of [class@Ama.TrackingItem]s
 *
 * Since: 1.0
 */
GListModel *
ama_catalog_get_outstanding (AmaCatalog *self,
                             GDateTime  *as_of,
                             const char *officer)
{
  g_autoptr(GListStore) kept = NULL;

  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  /* Only the items kept are built (see the tracker). */
  kept = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
  for (guint i = 0; i < self->reviews->len; i++)
    _ama_tracker_track_review_want (self->reviews->pdata[i], as_of, TRACK_OUTSTANDING, kept);
  if (officer == NULL)
    return G_LIST_MODEL (g_steal_pointer (&kept));
  return _ama_tracker_filter (G_LIST_MODEL (kept), FALSE, officer);
}

/**
 * ama_catalog_get_overdue:
 * @self: a #AmaCatalog
 * @as_of: the date to ask about
 * @officer: (nullable): only actions this officer owns, in any review;
 *   names are compared ignoring case and OCR-like confusion
 *
 * Answers "what is overdue on @as_of, and who owns it?" across every
 * review: each [class@Ama.TrackingItem] names its review, officer, due
 * date, days overdue and the reason.
 *
 * Returns: (transfer full): a list of [class@Ama.TrackingItem]s
 *
 * Since: 1.0
 */
GListModel *
ama_catalog_get_overdue (AmaCatalog *self,
                         GDateTime  *as_of,
                         const char *officer)
{
  g_autoptr(GListStore) kept = NULL;

  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  /* Only the items kept are built (see the tracker). */
  kept = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
  for (guint i = 0; i < self->reviews->len; i++)
    _ama_tracker_track_review_want (self->reviews->pdata[i], as_of, TRACK_OVERDUE, kept);
  if (officer == NULL)
    return G_LIST_MODEL (g_steal_pointer (&kept));
  return _ama_tracker_filter (G_LIST_MODEL (kept), TRUE, officer);
}

/**
 * ama_catalog_group_by_officer:
 * @self: a #AmaCatalog
 * @as_of: the date to ask about
 *
 * Groups the outstanding actions of every review by officer, as
 * [method@Ama.Review.group_by_officer] does for one review: an officer
 * named in several reviews has one list.
 *
 * Returns: (transfer full): a list of [class@Ama.OfficerActions]
 *
 * Since: 1.0
 */
GListModel *
ama_catalog_group_by_officer (AmaCatalog *self,
                              GDateTime  *as_of)
{
  g_autoptr(GListModel) all = NULL;

  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  all = ama_catalog_track (self, as_of);
  return _ama_tracker_group (all);
}

/**
 * ama_catalog_summarize:
 * @self: a #AmaCatalog
 * @as_of: the date to ask about
 *
 * Counts decisions, delivery status, outstanding and overdue actions
 * across every review on @as_of.
 *
 * Returns: (transfer full): a new [class@Ama.TrackingSummary]
 *
 * Since: 1.0
 */
AmaTrackingSummary *
ama_catalog_summarize (AmaCatalog *self,
                       GDateTime  *as_of)
{
  g_autoptr(GListModel) all = NULL;

  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  all = ama_catalog_track (self, as_of);
  return _ama_tracker_summarize (all);
}

/* Overdue responses: the longest wait first (the earliest due date),
 * then by id so that the order never depends on loading. */
static int
compare_by_due (gconstpointer a,
                gconstpointer b)
{
  AmaReview *ra = *(AmaReview * const *) a;
  AmaReview *rb = *(AmaReview * const *) b;
  g_autoptr(GDateTime) da = ama_review_get_response_due (ra);
  g_autoptr(GDateTime) db = ama_review_get_response_due (rb);
  int c = g_date_time_compare (da, db);

  return c != 0 ? c : g_strcmp0 (ama_review_get_id (ra), ama_review_get_id (rb));
}

/* Late responses: the latest first, then by id. */
static int
compare_by_days_late (gconstpointer a,
                      gconstpointer b)
{
  AmaReview *ra = *(AmaReview * const *) a;
  AmaReview *rb = *(AmaReview * const *) b;
  int la = ama_review_get_response_days_late (ra);
  int lb = ama_review_get_response_days_late (rb);

  return la != lb ? (lb > la ? 1 : -1) : g_strcmp0 (ama_review_get_id (ra), ama_review_get_id (rb));
}

static GListModel *
store_of (GPtrArray *reviews)
{
  GListStore *store = g_list_store_new (AMA_TYPE_REVIEW);

  for (guint i = 0; i < reviews->len; i++)
    g_list_store_append (store, reviews->pdata[i]);
  return G_LIST_MODEL (store);
}

/**
 * ama_catalog_get_overdue_responses:
 * @self: a #AmaCatalog
 * @as_of: the date to ask about
 * @late: (out) (optional) (transfer full): the reviews whose response
 *   came late, the latest first
 *
 * Answers "which reviews are waiting for the executive's response past
 * its due date, and which responses came late?" in one call. A review is
 * waiting when [method@Ama.Review.is_response_overdue] on @as_of; its
 * response came late when [method@Ama.Review.get_response_days_late] is
 * more than zero. A review whose executive decided some recommendations
 * late and still owes a decision on others is in both lists. Reviews
 * that do not say when the executive received the report
 * ([property@Ama.Review:reported-to-executive]) have no due date and are
 * in neither.
 *
 * Returns: (transfer full): the reviews (#AmaReview) waiting past their
 *   due date, the earliest due first
 *
 * Since: 1.2
 */
GListModel *
ama_catalog_get_overdue_responses (AmaCatalog  *self,
                                   GDateTime   *as_of,
                                   GListModel **late)
{
  g_autoptr(GPtrArray) waiting = g_ptr_array_new ();
  g_autoptr(GPtrArray) came_late = g_ptr_array_new ();

  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  for (guint i = 0; i < self->reviews->len; i++)
    {
      AmaReview *review = self->reviews->pdata[i];

      if (ama_review_is_response_overdue (review, as_of))
        g_ptr_array_add (waiting, review);
      if (late != NULL && ama_review_get_response_days_late (review) > 0)
        g_ptr_array_add (came_late, review);
    }
  g_ptr_array_sort (waiting, compare_by_due);
  g_ptr_array_sort (came_late, compare_by_days_late);
  if (late != NULL)
    *late = store_of (came_late);
  return store_of (waiting);
}

/* Escalation order: the longest overdue first; then review id and
 * recommendation number, so that equal waits keep one order. */
static int
compare_escalation (gconstpointer a,
                    gconstpointer b)
{
  AmaTrackingItem *ia = *(AmaTrackingItem * const *) a;
  AmaTrackingItem *ib = *(AmaTrackingItem * const *) b;
  int da = ama_tracking_item_get_days_overdue (ia);
  int db = ama_tracking_item_get_days_overdue (ib);
  AmaReview *ra = ama_tracking_item_get_review (ia);
  AmaReview *rb = ama_tracking_item_get_review (ib);
  int c;

  if (da != db)
    return da > db ? -1 : 1;
  c = g_strcmp0 (ra ? ama_review_get_id (ra) : NULL, rb ? ama_review_get_id (rb) : NULL);
  if (c != 0)
    return c;
  return g_strcmp0 (ama_recommendation_get_number (ama_tracking_item_get_recommendation (ia)),
                    ama_recommendation_get_number (ama_tracking_item_get_recommendation (ib)));
}

/**
 * ama_catalog_get_escalations:
 * @self: a #AmaCatalog
 * @as_of: the date to ask about
 * @days: the threshold: only what is overdue by more than this many days
 *
 * What a committee escalates: the actions of every review overdue on
 * @as_of by more than @days days (see [method@Ama.Catalog.get_overdue]),
 * the oldest first — the most days overdue, then by review id and
 * recommendation number. Each [class@Ama.TrackingItem] names its review
 * and officer, so grouping by either keeps this order within the group.
 *
 * Returns: (transfer full): a list of [class@Ama.TrackingItem]s
 *
 * Since: 1.2
 */
GListModel *
ama_catalog_get_escalations (AmaCatalog *self,
                             GDateTime  *as_of,
                             guint       days)
{
  g_autoptr(GListModel) overdue = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *out;

  g_return_val_if_fail (AMA_IS_CATALOG (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  overdue = ama_catalog_get_overdue (self, as_of, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (overdue); i++)
    {
      AmaTrackingItem *item = g_list_model_get_item (overdue, i);

      if (ama_tracking_item_get_days_overdue (item) > (gint64) days)
        g_ptr_array_add (kept, item);
      else
        g_object_unref (item);
    }
  g_ptr_array_sort (kept, compare_escalation);
  out = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
  for (guint i = 0; i < kept->len; i++)
    g_list_store_append (out, kept->pdata[i]);
  return G_LIST_MODEL (out);
}
