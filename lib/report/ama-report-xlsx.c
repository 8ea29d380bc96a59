/* ama-report-xlsx.c: the response table as an Excel workbook (.xlsx)
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * An .xlsx is a zip of a few SpreadsheetML parts (ECMA-376 Part 1,
 * §18). Every cell is written as an inline string (<c t="inlineStr">),
 * which a spreadsheet never evaluates: a response beginning "=" stays
 * text, so no guard apostrophe is needed or shown, unlike CSV. One
 * sheet: a bold header row that stays in view and filters, wrapped
 * text, column widths for reading.
 *
 * Written here rather than through libxlsxwriter: that library writes
 * only to a named file (1.1.4, Debian 12) and prints its errors to
 * stderr; this is a few parts, stored (uncompressed) in a zip built in
 * memory, so the writer streams like every other format.
 */

#include "config.h"

#include <string.h>
#include <zlib.h>

#include "ama-error.h"
#include "ama-report-private.h"

/* Column widths in characters, for the eight columns of the table. */
static const guint widths[] = { 60, 16, 60, 22, 16, 20, 12, 18 };

/* Text as SpreadsheetML character data: XML escapes, and the
 * characters XML 1.0 cannot hold (C0 controls but tab and line
 * breaks) as OOXML's _xHHHH_ escapes; a literal "_xHHHH_" in the text
 * has its underscore escaped so that it reads back as written. */
static void
append_text (GString    *out,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '&')
        g_string_append (out, "&amp;");
      else if (c == '<')
        g_string_append (out, "&lt;");
      else if (c == '>')
        g_string_append (out, "&gt;");
      else if (c == '"')
        g_string_append (out, "&quot;");
      else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        g_string_append_printf (out, "_x%04X_", c);
      else if (c == '_' && p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) &&
               g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_')
        g_string_append (out, "_x005F_");
      else
        g_string_append_c (out, (char) c);
    }
}

/* "A1", "H12": column letters (at most 26 columns here) and row. */
static void
append_ref (GString *out,
            guint    column,
            guint    row)
{
  g_string_append_printf (out, "%c%u", 'A' + column, row + 1);
}

static char *
sheet_xml (GPtrArray *rows)
{
  GString *x = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetViews><sheetView workbookViewId=\"0\">"
                             "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                             "</sheetView></sheetViews><cols>");
  guint n_columns = g_strv_length (g_ptr_array_index (rows, 0));

  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (x, "<col min=\"%u\" max=\"%u\" width=\"%u\" customWidth=\"1\"/>",
                            c + 1, c + 1, c < G_N_ELEMENTS (widths) ? widths[c] : 16);
  g_string_append (x, "</cols><sheetData>");
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      g_string_append_printf (x, "<row r=\"%u\">", r + 1);
      for (guint c = 0; row[c] != NULL; c++)
        {
          g_string_append (x, "<c r=\"");
          append_ref (x, c, r);
          /* Style 1: the bold header; 2: wrapped body text. */
          g_string_append_printf (x, "\" s=\"%u\" t=\"inlineStr\"><is><t xml:space=\"preserve\">",
                                  r == 0 ? 1 : 2);
          append_text (x, row[c]);
          g_string_append (x, "</t></is></c>");
        }
      g_string_append (x, "</row>");
    }
  g_string_append (x, "</sheetData><autoFilter ref=\"A1:");
  append_ref (x, n_columns - 1, rows->len - 1);
  g_string_append (x, "\"/><pageSetup orientation=\"landscape\" paperSize=\"9\"/></worksheet>\n");
  return g_string_free (x, FALSE);
}

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
  "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
  "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
  "</Types>\n";

static const char root_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
  "</Relationships>\n";

static const char workbook_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
  "</Relationships>\n";

/* Fonts: regular, bold. Cell formats: 0 default, 1 bold wrapped top
 * (the header), 2 wrapped top (the body). */
static const char styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
  "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
  "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
  "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
  "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
  "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
  "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
  "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
  "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
  "<alignment wrapText=\"1\" vertical=\"top\"/></xf>"
  "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
  "<alignment wrapText=\"1\" vertical=\"top\"/></xf></cellXfs>"
  "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
  "</styleSheet>\n";

static void
put16 (GString *out,
       guint    v)
{
  g_string_append_c (out, (char) (v & 0xff));
  g_string_append_c (out, (char) ((v >> 8) & 0xff));
}

static void
put32 (GString *out,
       guint32  v)
{
  put16 (out, v & 0xffff);
  put16 (out, v >> 16);
}

