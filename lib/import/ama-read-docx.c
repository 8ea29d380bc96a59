/* ama-read-docx.c: Word (.docx) documents into blocks
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A .docx is a zip (read with ama-zip.c) whose
 * word/document.xml holds the body; word/styles.xml names the styles
 * (so "Heading1" reads as "heading 1") and word/numbering.xml says how
 * list items are numbered. Only what an interpreter needs is kept:
 * headings, paragraphs, list items with their marker as Word would draw
 * it, tables with merged cells and header rows, line breaks and tabs.
 */

#include "config.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ama-blocks-private.h"
#include "ama-error.h"
#include "ama-read-private.h"
#include "ama-zip-private.h"

/* A zip bomb declares (or inflates to) far more than any council
 * paper: the biggest real document.xml seen is a few MiB. */
#define DOCX_MEMBER_MAX   (64u * 1024 * 1024)
#define DOCX_ENTRIES_MAX  10000u
#define DOCX_TABLE_DEPTH  16u
#define DOCX_GRID_MAX     512u
#define DOCX_ROWS_MAX     100000u

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

typedef struct
{
  char *fmt;        /* numFmt */
  char *text;       /* lvlText */
  int   start;
} NumLevel;

typedef struct
{
  NumLevel levels[9];
  int      counters[9];
} AbstractNum;

typedef struct
{
  GHashTable  *style_names;   /* styleId → name */
  GHashTable  *style_num;     /* styleId → "numId ilvl" */
  GHashTable  *abstracts;     /* abstractNumId → AbstractNum* */
  GHashTable  *nums;          /* numId → abstractNumId */
  guint        paragraph;     /* paragraph index, 1-based */
  GError     **error;
} Reader;

static void
abstract_num_free (AbstractNum *a)
{
  for (guint i = 0; i < G_N_ELEMENTS (a->levels); i++)
    {
      g_free (a->levels[i].fmt);
      g_free (a->levels[i].text);
    }
  g_free (a);
}

static gboolean
is_w (xmlNode    *node,
      const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *) node->name, name) == 0 &&
         node->ns != NULL && strcmp ((const char *) node->ns->href, W_NS) == 0;
}

static xmlNode *
w_child (xmlNode    *node,
         const char *name)
{
  for (xmlNode *c = node ? node->children : NULL; c != NULL; c = c->next)
    if (is_w (c, name))
      return c;
  return NULL;
}

static char *
w_val (xmlNode *node)
{
  xmlChar *v;
  char *out;

  if (node == NULL)
    return NULL;
  v = xmlGetNsProp (node, (const xmlChar *) "val", (const xmlChar *) W_NS);
  out = v ? g_strdup ((const char *) v) : NULL;
  xmlFree (v);
  return out;
}

static int
w_int (xmlNode *node,
       int      fallback)
{
  g_autofree char *v = w_val (node);
  gint64 n;

  if (v == NULL || !g_ascii_string_to_signed (v, 10, -1000000, 1000000, &n, NULL))
    return fallback;
  return (int) n;
}

static xmlDoc *
parse_member (GBytes      *bytes,
              const char  *path,
              GError     **error)
{
  xmlParserCtxt *ctxt = xmlNewParserCtxt ();
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlDoc *doc;

  if (ctxt == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_IO, "%s: out of memory", path);
      return NULL;
    }
  if (len > G_MAXINT)
    len = G_MAXINT;
  /* No entity substitution and no network: a member cannot expand
   * itself or fetch anything. */
  doc = xmlCtxtReadMemory (ctxt, data, (int) len, path, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || !ctxt->wellFormed)
    {
      const xmlError *e = xmlCtxtGetLastError (ctxt);
      g_autofree char *msg = g_strstrip (g_strdup (e && e->message ? e->message : "not XML"));

      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE, "%s: line %d, column %d: malformed XML: %s",
                   path, e ? e->line : 0, e ? e->int2 : 0, msg);
      if (doc != NULL)
        xmlFreeDoc (doc);
      xmlFreeParserCtxt (ctxt);
      return NULL;
    }
  xmlFreeParserCtxt (ctxt);
  return doc;
}

