/* ama-zip.c: the members of a zip archive held in memory
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Written against PKWARE's APPNOTE.TXT (sections 4.3.7 local header,
 * 4.3.12 central directory, 4.3.14–16 ZIP64 and the end record). libgsf
 * was used before this and is not, because on a damaged archive it
 * g_print()s to stdout (into the JSON `ama import` writes there) and
 * emits criticals (an impossible DOS date in a member's header), which a
 * library must not do and fatal-criticals turns into an abort.
 *
 * Every offset and length read from the archive is checked against the
 * buffer before it is used; sizes are 64-bit throughout.
 */

#include "config.h"

#include <string.h>
#include <zlib.h>

#include "ama-error.h"
#include "ama-zip-private.h"

#define SIG_LOCAL        0x04034b50u
#define SIG_CENTRAL      0x02014b50u
#define SIG_END          0x06054b50u
#define SIG_END64        0x06064b50u
#define SIG_END64_LOC    0x07064b50u

#define LOCAL_SIZE       30u
#define CENTRAL_SIZE     46u
#define END_SIZE         22u
#define END64_SIZE       56u
#define END64_LOC_SIZE   20u

typedef struct
{
  char    *name;      /* as stored: bytes, NUL-terminated */
  guint16  flags;
  guint16  method;
  guint32  crc;
  guint64  csize;
  guint64  usize;
  guint64  offset;    /* of the local header */
} Entry;

struct _AmaZip
{
  const guint8 *data;
  gsize         length;
  GArray       *entries;   /* of Entry */
  GHashTable   *by_name;   /* name → index + 1 (first of duplicates) */
};

static guint16
get16 (const guint8 *p)
{
  return (guint16) (p[0] | (p[1] << 8));
}

