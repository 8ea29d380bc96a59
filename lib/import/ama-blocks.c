/* ama-blocks.c: the structured document every reader produces
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-blocks-private.h"

static void
note_free (gpointer data)
{
  AmaBlockNote *note = data;

  g_free (note->code);
  g_free (note->message);
  g_free (note);
}

AmaBlockDoc *
_ama_block_doc_new (const char *format,
                    const char *uri)
{
  AmaBlockDoc *doc = g_new0 (AmaBlockDoc, 1);

  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _ama_block_free);
  doc->notes = g_ptr_array_new_with_free_func (note_free);
  doc->format = g_strdup (format);
  doc->uri = g_strdup (uri);
  return doc;
}

void
_ama_block_doc_free (AmaBlockDoc *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->blocks);
  g_ptr_array_unref (doc->notes);
  g_free (doc->format);
  g_free (doc->uri);
  g_free (doc);
}

void
_ama_block_doc_append (AmaBlockDoc *doc,
                       AmaBlock    *block)
{
  g_return_if_fail (doc != NULL && block != NULL);
  g_ptr_array_add (doc->blocks, block);
}

void
_ama_block_doc_note (AmaBlockDoc   *doc,
                     const char    *code,
                     AmaBlockPlace  place,
                     const char    *format,
                     ...)
{
  AmaBlockNote *note = g_new0 (AmaBlockNote, 1);
  va_list args;

  va_start (args, format);
  note->message = g_strdup_vprintf (format, args);
  va_end (args);
  note->code = g_strdup (code);
  note->place = place;
  g_ptr_array_add (doc->notes, note);
}

AmaBlock *
_ama_block_new_text (AmaBlockKind   kind,
                     const char    *text,
                     AmaBlockPlace  place)
{
  AmaBlock *block = g_new0 (AmaBlock, 1);

  g_return_val_if_fail (kind == AMA_BLOCK_HEADING ||
                        kind == AMA_BLOCK_PARAGRAPH ||
                        kind == AMA_BLOCK_LIST_ITEM, NULL);
  block->kind = kind;
  block->place = place;
  block->text = g_strdup (text != NULL ? text : "");
  return block;
}

AmaBlock *
_ama_block_new_page_break (guint page)
{
  AmaBlock *block = g_new0 (AmaBlock, 1);

  block->kind = AMA_BLOCK_PAGE_BREAK;
  block->place.page = page;
  return block;
}

AmaBlock *
_ama_block_new_table (guint          n_rows,
                      guint          n_columns,
                      AmaBlockPlace  place)
{
  AmaBlock *block = g_new0 (AmaBlock, 1);

  block->kind = AMA_BLOCK_TABLE;
  block->place = place;
  block->n_rows = n_rows;
  block->n_columns = n_columns;
  block->cells = g_new0 (AmaTableCell, (gsize) n_rows * n_columns);
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_columns; c++)
      {
        AmaTableCell *cell = &block->cells[(gsize) r * n_columns + c];

        cell->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _ama_block_free);
        cell->row_span = cell->col_span = 1;
        cell->origin_row = r;
        cell->origin_column = c;
        cell->place = place;
        cell->place.row = r + 1;
        cell->place.column = c + 1;
      }
  return block;
}

void
_ama_block_free (AmaBlock *block)
{
  if (block == NULL)
    return;
  if (block->cells != NULL)
    {
      for (gsize i = 0; i < (gsize) block->n_rows * block->n_columns; i++)
        g_ptr_array_unref (block->cells[i].blocks);
      g_free (block->cells);
    }
  g_free (block->marker);
  g_free (block->style);
  g_free (block->text);
  g_free (block);
}

AmaTableCell *
_ama_block_table_cell (AmaBlock *table,
                       guint     row,
                       guint     column)
{
  g_return_val_if_fail (table != NULL && table->kind == AMA_BLOCK_TABLE, NULL);
  if (row >= table->n_rows || column >= table->n_columns)
    return NULL;
  return &table->cells[(gsize) row * table->n_columns + column];
}

AmaTableCell *
_ama_block_table_origin (AmaBlock *table,
                         guint     row,
                         guint     column)
{
  AmaTableCell *cell = _ama_block_table_cell (table, row, column);

  if (cell != NULL && cell->covered)
    cell = _ama_block_table_cell (table, cell->origin_row, cell->origin_column);
  return cell;
}

void
_ama_block_table_merge (AmaBlock *table,
                        guint     row,
                        guint     column,
                        guint     row_span,
                        guint     col_span)
{
  AmaTableCell *origin = _ama_block_table_cell (table, row, column);

  g_return_if_fail (origin != NULL && row_span >= 1 && col_span >= 1);
  /* Clip to the grid: a reader passes spans as the document wrote them. */
  row_span = MIN (row_span, table->n_rows - row);
  col_span = MIN (col_span, table->n_columns - column);
  origin->row_span = row_span;
  origin->col_span = col_span;
  for (guint r = row; r < row + row_span; r++)
    for (guint c = column; c < column + col_span; c++)
      {
        AmaTableCell *cell = _ama_block_table_cell (table, r, c);

        if (cell == origin)
          continue;
        cell->covered = TRUE;
        cell->origin_row = row;
        cell->origin_column = column;
      }
}

