/* ama-import-common.c: what every importer shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "ama-source-ref.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ama-import-private.h"
#include "ama-util-private.h"
#include "ama-diagnostic.h"
#include "ama-document.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-importer.h"
#include "ama-person.h"
#include "ama-response.h"
#include "ama-review.h"

void
_ama_import_diag (AmaImportContext *ctx,
                  AmaSeverity       severity,
                  const char       *code,
                  guint             line,
                  guint             column,
                  const char       *path,
                  const char       *format,
                  ...)
{
  g_autoptr(AmaDiagnostic) diag = NULL;
  g_autofree char *message = NULL;
  va_list args;

  if (ctx == NULL || ctx->diagnostics == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  diag = ama_diagnostic_new (severity, code, message);
  ama_diagnostic_set_line (diag, line);
  ama_diagnostic_set_column (diag, column);
  if (path != NULL)
    ama_diagnostic_set_path (diag, path);
  g_list_store_append (ctx->diagnostics, diag);
}

/* ---- text normalisation --------------------------------------------- */

/* Windows-1252 0x80–0x9F; 0 marks the five bytes it leaves undefined,
 * which are read as their Latin-1 code points (C1 controls) instead. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

gunichar
_ama_import_cp1252_char (guchar c)
{
  if (c >= 0x80 && c < 0xA0 && cp1252_high[c - 0x80] != 0)
    return cp1252_high[c - 0x80];
  return c;
}

char *
_ama_import_normalise_text (AmaImportContext  *ctx,
                            const char        *data,
                            gssize             length,
                            GError           **error)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *utf16 = NULL;
  const char *p, *end;
  guint line = 1, column = 1;
  guint converted = 0, conv_line = 0, conv_col = 0;
  guint crlf = 0, nbsp = 0, nbsp_line = 0;
  gboolean bom = FALSE;

  if (length < 0)
    length = data ? strlen (data) : 0;

  /* UTF-16 with a byte-order mark: what Word's "Unicode text" saves. */
  if (length >= 2 &&
      (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
       ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      g_autoptr(GError) local_error = NULL;
      gsize written = 0;
      const char *charset = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";

      utf16 = g_convert (data + 2, length - 2, "UTF-8", charset, NULL, &written, &local_error);
      if (utf16 == NULL)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_ENCODING,
                       "line 1, column 1: text marked as %s cannot be read: %s",
                       charset, local_error->message);
          return NULL;
        }
      _ama_import_diag (ctx, AMA_SEVERITY_INFO, "encoding-converted", 1, 1, NULL,
                        "text converted from %s to UTF-8", charset);
      data = utf16;
      length = written;
    }

  p = data;
  end = data + length;

  if (length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    {
      p += 3;
      bom = TRUE;
    }

  out = g_string_sized_new (length + 16);

  while (p < end)
    {
      guchar c = *p;

      if (c == 0)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_ENCODING,
                       "line %u, column %u: NUL byte: this is binary data, "
                       "not text (a Word .docx or a PDF is read as it is with format "
                       "auto, docx or pdf; no other binary format is)",
                       line, column);
          return NULL;
        }

      if (c == '\r')
        {
          g_string_append_c (out, '\n');
          crlf++;
          p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
          line++;
          column = 1;
          continue;
        }

      if (c == '\n')
        {
          g_string_append_c (out, '\n');
          p++;
          line++;
          column = 1;
          continue;
        }

      if (c < 0x80)
        {
          g_string_append_c (out, c);
          p++;
          column++;
          continue;
        }

      {
        gunichar ch = g_utf8_get_char_validated (p, end - p);

        if (ch == (gunichar) -1 || ch == (gunichar) -2)
          {
            /* Not UTF-8: a Latin-1 / Windows-1252 byte. */
            gunichar conv = _ama_import_cp1252_char (c);

            if (converted++ == 0)
              {
                conv_line = line;
                conv_col = column;
              }
            if (conv == 0xA0)
              {
                conv = ' ';
                if (nbsp++ == 0)
                  nbsp_line = line;
              }
            g_string_append_unichar (out, conv);
            p++;
            column++;
            continue;
          }

        if (ch == 0xA0 || ch == 0x202F || ch == 0x2007)
          {
            g_string_append_c (out, ' ');
            if (nbsp++ == 0)
              nbsp_line = line;
          }
        else if (ch == 0xFEFF)
          {
            /* A BOM left in the middle by concatenated files */
          }
        else if (ch == 0x2028 || ch == 0x2029)
          {
            g_string_append_c (out, '\n');
            line++;
            column = 0;
          }
        else
          g_string_append_len (out, p, g_utf8_next_char (p) - p);

        p = g_utf8_next_char (p);
        column++;
      }
    }

  if (bom)
    _ama_import_diag (ctx, AMA_SEVERITY_INFO, "bom-removed", 1, 1, NULL,
                      "UTF-8 byte-order mark removed");
  if (converted > 0)
    _ama_import_diag (ctx, AMA_SEVERITY_INFO, "encoding-converted", conv_line, conv_col, NULL,
                      "line %u, column %u: %u byte%s not valid UTF-8 read as "
                      "Windows-1252 (Latin-1) and converted",
                      conv_line, conv_col, converted, converted == 1 ? "" : "s");
  if (crlf > 0)
    _ama_import_diag (ctx, AMA_SEVERITY_INFO, "line-endings-normalised", 1, 0, NULL,
                      "%u Windows/Mac line ending%s (CR LF, CR) read as line feeds",
                      crlf, crlf == 1 ? "" : "s");
  if (nbsp > 0)
    _ama_import_diag (ctx, AMA_SEVERITY_INFO, "nbsp-replaced", nbsp_line, 0, NULL,
                      "%u non-breaking space%s replaced by spaces (first on line %u)",
                      nbsp, nbsp == 1 ? "" : "s", nbsp_line);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- cells and lines ------------------------------------------------ */

