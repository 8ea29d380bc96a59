/* ama-read-html.c: web pages (ModernGov and others) into blocks
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A saved web page is parsed with libxml2's HTML parser (which repairs
 * what browsers repair: unclosed tags, stray end tags) and laid out the
 * way a browser draws it, so the text interpreters see what a reader
 * sees: h1–h6 are headings, p/div and the other block elements are
 * paragraphs, li are list items with the marker the browser draws
 * ("1.", "b.", "iv.", "•"), tables keep their grid (colspan/rowspan
 * merged, th/thead rows as header rows), br is a line break and runs
 * of white space collapse to one space. Each block keeps its element's
 * class ("mgSubTitleTxt") as its style and its source line.
 *
 * What a reader does not see is dropped: head, scripts, styles, forms,
 * images, elements hidden (hidden, display:none, aria-hidden, class
 * "mgHide"), and the site's chrome. A ModernGov page keeps its content
 * in <div id="modgov">: only that is read, less its footer ("Back to
 * top"). Any other page is read from <main> when it has one, else
 * from <body> less header, footer, nav, aside and breadcrumbs.
 *
 * Layout tables (ModernGov's mgItemTable of numbered items, a table of
 * one column, a table whose cells hold headings or tables) are not
 * data: their cells' blocks are read in order, the item number ("1.")
 * on its own line before the title, as a copy from the browser gives
 * it.
 *
 * Limits (each an AMA_ERROR_LIMIT naming the source line): elements
 * nested deeper than HTML_DEPTH_MAX (256, libxml2's own limit), tables
 * nested deeper than HTML_TABLE_DEPTH (16), more than HTML_ROWS_MAX
 * rows (100,000), HTML_GRID_MAX columns (512) or HTML_CELLS_MAX cells
 * (2 Mi) in a table. The page itself is bounded by the importer's
 * input cap.
 */

#include "config.h"

#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ama-blocks-private.h"
#include "ama-error.h"
#include "ama-import-private.h"
#include "ama-read-private.h"

#define HTML_DEPTH_MAX    256u
#define HTML_TABLE_DEPTH  16u
#define HTML_GRID_MAX     512u
#define HTML_ROWS_MAX     100000u
/* rows × columns of one table: a long table one cell wide and one
 * wide row would otherwise ask for gigabytes */
#define HTML_CELLS_MAX    (2u * 1024 * 1024)
/* How far into the page a charset declaration is looked for. */
#define HTML_SNIFF_BYTES  4096u

/* ---- decoding ------------------------------------------------------- */

static gboolean
has_prefix_ci (const char *s,
               const char *end,
               const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - s) >= n && g_ascii_strncasecmp (s, prefix, n) == 0;
}

static const char *
find_ci (const char *s,
         const char *end,
         const char *needle)
{
  gsize n = strlen (needle);

  for (; s + n <= end; s++)
    if (g_ascii_strncasecmp (s, needle, n) == 0)
      return s;
  return NULL;
}

/* The value after "charset" (or "encoding") in [s, end): "utf-8". */
static char *
read_label (const char *s,
            const char *end)
{
  const char *start;

  while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
    s++;
  if (s >= end || *s != '=')
    return NULL;
  s++;
  while (s < end && (*s == ' ' || *s == '"' || *s == '\'' || *s == '\t'))
    s++;
  start = s;
  while (s < end && (g_ascii_isalnum (*s) || *s == '-' || *s == '_' || *s == '.' || *s == ':'))
    s++;
  if (s == start || s - start > 40)
    return NULL;
  return g_ascii_strdown (start, s - start);
}

/* The charset the page declares: an XML declaration's encoding, or a
 * <meta charset> / <meta http-equiv="Content-Type" content="…;
 * charset=…"> near the start. NULL when none. */
static char *
sniff_charset (const char *data,
               gsize       length)
{
  const char *end = data + MIN (length, HTML_SNIFF_BYTES);
  const char *p = data;

  if (has_prefix_ci (p, end, "<?xml"))
    {
      const char *close = find_ci (p, end, "?>");
      const char *enc = close ? find_ci (p, close, "encoding") : NULL;

      if (enc != NULL)
        return read_label (enc + 8, close);
    }
  while ((p = find_ci (p, end, "<meta")) != NULL)
    {
      const char *close = memchr (p, '>', end - p);
      const char *cs;

      if (close == NULL)
        break;
      cs = find_ci (p, close, "charset");
      if (cs != NULL)
        {
          char *label = read_label (cs + 7, close);

          if (label != NULL)
            return label;
        }
      p = close;
    }
  return NULL;
}

static gboolean
label_is (const char         *label,
          const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (label, names[i]))
      return TRUE;
  return FALSE;
}

/* Appends @data as UTF-8: valid UTF-8 sequences as they are (unless
 * @cp1252_only), every other byte as the Windows-1252 character it
 * stands for; NUL as U+FFFD. Counts the bytes read as Windows-1252 and
 * the NULs, and where the first of each was. */