static void
read_styles (Reader  *r,
             xmlDoc  *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *s = root ? root->children : NULL; s != NULL; s = s->next)
    {
      xmlChar *id;
      g_autofree char *name = NULL;
      xmlNode *num;

      if (!is_w (s, "style"))
        continue;
      id = xmlGetNsProp (s, (const xmlChar *) "styleId", (const xmlChar *) W_NS);
      if (id == NULL)
        continue;
      name = w_val (w_child (s, "name"));
      if (name != NULL)
        g_hash_table_replace (r->style_names, g_strdup ((char *) id), g_steal_pointer (&name));
      num = w_child (w_child (s, "pPr"), "numPr");
      if (num != NULL && w_child (num, "numId") != NULL)
        g_hash_table_replace (r->style_num, g_strdup ((char *) id),
                              g_strdup_printf ("%d %d", w_int (w_child (num, "numId"), 0),
                                               w_int (w_child (num, "ilvl"), 0)));
      xmlFree (id);
    }
}

static void
read_numbering (Reader *r,
                xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *n = root ? root->children : NULL; n != NULL; n = n->next)
    {
      if (is_w (n, "abstractNum"))
        {
          xmlChar *id = xmlGetNsProp (n, (const xmlChar *) "abstractNumId", (const xmlChar *) W_NS);
          AbstractNum *a;

          if (id == NULL)
            continue;
          a = g_new0 (AbstractNum, 1);
          for (xmlNode *l = n->children; l != NULL; l = l->next)
            {
              xmlChar *lv;
              gint64 ilvl;

              if (!is_w (l, "lvl"))
                continue;
              lv = xmlGetNsProp (l, (const xmlChar *) "ilvl", (const xmlChar *) W_NS);
              if (lv != NULL && g_ascii_string_to_signed ((char *) lv, 10, 0, 8, &ilvl, NULL))
                {
                  NumLevel *level = &a->levels[ilvl];

                  g_free (level->fmt);
                  g_free (level->text);
                  level->fmt = w_val (w_child (l, "numFmt"));
                  level->text = w_val (w_child (l, "lvlText"));
                  level->start = w_int (w_child (l, "start"), 1);
                }
              xmlFree (lv);
            }
          for (guint i = 0; i < 9; i++)
            a->counters[i] = a->levels[i].start - 1;
          g_hash_table_replace (r->abstracts, g_strdup ((char *) id), a);
          xmlFree (id);
        }
      else if (is_w (n, "num"))
        {
          xmlChar *id = xmlGetNsProp (n, (const xmlChar *) "numId", (const xmlChar *) W_NS);
          char *abs = w_val (w_child (n, "abstractNumId"));

          if (id != NULL && abs != NULL)
            g_hash_table_replace (r->nums, g_strdup ((char *) id), abs);
          else
            g_free (abs);
          xmlFree (id);
        }
    }
}

