/* ama-read-pdf.c: PDF documents into blocks
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A PDF has no paragraphs or tables, only glyphs at positions. Poppler
 * (poppler-glib) gives each character of a page's text with its box;
 * from those this reader rebuilds what a reader of the page sees:
 *
 *  - lines: glyphs sharing a baseline, left to right, whatever order
 *    the PDF drew them in (a table is often drawn column by column);
 *  - words and segments: a gap wider than a space splits words, a gap
 *    wider than about half a line height splits segments (text of
 *    different table cells on one line);
 *  - tables: a line of three or more segments followed by lines whose
 *    segments start at the same x-positions (the column anchors) opens
 *    a table; a line with text in the first column starts a row, lines
 *    below it with text in other columns only are wrapped text of that
 *    row's cells; the table goes on over a page break (a header row
 *    repeated at the top of the new page is skipped) and ends at a line
 *    whose text runs across a column boundary;
 *  - paragraphs: consecutive lines with no more than normal leading
 *    between them, joined with spaces; a line in larger type is a
 *    heading; a bullet opens a list item;
 *  - running headers and footers: a line near the top or bottom of the
 *    page whose text (digits aside) recurs on most pages, or a bare
 *    page number, is dropped with a "page-header-dropped" note.
 *
 * Places: page (1-based) and the line on the page (1-based, counting
 * every line the reader rebuilt, dropped ones included).
 *
 * Poppler reports what it finds wrong in a file through poppler-glib's
 * own error callback, which logs at G_LOG_LEVEL_INFO in the "Poppler"
 * domain: nothing is printed unless G_MESSAGES_DEBUG asks for it, and
 * no warning is raised, so nothing here needs to install a handler
 * (which would be process-global state).
 */

#include "config.h"

#include <string.h>
#include <poppler.h>

#include "ama-blocks-private.h"
#include "ama-error.h"
#include "ama-read-private.h"

/* Bounds, so that hostile or enormous input fails fast with
 * AMA_ERROR_LIMIT rather than exhausting time or memory: the longest
 * council paper seen runs to a few hundred pages of about 5,000
 * characters each. */
#define PDF_PAGES_MAX       2000u
#define PDF_PAGE_CHARS_MAX  200000u
#define PDF_CHARS_MAX       (8u * 1024 * 1024)
#define PDF_COLUMNS_MAX     32u
#define PDF_ROWS_MAX        20000u

/* poppler-glib 22.12 declares no autoptr cleanups */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef struct
{
  double   x0, y0, x1, y1;
  gunichar c;
} Glyph;

typedef struct
{
  double   x0, x1;
  char    *text;
} Word;

typedef struct
{
  double   x0, x1;
  guint    first_word, n_words;   /* into Line.words */
} Segment;

typedef struct
{
  guint    page;
  guint    number;      /* line on the page, 1-based */
  double   y0, y1, x0, x1;
  double   height;      /* the tallest glyph box: the type size */
  GArray  *words;       /* of Word */
  GArray  *segments;    /* of Segment */
  char    *text;        /* words joined by single spaces */
  gboolean dropped;     /* running header, footer or page number */
} Line;

typedef struct
{
  double     height;    /* page height */
  GPtrArray *lines;     /* of Line, top to bottom */
} Page;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->text);
}

static void
line_free (gpointer data)
{
  Line *line = data;

  g_array_unref (line->words);
  g_array_unref (line->segments);
  g_free (line->text);
  g_free (line);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  /* NULL when the page could not be had from poppler */
  g_clear_pointer (&page->lines, g_ptr_array_unref);
  g_free (page);
}

static int
glyph_cmp_y (gconstpointer a,
             gconstpointer b)
{
  const Glyph *ga = a, *gb = b;
  double ya = (ga->y0 + ga->y1) / 2, yb = (gb->y0 + gb->y1) / 2;

  if (ya != yb)
    return ya < yb ? -1 : 1;
  return ga->x0 < gb->x0 ? -1 : ga->x0 > gb->x0;
}

static int
glyph_cmp_x (gconstpointer a,
             gconstpointer b)
{
  const Glyph *ga = a, *gb = b;

  return ga->x0 < gb->x0 ? -1 : ga->x0 > gb->x0;
}