static void
append_mixed (GString    *out,
              const char *data,
              gsize       length,
              gboolean    cp1252_only,
              guint      *n_converted,
              gsize      *first_converted,
              guint      *n_nul)
{
  const char *p = data, *end = data + length;

  while (p < end)
    {
      guchar c = *p;
      gunichar ch;

      if (c == 0)
        {
          g_string_append (out, "\xEF\xBF\xBD");
          (*n_nul)++;
          p++;
          continue;
        }
      if (c < 0x80)
        {
          g_string_append_c (out, c);
          p++;
          continue;
        }
      ch = cp1252_only ? (gunichar) -1 : g_utf8_get_char_validated (p, end - p);
      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          if ((*n_converted)++ == 0)
            *first_converted = p - data;
          g_string_append_unichar (out, _ama_import_cp1252_char (c));
          p++;
          continue;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
}

/* Word's HTML wraps list markers in downlevel-revealed conditional
 * comments, <![if !supportLists]>…<![endif]>: a browser shows what is
 * between them and not the markup itself, which libxml2 would keep as
 * text. The markup is removed (its line breaks kept, so source lines
 * stay right). */
static void
strip_conditionals (GString *page)
{
  gsize r = 0, w = 0;

  while (r < page->len)
    {
      const char *p = page->str + r;

      if (p[0] == '<' && r + 3 < page->len && p[1] == '!' && p[2] == '[')
        {
          const char *q = p + 3;
          const char *end = page->str + page->len;

          while (q < end && (*q == ' ' || *q == '\t'))
            q++;
          if (has_prefix_ci (q, end, "if") || has_prefix_ci (q, end, "endif"))
            {
              const char *close = memchr (q, '>', end - q);

              if (close != NULL && close - p < 256)
                {
                  for (const char *k = p; k <= close; k++)
                    if (*k == '\n')
                      page->str[w++] = '\n';
                  r = close - page->str + 1;
                  continue;
                }
            }
        }
      page->str[w++] = page->str[r++];
    }
  g_string_truncate (page, w);
}

/* The page as UTF-8, as a browser would decode it: a byte-order mark
 * first, then the declared charset, else UTF-8 when the bytes are
 * UTF-8, else Windows-1252 (what "ISO-8859-1" means on the web). Every
 * guess is a note. */
static char *
decode_page (AmaBlockDoc  *doc,
             const char   *data,
             gsize         length,
             GError      **error)
{
  static const char * const utf8_names[] = { "utf-8", "utf8", "unicode-1-1-utf-8", NULL };
  static const char * const cp1252_names[] = {
    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
    "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", NULL
  };
  AmaBlockPlace nowhere = { 0, };
  g_autoptr(GString) out = g_string_sized_new (length + 16);
  g_autofree char *label = NULL;
  guint n_converted = 0, n_nul = 0;
  gsize first = 0;
  gboolean cp1252_only = FALSE;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      label = g_strdup ("utf-8");
    }
  else if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                           ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_autoptr(GError) local = NULL;
      const char *charset = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;
      g_autofree char *utf8 = g_convert (data + 2, length - 2, "UTF-8", charset,
                                         NULL, &written, &local);

      if (utf8 == NULL)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_ENCODING,
                       "byte 0: a page marked as %s cannot be read: %s",
                       charset, local->message);
          return NULL;
        }
      append_mixed (out, utf8, written, FALSE, &n_converted, &first, &n_nul);
      _ama_block_doc_note (doc, "encoding-converted", nowhere,
                           "the page was converted from %s to UTF-8", charset);
      goto done;
    }
  else
    label = sniff_charset (data, length);

  if (label != NULL && !label_is (label, utf8_names))
    {
      if (label_is (label, cp1252_names))
        cp1252_only = TRUE;
      else
        {
          g_autoptr(GError) local = NULL;
          gsize written = 0;
          g_autofree char *utf8 = g_convert (data, length, "UTF-8", label, NULL,
                                             &written, &local);

          if (utf8 != NULL)
            {
              append_mixed (out, utf8, written, FALSE, &n_converted, &first, &n_nul);
              _ama_block_doc_note (doc, "encoding-converted", nowhere,
                                   "the page was converted from its declared charset “%s” to UTF-8",
                                   label);
              goto done;
            }
          _ama_block_doc_note (doc, "encoding-unknown", nowhere,
                               "the page declares the charset “%s”, which cannot be read (%s); "
                               "read as UTF-8, other bytes as Windows-1252",
                               label, local->message);
        }
    }

  append_mixed (out, data, length, cp1252_only, &n_converted, &first, &n_nul);
  if (cp1252_only && n_converted > 0)
    _ama_block_doc_note (doc, "encoding-converted", nowhere,
                         "the page was converted from its declared charset “%s” (read as "
                         "Windows-1252) to UTF-8", label);
  else if (n_converted > 0)
    _ama_block_doc_note (doc, "encoding-converted", nowhere,
                         "byte %" G_GSIZE_FORMAT ": %u byte%s not valid UTF-8%s read as "
                         "Windows-1252 and converted", first, n_converted,
                         n_converted == 1 ? "" : "s",
                         label != NULL ? " (although the page declares UTF-8)" : "");