char *
_ama_import_clean_line (const char *raw)
{
  char *line = _ama_import_clean_cell (raw);

  g_strdelimit (line, "\v\t", ' ');
  return g_strstrip (line);
}

char *
_ama_import_clean_cell (const char *text)
{
  g_auto(GStrv) lines = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  /* Word's manual line break inside a cell arrives as a vertical tab */
  lines = g_strsplit_set (text, "\n\v", -1);

  for (guint i = 0; lines[i]; i++)
    {
      gboolean space = FALSE;
      gsize start = out->len;

      for (const char *s = lines[i]; *s; s++)
        {
          if (*s == ' ' || *s == '\t' || *s == '\f')
            space = TRUE;
          else
            {
              if (space && out->len > start)
                g_string_append_c (out, ' ');
              space = FALSE;
              g_string_append_c (out, *s);
            }
        }
      if (out->len > start && lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }

  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

char *
_ama_import_join_lines (const char *text)
{
  g_autofree char *clean = _ama_import_clean_cell (text);
  GString *out = g_string_new (NULL);

  for (const char *s = clean; *s; s++)
    {
      if (*s == '\n')
        {
          /* "self-" at a line end followed by a word: a compound split
           * by the wrap, keep the hyphen and join without a space. */
          if (out->len > 1 && out->str[out->len - 1] == '-' &&
              out->str[out->len - 2] != ' ')
            continue;
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *s);
    }

  return g_string_free (out, FALSE);
}

/* ---- dates ---------------------------------------------------------- */

const char * const _ama_import_day_names[7] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* Length of the alphabetic word at @s. */
static gsize
word_len (const char *s)
{
  gsize n = 0;

  while (g_ascii_isalpha (s[n]))
    n++;

  return n;
}

static gboolean
is_day_name (const char *s,
             gsize       len)
{
  for (int i = 0; i < 7; i++)
    {
      gsize full = strlen (_ama_import_day_names[i]);

      if ((len == full || len == 3) &&
          g_ascii_strncasecmp (s, _ama_import_day_names[i], len) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
valid_date (int y, int m, int d)
{
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 &&
         d >= 1 && d <= g_date_get_days_in_month (m, y);
}

static int
read_int (const char **s,
          int          max_digits)
{
  int v = 0, n = 0;

  while (g_ascii_isdigit (**s) && n < max_digits)
    {
      v = v * 10 + (**s - '0');
      (*s)++;
      n++;
    }
  if (g_ascii_isdigit (**s))
    return -1;

  return n == 0 ? -1 : v;
}

GDateTime *
_ama_import_parse_date (const char  *text,
                        GDateTime   *reference,
                        const char **end,
                        gboolean    *year_guessed)
{
  const char *s = text;
  int d, m = 0, y = -1;
  gsize wl;

  if (year_guessed)
    *year_guessed = FALSE;
  if (text == NULL)
    return NULL;

  while (*s == ' ' || *s == '\t')
    s++;

  /* ISO 8601 */
  if (g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[1]) &&
      g_ascii_isdigit (s[2]) && g_ascii_isdigit (s[3]) && s[4] == '-')
    {
      const char *t = s;
      y = read_int (&t, 4);
      if (*t++ != '-')
        return NULL;
      m = read_int (&t, 2);
      if (*t++ != '-')
        return NULL;
      d = read_int (&t, 2);
      if (!valid_date (y, m, d))
        return NULL;
      if (end)
        *end = t;
      return _ama_date_new (y, m, d);
    }

  /* An optional day name: "Tuesday 3rd May 2016", "Tue, 3 May" */
  wl = word_len (s);
  if (wl > 0 && is_day_name (s, wl))
    {
      s += wl;
      while (*s == ' ' || *s == ',')
        s++;
    }

  d = read_int (&s, 2);
  if (d < 0)
    return NULL;

  if (*s == '/' || *s == '.')
    {
      /* dd/mm/yyyy, dd/mm/yy (UK order) */
      char sep = *s++;
      m = read_int (&s, 2);
      if (m < 0 || *s != sep)
        return NULL;
      s++;
      {
        const char *t = s;
        y = read_int (&t, 4);
        if (y < 0 || (t - s != 2 && t - s != 4))
          return NULL;
        if (t - s == 2)
          y += 2000;
        s = t;
      }
      if (!valid_date (y, m, d))
        return NULL;
      if (end)
        *end = s;
      return _ama_date_new (y, m, d);
    }

  /* ordinal suffix */
  if ((g_ascii_strncasecmp (s, "st", 2) == 0 || g_ascii_strncasecmp (s, "nd", 2) == 0 ||
       g_ascii_strncasecmp (s, "rd", 2) == 0 || g_ascii_strncasecmp (s, "th", 2) == 0) &&
      !g_ascii_isalpha (s[2]))
    s += 2;

  if (*s != ' ' && *s != '-')
    return NULL;
  while (*s == ' ' || *s == '-')
    s++;
  if (g_ascii_strncasecmp (s, "of ", 3) == 0)
    s += 3;

  wl = word_len (s);
  m = _ama_month_from_word (s, wl);
  if (m == 0)
    return NULL;
  s += wl;
  if (*s == '.')
    s++;

  {
    const char *t = s;

    while (*t == ' ' || *t == ',' || *t == '-')
      t++;
    if (g_ascii_isdigit (*t))
      {
        const char *u = t;
        int yy = read_int (&u, 4);
        if (yy >= 0 && u - t == 4)
          {
            y = yy;
            s = u;
          }
      }
  }

  if (y < 0)
    {
      if (reference == NULL)
        return NULL;
      y = g_date_time_get_year (reference);
      if (year_guessed)
        *year_guessed = TRUE;
    }

  if (!valid_date (y, m, d))
    return NULL;
  if (end)
    *end = s;

  return _ama_date_new (y, m, d);
}

GDateTime *
_ama_import_find_date (const char  *text,
                       GDateTime   *reference,
                       const char **start,
                       const char **end)
{
  if (text == NULL)
    return NULL;

  for (const char *s = text; *s; s++)
    {
      GDateTime *date;

      /* try at word starts only */
      if (s != text && (g_ascii_isalnum (s[-1]) || !g_ascii_isalnum (*s)))
        continue;

      date = _ama_import_parse_date (s, reference, end, NULL);
      if (date != NULL)
        {
          if (start)
            *start = s;
          return date;
        }
    }

  return NULL;
}

/* ---- lists ------------------------------------------------------------ */

gsize
_ama_import_bullet_at (const char *s)
{
  static const char * const bullets[] = {
    "\xef\x82\xb7",   /* U+F0B7, Symbol-font bullet in private use */
    "\xef\x82\xa7",   /* U+F0A7 */
    "\xe2\x80\xa2",   /* • */
    "\xc2\xb7",       /* · */
    "\xe2\x96\xaa",   /* ▪ */
    "\xe2\x97\x8f",   /* ● */
    "- ",
    "* ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (s, bullets[i]))
      return strlen (bullets[i]);

  return 0;
}

/* ---- people ----------------------------------------------------------- */

static const char * const honorifics[] = {
  "Councillor", "Cllr", "Sir", "Dame", "Mrs", "Mr", "Ms", "Miss", "Mx",
  "Dr", "Doctor", "Professor", "Prof", "Lord", "Lady", "Rev", "Revd",
  "Commissioner",
};

/* Length of the word of @words opening @s (case aside), with a
 * trailing '.' and the space after it; 0 if none. *@word_len (optional)
 * gets the word's own length. */
static gsize
title_at (const char * const *words,
          gsize               n_words,
          const char         *s,
          gsize              *word_len)
{
  for (gsize i = 0; i < n_words; i++)
    {
      gsize n = strlen (words[i]);

      if (g_ascii_strncasecmp (s, words[i], n) == 0)
        {
          gsize m = n;

          if (s[m] == '.')
            m++;
          if (s[m] == ' ')
            {
              if (word_len)
                *word_len = n;
              return m;
            }
        }
    }

  return 0;
}

/* Length of the honorific opening @s (with a trailing '.'), 0 if none */
static gsize
honorific_at (const char *s,
              gsize      *bare_len)
{
  return title_at (honorifics, G_N_ELEMENTS (honorifics), s, bare_len);
}

/* Offices that a personal title can follow ("Councillor Mrs Shields"),
 * with their plurals: minutes list several members after one
 * "Councillors", each of them a "Councillor" (the singular is the
 * plural without its final 's'). */
static const char * const offices[] = { "Councillors", "Councillor", "Cllrs", "Cllr" };

/* Length of the office opening @s (with a trailing '.' and the
 * spaces after it), 0 if none; *@bare_len gets the length of its
 * singular as written. */
static gsize
office_at (const char *s,
           gsize      *bare_len)
{
  gsize m = title_at (offices, G_N_ELEMENTS (offices), s, bare_len);

  if (m == 0)
    return 0;
  if (g_ascii_tolower (s[*bare_len - 1]) == 's')
    (*bare_len)--;
  return m + strspn (s + m, " ");
}

AmaPerson *
_ama_import_parse_person (const char *text)
{
  g_autofree char *clean = NULL;
  g_autofree char *role = NULL;
  g_autoptr(GString) honorific = g_string_new (NULL);
  AmaPerson *person;
  char *name, *comma;
  gsize hl, bare = 0, office_len, len;

  if (text == NULL)
    return NULL;

  clean = _ama_import_join_lines (text);
  g_strstrip (clean);
  if (*clean == '\0')
    return NULL;

  /* An office, then perhaps a title of the person's own, kept together
   * as the honorific; or one honorific alone. */
  name = clean;
  hl = office_at (name, &bare);
  if (hl > 0)
    {
      g_string_append_len (honorific, name, bare);
      name += hl;
    }
  hl = honorific_at (name, &bare);
  if (hl > 0 && (honorific->len == 0 || office_at (name, &office_len) == 0))
    {
      if (honorific->len > 0)
        g_string_append_c (honorific, ' ');
      g_string_append_len (honorific, name, bare);
      name += hl;
      while (*name == ' ')
        name++;
    }

  comma = strchr (name, ',');
  if (comma != NULL)
    {
      *comma = '\0';
      role = g_strstrip (g_strdup (comma + 1));
      g_strstrip (name);
    }

  /* The punctuation of the sentence the name ended ("seconded by
   * Councillor Clark."), but not an initial's dot ("Smith J."). */
  len = strlen (name);
  while (len > 0 && strchr (".,;:", name[len - 1]) != NULL
         && !(len >= 2 && g_ascii_isupper (name[len - 2]) && (len == 2 || name[len - 3] == ' ')))
    name[--len] = '\0';

  person = ama_person_new (*name ? name : NULL);
  if (honorific->len > 0)
    ama_person_set_honorific (person, honorific->str);
  if (role && *role)
    ama_person_set_role (person, role);

  return person;
}

gboolean
_ama_import_is_nfa (const char *text)
{
  g_autofree char *lower = NULL;
  const char *s;
  guint letters = 0;
  char got[4] = { 0 };

  if (text == NULL)
    return FALSE;

  lower = g_ascii_strdown (text, -1);
  g_strstrip (lower);

  if (g_str_has_prefix (lower, "no further action"))
    return TRUE;

  /* "N.F.A required", "NFA", "N F A": the first three letters, with
   * dots and spaces between them, followed by a word boundary */
  for (s = lower; *s && letters < 3; s++)
    {
      if (g_ascii_isalpha (*s))
        got[letters++] = *s;
      else if (*s != '.' && *s != ' ')
        return FALSE;
    }

  return letters == 3 && strcmp (got, "nfa") == 0 && !g_ascii_isalpha (*s);
}

/* Words of job titles and bodies, never of a person's name */
static const char * const role_words[] = {
  "Director", "Directorate", "Head", "Manager", "Officer", "Executive", "Chief",
  "Team", "Service", "Services", "Council", "Board", "Lead", "Cabinet",
  "Member", "Assistant", "Deputy", "Strategic", "Senior", "Principal",
  "Corporate", "Department", "Partnership", "Group", "Commission",
  "Portfolio", "Holder", "Advisor", "Adviser", "Coordinator", "Unit",
};

gboolean
_ama_import_looks_like_name (const char *text)
{
  g_autofree char *clean = NULL;
  g_auto(GStrv) words = NULL;
  const char *s;
  guint n = 0;
  gsize hl;

  if (text == NULL)
    return FALSE;

  clean = _ama_import_join_lines (text);
  g_strstrip (clean);
  s = clean;
  hl = honorific_at (s, NULL);
  s += hl;

  words = g_strsplit (s, " ", -1);
  for (guint i = 0; words[i]; i++)
    {
      const char *w = words[i];

      if (*w == '\0')
        continue;
      n++;
      /* "Strategic Director", "Chief Executive": capitalised, not a name */
      for (guint j = 0; j < G_N_ELEMENTS (role_words); j++)
        if (g_ascii_strcasecmp (w, role_words[j]) == 0)
          return FALSE;
      /* name particles */
      if (g_str_equal (w, "de") || g_str_equal (w, "van") || g_str_equal (w, "von") ||
          g_str_equal (w, "le") || g_str_equal (w, "la") || g_str_equal (w, "da"))
        continue;
      /* An OCR 'l' for 'I' still counts: "lan Thomas" */
      if (!(g_unichar_isupper (g_utf8_get_char (w)) ||
            (w[0] == 'l' && g_ascii_islower (w[1]))))
        return FALSE;
      for (const char *c = w; *c; c++)
        if (g_ascii_isdigit (*c) && n > 0 && *c != '0')
          return FALSE;
    }

  return n >= (hl > 0 ? 1u : 2u) && n <= 4;
}

/* ---- OCR name normalisation ------------------------------------------- */

/* The shape of a name with OCR-confusable glyphs folded together:
 * I, l, 1, | → 'I'; 0, O → 'O'; "rn" → 'm'; "vv" → 'w'; case kept
 * otherwise so that "Ian" and "lan" share a skeleton. */
/* How implausible a spelling is: lower-case word starts, digits and
 * capitals inside words are what OCR produces, not what parents choose. */
/* The obvious repair of a single spelling: a lower-case 'l' opening a
 * word of a capitalised name is an 'I'; '0' between letters is 'o'. */
static char *
repair_name (const char *name)
{
  char *out = g_strdup (name);
  gboolean word_start = TRUE;

  for (char *s = out; *s; s++)
    {
      if (*s == ' ' || *s == '-')
        {
          word_start = TRUE;
          continue;
        }
      if (word_start && *s == 'l' && g_ascii_islower (s[1]))
        *s = 'I';
      else if (*s == '0' && s > out && g_ascii_isalpha (s[-1]))
        *s = word_start ? 'O' : 'o';
      word_start = FALSE;
    }

  return out;
}

void
_ama_import_normalise_people (AmaImportContext *ctx,
                              GPtrArray        *people,
                              GArray           *lines)
{
  g_autoptr(GHashTable) best = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (people == NULL)
    return;

  /* How often each spelling occurs: the majority breaks ties */
  for (guint i = 0; i < people->len; i++)
    {
      const char *name = ama_person_get_name (g_ptr_array_index (people, i));

      if (name != NULL)
        g_hash_table_insert (counts, g_strdup (name),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
    }

  for (guint i = 0; i < people->len; i++)
    {
      const char *name = ama_person_get_name (g_ptr_array_index (people, i));
      g_autofree char *skel = NULL;
      const char *current;

      if (name == NULL)
        continue;

      skel = _ama_name_key (name);
      current = g_hash_table_lookup (best, skel);
      if (current == NULL)
        g_hash_table_insert (best, g_steal_pointer (&skel), g_strdup (name));
      else
        {
          int pc = _ama_name_penalty (current), pn = _ama_name_penalty (name);
          guint cc = GPOINTER_TO_UINT (g_hash_table_lookup (counts, current));
          guint cn = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));

          if (pn < pc || (pn == pc && cn > cc))
            g_hash_table_insert (best, g_steal_pointer (&skel), g_strdup (name));
        }
    }

  for (guint i = 0; i < people->len; i++)
    {
      AmaPerson *person = g_ptr_array_index (people, i);
      const char *name = ama_person_get_name (person);
      g_autofree char *skel = NULL;
      g_autofree char *chosen = NULL;
      guint line = lines && i < lines->len ? g_array_index (lines, guint, i) : 0;

      if (name == NULL)
        continue;

      skel = _ama_name_key (name);
      chosen = g_strdup (g_hash_table_lookup (best, skel));
      if (_ama_name_penalty (chosen) > 0)
        {
          char *repaired = repair_name (chosen);
          g_free (chosen);
          chosen = repaired;
        }

      if (!g_str_equal (chosen, name))
        {
          g_autofree char *verbatim = g_strdup (name);

          ama_person_set_name_as_written (person, verbatim);
          ama_person_set_name (person, chosen);
          _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "officer-name-normalised", line, 0, NULL,
                                 "name \"%s\" read as \"%s\" (a character "
                                 "recognition confusion%s); the text as written is kept "
                                 "in name-as-written", verbatim, chosen,
                                 g_hash_table_contains (counts, chosen) ?
                                   ", matched against the same name elsewhere in the document" : "");
        }
    }
}

/* ---- decisions ---------------------------------------------------------- */

typedef struct
{
  const char  *phrase;
  AmaDecision  decision;
} DecisionPhrase;

/* Checked in order against the start of the text; longer, more
 * specific phrases come before their prefixes ("not agreed" before
 * "no", "agreed in part" before "agreed"). */
static const DecisionPhrase decision_phrases[] = {
  { "no longer relevant", AMA_DECISION_NOTED },
  { "no longer applicable", AMA_DECISION_NOTED },
  { "no further action", AMA_DECISION_NOTED },
  { "not agreed", AMA_DECISION_REJECTED },
  { "not accepted", AMA_DECISION_REJECTED },
  { "not supported", AMA_DECISION_REJECTED },
  { "not approved", AMA_DECISION_REJECTED },
  { "we do not agree", AMA_DECISION_REJECTED },
  { "we do not accept", AMA_DECISION_REJECTED },
  { "we disagree", AMA_DECISION_REJECTED },
  { "disagree", AMA_DECISION_REJECTED },
  { "rejected", AMA_DECISION_REJECTED },
  { "reject", AMA_DECISION_REJECTED },
  { "declined", AMA_DECISION_REJECTED },
  { "partially accepted", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "partially agreed", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "partially supported", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "partly accepted", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "partly agreed", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "accepted in part", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "agreed in part", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "in part", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "partially", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "partial", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "we partially agree", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "we agree in part", AMA_DECISION_PARTIALLY_ACCEPTED },
  { "deferred", AMA_DECISION_DEFERRED },
  { "defer", AMA_DECISION_DEFERRED },
  { "noted", AMA_DECISION_NOTED },
  { "we note", AMA_DECISION_NOTED },
  { "agreed", AMA_DECISION_ACCEPTED },
  { "accepted", AMA_DECISION_ACCEPTED },
  { "accept", AMA_DECISION_ACCEPTED },
  { "agree", AMA_DECISION_ACCEPTED },
  { "we agree", AMA_DECISION_ACCEPTED },
  { "we accept", AMA_DECISION_ACCEPTED },
  { "we support", AMA_DECISION_ACCEPTED },
  { "supported", AMA_DECISION_ACCEPTED },
  { "approved", AMA_DECISION_ACCEPTED },
  { "yes", AMA_DECISION_ACCEPTED },
  { "no", AMA_DECISION_REJECTED },
};

AmaDecision
_ama_import_decision_prefix (const char  *text,
                             const char **rest)
{
  const char *s = text;

  if (rest)
    *rest = text;
  if (text == NULL)
    return AMA_DECISION_PENDING;

  while (*s && (g_ascii_isspace (*s) || *s == '-' || *s == '*' || *s == '('))
    s++;

  for (guint i = 0; i < G_N_ELEMENTS (decision_phrases); i++)
    {
      gsize n = strlen (decision_phrases[i].phrase);

      /* the phrase must end at a word boundary: "no" is not "now",
       * "agree" is not "agreement" */
      if (g_ascii_strncasecmp (s, decision_phrases[i].phrase, n) == 0 &&
          !g_ascii_isalnum (s[n]))
        {
          AmaDecision decision = decision_phrases[i].decision;
          const char *after = s + n;

          /* A bare "No" answers the recommendation only when it stands
           * alone ("No.", "No - too costly"); "No action is needed"
           * and "No change" say something else. */
          if (n == 2 && g_ascii_strncasecmp (s, "no", 2) == 0)
            {
              const char *t = after;
              while (*t == ' ')
                t++;
              if (t != after && g_unichar_isalpha (g_utf8_get_char (t)))
                continue;
            }

          /* "Agreed in part", "Accepted (in part)" */
          if (decision == AMA_DECISION_ACCEPTED)
            {
              const char *t = after;
              while (*t == ' ' || *t == '(' || *t == ',' || *t == '-')
                t++;
              if (g_ascii_strncasecmp (t, "in part", 7) == 0 ||
                  g_ascii_strncasecmp (t, "partially", 9) == 0)
                decision = AMA_DECISION_PARTIALLY_ACCEPTED;
            }
          if (rest)
            *rest = after;
          return decision;
        }
    }

  return AMA_DECISION_PENDING;
}

/**
 * ama_decision_infer:
 * @text: (nullable): a decision cell or the text of a response
 *
 * Reads the decision that the opening words of a response imply, the way
 * councils write them. The rules, checked in order on the start of the
 * text (case ignored, whole words only):
 *
 * - "No longer relevant", "No longer applicable", "No further action":
 *   %AMA_DECISION_NOTED — the executive acknowledges the recommendation
 *   without committing to act on it;
 * - "Not agreed", "Not accepted", "Not supported", "We do not agree",
 *   "Disagree", "Rejected", "Declined", a "No" standing alone ("No.",
 *   "No - too costly"; not "No action is needed"): %AMA_DECISION_REJECTED;
 * - "Partially accepted/agreed", "Partly …", "In part", "Agreed in part",
 *   "Partial": %AMA_DECISION_PARTIALLY_ACCEPTED;
 * - "Deferred": %AMA_DECISION_DEFERRED;
 * - "Noted", "We note": %AMA_DECISION_NOTED;
 * - "Agreed", "Accepted", "We agree", "We accept", "Supported",
 *   "Approved", "Yes": %AMA_DECISION_ACCEPTED.
 *
 * Anything else implies nothing: %AMA_DECISION_PENDING. Importers store
 * the result in [property@Ama.Response:inferred-decision]; the recorded
 * [property@Ama.Response:decision] is never overwritten by it.
 *
 * Returns: the decision implied, or %AMA_DECISION_PENDING
 *
 * Since: 1.0
 */
AmaDecision
ama_decision_infer (const char *text)
{
  return _ama_import_decision_prefix (text, NULL);
}

/* ---- response cells ----------------------------------------------------- */

void
_ama_import_append_note (AmaResponse *response,
                         const char  *label,
                         const char  *text)
{
  const char *old = ama_response_get_text (response);
  g_autofree char *note = label ? g_strdup_printf ("%s: %s", label, text) : g_strdup (text);
  g_autofree char *joined = NULL;

  if (old != NULL && *old != '\0')
    joined = g_strconcat (old, "\n\n", note, NULL);
  else
    joined = g_steal_pointer (&note);

  ama_response_set_text (response, joined);
}

/* "RB", "MFW": an officer named by initials, as trackers written for
 * members who know the officers do ("RB/TH/JN") */
static gboolean
is_initials (const char *text)
{
  gsize n = strlen (text);

  if (n < 2 || n > 4)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}

/* "Mark Ellis, Head of Access": a name, a comma, the post. The whole
 * does not read as a name, so without this the officer was kept as a
 * role and the name lost to every officer count. */
static gboolean
name_then_role (const char *text)
{
  const char *comma = strchr (text, ',');
  g_autofree char *before = NULL;

  if (comma == NULL || comma[1] == '\0')
    return FALSE;
  before = g_strndup (text, comma - text);
  return _ama_import_looks_like_name (g_strstrip (before));
}

void
_ama_import_officer_cell (AmaImportContext *ctx,
                          AmaResponse      *response,
                          const char       *text,
                          const char       *label,
                          guint             line,
                          GPtrArray        *people,
                          GArray           *lines)
{
  g_autofree char *clean = _ama_import_join_lines (text);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(AmaPerson) person = NULL;
  g_autofree char *joined = NULL;

  g_strstrip (clean);
  if (*clean == '\0')
    return;

  /* "-", "N/A", "TBC": no officer named; the cell is kept */
  if (g_str_equal (clean, "-") || g_str_equal (clean, "\xe2\x80\x93") ||
      g_ascii_strcasecmp (clean, "n/a") == 0 || g_ascii_strcasecmp (clean, "none") == 0 ||
      g_ascii_strcasecmp (clean, "tbc") == 0 || g_ascii_strcasecmp (clean, "tba") == 0 ||
      g_ascii_strcasecmp (clean, "to be confirmed") == 0)
    {
      _ama_import_append_note (response, label ? label : "Officer", clean);
      _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "officer-none", line, 0, NULL,
                             "\"%s\" in the %s column names no officer; kept in "
                             "the response text", clean, label ? label : "officer");
      return;
    }

  if (_ama_import_is_nfa (clean))
    {
      ama_response_set_no_further_action (response, TRUE);
      _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "no-further-action", line, 0, NULL,
                             "\"%s\" in the %s column: no officer, "
                             "no-further-action set", clean, label ? label : "officer");
      return;
    }

  /* Two owners in one cell: "Ian Thomas / Jon Stonehouse",
   * "Director of CYPS and Head of Service"; the first is the officer */
  joined = g_strdup (clean);
  {
    const char *seps[] = { " / ", "/", " & ", " and ", ";", NULL };
    char *s = joined;

    while (*s)
      {
        char *best = NULL;
        gsize best_len = 0;

        for (guint i = 0; seps[i]; i++)
          {
            char *hit = strstr (s, seps[i]);
            if (hit && (best == NULL || hit < best))
              {
                best = hit;
                best_len = strlen (seps[i]);
              }
          }
        if (best == NULL)
          {
            g_ptr_array_add (parts, g_strstrip (g_strdup (s)));
            break;
          }
        g_ptr_array_add (parts, g_strstrip (g_strndup (s, best - s)));
        s = best + best_len;
      }
  }

  /* "and" inside a job title ("Head of Safeguarding and Quality") is
   * not two owners: only split when every part reads as a name */
  if (parts->len > 1)
    {
      for (guint i = 0; i < parts->len; i++)
        if (!_ama_import_looks_like_name (g_ptr_array_index (parts, i)) &&
            !is_initials (g_ptr_array_index (parts, i)))
          {
            g_ptr_array_set_size (parts, 0);
            g_ptr_array_add (parts, g_strdup (clean));
            break;
          }
    }

  if (_ama_import_looks_like_name (g_ptr_array_index (parts, 0)) ||
      name_then_role (g_ptr_array_index (parts, 0)))
    person = _ama_import_parse_person (g_ptr_array_index (parts, 0));
  else if (is_initials (g_ptr_array_index (parts, 0)))
    person = ama_person_new (g_ptr_array_index (parts, 0));
  else
    {
      /* A job title or a body rather than a name */
      person = ama_person_new (NULL);
      ama_person_set_role (person, g_ptr_array_index (parts, 0));
      _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "officer-is-role", line, 0, NULL,
                             "\"%s\" is not a person's name; kept as the "
                             "officer's role", (const char *) g_ptr_array_index (parts, 0));
    }

  if (parts->len > 1)
    {
      _ama_import_append_note (response, label ? label : "Officer", clean);
      _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "officer-multiple", line, 0, NULL,
                             "%u owners in \"%s\": the first is the officer, "
                             "the whole cell is kept in the response text", parts->len, clean);
    }

  ama_response_set_officer (response, person);
  if (people != NULL && ama_person_get_name (person) != NULL)
    {
      g_ptr_array_add (people, g_object_ref (person));
      if (lines != NULL)
        g_array_append_val (lines, line);
    }
}