/* Words and segments of one line from its glyphs (sorted by x). */
static Line *
line_new (Glyph *glyphs,
          guint  n,
          guint  page,
          guint  number)
{
  Line *line = g_new0 (Line, 1);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  double wx0 = 0, wx1 = 0;

  line->page = page;
  line->number = number;
  line->words = g_array_new (FALSE, FALSE, sizeof (Word));
  g_array_set_clear_func (line->words, word_clear);
  line->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  line->y0 = G_MAXDOUBLE;
  line->y1 = -G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      line->y0 = MIN (line->y0, glyphs[i].y0);
      line->y1 = MAX (line->y1, glyphs[i].y1);
      line->height = MAX (line->height, glyphs[i].y1 - glyphs[i].y0);
    }
  if (line->height <= 0)
    line->height = 1;
  line->x0 = n > 0 ? glyphs[0].x0 : 0;

  for (guint i = 0; i < n; i++)
    {
      /* Glyph boxes are their advance: letters of a word touch, a space
       * leaves a gap of about a quarter of the type size. */
      if (word->len > 0 && glyphs[i].x0 - wx1 > 0.12 * line->height)
        {
          Word w = { wx0, wx1, g_strdup (word->str) };

          g_array_append_val (line->words, w);
          g_string_truncate (word, 0);
        }
      if (word->len == 0)
        wx0 = glyphs[i].x0;
      g_string_append_unichar (word, glyphs[i].c);
      wx1 = MAX (wx1, glyphs[i].x1);
      line->x1 = MAX (line->x1, glyphs[i].x1);
    }
  if (word->len > 0)
    {
      Word w = { wx0, wx1, g_strdup (word->str) };

      g_array_append_val (line->words, w);
    }

  for (guint i = 0; i < line->words->len; i++)
    {
      Word *w = &g_array_index (line->words, Word, i);
      Segment *last = line->segments->len > 0
                      ? &g_array_index (line->segments, Segment, line->segments->len - 1)
                      : NULL;

      /* Text of two table cells is kept apart by the cells' padding,
       * at least twice a space. */
      if (last != NULL && w->x0 - last->x1 < 0.55 * line->height)
        {
          last->x1 = w->x1;
          last->n_words++;
        }
      else
        {
          Segment s = { w->x0, w->x1, i, 1 };

          g_array_append_val (line->segments, s);
        }
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, w->text);
    }
  line->text = g_string_free (g_steal_pointer (&text), FALSE);
  return line;
}

/* The text of the words of @seg. */
static char *
segment_text (Line    *line,
              Segment *seg)
{
  GString *s = g_string_new (NULL);

  for (guint i = seg->first_word; i < seg->first_word + seg->n_words; i++)
    {
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, g_array_index (line->words, Word, i).text);
    }
  return g_string_free (s, FALSE);
}

/* The lines of one page, from poppler's text and its character boxes. */
static gboolean
read_page (PopplerPage *ppage,
           guint        number,
           Page        *page,
           guint       *total_chars,
           GError     **error)
{
  g_autofree char *text = poppler_page_get_text (ppage);
  g_autofree PopplerRectangle *rects = NULL;
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  guint n_rects = 0, i = 0, start;
  double width;
  const char *p;

  poppler_page_get_size (ppage, &width, &page->height);
  page->lines = g_ptr_array_new_with_free_func (line_free);
  if (text == NULL || !poppler_page_get_text_layout (ppage, &rects, &n_rects))
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_ENCODING,
                   "page %u: the text layer is not valid UTF-8", number);
      return FALSE;
    }

  /* One box per character of the page's text, in its order. */
  for (p = text; *p != '\0' && i < n_rects; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      Glyph g;

      if (g_unichar_isspace (c) || c == 0xA0 || c == 0xFEFF || c == 0xAD ||
          g_unichar_iscntrl (c))
        continue;
      g.x0 = MIN (rects[i].x1, rects[i].x2);
      g.x1 = MAX (rects[i].x1, rects[i].x2);
      g.y0 = MIN (rects[i].y1, rects[i].y2);
      g.y1 = MAX (rects[i].y1, rects[i].y2);
      /* NaN or absurd boxes from a hostile file: not text on the page */
      if (!(g.x0 > -1e6 && g.x1 < 1e6 && g.y0 > -1e6 && g.y1 < 1e6))
        continue;
      /* The private-use bullet of Symbol fonts */
      g.c = (c == 0xF0B7) ? 0x2022 : c;
      g_array_append_val (glyphs, g);
      if (glyphs->len > PDF_PAGE_CHARS_MAX)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                       "page %u: more than %u characters on one page", number,
                       PDF_PAGE_CHARS_MAX);
          return FALSE;
        }
    }
  *total_chars += glyphs->len;
  if (*total_chars > PDF_CHARS_MAX)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "page %u: more than %u characters in the document", number,
                   PDF_CHARS_MAX);
      return FALSE;
    }

  /* Lines: glyphs whose vertical centres lie within half a type size
   * of the line's first glyph. */
  g_array_sort (glyphs, glyph_cmp_y);
  start = 0;
  for (i = 1; i <= glyphs->len; i++)
    {
      Glyph *first = &g_array_index (glyphs, Glyph, start);
      double yc = (first->y0 + first->y1) / 2;
      double h = MAX (first->y1 - first->y0, 1.0);

      if (i < glyphs->len)
        {
          Glyph *g = &g_array_index (glyphs, Glyph, i);

          if ((g->y0 + g->y1) / 2 - yc < 0.5 * h)
            continue;
        }
      qsort (&g_array_index (glyphs, Glyph, start), i - start, sizeof (Glyph), glyph_cmp_x);
      g_ptr_array_add (page->lines,
                       line_new (&g_array_index (glyphs, Glyph, start), i - start,
                                 number, page->lines->len + 1));
      start = i;
    }
  return TRUE;
}