done:
  strip_conditionals (out);
  if (n_nul > 0)
    _ama_block_doc_note (doc, "nul-replaced", nowhere,
                         "%u NUL byte%s replaced by U+FFFD", n_nul, n_nul == 1 ? "" : "s");
  if (!g_utf8_validate_len (out->str, out->len, NULL))
    {
      /* Cannot happen with the decoding above; kept as the last guard
       * so that nothing but UTF-8 reaches the blocks. */
      g_autofree char *valid = g_utf8_make_valid (out->str, out->len);

      _ama_block_doc_note (doc, "encoding-repaired", nowhere,
                           "invalid UTF-8 replaced by U+FFFD");
      return g_steal_pointer (&valid);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- elements ------------------------------------------------------- */

static gboolean
is_el (xmlNode    *node,
       const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
is_one_of (xmlNode            *node,
           const char * const *names)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL)
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp ((const char *) node->name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static char *
attr (xmlNode    *node,
      const char *name)
{
  xmlChar *v = xmlGetProp (node, (const xmlChar *) name);
  char *out = v ? g_strdup ((const char *) v) : NULL;

  xmlFree (v);
  return out;
}

static gboolean
has_attr (xmlNode    *node,
          const char *name)
{
  return xmlHasProp (node, (const xmlChar *) name) != NULL;
}

/* Whether the space-separated @list holds @token (ignoring case). */
static gboolean
has_token (const char *list,
           const char *token)
{
  gsize n = strlen (token);

  for (const char *p = list; p != NULL && *p != '\0';)
    {
      while (*p == ' ' || *p == '\t' || *p == '\n')
        p++;
      if (g_ascii_strncasecmp (p, token, n) == 0 &&
          (p[n] == '\0' || p[n] == ' ' || p[n] == '\t' || p[n] == '\n'))
        return TRUE;
      while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n')
        p++;
    }
  return FALSE;
}

static gboolean
contains_ci (const char *s,
             const char *needle)
{
  return s != NULL && find_ci (s, s + strlen (s), needle) != NULL;
}

/* The CSS value of @property in an inline style ("display: none"),
 * lower case, or NULL. */
static char *
style_value (xmlNode    *node,
             const char *property)
{
  g_autofree char *style = attr (node, "style");
  g_auto(GStrv) decls = NULL;

  if (style == NULL)
    return NULL;
  decls = g_strsplit (style, ";", 64);
  for (guint i = 0; decls[i] != NULL; i++)
    {
      char *colon = strchr (decls[i], ':');

      if (colon == NULL)
        continue;
      *colon = '\0';
      if (g_ascii_strcasecmp (g_strstrip (decls[i]), property) == 0)
        return g_ascii_strdown (g_strstrip (colon + 1), -1);
    }
  return NULL;
}

/* What a reader does not see: not rendered, hidden, or not text. */
static gboolean
is_hidden (xmlNode *node)
{
  static const char * const unrendered[] = {
    "head", "script", "style", "noscript", "template", "iframe", "object", "embed",
    "svg", "math", "canvas", "select", "button", "input", "textarea", "map",
    "audio", "video", "link", "meta", "title", "base", "area", "source", "track",
    "datalist", "dialog", NULL
  };
  static const char * const hidden_classes[] = {
    "mgHide", "hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "element-invisible", "print-only", "printonly", "mgPrintOnly", NULL
  };
  g_autofree char *cls = NULL;
  g_autofree char *aria = NULL;
  g_autofree char *display = NULL;
  g_autofree char *visibility = NULL;

  if (is_one_of (node, unrendered))
    return TRUE;
  if (has_attr (node, "hidden"))
    return TRUE;
  aria = attr (node, "aria-hidden");
  if (aria != NULL && g_ascii_strcasecmp (aria, "true") == 0)
    return TRUE;
  cls = attr (node, "class");
  for (guint i = 0; cls != NULL && hidden_classes[i] != NULL; i++)
    if (has_token (cls, hidden_classes[i]))
      return TRUE;
  display = style_value (node, "display");
  if (display != NULL && g_str_has_prefix (display, "none"))
    return TRUE;
  visibility = style_value (node, "visibility");
  return visibility != NULL && g_str_has_prefix (visibility, "hidden");
}

/* The site around the content: navigation, banners, breadcrumbs,
 * "skip to content" links, ModernGov's own footer. */
static gboolean
is_chrome (xmlNode *node)
{
  static const char * const elements[] = { "nav", "header", "footer", "aside", NULL };
  static const char * const roles[] = { "navigation", "banner", "contentinfo", "search", NULL };
  static const char * const classes[] = {
    "mgFooter", "mgBackToTop", "skip-link", "skiplink", "skip", NULL
  };
  g_autofree char *role = NULL;
  g_autofree char *id = NULL;
  g_autofree char *cls = NULL;

  if (is_one_of (node, elements))
    {
      /* an article's or section's own header and footer are content
       * (its title, its date), not the site's */
      if (is_el (node, "header") || is_el (node, "footer"))
        for (xmlNode *p = node->parent; p != NULL; p = p->parent)
          if (is_el (p, "article") || is_el (p, "section") || is_el (p, "main"))
            return FALSE;
      return TRUE;
    }
  role = attr (node, "role");
  for (guint i = 0; role != NULL && roles[i] != NULL; i++)
    if (g_ascii_strcasecmp (role, roles[i]) == 0)
      return TRUE;
  id = attr (node, "id");
  cls = attr (node, "class");
  for (guint i = 0; cls != NULL && classes[i] != NULL; i++)
    if (has_token (cls, classes[i]))
      return TRUE;
  if (id != NULL && (g_ascii_strcasecmp (id, "skip") == 0 ||
                     g_ascii_strcasecmp (id, "skiplinks") == 0 ||
                     g_ascii_strcasecmp (id, "header") == 0 ||
                     g_ascii_strcasecmp (id, "footer") == 0 ||
                     g_ascii_strcasecmp (id, "navigation") == 0))
    return TRUE;
  return contains_ci (id, "breadcrumb") || contains_ci (cls, "breadcrumb");
}

static gboolean
is_block_element (xmlNode *node)
{
  static const char * const blocks[] = {
    "p", "div", "section", "article", "main", "blockquote", "address", "center",
    "form", "fieldset", "legend", "figure", "figcaption", "dl", "dt", "dd", "pre",
    "hr", "body", "html", "details", "summary", "caption", "header", "footer",
    "nav", "aside", "hgroup", "menu", "dir", "noframes", "frameset", "xmp",
    "listing", "plaintext", NULL
  };

  return is_one_of (node, blocks);
}

static int
heading_level (xmlNode *node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE || node->name == NULL)
    return 0;
  if ((node->name[0] == 'h' || node->name[0] == 'H') &&
      node->name[1] >= '1' && node->name[1] <= '6' && node->name[2] == '\0')
    return node->name[1] - '0';
  return 0;
}

/* ---- layout --------------------------------------------------------- */

typedef struct
{
  gboolean  ordered;
  char     *type;       /* "1", "a", "A", "i", "I", "disc", "none"... */
  gint64    counter;
  gboolean  reversed;
  guint     level;
} ListCtx;

typedef struct
{
  GString      *text;
  guint         text_line;
  gboolean      space;       /* a collapsible space is pending */
  /* the block being filled */
  AmaBlockKind  kind;
  guint         level;
  char         *marker;      /* owned; a list item's, until used */
  const char   *style;       /* the class of the nearest element with one */
  guint         line;        /* its element's line */
  gboolean      in_list_item;
  guint         pre;
  ListCtx      *list;
  guint         list_level;
  GPtrArray    *out;         /* where blocks go */
  guint         table_depth;
  GError      **error;
} Walker;

static gboolean walk (Walker *w, xmlNode *node, guint depth);

static guint
line_of (xmlNode *node)
{
  long line = node ? xmlGetLineNo (node) : 0;

  return line > 0 ? (guint) line : 0;
}

static void
append_text (Walker     *w,
             const char *s,
             guint       line)
{
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (w->pre > 0)
        {
          if (ch == '\r')
            continue;
          if (w->text->len == 0 && w->text_line == 0)
            w->text_line = line;
          if (ch == 0xA0)
            g_string_append_c (w->text, ' ');
          else
            g_string_append_unichar (w->text, ch);
          continue;
        }
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f')
        {
          w->space = TRUE;
          continue;
        }
      if (w->text_line == 0)
        w->text_line = line;
      if (w->space && w->text->len > 0 && w->text->str[w->text->len - 1] != '\n')
        g_string_append_c (w->text, ' ');
      w->space = FALSE;
      /* A non-breaking space is drawn as a space that does not
       * collapse; the interpreters read it as a space. */
      if (ch == 0xA0)
        g_string_append_c (w->text, ' ');
      else
        g_string_append_unichar (w->text, ch);
    }
}