/* ---- recommendation labels ---------------------------------------------- */

/* A recommendation's label at the start of its text: "2.", "2)", "3a.",
 * "(a)", "a)", "A.", "R2", "Recommendation 2:". */
char *
_ama_import_parse_label (const char  *text,
             const char **rest)
{
  const char *s = text;
  const char *start;
  char *label = NULL;

  *rest = text;
  while (*s == ' ')
    s++;

  if (g_ascii_strncasecmp (s, "recommendation ", 15) == 0 && g_ascii_isdigit (s[15]))
    s += 15;
  else if ((s[0] == 'R' || s[0] == 'r') && g_ascii_isdigit (s[1]))
    s += 1;

  if (*s == '(' && g_ascii_isalnum (s[1]) && s[2] == ')')
    {
      label = g_strndup (s + 1, 1);
      s += 3;
    }
  else if (g_ascii_isdigit (*s))
    {
      start = s;
      while (g_ascii_isdigit (*s))
        s++;
      if (g_ascii_islower (*s) && !g_ascii_isalpha (s[1]))
        s++;
      if (*s != '.' && *s != ')' && *s != ':')
        return NULL;
      if (*s == '.' && g_ascii_isdigit (s[1]))
        return NULL;   /* "2.5 million" */
      label = g_strndup (start, s - start);
      if (*s != ' ')
        s++;
    }
  else if (g_ascii_isalpha (*s) && (s[1] == ')' || s[1] == '.') &&
           (s[2] == ' ' || s[2] == '\0' || s[2] == '\n'))
    {
      label = g_strndup (s, 1);
      s += 2;
    }
  else
    return NULL;

  while (*s == ' ' || *s == '\n')
    s++;
  *rest = s;

  return label;
}

