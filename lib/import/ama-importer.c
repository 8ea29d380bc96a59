/* ama-importer.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-importer.h"
#include "ama-json-private.h"
#include "ama-import-private.h"
#include "ama-read-private.h"
#include "ama-import-proceedings-private.h"
#include "ama-enum-types.h"
#include "ama-util-private.h"
#include "ama-diagnostic.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-review.h"

/**
 * AmaImporter:
 *
 * Turns the documents councils publish — response tables copied out of
 * Word (TSV, CSV), text extracted from PDFs, minutes, summary sheets,
 * review annexes, ModernGov XML — into an [class@Ama.Review].
 *
 * An import never drops a fact silently: every repair the parser made
 * (a row numbered by position, a cell moved to the column its content
 * belongs to, a name read through an OCR confusion) and every piece of
 * text that fits no field is reported in [property@Ama.Importer:diagnostics],
 * which is replaced by each import. Text that fits no field is also kept
 * in the model (for instance appended to the response text under its
 * column header), so a saved review still holds it.
 *
 * How response tables are read (each repair names its diagnostic code):
 *
 * - text: a UTF-8 byte-order mark is removed (`bom-removed`), CR LF and
 *   CR become LF (`line-endings-normalised`), non-breaking spaces become
 *   spaces (`nbsp-replaced`), bytes that are not UTF-8 are read as
 *   Windows-1252 / Latin-1 and UTF-16 with a BOM is converted
 *   (`encoding-converted`); curly quotes and dashes are kept as written.
 *   A NUL byte fails with %AMA_ERROR_ENCODING naming its line and column.
 * - columns are found by their header words, not their position:
 *   Recommendation; No./Ref; Decision, Agreed, Accepted; Response,
 *   Comments; Officer, Responsibility, Lead (Officer); Action by, Date,
 *   Timescale, Timetable, Target. Footnote markers and line breaks in
 *   header cells are ignored, a header carried onto a second row is
 *   joined (`header-continued`), a repeated header row is skipped
 *   (`header-repeated`). Other columns (Priority, Cabinet Member…) are
 *   kept as "Header: text" paragraphs of the response (`column-kept`).
 * - rows: labels "2.", "3a)", "(b)", "A." become the number; a row with
 *   none is numbered by position (`number-missing`); a row missing a
 *   cell is fitted to the columns by content (`row-repaired`); a row
 *   split by an unquoted line break is joined (`row-joined`); cells past
 *   the last column are kept (`cell-extra`); "The model will: A; B; and
 *   C" is split into points (`points-split`).
 * - decisions: the decision column is read with [func@Ama.Decision.infer]'s
 *   rules (an unknown word is kept in the text, `decision-unrecognised`);
 *   with no decision column a response opening with a bare decision
 *   ("Agreed - this will be provided") records it
 *   (`decision-from-response`). A blank decision stays
 *   %AMA_DECISION_PENDING; [property@Ama.Response:inferred-decision]
 *   always holds what the response's wording implies.
 * - officers: "N.F.A required" sets no-further-action
 *   (`no-further-action`); a job title is kept as the person's role
 *   (`officer-is-role`); two owners keep the first as officer and the
 *   cell in the text (`officer-multiple`); OCR confusions ("lan
 *   Thomas") are corrected against the document's other names, keeping
 *   name-as-written (`officer-name-normalised`).
 * - action-by goes through [func@Ama.Deadline.parse], which keeps the
 *   text; forms it cannot read are reported (`deadline-unparsed`).
 * - PDF text: recommendations start at labels in sequence; bullets are
 *   U+F0B7, •, ·, dashes, or an indented capital after a list opening
 *   whose glyph was lost (`bullet-inferred`); page numbers are skipped
 *   (`page-artefact`); an officer line fused with its action-by ("Ian
 *   Thomas Annual Participation") is split by known names or the tail
 *   that reads as a deadline (`officer-action-split`).
 *
 * ## Importing a document
 *
 * A document is given as bytes, not as a string: its encoding (UTF-8,
 * Windows-1252, UTF-16 with a byte-order mark) is only found while it
 * is read. [method@Ama.Importer.import_data] and [func@Ama.import_detect]
 * take a `const char *` with a length in C and `bytes` in Python (a
 * `str` is refused with a `TypeError`: encode it first); the length is
 * then implied. [method@Ama.Importer.import_bytes] takes a #GBytes and
 * [method@Ama.Importer.import_file] a #GFile. Review JSON is different:
 * it is always UTF-8, so [ctor@Ama.Review.new_from_data] takes a `str`
 * (and its length) in Python.
 *
 * In C:
 *
 * ```c
 * g_autoptr(AmaImporter) importer = ama_importer_new ();
 * g_autoptr(GFile) file = g_file_new_for_path ("response.tsv");
 * g_autoptr(GError) error = NULL;
 * g_autoptr(AmaReview) review = NULL;
 * GListModel *diagnostics;
 *
 * // the format is detected unless set with ama_importer_set_format()
 * review = ama_importer_import_file (importer, file, NULL, &error);
 * if (review == NULL)
 *   g_printerr ("response.tsv: %s\n", error->message);
 *
 * // every repair, kept even when the import failed
 * diagnostics = ama_importer_get_diagnostics (importer);
 * for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
 *   {
 *     g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);
 *
 *     g_print ("%s: %s\n", ama_diagnostic_get_code (d),
 *              ama_diagnostic_get_message (d));
 *   }
 * ```
 *
 * In Python:
 *
 * ```python
 * importer = Ama.Importer.new()
 * # dates written without a year ("18th November") take this one's
 * importer.set_reference_date(GLib.DateTime.new_utc(2017, 10, 18, 0, 0, 0))
 * with open("response.tsv", "rb") as f:
 *     review = importer.import_data(f.read())   # bytes, as read
 * review = importer.import_data(text.encode())  # a str: encode it
 * Ama.import_detect(text.encode())              # Ama.ImportFormat.TSV
 * for d in importer.props.diagnostics:
 *     print(d.props.line, d.props.code, d.props.message)
 * ```
 *
 * Since: 1.0
 */