static void
line_break (Walker *w)
{
  /* trailing spaces before a break are not drawn */
  while (w->pre == 0 && w->text->len > 0 && w->text->str[w->text->len - 1] == ' ')
    g_string_truncate (w->text, w->text->len - 1);
  g_string_append_c (w->text, '\n');
  w->space = FALSE;
}

/* The pending text as a block of the current kind. Lines are trimmed
 * (outside pre) and blank lines at either end dropped; nothing is
 * emitted for text that is only white space. */
static void
flush (Walker *w)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  AmaBlockPlace place = { 0, 0, 0, 0 };
  g_auto(GStrv) lines = NULL;
  AmaBlock *block;

  w->space = FALSE;
  if (w->text->len == 0)
    {
      w->text_line = 0;
      return;
    }
  lines = g_strsplit (w->text->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *l = w->pre > 0 ? g_strchomp (lines[i]) : g_strstrip (lines[i]);

      if (clean->len > 0 || *l != '\0')
        {
          if (clean->len > 0)
            g_string_append_c (clean, '\n');
          g_string_append (clean, l);
        }
    }
  while (clean->len > 0 && clean->str[clean->len - 1] == '\n')
    g_string_truncate (clean, clean->len - 1);
  g_string_truncate (w->text, 0);
  /* the element's line: libxml2 gives a text node the line where it
   * ends, not where it starts */
  place.line = w->line ? w->line : w->text_line;
  w->text_line = 0;
  if (clean->len == 0)
    return;

  block = _ama_block_new_text (w->kind, clean->str, place);
  block->level = w->level;
  block->style = g_strdup (w->style);
  if (w->kind == AMA_BLOCK_LIST_ITEM)
    block->marker = g_steal_pointer (&w->marker);
  g_ptr_array_add (w->out, block);
}