/* One rule for what follows a label, shared by recommendation numbers
 * (delimited and PDF tables) and resolution numbers (minutes). */
char *
_ama_import_label_after (const char *prev)
{
  const char *dot;

  if (prev == NULL)
    return NULL;
  /* "1.1" → "1.2": a decimal label counts in its last part. */
  dot = strrchr (prev, '.');
  if (g_ascii_isdigit (prev[0]) && dot != NULL && g_ascii_isdigit (dot[1]))
    return g_strdup_printf ("%.*s.%u", (int) (dot - prev), prev,
                            (guint) g_ascii_strtoull (dot + 1, NULL, 10) + 1);
  if (g_ascii_isdigit (prev[0]))
    return g_strdup_printf ("%u", (guint) g_ascii_strtoull (prev, NULL, 10) + 1);
  if (g_ascii_isalpha (prev[0]) && prev[1] == '\0' && prev[0] != 'z' && prev[0] != 'Z')
    return g_strdup_printf ("%c", prev[0] + 1);

  return NULL;
}

char *
_ama_import_next_label (const char *prev,
                        guint       position)
{
  char *next = _ama_import_label_after (prev);

  return next != NULL ? next : g_strdup_printf ("%u", position);
}

/* No decision column: "Agreed - this will be provided", "Not agreed."
 * The opening phrase must stand alone, followed by punctuation or
 * nothing: "We agree that…" implies a decision but does not record one. */