struct _AmaImporter
{
  GObject          parent_instance;

  AmaImportFormat  format;
  GDateTime       *reference_date;
  GListStore      *diagnostics;
  char            *document_name;
};

G_DEFINE_FINAL_TYPE (AmaImporter, ama_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_REFERENCE_DATE,
  PROP_DIAGNOSTICS,
  PROP_DOCUMENT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_importer_finalize (GObject *object)
{
  AmaImporter *self = (AmaImporter *)object;

  g_clear_pointer (&self->reference_date, g_date_time_unref);
  g_clear_object (&self->diagnostics);
  g_clear_pointer (&self->document_name, g_free);

  G_OBJECT_CLASS (ama_importer_parent_class)->finalize (object);
}

static void
ama_importer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AmaImporter *self = AMA_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;

    case PROP_REFERENCE_DATE:
      g_value_set_boxed (value, self->reference_date);
      break;

    case PROP_DIAGNOSTICS:
      g_value_set_object (value, self->diagnostics);
      break;

    case PROP_DOCUMENT_NAME:
      g_value_set_string (value, self->document_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_importer_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AmaImporter *self = AMA_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      ama_importer_set_format (self, g_value_get_enum (value));
      break;

    case PROP_REFERENCE_DATE:
      ama_importer_set_reference_date (self, g_value_get_boxed (value));
      break;

    case PROP_DOCUMENT_NAME:
      ama_importer_set_document_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_importer_class_init (AmaImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_importer_finalize;
  object_class->get_property = ama_importer_get_property;
  object_class->set_property = ama_importer_set_property;

  /**
   * AmaImporter:format:
   *
   * The format of the documents to import; %AMA_IMPORT_FORMAT_UNKNOWN
   * (the default) detects it from each document's content with
   * [func@Ama.import_detect].
   *
   * Since: 1.0
   */
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       AMA_TYPE_IMPORT_FORMAT,
                       AMA_IMPORT_FORMAT_UNKNOWN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AmaImporter:reference-date:
   *
   * The date the documents were written around: it gives a year to
   * dates written without one ("18th November") and resolves relative
   * deadlines ("End of year"). %NULL leaves year-less dates unresolved
   * (reported as diagnostics); the importer never reads the clock.
   *
   * Since: 1.0
   */
  properties[PROP_REFERENCE_DATE] =
    g_param_spec_boxed ("reference-date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AmaImporter:diagnostics:
   *
   * What the last import repaired, guessed or could not place: a
   * [iface@Gio.ListModel] of [class@Ama.Diagnostic]. A new list replaces
   * the previous one at each import.
   *
   * Since: 1.0
   */
  properties[PROP_DIAGNOSTICS] =
    g_param_spec_object ("diagnostics", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AmaImporter:document-name:
   *
   * The URI or file name of the document given to
   * [method@Ama.Importer.import_data] and
   * [method@Ama.Importer.import_bytes], which every imported fact's
   * [struct@Ama.SourceRef] names. %NULL (the default) names none;
   * [method@Ama.Importer.import_file] names the file's base name when
   * this is %NULL.
   *
   * Since: 1.2
   */
  properties[PROP_DOCUMENT_NAME] =
    g_param_spec_string ("document-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_importer_init (AmaImporter *self)
{
  self->diagnostics = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
}

/**
 * ama_importer_new:
 *
 * Creates an importer that detects the format of what it reads.
 *
 * Returns: (transfer full): a new #AmaImporter
 *
 * Since: 1.0
 */
AmaImporter *
ama_importer_new (void)
{
  return g_object_new (AMA_TYPE_IMPORTER, NULL);
}

/**
 * ama_importer_get_format:
 * @self: a #AmaImporter
 *
 * Gets the format documents are read as.
 *
 * Returns: the format, %AMA_IMPORT_FORMAT_UNKNOWN for auto-detection
 *
 * Since: 1.0
 */
AmaImportFormat
ama_importer_get_format (AmaImporter *self)
{
  g_return_val_if_fail (AMA_IS_IMPORTER (self), AMA_IMPORT_FORMAT_UNKNOWN);

  return self->format;
}

/**
 * ama_importer_set_format:
 * @self: a #AmaImporter
 * @format: the format, or %AMA_IMPORT_FORMAT_UNKNOWN to detect it
 *
 * Sets the format documents are read as.
 *
 * Since: 1.0
 */
void
ama_importer_set_format (AmaImporter     *self,
                         AmaImportFormat  format)
{
  g_return_if_fail (AMA_IS_IMPORTER (self));

  if (self->format == format)
    return;

  self->format = format;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

/**
 * ama_importer_get_reference_date:
 * @self: a #AmaImporter
 *
 * Gets the date that gives year-less dates their year.
 *
 * Returns: (transfer none) (nullable): the reference date
 *
 * Since: 1.0
 */
GDateTime *
ama_importer_get_reference_date (AmaImporter *self)
{
  g_return_val_if_fail (AMA_IS_IMPORTER (self), NULL);

  return self->reference_date;
}

/**
 * ama_importer_set_reference_date:
 * @self: a #AmaImporter
 * @reference_date: (nullable): the date the documents were written around
 *
 * Sets the date that gives year-less dates their year.
 *
 * Since: 1.0
 */
void
ama_importer_set_reference_date (AmaImporter *self,
                                 GDateTime   *reference_date)
{
  g_return_if_fail (AMA_IS_IMPORTER (self));

  if (_ama_set_date (&self->reference_date, reference_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DATE]);
}

/**
 * ama_importer_get_diagnostics:
 * @self: a #AmaImporter
 *
 * Gets what the last import repaired or could not place.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Ama.Diagnostic]
 *
 * Since: 1.0
 */
GListModel *
ama_importer_get_diagnostics (AmaImporter *self)
{
  g_return_val_if_fail (AMA_IS_IMPORTER (self), NULL);

  return G_LIST_MODEL (self->diagnostics);
}

static gboolean contains_ci (const char *hay, gsize len, const char *needle);

/* Whether minutes text is written the seeds' way: paragraphs separated
 * by blank lines and the "Resolved:-" / "Mover:-" / "Agenda item"
 * markers. */
static gboolean
minutes_in_paragraphs (const char *text)
{
  guint lines = 0, blank = 0;
  gboolean marker = FALSE;

  for (const char *p = text; *p != '\0';)
    {
      const char *nl = strchr (p, '\n');
      gsize len = nl ? (gsize) (nl - p) : strlen (p);
      const char *s = p;

      while (s < p + len && g_ascii_isspace (*s))
        s++;
      lines++;
      if (s == p + len)
        blank++;
      else if (g_ascii_strncasecmp (s, "agenda item", 11) == 0
               || g_ascii_strncasecmp (s, "resolved:-", 10) == 0
               || g_ascii_strncasecmp (s, "mover:-", 7) == 0)
        marker = TRUE;
      p = nl ? nl + 1 : p + len;
    }
  return marker && blank * 4 >= lines;
}

/* Numbered text that is not a list of recommendations: refused before
 * the numbered-text (pdf-text) reader takes its paragraphs for them.
 * Shared by plain text and the documents read into blocks. */
gboolean
_ama_import_check_numbered_text (const char  *data,
                               gsize        length,
                               GError     **error)
{
  /* Numbered text that carries a cover sheet's labels fits neither
   * reader well: the numbered-text reader would take the report's
   * paragraphs for recommendations. Refuse, naming both. */
  {
    static const char * const cover_labels[] = {
      "report of", "key decision", "wards affected", "purpose of report",
      "title of report", "report title", "report by", "report to",
      "purpose of the report", "date of meeting", NULL
    };
    gsize scan = MIN (length, 16384);
    guint hits = 0;
    const char *first = NULL;

    for (guint i = 0; cover_labels[i] != NULL; i++)
      if (contains_ci (data, scan, cover_labels[i]))
        {
          hits++;
          first = first ? first : cover_labels[i];
        }
    if (hits >= 2)
      {
        g_set_error (error, AMA_ERROR, AMA_ERROR_AMBIGUOUS,
                     "line 1: ambiguous: the best candidates are a summary sheet "
                     "(%u cover-sheet labels such as “%s”, but not the layout the "
                     "summary reader knows) and pdf-text (numbered paragraphs, which "
                     "would be taken for recommendations); set the format to choose",
                     hits, first);
        return FALSE;
      }
  }
  return TRUE;
}

/* Runs one import. Everything the import touches lives in @ctx, so
 * importers can run in any thread; the importer object itself is only
 * updated by the caller afterwards. */
static AmaReview *
import_run (AmaImportFormat   format,
            GDateTime        *reference,
            const char       *document,
            const char       *data,
            gsize             length,
            GListStore      **diagnostics_out,
            GError          **error)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(GListStore) diagnostics = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  g_autofree char *text = NULL;
  AmaImportContext ctx = { review, diagnostics, reference, document, NULL };
  gboolean ok = FALSE;

  *diagnostics_out = NULL;

  if (format == AMA_IMPORT_FORMAT_UNKNOWN)
    {
      format = ama_import_detect (data, length);
      if (format == AMA_IMPORT_FORMAT_UNKNOWN && memchr (data, '\0', length) != NULL)
        {
          /* binary data: say where, rather than "unknown format" */
          g_autofree char *unused = _ama_import_normalise_text (&ctx, data, length, error);

          if (unused == NULL)
            {
              *diagnostics_out = g_steal_pointer (&diagnostics);
              return NULL;
            }
        }
      if (format == AMA_IMPORT_FORMAT_UNKNOWN && memchr (data, '\0', length) == NULL)
        {
          /* a table copied one cell per line (York's tracker as text) */
          g_autoptr(GListStore) scratch = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
          AmaImportContext probe = { review, scratch, reference };
          g_autofree char *plain = _ama_import_normalise_text (&probe, data, length, NULL);
          g_autofree char *tsv = plain ? _ama_import_cells_on_lines (plain) : NULL;

          if (tsv != NULL)
            {
              _ama_import_diag (&ctx, AMA_SEVERITY_INFO, "table-from-lines", 0, 0, NULL,
                                "read as a table copied one cell per line; the line "
                                "numbers below are those of its rows rebuilt as TSV");
              ok = _ama_import_delimited (&ctx, tsv, '\t', error);
              *diagnostics_out = g_steal_pointer (&diagnostics);
              return ok ? g_steal_pointer (&review) : NULL;
            }
        }
      if (format == AMA_IMPORT_FORMAT_UNKNOWN)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT,
                       "line 1: not a format libama can import (no response "
                       "table, numbered recommendations, minutes, summary "
                       "sheet, annex, ModernGov XML or OParl JSON found)");
          *diagnostics_out = g_steal_pointer (&diagnostics);
          return NULL;
        }
      if (format == AMA_IMPORT_FORMAT_PDF_TEXT &&
          !_ama_import_check_numbered_text (data, length, error))
        {
          *diagnostics_out = g_steal_pointer (&diagnostics);
          return NULL;
        }
      _ama_import_diag (&ctx, AMA_SEVERITY_INFO, "format-detected", 0, 0, NULL,
                        "read as %s", ama_import_format_to_string (format));
    }

  /* ModernGov XML goes to libxml2 as the bytes it is (its encoding is
   * declared in the document); a .docx, a PDF and a web page are read
   * into blocks; every other format is read as text. */
  if (format == AMA_IMPORT_FORMAT_DOCX || format == AMA_IMPORT_FORMAT_PDF ||
      format == AMA_IMPORT_FORMAT_HTML)
    {
      g_autoptr(AmaBlockDoc) doc = format == AMA_IMPORT_FORMAT_DOCX ? _ama_read_docx (data, length, NULL, error)
                                 : format == AMA_IMPORT_FORMAT_PDF ? _ama_read_pdf (data, length, NULL, error)
                                 : _ama_read_html (data, length, NULL, error);

      ok = doc != NULL && _ama_import_blocks (&ctx, doc, error);
    }
  else if (format == AMA_IMPORT_FORMAT_MODERNGOV)
    ok = _ama_import_moderngov (&ctx, data, length, error);
  else if (format == AMA_IMPORT_FORMAT_OPARL)
    {
      AmaReview *imported = _ama_import_oparl (&ctx, data, length, error);

      ok = imported != NULL;
      if (ok)
        {
          g_object_unref (review);
          review = imported;
        }
    }
  else
    {
      text = _ama_import_normalise_text (&ctx, data, length, error);
      if (text == NULL)
        {
          *diagnostics_out = g_steal_pointer (&diagnostics);
          return NULL;
        }

      switch (format)
        {
        case AMA_IMPORT_FORMAT_TSV:
          ok = _ama_import_delimited (&ctx, text, '\t', error);
          break;
        case AMA_IMPORT_FORMAT_CSV:
          ok = _ama_import_delimited (&ctx, text, ',', error);
          break;
        case AMA_IMPORT_FORMAT_PDF_TEXT:
          ok = _ama_import_pdf_text (&ctx, text, error);
          break;
        case AMA_IMPORT_FORMAT_MINUTES:
          /* The seeds' layout (blank-line paragraphs, "Agenda item",
           * "Resolved:-") keeps its reader; every other council's
           * minutes and copied web pages go to the line reader. */
          if (minutes_in_paragraphs (text))
            ok = _ama_import_minutes (&ctx, text, error);
          else
            ok = _ama_import_proceedings (&ctx, text, error);
          break;
        case AMA_IMPORT_FORMAT_SUMMARY_SHEET:
          ok = _ama_import_summary_sheet (&ctx, text, error);
          break;
        case AMA_IMPORT_FORMAT_ANNEX:
          ok = _ama_import_annex (&ctx, text, error);
          break;
        case AMA_IMPORT_FORMAT_UNKNOWN:
        case AMA_IMPORT_FORMAT_MODERNGOV:
        case AMA_IMPORT_FORMAT_OPARL:
        case AMA_IMPORT_FORMAT_DOCX:
        case AMA_IMPORT_FORMAT_PDF:
        case AMA_IMPORT_FORMAT_HTML:
        default:
          g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT,
                       "line 1: unknown import format %d", (int) format);
          ok = FALSE;
          break;
        }
    }

  *diagnostics_out = g_steal_pointer (&diagnostics);

  if (!ok)
    return NULL;

  return g_steal_pointer (&review);
}

static void
replace_diagnostics (AmaImporter *self,
                     GListStore  *diagnostics)
{
  if (diagnostics == NULL)
    diagnostics = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  else
    g_object_ref (diagnostics);

  g_clear_object (&self->diagnostics);
  self->diagnostics = diagnostics;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIAGNOSTICS]);
}

/**
 * ama_importer_import_data:
 * @self: a #AmaImporter
 * @data: (array length=length) (element-type guint8): the document
 * @length: the length of @data in bytes, or -1 when it is nul-terminated
 *
 * Imports a document held in memory. Text may be UTF-8 (with or
 * without a byte-order mark), Latin-1 or Windows-1252, with any line
 * endings; [property@Ama.Importer:diagnostics] lists every conversion
 * and repair. Diagnostics are kept even when the import fails.
 *
 * @data is bytes, not text: from Python pass `bytes` (the file as
 * read, or `text.encode()`); a `str` raises `TypeError`, and @length is
 * implied. See [class@Ama.Importer] for an example.
 *
 * Returns: (transfer full): the imported review, or %NULL with @error
 *   set (in the %AMA_ERROR domain, naming the line) when the document
 *   is not of the format or cannot be read
 *
 * Since: 1.0
 */
AmaReview *
ama_importer_import_data (AmaImporter  *self,
                          const char   *data,
                          gssize        length,
                          GError      **error)
{
  g_autoptr(GListStore) diagnostics = NULL;
  AmaReview *review;

  g_return_val_if_fail (AMA_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  review = import_run (self->format, self->reference_date, self->document_name,
                       data ? data : "", length, &diagnostics, error);
  replace_diagnostics (self, diagnostics);

  return review;
}

/**
 * ama_importer_import_bytes:
 * @self: a #AmaImporter
 * @bytes: the document
 *
 * Imports a document held in a #GBytes (from Python, a `GLib.Bytes`);
 * see [method@Ama.Importer.import_data], which from Python takes
 * `bytes` directly.
 *
 * Returns: (transfer full): the imported review, or %NULL with @error set
 *
 * Since: 1.0
 */
AmaReview *
ama_importer_import_bytes (AmaImporter  *self,
                           GBytes       *bytes,
                           GError      **error)
{
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (AMA_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return ama_importer_import_data (self, data ? data : "", length, error);
}

/* A saved web page named .html, .htm or .aspx is HTML even when it
 * opens with a fragment (<span…>) that content detection alone would
 * take for ModernGov XML; the name never overrides content that is
 * something else. */
static AmaImportFormat
format_for_file (GFile      *file,
                 const char *data,
                 gsize       length)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;

  if (lower != NULL &&
      (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") ||
       g_str_has_suffix (lower, ".aspx")) &&
      ama_import_detect (data, length) == AMA_IMPORT_FORMAT_MODERNGOV)
    return AMA_IMPORT_FORMAT_HTML;
  return AMA_IMPORT_FORMAT_UNKNOWN;
}

/**
 * ama_importer_import_file:
 * @self: a #AmaImporter
 * @file: the document
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads and imports a document; see [method@Ama.Importer.import_data].
 * A file that cannot be read is an %AMA_ERROR_IO error naming it. With
 * detection on, markup in a file named `.html`, `.htm` or `.aspx` is
 * read as a web page (%AMA_IMPORT_FORMAT_HTML).
 *
 * Returns: (transfer full): the imported review, or %NULL with @error set
 *
 * Since: 1.0
 */
AmaReview *
ama_importer_import_file (AmaImporter   *self,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  g_return_val_if_fail (AMA_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  if ((contents = _ama_json_load_limited (file, cancellable, &length, &local_error)) == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, AMA_ERROR,
                   local_error->domain == AMA_ERROR ? local_error->code : AMA_ERROR_IO,
                   "%s: %s", name, local_error->message);
      return NULL;
    }

  {
    /* the file's name is what each imported fact's source names */
    g_autofree char *name = self->document_name ? g_strdup (self->document_name)
                                                 : g_file_get_basename (file);
    g_autoptr(GListStore) diagnostics = NULL;
    AmaReview *review = import_run (self->format != AMA_IMPORT_FORMAT_UNKNOWN ? self->format
                                    : format_for_file (file, contents, length),
                                    self->reference_date, name, contents, length,
                                    &diagnostics, error);

    replace_diagnostics (self, diagnostics);
    return review;
  }
}

typedef struct
{
  AmaImportFormat  format;
  GDateTime       *reference;
  GFile           *file;
  GListStore      *diagnostics;
} ImportTaskData;

static void
import_task_data_free (ImportTaskData *data)
{
  g_clear_pointer (&data->reference, g_date_time_unref);
  g_clear_object (&data->file);
  g_clear_object (&data->diagnostics);
  g_free (data);
}

/* The worker thread sees only the task data (a copy of the importer's
 * settings), never the importer, so changing the importer while an
 * import runs is safe. */
static void
import_file_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ImportTaskData *data = task_data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  AmaReview *review;

  if ((contents = _ama_json_load_limited (data->file, cancellable, &length, &error)) == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (data->file);

      g_task_return_new_error (task, AMA_ERROR,
                               error->domain == AMA_ERROR ? error->code : AMA_ERROR_IO,
                               "%s: %s", name, error->message);
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (data->file);

    review = import_run (data->format != AMA_IMPORT_FORMAT_UNKNOWN ? data->format
                         : format_for_file (data->file, contents, length),
                         data->reference, name, contents, length, &data->diagnostics, &error);
  }
  if (review == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, review, g_object_unref);
}

/**
 * ama_importer_import_file_async:
 * @self: a #AmaImporter
 * @file: the document
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the import is done
 * @user_data: data for @callback
 *
 * Reads and imports a document in a worker thread. Finish with
 * [method@Ama.Importer.import_file_finish], which also replaces
 * [property@Ama.Importer:diagnostics].
 *
 * Since: 1.0
 */
void
ama_importer_import_file_async (AmaImporter         *self,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportTaskData *data;

  g_return_if_fail (AMA_IS_IMPORTER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ImportTaskData, 1);
  data->format = self->format;
  data->reference = self->reference_date ? g_date_time_ref (self->reference_date) : NULL;
  data->file = g_object_ref (file);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ama_importer_import_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_task_data_free);
  g_task_run_in_thread (task, import_file_thread);
}

