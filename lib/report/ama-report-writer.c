/* ama-report-writer.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-report-writer.h"
#include "ama-appraisal-smaa-result.h"
#include "ama-enum-types.h"
#include "ama-error.h"
#include "ama-review.h"
#include "ama-report-private.h"
#include "ama-util-private.h"
#include "ama-json-private.h"

/**
 * AmaReportWriter:
 *
 * Writes reviews as documents people read: an HTML report, Markdown, the
 * response table as CSV or TSV, or an iCalendar file of meetings and
 * deadlines.
 *
 * A writer holds the options (the format and the date progress is
 * reported "as of"); the same writer can write any number of reviews.
 *
 * ```python
 * writer = Ama.ReportWriter.new(Ama.ReportFormat.HTML)
 * writer.props.as_of = GLib.DateTime.new_utc(2018, 3, 31, 0, 0, 0)
 * writer.write_file(review, Gio.File.new_for_path("report.html"), None)
 * ```
 *
 * Every text from a document is escaped for the output format: the HTML
 * report runs no script whatever a recommendation contains, Markdown
 * tables keep their shape, and spreadsheet cells that would start a
 * formula are neutralised (see [func@Ama.report_neutralise_cell]); the
 * importer removes the guard again when it reads such a table back.
 *
 * Since: 1.0
 */

struct _AmaReportWriter
{
  GObject parent_instance;

  AmaReportFormat format;
  GDateTime *as_of;
  AmaAppraisalSmaaResult *smaa_result;
};

