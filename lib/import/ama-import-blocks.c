/* ama-import-blocks.c: a structured document (a .docx, an HTML page)
 * handed to the interpreters
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The interpreters read text; a container reader gives blocks. A table
 * that reads as a response table (the delimited reader finds its header
 * row) goes to that reader as tab-separated rows, with the heading or
 * paragraph just above it as the title; several such tables (a table
 * broken by a page of prose) are read as one. A document with no such
 * table is rendered as text and goes to whichever text interpreter the
 * content detection picks.
 */

#include "config.h"

#include <string.h>

#include "ama-blocks-private.h"
#include "ama-diagnostic.h"
#include "ama-error.h"
#include "ama-import-private.h"
#include "ama-importer.h"
#include "ama-import-proceedings-private.h"

/* The rows of @table as the delimited reader reads them, preceded by
 * @title when given. */
static void
append_table (GString    *out,
              AmaBlock   *table,
              const char *title,
              GArray     *places)
{
  if (title != NULL)
    {
      g_autofree char *flat = g_strdup (title);
      AmaBlockPlace none = { 0, };

      g_strdelimit (flat, "\n\t", ' ');
      g_string_append (out, flat);
      g_string_append_c (out, '\n');
      if (places != NULL)
        g_array_append_val (places, none);
    }
  for (guint r = 0; r < table->n_rows; r++)
    {
      /* where the row starts: its first cell with a page */
      if (places != NULL)
        {
          AmaBlockPlace place = _ama_block_table_cell (table, r, 0)->place;

          for (guint c = 0; c < table->n_columns; c++)
            {
              AmaTableCell *cell = _ama_block_table_cell (table, r, c);

              if (cell->blocks->len > 0)
                {
                  place = cell->place;
                  break;
                }
            }
          place.column = 0;
          g_array_append_val (places, place);
        }
      for (guint c = 0; c < table->n_columns; c++)
        {
          AmaTableCell *cell = _ama_block_table_cell (table, r, c);
          /* A cell merged down (one officer for several rows) belongs to
           * each row it spans; one merged across stays in its first
           * column only. */
          gboolean follow = cell->covered && cell->origin_row != r &&
                            cell->origin_column == c;
          g_autofree char *t = _ama_block_table_cell_text (table, r, c, follow);

          for (char *p = t; *p != '\0'; p++)
            if (*p == '\n' || *p == '\t')
              *p = (*p == '\n') ? '\v' : ' ';
          if (c > 0)
            g_string_append_c (out, '\t');
          g_string_append (out, t);
        }
      g_string_append_c (out, '\n');
    }
}

static gboolean
reads_as_response_table (AmaImportContext *ctx,
                         AmaBlock         *table)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autoptr(GListStore) diagnostics = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  AmaImportContext scratch = { review, diagnostics, ctx->reference };
  g_autoptr(GString) text = g_string_new (NULL);

  append_table (text, table, NULL, NULL);
  return _ama_import_delimited (&scratch, text->str, '\t', NULL);
}

/* The table interpreter's diagnostics name a line of the rows it was
 * handed, which the user cannot see; say where the row is instead: in a
 * PDF the page, the line on it and the table row; in a web page the
 * source line and the table row; in a Word file the table row alone
 * (its paragraph index is nothing a reader can find). @places holds the
 * place of each of those lines (index 0 for line 1). */
static void
place_diagnostics (AmaImportContext *ctx,
                   guint             first,
                   GArray           *places)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (ctx->diagnostics));

  for (guint i = first; i < n; i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (G_LIST_MODEL (ctx->diagnostics), i);
      guint line = ama_diagnostic_get_line (d);
      g_autofree char *prefix = NULL;
      g_autofree char *message = NULL;
      const char *rest;
      AmaBlockPlace *place;

      if (line == 0 || line > places->len)
        continue;
      place = &g_array_index (places, AmaBlockPlace, line - 1);
      if (place->page == 0 && place->row == 0)
        continue;
      /* drop the interpreter's own "line N: " */
      prefix = g_strdup_printf ("line %u: ", line);
      rest = ama_diagnostic_get_message (d);
      if (g_str_has_prefix (rest, prefix))
        rest += strlen (prefix);
      if (place->page > 0)
        message = g_strdup_printf ("page %u, line %u (table row %u): %s",
                                   place->page, place->line, place->row, rest);
      else
        message = g_strdup_printf ("table row %u: %s", place->row, rest);
      ama_diagnostic_set_message (d, message);
      /* a web page's source line is a place the user can open */
      ama_diagnostic_set_line (d, place->page == 0 ? place->line : 0);
      ama_diagnostic_set_column (d, 0);
    }
}

/* A .docx block's "line" is its paragraph index, which a reader cannot
 * find in Word; in a table the row says where, so the source names the
 * row alone. */
static void
forget_docx_lines (AmaBlockDoc *doc,
                   GArray      *places)
{
  if (g_strcmp0 (doc->format, "docx") != 0)
    return;
  for (guint i = 0; i < places->len; i++)
    {
      AmaBlockPlace *place = &g_array_index (places, AmaBlockPlace, i);

      if (place->row > 0)
        place->line = 0;
    }
}

static gboolean interpret_text (AmaImportContext *ctx, AmaBlockDoc *doc, const char *text,
                                AmaImportFormat format, GError **error);