static void
append_roman (GString *out,
              gint64   n,
              gboolean upper)
{
  static const struct { int v; const char *s; } romans[] = {
    { 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" }, { 100, "c" }, { 90, "xc" },
    { 50, "l" }, { 40, "xl" }, { 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (romans); i++)
    while (n >= romans[i].v)
      {
        for (const char *p = romans[i].s; *p; p++)
          g_string_append_c (out, upper ? g_ascii_toupper (*p) : *p);
        n -= romans[i].v;
      }
}

/* The marker a browser draws for the @n-th item of @list. */
static char *
list_marker (ListCtx *list,
             gint64   n)
{
  const char *t = list->type;
  GString *out;

  if (t != NULL && g_str_equal (t, "none"))
    return NULL;
  if (!list->ordered)
    {
      if (t != NULL && g_str_equal (t, "circle"))
        return g_strdup ("◦");
      if (t != NULL && g_str_equal (t, "square"))
        return g_strdup ("▪");
      return g_strdup ("•");
    }
  out = g_string_new (NULL);
  if (t != NULL && (g_str_equal (t, "a") || g_str_equal (t, "lower-alpha") ||
                    g_str_equal (t, "lower-latin") || g_str_equal (t, "A") ||
                    g_str_equal (t, "upper-alpha") || g_str_equal (t, "upper-latin")) &&
      n >= 1)
    {
      /* a … z, aa … az, ba …: the browser's alphabetic numbering */
      gboolean upper = g_ascii_isupper (t[0]);
      char buf[16];
      guint len = 0;
      gint64 v = n;

      while (v > 0 && len < sizeof buf)
        {
          v--;
          buf[len++] = (char) ((upper ? 'A' : 'a') + v % 26);
          v /= 26;
        }
      while (len > 0)
        g_string_append_c (out, buf[--len]);
    }
  else if (t != NULL && (g_str_equal (t, "i") || g_str_equal (t, "lower-roman") ||
                         g_str_equal (t, "I") || g_str_equal (t, "upper-roman")) &&
           n >= 1 && n < 4000)
    append_roman (out, n, g_ascii_isupper (t[0]));
  else
    g_string_append_printf (out, "%" G_GINT64_FORMAT, n);
  g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

static gboolean
walk_children (Walker  *w,
               xmlNode *node,
               guint    depth)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (!walk (w, c, depth + 1))
      return FALSE;
  return TRUE;
}

/* Reads the children of @node as a block of @kind: what was pending
 * before is flushed first, and what the block holds after. */
static gboolean
walk_block (Walker       *w,
            xmlNode      *node,
            AmaBlockKind  kind,
            guint         level,
            char         *marker,
            guint         depth)
{
  g_autofree char *cls = attr (node, "class");
  AmaBlockKind saved_kind = w->kind;
  guint saved_level = w->level;
  const char *saved_style = w->style;
  guint saved_line = w->line;
  gboolean ok;

  flush (w);
  w->kind = kind;
  w->level = level;
  if (marker != NULL)
    {
      g_free (w->marker);
      w->marker = marker;
    }
  if (cls != NULL && *g_strstrip (cls) != '\0')
    w->style = cls;
  w->line = line_of (node);
  ok = walk_children (w, node, depth);
  flush (w);
  /* text after a nested block inside a list item continues the item */
  w->kind = saved_kind;
  w->level = saved_level;
  w->style = saved_style;
  w->line = saved_line;
  return ok;
}

typedef struct
{
  guint      row;
  guint      column;
  guint      row_span;
  guint      col_span;
  gboolean   header;
  guint      line;
  GPtrArray *blocks;
} CellSpec;

static void
cell_spec_clear (CellSpec *c)
{
  g_clear_pointer (&c->blocks, g_ptr_array_unref);
}

static guint
span_attr (xmlNode    *cell,
           const char *name,
           guint       max)
{
  g_autofree char *v = attr (cell, name);
  gint64 n;

  if (v == NULL || !g_ascii_string_to_signed (g_strstrip (v), 10, 0, G_MAXINT32, &n, NULL))
    return 1;
  if (n == 0)
    return name[0] == 'r' ? max : 1;   /* rowspan="0": to the end */
  return (guint) MIN ((guint64) n, (guint64) max);
}

static gboolean
blocks_hold_structure (GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      AmaBlock *b = g_ptr_array_index (blocks, i);

      if (b->kind == AMA_BLOCK_HEADING || b->kind == AMA_BLOCK_TABLE)
        return TRUE;
    }
  return FALSE;
}

/* The rows of a <table>, from its thead/tbody/tfoot or directly. */
static void
collect_rows (xmlNode   *table,
              GPtrArray *rows,
              GArray    *in_head,
              guint      depth)
{
  for (xmlNode *c = table->children; c != NULL && depth < 4; c = c->next)
    {
      gboolean head = is_el (c, "thead");

      if (is_el (c, "tr"))
        {
          gboolean f = FALSE;

          g_ptr_array_add (rows, c);
          g_array_append_val (in_head, f);
        }
      else if (head || is_el (c, "tbody") || is_el (c, "tfoot"))
        {
          for (xmlNode *r = c->children; r != NULL; r = r->next)
            if (is_el (r, "tr"))
              {
                g_ptr_array_add (rows, r);
                g_array_append_val (in_head, head);
              }
        }
      else if (c->type == XML_ELEMENT_NODE && !is_hidden (c) && !is_el (c, "caption") &&
               !is_el (c, "colgroup") && !is_el (c, "col") && !is_el (c, "td") &&
               !is_el (c, "th"))
        collect_rows (c, rows, in_head, depth + 1);   /* a form wrapped round rows */
    }
}

static gboolean
read_table (Walker  *w,
            xmlNode *table,
            guint    depth)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GArray) in_head = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autoptr(GArray) specs = g_array_new (FALSE, TRUE, sizeof (CellSpec));
  g_autoptr(GArray) pending = g_array_new (FALSE, TRUE, sizeof (guint));   /* rowspan left per column */
  g_autofree char *cls = attr (table, "class");
  g_autofree char *id = attr (table, "id");
  g_autofree char *role = attr (table, "role");
  AmaBlockPlace place = { 0, line_of (table), 0, 0 };
  GPtrArray *saved_out = w->out;
  guint n_columns = 0, n_header = 0;
  gboolean layout, ok = TRUE;
  AmaBlock *block;

  g_array_set_clear_func (specs, (GDestroyNotify) cell_spec_clear);
  flush (w);
  if (w->table_depth >= HTML_TABLE_DEPTH)
    {
      g_set_error (w->error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "line %u: tables nested deeper than %u", line_of (table), HTML_TABLE_DEPTH);
      return FALSE;
    }

  /* a caption is drawn above the table */
  for (xmlNode *c = table->children; c != NULL; c = c->next)
    if (is_el (c, "caption") && !is_hidden (c))
      if (!walk_block (w, c, AMA_BLOCK_PARAGRAPH, 0, NULL, depth))
        return FALSE;

  collect_rows (table, rows, in_head, 0);
  if (rows->len > HTML_ROWS_MAX)
    {
      g_set_error (w->error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "line %u: a table of more than %u rows", line_of (table), HTML_ROWS_MAX);
      return FALSE;
    }

  w->table_depth++;
  for (guint r = 0; r < rows->len && ok; r++)
    {
      xmlNode *tr = g_ptr_array_index (rows, r);
      guint col = 0;

      if (is_hidden (tr))
        continue;
      for (xmlNode *td = tr->children; td != NULL && ok; td = td->next)
        {
          CellSpec spec = { 0, };
          g_autofree char *td_cls = NULL;

          if (!is_el (td, "td") && !is_el (td, "th"))
            continue;
          if (is_hidden (td))
            continue;
          /* skip the columns a rowspan from above still covers */
          while (col < pending->len && g_array_index (pending, guint, col) > 0)
            col++;
          spec.row = r;
          spec.column = col;
          spec.row_span = span_attr (td, "rowspan", HTML_ROWS_MAX);
          if (col >= HTML_GRID_MAX)
            {
              g_set_error (w->error, AMA_ERROR, AMA_ERROR_LIMIT,
                           "line %u: a table wider than %u columns", line_of (td),
                           HTML_GRID_MAX);
              ok = FALSE;
              break;
            }
          /* a browser clamps a huge colspan too */
          spec.col_span = MIN (span_attr (td, "colspan", HTML_GRID_MAX), HTML_GRID_MAX - col);
          /* a colspan stops where a rowspan from above holds a column,
           * so merged areas never overlap */
          for (guint k = col + 1; k < col + spec.col_span && k < pending->len; k++)
            if (g_array_index (pending, guint, k) > 0)
              {
                spec.col_span = k - col;
                break;
              }
          spec.header = is_el (td, "th");
          spec.line = line_of (td);
          if (pending->len < col + spec.col_span)
            g_array_set_size (pending, col + spec.col_span);
          for (guint k = col; k < col + spec.col_span; k++)
            g_array_index (pending, guint, k) = MAX (g_array_index (pending, guint, k), spec.row_span);

          /* the cell's content, laid out into its own blocks */
          spec.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _ama_block_free);
          w->out = spec.blocks;
          ok = walk_block (w, td, AMA_BLOCK_PARAGRAPH, 0, NULL, depth);
          w->out = saved_out;
          g_array_append_val (specs, spec);
          col += spec.col_span;
          n_columns = MAX (n_columns, col);
        }
      for (guint k = 0; k < pending->len; k++)
        if (g_array_index (pending, guint, k) > 0)
          g_array_index (pending, guint, k)--;
    }
  w->table_depth--;
  w->out = saved_out;
  if (!ok)
    return FALSE;
  if (specs->len == 0 || n_columns == 0)
    return TRUE;
  if ((guint64) rows->len * n_columns > HTML_CELLS_MAX)
    {
      g_set_error (w->error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "line %u: a table of %u rows and %u columns has more than %u cells",
                   line_of (table), rows->len, n_columns, HTML_CELLS_MAX);
      return FALSE;
    }

  layout = has_token (cls, "mgItemTable") || contains_ci (id, "mgItemTable") ||
           (role != NULL && (g_ascii_strcasecmp (role, "presentation") == 0 ||
                             g_ascii_strcasecmp (role, "none") == 0)) ||
           n_columns == 1;
  for (guint i = 0; i < specs->len && !layout; i++)
    layout = blocks_hold_structure (g_array_index (specs, CellSpec, i).blocks);

  if (layout)
    {
      /* cells in reading order, each block its own line, as a copy
       * from the browser gives them ("1." alone, then the title) */
      for (guint i = 0; i < specs->len; i++)
        {
          CellSpec *s = &g_array_index (specs, CellSpec, i);

          g_ptr_array_extend_and_steal (w->out, g_steal_pointer (&s->blocks));
          s->blocks = g_ptr_array_new ();
        }
      return TRUE;
    }

  /* header rows: those in a thead, or leading rows of th cells only */
  for (guint r = 0;; r++)
    {
      gboolean any = FALSE, all_th = TRUE;

      for (guint i = 0; i < specs->len; i++)
        {
          CellSpec *s = &g_array_index (specs, CellSpec, i);

          if (s->row != r)
            continue;
          any = TRUE;
          if (!s->header && !g_array_index (in_head, gboolean, r))
            all_th = FALSE;
        }
      if (!any || !all_th)
        break;
      n_header = r + 1;
    }

  block = _ama_block_new_table (rows->len, n_columns, place);
  block->style = cls && *g_strstrip (cls) ? g_strdup (cls) : NULL;
  block->n_header_rows = n_header;
  for (guint i = 0; i < specs->len; i++)
    {
      CellSpec *s = &g_array_index (specs, CellSpec, i);
      AmaTableCell *cell = _ama_block_table_cell (block, s->row, s->column);

      if (cell == NULL || cell->covered)
        continue;   /* overlapping spans: the first cell drawn wins */
      g_ptr_array_extend_and_steal (cell->blocks, g_steal_pointer (&s->blocks));
      s->blocks = g_ptr_array_new ();
      cell->place.line = s->line;
      if (s->row_span > 1 || s->col_span > 1)
        _ama_block_table_merge (block, s->row, s->column, s->row_span, s->col_span);
    }
  /* rows that were hidden or empty leave no trace */
  g_ptr_array_add (w->out, block);
  return TRUE;
}