static void
append_roman (GString *out,
              int      n,
              gboolean upper)
{
  static const struct { int v; const char *s; } romans[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" }, { 90, "xc" },
    { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
  };

  if (n <= 0 || n >= 4000)
    {
      g_string_append_printf (out, "%d", n);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (romans); i++)
    while (n >= romans[i].v)
      {
        for (const char *p = romans[i].s; *p; p++)
          g_string_append_c (out, upper ? g_ascii_toupper (*p) : *p);
        n -= romans[i].v;
      }
}

static void
append_counter (GString    *out,
                const char *fmt,
                int         n)
{
  if (fmt == NULL || strcmp (fmt, "decimal") == 0 || n <= 0)
    g_string_append_printf (out, "%d", n);
  else if (strcmp (fmt, "decimalZero") == 0)
    g_string_append_printf (out, "%02d", n);
  else if (strcmp (fmt, "lowerLetter") == 0 || strcmp (fmt, "upperLetter") == 0)
    {
      /* Word repeats the letter past z: aa, bb... */
      char c = (char) ((strcmp (fmt, "lowerLetter") == 0 ? 'a' : 'A') + (n - 1) % 26);

      for (int i = 0; i <= (n - 1) / 26 && i < 8; i++)
        g_string_append_c (out, c);
    }
  else if (strcmp (fmt, "lowerRoman") == 0)
    append_roman (out, n, FALSE);
  else if (strcmp (fmt, "upperRoman") == 0)
    append_roman (out, n, TRUE);
  else
    g_string_append_printf (out, "%d", n);
}

/* The marker Word draws for a paragraph numbered (@num_id, @ilvl):
 * advances the list's counters. */
static char *
number_marker (Reader *r,
               int     num_id,
               int     ilvl)
{
  g_autofree char *key = g_strdup_printf ("%d", num_id);
  const char *abs_id = g_hash_table_lookup (r->nums, key);
  AbstractNum *a = abs_id ? g_hash_table_lookup (r->abstracts, abs_id) : NULL;
  NumLevel *level;
  GString *out;

  if (a == NULL || ilvl < 0 || ilvl > 8)
    return NULL;
  level = &a->levels[ilvl];
  if (level->fmt != NULL && strcmp (level->fmt, "bullet") == 0)
    return g_strdup ("•");
  if (level->fmt != NULL && strcmp (level->fmt, "none") == 0)
    return NULL;
  a->counters[ilvl]++;
  for (int i = ilvl + 1; i < 9; i++)
    a->counters[i] = a->levels[i].start - 1;
  out = g_string_new (NULL);
  for (const char *p = level->text ? level->text : "%1."; *p; p++)
    {
      if (p[0] == '%' && p[1] >= '1' && p[1] <= '9')
        {
          int l = p[1] - '1';

          append_counter (out, a->levels[l].fmt, MAX (a->counters[l], a->levels[l].start));
          p++;
        }
      else
        g_string_append_c (out, *p);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* The text of a paragraph's runs: w:t, w:tab as '\t', w:br/w:cr as
 * '\n'; deleted text, field codes and drawings are not text. */
static void
collect_text (xmlNode *node,
              GString *out,
              guint    depth)
{
  if (depth > 64)
    return;
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is_w (c, "t"))
        {
          xmlChar *t = xmlNodeGetContent (c);

          g_string_append (out, (const char *) t);
          xmlFree (t);
        }
      else if (is_w (c, "tab") || is_w (c, "ptab"))
        g_string_append_c (out, '\t');
      else if (is_w (c, "br") || is_w (c, "cr"))
        g_string_append_c (out, '\n');
      else if (is_w (c, "noBreakHyphen"))
        g_string_append_c (out, '-');
      else if (is_w (c, "pPr") || is_w (c, "rPr") || is_w (c, "del") ||
               is_w (c, "instrText") || is_w (c, "delText") || is_w (c, "drawing") ||
               is_w (c, "pict") || is_w (c, "object") || is_w (c, "footnoteReference"))
        continue;
      else
        collect_text (c, out, depth + 1);
    }
}

static gboolean read_body (Reader *r, xmlNode *parent, GPtrArray *out, guint depth);

static AmaBlock *
read_paragraph (Reader  *r,
                xmlNode *p)
{
  xmlNode *ppr = w_child (p, "pPr");
  g_autofree char *style_id = w_val (w_child (ppr, "pStyle"));
  const char *style = style_id ? g_hash_table_lookup (r->style_names, style_id) : NULL;
  xmlNode *numpr = w_child (ppr, "numPr");
  g_autoptr(GString) text = g_string_new (NULL);
  AmaBlockPlace place = { 0, ++r->paragraph, 0, 0 };
  AmaBlockKind kind = AMA_BLOCK_PARAGRAPH;
  g_autofree char *marker = NULL;
  guint level = 0;
  g_autofree char *stripped = NULL;
  AmaBlock *block;
  int num_id = -1, ilvl = 0;

  if (style == NULL)
    style = style_id;
  collect_text (p, text, 0);

  if (numpr != NULL && w_child (numpr, "numId") != NULL)
    {
      num_id = w_int (w_child (numpr, "numId"), 0);
      ilvl = w_int (w_child (numpr, "ilvl"), 0);
    }
  else if (style_id != NULL && g_hash_table_contains (r->style_num, style_id))
    sscanf (g_hash_table_lookup (r->style_num, style_id), "%d %d", &num_id, &ilvl);

  if (style != NULL)
    {
      if (g_ascii_strncasecmp (style, "heading", 7) == 0)
        {
          const char *d = style + 7;

          while (*d == ' ')
            d++;
          if (*d >= '1' && *d <= '9' && d[1] == '\0')
            {
              kind = AMA_BLOCK_HEADING;
              level = MIN (6, (guint) (*d - '0'));
            }
        }
      else if (g_ascii_strcasecmp (style, "title") == 0)
        {
          kind = AMA_BLOCK_HEADING;
          level = 1;
        }
    }

  /* numId 0 means "numbering removed" */
  if (num_id > 0)
    {
      marker = number_marker (r, num_id, ilvl);
      if (kind == AMA_BLOCK_PARAGRAPH)
        {
          kind = AMA_BLOCK_LIST_ITEM;
          level = (guint) CLAMP (ilvl, 0, 8);
        }
    }

  stripped = g_strstrip (g_strdup (text->str));
  if (*stripped == '\0')
    return NULL;
  block = _ama_block_new_text (kind, stripped, place);
  block->level = level;
  block->style = g_strdup (style);
  if (kind == AMA_BLOCK_LIST_ITEM)
    block->marker = g_steal_pointer (&marker);
  else if (marker != NULL && kind == AMA_BLOCK_HEADING)
    {
      /* A numbered heading ("3. Recommendations") keeps its number. */
      g_autofree char *t = g_strconcat (marker, " ", block->text, NULL);

      g_free (block->text);
      block->text = g_steal_pointer (&t);
    }
  return block;
}

typedef struct
{
  guint      column;
  guint      span;
  int        vmerge;      /* 0 none, 1 restart, 2 continue */
  GPtrArray *blocks;
} CellSpec;

static void
cell_spec_clear (CellSpec *c)
{
  g_clear_pointer (&c->blocks, g_ptr_array_unref);
}

static AmaBlock *
read_table (Reader  *r,
            xmlNode *tbl,
            guint    depth)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) header_flags = g_array_new (FALSE, TRUE, sizeof (gboolean));
  guint n_columns = 0, n_header = 0;
  AmaBlockPlace place = { 0, r->paragraph + 1, 0, 0 };
  AmaBlock *table;

  if (depth >= DOCX_TABLE_DEPTH)
    {
      g_set_error (r->error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "word/document.xml: line %ld: tables nested deeper than %u",
                   (long) xmlGetLineNo (tbl), DOCX_TABLE_DEPTH);
      return NULL;
    }
  for (xmlNode *g = w_child (w_child (tbl, "tblGrid"), "gridCol"); g; g = g->next)
    if (is_w (g, "gridCol"))
      n_columns++;

  for (xmlNode *tr = tbl->children; tr != NULL; tr = tr->next)
    {
      GArray *cells;
      xmlNode *trpr;
      guint col;
      gboolean header;

      if (!is_w (tr, "tr"))
        continue;
      if (rows->len >= DOCX_ROWS_MAX)
        {
          g_set_error (r->error, AMA_ERROR, AMA_ERROR_LIMIT,
                       "word/document.xml: line %ld: a table of more than %u rows",
                       (long) xmlGetLineNo (tr), DOCX_ROWS_MAX);
          return NULL;
        }
      trpr = w_child (tr, "trPr");
      col = (guint) CLAMP (w_int (w_child (trpr, "gridBefore"), 0), 0, (int) DOCX_GRID_MAX);
      header = w_child (trpr, "tblHeader") != NULL &&
               w_int (w_child (trpr, "tblHeader"), 1) != 0;
      cells = g_array_new (FALSE, TRUE, sizeof (CellSpec));
      g_array_set_clear_func (cells, (GDestroyNotify) cell_spec_clear);
      g_ptr_array_add (rows, cells);
      g_array_append_val (header_flags, header);

      for (xmlNode *tc = tr->children; tc != NULL; tc = tc->next)
        {
          CellSpec spec = { 0, };
          xmlNode *tcpr, *vm;

          if (!is_w (tc, "tc"))
            continue;
          tcpr = w_child (tc, "tcPr");
          spec.column = col;
          spec.span = (guint) CLAMP (w_int (w_child (tcpr, "gridSpan"), 1), 1, (int) DOCX_GRID_MAX);
          vm = w_child (tcpr, "vMerge");
          if (vm != NULL)
            {
              g_autofree char *v = w_val (vm);

              spec.vmerge = (v != NULL && strcmp (v, "restart") == 0) ? 1 : 2;
            }
          spec.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _ama_block_free);
          if (!read_body (r, tc, spec.blocks, depth + 1))
            {
              g_ptr_array_unref (spec.blocks);
              return NULL;
            }
          g_array_append_val (cells, spec);
          col += spec.span;
          if (col > DOCX_GRID_MAX)
            {
              g_set_error (r->error, AMA_ERROR, AMA_ERROR_LIMIT,
                           "word/document.xml: line %ld: a table wider than %u grid columns",
                           (long) xmlGetLineNo (tc), DOCX_GRID_MAX);
              return NULL;
            }
        }
      n_columns = MAX (n_columns, col);
    }

  if (rows->len == 0 || n_columns == 0)
    return NULL;
  while (n_header < header_flags->len && g_array_index (header_flags, gboolean, n_header))
    n_header++;

  table = _ama_block_new_table (rows->len, n_columns, place);
  table->n_header_rows = n_header;
  for (guint ri = 0; ri < rows->len; ri++)
    {
      GArray *cells = g_ptr_array_index (rows, ri);

      for (guint ci = 0; ci < cells->len; ci++)
        {
          CellSpec *spec = &g_array_index (cells, CellSpec, ci);
          AmaTableCell *cell = _ama_block_table_cell (table, ri, spec->column);
          guint row_span = 1;

          if (cell == NULL || cell->covered)
            continue;
          if (spec->vmerge == 2 && ri > 0)
            continue;   /* covered by a merge above, set when the origin was read */
          if (spec->vmerge == 1)
            for (guint below = ri + 1; below < rows->len; below++)
              {
                GArray *next = g_ptr_array_index (rows, below);
                gboolean cont = FALSE;

                for (guint k = 0; k < next->len; k++)
                  {
                    CellSpec *s = &g_array_index (next, CellSpec, k);

                    if (s->column == spec->column)
                      cont = s->vmerge == 2;
                  }
                if (!cont)
                  break;
                row_span++;
              }
          g_ptr_array_extend_and_steal (cell->blocks, g_steal_pointer (&spec->blocks));
          spec->blocks = g_ptr_array_new ();
          if (row_span > 1 || spec->span > 1)
            _ama_block_table_merge (table, ri, spec->column, row_span, spec->span);
        }
    }
  return table;
}