/* ---- running headers and footers ----------------------------------- */

/* The text with every run of digits as one '#', so "Page 3 of 9" and
 * "Page 4 of 9" are the same footer. */
static char *
header_key (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (s->len == 0 || s->str[s->len - 1] != '#')
            g_string_append_c (s, '#');
        }
      else
        g_string_append_c (s, g_ascii_tolower (*p));
    }
  return g_string_free (s, FALSE);
}

static gboolean
is_page_number (const char *key)
{
  static const char * const shapes[] = {
    "#", "page #", "page # of #", "- # -", "– # –", "#/#", "# of #", "p. #", NULL
  };

  for (guint i = 0; shapes[i] != NULL; i++)
    if (strcmp (key, shapes[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Lines in the top or bottom eighth of the page, at most two each, that
 * could be a running header or footer. */
static gboolean
in_margin (Page *page,
           guint index)
{
  Line *line = g_ptr_array_index (page->lines, index);

  /* A table's header row repeated at the top of each page is content,
   * not a running header: those have one or two parts ("Council name",
   * "Page 3"), a table row three or more. */
  if (line->segments->len >= 3)
    return FALSE;

  if (index < 2 && line->y1 < page->height * 0.125)
    return TRUE;
  if (index + 2 >= page->lines->len && line->y0 > page->height * 0.875)
    return TRUE;
  return FALSE;
}

static void
drop_running_lines (GPtrArray   *pages,
                    AmaBlockDoc *doc)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) noted = g_hash_table_new (g_str_hash, g_str_equal);
  guint needed = MAX (2u, (pages->len + 1) / 2);

  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = g_ptr_array_index (pages, p);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < page->lines->len; i++)
        {
          Line *line = g_ptr_array_index (page->lines, i);
          char *key;

          if (!in_margin (page, i))
            continue;
          key = header_key (line->text);
          if (!g_hash_table_add (seen, key))
            continue;
          g_hash_table_insert (counts, g_strdup (key),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
        }
    }

  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = g_ptr_array_index (pages, p);

      for (guint i = 0; i < page->lines->len; i++)
        {
          Line *line = g_ptr_array_index (page->lines, i);
          g_autofree char *key = NULL;
          AmaBlockPlace place = { line->page, line->number, 0, 0 };

          if (!in_margin (page, i))
            continue;
          key = header_key (line->text);
          if (!is_page_number (key) &&
              (pages->len < 2 || GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) < needed))
            continue;
          line->dropped = TRUE;
          /* one note per distinct header, at its first place */
          if (g_hash_table_contains (noted, line->text))
            continue;
          g_hash_table_add (noted, line->text);
          _ama_block_doc_note (doc, "page-header-dropped", place,
                               "page %u, line %u: “%s” dropped as a running %s",
                               line->page, line->number, line->text,
                               is_page_number (key) ? "page number"
                               : line->y0 > page->height / 2 ? "footer" : "header");
        }
    }
}

/* ---- tables -------------------------------------------------------- */

typedef struct
{
  double     anchors[PDF_COLUMNS_MAX];   /* left edge of each column's text */
  guint      n_columns;
  double     tol;
  GPtrArray *lines;     /* of Line: every line of the table, in order (not owned) */
  GPtrArray *header;    /* of Line: the header row's lines (not owned) */
  /* rows: each a GPtrArray of n_columns GPtrArray of Line* */
  GPtrArray *rows;
  GArray    *row_places;                 /* AmaBlockPlace of each row */
  AmaBlockPlace place;
} Table;

static void
cell_lines_free (gpointer data)
{
  g_ptr_array_unref (data);
}

static GPtrArray *
row_new (guint n_columns)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (cell_lines_free);

  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (row, g_ptr_array_new ());
  return row;
}