static void
append_block_text (GString  *out,
                   AmaBlock *block)
{
  if (block->kind == AMA_BLOCK_LIST_ITEM && block->marker != NULL)
    {
      g_string_append (out, block->marker);
      g_string_append_c (out, ' ');
    }
  if (block->text != NULL)
    g_string_append (out, block->text);
}

char *
_ama_block_table_cell_text (AmaBlock *table,
                            guint     row,
                            guint     column,
                            gboolean  follow_merge)
{
  AmaTableCell *cell = follow_merge ? _ama_block_table_origin (table, row, column)
                                    : _ama_block_table_cell (table, row, column);
  GString *out = g_string_new (NULL);

  if (cell == NULL)
    return g_string_free (out, FALSE);
  for (guint i = 0; i < cell->blocks->len; i++)
    {
      AmaBlock *inner = g_ptr_array_index (cell->blocks, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (inner->kind == AMA_BLOCK_TABLE)
        {
          /* A nested table reads row by row, cells separated by "; ". */
          for (guint r = 0; r < inner->n_rows; r++)
            {
              if (r > 0)
                g_string_append_c (out, '\n');
              for (guint c = 0; c < inner->n_columns; c++)
                {
                  g_autofree char *t = _ama_block_table_cell_text (inner, r, c, FALSE);

                  if (c > 0 && *t != '\0')
                    g_string_append (out, "; ");
                  g_string_append (out, t);
                }
            }
        }
      else
        append_block_text (out, inner);
    }
  return g_string_free (out, FALSE);
}

static void
add_place (GArray        *places,
           AmaBlockPlace  place,
           const char    *text)
{
  /* One entry for every line the text adds. */
  if (places == NULL)
    return;
  g_array_append_val (places, place);
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (*p == '\n')
      g_array_append_val (places, place);
}

char *
_ama_block_doc_to_text (AmaBlockDoc  *doc,
                        GArray      **places_out)
{
  GString *out = g_string_new (NULL);
  GArray *places = NULL;
  AmaBlockPlace none = { 0, };

  if (places_out != NULL)
    {
      places = g_array_new (FALSE, TRUE, sizeof (AmaBlockPlace));
      g_array_append_val (places, none);   /* index 0 is unused */
    }

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == AMA_BLOCK_PAGE_BREAK)
        continue;
      if (out->len > 0)
        {
          g_string_append (out, "\n\n");
          add_place (places, none, NULL);
        }
      if (block->kind == AMA_BLOCK_TABLE)
        {
          for (guint r = 0; r < block->n_rows; r++)
            {
              AmaBlockPlace row_place = block->place;

              if (r > 0)
                g_string_append_c (out, '\n');
              row_place.row = r + 1;
              for (guint c = 0; c < block->n_columns; c++)
                {
                  g_autofree char *t = _ama_block_table_cell_text (block, r, c, FALSE);

                  if (c > 0)
                    g_string_append_c (out, '\t');
                  /* Keep the row on one line: a line break inside a cell
                   * is Word's manual line break. */
                  for (char *p = t; *p != '\0'; p++)
                    if (*p == '\n' || *p == '\t')
                      *p = (*p == '\n') ? '\v' : ' ';
                  g_string_append (out, t);
                }
              if (places != NULL)
                g_array_append_val (places, row_place);
            }
        }
      else
        {
          gsize start = out->len;

          append_block_text (out, block);
          add_place (places, block->place, out->str + start);
        }
    }

  if (places_out != NULL)
    *places_out = places;
  return g_string_free (out, FALSE);
}
