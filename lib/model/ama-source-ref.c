/* ama-source-ref.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-source-ref.h"

/**
 * AmaSourceRef:
 *
 * Where an imported fact came from: the document (its URI or file
 * name), the page, the line, and for a table the row and column, so a
 * reader can check a recommendation or a decision against the page it
 * was read from.
 *
 * Every number is 1-based; 0 means unknown or not applicable (a .docx
 * has no pages, a text file no columns). A source reference is
 * immutable and reference counted; [method@Ama.SourceRef.copy] gives an
 * independent one.
 *
 * Since: 1.2
 */

struct _AmaSourceRef
{
  gatomicrefcount  ref_count;
  char            *document;
  guint            page;
  guint            line;
  guint            row;
  guint            column;
};

G_DEFINE_BOXED_TYPE (AmaSourceRef, ama_source_ref, ama_source_ref_ref, ama_source_ref_unref)

/**
 * ama_source_ref_new:
 * @document: (nullable): the document's URI or file name, or %NULL
 *   when not known
 * @page: the page (1-based), or 0
 * @line: the line (in a text source, or on the page), or 0
 * @row: the table row (1-based), or 0
 * @column: the table column (1-based), or 0
 *
 * Creates a source reference.
 *
 * Returns: (transfer full): a new #AmaSourceRef
 *
 * Since: 1.2
 */
AmaSourceRef *
ama_source_ref_new (const char *document,
                    guint       page,
                    guint       line,
                    guint       row,
                    guint       column)
{
  AmaSourceRef *self = g_new0 (AmaSourceRef, 1);

  g_atomic_ref_count_init (&self->ref_count);
  /* "" names no document: one spelling of "unknown" */
  self->document = (document != NULL && *document != '\0') ? g_strdup (document) : NULL;
  self->page = page;
  self->line = line;
  self->row = row;
  self->column = column;
  return self;
}

/**
 * ama_source_ref_copy:
 * @self: a #AmaSourceRef
 *
 * Makes an independent copy.
 *
 * Returns: (transfer full): a new #AmaSourceRef equal to @self
 *
 * Since: 1.2
 */
AmaSourceRef *
ama_source_ref_copy (AmaSourceRef *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return ama_source_ref_new (self->document, self->page, self->line,
                             self->row, self->column);
}

/**
 * ama_source_ref_ref: (skip)
 * @self: a #AmaSourceRef
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @self
 *
 * Since: 1.2
 */
AmaSourceRef *
ama_source_ref_ref (AmaSourceRef *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ama_source_ref_unref: (skip)
 * @self: (transfer full): a #AmaSourceRef
 *
 * Drops a reference; frees the source reference when the last one goes.
 *
 * Since: 1.2
 */
void
ama_source_ref_unref (AmaSourceRef *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->document);
      g_free (self);
    }
}

/**
 * ama_source_ref_free: (skip)
 * @self: (transfer full): a #AmaSourceRef
 *
 * The same as [method@Ama.SourceRef.unref], for code that pairs
 * `_copy` with `_free`.
 *
 * Since: 1.2
 */
void
ama_source_ref_free (AmaSourceRef *self)
{
  ama_source_ref_unref (self);
}

/**
 * ama_source_ref_get_document:
 * @self: a #AmaSourceRef
 *
 * Gets the document's URI or file name.
 *
 * Returns: (nullable): the document, or %NULL when not known
 *
 * Since: 1.2
 */
const char *
ama_source_ref_get_document (AmaSourceRef *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->document;
}

/**
 * ama_source_ref_get_page:
 * @self: a #AmaSourceRef
 *
 * Gets the page of a paginated source (a PDF).
 *
 * Returns: the page (1-based), 0 when not known
 *
 * Since: 1.2
 */
guint
ama_source_ref_get_page (AmaSourceRef *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->page;
}

/**
 * ama_source_ref_get_line:
 * @self: a #AmaSourceRef
 *
 * Gets the line: of a text source (TSV, CSV, plain text, an HTML
 * page's source), or on the page of a PDF.
 *
 * Returns: the line (1-based), 0 when not known
 *
 * Since: 1.2
 */
guint
ama_source_ref_get_line (AmaSourceRef *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->line;
}

/**
 * ama_source_ref_get_row:
 * @self: a #AmaSourceRef
 *
 * Gets the table row, counting the header row.
 *
 * Returns: the table row (1-based, the header row included), 0 when
 *   not known or not in a table
 *
 * Since: 1.2
 */
guint
ama_source_ref_get_row (AmaSourceRef *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->row;
}

/**
 * ama_source_ref_get_column:
 * @self: a #AmaSourceRef
 *
 * Gets the table column (the cell in its row).
 *
 * Returns: the table column (cell, 1-based), 0 when not known or not
 *   in a table
 *
 * Since: 1.2
 */
guint
ama_source_ref_get_column (AmaSourceRef *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->column;
}

/**
 * ama_source_ref_equal:
 * @a: (nullable): a #AmaSourceRef
 * @b: (nullable): a #AmaSourceRef
 *
 * Compares two source references; two %NULL are equal.
 *
 * Returns: %TRUE when @a and @b name the same place
 *
 * Since: 1.2
 */
gboolean
ama_source_ref_equal (AmaSourceRef *a,
                      AmaSourceRef *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return g_strcmp0 (a->document, b->document) == 0 &&
         a->page == b->page && a->line == b->line &&
         a->row == b->row && a->column == b->column;
}

static void
append_place (GString      *out,
              AmaSourceRef *self)
{
  gsize start = out->len;

#define SEP() (out->len > start ? ", " : "")
  if (self->page > 0)
    g_string_append_printf (out, "%sp. %u", SEP (), self->page);
  if (self->line > 0)
    g_string_append_printf (out, "%sline %u", SEP (), self->line);
  if (self->row > 0)
    g_string_append_printf (out, "%stable row %u", SEP (), self->row);
  if (self->column > 0)
    g_string_append_printf (out, "%scolumn %u", SEP (), self->column);
#undef SEP
}

/**
 * ama_source_ref_to_string:
 * @self: a #AmaSourceRef
 *
 * Describes the place for a reader: `report.pdf p. 3, line 12`,
 * `table row 4, column 2`; the parts not known are left out, and a
 * reference that knows nothing is "unknown source".
 *
 * Returns: (transfer full): the description
 *
 * Since: 1.2
 */
char *
ama_source_ref_to_string (AmaSourceRef *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (self->document);
  if (self->document != NULL)
    g_string_append_c (out, ' ');
  {
    gsize before = out->len;

    append_place (out, self);
    if (out->len == before)
      {
        if (self->document != NULL)
          g_string_truncate (out, out->len - 1);
        else
          g_string_append (out, "unknown source");
      }
  }
  return g_string_free (out, FALSE);
}

/**
 * ama_source_ref_to_short_string:
 * @self: a #AmaSourceRef
 *
 * The place alone, as a report prints it beside a fact: `p. 3` when
 * the page is known, else `line 12`, else `row 4`; "" when none is.
 *
 * Returns: (transfer full): the short description
 *
 * Since: 1.2
 */
char *
ama_source_ref_to_short_string (AmaSourceRef *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->page > 0)
    return g_strdup_printf ("p. %u", self->page);
  if (self->line > 0)
    return g_strdup_printf ("line %u", self->line);
  if (self->row > 0)
    return g_strdup_printf ("row %u", self->row);
  return g_strdup ("");
}
