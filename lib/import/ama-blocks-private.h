/* ama-blocks-private.h: the structured document every reader produces
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A council document, whatever its container (.docx, PDF, HTML page,
 * plain text, TSV/CSV), is read into one shape: a sequence of blocks —
 * headings, paragraphs, list items, tables, page breaks — each with the
 * place it came from. Readers (ama-read-*.c) produce it; interpreters
 * (response table, tracker, minutes, summary sheet, annex) read it, so
 * one interpreter serves every container format.
 *
 * Private to the library: nothing here is in the GIR or the ABI.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  AMA_BLOCK_HEADING,
  AMA_BLOCK_PARAGRAPH,
  AMA_BLOCK_LIST_ITEM,
  AMA_BLOCK_TABLE,
  AMA_BLOCK_PAGE_BREAK,
} AmaBlockKind;

/* Where a block (or a table cell) came from. Every number is 1-based;
 * 0 means "not known" or "not applicable" (a DOCX has no pages, a text
 * file has no columns). */
typedef struct
{
  guint page;    /* PDF page; DOCX/HTML: 0 */
  guint line;    /* line in a text source, line on the page in a PDF,
                  * source line in HTML, paragraph index in DOCX */
  guint row;     /* table row, 0 outside a table */
  guint column;  /* table column (grid column), 0 outside a table */
} AmaBlockPlace;

typedef struct _AmaBlock AmaBlock;

/* One grid position of a table. A merged cell (DOCX gridSpan/vMerge,
 * HTML colspan/rowspan) keeps its content at its top-left position
 * (origin) with @row_span/@col_span set; the positions it covers have
 * @covered TRUE, no blocks, and @origin_row/@origin_column pointing at
 * the origin, so an interpreter that wants "the value in this column"
 * can follow them. */
typedef struct
{
  GPtrArray     *blocks;        /* of AmaBlock (paragraphs, list items,
                                 * nested tables); never NULL */
  guint          row_span;      /* >= 1 */
  guint          col_span;      /* >= 1 */
  gboolean       covered;
  guint          origin_row;    /* 0-based position of the origin */
  guint          origin_column;
  AmaBlockPlace  place;
} AmaTableCell;

struct _AmaBlock
{
  AmaBlockKind   kind;
  AmaBlockPlace  place;
  guint          level;      /* heading: 1..6; list item: nesting depth from 0 */
  char          *marker;     /* list item's marker as written ("1.", "(a)",
                              * "•"), NULL when none */
  char          *style;      /* the source's style or class ("Heading 2",
                              * "mgSubTitleTxt"), NULL when none */
  char          *text;       /* heading, paragraph, list item: UTF-8, line
                              * breaks inside the block as '\n'; NULL for
                              * tables and page breaks */
  /* tables */
  guint          n_rows;
  guint          n_columns;
  guint          n_header_rows; /* leading rows marked as header (w:tblHeader,
                                 * <th>/<thead>, a PDF header repeated on
                                 * each page) */
  AmaTableCell  *cells;      /* n_rows × n_columns, row-major */
};

/* A document: its blocks in reading order and what the reader noticed
 * (dropped page headers, resolved merges...) as AmaDiagnostic-ready
 * notes the importer turns into diagnostics. */
typedef struct
{
  GPtrArray *blocks;   /* of AmaBlock, owned */
  char      *uri;      /* document URI or file name, NULL when unknown */
  char      *format;   /* "docx", "pdf", "html", "text", "tsv", "csv" */
  GPtrArray *notes;    /* of AmaBlockNote, owned */
} AmaBlockDoc;

typedef struct
{
  char          *code;     /* kebab-case diagnostic code, e.g. "page-header-dropped" */
  char          *message;  /* names the place ("page 3, line 1: ...") */
  AmaBlockPlace  place;
} AmaBlockNote;

AmaBlockDoc  *_ama_block_doc_new          (const char    *format,
                                           const char    *uri);
void          _ama_block_doc_free         (AmaBlockDoc   *doc);
/* Takes ownership of @block. */
void          _ama_block_doc_append       (AmaBlockDoc   *doc,
                                           AmaBlock      *block);
void          _ama_block_doc_note         (AmaBlockDoc   *doc,
                                           const char    *code,
                                           AmaBlockPlace  place,
                                           const char    *format,
                                           ...) G_GNUC_PRINTF (4, 5);

/* A heading, paragraph or list item with @text (copied). */
AmaBlock     *_ama_block_new_text         (AmaBlockKind   kind,
                                           const char    *text,
                                           AmaBlockPlace  place);
AmaBlock     *_ama_block_new_page_break   (guint          page);
/* An empty table: every cell has no blocks, spans of 1, its place set
 * (row/column from 1, page/line from @place). */
AmaBlock     *_ama_block_new_table        (guint          n_rows,
                                           guint          n_columns,
                                           AmaBlockPlace  place);
void          _ama_block_free             (AmaBlock      *block);

/* The cell at 0-based (@row, @column), or NULL out of range. */
AmaTableCell *_ama_block_table_cell       (AmaBlock      *table,
                                           guint          row,
                                           guint          column);
/* The cell holding the content of (@row, @column): the cell itself, or
 * the origin of the merged cell covering it. */
AmaTableCell *_ama_block_table_origin     (AmaBlock      *table,
                                           guint          row,
                                           guint          column);
/* Marks the area of @row_span × @col_span from (@row, @column) as one
 * merged cell: the origin gets the spans, the others are covered. */
void          _ama_block_table_merge      (AmaBlock      *table,
                                           guint          row,
                                           guint          column,
                                           guint          row_span,
                                           guint          col_span);
/* The text of a cell's blocks, joined by '\n' (list items with their
 * marker), NULL-free: "" for an empty cell. For a covered position,
 * the origin's text when @follow_merge. */
char         *_ama_block_table_cell_text  (AmaBlock      *table,
                                           guint          row,
                                           guint          column,
                                           gboolean       follow_merge);

/* The document as plain text, one block a paragraph separated by blank
 * lines, list items with their marker, tables as one line a row with
 * cells separated by tabs (line breaks inside cells as vertical tab,
 * Word's manual line break), so the text interpreters can read any
 * container. @places (optional) receives, for each 1-based output line
 * (index 0 unused), the AmaBlockPlace it came from, so diagnostics can
 * name page and cell. */
char         *_ama_block_doc_to_text      (AmaBlockDoc   *doc,
                                           GArray       **places);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AmaBlockDoc, _ama_block_doc_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AmaBlock, _ama_block_free)

G_END_DECLS