/**
 * ama_importer_import_file_finish:
 * @self: a #AmaImporter
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.Importer.import_file_async].
 *
 * Returns: (transfer full): the imported review, or %NULL with @error set
 *
 * Since: 1.0
 */
AmaReview *
ama_importer_import_file_finish (AmaImporter   *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  ImportTaskData *data;

  g_return_val_if_fail (AMA_IS_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ama_importer_import_file_async, NULL);

  data = g_task_get_task_data (G_TASK (result));
  replace_diagnostics (self, data->diagnostics);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- format names and detection ------------------------------------ */

static const struct {
  AmaImportFormat  format;
  const char      *name;
} format_names[] = {
  { AMA_IMPORT_FORMAT_TSV, "tsv" },
  { AMA_IMPORT_FORMAT_CSV, "csv" },
  { AMA_IMPORT_FORMAT_PDF_TEXT, "pdf-text" },
  { AMA_IMPORT_FORMAT_MINUTES, "minutes" },
  { AMA_IMPORT_FORMAT_SUMMARY_SHEET, "summary" },
  { AMA_IMPORT_FORMAT_ANNEX, "annex" },
  { AMA_IMPORT_FORMAT_MODERNGOV, "moderngov" },
  { AMA_IMPORT_FORMAT_OPARL, "oparl" },
  { AMA_IMPORT_FORMAT_DOCX, "docx" },
  { AMA_IMPORT_FORMAT_PDF, "pdf" },
  { AMA_IMPORT_FORMAT_HTML, "html" },
};

/**
 * ama_import_format_from_string:
 * @name: a format name as the `ama` tool takes it: `tsv`, `csv`,
 *   `pdf-text`, `minutes`, `summary`, `annex`, `moderngov`, `oparl`,
 *   `docx`, `pdf`, `html` (or the
 *   enum nicks, such as `summary-sheet`; `auto` for detection)
 *
 * Looks up a format by name, ignoring case.
 *
 * Returns: the format, or %AMA_IMPORT_FORMAT_UNKNOWN when @name names none
 *
 * Since: 1.0
 */
AmaImportFormat
ama_import_format_from_string (const char *name)
{
  g_autoptr(GEnumClass) klass = NULL;

  g_return_val_if_fail (name != NULL, AMA_IMPORT_FORMAT_UNKNOWN);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i].name) == 0)
      return format_names[i].format;

  klass = g_type_class_ref (AMA_TYPE_IMPORT_FORMAT);
  for (guint i = 0; i < klass->n_values; i++)
    if (g_ascii_strcasecmp (name, klass->values[i].value_nick) == 0)
      return klass->values[i].value;

  return AMA_IMPORT_FORMAT_UNKNOWN;
}