static gboolean
read_body (Reader    *r,
           xmlNode   *parent,
           GPtrArray *out,
           guint      depth)
{
  for (xmlNode *c = parent->children; c != NULL; c = c->next)
    {
      if (is_w (c, "p"))
        {
          AmaBlock *b = read_paragraph (r, c);

          if (b != NULL)
            g_ptr_array_add (out, b);
        }
      else if (is_w (c, "tbl"))
        {
          AmaBlock *t = read_table (r, c, depth);

          if (t == NULL && r->error != NULL && *r->error != NULL)
            return FALSE;
          if (t != NULL)
            g_ptr_array_add (out, t);
        }
      else if ((is_w (c, "sdt") || is_w (c, "customXml")) && depth < 64)
        {
          /* content controls wrap ordinary paragraphs */
          xmlNode *content = w_child (c, "sdtContent");

          if (!read_body (r, content ? content : c, out, depth + 1))
            return FALSE;
        }
    }
  return TRUE;
}

AmaBlockDoc *
_ama_read_docx (const char  *data,
                gsize        length,
                const char  *uri,
                GError     **error)
{
  g_autoptr(AmaZip) zip = NULL;
  g_autoptr(GBytes) body_bytes = NULL;
  g_autoptr(AmaBlockDoc) doc = NULL;
  Reader r = { 0, };
  GError *local = NULL;
  xmlDoc *body;
  xmlNode *root, *body_node;
  gboolean ok;

  if (length < 4 || memcmp (data, "PK\003\004", 4) != 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "byte 0: not a .docx: a Word document is a zip archive starting “PK”");
      return NULL;
    }
  zip = _ama_zip_open (data, length, DOCX_ENTRIES_MAX, error);
  if (zip == NULL)
    return NULL;

  body_bytes = _ama_zip_read (zip, "word/document.xml", DOCX_MEMBER_MAX, error);
  if (body_bytes == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                     "word/document.xml: missing from the zip archive (not a Word document)");
      return NULL;
    }

  r.style_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r.style_num = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r.abstracts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) abstract_num_free);
  r.nums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r.error = &local;

  /* Styles and numbering are optional parts: without them headings are
   * known by their style ids and list items carry no marker. */
  {
    static const char * const parts[] = { "word/styles.xml", "word/numbering.xml" };

    for (guint i = 0; i < G_N_ELEMENTS (parts) && local == NULL; i++)
      {
        g_autoptr(GBytes) bytes = _ama_zip_read (zip, parts[i], DOCX_MEMBER_MAX, &local);
        xmlDoc *x;

        if (bytes == NULL)
          continue;
        x = parse_member (bytes, parts[i], &local);
        if (x == NULL)
          break;
        if (i == 0)
          read_styles (&r, x);
        else
          read_numbering (&r, x);
        xmlFreeDoc (x);
      }
  }

  body = local == NULL ? parse_member (body_bytes, "word/document.xml", &local) : NULL;
  root = body ? xmlDocGetRootElement (body) : NULL;
  body_node = root && is_w (root, "document") ? w_child (root, "body") : NULL;
  if (local == NULL && body_node == NULL)
    g_set_error (&local, AMA_ERROR, AMA_ERROR_MISSING,
                 "word/document.xml: no w:document/w:body element");

  doc = _ama_block_doc_new ("docx", uri);
  ok = local == NULL && read_body (&r, body_node, doc->blocks, 0);

  if (body != NULL)
    xmlFreeDoc (body);
  g_hash_table_unref (r.style_names);
  g_hash_table_unref (r.style_num);
  g_hash_table_unref (r.abstracts);
  g_hash_table_unref (r.nums);
  if (!ok)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&doc);
}