static gboolean
read_list (Walker  *w,
           xmlNode *list,
           guint    depth)
{
  g_autofree char *type = attr (list, "type");
  g_autofree char *css = style_value (list, "list-style-type");
  g_autofree char *start = attr (list, "start");
  ListCtx ctx = { 0, };
  ListCtx *saved = w->list;
  guint saved_level = w->list_level;
  gboolean ok;
  gint64 n;

  flush (w);
  ctx.ordered = is_el (list, "ol");
  ctx.type = g_strdup (css != NULL ? css : type);
  if (css == NULL)
    {
      /* the shorthand: "list-style: none outside" */
      g_autofree char *ls = style_value (list, "list-style");

      if (ls != NULL && strstr (ls, "none") != NULL)
        {
          g_free (ctx.type);
          ctx.type = g_strdup ("none");
        }
    }
  {
    /* ModernGov's list of links under the title ("Meeting of Cabinet,
     * Monday … (Item 6.)") is styled without bullets */
    g_autofree char *cls = attr (list, "class");

    if (has_token (cls, "mgActionList"))
      {
        g_free (ctx.type);
        ctx.type = g_strdup ("none");
      }
  }
  ctx.reversed = has_attr (list, "reversed");
  ctx.level = saved != NULL ? w->list_level + 1 : 0;
  if (start != NULL && g_ascii_string_to_signed (g_strstrip (start), 10, -1000000, 1000000, &n, NULL))
    ctx.counter = n - (ctx.reversed ? -1 : 1);
  else if (ctx.reversed)
    {
      gint64 items = 0;

      for (xmlNode *c = list->children; c != NULL; c = c->next)
        if (is_el (c, "li") && !is_hidden (c))
          items++;
      ctx.counter = items + 1;
    }
  else
    ctx.counter = 0;
  w->list = &ctx;
  w->list_level = ctx.level;
  ok = walk_children (w, list, depth);
  flush (w);
  w->list = saved;
  w->list_level = saved_level;
  g_free (ctx.type);
  return ok;
}