static guint32
get32 (const guint8 *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

static guint64
get64 (const guint8 *p)
{
  return (guint64) get32 (p) | ((guint64) get32 (p + 4) << 32);
}

/* Whether [@offset, @offset + @size) lies inside the archive, without
 * overflow. */
static gboolean
fits (AmaZip  *zip,
      guint64  offset,
      guint64  size)
{
  return offset <= zip->length && size <= zip->length - offset;
}

static void
entry_clear (gpointer p)
{
  g_free (((Entry *) p)->name);
}

void
_ama_zip_free (AmaZip *zip)
{
  if (zip == NULL)
    return;
  g_array_unref (zip->entries);
  g_hash_table_unref (zip->by_name);
  g_free (zip);
}

guint
_ama_zip_n_entries (AmaZip *zip)
{
  return zip->entries->len;
}

/* The end of central directory record: the last "PK\5\6" whose record
 * (with its comment) fits the archive, searched back over the longest
 * possible comment. */
static gboolean
find_end (AmaZip  *zip,
          guint64 *end)
{
  guint64 lowest;

  if (zip->length < END_SIZE)
    return FALSE;
  lowest = zip->length - END_SIZE > 0xffff ? zip->length - END_SIZE - 0xffff : 0;
  for (guint64 at = zip->length - END_SIZE + 1; at-- > lowest;)
    if (get32 (zip->data + at) == SIG_END &&
        at + END_SIZE + get16 (zip->data + at + 20) <= zip->length)
      {
        *end = at;
        return TRUE;
      }
  return FALSE;
}

/* ZIP64 extra field (id 1): each of the sizes and the offset that the
 * fixed record marks as 0xffffffff is there, in this order. */
static gboolean
read_zip64_extra (const guint8 *extra,
                  guint         length,
                  Entry        *e,
                  gboolean      need_usize,
                  gboolean      need_csize,
                  gboolean      need_offset)
{
  guint i = 0;

  while (i + 4 <= length)
    {
      guint16 id = get16 (extra + i);
      guint16 size = get16 (extra + i + 2);
      guint j = i + 4;

      if (j + size > length)
        return FALSE;
      if (id == 1)
        {
          guint end = j + size;

          if (need_usize)
            {
              if (j + 8 > end)
                return FALSE;
              e->usize = get64 (extra + j);
              j += 8;
            }
          if (need_csize)
            {
              if (j + 8 > end)
                return FALSE;
              e->csize = get64 (extra + j);
              j += 8;
            }
          if (need_offset)
            {
              if (j + 8 > end)
                return FALSE;
              e->offset = get64 (extra + j);
            }
          return TRUE;
        }
      i = j + size;
    }
  return !need_usize && !need_csize && !need_offset;
}

AmaZip *
_ama_zip_open (const char  *data,
               gsize        length,
               guint        max_entries,
               GError     **error)
{
  g_autoptr(AmaZip) zip = g_new0 (AmaZip, 1);
  guint64 end, n_entries, dir_size, dir_offset, at;
  const guint8 *p;

  zip->data = (const guint8 *) data;
  zip->length = length;
  zip->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (zip->entries, entry_clear);
  zip->by_name = g_hash_table_new (g_str_hash, g_str_equal);

  if (!find_end (zip, &end))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "zip archive: no end of central directory record (truncated?)");
      return NULL;
    }
  p = zip->data + end;
  if (get16 (p + 4) != 0 || get16 (p + 6) != 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED,
                   "zip archive, byte %" G_GUINT64_FORMAT ": a multi-disk archive", end);
      return NULL;
    }
  n_entries = get16 (p + 10);
  dir_size = get32 (p + 12);
  dir_offset = get32 (p + 16);

  if (n_entries == 0xffff || dir_size == 0xffffffffu || dir_offset == 0xffffffffu)
    {
      guint64 loc, end64;

      if (end < END64_LOC_SIZE || get32 (zip->data + end - END64_LOC_SIZE) != SIG_END64_LOC)
        goto damaged_end;
      loc = end - END64_LOC_SIZE;
      end64 = get64 (zip->data + loc + 8);
      if (!fits (zip, end64, END64_SIZE) || get32 (zip->data + end64) != SIG_END64)
        goto damaged_end;
      n_entries = get64 (zip->data + end64 + 32);
      dir_size = get64 (zip->data + end64 + 40);
      dir_offset = get64 (zip->data + end64 + 48);
    }
  if (!fits (zip, dir_offset, dir_size))
    goto damaged_end;
  if (n_entries > max_entries)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "zip archive: %" G_GUINT64_FORMAT " members, more than the limit of %u",
                   n_entries, max_entries);
      return NULL;
    }

  at = dir_offset;
  for (guint64 i = 0; i < n_entries; i++)
    {
      Entry e = { 0, };
      guint name_len, extra_len, comment_len;

      if (!fits (zip, at, CENTRAL_SIZE) || get32 (zip->data + at) != SIG_CENTRAL)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                       "zip archive, byte %" G_GUINT64_FORMAT ": central directory entry %"
                       G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " is damaged",
                       at, i + 1, n_entries);
          return NULL;
        }
      p = zip->data + at;
      e.flags = get16 (p + 8);
      e.method = get16 (p + 10);
      e.crc = get32 (p + 16);
      e.csize = get32 (p + 20);
      e.usize = get32 (p + 24);
      name_len = get16 (p + 28);
      extra_len = get16 (p + 30);
      comment_len = get16 (p + 32);
      e.offset = get32 (p + 42);
      if (!fits (zip, at + CENTRAL_SIZE, (guint64) name_len + extra_len + comment_len))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                       "zip archive, byte %" G_GUINT64_FORMAT ": central directory entry %"
                       G_GUINT64_FORMAT " runs past the end of the archive", at, i + 1);
          return NULL;
        }
      if (!read_zip64_extra (p + CENTRAL_SIZE + name_len, extra_len, &e,
                             e.usize == 0xffffffffu, e.csize == 0xffffffffu,
                             e.offset == 0xffffffffu))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                       "zip archive, byte %" G_GUINT64_FORMAT ": central directory entry %"
                       G_GUINT64_FORMAT " has a damaged ZIP64 extra field", at, i + 1);
          return NULL;
        }
      e.name = g_strndup ((const char *) p + CENTRAL_SIZE, name_len);
      /* Nothing here is ever written to disk, so a member named
       * "../x" could do no harm; but no Word or LibreOffice export
       * makes one, and a file crafted to climb out of a folder when
       * unpacked is refused for what it is rather than read. */
      if (e.name[0] == '/' || strchr (e.name, '\\') != NULL || memchr (e.name, '\0', name_len) != NULL ||
          g_str_equal (e.name, "..") || g_str_has_prefix (e.name, "../") ||
          strstr (e.name, "/../") != NULL || g_str_has_suffix (e.name, "/.."))
        {
          g_autofree char *shown = g_strescape (e.name, NULL);
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       "%s: zip member name leaves the archive (absolute, “..” or a backslash); refused",
                       shown);
          g_free (e.name);
          return NULL;
        }
      g_array_append_val (zip->entries, e);
      if (!g_hash_table_contains (zip->by_name, e.name))
        g_hash_table_insert (zip->by_name, e.name, GUINT_TO_POINTER (zip->entries->len));
      at += CENTRAL_SIZE + name_len + extra_len + comment_len;
    }
  return g_steal_pointer (&zip);

damaged_end:
  g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
               "zip archive, byte %" G_GUINT64_FORMAT ": the end of central directory record "
               "points outside the archive (truncated or damaged)", end);
  return NULL;
}