typedef struct
{
  const char *name;
  guint32     crc;
  guint32     size;
  guint32     offset;
} Member;

/* One stored member: its local header and data (APPNOTE 4.3.7). The
 * DOS date is 1980-01-01, so the same review always gives the same
 * bytes. */
static void
add_member (GString    *zip,
            Member     *m,
            const char *data,
            gsize       size)
{
  m->crc = (guint32) crc32 (crc32 (0L, Z_NULL, 0), (const Bytef *) data, (uInt) size);
  m->size = (guint32) size;
  m->offset = (guint32) zip->len;
  put32 (zip, 0x04034b50);
  put16 (zip, 20);           /* version needed: 2.0 */
  put16 (zip, 1u << 11);     /* names are UTF-8 */
  put16 (zip, 0);            /* stored */
  put16 (zip, 0);            /* time */
  put16 (zip, (0 << 9) | (1 << 5) | 1);   /* 1980-01-01 */
  put32 (zip, m->crc);
  put32 (zip, m->size);
  put32 (zip, m->size);
  put16 (zip, (guint) strlen (m->name));
  put16 (zip, 0);
  g_string_append (zip, m->name);
  g_string_append_len (zip, data, (gssize) size);
}

gboolean
_ama_report_xlsx (GString          *out,
                  AmaReview        *review,
                  AmaReportContext *ctx,
                  GError          **error)
{
  g_autoptr(GPtrArray) rows = _ama_report_table_rows (review, ctx);
  g_autofree char *sheet = sheet_xml (rows);
  g_autoptr(GString) workbook = g_string_new (
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<sheets><sheet name=\"Responses\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
      "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">");
  Member members[] = {
    { "[Content_Types].xml" }, { "_rels/.rels" }, { "xl/workbook.xml" },
    { "xl/_rels/workbook.xml.rels" }, { "xl/styles.xml" }, { "xl/worksheets/sheet1.xml" },
  };
  GString *zip = out;
  gsize start = out->len;
  guint32 dir_offset, dir_size;

  {
    g_autoptr(GString) range = g_string_new ("Responses!$A$1:$");

    g_string_append_printf (range, "%c$%u", 'A' + g_strv_length (g_ptr_array_index (rows, 0)) - 1,
                            rows->len);
    g_string_append (workbook, range->str);
    g_string_append (workbook, "</definedName></definedNames></workbook>\n");
  }

  /* A zip's offsets are 32-bit without ZIP64; a response table is far
   * below that, but say so rather than write a broken file. */
  if (strlen (sheet) > G_MAXUINT32 / 2)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "the response table is too large for an .xlsx written without ZIP64");
      return FALSE;
    }

  add_member (zip, &members[0], content_types, strlen (content_types));
  add_member (zip, &members[1], root_rels, strlen (root_rels));
  add_member (zip, &members[2], workbook->str, workbook->len);
  add_member (zip, &members[3], workbook_rels, strlen (workbook_rels));
  add_member (zip, &members[4], styles, strlen (styles));
  add_member (zip, &members[5], sheet, strlen (sheet));

  /* Central directory (4.3.12) and its end record (4.3.16); offsets
   * are from the start of this archive in @out. */
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    members[i].offset -= (guint32) start;
  dir_offset = (guint32) (zip->len - start);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      Member *m = &members[i];

      put32 (zip, 0x02014b50);
      put16 (zip, 20);         /* made by: MS-DOS, 2.0 */
      put16 (zip, 20);
      put16 (zip, 1u << 11);
      put16 (zip, 0);
      put16 (zip, 0);
      put16 (zip, (0 << 9) | (1 << 5) | 1);
      put32 (zip, m->crc);
      put32 (zip, m->size);
      put32 (zip, m->size);
      put16 (zip, (guint) strlen (m->name));
      put16 (zip, 0);          /* extra */
      put16 (zip, 0);          /* comment */
      put16 (zip, 0);          /* disk */
      put16 (zip, 0);          /* internal attributes */
      put32 (zip, 0);          /* external attributes */
      put32 (zip, m->offset);
      g_string_append (zip, m->name);
    }
  dir_size = (guint32) (zip->len - start) - dir_offset;
  put32 (zip, 0x06054b50);
  put16 (zip, 0);
  put16 (zip, 0);
  put16 (zip, G_N_ELEMENTS (members));
  put16 (zip, G_N_ELEMENTS (members));
  put32 (zip, dir_size);
  put32 (zip, dir_offset);
  put16 (zip, 0);
  return TRUE;
}