gboolean
_ama_import_blocks (AmaImportContext  *ctx,
                    AmaBlockDoc       *doc,
                    GError           **error)
{
  g_autoptr(GString) tables = g_string_new (NULL);
  g_autoptr(GArray) places = g_array_new (FALSE, FALSE, sizeof (AmaBlockPlace));
  g_autofree char *text = NULL;
  AmaImportFormat format;
  guint n_tables = 0;
  gboolean ok;

  /* What the reader noticed (a charset guessed, a running header
   * dropped, a page without text) is told to the user with the place
   * it names; a line number only where it is the source's (HTML), not a
   * line on a PDF page, which the message names with its page. */
  for (guint i = 0; i < doc->notes->len; i++)
    {
      AmaBlockNote *note = g_ptr_array_index (doc->notes, i);

      _ama_import_diag (ctx, AMA_SEVERITY_INFO, note->code,
                        note->place.page == 0 ? note->place.line : 0, 0, NULL,
                        "%s: %s", doc->format, note->message);
    }

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *block = g_ptr_array_index (doc->blocks, i);
      const char *title = NULL;

      if (block->kind != AMA_BLOCK_TABLE || !reads_as_response_table (ctx, block))
        continue;
      /* the title: the nearest heading above the first table, else the
       * paragraph just above it */
      for (guint j = i; n_tables == 0 && j > 0; j--)
        {
          AmaBlock *prev = g_ptr_array_index (doc->blocks, j - 1);

          if (prev->kind == AMA_BLOCK_TABLE)
            break;
          if (prev->kind == AMA_BLOCK_HEADING)
            {
              title = prev->text;
              break;
            }
          if (prev->kind == AMA_BLOCK_PARAGRAPH && title == NULL)
            title = prev->text;
        }
      append_table (tables, block, title, places);
      n_tables++;
    }
  if (n_tables > 0)
    {
      _ama_import_diag (ctx, AMA_SEVERITY_INFO, "document-tables-read", 0, 0, NULL,
                        "%s: %u table%s read as a response table", doc->format,
                        n_tables, n_tables == 1 ? "" : "s");
      guint first = g_list_model_get_n_items (G_LIST_MODEL (ctx->diagnostics));

      /* each recommendation's source: the page and table row of its line */
      forget_docx_lines (doc, places);
      ctx->places = places;
      ok = _ama_import_delimited (ctx, tables->str, '\t', error);
      ctx->places = NULL;
      place_diagnostics (ctx, first, places);
      return ok;
    }

  g_array_set_size (places, 0);
  {
    GArray *text_places = NULL;

    text = _ama_block_doc_to_text (doc, &text_places);
    /* index 0 unused there; line 1 at index 0 here */
    g_array_remove_index (text_places, 0);
    g_array_append_vals (places, text_places->data, text_places->len);
    g_array_unref (text_places);
  }
  format = ama_import_detect (text, -1);
  if (format == AMA_IMPORT_FORMAT_TSV || format == AMA_IMPORT_FORMAT_CSV ||
      format == AMA_IMPORT_FORMAT_MODERNGOV)
    {
      /* Tables that are not a response table (a list of members, an
       * attendance grid) are prose to the text interpreters. */
      g_strdelimit (text, "\t\v", ' ');
      format = ama_import_detect (text, -1);
    }

  /* every interpreter below sets its facts' source from their line */
  forget_docx_lines (doc, places);
  ctx->places = places;
  ok = interpret_text (ctx, doc, text, format, error);
  ctx->places = NULL;
  return ok;
}

static gboolean
interpret_text (AmaImportContext  *ctx,
                AmaBlockDoc       *doc,
                const char        *text,
                AmaImportFormat    format,
                GError           **error)
{
  switch (format)
    {
    case AMA_IMPORT_FORMAT_PDF_TEXT:
      if (!_ama_import_check_numbered_text (text, strlen (text), error))
        return FALSE;
      _ama_import_diag (ctx, AMA_SEVERITY_INFO, "format-detected", 0, 0, NULL,
                        "%s: text read as pdf-text", doc->format);
      return _ama_import_pdf_text (ctx, text, error);
    case AMA_IMPORT_FORMAT_MINUTES:
      _ama_import_diag (ctx, AMA_SEVERITY_INFO, "format-detected", 0, 0, NULL,
                        "%s: text read as minutes", doc->format);
      return _ama_import_proceedings (ctx, text, error);
    case AMA_IMPORT_FORMAT_SUMMARY_SHEET:
      _ama_import_diag (ctx, AMA_SEVERITY_INFO, "format-detected", 0, 0, NULL,
                        "%s: text read as a summary sheet", doc->format);
      return _ama_import_summary_sheet (ctx, text, error);
    case AMA_IMPORT_FORMAT_ANNEX:
      _ama_import_diag (ctx, AMA_SEVERITY_INFO, "format-detected", 0, 0, NULL,
                        "%s: text read as an annex", doc->format);
      return _ama_import_annex (ctx, text, error);
    default:
      g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT,
                   "%s: %s: no response table, numbered recommendations, minutes, "
                   "summary sheet or annex found in the document",
                   doc->uri ? doc->uri : "document", doc->format);
      return FALSE;
    }
}