/* Inflates raw deflate data into exactly @usize bytes; more or fewer is
 * damage. */
static GBytes *
inflate_member (const char    *name,
                const guint8  *in,
                guint64        csize,
                guint64        usize,
                GError       **error)
{
  z_stream z = { 0, };
  g_autofree guint8 *out = g_malloc (usize + 1);
  int rc;

  if (inflateInit2 (&z, -MAX_WBITS) != Z_OK)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_IO, "%s: cannot start inflating", name);
      return NULL;
    }
  /* zlib counts in uInt; a member over 4 GiB is past any limit the
   * caller sets, so feeding it in one go is safe. */
  z.next_in = (Bytef *) in;
  z.avail_in = (uInt) MIN (csize, G_MAXUINT);
  z.next_out = out;
  z.avail_out = (uInt) (usize + 1);
  rc = inflate (&z, Z_FINISH);
  inflateEnd (&z);
  if (rc != Z_STREAM_END || z.total_out != usize)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "%s: the compressed data is damaged (inflated %lu of %" G_GUINT64_FORMAT
                   " bytes%s%s)", name, z.total_out, usize,
                   z.msg ? ": " : "", z.msg ? z.msg : "");
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&out), usize);
}

GBytes *
_ama_zip_read (AmaZip      *zip,
               const char  *name,
               gsize        max_size,
               GError     **error)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (zip->by_name, name));
  const Entry *e;
  const guint8 *local;
  guint64 data_at;
  g_autoptr(GBytes) bytes = NULL;

  if (index == 0)
    return NULL;
  e = &g_array_index (zip->entries, Entry, index - 1);
  if (e->flags & 1)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED,
                   "%s: the zip member is encrypted", name);
      return NULL;
    }
  if (e->usize > max_size)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "%s: uncompressed size %" G_GUINT64_FORMAT " bytes exceeds the limit "
                   "of %" G_GSIZE_FORMAT " bytes (a zip bomb?)", name, e->usize, max_size);
      return NULL;
    }
  if (!fits (zip, e->offset, LOCAL_SIZE) || get32 (zip->data + e->offset) != SIG_LOCAL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "%s: no local header at byte %" G_GUINT64_FORMAT " (damaged archive)",
                   name, e->offset);
      return NULL;
    }
  local = zip->data + e->offset;
  /* The local header's own name and extra lengths say where the data
   * starts; its sizes may be zero (they follow the data when bit 3 is
   * set), so the central directory's are used. */
  data_at = e->offset + LOCAL_SIZE + get16 (local + 26) + get16 (local + 28);
  if (!fits (zip, data_at, e->csize))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "%s: the member's %" G_GUINT64_FORMAT " bytes from byte %" G_GUINT64_FORMAT
                   " run past the end of the archive (truncated?)", name, e->csize, data_at);
      return NULL;
    }
  switch (e->method)
    {
    case 0:
      if (e->csize != e->usize)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                       "%s: a stored member of %" G_GUINT64_FORMAT " bytes declares %"
                       G_GUINT64_FORMAT " (damaged archive)", name, e->csize, e->usize);
          return NULL;
        }
      bytes = g_bytes_new (zip->data + data_at, e->usize);
      break;
    case 8:
      /* deflate cannot expand by more than 1032:1 (APPNOTE's "deflate
       * bomb" bound); a larger declared size is damage, found before a
       * buffer of that size is allocated. */
      if (e->usize / 1032 > e->csize + 1)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                       "%s: declares %" G_GUINT64_FORMAT " bytes from %" G_GUINT64_FORMAT
                       " compressed, more than deflate can produce (damaged archive)",
                       name, e->usize, e->csize);
          return NULL;
        }
      bytes = inflate_member (name, zip->data + data_at, e->csize, e->usize, error);
      if (bytes == NULL)
        return NULL;
      break;
    default:
      g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED,
                   "%s: compression method %u is not supported (only stored and deflated)",
                   name, e->method);
      return NULL;
    }
  {
    gsize size;
    const guint8 *p = g_bytes_get_data (bytes, &size);
    uLong crc = crc32 (0L, Z_NULL, 0);

    /* crc32() takes uInt lengths: feed large members in pieces. */
    for (gsize done = 0; done < size;)
      {
        uInt n = (uInt) MIN (size - done, (gsize) 1 << 30);

        crc = crc32 (crc, p + done, n);
        done += n;
      }
    if ((guint32) crc != e->crc)
      {
        g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                     "%s: CRC-32 %08x does not match the archive's %08x (damaged member)",
                     name, (guint32) crc, e->crc);
        return NULL;
      }
  }
  return g_steal_pointer (&bytes);
}