AmaDecision
_ama_import_decision_opening (const char *text)
{
  const char *rest;
  AmaDecision d = _ama_import_decision_prefix (text, &rest);

  if (d == AMA_DECISION_PENDING)
    return d;
  if (*rest == '\0' || *rest == '.' || *rest == ',' || *rest == ':' || *rest == ';' ||
      *rest == '\n' || *rest == '-' || g_str_has_prefix (rest, " -") ||
      g_str_has_prefix (rest, " \xe2\x80\x93") || g_str_has_prefix (rest, "\xe2\x80\x93") ||
      g_str_has_prefix (rest, " \xe2\x80\x94"))
    return d;

  return AMA_DECISION_PENDING;
}

/* ---- titles ------------------------------------------------------------- */

static char *
strip_response_title (const char *title)
{
  static const char * const markers[] = {
    "response to the scrutiny review of ", "response to scrutiny review of ",
    "response to the review of ", "response to review of ",
    "response to the scrutiny review: ", "response to the ",
  };
  g_autofree char *lower = g_utf8_strdown (title, -1);

  /* only ASCII-lowered positions are used: markers are ASCII */
  if (strlen (lower) != strlen (title))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      const char *hit = strstr (lower, markers[i]);

      if (hit)
        return g_strdup (title + (hit - lower) + strlen (markers[i]));
    }

  return NULL;
}