G_DEFINE_FINAL_TYPE (AmaReportWriter, ama_report_writer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_AS_OF,
  PROP_SMAA_RESULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_report_writer_finalize (GObject *object)
{
  AmaReportWriter *self = (AmaReportWriter *)object;

  g_clear_pointer (&self->as_of, g_date_time_unref);
  g_clear_object (&self->smaa_result);

  G_OBJECT_CLASS (ama_report_writer_parent_class)->finalize (object);
}

static void
ama_report_writer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AmaReportWriter *self = AMA_REPORT_WRITER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;
    case PROP_AS_OF:
      g_value_set_boxed (value, self->as_of);
      break;
    case PROP_SMAA_RESULT:
      g_value_set_object (value, self->smaa_result);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_report_writer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AmaReportWriter *self = AMA_REPORT_WRITER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      ama_report_writer_set_format (self, g_value_get_enum (value));
      break;
    case PROP_AS_OF:
      ama_report_writer_set_as_of (self, g_value_get_boxed (value));
      break;
    case PROP_SMAA_RESULT:
      ama_report_writer_set_smaa_result (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_report_writer_class_init (AmaReportWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_report_writer_finalize;
  object_class->get_property = ama_report_writer_get_property;
  object_class->set_property = ama_report_writer_set_property;

  /**
   * AmaReportWriter:format:
   *
   * What the writer writes.
   *
   * Since: 1.0
   */
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       AMA_TYPE_REPORT_FORMAT,
                       AMA_REPORT_FORMAT_HTML,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AmaReportWriter:as-of:
   *
   * The date progress is reported as of: progress updates after it are
   * not counted, and an action due before it and not closed is marked
   * overdue. In iCalendar output it is also the `DTSTAMP`.
   *
   * When %NULL (the default), every update counts, nothing is marked
   * overdue and the iCalendar `DTSTAMP` is the newest date in the
   * review, so the output depends on the input alone (the library reads
   * no clock).
   *
   * Since: 1.0
   */
  properties[PROP_AS_OF] =
    g_param_spec_boxed ("as-of", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AmaReportWriter:smaa-result:
   *
   * The result of a stochastic multicriteria acceptability analysis
   * ([class@Ama.AppraisalSmaa]) to show in the HTML report: each option's
   * rank acceptability, as a chart and a table, in the part of the review
   * whose appraisal has the analysed options. %NULL (the default) shows
   * none; the library never runs an analysis on its own while writing.
   *
   * Since: 1.0
   */
  properties[PROP_SMAA_RESULT] =
    g_param_spec_object ("smaa-result", NULL, NULL,
                         AMA_TYPE_APPRAISAL_SMAA_RESULT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_report_writer_init (AmaReportWriter *self)
{
  self->format = AMA_REPORT_FORMAT_HTML;
}

/**
 * ama_report_writer_new:
 * @format: what to write
 *
 * Creates a writer of @format.
 *
 * Returns: (transfer full): a new writer
 *
 * Since: 1.0
 */
AmaReportWriter *
ama_report_writer_new (AmaReportFormat format)
{
  return g_object_new (AMA_TYPE_REPORT_WRITER, "format", format, NULL);
}

/**
 * ama_report_writer_get_format:
 * @self: a writer
 *
 * Gets what the writer writes.
 *
 * Returns: the format
 *
 * Since: 1.0
 */
AmaReportFormat
ama_report_writer_get_format (AmaReportWriter *self)
{
  g_return_val_if_fail (AMA_IS_REPORT_WRITER (self), AMA_REPORT_FORMAT_HTML);

  return self->format;
}

/**
 * ama_report_writer_set_format:
 * @self: a writer
 * @format: what to write
 *
 * Sets what the writer writes.
 *
 * Since: 1.0
 */
void
ama_report_writer_set_format (AmaReportWriter *self,
                              AmaReportFormat  format)
{
  g_return_if_fail (AMA_IS_REPORT_WRITER (self));
  g_return_if_fail (format <= AMA_REPORT_FORMAT_XLSX);

  if (self->format == format)
    return;
  self->format = format;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

/**
 * ama_report_writer_get_as_of:
 * @self: a writer
 *
 * Gets the date progress is reported as of.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 *
 * Since: 1.0
 */
GDateTime *
ama_report_writer_get_as_of (AmaReportWriter *self)
{
  g_return_val_if_fail (AMA_IS_REPORT_WRITER (self), NULL);

  return self->as_of;
}

/**
 * ama_report_writer_set_as_of:
 * @self: a writer
 * @as_of: (nullable): the date, or %NULL to count every update and
 *   mark nothing overdue
 *
 * Sets the date progress is reported as of; see [property@Ama.ReportWriter:as-of].
 *
 * Since: 1.0
 */
void
ama_report_writer_set_as_of (AmaReportWriter *self,
                             GDateTime       *as_of)
{
  g_return_if_fail (AMA_IS_REPORT_WRITER (self));

  if (_ama_set_date (&self->as_of, as_of))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

/**
 * ama_report_writer_get_smaa_result:
 * @self: a writer
 *
 * Gets the analysis whose rank acceptability the HTML report shows.
 *
 * Returns: (transfer none) (nullable): the result, or %NULL
 *
 * Since: 1.0
 */
AmaAppraisalSmaaResult *
ama_report_writer_get_smaa_result (AmaReportWriter *self)
{
  g_return_val_if_fail (AMA_IS_REPORT_WRITER (self), NULL);

  return self->smaa_result;
}

/**
 * ama_report_writer_set_smaa_result:
 * @self: a writer
 * @smaa_result: (nullable): the result of [method@Ama.AppraisalSmaa.run],
 *   or %NULL
 *
 * Sets the analysis whose rank acceptability the HTML report shows; see
 * [property@Ama.ReportWriter:smaa-result].
 *
 * Since: 1.0
 */
void
ama_report_writer_set_smaa_result (AmaReportWriter        *self,
                                   AmaAppraisalSmaaResult *smaa_result)
{
  g_return_if_fail (AMA_IS_REPORT_WRITER (self));
  g_return_if_fail (smaa_result == NULL || AMA_IS_APPRAISAL_SMAA_RESULT (smaa_result));

  if (g_set_object (&self->smaa_result, smaa_result))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SMAA_RESULT]);
}

static GBytes *
render (AmaReportWriter *self,
        GListModel      *reviews,
        GError         **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  AmaReportContext ctx = { self->as_of, self->smaa_result };
  gboolean ok = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (reviews, i);

      if (!AMA_IS_REVIEW (item))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       "item %u of the list is a %s, not an AmaReview",
                       i, G_OBJECT_TYPE_NAME (item));
          return NULL;
        }
    }

  switch (self->format)
    {
    case AMA_REPORT_FORMAT_HTML:
      ok = _ama_report_html (out, reviews, &ctx, error);
      break;
    case AMA_REPORT_FORMAT_MARKDOWN:
      ok = _ama_report_markdown (out, reviews, &ctx, error);
      break;
    case AMA_REPORT_FORMAT_CSV:
    case AMA_REPORT_FORMAT_TSV:
    case AMA_REPORT_FORMAT_XLSX:
      {
        g_autoptr(AmaReview) review = NULL;
        const char *name = self->format == AMA_REPORT_FORMAT_CSV ? "CSV"
                         : self->format == AMA_REPORT_FORMAT_TSV ? "TSV" : "XLSX";

        /* A response table is one review's: rows from several would lose
         * which review each came from. */
        if (g_list_model_get_n_items (reviews) != 1)
          {
            g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                         "a %s response table holds exactly one review, not %u",
                         name, g_list_model_get_n_items (reviews));
            return NULL;
          }
        review = g_list_model_get_item (reviews, 0);
        if (self->format == AMA_REPORT_FORMAT_XLSX)
          ok = _ama_report_xlsx (out, review, &ctx, error);
        else
          ok = _ama_report_table (out, review, self->format == AMA_REPORT_FORMAT_CSV ? ',' : '\t',
                                  &ctx, error);
      }
      break;
    case AMA_REPORT_FORMAT_ICALENDAR:
      ok = _ama_report_icalendar (out, reviews, &ctx, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return NULL;
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static GListModel *
single (AmaReview *review)
{
  GListStore *store = g_list_store_new (AMA_TYPE_REVIEW);

  g_list_store_append (store, review);
  return G_LIST_MODEL (store);
}

/**
 * ama_report_writer_write_reviews:
 * @self: a writer
 * @reviews: a list of [class@Ama.Review]
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @reviews to @stream as one document: one HTML page or Markdown
 * file with a part per review, or one calendar. A CSV or TSV response
 * table holds exactly one review (anything else is %AMA_ERROR_INVALID).
 * The stream is not closed.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
ama_report_writer_write_reviews (AmaReportWriter *self,
                                 GListModel      *reviews,
                                 GOutputStream   *stream,
                                 GCancellable    *cancellable,
                                 GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (AMA_IS_REPORT_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (reviews), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  bytes = render (self, reviews, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  return g_output_stream_write_all (stream, data, len, NULL, cancellable, error);
}

/**
 * ama_report_writer_write:
 * @self: a writer
 * @review: the review
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @review to @stream. The stream is not closed.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
ama_report_writer_write (AmaReportWriter *self,
                         AmaReview       *review,
                         GOutputStream   *stream,
                         GCancellable    *cancellable,
                         GError         **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (AMA_IS_REVIEW (review), FALSE);

  list = single (review);
  return ama_report_writer_write_reviews (self, list, stream, cancellable, error);
}

/**
 * ama_report_writer_write_bytes:
 * @self: a writer
 * @review: the review
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @review into memory.
 *
 * Returns: (transfer full): the document (UTF-8 text), or %NULL on error
 *
 * Since: 1.0
 */
GBytes *
ama_report_writer_write_bytes (AmaReportWriter *self,
                               AmaReview       *review,
                               GCancellable    *cancellable,
                               GError         **error)
{
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (AMA_IS_REPORT_WRITER (self), NULL);
  g_return_val_if_fail (AMA_IS_REVIEW (review), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  list = single (review);
  return render (self, list, error);
}

/**
 * ama_report_writer_write_file:
 * @self: a writer
 * @review: the review
 * @file: the file to (over)write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @review to @file. The file is replaced atomically: on any
 * error the previous contents stay as they were.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
ama_report_writer_write_file (AmaReportWriter *self,
                              AmaReview       *review,
                              GFile           *file,
                              GCancellable    *cancellable,
                              GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ama_report_writer_write_bytes (self, review, cancellable, error);
  if (bytes == NULL)
    return FALSE;
  /* The library's safe save: g_file_replace_contents() renamed the
   * partial file over the old one when a write failed (a full disk). */
  return _ama_json_save_data (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              FALSE, cancellable, error);
}

static void
write_file_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GBytes *bytes = task_data;
  GFile *file = g_object_get_data (G_OBJECT (task), "ama-file");
  GError *error = NULL;

  if (!_ama_json_save_data (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            FALSE, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ama_report_writer_write_file_async:
 * @self: a writer
 * @review: the review
 * @file: the file to (over)write
 * @io_priority: the I/O priority of the request, e.g. %G_PRIORITY_DEFAULT
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the file is written
 * @user_data: data for @callback
 *
 * Writes @review to @file without blocking on the file system; see
 * [method@Ama.ReportWriter.write_file]. The document is composed at
 * once, in the calling thread (the review is read only there, so it may
 * be changed as soon as this returns); only the writing is asynchronous.
 * Call [method@Ama.ReportWriter.write_file_finish] from @callback.
 *
 * Since: 1.0
 */
void
ama_report_writer_write_file_async (AmaReportWriter     *self,
                                    AmaReview           *review,
                                    GFile               *file,
                                    int                  io_priority,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  g_return_if_fail (AMA_IS_REPORT_WRITER (self));
  g_return_if_fail (AMA_IS_REVIEW (review));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ama_report_writer_write_file_async);
  g_task_set_priority (task, io_priority);

  bytes = ama_report_writer_write_bytes (self, review, cancellable, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Written in a worker thread by the same safe save as write_file(). */
  g_object_set_data_full (G_OBJECT (task), "ama-file", g_object_ref (file), g_object_unref);
  g_task_set_task_data (task, g_steal_pointer (&bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, write_file_thread);
}

/**
 * ama_report_writer_write_file_finish:
 * @self: a writer
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.ReportWriter.write_file_async].
 *
 * Returns: %TRUE when the file was written; %FALSE with @error set
 *   (%AMA_ERROR_IO naming the file, or %G_IO_ERROR_CANCELLED)
 *
 * Since: 1.0
 */
gboolean
ama_report_writer_write_file_finish (AmaReportWriter  *self,
                                     GAsyncResult     *result,
                                     GError          **error)
{
  g_return_val_if_fail (AMA_IS_REPORT_WRITER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ama_report_writer_write_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ama_report_format_from_string:
 * @name: a format name: `html`, `markdown` (or `md`), `csv`, `tsv`,
 *   `icalendar` (or `ics`), `xlsx`
 * @format: (out): the format
 *
 * Looks a format up by its name, as a command line gives it.
 *
 * Returns: %TRUE if @name names a format
 *
 * Since: 1.0
 */
gboolean
ama_report_format_from_string (const char      *name,
                               AmaReportFormat *format)
{
  GEnumClass *klass;
  GEnumValue *v;

  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "md") == 0)
    name = "markdown";
  else if (g_ascii_strcasecmp (name, "ics") == 0 || g_ascii_strcasecmp (name, "ical") == 0)
    name = "icalendar";

  klass = g_type_class_ref (AMA_TYPE_REPORT_FORMAT);
  v = g_enum_get_value_by_nick (klass, name);
  if (v != NULL)
    *format = v->value;
  g_type_class_unref (klass);
  return v != NULL;
}

/**
 * ama_report_format_to_string:
 * @format: a format
 *
 * Gets the stable name of @format (the enum nick).
 *
 * Returns: (transfer none): the name, such as `html`
 *
 * Since: 1.0
 */
const char *
ama_report_format_to_string (AmaReportFormat format)
{
  static const char *names[] = { "html", "markdown", "csv", "tsv", "icalendar" };

  g_return_val_if_fail (format < G_N_ELEMENTS (names), NULL);
  return names[format];
}