static gboolean
read_list_item (Walker  *w,
                xmlNode *li,
                guint    depth)
{
  ListCtx *list = w->list;
  g_autofree char *value = attr (li, "value");
  char *marker;
  gint64 n;

  if (list == NULL)
    return walk_block (w, li, AMA_BLOCK_LIST_ITEM, 0, g_strdup ("•"), depth);
  if (value != NULL && g_ascii_string_to_signed (g_strstrip (value), 10, -1000000, 1000000, &n, NULL))
    list->counter = n;
  else
    list->counter += list->reversed ? -1 : 1;
  marker = list_marker (list, list->counter);
  return walk_block (w, li, AMA_BLOCK_LIST_ITEM, list->level, marker, depth);
}

static gboolean
walk (Walker  *w,
      xmlNode *node,
      guint    depth)
{
  int level;

  if (depth > HTML_DEPTH_MAX)
    {
      g_set_error (w->error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "line %u: elements nested deeper than %u", line_of (node), HTML_DEPTH_MAX);
      return FALSE;
    }
  switch (node->type)
    {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      if (node->content != NULL)
        append_text (w, (const char *) node->content, line_of (node));
      return TRUE;
    case XML_ELEMENT_NODE:
      break;
    default:
      return TRUE;   /* comments, processing instructions */
    }

  if (is_hidden (node) || is_chrome (node))
    return TRUE;
  if (is_el (node, "img"))
    {
      /* a browser's copy keeps an image's alt text ("pdf icon") */
      g_autofree char *alt = attr (node, "alt");

      if (alt != NULL)
        {
          append_text (w, " ", line_of (node));
          append_text (w, alt, line_of (node));
          append_text (w, " ", line_of (node));
        }
      return TRUE;
    }
  if (is_el (node, "br"))
    {
      if (w->text_line == 0)
        w->text_line = line_of (node);
      line_break (w);
      return TRUE;
    }
  if ((level = heading_level (node)) > 0)
    return walk_block (w, node, AMA_BLOCK_HEADING, (guint) level, NULL, depth);
  if (is_el (node, "table"))
    return read_table (w, node, depth);
  if (is_el (node, "ul") || is_el (node, "ol"))
    return read_list (w, node, depth);
  if (is_el (node, "li"))
    return read_list_item (w, node, depth);
  if (is_el (node, "pre") || is_el (node, "xmp") || is_el (node, "listing"))
    {
      gboolean ok;

      w->pre++;
      ok = walk_block (w, node, AMA_BLOCK_PARAGRAPH, 0, NULL, depth);
      w->pre--;
      return ok;
    }
  if (is_block_element (node) || is_el (node, "tr") || is_el (node, "td") || is_el (node, "th"))
    {
      /* Inside a list item, the item's own paragraphs stay the item. */
      if (w->kind == AMA_BLOCK_LIST_ITEM)
        {
          gboolean ok;

          if (w->text->len > 0 || w->marker == NULL)
            flush (w);
          ok = walk_children (w, node, depth);
          if (w->marker == NULL)
            flush (w);
          return ok;
        }
      return walk_block (w, node, AMA_BLOCK_PARAGRAPH, 0, NULL, depth);
    }
  /* inline: a, span, b, em, font… */
  return walk_children (w, node, depth);
}