void
_ama_import_response_title (AmaImportContext *ctx,
                            const char       *title)
{
  g_autoptr(AmaDocument) doc = ama_document_new (AMA_DOCUMENT_KIND_RESPONSE, title);
  g_autofree char *subject = strip_response_title (title);

  ama_review_add_document (ctx->review, doc);
  if (ama_review_get_title (ctx->review) == NULL)
    ama_review_set_title (ctx->review, subject && *subject ? subject : title);
}

/* ---- after a response is read ------------------------------------------- */

void
_ama_import_finish_response (AmaImportContext *ctx,
                             AmaResponse      *response,
                             guint             line)
{
  const char *text = ama_response_get_text (response);
  g_autoptr(GDateTime) date = NULL;
  const char *start = NULL, *end = NULL;

  /* "Deferred until 14th November 2016": when it will be reconsidered */
  if (text == NULL || ama_response_get_reconsider_on (response) != NULL ||
      (ama_response_get_decision (response) != AMA_DECISION_DEFERRED &&
       ama_response_get_inferred_decision (response) != AMA_DECISION_DEFERRED))
    return;

  date = _ama_import_find_date (text, ctx->reference, &start, &end);
  if (date == NULL)
    return;

  ama_response_set_reconsider_on (response, date);
  {
    g_autofree char *found = g_strndup (start, end - start);
    _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "reconsider-on-found", line, 0, NULL,
                           "deferred response names \"%s\": set as the date "
                           "it will be reconsidered", found);
  }
}

void
_ama_import_set_source (AmaImportContext *ctx,
                        gpointer          object,
                        guint             line)
{
  g_autoptr(AmaSourceRef) source = NULL;

  if (ctx->places != NULL)
    {
      AmaBlockPlace place = { 0, };

      if (line > 0 && line <= ctx->places->len)
        place = g_array_index (ctx->places, AmaBlockPlace, line - 1);
      if (ctx->document == NULL && place.page == 0 && place.line == 0 && place.row == 0)
        return;
      source = ama_source_ref_new (ctx->document, place.page, place.line,
                                   place.row, place.column);
    }
  else
    {
      if (ctx->document == NULL && line == 0)
        return;
      source = ama_source_ref_new (ctx->document, 0, line, 0, 0);
    }
  g_object_set (object, "source", source, NULL);
}