static void
table_free (Table *t)
{
  g_ptr_array_unref (t->lines);
  g_ptr_array_unref (t->header);
  g_ptr_array_unref (t->rows);
  g_array_unref (t->row_places);
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

/* The column a segment starting at @x0 belongs to, or -1 left of the
 * table. */
static int
column_of (Table *t,
           double x0)
{
  int col = -1;

  for (guint c = 0; c < t->n_columns; c++)
    if (x0 >= t->anchors[c] - t->tol)
      col = (int) c;
  return col;
}

/* Whether every segment of @line sits inside one column of @t. */
static gboolean
fits_table (Table *t,
            Line  *line)
{
  /* A row has a part per cell, at most two when a cell's text has a
   * wide gap; far more is not a table row (and would cost a scan of
   * every part per column). */
  if (line->segments->len > 2 * t->n_columns)
    return FALSE;
  for (guint s = 0; s < line->segments->len; s++)
    {
      Segment *seg = &g_array_index (line->segments, Segment, s);
      int col = column_of (t, seg->x0);

      if (col < 0)
        return FALSE;
      if ((guint) col + 1 < t->n_columns && seg->x1 > t->anchors[col + 1] - t->tol / 2)
        return FALSE;
    }
  return TRUE;
}

/* Segments of @line starting at one of the anchors of @t. */
static guint
aligned_segments (Table *t,
                  Line  *line)
{
  guint n = 0;

  for (guint s = 0; s < line->segments->len; s++)
    {
      Segment *seg = &g_array_index (line->segments, Segment, s);
      int col = column_of (t, seg->x0);

      if (col >= 0 && ABS (seg->x0 - t->anchors[col]) <= t->tol)
        n++;
    }
  return n;
}

/* A table opening at @lines[@i]: three or more segments there, and
 * within the next three lines one with two or more segments at the same
 * anchors. */
static Table *
table_open (GPtrArray *lines,
            guint      i)
{
  Line *head = g_ptr_array_index (lines, i);
  g_autoptr(Table) t = NULL;

  if (head->dropped || head->segments->len < 3 || head->segments->len > PDF_COLUMNS_MAX)
    return NULL;
  t = g_new0 (Table, 1);
  t->lines = g_ptr_array_new ();
  t->header = g_ptr_array_new ();
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  t->row_places = g_array_new (FALSE, FALSE, sizeof (AmaBlockPlace));
  t->n_columns = head->segments->len;
  t->tol = 0.5 * head->height;
  for (guint c = 0; c < t->n_columns; c++)
    t->anchors[c] = g_array_index (head->segments, Segment, c).x0;

  for (guint j = i + 1; j < lines->len && j <= i + 3; j++)
    {
      Line *next = g_ptr_array_index (lines, j);

      if (next->dropped)
        continue;
      if (!fits_table (t, next))
        return NULL;
      if (next->segments->len >= 2 && aligned_segments (t, next) >= 2)
        {
          t->place.page = head->page;
          t->place.line = head->number;
          return g_steal_pointer (&t);
        }
    }
  return NULL;
}

/* Cell text from its lines: wrapped lines joined by a space (in a
 * header cell, a word broken inside a narrow column joined back), a
 * bullet or a gap of more than a line starting a new paragraph (a '\n'
 * in the cell). */
static void
cell_paragraphs (Table     *t,
                 gboolean   header,
                 guint      column,
                 GPtrArray *cell_lines,
                 GPtrArray *out)
{
  g_autoptr(GString) para = g_string_new (NULL);
  AmaBlockPlace place = { 0, };
  Line *prev = NULL;

  for (guint i = 0; i <= cell_lines->len; i++)
    {
      Line *line = i < cell_lines->len ? g_ptr_array_index (cell_lines, i) : NULL;
      g_autofree char *text = NULL;
      gboolean bullet = FALSE, same_page, new_para;

      if (line != NULL)
        {
          GString *s = g_string_new (NULL);

          /* only this column's segments of the line */
          for (guint k = 0; k < line->segments->len; k++)
            {
              Segment *seg = &g_array_index (line->segments, Segment, k);

              if (column_of (t, seg->x0) == (int) column)
                {
                  g_autofree char *st = segment_text (line, seg);

                  if (s->len > 0)
                    g_string_append_c (s, ' ');
                  g_string_append (s, st);
                }
            }
          text = g_string_free (s, FALSE);
          if (*text == '\0')
            continue;
          bullet = g_str_has_prefix (text, "•") || g_str_has_prefix (text, "▪") ||
                   g_str_has_prefix (text, "◦") || g_str_has_prefix (text, "– ");
        }
      same_page = line != NULL && prev != NULL && line->page == prev->page;
      new_para = line == NULL || bullet ||
                 (same_page && line->y0 - prev->y1 > 0.9 * line->height);
      if (new_para && para->len > 0)
        {
          AmaBlock *b = _ama_block_new_text (AMA_BLOCK_PARAGRAPH, para->str, place);

          g_ptr_array_add (out, b);
          g_string_truncate (para, 0);
        }
      if (line == NULL)
        break;
      if (para->len == 0)
        {
          place.page = line->page;
          place.line = line->number;
        }
      else
        {
          gboolean broken_word = FALSE;
          const char *last = para->str + para->len;

          /* A word too long for its column is broken without a hyphen
           * ("Recommend" / "ation" in a narrow bold header). From the
           * boxes alone it cannot be told from a word wrapped whole, so
           * only header cells, where a label is one or two words, join
           * a line opening in lower case (or with the "]" of a footnote
           * mark "[ii]") to a one-word line before it. */
          if (header && prev != NULL &&
              (g_unichar_islower (g_utf8_get_char (text)) || *text == ']' || *text == ')'))
            {
              guint n_in_col = 0;

              for (guint k = 0; k < prev->segments->len; k++)
                {
                  Segment *seg = &g_array_index (prev->segments, Segment, k);

                  if (column_of (t, seg->x0) == (int) column)
                    n_in_col += seg->n_words;
                }
              broken_word = n_in_col == 1;
            }
          last = g_utf8_prev_char (last);
          if (!broken_word && !(*last == '-' && para->len > 1))
            g_string_append_c (para, ' ');
        }
      g_string_append (para, text);
      prev = line;
    }
}

static void table_add (Table *t, Line *line, gboolean new_row);

/* The columns @line has text in, as a bit mask. */
static guint
columns_mask (Table *t,
              Line  *line)
{
  guint mask = 0;

  for (guint s = 0; s < line->segments->len; s++)
    {
      int col = column_of (t, g_array_index (line->segments, Segment, s).x0);

      if (col >= 0)
        mask |= 1u << col;
    }
  return mask;
}

static guint
bit_count (guint mask)
{
  guint n = 0;

  for (; mask != 0; mask &= mask - 1)
    n++;
  return n;
}

/* Rows from the table's lines. Cells are top-aligned: every cell of a
 * row starts on the row's first line and runs down without a hole, so
 * a line where two or more columns start again (text there, none on the
 * line above), or where the first column (the number, in most response
 * tables) starts again, opens a row. A table whose cells are padded
 * also shows it in the spacing: between two rows there is more than
 * between two lines of a cell, which catches a row whose columns all
 * carry on from the row above. The first row is the header. A row
 * broken by a page goes on at the top of the next page by the same
 * rule: only the columns that started again open a row. */
static void
table_split_rows (Table *t)
{
  double base = G_MAXDOUBLE;
  gboolean gaps = FALSE;
  gboolean header = TRUE;
  guint prev_mask = 0;

  for (guint i = 1; i < t->lines->len; i++)
    {
      Line *a = g_ptr_array_index (t->lines, i - 1), *b = g_ptr_array_index (t->lines, i);
      double pitch = b->y0 - a->y0;

      if (a->page == b->page && pitch > 0.5 * b->height)
        base = MIN (base, pitch);
    }
  for (guint i = 1; i < t->lines->len; i++)
    {
      Line *a = g_ptr_array_index (t->lines, i - 1), *b = g_ptr_array_index (t->lines, i);

      if (a->page == b->page && b->y0 - a->y0 > base + 0.5 * b->height)
        gaps = TRUE;
    }

  for (guint i = 0; i < t->lines->len; i++)
    {
      Line *line = g_ptr_array_index (t->lines, i);
      Line *prev = i > 0 ? g_ptr_array_index (t->lines, i - 1) : NULL;
      guint mask = columns_mask (t, line);
      guint starts = mask & ~prev_mask;
      gboolean new_row;

      if (prev == NULL)
        new_row = TRUE;
      else
        new_row = bit_count (starts) >= 2 || (starts & 1u) ||
                  (gaps && prev->page == line->page && starts != 0 &&
                   line->y0 - prev->y0 > base + 0.5 * line->height);
      prev_mask = mask;

      if (header && new_row && prev != NULL)
        header = FALSE;
      if (header)
        g_ptr_array_add (t->header, line);
      else
        table_add (t, line, new_row);
    }
}

static AmaBlock *
table_to_block (Table *t)
{
  guint n_rows;
  AmaBlock *block;
  guint r0 = 0;

  table_split_rows (t);
  n_rows = t->rows->len + (t->header->len > 0 ? 1 : 0);
  block = _ama_block_new_table (n_rows, t->n_columns, t->place);

  if (t->header->len > 0)
    {
      g_autoptr(GPtrArray) header = row_new (t->n_columns);

      for (guint i = 0; i < t->header->len; i++)
        {
          Line *line = g_ptr_array_index (t->header, i);

          for (guint c = 0; c < t->n_columns; c++)
            g_ptr_array_add (g_ptr_array_index (header, c), line);
        }
      for (guint c = 0; c < t->n_columns; c++)
        {
          AmaTableCell *cell = _ama_block_table_cell (block, 0, c);

          cell_paragraphs (t, TRUE, c, g_ptr_array_index (header, c), cell->blocks);
        }
      block->n_header_rows = 1;
      r0 = 1;
    }
  for (guint r = 0; r < t->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (t->rows, r);

      for (guint c = 0; c < t->n_columns; c++)
        {
          AmaTableCell *cell = _ama_block_table_cell (block, r0 + r, c);
          GPtrArray *lines = g_ptr_array_index (row, c);

          cell_paragraphs (t, FALSE, c, lines, cell->blocks);
          cell->place.page = g_array_index (t->row_places, AmaBlockPlace, r).page;
          cell->place.line = g_array_index (t->row_places, AmaBlockPlace, r).line;
          if (lines->len > 0)
            {
              Line *first = g_ptr_array_index (lines, 0);

              cell->place.page = first->page;
              cell->place.line = first->number;
            }
        }
    }
  return block;
}

/* Adds @line to the table's current row (a new one when @new_row). */
static void
table_add (Table   *t,
           Line    *line,
           gboolean new_row)
{
  GPtrArray *row;

  if (new_row || t->rows->len == 0)
    {
      AmaBlockPlace place = { line->page, line->number, 0, 0 };

      g_ptr_array_add (t->rows, row_new (t->n_columns));
      g_array_append_val (t->row_places, place);
    }
  row = g_ptr_array_index (t->rows, t->rows->len - 1);
  for (guint s = 0; s < line->segments->len; s++)
    {
      Segment *seg = &g_array_index (line->segments, Segment, s);
      GPtrArray *cell = g_ptr_array_index (row, column_of (t, seg->x0));

      /* once per line and cell */
      if (cell->len == 0 || g_ptr_array_index (cell, cell->len - 1) != line)
        g_ptr_array_add (cell, line);
    }
}

/* ---- paragraphs ---------------------------------------------------- */

static gsize
bullet_len (const char *text)
{
  static const char * const bullets[] = { "• ", "▪ ", "◦ ", "– ", "- ", "* ", NULL };

  for (guint i = 0; bullets[i] != NULL; i++)
    if (g_str_has_prefix (text, bullets[i]))
      return strlen (bullets[i]);
  return 0;
}

/* "1.", "2)", "(a)", "iv." at the start: a numbered paragraph. */
static gboolean
starts_numbered (const char *text)
{
  const char *p = text;

  if (*p == '(')
    p++;
  if (g_ascii_isdigit (*p))
    while (g_ascii_isdigit (*p) || *p == '.')
      p++;
  else if (g_ascii_isalpha (*p) && (p[1] == ')' || p[1] == '.'))
    p++;
  else
    return FALSE;
  return p > text && (*p == ' ' || *p == ')' || p[-1] == '.');
}

typedef struct
{
  AmaBlockDoc *doc;
  GString     *text;
  AmaBlockKind kind;
  char        *marker;
  AmaBlockPlace place;
  Line        *last;
  double       body_height;
  double       heading_height;  /* type size of the heading being built */
} Flow;

static void
flow_flush (Flow *f)
{
  AmaBlock *b;

  if (f->text->len == 0)
    return;
  b = _ama_block_new_text (f->kind, f->text->str, f->place);
  b->marker = g_steal_pointer (&f->marker);
  /* for now the type size in half points; heading_levels() ranks them */
  if (b->kind == AMA_BLOCK_HEADING)
    b->level = (guint) (f->heading_height * 2 + 0.5);
  _ama_block_doc_append (f->doc, b);
  g_string_truncate (f->text, 0);
  f->last = NULL;
}

static void
flow_add (Flow *f,
          Line *line)
{
  gboolean heading = line->height > f->body_height * 1.2;
  gsize blen = bullet_len (line->text);
  AmaBlockKind kind = heading ? AMA_BLOCK_HEADING : blen > 0 ? AMA_BLOCK_LIST_ITEM
                                                             : AMA_BLOCK_PARAGRAPH;
  gboolean joins = f->last != NULL && f->text->len > 0 && line->page == f->last->page &&
                   line->y0 - f->last->y1 < 0.6 * line->height &&
                   ABS (line->height - f->last->height) < 0.15 * line->height &&
                   blen == 0 && !starts_numbered (line->text) &&
                   (f->kind == AMA_BLOCK_HEADING) == heading;

  if (!joins)
    {
      flow_flush (f);
      f->kind = kind;
      f->place.page = line->page;
      f->place.line = line->number;
      f->heading_height = line->height;
      if (blen > 0)
        f->marker = g_strndup (line->text, blen - 1);
      g_string_append (f->text, line->text + blen);
    }
  else
    {
      if (f->text->str[f->text->len - 1] != '-')
        g_string_append_c (f->text, ' ');
      g_string_append (f->text, line->text);
    }
  f->last = line;
}

/* The type size most lines are set in. */
static double
body_height (GPtrArray *pages)
{
  g_autoptr(GHashTable) votes = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint best = 0, best_votes = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = g_ptr_array_index (pages, p);

      for (guint i = 0; i < page->lines->len; i++)
        {
          Line *line = g_ptr_array_index (page->lines, i);
          guint key = (guint) (line->height * 4 + 0.5) + 1;
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (votes, GUINT_TO_POINTER (key))) +
                    (guint) line->words->len;

          g_hash_table_insert (votes, GUINT_TO_POINTER (key), GUINT_TO_POINTER (n));
          if (n > best_votes)
            {
              best_votes = n;
              best = key;
            }
        }
    }
  return best > 0 ? (best - 1) / 4.0 : 10.0;
}