/**
 * ama_import_format_to_string:
 * @format: a format
 *
 * Gets the short name of a format, the one the `ama` tool takes and
 * [func@Ama.ImportFormat.from_string] reads back.
 *
 * Returns: (transfer none): the name; `auto` for %AMA_IMPORT_FORMAT_UNKNOWN
 *
 * Since: 1.0
 */
const char *
ama_import_format_to_string (AmaImportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (format_names[i].format == format)
      return format_names[i].name;

  return "auto";
}

/* Counts @c in one line of @s. */
static guint
count_in_line (const char *s,
               const char *end,
               char        c)
{
  guint n = 0;

  for (; s < end && *s != '\n'; s++)
    if (*s == c)
      n++;

  return n;
}

static guint
count_tab_lines (const char *s)
{
  guint n = 0;

  for (const char *line = s; *line != '\0';)
    {
      const char *nl = strchr (line, '\n');
      const char *e = nl ? nl : line + strlen (line);

      if (count_in_line (line, e, '\t') >= 2)
        n++;
      line = nl ? nl + 1 : e;
    }
  return n;
}

static gboolean
contains_ci (const char *hay,
             gsize       len,
             const char *needle)
{
  gsize nlen = strlen (needle);

  if (nlen > len)
    return FALSE;

  for (gsize i = 0; i + nlen <= len; i++)
    if (g_ascii_strncasecmp (hay + i, needle, nlen) == 0)
      return TRUE;

  return FALSE;
}