/* Where the content is: ModernGov's <div id="modgov">, else <main>,
 * else <body>. */
static xmlNode *
find_by_id (xmlNode    *node,
            const char *id,
            guint       depth)
{
  for (xmlNode *c = node; c != NULL; c = c->next)
    {
      g_autofree char *v = NULL;
      xmlNode *found;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      v = attr (c, "id");
      if (v != NULL && g_ascii_strcasecmp (v, id) == 0)
        return c;
      if (depth < HTML_DEPTH_MAX && c->children != NULL &&
          (found = find_by_id (c->children, id, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name,
              const char *role,
              guint       depth)
{
  for (xmlNode *c = node; c != NULL; c = c->next)
    {
      xmlNode *found;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is_el (c, name))
        return c;
      if (role != NULL)
        {
          g_autofree char *r = attr (c, "role");

          if (r != NULL && g_ascii_strcasecmp (r, role) == 0)
            return c;
        }
      if (depth < HTML_DEPTH_MAX && c->children != NULL && !is_el (c, "head") &&
          (found = find_element (c->children, name, role, depth + 1)) != NULL)
        return found;
    }
  return NULL;
}

AmaBlockDoc *
_ama_read_html (const char  *data,
                gsize        length,
                const char  *uri,
                GError     **error)
{
  g_autoptr(AmaBlockDoc) doc = _ama_block_doc_new ("html", uri);
  g_autofree char *utf8 = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  htmlParserCtxtPtr ctxt;
  htmlDocPtr html;
  xmlNode *root, *content;
  Walker w = { 0, };
  gsize len;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  utf8 = decode_page (doc, data ? data : "", length, error);
  if (utf8 == NULL)
    return NULL;
  len = strlen (utf8);
  if (len > G_MAXINT)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "byte 0: a page of %" G_GSIZE_FORMAT " bytes is too big", len);
      return NULL;
    }

  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_IO, "out of memory");
      return NULL;
    }
  /* Already UTF-8: the page's own charset hint is not applied twice. */
  html = htmlCtxtReadMemory (ctxt, utf8, (int) len, uri, "UTF-8",
                             HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                             HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC);
  {
    /* libxml2 stops at 256 open elements (its "Excessive depth"
     * internal error) and, recovering, returns what it read so far:
     * a page that deep is refused, not read in part. */
    const xmlError *e = xmlCtxtGetLastError (ctxt);

    if (e != NULL && e->code == XML_ERR_INTERNAL_ERROR)
      {
        gboolean depth = e->message != NULL && strstr (e->message, "depth") != NULL;

        g_set_error (error, AMA_ERROR, depth ? AMA_ERROR_LIMIT : AMA_ERROR_PARSE,
                     depth ? "line %d: elements nested deeper than %u"
                           : "line %d: the page cannot be parsed", e->line, HTML_DEPTH_MAX);
        htmlFreeParserCtxt (ctxt);
        if (html != NULL)
          xmlFreeDoc (html);
        return NULL;
      }
  }
  htmlFreeParserCtxt (ctxt);
  root = html ? xmlDocGetRootElement (html) : NULL;
  if (root == NULL)
    {
      if (html != NULL)
        xmlFreeDoc (html);
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1: not a web page (no element found)");
      return NULL;
    }

  content = find_by_id (root, "modgov", 0);
  if (content == NULL)
    content = find_element (root, "main", "main", 0);
  if (content == NULL)
    content = find_element (root, "body", NULL, 0);
  if (content == NULL)
    content = root;

  w.text = text;
  w.kind = AMA_BLOCK_PARAGRAPH;
  w.out = doc->blocks;
  w.error = error;
  /* the content element itself is read even when it is, say, a <main>
   * (which is_chrome does not drop) */
  ok = walk_block (&w, content, AMA_BLOCK_PARAGRAPH, 0, NULL, 0);
  g_free (w.marker);
  xmlFreeDoc (html);
  if (!ok)
    return NULL;
  return g_steal_pointer (&doc);
}