/* Whether the lines at the top of a new page repeat the table's header
 * row; returns how many lines they take. */
static guint
repeated_header (Table     *t,
                 GPtrArray *lines,
                 guint      i)
{
  guint n = 0;

  /* the header is not known before the table ends: compare with the
   * table's first lines */
  for (guint j = 0; j < t->lines->len && j < 8; j++)
    {
      Line *h = g_ptr_array_index (t->lines, j);
      Line *line;

      while (i + n < lines->len && ((Line *) g_ptr_array_index (lines, i + n))->dropped)
        n++;
      if (i + n >= lines->len)
        break;
      line = g_ptr_array_index (lines, i + n);
      if (strcmp (line->text, h->text) != 0)
        break;
      n++;
    }
  return n;
}

static int
cmp_uint_desc (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x > y ? -1 : x < y;
}

/* Heading levels by type size: the largest heading type in the
 * document is level 1, the next 2, and so on to 6. */
static void
heading_levels (AmaBlockDoc *doc)
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *b = g_ptr_array_index (doc->blocks, i);
      gboolean seen = FALSE;

      if (b->kind != AMA_BLOCK_HEADING)
        continue;
      for (guint k = 0; k < sizes->len && !seen; k++)
        seen = g_array_index (sizes, guint, k) == b->level;
      if (!seen)
        g_array_append_val (sizes, b->level);
    }
  g_array_sort (sizes, cmp_uint_desc);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      AmaBlock *b = g_ptr_array_index (doc->blocks, i);

      if (b->kind != AMA_BLOCK_HEADING)
        continue;
      for (guint k = 0; k < sizes->len; k++)
        if (g_array_index (sizes, guint, k) == b->level)
          {
            b->level = MIN (k + 1, 6u);
            break;
          }
    }
}