/* Whether the line from @s to @end reads as a CSV header row rather
 * than a sentence with commas in it ("If a recommendation is accepted,
 * set out the action, …"): a header's cells are column names, a few
 * words each, and a sentence's parts run longer or end in a full stop. */
static gboolean
csv_header_like (const char *s,
                 const char *end)
{
  guint words = 0;
  gboolean quoted = FALSE;

  for (const char *p = s; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        words = 0;
      else if (*p == ' ' && p > s && p[-1] != ' ' && p[-1] != ',')
        {
          if (++words >= 6)
            return FALSE;
        }
    }
  while (end > s && g_ascii_isspace (end[-1]))
    end--;
  return !(end > s && (end[-1] == '.' || end[-1] == ';'));
}

/* Whether markup from @p is a web page rather than ModernGov's XML:
 * after an XML declaration, comments and white space, an HTML doctype
 * or a first element that only HTML has (<html>, <head>, <body>, <div>,
 * <table>, <p>, <h1>…). ModernGov's web service answers with its own
 * elements (<meeting>, <getCommittees…>). */
static gboolean
looks_like_html (const char *p,
                 const char *end)
{
  static const char * const elements[] = {
    "html", "head", "body", "div", "table", "p", "h1", "h2", "h3", "h4", "h5", "h6",
    "meta", "title", "ul", "ol", "section", "article", "main", "span", "form", "center",
    "font", "br", "link", "style", "script", NULL
  };

  for (guint guard = 0; p < end && guard < 64; guard++)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (end - p >= 5 && g_ascii_strncasecmp (p, "<?xml", 5) == 0)
        {
          const char *close = g_strstr_len (p, MIN (end - p, 4096), "?>");

          if (close == NULL)
            return FALSE;
          p = close + 2;
          continue;
        }
      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p, MIN (end - p, 65536), "-->");

          if (close == NULL)
            return FALSE;
          p = close + 3;
          continue;
        }
      if (end - p >= 9 && g_ascii_strncasecmp (p, "<!doctype", 9) == 0)
        {
          const char *q = p + 9;

          while (q < end && g_ascii_isspace (*q))
            q++;
          return end - q >= 4 && g_ascii_strncasecmp (q, "html", 4) == 0;
        }
      if (p < end && *p == '<')
        {
          const char *name = p + 1;
          const char *q = name;

          while (q < end && g_ascii_isalnum (*q))
            q++;
          if (q == name || (q < end && !(g_ascii_isspace (*q) || *q == '>' || *q == '/')))
            return FALSE;
          for (guint i = 0; elements[i] != NULL; i++)
            if ((gsize) (q - name) == strlen (elements[i]) &&
                g_ascii_strncasecmp (name, elements[i], q - name) == 0)
              return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/**
 * ama_import_detect:
 * @data: (array length=length) (element-type guint8): the start of a document
 * @length: the length of @data in bytes, or -1 when it is nul-terminated
 *
 * Guesses a document's format from its content (bytes, as for
 * [method@Ama.Importer.import_data]: from Python pass `bytes`, not
 * `str`, and no length): a zip holding `word/document.xml` is a Word
 * .docx; `%PDF-` in the first KiB is a PDF; a web page (an HTML doctype
 * or `<html>` after any XML declaration and comments) is HTML; other
 * XML is ModernGov; JSON naming OParl types
 * (`https://schema.oparl.org/1.1/…`) is OParl; a
 * "Summary Sheet" with a key-decision question is a summary sheet;
 * "Resolved:-" or "Mover:-" marks minutes; "Annex" with terms of
 * reference marks a review annex; lines holding several tabs are a
 * TSV table, a header line with several commas and the word
 * "Recommendation" or "Response" is CSV; numbered paragraphs are PDF text.
 *
 * Returns: the format, or %AMA_IMPORT_FORMAT_UNKNOWN when nothing fits
 *
 * Since: 1.0
 */
AmaImportFormat
ama_import_detect (const char *data,
                   gssize      length)
{
  const char *p, *end;
  gsize head_len;
  guint tab_lines = 0, numbered_lines = 0, lines = 0;
  gboolean csv_header = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, AMA_IMPORT_FORMAT_UNKNOWN);

  if (data == NULL)
    return AMA_IMPORT_FORMAT_UNKNOWN;
  if (length < 0)
    length = strlen (data);

  p = data;
  end = data + length;

  /* A .docx: a zip whose local headers name word/document.xml (names
   * are stored uncompressed, usually among the first few members). */
  if (length >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      /* binary: memchr/memcmp, not g_strstr_len, which stops at NUL */
      gsize scan = MIN ((gsize) length, 1 << 20);
      static const char name[] = "word/document.xml";

      for (const char *q = data; q + sizeof name - 1 <= data + scan; q++)
        {
          q = memchr (q, 'w', data + scan - q);
          if (q == NULL || q + sizeof name - 1 > data + scan)
            break;
          if (memcmp (q, name, sizeof name - 1) == 0)
            return AMA_IMPORT_FORMAT_DOCX;
        }
      return AMA_IMPORT_FORMAT_UNKNOWN;
    }

  /* A PDF: "%PDF-" opens the file (readers accept it within the first
   * KiB, after junk some generators write first). */
  if (_ama_read_pdf_has_magic (data, (gsize) length))
    return AMA_IMPORT_FORMAT_PDF;

  /* A web page saved as UTF-16 ("Unicode" in older Windows tools):
   * its markup decoded just far enough to tell */
  if (length >= 4 && (((guchar) p[0] == 0xFF && (guchar) p[1] == 0xFE) ||
                      ((guchar) p[0] == 0xFE && (guchar) p[1] == 0xFF)))
    {
      const char *charset = (guchar) p[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      gsize n = MIN ((gsize) length - 2, 131072) & ~(gsize) 1;
      g_autofree char *head = g_convert (p + 2, n, "UTF-8", charset, NULL, NULL, NULL);

      /* The cut may fall inside a surrogate pair: one unit less. */
      if (head == NULL && n >= 2)
        head = g_convert (p + 2, n - 2, "UTF-8", charset, NULL, NULL, NULL);
      const char *h = head;

      while (h != NULL && g_ascii_isspace (*h))
        h++;
      if (h != NULL && *h == '<' && looks_like_html (h, h + strlen (h)))
        return AMA_IMPORT_FORMAT_HTML;
      /* Any other text saved as UTF-16 (Word's "Unicode text", Excel's
       * "Unicode Text"): detected from its decoded start, as its reader
       * decodes it (issue 20, item 17: only TSV was recognised). */
      if (h != NULL && *h != '<')
        return ama_import_detect (head, -1);
    }

  /* Skip a UTF-8 BOM and leading blank space */
  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;

  if (p < end && *p == '<')
    return looks_like_html (p, end) ? AMA_IMPORT_FORMAT_HTML : AMA_IMPORT_FORMAT_MODERNGOV;

  /* JSON naming OParl types near its start (every OParl object has its
   * type among its first members) */
  if (p < end && (*p == '{' || *p == '['))
    return contains_ci (p, MIN ((gsize) (end - p), 65536), "https://schema.oparl.org/1.")
           ? AMA_IMPORT_FORMAT_OPARL : AMA_IMPORT_FORMAT_UNKNOWN;

  /* Markers are looked for near the start, where each kind of paper
   * announces itself; 8 KiB covers every seed's opening. */
  head_len = MIN ((gsize) (end - p), 8192);

  if (contains_ci (p, head_len, "summary sheet") &&
      contains_ci (p, head_len, "key decision"))
    return AMA_IMPORT_FORMAT_SUMMARY_SHEET;

  if (contains_ci (p, (gsize) (end - p), "resolved:-") ||
      contains_ci (p, (gsize) (end - p), "mover:-"))
    return AMA_IMPORT_FORMAT_MINUTES;

  /* A ModernGov decision record ("Decision details", "Decision Maker:",
   * "Decided at meeting:"): the proceedings reader reads it as meetings
   * and their decisions. Before the numbered-text check, which would
   * take its numbered resolutions for recommendations. */
  {
    g_autofree char *head = g_strndup (p, MIN ((gsize) (end - p), 16384));

    if (_ama_import_proceedings_is_decision_record (head))
      return AMA_IMPORT_FORMAT_MINUTES;
  }

  /* Minutes of every council ("RESOLVED:", "The Cabinet then:-",
   * "Meeting: 28/02/2018 - Council (Item 161)"), before the table and
   * PDF checks so that prose is not read as CSV or numbered text. */
  {
    g_autofree char *head = g_strndup (p, MIN ((gsize) (end - p), 65536));

    if (_ama_import_proceedings_score (head) >= 40 && count_tab_lines (head) < 3)
      return AMA_IMPORT_FORMAT_MINUTES;
  }

  /* A review's annex or appendix (its terms of reference, members,
   * visits): before the TSV check, since its table of visits may be
   * tab-separated. */
  if ((contains_ci (p, MIN (head_len, 400), "annex") ||
       contains_ci (p, MIN (head_len, 400), "appendix")) &&
      contains_ci (p, head_len, "terms of reference"))
    return AMA_IMPORT_FORMAT_ANNEX;

  for (const char *line = p; line < end && lines < 200; lines++)
    {
      const char *nl = memchr (line, '\n', end - line);
      const char *line_end = nl ? nl : end;
      const char *s = line;

      if (count_in_line (line, line_end, '\t') >= 2)
        tab_lines++;
      if (!csv_header && count_in_line (line, line_end, ',') >= 2 &&
          (contains_ci (line, line_end - line, "recommendation") ||
           contains_ci (line, line_end - line, "response")) &&
          csv_header_like (line, line_end))
        csv_header = TRUE;

      while (s < line_end && (*s == ' ' || *s == '\t'))
        s++;
      if (s < line_end && g_ascii_isdigit (*s))
        {
          while (s < line_end && g_ascii_isdigit (*s))
            s++;
          if (s < line_end && (*s == '.' || *s == ')'))
            numbered_lines++;
        }

      line = nl ? nl + 1 : end;
    }

  if (tab_lines >= 1)
    return AMA_IMPORT_FORMAT_TSV;
  if (csv_header)
    return AMA_IMPORT_FORMAT_CSV;
  /* A report's cover (three of "To:", "Date:", "Report of:", "Title of
   * Report:", "Key decision:"…): the summary-sheet reader, before its
   * numbered paragraphs are taken for recommendations. */
  {
    g_autofree char *head = g_strndup (p, head_len);

    if (_ama_import_cover_sheet_score (head) >= 3)
      return AMA_IMPORT_FORMAT_SUMMARY_SHEET;
  }
  if (numbered_lines >= 1)
    return AMA_IMPORT_FORMAT_PDF_TEXT;

  return AMA_IMPORT_FORMAT_UNKNOWN;
}

/**
 * ama_importer_get_document_name:
 * @self: a #AmaImporter
 *
 * Gets the name imported facts' sources give their document; see
 * [property@Ama.Importer:document-name].
 *
 * Returns: (nullable): the document's URI or file name, or %NULL
 *
 * Since: 1.2
 */
const char *
ama_importer_get_document_name (AmaImporter *self)
{
  g_return_val_if_fail (AMA_IS_IMPORTER (self), NULL);

  return self->document_name;
}

/**
 * ama_importer_set_document_name:
 * @self: a #AmaImporter
 * @document_name: (nullable): the document's URI or file name, or %NULL
 *
 * Sets the name imported facts' sources give their document; see
 * [property@Ama.Importer:document-name].
 *
 * Since: 1.2
 */
void
ama_importer_set_document_name (AmaImporter *self,
                                const char  *document_name)
{
  g_return_if_fail (AMA_IS_IMPORTER (self));

  if (_ama_set_str (&self->document_name, document_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT_NAME]);
}