static gboolean
layout (GPtrArray   *pages,
        AmaBlockDoc *doc,
        GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(Table) table = NULL;
  Flow flow = { doc, text, AMA_BLOCK_PARAGRAPH, NULL, { 0, }, NULL, body_height (pages), 0 };
  guint pending_breaks = 0, break_from = 0;

  for (guint p = 0; p < pages->len; p++)
    {
      Page *page = g_ptr_array_index (pages, p);
      GPtrArray *lines = page->lines;
      Line *prev = NULL;

      if (p > 0)
        {
          flow_flush (&flow);
          if (table == NULL)
            _ama_block_doc_append (doc, _ama_block_new_page_break (p + 1));
          else if (pending_breaks++ == 0)
            break_from = p + 1;
        }

      for (guint i = 0; i < lines->len; i++)
        {
          Line *line = g_ptr_array_index (lines, i);

          if (line->dropped)
            continue;

          if (table != NULL)
            {
              gboolean first_on_page = prev == NULL;
              guint skip;

              if (first_on_page && (skip = repeated_header (table, lines, i)) > 0)
                {
                  i += skip - 1;
                  prev = g_ptr_array_index (lines, i);
                  continue;
                }
              if (fits_table (table, line) &&
                  (first_on_page || line->y0 - prev->y1 < 2.5 * line->height))
                {
                  if (table->lines->len >= PDF_ROWS_MAX)
                    {
                      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                                   "page %u, line %u: a table of more than %u lines",
                                   line->page, line->number, PDF_ROWS_MAX);
                      return FALSE;
                    }
                  g_ptr_array_add (table->lines, line);
                  prev = line;
                  continue;
                }
              _ama_block_doc_append (doc, table_to_block (table));
              g_clear_pointer (&table, table_free);
              /* a table over several pages: its page breaks after it */
              for (guint k = 0; k < pending_breaks; k++)
                _ama_block_doc_append (doc, _ama_block_new_page_break (break_from + k));
              pending_breaks = 0;
            }

          if ((table = table_open (lines, i)) != NULL)
            {
              flow_flush (&flow);
              g_ptr_array_add (table->lines, line);
              prev = line;
              continue;
            }
          flow_add (&flow, line);
          prev = line;
        }
    }
  flow_flush (&flow);
  g_free (flow.marker);
  if (table != NULL)
    {
      _ama_block_doc_append (doc, table_to_block (table));
      for (guint k = 0; k < pending_breaks; k++)
        _ama_block_doc_append (doc, _ama_block_new_page_break (break_from + k));
    }
  return TRUE;
}

/* ---- the document -------------------------------------------------- */

/* Whether the file ends as a complete PDF does: "startxref" and
 * "%%EOF" in its last KiB. */
static gboolean
has_trailer (const char *data,
             gsize       length)
{
  gsize tail = MIN (length, 1024);
  const char *start = data + length - tail;
  static const char * const marks[] = { "startxref", "%%EOF" };

  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    {
      gsize n = strlen (marks[m]);
      gboolean found = FALSE;

      for (const char *q = start; q + n <= data + length && !found; q++)
        found = memcmp (q, marks[m], n) == 0;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

gboolean
_ama_read_pdf_has_magic (const char *data,
                         gsize       length)
{
  gsize scan = MIN (length, 1024);

  for (gsize i = 0; i + 5 <= scan; i++)
    if (memcmp (data + i, "%PDF-", 5) == 0)
      return TRUE;
  return FALSE;
}

AmaBlockDoc *
_ama_read_pdf (const char  *data,
               gsize        length,
               const char  *uri,
               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdoc = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(AmaBlockDoc) doc = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  guint n_pages, total_chars = 0, first_empty = 0, n_empty = 0;
  gboolean any_text = FALSE;
  int n;

  if (!_ama_read_pdf_has_magic (data, length))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "byte 0: not a PDF: a PDF file starts “%%PDF-” (within its first 1024 bytes)");
      return NULL;
    }
  if (length > G_MAXINT)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "byte %d: a PDF of more than 2 GiB", G_MAXINT);
      return NULL;
    }

  bytes = g_bytes_new_static (data, length);
  pdoc = poppler_document_new_from_bytes (bytes, NULL, &local);
  if (pdoc == NULL)
    {
      if (g_error_matches (local, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED,
                     "byte 0: the PDF is encrypted (it needs a password): "
                     "save an unprotected copy to import it");
      else if (!has_trailer (data, length))
        g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                     "byte %" G_GSIZE_FORMAT ": the PDF is damaged or truncated "
                     "(it ends without its cross-reference trailer): %s",
                     length, local ? local->message : "unreadable");
      else
        g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                     "byte 0: the PDF is damaged: %s", local ? local->message : "unreadable");
      return NULL;
    }

  n = poppler_document_get_n_pages (pdoc);
  if (n <= 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "page 1: the PDF has no pages (damaged?)");
      return NULL;
    }
  n_pages = (guint) n;
  if (n_pages > PDF_PAGES_MAX)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "page %u: a PDF of more than %u pages (it has %u)",
                   PDF_PAGES_MAX + 1, PDF_PAGES_MAX, n_pages);
      return NULL;
    }

  doc = _ama_block_doc_new ("pdf", uri);
  pages = g_ptr_array_new_with_free_func (page_free);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(PopplerPage) ppage = poppler_document_get_page (pdoc, (int) p);
      Page *page = g_new0 (Page, 1);

      g_ptr_array_add (pages, page);
      if (ppage == NULL)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                       "page %u: cannot be read (the PDF is damaged)", p + 1);
          return NULL;
        }
      if (!read_page (ppage, p + 1, page, &total_chars, error))
        return NULL;
      if (page->lines->len > 0)
        any_text = TRUE;
      else
        {
          AmaBlockPlace place = { p + 1, 0, 0, 0 };

          if (n_empty++ == 0)
            first_empty = p + 1;
          _ama_block_doc_note (doc, "page-no-text", place,
                               "page %u: no text layer (a scanned image?): its content is not read",
                               p + 1);
        }
    }
  if (!any_text)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED,
                   "page %u: no text layer (a scanned image?): the PDF needs OCR "
                   "(e.g. ocrmypdf) before it can be imported", first_empty);
      return NULL;
    }

  drop_running_lines (pages, doc);
  if (!layout (pages, doc, error))
    return NULL;
  heading_levels (doc);
  return g_steal_pointer (&doc);
}
